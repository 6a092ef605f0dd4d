import type { LibraryEntry } from '../../db/documents';
import { DOC_STATUSES, type DocStatus, type Label } from '../../model/types';

export interface LibraryFilter {
  status: DocStatus | 'all';
  /** Only articles with at least one span of this label. */
  label: Label | 'any';
  /** Ids of the articles whose title or text holds the search words; null when not searching. */
  matching: ReadonlySet<string> | null;
}

export const NO_FILTER: LibraryFilter = { status: 'all', label: 'any', matching: null };

export function filterLibrary(entries: readonly LibraryEntry[], filter: LibraryFilter): LibraryEntry[] {
  return entries.filter(
    (entry) =>
      (filter.status === 'all' || entry.status === filter.status) &&
      (filter.label === 'any' || entry.counts[filter.label] > 0) &&
      (filter.matching === null || filter.matching.has(entry.id)),
  );
}

export function statusCounts(entries: readonly LibraryEntry[]): Record<DocStatus, number> {
  const counts = Object.fromEntries(DOC_STATUSES.map((status) => [status, 0])) as Record<DocStatus, number>;
  for (const entry of entries) counts[entry.status]++;
  return counts;
}
