import { claimStructures } from '../claim-structure';
import type { DatasetDocument } from '../dataset';
import type { Span } from '../types';
import { type AnnotatorGroup, byAnnotator } from './export-spans';

// CSV for spreadsheets (RFC 4180: CRLF lines, fields quoted when they hold a quote, comma or line
// break): one row per claim with its sources (attributed_to, with role and cue) and its quantities
// (inside the claim, or linked by part_of). Several sources or quantities share a cell, joined by " | ".
// Offsets are code points. A BOM leads the file so that Excel reads it as UTF-8.

export const CSV_COLUMNS = [
  'doc_id',
  'title',
  'claim_id',
  'annotator',
  'status',
  'start',
  'end',
  'claim',
  'note',
  'sources',
  'source_roles',
  'source_cues',
  'quantities',
  'quantity_values',
] as const;

const JOIN = ' | ';

export function* writeCsv(docs: Iterable<DatasetDocument>): Generator<string> {
  yield `\uFEFF${csvRow(CSV_COLUMNS)}`;
  for (const doc of docs) {
    let chunk = '';
    for (const group of byAnnotator(doc)) chunk += claimRows(doc, group);
    if (chunk) yield chunk;
  }
}

function claimRows(doc: DatasetDocument, group: AnnotatorGroup): string {
  const exported = new Map(group.spans.map((span) => [span.id, span]));
  const textOf = (span: Span) => exported.get(span.id)?.text ?? '';
  const spans: Span[] = group.spans.map(({ cpStart: _s, cpEnd: _e, text: _t, ...span }) => ({
    ...span,
    docId: doc.id,
    created: span.created ?? '',
    updated: span.updated ?? '',
  }));
  const relations = group.relations.map((relation) => ({ ...relation, docId: doc.id }));
  let rows = '';
  for (const { claim, sources, quantities } of claimStructures(spans, relations).values()) {
    const { cpStart, cpEnd } = exported.get(claim.id) ?? { cpStart: 0, cpEnd: 0 };
    rows += csvRow([
      doc.id,
      doc.meta.title,
      claim.id,
      claim.annotator,
      claim.status,
      String(cpStart),
      String(cpEnd),
      textOf(claim),
      claim.note,
      sources.map(({ source }) => textOf(source)).join(JOIN),
      sources.map(({ relation }) => attr(relation.attrs, 'role')).join(JOIN),
      sources.map(({ relation }) => attr(relation.attrs, 'cue')).join(JOIN),
      quantities.map(textOf).join(JOIN),
      quantities.map((quantity) => quantityValue(quantity.attrs)).join(JOIN),
    ]);
  }
  return rows;
}

export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function attr(attrs: Record<string, unknown>, key: string): string {
  const value = attrs[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** "> 10000", "10000..99999 (vague)", "170 mm": the normalised attributes in a few characters. */
function quantityValue(attrs: Record<string, unknown>): string {
  const unit = attr(attrs, 'unit');
  const comparator = attr(attrs, 'comparator');
  const value = attr(attrs, 'value');
  const lower = attr(attrs, 'lower');
  const upper = attr(attrs, 'upper');
  let text = value;
  if (!value && (lower || upper)) text = `${lower}..${upper}`;
  if (!text) return '';
  if (value && comparator && comparator !== '=') text = `${comparator} ${text}`;
  if (unit) text = `${text} ${unit}`;
  return attrs.vague === true ? `${text} (vague)` : text;
}
