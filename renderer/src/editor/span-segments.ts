import type { Span } from '../model/types';

/** A stretch of text covered by the same set of spans. */
export interface Segment {
  start: number;
  end: number;
  /** Covering spans, outermost first (earlier start, then longer). */
  spans: Span[];
}

/**
 * Cuts the text at every span boundary, so that overlapping and nested spans paint as one
 * element per stretch instead of one element per span per stretch.
 */
export function spanSegments(spans: readonly Span[]): Segment[] {
  if (spans.length === 0) return [];
  const ordered = [...spans].sort(outerFirst);
  const cuts = new Set<number>();
  for (const span of ordered) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: Span[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    active = active.filter((span) => span.end > from);
    while (next < ordered.length && (ordered[next] as Span).start <= from) {
      const span = ordered[next++] as Span;
      if (span.end > from) active.push(span);
    }
    if (active.length > 0) {
      segments.push({
        start: from,
        end: to,
        spans: [...active].sort(outerFirst),
      });
    }
  }
  return segments;
}

/**
 * Earlier start, then longer; spans with the same extent by creation time, then id: what a stretch
 * looks like must not depend on the order the spans came in.
 */
function outerFirst(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || order(a.created, b.created) || order(a.id, b.id);
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The spans under an offset, innermost (shortest) first. */
export function spansAt(spans: readonly Span[], offset: number): Span[] {
  return spans
    .filter((span) => span.start <= offset && offset < span.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
