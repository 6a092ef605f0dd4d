// What a format reader hands to resolve.ts: the file's own view of its documents, before any check.
// Offsets are the file's code points into `text` exactly as the file holds it (not yet normalised).

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export interface RawSpan {
  /** The file's id for the span, if it has one; relations refer to spans by it. */
  id?: string;
  start: unknown;
  end: unknown;
  label: unknown;
  /** The span's text as the file states it, checked against the text at the offsets. */
  quote?: string;
  prefix?: string;
  suffix?: string;
  annotator?: string;
  status?: unknown;
  note?: string;
  attrs?: Record<string, unknown>;
  created?: string;
  updated?: string;
  line?: number;
}

export interface RawRelation {
  id?: string;
  type: unknown;
  from: string;
  to: string;
  attrs?: Record<string, unknown>;
  annotator?: string;
  line?: number;
}

export interface RawDocument {
  file: string;
  line?: number;
  text: string;
  meta?: { title?: string; file?: string; status?: unknown };
  /** Annotator of spans and relations that name none (LS completed_by, Prodigy _session_id, …). */
  annotator?: string;
  /**
   * 'global' for ids that are meant to be unique across files (native); 'local' for ids that only
   * number spans within one record (doccano, brat, Label Studio), renamed when records are merged.
   */
  spanIds: 'global' | 'local';
  spans: RawSpan[];
  relations: RawRelation[];
}

export interface Parsed {
  documents: RawDocument[];
  problems: Problem[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How resolve.ts names a span that has no id of its own: by its place in the record, from 1. */
export function positionalRef(index: number): string {
  return `#${index + 1}`;
}

export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Ids as text: files number their spans (doccano, Label Studio) as often as they name them. */
export function idOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A name for whoever a file says did the work: strings as they are, numbers (LS user ids) as text. */
export function annotatorName(value: unknown): string | undefined {
  // Hypothesis names users "acct:ana@hypothes.is".
  if (typeof value === 'string' && value.trim()) return value.trim().replace(/^acct:/, '');
  if (typeof value === 'number') return String(value);
  if (isRecord(value)) return annotatorName(value.email ?? value.name ?? value.id);
  return undefined;
}

/** The last part of a path, as a file name to keep in a document's meta. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`;
}
