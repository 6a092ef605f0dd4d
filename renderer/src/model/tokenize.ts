import { words } from '../anchoring/words';

// Intl.Segmenter is very slow on long inputs (see words.ts), so a long run of punctuation is
// segmented in pieces, cut before a character that always starts a new grapheme cluster.
const PIECE = 512;
const CLUSTER_TAIL = /[\p{M}\p{Cf}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
const ZWJ = '\u200d';
const NON_SPACE_RUN = /\S+/gu;

/**
 * Tokens for BIO export and token-level agreement: the words of `words` ("10.000", "170mm",
 * "Jong-un" whole) and every other non-space character (grapheme cluster) on its own; whitespace dropped.
 */
export function tokenize(text: string): { text: string; start: number; end: number }[] {
  const tokens: { text: string; start: number; end: number }[] = [];
  const graphemes = new Intl.Segmenter('id', { granularity: 'grapheme' });
  const addGap = (from: number, to: number) => {
    for (const run of text.slice(from, to).matchAll(NON_SPACE_RUN)) {
      const runStart = from + run.index;
      const runEnd = runStart + run[0].length;
      // Most runs are a lone comma or full stop, and one code unit is always one cluster.
      if (runEnd === runStart + 1) {
        tokens.push({ text: run[0], start: runStart, end: runEnd });
        continue;
      }
      for (let piece = runStart; piece < runEnd; ) {
        const pieceEnd = pieceEndAfter(text, piece, runEnd);
        for (const { segment, index } of graphemes.segment(text.slice(piece, pieceEnd))) {
          tokens.push({ text: segment, start: piece + index, end: piece + index + segment.length });
        }
        piece = pieceEnd;
      }
    }
  };
  let offset = 0;
  for (const { start, end } of words(text)) {
    if (offset < start) addGap(offset, start);
    tokens.push({ text: text.slice(start, end), start, end });
    offset = end;
  }
  if (offset < text.length) addGap(offset, text.length);
  return tokens;
}

function pieceEndAfter(text: string, from: number, to: number): number {
  let end = Math.min(to, from + PIECE);
  while (end < to && !startsCluster(text, end)) end++;
  return end;
}

function startsCluster(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  if (text[index - 1] === ZWJ) return false;
  return !CLUSTER_TAIL.test(String.fromCodePoint(text.codePointAt(index) as number));
}
