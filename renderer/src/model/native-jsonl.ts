import type { DatasetDocument } from './dataset';
import { type NativeLine, nativeLine } from './formats/native';
import type { Relation, Span, StoredDocument } from './types';

// The native writer for the stored model; the format itself lives in formats/native.ts.
export { NATIVE_FORMAT, type NativeLine, type NativeRelation, type NativeSpan } from './formats/native';

/** One self-contained line of the native JSONL: offsets in code points, so Python's text[start:end] holds. */
export function toNativeLine(
  doc: StoredDocument,
  spans: readonly Span[],
  relations: readonly Relation[],
): NativeLine {
  return nativeLine(datasetDocument(doc, spans, relations));
}

export function nativeJsonlLine(
  doc: StoredDocument,
  spans: readonly Span[],
  relations: readonly Relation[],
): string {
  return `${JSON.stringify(toNativeLine(doc, spans, relations))}\n`;
}

function datasetDocument(
  doc: StoredDocument,
  spans: readonly Span[],
  relations: readonly Relation[],
): DatasetDocument {
  return {
    id: doc.id,
    text: doc.text,
    meta: { title: doc.meta.title, file: doc.meta.file, status: doc.status },
    spans: spans.map(({ docId: _docId, ...span }) => span),
    relations: relations.map(({ docId: _docId, ...relation }) => relation),
  };
}
