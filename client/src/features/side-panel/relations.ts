import type { Relation, RelationType } from '../../shared/api/types.ts';
import { dateSpan } from '../../shared/dates/fuzzy.ts';

/** The order relation groups appear in on an actor's card: founding and money first, places last. */
export const relationOrder: readonly RelationType[] = [
  'founded',
  'funds',
  'owns',
  'subsidiary-of',
  'acquired',
  'brand-of',
  'derived-from',
  'leads',
  'works-for',
  'member-of',
  'partner-of',
  'customer-of',
  'relies-on',
  'hosted-by',
  'competes-with',
  'withdrew-from',
  'supports',
  'criticises',
  'questions',
  'certifies',
  'holds',
  'regulates',
  'author-of',
  'writes-for',
  'located-in',
  'originated-in',
];

export type Direction = 'out' | 'in';

export interface RelationGroup {
  key: string;
  type: RelationType;
  /** "out": the actor is the relation's `from` ("Founded"); "in": its `to` ("Founded by"). */
  direction: Direction;
  items: { relation: Relation; other: string }[];
}

const startOf = (relation: Relation) => (relation.since ? dateSpan(relation.since).start : '');

/**
 * An actor's relations grouped by type and by which end the actor is at, in a fixed order; within a group, by
 * start date (undated first), then by the other actor. Symmetric types ("partner of") make one group.
 */
export function groupRelations(
  actorId: string,
  relations: readonly Relation[],
  symmetric: ReadonlySet<string>,
): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of relations) {
    const isFrom = relation.from === actorId;
    if (!isFrom && relation.to !== actorId) continue;
    const direction: Direction = symmetric.has(relation.type) || isFrom ? 'out' : 'in';
    const key = `${relation.type}:${direction}`;
    const group = groups.get(key) ?? { key, type: relation.type, direction, items: [] };
    group.items.push({ relation, other: isFrom ? relation.to : relation.from });
    groups.set(key, group);
  }
  const rank = (type: RelationType) => {
    const i = relationOrder.indexOf(type);
    return i < 0 ? relationOrder.length : i;
  };
  for (const group of groups.values()) {
    group.items.sort(
      (a, b) =>
        startOf(a.relation).localeCompare(startOf(b.relation)) ||
        (a.other < b.other ? -1 : a.other > b.other ? 1 : 0) ||
        (a.relation.id < b.relation.id ? -1 : 1),
    );
  }
  return [...groups.values()].sort(
    (a, b) => rank(a.type) - rank(b.type) || (a.direction === b.direction ? 0 : a.direction === 'in' ? -1 : 1),
  );
}
