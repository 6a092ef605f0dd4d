import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnchorTarget, reanchor } from './reanchor';

const original = readFileSync('/work/shared/corpus/000_fc01ed14ae8b8256.txt', 'utf8');

const EXAMPLE_1 = {
  source: 'Intelijen Amerika Serikat (AS) dan Korea Selatan',
  claim: 'Korea Utara telah mengirim lebih dari 10.000 tentara untuk mendukung Rusia melawan Ukraina',
  quantity: 'lebih dari 10.000',
};
const HAYASHI = {
  source: 'Kepala Sekretaris Kabinet Jepang, Yoshimasa Hayashi',
  relay: 'The Japan Times',
  claim: 'Tentara Korea Utara ikut bertempur di Kursk sejak Desember lalu',
};

/** A target as a W3C TextQuoteSelector would record it: the quote with 32 characters either side. */
function targetOf(text: string, quote: string, from = 0): AnchorTarget {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  const end = start + quote.length;
  return {
    start,
    end,
    quote,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  };
}

// Whitespace changed before the example sentence, the example sentence edited, the Kursk sentence deleted.
const edited = original
  .replace('\n\nPasalnya', '\n\n\nPasalnya')
  .replace('TOKYO, KOMPAS.TV - Jepang', 'TOKYO,  KOMPAS.TV  -  Jepang')
  .replace('lebih dari 10.000 tentara', 'sekitar 11.000 tentara')
  .replace(`${HAYASHI.claim}, membantu Rusia menghadapi Ukraina.\n\n`, '');

describe('reanchor on an edited corpus article', () => {
  it('puts spans outside the edit on the same text at their new offsets', () => {
    for (const quote of [EXAMPLE_1.source, HAYASHI.source]) {
      const target = targetOf(original, quote);
      const result = reanchor(edited, target);
      expect(result.status).toBe('moved');
      if (result.status === 'orphaned') continue;
      expect(edited.slice(result.start, result.end)).toBe(quote);
      expect(result.start).toBeGreaterThan(target.start);
    }
  });

  it('keeps a span whose text and offsets still agree', () => {
    const target = targetOf(original, 'Kompas.tv');
    expect(reanchor(edited, target)).toEqual({ status: 'exact', start: target.start, end: target.end });
  });

  it('re-anchors the edited claim on its new wording and places nothing wrong', () => {
    const claim = reanchor(edited, targetOf(original, EXAMPLE_1.claim));
    expect(claim.status).toBe('fuzzy');
    if (claim.status !== 'fuzzy') return;
    expect(edited.slice(claim.start, claim.end)).toBe(
      'Korea Utara telah mengirim sekitar 11.000 tentara untuk mendukung Rusia melawan Ukraina',
    );
    expect(claim.score).toBeGreaterThanOrEqual(0.75);
    expect(claim.score).toBeLessThan(1);
  });

  it('places the re-worded quantity on its new wording or not at all', () => {
    const result = reanchor(edited, targetOf(original, EXAMPLE_1.quantity));
    if (result.status !== 'orphaned') {
      expect(result.status).toBe('fuzzy');
      expect(edited.slice(result.start, result.end)).toBe('sekitar 11.000');
    }
  });

  it('orphans the claim whose sentence is gone', () => {
    expect(reanchor(edited, targetOf(original, HAYASHI.claim)).status).toBe('orphaned');
  });

  it('chooses the occurrence whose context matches, not the nearest one', () => {
    // The relay source appears twice; the span is the second one ("Sumber : The Japan Times").
    const second = original.indexOf(HAYASHI.relay, original.indexOf(HAYASHI.relay) + 1);
    const target = targetOf(original, HAYASHI.relay, second);
    const result = reanchor(edited, { ...target, start: target.start - 2000, end: target.end - 2000 });
    expect(result.status).toBe('moved');
    if (result.status === 'orphaned') return;
    expect(edited.slice(result.start - 9, result.end)).toBe('Sumber : The Japan Times');
  });
});

describe('reanchor with context', () => {
  it('looks past an exact quote in the wrong context to the edited one in the right context', () => {
    const before = 'Menurut Seoul, Korea Utara telah mengirim lebih dari 10.000 tentara ke Kursk bulan lalu.';
    const target = targetOf(before, 'Korea Utara telah mengirim lebih dari 10.000 tentara');
    const after =
      'Pada 2023 tercatat Korea Utara telah mengirim lebih dari 10.000 tentara ke latihan gabungan. ' +
      'Menurut Seoul, Korea Utara telah mengirim lebih dari 11.000 tentara ke Kursk bulan lalu.';
    const result = reanchor(after, target);
    expect(result.status).toBe('fuzzy');
    if (result.status === 'orphaned') return;
    expect(after.slice(result.start, result.end)).toBe(
      'Korea Utara telah mengirim lebih dari 11.000 tentara',
    );
  });
});

describe('reanchor without context', () => {
  it('takes the exact quote nearest to the old position', () => {
    const text = 'AS dan Korea Selatan; lalu AS lagi; dan AS.';
    expect(reanchor(text, { start: 26, end: 28, quote: 'AS' })).toMatchObject({ status: 'moved', start: 27 });
  });

  it('judges a fuzzy quote on the quote alone and refuses a poor one', () => {
    const text = 'Korea Utara telah mengirim sekitar 11.000 tentara ke Rusia.';
    expect(reanchor(text, { start: 0, end: 5, quote: 'pasukan Rusia menyerang Kyiv' }).status).toBe(
      'orphaned',
    );
    expect(reanchor(text, { start: 0, end: 5, quote: 'telah mengirim sekitar 10.000' })).toMatchObject({
      status: 'fuzzy',
      start: 12,
    });
  });

  it('orphans an empty quote and a quote that is nowhere', () => {
    expect(reanchor('abc', { start: 0, end: 0, quote: '' }).status).toBe('orphaned');
    expect(reanchor('abc', { start: 0, end: 2, quote: 'xyz' })).toMatchObject({ status: 'orphaned' });
  });
});
