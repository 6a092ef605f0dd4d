import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TandaiDatabase } from './database';
import { datasetDocuments } from './dataset-documents';
import { documentsMatching, getDocument, libraryEntries } from './documents';
import { undo } from './history';
import { relabelSpan, spansOfDocument } from './spans';
import { databaseAtVersion } from './testing';

let db: TandaiDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

/** A database as schema v3 left it: each document's text and words in its `docs` row. */
async function versionThreeDatabase(name: string): Promise<void> {
  const old = databaseAtVersion(name, 3);
  const counts = { CLAIM: 1, SOURCE: 0, QUANTITY: 0 };
  await old.table('docs').bulkAdd([
    {
      id: 'sha256:a',
      text: 'Korea Utara mengirim 10.000 tentara',
      words: ['korea', 'utara', 'mengirim', '10', '000', 'tentara', 'lama', 'a', 'txt'],
      meta: { title: 'Lama', file: 'a.txt' },
      status: 'in_progress',
      counts,
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-02T00:00:00.000Z',
    },
    {
      id: 'sha256:b',
      text: 'Hayashi berkata di Tokyo',
      words: ['hayashi', 'berkata', 'di', 'tokyo', 'baru', 'b', 'txt'],
      meta: { title: 'Baru', file: 'b.txt' },
      status: 'todo',
      counts: { CLAIM: 0, SOURCE: 0, QUANTITY: 0 },
      created: '2026-01-03T00:00:00.000Z',
      updated: '2026-01-03T00:00:00.000Z',
    },
  ]);
  await old.table('spans').add({
    id: 's1',
    docId: 'sha256:a',
    start: 0,
    end: 11,
    label: 'CLAIM',
    annotator: 'ana',
    status: 'accepted',
    note: '',
    attrs: {},
    created: '',
    updated: '',
  });
  old.close();
}

describe('schema v4', () => {
  it('moves texts out of the library rows of a v3 database, keeping text, search and spans', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await versionThreeDatabase(name);
    db = new TandaiDatabase(name);

    const entries = await libraryEntries(db);
    expect(entries.map((entry) => entry.meta.title)).toEqual(['Baru', 'Lama']);
    for (const entry of entries) {
      expect(entry).not.toHaveProperty('text');
      expect(entry).not.toHaveProperty('words');
    }
    expect(await getDocument(db, 'sha256:a')).toMatchObject({
      text: 'Korea Utara mengirim 10.000 tentara',
      meta: { title: 'Lama', file: 'a.txt' },
      status: 'in_progress',
      counts: { CLAIM: 1, SOURCE: 0, QUANTITY: 0 },
    });
    expect([...(await documentsMatching(db, 'hayas'))]).toEqual(['sha256:b']);
    expect([...(await documentsMatching(db, 'korea tentara'))]).toEqual(['sha256:a']);
    expect([...(await documentsMatching(db, 'tokyo korea'))]).toEqual([]);

    const exported = await datasetDocuments(db);
    expect(exported.map((doc) => [doc.id, doc.text, doc.spans.map((span) => span.id)])).toEqual([
      ['sha256:a', 'Korea Utara mengirim 10.000 tentara', ['s1']],
      ['sha256:b', 'Hayashi berkata di Tokyo', []],
    ]);
  });
});

describe('schema v6', () => {
  it('gathers each document’s spans of a v4 database into one record, in text order, and edits them', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const text = 'Korea Utara mengirim 10.000 tentara ke Rusia, kata Hayashi.';
    const at = (surface: string) => ({
      start: text.indexOf(surface),
      end: text.indexOf(surface) + surface.length,
    });
    const old = databaseAtVersion(name, 4);
    const span = (id: string, docId: string, surface: string, label: string) => ({
      id,
      docId,
      ...at(surface),
      label,
      annotator: 'ana',
      status: 'accepted',
      note: '',
      attrs: {},
      created: '2026-01-01T00:00:00.000Z',
      updated: '2026-01-01T00:00:00.000Z',
    });
    await old.table('docs').bulkAdd(
      ['sha256:a', 'sha256:b'].map((id) => ({
        id,
        meta: { title: id, file: `${id}.txt` },
        status: 'in_progress',
        counts: { CLAIM: 1, SOURCE: 1, QUANTITY: 1 },
        created: '2026-01-01T00:00:00.000Z',
        updated: '2026-01-01T00:00:00.000Z',
      })),
    );
    await old.table('texts').bulkAdd([
      { id: 'sha256:a', text, words: [] },
      { id: 'sha256:b', text, words: [] },
    ]);
    // Stored by id, which is not text order.
    await old
      .table('spans')
      .bulkAdd([
        span('a1', 'sha256:a', 'Hayashi', 'SOURCE'),
        span('a2', 'sha256:a', '10.000', 'QUANTITY'),
        span('a3', 'sha256:a', 'Korea Utara mengirim 10.000 tentara ke Rusia', 'CLAIM'),
        span('b1', 'sha256:b', 'Rusia', 'SOURCE'),
      ]);
    old.close();

    db = new TandaiDatabase(name);
    const painted = async (docId: string) =>
      (await spansOfDocument(db as TandaiDatabase, docId)).map(
        (s) => `${s.id}:${text.slice(s.start, s.end)}`,
      );
    expect(await painted('sha256:a')).toEqual([
      'a3:Korea Utara mengirim 10.000 tentara ke Rusia',
      'a2:10.000',
      'a1:Hayashi',
    ]);
    expect(await painted('sha256:b')).toEqual(['b1:Rusia']);
    expect(db.tables.map((table) => table.name)).not.toContain('spans');

    await relabelSpan(db, 'sha256:a', 'a2', 'CLAIM');
    expect((await spansOfDocument(db, 'sha256:a')).map((s) => s.label)).toEqual(['CLAIM', 'CLAIM', 'SOURCE']);
    expect((await getDocument(db, 'sha256:a'))?.counts).toEqual({ CLAIM: 2, SOURCE: 1, QUANTITY: 0 });
    expect(await undo(db, 'sha256:a')).toBe('Relabel as claim');
    expect((await spansOfDocument(db, 'sha256:a')).map((s) => s.label)).toEqual([
      'CLAIM',
      'QUANTITY',
      'SOURCE',
    ]);
    expect(await painted('sha256:b')).toEqual(['b1:Rusia']);
  });
});
