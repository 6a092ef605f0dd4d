import type { TandaiDatabase } from '../../db/database';
import { spansOfDocument } from '../../db/spans';
import { nativeJsonlLine } from '../../model/native-jsonl';

/** The native JSONL dataset, one document per chunk, read document by document. */
export async function* nativeDatasetChunks(db: TandaiDatabase): AsyncGenerator<string> {
  const ids = (await db.docs.orderBy('id').primaryKeys()) as string[];
  for (const id of ids) {
    const doc = await db.docs.get(id);
    if (!doc) continue;
    const spans = await spansOfDocument(db, id);
    const relations = await db.relations.where('docId').equals(id).toArray();
    yield nativeJsonlLine(doc, spans, relations);
  }
}

export function datasetFileName(now = new Date()): string {
  return `tandai-${now.toISOString().slice(0, 10)}.jsonl`;
}
