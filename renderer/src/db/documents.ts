import { searchWords } from '../model/search-words';
import { compareText } from '../model/span-order';
import {
  type DocMeta,
  type DocStatus,
  type DocumentSummary,
  type DocumentText,
  emptyCounts,
  type StoredDocument,
} from '../model/types';
import { documentWords, type TandaiDatabase } from './database';

export interface NewDocument {
  id: string;
  text: string;
  meta: DocMeta;
}

export interface AddDocumentsResult {
  added: StoredDocument[];
  /** Documents whose id (the text's SHA-256) was already in the library. */
  existing: { meta: DocMeta; existingTitle: string }[];
}

/** Adds the documents that are not there yet, all in one transaction. */
export async function addDocuments(
  db: TandaiDatabase,
  docs: NewDocument[],
  now = new Date(),
): Promise<AddDocumentsResult> {
  return db.transaction('rw', [db.docs, db.texts], async () => {
    const found = await db.docs.bulkGet(docs.map((doc) => doc.id));
    const added: StoredDocument[] = [];
    const texts: DocumentText[] = [];
    const existing: AddDocumentsResult['existing'] = [];
    const seen = new Map<string, string>();
    docs.forEach((doc, i) => {
      const already = found[i]?.meta.title ?? seen.get(doc.id);
      if (already !== undefined) {
        existing.push({ meta: doc.meta, existingTitle: already });
        return;
      }
      seen.set(doc.id, doc.meta.title);
      const stamp = now.toISOString();
      added.push({ ...doc, status: 'todo', counts: emptyCounts(), created: stamp, updated: stamp });
      texts.push({ id: doc.id, text: doc.text, words: documentWords(doc.text, doc.meta) });
    });
    await db.docs.bulkAdd(added.map(({ text: _text, ...summary }) => summary));
    await db.texts.bulkAdd(texts);
    return { added, existing };
  });
}

export type LibraryEntry = DocumentSummary;

/**
 * The library list, most recently edited first: the `docs` rows, which hold no text. Read for a live query
 * in the cheapest way Dexie offers at 10,000 rows: by primary key (through the `updated` index, the live
 * query would record every key it read) and in an explicit transaction (else Dexie's live-query cache
 * deep-clones every row on each change); then sorted here, as orderBy('updated').reverse() would.
 */
export async function libraryEntries(db: TandaiDatabase): Promise<LibraryEntry[]> {
  const docs = await db.transaction('r', db.docs, () => db.docs.toArray());
  return docs.sort((a, b) => compareText(b.updated, a.updated) || compareText(b.id, a.id));
}

/** A document with its text, read in one transaction so that the two always belong together. */
export function getDocument(db: TandaiDatabase, id: string): Promise<StoredDocument | undefined> {
  return db.transaction('r', [db.docs, db.texts], async () => {
    const [doc, text] = await Promise.all([db.docs.get(id), db.texts.get(id)]);
    return doc && text ? { ...doc, text: text.text } : undefined;
  });
}

export async function setDocumentStatus(db: TandaiDatabase, id: string, status: DocStatus): Promise<void> {
  await db.docs.update(id, { status, updated: new Date().toISOString() });
}

/**
 * Ids of the documents whose title, file name or text has a word starting with each word of the
 * query, ignoring case: one look-up in the words index per word of the query.
 */
export async function documentsMatching(db: TandaiDatabase, query: string): Promise<Set<string>> {
  const words = searchWords(query);
  let ids: string[] | null = null;
  for (const word of words) {
    const found = new Set<string>(await db.texts.where('words').startsWith(word).primaryKeys());
    ids = ids === null ? [...found] : ids.filter((id: string) => found.has(id));
    if (ids.length === 0) break;
  }
  return new Set(ids ?? []);
}

/** Which of these document ids are already in the library. */
export async function existingDocumentIds(db: TandaiDatabase, ids: readonly string[]): Promise<Set<string>> {
  const found = await db.docs.bulkGet([...ids]);
  return new Set(found.flatMap((doc) => (doc ? [doc.id] : [])));
}
