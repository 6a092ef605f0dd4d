import { useEffect, useRef } from 'react';
import { LABEL_STYLES } from '../../editor/label-style';
import type { Span } from '../../model/types';

interface SpanPanelProps {
  text: string;
  spans: readonly Span[];
  selectedId: string | null;
  onPick(id: string): void;
}

/** The document's spans in text order; picking one selects it and scrolls the reader to it. */
export function SpanPanel({ text, spans, selectedId, onPick }: SpanPanelProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    list.current
      ?.querySelector(`[data-span-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  return (
    <aside className="span-panel" aria-label="Spans">
      <header className="pane-header">
        <h2>Spans</h2>
        <span className="muted">{spans.length}</span>
      </header>
      {spans.length === 0 && (
        <p className="empty muted">Select text and press 1, 2 or 3 (or C, S, Q) to tag it.</p>
      )}
      <ol className="span-list" ref={list} data-testid="span-list">
        {spans.map((span) => {
          const style = LABEL_STYLES[span.label];
          return (
            <li key={span.id}>
              <button
                type="button"
                className={span.id === selectedId ? 'span-item is-selected' : 'span-item'}
                onClick={() => onPick(span.id)}
                data-span-id={span.id}
                data-label={span.label}
                style={{ borderLeftColor: style.color }}
                aria-pressed={span.id === selectedId}
              >
                <span className="label-chip" style={{ background: style.color }}>
                  {style.name}
                </span>
                <span className="span-text">{text.slice(span.start, span.end)}</span>
                <span className="span-meta muted">{span.annotator}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
