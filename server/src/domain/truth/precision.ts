/**
 * Precision never exceeds the evidence. Plain TypeScript with no dependency, shared by the ingest (which checks every
 * value), the date extractor (which resolves relative dates) and the explorer (which draws inferred values).
 *
 * - A date computed from another one (a relative date resolved against a publication date, a date counted from an
 *   event) is no more precise than what it was computed from: resolved against an approximate date it is approximate,
 *   at the granularity the approximate date itself has ("about 2019" gives a year, "about 2019-05" a month).
 * - An approximate date keeps at most a month: "around 2014" or "around May 2014", never "around 3 May 2014".
 */
import { dateSpan, type DateSpan, type FuzzyDate } from '../fuzzy-date.ts';

/** The finest part of the calendar a date names: a day, a month (or season), or a year. */
export type Granularity = 'day' | 'month' | 'year';

export function granularity(date: Pick<FuzzyDate, 'value' | 'precision'>): Granularity {
  if (date.precision === 'day') return 'day';
  if (date.precision === 'year') return 'year';
  if (date.precision === 'approximate') return date.value.length > 4 ? 'month' : 'year';
  return 'month';
}

const granularityRank: Record<Granularity, number> = { day: 0, month: 1, year: 2 };
export const coarser = (a: Granularity, b: Granularity): Granularity =>
  granularityRank[a] >= granularityRank[b] ? a : b;

/** "Around" a date, no finer than `at` (and never finer than a month). */
export function approximately(date: Pick<FuzzyDate, 'value' | 'precision'>, at: Granularity = 'month'): FuzzyDate {
  const keep = coarser(coarser(granularity(date), at), 'month');
  const year = date.value.slice(0, 4);
  const month = /^\d{4}-(\d{2})/.exec(date.value)?.[1];
  return { value: keep === 'month' && month ? `${year}-${month}` : year, precision: 'approximate' };
}

/**
 * A date resolved against an anchor (the publication date of its text, another dated record): the resolution keeps
 * its own precision when the anchor's year is certain, and becomes approximate, at the anchor's granularity, when the
 * anchor is itself approximate.
 */
export function resolvedAgainst(date: FuzzyDate, anchor: Pick<FuzzyDate, 'value' | 'precision'>): FuzzyDate {
  if (anchor.precision !== 'approximate') return date;
  const capped = approximately(date, granularity(anchor));
  return date.basis === undefined ? capped : { ...capped, basis: date.basis };
}

/** The span a date names before "around" widens it: "about 2014" names 2014, "about May 2014" names May 2014. */
export function nominalSpan(date: FuzzyDate): DateSpan {
  if (date.precision !== 'approximate') return dateSpan(date);
  return dateSpan({ value: date.value, precision: date.value.length === 4 ? 'year' : 'month' });
}

/** Two dates say the same thing: value, precision and qualifier (how each was established does not count). */
export function sameDate(a: FuzzyDate, b: FuzzyDate): boolean {
  return a.value === b.value && a.precision === b.precision && (a.qualifier ?? null) === (b.qualifier ?? null);
}

export function describeDate(date: Pick<FuzzyDate, 'value' | 'precision' | 'qualifier'>): string {
  return `${date.qualifier ? `${date.qualifier} ` : ''}${date.value} (${date.precision})`;
}
