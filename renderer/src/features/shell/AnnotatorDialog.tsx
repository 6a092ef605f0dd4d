import { useEffect, useRef, useState } from 'react';

interface AnnotatorDialogProps {
  initial: string;
  onSave(name: string): Promise<void>;
  onCancel?: () => void;
}

/** Asked once on first run: every tag records who made it. */
export function AnnotatorDialog({ initial, onSave, onCancel }: AnnotatorDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initial);
  const [error, setError] = useState('');
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="annotator-title"
      onCancel={(event) => {
        if (!onCancel) event.preventDefault();
        else onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return setError('Enter a name or initials.');
          onSave(name).catch((e: unknown) => setError(String(e)));
        }}
      >
        <h2 id="annotator-title">Who is annotating?</h2>
        <p className="muted">
          Your name is saved on every tag you make, so colleagues can compare and review.
        </p>
        <label className="field">
          Your name
          <input
            autoFocus
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setError('');
            }}
            placeholder="e.g. ana"
            aria-invalid={error ? 'true' : undefined}
          />
        </label>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
