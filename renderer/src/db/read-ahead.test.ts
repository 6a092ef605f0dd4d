import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandaiDatabase } from './database';
import { addDocuments } from './documents';
import { readAhead, takeReadAhead } from './read-ahead';
import { addSpan } from './spans';

const text = 'Korea Utara mengirim 10.000 tentara ke Rusia, kata Hayashi.';
const at = (surface: string) => ({
  start: text.indexOf(surface),
  end: text.indexOf(surface) + surface.length,
});

let db: TandaiDatabase;
beforeEach(async () => {
  db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
  await addDocuments(db, [
    { id: 'sha256:a', text, meta: { title: 'A', file: 'a.txt' } },
    { id: 'sha256:b', text: 'Lain', meta: { title: 'B', file: 'b.txt' } },
  ]);
  await addSpan(db, { docId: 'sha256:a', ...at('Hayashi'), label: 'SOURCE', annotator: 'ana' });
  await addSpan(db, { docId: 'sha256:a', ...at('10.000 tentara'), label: 'QUANTITY', annotator: 'ana' });
});
afterEach(() => db.delete());

describe('reading an article ahead of its page', () => {
  it('gives the page that opens it the text and its spans in text order, once', async () => {
    readAhead(db, 'sha256:a');
    const read = await takeReadAhead(db, 'sha256:a');
    expect(read?.doc?.meta.title).toBe('A');
    expect(read?.spans.map((span) => read.doc?.text.slice(span.start, span.end))).toEqual([
      '10.000 tentara',
      'Hayashi',
    ]);
    expect(read?.relations).toEqual([]);
    // Taken once: the page keeps itself up to date from then on.
    expect(takeReadAhead(db, 'sha256:a')).toBeUndefined();
  });

  it('keeps only the article asked for last, in the database it was asked of', async () => {
    readAhead(db, 'sha256:a');
    readAhead(db, 'sha256:b');
    expect(takeReadAhead(db, 'sha256:a')).toBeUndefined();
    const other = new TandaiDatabase(db.name);
    expect(takeReadAhead(other, 'sha256:b')).toBeUndefined();
    expect((await takeReadAhead(db, 'sha256:b'))?.doc?.text).toBe('Lain');
    other.close();
  });
});
