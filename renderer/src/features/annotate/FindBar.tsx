import { useLayoutEffect, useRef } from 'react';
import { LABEL_STYLES } from '../../editor/label-style';
import { LABELS, type Label } from '../../model/types';

interface FindBarProps {
  query: string;
  count: number;
  current: number;
  onQuery(query: string): void;
  onStep(step: 1 | -1): void;
  onTagAll(label: Label): void;
  onClose(): void;
}

/** Ctrl+F: every match highlighted; Enter steps through them; Alt+1/2/3 tags them all in one undoable step. */
export function FindBar({ query, count, current, onQuery, onStep, onTagAll, onClose }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  // Focus before the next key arrives: the query is typed right after Ctrl+F.
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <search className="find-bar" aria-label="Find in the article">
      <input
        ref={input}
        type="search"
        value={query}
        aria-label="Find in the article"
        placeholder="Find in the article"
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          // By key position: Alt+digit types other characters on some layouts.
          const tagKey = { Digit1: 'CLAIM', Digit2: 'SOURCE', Digit3: 'QUANTITY' } as const;
          if (event.key === 'Enter') onStep(event.shiftKey ? -1 : 1);
          else if (event.key === 'Escape') onClose();
          else if (event.altKey && event.code in tagKey) onTagAll(tagKey[event.code as keyof typeof tagKey]);
          else return;
          event.preventDefault();
        }}
      />
      <span className="find-count muted" data-testid="find-count">
        {query.trim() ? (count ? `${current + 1} of ${count}` : 'No matches') : ''}
      </span>
      <span className="find-tag">
        Tag all:
        {LABELS.map((label, index) => (
          <button
            key={label}
            type="button"
            disabled={count === 0}
            onClick={() => onTagAll(label)}
            title={`Tag every match as ${LABEL_STYLES[label].name.toLowerCase()} (Alt+${index + 1})`}
          >
            <span className="swatch" style={{ background: LABEL_STYLES[label].color }} />
            {LABEL_STYLES[label].name}
          </button>
        ))}
      </span>
      <button type="button" className="ghost" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </search>
  );
}
