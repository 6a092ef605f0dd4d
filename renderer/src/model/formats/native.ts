import { offsetConverter } from '../../anchoring/code-points';
import type { DatasetDocument } from '../dataset';
import {
  arrayOf,
  idOf,
  isRecord,
  optionalString,
  type Parsed,
  type Problem,
  type RawDocument,
  type RawRelation,
  type RawSpan,
} from './raw';
import type { JsonRecord } from './records';

// The workbench's own JSONL (FORMATS.md "Native JSONL"): one self-contained document per line,
// code-point offsets, every field of every span and relation, so a round trip loses nothing.

export const NATIVE_FORMAT = 'annotation-workbench/1';

export interface NativeSpan {
  id: string;
  start: number;
  end: number;
  label: string;
  text: string;
  annotator: string;
  status: string;
  note: string;
  attrs: Record<string, unknown>;
  created?: string;
  updated?: string;
}

export interface NativeRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  attrs: Record<string, unknown>;
  annotator: string;
}

export interface NativeLine {
  id: string;
  text: string;
  meta: { title: string; file: string; status?: string };
  spans: NativeSpan[];
  relations: NativeRelation[];
  offset_unit: 'codepoint';
  format: typeof NATIVE_FORMAT;
}

export function nativeLine(doc: DatasetDocument): NativeLine {
  const convert = offsetConverter(doc.text);
  const { title, file, status } = doc.meta;
  return {
    id: doc.id,
    text: doc.text,
    meta: status === undefined ? { title, file } : { title, file, status },
    spans: doc.spans.map((span) => ({
      id: span.id,
      start: convert.toCodePoint(span.start),
      end: convert.toCodePoint(span.end),
      label: span.label,
      text: doc.text.slice(span.start, span.end),
      annotator: span.annotator,
      status: span.status,
      note: span.note,
      attrs: span.attrs,
      created: span.created,
      updated: span.updated,
    })),
    relations: doc.relations.map(({ id, type, from, to, attrs, annotator }) => ({
      id,
      type,
      from,
      to,
      attrs,
      annotator,
    })),
    offset_unit: 'codepoint',
    format: NATIVE_FORMAT,
  };
}

export function* writeNative(docs: Iterable<DatasetDocument>): Generator<string> {
  for (const doc of docs) yield `${JSON.stringify(nativeLine(doc))}\n`;
}

export function readNative(file: string, records: readonly JsonRecord[]): Parsed {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  for (const { line, value } of records) {
    if (!isRecord(value) || typeof value.text !== 'string') {
      problems.push({ file, line, message: 'expected a document object with a "text" string' });
      continue;
    }
    if (value.offset_unit !== undefined && value.offset_unit !== 'codepoint') {
      problems.push({
        file,
        line,
        message: `offset_unit ${JSON.stringify(value.offset_unit)} is not "codepoint"`,
      });
      continue;
    }
    const meta = isRecord(value.meta) ? value.meta : {};
    documents.push({
      file,
      line,
      text: value.text,
      meta: { title: optionalString(meta.title), file: optionalString(meta.file), status: meta.status },
      spanIds: 'global',
      spans: arrayOf(value.spans).map(nativeSpan),
      relations: arrayOf(value.relations).flatMap(nativeRelation),
    });
  }
  return { documents, problems };
}

function nativeSpan(value: unknown): RawSpan {
  const span = isRecord(value) ? value : {};
  return {
    id: idOf(span.id),
    start: span.start,
    end: span.end,
    label: span.label,
    quote: optionalString(span.text),
    annotator: optionalString(span.annotator),
    status: span.status,
    note: optionalString(span.note),
    attrs: isRecord(span.attrs) ? span.attrs : undefined,
    created: optionalString(span.created),
    updated: optionalString(span.updated),
  };
}

function nativeRelation(value: unknown): RawRelation[] {
  if (!isRecord(value)) return [];
  return [
    {
      id: idOf(value.id),
      type: value.type,
      from: String(value.from),
      to: String(value.to),
      attrs: isRecord(value.attrs) ? value.attrs : undefined,
      annotator: optionalString(value.annotator),
    },
  ];
}
