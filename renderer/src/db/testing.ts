import { Dexie } from 'dexie';
import type { Span } from '../model/types';
import type { TandaiDatabase } from './database';
import { findSpan } from './spans';

/** For tests: every span in the workbench, document after document. */
export async function storedSpans(db: TandaiDatabase): Promise<Span[]> {
  return (await db.spanSets.toArray()).flatMap((set) => set.spans);
}

/** For tests: a span as now stored, or undefined once it is gone. */
export async function storedSpan(
  db: TandaiDatabase,
  span: Pick<Span, 'docId' | 'id'>,
): Promise<Span | undefined> {
  return findSpan(db, span.docId, span.id);
}

/**
 * For upgrade tests: a database declared as the app's schema stood at `version`, without its upgrades, to
 * fill with data the way that version kept it.
 */
export function databaseAtVersion(name: string, version: 1 | 2 | 3 | 4): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    docs: 'id, updated, status',
    spans: 'id, docId, [docId+annotator], label',
    relations: 'id, docId, from, to',
    settings: 'key',
  });
  if (version >= 2) old.version(2).stores({ history: '++seq, [docId+undone]' });
  if (version >= 3) old.version(3).stores({ docs: 'id, updated, status, *words' });
  if (version >= 4) old.version(4).stores({ docs: 'id, updated, status', texts: 'id, *words' });
  return old;
}
