import { describe, expect, it } from 'vitest';
import { docSize, offsetToPos, posToOffset, textLayout } from './text-positions';

// The reference: the positions ProseMirror gives a doc of one paragraph per line.
function referencePositions(text: string): Map<number, number> {
  const map = new Map<number, number>();
  let pos = 0;
  let offset = 0;
  for (const line of text.split('\n')) {
    pos += 1; // paragraph open
    for (let i = 0; i <= line.length; i++) map.set(offset + i, pos + i);
    pos += line.length + 1; // text and paragraph close
    offset += line.length + 1;
  }
  return map;
}

describe('text offset ⇄ ProseMirror position', () => {
  const text = 'Judul\n\nIntelijen AS 😀 mengungkapkan,\nKorea Utara mengirim 10.000 tentara.';
  const layout = textLayout(text);

  it('matches a paragraph-per-line document at every offset', () => {
    for (const [offset, pos] of referencePositions(text)) {
      expect(offsetToPos(layout, offset)).toBe(pos);
      expect(posToOffset(layout, pos)).toBe(offset);
    }
  });

  it('maps a selected range back to the same text', () => {
    const from = offsetToPos(layout, text.indexOf('Korea'));
    const to = offsetToPos(layout, text.indexOf(' tentara'));
    expect(text.slice(posToOffset(layout, from), posToOffset(layout, to))).toBe(
      'Korea Utara mengirim 10.000',
    );
  });

  it('snaps positions between paragraphs to the nearest line edge', () => {
    expect(posToOffset(layout, 0)).toBe(0);
    expect(posToOffset(layout, docSize(layout))).toBe(text.length);
  });

  it('computes the document size of an empty-line-rich text', () => {
    const t = 'a\n\nb';
    expect(docSize(textLayout(t))).toBe(3 * 2 + 2);
  });
});
