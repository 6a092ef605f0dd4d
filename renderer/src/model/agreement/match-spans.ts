/** The part of a span that agreement looks at. Offsets are UTF-16 code units, end-exclusive. */
export interface SpanLike {
  id: string;
  start: number;
  end: number;
  label: string;
}

export type SpanMatchKind = 'agreed' | 'boundary' | 'label' | 'only-a' | 'only-b';

/**
 * One span of A paired with one of B, or a span only one annotator has.
 * - `agreed`: same start, end and label.
 * - `boundary`: same label, overlapping, different offsets.
 * - `label`: overlapping, different label, neither side matched by a span of its own label.
 * - `only-a` / `only-b`: no overlapping partner left.
 */
export type SpanMatch<S extends SpanLike = SpanLike> =
  | { kind: 'agreed' | 'boundary' | 'label'; a: S; b: S }
  | { kind: 'only-a'; a: S; b?: undefined }
  | { kind: 'only-b'; a?: undefined; b: S };

/** Number of code units two spans share; 0 when they only touch or are apart. */
export function overlapLength(x: SpanLike, y: SpanLike): number {
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
}

/**
 * Sorts every span of A and B into exactly one match, one-to-one, in three rounds:
 * 1. exact pairs (same start, end, label);
 * 2. same-label pairs, greedily by largest overlap;
 * 3. different-label pairs among what is left, greedily by largest overlap.
 * Greedy ties go to the nearer start, then the nearer end, then the earlier pair in the text.
 * The result is in text order (by start; at the same start the longer, enclosing match first) and does
 * not depend on the order of the inputs.
 */
export function matchSpans<S extends SpanLike>(a: readonly S[], b: readonly S[]): SpanMatch<S>[] {
  const spansA = [...a].sort(compareSpans);
  const spansB = [...b].sort(compareSpans);
  const partnerOfA = new Map<number, { j: number; kind: 'agreed' | 'boundary' | 'label' }>();
  const usedB = new Set<number>();

  const exactB = new Map<string, number[]>();
  spansB.forEach((span, j) => {
    const key = exactKey(span);
    const queue = exactB.get(key);
    if (queue) queue.push(j);
    else exactB.set(key, [j]);
  });
  spansA.forEach((span, i) => {
    const j = exactB.get(exactKey(span))?.shift();
    if (j === undefined) return;
    partnerOfA.set(i, { j, kind: 'agreed' });
    usedB.add(j);
  });

  const rounds = [
    { kind: 'boundary', accepts: (x: SpanLike, y: SpanLike) => x.label === y.label },
    { kind: 'label', accepts: (x: SpanLike, y: SpanLike) => x.label !== y.label },
  ] as const;
  for (const round of rounds) {
    const pairs = greedyByOverlap(spansA, spansB, (i, j) => {
      if (partnerOfA.has(i) || usedB.has(j)) return false;
      const x = spansA[i];
      const y = spansB[j];
      return x !== undefined && y !== undefined && round.accepts(x, y);
    });
    for (const [i, j] of pairs) {
      partnerOfA.set(i, { j, kind: round.kind });
      usedB.add(j);
    }
  }

  const matches: SpanMatch<S>[] = [];
  spansA.forEach((span, i) => {
    const partner = partnerOfA.get(i);
    const other = partner && spansB[partner.j];
    if (partner && other) matches.push({ kind: partner.kind, a: span, b: other });
    else matches.push({ kind: 'only-a', a: span });
  });
  spansB.forEach((span, j) => {
    if (!usedB.has(j)) matches.push({ kind: 'only-b', b: span });
  });
  return matches.sort(compareMatches);
}

/**
 * One-to-one pairs by largest overlap, taken greedily. Candidates need a positive overlap and the
 * caller's consent; a pair is skipped once either of its spans is taken.
 */
function greedyByOverlap(
  a: readonly SpanLike[],
  b: readonly SpanLike[],
  eligible: (i: number, j: number) => boolean,
): [number, number][] {
  const candidates: {
    i: number;
    j: number;
    overlap: number;
    startGap: number;
    endGap: number;
    at: number;
  }[] = [];
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      const overlap = overlapLength(x, y);
      if (overlap > 0 && eligible(i, j)) {
        candidates.push({
          i,
          j,
          overlap,
          startGap: Math.abs(x.start - y.start),
          endGap: Math.abs(x.end - y.end),
          at: x.start + y.start,
        });
      }
    });
  });
  candidates.sort(
    (p, q) =>
      q.overlap - p.overlap ||
      p.startGap - q.startGap ||
      p.endGap - q.endGap ||
      p.at - q.at ||
      p.i - q.i ||
      p.j - q.j,
  );
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { i, j } of candidates) {
    if (takenA.has(i) || takenB.has(j)) continue;
    takenA.add(i);
    takenB.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function exactKey(span: SpanLike): string {
  return `${span.start}:${span.end}:${span.label}`;
}

function compareSpans(x: SpanLike, y: SpanLike): number {
  return x.start - y.start || x.end - y.end || compareText(x.label, y.label) || compareText(x.id, y.id);
}

const KIND_ORDER: readonly SpanMatchKind[] = ['agreed', 'boundary', 'label', 'only-a', 'only-b'];

function compareMatches(x: SpanMatch, y: SpanMatch): number {
  return (
    matchStart(x) - matchStart(y) ||
    matchEnd(y) - matchEnd(x) ||
    KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
    compareText(x.a?.id ?? '', y.a?.id ?? '') ||
    compareText(x.b?.id ?? '', y.b?.id ?? '')
  );
}

function matchStart(match: SpanMatch): number {
  return Math.min(match.a?.start ?? Number.POSITIVE_INFINITY, match.b?.start ?? Number.POSITIVE_INFINITY);
}

function matchEnd(match: SpanMatch): number {
  return Math.max(match.a?.end ?? Number.NEGATIVE_INFINITY, match.b?.end ?? Number.NEGATIVE_INFINITY);
}

function compareText(x: string, y: string): number {
  if (x === y) return 0;
  return x < y ? -1 : 1;
}
