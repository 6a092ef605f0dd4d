import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { db } from '../../db/database';
import { getDocument } from '../../db/documents';
import { addSpan, deleteSpan, relabelSpan, spansOfDocument } from '../../db/spans';
import { LABEL_STYLES } from '../../editor/label-style';
import { type ReaderActions, type ReaderHandle, ReaderView } from '../../editor/ReaderView';
import { LABEL_SHORTCUTS } from '../../model/label-keys';
import { LABELS, type Label, type Span } from '../../model/types';
import { SpanPanel } from './SpanPanel';

interface AnnotatePageProps {
  docId: string;
  annotator: string | undefined;
  onError(message: string): void;
}

export function AnnotatePage({ docId, annotator, onError }: AnnotatePageProps) {
  const doc = useLiveQuery(() => getDocument(db, docId), [docId]);
  const spans = useLiveQuery(() => spansOfDocument(db, docId), [docId]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [revealRequest, setRevealRequest] = useState(0);
  const reader = useRef<ReaderHandle>(null);

  useEffect(() => {
    if (doc) document.title = `${doc.meta.title} — Tandai`;
  }, [doc]);

  const fail = useCallback(
    (error: unknown) => onError(`Could not save the change: ${String(error)}`),
    [onError],
  );

  const actions = useMemo<ReaderActions>(
    () => ({
      tag(label, start, end) {
        if (!annotator) return onError('Enter your name first: every tag records who made it.');
        addSpan(db, { docId, start, end, label, annotator }).then((span) => setSelectedId(span.id), fail);
      },
      relabel(id, label) {
        relabelSpan(db, id, label).catch(fail);
      },
      remove(id) {
        deleteSpan(db, id).catch(fail);
        setSelectedId(null);
      },
      select: setSelectedId,
    }),
    [annotator, docId, fail, onError],
  );

  if (!doc || !spans) return <main className="reader-pane" aria-busy="true" />;
  const selected = spans.find((span) => span.id === selectedId);

  return (
    <>
      <main className="reader-pane">
        <LabelToolbar
          selected={selected}
          onLabel={(label) => reader.current?.applyLabel(label)}
          onDelete={() => selected && actions.remove(selected.id)}
        />
        <article className="reader-article">
          <ReaderView
            key={doc.id}
            text={doc.text}
            spans={spans}
            selectedId={selectedId}
            revealRequest={revealRequest}
            actions={actions}
            ref={reader}
          />
        </article>
      </main>
      <SpanPanel
        text={doc.text}
        spans={spans}
        selectedId={selectedId}
        onPick={(id) => {
          setSelectedId(id);
          setRevealRequest((n) => n + 1);
          reader.current?.focus();
        }}
      />
    </>
  );
}

function LabelToolbar({
  selected,
  onLabel,
  onDelete,
}: {
  selected: Span | undefined;
  onLabel(label: Label): void;
  onDelete(): void;
}) {
  return (
    // Buttons keep the text selection: they act on mousedown without taking focus.
    <div className="label-toolbar" role="toolbar" aria-label="Tag">
      {LABELS.map((label) => (
        <button
          key={label}
          type="button"
          className="label-button"
          style={{ ['--label-color' as string]: LABEL_STYLES[label].color }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onLabel(label)}
          title={`Tag the selection, or relabel the selected span (${LABEL_SHORTCUTS[label]})`}
        >
          <span className="swatch" style={{ background: LABEL_STYLES[label].color }} />
          {LABEL_STYLES[label].name}
          <kbd>{LABEL_SHORTCUTS[label]}</kbd>
        </button>
      ))}
      <button
        type="button"
        className="label-button"
        disabled={!selected}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onDelete}
        title="Remove the selected span (Delete)"
      >
        Remove <kbd>Del</kbd>
      </button>
      <span className="toolbar-hint muted">Tab / Shift+Tab: next / previous span · Esc: deselect</span>
    </div>
  );
}
