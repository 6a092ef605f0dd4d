import { describe, expect, it } from 'vitest';
import type { SpanLike } from './match-spans';
import { type Annotations, poolRelationF1, type RelationF1, relationF1 } from './relation-f1';

// Guideline worked example 1.
const TEXT =
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';

function span(id: string, start: number, end: number, label: string): SpanLike {
  return { id, start, end, label };
}

function rows(result: RelationF1): [string, number, number, number, number | null][] {
  return [...result.perType, result.overall].map((r) => [r.type, r.a, r.b, r.matched, r.f1]);
}

// A follows the guideline: SOURCE [0,48), CLAIM [64,154), QUANTITY [91,108).
const A_SPANS = [span('s', 0, 48, 'SOURCE'), span('c', 64, 154, 'CLAIM'), span('q', 91, 108, 'QUANTITY')];
// B: a shorter SOURCE [0,30) and QUANTITY "10.000" [102,108) (both boundary matches), the same CLAIM.
const B_SPANS = [span('s2', 0, 30, 'SOURCE'), span('c2', 64, 154, 'CLAIM'), span('q2', 102, 108, 'QUANTITY')];

describe('relationF1', () => {
  it('uses the spans the test means', () => {
    expect([...A_SPANS, ...B_SPANS].map((s) => TEXT.slice(s.start, s.end))).toEqual([
      'Intelijen Amerika Serikat (AS) dan Korea Selatan',
      'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
      'lebih dari 10.000',
      'Intelijen Amerika Serikat (AS)',
      'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
      '10.000',
    ]);
  });

  it('agrees through boundary-matched endpoints, and only in the same direction', () => {
    // attributed_to c→s vs c2→s2: c~c2 (exact), s~s2 (overlap) → agree.  1 + 1, matched 1 → F1 1.
    // part_of q→c vs c2→q2: reversed → no agreement.                        1 + 1, matched 0 → F1 0.
    // Overall: 2 + 2, matched 1 → 2·1/4 = 0.5.
    const a: Annotations = {
      spans: A_SPANS,
      relations: [
        { type: 'attributed_to', from: 'c', to: 's' },
        { type: 'part_of', from: 'q', to: 'c' },
      ],
    };
    const b: Annotations = {
      spans: B_SPANS,
      relations: [
        { type: 'attributed_to', from: 'c2', to: 's2' },
        { type: 'part_of', from: 'c2', to: 'q2' },
      ],
    };
    expect(rows(relationF1(a, b, ['attributed_to', 'part_of']))).toEqual([
      ['attributed_to', 1, 1, 1, 1],
      ['part_of', 1, 1, 0, 0],
      ['(all)', 2, 2, 1, 0.5],
    ]);
    expect(rows(relationF1(b, a))).toEqual([
      ['attributed_to', 1, 1, 1, 1],
      ['part_of', 1, 1, 0, 0],
      ['(all)', 2, 2, 1, 0.5],
    ]);
  });

  it('does not agree when an endpoint is unmatched or matched only with another label', () => {
    // B attributes the claim to "Ukraina" [147,154), a SOURCE no span of A matches (A's SOURCE ends at 48;
    // A's CLAIM, which it overlaps, is already matched to B's CLAIM). And B's quantity is a CLAIM over
    // "lebih dari 10.000": a label disagreement, which is no endpoint match either.
    expect(TEXT.slice(147, 154)).toBe('Ukraina');
    const a: Annotations = {
      spans: A_SPANS,
      relations: [
        { type: 'attributed_to', from: 'c', to: 's' },
        { type: 'part_of', from: 'q', to: 'c' },
      ],
    };
    const b: Annotations = {
      spans: [span('u', 147, 154, 'SOURCE'), span('c2', 64, 154, 'CLAIM'), span('x', 91, 108, 'CLAIM')],
      relations: [
        { type: 'attributed_to', from: 'c2', to: 'u' },
        { type: 'part_of', from: 'x', to: 'c2' },
      ],
    };
    // 2 + 2, matched 0 → 0 for each type and overall.
    expect(rows(relationF1(a, b))).toEqual([
      ['attributed_to', 1, 1, 0, 0],
      ['part_of', 1, 1, 0, 0],
      ['(all)', 2, 2, 0, 0],
    ]);
  });

  it('matches relations one to one and ignores dangling ids', () => {
    // A states attributed_to c→s twice and one relation to a span id that does not exist; B once.
    // 3 + 1, matched 1 → 2·1/4 = 0.5.
    const a: Annotations = {
      spans: A_SPANS,
      relations: [
        { type: 'attributed_to', from: 'c', to: 's' },
        { type: 'attributed_to', from: 'c', to: 's' },
        { type: 'attributed_to', from: 'c', to: 'gone' },
      ],
    };
    const b: Annotations = { spans: B_SPANS, relations: [{ type: 'attributed_to', from: 'c2', to: 's2' }] };
    expect(rows(relationF1(a, b))).toEqual([
      ['attributed_to', 3, 1, 1, 0.5],
      ['(all)', 3, 1, 1, 0.5],
    ]);
  });

  it('gives null where neither annotator has a relation', () => {
    const none = relationF1({ spans: A_SPANS, relations: [] }, { spans: [], relations: [] }, [
      'attributed_to',
    ]);
    expect(rows(none)).toEqual([
      ['attributed_to', 0, 0, 0, null],
      ['(all)', 0, 0, 0, null],
    ]);
  });
});

describe('poolRelationF1', () => {
  it('sums counts over documents', () => {
    // Doc 1: attributed_to 1 + 1, matched 1 (F1 1). Doc 2: attributed_to 1 + 0 (F1 0), part_of 1 + 0.
    // Pooled attributed_to: 2 + 1, matched 1 → 2·1/3 = 0.667, where averaging F1s would give 0.5.
    // part_of: 1 + 0 → 0. Overall: 3 + 1, matched 1 → 2·1/4 = 0.5.
    const a: Annotations = { spans: A_SPANS, relations: [{ type: 'attributed_to', from: 'c', to: 's' }] };
    const b: Annotations = { spans: B_SPANS, relations: [{ type: 'attributed_to', from: 'c2', to: 's2' }] };
    const doc1 = relationF1(a, b);
    const doc2 = relationF1(
      {
        spans: A_SPANS,
        relations: [
          { type: 'attributed_to', from: 'c', to: 's' },
          { type: 'part_of', from: 'q', to: 'c' },
        ],
      },
      { spans: [], relations: [] },
    );
    expect(rows(poolRelationF1([doc1, doc2]))).toEqual([
      ['attributed_to', 2, 1, 1, 2 / 3],
      ['part_of', 1, 0, 0, 0],
      ['(all)', 3, 1, 1, 0.5],
    ]);
  });
});
