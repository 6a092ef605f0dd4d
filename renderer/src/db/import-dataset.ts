import type { DatasetDocument } from '../model/dataset';
import { emptyCounts, type Relation, type Span } from '../model/types';
import { documentWords, type TandaiDatabase } from './database';

export interface DatasetImportResult {
  documentsAdded: number;
  documentsExisting: number;
  spansAdded: number;
  /** Spans already in the workbench (same id, or same range, label and annotator). */
  spansSkipped: number;
  relationsAdded: number;
}

/**
 * Writes read documents into the workbench in ONE transaction: a failure changes nothing.
 * Documents already there keep their text and metadata; a colleague's spans join them as that
 * colleague's layer. Span ids from the file are kept unless taken, in which case the span and its
 * relations get a new id.
 */
export async function importDataset(
  db: TandaiDatabase,
  documents: readonly DatasetDocument[],
  now = new Date(),
): Promise<DatasetImportResult> {
  const stamp = now.toISOString();
  const result: DatasetImportResult = {
    documentsAdded: 0,
    documentsExisting: 0,
    spansAdded: 0,
    spansSkipped: 0,
    relationsAdded: 0,
  };
  await db.transaction('rw', [db.docs, db.texts, db.spans, db.relations], async () => {
    for (const doc of documents) {
      const existing = await db.docs.get(doc.id);
      if (existing) result.documentsExisting++;
      else {
        result.documentsAdded++;
        await db.docs.add({
          id: doc.id,
          meta: { title: doc.meta.title, file: doc.meta.file },
          status: doc.meta.status ?? 'todo',
          counts: emptyCounts(),
          created: stamp,
          updated: stamp,
        });
        await db.texts.add({ id: doc.id, text: doc.text, words: documentWords(doc.text, doc.meta) });
      }
      const present = await db.spans.where('docId').equals(doc.id).toArray();
      // The same range, label and annotator is the same span, whatever its id.
      const byKey = new Map(present.map((span) => [spanKey(span), span.id]));
      const ids = new Map<string, string>();
      const spans: Span[] = [];
      // One look-up for all the file's span ids, not one per span: imports of 100k spans stay fast.
      const takenIds = new Set(
        (await db.spans.bulkGet(doc.spans.map((span) => span.id))).flatMap((span) => (span ? [span.id] : [])),
      );
      for (const span of doc.spans) {
        const same = byKey.get(spanKey(span));
        if (same) {
          result.spansSkipped++;
          ids.set(span.id, same);
          continue;
        }
        const taken = ids.has(span.id) || takenIds.has(span.id);
        const id = taken ? crypto.randomUUID() : span.id;
        ids.set(span.id, id);
        byKey.set(spanKey(span), id);
        spans.push({
          ...span,
          id,
          docId: doc.id,
          created: span.created ?? stamp,
          updated: span.updated ?? stamp,
        });
      }
      await db.spans.bulkAdd(spans);
      result.spansAdded += spans.length;
      const relations: Relation[] = [];
      const linked = new Set(
        (await db.relations.where('docId').equals(doc.id).toArray()).map(
          (r) => `${r.type}:${r.from}:${r.to}`,
        ),
      );
      const takenRelationIds = new Set(
        (await db.relations.bulkGet(doc.relations.map((r) => r.id))).flatMap((r) => (r ? [r.id] : [])),
      );
      for (const relation of doc.relations) {
        const from = ids.get(relation.from);
        const to = ids.get(relation.to);
        if (!from || !to || linked.has(`${relation.type}:${from}:${to}`)) continue;
        linked.add(`${relation.type}:${from}:${to}`);
        const taken = takenRelationIds.has(relation.id);
        relations.push({
          ...relation,
          id: taken ? crypto.randomUUID() : relation.id,
          docId: doc.id,
          from,
          to,
        });
      }
      await db.relations.bulkAdd(relations);
      result.relationsAdded += relations.length;
      const counts = emptyCounts();
      for (const span of [...present, ...spans]) counts[span.label]++;
      await db.docs.update(doc.id, { counts, updated: stamp });
    }
  });
  return result;
}

function spanKey(span: Pick<Span, 'start' | 'end' | 'label' | 'annotator'>): string {
  return `${span.start}:${span.end}:${span.label}:${span.annotator}`;
}
