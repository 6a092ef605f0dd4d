import type { RecordChange } from '../model/change';
import { compareSpans } from '../model/span-order';
import type { Label, Relation, Span } from '../model/types';
import type { TandaiDatabase } from './database';
import { commit } from './history';

export interface NewSpan {
  docId: string;
  start: number;
  end: number;
  label: Label;
  annotator: string;
  note?: string;
  attrs?: Record<string, unknown>;
}

/**
 * A document's spans in text order (`compareSpans`: by start, longer first, so an enclosing span precedes
 * what it holds), as its one record keeps them. Read in an explicit transaction, so that inside a live
 * query Dexie does not deep-clone them for its cache on each read.
 */
export async function spansOfDocument(db: TandaiDatabase, docId: string): Promise<Span[]> {
  const set = await db.transaction('r', db.spanSets, () => db.spanSets.get(docId));
  return set?.spans ?? [];
}

/** Writes a document's spans as its one record, in text order. */
export function putSpans(db: TandaiDatabase, docId: string, spans: Span[]): Promise<string> {
  return db.spanSets.put({ docId, spans: spans.sort(compareSpans) });
}

export function relationsOfDocument(db: TandaiDatabase, docId: string): Promise<Relation[]> {
  return db.relations.where('docId').equals(docId).toArray();
}

function newSpan(input: NewSpan, stamp: string): Span {
  return {
    id: crypto.randomUUID(),
    docId: input.docId,
    start: input.start,
    end: input.end,
    label: input.label,
    annotator: input.annotator,
    status: 'accepted',
    note: input.note ?? '',
    attrs: input.attrs ?? {},
    created: stamp,
    updated: stamp,
  };
}

export async function addSpan(db: TandaiDatabase, input: NewSpan, now = new Date()): Promise<Span> {
  const span = newSpan(input, now.toISOString());
  await commit(db, input.docId, `Tag ${input.label.toLowerCase()}`, async () => [added(span)], now);
  return span;
}

/** Adds several spans as one undoable step, skipping any that repeats a span of the same label and range. */
export async function addSpans(
  db: TandaiDatabase,
  docId: string,
  inputs: readonly NewSpan[],
  description: string,
  now = new Date(),
): Promise<Span[]> {
  const stamp = now.toISOString();
  const created: Span[] = [];
  await commit(
    db,
    docId,
    description,
    async () => {
      const existing = new Set((await spansOfDocument(db, docId)).map(rangeKey));
      for (const input of inputs) {
        const span = newSpan(input, stamp);
        if (existing.has(rangeKey(span))) continue;
        existing.add(rangeKey(span));
        created.push(span);
      }
      return created.map(added);
    },
    now,
  );
  return created;
}

export async function relabelSpan(
  db: TandaiDatabase,
  docId: string,
  id: string,
  label: Label,
  now = new Date(),
): Promise<void> {
  await updateSpan(
    db,
    docId,
    id,
    `Relabel as ${label.toLowerCase()}`,
    (span) => (span.label === label ? null : { label }),
    now,
  );
}

export async function resizeSpan(
  db: TandaiDatabase,
  docId: string,
  id: string,
  start: number,
  end: number,
  now = new Date(),
): Promise<void> {
  await updateSpan(
    db,
    docId,
    id,
    'Resize span',
    (span) => (span.start === start && span.end === end ? null : { start, end }),
    now,
  );
}

export async function setSpanNote(
  db: TandaiDatabase,
  docId: string,
  id: string,
  note: string,
  now = new Date(),
): Promise<void> {
  await updateSpan(db, docId, id, 'Edit note', (span) => (span.note === note ? null : { note }), now);
}

export async function setSpanAttrs(
  db: TandaiDatabase,
  docId: string,
  id: string,
  attrs: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  await updateSpan(
    db,
    docId,
    id,
    'Edit attributes',
    (span) => (JSON.stringify(span.attrs) === JSON.stringify(attrs) ? null : { attrs }),
    now,
  );
}

/** Deletes a span and every relation that touches it, as one undoable step. */
export async function deleteSpan(
  db: TandaiDatabase,
  docId: string,
  id: string,
  now = new Date(),
): Promise<Span | undefined> {
  const span = await findSpan(db, docId, id);
  if (!span) return undefined;
  await commit(
    db,
    docId,
    `Delete ${span.label.toLowerCase()}`,
    async () => {
      const current = await findSpan(db, docId, id);
      if (!current) return [];
      const relations = await db.relations
        .where('docId')
        .equals(docId)
        .filter((relation) => relation.from === id || relation.to === id)
        .toArray();
      return [
        ...relations.map(
          (relation): RecordChange => ({
            table: 'relations',
            id: relation.id,
            before: relation,
            after: null,
          }),
        ),
        { table: 'spans', id, before: current, after: null },
      ];
    },
    now,
  );
  return span;
}

async function updateSpan(
  db: TandaiDatabase,
  docId: string,
  id: string,
  description: string,
  change: (span: Span) => Partial<Span> | null,
  now: Date,
): Promise<void> {
  await commit(
    db,
    docId,
    description,
    async () => {
      const current = await findSpan(db, docId, id);
      const patch = current && change(current);
      if (!current || !patch) return [];
      return [
        { table: 'spans', id, before: current, after: { ...current, ...patch, updated: now.toISOString() } },
      ];
    },
    now,
  );
}

/** A span of a document by its id, as now stored; undefined once it is gone. */
export async function findSpan(db: TandaiDatabase, docId: string, id: string): Promise<Span | undefined> {
  return (await spansOfDocument(db, docId)).find((span) => span.id === id);
}

function added(span: Span): RecordChange {
  return { table: 'spans', id: span.id, before: null, after: span };
}

function rangeKey(span: Pick<Span, 'start' | 'end' | 'label'>): string {
  return `${span.start}:${span.end}:${span.label}`;
}
