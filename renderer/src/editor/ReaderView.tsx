import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { TextRange } from '../anchoring/find-matches';
import { moveBoundary } from '../anchoring/move-boundary';
import { snapToWords } from '../anchoring/snap-to-words';
import {
  firstLines,
  offsetToPos,
  posToOffset,
  type TextLayout,
  textLayout,
} from '../anchoring/text-positions';
import { trimRange } from '../anchoring/trim-range';
import { labelForKey } from '../model/label-keys';
import type { Label, Span } from '../model/types';
import {
  type FindState,
  firstDecorations,
  firstPaint,
  reachTransaction,
  SpanLayer,
  spanLayerKey,
  updateSpanLayer,
} from './span-layer';
import { spansAt } from './span-segments';
import { textToDoc } from './text-to-doc';

/**
 * What the reader asks of its owner. The changing calls return whether the change was taken: the
 * reader then paints it at once, ahead of the database round trip that confirms it.
 */
export interface ReaderActions {
  tag(label: Label, start: number, end: number): boolean;
  relabel(spanId: string, label: Label): boolean;
  resize(spanId: string, start: number, end: number): boolean;
  remove(spanId: string): boolean;
  /** A span was clicked or stepped to; null when the click was on untagged text. */
  select(spanId: string | null): void;
  /** Enter on a selected span: edit its note and attributes. */
  openDetails(): void;
  /** R on a selected claim: pick the source it is attributed to. */
  startLink(): void;
  /** D: mark the article done, or back in progress. */
  toggleDone(): void;
}

interface ReaderViewProps {
  text: string;
  /** In text order. */
  spans: readonly Span[];
  selectedId: string | null;
  highlightIds: readonly string[];
  find: FindState;
  spanClasses?: ReadonlyMap<string, string>;
  /** Bumped when a change painted ahead could not be saved: paint the stored spans again. */
  repaint?: number;
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
  /** Scrolls a range of the text into view. */
  reveal(range: TextRange): void;
  /** Selects a range of the text (a find result) and gives the reader the keyboard, ready to tag it. */
  selectText(range: TextRange): void;
}

interface ReaderContext {
  spans: readonly Span[];
  selectedId: string | null;
  actions: ReaderActions;
  text: string;
  layout: TextLayout;
  /** Alt was held when the last mouse selection ended: keep its exact characters. */
  exactSelection: boolean;
}

const NO_CLASSES: ReadonlyMap<string, string> = new Map();

/**
 * A long article opens with its first lines only, about three times what the window can show (an
 * article the length of the corpus's opens whole); the rest is appended and painted in steps while the
 * browser is idle, and at once wherever the reader scrolls or jumps to first. A 1400×860 window shows
 * some 900 characters of an article (a 680 px column, 17 px type, lines 34 px apart): one
 * character per ~1,300 px² of window. Reaching one per 400 px² holds three windowfuls or more.
 */
function firstReach(): number {
  return Math.max(2_000, Math.round((window.innerWidth * window.innerHeight) / 400));
}
const IDLE_STEP = 12_000;
/** How far past the bottom of the window spans are painted while scrolling. */
const SCROLL_MARGIN = 6_000;

/** The article in a TipTap view that cannot be edited; spans are painted over it as decorations. */
export function ReaderView({
  text,
  spans,
  selectedId,
  highlightIds,
  find,
  spanClasses = NO_CLASSES,
  repaint = 0,
  revealRequest,
  actions,
  ref,
}: ReaderViewProps) {
  const layout = useMemo(() => textLayout(text), [text]);
  // The editor's handlers are created once; they read the latest props through this ref.
  const latest = useRef<ReaderContext>({ spans, selectedId, actions, layout, text, exactSelection: false });
  latest.current = { ...latest.current, spans, selectedId, actions, layout, text };

  // What the editor's first render paints: the props of the render that creates it. Sending the same
  // again from the effect below repaints nothing (the layer repaints only what differs).
  const shown = useRef({ spans, selectedId, highlightIds, find, spanClasses });
  shown.current = { spans, selectedId, highlightIds, find, spanClasses };
  const [first] = useState(() => firstPaint(() => ({ ...shown.current, text })));

  const editor = useEditor(
    {
      extensions: [Document, Paragraph, Text, SpanLayer.configure({ first })],
      // A long article starts with its first lines; the rest is appended after the first paint.
      content: textToDoc(firstLines(text, firstReach())),
      editable: false,
      // A reader, not an editor: no style sheet added at run time (styles.css has what the view needs),
      // and none of TipTap's editing extensions, whose key, paste, drop and delete handling a view that
      // cannot be edited never runs. Each costs the first paint of every article.
      injectCSS: false,
      enableInputRules: false,
      enablePasteRules: false,
      enableCoreExtensions: {
        keymap: false,
        delete: false,
        paste: false,
        drop: false,
        focusEvents: false,
        textDirection: false,
        tabindex: false,
      },
      editorProps: {
        attributes: {
          class: 'reader-text',
          tabindex: '0',
          role: 'document',
          'aria-readonly': 'true',
          'aria-label': 'Article text',
          'data-testid': 'reader-text',
        },
        decorations: firstDecorations(first),
        // A read-only view never calls handleKeyDown, so keys are taken as DOM events.
        handleDOMEvents: {
          keydown: (view, event) => {
            if (!handleKey(view, event, latest.current)) return false;
            event.preventDefault();
            return true;
          },
          mouseup: (_view, event) => {
            latest.current.exactSelection = event.altKey;
            return false;
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
      reveal(range) {
        if (editor && !editor.isDestroyed) reveal(editor.view, latest.current.layout, range.start);
      },
      selectText(range) {
        if (!editor || editor.isDestroyed) return;
        const view = editor.view;
        holdText(view, range.end);
        const from = offsetToPos(latest.current.layout, range.start);
        const to = offsetToPos(latest.current.layout, range.end);
        view.dom.focus({ preventScroll: true });
        // Set the DOM selection (what the label keys read) and ProseMirror's at once: on focus
        // ProseMirror restores its own selection unless the two agree.
        const anchor = view.domAtPos(from);
        const head = view.domAtPos(to);
        view.dom.ownerDocument
          .getSelection()
          ?.setBaseAndExtent(anchor.node, anchor.offset, head.node, head.offset);
        view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)));
        latest.current.exactSelection = true;
        reveal(view, latest.current.layout, range.start);
      },
    }),
    [editor],
  );

  const container = useRef<HTMLDivElement>(null);
  // The spans last sent from the database: while they stay the same, a change painted ahead stays.
  const sentSpans = useRef<readonly Span[] | null>(null);
  const sentRepaint = useRef(repaint);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const fresh = sentSpans.current !== spans || repaint !== sentRepaint.current;
    sentRepaint.current = repaint;
    sentSpans.current = spans;
    editor.view.dispatch(
      updateSpanLayer(
        withDomSelection(editor.view),
        fresh
          ? { spans, selectedId, highlightIds, find, spanClasses }
          : { selectedId, highlightIds, find, spanClasses },
      ),
    );
    // The ready signal for tests and tools: these spans are painted.
    if (container.current) container.current.dataset.ready = 'true';
  }, [editor, spans, selectedId, highlightIds, find, spanClasses, repaint]);

  // Appends and paints the rest of a long article: step by step while the browser is idle, and at
  // once up to just past the bottom of the window when the reader scrolls to the end of what is held.
  useEffect(() => {
    const scroller = container.current;
    if (!editor || editor.isDestroyed || !scroller) return;
    const view = editor.view;
    const paintedTo = () => spanLayerKey.getState(view.state)?.paintedTo ?? Number.POSITIVE_INFINITY;
    const reachTo = (reach: number) => {
      if (!view.isDestroyed) holdText(view, reach);
      const done = paintedTo() >= latest.current.layout.length;
      scroller.dataset.painted = done ? 'all' : 'partly';
      return done;
    };
    let idle = 0;
    const step = () => {
      if (!reachTo(paintedTo() + IDLE_STEP)) idle = requestIdleCallback(step, { timeout: 500 });
    };
    if (!reachTo(0)) idle = requestIdleCallback(step, { timeout: 500 });
    let frame = 0;
    const onScroll = () => {
      if (frame || paintedTo() >= latest.current.layout.length) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        reachTo(offsetAtBottom(view, scroller, latest.current.layout) + SCROLL_MARGIN);
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelIdleCallback(idle);
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [editor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed || revealRequest === 0) return;
    const { selectedId: id, spans: current, layout: lay } = latest.current;
    const span = current.find((s) => s.id === id);
    if (span) reveal(editor.view, lay, span.start);
  }, [editor, revealRequest]);

  return (
    <div className="reader-scroll" data-testid="reader" ref={container}>
      <EditorContent editor={editor} />
    </div>
  );
}

/** The text offset at the bottom of the scrolled window. */
function offsetAtBottom(view: EditorView, scroller: HTMLElement, layout: TextLayout): number {
  const box = scroller.getBoundingClientRect();
  const content = view.dom.getBoundingClientRect();
  const found = view.posAtCoords({ left: content.left + content.width / 2, top: box.bottom - 4 });
  if (found) return posToOffset(layout, found.pos);
  // Below the last line held so far (or in a gap): that line.
  return spanLayerKey.getState(view.state)?.paintedTo ?? layout.length;
}

/** Appends the article's lines up to this offset to the view, if it does not hold them yet. */
function holdText(view: EditorView, reach: number): void {
  const tr = reachTransaction(view.state, withDomSelection(view), reach);
  if (tr) view.dispatch(tr);
}

/** Scrolls the text at this offset to the middle of the window, the lines after it painted too. */
function reveal(view: EditorView, layout: TextLayout, offset: number): void {
  holdText(view, offset + SCROLL_MARGIN);
  const { node } = view.domAtPos(offsetToPos(layout, offset));
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center' });
}

/**
 * A transaction that carries the selection the DOM shows now. Repainting decorations makes
 * ProseMirror write its own selection back to the DOM, and in a read-only view its copy can lag
 * a mouse selection by one "selectionchange" event; this keeps the user's selection.
 */
function withDomSelection(view: EditorView): Transaction {
  const tr = view.state.tr;
  // Only a focused reader can hold the user's selection (a click gives it focus); reading the DOM
  // selection lays out the page, which is worth avoiding on the first paint of a long article.
  if (view.dom.ownerDocument.activeElement !== view.dom) return tr;
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return tr;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return tr;
  const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
  return tr.setSelection(TextSelection.create(tr.doc, anchor, head));
}

/** The selection inside the reader as a text range (not yet trimmed or snapped), or null. */
function domSelectionRange(view: EditorView, layout: TextLayout): TextRange | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  const anchor = posToOffset(layout, view.posAtDOM(selection.anchorNode, selection.anchorOffset));
  const focus = posToOffset(layout, view.posAtDOM(selection.focusNode, selection.focusOffset));
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

/** The fields a span needs to be painted before the database has it. */
const PENDING: Span = {
  id: '',
  docId: '',
  start: 0,
  end: 0,
  label: 'CLAIM',
  annotator: '',
  status: 'accepted',
  note: '',
  attrs: {},
  created: '',
  updated: '',
};

/**
 * Paints a change the moment its key is pressed. The spans from the database replace these as
 * soon as the change is saved, so what stays on screen is always what is stored.
 */
function paintAhead(view: EditorView, spans: readonly Span[]): void {
  view.dispatch(updateSpanLayer(withDomSelection(view), { spans }));
}

function applyLabel(view: EditorView, label: Label, ctx: ReaderContext): void {
  const raw = domSelectionRange(view, ctx.layout);
  // A selection that starts or ends inside a word takes the whole word, unless Alt was held.
  const range =
    raw &&
    (ctx.exactSelection
      ? trimRange(ctx.text, raw.start, raw.end)
      : snapToWords(ctx.text, raw.start, raw.end));
  if (range) {
    if (ctx.actions.tag(label, range.start, range.end)) {
      const pending: Span = {
        ...PENDING,
        id: `pending-${Date.now()}`,
        start: range.start,
        end: range.end,
        label,
      };
      paintAhead(
        view,
        [...ctx.spans, pending].sort((x, y) => x.start - y.start || y.end - x.end),
      );
    }
    // Collapse through ProseMirror, so that its selection and the DOM's agree at once.
    const end = offsetToPos(ctx.layout, range.end);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, end)));
    ctx.exactSelection = false;
  } else if (ctx.selectedId) {
    const id = ctx.selectedId;
    if (ctx.actions.relabel(id, label))
      paintAhead(
        view,
        ctx.spans.map((s) => (s.id === id ? { ...s, label } : s)),
      );
  }
}

function handleKey(view: EditorView, event: KeyboardEvent, ctx: ReaderContext): boolean {
  // Keys act on what is painted, which may be ahead of the props: a second key press can come before
  // the database has confirmed the first. (The next render sets the props' spans again.)
  ctx.spans = spanLayerKey.getState(view.state)?.spans ?? ctx.spans;
  const { spans, selectedId, actions } = ctx;
  const selected = spans.find((span) => span.id === selectedId);
  if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') return handleArrow(view, event, ctx, selected);
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const label = labelForKey(event.key);
  if (label) {
    applyLabel(view, label, ctx);
    return true;
  }
  switch (event.key.length === 1 ? event.key.toLowerCase() : event.key) {
    case 'Delete':
    case 'Backspace':
      if (selected && actions.remove(selected.id))
        paintAhead(
          view,
          spans.filter((s) => s.id !== selected.id),
        );
      return true;
    case 'Escape':
      actions.select(null);
      return true;
    case 'Enter':
      if (selected) actions.openDetails();
      return true;
    case 'r':
      if (selected?.label === 'CLAIM') actions.startLink();
      return true;
    case 'd':
      actions.toggleDone();
      return true;
    case 'Tab': {
      if (spans.length === 0) return false;
      const index = spans.findIndex((span) => span.id === selectedId);
      const step = event.shiftKey ? -1 : 1;
      const next =
        index === -1 ? (event.shiftKey ? spans.length - 1 : 0) : (index + step + spans.length) % spans.length;
      const span = spans[next] as Span;
      actions.select(span.id);
      reveal(view, ctx.layout, span.start);
      return true;
    }
    default:
      // Printable keys do nothing in the read-only text.
      return event.key.length === 1;
  }
}

/**
 * Shift+←/→ moves the selected span's end, Alt+Shift+←/→ its start, by word (with Ctrl by
 * character). With no span selected, Shift+←/→ extends the text selection.
 */
function handleArrow(
  view: EditorView,
  event: KeyboardEvent,
  ctx: ReaderContext,
  selected: Span | undefined,
): boolean {
  if (!event.shiftKey) return false;
  const direction = event.key === 'ArrowRight' ? 1 : -1;
  if (selected) {
    const moved = moveBoundary(
      ctx.text,
      selected,
      event.altKey ? 'start' : 'end',
      direction,
      event.ctrlKey || event.metaKey ? 'character' : 'word',
    );
    if (moved.start !== selected.start || moved.end !== selected.end)
      if (ctx.actions.resize(selected.id, moved.start, moved.end)) {
        paintAhead(
          view,
          ctx.spans.map((s) => (s.id === selected.id ? { ...s, ...moved } : s)),
        );
      }
    return true;
  }
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !view.dom.contains(selection.anchorNode)) return false;
  selection.modify('extend', direction > 0 ? 'forward' : 'backward', event.ctrlKey ? 'word' : 'character');
  return true;
}
