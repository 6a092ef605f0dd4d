import { type ChangeSet, invertChanges, type RecordChange } from '../model/change';
import { emptyCounts, type Span } from '../model/types';
import type { HistoryEntry, TandaiDatabase } from './database';
import { putSpans, spansOfDocument } from './spans';

/**
 * Applies a user action and records it for undo, in one transaction with the document's label
 * counts and last-edited time. `plan` reads what it needs inside that transaction and returns the
 * changes; an empty plan records nothing. A new action clears what could have been redone.
 */
export async function commit(
  db: TandaiDatabase,
  docId: string,
  description: string,
  plan: () => Promise<RecordChange[]>,
  now = new Date(),
): Promise<ChangeSet> {
  return inTransaction(db, async () => {
    const changes = await plan();
    if (changes.length > 0) {
      const spans = await applyChanges(db, docId, changes);
      await db.history.where({ docId, undone: 1 }).delete();
      await db.history.add({ docId, description, changes, undone: 0 });
      await refreshDocument(db, docId, now, spans);
    }
    return { docId, description, changes };
  });
}

/** Undoes the document's last action; resolves to its description, or null if there was none. */
export async function undo(db: TandaiDatabase, docId: string, now = new Date()): Promise<string | null> {
  return inTransaction(db, async () => {
    const entry = await db.history.where({ docId, undone: 0 }).last();
    if (!entry?.seq) return null;
    const spans = await applyChanges(db, docId, invertChanges(entry.changes));
    await db.history.update(entry.seq, { undone: 1 });
    await refreshDocument(db, docId, now, spans);
    return entry.description;
  });
}

/** Redoes the document's last undone action; resolves to its description, or null. */
export async function redo(db: TandaiDatabase, docId: string, now = new Date()): Promise<string | null> {
  return inTransaction(db, async () => {
    const entry = await db.history.where({ docId, undone: 1 }).first();
    if (!entry?.seq) return null;
    const spans = await applyChanges(db, docId, entry.changes);
    await db.history.update(entry.seq, { undone: 0 });
    await refreshDocument(db, docId, now, spans);
    return entry.description;
  });
}

/** What Undo and Redo would do next, for menus and tooltips. */
export async function historyState(
  db: TandaiDatabase,
  docId: string,
): Promise<{ undo: string | null; redo: string | null }> {
  const [last, next] = await Promise.all([
    db.history.where({ docId, undone: 0 }).last(),
    db.history.where({ docId, undone: 1 }).first(),
  ]);
  return { undo: describe(last), redo: describe(next) };
}

function describe(entry: HistoryEntry | undefined): string | null {
  return entry ? entry.description : null;
}

function inTransaction<T>(db: TandaiDatabase, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.docs, db.spanSets, db.relations, db.history], work);
}

/**
 * Applies a document's changes: its relations one by one, its spans as one rewrite of its span record.
 * Resolves to the spans it wrote, or undefined if no span changed.
 */
async function applyChanges(
  db: TandaiDatabase,
  docId: string,
  changes: readonly RecordChange[],
): Promise<readonly Span[] | undefined> {
  let spans: Map<string, Span> | undefined;
  for (const change of changes) {
    if (change.table === 'spans') {
      spans ??= new Map((await spansOfDocument(db, docId)).map((span) => [span.id, span]));
      if (change.after) spans.set(change.id, change.after);
      else spans.delete(change.id);
    } else if (change.after) await db.relations.put(change.after);
    else await db.relations.delete(change.id);
  }
  if (!spans) return undefined;
  const written = [...spans.values()];
  await putSpans(db, docId, written);
  return written;
}

/** The document's label counts and last-edited time; its spans as just written, or read when none were. */
async function refreshDocument(
  db: TandaiDatabase,
  docId: string,
  now: Date,
  spans?: readonly Span[],
): Promise<void> {
  const counts = emptyCounts();
  for (const span of spans ?? (await spansOfDocument(db, docId))) counts[span.label]++;
  const doc = await db.docs.get(docId);
  if (!doc) return;
  // Starting to tag an article puts it in progress.
  const status =
    doc.status === 'todo' && counts.CLAIM + counts.SOURCE + counts.QUANTITY > 0 ? 'in_progress' : doc.status;
  await db.docs.update(docId, { counts, status, updated: now.toISOString() });
}
