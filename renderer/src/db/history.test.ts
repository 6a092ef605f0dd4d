import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandaiDatabase } from './database';
import { addDocuments } from './documents';
import { historyState, redo, undo } from './history';
import { addRelation } from './relations';
import {
  addSpan,
  addSpans,
  deleteSpan,
  relabelSpan,
  resizeSpan,
  setSpanAttrs,
  setSpanNote,
  spansOfDocument,
} from './spans';
import { storedSpan, storedSpans } from './testing';

const text =
  '“Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan,” kata Kepala Staf Gabungan Korsel dikutip dari The Japan Times.';
const at = (surface: string) => ({
  start: text.indexOf(surface),
  end: text.indexOf(surface) + surface.length,
});

let db: TandaiDatabase;
const docId = 'sha256:doc';
beforeEach(async () => {
  db = new TandaiDatabase(`test-${crypto.randomUUID()}`);
  await addDocuments(db, [{ id: docId, text, meta: { title: 't', file: 't.txt' } }]);
});
afterEach(() => db.delete());

async function visible(): Promise<string[]> {
  return (await spansOfDocument(db, docId)).map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
}

describe('undo and redo', () => {
  it('undoes and redoes add, relabel, resize, note and attributes in order', async () => {
    const span = await addSpan(db, { docId, ...at('tambahan 3.000'), label: 'CLAIM', annotator: 'ana' });
    await relabelSpan(db, span.docId, span.id, 'QUANTITY');
    await resizeSpan(db, span.docId, span.id, at('3.000').start, at('3.000').end);
    await setSpanNote(db, span.docId, span.id, 'tambahan, not total');
    await setSpanAttrs(db, span.docId, span.id, { value: 3000, comparator: '=', counted: 'tentara' });
    expect(await visible()).toEqual(['QUANTITY:3.000']);
    expect(await historyState(db, docId)).toEqual({ undo: 'Edit attributes', redo: null });

    expect(await undo(db, docId)).toBe('Edit attributes');
    expect((await storedSpan(db, span))?.attrs).toEqual({});
    expect(await undo(db, docId)).toBe('Edit note');
    expect((await storedSpan(db, span))?.note).toBe('');
    expect(await undo(db, docId)).toBe('Resize span');
    expect(await visible()).toEqual(['QUANTITY:tambahan 3.000']);
    expect(await undo(db, docId)).toBe('Relabel as quantity');
    expect(await visible()).toEqual(['CLAIM:tambahan 3.000']);
    expect(await undo(db, docId)).toBe('Tag claim');
    expect(await visible()).toEqual([]);
    expect(await undo(db, docId)).toBeNull();
    expect((await db.docs.get(docId))?.counts).toEqual({ CLAIM: 0, SOURCE: 0, QUANTITY: 0 });

    expect(await redo(db, docId)).toBe('Tag claim');
    expect(await redo(db, docId)).toBe('Relabel as quantity');
    expect(await visible()).toEqual(['QUANTITY:tambahan 3.000']);
    expect(await historyState(db, docId)).toEqual({ undo: 'Relabel as quantity', redo: 'Resize span' });
  });

  it('a new action after undo drops what could have been redone', async () => {
    const span = await addSpan(db, {
      docId,
      ...at('Kepala Staf Gabungan Korsel'),
      label: 'SOURCE',
      annotator: 'ana',
    });
    await relabelSpan(db, span.docId, span.id, 'CLAIM');
    await undo(db, docId);
    await setSpanNote(db, span.docId, span.id, 'primary');
    expect(await redo(db, docId)).toBeNull();
    expect(await visible()).toEqual(['SOURCE:Kepala Staf Gabungan Korsel']);
  });

  it('deleting a span deletes its relations, and undo restores both', async () => {
    const claim = await addSpan(db, {
      docId,
      ...at('Saat ini diperkirakan tambahan 3.000 tentara telah dikirimkan'),
      label: 'CLAIM',
      annotator: 'ana',
    });
    const source = await addSpan(db, {
      docId,
      ...at('Kepala Staf Gabungan Korsel'),
      label: 'SOURCE',
      annotator: 'ana',
    });
    await addRelation(db, {
      docId,
      type: 'attributed_to',
      from: claim.id,
      to: source.id,
      attrs: { role: 'primary', cue: 'kata' },
      annotator: 'ana',
    });
    await deleteSpan(db, source.docId, source.id);
    expect(await db.relations.count()).toBe(0);
    expect(await undo(db, docId)).toBe('Delete source');
    expect(await visible()).toContain('SOURCE:Kepala Staf Gabungan Korsel');
    expect(await db.relations.toArray()).toMatchObject([
      { from: claim.id, to: source.id, attrs: { cue: 'kata' } },
    ]);
  });

  it('tags many matches in one step, skipping ones that already carry the label', async () => {
    const twice = 'Korsel dan Korsel lagi, Korsel.';
    await addDocuments(db, [{ id: 'sha256:k', text: twice, meta: { title: 'k', file: 'k.txt' } }]);
    await addSpan(db, { docId: 'sha256:k', start: 0, end: 6, label: 'SOURCE', annotator: 'ana' });
    const starts = [0, 11, 24];
    const created = await addSpans(
      db,
      'sha256:k',
      starts.map((start) => ({
        docId: 'sha256:k',
        start,
        end: start + 6,
        label: 'SOURCE',
        annotator: 'ana',
      })),
      'Tag 3 matches',
    );
    expect(created.map((s) => twice.slice(s.start, s.end))).toEqual(['Korsel', 'Korsel']);
    expect(await spansOfDocument(db, 'sha256:k')).toHaveLength(3);
    expect(await undo(db, 'sha256:k')).toBe('Tag 3 matches');
    expect(await spansOfDocument(db, 'sha256:k')).toHaveLength(1);
  });

  it('keeps history per document and across a reopened database', async () => {
    await addSpan(db, { docId, ...at('The Japan Times'), label: 'SOURCE', annotator: 'ana' });
    const reopened = new TandaiDatabase(db.name);
    expect(await undo(reopened, 'sha256:other')).toBeNull();
    expect(await undo(reopened, docId)).toBe('Tag source');
    expect(await storedSpans(reopened)).toEqual([]);
    reopened.close();
  });

  it('loses no span when two windows tag and edit the same article at once', async () => {
    // A document's spans are one record: every edit reads and rewrites it. Two connections (two windows)
    // editing together must each see the other's writes.
    const other = new TandaiDatabase(db.name);
    const words = [...text.matchAll(/\p{L}+/gu)].slice(0, 12);
    const tag = (where: TandaiDatabase, annotator: string) =>
      words.map((word) =>
        addSpan(where, {
          docId,
          start: word.index,
          end: word.index + word[0].length,
          label: 'CLAIM',
          annotator,
        }),
      );
    const added = await Promise.all([...tag(db, 'ana'), ...tag(other, 'budi')]);
    await Promise.all(
      added.map((span, i) =>
        i % 2 === 0 ? relabelSpan(other, docId, span.id, 'SOURCE') : setSpanNote(db, docId, span.id, `n${i}`),
      ),
    );
    const stored = await spansOfDocument(db, docId);
    expect(stored.map((s) => s.id).sort()).toEqual(added.map((s) => s.id).sort());
    for (const [i, span] of added.entries()) {
      const now = stored.find((s) => s.id === span.id);
      expect(text.slice(now?.start, now?.end)).toBe(text.slice(span.start, span.end));
      expect(i % 2 === 0 ? now?.label : now?.note).toBe(i % 2 === 0 ? 'SOURCE' : `n${i}`);
    }
    expect((await db.docs.get(docId))?.counts).toEqual({ CLAIM: 12, SOURCE: 12, QUANTITY: 0 });
    other.close();
  });

  it('puts a document in progress when it gets its first tag', async () => {
    expect((await db.docs.get(docId))?.status).toBe('todo');
    await addSpan(db, { docId, ...at('3.000'), label: 'QUANTITY', annotator: 'ana' });
    expect((await db.docs.get(docId))?.status).toBe('in_progress');
  });
});
