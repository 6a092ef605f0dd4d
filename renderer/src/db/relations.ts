import type { Relation } from '../model/types';
import type { TandaiDatabase } from './database';
import { commit } from './history';

export type NewRelation = Omit<Relation, 'id'>;

/** Links two spans; linking the same pair with the same type again changes nothing. */
export async function addRelation(
  db: TandaiDatabase,
  input: NewRelation,
  now = new Date(),
): Promise<Relation | null> {
  const relation: Relation = { id: crypto.randomUUID(), ...input };
  const set = await commit(
    db,
    input.docId,
    'Link claim to source',
    async () => {
      const same = await db.relations
        .where('from')
        .equals(input.from)
        .filter((r) => r.docId === input.docId && r.to === input.to && r.type === input.type)
        .count();
      return same > 0 ? [] : [{ table: 'relations', id: relation.id, before: null, after: relation }];
    },
    now,
  );
  return set.changes.length > 0 ? relation : null;
}

export async function setRelationAttrs(
  db: TandaiDatabase,
  id: string,
  attrs: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  const relation = await db.relations.get(id);
  if (!relation) return;
  await commit(
    db,
    relation.docId,
    'Edit relation',
    async () => {
      const current = await db.relations.get(id);
      if (!current || JSON.stringify(current.attrs) === JSON.stringify(attrs)) return [];
      return [{ table: 'relations', id, before: current, after: { ...current, attrs } }];
    },
    now,
  );
}

export async function deleteRelation(db: TandaiDatabase, id: string, now = new Date()): Promise<void> {
  const relation = await db.relations.get(id);
  if (!relation) return;
  await commit(
    db,
    relation.docId,
    'Remove link',
    async () => {
      const current = await db.relations.get(id);
      return current ? [{ table: 'relations', id, before: current, after: null }] : [];
    },
    now,
  );
}
