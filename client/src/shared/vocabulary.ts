import type { ActorKind, RelationType } from './api/types.ts';
import { actorKinds, relationTypes } from '@atlas/server/domain/vocabulary';

/** The closed vocabularies, imported from the server's domain (plain data, no zod), plus what only the explorer needs. */
export { actorKinds, relationTypes, symmetricRelationTypes } from '@atlas/server/domain/vocabulary';

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
  holds: 'oversight',
  regulates: 'oversight',
  'located-in': 'place',
  'originated-in': 'place',
};
