import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandaiDatabase } from '../../db/database';
import { getDocument } from '../../db/documents';
import { importArticleFiles } from './import-articles';

const corpusDir = new URL('../../../../../shared/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, corpusDir))) }));

let db: TandaiDatabase;
beforeEach(() => {
  db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('importArticleFiles', () => {
  it('imports the five corpus articles once, keeping file names and first lines as titles', async () => {
    const first = await importArticleFiles(db, corpus);
    expect(first.added).toHaveLength(5);
    expect(first.failed).toEqual([]);
    const stored = await getDocument(db, first.added.find((a) => a.file.startsWith('002'))?.id ?? '');
    expect(stored?.meta.title.startsWith('SEOUL, KOMPAS.TV - Tentara Korea Utara')).toBe(true);
    expect(stored?.text).toBe(readFileSync(new URL('002_6eb3d2f8a7884fb1.txt', corpusDir), 'utf8'));

    const again = await importArticleFiles(db, corpus);
    expect(again.added).toEqual([]);
    expect(again.existing.map((e) => e.file).sort()).toEqual(corpus.map((f) => f.name).sort());
    expect(await db.docs.count()).toBe(5);
  });

  it('reports unreadable files by name and still imports the others', async () => {
    const report = await importArticleFiles(db, [
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'photo.txt', bytes: new Uint8Array([0xff, 0xd8, 0, 0]) },
      corpus[0] as { name: string; bytes: Uint8Array },
    ]);
    expect(report.failed).toEqual([
      { file: 'empty.txt', error: 'the file is empty' },
      { file: 'photo.txt', error: 'binary data (a NUL byte at byte 2), not text' },
    ]);
    expect(report.added).toHaveLength(1);
  });

  it('treats a CRLF copy of an article as the same document', async () => {
    const lf = corpus[1] as { name: string; bytes: Uint8Array };
    const crlf = new TextEncoder().encode(new TextDecoder().decode(lf.bytes).replace(/\n/g, '\r\n'));
    await importArticleFiles(db, [lf]);
    const report = await importArticleFiles(db, [{ name: 'windows.txt', bytes: crlf }]);
    expect(report.existing).toHaveLength(1);
    expect(await db.docs.count()).toBe(1);
  });
});
