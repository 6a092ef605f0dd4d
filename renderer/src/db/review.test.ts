import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REVIEWED, reviewItems } from '../model/review';
import { TandaiDatabase } from './database';
import { addDocuments } from './documents';
import { undo } from './history';
import { decide } from './review';
import { addSpan, spansOfDocument } from './spans';

const text = 'Intelijen AS mengungkapkan, Korea Utara telah mengirim lebih dari 10.000 tentara.';
const at = (surface: string) => ({
  start: text.indexOf(surface),
  end: text.indexOf(surface) + surface.length,
});
const docId = 'sha256:r';
let db: TandaiDatabase;
beforeEach(async () => {
  db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
  await addDocuments(db, [{ id: docId, text, meta: { title: 't', file: 't.txt' } }]);
  await addSpan(db, { docId, ...at('lebih dari 10.000'), label: 'QUANTITY', annotator: 'ana' });
  await addSpan(db, { docId, ...at('10.000'), label: 'QUANTITY', annotator: 'budi' });
});
afterEach(() => db.delete());

describe('decide', () => {
  it('records the chosen version in the reviewed layer, replaces an earlier decision, and undoes', async () => {
    const [item] = reviewItems(await spansOfDocument(db, docId), 'ana', 'budi');
    if (!item?.a || !item.b) throw new Error('expected a boundary item');
    await decide(db, docId, [{ item, version: item.b, status: 'accepted' }], 'rina', 'Accept');
    let [decided] = reviewItems(await spansOfDocument(db, docId), 'ana', 'budi');
    expect(decided?.decision).toMatchObject({
      annotator: REVIEWED,
      status: 'accepted',
      attrs: { sources: ['ana', 'budi'], reviewer: 'rina' },
    });
    expect(text.slice(decided?.decision?.start, decided?.decision?.end)).toBe('10.000');

    await decide(
      db,
      docId,
      [{ item: decided as typeof item, version: item.a, status: 'rejected' }],
      'rina',
      'Reject',
    );
    [decided] = reviewItems(await spansOfDocument(db, docId), 'ana', 'budi');
    expect(decided?.decision?.status).toBe('rejected');
    expect((await spansOfDocument(db, docId)).filter((s) => s.annotator === REVIEWED)).toHaveLength(1);

    await undo(db, docId);
    [decided] = reviewItems(await spansOfDocument(db, docId), 'ana', 'budi');
    expect(decided?.decision?.status).toBe('accepted');
    // The colleagues' own spans are as they were.
    const own = (await spansOfDocument(db, docId)).filter((s) => s.annotator !== REVIEWED);
    expect(own.map((s) => `${s.annotator}:${text.slice(s.start, s.end)}`)).toEqual([
      'ana:lebih dari 10.000',
      'budi:10.000',
    ]);
  });
});
