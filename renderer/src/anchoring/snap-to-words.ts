import { trimRange } from './trim-range';
import { words } from './words';

const SPACE = /\s/u;

/**
 * Widens a selection so that it does not cut a word (per `words`), then trims whitespace.
 * Only a partly selected word is completed: punctuation is neither added nor removed, so "S)" in
 * "(AS)" becomes "AS)" and a selection that stops before a closing quote or comma stays there.
 * Returns null for a collapsed or whitespace-only selection; accepts a backwards range.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  if (from === to) return null;
  from = wordAround(text, from)?.start ?? backOffSurrogate(text, from);
  to = wordAround(text, to)?.end ?? (isSplitPair(text, to) ? to + 1 : to);
  return trimRange(text, from, to);
}

/** The word with `offset` strictly inside it. */
function wordAround(text: string, offset: number): { start: number; end: number } | undefined {
  const before = text[offset - 1];
  const after = text[offset];
  if (before === undefined || after === undefined || SPACE.test(before) || SPACE.test(after))
    return undefined;
  // Words never contain whitespace, so the run of non-space characters around the offset suffices.
  let from = offset - 1;
  while (from > 0 && !SPACE.test(text[from - 1] as string)) from--;
  let to = offset + 1;
  while (to < text.length && !SPACE.test(text[to] as string)) to++;
  const local = offset - from;
  const word = words(text.slice(from, to)).find((w) => w.start < local && local < w.end);
  return word && { start: from + word.start, end: from + word.end };
}

function backOffSurrogate(text: string, offset: number): number {
  return isSplitPair(text, offset) ? offset - 1 : offset;
}

function isSplitPair(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
