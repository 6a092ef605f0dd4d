import { describe, expect, it } from 'vitest';
import { findMatches } from './find-matches';

describe('findMatches', () => {
  const text = 'Korea Utara dan korea selatan; KOREA. Korsel';
  it('finds every occurrence regardless of case, in order', () => {
    expect(findMatches(text, 'korea').map((m) => text.slice(m.start, m.end))).toEqual([
      'Korea',
      'korea',
      'KOREA',
    ]);
  });
  it('ignores surrounding spaces in the query and finds nothing for an empty one', () => {
    expect(findMatches(text, '  Korsel ').map((m) => text.slice(m.start, m.end))).toEqual(['Korsel']);
    expect(findMatches(text, '   ')).toEqual([]);
  });
  it('does not overlap matches', () => {
    expect(findMatches('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});
