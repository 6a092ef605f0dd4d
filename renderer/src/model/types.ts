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

export interface StoredDocument {
  /** `sha256:<hex>` of the normalised text. */
  id: string;
  text: string;
  meta: DocMeta;
  status: DocStatus;
  counts: LabelCounts;
  /** Distinct lower-case words of the title, file name and text: the library's full-text index. */
  words: string[];
  /** ISO timestamps. */
  created: string;
  updated: string;
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
