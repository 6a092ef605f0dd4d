import { describe, expect, it } from 'vitest';
import { OVERALL, orderedNames } from './labels';

describe('orderedNames', () => {
  it('keeps the given order and appends other names found, sorted', () => {
    expect(orderedNames(['CLAIM', 'SOURCE', 'QUANTITY'], ['QUANTITY', 'EVENT', 'CLAIM', 'AGENT'])).toEqual([
      'CLAIM',
      'SOURCE',
      'QUANTITY',
      'AGENT',
      'EVENT',
    ]);
  });

  it('drops duplicates and works with nothing given', () => {
    expect(orderedNames([], ['SOURCE', 'CLAIM', 'SOURCE'])).toEqual(['CLAIM', 'SOURCE']);
    expect(orderedNames(['CLAIM', 'CLAIM'], [])).toEqual(['CLAIM']);
  });

  it('names the pooled row so that it cannot be mistaken for a label', () => {
    expect(OVERALL).toBe('(all)');
  });
});
