import { words } from './words';

type Range = { start: number; end: number };

const SPACE = /\s/u;

/**
 * Moves one edge of a span by a word (per `words`) or by a code point, for keyboard editing.
 * By word, the end goes to the end of the next word (1) or of the previous one (-1), and the start
 * to the start of the previous (-1) or next (1) word. Returns the span unchanged when the move would
 * leave the text or make the span empty.
 */
export function moveBoundary(
  text: string,
  span: Range,
  edge: 'start' | 'end',
  direction: -1 | 1,
  unit: 'word' | 'character',
): Range {
  const { start, end } = span;
  if (!(0 <= start && start < end && end <= text.length)) return span;
  const offset = edge === 'start' ? start : end;
  const moved =
    unit === 'character' ? stepCodePoint(text, offset, direction) : stepWord(text, span, edge, direction);
  if (moved === undefined) return span;
  const result = edge === 'start' ? { start: moved, end } : { start, end: moved };
  return 0 <= result.start && result.start < result.end && result.end <= text.length ? result : span;
}

function stepWord(
  text: string,
  { start, end }: Range,
  edge: 'start' | 'end',
  direction: -1 | 1,
): number | undefined {
  if (edge === 'end' && direction === 1) {
    return findWord(text, end, end, text.length, (found) => found.find((w) => w.end > end))?.end;
  }
  if (edge === 'end') {
    return findWord(text, end, start, end, (found) => found.findLast((w) => w.end < end && w.end > start))
      ?.end;
  }
  if (direction === -1) {
    return findWord(text, start, 0, start, (found) => found.findLast((w) => w.start < start))?.start;
  }
  return findWord(text, start, start, end, (found) => found.find((w) => w.start > start && w.start < end))
    ?.start;
}

/**
 * Looks for a word in a window around `offset` that doubles until `pick` finds one or the window
 * covers [searchFrom, searchTo], so a keystroke costs the distance moved, not the article's length.
 * Window edges sit at whitespace, which no word spans, so its words are exactly the text's words.
 */
function findWord(
  text: string,
  offset: number,
  searchFrom: number,
  searchTo: number,
  pick: (found: Range[]) => Range | undefined,
): Range | undefined {
  for (let radius = 256; ; radius *= 2) {
    let windowStart = Math.max(0, offset - radius);
    while (windowStart > 0 && !SPACE.test(text[windowStart - 1] as string)) windowStart--;
    let windowEnd = Math.min(text.length, offset + radius);
    while (windowEnd < text.length && !SPACE.test(text[windowEnd] as string)) windowEnd++;
    const found = words(text.slice(windowStart, windowEnd)).map((w) => ({
      start: windowStart + w.start,
      end: windowStart + w.end,
    }));
    const hit = pick(found);
    if (hit !== undefined || (windowStart <= searchFrom && windowEnd >= searchTo)) return hit;
  }
}

function stepCodePoint(text: string, offset: number, direction: -1 | 1): number {
  if (direction === 1) return offset + (isSurrogatePair(text, offset) ? 2 : 1);
  return offset - (isSurrogatePair(text, offset - 2) ? 2 : 1);
}

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
