import { OVERALL, orderedNames } from './labels';
import { matchSpans, type SpanLike } from './match-spans';
import { f1 } from './span-f1';

/** The part of a relation that agreement looks at: `from` and `to` are span ids of the same annotator. */
export interface RelationLike {
  type: string;
  from: string;
  to: string;
}

/** One annotator's work on one document. */
export interface Annotations {
  spans: readonly SpanLike[];
  relations: readonly RelationLike[];
}

export interface RelationCounts {
  type: string;
  a: number;
  b: number;
  /** One-to-one pairs of agreeing relations. */
  matched: number;
}

export interface TypeF1 extends RelationCounts {
  /** 2·matched / (a + b); null when a + b = 0. */
  f1: number | null;
}

export interface RelationF1 {
  perType: TypeF1[];
  /** All types pooled, labelled OVERALL. */
  overall: TypeF1;
}

/**
 * Relation F1 over matched spans. A relation of A and one of B agree when they have the same type and
 * both endpoints of A's are matched, by the overlap matching of spanF1 (same label, one to one), to the
 * corresponding endpoints of B's. A relation whose endpoint is unmatched, or missing, agrees with nothing.
 */
export function relationF1(a: Annotations, b: Annotations, types: readonly string[] = []): RelationF1 {
  const names = orderedNames(
    types,
    [...a.relations, ...b.relations].map((relation) => relation.type),
  );
  const counts = new Map(names.map((type) => [type, emptyCounts(type)]));
  const countsOf = (type: string): RelationCounts => counts.get(type) ?? emptyCounts(type);

  const partnerInB = new Map<string, string>();
  for (const match of matchSpans(a.spans, b.spans)) {
    if (match.kind === 'agreed' || match.kind === 'boundary') partnerInB.set(match.a.id, match.b.id);
  }

  const unclaimedInB = new Map<string, number>();
  for (const relation of b.relations) {
    countsOf(relation.type).b += 1;
    const key = relationKey(relation.type, relation.from, relation.to);
    unclaimedInB.set(key, (unclaimedInB.get(key) ?? 0) + 1);
  }
  for (const relation of a.relations) {
    const row = countsOf(relation.type);
    row.a += 1;
    const from = partnerInB.get(relation.from);
    const to = partnerInB.get(relation.to);
    if (from === undefined || to === undefined) continue;
    const key = relationKey(relation.type, from, to);
    const left = unclaimedInB.get(key) ?? 0;
    if (left === 0) continue;
    unclaimedInB.set(key, left - 1);
    row.matched += 1;
  }
  return fromCounts([...counts.values()]);
}

/** Corpus figures: counts summed per type over documents, F1 computed from the sums. */
export function poolRelationF1(results: readonly RelationF1[], types: readonly string[] = []): RelationF1 {
  const names = orderedNames(
    types,
    results.flatMap((result) => result.perType.map((row) => row.type)),
  );
  const sums = new Map(names.map((type) => [type, emptyCounts(type)]));
  for (const row of results.flatMap((result) => result.perType)) {
    const sum = sums.get(row.type);
    if (!sum) continue;
    sum.a += row.a;
    sum.b += row.b;
    sum.matched += row.matched;
  }
  return fromCounts([...sums.values()]);
}

function relationKey(type: string, from: string, to: string): string {
  return JSON.stringify([type, from, to]);
}

function fromCounts(rows: readonly RelationCounts[]): RelationF1 {
  const total = emptyCounts(OVERALL);
  for (const row of rows) {
    total.a += row.a;
    total.b += row.b;
    total.matched += row.matched;
  }
  return { perType: rows.map(withF1), overall: withF1(total) };
}

function withF1(counts: RelationCounts): TypeF1 {
  return { ...counts, f1: f1(counts.matched, counts.a, counts.b) };
}

function emptyCounts(type: string): RelationCounts {
  return { type, a: 0, b: 0, matched: 0 };
}
