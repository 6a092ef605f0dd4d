import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { DatasetDocument } from '../dataset';
import { type DatasetFile, type DatasetRead, type ReadOptions, readDataset } from './read-dataset';
import { WRITE_EXTENSIONS, type WriteFormat, writeDataset } from './write-dataset';

// Helpers for the format tests: fixtures by name, and spans shown as what they cover.

export function fixture(name: string): DatasetFile {
  return { name, text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8') };
}

/** Each span as "LABEL text@annotator", the text taken from the document at the span's offsets. */
export function spansOf(doc: DatasetDocument | undefined): string[] {
  if (!doc) return [];
  return doc.spans.map((span) => `${span.label} ${doc.text.slice(span.start, span.end)}@${span.annotator}`);
}

/** Python's text[start:end] over code points. */
export function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Relations as "type: from text → to text". */
export function relationsOf(doc: DatasetDocument | undefined): string[] {
  if (!doc) return [];
  const text = (id: string) => {
    const span = doc.spans.find((candidate) => candidate.id === id);
    return span ? doc.text.slice(span.start, span.end) : `?${id}`;
  };
  return doc.relations.map((relation) => `${relation.type}: ${text(relation.from)} → ${text(relation.to)}`);
}

/** The spans a peer format is expected to carry: all but rejected ones, sorted, with or without annotators. */
export function keptSpans(doc: DatasetDocument | undefined, { annotators = true } = {}): string[] {
  if (!doc) return [];
  return doc.spans
    .filter((span) => span.status !== 'rejected')
    .map((span) => {
      const shown = `${span.label} ${span.start}…${span.end} ${doc.text.slice(span.start, span.end)}`;
      return annotators ? `${shown}@${span.annotator}` : shown;
    })
    .sort();
}

/** What a writer's output gives when read back, as a file of the format's extension. */
export async function roundTrip(
  format: WriteFormat,
  docs: readonly DatasetDocument[],
  options: ReadOptions = {},
): Promise<DatasetRead> {
  const output = writeDataset(format, docs);
  if (output instanceof Uint8Array) {
    const files = Object.entries(unzipSync(output)).map(([name, bytes]) => ({
      name,
      text: strFromU8(bytes),
    }));
    return readDataset(files, options);
  }
  return readDataset([{ name: `again${WRITE_EXTENSIONS[format]}`, text: [...output].join('') }], options);
}
