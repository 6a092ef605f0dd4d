import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetDocument, DatasetSpan } from '../model/dataset';
import { documentId } from '../model/document-id';
import { TandaiDatabase } from './database';
import { addDocuments, getDocument, libraryEntries } from './documents';
import { undo } from './history';
import { importDataset } from './import-dataset';
import { addSpan, deleteSpan, spansOfDocument } from './spans';
import { storedSpans } from './testing';

const text = 'Intelijen AS mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara.';
const at = (surface: string) => ({
  start: text.indexOf(surface),
  end: text.indexOf(surface) + surface.length,
});

async function colleagueFile(annotator: string): Promise<DatasetDocument> {
  return {
    id: await documentId(text),
    text,
    meta: { title: 'Intelijen AS', file: 'a.txt', status: 'done' },
    spans: [
      {
        id: 's1',
        ...at('Intelijen AS'),
        label: 'SOURCE',
        annotator,
        status: 'accepted',
        note: 'n',
        attrs: { role: 'primary' },
      },
      {
        id: 's2',
        ...at('Korea Utara telah mengirim lebih dari 10.000 tentara'),
        label: 'CLAIM',
        annotator,
        status: 'suggested',
        note: '',
        attrs: {},
      },
    ],
    relations: [
      { id: 'r1', type: 'attributed_to', from: 's2', to: 's1', attrs: { cue: 'mengungkapkan' }, annotator },
    ],
  };
}

const otherText = 'Menurut Hayashi, Korea Utara telah mengirim 3.000 tentara lagi.';

/** Another article with the same source and claim (same ids, same link) as `file`, on its own text. */
async function hayashiArticle(file: DatasetDocument): Promise<DatasetDocument> {
  return {
    id: await documentId(otherText),
    text: otherText,
    meta: { title: 'Hayashi', file: 'b.txt' },
    spans: [
      { ...(file.spans[0] as DatasetSpan), start: 8, end: 15 },
      { ...(file.spans[1] as DatasetSpan), start: 17, end: 62 },
    ],
    relations: file.relations,
  };
}

let db: TandaiDatabase;
beforeEach(() => {
  db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('importDataset', () => {
  it('adds documents, spans and relations as they are in the file', async () => {
    const doc = await colleagueFile('ana');
    expect(await importDataset(db, [doc])).toEqual({
      documentsAdded: 1,
      documentsExisting: 0,
      spansAdded: 2,
      spansSkipped: 0,
      relationsAdded: 1,
    });
    const spans = await spansOfDocument(db, doc.id);
    expect(
      spans.map((s) => [s.id, s.label, text.slice(s.start, s.end), s.annotator, s.status, s.note]),
    ).toEqual([
      ['s1', 'SOURCE', 'Intelijen AS', 'ana', 'accepted', 'n'],
      ['s2', 'CLAIM', 'Korea Utara telah mengirim lebih dari 10.000 tentara', 'ana', 'suggested', ''],
    ]);
    expect(await db.relations.toArray()).toMatchObject([{ id: 'r1', from: 's2', to: 's1', docId: doc.id }]);
    expect(await db.docs.get(doc.id)).toMatchObject({
      status: 'done',
      counts: { CLAIM: 1, SOURCE: 1, QUANTITY: 0 },
    });
  });

  it('gives a second colleague’s spans with the same ids new ids, and keeps their relations joined', async () => {
    await importDataset(db, [await colleagueFile('ana')]);
    const result = await importDataset(db, [await colleagueFile('budi')]);
    expect(result).toMatchObject({
      documentsAdded: 0,
      documentsExisting: 1,
      spansAdded: 2,
      relationsAdded: 1,
    });
    const budi = (await storedSpans(db)).filter((s) => s.annotator === 'budi');
    expect(budi.map((s) => s.id)).not.toContain('s1');
    const relation = (await db.relations.toArray()).find((r) => r.annotator === 'budi');
    expect(budi.map((s) => s.id).sort()).toEqual([relation?.from, relation?.to].sort());
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await importDataset(db, [await colleagueFile('ana')]);
    expect(await importDataset(db, [await colleagueFile('ana')])).toMatchObject({
      spansAdded: 0,
      spansSkipped: 2,
      relationsAdded: 0,
    });
    expect(await storedSpans(db)).toHaveLength(2);
  });

  it('keeps the span ids a second document in the same file repeats, as ids are per document, and gives its links new ids', async () => {
    const first = await colleagueFile('ana');
    const second = await hayashiArticle(first);
    expect(await importDataset(db, [first, second])).toEqual({
      documentsAdded: 2,
      documentsExisting: 0,
      spansAdded: 4,
      spansSkipped: 0,
      relationsAdded: 2,
    });
    expect((await spansOfDocument(db, first.id)).map((s) => s.id)).toEqual(['s1', 's2']);
    const secondSpans = await spansOfDocument(db, second.id);
    expect(secondSpans.map((s) => otherText.slice(s.start, s.end))).toEqual([
      'Hayashi',
      'Korea Utara telah mengirim 3.000 tentara lagi',
    ]);
    expect(secondSpans.map((s) => s.id)).toEqual(['s1', 's2']);
    const relations = await db.relations.toArray();
    expect(relations.map((r) => [r.docId, r.from, r.to])).toEqual(
      expect.arrayContaining([
        [first.id, 's2', 's1'],
        [second.id, 's2', 's1'],
      ]),
    );
    expect(new Set(relations.map((r) => r.id)).size).toBe(2);
    expect((await getDocument(db, second.id))?.counts).toEqual({ CLAIM: 1, SOURCE: 1, QUANTITY: 0 });
  });

  it('joins a file’s spans to an article already in the library, keeping its text, title, status and own spans', async () => {
    await addDocuments(db, [{ id: await documentId(text), text, meta: { title: 'Mine', file: 'mine.txt' } }]);
    const docId = await documentId(text);
    await addSpan(db, { docId, ...at('10.000 tentara'), label: 'QUANTITY', annotator: 'me' });
    const newText = 'Artikel baru dari rekan.';
    const fresh: DatasetDocument = {
      id: await documentId(newText),
      text: newText,
      meta: { title: 'Baru', file: 'baru.txt', status: 'in_progress' },
      spans: [],
      relations: [],
    };
    const result = await importDataset(db, [await colleagueFile('ana'), fresh], new Date('2030-01-01'));
    expect(result).toEqual({
      documentsAdded: 1,
      documentsExisting: 1,
      spansAdded: 2,
      spansSkipped: 0,
      relationsAdded: 1,
    });
    const mine = await getDocument(db, docId);
    expect(mine).toMatchObject({
      text,
      meta: { title: 'Mine', file: 'mine.txt' },
      status: 'in_progress',
      counts: { CLAIM: 1, SOURCE: 1, QUANTITY: 1 },
      updated: '2030-01-01T00:00:00.000Z',
    });
    expect((await spansOfDocument(db, docId)).map((s) => s.annotator).sort()).toEqual(['ana', 'ana', 'me']);
    expect(await getDocument(db, fresh.id)).toMatchObject({ text: newText, status: 'in_progress' });
    expect((await libraryEntries(db)).map((e) => e.meta.title).sort()).toEqual(['Baru', 'Mine']);
  });

  it('reads a document that appears twice in one file as one article with both layers', async () => {
    const result = await importDataset(db, [await colleagueFile('ana'), await colleagueFile('budi')]);
    expect(result).toEqual({
      documentsAdded: 1,
      documentsExisting: 1,
      spansAdded: 4,
      spansSkipped: 0,
      relationsAdded: 2,
    });
    const doc = await colleagueFile('ana');
    expect((await getDocument(db, doc.id))?.counts).toEqual({ CLAIM: 2, SOURCE: 2, QUANTITY: 0 });
    expect(await db.docs.count()).toBe(1);
  });

  it('gives a link whose id repeats within one document a new id instead of failing', async () => {
    const doc = await colleagueFile('ana');
    const first = doc.relations[0] as DatasetDocument['relations'][number];
    doc.relations.push({ ...first, type: 'part_of', from: 's1', to: 's2' });
    expect(await importDataset(db, [doc])).toMatchObject({ spansAdded: 2, relationsAdded: 2 });
    const relations = await db.relations.toArray();
    expect(relations.map((r) => [r.type, r.from, r.to]).sort()).toEqual([
      ['attributed_to', 's2', 's1'],
      ['part_of', 's1', 's2'],
    ]);
    expect(relations.map((r) => r.id)).toContain('r1');
    expect(new Set(relations.map((r) => r.id)).size).toBe(2);
  });

  it('does not reuse the id of a deleted span or link, so undoing the delete overwrites nothing imported', async () => {
    const ana = await colleagueFile('ana');
    await importDataset(db, [ana]);
    await deleteSpan(db, ana.id, 's2');
    expect(await db.relations.count()).toBe(0);
    // A colleague's file with the same ids, on other text: s1 is in use, s2 and r1 are only in the history.
    const budi = await colleagueFile('budi');
    budi.spans[1] = { ...(budi.spans[1] as DatasetSpan), ...at('lebih dari 10.000') };
    await importDataset(db, [budi]);
    expect(await undo(db, ana.id)).toBe('Delete claim');
    const spans = await spansOfDocument(db, ana.id);
    expect(spans.map((s) => `${s.annotator}:${text.slice(s.start, s.end)}`).sort()).toEqual([
      'ana:Intelijen AS',
      'ana:Korea Utara telah mengirim lebih dari 10.000 tentara',
      'budi:Intelijen AS',
      'budi:lebih dari 10.000',
    ]);
    expect(new Set(spans.map((s) => s.id)).size).toBe(4);
    const relations = await db.relations.toArray();
    expect(relations.map((r) => r.annotator).sort()).toEqual(['ana', 'budi']);
    expect(new Set(relations.map((r) => r.id)).size).toBe(2);
  });

  it('re-importing a file after deleting one of its tags, then undoing the delete, leaves one copy', async () => {
    const ana = await colleagueFile('ana');
    await importDataset(db, [ana]);
    await deleteSpan(db, ana.id, 's2');
    await importDataset(db, [ana]);
    expect(await undo(db, ana.id)).toBe('Delete claim');
    const spans = await spansOfDocument(db, ana.id);
    expect(spans.map((s) => `${s.id}:${text.slice(s.start, s.end)}`)).toEqual([
      's1:Intelijen AS',
      's2:Korea Utara telah mengirim lebih dari 10.000 tentara',
    ]);
    expect((await db.relations.toArray()).map((r) => [r.id, r.from, r.to])).toEqual([['r1', 's2', 's1']]);
    expect((await getDocument(db, ana.id))?.counts).toEqual({ CLAIM: 1, SOURCE: 1, QUANTITY: 0 });
  });

  it('does not give a link the id of a link deleted in another article', async () => {
    const ana = await colleagueFile('ana');
    await importDataset(db, [ana]);
    await deleteSpan(db, ana.id, 's2');
    const other = await hayashiArticle(ana);
    await importDataset(db, [other]);
    expect(await undo(db, ana.id)).toBe('Delete claim');
    const relations = await db.relations.toArray();
    expect(relations.map((r) => r.docId).sort()).toEqual([ana.id, other.id].sort());
  });

  it('changes nothing when the transaction fails half way', async () => {
    await importDataset(db, [await colleagueFile('ana')]);
    const broken = { ...(await colleagueFile('cici')), id: 'sha256:other', text: 'x' };
    // A link without an id cannot be stored: the relations' bulkPut fails, after the other tables' writes.
    (broken.relations[0] as { id: unknown }).id = undefined;
    await expect(importDataset(db, [await colleagueFile('dedi'), broken])).rejects.toThrow();
    expect((await storedSpans(db)).map((s) => s.annotator)).toEqual(['ana', 'ana']);
    expect(await db.docs.count()).toBe(1);
  });
});
