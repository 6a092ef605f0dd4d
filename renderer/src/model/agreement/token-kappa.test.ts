import { describe, expect, it } from 'vitest';
import type { SpanLike } from './match-spans';
import {
  cohensKappa,
  type Kappa,
  poolTokenKappa,
  type TokenKappa,
  type TokenLike,
  tokenKappa,
} from './token-kappa';

// Tokens made here, so that the test does not depend on the tokenizer: numbers like 10.000 stay whole.
function tokensOf(text: string): (TokenLike & { text: string })[] {
  return [...text.matchAll(/\d+(?:\.\d+)*|\p{L}+|\S/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function span(id: string, start: number, end: number, label: string): SpanLike {
  return { id, start, end, label };
}

function value(kappa: Kappa): number | null {
  return kappa.kappa;
}

function labelRow(result: TokenKappa, label: string) {
  const row = result.perLabel.find((r) => r.label === label);
  if (!row) throw new Error(`no row for ${label}`);
  return row;
}

const TEXT = 'Menurut NIS, Korea Utara telah mengirim lebih dari 10.000 tentara.';
const TOKENS = tokensOf(TEXT);

// Token:   0 Menurut  1 NIS  2 ,  3 Korea  4 Utara  5 telah  6 mengirim  7 lebih  8 dari  9 10.000  10 tentara  11 .
// A:       SOURCE "NIS"; CLAIM "Korea … tentara" (3–10); QUANTITY "lebih dari 10.000" (7–9)
// B:       SOURCE "Menurut NIS" (0–1); CLAIM "Korea … 10.000" (3–9); QUANTITY "10.000" (9)
const A = [span('s', 8, 11, 'SOURCE'), span('c', 13, 65, 'CLAIM'), span('q', 40, 57, 'QUANTITY')];
const B = [span('s', 0, 11, 'SOURCE'), span('c', 13, 57, 'CLAIM'), span('q', 51, 57, 'QUANTITY')];
const LABELS = ['CLAIM', 'SOURCE', 'QUANTITY'];

describe('tokenKappa', () => {
  it('works on the spans the test means', () => {
    expect(TOKENS.map((t) => t.text)).toEqual([
      'Menurut',
      'NIS',
      ',',
      'Korea',
      'Utara',
      'telah',
      'mengirim',
      'lebih',
      'dari',
      '10.000',
      'tentara',
      '.',
    ]);
    expect([...A, ...B].map((s) => TEXT.slice(s.start, s.end))).toEqual([
      'NIS',
      'Korea Utara telah mengirim lebih dari 10.000 tentara',
      'lebih dari 10.000',
      'Menurut NIS',
      'Korea Utara telah mengirim lebih dari 10.000',
      '10.000',
    ]);
  });

  it('computes the overall figure from innermost labels, by hand', () => {
    // Innermost tag per token (A / B):
    //  0 -/SOURCE  1 SOURCE/SOURCE  2 -/-  3–6 CLAIM/CLAIM  7 QUANTITY/CLAIM  8 QUANTITY/CLAIM
    //  9 QUANTITY/QUANTITY  10 CLAIM/-  11 -/-
    // All 12 tokens: agreed on 1, 2, 3, 4, 5, 6, 9, 11 → po = 8/12 = 2/3.
    //   A: none 3, SOURCE 1, CLAIM 5, QUANTITY 3.  B: none 3, SOURCE 2, CLAIM 6, QUANTITY 1.
    //   pe = (3·3 + 1·2 + 5·6 + 3·1) / 144 = 44/144 = 11/36.
    //   kappa = (24/36 − 11/36) / (25/36) = 13/25 = 0.52.
    const result = tokenKappa(TOKENS, A, B, LABELS);
    const all = result.overall.allTokens;
    expect(all).toMatchObject({ n: 12 });
    expect(all.po).toBeCloseTo(2 / 3, 12);
    expect(all.pe).toBeCloseTo(11 / 36, 12);
    expect(value(all)).toBeCloseTo(13 / 25, 12);
    expect(all.confusion['(none)']).toEqual({ SOURCE: 1, '(none)': 2 });
    expect(all.confusion.QUANTITY).toEqual({ CLAIM: 2, QUANTITY: 1 });
    // Labelled tokens (either annotator): all but 2 "," and 11 "." → n = 10; agreed on 1, 3–6, 9 → po = 6/10.
    //   A: none 1, SOURCE 1, CLAIM 5, QUANTITY 3.  B: none 1, SOURCE 2, CLAIM 6, QUANTITY 1.
    //   pe = (1·1 + 1·2 + 5·6 + 3·1) / 100 = 0.36;  kappa = (0.6 − 0.36) / 0.64 = 0.375.
    const labelled = result.overall.labelledTokens;
    expect(labelled.n).toBe(10);
    expect(labelled.pe).toBeCloseTo(0.36, 12);
    expect(value(labelled)).toBeCloseTo(0.375, 12);
  });

  it('computes per-label binary figures by hand, a claim containing a quantity counting for both', () => {
    const result = tokenKappa(TOKENS, A, B, LABELS);
    expect(result.perLabel.map((r) => r.label)).toEqual(LABELS);

    // QUANTITY, all 12: both in {9}, A only {7, 8}, both out 9 → po = 10/12.
    //   pA = 3/12, pB = 1/12; pe = 3/12·1/12 + 9/12·11/12 = (3 + 99)/144 = 17/24.
    //   kappa = (20/24 − 17/24) / (7/24) = 3/7.
    // QUANTITY, labelled 10: both in 1, A only 2, both out 7 → po = 0.8; pe = 0.3·0.1 + 0.7·0.9 = 0.66.
    //   kappa = 0.14 / 0.34 = 7/17.
    const quantity = labelRow(result, 'QUANTITY');
    expect(quantity.allTokens.confusion).toEqual({ in: { in: 1, out: 2 }, out: { out: 9 } });
    expect(value(quantity.allTokens)).toBeCloseTo(3 / 7, 12);
    expect(value(quantity.labelledTokens)).toBeCloseTo(7 / 17, 12);

    // CLAIM, all 12: both in 3–9 (7), A only {10}, both out {0, 1, 2, 11} → po = 11/12.
    //   pA = 8/12, pB = 7/12; pe = 8/12·7/12 + 4/12·5/12 = (56 + 20)/144 = 19/36.
    //   kappa = (33/36 − 19/36) / (17/36) = 14/17.
    // CLAIM, labelled 10: both in 7, A only 1, both out {0, 1} → po = 0.9; pe = 0.8·0.7 + 0.2·0.3 = 0.62.
    //   kappa = 0.28 / 0.38 = 14/19.
    const claim = labelRow(result, 'CLAIM');
    expect(value(claim.allTokens)).toBeCloseTo(14 / 17, 12);
    expect(value(claim.labelledTokens)).toBeCloseTo(14 / 19, 12);

    // SOURCE, all 12: both in {1}, B only {0}, both out 10 → po = 11/12.
    //   pA = 1/12, pB = 2/12; pe = (1·2 + 11·10)/144 = 112/144 = 7/9.
    //   kappa = (33/36 − 28/36) / (8/36) = 5/8.
    // SOURCE, labelled 10: both in 1, B only 1, both out 8 → po = 0.9; pe = 0.1·0.2 + 0.9·0.8 = 0.74.
    //   kappa = 0.16 / 0.26 = 8/13.
    const source = labelRow(result, 'SOURCE');
    expect(value(source.allTokens)).toBeCloseTo(5 / 8, 12);
    expect(value(source.labelledTokens)).toBeCloseTo(8 / 13, 12);
  });

  it('is symmetric', () => {
    const forward = tokenKappa(TOKENS, A, B, LABELS);
    const backward = tokenKappa(TOKENS, B, A, LABELS);
    expect(backward.perLabel.map((r) => [value(r.allTokens), value(r.labelledTokens)])).toEqual(
      forward.perLabel.map((r) => [value(r.allTokens), value(r.labelledTokens)]),
    );
    expect(value(backward.overall.allTokens)).toBeCloseTo(value(forward.overall.allTokens) ?? Number.NaN, 12);
  });

  it('does not count a token that a span boundary cuts through', () => {
    // [40,53) ends inside "10.000" [51,57): it covers "lebih" and "dari" only.
    const result = tokenKappa(TOKENS, [span('q', 40, 53, 'QUANTITY')], [span('q', 40, 57, 'QUANTITY')]);
    expect(labelRow(result, 'QUANTITY').allTokens.confusion).toEqual({
      in: { in: 2 },
      out: { in: 1, out: 9 },
    });
  });

  it('breaks an innermost tie between same-extent spans by the label order', () => {
    // One annotator gives "10.000" both QUANTITY and CLAIM: with CLAIM first in the order, CLAIM is its tag.
    const both = [span('q', 51, 57, 'QUANTITY'), span('c', 51, 57, 'CLAIM')];
    const result = tokenKappa(TOKENS, both, both, LABELS);
    expect(result.overall.allTokens.confusion.CLAIM).toEqual({ CLAIM: 1 });
  });

  it('returns null with the reason when chance agreement is 1 or there are no tokens', () => {
    // Nobody labelled anything: every token is "out" for both, pe = 1, and no token is labelled.
    const none = tokenKappa(TOKENS, [], [], ['CLAIM']);
    expect(labelRow(none, 'CLAIM').allTokens).toMatchObject({
      kappa: null,
      n: 12,
      po: 1,
      pe: 1,
      reason: 'chance agreement is 1: both annotators tagged all 12 tokens "out"',
    });
    expect(none.overall.allTokens).toMatchObject({ kappa: null, pe: 1 });
    expect(none.overall.labelledTokens).toMatchObject({
      kappa: null,
      n: 0,
      po: null,
      pe: null,
      reason: 'no tokens to compare',
    });
    // Both mark the whole sentence a CLAIM: perfect, but kappa is undefined, not 1.
    const whole = [span('c', 0, 66, 'CLAIM')];
    expect(tokenKappa(TOKENS, whole, whole).overall.allTokens).toMatchObject({ kappa: null, po: 1, pe: 1 });
    expect(tokenKappa([], whole, whole).overall.allTokens.kappa).toBeNull();
  });
});

describe('cohensKappa', () => {
  it('matches a textbook 2×2 table', () => {
    // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. po = 35/50 = 0.7.
    // pA(yes) = 25/50, pB(yes) = 30/50; pe = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = 0.2/0.5 = 0.4.
    const kappa = cohensKappa({ yes: { yes: 20, no: 5 }, no: { yes: 10, no: 15 } });
    expect(kappa).toMatchObject({ n: 50, po: 0.7, pe: 0.5 });
    expect(value(kappa)).toBeCloseTo(0.4, 12);
  });
});

describe('poolTokenKappa', () => {
  it('adds confusion tables instead of averaging kappas', () => {
    // Doc 1, 2 tokens: A in, out; B in, out → kappa 1.
    // Doc 2, 3 tokens: A in, in, in; B in, out, out → po = 1/3, pe = 1·1/3 = 1/3 → kappa 0.
    // Pooled, 5 tokens: in/in 2, in/out 2, out/out 1 → po = 3/5; pA = 4/5, pB = 2/5;
    //   pe = 4/5·2/5 + 1/5·3/5 = 11/25; kappa = (15/25 − 11/25) / (14/25) = 2/7 (the average would be 0.5).
    const doc1 = tokenKappa(
      [
        { start: 0, end: 1 },
        { start: 2, end: 3 },
      ],
      [span('a', 0, 1, 'CLAIM')],
      [span('b', 0, 1, 'CLAIM')],
    );
    const doc2 = tokenKappa(
      [
        { start: 0, end: 1 },
        { start: 2, end: 3 },
        { start: 4, end: 5 },
      ],
      [span('a', 0, 5, 'CLAIM')],
      [span('b', 0, 1, 'CLAIM')],
    );
    expect(value(labelRow(doc1, 'CLAIM').allTokens)).toBe(1);
    expect(value(labelRow(doc2, 'CLAIM').allTokens)).toBe(0);
    const pooled = poolTokenKappa([doc1, doc2], ['CLAIM']);
    expect(labelRow(pooled, 'CLAIM').allTokens.n).toBe(5);
    expect(value(labelRow(pooled, 'CLAIM').allTokens)).toBeCloseTo(2 / 7, 12);
    expect(value(pooled.overall.allTokens)).toBeCloseTo(2 / 7, 12);
  });
});
