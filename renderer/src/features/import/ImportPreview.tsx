import { useEffect, useRef, useState } from 'react';
import { LABEL_STYLES } from '../../editor/label-style';
import type { DatasetDocument } from '../../model/dataset';
import type { DatasetRead } from '../../model/formats/read-dataset';
import { LABELS, type Label } from '../../model/types';

export interface ImportPlan {
  read: DatasetRead;
  /** Ids of the read documents already in the library. */
  existing: ReadonlySet<string>;
  /** Plain articles picked together with the datasets. */
  articles: string[];
  /** Files that are not text at all. */
  failed: { file: string; error: string }[];
}

interface ImportPreviewProps {
  plan: ImportPlan;
  onConfirm(documents: DatasetDocument[]): void;
  onCancel(): void;
}

const UNKNOWN = 'unknown';
const MAX_LISTED = 200;

/** What an import found, before anything is written: documents, spans per label and annotator, problems. */
export function ImportPreview({ plan, onConfirm, onCancel }: ImportPreviewProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { read, existing } = plan;
  const [name, setName] = useState('');
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const perAnnotator = new Map<string, Record<Label, number>>();
  for (const doc of read.documents) {
    for (const span of doc.spans) {
      const counts = perAnnotator.get(span.annotator) ?? { CLAIM: 0, SOURCE: 0, QUANTITY: 0 };
      counts[span.label]++;
      perAnnotator.set(span.annotator, counts);
    }
  }
  const fresh = read.documents.filter((doc) => !existing.has(doc.id)).length;
  const problems = [
    ...plan.failed.map((f) => `${f.file}: ${f.error}`),
    ...read.problems.map((p) => `${p.file}${p.line ? `, line ${p.line}` : ''}: ${p.message}`),
  ];
  const needsName = perAnnotator.has(UNKNOWN);
  const canImport = read.documents.length > 0 || plan.articles.length > 0;

  const confirm = () => {
    const who = name.trim();
    const documents = read.documents.map((doc) => ({
      ...doc,
      spans: doc.spans.map((span) =>
        span.annotator === UNKNOWN && who ? { ...span, annotator: who } : span,
      ),
      relations: doc.relations.map((r) => (r.annotator === UNKNOWN && who ? { ...r, annotator: who } : r)),
    }));
    onConfirm(documents);
  };

  return (
    <dialog ref={dialog} className="dialog import-preview" aria-labelledby="import-title" onCancel={onCancel}>
      <h2 id="import-title">Import {formatName(read.format)}</h2>
      <p data-testid="import-summary">
        {read.documents.length} document{read.documents.length === 1 ? '' : 's'} ({fresh} new,{' '}
        {read.documents.length - fresh} already in the library)
        {plan.articles.length > 0 &&
          `, and ${plan.articles.length} plain article${plan.articles.length === 1 ? '' : 's'}`}
        .
      </p>
      {perAnnotator.size > 0 && (
        <table className="import-counts" data-testid="import-counts">
          <thead>
            <tr>
              <th>Annotator</th>
              {LABELS.map((label) => (
                <th key={label} style={{ color: LABEL_STYLES[label].color }}>
                  {LABEL_STYLES[label].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...perAnnotator].map(([annotator, counts]) => (
              <tr key={annotator}>
                <td>{annotator === UNKNOWN ? <i>no name in the file</i> : annotator}</td>
                {LABELS.map((label) => (
                  <td key={label}>{counts[label]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {needsName && (
        <label className="field">
          Whose tags are the ones with no name? They become that person’s layer.
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. ana" />
        </label>
      )}
      {read.reanchored.length > 0 && (
        <details>
          <summary>{read.reanchored.length} span(s) re-anchored to where their text is now</summary>
          <ul className="problem-list">
            {read.reanchored.slice(0, MAX_LISTED).map((r) => (
              <li key={`${r.file}:${r.line}:${r.spanId}`}>
                {r.file}, line {r.line}: {r.spanId} ({r.label}) {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {read.orphaned.length > 0 && (
        <details open>
          <summary>{read.orphaned.length} span(s) could not be placed and will not be imported</summary>
          <ul className="problem-list">
            {read.orphaned.slice(0, MAX_LISTED).map((o) => (
              <li key={`${o.file}:${o.line}:${o.spanId}`}>
                {o.file}, line {o.line}: {o.label} “{o.quote}” — {o.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {problems.length > 0 && (
        <div role="alert" className="import-problems">
          <strong>
            {problems.length} problem{problems.length === 1 ? '' : 's'}: the lines named here are not
            imported.
          </strong>
          <ul className="problem-list" data-testid="import-problems">
            {problems.slice(0, MAX_LISTED).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          {problems.length > MAX_LISTED && <p className="muted">…and {problems.length - MAX_LISTED} more.</p>}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!canImport || (needsName && !name.trim())}
          onClick={confirm}
        >
          {problems.length > 0 || read.orphaned.length > 0 ? 'Import the valid part' : 'Import'}
        </button>
      </div>
    </dialog>
  );
}

function formatName(format: DatasetRead['format']): string {
  const names: Record<string, string> = {
    native: 'a Tandai dataset',
    doccano: 'a doccano dataset',
    prodigy: 'a Prodigy / spaCy dataset',
    'label-studio': 'a Label Studio export',
    brat: 'brat standoff files',
    w3c: 'W3C Web Annotations',
    text: 'articles',
    'text-jsonl': 'articles (JSONL)',
    mixed: 'files of several formats',
    unknown: 'files',
  };
  return names[format] ?? 'files';
}
