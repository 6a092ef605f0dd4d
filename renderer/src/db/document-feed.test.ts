import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Span } from '../model/types';
import { TandaiDatabase } from './database';
import { documentFeed, HeldQuery, preloadDocument } from './document-feed';
import { addDocuments } from './documents';
import { undo } from './history';
import { addSpan } from './spans';

const text = 'Sekitar 10.000 tentara Korea Utara dikirim ke Rusia, kata NIS.';
const at = (surface: string) => ({
  start: text.indexOf(surface),
  end: text.indexOf(surface) + surface.length,
});
const docId = 'sha256:feed';

let db: TandaiDatabase;
beforeEach(async () => {
  db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
  await addDocuments(db, [{ id: docId, text, meta: { title: 'Pasukan', file: 'pasukan.txt' } }]);
  await addSpan(db, { docId, ...at('10.000 tentara'), label: 'QUANTITY', annotator: 'ana' });
});
afterEach(async () => {
  await db.delete();
});

/** The next value a query sends that passes `until`. */
function nextValue<T>(query: HeldQuery<T>, until: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = query.subscribe(
      (value) => {
        if (!until(value)) return;
        queueMicrotask(() => subscription.unsubscribe());
        resolve(value);
      },
      (error) => reject(error),
    );
  });
}
const surfaces = (spans: readonly Span[]) => spans.map((span) => text.slice(span.start, span.end));

describe('documentFeed', () => {
  it('has the whole document once preloaded, for a page that mounts afterwards to draw at once', async () => {
    await preloadDocument(db, docId);
    const feed = documentFeed(db, docId);
    for (const part of Object.values(feed)) expect(part.hasValue()).toBe(true);
    expect(feed.doc.getValue()?.text).toBe(text);
    expect(feed.doc.getValue()?.meta.title).toBe('Pasukan');
    expect(surfaces(feed.spans.getValue())).toEqual(['10.000 tentara']);
    expect(feed.relations.getValue()).toEqual([]);
    expect(feed.history.getValue()).toEqual({ undo: 'Tag quantity', redo: null });
    // A subscriber is given the value it already read, the same object: no second render.
    const spans = feed.spans.getValue();
    let given: Span[] | undefined;
    const subscription = feed.spans.subscribe((value) => {
      given = value;
    });
    expect(given).toBe(spans);
    subscription.unsubscribe();
  });

  it('is one feed per document while it runs, and follows edits and undo', async () => {
    const feed = documentFeed(db, docId);
    expect(documentFeed(db, docId)).toBe(feed);
    expect(documentFeed(db, 'sha256:other')).not.toBe(feed);
    const first = await nextValue(feed.spans, (spans) => spans.length === 1);
    expect(surfaces(first)).toEqual(['10.000 tentara']);

    const added = nextValue(feed.spans, (spans) => spans.length === 2);
    await addSpan(db, { docId, ...at('NIS'), label: 'SOURCE', annotator: 'ana' });
    expect(surfaces(await added)).toEqual(['10.000 tentara', 'NIS']);

    const undone = nextValue(feed.spans, (spans) => spans.length === 1);
    const history = nextValue(feed.history, (state) => state.redo === 'Tag source');
    await undo(db, docId);
    expect(surfaces(await undone)).toEqual(['10.000 tentara']);
    expect(await history).toEqual({ undo: 'Tag quantity', redo: 'Tag source' });
  });

  it('a document that is not there answers undefined rather than waiting', async () => {
    await preloadDocument(db, 'sha256:missing');
    expect(documentFeed(db, 'sha256:missing').doc.getValue()).toBeUndefined();
    expect(documentFeed(db, 'sha256:missing').spans.getValue()).toEqual([]);
  });
});

describe('HeldQuery', () => {
  it('stops once nobody has held it for the grace period, and then forgets what it read', async () => {
    let stops = 0;
    let reads = 0;
    const query = new HeldQuery(
      async () => {
        reads++;
        return (await db.docs.get(docId))?.meta.title;
      },
      () => stops++,
      20,
    );
    await query.answer();
    expect(query.getValue()).toBe('Pasukan');
    expect(query.running).toBe(true);
    // Held again within the grace period: the same query goes on.
    const release = query.hold();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(query.running).toBe(true);
    expect(reads).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(query.running).toBe(false);
    expect(stops).toBe(1);
    expect(query.hasValue()).toBe(false);
    // Asked again, it reads again (and so sees changes made while it was stopped).
    await db.docs.update(docId, { meta: { title: 'Pasukan Korea', file: 'pasukan.txt' } });
    await query.answer();
    expect(query.getValue()).toBe('Pasukan Korea');
    expect(reads).toBe(2);
  });

  it('asked again while answered, starts its grace period again for the page that mounts next', async () => {
    const query = new HeldQuery(
      async () => (await db.docs.get(docId))?.meta.title,
      () => {},
      60,
    );
    await query.answer();
    await new Promise((resolve) => setTimeout(resolve, 40));
    // A second preload, answered from what it holds; the page that reads it subscribes a frame later.
    await query.answer();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(query.running).toBe(true);
    expect(query.getValue()).toBe('Pasukan');
  });

  it('passes a failed read to its subscribers, and a preload waiting on it goes on', async () => {
    const query = new HeldQuery<string>(
      () => Promise.reject(new Error('disk full')),
      () => {},
      20,
    );
    const failed = new Promise<unknown>((resolve) => query.subscribe(() => {}, resolve));
    await query.answer();
    expect(String(await failed)).toContain('disk full');
    expect(query.hasValue()).toBe(false);
  });
});
