import { OVERALL, orderedNames } from './labels';
import { type Annotations, poolRelationF1, type RelationF1, relationF1 } from './relation-f1';
import { poolSpanF1, type SpanF1, spanF1 } from './span-f1';
import { type Kappa, poolTokenKappa, type TokenKappa, type TokenLike, tokenKappa } from './token-kappa';

/** One document with every annotator's spans and relations; offsets are UTF-16 code units into `text`. */
export interface AgreementDocument {
  docId: string;
  text: string;
  tokens: readonly TokenLike[];
  byAnnotator: Readonly<Record<string, Annotations>>;
}

export interface AgreementOptions {
  /** Label rows, in this order; labels found in the data but not named here follow, sorted. */
  labels?: readonly string[];
  /** Relation type rows, likewise. */
  relationTypes?: readonly string[];
  /** Annotator order, likewise. */
  annotators?: readonly string[];
}

export interface PairAgreement {
  a: string;
  b: string;
  /** Documents that both annotators annotated; only those are compared. */
  documents: number;
  spans: SpanF1;
  kappa: TokenKappa;
  relations: RelationF1;
}

export interface ScopeAgreement {
  /** The document id, or CORPUS_SCOPE. */
  scope: string;
  /** Annotators present in this scope, in report order. */
  annotators: string[];
  /** Every pair of them, in annotator order (a before b). */
  pairs: PairAgreement[];
}

export interface AgreementReport {
  annotators: string[];
  labels: string[];
  relationTypes: string[];
  corpus: ScopeAgreement;
  documents: ScopeAgreement[];
}

export const CORPUS_SCOPE = '(corpus)';

/**
 * Pairwise agreement between two or more annotators, per document and for the corpus. A pair is compared
 * on the documents both of them annotated (an annotator with no entry in `byAnnotator` did not annotate
 * it; an entry with no spans did, and found nothing). Corpus figures come from counts and confusion
 * tables summed over documents, never from averaged F1 or kappa.
 */
export function agreementReport(
  documents: readonly AgreementDocument[],
  options: AgreementOptions = {},
): AgreementReport {
  for (const document of documents) assertSpansInText(document);
  const everyone = documents.flatMap((document) => Object.values(document.byAnnotator));
  const annotators = orderedNames(
    options.annotators ?? [],
    documents.flatMap((document) => Object.keys(document.byAnnotator)),
  );
  const labels = orderedNames(
    options.labels ?? [],
    everyone.flatMap((work) => work.spans.map((span) => span.label)),
  );
  const relationTypes = orderedNames(
    options.relationTypes ?? [],
    everyone.flatMap((work) => work.relations.map((relation) => relation.type)),
  );

  const perDocument = documents.map((document): ScopeAgreement => {
    const present = annotators.filter((name) => Object.hasOwn(document.byAnnotator, name));
    const pairs = pairsOf(present).map(([a, b]): PairAgreement => {
      const workA = document.byAnnotator[a] ?? EMPTY;
      const workB = document.byAnnotator[b] ?? EMPTY;
      return {
        a,
        b,
        documents: 1,
        spans: spanF1(workA.spans, workB.spans, labels),
        kappa: tokenKappa(document.tokens, workA.spans, workB.spans, labels),
        relations: relationF1(workA, workB, relationTypes),
      };
    });
    return { scope: document.docId, annotators: present, pairs };
  });

  const corpusPairs = pairsOf(annotators).map(([a, b]): PairAgreement => {
    const shared = perDocument.flatMap((scope) => scope.pairs.filter((pair) => pair.a === a && pair.b === b));
    return {
      a,
      b,
      documents: shared.length,
      spans: poolSpanF1(
        shared.map((pair) => pair.spans),
        labels,
      ),
      kappa: poolTokenKappa(
        shared.map((pair) => pair.kappa),
        labels,
      ),
      relations: poolRelationF1(
        shared.map((pair) => pair.relations),
        relationTypes,
      ),
    };
  });

  return {
    annotators,
    labels,
    relationTypes,
    corpus: { scope: CORPUS_SCOPE, annotators, pairs: corpusPairs },
    documents: perDocument,
  };
}

/**
 * A square matrix over the scope's annotators of one figure per pair (both halves filled, since every
 * figure here is symmetric); null on the diagonal and where the figure is null.
 */
export function pairMatrix(
  scope: ScopeAgreement,
  pick: (pair: PairAgreement) => number | null,
): (number | null)[][] {
  return scope.annotators.map((x) =>
    scope.annotators.map((y) => {
      const pair = scope.pairs.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x));
      return pair ? pick(pair) : null;
    }),
  );
}

const CSV_HEADER = [
  'scope',
  'annotator_a',
  'annotator_b',
  'documents',
  'label',
  'spans_a',
  'spans_b',
  'matched_exact',
  'matched_overlap',
  'f1_exact',
  'f1_overlap',
  'kappa_all_tokens',
  'kappa_labelled_tokens',
  'relations_a',
  'relations_b',
  'relations_matched',
  'relation_f1',
];

/**
 * RFC 4180 CSV (CRLF line ends, quoted where needed): a header, then one row per scope × pair × label,
 * corpus first, each pair's OVERALL row last. Relation figures (all types pooled) fill the OVERALL rows
 * only. Empty cells are null figures; ratios have three decimals, as in agreementTable.
 */
export function agreementCsv(report: AgreementReport): string {
  const records: string[][] = [CSV_HEADER];
  for (const scope of scopesOf(report)) {
    for (const pair of scope.pairs) {
      for (const row of labelRows(pair)) {
        const cells = [
          scope.scope,
          pair.a,
          pair.b,
          String(pair.documents),
          ...row.cells,
          ...row.relationCells,
        ];
        records.push(cells.map((cell) => cell ?? ''));
      }
    }
  }
  return records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

/**
 * The same figures as agreementCsv as fixed-width text for a terminal: per scope a table of spans and
 * kappa per pair and label, one of relations per pair, and with three or more annotators a pair matrix
 * of overall exact and overlap F1. "n/a" marks a null figure.
 */
export function agreementTable(report: AgreementReport): string {
  const lines = [
    `Agreement: ${count(report.annotators.length, 'annotator')} (${report.annotators.join(', ')}), ` +
      `${count(report.documents.length, 'document')}, labels ${report.labels.join(', ')}`,
  ];
  for (const scope of scopesOf(report)) {
    const documents = scope.scope === CORPUS_SCOPE ? `, ${count(report.documents.length, 'document')}` : '';
    lines.push(
      '',
      `== ${scope.scope === CORPUS_SCOPE ? 'Corpus' : `Document ${scope.scope}`}${documents} ==`,
    );
    if (scope.pairs.length === 0) {
      lines.push('fewer than two annotators: nothing to compare');
      continue;
    }
    const spanRows = scope.pairs.flatMap((pair) =>
      labelRows(pair).map((row) => [pairName(pair), String(pair.documents), ...row.cells]),
    );
    lines.push(
      ...columns(
        [
          [
            'pair',
            'docs',
            'label',
            'A',
            'B',
            'exact',
            'overlap',
            'F1 exact',
            'F1 overlap',
            'kappa all',
            'kappa labelled',
          ],
          ...spanRows,
        ],
        [0, 2],
      ),
    );
    lines.push('', 'Relations (all types)');
    lines.push(
      ...columns(
        [
          ['pair', 'A', 'B', 'matched', 'F1'],
          ...scope.pairs.map((pair) => [pairName(pair), ...relationCells(pair.relations)]),
        ],
        [0],
      ),
    );
    if (scope.annotators.length >= 3) {
      lines.push('', ...matrixLines(scope, 'F1 exact, all labels', (pair) => pair.spans.overall.f1Exact));
      lines.push('', ...matrixLines(scope, 'F1 overlap, all labels', (pair) => pair.spans.overall.f1Overlap));
    }
  }
  return `${lines.join('\n')}\n`;
}

const EMPTY: Annotations = { spans: [], relations: [] };

function pairsOf(names: readonly string[]): [string, string][] {
  return names.flatMap((a, i) => names.slice(i + 1).map((b): [string, string] => [a, b]));
}

function assertSpansInText(document: AgreementDocument): void {
  for (const [annotator, work] of Object.entries(document.byAnnotator)) {
    for (const span of work.spans) {
      if (span.start < 0 || span.end < span.start || span.end > document.text.length) {
        throw new RangeError(
          `document ${document.docId}, annotator ${annotator}: span ${span.id} [${span.start},${span.end}) ` +
            `is not inside the text (length ${document.text.length})`,
        );
      }
    }
  }
}

function scopesOf(report: AgreementReport): ScopeAgreement[] {
  return [report.corpus, ...report.documents];
}

/** Per label then OVERALL: span and kappa cells, and relation cells on the OVERALL row only; null = no figure. */
function labelRows(pair: PairAgreement): { cells: (string | null)[]; relationCells: (string | null)[] }[] {
  const spanRows = [...pair.spans.perLabel, pair.spans.overall];
  return spanRows.map((row) => {
    const kappa =
      row.label === OVERALL ? pair.kappa.overall : pair.kappa.perLabel.find((k) => k.label === row.label);
    return {
      cells: [
        row.label,
        String(row.a),
        String(row.b),
        String(row.matchedExact),
        String(row.matchedOverlap),
        ratio(row.f1Exact),
        ratio(row.f1Overlap),
        kappaCell(kappa?.allTokens),
        kappaCell(kappa?.labelledTokens),
      ],
      relationCells: row.label === OVERALL ? relationCells(pair.relations) : [null, null, null, null],
    };
  });
}

function relationCells(relations: RelationF1): (string | null)[] {
  const { a, b, matched, f1 } = relations.overall;
  return [String(a), String(b), String(matched), ratio(f1)];
}

function kappaCell(kappa: Kappa | undefined): string | null {
  return ratio(kappa?.kappa ?? null);
}

/** Three decimals; null stays null (an empty CSV cell, "n/a" in the table). */
function ratio(value: number | null): string | null {
  if (value === null) return null;
  const text = value.toFixed(3);
  return text === '-0.000' ? '0.000' : text;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function pairName(pair: PairAgreement): string {
  return `${pair.a} / ${pair.b}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function matrixLines(
  scope: ScopeAgreement,
  title: string,
  pick: (pair: PairAgreement) => number | null,
): string[] {
  const matrix = pairMatrix(scope, pick);
  const rows = scope.annotators.map((name, i) => [
    name,
    ...scope.annotators.map((_, j) => (i === j ? '-' : ratio(matrix[i]?.[j] ?? null))),
  ]);
  return [title, ...columns([['', ...scope.annotators], ...rows], [0])];
}

/** Pads cells into columns two spaces apart: the `leftAligned` columns to the left, numbers to the right. */
function columns(rows: readonly (string | null)[][], leftAligned: readonly number[]): string[] {
  const texts = rows.map((row) => row.map((cell) => cell ?? 'n/a'));
  const widths: number[] = [];
  for (const row of texts) {
    row.forEach((text, k) => {
      widths[k] = Math.max(widths[k] ?? 0, text.length);
    });
  }
  return texts.map((row) =>
    row
      .map((text, k) =>
        leftAligned.includes(k) ? text.padEnd(widths[k] ?? 0) : text.padStart(widths[k] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}
