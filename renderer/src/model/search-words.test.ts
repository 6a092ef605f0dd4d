import { describe, expect, it } from 'vitest';
import { searchWords } from './search-words';

describe('searchWords', () => {
  it('gives each word once, lower-cased, numbers split at their separators', () => {
    expect(searchWords('Korea Utara, KOREA Selatan: 10.000 tentara (AS).')).toEqual([
      'korea',
      'utara',
      'selatan',
      '10',
      '000',
      'tentara',
      'as',
    ]);
  });
});
