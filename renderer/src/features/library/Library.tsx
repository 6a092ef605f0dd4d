import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { db } from '../../db/database';
import { documentsMatching, type LibraryEntry, setDocumentStatus } from '../../db/documents';
import { LABEL_STYLES } from '../../editor/label-style';
import { DOC_STATUSES, type DocStatus, LABELS, type Label } from '../../model/types';
import { filterLibrary, statusCounts } from './library-filter';
import { STATUS_NAMES } from './status-names';

interface LibraryProps {
  entries: readonly LibraryEntry[] | undefined;
  openId: string | null;
  onOpen(id: string): void;
  onImport(): void;
}

export function Library({ entries, openId, onOpen, onImport }: LibraryProps) {
  const [status, setStatus] = useState<DocStatus | 'all'>('all');
  const [label, setLabel] = useState<Label | 'any'>('any');
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const matching = useLiveQuery(() => (query ? documentsMatching(db, query) : null), [query]) ?? null;

  const all = entries ?? [];
  const counts = statusCounts(all);
  const shown = filterLibrary(all, { status, label, matching: query ? matching : null });
  const donePercent = all.length ? Math.round((counts.done / all.length) * 100) : 0;

  return (
    <nav className="library" aria-label="Library">
      <header className="pane-header">
        <h2>Library</h2>
        <span className="muted" data-testid="library-count">
          {entries
            ? `${shown.length === all.length ? '' : `${shown.length} of `}${all.length} article${all.length === 1 ? '' : 's'}`
            : ''}
        </span>
      </header>
      {all.length > 0 && (
        <div className="library-tools">
          <div
            className="progress"
            role="progressbar"
            aria-label="Articles done"
            aria-valuemin={0}
            aria-valuemax={all.length}
            aria-valuenow={counts.done}
            title={`${counts.done} of ${all.length} done`}
          >
            <span className="progress-done" style={{ width: `${donePercent}%` }} />
            <span
              className="progress-active"
              style={{ width: `${all.length ? (counts.in_progress / all.length) * 100 : 0}%` }}
            />
          </div>
          <fieldset className="chips" aria-label="Filter by status">
            <Chip pressed={status === 'all'} onClick={() => setStatus('all')}>
              All {all.length}
            </Chip>
            {DOC_STATUSES.map((s) => (
              <Chip
                key={s}
                pressed={status === s}
                onClick={() => setStatus(status === s ? 'all' : s)}
                testId={`status-${s}`}
              >
                {STATUS_NAMES[s]} {counts[s]}
              </Chip>
            ))}
          </fieldset>
          <fieldset className="chips" aria-label="Filter by label">
            {LABELS.map((l) => (
              <Chip key={l} pressed={label === l} onClick={() => setLabel(label === l ? 'any' : l)}>
                <span className="swatch" style={{ background: LABEL_STYLES[l].color }} /> has{' '}
                {LABEL_STYLES[l].name.toLowerCase()}
              </Chip>
            ))}
          </fieldset>
          <input
            type="search"
            className="library-search"
            placeholder="Search titles and text"
            aria-label="Search titles and text"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      )}
      {entries && entries.length === 0 && (
        <div className="empty">
          <p>No articles yet.</p>
          <button type="button" className="primary" onClick={onImport}>
            Import articles…
          </button>
          <p className="muted">or drop .txt files anywhere in this window.</p>
        </div>
      )}
      <ul className="library-list" data-testid="library-list">
        {shown.map((entry) => (
          <li
            key={entry.id}
            className={entry.id === openId ? 'library-item is-open' : 'library-item'}
            data-testid="library-item"
          >
            <button
              type="button"
              className="library-open"
              aria-current={entry.id === openId ? 'page' : undefined}
              onClick={() => onOpen(entry.id)}
            >
              <span className="library-title">{entry.meta.title}</span>
              <span className="library-file muted">
                {entry.meta.file} · <span title={entry.updated}>{relativeTime(entry.updated)}</span>
              </span>
            </button>
            <span className="library-meta">
              {LABELS.map((l) => (
                <span
                  key={l}
                  className="count-chip"
                  style={{ color: LABEL_STYLES[l].color, background: LABEL_STYLES[l].tint }}
                  title={`${LABEL_STYLES[l].name}: ${entry.counts[l]}`}
                  data-label={l}
                >
                  {LABEL_STYLES[l].name[0]} {entry.counts[l]}
                </span>
              ))}
              <select
                className={`status status-${entry.status}`}
                value={entry.status}
                aria-label={`Status of ${entry.meta.title}`}
                onChange={(event) => void setDocumentStatus(db, entry.id, event.target.value as DocStatus)}
              >
                {DOC_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_NAMES[s]}
                  </option>
                ))}
              </select>
            </span>
          </li>
        ))}
      </ul>
      {all.length > 0 && shown.length === 0 && (
        <p className="empty muted">No article matches these filters.</p>
      )}
    </nav>
  );
}

function Chip({
  pressed,
  onClick,
  children,
  testId,
}: {
  pressed: boolean;
  onClick(): void;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} onClick={onClick} data-testid={testId}>
      {children}
    </button>
  );
}

function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
}
