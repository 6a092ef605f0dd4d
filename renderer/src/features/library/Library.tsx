import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
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
  const query = search.trim();
  const matching = useMatching(query, entries);

  const all = entries ?? [];
  const counts = useMemo(() => statusCounts(all), [all]);
  const shown = useMemo(
    () => filterLibrary(all, { status, label, matching }),
    [all, status, label, matching],
  );
  const donePercent = all.length ? Math.round((counts.done / all.length) * 100) : 0;

  return (
    <nav className="library" aria-label="Library">
      <header className="pane-header">
        <h2>Library</h2>
        <span className="muted" data-testid="library-count">
          {entries
            ? `${shown.length === all.length ? '' : `${count(shown.length)} of `}${count(all.length)} article${all.length === 1 ? '' : 's'}`
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
            title={`${count(counts.done)} of ${count(all.length)} done`}
          >
            <span className="progress-done" style={{ width: `${donePercent}%` }} />
            <span
              className="progress-active"
              style={{ width: `${all.length ? (counts.in_progress / all.length) * 100 : 0}%` }}
            />
          </div>
          <fieldset className="chips" aria-label="Filter by status">
            <Chip pressed={status === 'all'} onClick={() => setStatus('all')}>
              All {count(all.length)}
            </Chip>
            {DOC_STATUSES.map((s) => (
              <Chip
                key={s}
                pressed={status === s}
                onClick={() => setStatus(status === s ? 'all' : s)}
                testId={`status-${s}`}
              >
                {STATUS_NAMES[s]} {count(counts[s])}
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
      {all.length > 0 && shown.length === 0 && (
        <p className="empty muted">No article matches these filters.</p>
      )}
      <LibraryList shown={shown} filter={`${status}:${label}:${query}`} openId={openId} onOpen={onOpen} />
    </nav>
  );
}

/**
 * The ids of the articles holding every word of the query (null when not searching): one read of the words
 * index per word, started as soon as the query changes. Not a live query: Dexie starts those on a timer,
 * which costs a frame per keystroke; the search runs again whenever the library changes instead.
 */
function useMatching(
  query: string,
  entries: readonly LibraryEntry[] | undefined,
): ReadonlySet<string> | null {
  const [found, setFound] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!query) setFound(null);
    if (!query || !entries) return;
    let current = true;
    void documentsMatching(db, query).then((ids) => {
      if (current) setFound(ids);
    });
    return () => {
      current = false;
    };
  }, [query, entries]);
  // While a longer query is looked up, the shorter one's answer stays: the list does not flash back to all.
  return query ? found : null;
}

const ROW_GAP = 4;

interface LibraryListProps {
  shown: readonly LibraryEntry[];
  /** Changes when the filter does: the list then starts again from its top. */
  filter: string;
  openId: string | null;
  onOpen(id: string): void;
}

/**
 * The windowed list (@tanstack/react-virtual): only the rows in view, and a few around them, are in the
 * DOM, measured as they render since a title takes one or two lines. A component of its own, so that
 * scrolling re-renders the list and not the filters above it. ↑/↓, Home and End move between articles;
 * Tab still walks the rendered rows, and the browser scrolls the next one into view, which renders more.
 */
const LibraryList = memo(function LibraryList({ shown, filter, openId, onOpen }: LibraryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    // A row with a two-line title, the usual case; rows are measured as they render.
    estimateSize: () => 90,
    gap: ROW_GAP,
    paddingStart: 6,
    overscan: 6,
    getItemKey: (index) => shown[index]?.id ?? index,
  });
  // Focus asked for an article whose row is not rendered yet: given once it is. Kept by id, so that a list
  // that changes meanwhile (search results, another window's edit) cannot put another article there.
  const pendingFocus = useRef<string | null>(null);
  const focusPending = () => {
    const id = pendingFocus.current;
    if (id === null) return;
    const index = shown.findIndex((entry) => entry.id === id);
    if (index < 0) {
      pendingFocus.current = null;
      return;
    }
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] .library-open`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
  };
  useEffect(focusPending);

  // A new filter shows its first matches, not the place the old list was scrolled to.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the filter changes
  useEffect(() => {
    pendingFocus.current = null;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filter]);

  const dropPending = () => {
    pendingFocus.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('library-open') || event.altKey || event.ctrlKey || event.metaKey) return;
    // A key pressed before the row a previous key moved to is rendered and focused acts on that row, not on
    // the one that still has the focus: End then Enter opens the last article, however fast they come.
    const pendingAt = shown.findIndex((entry) => entry.id === pendingFocus.current);
    if (event.key === 'Enter' && pendingAt >= 0) {
      event.preventDefault();
      onOpen(pendingFocus.current as string);
      return;
    }
    const at =
      pendingAt >= 0 ? pendingAt : Number(target.closest('[data-index]')?.getAttribute('data-index'));
    const last = shown.length - 1;
    const to =
      event.key === 'ArrowDown'
        ? Math.min(at + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(at - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (to === null || Number.isNaN(at)) return;
    event.preventDefault();
    pendingFocus.current = shown[to]?.id ?? null;
    virtualizer.scrollToIndex(to, { align: 'auto' });
    focusPending();
  };

  return (
    <div className="library-scroll" ref={scrollRef}>
      <ul
        className="library-list"
        data-testid="library-list"
        aria-label="Articles"
        ref={listRef}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        // Focus moved by Tab or a click (a click on the row that has the focus moves none): a row a key
        // asked for earlier is no longer wanted.
        onPointerDown={dropPending}
        onFocus={dropPending}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const entry = shown[row.index] as LibraryEntry;
          return (
            <LibraryRow
              key={entry.id}
              entry={entry}
              index={row.index}
              setSize={shown.length}
              top={row.start}
              isOpen={entry.id === openId}
              measure={virtualizer.measureElement}
              onOpen={onOpen}
            />
          );
        })}
      </ul>
    </div>
  );
});

interface LibraryRowProps {
  entry: LibraryEntry;
  index: number;
  setSize: number;
  top: number;
  isOpen: boolean;
  measure(element: Element | null): void;
  onOpen(id: string): void;
}

/** One article; memoised, so scrolling renders only the rows that come into view. */
const LibraryRow = memo(function LibraryRow({
  entry,
  index,
  setSize,
  top,
  isOpen,
  measure,
  onOpen,
}: LibraryRowProps) {
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      className={isOpen ? 'library-item is-open' : 'library-item'}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="library-item"
    >
      <button
        type="button"
        className="library-open"
        aria-current={isOpen ? 'page' : undefined}
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
  );
});

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

const NUMBER = new Intl.NumberFormat();

/** A count as people read it: 10,000 rather than 10000. */
function count(n: number): string {
  return NUMBER.format(n);
}

/** One formatter for every row: toLocaleDateString() builds a new one on each call, a few ms apiece. */
const DATE = new Intl.DateTimeFormat();

function relativeTime(iso: string, now = Date.now()): string {
  const ms = Date.parse(iso);
  const seconds = Math.round((now - ms) / 1000);
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ago`;
  return DATE.format(ms);
}
