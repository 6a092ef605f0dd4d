import { OVERALL, orderedNames } from './labels';
import { matchSpans, type SpanLike } from './match-spans';

/** Raw counts for one label (or OVERALL); sums of these are what corpus figures are computed from. */
export interface SpanCounts {
  label: string;
  /** Spans of annotator A with this label. */
  a: number;
  /** Spans of annotator B with this label. */
  b: number;
  /** One-to-one pairs with the same start, end and label. */
  matchedExact: number;
  /** One-to-one pairs with the same label and any overlap (exact pairs included). */
  matchedOverlap: number;
}

export interface LabelF1 extends SpanCounts {
  /** 2·matchedExact / (a + b); null when a + b = 0: with no span on either side there is nothing to agree on. */
  f1Exact: number | null;
  /** 2·matchedOverlap / (a + b); null when a + b = 0. */
  f1Overlap: number | null;
}

export interface SpanF1 {
  /** One row per label: the given labels in their order, then any other label the spans use, sorted. */
  perLabel: LabelF1[];
  /** All labels pooled, labelled OVERALL. */
  overall: LabelF1;
}

/**
 * Pairwise span F1 per label, exact and overlap, with one-to-one matching as in matchSpans: exact pairs
 * first, then same-label pairs by largest overlap. Symmetric in A and B; needs no gold standard.
 * `labels` fixes the rows (so a label nobody used still gets a row, with null F1).
 */
export function spanF1(
  a: readonly SpanLike[],
  b: readonly SpanLike[],
  labels: readonly string[] = [],
): SpanF1 {
  const names = orderedNames(
    labels,
    [...a, ...b].map((span) => span.label),
  );
  const counts = new Map(names.map((label) => [label, emptyCounts(label)]));
  const countsOf = (label: string): SpanCounts => counts.get(label) ?? emptyCounts(label);
  for (const span of a) countsOf(span.label).a += 1;
  for (const span of b) countsOf(span.label).b += 1;
  for (const match of matchSpans(a, b)) {
    if (match.kind !== 'agreed' && match.kind !== 'boundary') continue;
    const row = countsOf(match.a.label);
    row.matchedOverlap += 1;
    if (match.kind === 'agreed') row.matchedExact += 1;
  }
  return fromCounts([...counts.values()]);
}

/**
 * Corpus figures from several documents' results: counts are summed per label and F1 computed from
 * the sums, so a document with many spans weighs more than one with few (averaging F1s would not).
 */
export function poolSpanF1(results: readonly SpanF1[], labels: readonly string[] = []): SpanF1 {
  const names = orderedNames(
    labels,
    results.flatMap((result) => result.perLabel.map((row) => row.label)),
  );
  const sums = new Map(names.map((label) => [label, emptyCounts(label)]));
  for (const row of results.flatMap((result) => result.perLabel)) {
    const sum = sums.get(row.label);
    if (!sum) continue;
    sum.a += row.a;
    sum.b += row.b;
    sum.matchedExact += row.matchedExact;
    sum.matchedOverlap += row.matchedOverlap;
  }
  return fromCounts([...sums.values()]);
}

/** F1 = 2·matched / (a + b), null when a + b = 0. */
export function f1(matched: number, a: number, b: number): number | null {
  return a + b === 0 ? null : (2 * matched) / (a + b);
}

function fromCounts(rows: readonly SpanCounts[]): SpanF1 {
  const total = emptyCounts(OVERALL);
  for (const row of rows) {
    total.a += row.a;
    total.b += row.b;
    total.matchedExact += row.matchedExact;
    total.matchedOverlap += row.matchedOverlap;
  }
  return { perLabel: rows.map(withF1), overall: withF1(total) };
}

function withF1(counts: SpanCounts): LabelF1 {
  return {
    ...counts,
    f1Exact: f1(counts.matchedExact, counts.a, counts.b),
    f1Overlap: f1(counts.matchedOverlap, counts.a, counts.b),
  };
}

function emptyCounts(label: string): SpanCounts {
  return { label, a: 0, b: 0, matchedExact: 0, matchedOverlap: 0 };
}
