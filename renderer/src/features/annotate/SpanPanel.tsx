import { useEffect, useRef } from 'react';
import { LABEL_STYLES } from '../../editor/label-style';
import type { ClaimStructure } from '../../model/claim-structure';
import type { Span } from '../../model/types';

interface SpanPanelProps {
  text: string;
  spans: readonly Span[];
  structures: ReadonlyMap<string, ClaimStructure>;
  selectedId: string | null;
  onPick(id: string): void;
  onHover(ids: readonly string[]): void;
}

/**
 * The document's spans in text order; each claim shows the sources it is attributed to and the
 * quantities in it. Picking a span selects it and scrolls the reader to it.
 */
export function SpanPanel({ text, spans, structures, selectedId, onPick, onHover }: SpanPanelProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    list.current
      ?.querySelector(`[data-span-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (spans.length === 0) {
    return <p className="empty muted">Select text and press 1, 2 or 3 (or C, S, Q) to tag it.</p>;
  }
  return (
    <ol className="span-list" ref={list} data-testid="span-list">
      {spans.map((span) => {
        const style = LABEL_STYLES[span.label];
        const structure = structures.get(span.id);
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
              {structure && (structure.sources.length > 0 || structure.quantities.length > 0) && (
                <span className="span-links">
                  {structure.sources.map(({ relation, source }) => (
                    // biome-ignore lint/a11y/noStaticElementInteractions: hovering only previews both ends in the text
                    <span
                      key={relation.id}
                      className="span-link"
                      data-testid="span-link"
                      onMouseEnter={() => onHover([relation.from, relation.to])}
                      onMouseLeave={() => onHover([])}
                    >
                      <span className="link-mark" style={{ color: LABEL_STYLES.SOURCE.color }}>
                        ◂
                      </span>
                      {text.slice(source.start, source.end)}
                      <span className="muted">
                        {' '}
                        · {String(relation.attrs.role ?? 'primary')}
                        {relation.attrs.cue ? ` · “${String(relation.attrs.cue)}”` : ''}
                      </span>
                    </span>
                  ))}
                  {structure.quantities.map((quantity) => (
                    // biome-ignore lint/a11y/noStaticElementInteractions: hovering only previews both ends in the text
                    <span
                      key={quantity.id}
                      className="span-link"
                      onMouseEnter={() => onHover([span.id, quantity.id])}
                      onMouseLeave={() => onHover([])}
                    >
                      <span className="link-mark" style={{ color: LABEL_STYLES.QUANTITY.color }}>
                        #
                      </span>
                      {text.slice(quantity.start, quantity.end)}
                    </span>
                  ))}
                </span>
              )}
              <span className="span-meta muted">
                {span.annotator}
                {span.note ? ` · ${span.note}` : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
