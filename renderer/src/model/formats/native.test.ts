import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import { fixture, pythonSlice, relationsOf, spansOf } from './test-support';
import { writeDataset } from './write-dataset';

describe('native JSONL', () => {
  it('reads every field of spans, relations and meta', async () => {
    const read = await readDataset([fixture('native.jsonl')]);
    expect(read.format).toBe('native');
    expect(read.problems).toEqual([]);
    const [first, second, emoji] = read.documents;
    expect(spansOf(first)).toEqual([
      'SOURCE Intelijen Amerika Serikat (AS) dan Korea Selatan@ana',
      'CLAIM Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina@ana',
      'QUANTITY lebih dari 10.000@ana',
    ]);
    expect(first?.meta).toEqual({ title: 'Intelijen AS dan Korsel', file: 'kompas-000.txt', status: 'done' });
    expect(first?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first?.spans[1]).toMatchObject({
      id: 's-claim',
      note: 'dicek ke laporan NIS',
      status: 'accepted',
      created: '2026-11-24T08:00:00.000Z',
      updated: '2026-11-25T09:30:00.000Z',
    });
    expect(first?.spans[2]?.attrs).toEqual({ value: 10000, comparator: '>', counted: 'tentara' });
    expect(first?.relations).toEqual([
      {
        id: 'r1',
        type: 'attributed_to',
        from: 's-claim',
        to: 's-src',
        attrs: { role: 'primary', cue: 'mengungkapkan' },
        annotator: 'ana',
      },
    ]);
    expect(second?.spans.map((span) => span.status)).toEqual([
      'accepted',
      'suggested',
      'accepted',
      'rejected',
    ]);
    // Code points in the file: the flag before the quantity is two of them and four UTF-16 units.
    expect(spansOf(emoji)).toEqual(['QUANTITY Sekitar 12.000@ana', 'SOURCE Seoul@ana']);
    expect(emoji?.spans[0]?.start).toBe(5);
  });

  it('round-trips losslessly, field by field', async () => {
    const read = await readDataset([fixture('native.jsonl')]);
    const text = [...writeDataset('native', read.documents)].join('');
    const again = await readDataset([{ name: 'again.jsonl', text }]);
    expect(again.problems).toEqual([]);
    expect(again.documents).toEqual(read.documents);
    expect(again.documents.map(relationsOf)).toEqual(read.documents.map(relationsOf));
  });

  it('writes code points under which Python slices each span text', async () => {
    const read = await readDataset([fixture('native.jsonl')]);
    for (const line of writeDataset('native', read.documents)) {
      const parsed = JSON.parse(line) as {
        text: string;
        spans: { start: number; end: number; text: string }[];
      };
      for (const span of parsed.spans) expect(pythonSlice(parsed.text, span.start, span.end)).toBe(span.text);
    }
  });
});
