import { describe, expect, it } from 'vitest';
import { moveBoundary } from './move-boundary';

const example1 =
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
const example4 = '220 unit dari 170mm senjata penggerak sendiri, dan 240mm peluncur roket ganda';

function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

function moved(
  text: string,
  phrase: string,
  edge: 'start' | 'end',
  direction: -1 | 1,
  unit: 'word' | 'character' = 'word',
): string {
  const range = moveBoundary(text, spanOf(text, phrase), edge, direction, unit);
  return text.slice(range.start, range.end);
}

describe('moveBoundary by word', () => {
  it('moves the end to the end of the next or previous word', () => {
    expect(moved(example1, 'Korea Utara', 'end', 1)).toBe('Korea Utara telah');
    expect(moved(example1, 'Korea Utara', 'end', -1)).toBe('Korea');
    expect(moved(example1, 'mengirim lebih dari', 'end', 1)).toBe('mengirim lebih dari 10.000');
  });

  it('moves the start to the start of the previous or next word', () => {
    expect(moved(example1, 'Korea Utara', 'start', -1)).toBe('mengungkapkan, Korea Utara');
    expect(moved(example1, 'Korea Utara', 'start', 1)).toBe('Utara');
    expect(moved(example4, '170mm senjata', 'start', -1)).toBe('dari 170mm senjata');
  });

  it('steps over punctuation to the next word edge', () => {
    expect(moved(example1, 'Amerika Serikat (AS', 'end', 1)).toBe('Amerika Serikat (AS) dan');
    expect(moved(example1, 'Serikat (AS)', 'end', -1)).toBe('Serikat (AS');
    expect(moved(example1, '(AS) dan', 'start', 1)).toBe('AS) dan');
    expect(moved(example1, 'Korea Selatan mengungkapkan,', 'end', -1)).toBe('Korea Selatan mengungkapkan');
  });

  it('never empties the span', () => {
    expect(moved(example1, 'Korea', 'end', -1)).toBe('Korea');
    expect(moved(example1, 'Korea', 'start', 1)).toBe('Korea');
    expect(moved(example1, '(AS)', 'start', 1)).toBe('AS)');
    expect(moved(example1, 'AS)', 'start', 1)).toBe('AS)');
  });

  it('stays inside the text', () => {
    expect(moved(example1, 'Intelijen Amerika', 'start', -1)).toBe('Intelijen Amerika');
    expect(moved(example1, 'melawan Ukraina', 'end', 1)).toBe('melawan Ukraina');
    expect(moved(example4, 'roket ganda', 'end', 1)).toBe('roket ganda');
  });

  it('crosses paragraphs and long stretches without words', () => {
    const text = `akhir paragraf.\n\n${'— '.repeat(2000)}\n\nawal paragraf`;
    expect(moved(text, 'paragraf.', 'end', 1)).toBe(text.slice(text.indexOf('paragraf.'), text.length - 9));
    expect(moved(text, 'awal', 'start', -1)).toBe(text.slice(text.indexOf('paragraf.'), text.length - 9));
  });

  it('costs the distance moved, not the length of the article', () => {
    const text = 'Korea Utara telah mengirim lebih dari 10.000 tentara. '.repeat(2000);
    let span = spanOf(text, 'Korea');
    const started = performance.now();
    for (let i = 0; i < 500; i++) span = moveBoundary(text, span, 'end', 1, 'word');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(text.slice(span.start, span.end).split(' ').length).toBe(501);
  });
});

describe('moveBoundary by character', () => {
  it('moves either edge by one character', () => {
    expect(moved(example1, 'Korea Utara', 'end', 1, 'character')).toBe('Korea Utara ');
    expect(moved(example1, 'Korea Utara', 'end', -1, 'character')).toBe('Korea Utar');
    expect(moved(example1, 'Korea Utara', 'start', -1, 'character')).toBe(' Korea Utara');
    expect(moved(example1, 'Korea Utara', 'start', 1, 'character')).toBe('orea Utara');
  });

  it('never empties the span or leaves the text', () => {
    expect(moved(example4, '2', 'end', -1, 'character')).toBe('2');
    expect(moved(example4, '2', 'start', 1, 'character')).toBe('2');
    expect(moved(example4, '220', 'start', -1, 'character')).toBe('220');
    expect(moved(example4, 'ganda', 'end', 1, 'character')).toBe('ganda');
  });

  it('moves over a surrogate pair as one character', () => {
    const text = 'kata 😀 itu';
    expect(moved(text, 'kata ', 'end', 1, 'character')).toBe('kata 😀');
    expect(moved(text, 'kata 😀', 'end', -1, 'character')).toBe('kata ');
    expect(moved(text, ' itu', 'start', -1, 'character')).toBe('😀 itu');
    expect(moved(text, '😀 itu', 'start', 1, 'character')).toBe(' itu');
    expect(moved(text, '😀', 'end', -1, 'character')).toBe('😀');
  });
});

describe('moveBoundary with a bad span', () => {
  it('returns an empty, inverted or out-of-text span unchanged', () => {
    for (const span of [
      { start: 4, end: 4 },
      { start: 8, end: 4 },
      { start: 0, end: example4.length + 1 },
    ]) {
      expect(moveBoundary(example4, span, 'end', 1, 'word')).toBe(span);
    }
  });
});
