import { offsetConverter } from '../../anchoring/code-points';
import { reanchor } from '../../anchoring/reanchor';
import type { DatasetDocument, DatasetRelation, DatasetSpan } from '../dataset';
import { documentId } from '../document-id';
import { normalizeText } from '../normalize-text';
import { titleOf } from '../title';
import {
  DOC_STATUSES,
  type DocStatus,
  isLabel,
  LABELS,
  type Label,
  SPAN_STATUSES,
  type SpanStatus,
} from '../types';
import { type Placement, placement } from './file-offsets';
import {
  baseName,
  type Problem,
  positionalRef,
  type RawDocument,
  type RawRelation,
  type RawSpan,
} from './raw';
import { globalIds, Ids } from './span-ids';

// The one place where the bad-input rules of FORMATS.md live: every reader's documents pass through
// here, get normalised text, SHA-256 ids and UTF-16 offsets, and are checked span by span.

export interface ReadOptions {
  /** Who did the work when the file does not say. */
  annotator?: string;
  /** Labels to accept, matched case-insensitively; by default CLAIM, SOURCE and QUANTITY. */
  labels?: readonly string[];
}

/** Offsets here are code points: `from` as the file had them, `to` in the imported (normalised) text. */
export interface ReanchoredSpan {
  file: string;
  line?: number;
  spanId: string;
  label: Label;
  from: { start: number; end: number };
  to: { start: number; end: number };
  status: 'moved' | 'fuzzy';
  score?: number;
  reason: string;
}

export interface OrphanedSpan {
  file: string;
  line?: number;
  spanId: string;
  label: Label;
  quote: string;
  from: { start: number; end: number };
  reason: string;
}

export interface Resolved {
  documents: DatasetDocument[];
  problems: Problem[];
  reanchored: ReanchoredSpan[];
  orphaned: OrphanedSpan[];
}

interface DocumentIds {
  spans: Ids;
  relations: Ids;
}

const RELATION_TYPES = ['attributed_to', 'part_of'] as const;
const QUOTE_IN_MESSAGE = 60;

export async function resolveDocuments(
  raws: readonly RawDocument[],
  options: ReadOptions = {},
): Promise<Resolved> {
  const resolved: Resolved = { documents: [], problems: [], reanchored: [], orphaned: [] };
  const groups = new Map<string, { text: string; raws: RawDocument[] }>();
  for (const raw of raws) {
    const text = normalizeText(raw.text);
    if (text.trim() === '') {
      resolved.problems.push({ file: raw.file, ...lineOf(raw.line), message: 'the document has no text' });
      continue;
    }
    const id = await documentId(text);
    const group = groups.get(id);
    if (group) group.raws.push(raw);
    else groups.set(id, { text, raws: [raw] });
  }
  for (const [id, { text, raws: group }] of groups) {
    resolved.documents.push(resolveGroup(id, text, group, options, resolved));
  }
  return resolved;
}

/** Several records of one text (one per annotator, say) become one document. */
function resolveGroup(
  id: string,
  text: string,
  raws: readonly RawDocument[],
  options: ReadOptions,
  out: Resolved,
): DatasetDocument {
  const first = raws[0] as RawDocument;
  const doc: DatasetDocument = {
    id,
    text,
    meta: {
      title: first.meta?.title || titleOf(text, first.file),
      file: first.meta?.file || baseName(first.file),
    },
    spans: [],
    relations: [],
  };
  const ids = {
    spans: new Ids('s', globalIds(raws, 'spans')),
    relations: new Ids('r', globalIds(raws, 'relations')),
  };
  for (const raw of raws) {
    const status = raw.meta?.status;
    if (status !== undefined && doc.meta.status === undefined) {
      if ((DOC_STATUSES as readonly unknown[]).includes(status)) doc.meta.status = status as DocStatus;
      else out.problems.push(at(raw, raw.line, `unknown document status ${show(status)}; left unset`));
    }
    resolveRecord(doc, raw, ids, options, out);
  }
  return doc;
}

function resolveRecord(
  doc: DatasetDocument,
  raw: RawDocument,
  ids: DocumentIds,
  options: ReadOptions,
  out: Resolved,
): void {
  const place = placement(raw.text);
  const toCodePoint = offsetConverter(doc.text).toCodePoint;
  const allowed = (options.labels ?? LABELS).map((label) => label.toUpperCase());
  const finalIds = new Map<string, string>();
  const seen = new Set<string>();
  for (const [index, span] of raw.spans.entries()) {
    const ref = span.id ?? positionalRef(index);
    const line = span.line ?? raw.line;
    const fault = (message: string) => out.problems.push(at(raw, line, `span ${show(ref)}: ${message}`));
    if (seen.has(ref)) {
      fault('duplicate span id; only the first is kept');
      continue;
    }
    seen.add(ref);
    const label = labelOf(span.label, allowed);
    if (!label) {
      fault(`unknown label ${show(span.label)} (expected ${listed(allowed)})`);
      continue;
    }

    const placed = placeSpan(doc.text, span, place);
    const where = () => ({ file: raw.file, ...lineOf(line), spanId: ref, label });
    if (placed.kind === 'problem') fault(placed.message);
    if (placed.kind === 'orphaned') out.orphaned.push({ ...where(), ...placed.orphaned });
    if (placed.kind !== 'placed') continue;
    const { range, moved } = placed;
    if (moved) {
      out.reanchored.push({
        ...where(),
        ...moved,
        to: { start: toCodePoint(range.start), end: toCodePoint(range.end) },
      });
    }

    const id = ids.spans.take(span.id, raw.spanIds);
    if (!id) {
      fault('duplicate span id in the document; only the first is kept');
      continue;
    }
    finalIds.set(ref, id);
    const made = datasetSpan(id, range, label, span, raw, options, fault);
    // The span keeps a mark of having been moved, so that review can say so.
    if (moved) made.attrs = { ...made.attrs, reanchored: moved.status };
    doc.spans.push(made);
  }
  for (const relation of raw.relations) {
    const resolvedRelation = resolveRelation(relation, raw, finalIds, ids, options, out);
    if (resolvedRelation) doc.relations.push(resolvedRelation);
  }
}

interface Range {
  start: number;
  end: number;
}

type Placed =
  | { kind: 'placed'; range: Range; moved?: Pick<ReanchoredSpan, 'from' | 'status' | 'score' | 'reason'> }
  | { kind: 'problem'; message: string }
  | { kind: 'orphaned'; orphaned: Pick<OrphanedSpan, 'quote' | 'from' | 'reason'> };

/**
 * Where a span goes in the normalised text: at its offsets if they hold its quote (or it has none);
 * else where reanchor() finds the quote, reported; else nowhere, orphaned.
 */
function placeSpan(text: string, span: RawSpan, place: Placement): Placed {
  const { start, end } = span;
  const valid = Number.isInteger(start) && Number.isInteger(end) && (start as number) < (end as number);
  const from = valid ? { start: start as number, end: end as number } : { start: 0, end: 0 };
  const outside = !valid || from.start < 0 || from.end > place.length;
  const reason = !valid
    ? `offsets ${show(start)}…${show(end)} are not a range (whole numbers, start before end)`
    : `offsets ${from.start}…${from.end} are outside the text (0…${place.length})`;
  if (outside && span.quote === undefined) return { kind: 'problem', message: reason };
  const range = outside ? undefined : { start: place.toText(from.start), end: place.toText(from.end) };
  if (span.quote === undefined && range) return { kind: 'placed', range };

  const quote = normalizeText(span.quote ?? '');
  const found = range ? text.slice(range.start, range.end) : '';
  if (range && sameQuote(found, quote)) return { kind: 'placed', range };
  const why = range ? `the text at ${from.start}…${from.end} is ${clip(found)}, not ${clip(quote)}` : reason;
  const hint = range?.start ?? place.toText(Math.max(0, Math.min(from.start, place.length)));
  const result = reanchor(text, {
    start: hint,
    end: range?.end ?? hint,
    quote,
    ...(span.prefix ? { prefix: normalizeText(span.prefix) } : {}),
    ...(span.suffix ? { suffix: normalizeText(span.suffix) } : {}),
  });
  if (result.status === 'orphaned') {
    return { kind: 'orphaned', orphaned: { quote, from, reason: `${why}; ${result.reason}` } };
  }
  const placed = { start: result.start, end: result.end };
  if (result.status === 'exact') return { kind: 'placed', range: placed };
  const score = result.score === undefined ? {} : { score: result.score };
  return { kind: 'placed', range: placed, moved: { from, status: result.status, ...score, reason: why } };
}

function datasetSpan(
  id: string,
  range: { start: number; end: number },
  label: Label,
  span: RawSpan,
  raw: RawDocument,
  options: ReadOptions,
  report: (message: string) => void,
): DatasetSpan {
  let status: SpanStatus = 'accepted';
  if ((SPAN_STATUSES as readonly unknown[]).includes(span.status)) status = span.status as SpanStatus;
  else if (span.status !== undefined) report(`unknown status ${show(span.status)}; read as accepted`);
  return {
    id,
    start: range.start,
    end: range.end,
    label,
    annotator: span.annotator || raw.annotator || options.annotator || 'unknown',
    status,
    note: span.note ?? '',
    attrs: span.attrs ?? {},
    ...(span.created === undefined ? {} : { created: span.created }),
    ...(span.updated === undefined ? {} : { updated: span.updated }),
  };
}

function resolveRelation(
  relation: RawRelation,
  raw: RawDocument,
  finalIds: ReadonlyMap<string, string>,
  ids: DocumentIds,
  options: ReadOptions,
  out: Resolved,
): DatasetRelation | undefined {
  const line = relation.line ?? raw.line;
  const where = `relation ${show(relation.id ?? `${relation.from}→${relation.to}`)}`;
  const type = typeof relation.type === 'string' ? relation.type.trim().toLowerCase() : relation.type;
  if (!(RELATION_TYPES as readonly unknown[]).includes(type)) {
    out.problems.push(
      at(raw, line, `${where}: unknown type ${show(relation.type)} (expected attributed_to or part_of)`),
    );
    return undefined;
  }
  const from = finalIds.get(relation.from);
  const to = finalIds.get(relation.to);
  if (!from || !to) {
    const missing = from ? relation.to : relation.from;
    out.problems.push(
      at(raw, line, `${where}: refers to span ${show(missing)}, which is not in the document`),
    );
    return undefined;
  }
  const id = ids.relations.take(relation.id, raw.spanIds);
  if (!id) {
    out.problems.push(
      at(raw, line, `${where}: duplicate relation id in the document; only the first is kept`),
    );
    return undefined;
  }
  return {
    id,
    type: type as DatasetRelation['type'],
    from,
    to,
    attrs: relation.attrs ?? {},
    annotator: relation.annotator || raw.annotator || options.annotator || 'unknown',
  };
}

function listed(labels: readonly string[]): string {
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? '');
}

function labelOf(value: unknown, allowed: readonly string[]): Label | undefined {
  if (typeof value !== 'string') return undefined;
  const label = value.trim().toUpperCase();
  return allowed.includes(label) && isLabel(label) ? label : undefined;
}

/** brat writes a span over a line break as fragments joined by one space. */
function sameQuote(found: string, quote: string): boolean {
  return found === quote || found.replace(/\n+/g, ' ') === quote;
}

function at(raw: RawDocument, line: number | undefined, message: string): Problem {
  return { file: raw.file, ...lineOf(line), message };
}

function lineOf(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function clip(text: string): string {
  return JSON.stringify(text.length > QUOTE_IN_MESSAGE ? `${text.slice(0, QUOTE_IN_MESSAGE - 1)}…` : text);
}
