import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from '../../db/database';
import { annotatorsInWorkbench } from '../../db/dataset-documents';
import { WRITE_FORMATS, type WriteFormat } from '../../model/formats/write-dataset';
import { DOC_STATUSES, type DocStatus } from '../../model/types';
import { STATUS_NAMES } from '../library/status-names';

export interface ExportChoice {
  format: WriteFormat;
  annotators: string[] | undefined;
  statuses: DocStatus[];
  /** Only the open article, or all. */
  openOnly: boolean;
  /** One file per annotator instead of one file for all. */
  perAnnotator: boolean;
}

const FORMAT_NAMES: Record<WriteFormat, string> = {
  native: 'Tandai JSONL (everything, lossless)',
  doccano: 'doccano JSONL',
  prodigy: 'spaCy / Prodigy JSONL',
  'label-studio': 'Label Studio JSON',
  brat: 'brat standoff (.zip of .txt + .ann)',
  w3c: 'W3C Web Annotation (JSON-LD)',
  bio: 'Token BIO for Hugging Face (one tag column per label)',
  csv: 'CSV: one row per claim with its sources and quantities',
};

interface ExportDialogProps {
  openTitle: string | null;
  onExport(choice: ExportChoice): void;
  onCancel(): void;
}

/** Export choices: format, whose tags, which statuses, all articles or the open one. */
export function ExportDialog({ openTitle, onExport, onCancel }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const everyone = useLiveQuery(() => annotatorsInWorkbench(db)) ?? [];
  const [format, setFormat] = useState<WriteFormat>('native');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [statuses, setStatuses] = useState<ReadonlySet<DocStatus>>(new Set(DOC_STATUSES));
  const [openOnly, setOpenOnly] = useState(false);
  const [perAnnotator, setPerAnnotator] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const toggle = <T,>(set: ReadonlySet<T>, value: T) => {
    const next = new Set(set);
    if (!next.delete(value)) next.add(value);
    return next;
  };

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby="export-title" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onExport({
            format,
            annotators: excluded.size ? everyone.filter((name) => !excluded.has(name)) : undefined,
            statuses: [...statuses],
            openOnly,
            perAnnotator,
          });
        }}
      >
        <h2 id="export-title">Export dataset</h2>
        <label className="field">
          Format
          <select value={format} onChange={(event) => setFormat(event.target.value as WriteFormat)}>
            {WRITE_FORMATS.map((name) => (
              <option key={name} value={name}>
                {FORMAT_NAMES[name]}
              </option>
            ))}
          </select>
        </label>
        {everyone.length > 0 && (
          <fieldset className="choices">
            <legend>Whose tags</legend>
            {everyone.map((name) => (
              <label key={name} className="check">
                <input
                  type="checkbox"
                  checked={!excluded.has(name)}
                  onChange={() => setExcluded(toggle(excluded, name))}
                />
                {name}
              </label>
            ))}
            <label className="check separate">
              <input
                type="checkbox"
                checked={perAnnotator}
                onChange={(event) => setPerAnnotator(event.target.checked)}
              />
              One file per annotator
            </label>
          </fieldset>
        )}
        <fieldset className="choices">
          <legend>Articles with status</legend>
          {DOC_STATUSES.map((status) => (
            <label key={status} className="check">
              <input
                type="checkbox"
                checked={statuses.has(status)}
                onChange={() => setStatuses(toggle(statuses, status))}
              />
              {STATUS_NAMES[status]}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>Which articles</legend>
          <label className="check">
            <input type="radio" name="which" checked={!openOnly} onChange={() => setOpenOnly(false)} />
            All articles
          </label>
          <label className="check">
            <input
              type="radio"
              name="which"
              checked={openOnly}
              disabled={!openTitle}
              onChange={() => setOpenOnly(true)}
            />
            Only the open one{openTitle ? `: ${openTitle}` : ''}
          </label>
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={statuses.size === 0}>
            Export…
          </button>
        </div>
      </form>
    </dialog>
  );
}
