import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { moveBoundary } from '../../anchoring/move-boundary';
import { db } from '../../db/database';
import { datasetDocuments } from '../../db/dataset-documents';
import { getDocument } from '../../db/documents';
import { type Decision, decide } from '../../db/review';
import { spansOfDocument } from '../../db/spans';
import { LABEL_STYLES } from '../../editor/label-style';
import { type ReaderActions, type ReaderHandle, ReaderView } from '../../editor/ReaderView';
import type { SpanMatchKind } from '../../model/agreement/match-spans';
import { writeDisagreements } from '../../model/formats/disagreements';
import { labelForKey } from '../../model/label-keys';
import { proposedVersion, REVIEWED, type ReviewItem, reviewItems } from '../../model/review';
import type { Label, Span } from '../../model/types';

interface ReviewPageProps {
  docId: string;
  reviewer: string;
  onError(message: string): void;
  /** Saves a file through the bridge, chunk by chunk. */
  onSave(name: string, chunks: Iterable<string>): void;
}

const KIND_NAMES: Record<SpanMatchKind, string> = {
  agreed: 'Agreed',
  boundary: 'Boundary mismatch',
  label: 'Label mismatch',
  'only-a': 'Only in A',
  'only-b': 'Only in B',
};

const NO_FIND = { matches: [], current: -1 };
type Draft = { start: number; end: number; label: Label };

/**
 * Review of two colleagues' layers on one article: every pair of spans shown as agreed, boundary or
 * label mismatch, or only in one layer; decisions go into the reviewed layer, one key each.
 */
export function ReviewPage({ docId, reviewer, onError, onSave }: ReviewPageProps) {
  const doc = useLiveQuery(() => getDocument(db, docId), [docId]);
  const spans = useLiveQuery(() => spansOfDocument(db, docId), [docId]);
  const annotators = useMemo(
    () =>
      [...new Set((spans ?? []).map((span) => span.annotator))].filter((name) => name !== REVIEWED).sort(),
    [spans],
  );
  const [chosen, setChosen] = useState<[string, string] | null>(null);
  const [a, b] = chosen ?? [annotators[0] ?? '', annotators[1] ?? ''];
  const items = useMemo(() => (spans && a && b ? reviewItems(spans, a, b) : []), [spans, a, b]);
  const [index, setIndex] = useState(0);
  const [prefer, setPrefer] = useState<'a' | 'b'>('a');
  const [draft, setDraft] = useState<Draft | null>(null);
  const reader = useRef<ReaderHandle>(null);
  const list = useRef<HTMLOListElement>(null);
  const current = items[Math.min(index, items.length - 1)];

  const shownSpans = useMemo(
    () => (spans ?? []).filter((span) => span.annotator === a || span.annotator === b),
    [spans, a, b],
  );
  const spanClasses = useMemo(() => {
    const classes = new Map<string, string>();
    for (const item of items) {
      for (const span of [item.a, item.b]) if (span) classes.set(span.id, `kind-${item.kind}`);
    }
    return classes;
  }, [items]);
  const highlightIds = useMemo(
    () => [current?.a?.id, current?.b?.id].filter((id): id is string => Boolean(id)),
    [current],
  );

  const record = useCallback(
    (decisions: { item: ReviewItem; version: Span; status: Decision }[], description: string) => {
      decide(db, docId, decisions, reviewer, description).catch((error: unknown) =>
        onError(`Could not save the decision: ${String(error)}`),
      );
    },
    [docId, reviewer, onError],
  );

  const step = useCallback(
    (direction: 1 | -1, disagreementsOnly: boolean) => {
      if (items.length === 0) return;
      let next = index;
      for (let tries = 0; tries < items.length; tries++) {
        next = (next + direction + items.length) % items.length;
        if (!disagreementsOnly || items[next]?.kind !== 'agreed') break;
      }
      setIndex(next);
      setPrefer('a');
      setDraft(null);
    },
    [index, items],
  );

  const latest = useRef({ current, prefer, draft, step, record, text: doc?.text ?? '' });
  latest.current = { current, prefer, draft, step, record, text: doc?.text ?? '' };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea') || event.ctrlKey || event.metaKey) return;
      if (handleReviewKey(event, latest.current, setDraft, setPrefer)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const span = current?.a ?? current?.b;
    if (span) reader.current?.reveal(span);
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const actions = useMemo<ReaderActions>(
    () => ({
      tag: () => false,
      relabel: () => false,
      resize: () => false,
      remove: () => false,
      select(id) {
        const at = items.findIndex((item) => item.a?.id === id || item.b?.id === id);
        if (at >= 0) setIndex(at);
      },
      openDetails: () => undefined,
      startLink: () => undefined,
      toggleDone: () => undefined,
    }),
    [items],
  );

  if (!doc || !spans) return <main className="reader-pane" aria-busy="true" />;
  if (annotators.length < 2) {
    return (
      <main className="reader-pane placeholder">
        <p className="muted">
          Review compares two annotators’ tags on this article: import a colleague’s file first.
        </p>
      </main>
    );
  }
  const counts = countKinds(items);
  const undecidedAgreed = items.filter((item) => item.kind === 'agreed' && !item.decision);

  return (
    <>
      <main className="reader-pane">
        <div className="label-toolbar review-toolbar" role="toolbar" aria-label="Review">
          <label className="status-select">
            <span className="muted">A</span>
            <select
              aria-label="Annotator A"
              value={a}
              onChange={(event) => setChosen([event.target.value, b])}
            >
              {annotators.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label className="status-select">
            <span className="muted">B</span>
            <select
              aria-label="Annotator B"
              value={b}
              onChange={(event) => setChosen([a, event.target.value])}
            >
              {annotators.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={undecidedAgreed.length === 0}
            onClick={() =>
              record(
                undecidedAgreed.map((item) => ({ item, version: proposedVersion(item), status: 'accepted' })),
                `Accept ${undecidedAgreed.length} agreed`,
              )
            }
          >
            Accept all agreed ({undecidedAgreed.length})
          </button>
          <button
            type="button"
            title="Every disagreement between A and B in all articles, with both versions (JSONL)"
            onClick={() =>
              datasetDocuments(db, { annotators: [a, b] })
                .then((docs) =>
                  onSave(`tandai-disagreements-${a}-${b}.jsonl`, writeDisagreements(docs, a, b)),
                )
                .catch((error: unknown) => onError(`Could not export: ${String(error)}`))
            }
          >
            Export disagreements
          </button>
          <span className="toolbar-gap" />
          <span className="toolbar-hint muted">
            J/K next/previous disagreement · A accept · X reject · E edit · V other version
          </span>
        </div>
        <article className="reader-article">
          <ReaderView
            key={doc.id}
            text={doc.text}
            spans={shownSpans}
            selectedId={null}
            highlightIds={highlightIds}
            find={NO_FIND}
            spanClasses={spanClasses}
            revealRequest={0}
            actions={actions}
            ref={reader}
          />
        </article>
      </main>
      <aside className="span-panel review-panel" aria-label="Review">
        <div className="kind-counts" data-testid="kind-counts">
          {(Object.keys(KIND_NAMES) as SpanMatchKind[]).map((kind) => (
            <span key={kind} className={`kind-badge kind-${kind}`} data-kind={kind}>
              {KIND_NAMES[kind]} {counts[kind]}
            </span>
          ))}
        </div>
        {current && <CurrentItem text={doc.text} item={current} a={a} b={b} prefer={prefer} draft={draft} />}
        <ol className="review-list" ref={list} data-testid="review-list">
          {items.map((item, i) => (
            <li key={item.key}>
              <button
                type="button"
                className="review-item"
                aria-current={item === current ? 'true' : undefined}
                data-kind={item.kind}
                data-decision={item.decision?.status ?? 'pending'}
                onClick={() => {
                  setIndex(i);
                  setDraft(null);
                }}
              >
                <span className={`kind-badge kind-${item.kind}`}>{KIND_NAMES[item.kind]}</span>
                <span className="review-text">
                  {surface(doc.text, proposedVersion(item))}
                  {isReanchored(item) && <span className="reanchored-badge"> re-anchored</span>}
                </span>
                <span className={`decision decision-${item.decision?.status ?? 'pending'}`}>
                  {item.decision?.status ?? 'pending'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </aside>
    </>
  );
}

function CurrentItem({
  text,
  item,
  a,
  b,
  prefer,
  draft,
}: {
  text: string;
  item: ReviewItem;
  a: string;
  b: string;
  prefer: 'a' | 'b';
  draft: Draft | null;
}) {
  const chosen = proposedVersion(item, prefer);
  return (
    <section className="span-details" data-testid="review-current" aria-label="Current comparison">
      <header>
        <span className={`kind-badge kind-${item.kind}`}>{KIND_NAMES[item.kind]}</span>
        {item.decision && (
          <span className={`decision decision-${item.decision.status}`}>{item.decision.status}</span>
        )}
      </header>
      {[
        ['A', a, item.a],
        ['B', b, item.b],
      ].map(([side, name, span]) => (
        <div
          key={side as string}
          className={span === chosen && !draft ? 'version is-chosen' : 'version'}
          data-side={side as string}
        >
          <span className="muted">
            {side as string} · {name as string}
          </span>
          {span ? (
            <span>
              <LabelChip label={(span as Span).label} /> {surface(text, span as Span)}
              {(span as Span).attrs.reanchored ? (
                <span
                  className="reanchored-badge"
                  title="Import moved this span to where its text is in this article"
                >
                  {' '}
                  re-anchored
                </span>
              ) : null}
            </span>
          ) : (
            <span className="muted">— nothing here —</span>
          )}
        </div>
      ))}
      {draft && (
        <div className="version is-chosen" data-side="edit" data-testid="review-draft">
          <span className="muted">
            Your version (Shift+←/→ end, Alt+Shift+←/→ start, 1/2/3 label, Enter accept, Esc cancel)
          </span>
          <span>
            <LabelChip label={draft.label} /> {text.slice(draft.start, draft.end)}
          </span>
        </div>
      )}
    </section>
  );
}

function LabelChip({ label }: { label: Label }) {
  return (
    <span className="label-chip" style={{ background: LABEL_STYLES[label].color }}>
      {LABEL_STYLES[label].name}
    </span>
  );
}

/** A colleague's span that import moved to where its quote is in this text. */
function isReanchored(item: ReviewItem): boolean {
  return Boolean(item.a?.attrs.reanchored || item.b?.attrs.reanchored);
}

function surface(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function countKinds(items: readonly ReviewItem[]): Record<SpanMatchKind, number> {
  const counts: Record<SpanMatchKind, number> = {
    agreed: 0,
    boundary: 0,
    label: 0,
    'only-a': 0,
    'only-b': 0,
  };
  for (const item of items) counts[item.kind]++;
  return counts;
}

interface ReviewContext {
  current: ReviewItem | undefined;
  prefer: 'a' | 'b';
  draft: Draft | null;
  text: string;
  step(direction: 1 | -1, disagreementsOnly: boolean): void;
  record(decisions: { item: ReviewItem; version: Span; status: Decision }[], description: string): void;
}

function handleReviewKey(
  event: KeyboardEvent,
  ctx: ReviewContext,
  setDraft: (draft: Draft | null) => void,
  setPrefer: (prefer: 'a' | 'b') => void,
): boolean {
  const { current, draft } = ctx;
  if (draft && current) {
    if (event.key === 'Enter') {
      const base = proposedVersion(current, ctx.prefer);
      ctx.record(
        [{ item: current, version: { ...base, ...draft }, status: 'accepted' }],
        'Accept edited span',
      );
      setDraft(null);
      ctx.step(1, true);
      return true;
    }
    if (event.key === 'Escape') {
      setDraft(null);
      return true;
    }
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.shiftKey) {
      const moved = moveBoundary(
        ctx.text,
        draft,
        event.altKey ? 'start' : 'end',
        event.key === 'ArrowRight' ? 1 : -1,
        event.ctrlKey ? 'character' : 'word',
      );
      setDraft({ ...draft, ...moved });
      return true;
    }
    const label = event.altKey ? undefined : labelForKey(event.key);
    if (label && /^[123]$/.test(event.key)) {
      setDraft({ ...draft, label });
      return true;
    }
    return false;
  }
  if (event.altKey) return false;
  switch (event.key.toLowerCase()) {
    case 'j':
      ctx.step(1, true);
      return true;
    case 'k':
      ctx.step(-1, true);
      return true;
    case 'arrowdown':
      ctx.step(1, false);
      return true;
    case 'arrowup':
      ctx.step(-1, false);
      return true;
    case 'v':
      setPrefer(ctx.prefer === 'a' ? 'b' : 'a');
      return true;
    case 'a':
    case 'x':
      if (!current) return false;
      ctx.record(
        [
          {
            item: current,
            version: proposedVersion(current, ctx.prefer),
            status: event.key.toLowerCase() === 'a' ? 'accepted' : 'rejected',
          },
        ],
        event.key.toLowerCase() === 'a' ? 'Accept span' : 'Reject span',
      );
      ctx.step(1, false);
      return true;
    case 'e': {
      if (!current) return false;
      const base = proposedVersion(current, ctx.prefer);
      setDraft({ start: base.start, end: base.end, label: base.label });
      return true;
    }
    default:
      return false;
  }
}
