import { searchWords } from '../model/search-words';
import { type DocMeta, type DocStatus, emptyCounts, type StoredDocument } from '../model/types';
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
  return db.transaction('rw', db.docs, async () => {
    const found = await db.docs.bulkGet(docs.map((doc) => doc.id));
    const added: StoredDocument[] = [];
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
      added.push({
        ...doc,
        status: 'todo',
        counts: emptyCounts(),
        words: documentWords(doc.text, doc.meta),
        created: stamp,
        updated: stamp,
      });
    });
    await db.docs.bulkAdd(added);
    return { added, existing };
  });
}

export type LibraryEntry = Omit<StoredDocument, 'text' | 'words'>;

/** The library list, most recently edited first, without the texts. */
export async function libraryEntries(db: TandaiDatabase): Promise<LibraryEntry[]> {
  const docs = await db.docs.orderBy('updated').reverse().toArray();
  return docs.map(({ text: _text, words: _words, ...entry }) => entry);
}

export function getDocument(db: TandaiDatabase, id: string): Promise<StoredDocument | undefined> {
  return db.docs.get(id);
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
    const found = new Set<string>(await db.docs.where('words').startsWith(word).primaryKeys());
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
