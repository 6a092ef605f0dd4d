import type { LibraryEntry } from '../../db/documents';
import { LABEL_STYLES } from '../../editor/label-style';
import { LABELS } from '../../model/types';

interface LibraryProps {
  entries: readonly LibraryEntry[] | undefined;
  openId: string | null;
  onOpen(id: string): void;
  onImport(): void;
}

const STATUS_NAMES = { todo: 'To do', in_progress: 'In progress', done: 'Done' } as const;

export function Library({ entries, openId, onOpen, onImport }: LibraryProps) {
  return (
    <nav className="library" aria-label="Library">
      <header className="pane-header">
        <h2>Library</h2>
        <span className="muted">
          {entries ? `${entries.length} article${entries.length === 1 ? '' : 's'}` : ''}
        </span>
      </header>
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
        {entries?.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className={entry.id === openId ? 'library-item is-open' : 'library-item'}
              aria-current={entry.id === openId ? 'page' : undefined}
              onClick={() => onOpen(entry.id)}
              data-testid="library-item"
            >
              <span className="library-title">{entry.meta.title}</span>
              <span className="library-meta">
                {LABELS.map((label) => (
                  <span
                    key={label}
                    className="count-chip"
                    style={{ color: LABEL_STYLES[label].color, background: LABEL_STYLES[label].tint }}
                    title={`${LABEL_STYLES[label].name}: ${entry.counts[label]}`}
                    data-label={label}
                  >
                    {LABEL_STYLES[label].name[0]} {entry.counts[label]}
                  </span>
                ))}
                <span className="muted" title={entry.updated}>
                  {STATUS_NAMES[entry.status]} · {relativeTime(entry.updated)}
                </span>
              </span>
              <span className="library-file muted">{entry.meta.file}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
}
