import type { DocMeta, DocStatus, Label, Relation, SpanStatus } from './types';

// The interchange shape every dataset reader produces and every writer consumes: documents with
// their spans and relations, offsets in UTF-16 code units into `text` (readers convert from the
// code points of files; writers convert back). Nothing here is tied to IndexedDB.

export interface DatasetSpan {
  id: string;
  start: number;
  end: number;
  label: Label;
  annotator: string;
  status: SpanStatus;
  note: string;
  attrs: Record<string, unknown>;
  created?: string;
  updated?: string;
}

export type DatasetRelation = Omit<Relation, 'docId'>;

export interface DatasetDocument {
  /** `sha256:<hex>` of `text`. */
  id: string;
  text: string;
  meta: DocMeta & { status?: DocStatus };
  spans: DatasetSpan[];
  relations: DatasetRelation[];
}
