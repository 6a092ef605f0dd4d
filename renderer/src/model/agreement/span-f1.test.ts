import { describe, expect, it } from 'vitest';
import type { SpanLike } from './match-spans';
import { f1, poolSpanF1, type SpanF1, spanF1 } from './span-f1';

function span(id: string, start: number, end: number, label: string): SpanLike {
  return { id, start, end, label };
}

function row(result: SpanF1, label: string) {
  const found = result.perLabel.find((r) => r.label === label);
  if (!found) throw new Error(`no row for ${label}`);
  return found;
}

const CLAIM_SENTENCE = 'Korea Utara telah mengirim lebih dari 10.000 tentara';

// Offsets: Menurut [0,7) NIS [8,11) , [11,12) Korea [13,18) … lebih [40,45) dari [46,50)
// 10.000 [51,57) tentara [58,65) . [65,66)
const NIS_SENTENCE = 'Menurut NIS, Korea Utara telah mengirim lebih dari 10.000 tentara.';

describe('spanF1', () => {
  it('scores the guideline case: exact F1 0, overlap F1 1', () => {
    const a = [span('a1', 27, 44, 'QUANTITY')];
    const b = [span('b1', 38, 44, 'QUANTITY')];
    expect(CLAIM_SENTENCE.slice(27, 44)).toBe('lebih dari 10.000');
    expect(CLAIM_SENTENCE.slice(38, 44)).toBe('10.000');
    // |A| = 1, |B| = 1; exact matches 0 → 2·0/2 = 0; overlap matches 1 → 2·1/2 = 1.
    expect(row(spanF1(a, b), 'QUANTITY')).toEqual({
      label: 'QUANTITY',
      a: 1,
      b: 1,
      matchedExact: 0,
      matchedOverlap: 1,
      f1Exact: 0,
      f1Overlap: 1,
    });
  });

  it('computes per label and overall F1 on a sentence by hand', () => {
    const a = [span('s', 8, 11, 'SOURCE'), span('c', 13, 65, 'CLAIM'), span('q', 40, 57, 'QUANTITY')];
    const b = [
      span('s', 8, 11, 'SOURCE'),
      span('c', 13, 57, 'CLAIM'),
      span('q1', 51, 57, 'QUANTITY'),
      span('q2', 58, 65, 'QUANTITY'),
    ];
    expect([...a, ...b].map((s) => NIS_SENTENCE.slice(s.start, s.end))).toEqual([
      'NIS',
      'Korea Utara telah mengirim lebih dari 10.000 tentara',
      'lebih dari 10.000',
      'NIS',
      'Korea Utara telah mengirim lebih dari 10.000',
      '10.000',
      'tentara',
    ]);
    const result = spanF1(a, b, ['CLAIM', 'SOURCE', 'QUANTITY']);
    expect(result.perLabel.map((r) => [r.label, r.a, r.b, r.matchedExact, r.matchedOverlap])).toEqual([
      ['CLAIM', 1, 1, 0, 1], // boundary: claim without "tentara"
      ['SOURCE', 1, 1, 1, 1], // exact
      ['QUANTITY', 1, 2, 0, 1], // boundary "10.000"; "tentara" [58,65) does not overlap [40,57)
    ]);
    // CLAIM: exact 2·0/2 = 0, overlap 2·1/2 = 1.
    expect(row(result, 'CLAIM')).toMatchObject({ f1Exact: 0, f1Overlap: 1 });
    // SOURCE: exact 2·1/2 = 1, overlap 1.
    expect(row(result, 'SOURCE')).toMatchObject({ f1Exact: 1, f1Overlap: 1 });
    // QUANTITY: exact 2·0/3 = 0, overlap 2·1/3 = 0.667.
    expect(row(result, 'QUANTITY').f1Exact).toBe(0);
    expect(row(result, 'QUANTITY').f1Overlap).toBeCloseTo(2 / 3, 12);
    // Overall: |A| = 3, |B| = 4, exact 1, overlap 3 → 2·1/7 = 0.286, 2·3/7 = 0.857.
    expect(result.overall).toMatchObject({ label: '(all)', a: 3, b: 4, matchedExact: 1, matchedOverlap: 3 });
    expect(result.overall.f1Exact).toBeCloseTo(2 / 7, 12);
    expect(result.overall.f1Overlap).toBeCloseTo(6 / 7, 12);
  });

  it('gives a label disagreement no credit in either label', () => {
    // A QUANTITY "lebih dari 10.000", B CLAIM over the same text: QUANTITY 1+0, CLAIM 0+1, no matches.
    const result = spanF1([span('a1', 27, 44, 'QUANTITY')], [span('b1', 27, 44, 'CLAIM')]);
    expect(result.perLabel.map((r) => [r.label, r.a, r.b, r.f1Exact, r.f1Overlap])).toEqual([
      ['CLAIM', 0, 1, 0, 0],
      ['QUANTITY', 1, 0, 0, 0],
    ]);
    expect(result.overall).toMatchObject({ a: 1, b: 1, f1Exact: 0, f1Overlap: 0 });
  });

  it('counts spans only one annotator has against both', () => {
    // A: SOURCE "Korea Utara" [0,11) and QUANTITY [27,44); B: the same QUANTITY and a CLAIM "tentara".
    // SOURCE 1+0 → 0; QUANTITY 1+1, 1 exact → 1; CLAIM 0+1 → 0; overall 2·1/(2+2) = 0.5.
    const a = [span('a1', 0, 11, 'SOURCE'), span('a2', 27, 44, 'QUANTITY')];
    const b = [span('b1', 27, 44, 'QUANTITY'), span('b2', 45, 52, 'CLAIM')];
    const result = spanF1(a, b, ['CLAIM', 'SOURCE', 'QUANTITY']);
    expect(result.perLabel.map((r) => [r.label, r.f1Exact, r.f1Overlap])).toEqual([
      ['CLAIM', 0, 0],
      ['SOURCE', 0, 0],
      ['QUANTITY', 1, 1],
    ]);
    expect(result.overall).toMatchObject({ f1Exact: 0.5, f1Overlap: 0.5 });
  });

  it('matches one to one: two B spans inside one A span count once', () => {
    // A: the claim [0,52). B: [0,26) and [27,52), both inside it. One match: 2·1/(1+2) = 0.667.
    const result = spanF1(
      [span('a1', 0, 52, 'CLAIM')],
      [span('b1', 0, 26, 'CLAIM'), span('b2', 27, 52, 'CLAIM')],
    );
    expect(result.overall).toMatchObject({ a: 1, b: 2, matchedExact: 0, matchedOverlap: 1, f1Exact: 0 });
    expect(result.overall.f1Overlap).toBeCloseTo(2 / 3, 12);
  });

  it('is symmetric', () => {
    const a = [span('a1', 0, 52, 'CLAIM'), span('a2', 27, 44, 'QUANTITY'), span('a3', 0, 11, 'SOURCE')];
    const b = [span('b1', 0, 26, 'CLAIM'), span('b2', 27, 52, 'CLAIM'), span('b3', 38, 44, 'QUANTITY')];
    const forward = spanF1(a, b);
    const backward = spanF1(b, a);
    expect(backward.perLabel.map((r) => [r.label, r.b, r.a, r.f1Exact, r.f1Overlap])).toEqual(
      forward.perLabel.map((r) => [r.label, r.a, r.b, r.f1Exact, r.f1Overlap]),
    );
  });

  it('reports null, not 1 or NaN, where neither annotator has a span', () => {
    const empty = spanF1([], [], ['CLAIM']);
    expect(empty.perLabel).toEqual([
      { label: 'CLAIM', a: 0, b: 0, matchedExact: 0, matchedOverlap: 0, f1Exact: null, f1Overlap: null },
    ]);
    expect(empty.overall.f1Exact).toBeNull();
    expect(empty.overall.f1Overlap).toBeNull();
    // A label nobody used keeps its row with null while the others are scored.
    const partly = spanF1([span('a1', 0, 5, 'CLAIM')], [span('b1', 0, 5, 'CLAIM')], ['CLAIM', 'SOURCE']);
    expect(partly.perLabel.map((r) => [r.label, r.f1Exact])).toEqual([
      ['CLAIM', 1],
      ['SOURCE', null],
    ]);
    expect(f1(0, 0, 0)).toBeNull();
  });
});

describe('poolSpanF1', () => {
  it('sums counts over documents instead of averaging F1', () => {
    // Doc 1: one agreed CLAIM → F1 1. Doc 2: A has 3 CLAIMs, B 1 elsewhere → F1 0.
    // Average would be 0.5; pooled: matched 1, |A| = 4, |B| = 2 → 2·1/6 = 0.333.
    const doc1 = spanF1([span('a', 0, 5, 'CLAIM')], [span('b', 0, 5, 'CLAIM')]);
    const doc2 = spanF1(
      [span('a1', 0, 5, 'CLAIM'), span('a2', 10, 15, 'CLAIM'), span('a3', 20, 25, 'CLAIM')],
      [span('b1', 30, 35, 'CLAIM')],
    );
    const pooled = poolSpanF1([doc1, doc2], ['CLAIM', 'SOURCE']);
    expect(pooled.perLabel[0]).toMatchObject({
      label: 'CLAIM',
      a: 4,
      b: 2,
      matchedExact: 1,
      matchedOverlap: 1,
    });
    expect(pooled.perLabel[0]?.f1Exact).toBeCloseTo(1 / 3, 12);
    expect(pooled.perLabel[1]).toMatchObject({ label: 'SOURCE', f1Exact: null });
    expect(pooled.overall.f1Overlap).toBeCloseTo(1 / 3, 12);
    expect(poolSpanF1([]).overall.f1Exact).toBeNull();
  });
});
