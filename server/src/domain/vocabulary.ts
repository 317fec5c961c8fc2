/**
 * The closed vocabularies of the knowledge model, as plain data with no dependency, so that the explorer can import
 * them without pulling in zod. Neo4j labels and relationship types come only from here.
 */

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
] as const;
export type ActorKind = (typeof actorKinds)[number];

/** Closed vocabulary of relation types, read "from TYPE to". Neo4j relationship types come only from here. */
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
  'holds',
  'hosted-by',
  'leads',
  'located-in',
  'member-of',
  'originated-in',
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
] as const;
export type RelationType = (typeof relationTypes)[number];

/** Relation types whose meaning does not depend on direction. */
export const symmetricRelationTypes: ReadonlySet<RelationType> = new Set(['partner-of', 'competes-with']);

export const relationStatuses = ['active', 'ended', 'planned', 'announced'] as const;

export const eventKinds = [
  'founding',
  'launch',
  'announcement',
  'funding',
  'shutdown',
  'withdrawal',
  'appointment',
  'departure',
  'ipo',
  'election',
  'regulation',
  'report',
  'partnership',
  'acquisition',
  'certification',
  'publication',
  'incident',
  /** A question put to the government or an authority (by a member of parliament, a senator). */
  'question',
  /** A public statement or defence of a position, not itself an announcement of something to come. */
  'statement',
  /** Figures a company reports or claims: revenue, results. */
  'results',
  /** A public buyer chooses a supplier. */
  'contract',
  /** A collective protest or movement. */
  'protest',
  'other',
] as const;

export type EventKind = (typeof eventKinds)[number];

export const fundingKinds = ['pledged', 'invested', 'disbursed', 'revenue'] as const;
export type FundingKind = (typeof fundingKinds)[number];

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
