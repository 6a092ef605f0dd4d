import { offsetConverter } from '../anchoring/code-points';
import type { Relation, Span, StoredDocument } from './types';

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
  created: string;
  updated: string;
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
  meta: { title: string; file: string; status: string };
  spans: NativeSpan[];
  relations: NativeRelation[];
  offset_unit: 'codepoint';
  format: typeof NATIVE_FORMAT;
}

/** One self-contained line of the native JSONL: offsets in code points, so Python's text[start:end] holds. */
export function toNativeLine(
  doc: StoredDocument,
  spans: readonly Span[],
  relations: readonly Relation[],
): NativeLine {
  const convert = offsetConverter(doc.text);
  return {
    id: doc.id,
    text: doc.text,
    meta: { title: doc.meta.title, file: doc.meta.file, status: doc.status },
    spans: spans.map((span) => ({
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
    relations: relations.map(({ id, type, from, to, attrs, annotator }) => ({
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

export function nativeJsonlLine(
  doc: StoredDocument,
  spans: readonly Span[],
  relations: readonly Relation[],
): string {
  return `${JSON.stringify(toNativeLine(doc, spans, relations))}\n`;
}
