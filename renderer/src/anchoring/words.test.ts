import { describe, expect, it } from 'vitest';
import { words } from './words';

const wordTexts = (text: string) => words(text).map(({ start, end }) => text.slice(start, end));

describe('words', () => {
  it('splits a corpus sentence into words, leaving out spaces and punctuation', () => {
    const text =
      'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
    expect(wordTexts(text)).toEqual([
      'Intelijen',
      'Amerika',
      'Serikat',
      'AS',
      'dan',
      'Korea',
      'Selatan',
      'mengungkapkan',
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
    ]);
  });

  it('keeps digit groups together, but not a full stop after them', () => {
    expect(wordTexts('10.000 dan 1.234,56 atau 3.000.000 (10,000) hingga 12.000.')).toEqual([
      '10.000',
      'dan',
      '1.234,56',
      'atau',
      '3.000.000',
      '10,000',
      'hingga',
      '12.000',
    ]);
  });

  it('keeps a number glued to its unit, "%" included', () => {
    expect(wordTexts('220 unit dari 170mm senjata, dan 240mm peluncur; naik 2,5% atau 1,5km.')).toEqual([
      '220',
      'unit',
      'dari',
      '170mm',
      'senjata',
      'dan',
      '240mm',
      'peluncur',
      'naik',
      '2,5%',
      'atau',
      '1,5km',
    ]);
    expect(wordTexts('naik 2,5 % saja')).toEqual(['naik', '2,5', 'saja']);
  });

  it('joins hyphenated words but not a range of numbers', () => {
    expect(
      wordTexts('Kim Jong-un, Korea-Selatan, ke-18, tahun 1990-an, AK-12 dan RPG-7, anti-drone, 10-20 orang'),
    ).toEqual([
      'Kim',
      'Jong-un',
      'Korea-Selatan',
      'ke-18',
      'tahun',
      '1990-an',
      'AK-12',
      'dan',
      'RPG-7',
      'anti-drone',
      '10',
      '20',
      'orang',
    ]);
  });

  it('joins words with an apostrophe, but quotes are not part of words', () => {
    expect(wordTexts("Ma’ruf Amin, don't, ‘aliansi’. “Saat ini,” kata")).toEqual([
      'Ma’ruf',
      'Amin',
      "don't",
      'aliansi',
      'Saat',
      'ini',
      'kata',
    ]);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '🇮🇩 Korea 😀-Selatan';
    expect(words(text)).toEqual([
      { start: 5, end: 10 },
      { start: 14, end: 21 },
    ]);
    expect(wordTexts(text)).toEqual(['Korea', 'Selatan']);
  });

  it('returns nothing for a text without words', () => {
    expect(words('')).toEqual([]);
    expect(words(' “…”, — ')).toEqual([]);
  });

  it('handles a 100,000-character article in one pass, with the same words as paragraph by paragraph', () => {
    const paragraphs = [
      '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.',
      '220 unit dari 170mm senjata penggerak sendiri, dan 240mm peluncur roket ganda',
      'Baru-baru ini, Kim Jong-un memimpin pengujian drone bunuh diri dan memerintahkan produksi massal senjata tersebut untuk dikirim ke Rusia.',
    ];
    const expected: string[] = [];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) {
      const paragraph = paragraphs[i % paragraphs.length] as string;
      for (const word of words(paragraph))
        expected.push(`${text.length + word.start}-${text.length + word.end}`);
      text += `${paragraph}\n\n`;
    }
    const started = performance.now();
    const found = words(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.map(({ start, end }) => `${start}-${end}`)).toEqual(expected);
  });

  it('stays fast on a long run without spaces', () => {
    const text = 'sp-globalindo.co.id/'.repeat(5000);
    const started = performance.now();
    const found = words(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(({ start, end }) => text.slice(start, end) === 'sp-globalindo.co.id')).toBe(true);
  });
});
