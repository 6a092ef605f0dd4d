import { offsetConverter } from '../../anchoring/code-points';

/** File code points in the text as the file holds it → UTF-16 offsets in the normalised text. */
export interface Placement {
  /** Length of the file's text in code points. */
  length: number;
  toText(codePoint: number): number;
}

export function placement(raw: string): Placement {
  const convert = offsetConverter(raw);
  const removed: number[] = [];
  if (raw.charCodeAt(0) === 0xfeff) removed.push(0);
  for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) removed.push(i);
  return {
    length: convert.codePointLength,
    toText(codePoint) {
      const utf16 = convert.toUtf16(codePoint);
      let low = 0;
      let high = removed.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((removed[mid] as number) < utf16) low = mid + 1;
        else high = mid;
      }
      return utf16 - low;
    },
  };
}
