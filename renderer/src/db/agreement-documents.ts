import type { AgreementDocument } from '../model/agreement/agreement-report';
import type { Annotations } from '../model/agreement/relation-f1';
import { REVIEWED } from '../model/review';
import { tokenize } from '../model/tokenize';
import type { TandaiDatabase } from './database';
import { spansOfDocument } from './spans';

/** Every document with two or more colleagues' layers, for the agreement figures (the reviewed layer left out). */
export async function agreementDocuments(
  db: TandaiDatabase,
  docIds?: readonly string[],
): Promise<AgreementDocument[]> {
  const ids = docIds ?? (await db.docs.toCollection().primaryKeys());
  const result: AgreementDocument[] = [];
  for (const id of ids) {
    const byAnnotator: Record<
      string,
      { spans: Annotations['spans'][number][]; relations: Annotations['relations'][number][] }
    > = {};
    for (const span of await spansOfDocument(db, id)) {
      // A rejected span is the annotator saying "not this": it is not their mark.
      if (span.annotator === REVIEWED || span.status === 'rejected') continue;
      byAnnotator[span.annotator] ??= { spans: [], relations: [] };
      byAnnotator[span.annotator]?.spans.push(span);
    }
    if (Object.keys(byAnnotator).length < 2) continue;
    // Only the documents with two layers or more need their text.
    const text = (await db.texts.get(id))?.text;
    if (text === undefined) continue;
    for (const relation of await db.relations.where('docId').equals(id).toArray()) {
      byAnnotator[relation.annotator]?.relations.push(relation);
    }
    result.push({ docId: id, text, tokens: tokenize(text), byAnnotator });
  }
  return result;
}
