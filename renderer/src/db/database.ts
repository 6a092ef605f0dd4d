import { Dexie, type EntityTable } from 'dexie';
import type { RecordChange } from '../model/change';
import { searchWords } from '../model/search-words';
import { compareSpans } from '../model/span-order';
import type { DocMeta, DocumentSummary, DocumentText, Relation, Span, StoredDocument } from '../model/types';

export interface Setting {
  key: string;
  value: string;
}

/** One undoable user action on a document; `undone` is 0 or 1 so that it can be indexed. */
export interface HistoryEntry {
  seq?: number;
  docId: string;
  description: string;
  changes: RecordChange[];
  undone: 0 | 1;
}

/**
 * A document's spans, all in one record, in text order (`compareSpans`). An article opens with one read
 * instead of one per span, and an edit rewrites its document's record. Span ids are unique within their
 * document, which is as far as anything refers to them (relations and history are per document).
 */
export interface SpanSet {
  docId: string;
  spans: Span[];
}

/** The workbench's IndexedDB. Schema versions are only ever added, each data change in an upgrade(). */
export class TandaiDatabase extends Dexie {
  docs!: EntityTable<DocumentSummary, 'id'>;
  texts!: EntityTable<DocumentText, 'id'>;
  spanSets!: EntityTable<SpanSet, 'docId'>;
  relations!: EntityTable<Relation, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  history!: EntityTable<HistoryEntry, 'seq'>;

  constructor(name = 'tandai') {
    super(name);
    this.version(1).stores({
      docs: 'id, updated, status',
      spans: 'id, docId, [docId+annotator], label',
      relations: 'id, docId, from, to',
      settings: 'key',
    });
    // Undo history per document, kept so that undo still works after a reload.
    this.version(2).stores({ history: '++seq, [docId+undone]' });
    // Full-text search through a multi-entry index of each document's words.
    this.version(3)
      .stores({ docs: 'id, updated, status, *words' })
      .upgrade((tx) =>
        tx
          .table<LegacyDocument, string>('docs')
          .toCollection()
          .modify((doc) => {
            doc.words = documentWords(doc.text, doc.meta);
          }),
      );
    // Texts and their words in a table of their own, so that the library lists documents without reading
    // any text: the `docs` rows keep only what the library shows.
    this.version(4)
      .stores({ docs: 'id, updated, status', texts: 'id, *words' })
      .upgrade(async (tx) => {
        const texts: DocumentText[] = [];
        await tx
          .table<LegacyDocument, string>('docs')
          .toCollection()
          .modify((doc) => {
            texts.push({ id: doc.id, text: doc.text, words: doc.words ?? documentWords(doc.text, doc.meta) });
            delete (doc as Partial<LegacyDocument>).text;
            delete doc.words;
          });
        await tx.table<DocumentText, string>('texts').bulkPut(texts);
      });
    // Each document's spans in one record (see SpanSet), then the per-span table gone. Dexie lets an upgrade
    // read a table that a later version deletes.
    this.version(5)
      .stores({ spanSets: 'docId' })
      .upgrade(async (tx) => {
        const byDoc = new Map<string, Span[]>();
        await tx.table<Span, string>('spans').each((span) => {
          const spans = byDoc.get(span.docId);
          if (spans) spans.push(span);
          else byDoc.set(span.docId, [span]);
        });
        await tx
          .table<SpanSet, string>('spanSets')
          .bulkPut([...byDoc].map(([docId, spans]) => ({ docId, spans: spans.sort(compareSpans) })));
      });
    this.version(6).stores({ spans: null });
  }
}

/** A `docs` row before schema v4: the text (and from v3 its words) in the same row. */
type LegacyDocument = StoredDocument & { words?: string[] };

/** The app's one shared instance. Tests create their own with a unique name. */
export const db = new TandaiDatabase();

/** What the library's search finds a document by. */
export function documentWords(text: string, meta: DocMeta): string[] {
  return searchWords(`${meta.title}\n${meta.file}\n${text}`);
}
