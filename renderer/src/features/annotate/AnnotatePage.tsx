import { useObservable } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findMatches } from '../../anchoring/find-matches';
import { db } from '../../db/database';
import { documentFeed } from '../../db/document-feed';
import { setDocumentStatus } from '../../db/documents';
import { addRelation, deleteRelation, setRelationAttrs } from '../../db/relations';
import {
  addSpan,
  addSpans,
  deleteSpan,
  relabelSpan,
  resizeSpan,
  setSpanAttrs,
  setSpanNote,
} from '../../db/spans';
import { LABEL_STYLES } from '../../editor/label-style';
import { type ReaderActions, type ReaderHandle, ReaderView } from '../../editor/ReaderView';
import { type ClaimStructure, claimStructures } from '../../model/claim-structure';
import { LABEL_SHORTCUTS } from '../../model/label-keys';
import { parseQuantity } from '../../model/quantity/parse-quantity';
import { cueBetween } from '../../model/relation-cue';
import { DOC_STATUSES, type DocStatus, LABELS, type Label, type Span } from '../../model/types';
import { STATUS_NAMES } from '../library/status-names';
import { FindBar } from './FindBar';
import { LinkPicker } from './LinkPicker';
import { SpanDetails } from './SpanDetails';
import { SpanPanel } from './SpanPanel';
import { useAfterFirstPaint } from './use-after-first-paint';

interface AnnotatePageProps {
  docId: string;
  annotator: string | undefined;
  /** Bumped by Ctrl+F or the menu. */
  findRequest: number;
  /** What findRequest was when the article was chosen: a Ctrl+F since, while it was read, opens find. */
  findAtOpen: number;
  onUndo(): void;
  onRedo(): void;
  onError(message: string): void;
}

const RELAY_CUES = ['dikutip dari', 'mengutip', 'according to', 'via'];
const NO_IDS: readonly string[] = [];
const NO_STRUCTURES: ReadonlyMap<string, ClaimStructure> = new Map();

export function AnnotatePage({
  docId,
  annotator,
  findRequest,
  findAtOpen,
  onUndo,
  onRedo,
  onError,
}: AnnotatePageProps) {
  // Live queries shared with App's preload: when it has read the document, the first render has it all.
  const feed = useMemo(() => documentFeed(db, docId), [docId]);
  const doc = useObservable(() => feed.doc, [feed]);
  const allSpans = useObservable(() => feed.spans, [feed]);
  const relations = useObservable(() => feed.relations, [feed]);
  const history = useObservable(() => feed.history, [feed]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [revealRequest, setRevealRequest] = useState(0);
  const [detailsFocus, setDetailsFocus] = useState(0);
  const [linking, setLinking] = useState(false);
  const [highlightIds, setHighlightIds] = useState<readonly string[]>(NO_IDS);
  // Open while the last Ctrl+F (findRequest) has not been answered by closing, or after the Find button;
  // derived in render so that the query typed right after Ctrl+F lands in the find box.
  const [findClosedAt, setFindClosedAt] = useState(findAtOpen);
  const [findButton, setFindButton] = useState(false);
  const findOpen = findButton || findRequest !== findClosedAt;
  const setFindOpen = (open: boolean) => {
    setFindButton(open);
    if (!open) setFindClosedAt(findRequest);
  };
  const [shownLayers, setShownLayers] = useState<ReadonlySet<string> | null>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const reader = useRef<ReaderHandle>(null);

  useEffect(() => {
    if (doc) document.title = `${doc.meta.title} — Tandai`;
  }, [doc]);

  const text = doc?.text ?? '';
  // Every layer on this article, mine always among them.
  const layers = useMemo(
    () =>
      [
        ...new Set([...(annotator ? [annotator] : []), ...(allSpans ?? []).map((span) => span.annotator)]),
      ].sort(),
    [allSpans, annotator],
  );
  const visible = useMemo(
    () => shownLayers ?? new Set(annotator ? [annotator] : layers),
    [shownLayers, annotator, layers],
  );
  const spans = useMemo(() => allSpans?.filter((span) => visible.has(span.annotator)), [allSpans, visible]);
  // With colleagues' layers shown, each layer gets its own marker over its text (mine none).
  const layerClasses = useMemo(() => {
    const classes = new Map<string, string>();
    if (visible.size < 2) return classes;
    const others = layers.filter((name) => name !== annotator);
    for (const span of spans ?? []) {
      const index = others.indexOf(span.annotator);
      if (index >= 0) classes.set(span.id, `layer-${index % 4}`);
    }
    return classes;
  }, [spans, visible, layers, annotator]);
  const matches = useMemo(() => (findOpen ? findMatches(text, query) : []), [findOpen, text, query]);
  const find = useMemo(
    () => ({ matches, current: Math.min(current, matches.length - 1) }),
    [matches, current],
  );
  useEffect(() => {
    const match = find.matches[find.current];
    if (match) reader.current?.reveal(match);
  }, [find]);
  // The article paints first; the span list (and the claim structures only it and the details use) in
  // the next frame. On a long article the list's render and layout would otherwise hold the first paint.
  const articlePainted = useAfterFirstPaint(doc !== undefined && allSpans !== undefined);
  const structuresShown = articlePainted || selectedId !== null;
  const structures = useMemo(
    () => (structuresShown ? claimStructures(spans ?? [], relations ?? []) : NO_STRUCTURES),
    [structuresShown, spans, relations],
  );
  const hover = useCallback((ids: readonly string[]) => setHighlightIds(ids.length ? ids : NO_IDS), []);

  const pick = useCallback((id: string) => {
    setSelectedId(id);
    setRevealRequest((n) => n + 1);
    reader.current?.focus();
  }, []);
  const [repaint, setRepaint] = useState(0);
  const fail = useCallback(
    (error: unknown) => {
      setRepaint((n) => n + 1);
      onError(`Could not save the change: ${String(error)}`);
    },
    [onError],
  );
  const latest = useRef({ spans, text, linking, doc, selectedId });
  latest.current = { spans, text, linking, doc, selectedId };

  const link = useCallback(
    (claimId: string, source: Span) => {
      const claim = latest.current.spans?.find((span) => span.id === claimId);
      if (!claim || !annotator) return;
      const cue = cueBetween(latest.current.text, claim, source);
      const role =
        source.attrs.role === 'relay' || RELAY_CUES.includes(cue.toLowerCase()) ? 'relay' : 'primary';
      addRelation(db, {
        docId,
        type: 'attributed_to',
        from: claim.id,
        to: source.id,
        attrs: { role, cue },
        annotator,
      }).catch(fail);
      setLinking(false);
      setHighlightIds(NO_IDS);
      reader.current?.focus();
    },
    [annotator, docId, fail],
  );

  // A colleague's own spans are never changed here: they are reviewed, not edited.
  const mine = useCallback(
    (id: string) => {
      const span = latest.current.spans?.find((s) => s.id === id);
      if (span && span.annotator !== annotator) {
        onError(`That is ${span.annotator}’s tag: review it instead of changing it.`);
        return false;
      }
      return true;
    },
    [annotator, onError],
  );

  const actions = useMemo<ReaderActions>(
    () => ({
      tag(label, start, end) {
        if (!annotator) {
          onError('Enter your name first: every tag records who made it.');
          return false;
        }
        const surface = latest.current.text.slice(start, end);
        const attrs =
          label === 'QUANTITY'
            ? (parseQuantity(surface, latest.current.text.slice(end, end + 60)) ?? {})
            : {};
        addSpan(db, { docId, start, end, label, annotator, attrs: { ...attrs } }).then(
          (span) => setSelectedId(span.id),
          fail,
        );
        return true;
      },
      relabel(id, label) {
        if (!mine(id)) return false;
        relabelSpan(db, docId, id, label).catch(fail);
        return true;
      },
      resize(id, start, end) {
        if (!mine(id)) return false;
        resizeSpan(db, docId, id, start, end).catch(fail);
        return true;
      },
      remove(id) {
        if (!mine(id)) return false;
        deleteSpan(db, docId, id).catch(fail);
        setSelectedId(null);
        return true;
      },
      select(id) {
        const { linking: isLinking, spans: current, selectedId: claimId } = latest.current;
        if (isLinking) {
          // While linking, a click on a source picks it; other clicks keep the claim selected.
          const span = current?.find((s) => s.id === id);
          if (span?.label === 'SOURCE' && claimId) link(claimId, span);
          return;
        }
        setSelectedId(id);
      },
      openDetails() {
        setDetailsFocus((n) => n + 1);
      },
      startLink() {
        setLinking(true);
      },
      toggleDone() {
        const status = latest.current.doc?.status === 'done' ? 'in_progress' : 'done';
        setDocumentStatus(db, docId, status).catch(fail);
      },
    }),
    [annotator, docId, fail, onError, link, mine],
  );

  if (!doc || !spans || !relations) return <main className="reader-pane" aria-busy="true" />;
  const selected = spans.find((span) => span.id === selectedId);
  const backToReader = () => reader.current?.focus();

  return (
    <>
      <main className="reader-pane">
        <div className="label-toolbar" role="toolbar" aria-label="Tag">
          {LABELS.map((label) => (
            <LabelButton key={label} label={label} onLabel={(l) => reader.current?.applyLabel(l)} />
          ))}
          <button
            type="button"
            className="label-button"
            disabled={!selected}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => selected && actions.remove(selected.id)}
            title="Remove the selected span (Delete)"
          >
            Remove <kbd>Del</kbd>
          </button>
          {layers.length > 1 && (
            <fieldset className="layer-chips chips" aria-label="Layers shown">
              <span className="muted">Layers</span>
              {layers.map((name) => (
                <button
                  key={name}
                  type="button"
                  className="chip"
                  aria-pressed={visible.has(name)}
                  onClick={() => {
                    const next = new Set(visible);
                    if (!next.delete(name)) next.add(name);
                    setShownLayers(next);
                  }}
                >
                  {name === annotator ? `${name} (me)` : name}
                </button>
              ))}
            </fieldset>
          )}
          <span className="toolbar-gap" />
          <button
            type="button"
            disabled={!history?.undo}
            onClick={onUndo}
            title={history?.undo ? `Undo: ${history.undo} (Ctrl+Z)` : 'Nothing to undo'}
          >
            Undo
          </button>
          <button
            type="button"
            disabled={!history?.redo}
            onClick={onRedo}
            title={history?.redo ? `Redo: ${history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          >
            Redo
          </button>
          <button type="button" onClick={() => setFindOpen(true)} title="Find in the article (Ctrl+F)">
            Find <kbd>Ctrl+F</kbd>
          </button>
          <label className="status-select" title="Article status (D marks it done)">
            <span className="muted">Status</span>
            <select
              value={doc.status}
              aria-label="Article status"
              onChange={(event) => setDocumentStatus(db, docId, event.target.value as DocStatus).catch(fail)}
            >
              {DOC_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_NAMES[status]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {findOpen && (
          <FindBar
            query={query}
            count={matches.length}
            current={find.current}
            onQuery={(value) => {
              setQuery(value);
              setCurrent(-1);
            }}
            onStep={(step) => {
              const count = matches.length;
              if (count > 0) setCurrent((index) => (Math.min(index, count - 1) + step + count) % count);
            }}
            onTagAll={(label) => {
              if (!annotator) return onError('Enter your name first: every tag records who made it.');
              const inputs = matches.map((m) => ({ docId, start: m.start, end: m.end, label, annotator }));
              addSpans(db, docId, inputs, `Tag ${matches.length} matches as ${label.toLowerCase()}`).catch(
                fail,
              );
            }}
            onClose={() => {
              // Closing on a match leaves it selected in the reader, ready for a label key.
              const match = matches[find.current];
              setFindOpen(false);
              if (match) reader.current?.selectText(match);
              else backToReader();
            }}
          />
        )}
        <article className="reader-article">
          <ReaderView
            key={doc.id}
            text={doc.text}
            spans={spans}
            selectedId={selectedId}
            highlightIds={highlightIds}
            find={find}
            spanClasses={layerClasses}
            revealRequest={revealRequest}
            repaint={repaint}
            actions={actions}
            ref={reader}
          />
        </article>
      </main>
      <aside className="span-panel" aria-label="Spans">
        {linking && selected?.label === 'CLAIM' ? (
          <LinkPicker
            text={doc.text}
            sources={spans.filter((span) => span.label === 'SOURCE')}
            onPick={(source) => link(selected.id, source)}
            onCancel={() => {
              setLinking(false);
              setHighlightIds(NO_IDS);
              backToReader();
            }}
            onHover={hover}
          />
        ) : (
          selected && (
            <SpanDetails
              key={selected.id}
              text={doc.text}
              span={selected}
              structure={structures.get(selected.id)}
              focusRequest={detailsFocus}
              onNote={(note) => setSpanNote(db, docId, selected.id, note).catch(fail)}
              onAttrs={(attrs) => setSpanAttrs(db, docId, selected.id, attrs).catch(fail)}
              onRelationAttrs={(relation, attrs) => setRelationAttrs(db, relation.id, attrs).catch(fail)}
              onUnlink={(relation) => deleteRelation(db, relation.id).catch(fail)}
              onStartLink={() => setLinking(true)}
              onHover={hover}
              onClose={backToReader}
            />
          )
        )}
        <header className="pane-header">
          <h2>Spans</h2>
          <span className="muted">{spans.length}</span>
        </header>
        {articlePainted ? (
          <SpanPanel
            text={doc.text}
            spans={spans}
            structures={structures}
            selectedId={selectedId}
            onHover={hover}
            onPick={pick}
          />
        ) : (
          <p className="empty muted" aria-busy="true" />
        )}
      </aside>
    </>
  );
}

function LabelButton({ label, onLabel }: { label: Label; onLabel(label: Label): void }) {
  return (
    // Acts on mousedown's default being prevented: the text selection stays where it is.
    <button
      type="button"
      className="label-button"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onLabel(label)}
      title={`Tag the selection, or relabel the selected span (${LABEL_SHORTCUTS[label]})`}
    >
      <span className="swatch" style={{ background: LABEL_STYLES[label].color }} />
      {LABEL_STYLES[label].name}
      <kbd>{LABEL_SHORTCUTS[label]}</kbd>
    </button>
  );
}
