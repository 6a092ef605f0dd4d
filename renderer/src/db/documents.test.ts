import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TandaiDatabase } from './database';
import { addDocuments, libraryEntries, setDocumentStatus } from './documents';
import { getAnnotator, setAnnotator } from './settings';
import { addSpan, deleteSpan, relabelSpan, spansOfDocument } from './spans';
import { storedSpan, storedSpans } from './testing';

let db: TandaiDatabase;
beforeEach(() => {
  db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const text = 'Intelijen AS mengungkapkan, Korea Utara mengirim lebih dari 10.000 tentara.';
const article = { id: 'sha256:a', text, meta: { title: 'Intelijen AS', file: 'a.txt' } };

describe('documents', () => {
  it('adds new documents and reports ones already there, creating nothing for them', async () => {
    const first = await addDocuments(db, [article]);
    expect(first.added.map((d) => d.id)).toEqual(['sha256:a']);
    const again = await addDocuments(db, [
      { ...article, meta: { title: 'Intelijen AS', file: 'copy.txt' } },
      { id: 'sha256:b', text: 'Lain', meta: { title: 'Lain', file: 'b.txt' } },
      { id: 'sha256:b', text: 'Lain', meta: { title: 'Lain', file: 'b2.txt' } },
    ]);
    expect(again.added.map((d) => d.meta.file)).toEqual(['b.txt']);
    expect(again.existing.map((e) => e.meta.file)).toEqual(['copy.txt', 'b2.txt']);
    expect(await db.docs.count()).toBe(2);
    expect((await db.docs.get('sha256:a'))?.meta.file).toBe('a.txt');
  });

  it('lists the library most recently edited first, with counts per label', async () => {
    await addDocuments(db, [article], new Date('2026-01-01'));
    await addDocuments(
      db,
      [{ id: 'sha256:b', text: 'Lain', meta: { title: 'Lain', file: 'b.txt' } }],
      new Date('2026-01-02'),
    );
    const start = text.indexOf('lebih');
    await addSpan(db, { docId: 'sha256:a', start, end: start + 17, label: 'QUANTITY', annotator: 'ana' });
    const entries = await libraryEntries(db);
    expect(entries.map((e) => e.meta.title)).toEqual(['Intelijen AS', 'Lain']);
    expect(entries[0]?.counts).toEqual({ CLAIM: 0, SOURCE: 0, QUANTITY: 1 });
    expect(entries[0]).not.toHaveProperty('text');
  });

  it('keeps the library list live: an added article or a status change shows without asking again', async () => {
    await addDocuments(db, [article], new Date('2026-01-01'));
    const seen: string[][] = [];
    const subscription = liveQuery(() => libraryEntries(db)).subscribe((entries) => {
      seen.push(entries.map((e) => `${e.meta.title}:${e.status}`));
    });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Intelijen AS:todo']));
    await addDocuments(
      db,
      [{ id: 'sha256:b', text: 'Lain', meta: { title: 'Lain', file: 'b.txt' } }],
      new Date('2026-01-02'),
    );
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Lain:todo', 'Intelijen AS:todo']));
    await setDocumentStatus(db, 'sha256:a', 'done');
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Intelijen AS:done', 'Lain:todo']));
    subscription.unsubscribe();
  });
});

/** "Intelijen AS", the first 12 characters of article a, tagged as a claim by ana. */
const tagIntelijenAsClaim = () =>
  addSpan(db, { docId: 'sha256:a', start: 0, end: 12, label: 'CLAIM', annotator: 'ana' });

describe('spans', () => {
  beforeEach(async () => {
    await addDocuments(db, [article]);
  });

  it('keeps spans in text order, outer before inner, and their text', async () => {
    const claimStart = text.indexOf('Korea');
    const quantityStart = text.indexOf('lebih');
    await addSpan(db, {
      docId: 'sha256:a',
      start: quantityStart,
      end: quantityStart + 17,
      label: 'QUANTITY',
      annotator: 'ana',
    });
    await addSpan(db, {
      docId: 'sha256:a',
      start: claimStart,
      end: text.length - 1,
      label: 'CLAIM',
      annotator: 'ana',
    });
    await addSpan(db, { docId: 'sha256:a', start: 0, end: 12, label: 'SOURCE', annotator: 'ana' });
    const spans = await spansOfDocument(db, 'sha256:a');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Intelijen AS',
      'Korea Utara mengirim lebih dari 10.000 tentara',
      'lebih dari 10.000',
    ]);
    expect((await db.docs.get('sha256:a'))?.counts).toEqual({ CLAIM: 1, SOURCE: 1, QUANTITY: 1 });
  });

  it("keeps a document's spans live: added, relabelled and deleted spans show without asking again", async () => {
    const seen: string[][] = [];
    const subscription = liveQuery(() => spansOfDocument(db, 'sha256:a')).subscribe((spans) => {
      seen.push(spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`));
    });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));
    const span = await tagIntelijenAsClaim();
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['CLAIM:Intelijen AS']));
    await relabelSpan(db, span.docId, span.id, 'SOURCE');
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['SOURCE:Intelijen AS']));
    await deleteSpan(db, span.docId, span.id);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));
    subscription.unsubscribe();
  });

  it('relabels and deletes, keeping the counts right', async () => {
    const span = await tagIntelijenAsClaim();
    await relabelSpan(db, span.docId, span.id, 'SOURCE');
    expect((await storedSpan(db, span))?.label).toBe('SOURCE');
    expect((await db.docs.get('sha256:a'))?.counts).toEqual({ CLAIM: 0, SOURCE: 1, QUANTITY: 0 });
    await db.relations.add({
      id: 'r1',
      docId: 'sha256:a',
      type: 'attributed_to',
      from: 'x',
      to: span.id,
      attrs: {},
      annotator: 'ana',
    });
    await deleteSpan(db, span.docId, span.id);
    expect(await storedSpans(db)).toEqual([]);
    expect(await db.relations.count()).toBe(0);
    expect((await db.docs.get('sha256:a'))?.counts).toEqual({ CLAIM: 0, SOURCE: 0, QUANTITY: 0 });
  });
});

describe('settings', () => {
  it('keeps the annotator name, trimmed, and refuses an empty one', async () => {
    expect(await getAnnotator(db)).toBeUndefined();
    await setAnnotator(db, '  ana ');
    expect(await getAnnotator(db)).toBe('ana');
    await expect(setAnnotator(db, '  ')).rejects.toThrow(/cannot be empty/);
  });
});
