import { OVERALL, orderedNames } from './labels';
import type { SpanLike } from './match-spans';

/** A token's place in the text, UTF-16 code units, end-exclusive (tokenize's tokens fit). */
export interface TokenLike {
  start: number;
  end: number;
}

/** Tag of a token no span covers, in the overall figure. */
export const NO_LABEL = '(none)';
/** Tags of the per-label binary decision. */
export const INSIDE = 'in';
export const OUTSIDE = 'out';

/** How many tokens got tag `row` from A and tag `column` from B: counts[row][column]. */
export type Confusion = Record<string, Record<string, number>>;

interface KappaBase {
  /** Tokens compared. */
  n: number;
  confusion: Confusion;
}

/** Cohen's kappa = (po − pe) / (1 − pe); null, with the reason, where it is undefined. */
export type Kappa =
  | (KappaBase & { kappa: number; po: number; pe: number })
  | (KappaBase & { kappa: null; po: number | null; pe: number | null; reason: string });

export interface LabelKappa {
  label: string;
  /** Over every token of the text. */
  allTokens: Kappa;
  /** Over the tokens that either annotator covered with a span of any label. */
  labelledTokens: Kappa;
}

export interface TokenKappa {
  /** Per label, a binary decision: is the token inside a span of this label or not. */
  perLabel: LabelKappa[];
  /** Over the label set plus NO_LABEL, each token tagged with the label of its innermost covering span. */
  overall: LabelKappa;
}

/**
 * Token-level Cohen's kappa between annotators A and B.
 *
 * A token is covered by a span when it lies wholly inside it; a token a span boundary cuts through is
 * not covered. Spans nest (a CLAIM contains its QUANTITY), so one tag per token cannot describe both:
 * - per label, each token is a binary in/out decision for that label, nesting ignored;
 * - overall, each token takes the label of its innermost covering span (the shortest; at equal length
 *   the label earlier in the label order), or NO_LABEL.
 * Both are computed over all tokens and over the tokens either annotator labelled (with any label;
 * the same token set for every row, so that per-label figures on it keep an "out" side).
 */
export function tokenKappa(
  tokens: readonly TokenLike[],
  a: readonly SpanLike[],
  b: readonly SpanLike[],
  labels: readonly string[] = [],
): TokenKappa {
  const names = orderedNames(
    labels,
    [...a, ...b].map((span) => span.label),
  );
  const coverA = coverage(tokens, a, names);
  const coverB = coverage(tokens, b, names);
  const labelled = tokens.map((_, t) => coverA[t] !== undefined || coverB[t] !== undefined);

  const count = (tagOf: (cover: Cover | undefined) => string, onlyLabelled: boolean): Confusion => {
    const confusion: Confusion = {};
    tokens.forEach((_, t) => {
      if (onlyLabelled && !labelled[t]) return;
      addCount(confusion, tagOf(coverA[t]), tagOf(coverB[t]), 1);
    });
    return confusion;
  };
  const figures = (label: string, tagOf: (cover: Cover | undefined) => string): LabelKappa => ({
    label,
    allTokens: cohensKappa(count(tagOf, false)),
    labelledTokens: cohensKappa(count(tagOf, true)),
  });

  return {
    perLabel: names.map((label) => figures(label, (cover) => (cover?.labels.has(label) ? INSIDE : OUTSIDE))),
    overall: figures(OVERALL, (cover) => cover?.innermost ?? NO_LABEL),
  };
}

/** Corpus figures: the documents' confusion tables are added up and kappa computed once from the sum. */
export function poolTokenKappa(results: readonly TokenKappa[], labels: readonly string[] = []): TokenKappa {
  const names = orderedNames(
    labels,
    results.flatMap((result) => result.perLabel.map((row) => row.label)),
  );
  const pool = (rows: readonly (LabelKappa | undefined)[], label: string): LabelKappa => ({
    label,
    allTokens: cohensKappa(sumConfusions(rows.map((row) => row?.allTokens.confusion))),
    labelledTokens: cohensKappa(sumConfusions(rows.map((row) => row?.labelledTokens.confusion))),
  });
  return {
    perLabel: names.map((label) =>
      pool(
        results.map((result) => result.perLabel.find((row) => row.label === label)),
        label,
      ),
    ),
    overall: pool(
      results.map((result) => result.overall),
      OVERALL,
    ),
  };
}

/** Cohen's kappa from a confusion table; tags either annotator used are the categories. */
export function cohensKappa(confusion: Confusion): Kappa {
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  let n = 0;
  let agreed = 0;
  for (const [rowTag, columns] of Object.entries(confusion)) {
    for (const [columnTag, count] of Object.entries(columns)) {
      n += count;
      if (rowTag === columnTag) agreed += count;
      rowTotals.set(rowTag, (rowTotals.get(rowTag) ?? 0) + count);
      columnTotals.set(columnTag, (columnTotals.get(columnTag) ?? 0) + count);
    }
  }
  if (n === 0) return { n, confusion, kappa: null, po: null, pe: null, reason: 'no tokens to compare' };
  // Chance agreement in whole numbers first, so that pe = 1 is detected exactly.
  let chanceProduct = 0;
  for (const [tag, rowTotal] of rowTotals) chanceProduct += rowTotal * (columnTotals.get(tag) ?? 0);
  const po = agreed / n;
  const pe = chanceProduct / (n * n);
  if (chanceProduct === n * n) {
    const [tag] = rowTotals.keys();
    return {
      n,
      confusion,
      kappa: null,
      po,
      pe,
      reason: `chance agreement is 1: both annotators tagged all ${n} tokens "${tag}"`,
    };
  }
  return { n, confusion, kappa: (po - pe) / (1 - pe), po, pe };
}

interface Cover {
  labels: Set<string>;
  innermost: string;
  innermostLength: number;
}

/** For each token, the labels of the spans covering it and the innermost of them; undefined if none. */
function coverage(
  tokens: readonly TokenLike[],
  spans: readonly SpanLike[],
  labelOrder: readonly string[],
): (Cover | undefined)[] {
  const covers: (Cover | undefined)[] = tokens.map(() => undefined);
  const byStart = tokens.map((_, t) => t).sort((x, y) => (tokens[x]?.start ?? 0) - (tokens[y]?.start ?? 0));
  const rank = (label: string) => labelOrder.indexOf(label);
  for (const span of spans) {
    const length = span.end - span.start;
    for (let k = firstStartingAtOrAfter(tokens, byStart, span.start); k < byStart.length; k += 1) {
      const t = byStart[k];
      const token = t === undefined ? undefined : tokens[t];
      if (t === undefined || token === undefined || token.start >= span.end) break;
      if (token.end > span.end) continue;
      const cover = covers[t];
      if (!cover) {
        covers[t] = { labels: new Set([span.label]), innermost: span.label, innermostLength: length };
        continue;
      }
      cover.labels.add(span.label);
      if (
        length < cover.innermostLength ||
        (length === cover.innermostLength && rank(span.label) < rank(cover.innermost))
      ) {
        cover.innermost = span.label;
        cover.innermostLength = length;
      }
    }
  }
  return covers;
}

/** Binary search over token indices sorted by start. */
function firstStartingAtOrAfter(
  tokens: readonly TokenLike[],
  byStart: readonly number[],
  offset: number,
): number {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const t = byStart[middle];
    const start = t === undefined ? Number.POSITIVE_INFINITY : (tokens[t]?.start ?? Number.POSITIVE_INFINITY);
    if (start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sumConfusions(confusions: readonly (Confusion | undefined)[]): Confusion {
  const sum: Confusion = {};
  for (const confusion of confusions) {
    for (const [rowTag, columns] of Object.entries(confusion ?? {})) {
      for (const [columnTag, count] of Object.entries(columns)) addCount(sum, rowTag, columnTag, count);
    }
  }
  return sum;
}

function addCount(confusion: Confusion, rowTag: string, columnTag: string, count: number): void {
  const row = confusion[rowTag] ?? {};
  row[columnTag] = (row[columnTag] ?? 0) + count;
  confusion[rowTag] = row;
}
