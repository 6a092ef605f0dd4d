import type { RecordChange } from '../model/change';
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
 * Spans of a document in text order: by start, longer first, so an enclosing span precedes what it holds.
 * Read in an explicit transaction: inside a live query Dexie would otherwise deep-clone every span
 * for its cache on each read (a 5,000-span article is opened, and re-read after each edit).
 */
export async function spansOfDocument(db: TandaiDatabase, docId: string): Promise<Span[]> {
  const spans = await db.transaction('r', db.spans, () => db.spans.where('docId').equals(docId).toArray());
  return spans.sort(compareSpans);
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || compareText(a.created, b.created) || compareText(a.id, b.id);
}

/** Code-unit order: ISO timestamps and ids need no locale, and sorting 100k spans should not pay for one. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
      const existing = new Set((await db.spans.where('docId').equals(docId).toArray()).map(rangeKey));
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
  id: string,
  label: Label,
  now = new Date(),
): Promise<void> {
  await updateSpan(
    db,
    id,
    `Relabel as ${label.toLowerCase()}`,
    (span) => (span.label === label ? null : { label }),
    now,
  );
}

export async function resizeSpan(
  db: TandaiDatabase,
  id: string,
  start: number,
  end: number,
  now = new Date(),
): Promise<void> {
  await updateSpan(
    db,
    id,
    'Resize span',
    (span) => (span.start === start && span.end === end ? null : { start, end }),
    now,
  );
}

export async function setSpanNote(
  db: TandaiDatabase,
  id: string,
  note: string,
  now = new Date(),
): Promise<void> {
  await updateSpan(db, id, 'Edit note', (span) => (span.note === note ? null : { note }), now);
}

export async function setSpanAttrs(
  db: TandaiDatabase,
  id: string,
  attrs: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  await updateSpan(
    db,
    id,
    'Edit attributes',
    (span) => (JSON.stringify(span.attrs) === JSON.stringify(attrs) ? null : { attrs }),
    now,
  );
}

/** Deletes a span and every relation that touches it, as one undoable step. */
export async function deleteSpan(
  db: TandaiDatabase,
  id: string,
  now = new Date(),
): Promise<Span | undefined> {
  const span = await db.spans.get(id);
  if (!span) return undefined;
  await commit(
    db,
    span.docId,
    `Delete ${span.label.toLowerCase()}`,
    async () => {
      const current = await db.spans.get(id);
      if (!current) return [];
      const relations = await db.relations.where('from').equals(id).or('to').equals(id).toArray();
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
  id: string,
  description: string,
  change: (span: Span) => Partial<Span> | null,
  now: Date,
): Promise<void> {
  const span = await db.spans.get(id);
  if (!span) return;
  await commit(
    db,
    span.docId,
    description,
    async () => {
      const current = await db.spans.get(id);
      const patch = current && change(current);
      if (!current || !patch) return [];
      return [
        { table: 'spans', id, before: current, after: { ...current, ...patch, updated: now.toISOString() } },
      ];
    },
    now,
  );
}

function added(span: Span): RecordChange {
  return { table: 'spans', id: span.id, before: null, after: span };
}

function rangeKey(span: Pick<Span, 'start' | 'end' | 'label'>): string {
  return `${span.start}:${span.end}:${span.label}`;
}
