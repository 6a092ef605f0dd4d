import { describe, expect, it } from 'vitest';
import { snapToWords } from './snap-to-words';

const example1 =
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
const example2 =
  '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.';
const example4 = '220 unit dari 170mm senjata penggerak sendiri, dan 240mm peluncur roket ganda';
const jongUn =
  'Pada pertemuan di Pyongyang, Juni lalu, Presiden Rusia Vladimir Putin dan Kim Jong-un telah menandatangani kesepakatan kemitraan strategis komprehensif.';

function snapped(text: string, start: number, end: number): string | null {
  const range = snapToWords(text, start, end);
  return range && text.slice(range.start, range.end);
}

/** Offset `shift` code units into the first occurrence of `needle`. */
function at(text: string, needle: string, shift = 0): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return index + shift;
}

describe('snapToWords', () => {
  it('extends both edges to the words they cut', () => {
    expect(snapped(example1, at(example1, 'Intelijen', 3), at(example1, 'Selatan', 4))).toBe(
      'Intelijen Amerika Serikat (AS) dan Korea Selatan',
    );
  });

  it('completes a number with its digit groups', () => {
    expect(snapped(example1, at(example1, '10.000', 1), at(example1, '10.000', 4))).toBe('10.000');
    expect(snapped(example1, at(example1, 'lebih', 2), at(example1, '10.000', 2))).toBe('lebih dari 10.000');
  });

  it('completes a number glued to its unit', () => {
    expect(snapped(example4, at(example4, '170mm', 1), at(example4, '170mm', 2))).toBe('170mm');
    expect(snapped(example4, at(example4, '170mm', 3), at(example4, 'senjata', 7))).toBe('170mm senjata');
  });

  it('completes hyphenated words', () => {
    expect(snapped(jongUn, at(jongUn, 'Kim', 1), at(jongUn, 'Jong-un', 2))).toBe('Kim Jong-un');
    expect(snapped(jongUn, at(jongUn, 'Jong-un', 5), at(jongUn, 'Jong-un', 6))).toBe('Jong-un');
    const hyphenated = 'tentara Korea-Selatan ke-18';
    expect(snapped(hyphenated, at(hyphenated, 'Selatan', 2), at(hyphenated, 'Selatan', 3))).toBe(
      'Korea-Selatan',
    );
    expect(snapped(hyphenated, at(hyphenated, '18', 1), hyphenated.length)).toBe('ke-18');
  });

  it('keeps selected punctuation and adds none', () => {
    // "S)" of "(AS)": the start snaps to "AS", the selected ")" stays.
    expect(snapped(example1, at(example1, 'S)'), at(example1, 'S)', 2))).toBe('AS)');
    expect(snapped(example1, at(example1, '(AS'), at(example1, '(AS', 2))).toBe('(AS');
    expect(snapped(example1, at(example1, 'Serikat', 2), at(example1, 'AS)', 1))).toBe('Serikat (AS');
    expect(snapped(example1, at(example1, 'Selatan', 3), at(example1, 'mengungkapkan,', 14))).toBe(
      'Selatan mengungkapkan,',
    );
  });

  it('keeps quotation marks out unless they were selected', () => {
    const inside = example2.slice(1, example2.indexOf('”'));
    expect(snapped(example2, 1, example2.indexOf('”'))).toBe(inside);
    expect(snapped(example2, 2, at(example2, 'bantuan', 3))).toBe(
      'Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan',
    );
    expect(snapped(example2, 0, at(example2, '”', 1))).toBe(`“${inside}”`);
  });

  it('trims whitespace after snapping', () => {
    expect(snapped(example1, at(example1, ' Korea Utara', 0), at(example1, 'Korea Utara', 12))).toBe(
      'Korea Utara',
    );
    expect(snapped(example1, at(example1, ' (AS) '), at(example1, ' (AS) ', 6))).toBe('(AS)');
  });

  it('accepts a backwards range', () => {
    expect(snapped(example1, at(example1, 'Selatan', 4), at(example1, 'Intelijen', 3))).toBe(
      'Intelijen Amerika Serikat (AS) dan Korea Selatan',
    );
  });

  it('returns null for a collapsed or whitespace-only selection', () => {
    expect(snapToWords(example1, 3, 3)).toBeNull();
    const space = at(example1, ' dan');
    expect(snapToWords(example1, space, space + 1)).toBeNull();
  });

  it('clamps to the text and never splits a surrogate pair', () => {
    expect(snapped(example4, -5, 2)).toBe('220');
    expect(snapped(example4, at(example4, 'roket', 1), 500)).toBe('roket ganda');
    const emoji = 'kata 😀 itu';
    expect(snapped(emoji, 6, 7)).toBe('😀');
  });
});
