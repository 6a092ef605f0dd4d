import type { RecordChange } from '../model/change';
import { REVIEWED, type ReviewItem } from '../model/review';
import type { Span } from '../model/types';
import type { TandaiDatabase } from './database';
import { commit } from './history';

export type Decision = 'accepted' | 'rejected';

/** The reviewed-layer span recording a decision on one item, taking `version`'s range and label. */
function decisionSpan(
  docId: string,
  item: ReviewItem,
  version: Span,
  status: Decision,
  reviewer: string,
  stamp: string,
): Span {
  const sources = [item.a, item.b].flatMap((span) => (span ? [span] : []));
  return {
    id: crypto.randomUUID(),
    docId,
    start: version.start,
    end: version.end,
    label: version.label,
    annotator: REVIEWED,
    status,
    note: version.note,
    attrs: {
      ...version.attrs,
      reviewOf: sources.map((span) => span.id),
      sources: sources.map((span) => span.annotator),
      reviewer,
    },
    created: stamp,
    updated: stamp,
  };
}

/**
 * Records review decisions in the reviewed layer as one undoable step; a new decision on an item
 * replaces the old one. Colleagues' spans are never touched.
 */
export async function decide(
  db: TandaiDatabase,
  docId: string,
  decisions: readonly { item: ReviewItem; version: Span; status: Decision }[],
  reviewer: string,
  description: string,
  now = new Date(),
): Promise<Span[]> {
  const stamp = now.toISOString();
  const made = decisions.map(({ item, version, status }) =>
    decisionSpan(docId, item, version, status, reviewer, stamp),
  );
  await commit(
    db,
    docId,
    description,
    async () => {
      const changes: RecordChange[] = [];
      decisions.forEach(({ item }, index) => {
        if (item.decision)
          changes.push({ table: 'spans', id: item.decision.id, before: item.decision, after: null });
        const span = made[index] as Span;
        changes.push({ table: 'spans', id: span.id, before: null, after: span });
      });
      return changes;
    },
    now,
  );
  return made;
}
