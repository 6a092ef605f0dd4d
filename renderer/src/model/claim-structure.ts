import type { Relation, Span } from './types';

export interface LinkedSource {
  relation: Relation;
  source: Span;
}

export interface ClaimStructure {
  claim: Span;
  sources: LinkedSource[];
  /** Quantities inside the claim (part_of by containment) or linked by a stored part_of. */
  quantities: Span[];
}

/**
 * Each claim with the sources it is attributed to and the quantities that are part of it.
 * part_of is derived from containment, as the guideline says; a stored part_of adds to it.
 */
export function claimStructures(
  spans: readonly Span[],
  relations: readonly Relation[],
): Map<string, ClaimStructure> {
  const byId = new Map(spans.map((span) => [span.id, span]));
  const structures = new Map<string, ClaimStructure>();
  for (const span of spans) {
    if (span.label === 'CLAIM') structures.set(span.id, { claim: span, sources: [], quantities: [] });
  }
  for (const relation of relations) {
    if (relation.type === 'attributed_to') {
      const source = byId.get(relation.to);
      const structure = structures.get(relation.from);
      if (source && structure) structure.sources.push({ relation, source });
    } else if (relation.type === 'part_of') {
      const quantity = byId.get(relation.from);
      const structure = structures.get(relation.to);
      if (quantity && structure && !structure.quantities.includes(quantity))
        structure.quantities.push(quantity);
    }
  }
  // Containment by a sweep over quantities sorted by start: each claim looks only at those that start inside it.
  const quantities = spans.filter((span) => span.label === 'QUANTITY').sort((a, b) => a.start - b.start);
  for (const structure of structures.values()) {
    const { claim } = structure;
    for (let i = firstStartingAt(quantities, claim.start); i < quantities.length; i++) {
      const quantity = quantities[i] as Span;
      if (quantity.start >= claim.end) break;
      // Containment counts within one annotator's layer: a colleague's quantity is not part of my claim.
      const inside = quantity.end <= claim.end && quantity.annotator === claim.annotator;
      if (inside && !structure.quantities.includes(quantity)) structure.quantities.push(quantity);
    }
  }
  for (const structure of structures.values()) {
    structure.sources.sort((a, b) => a.source.start - b.source.start);
    structure.quantities.sort((a, b) => a.start - b.start);
  }
  return structures;
}

function firstStartingAt(sorted: readonly Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as Span).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
