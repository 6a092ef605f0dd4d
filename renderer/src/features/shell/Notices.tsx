export interface Notice {
  id: number;
  kind: 'info' | 'error';
  title: string;
  lines: string[];
}

interface NoticesProps {
  notices: readonly Notice[];
  onDismiss(id: number): void;
}

/** Reports of what an import or export did, and errors that say what and where. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <section
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          <header>
            <strong>{notice.title}</strong>
            <button type="button" className="ghost" aria-label="Dismiss" onClick={() => onDismiss(notice.id)}>
              ×
            </button>
          </header>
          {notice.lines.length > 0 && (
            <ul>
              {notice.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
