import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetDocument } from '../model/dataset';
import { documentId } from '../model/document-id';
import { TandaiDatabase } from './database';
import { importDataset } from './import-dataset';
import { spansOfDocument } from './spans';

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
    const budi = (await db.spans.toArray()).filter((s) => s.annotator === 'budi');
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
    expect(await db.spans.count()).toBe(2);
  });

  it('changes nothing when the transaction fails half way', async () => {
    await importDataset(db, [await colleagueFile('ana')]);
    const broken = { ...(await colleagueFile('cici')), id: 'sha256:other', text: 'x' };
    // A document whose spans point outside its text cannot be counted: make bulkAdd fail with a bad key.
    (broken.spans[0] as { id: unknown }).id = undefined;
    await expect(importDataset(db, [await colleagueFile('dedi'), broken])).rejects.toThrow();
    expect((await db.spans.toArray()).map((s) => s.annotator)).toEqual(['ana', 'ana']);
    expect(await db.docs.count()).toBe(1);
  });
});
