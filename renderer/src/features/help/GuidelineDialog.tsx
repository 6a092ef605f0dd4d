import { useEffect, useRef } from 'react';
import { LABEL_STYLES } from '../../editor/label-style';
import type { Label } from '../../model/types';

interface GuidelineDialogProps {
  onClose(): void;
}

type Piece = string | [Label, string];

/** A sentence with its tagged parts painted as in the reader. */
function Example({ pieces }: { pieces: Piece[] }) {
  return (
    <p className="example">
      {pieces.map((piece, index) =>
        typeof piece === 'string' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are static text
          <span key={index}>{piece}</span>
        ) : (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are static text
            key={index}
            style={{
              background: LABEL_STYLES[piece[0]].tint,
              boxShadow: `inset 0 -3px 0 ${LABEL_STYLES[piece[0]].color}`,
            }}
            title={LABEL_STYLES[piece[0]].name}
          >
            {piece[1]}
          </mark>
        ),
      )}
    </p>
  );
}

export const SHORTCUTS: [string, string][] = [
  ['1 / C', 'Tag the selection as a claim, or relabel the selected span'],
  ['2 / S', 'Tag as a source, or relabel'],
  ['3 / Q', 'Tag as a quantity, or relabel'],
  ['Alt while selecting', 'Keep the exact characters (no snapping to whole words)'],
  ['Shift+← / →', 'Extend the text selection; with a span selected, move its end by a word'],
  ['Alt+Shift+← / →', 'Move the selected span’s start by a word'],
  ['Ctrl+Shift(+Alt)+← / →', 'Move the end (start) by one character'],
  ['Tab / Shift+Tab', 'Next / previous span'],
  ['Click on a span', 'Select it; click again where spans nest to step outwards'],
  ['Enter', 'Edit the selected span’s note and attributes'],
  ['Esc', 'Close the editor, or deselect'],
  ['R', 'With a claim selected: link it to its source'],
  ['Delete / Backspace', 'Remove the selected span and its links'],
  ['Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)', 'Undo / redo, also after a reload'],
  ['Ctrl+F', 'Find; Enter / Shift+Enter step through matches, Alt+1/2/3 tag them all'],
  ['D', 'Mark the article done (again: back in progress)'],
  ['Ctrl+O / Ctrl+E', 'Import articles / export the dataset'],
  ['F1 or ?', 'This guide'],
];

/** F1 or ?: what claim, source and quantity mean, with the guideline's worked examples, and every shortcut. */
export function GuidelineDialog({ onClose }: GuidelineDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="dialog guideline" aria-labelledby="guideline-title" onClose={onClose}>
      <header className="guideline-header">
        <h2 id="guideline-title">Tagging guide</h2>
        <button type="button" className="ghost" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <div className="guideline-body">
        <section>
          <h3 style={{ color: LABEL_STYLES.CLAIM.color }}>Claim</h3>
          <p>
            Something the article says is the case and that could be checked: the content of what someone is
            reported to say. Tag the proposition only — not who says it, not the verb of saying, not{' '}
            <i>bahwa</i>, not the quote marks, the comma before a closing quote or the final full stop.
            Opinions, questions and predictions with nothing to check are not claims. At most one sentence per
            span; a quote over several sentences is several claims with the same source.
          </p>
          <h3 style={{ color: LABEL_STYLES.SOURCE.color }}>Source</h3>
          <p>
            Who the claim is attributed to: the whole noun phrase, with titles, affiliations and a bracketed
            acronym (“Amerika Serikat (AS)”), but without the cue (
            <i>kata, ujar, menurut, mengungkapkan, dikutip dari</i>…). Sources speaking together are one span.
            A medium that passes a claim on (“dikutip dari The Japan Times”) is a second source with the role{' '}
            <i>relay</i>.
          </p>
          <h3 style={{ color: LABEL_STYLES.QUANTITY.color }}>Quantity</h3>
          <p>
            A number in running text, with the word that qualifies it (
            <i>lebih dari, sekitar, hingga, hampir</i>), its unit or classifier (mm, km, %, unit, orang) and
            the other end of a range — but not the thing counted (“tentara” stays outside). Dates, clock
            times, years used as time anchors, ordinals (“ke-18”) and model numbers are not quantities. Vague
            amounts (“puluhan ribu”) get an interval, never an invented number.
          </p>
        </section>
        <section>
          <h3>Worked examples</h3>
          <Example
            pieces={[
              ['SOURCE', 'Intelijen Amerika Serikat (AS) dan Korea Selatan'],
              ' mengungkapkan, ',
              ['CLAIM', 'Korea Utara telah mengirim '],
              ['QUANTITY', 'lebih dari 10.000'],
              ['CLAIM', ' tentara untuk mendukung Rusia melawan Ukraina'],
              '.',
            ]}
          />
          <p className="muted">
            Quantity: value 10000, comparator &gt;, counted “tentara”. The claim is attributed to the source
            with the cue “mengungkapkan”.
          </p>
          <Example
            pieces={[
              '“',
              ['CLAIM', 'Saat ini diperkirakan tambahan '],
              ['QUANTITY', '3.000'],
              ['CLAIM', ' tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan'],
              ',” kata ',
              ['SOURCE', 'Kepala Staf Gabungan Korsel'],
              ' dikutip dari ',
              ['SOURCE', 'The Japan Times'],
              '.',
            ]}
          />
          <p className="muted">
            Two sources: the chiefs of staff are primary (cue “kata”), the newspaper is a relay (cue “dikutip
            dari”).
          </p>
          <Example
            pieces={[
              ['SOURCE', 'Badan intelijen Amerika, Korea Selatan, dan Ukraina'],
              ' memperkirakan bahwa ',
              ['QUANTITY', 'hingga 12.000'],
              ['CLAIM', ' tentara Korea Utara telah dikirim ke Rusia'],
            ]}
          />
          <p className="muted">
            One source for three agencies; the claim starts after “bahwa”; “hingga 12.000” is at most 12000
            (&lt;=).
          </p>
          <Example pieces={[['QUANTITY', 'puluhan ribu'], ' tentara']} />
          <p className="muted">
            Vague: between 10000 and 99999. And “Senin, 24 Februari 2025 20:58 WIB” has no quantity at all.
          </p>
        </section>
        <section>
          <h3>Keyboard</h3>
          <table className="shortcuts" data-testid="shortcuts">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={keys}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </dialog>
  );
}
