import { emptyCounts, type Label, type Span } from '../model/types';
import type { TandaiDatabase } from './database';

export interface NewSpan {
  docId: string;
  start: number;
  end: number;
  label: Label;
  annotator: string;
}

/** Spans of a document in text order: by start, longer first, so an enclosing span precedes what it holds. */
export async function spansOfDocument(db: TandaiDatabase, docId: string): Promise<Span[]> {
  const spans = await db.spans.where('docId').equals(docId).toArray();
  return spans.sort(compareSpans);
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.created.localeCompare(b.created) || a.id.localeCompare(b.id);
}

export async function addSpan(db: TandaiDatabase, input: NewSpan, now = new Date()): Promise<Span> {
  const stamp = now.toISOString();
  const span: Span = {
    id: crypto.randomUUID(),
    ...input,
    status: 'accepted',
    note: '',
    attrs: {},
    created: stamp,
    updated: stamp,
  };
  await inDocumentChange(db, input.docId, stamp, () => db.spans.add(span));
  return span;
}

export async function relabelSpan(
  db: TandaiDatabase,
  id: string,
  label: Label,
  now = new Date(),
): Promise<void> {
  const span = await db.spans.get(id);
  if (!span || span.label === label) return;
  const stamp = now.toISOString();
  await inDocumentChange(db, span.docId, stamp, () => db.spans.update(id, { label, updated: stamp }));
}

export async function deleteSpan(
  db: TandaiDatabase,
  id: string,
  now = new Date(),
): Promise<Span | undefined> {
  const span = await db.spans.get(id);
  if (!span) return undefined;
  await inDocumentChange(db, span.docId, now.toISOString(), async () => {
    await db.relations.where('from').equals(id).or('to').equals(id).delete();
    await db.spans.delete(id);
  });
  return span;
}

/**
 * Runs a change to a document's spans in one transaction that also refreshes the document's
 * label counts and last-edited time, so the library never disagrees with the spans.
 */
async function inDocumentChange(
  db: TandaiDatabase,
  docId: string,
  stamp: string,
  change: () => Promise<unknown>,
): Promise<void> {
  await db.transaction('rw', [db.docs, db.spans, db.relations], async () => {
    await change();
    const counts = emptyCounts();
    await db.spans
      .where('docId')
      .equals(docId)
      .each((span) => {
        counts[span.label]++;
      });
    await db.docs.update(docId, { counts, updated: stamp });
  });
}
