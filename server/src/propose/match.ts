import { dateSpan, type FuzzyDate } from '../domain/dates.ts';
import type { KbEvent, KbFunding, KbRelation } from '../domain/model.ts';
import { symmetricRelationTypes } from '../domain/vocabulary.ts';

/**
 * When a proposal is a record the knowledge base already has, and when it disagrees with one. The benchmark scores
 * with the very same rules:
 *  - a funding matches on recipient, amount, currency and kind;
 *  - an event matches on its main actor (an actor with the role "subject", else its first actor) and its date
 *    (one date's span holds the other's: "2012" holds "2012-09");
 *  - a relation matches on type, direction and ends (either direction for partner-of and competes-with).
 * A conflict is the same thing told differently: a funding with the same recipient, payers, currency and date
 * but another amount or kind; an event of a kind that happens once (founding, IPO, shutdown) to the same main
 * actor on a date that does not overlap.
 */

type RoleLike = { id: string; role: unknown };
const isSubjectWord = (word: unknown) => {
  const w = String(word);
  return w === 'subject' || w === 'sujet';
};
/** A role that says subject, in one language or another ("subject", { fr: "sujet", en: "subject" }). */
function isSubject(role: unknown): boolean {
  if (typeof role === 'string') return isSubjectWord(role);
  return role !== null && typeof role === 'object' && Object.values(role).some(isSubjectWord);
}

export function mainActors(event: { actors: readonly RoleLike[] }): string[] {
  // (a loop, not filter and map: assembly asks twice for each proposed event)
  const subjects: string[] = [];
  for (const a of event.actors) if (isSubject(a.role)) subjects.push(a.id);
  if (subjects.length === 0 && event.actors.length > 0) subjects.push(event.actors[0]!.id);
  return subjects;
}

export function datesNest(a: FuzzyDate, b: FuzzyDate): boolean {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  return (sa.start <= sb.start && sb.end <= sa.end) || (sb.start <= sa.start && sa.end <= sb.end);
}

const overlap = (a: FuzzyDate, b: FuzzyDate) => {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  return sa.start <= sb.end && sb.start <= sa.end;
};

type EventLike = Pick<KbEvent, 'date' | 'kind'> & { actors: readonly RoleLike[] };
export function eventsMatch(proposal: EventLike, existing: EventLike): boolean {
  const main = mainActors(proposal)[0];
  return main !== undefined && mainActors(existing).includes(main) && datesNest(proposal.date, existing.date);
}

const ONCE_ONLY = new Set(['founding', 'ipo', 'shutdown']);
export function eventConflict(proposal: EventLike, existing: EventLike): 'date' | null {
  if (!ONCE_ONLY.has(proposal.kind) || proposal.kind !== existing.kind) return null;
  const main = mainActors(proposal)[0];
  if (main === undefined || !mainActors(existing).includes(main)) return null;
  return overlap(proposal.date, existing.date) ? null : 'date';
}

type FundingLike = Pick<KbFunding, 'to' | 'amount' | 'currency' | 'kind' | 'from' | 'date'> & { funders?: string[] };
export function fundingsMatch(proposal: FundingLike, existing: FundingLike): boolean {
  return (
    proposal.to === existing.to &&
    proposal.amount === existing.amount &&
    proposal.currency === existing.currency &&
    proposal.kind === existing.kind
  );
}

const payers = (f: FundingLike) => (f.from ? [f.from] : [...(f.funders ?? [])].sort()).join('+');
export function fundingConflict(proposal: FundingLike, existing: FundingLike): 'amount' | 'kind' | null {
  if (proposal.to !== existing.to || payers(proposal) !== payers(existing)) return null;
  if (proposal.currency !== existing.currency) return null;
  if (proposal.date && existing.date && !overlap(proposal.date, existing.date)) return null;
  if (proposal.kind === existing.kind && proposal.amount !== existing.amount) return 'amount';
  if (proposal.kind !== existing.kind && proposal.amount === existing.amount) return 'kind';
  return null;
}

type RelationLike = Pick<KbRelation, 'type' | 'from' | 'to'>;
export function relationsMatch(proposal: RelationLike, existing: RelationLike): boolean {
  if (proposal.type !== existing.type) return false;
  if (proposal.from === existing.from && proposal.to === existing.to) return true;
  return symmetricRelationTypes.has(proposal.type) && proposal.from === existing.to && proposal.to === existing.from;
}

/**
 * The key under which two records can match or conflict at all: a proposal is compared only with the existing
 * records filed under its key (an index over the rules above, not a rule of its own). An existing event is filed
 * under each of its main actors and a proposed one looked up under its first; fundings under their recipient;
 * relations under their type and unordered ends.
 */
export const matchKeys = {
  existingEvent: (event: { actors: readonly RoleLike[] }): string[] => mainActors(event),
  proposedEvent: (event: { actors: readonly RoleLike[] }): string[] => mainActors(event).slice(0, 1),
  funding: (funding: Pick<FundingLike, 'to'>): string[] => [funding.to],
  relation: (relation: RelationLike): string[] => [
    `${relation.type}\u0000${[relation.from, relation.to].sort().join('\u0000')}`,
  ],
};
