import { offsetConverter } from '../../anchoring/code-points';
import { matchSpans } from '../agreement/match-spans';
import type { DatasetDocument, DatasetSpan } from '../dataset';

const CONTEXT = 40;

/**
 * The disagreement report: one JSONL line per pair of A's and B's spans that do not agree (boundary,
 * label, only in A, only in B), with both versions, their text and some context. Offsets in code points.
 */
export function* writeDisagreements(docs: Iterable<DatasetDocument>, a: string, b: string): Iterable<string> {
  for (const doc of docs) {
    const convert = offsetConverter(doc.text);
    const side = (span: DatasetSpan | undefined) =>
      span && {
        id: span.id,
        label: span.label,
        start: convert.toCodePoint(span.start),
        end: convert.toCodePoint(span.end),
        text: doc.text.slice(span.start, span.end),
      };
    const matches = matchSpans(
      doc.spans.filter((span) => span.annotator === a),
      doc.spans.filter((span) => span.annotator === b),
    );
    for (const match of matches) {
      if (match.kind === 'agreed') continue;
      const from = Math.min(
        match.a?.start ?? Number.POSITIVE_INFINITY,
        match.b?.start ?? Number.POSITIVE_INFINITY,
      );
      const to = Math.max(match.a?.end ?? 0, match.b?.end ?? 0);
      yield `${JSON.stringify({
        doc: doc.id,
        title: doc.meta.title,
        kind: match.kind,
        annotators: { a, b },
        a: side(match.a) ?? null,
        b: side(match.b) ?? null,
        context: doc.text.slice(Math.max(0, from - CONTEXT), Math.min(doc.text.length, to + CONTEXT)),
      })}\n`;
    }
  }
}
