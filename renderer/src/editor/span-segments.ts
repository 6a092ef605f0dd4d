import { compareSpans } from '../model/span-order';
import type { Span } from '../model/types';

/** A stretch of text covered by the same set of spans. */
export interface Segment {
  start: number;
  end: number;
  /**
   * Covering spans, outermost first, in `compareSpans` order (earlier start, then longer, then by creation
   * and id): what a stretch looks like does not depend on the order the spans came in.
   */
  spans: Span[];
}

/**
 * Cuts the text at every span boundary, so that overlapping and nested spans paint as one
 * element per stretch instead of one element per span per stretch.
 */
export function spanSegments(spans: readonly Span[]): Segment[] {
  if (spans.length === 0) return [];
  const ordered = [...spans].sort(compareSpans);
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
        spans: [...active].sort(compareSpans),
      });
    }
  }
  return segments;
}

/** The spans under an offset, innermost (shortest) first. */
export function spansAt(spans: readonly Span[], offset: number): Span[] {
  return spans
    .filter((span) => span.start <= offset && offset < span.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
