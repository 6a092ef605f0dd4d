import { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { firstLines } from '../anchoring/text-positions';
import type { Label, Span } from '../model/types';
import {
  changedRanges,
  firstPaint,
  reachTransaction,
  spanLayerKey,
  spanLayerPlugin,
  updateSpanLayer,
} from './span-layer';
import { textToDoc } from './text-to-doc';

const schema = new Schema({
  nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} },
});
const text = [
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim',
  'lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.',
  '',
  'Kepala Staf Gabungan Korsel dikutip dari The Japan Times.',
].join('\n');

function span(id: string, start: number, end: number, label: Label): Span {
  return {
    id,
    docId: 'd',
    start,
    end,
    label,
    annotator: 'ana',
    status: 'accepted',
    note: '',
    attrs: {},
    created: '',
    updated: '',
  };
}

function stateWith(spans: readonly Span[], from?: EditorState): EditorState {
  const base =
    from ?? EditorState.create({ doc: schema.nodeFromJSON(textToDoc(text)), plugins: [spanLayerPlugin()] });
  return base.apply(updateSpanLayer(base.tr, { spans }));
}

/** A view's state that starts with the article's first lines up to `reach`, its spans in place. */
function openedWith(spans: readonly Span[], reach: number): EditorState {
  return EditorState.create({
    doc: schema.nodeFromJSON(textToDoc(firstLines(text, reach))),
    plugins: [spanLayerPlugin(firstPaint(() => ({ spans, text })))],
  });
}

/** Appends the lines up to `reach`, as the reader does while idle or scrolling. */
function widened(state: EditorState, reach: number): EditorState {
  const tr = reachTransaction(state, state.tr, reach);
  return tr ? state.apply(tr) : state;
}

const whole = (state: EditorState) => state.doc.textBetween(0, state.doc.content.size, '\n');

const secondLine = text.indexOf('\n') + 1;

/**
 * What is painted: every decoration's text and attributes, line by line (as the browser draws it: a
 * decoration over a line break is drawn as one element per paragraph), in order.
 */
function painted(state: EditorState) {
  const decorations = spanLayerKey.getState(state)?.decorations.find() ?? [];
  return decorations
    .flatMap((d) => {
      const pieces: { text: string; attrs: unknown }[] = [];
      state.doc.nodesBetween(d.from, d.to, (node, pos) => {
        if (!node.isTextblock) return true;
        const from = Math.max(d.from, pos + 1);
        const to = Math.min(d.to, pos + 1 + node.content.size);
        if (from < to)
          pieces.push({
            text: state.doc.textBetween(from, to),
            attrs: (d as unknown as { type: { attrs: unknown } }).type.attrs,
          });
        return false;
      });
      return pieces;
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

// A seeded shuffle of spans over the text: nested, overlapping, across the line breaks.
function randomSpans(seed: number, count: number): Span[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const labels: Label[] = ['CLAIM', 'SOURCE', 'QUANTITY'];
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(next() * (text.length - 10));
    const end = Math.min(text.length, start + 1 + Math.floor(next() * 60));
    return span(`s${i}`, start, end, labels[i % 3] as Label);
  });
}

describe('span layer: repainting only what changed', () => {
  it('paints the same as a full repaint after relabel, resize, add and delete', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const spans = randomSpans(seed, 25);
      const before = stateWith(spans);
      const edits: Span[][] = [
        spans.map((s, i) => (i === seed % 25 ? { ...s, label: 'QUANTITY' as Label } : s)),
        spans.map((s, i) => (i === (seed * 3) % 25 ? { ...s, end: Math.min(text.length, s.end + 7) } : s)),
        [...spans, span('new', 5, 40, 'CLAIM')],
        spans.filter((_, i) => i !== (seed * 7) % 25),
      ];
      for (const edited of edits) {
        expect(painted(stateWith(edited, before))).toEqual(painted(stateWith(edited)));
      }
    }
  });

  it('paints the same as a full repaint after selecting, highlighting, layer classes and find', () => {
    type Overlay = NonNullable<Parameters<typeof updateSpanLayer>[1]>;
    const fresh = (overlay: Overlay) =>
      EditorState.create({
        doc: schema.nodeFromJSON(textToDoc(text)),
        plugins: [spanLayerPlugin(firstPaint(() => overlay))],
      });
    for (let seed = 1; seed <= 20; seed++) {
      const spans = randomSpans(seed, 25);
      const id = (i: number) => (spans[i % 25] as Span).id;
      const steps: Overlay[] = [
        { selectedId: id(seed) },
        { selectedId: id(seed * 5) },
        { highlightIds: [id(seed), id(seed + 7)] },
        { spanClasses: new Map([[id(seed * 2), 'layer-0']]) },
        {
          spanClasses: new Map([
            [id(seed * 2), 'layer-1'],
            [id(seed * 3), 'layer-0'],
          ]),
        },
        {
          find: {
            matches: [
              { start: 0, end: 9 },
              { start: 60, end: 70 },
            ],
            current: 1,
          },
        },
        { highlightIds: [], selectedId: null },
        { spans: spans.filter((_, i) => i !== seed % 25), selectedId: id(seed + 1) },
        { find: { matches: [], current: -1 } },
      ];
      let state = fresh({ spans });
      let overlay: Overlay = { spans };
      for (const step of steps) {
        state = state.apply(updateSpanLayer(state.tr, step));
        overlay = { ...overlay, ...step };
        expect(painted(state)).toEqual(painted(fresh(overlay)));
      }
    }
  });

  it('paints spans with the same extent alike whatever order they come in', () => {
    const a = { ...span('a', 10, 30, 'CLAIM'), created: '2026-01-01T00:00:00Z' };
    const b = { ...span('b', 10, 30, 'SOURCE'), created: '2026-01-02T00:00:00Z' };
    expect(painted(stateWith([b, a]))).toEqual(painted(stateWith([a, b])));
    // The database may hand them back in another order after an edit elsewhere: nothing changes.
    expect(painted(stateWith([b, a], stateWith([a, b])))).toEqual(painted(stateWith([a, b])));
  });

  it('finds the ranges whose painting changed, or none', () => {
    const spans = [span('a', 0, 9, 'SOURCE'), span('b', 20, 30, 'CLAIM'), span('c', 40, 50, 'CLAIM')];
    expect(
      changedRanges(
        spans,
        spans.map((s) => ({ ...s, note: 'noted' })),
      ),
    ).toEqual([]);
    expect(
      changedRanges(spans, [spans[0] as Span, { ...(spans[1] as Span), end: 35 }, spans[2] as Span]),
    ).toEqual([
      { start: 20, end: 30 },
      { start: 20, end: 35 },
    ]);
    expect(changedRanges(spans, [spans[1] as Span, spans[2] as Span])).toEqual([{ start: 0, end: 9 }]);
    // Two changes far apart are two ranges, not the whole stretch between them.
    expect(
      changedRanges(spans, [
        { ...(spans[0] as Span), label: 'QUANTITY' },
        spans[1] as Span,
        span('d', 60, 70, 'SOURCE'),
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 0, end: 9 },
      { start: 60, end: 70 },
      { start: 40, end: 50 },
    ]);
  });
});

describe('span layer: a long article opens with its first lines, the rest appended', () => {
  it('holds and paints whole lines up to the reach, then the rest as it widens', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const spans = randomSpans(seed, 25);
      // Reaching into the first line holds and paints the first line, and only it.
      const first = openedWith(spans, 10);
      expect(whole(first)).toBe(text.slice(0, secondLine - 1));
      expect(spanLayerKey.getState(first)?.paintedTo).toBe(secondLine);
      for (const piece of painted(first)) expect(text.slice(0, secondLine)).toContain(piece.text);
      const all = widened(first, text.length);
      expect(whole(all)).toBe(text);
      expect(painted(all)).toEqual(painted(stateWith(spans)));
      // Step by step, too.
      let state = first;
      for (let reach = 20; reach <= text.length + 20; reach += 20) state = widened(state, reach);
      expect(whole(state)).toBe(text);
      expect(painted(state)).toEqual(painted(stateWith(spans)));
    }
  });

  it('keeps edits beyond the lines held until they come, and repaints those inside at once', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const spans = randomSpans(seed, 25);
      const first = openedWith(spans, 10);
      const edited = [
        ...spans.filter((_, i) => i !== seed % 25),
        span('late', text.length - 12, text.length, 'SOURCE'),
      ];
      const early = [...spans, span('early', 0, 9, 'CLAIM')];
      for (const next of [edited, early]) {
        const patched = stateWith(next, first);
        expect(spanLayerKey.getState(patched)?.paintedTo).toBe(secondLine);
        expect(painted(widened(patched, text.length))).toEqual(painted(stateWith(next)));
      }
      // An edit inside the held lines shows at once, as if the article had opened with it.
      expect(painted(stateWith(early, first))).toEqual(painted(openedWith(early, 10)));
      expect(painted(stateWith(early, first))).not.toEqual(painted(first));
    }
  });

  it('refuses every other change to the text', () => {
    const state = openedWith([], 10);
    const typed = state.apply(state.tr.insertText('x', 3));
    expect(whole(typed)).toBe(whole(state));
    const appended = state.apply(state.tr.insert(state.doc.content.size, schema.node('paragraph')));
    expect(appended.doc.childCount).toBe(state.doc.childCount);
  });
});
