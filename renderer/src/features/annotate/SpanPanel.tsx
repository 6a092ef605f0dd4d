import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type RefObject, useEffect, useRef, useState } from 'react';
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
export function SpanPanel(props: SpanPanelProps) {
  if (props.spans.length === 0) {
    return <p className="empty muted">Select text and press 1, 2 or 3 (or C, S, Q) to tag it.</p>;
  }
  return props.spans.length > WINDOWED_FROM ? <WindowedSpanList {...props} /> : <SpanList {...props} />;
}

/**
 * From this many spans on, only the items in view (and a few around them) are rendered: a
 * 5,000-span article opens, and re-renders after each edit, in the time forty items take.
 */
const WINDOWED_FROM = 300;

function SpanList({ text, spans, structures, selectedId, onPick, onHover }: SpanPanelProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    list.current
      ?.querySelector(`[data-span-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  return (
    <ol className="span-list" ref={list} data-testid="span-list">
      {spans.map((span) => (
        <SpanItem key={span.id} {...itemProps(span, { text, structures, selectedId, onPick, onHover })} />
      ))}
    </ol>
  );
}

/** The long list through @tanstack/react-virtual, in the panel's own scrolling (under the details). */
function WindowedSpanList({ text, spans, structures, selectedId, onPick, onHover }: SpanPanelProps) {
  const list = useRef<HTMLOListElement>(null);
  const top = useOffsetInPanel(list);
  const virtualizer = useVirtualizer({
    count: spans.length,
    getScrollElement: () => list.current?.closest('.span-panel') ?? null,
    estimateSize: () => 72,
    overscan: 8,
    // The panel's size before it is measured: about the window's height, so that the first render has the
    // rows that will be in view and the measurement after it adds none (a 0×0 guess rendered only the
    // overscan, and then the rest in a second, synchronous render before the first paint).
    initialRect: { width: 0, height: window.innerHeight },
    scrollMargin: top,
    getItemKey: (index) => spans[index]?.id ?? index,
  });
  // Scrolled to when the selection changes, not when a span added above it moves it down the list.
  const latestSpans = useRef(spans);
  latestSpans.current = spans;
  useEffect(() => {
    const index = selectedId ? latestSpans.current.findIndex((span) => span.id === selectedId) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, virtualizer]);
  // Once rendered and measured (a selected item is taller), all of it in view; again when the
  // details above the list change height (a quantity's have more fields than a claim's).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `top` is when the list moved
  useEffect(() => {
    if (!selectedId) return;
    const frame = requestAnimationFrame(() =>
      list.current
        ?.querySelector(`[data-span-id="${CSS.escape(selectedId)}"]`)
        ?.closest('li')
        ?.scrollIntoView({ block: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [selectedId, top]);
  const rows = virtualizer.getVirtualItems();
  return (
    <ol
      className="span-list is-windowed"
      ref={list}
      data-testid="span-list"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => {
        const span = spans[row.index] as Span;
        return (
          <li
            key={span.id}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-setsize={spans.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - top}px)` }}
          >
            <SpanItem {...itemProps(span, { text, structures, selectedId, onPick, onHover })} bare />
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Where the list starts in the panel: below the header and the selected span's details. Read when what is
 * above it changes size (a ResizeObserver, which reports after layout) or is replaced (a MutationObserver
 * on the panel), so it is never read by forcing a layout, and is right however the details change height.
 */
function useOffsetInPanel(list: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useEffect(() => {
    const element = list.current;
    const panel = element?.parentElement;
    if (!element || !panel) return;
    const sizes = new ResizeObserver(() => setTop(element.offsetTop));
    // Observing an element reports its size once, after the next layout: the offset is read then.
    const observeAbove = () => {
      sizes.disconnect();
      for (let above = element.previousElementSibling; above; above = above.previousElementSibling)
        sizes.observe(above);
    };
    observeAbove();
    const children = new MutationObserver(observeAbove);
    children.observe(panel, { childList: true });
    return () => {
      sizes.disconnect();
      children.disconnect();
    };
  }, [list]);
  return top;
}

function itemProps(
  span: Span,
  { text, structures, selectedId, onPick, onHover }: Omit<SpanPanelProps, 'spans'>,
): SpanItemProps {
  const structure = structures.get(span.id);
  return {
    text,
    span,
    structure,
    structureKey: structure ? structureKey(structure) : '',
    selected: span.id === selectedId,
    onPick,
    onHover,
  };
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
  /** Without its own <li>: the windowed list wraps each item itself. */
  bare?: boolean;
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
    before.onHover === after.onHover &&
    before.bare === after.bare
  );
});

function SpanItemView({ text, span, structure, selected, onPick, onHover, bare }: SpanItemProps) {
  const style = LABEL_STYLES[span.label];
  const item = (
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
  );
  return bare ? item : <li>{item}</li>;
}
