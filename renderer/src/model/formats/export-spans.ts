import { offsetConverter } from '../../anchoring/code-points';
import type { DatasetDocument, DatasetRelation, DatasetSpan } from '../dataset';

// What the peer formats carry: spans with code-point offsets and their text, without rejected
// suggestions (a rejected span is not a training example), in text order.

export interface ExportSpan extends DatasetSpan {
  /** Code points, as every file holds them. */
  cpStart: number;
  cpEnd: number;
  text: string;
}

export interface AnnotatorGroup {
  annotator: string;
  spans: ExportSpan[];
  /** Relations whose two ends are both in `spans`. */
  relations: DatasetRelation[];
}

export function exportSpans(doc: DatasetDocument, { withRejected = false } = {}): ExportSpan[] {
  const convert = offsetConverter(doc.text);
  return doc.spans
    .filter((span) => withRejected || span.status !== 'rejected')
    .map((span) => ({
      ...span,
      cpStart: convert.toCodePoint(span.start),
      cpEnd: convert.toCodePoint(span.end),
      text: doc.text.slice(span.start, span.end),
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

export function relationsBetween(
  relations: readonly DatasetRelation[],
  spans: readonly { id: string }[],
): DatasetRelation[] {
  const ids = new Set(spans.map((span) => span.id));
  return relations.filter((relation) => ids.has(relation.from) && ids.has(relation.to));
}

/** One group per annotator, for formats that hold one annotator's work per record (Prodigy, doccano, BIO). */
export function byAnnotator(doc: DatasetDocument): AnnotatorGroup[] {
  const groups = new Map<string, ExportSpan[]>();
  for (const span of exportSpans(doc)) {
    const group = groups.get(span.annotator);
    if (group) group.push(span);
    else groups.set(span.annotator, [span]);
  }
  return [...groups].map(([annotator, spans]) => ({
    annotator,
    spans,
    relations: relationsBetween(doc.relations, spans),
  }));
}
