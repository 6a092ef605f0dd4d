// V8's Intl.Segmenter slows down badly on one long input (100,000 characters: ~30 s in Node 20; the
// same text in 1,000-character pieces: ~40 ms), so the text is segmented in windows of CHUNK characters.
// A window stops before the first segment that runs past CHUNK and the next window starts there; the
// MARGIN characters read beyond CHUNK give the segmenter the lookahead that decides that boundary.
const CHUNK = 1024;
const MARGIN = 64;

const DIGIT = /\p{Nd}/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);
const DIGIT_SEPARATORS = new Set(['.', ',']);
const PER_UNITS = new Set(['%', '\u2030']);

/**
 * The words of a text: Unicode word segments (Intl.Segmenter, isWordLike), joined where Indonesian
 * news needs one word: digit groups ("1.234,56"), a number glued to its unit ("170mm", "2,5%"),
 * hyphenated words ("Jong-un", "ke-18", "12.000-an") and apostrophes ("Ma’ruf"). A hyphen between two
 * numbers is a range ("10-20"), not a compound, so it stays a separator.
 */
export function words(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let last: { start: number; end: number } | undefined;
  for (const { start, end } of wordLikeSegments(text)) {
    if (last !== undefined && joins(text, last.end, start)) {
      last.end = end;
    } else {
      last = { start, end };
      found.push(last);
    }
    const next = text[last.end];
    if (next !== undefined && PER_UNITS.has(next) && isDigit(text[last.end - 1])) last.end++;
  }
  return found;
}

/** Whether the word segments ending at `end` and starting at `start` form one word. */
function joins(text: string, end: number, start: number): boolean {
  if (start !== end + 1) return false;
  const between = text[end] as string;
  const digitsAround = isDigit(text[end - 1]) && isDigit(text[start]);
  if (HYPHENS.has(between)) return !digitsAround;
  if (DIGIT_SEPARATORS.has(between)) return digitsAround;
  return APOSTROPHES.has(between);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && DIGIT.test(char);
}

function* wordLikeSegments(text: string): Generator<{ start: number; end: number }> {
  const segmenter = new Intl.Segmenter('id', { granularity: 'word' });
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK + MARGIN);
    if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
    const keepTo = to === text.length ? to : from + CHUNK;
    let next = to;
    for (const segment of segmenter.segment(text.slice(from, to))) {
      const start = from + segment.index;
      const end = start + segment.segment.length;
      if (end > keepTo && start > from) {
        next = start;
        break;
      }
      if (segment.isWordLike) yield { start, end };
    }
    // A segment longer than the whole window (thousands of letters without a break) is cut at `to`.
    from = next;
  }
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
