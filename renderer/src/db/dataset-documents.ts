import type { DatasetDocument } from '../model/dataset';
import type { DocStatus } from '../model/types';
import type { TandaiDatabase } from './database';

export interface DatasetSelection {
  /** Only these documents; all when omitted. */
  docIds?: readonly string[];
  /** Only spans (and links between them) by these annotators; all when omitted. */
  annotators?: readonly string[];
  statuses?: readonly DocStatus[];
}

/** The workbench's documents as dataset documents, for the writers; spans in text order. */
export async function datasetDocuments(
  db: TandaiDatabase,
  selection: DatasetSelection = {},
): Promise<DatasetDocument[]> {
  return db.transaction('r', [db.docs, db.texts, db.spanSets, db.relations], async () => {
    // Every read asked for at once: IndexedDB reads the next table while this thread decodes the last.
    // Each document's spans are one record, already in text order. For the whole workbench, one read of
    // the relations grouped here beats a query per document.
    const ids = selection.docIds && [...selection.docIds];
    const [docs, texts, spanSets, relations] = await Promise.all(
      ids
        ? [db.docs.bulkGet(ids), db.texts.bulkGet(ids), db.spanSets.bulkGet(ids), undefined]
        : [db.docs.toArray(), db.texts.toArray(), db.spanSets.toArray(), db.relations.toArray()],
    );
    const textOf = new Map(texts.flatMap((text) => (text ? [[text.id, text.text] as const] : [])));
    const annotators = selection.annotators && new Set(selection.annotators);
    const statuses = selection.statuses && new Set(selection.statuses);
    const spansOf = new Map(spanSets.flatMap((set) => (set ? [[set.docId, set.spans] as const] : [])));
    const allRelations = relations && groupBy(relations);
    const result: DatasetDocument[] = [];
    for (const doc of docs) {
      const text = doc && textOf.get(doc.id);
      if (!doc || text === undefined || (statuses && !statuses.has(doc.status))) continue;
      const spans = (spansOf.get(doc.id) ?? []).filter(
        (span) => !annotators || annotators.has(span.annotator),
      );
      const kept = new Set(spans.map((span) => span.id));
      const relations = (
        allRelations
          ? (allRelations.get(doc.id) ?? [])
          : await db.relations.where('docId').equals(doc.id).toArray()
      ).filter((relation) => kept.has(relation.from) && kept.has(relation.to));
      result.push({
        id: doc.id,
        text,
        meta: { title: doc.meta.title, file: doc.meta.file, status: doc.status },
        spans: spans.map(({ docId: _doc, ...span }) => span),
        relations: relations.map(({ docId: _doc, ...relation }) => relation),
      });
    }
    return result;
  });
}

/** Everyone who has tagged something, for the export and review choices. */
export async function annotatorsInWorkbench(db: TandaiDatabase): Promise<string[]> {
  const names = new Set<string>();
  await db.spanSets.each((set) => {
    for (const span of set.spans) names.add(span.annotator);
  });
  return [...names].sort((a, b) => a.localeCompare(b));
}

function groupBy<T extends { docId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.docId);
    if (group) group.push(row);
    else groups.set(row.docId, [row]);
  }
  return groups;
}
