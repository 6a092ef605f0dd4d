import approxSearch from 'approx-string-match';

// Puts a span back on a text that may have changed since its offsets were taken, trying the cheapest
// selector first: the old offsets, then the exact quote elsewhere, then a fuzzy match of quote and
// context scored as Hypothesis' match-quote.ts does. Unlike Hypothesis, a match below a minimum score
// is reported as orphaned rather than placed: a missing span is visible, a misplaced one is not.

export interface AnchorTarget {
  /** Old offsets, UTF-16 code units, end-exclusive. */
  start: number;
  end: number;
  /** The text the span held. */
  quote: string;
  /** Text just before and after the span when it was taken (W3C TextQuoteSelector). */
  prefix?: string;
  suffix?: string;
}

export interface ReanchorOptions {
  /** Matches scoring below this share of the best possible score are orphaned. */
  minScore?: number;
  /** Rounds of fuzzy search; each masks the candidates of the round before to reach worse-but-likelier ones. */
  fuzzyRounds?: number;
}

export type Reanchored =
  | { status: 'exact' | 'moved' | 'fuzzy'; start: number; end: number; score?: number }
  | { status: 'orphaned'; reason: string };

export const MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
export const DEFAULT_MIN_SCORE = 0.75;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored {
  start: number;
  end: number;
  score: number;
}

const MASK = '\u0000';

export function reanchor(text: string, target: AnchorTarget, options: ReanchorOptions = {}): Reanchored {
  const { quote } = target;
  if (quote.length === 0) return { status: 'orphaned', reason: 'the span has no quote to look for' };
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;

  if (inRange(text, target) && text.slice(target.start, target.end) === quote) {
    return { status: 'exact', start: target.start, end: target.end };
  }

  const exact = exactOccurrences(text, quote);
  const moved = bestExact(text, target, exact);
  if (moved && moved.score >= minScore) return { status: 'moved', ...moved };

  // The exact occurrences failed on context: hide them so the fuzzy search can reach other places.
  let searched = mask(text, exact);
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  let best: Scored | undefined;
  for (let round = 0; round < (options.fuzzyRounds ?? 4); round++) {
    const candidates = maxErrors > 0 ? approxSearch(searched, quote, maxErrors) : [];
    if (candidates.length === 0) break;
    for (const candidate of candidates) {
      const scored = { start: candidate.start, end: candidate.end, score: score(text, target, candidate) };
      if (!best || scored.score > best.score) best = scored;
    }
    searched = mask(searched, candidates);
  }
  if (best && best.score >= minScore) return { status: 'fuzzy', ...best };
  const found = best ?? moved;
  return {
    status: 'orphaned',
    reason: found
      ? `the best match scores ${found.score.toFixed(2)}, below the minimum ${minScore}`
      : 'the quote is nowhere in the text, even approximately',
  };
}

function inRange(text: string, { start, end }: AnchorTarget): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** With context, the best-scoring occurrence; without, the nearest to the old position. */
function bestExact(text: string, target: AnchorTarget, exact: readonly Candidate[]): Scored | undefined {
  const hasContext = Boolean(target.prefix || target.suffix);
  let best: Scored | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of exact) {
    const distance = Math.abs(candidate.start - target.start);
    const scored = { start: candidate.start, end: candidate.end, score: score(text, target, candidate) };
    const better = hasContext ? !best || scored.score > best.score : distance < bestDistance;
    if (better) {
      best = scored;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Weighted similarity in 0…1 of quote, prefix, suffix and position. Parts the target lacks are left
 * out of the maximum, so a quote without context is judged on the quote alone (Hypothesis counts
 * missing context as a perfect match, which would let a half-wrong quote through).
 */
function score(text: string, target: AnchorTarget, candidate: Candidate): number {
  const { quote, prefix, suffix } = target;
  let raw = MATCH_WEIGHTS.quote * (1 - candidate.errors / quote.length);
  let max = MATCH_WEIGHTS.quote;
  if (prefix) {
    raw +=
      MATCH_WEIGHTS.prefix *
      similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix);
    max += MATCH_WEIGHTS.prefix;
  }
  if (suffix) {
    raw +=
      MATCH_WEIGHTS.suffix * similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix);
    max += MATCH_WEIGHTS.suffix;
  }
  raw += MATCH_WEIGHTS.position * (1 - Math.abs(candidate.start - target.start) / Math.max(1, text.length));
  max += MATCH_WEIGHTS.position;
  return raw / max;
}

/** 1 − edit distance / length of `expected`, searching `actual` for its best alignment. */
function similarity(actual: string, expected: string): number {
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const [match] = approxSearch(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}

function mask(text: string, ranges: readonly Candidate[]): string {
  if (ranges.length === 0) return text;
  let masked = '';
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    masked += text.slice(at, from) + MASK.repeat(end - from);
    at = end;
  }
  return masked + text.slice(at);
}
