import type { DatasetDocument } from '../model/dataset';
import { compareSpans } from '../model/span-order';
import {
  type DocumentSummary,
  type DocumentText,
  emptyCounts,
  type LabelCounts,
  type Relation,
  type Span,
} from '../model/types';
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
 * colleague's layer. Span ids from the file are kept unless the document already has them (span ids are
 * unique within their document), in which case the span and its relations get a new id; so are link ids,
 * unless another link in the workbench has them.
 *
 * Batched across documents: a fixed handful of requests for the whole file (what is there already,
 * then one bulk write per table), not a round of awaited requests per document, so that a 100,000-span
 * import costs about what writing its records does.
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
  await db.transaction('rw', [db.docs, db.texts, db.spanSets, db.relations, db.history], async () => {
    const docIds = [...new Set(documents.map((doc) => doc.id))];
    // Everything already there that the file touches, read at once.
    const [storedDocs, storedSpanSets, storedRelations, history, takenRelationIds] = await Promise.all([
      db.docs.bulkGet(docIds),
      db.spanSets.bulkGet(docIds),
      db.relations.where('docId').anyOf(docIds).toArray(),
      db.history.toArray(),
      keysPresent(
        db.relations.where(':id'),
        documents.flatMap((doc) => doc.relations.map((relation) => relation.id)),
      ),
    ]);
    // Per document id: its row, and what the file is checked against (see Held). Kept up to date as the
    // file is read, so that a document repeated in the file sees what its first appearance added.
    const docsById = new Map<string, DocumentSummary>();
    for (const doc of storedDocs) if (doc) docsById.set(doc.id, doc);
    const held = new Map<string, Held>();
    docIds.forEach((docId, i) => {
      const spans = [...(storedSpanSets[i]?.spans ?? [])];
      const counts = emptyCounts();
      for (const span of spans) counts[span.label]++;
      held.set(docId, {
        spans,
        byKey: new Map(spans.map((span) => [spanKey(span), span.id])),
        ids: new Set(spans.map((span) => span.id)),
        links: new Set(),
        counts,
      });
    });
    for (const relation of storedRelations) held.get(relation.docId)?.links.add(linkKey(relation));
    // Undo and redo put a recorded version of a span or link back under its id. An id the history holds for
    // something else is taken: it must not overwrite what is imported now. The same span or link (a file
    // imported again after a delete) keeps its id, so that undoing the delete leaves one copy, not two.
    // Span ids count within their document, link ids across the workbench (one table): the whole history
    // is read.
    const historySpans = new Map<string, Set<string>>();
    const historyLinks = new Map<string, Set<string>>();
    const remember = (versions: Map<string, Set<string>>, id: string, version: string) => {
      const seen = versions.get(id) ?? new Set<string>();
      seen.add(version);
      versions.set(id, seen);
    };
    for (const entry of history) {
      for (const change of entry.changes) {
        if (change.table === 'spans') {
          for (const span of [change.before, change.after])
            if (span) remember(historySpans, `${span.docId} ${span.id}`, spanKey(span));
        } else {
          for (const link of [change.before, change.after])
            if (link) remember(historyLinks, link.id, `${link.docId} ${linkKey(link)}`);
        }
      }
    }
    const heldForOther = (versions: Map<string, Set<string>>, id: string, version: string) => {
      const held = versions.get(id);
      return held !== undefined && (held.size > 1 || !held.has(version));
    };

    const newTexts: DocumentText[] = [];
    const withNewSpans = new Set<string>();
    const newRelations: Relation[] = [];
    for (const doc of documents) {
      if (docsById.has(doc.id)) result.documentsExisting++;
      else {
        result.documentsAdded++;
        docsById.set(doc.id, {
          id: doc.id,
          meta: { title: doc.meta.title, file: doc.meta.file },
          status: doc.meta.status ?? 'todo',
          counts: emptyCounts(),
          created: stamp,
          updated: stamp,
        });
        newTexts.push({ id: doc.id, text: doc.text, words: documentWords(doc.text, doc.meta) });
      }
      const {
        byKey,
        ids: takenSpanIds,
        spans: docSpans,
        links: linked,
        counts: docCounts,
      } = held.get(doc.id) as Held;
      // The file's span ids and the ids they are stored under, in this document.
      const ids = new Map<string, string>();
      for (const span of doc.spans) {
        const key = spanKey(span);
        const same = byKey.get(key);
        if (same) {
          result.spansSkipped++;
          ids.set(span.id, same);
          continue;
        }
        const taken =
          ids.has(span.id) ||
          takenSpanIds.has(span.id) ||
          heldForOther(historySpans, `${doc.id} ${span.id}`, key);
        const id = taken ? crypto.randomUUID() : span.id;
        takenSpanIds.add(id);
        ids.set(span.id, id);
        byKey.set(key, id);
        docCounts[span.label]++;
        withNewSpans.add(doc.id);
        docSpans.push({
          ...span,
          id,
          docId: doc.id,
          created: span.created ?? stamp,
          updated: span.updated ?? stamp,
        });
        result.spansAdded++;
      }
      for (const relation of doc.relations) {
        const from = ids.get(relation.from);
        const to = ids.get(relation.to);
        if (!from || !to) continue;
        const key = linkKey({ type: relation.type, from, to });
        if (linked.has(key)) continue;
        linked.add(key);
        const taken =
          takenRelationIds.has(relation.id) || heldForOther(historyLinks, relation.id, `${doc.id} ${key}`);
        const id = taken ? crypto.randomUUID() : relation.id;
        takenRelationIds.add(id);
        newRelations.push({ ...relation, id, docId: doc.id, from, to });
        result.relationsAdded++;
      }
    }
    // Every document the file touches gets its counts and is marked edited now.
    const touched = docIds.map((id) => ({
      ...(docsById.get(id) as DocumentSummary),
      counts: (held.get(id) as Held).counts,
      updated: stamp,
    }));
    // Puts, not adds: every id was checked above, in this transaction, so a put cannot overwrite anything,
    // and it spares IndexedDB the look-up an add makes of each key before writing it.
    await Promise.all([
      db.docs.bulkPut(touched),
      db.texts.bulkPut(newTexts),
      db.spanSets.bulkPut(
        [...withNewSpans].map((docId) => ({
          docId,
          spans: (held.get(docId) as Held).spans.sort(compareSpans),
        })),
      ),
      db.relations.bulkPut(newRelations),
    ]);
  });
  return result;
}

/** A document's tags as the import sees them while it reads the file. */
interface Held {
  /** Its spans: the stored ones, then the file's new ones. */
  spans: Span[];
  /** Span id by span key: the same range, label and annotator is the same span, whatever its id. */
  byKey: Map<string, string>;
  /** The span ids it uses. */
  ids: Set<string>;
  /** Its links, by link key. */
  links: Set<string>;
  counts: LabelCounts;
}

/**
 * Which of `keys` are primary keys of the table, read as keys only. Dexie's anyOf walks the table with
 * a cursor that jumps from one wanted key to the next, so an empty table, or a file whose ids lie apart
 * from the stored ones, costs one request instead of one per key.
 */
async function keysPresent(
  primaryKey: { anyOf(keys: string[]): { primaryKeys(): PromiseLike<unknown[]> } },
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  return new Set((await primaryKey.anyOf([...keys]).primaryKeys()) as string[]);
}

function spanKey(span: Pick<Span, 'start' | 'end' | 'label' | 'annotator'>): string {
  return `${span.start}:${span.end}:${span.label}:${span.annotator}`;
}

function linkKey(relation: Pick<Relation, 'type' | 'from' | 'to'>): string {
  return `${relation.type}:${relation.from}:${relation.to}`;
}
