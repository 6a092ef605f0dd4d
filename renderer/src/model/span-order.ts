import type { Span } from './types';

/**
 * Text order for a document's spans: by start, longer first so that an enclosing span precedes what it
 * holds, then by creation and id so that spans of the same extent keep one order everywhere.
 */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || compareText(a.created, b.created) || compareText(a.id, b.id);
}

/** Code-unit order: ISO timestamps and ids need no locale, and sorting 100k spans should not pay for one. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
