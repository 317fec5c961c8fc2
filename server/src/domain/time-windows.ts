import { dateSpan, isActiveAsOf, type FuzzyDate, type IsoDay } from './fuzzy-date.ts';
import type { Actor, AtlasEvent, Relation } from './model.ts';

/**
 * What "as of a day" and "within a window" mean for a record's own dates, and days as sortable numbers for indexes.
 * (The known spans of actors and relations, with their publications and attestations, are time-spans.ts.)
 */

/** An actor exists as of day D when isActiveAsOf({since: founded, until: dissolved}, D). */
export function actorActiveAsOf(actor: Pick<Actor, 'founded' | 'dissolved'>, asOf: IsoDay): boolean {
  return isActiveAsOf({ since: actor.founded, until: actor.dissolved }, asOf);
}

/** A relation counts as of day D when isActiveAsOf({since, until}, D). */
export function relationActiveAsOf(relation: Pick<Relation, 'since' | 'until'>, asOf: IsoDay): boolean {
  return isActiveAsOf(relation, asOf);
}

/** An event counts as of day D once the first day its date can denote has come: dateSpan(date).start <= D. */
export function eventHappenedBy(event: Pick<AtlasEvent, 'date'>, asOf: IsoDay): boolean {
  return dateSpan(event.date).start <= asOf;
}

/**
 * The time a relation covers: from the first day of `since` (or -∞, null) to the last day of `until` (or +∞,
 * null). An undated relation covers all time.
 */
export function relationSpan(relation: Pick<Relation, 'since' | 'until'>): {
  start: IsoDay | null;
  end: IsoDay | null;
} {
  return {
    start: relation.since ? dateSpan(relation.since).start : null,
    end: relation.until ? dateSpan(relation.until).end : null,
  };
}

export interface TimeWindow {
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
}

/** Whether a relation's span overlaps the inclusive window [from, to] (either end may be open). */
export function relationOverlapsWindow(relation: Pick<Relation, 'since' | 'until'>, window: TimeWindow): boolean {
  const span = relationSpan(relation);
  if (window.from && span.end !== null && span.end < window.from) return false;
  if (window.to && span.start !== null && span.start > window.to) return false;
  return true;
}

/** Whether a window bounds time at either end. */
export const hasWindow = (window: TimeWindow) => Boolean(window.from || window.to);

/** The first day a fuzzy date can denote, as a sortable number YYYYMMDD (for indexes). */
export function dayNumber(day: IsoDay): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** The span of a fuzzy date as YYYYMMDD numbers. */
export function daySpanNumbers(date: FuzzyDate): { start: number; end: number } {
  const span = dateSpan(date);
  return { start: dayNumber(span.start), end: dayNumber(span.end) };
}
