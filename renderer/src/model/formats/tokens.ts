// Tokens for the token-based formats (Prodigy, BIO): the project's one tokenizer, which keeps
// "10.000", "170mm" and hyphenated words whole as the guideline asks.
import { tokenize } from '../tokenize';

export { tokenize };
export type Token = ReturnType<typeof tokenize>[number];

/** Indices of the first and last token that overlap [start, end), or undefined if none does. */
export function tokenRange(
  tokens: readonly Token[],
  start: number,
  end: number,
): { first: number; last: number } | undefined {
  // Binary search for the first token ending after `start`: spans × tokens would be quadratic.
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).end <= start) low = mid + 1;
    else high = mid;
  }
  let last = low - 1;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
  return last < low ? undefined : { first: low, last };
}
