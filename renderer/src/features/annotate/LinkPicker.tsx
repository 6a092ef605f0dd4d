import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Span } from '../../model/types';

interface LinkPickerProps {
  text: string;
  sources: readonly Span[];
  onPick(source: Span): void;
  onCancel(): void;
  onHover(ids: readonly string[]): void;
}

/** Picks the source a claim is attributed to: type to filter, ↑/↓ and Enter, or click a source in the text. */
export function LinkPicker({ text, sources, onPick, onCancel, onHover }: LinkPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // Focus before the next key arrives: an analyst types the filter right after R.
  useLayoutEffect(() => input.current?.focus(), []);
  const needle = query.trim().toLowerCase();
  const shown = sources.filter((source) =>
    text.slice(source.start, source.end).toLowerCase().includes(needle),
  );
  const current = shown[Math.min(active, shown.length - 1)];
  useEffect(() => onHover(current ? [current.id] : []), [current, onHover]);

  return (
    <section className="link-picker" aria-label="Link the claim to a source" data-testid="link-picker">
      <h3>Attribute the claim to…</h3>
      <input
        ref={input}
        value={query}
        placeholder="Type to filter sources, or click one in the text"
        aria-label="Filter sources"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, shown.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter' && current) onPick(current);
          else if (event.key === 'Escape') onCancel();
          else return;
          event.preventDefault();
        }}
      />
      {shown.length === 0 ? (
        <p className="muted">{sources.length ? 'No source matches.' : 'Tag a source first (2 / S).'}</p>
      ) : (
        <ul aria-label="Sources">
          {shown.map((source) => (
            <li key={source.id}>
              <button
                type="button"
                className={source === current ? 'pick is-active' : 'pick'}
                aria-current={source === current ? 'true' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onPick(source)}
              >
                {text.slice(source.start, source.end)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="hint muted">
        <kbd>Enter</kbd> link · <kbd>Esc</kbd> cancel
      </p>
    </section>
  );
}
