import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TandaiDatabase } from './database';
import { addDocuments, documentsMatching } from './documents';
import { databaseAtVersion } from './testing';

let db: TandaiDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('documentsMatching', () => {
  it('finds documents by word prefixes of their text, title and file name, every query word required', async () => {
    db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
    await addDocuments(db, [
      {
        id: 'a',
        text: 'Jepang ketakutan.\nHayashi berkata tentara Korea Utara…',
        meta: { title: 'Jepang ketakutan', file: 'kompas-000.txt' },
      },
      { id: 'b', text: 'Korea Selatan dan Korea Utara', meta: { title: 'Korea', file: 'jatim.txt' } },
    ]);
    expect([...(await documentsMatching(db, 'hayas'))]).toEqual(['a']);
    expect([...(await documentsMatching(db, 'KOREA utara'))].sort()).toEqual(['a', 'b']);
    expect([...(await documentsMatching(db, 'korea selatan'))]).toEqual(['b']);
    expect([...(await documentsMatching(db, 'jatim'))]).toEqual(['b']);
    expect([...(await documentsMatching(db, 'tidakada'))]).toEqual([]);
  });

  it('indexes documents stored before the index existed when the database is upgraded', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = databaseAtVersion(name, 2);
    await old.table('docs').add({
      id: 'x',
      text: 'Pyongyang mengirim pasukan',
      meta: { title: 'Lama', file: 'lama.txt' },
      status: 'todo',
      counts: { CLAIM: 0, SOURCE: 0, QUANTITY: 0 },
      created: '',
      updated: '',
    });
    old.close();
    db = new TandaiDatabase(name);
    expect([...(await documentsMatching(db, 'pyong'))]).toEqual(['x']);
  });
});
