import { describe, expect, it } from 'vitest';
import { trimRange } from './trim-range';

describe('trimRange', () => {
  const text = 'kata  Kepala Staf Gabungan Korsel \n dikutip';
  it('drops surrounding spaces and newlines', () => {
    const range = trimRange(text, 4, 35);
    expect(range && text.slice(range.start, range.end)).toBe('Kepala Staf Gabungan Korsel');
  });
  it('accepts a backwards range', () => {
    const range = trimRange(text, 35, 4);
    expect(range && text.slice(range.start, range.end)).toBe('Kepala Staf Gabungan Korsel');
  });
  it('returns null for whitespace only', () => {
    expect(trimRange(text, 33, 36)).toBeNull();
  });
});
