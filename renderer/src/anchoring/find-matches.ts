export interface TextRange {
  start: number;
  end: number;
}

/** Every occurrence of the query in the text, ignoring case, without overlaps, in text order. */
export function findMatches(text: string, query: string): TextRange[] {
  const needle = query.trim().toLocaleLowerCase('id');
  if (!needle) return [];
  // Lower-casing can change lengths for a few characters; only use the folded text when it did not.
  const haystack = text.toLocaleLowerCase('id');
  const folded = haystack.length === text.length;
  const source = folded ? haystack : text;
  const target = folded ? needle : query.trim();
  const matches: TextRange[] = [];
  for (let at = source.indexOf(target); at !== -1; at = source.indexOf(target, at + target.length)) {
    matches.push({ start: at, end: at + target.length });
  }
  return matches;
}
