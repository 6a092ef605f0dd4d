import type { Relation, Span } from './types';

/**
 * One record-level change: the record before and after (null where it did not or no longer
 * exists). A user action is a list of these; undo applies the `before`s, redo the `after`s.
 */
export type RecordChange =
  | { table: 'spans'; id: string; before: Span | null; after: Span | null }
  | { table: 'relations'; id: string; before: Relation | null; after: Relation | null };

export interface ChangeSet {
  docId: string;
  /** What the user did, in words: shown in the Undo/Redo menu items. */
  description: string;
  changes: RecordChange[];
}

/** The change set that undoes this one. */
export function invertChanges(changes: readonly RecordChange[]): RecordChange[] {
  return changes
    .map((change) => ({ ...change, before: change.after, after: change.before }) as RecordChange)
    .reverse();
}
