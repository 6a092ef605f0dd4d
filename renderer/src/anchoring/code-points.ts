// UTF-16 code units (JavaScript, the DOM, the app) ⇄ Unicode code points (Python, spaCy, every file we write).
// They differ only after an astral character (emoji, some CJK), which takes two code units and one code point.

/** Converts offsets for one text; O(log k) per call where k is the number of astral characters. */
export interface OffsetConverter {
  toCodePoint(utf16Offset: number): number;
  toUtf16(codePointOffset: number): number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
}

export function offsetConverter(text: string): OffsetConverter {
  // UTF-16 index of the high surrogate of each astral character, in order.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        astral.push(i);
        i++;
      }
    }
  }
  const codePointLength = text.length - astral.length;
  return {
    codePointLength,
    toCodePoint(utf16Offset) {
      assertOffset(utf16Offset, text.length, 'UTF-16');
      // Every astral character that ends at or before the offset saves one.
      return utf16Offset - countBelow(astral, utf16Offset - 1);
    },
    toUtf16(codePointOffset) {
      assertOffset(codePointOffset, codePointLength, 'code point');
      // The k-th astral character sits at code point astral[k] - k.
      let low = 0;
      let high = astral.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((astral[mid] as number) - mid < codePointOffset) low = mid + 1;
        else high = mid;
      }
      return codePointOffset + low;
    },
  };
}

export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  return offsetConverter(text).toCodePoint(utf16Offset);
}

export function codePointToUtf16(text: string, codePointOffset: number): number {
  return offsetConverter(text).toUtf16(codePointOffset);
}

/** Number of entries in the sorted array that are < limit. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

function assertOffset(offset: number, length: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${unit} offset ${offset} is outside the text (0…${length})`);
  }
}
