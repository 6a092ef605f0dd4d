import { describe, expect, it } from 'vitest';
import { firstLines, lineStartFrom, offsetToPos, posToOffset, textLayout } from './text-positions';

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
    // The end of the document: after every paragraph's open token, its text and its close token.
    const end = text.split('\n').reduce((size, line) => size + line.length + 2, 0);
    expect(posToOffset(layout, end)).toBe(text.length);
  });
});

describe('whole lines', () => {
  const text = 'Intelijen AS\n\nKorea Utara mengirim\n10.000 tentara';

  it('finds the line start at or after an offset', () => {
    const layout = textLayout(text);
    expect(text.slice(lineStartFrom(layout, 3))).toBe('\nKorea Utara mengirim\n10.000 tentara');
    expect(text.slice(lineStartFrom(layout, text.indexOf('Korea')))).toBe(
      'Korea Utara mengirim\n10.000 tentara',
    );
    expect(lineStartFrom(layout, text.length - 2)).toBe(text.length);
  });

  it('keeps the whole lines that reach an offset, without the line break after them', () => {
    expect(firstLines(text, 3)).toBe('Intelijen AS');
    expect(firstLines(text, text.indexOf('mengirim'))).toBe('Intelijen AS\n\nKorea Utara mengirim');
    expect(firstLines(text, 1_000)).toBe(text);
  });
});
