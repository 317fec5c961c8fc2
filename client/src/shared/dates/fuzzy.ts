import type { FuzzyDate, IsoDay } from '../api/types.ts';

/**
 * Fuzzy-date maths on the client: the span of days a date can denote, and what "as of" and a time window mean.
 * The same rules as server/src/domain/dates.ts and queries.ts (fuzzy.test.ts checks them against the server's
 * functions), repeated here because the server's module carries zod, which the bundle does without.
 */

export interface DateSpan {
  start: IsoDay;
  end: IsoDay;
}

type DateLike = Pick<FuzzyDate, 'value' | 'precision' | 'qualifier'>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (year: number, month: number, day: number): IsoDay => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const lastDay = (year: number, month: number): IsoDay => isoDay(year, month, daysInMonth(year, month));

/** Meteorological seasons: winter YYYY runs from December YYYY to February YYYY+1. */
const seasonMonths: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};

function monthSpan(year: number, firstMonth: number, lastMonth: number): DateSpan {
  const endYear = year + Math.floor((lastMonth - 1) / 12);
  const endMonth = ((lastMonth - 1) % 12) + 1;
  return { start: isoDay(year, firstMonth, 1), end: lastDay(endYear, endMonth) };
}

function addMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** The inclusive span of days a fuzzy date can denote: a year is a span, not a day. */
export function dateSpan(date: DateLike): DateSpan {
  const parts = date.value.split('-');
  const year = Number(parts[0]);
  switch (date.precision) {
    case 'day':
      return { start: date.value, end: date.value };
    case 'month': {
      const month = Number(parts[1]);
      if (date.qualifier === 'early') return { start: isoDay(year, month, 1), end: isoDay(year, month, 10) };
      if (date.qualifier === 'mid') return { start: isoDay(year, month, 11), end: isoDay(year, month, 20) };
      if (date.qualifier === 'late') return { start: isoDay(year, month, 21), end: lastDay(year, month) };
      return { start: isoDay(year, month, 1), end: lastDay(year, month) };
    }
    case 'season': {
      const [first, last] = seasonMonths[parts[1] ?? ''] ?? [1, 12];
      return monthSpan(year, first, last);
    }
    case 'year':
      if (date.qualifier === 'early') return monthSpan(year, 1, 4);
      if (date.qualifier === 'mid') return monthSpan(year, 5, 8);
      if (date.qualifier === 'late') return monthSpan(year, 9, 12);
      return monthSpan(year, 1, 12);
    case 'approximate': {
      // "Around" widens the named period by half a year (a year) or a month (a month) on each side.
      if (parts[1] === undefined) return monthSpan(year - 1, 7, 12 + 18);
      const [startYear, startMonth] = addMonths(year, Number(parts[1]), -1);
      const [endYear, endMonth] = addMonths(year, Number(parts[1]), 1);
      return { start: isoDay(startYear, startMonth, 1), end: lastDay(endYear, endMonth) };
    }
  }
}

/**
 * "As of" a day: a thing counts when it had begun and not ended by then; a fuzzy bound counts as reached from the
 * first day it can denote.
 */
export function isActiveAsOf(bounds: { since?: DateLike | undefined; until?: DateLike | undefined }, asOf: IsoDay) {
  if (bounds.since && dateSpan(bounds.since).start > asOf) return false;
  if (bounds.until && dateSpan(bounds.until).start <= asOf) return false;
  return true;
}

export interface TimeWindow {
  from?: IsoDay | null | undefined;
  to?: IsoDay | null | undefined;
}

/** Whether a relation's span (first day of since to last day of until; open when undated) overlaps [from, to]. */
export function relationOverlapsWindow(
  relation: { since?: DateLike | undefined; until?: DateLike | undefined },
  window: TimeWindow,
): boolean {
  const start = relation.since ? dateSpan(relation.since).start : null;
  const end = relation.until ? dateSpan(relation.until).end : null;
  if (window.from && end !== null && end < window.from) return false;
  if (window.to && start !== null && start > window.to) return false;
  return true;
}

/** The day an "as of" year stands for: the network as it stood at the end of that year. */
export const asOfDay = (year: number): IsoDay => `${pad(year, 4)}-12-31`;

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
