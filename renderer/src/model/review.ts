import { matchSpans, type SpanMatchKind } from './agreement/match-spans';
import type { Span } from './types';

/** The layer review decisions go into; colleagues' own spans are never changed. */
export const REVIEWED = 'reviewed';

export interface ReviewItem {
  /** Stable across reloads: the ids of the spans compared. */
  key: string;
  kind: SpanMatchKind;
  a?: Span;
  b?: Span;
  /** The reviewed-layer span that records the decision (status accepted or rejected), if any. */
  decision?: Span;
}

/** The ids of the colleagues' spans a reviewed span was decided from, as stored in its attrs. */
export function reviewOf(span: Span): string[] {
  const ids = span.attrs.reviewOf;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

export function reviewKey(a: Span | undefined, b: Span | undefined): string {
  return [a?.id, b?.id]
    .filter((id): id is string => Boolean(id))
    .sort()
    .join('+');
}

/**
 * A's and B's spans of one document matched one-to-one (same label by largest overlap) and sorted
 * into agreed, boundary, label, only-in-A and only-in-B, each with the decision already made on it.
 */
export function reviewItems(spans: readonly Span[], a: string, b: string): ReviewItem[] {
  const decisions = new Map<string, Span>();
  for (const span of spans) {
    if (span.annotator !== REVIEWED) continue;
    const key = [...reviewOf(span)].sort().join('+');
    if (key) decisions.set(key, span);
  }
  return matchSpans(
    spans.filter((span) => span.annotator === a),
    spans.filter((span) => span.annotator === b),
  ).map((match) => {
    const key = reviewKey(match.a, match.b);
    return { key, kind: match.kind, a: match.a, b: match.b, decision: decisions.get(key) };
  });
}

/** The version a decision takes by default: the shared span, or A's, or the only one there is. */
export function proposedVersion(item: ReviewItem, prefer: 'a' | 'b' = 'a'): Span {
  const preferred = prefer === 'b' ? (item.b ?? item.a) : (item.a ?? item.b);
  return preferred as Span;
}
