import { describe, expect, it } from 'vitest';
import { cueBetween } from './relation-cue';

// Worked examples 1–3 of GUIDELINES.md, and corpus sentences.
const example1 =
  'Intelijen Amerika Serikat (AS) dan Korea Selatan mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina.';
const example2 =
  '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.';
const example3 =
  'Badan intelijen Amerika, Korea Selatan, dan Ukraina memperkirakan bahwa hingga 12.000 tentara Korea Utara telah dikirim ke Rusia';
const noCue =
  '“Kami harus sangat prihatin dengan masalah ini mengingat dampaknya terhadap lingkungan keamanan di negara kita,” tambah Hayashi.';
const reuters =
  'Drone bunuh diri telah menjadi senjata strategis dalam konflik Ukraina, dan Korea Utara berencana untuk mengembangkan lebih lanjut teknologi tersebut, menurut laporan Reuters.';

function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

function cue(text: string, claim: string, source: string): string {
  return cueBetween(text, spanOf(text, claim), spanOf(text, source));
}

describe('cueBetween', () => {
  it('finds the cue of worked example 1, the source coming first', () => {
    expect(
      cue(
        example1,
        'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
        'Intelijen Amerika Serikat (AS) dan Korea Selatan',
      ),
    ).toBe('mengungkapkan');
  });

  it('takes the cue nearest each source of worked example 2', () => {
    const claim =
      'Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan antara Januari dan Februari sebagai bala bantuan';
    expect(example2.indexOf(claim)).toBe(1);
    expect(cue(example2, claim, 'Kepala Staf Gabungan Korsel')).toBe('kata');
    expect(cue(example2, claim, 'The Japan Times')).toBe('dikutip dari');
  });

  it('finds the cue of worked example 3', () => {
    expect(
      cue(
        example3,
        'hingga 12.000 tentara Korea Utara telah dikirim ke Rusia',
        'Badan intelijen Amerika, Korea Selatan, dan Ukraina',
      ),
    ).toBe('memperkirakan');
  });

  it('takes the cue nearest the source when the source comes first', () => {
    const text =
      'Reuters melaporkan, mengutip pejabat Korsel, bahwa Korea Utara mengirim 3.000 tentara lagi.';
    expect(cue(text, 'Korea Utara mengirim 3.000 tentara lagi', 'Reuters')).toBe('melaporkan');
  });

  it('finds a cue after the claim in a corpus sentence', () => {
    expect(
      cue(reuters, 'Korea Utara berencana untuk mengembangkan lebih lanjut teknologi tersebut', 'Reuters'),
    ).toBe('menurut');
  });

  it('returns an empty string when there is no cue between the spans', () => {
    const claim =
      'Kami harus sangat prihatin dengan masalah ini mengingat dampaknya terhadap lingkungan keamanan di negara kita';
    expect(cue(noCue, claim, 'Hayashi')).toBe('');
    const kursk =
      'Tentara Korea Utara ikut bertempur di Kursk sejak Desember lalu, membantu Rusia menghadapi Ukraina.';
    expect(cue(kursk, 'Tentara Korea Utara ikut bertempur di Kursk', 'Rusia')).toBe('');
  });

  it('matches whole words only', () => {
    const text = 'Korea Utara mengirim tentara, dikatakannya dan kata-kata jelasnya kepada Reuters.';
    expect(cue(text, 'Korea Utara mengirim tentara', 'Reuters')).toBe('');
  });

  it('matches case-insensitively and returns the cue as written', () => {
    const text = 'North Korea has sent 3,000 more troops, According\nto the Joint Chiefs of Staff.';
    expect(cue(text, 'North Korea has sent 3,000 more troops', 'the Joint Chiefs of Staff')).toBe(
      'According\nto',
    );
    const split = 'Korea Utara mengirim tentara, Dikutip, dari Reuters.';
    expect(cue(split, 'Korea Utara mengirim tentara', 'Reuters')).toBe('');
  });

  it('returns an empty string for overlapping spans', () => {
    expect(cueBetween(example1, { start: 0, end: 70 }, { start: 0, end: 48 })).toBe('');
  });
});
