import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { agreementDocuments } from '../../db/agreement-documents';
import { db } from '../../db/database';
import { LABEL_STYLES } from '../../editor/label-style';
import {
  type AgreementReport,
  agreementCsv,
  agreementReport,
  pairMatrix,
  type ScopeAgreement,
} from '../../model/agreement/agreement-report';
import type { Kappa } from '../../model/agreement/token-kappa';
import { isLabel, LABELS } from '../../model/types';

interface AgreementPanelProps {
  docId: string | null;
  titles: ReadonlyMap<string, string>;
  onExportCsv(csv: string): void;
}

const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? 'n/a' : value.toFixed(3);
const kappaFigure = (kappa: Kappa) => figure(kappa.kappa);

/** Pairwise agreement per label, exact and overlap, token kappa and relation F1, for one article or the corpus. */
export function AgreementPanel({ docId, titles, onExportCsv }: AgreementPanelProps) {
  const [scope, setScope] = useState<'document' | 'corpus'>(docId ? 'document' : 'corpus');
  const report = useLiveQuery(async () => {
    const docs = await agreementDocuments(db, scope === 'document' && docId ? [docId] : undefined);
    return docs.length ? agreementReport(docs, { labels: LABELS }) : null;
  }, [scope, docId]);

  return (
    <main className="agreement-page" aria-label="Agreement">
      <header className="agreement-header">
        <h2>Agreement</h2>
        <fieldset className="chips" aria-label="Scope">
          <button
            type="button"
            className="chip"
            aria-pressed={scope === 'document'}
            disabled={!docId}
            onClick={() => setScope('document')}
          >
            This article
          </button>
          <button
            type="button"
            className="chip"
            aria-pressed={scope === 'corpus'}
            onClick={() => setScope('corpus')}
          >
            Whole corpus
          </button>
        </fieldset>
        <button type="button" disabled={!report} onClick={() => report && onExportCsv(agreementCsv(report))}>
          Export figures as CSV
        </button>
      </header>
      <p className="muted">
        F1 = 2·|matches| / (|A| + |B|), one-to-one. Exact: same start, end and label; overlap: same label, any
        overlap. Kappa: Cohen’s, over all tokens and over tokens either annotator labelled.
      </p>
      {report === undefined ? null : report === null ? (
        <p className="empty muted">
          Import a colleague’s tags for {scope === 'document' ? 'this article' : 'the corpus'} to compare.
        </p>
      ) : (
        <Scope
          report={report}
          scope={scope === 'document' ? (report.documents[0] ?? report.corpus) : report.corpus}
          title={scope === 'document' && docId ? titles.get(docId) : 'Whole corpus'}
        />
      )}
    </main>
  );
}

function Scope({ report, scope, title }: { report: AgreementReport; scope: ScopeAgreement; title?: string }) {
  return (
    <section data-testid="agreement-scope">
      {title && <h3 className="agreement-title">{title}</h3>}
      {scope.pairs.map((pair) => (
        <table
          key={`${pair.a}|${pair.b}`}
          className="agreement-table"
          data-testid="agreement-table"
          data-pair={`${pair.a}|${pair.b}`}
        >
          <caption>
            {pair.a} × {pair.b} · {pair.documents} document{pair.documents === 1 ? '' : 's'}
          </caption>
          <thead>
            <tr>
              <th>Label</th>
              <th>{pair.a}</th>
              <th>{pair.b}</th>
              <th>exact</th>
              <th>overlap</th>
              <th>F1 exact</th>
              <th>F1 overlap</th>
              <th>κ all tokens</th>
              <th>κ labelled</th>
            </tr>
          </thead>
          <tbody>
            {[...pair.spans.perLabel, pair.spans.overall].map((row) => {
              const kappa = [...pair.kappa.perLabel, pair.kappa.overall].find((k) => k.label === row.label);
              return (
                <tr key={row.label} data-label={row.label}>
                  <th style={{ color: isLabel(row.label) ? LABEL_STYLES[row.label].color : undefined }}>
                    {isLabel(row.label) ? LABEL_STYLES[row.label].name : 'All labels'}
                  </th>
                  <td>{row.a}</td>
                  <td>{row.b}</td>
                  <td>{row.matchedExact}</td>
                  <td>{row.matchedOverlap}</td>
                  <td className="figure">{figure(row.f1Exact)}</td>
                  <td className="figure">{figure(row.f1Overlap)}</td>
                  <td className="figure">{kappa ? kappaFigure(kappa.allTokens) : ''}</td>
                  <td className="figure">{kappa ? kappaFigure(kappa.labelledTokens) : ''}</td>
                </tr>
              );
            })}
            <tr data-label="relations">
              <th>Relations</th>
              <td>{pair.relations.overall.a}</td>
              <td>{pair.relations.overall.b}</td>
              <td colSpan={2}>{pair.relations.overall.matched} matched</td>
              <td className="figure" colSpan={2}>
                F1 {figure(pair.relations.overall.f1)}
              </td>
              <td colSpan={2} />
            </tr>
          </tbody>
        </table>
      ))}
      {scope.annotators.length >= 3 && (
        <table className="agreement-table matrix" data-testid="pair-matrix">
          <caption>Overlap F1, all labels, every pair</caption>
          <thead>
            <tr>
              <th />
              {scope.annotators.map((name) => (
                <th key={name}>{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pairMatrix(scope, (pair) => pair.spans.overall.f1Overlap).map((row, i) => (
              <tr key={scope.annotators[i]}>
                <th>{scope.annotators[i]}</th>
                {row.map((value, j) => (
                  <td key={scope.annotators[j]} className="figure">
                    {i === j ? '—' : figure(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{report.annotators.length} annotators in the report.</p>
    </section>
  );
}
