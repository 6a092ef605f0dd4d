import { strToU8, zipSync } from 'fflate';
import type { DatasetDocument } from '../dataset';
import { exportSpans } from './export-spans';
import type { Parsed, Problem, RawRelation, RawSpan } from './raw';

// brat standoff: a `.txt` beside an `.ann` of `T` (text-bound), `R` (relation) and `#` AnnotatorNotes
// lines. Offsets are code points of the .txt as it is on disk. A span over a line break is written as
// fragments (`0 5;6 10`), since an .ann line cannot hold one; its text field joins them with a space.

const TEXT_BOUND = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/;
const RELATION = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/;
const NOTE = /^AnnotatorNotes (\S+)$/;
const NOT_READ: Record<string, string> = {
  E: 'events',
  A: 'attributes',
  M: 'attributes',
  N: 'normalizations',
  '*': 'equivalences',
};

export function readBrat(txt: { name: string; text: string }, ann: { name: string; text: string }): Parsed {
  const file = ann.name;
  const problems: Problem[] = [];
  const spans: RawSpan[] = [];
  const relations: RawRelation[] = [];
  const notes = new Map<string, string>();
  for (const [index, raw] of ann.text.split(/\r?\n/).entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    const [id = '', fields = '', ...rest] = raw.split('\t');
    const kind = id.charAt(0);
    const fault = (message: string) => problems.push({ file, line, message });
    if (kind === 'T') {
      const match = TEXT_BOUND.exec(fields);
      if (!match) {
        fault(`${id}: expected "LABEL start end" after the id`);
        continue;
      }
      const offsets = (match[2] as string).split(/[ ;]/).map(Number);
      const [start, end] = [Math.min(...offsets), Math.max(...offsets)];
      spans.push({ id, line, label: match[1], start, end, quote: rest.join('\t') });
    } else if (kind === 'R') {
      const match = RELATION.exec(fields);
      if (match)
        relations.push({ id, line, type: match[1], from: match[2] as string, to: match[3] as string });
      else fault(`${id}: expected "type Arg1:T… Arg2:T…" after the id`);
    } else if (kind === '#') {
      const match = NOTE.exec(fields);
      if (match) notes.set(match[1] as string, rest.join('\t'));
    } else {
      const what = NOT_READ[kind];
      fault(what ? `${id}: brat ${what} are not read` : 'not a brat standoff line');
    }
  }
  for (const span of spans) {
    const note = span.id === undefined ? undefined : notes.get(span.id);
    if (note !== undefined) span.note = note;
  }
  return {
    documents: [{ file, text: txt.text, meta: { file: txt.name }, spanIds: 'local', spans, relations }],
    problems,
  };
}

/** A zip of `<name>.txt` and `<name>.ann` per document. */
export function writeBrat(docs: Iterable<DatasetDocument>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  for (const doc of docs) {
    const name = uniqueName(stemOf(doc), taken);
    files[`${name}.txt`] = strToU8(doc.text);
    files[`${name}.ann`] = strToU8(annotationFile(doc));
  }
  return zipSync(files);
}

function annotationFile(doc: DatasetDocument): string {
  const spans = exportSpans(doc);
  const ids = new Map(spans.map((span, index) => [span.id, `T${index + 1}`]));
  const lines: string[] = [];
  spans.forEach((span, index) => {
    const fragments = fragmentsOf(span.text, span.cpStart);
    const text = span.text.replace(/\n+/g, ' ');
    lines.push(`T${index + 1}\t${span.label} ${fragments}\t${text}`);
  });
  let relation = 0;
  for (const { type, from, to } of doc.relations) {
    const arg1 = ids.get(from);
    const arg2 = ids.get(to);
    if (arg1 && arg2) lines.push(`R${++relation}\t${type} Arg1:${arg1} Arg2:${arg2}`);
  }
  let note = 0;
  spans.forEach((span, index) => {
    if (span.note)
      lines.push(`#${++note}\tAnnotatorNotes T${index + 1}\t${span.note.replace(/\s*\n\s*/g, ' ')}`);
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** "start end" in code points, split around every run of line breaks inside the span. */
function fragmentsOf(text: string, cpStart: number): string {
  const fragments: string[] = [];
  let at = cpStart;
  for (const part of text.split(/(\n+)/)) {
    const length = Array.from(part).length;
    if (part !== '' && !part.startsWith('\n')) fragments.push(`${at} ${at + length}`);
    at += length;
  }
  return fragments.join(';');
}

function stemOf(doc: DatasetDocument): string {
  const base = (doc.meta.file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '');
  return safe || doc.id.replace(/^sha256:/, '').slice(0, 16);
}

function uniqueName(stem: string, taken: Set<string>): string {
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}`;
  taken.add(name);
  return name;
}
