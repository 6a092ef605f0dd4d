import type { TandaiDatabase } from '../../db/database';
import { addDocuments, type NewDocument } from '../../db/documents';
import { documentId } from '../../model/document-id';
import { decodeArticle } from '../../model/normalize-text';
import { titleOf } from '../../model/title';
import type { PickedFile } from '../../platform/contract';
import { htmlToText } from './html-to-text';

export interface ImportReport {
  added: { title: string; file: string; id: string }[];
  existing: { file: string; title: string }[];
  failed: { file: string; error: string }[];
}

/**
 * Imports plain-text articles. Files that cannot be read are reported by name and reason; the
 * readable ones are added in one transaction, and articles already in the library are not added again.
 */
export async function importArticleFiles(
  db: TandaiDatabase,
  files: readonly PickedFile[],
): Promise<ImportReport> {
  const failed: ImportReport['failed'] = [];
  const docs: NewDocument[] = [];
  for (const file of files) {
    const raw = decodeArticle(file.bytes);
    // An HTML page becomes its readable text, one paragraph per block element.
    const decoded =
      raw.ok && /\.html?$/i.test(file.name) ? { ok: true as const, value: htmlToText(raw.value) } : raw;
    if (!decoded.ok) {
      failed.push({ file: file.name, error: decoded.error });
      continue;
    }
    if (!decoded.value.trim()) {
      failed.push({ file: file.name, error: 'the page has no readable text' });
      continue;
    }
    docs.push({
      id: await documentId(decoded.value),
      text: decoded.value,
      meta: { title: titleOf(decoded.value, file.name), file: file.name },
    });
  }
  const { added, existing } = await addDocuments(db, docs);
  return {
    added: added.map((doc) => ({ id: doc.id, title: doc.meta.title, file: doc.meta.file })),
    existing: existing.map((entry) => ({ file: entry.meta.file, title: entry.existingTitle })),
    failed,
  };
}
