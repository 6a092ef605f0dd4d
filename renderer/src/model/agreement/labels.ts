/** Row name of the figures that pool every label (or every relation type); bracketed so no label can clash. */
export const OVERALL = '(all)';

/**
 * The names to report, in a stable order: the given ones first, in their order, then any other name
 * found in the data, sorted. Nothing found is dropped, so a label outside the given set still counts.
 */
export function orderedNames(given: readonly string[], found: Iterable<string>): string[] {
  const names = [...new Set(given)];
  const seen = new Set(names);
  const extra = [...new Set(found)].filter((name) => !seen.has(name)).sort();
  return [...names, ...extra];
}
