import type { Relation, Span, StoredDocument } from '../model/types';
import type { TandaiDatabase } from './database';
import { getDocument } from './documents';
import { relationsOfDocument, spansOfDocument } from './spans';

/** What an article shows when it opens. */
export interface OpenedDocument {
  doc: StoredDocument | undefined;
  spans: Span[];
  relations: Relation[];
}

let ahead: { db: TandaiDatabase; docId: string; read: Promise<OpenedDocument> } | null = null;

/**
 * Starts reading an article the moment it is asked for. The page that shows it keeps its data live
 * through Dexie's live queries, which start once React has rendered the page, and then from a timer:
 * some 10 ms after the click or the changed address, on the path to the first paint.
 */
export function readAhead(db: TandaiDatabase, docId: string): void {
  if (ahead?.db === db && ahead.docId === docId) return;
  const read = Promise.all([
    getDocument(db, docId),
    spansOfDocument(db, docId),
    relationsOfDocument(db, docId),
  ]).then(([doc, spans, relations]) => ({ doc, spans, relations }));
  // The page's live queries read the same and report any failure.
  read.catch(() => undefined);
  ahead = { db, docId, read };
}

/** The read started for this article, once: the page that takes it is kept up to date by its live queries. */
export function takeReadAhead(db: TandaiDatabase, docId: string): Promise<OpenedDocument> | undefined {
  if (ahead?.db !== db || ahead.docId !== docId) return undefined;
  const { read } = ahead;
  ahead = null;
  return read;
}
