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
  for (const span of spans) {
    if (span.label !== 'QUANTITY') continue;
    for (const structure of structures.values()) {
      const { claim } = structure;
      if (claim.start <= span.start && span.end <= claim.end && !structure.quantities.includes(span)) {
        structure.quantities.push(span);
      }
    }
  }
  for (const structure of structures.values()) {
    structure.sources.sort((a, b) => a.source.start - b.source.start);
    structure.quantities.sort((a, b) => a.start - b.start);
  }
  return structures;
}
