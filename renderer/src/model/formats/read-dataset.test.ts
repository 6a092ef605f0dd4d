import { describe, expect, it } from 'vitest';
import { offsetConverter } from '../../anchoring/code-points';
import { documentId } from '../document-id';
import { formatProblem } from './raw';
import { readDataset } from './read-dataset';
import { fixture, pythonSlice, spansOf } from './test-support';
import { writeDataset } from './write-dataset';

const CLAIM = 'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina';

describe('readDataset: bad input', () => {
  it('names file, line and span for every kind of fault and keeps the valid part', async () => {
    const read = await readDataset([fixture('bad.jsonl')]);
    expect(read.problems.map(formatProblem)).toEqual([
      'bad.jsonl:1: span "s2": unknown label "PERSON" (expected CLAIM, SOURCE or QUANTITY)',
      'bad.jsonl:1: span "s1": duplicate span id; only the first is kept',
      'bad.jsonl:1: span "s3": offsets 150…400 are outside the text (0…155)',
      'bad.jsonl:1: relation "r1": refers to span "s9", which is not in the document',
      expect.stringMatching(/^bad\.jsonl:2: malformed JSON: /),
      'bad.jsonl:4: expected a document object with a "text" string',
    ]);
    expect(read.reanchored).toEqual([
      {
        file: 'bad.jsonl',
        line: 1,
        spanId: 's4',
        label: 'CLAIM',
        from: { start: 67, end: 157 },
        to: { start: 64, end: 154 },
        status: 'moved',
        score: expect.any(Number),
        reason: 'offsets 67…157 are outside the text (0…155)',
      },
    ]);
    expect(read.orphaned).toEqual([
      expect.objectContaining({
        file: 'bad.jsonl',
        line: 1,
        spanId: 's5',
        quote: 'sekitar 500 kapal perang',
      }),
    ]);
    expect(read.orphaned[0]?.reason).toMatch(
      /^the text at 10…30 is "Amerika Serikat \(AS\)", not "sekitar 500 kapal perang"; /,
    );
    expect(read.documents.map(spansOf)).toEqual([
      ['SOURCE Intelijen Amerika Serikat (AS) dan Korea Selatan@ana', `CLAIM ${CLAIM}@ana`],
      ['SOURCE Kepala Staf Gabungan Korsel@ana'],
    ]);
  });

  it('re-anchors a span whose text is not at its offsets, and says from where to where', async () => {
    const text = JSON.stringify({
      text: `Menurut laporan, ${CLAIM}.`,
      spans: [{ id: 'x', start: 0, end: CLAIM.length, label: 'CLAIM', text: CLAIM }],
      format: 'annotation-workbench/1',
    });
    const read = await readDataset([{ name: 'geser.jsonl', text }]);
    expect(read.problems).toEqual([]);
    expect(read.reanchored).toMatchObject([
      { file: 'geser.jsonl', line: 1, spanId: 'x', from: { start: 0, end: 90 }, to: { start: 17, end: 107 } },
    ]);
    expect(read.reanchored[0]?.reason).toMatch(
      /^the text at 0…90 is "Menurut laporan, Korea Utara .*…", not "Korea Utara .*…"$/,
    );
    expect(spansOf(read.documents[0])).toEqual([`CLAIM ${CLAIM}@unknown`]);
  });

  it('gives the line of a syntax error in a JSON array', async () => {
    const text = '[\n  {"id": 1,\n   "data": }\n]\n';
    const read = await readDataset([{ name: 'tasks.json', text }]);
    expect(read.documents).toEqual([]);
    expect(read.problems).toEqual([
      { file: 'tasks.json', line: 3, message: expect.stringMatching(/^malformed JSON: /) },
    ]);
  });

  it('refuses a duplicate span id across two lines of the same native document', async () => {
    const line = JSON.stringify({
      text: 'Korea Utara mengirim 10.000 tentara.',
      spans: [{ id: 'q', start: 21, end: 27, label: 'QUANTITY', text: '10.000' }],
      format: 'annotation-workbench/1',
    });
    const read = await readDataset([{ name: 'dua.jsonl', text: `${line}\n${line}\n` }]);
    expect(read.documents).toHaveLength(1);
    expect(read.problems.map(formatProblem)).toEqual([
      'dua.jsonl:2: span "q": duplicate span id in the document; only the first is kept',
    ]);
  });

  it('says when a file is in no format it reads', async () => {
    const read = await readDataset([{ name: 'x.json', text: '{"hello": 1}' }]);
    expect(read.format).toBe('unknown');
    expect(read.problems).toEqual([
      { file: 'x.json', message: expect.stringMatching(/^not a format Tandai reads/) },
    ]);
  });
});

describe('readDataset: offsets after emoji and CRLF', () => {
  it('imports spans after astral characters and exports code points Python slices right', async () => {
    const text = '😀🇮🇩 Intelijen AS mengungkapkan 🚀 lebih dari 10.000 tentara dikirim.';
    const points = Array.from(text);
    const cp = (needle: string) => {
      const start = points.join('').indexOf(needle);
      const at = Array.from(text.slice(0, start)).length;
      return [at, at + Array.from(needle).length];
    };
    const [qs, qe] = cp('lebih dari 10.000');
    const [ss, se] = cp('Intelijen AS');
    const file = JSON.stringify({
      text,
      label: [
        [qs, qe, 'QUANTITY'],
        [ss, se, 'SOURCE'],
      ],
    });
    const read = await readDataset([{ name: 'emoji.jsonl', text: file }]);
    expect(read.problems).toEqual([]);
    expect(spansOf(read.documents[0])).toEqual([
      'QUANTITY lebih dari 10.000@unknown',
      'SOURCE Intelijen AS@unknown',
    ]);
    for (const format of ['native', 'doccano', 'prodigy', 'label-studio', 'w3c'] as const) {
      const output = [...writeDataset(format, read.documents)].join('');
      for (const [start, end, quoted] of offsetsIn(output)) {
        expect(pythonSlice(text, start, end), format).toBe(quoted ?? pythonSlice(text, start, end));
      }
      expect(
        offsetsIn(output).map(([start, end]) => pythonSlice(text, start, end)),
        format,
      ).toContain('lebih dari 10.000');
    }
  });

  it('imports CRLF text as LF with the offsets moved to match, and exports them right', async () => {
    const lf =
      'Seoul, Senin.\nIntelijen AS mengungkapkan,\nKorea Utara mengirim 😀 lebih dari 10.000 tentara.';
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const convert = offsetConverter(crlf);
    const at = (needle: string) => {
      const start = crlf.indexOf(needle);
      return `${convert.toCodePoint(start)} ${convert.toCodePoint(start + needle.length)}`;
    };
    const ann = `T1\tQUANTITY ${at('lebih dari 10.000')}\tlebih dari 10.000\nT2\tSOURCE ${at('Intelijen AS')}\tIntelijen AS\n`;
    const read = await readDataset([
      { name: 'crlf.txt', text: crlf },
      { name: 'crlf.ann', text: ann },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.reanchored).toEqual([]);
    const [doc] = read.documents;
    expect(doc?.text).toBe(lf);
    expect(doc?.id).toBe(await documentId(lf));
    expect(spansOf(doc)).toEqual(['QUANTITY lebih dari 10.000@unknown', 'SOURCE Intelijen AS@unknown']);
    const native = JSON.parse([...writeDataset('native', read.documents)][0] ?? '{}') as {
      text: string;
      spans: { start: number; end: number; text: string }[];
    };
    for (const span of native.spans) expect(pythonSlice(native.text, span.start, span.end)).toBe(span.text);
  });
});

describe('readDataset: plain articles and annotators', () => {
  it('reads .txt and .md files as documents without spans, normalised', async () => {
    const read = await readDataset([
      { name: 'a.txt', text: '\uFEFFJudul\r\nIsi berita.\r\n' },
      { name: 'b.md', text: '# Judul lain\n\nIsi.' },
    ]);
    expect(read.format).toBe('text');
    expect(read.documents.map((doc) => [doc.text, doc.meta.title, doc.spans.length])).toEqual([
      ['Judul\nIsi berita.\n', 'Judul', 0],
      ['# Judul lain\n\nIsi.', '# Judul lain', 0],
    ]);
  });

  it('reads JSONL of {text, meta} as documents without spans', async () => {
    const text = '{"text": "Berita satu.", "meta": {"title": "Satu"}}\n{"text": "Berita dua."}\n';
    const read = await readDataset([{ name: 'artikel.jsonl', text }]);
    expect(read.format).toBe('text-jsonl');
    expect(read.documents.map((doc) => doc.meta.title)).toEqual(['Satu', 'Berita dua.']);
  });

  it('takes the annotator from the file, else the option, else "unknown"', async () => {
    const files = [fixture('prodigy.jsonl'), fixture('doccano-entities.jsonl')];
    const named = await readDataset(files, { annotator: 'eka' });
    expect(named.format).toBe('mixed');
    expect(named.documents[0]?.spans.map((span) => span.annotator)).toEqual([
      'intel-ana',
      'intel-ana',
      'intel-ana',
      'eka',
      'eka',
      'eka',
    ]);
    const unnamed = await readDataset([fixture('doccano-entities.jsonl')]);
    expect(unnamed.documents[0]?.spans[0]?.annotator).toBe('unknown');
  });

  it('accepts only the labels asked for', async () => {
    const read = await readDataset([fixture('doccano-label.jsonl')], { labels: ['claim'] });
    expect(read.documents.map((doc) => doc.spans.map((span) => span.label))).toEqual([['CLAIM'], ['CLAIM']]);
    expect(read.problems[0]?.message).toBe('span "#1": unknown label "SOURCE" (expected CLAIM)');
  });
});

/** Every [start, end, text?] a written file holds, whatever its format: spans, entities, tokens, selectors. */
function offsetsIn(output: string): [number, number, string | undefined][] {
  const found: [number, number, string | undefined][] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const start = record.start ?? record.start_offset;
      const end = record.end ?? record.end_offset;
      if (typeof start === 'number' && typeof end === 'number') {
        found.push([start, end, typeof record.text === 'string' ? record.text : undefined]);
      }
      Object.values(record).forEach(visit);
    }
  };
  const trimmed = output.trim();
  if (trimmed.startsWith('[')) visit(JSON.parse(trimmed));
  else for (const line of trimmed.split('\n')) visit(JSON.parse(line));
  return found;
}
