import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const example1 =
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
const example2 =
  '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.';
const example4 = '220 unit dari 170mm senjata penggerak sendiri, dan 240mm peluncur roket ganda';

const texts = (text: string) => tokenize(text).map((token) => token.text);

/** Every guideline span must start and end on token edges, or BIO cannot express it. */
function expectOnTokenEdges(text: string, spans: [number, number][]): void {
  const tokens = tokenize(text);
  for (const [start, end] of spans) {
    expect(tokens.some((token) => token.start === start)).toBe(true);
    expect(tokens.some((token) => token.end === end)).toBe(true);
  }
}

describe('tokenize', () => {
  it('splits worked example 1 into words and punctuation', () => {
    expect(texts(example1)).toEqual([
      'Intelijen',
      'Amerika',
      'Serikat',
      '(',
      'AS',
      ')',
      'dan',
      'Korea',
      'Selatan',
      'mengungkapkan',
      ',',
      'Korea',
      'Utara',
      'telah',
      'mengirim',
      'lebih',
      'dari',
      '10.000',
      'tentara',
      'untuk',
      'mendukung',
      'Rusia',
      'melawan',
      'Ukraina',
      '.',
    ]);
    expectOnTokenEdges(example1, [
      [0, 48],
      [64, 154],
      [91, 108],
    ]);
  });

  it('keeps the numbers with units of worked example 4 whole', () => {
    expect(texts(example4)).toEqual([
      '220',
      'unit',
      'dari',
      '170mm',
      'senjata',
      'penggerak',
      'sendiri',
      ',',
      'dan',
      '240mm',
      'peluncur',
      'roket',
      'ganda',
    ]);
    expectOnTokenEdges(example4, [
      [0, 8],
      [14, 19],
      [51, 56],
    ]);
  });

  it('gives each quotation mark and comma its own token', () => {
    const tokens = tokenize(example2);
    expect(tokens.slice(0, 2).map((token) => token.text)).toEqual(['“', 'Saat']);
    expect(tokens.map((token) => token.text)).toContain('”');
    expectOnTokenEdges(example2, [
      [1, 111],
      [32, 37],
      [119, 146],
      [160, 175],
    ]);
  });

  it('reports offsets into the text', () => {
    for (const text of [example1, example2, example4, 'a 👍🏽! “x”…\n\n  ']) {
      for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('keeps a grapheme cluster whole and drops all whitespace', () => {
    expect(texts(' naik 2,5%!! 👍🏽 🇮🇩\n\t…')).toEqual(['naik', '2,5%', '!', '!', '👍🏽', '🇮🇩', '…']);
    expect(tokenize(' \n\t ')).toEqual([]);
  });

  it('stays fast on a long run of punctuation', () => {
    const text = `kata ${'—'.repeat(100_000)} itu`;
    const started = performance.now();
    const tokens = tokenize(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(tokens.length).toBe(100_002);
  });
});
