import { memo, useEffect, useRef } from 'react';
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
        const structure = structures.get(span.id);
        return (
          <SpanItem
            key={span.id}
            text={text}
            span={span}
            structure={structure}
            structureKey={structure ? structureKey(structure) : ''}
            selected={span.id === selectedId}
            onPick={onPick}
            onHover={onHover}
          />
        );
      })}
    </ol>
  );
}

/** What a claim's links look like in the list; an item re-renders only when this or its span changes. */
function structureKey(structure: ClaimStructure): string {
  const sources = structure.sources.map(
    ({ relation, source }) =>
      `${relation.id}:${source.start}:${source.end}:${String(relation.attrs.role)}:${String(relation.attrs.cue)}`,
  );
  return [...sources, ...structure.quantities.map((q) => `${q.id}:${q.start}:${q.end}`)].join('|');
}

interface SpanItemProps {
  text: string;
  span: Span;
  structure: ClaimStructure | undefined;
  structureKey: string;
  selected: boolean;
  onPick(id: string): void;
  onHover(ids: readonly string[]): void;
}

// The database hands out fresh objects on every change: compare what is shown, so that one edit
// re-renders one item of a long list, not all of them.
const SpanItem = memo(SpanItemView, (before, after) => {
  const [a, b] = [before.span, after.span];
  return (
    a.id === b.id &&
    a.updated === b.updated &&
    a.label === b.label &&
    a.start === b.start &&
    a.end === b.end &&
    a.note === b.note &&
    before.selected === after.selected &&
    before.structureKey === after.structureKey &&
    before.text === after.text &&
    before.onPick === after.onPick &&
    before.onHover === after.onHover
  );
});

function SpanItemView({ text, span, structure, selected, onPick, onHover }: SpanItemProps) {
  const style = LABEL_STYLES[span.label];
  return (
    <li>
      <button
        type="button"
        className={selected ? 'span-item is-selected' : 'span-item'}
        onClick={() => onPick(span.id)}
        data-span-id={span.id}
        data-label={span.label}
        style={{ borderLeftColor: style.color }}
        aria-pressed={selected}
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
}
