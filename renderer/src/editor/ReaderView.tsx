import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { offsetToPos, posToOffset, type TextLayout, textLayout } from '../anchoring/text-positions';
import { trimRange } from '../anchoring/trim-range';
import { labelForKey } from '../model/label-keys';
import type { Label, Span } from '../model/types';
import { SpanLayer, updateSpanLayer } from './span-layer';
import { spansAt } from './span-segments';
import { textToDoc } from './text-to-doc';

export interface ReaderActions {
  tag(label: Label, start: number, end: number): void;
  relabel(spanId: string, label: Label): void;
  remove(spanId: string): void;
  select(spanId: string | null): void;
}

interface ReaderViewProps {
  text: string;
  /** In text order. */
  spans: readonly Span[];
  selectedId: string | null;
  /** Bumped to scroll the selected span into view. */
  revealRequest: number;
  actions: ReaderActions;
  ref?: Ref<ReaderHandle>;
}

export interface ReaderHandle {
  /** What the label keys do: tag the selected text, or relabel the selected span. */
  applyLabel(label: Label): void;
  /** Gives the keyboard to the reader, where the span keys work. */
  focus(): void;
}

type ReaderContext = {
  spans: readonly Span[];
  selectedId: string | null;
  actions: ReaderActions;
  text: string;
  layout: TextLayout;
};

/** The article in a TipTap view that cannot be edited; spans are painted over it as decorations. */
export function ReaderView({ text, spans, selectedId, revealRequest, actions, ref }: ReaderViewProps) {
  const layout = useMemo(() => textLayout(text), [text]);
  // The editor's handlers are created once; they read the latest props through this ref.
  const latest = useRef<ReaderContext>({ spans, selectedId, actions, layout, text });
  latest.current = { spans, selectedId, actions, layout, text };

  const editor = useEditor(
    {
      extensions: [Document, Paragraph, Text, SpanLayer],
      content: textToDoc(text),
      editable: false,
      editorProps: {
        attributes: {
          class: 'reader-text',
          tabindex: '0',
          role: 'document',
          'aria-readonly': 'true',
          'aria-label': 'Article text',
          'data-testid': 'reader-text',
        },
        // A read-only view never calls handleKeyDown, so keys are taken as DOM events.
        handleDOMEvents: {
          keydown: (view, event) => {
            if (!handleKey(view, event, latest.current)) return false;
            event.preventDefault();
            return true;
          },
        },
        handleClick: (_view, pos) => {
          const { spans: current, selectedId: selected, actions: act, layout: lay } = latest.current;
          if (!window.getSelection()?.isCollapsed) return false;
          const under = spansAt(current, posToOffset(lay, pos));
          if (under.length === 0) {
            act.select(null);
            return false;
          }
          // Clicking again where spans nest steps outwards through them.
          const index = under.findIndex((span) => span.id === selected);
          act.select((under[(index + 1) % under.length] as Span).id);
          return false;
        },
        handleTextInput: () => true,
        handlePaste: () => true,
        handleDrop: () => true,
      },
    },
    [text],
  );

  useImperativeHandle(
    ref,
    () => ({
      applyLabel(label) {
        if (editor && !editor.isDestroyed) applyLabel(editor.view, label, latest.current);
      },
      focus() {
        if (editor && !editor.isDestroyed) editor.view.dom.focus({ preventScroll: true });
      },
    }),
    [editor],
  );

  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(updateSpanLayer(withDomSelection(editor.view), { spans, selectedId }));
    // The ready signal for tests and tools: these spans are painted.
    if (container.current) container.current.dataset.ready = 'true';
  }, [editor, spans, selectedId]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || revealRequest === 0) return;
    const { selectedId: id, spans: current, layout: lay } = latest.current;
    const span = current.find((s) => s.id === id);
    if (span) reveal(editor.view, offsetToPos(lay, span.start));
  }, [editor, revealRequest]);

  return (
    <div className="reader-scroll" data-testid="reader" ref={container}>
      <EditorContent editor={editor} />
    </div>
  );
}

function reveal(view: EditorView, pos: number): void {
  const { node } = view.domAtPos(pos);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * A transaction that carries the selection the DOM shows now. Repainting decorations makes
 * ProseMirror write its own selection back to the DOM, and in a read-only view its copy can lag
 * a mouse selection by one "selectionchange" event; this keeps the user's selection.
 */
function withDomSelection(view: EditorView): Transaction {
  const tr = view.state.tr;
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return tr;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return tr;
  const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
  return tr.setSelection(TextSelection.create(tr.doc, anchor, head));
}

/** The selection inside the reader as a trimmed text range, or null. */
export function selectedRange(view: EditorView, text: string, layout = textLayout(text)) {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  const anchor = posToOffset(layout, view.posAtDOM(selection.anchorNode, selection.anchorOffset));
  const focus = posToOffset(layout, view.posAtDOM(selection.focusNode, selection.focusOffset));
  return trimRange(text, anchor, focus);
}

function applyLabel(view: EditorView, label: Label, ctx: ReaderContext): void {
  const range = selectedRange(view, ctx.text, ctx.layout);
  if (range) {
    ctx.actions.tag(label, range.start, range.end);
    // Collapse through ProseMirror, so that its selection and the DOM's agree at once.
    const end = offsetToPos(ctx.layout, range.end);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, end)));
  } else if (ctx.selectedId) {
    ctx.actions.relabel(ctx.selectedId, label);
  }
}

function handleKey(view: EditorView, event: KeyboardEvent, ctx: ReaderContext): boolean {
  const { spans, selectedId, actions } = ctx;
  if (event.ctrlKey || event.metaKey) return false;
  const label = event.altKey ? undefined : labelForKey(event.key);
  if (label) {
    applyLabel(view, label, ctx);
    return true;
  }
  switch (event.key) {
    case 'Delete':
    case 'Backspace':
      if (selectedId) actions.remove(selectedId);
      return true;
    case 'Escape':
      actions.select(null);
      return true;
    case 'Tab': {
      if (spans.length === 0) return false;
      const index = spans.findIndex((span) => span.id === selectedId);
      const step = event.shiftKey ? -1 : 1;
      const next =
        index === -1 ? (event.shiftKey ? spans.length - 1 : 0) : (index + step + spans.length) % spans.length;
      const span = spans[next] as Span;
      actions.select(span.id);
      reveal(view, offsetToPos(ctx.layout, span.start));
      return true;
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      // Keyboard selection in the read-only text: Shift+arrows extend by character, with Ctrl by word.
      if (!event.shiftKey) return false;
      const selection = view.dom.ownerDocument.getSelection();
      if (!selection?.anchorNode || !view.dom.contains(selection.anchorNode)) return false;
      selection.modify('extend', event.key === 'ArrowRight' ? 'forward' : 'backward', 'character');
      return true;
    }
    default:
      return false;
  }
}
