/**
 * Dates as the sources give them: a value whose shape depends on its precision.
 * A year is a span, not a day; every query works on the span a date denotes.
 * Plain TypeScript with no dependency, so that the explorer draws dates with the very same rules; the zod schemas
 * that validate them live in dates.ts.
 */
export const datePrecisions = ['day', 'month', 'season', 'year', 'approximate'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const dateQualifiers = ['early', 'mid', 'late'] as const;
export type DateQualifier = (typeof dateQualifiers)[number];

export const seasons = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof seasons)[number];

const valuePatterns: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  season: /^\d{4}-(spring|summer|autumn|winter)$/,
  year: /^\d{4}$/,
  approximate: /^\d{4}(-\d{2})?$/,
};

export interface FuzzyDate {
  value: string;
  precision: DatePrecision;
  qualifier?: DateQualifier | undefined;
  /** How a relative or inferred date was resolved, in French and English. */
  basis?: { fr: string; en: string } | undefined;
}

/** ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

export interface DateSpan {
  start: IsoDay;
  end: IsoDay;
}

/** Why a date is impossible, or null when it is a real calendar date of the right shape. */
export function fuzzyDateProblem(date: Pick<FuzzyDate, 'value' | 'precision' | 'qualifier'>): string | null {
  if (!valuePatterns[date.precision].test(date.value)) {
    return `date "${date.value}" does not have the shape of a ${date.precision} date`;
  }
  const [, month, day] = date.value.split('-');
  const monthNumber = month && /^\d+$/.test(month) ? Number(month) : null;
  if (monthNumber !== null && (monthNumber < 1 || monthNumber > 12))
    return `date "${date.value}" has no month ${month}`;
  if (day !== undefined) {
    const year = Number(date.value.slice(0, 4));
    if (Number(day) < 1 || Number(day) > daysInMonth(year, monthNumber ?? 1)) {
      return `date "${date.value}" is not a day of the calendar`;
    }
    if (date.qualifier) return `a day date cannot be qualified "${date.qualifier}"`;
  }
  if (date.qualifier && date.precision === 'season') return 'a season date cannot take a qualifier';
  return null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; a month past 12 or below 1 counts on into the next or back into the previous year. */
export function daysInMonth(year: number, month: number): number {
  // Read from the calendar's rules rather than through a Date: every date span asks for it.
  if (!Number.isSafeInteger(year) || !Number.isSafeInteger(month))
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const index = year * 12 + month - 1;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 1 && leap ? 29 : MONTH_DAYS[m]!;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDay = (year: number, month: number, day: number): IsoDay => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const lastDay = (year: number, month: number): IsoDay => isoDay(year, month, daysInMonth(year, month));

/** Meteorological seasons: winter YYYY runs from December YYYY to February YYYY+1. */
const seasonMonths: Record<Season, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};

function monthSpan(year: number, firstMonth: number, lastMonth: number): DateSpan {
  const endYear = year + Math.floor((lastMonth - 1) / 12);
  const endMonth = ((lastMonth - 1) % 12) + 1;
  return {
    start: isoDay(year, firstMonth, 1),
    end: lastDay(endYear, endMonth),
  };
}

function addMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * Spans already read, by precision, qualifier and value: texts name the same few dates again and again, and a span
 * costs a split and four ISO days. A fresh object each time (callers own it); a table past its bound starts over.
 */
const spansRead = new Map<string, Map<string, DateSpan>>();
const SPANS_KEPT = 10_000;

/** The inclusive span of days a fuzzy date can denote. */
export function dateSpan(date: Pick<FuzzyDate, 'value' | 'precision' | 'qualifier'>): DateSpan {
  if (date.precision === 'day') return { start: date.value, end: date.value };
  const kind = date.qualifier ? `${date.precision} ${date.qualifier}` : date.precision;
  let byValue = spansRead.get(kind);
  if (!byValue) spansRead.set(kind, (byValue = new Map()));
  let span = byValue.get(date.value);
  if (!span) {
    if (byValue.size >= SPANS_KEPT) byValue.clear();
    byValue.set(date.value, (span = spanOf({ ...date, precision: date.precision })));
  }
  return { start: span.start, end: span.end };
}

function spanOf(date: Pick<FuzzyDate, 'value' | 'qualifier'> & { precision: Exclude<DatePrecision, 'day'> }): DateSpan {
  const parts = date.value.split('-');
  const year = Number(parts[0]);
  switch (date.precision) {
    case 'month': {
      const month = Number(parts[1]);
      const last = daysInMonth(year, month);
      if (date.qualifier === 'early') return { start: isoDay(year, month, 1), end: isoDay(year, month, 10) };
      if (date.qualifier === 'mid') return { start: isoDay(year, month, 11), end: isoDay(year, month, 20) };
      if (date.qualifier === 'late')
        return {
          start: isoDay(year, month, 21),
          end: isoDay(year, month, last),
        };
      return { start: isoDay(year, month, 1), end: isoDay(year, month, last) };
    }
    case 'season': {
      const [first, lastMonth] = seasonMonths[parts[1] as Season];
      return monthSpan(year, first, lastMonth);
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
      return {
        start: isoDay(startYear, startMonth, 1),
        end: lastDay(endYear, endMonth),
      };
    }
  }
}

/** Days since 1970-01-01 of an ISO day. */
const epochDay = (day: IsoDay): number =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/**
 * The one order of fuzzy dates (timeline, lists, "earliest source"): by the middle of the span a date denotes, then
 * the narrower span first, then the finer precision (datePrecisions order), then the value. So "autumn 2013"
 * (Sept.–Nov. 2013) comes before "c. 2014" (July 2013 – June 2015), and "2012-09-05" before "2012" (both mid-2012
 * or later, the day is narrower). Comparing by the first day instead would let every wide "around" date jump ahead
 * of the precise dates it surrounds.
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  // Twice the middle, in days: start + end, so that no fraction appears.
  const middle = epochDay(sa.start) + epochDay(sa.end) - (epochDay(sb.start) + epochDay(sb.end));
  if (middle !== 0) return middle;
  const width = epochDay(sa.end) - epochDay(sa.start) - (epochDay(sb.end) - epochDay(sb.start));
  if (width !== 0) return width;
  const precision = datePrecisions.indexOf(a.precision) - datePrecisions.indexOf(b.precision);
  if (precision !== 0) return precision;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/**
 * "As of" a day: a thing counts when it had begun and not ended by then. A fuzzy bound counts as reached
 * from the first day it can denote, so a thing founded in "2012" exists as of 2012-01-01.
 */
export function isActiveAsOf(
  bounds: { since?: FuzzyDate | undefined; until?: FuzzyDate | undefined },
  asOf: IsoDay,
): boolean {
  if (bounds.since && dateSpan(bounds.since).start > asOf) return false;
  if (bounds.until && dateSpan(bounds.until).start <= asOf) return false;
  return true;
}

/** Whether a date's span overlaps an inclusive window (open ends allowed). */
export function overlapsWindow(
  date: FuzzyDate,
  window: { from?: IsoDay | undefined; to?: IsoDay | undefined },
): boolean {
  const span = dateSpan(date);
  if (window.from && span.end < window.from) return false;
  if (window.to && span.start > window.to) return false;
  return true;
}
