import { words } from '../anchoring/words';

const CUES = [
  'dikutip dari',
  'mengutip',
  'menurut',
  'mengungkapkan',
  'mengatakan',
  'menyatakan',
  'menegaskan',
  'menjelaskan',
  'melaporkan',
  'memperkirakan',
  'kata',
  'ujar',
  'tutur',
  'ucap',
  'jelas',
  'ungkap',
  'said',
  'according to',
  'told',
  'reported',
]
  .sort((a, b) => b.length - a.length)
  .map((cue) => cue.split(' '));

const SPACE_ONLY = /^\s+$/u;

type Range = { start: number; end: number };

/**
 * The attribution cue to prefill for attributed_to(claim → source): a known cue word between the two
 * spans (in either order), matched as whole words (per `words`, so "kata" is not found in "dikatakan"
 * or "kata-kata") and case-insensitively, returned as written. Of several, the one nearest the source
 * wins; '' when there is none or the spans overlap.
 */
export function cueBetween(text: string, claim: Range, source: Range): string {
  const sourceFirst = source.end <= claim.start;
  const from = sourceFirst ? source.end : claim.end;
  const to = sourceFirst ? claim.start : source.start;
  if (from >= to) return '';
  const found = words(text.slice(from, to)).map(({ start, end }) => ({
    start: from + start,
    end: from + end,
  }));
  const lower = found.map(({ start, end }) => text.slice(start, end).toLowerCase());
  const order = found.map((_, index) => index);
  if (!sourceFirst) order.reverse();
  for (const first of order) {
    for (const cue of CUES) {
      const range = cueAt(text, found, lower, first, cue);
      if (range !== undefined) return text.slice(range.start, range.end);
    }
  }
  return '';
}

/** The range of found[first], found[first + 1], … if they spell `cue` with only whitespace between. */
function cueAt(
  text: string,
  found: Range[],
  lower: string[],
  first: number,
  cue: string[],
): Range | undefined {
  let end = -1;
  for (const [k, cueWord] of cue.entries()) {
    const word = found[first + k];
    if (word === undefined || lower[first + k] !== cueWord) return undefined;
    if (k > 0 && !SPACE_ONLY.test(text.slice(end, word.start))) return undefined;
    end = word.end;
  }
  return { start: (found[first] as Range).start, end };
}
