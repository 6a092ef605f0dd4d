import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LABEL_STYLES } from '../../editor/label-style';
import type { ClaimStructure } from '../../model/claim-structure';
import { COMPARATORS, type QuantityAttrs } from '../../model/quantity/quantity-attrs';
import type { Relation, Span } from '../../model/types';

interface SpanDetailsProps {
  text: string;
  span: Span;
  structure: ClaimStructure | undefined;
  /** Bumped when the user presses Enter in the reader: focus the first field. */
  focusRequest: number;
  onNote(note: string): void;
  onAttrs(attrs: Record<string, unknown>): void;
  onRelationAttrs(relation: Relation, attrs: Record<string, unknown>): void;
  onUnlink(relation: Relation): void;
  onStartLink(): void;
  onHover(ids: readonly string[]): void;
  /** Esc: back to the reader. */
  onClose(): void;
}

/** The selected span's note, attributes and links, edited in place; every change is saved at once. */
export function SpanDetails(props: SpanDetailsProps) {
  const { span, text, structure, focusRequest, onClose } = props;
  const style = LABEL_STYLES[span.label];
  const first = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (focusRequest > 0) first.current?.focus();
  }, [focusRequest]);

  return (
    // Esc anywhere in the card goes back to the reader; fields save on change and on blur.
    <section
      className="span-details"
      aria-label="Selected span"
      data-testid="span-details"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          (document.activeElement as HTMLElement | null)?.blur();
          onClose();
        }
      }}
    >
      <header>
        <span className="label-chip" style={{ background: style.color }}>
          {style.name}
        </span>
        <span className="muted">{span.annotator}</span>
      </header>
      <blockquote className="span-quote" data-testid="span-details-text">
        {text.slice(span.start, span.end)}
      </blockquote>
      <p className="hint muted">
        Shift+←/→ moves the end, Alt+Shift+←/→ the start; add Ctrl to move by a character.
      </p>
      <NoteField key={`${span.id}-note`} span={span} onNote={props.onNote} inputRef={first} />
      {span.label === 'QUANTITY' && <QuantityFields key={span.id} span={span} onAttrs={props.onAttrs} />}
      {span.label === 'CLAIM' && (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={span.attrs.hedged === true}
              onChange={(event) => props.onAttrs({ ...span.attrs, hedged: event.target.checked })}
            />
            Hedged (diperkirakan, diduga, reportedly…)
          </label>
          <ClaimLinks {...props} structure={structure} />
        </>
      )}
      {span.label === 'SOURCE' && (
        <label className="field inline">
          Role
          <select
            value={span.attrs.role === 'relay' ? 'relay' : 'primary'}
            onChange={(event) => props.onAttrs({ ...span.attrs, role: event.target.value })}
          >
            <option value="primary">primary</option>
            <option value="relay">relay (a medium passing it on)</option>
          </select>
        </label>
      )}
    </section>
  );
}

function NoteField({
  span,
  onNote,
  inputRef,
}: {
  span: Span;
  onNote(note: string): void;
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const [draft, setDraft] = useState(span.note);
  const saved = useRef(span.note);
  // Saved when typing pauses, on blur and when the card closes, so no keystroke is lost.
  useEffect(() => {
    if (draft === saved.current) return;
    const timer = setTimeout(() => {
      saved.current = draft;
      onNote(draft);
    }, 600);
    return () => clearTimeout(timer);
  }, [draft, onNote]);
  const flush = () => {
    if (draft !== saved.current) {
      saved.current = draft;
      onNote(draft);
    }
  };
  return (
    <label className="field">
      Note
      <textarea
        ref={inputRef}
        rows={2}
        value={draft}
        placeholder="Why this span, doubts, context…"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Escape') flush();
        }}
      />
    </label>
  );
}

const NUMBER_FIELDS = ['value', 'lower', 'upper'] as const;

function QuantityFields({ span, onAttrs }: { span: Span; onAttrs(attrs: Record<string, unknown>): void }) {
  const attrs = span.attrs as Partial<QuantityAttrs>;
  const set = (patch: Partial<QuantityAttrs>) => {
    const next: Record<string, unknown> = { ...span.attrs, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
    onAttrs(next);
  };
  return (
    <fieldset className="attrs" data-testid="quantity-fields">
      <legend>Quantity</legend>
      <div className="attr-grid">
        {NUMBER_FIELDS.map((name) => (
          <label key={name} className="field inline">
            {name}
            <input
              // Keyed by the saved value, so an undo or a reparse shows up; it only remounts after its own blur.
              key={String(attrs[name] ?? '')}
              type="number"
              step="any"
              defaultValue={attrs[name] ?? ''}
              aria-label={name}
              onBlur={(event) => {
                const raw = event.target.value.trim();
                const value = raw === '' ? undefined : Number(raw);
                if (value === undefined || Number.isFinite(value)) set({ [name]: value });
              }}
            />
          </label>
        ))}
        <label className="field inline">
          comparator
          <select
            value={attrs.comparator ?? '='}
            aria-label="comparator"
            onChange={(event) => set({ comparator: event.target.value as QuantityAttrs['comparator'] })}
          >
            {COMPARATORS.map((comparator) => (
              <option key={comparator} value={comparator}>
                {comparator}
              </option>
            ))}
          </select>
        </label>
        {(['unit', 'counted'] as const).map((name) => (
          <label key={name} className="field inline">
            {name}
            <input
              key={String(attrs[name] ?? '')}
              defaultValue={attrs[name] ?? ''}
              aria-label={name}
              onBlur={(event) => set({ [name]: event.target.value.trim() || undefined })}
            />
          </label>
        ))}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={attrs.vague === true}
          onChange={(event) => set({ vague: event.target.checked || undefined })}
        />
        Vague (puluhan ribu…: an interval, not a point)
      </label>
    </fieldset>
  );
}

function ClaimLinks({ text, structure, onRelationAttrs, onUnlink, onStartLink, onHover }: SpanDetailsProps) {
  return (
    <div className="claim-links">
      <h3>Attributed to</h3>
      {structure?.sources.length ? (
        <ul>
          {structure.sources.map(({ relation, source }) => (
            <li
              key={relation.id}
              onMouseEnter={() => onHover([relation.from, relation.to])}
              onMouseLeave={() => onHover([])}
              data-testid="claim-source"
            >
              <span className="link-text">{text.slice(source.start, source.end)}</span>
              <select
                aria-label="role"
                value={relation.attrs.role === 'relay' ? 'relay' : 'primary'}
                onChange={(event) =>
                  onRelationAttrs(relation, { ...relation.attrs, role: event.target.value })
                }
              >
                <option value="primary">primary</option>
                <option value="relay">relay</option>
              </select>
              <input
                key={String(relation.attrs.cue ?? '')}
                aria-label="cue"
                className="cue"
                defaultValue={String(relation.attrs.cue ?? '')}
                onBlur={(event) =>
                  onRelationAttrs(relation, { ...relation.attrs, cue: event.target.value.trim() })
                }
              />
              <button
                type="button"
                className="ghost"
                aria-label="Remove link"
                onClick={() => onUnlink(relation)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No source yet.</p>
      )}
      <button type="button" onClick={onStartLink}>
        Link a source… <kbd>R</kbd>
      </button>
      {structure && structure.quantities.length > 0 && (
        <>
          <h3>Quantities</h3>
          <ul>
            {structure.quantities.map((quantity) => (
              <li
                key={quantity.id}
                onMouseEnter={() => onHover([structure.claim.id, quantity.id])}
                onMouseLeave={() => onHover([])}
              >
                {text.slice(quantity.start, quantity.end)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
