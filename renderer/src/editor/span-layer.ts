import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextRange } from '../anchoring/find-matches';
import { offsetToPos, posToOffset, type TextLayout, textLayout } from '../anchoring/text-positions';
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
  layout: TextLayout;
  decorations: DecorationSet;
}

export type SpanLayerUpdate = Partial<Overlay>;

const NO_FIND: FindState = { matches: [], current: -1 };
const NO_CLASSES: ReadonlyMap<string, string> = new Map();

export const spanLayerKey = new PluginKey<SpanLayerState>('tandai-spans');

/** Paints stand-off spans as decorations from plugin state; the document itself never changes. */
export const SpanLayer = Extension.create({
  name: 'spanLayer',
  addProseMirrorPlugins() {
    return [spanLayerPlugin()];
  },
});

export function spanLayerPlugin(): Plugin<SpanLayerState> {
  return new Plugin<SpanLayerState>({
    key: spanLayerKey,
    state: {
      init: (_config, state) => {
        const layout = textLayout(state.doc.textBetween(0, state.doc.content.size, '\n'));
        return {
          layout,
          spans: [],
          selectedId: null,
          highlightIds: [],
          find: NO_FIND,
          spanClasses: NO_CLASSES,
          decorations: DecorationSet.empty,
        };
      },
      apply(tr, value, _old, state) {
        const update = tr.getMeta(spanLayerKey) as SpanLayerUpdate | undefined;
        if (!update) return value;
        const { layout, decorations: _previous, ...overlay } = value;
        const next = { ...overlay, ...update };
        const onlySpans =
          value.decorations !== DecorationSet.empty &&
          next.selectedId === overlay.selectedId &&
          next.highlightIds === overlay.highlightIds &&
          next.find === overlay.find &&
          next.spanClasses === overlay.spanClasses;
        return onlySpans ? patch(state, value, next.spans) : build(state, layout, next);
      },
    },
    props: {
      decorations: (state) => spanLayerKey.getState(state)?.decorations,
    },
    // The article is immutable: no typing, paste, drop or IME may change it.
    filterTransaction: (tr) => !tr.docChanged,
  });
}

function build(state: EditorState, layout: TextLayout, overlay: Overlay): SpanLayerState {
  const selectedId = validSelection(overlay);
  const decorations = segmentDecorations(layout, spanSegments(overlay.spans), { ...overlay, selectedId });
  overlay.find.matches.forEach((match, index) => {
    decorations.push(
      Decoration.inline(
        offsetToPos(layout, match.start),
        offsetToPos(layout, match.end),
        { class: index === overlay.find.current ? 'find-match is-current' : 'find-match' },
        { kind: 'find' },
      ),
    );
  });
  return { layout, ...overlay, selectedId, decorations: DecorationSet.create(state.doc, decorations) };
}

/**
 * A change of spans alone (a key press, or the database confirming one) repaints only the stretch of
 * text whose spans changed: the decorations there are replaced, the rest of the set is kept.
 */
function patch(state: EditorState, value: SpanLayerState, spans: readonly Span[]): SpanLayerState {
  const changed = changedRange(value.spans, spans);
  const next = { ...value, spans };
  if (!changed) return next;
  const { layout } = value;
  const selectedId = validSelection(next);
  const isSpan = (spec: { kind?: string }) => spec.kind === 'span';
  // Widen to the whole of every segment the change touches, so that no segment is left half painted.
  const old = value.decorations.find(
    offsetToPos(layout, changed.start),
    offsetToPos(layout, changed.end),
    isSpan,
  );
  let start = changed.start;
  let end = changed.end;
  for (const decoration of old) {
    start = Math.min(start, posToOffset(layout, decoration.from));
    end = Math.max(end, posToOffset(layout, decoration.to));
  }
  const segments = spanSegments(spans.filter((span) => span.start < end && span.end > start)).flatMap(
    (segment) => {
      const from = Math.max(segment.start, start);
      const to = Math.min(segment.end, end);
      return from < to ? [{ ...segment, start: from, end: to }] : [];
    },
  );
  const fresh = segmentDecorations(layout, segments, { ...next, selectedId });
  return { ...next, selectedId, decorations: value.decorations.remove(old).add(state.doc, fresh) };
}

/** The text range whose painting differs between two span lists, or null when they paint the same. */
export function changedRange(
  before: readonly Span[],
  after: readonly Span[],
): { start: number; end: number } | null {
  const old = new Map(before.map((span) => [span.id, span]));
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const include = (span: Span) => {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  };
  for (const span of after) {
    const was = old.get(span.id);
    old.delete(span.id);
    if (
      was &&
      was.start === span.start &&
      was.end === span.end &&
      was.label === span.label &&
      was.annotator === span.annotator
    ) {
      continue;
    }
    include(span);
    if (was) include(was);
  }
  for (const gone of old.values()) include(gone);
  return start <= end ? { start, end } : null;
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
