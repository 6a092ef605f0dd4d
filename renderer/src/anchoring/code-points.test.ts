import { describe, expect, it } from 'vitest';
import { codePointToUtf16, offsetConverter, utf16ToCodePoint } from './code-points';

// What Python's text[start:end] would give for code-point offsets.
function sliceByCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('UTF-16 ⇄ code points', () => {
  it('agrees with Python-style slicing after astral emoji', () => {
    const text = '🇰🇵 Korea Utara 😀 mengirim lebih dari 10.000 tentara 🚀.';
    const quantity = 'lebih dari 10.000';
    const start16 = text.indexOf(quantity);
    const end16 = start16 + quantity.length;
    const convert = offsetConverter(text);
    const start = convert.toCodePoint(start16);
    const end = convert.toCodePoint(end16);
    expect(sliceByCodePoints(text, start, end)).toBe(quantity);
    expect(start).toBe(start16 - 3); // two flag halves and one face came before it
    expect(text.slice(convert.toUtf16(start), convert.toUtf16(end))).toBe(quantity);
  });

  it('round-trips every boundary of a text with emoji, combining marks and CJK', () => {
    const text = 'a😀e\u0301🙂中文𠀀b';
    const convert = offsetConverter(text);
    const codePoints = Array.from(text);
    expect(convert.codePointLength).toBe(codePoints.length);
    for (let cp = 0; cp <= codePoints.length; cp++) {
      const u16 = convert.toUtf16(cp);
      expect(text.slice(0, u16)).toBe(codePoints.slice(0, cp).join(''));
      expect(convert.toCodePoint(u16)).toBe(cp);
    }
  });

  it('keeps combining marks as their own code points, as Python does', () => {
    const text = 'Jose\u0301 berkata';
    expect(utf16ToCodePoint(text, text.indexOf(' '))).toBe(5);
    expect(codePointToUtf16(text, 5)).toBe(5);
  });

  it('is the identity on text without astral characters', () => {
    const text = 'Intelijen Amerika Serikat (AS) dan Korea Selatan';
    expect(utf16ToCodePoint(text, 30)).toBe(30);
    expect(codePointToUtf16(text, 30)).toBe(30);
  });

  it('refuses offsets outside the text', () => {
    expect(() => utf16ToCodePoint('abc', 4)).toThrow(RangeError);
    expect(() => codePointToUtf16('😀', 2)).toThrow(/outside the text/);
  });
});
