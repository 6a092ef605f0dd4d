import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextRange } from '../anchoring/find-matches';
import {
  lineOf,
  lineStartFrom,
  offsetToPos,
  posToOffset,
  type TextLayout,
  textLayout,
} from '../anchoring/text-positions';
import type { Span } from '../model/types';
import { LABEL_STYLES, segmentStyle } from './label-style';
import { type Segment, spanSegments } from './span-segments';

export interface FindState {
  matches: readonly TextRange[];
  /** Index of the current match, or -1. */
  current: number;
}

interface Overlay {
  spans: readonly Span[];
  selectedId: string | null;
  /** Spans to call out, e.g. both ends of a hovered relation. */
  highlightIds: readonly string[];
  find: FindState;
  /** Extra classes for some spans' text, e.g. how two annotators' spans matched in review. */
  spanClasses: ReadonlyMap<string, string>;
}

export interface SpanLayerState extends Overlay {
  /** The whole article, of which the view may hold only the first lines so far. */
  text: string;
  layout: TextLayout;
  /**
   * The view holds, and the layer paints, the text before this offset: a long article opens with
   * its first lines (more than a tall window shows) and the rest is appended, line by line, as the
   * reader scrolls or the browser idles (`reachTransaction`). Always a line start or the text's end.
   */
  paintedTo: number;
  decorations: DecorationSet;
}

export type SpanLayerUpdate = Partial<Overlay>;

/** What the layer paints in the editor's first render, so that the text is drawn once, already marked. */
export interface SpanLayerInit extends Partial<Overlay> {
  /** The whole article, when the view starts with only its first lines. */
  text?: string;
}

/** Marks the only transactions that may change the document: appending the article's next lines. */
const APPEND = 'tandaiAppendLines';

const NO_FIND: FindState = { matches: [], current: -1 };
const NO_CLASSES: ReadonlyMap<string, string> = new Map();

export const spanLayerKey = new PluginKey<SpanLayerState>('tandai-spans');

/**
 * The layer's first state, built once per document and shared by the plugin and by the view's
 * first render: TipTap draws the view before it adds the plugins, and a view that first drew the
 * text plain would redraw every marked paragraph right after. With both handing ProseMirror the
 * same decoration set, the text is drawn once, already marked.
 */
export type FirstPaint = (state: EditorState, take?: boolean) => SpanLayerState;

export function firstPaint(init: () => SpanLayerInit): FirstPaint {
  let cached: { doc: EditorState['doc']; value: SpanLayerState } | null = null;
  return (state, take = false) => {
    if (cached?.doc !== state.doc) cached = { doc: state.doc, value: initialState(state, init()) };
    const { value } = cached;
    // Taken by the plugin, which paints from then on: not kept here as well (it holds the first spans).
    if (take) cached = null;
    return value;
  };
}

/** For the view's `decorations` prop until the plugin is there (then the plugin paints). */
export function firstDecorations(first: FirstPaint) {
  return (state: EditorState) =>
    spanLayerKey.getState(state) ? DecorationSet.empty : first(state).decorations;
}

function initialState(state: EditorState, init: SpanLayerInit): SpanLayerState {
  const { text = state.doc.textBetween(0, state.doc.content.size, '\n'), ...overlay } = init;
  const layout = textLayout(text);
  return build(
    state,
    text,
    layout,
    {
      spans: [],
      selectedId: null,
      highlightIds: [],
      find: NO_FIND,
      spanClasses: NO_CLASSES,
      ...overlay,
    },
    shownTo(layout, state.doc.childCount),
  );
}

/** Where the text held by a view of this many lines ends: a line start, or the end of the text. */
function shownTo(layout: TextLayout, lines: number): number {
  return layout.lineStarts[lines] ?? layout.length;
}

/** The end of the last line the view holds: where painting stops (the line break is not drawn). */
function drawnTo(layout: TextLayout, paintedTo: number): number {
  return paintedTo === layout.length ? paintedTo : paintedTo - 1;
}

/**
 * A transaction that appends to the view the article's lines up to `reach` (whole lines), and
 * paints them; null when the view already holds that far.
 */
export function reachTransaction(state: EditorState, tr: Transaction, reach: number): Transaction | null {
  const layer = spanLayerKey.getState(state);
  if (!layer) return null;
  const { layout, text } = layer;
  const target = lineStartFrom(layout, reach);
  if (target <= layer.paintedTo) return null;
  const lineCount = layout.lineStarts.length;
  const to = target === layout.length ? lineCount : lineOf(layout, target);
  const { paragraph } = state.schema.nodes;
  if (!paragraph) return null;
  const lines = [];
  for (let line = state.doc.childCount; line < to; line++) {
    const start = layout.lineStarts[line] as number;
    const end = line + 1 < lineCount ? (layout.lineStarts[line + 1] as number) - 1 : layout.length;
    lines.push(paragraph.create(null, end > start ? state.schema.text(text.slice(start, end)) : null));
  }
  return tr.insert(tr.doc.content.size, lines).setMeta(APPEND, true);
}

/** Paints stand-off spans as decorations from plugin state; the document itself never changes. */
export const SpanLayer = Extension.create<{ first: FirstPaint }>({
  name: 'spanLayer',
  addOptions() {
    return { first: firstPaint(() => ({})) };
  },
  addProseMirrorPlugins() {
    return [spanLayerPlugin(this.options.first)];
  },
});

export function spanLayerPlugin(first: FirstPaint = firstPaint(() => ({}))): Plugin<SpanLayerState> {
  return new Plugin<SpanLayerState>({
    key: spanLayerKey,
    state: {
      init: (_config, state) => first(state, true),
      apply(tr, value, _old, state) {
        const update = tr.getMeta(spanLayerKey) as SpanLayerUpdate | undefined;
        if (!update && !tr.docChanged) return value;
        // Lines were appended at the end: the positions of what is painted do not move.
        let next = tr.docChanged
          ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) }
          : value;
        if (update) next = applyOverlay(state, next, update);
        const shown = shownTo(next.layout, state.doc.childCount);
        return shown > next.paintedTo ? widen(state, next, shown) : next;
      },
    },
    props: {
      decorations: (state) => spanLayerKey.getState(state)?.decorations,
    },
    // The article is immutable: no typing, paste, drop or IME may change it. Only its next lines
    // are appended while it opens.
    filterTransaction: (tr) => !tr.docChanged || tr.getMeta(APPEND) === true,
  });
}

/**
 * Any change of the overlay repaints only the stretches of text it concerns: where spans changed,
 * where the selected or highlighted spans are and were, where a span's extra class changed; find
 * matches are swapped as a whole. The rest of the decoration set is kept: on a 5,000-span article a
 * key press, a hover or the database confirming an edit costs what its own stretch costs.
 */
function applyOverlay(state: EditorState, value: SpanLayerState, update: Partial<Overlay>): SpanLayerState {
  const next = { ...value, ...update };
  const ranges: TextRange[] = [];
  if (next.spans !== value.spans) ranges.push(...changedRanges(value.spans, next.spans));
  const spansOf = lookup(value.spans, next.spans);
  if (next.selectedId !== value.selectedId) ranges.push(...spansOf([value.selectedId, next.selectedId]));
  if (next.highlightIds !== value.highlightIds)
    ranges.push(...spansOf([...value.highlightIds, ...next.highlightIds]));
  if (next.spanClasses !== value.spanClasses) {
    const ids = new Set([...value.spanClasses.keys(), ...next.spanClasses.keys()]);
    ranges.push(...spansOf([...ids].filter((id) => value.spanClasses.get(id) !== next.spanClasses.get(id))));
  }
  const selectedId = validSelection(next);
  let decorations = value.decorations;
  if (next.find !== value.find) {
    const drawn = drawnTo(value.layout, value.paintedTo);
    decorations = decorations
      .remove(decorations.find(undefined, undefined, (spec) => spec.kind === 'find'))
      .add(state.doc, findDecorations(value.layout, next.find, 0, drawn));
  }
  return repaint(state, { ...next, selectedId, decorations }, ranges);
}

/** The extents of these spans (by id) before and after a change; unknown ids and nulls are skipped. */
function lookup(before: readonly Span[], after: readonly Span[]) {
  let byId: Map<string, Span[]> | null = null;
  return (ids: readonly (string | null)[]): TextRange[] => {
    const wanted = ids.filter((id): id is string => id !== null);
    if (wanted.length === 0) return [];
    if (!byId) {
      byId = new Map();
      for (const span of [...before, ...after]) byId.set(span.id, [...(byId.get(span.id) ?? []), span]);
    }
    const found = byId;
    return wanted.flatMap((id) => (found.get(id) ?? []).map(({ start, end }) => ({ start, end })));
  };
}

function build(
  state: EditorState,
  text: string,
  layout: TextLayout,
  overlay: Overlay,
  paintedTo: number,
): SpanLayerState {
  const selectedId = validSelection(overlay);
  const end = drawnTo(layout, paintedTo);
  const decorations = segmentDecorations(layout, paintedSegments(overlay.spans, 0, end), {
    ...overlay,
    selectedId,
  });
  decorations.push(...findDecorations(layout, overlay.find, 0, end));
  return {
    text,
    layout,
    ...overlay,
    selectedId,
    paintedTo,
    decorations: DecorationSet.create(state.doc, decorations),
  };
}

/** The segments of these spans within [start, end), cut at its edges. */
function paintedSegments(spans: readonly Span[], start: number, end: number): Segment[] {
  if (start >= end) return [];
  return spanSegments(spans.filter((span) => span.start < end && span.end > start)).flatMap((segment) => {
    const from = Math.max(segment.start, start);
    const to = Math.min(segment.end, end);
    return from < to ? [{ ...segment, start: from, end: to }] : [];
  });
}

/** The find matches within [start, end), cut at its edges. */
function findDecorations(layout: TextLayout, find: FindState, start: number, end: number): Decoration[] {
  const decorations: Decoration[] = [];
  find.matches.forEach((match, index) => {
    const from = Math.max(match.start, start);
    const to = Math.min(match.end, end);
    if (from >= to) return;
    decorations.push(
      Decoration.inline(
        offsetToPos(layout, from),
        offsetToPos(layout, to),
        { class: index === find.current ? 'find-match is-current' : 'find-match' },
        { kind: 'find' },
      ),
    );
  });
  return decorations;
}

/** Paints the lines just appended to the view, [value.paintedTo, paintedTo). */
function widen(state: EditorState, value: SpanLayerState, paintedTo: number): SpanLayerState {
  const { layout } = value;
  const end = drawnTo(layout, paintedTo);
  const fresh = [
    ...segmentDecorations(layout, paintedSegments(value.spans, value.paintedTo, end), value),
    ...findDecorations(layout, value.find, value.paintedTo, end),
  ];
  return { ...value, paintedTo, decorations: value.decorations.add(state.doc, fresh) };
}

/**
 * Repaints the span decorations over these text ranges from `value`'s spans and overlay, keeping the
 * rest. Each range is first widened to the whole of every segment painted in or touching it: segments
 * tile the text without overlapping, so the widened range holds only those, its edges are boundaries
 * of spans that stay, and no segment is left half painted.
 */
function repaint(state: EditorState, value: SpanLayerState, ranges: readonly TextRange[]): SpanLayerState {
  const { layout } = value;
  const drawn = drawnTo(layout, value.paintedTo);
  const isSpan = (spec: { kind?: string }) => spec.kind === 'span';
  const old = new Set<Decoration>();
  const widened = ranges.flatMap((range) => {
    let start = Math.max(0, range.start);
    let end = Math.min(range.end, drawn);
    if (start >= end) return [];
    for (const decoration of value.decorations.find(
      offsetToPos(layout, start),
      offsetToPos(layout, end),
      isSpan,
    )) {
      old.add(decoration);
      start = Math.min(start, posToOffset(layout, decoration.from));
      end = Math.max(end, posToOffset(layout, decoration.to));
    }
    return [{ start, end }];
  });
  if (widened.length === 0) return value;
  const fresh = mergeRanges(widened).flatMap((range) =>
    segmentDecorations(layout, paintedSegments(value.spans, range.start, range.end), value),
  );
  return { ...value, decorations: value.decorations.remove([...old]).add(state.doc, fresh) };
}

/** Sorted, with overlapping or touching ranges joined. */
function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The text ranges whose painting differs between two span lists: none when they paint the same. */
export function changedRanges(before: readonly Span[], after: readonly Span[]): TextRange[] {
  const ranges: TextRange[] = [];
  const include = (span: Span) => ranges.push({ start: span.start, end: span.end });
  const same = (a: Span, b: Span) =>
    a === b || (a.start === b.start && a.end === b.end && a.label === b.label && a.annotator === b.annotator);
  // Both lists are in text order and mostly the same spans: walk them side by side while the ids agree
  // (a relabel or a resize of one span), and match the rest by id.
  let i = 0;
  for (; i < before.length && i < after.length; i++) {
    const [was, now] = [before[i] as Span, after[i] as Span];
    if (was.id !== now.id) break;
    if (!same(was, now)) {
      include(was);
      include(now);
    }
  }
  const old = new Map(before.slice(i).map((span) => [span.id, span]));
  for (const span of after.slice(i)) {
    const was = old.get(span.id);
    old.delete(span.id);
    if (was && same(was, span)) continue;
    include(span);
    if (was) include(was);
  }
  for (const gone of old.values()) include(gone);
  return ranges;
}

function validSelection(overlay: Overlay): string | null {
  const { selectedId, spans } = overlay;
  return selectedId && spans.some((span) => span.id === selectedId) ? selectedId : null;
}

function segmentDecorations(
  layout: TextLayout,
  segments: readonly Segment[],
  overlay: Overlay,
): Decoration[] {
  const { selectedId, highlightIds, spanClasses } = overlay;
  return segments.map((segment) => {
    const labels = segment.spans.map((span) => span.label);
    const selectedDepth = selectedId ? segment.spans.findIndex((span) => span.id === selectedId) : -1;
    const highlighted =
      highlightIds.length > 0 && segment.spans.some((span) => highlightIds.includes(span.id));
    const classes = ['span-mark'];
    if (selectedDepth >= 0) classes.push('is-selected');
    if (highlighted) classes.push('is-highlighted');
    for (const span of segment.spans) {
      const extra = spanClasses.get(span.id);
      if (extra && !classes.includes(extra)) classes.push(extra);
    }
    return Decoration.inline(
      offsetToPos(layout, segment.start),
      offsetToPos(layout, segment.end),
      {
        class: classes.join(' '),
        style: segmentStyle(labels, selectedDepth),
        title: segment.spans
          .map(
            (span) =>
              `${LABEL_STYLES[span.label].name}${spanClasses.has(span.id) ? ` (${span.annotator})` : ''}`,
          )
          .join(' › '),
        'data-labels': labels.join(' '),
      },
      { kind: 'span' },
    );
  });
}

export function updateSpanLayer(tr: Transaction, update: SpanLayerUpdate): Transaction {
  return tr.setMeta(spanLayerKey, update);
}
