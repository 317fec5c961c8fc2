import type { ActorKind, RelationType } from './api/types.ts';

/**
 * The closed vocabularies the explorer needs at run time. The server declares them next to zod schemas, so importing
 * its values would pull zod into the bundle: they are repeated here, the compiler checks that each list names every
 * member of the server's type, and vocabulary.test.ts checks the order against the server's arrays.
 */

type Exhaustive<All extends string, Listed extends string> = [Exclude<All, Listed>] extends [never] ? true : false;

export const actorKinds = [
  'company',
  'joint-venture',
  'offer',
  'public-body',
  'programme',
  'person',
  'political-group',
  'law',
  'certification',
  'technology',
  'place',
  'media',
  'organisation',
] as const satisfies readonly ActorKind[];
const _allKinds: Exhaustive<ActorKind, (typeof actorKinds)[number]> = true;

export const relationTypes = [
  'acquired',
  'author-of',
  'brand-of',
  'certifies',
  'competes-with',
  'criticises',
  'customer-of',
  'derived-from',
  'founded',
  'funds',
  'hosted-by',
  'leads',
  'located-in',
  'member-of',
  'owns',
  'partner-of',
  'questions',
  'regulates',
  'relies-on',
  'subsidiary-of',
  'supports',
  'withdrew-from',
  'works-for',
  'writes-for',
] as const satisfies readonly RelationType[];
const _allTypes: Exhaustive<RelationType, (typeof relationTypes)[number]> = true;

/** Relation types whose meaning does not depend on direction: drawn without an arrow. */
export const symmetricRelationTypes: ReadonlySet<RelationType> = new Set(['partner-of', 'competes-with']);

export const isActorKind = (value: string): value is ActorKind => (actorKinds as readonly string[]).includes(value);
export const isRelationType = (value: string): value is RelationType =>
  (relationTypes as readonly string[]).includes(value);

/** Families of relation types: one colour each on the graph and in the legend. */
export const relationFamilies = ['structure', 'money', 'people', 'business', 'stance', 'oversight', 'place'] as const;
export type RelationFamily = (typeof relationFamilies)[number];

export const relationFamily: Record<RelationType, RelationFamily> = {
  acquired: 'structure',
  'brand-of': 'structure',
  'derived-from': 'structure',
  founded: 'structure',
  owns: 'structure',
  'subsidiary-of': 'structure',
  funds: 'money',
  'author-of': 'people',
  leads: 'people',
  'member-of': 'people',
  'works-for': 'people',
  'writes-for': 'people',
  'competes-with': 'business',
  'customer-of': 'business',
  'hosted-by': 'business',
  'partner-of': 'business',
  'relies-on': 'business',
  'withdrew-from': 'business',
  criticises: 'stance',
  questions: 'stance',
  supports: 'stance',
  certifies: 'oversight',
  regulates: 'oversight',
  'located-in': 'place',
};

void _allKinds;
void _allTypes;
