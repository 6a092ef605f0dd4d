import type { DocMeta, DocStatus, Relation, Span } from './types';

// The interchange shape every dataset reader produces and every writer consumes: documents with
// their spans and relations, offsets in UTF-16 code units into `text` (readers convert from the
// code points of files; writers convert back). Nothing here is tied to IndexedDB.

/** A span as files carry it: no document id (the document holds it), timestamps when the file has them. */
export type DatasetSpan = Omit<Span, 'docId' | 'created' | 'updated'> & {
  created?: string;
  updated?: string;
};

export type DatasetRelation = Omit<Relation, 'docId'>;

export interface DatasetDocument {
  /** `sha256:<hex>` of `text`. */
  id: string;
  text: string;
  meta: DocMeta & { status?: DocStatus };
  spans: DatasetSpan[];
  relations: DatasetRelation[];
}
