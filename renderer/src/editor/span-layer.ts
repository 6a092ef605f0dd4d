import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { offsetToPos, type TextLayout, textLayout } from '../anchoring/text-positions';
import type { Span } from '../model/types';
import { LABEL_STYLES, segmentStyle } from './label-style';
import { spanSegments } from './span-segments';

export interface SpanLayerState {
  layout: TextLayout;
  spans: readonly Span[];
  selectedId: string | null;
  decorations: DecorationSet;
}

export interface SpanLayerUpdate {
  spans?: readonly Span[];
  selectedId?: string | null;
}

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
            return { layout, spans: [], selectedId: null, decorations: DecorationSet.empty };
          },
          apply(tr, value, _old, state) {
            const update = tr.getMeta(spanLayerKey) as SpanLayerUpdate | undefined;
            if (!update) return value;
            const selectedId = update.selectedId === undefined ? value.selectedId : update.selectedId;
            return build(state, value.layout, update.spans ?? value.spans, selectedId);
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

function build(
  state: EditorState,
  layout: TextLayout,
  spans: readonly Span[],
  selectedId: string | null,
): SpanLayerState {
  const decorations: Decoration[] = [];
  for (const segment of spanSegments(spans)) {
    const labels = segment.spans.map((span) => span.label);
    const selectedDepth = selectedId ? segment.spans.findIndex((span) => span.id === selectedId) : -1;
    decorations.push(
      Decoration.inline(offsetToPos(layout, segment.start), offsetToPos(layout, segment.end), {
        class: selectedDepth >= 0 ? 'span-mark is-selected' : 'span-mark',
        style: segmentStyle(labels, selectedDepth),
        title: segment.spans.map((span) => LABEL_STYLES[span.label].name).join(' › '),
        'data-labels': labels.join(' '),
      }),
    );
  }
  const validSelection = selectedId && spans.some((span) => span.id === selectedId) ? selectedId : null;
  return {
    layout,
    spans,
    selectedId: validSelection,
    decorations: DecorationSet.create(state.doc, decorations),
  };
}

export function updateSpanLayer(tr: Transaction, update: SpanLayerUpdate): Transaction {
  return tr.setMeta(spanLayerKey, update);
}
