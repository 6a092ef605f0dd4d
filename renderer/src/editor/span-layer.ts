import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { TextRange } from '../anchoring/find-matches';
import { offsetToPos, type TextLayout, textLayout } from '../anchoring/text-positions';
import type { Span } from '../model/types';
import { LABEL_STYLES, segmentStyle } from './label-style';
import { spanSegments } from './span-segments';

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
    return [
      new Plugin<SpanLayerState>({
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
            return build(state, layout, { ...overlay, ...update });
          },
        },
        props: {
          decorations: (state) => spanLayerKey.getState(state)?.decorations,
        },
        // The article is immutable: no typing, paste, drop or IME may change it.
        filterTransaction: (tr) => !tr.docChanged,
      }),
    ];
  },
});

function build(state: EditorState, layout: TextLayout, overlay: Overlay): SpanLayerState {
  const { spans, highlightIds, find, spanClasses } = overlay;
  const selectedId =
    overlay.selectedId && spans.some((span) => span.id === overlay.selectedId) ? overlay.selectedId : null;
  const decorations: Decoration[] = [];
  for (const segment of spanSegments(spans)) {
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
    decorations.push(
      Decoration.inline(offsetToPos(layout, segment.start), offsetToPos(layout, segment.end), {
        class: classes.join(' '),
        style: segmentStyle(labels, selectedDepth),
        title: segment.spans
          .map(
            (span) =>
              `${LABEL_STYLES[span.label].name}${spanClasses.has(span.id) ? ` (${span.annotator})` : ''}`,
          )
          .join(' › '),
        'data-labels': labels.join(' '),
      }),
    );
  }
  find.matches.forEach((match, index) => {
    decorations.push(
      Decoration.inline(offsetToPos(layout, match.start), offsetToPos(layout, match.end), {
        class: index === find.current ? 'find-match is-current' : 'find-match',
      }),
    );
  });
  return { layout, ...overlay, selectedId, decorations: DecorationSet.create(state.doc, decorations) };
}

export function updateSpanLayer(tr: Transaction, update: SpanLayerUpdate): Transaction {
  return tr.setMeta(spanLayerKey, update);
}
