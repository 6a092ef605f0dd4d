import { describe, expect, it } from 'vitest';
import {
  type AgreementDocument,
  type AgreementReport,
  agreementCsv,
  agreementReport,
  agreementTable,
  CORPUS_SCOPE,
  type PairAgreement,
  pairMatrix,
} from './agreement-report';
import type { SpanLike } from './match-spans';
import type { TokenLike } from './token-kappa';

function tokensOf(text: string): TokenLike[] {
  return [...text.matchAll(/\d+(?:\.\d+)*|\p{L}+|\S/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function span(id: string, start: number, end: number, label: string): SpanLike {
  return { id, start, end, label };
}

function pair(report: AgreementReport, scope: string, a: string, b: string): PairAgreement {
  const found = (
    scope === CORPUS_SCOPE ? report.corpus : report.documents.find((d) => d.scope === scope)
  )?.pairs.find((p) => p.a === a && p.b === b);
  if (!found) throw new Error(`no pair ${a}/${b} in ${scope}`);
  return found;
}

// 8 tokens: Korea [0,5) Utara [6,11) telah [12,17) mengirim [18,26) lebih [27,32) dari [33,37)
// 10.000 [38,44) tentara [45,52). CLAIM [0,52) is the whole sentence.
const TEXT1 = 'Korea Utara telah mengirim lebih dari 10.000 tentara';
// "Sekitar 3.000" [0,13), "220 unit" [26,34).
const TEXT2 = 'Sekitar 3.000 tentara dan 220 unit senjata';

function doc(docId: string, text: string, byAnnotator: Record<string, SpanLike[]>): AgreementDocument {
  return {
    docId,
    text,
    tokens: tokensOf(text),
    byAnnotator: Object.fromEntries(
      Object.entries(byAnnotator).map(([name, spans]) => [name, { spans, relations: [] }]),
    ),
  };
}

describe('agreementReport', () => {
  it('scores the guideline case: exact 0, overlap 1', () => {
    const report = agreementReport([
      doc('d1', TEXT1, { ani: [span('a', 27, 44, 'QUANTITY')], budi: [span('b', 38, 44, 'QUANTITY')] }),
    ]);
    expect(TEXT1.slice(27, 44)).toBe('lebih dari 10.000');
    expect(TEXT1.slice(38, 44)).toBe('10.000');
    const quantity = pair(report, 'd1', 'ani', 'budi').spans.perLabel[0];
    expect(quantity).toMatchObject({ label: 'QUANTITY', a: 1, b: 1, f1Exact: 0, f1Overlap: 1 });
  });

  it('builds a pair matrix for three annotators, by hand', () => {
    // ani:   CLAIM [0,52), QUANTITY "lebih dari 10.000" [27,44)
    // budi:  CLAIM [0,52), QUANTITY "10.000" [38,44)
    // citra: QUANTITY "lebih dari 10.000" [27,44)
    // ani/budi:   CLAIM exact, QUANTITY boundary → 2 + 2, exact 1, overlap 2 → 2/4 = 0.5, 4/4 = 1.
    // ani/citra:  CLAIM only ani, QUANTITY exact → 2 + 1, exact 1, overlap 1 → 2/3, 2/3.
    // budi/citra: CLAIM only budi, QUANTITY boundary → 2 + 1, exact 0, overlap 1 → 0, 2/3.
    const report = agreementReport([
      doc('d1', TEXT1, {
        ani: [span('c', 0, 52, 'CLAIM'), span('q', 27, 44, 'QUANTITY')],
        budi: [span('c', 0, 52, 'CLAIM'), span('q', 38, 44, 'QUANTITY')],
        citra: [span('q', 27, 44, 'QUANTITY')],
      }),
    ]);
    expect(report.annotators).toEqual(['ani', 'budi', 'citra']);
    expect(report.corpus.pairs.map((p) => `${p.a}/${p.b}`)).toEqual(['ani/budi', 'ani/citra', 'budi/citra']);
    const exact = pairMatrix(report.corpus, (p) => p.spans.overall.f1Exact);
    const overlap = pairMatrix(report.corpus, (p) => p.spans.overall.f1Overlap);
    const rounded = (m: (number | null)[][]) =>
      m.map((row) => row.map((x) => (x === null ? null : Math.round(x * 1000) / 1000)));
    expect(rounded(exact)).toEqual([
      [null, 0.5, 0.667],
      [0.5, null, 0],
      [0.667, 0, null],
    ]);
    expect(rounded(overlap)).toEqual([
      [null, 1, 0.667],
      [1, null, 0.667],
      [0.667, 0.667, null],
    ]);
    // Token kappa ani/budi, innermost tags over the 8 tokens:
    //   ani  C C C C Q Q Q C   (C 5, Q 3)
    //   budi C C C C C C Q C   (C 7, Q 1)
    //   po = 6/8; pe = (5·7 + 3·1)/64 = 38/64; kappa = (48 − 38)/(64 − 38) = 10/26 = 5/13.
    expect(pair(report, CORPUS_SCOPE, 'ani', 'budi').kappa.overall.allTokens.kappa).toBeCloseTo(5 / 13, 12);
    const table = agreementTable(report);
    expect(table).toContain(
      ['F1 exact, all labels', '         ani   budi  citra', 'ani        -  0.500  0.667'].join('\n'),
    );
    expect(table).toContain('citra  0.667  0.667      -');
  });

  it('pools corpus figures from summed counts and compares a pair only where both annotated', () => {
    // d1: ani QUANTITY [27,44), budi QUANTITY [38,44) → 1 + 1, exact 0, overlap 1.
    // d2: ani "Sekitar 3.000" and "220 unit", budi "Sekitar 3.000" → 2 + 1, exact 1, overlap 1 (F1 2/3).
    //     citra, in d2 only: "220 unit".
    // Corpus ani/budi: 3 + 2, exact 1, overlap 2 → 2/5 = 0.4 and 4/5 = 0.8
    //   (averaging the documents' F1 would give 0.333 and 0.833).
    // Corpus ani/citra: d2 only → 2 + 1, exact 1 → 2/3; budi/citra: 1 + 1, nothing shared → 0.
    expect([TEXT2.slice(0, 13), TEXT2.slice(26, 34)]).toEqual(['Sekitar 3.000', '220 unit']);
    const report = agreementReport(
      [
        doc('d1', TEXT1, { ani: [span('a', 27, 44, 'QUANTITY')], budi: [span('b', 38, 44, 'QUANTITY')] }),
        doc('d2', TEXT2, {
          budi: [span('b', 0, 13, 'QUANTITY')],
          ani: [span('a1', 0, 13, 'QUANTITY'), span('a2', 26, 34, 'QUANTITY')],
          citra: [span('c', 26, 34, 'QUANTITY')],
        }),
      ],
      { labels: ['CLAIM', 'QUANTITY'] },
    );
    expect(report.documents.map((d) => [d.scope, d.annotators, d.pairs.length])).toEqual([
      ['d1', ['ani', 'budi'], 1],
      ['d2', ['ani', 'budi', 'citra'], 3],
    ]);
    const aniBudi = pair(report, CORPUS_SCOPE, 'ani', 'budi');
    expect(aniBudi.documents).toBe(2);
    expect(aniBudi.spans.overall).toMatchObject({ a: 3, b: 2, matchedExact: 1, matchedOverlap: 2 });
    expect(aniBudi.spans.overall.f1Exact).toBeCloseTo(0.4, 12);
    expect(aniBudi.spans.overall.f1Overlap).toBeCloseTo(0.8, 12);
    // No one used CLAIM: its row is there, with null F1.
    expect(aniBudi.spans.perLabel[0]).toMatchObject({ label: 'CLAIM', a: 0, b: 0, f1Exact: null });
    const aniCitra = pair(report, CORPUS_SCOPE, 'ani', 'citra');
    expect(aniCitra.documents).toBe(1);
    expect(aniCitra.spans.overall.f1Exact).toBeCloseTo(2 / 3, 12);
    expect(pair(report, CORPUS_SCOPE, 'budi', 'citra').spans.overall).toMatchObject({
      f1Exact: 0,
      f1Overlap: 0,
    });
    // Corpus kappa comes from the summed confusion tables: 8 + 7 tokens.
    expect(aniBudi.kappa.overall.allTokens.n).toBe(15);
  });

  it('gives null figures for empty inputs instead of 1 or NaN', () => {
    const none = agreementReport([]);
    expect(none).toMatchObject({ annotators: [], labels: [], documents: [], corpus: { pairs: [] } });
    expect(agreementCsv(none).split('\r\n')).toHaveLength(2);
    expect(agreementTable(none)).toContain('fewer than two annotators: nothing to compare');

    const empty = agreementReport([doc('d1', TEXT1, { ani: [], budi: [] })], { labels: ['CLAIM'] });
    const p = pair(empty, 'd1', 'ani', 'budi');
    expect(p.spans.overall).toMatchObject({ a: 0, b: 0, f1Exact: null, f1Overlap: null });
    expect(p.relations.overall.f1).toBeNull();
    expect(p.kappa.overall.allTokens.kappa).toBeNull();
    expect(p.kappa.overall.labelledTokens).toMatchObject({ kappa: null, reason: 'no tokens to compare' });
  });

  it('refuses a span outside its text', () => {
    expect(() =>
      agreementReport([doc('d1', TEXT1, { ani: [span('x', 40, 60, 'CLAIM')], budi: [] })]),
    ).toThrow('document d1, annotator ani: span x [40,60) is not inside the text (length 52)');
  });
});

describe('agreementCsv and agreementTable', () => {
  // d1 with labels [QUANTITY]: 1 + 1, exact 0, overlap 1 → F1 0.000 / 1.000.
  // Kappa, all 8 tokens: ani in {lebih, dari, 10.000}, budi in {10.000}: po = 6/8, pe = 3/8·1/8 + 5/8·7/8
  //   = 38/64, kappa = 10/26 = 0.385. Labelled tokens (3): po = 1/3, pe = 1·1/3 = 1/3, kappa = 0.
  // Relations: ani has one part_of (to a span id that does not exist), Budi none → 1 + 0, matched 0 → 0.
  // Annotator order is given: sorted by code unit, "Budi" would come before "ani".
  const report = agreementReport(
    [
      {
        docId: 'd1',
        text: TEXT1,
        tokens: tokensOf(TEXT1),
        byAnnotator: {
          ani: {
            spans: [span('a', 27, 44, 'QUANTITY')],
            relations: [{ type: 'part_of', from: 'a', to: 'x' }],
          },
          'Budi, "B"': { spans: [span('b', 38, 44, 'QUANTITY')], relations: [] },
        },
      },
    ],
    { labels: ['QUANTITY'], annotators: ['ani'] },
  );

  it('writes RFC 4180 CSV, one row per scope × pair × label', () => {
    expect(agreementCsv(report)).toBe(
      [
        'scope,annotator_a,annotator_b,documents,label,spans_a,spans_b,matched_exact,matched_overlap,f1_exact,f1_overlap,kappa_all_tokens,kappa_labelled_tokens,relations_a,relations_b,relations_matched,relation_f1',
        '(corpus),ani,"Budi, ""B""",1,QUANTITY,1,1,0,1,0.000,1.000,0.385,0.000,,,,',
        '(corpus),ani,"Budi, ""B""",1,(all),1,1,0,1,0.000,1.000,0.385,0.000,1,0,0,0.000',
        'd1,ani,"Budi, ""B""",1,QUANTITY,1,1,0,1,0.000,1.000,0.385,0.000,,,,',
        'd1,ani,"Budi, ""B""",1,(all),1,1,0,1,0.000,1.000,0.385,0.000,1,0,0,0.000',
        '',
      ].join('\r\n'),
    );
  });

  it('prints the same numbers as a fixed-width table', () => {
    const corpusPart = agreementTable(report).split('\n\n== Document d1 ==')[0];
    expect(corpusPart).toBe(
      [
        'Agreement: 2 annotators (ani, Budi, "B"), 1 document, labels QUANTITY',
        '',
        '== Corpus, 1 document ==',
        'pair             docs  label     A  B  exact  overlap  F1 exact  F1 overlap  kappa all  kappa labelled',
        'ani / Budi, "B"     1  QUANTITY  1  1      0        1     0.000       1.000      0.385           0.000',
        'ani / Budi, "B"     1  (all)     1  1      0        1     0.000       1.000      0.385           0.000',
        '',
        'Relations (all types)',
        'pair             A  B  matched     F1',
        'ani / Budi, "B"  1  0        0  0.000',
      ].join('\n'),
    );
  });
});
