// The workbench's own model. Offsets inside the app are UTF-16 code units, end-exclusive;
// files on disk use code points (see anchoring/code-points.ts).

export const LABELS = ['CLAIM', 'SOURCE', 'QUANTITY'] as const;
export type Label = (typeof LABELS)[number];

export const DOC_STATUSES = ['todo', 'in_progress', 'done'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];

export const SPAN_STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export type SpanStatus = (typeof SPAN_STATUSES)[number];

export type LabelCounts = Record<Label, number>;

export interface DocMeta {
  title: string;
  file: string;
}

/**
 * A document as the library lists it: everything but its text. The `docs` table holds these (schema v4
 * on), so that listing 10,000 articles reads no text.
 */
export interface DocumentSummary {
  /** `sha256:<hex>` of the normalised text. */
  id: string;
  meta: DocMeta;
  status: DocStatus;
  counts: LabelCounts;
  /** ISO timestamps. */
  created: string;
  updated: string;
}

/** A document's text and its search words: the `texts` table, keyed by the document's id. */
export interface DocumentText {
  id: string;
  text: string;
  /** Distinct lower-case words of the title, file name and text: the library's full-text index. */
  words: string[];
}

/** A document with its text, as the reader opens it. */
export interface StoredDocument extends DocumentSummary {
  text: string;
}

export interface Span {
  id: string;
  docId: string;
  start: number;
  end: number;
  label: Label;
  annotator: string;
  status: SpanStatus;
  note: string;
  attrs: Record<string, unknown>;
  created: string;
  updated: string;
}

export interface Relation {
  id: string;
  docId: string;
  type: 'attributed_to' | 'part_of';
  from: string;
  to: string;
  attrs: Record<string, unknown>;
  annotator: string;
}

export function emptyCounts(): LabelCounts {
  return { CLAIM: 0, SOURCE: 0, QUANTITY: 0 };
}

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}
