import { describe, expect, it } from 'vitest';
import {
  compareFuzzyDates,
  dateSpan,
  daysInMonth,
  FuzzyDateSchema,
  fuzzyDateProblem,
  isActiveAsOf,
  overlapsWindow,
} from './dates.ts';

describe('dateSpan', () => {
  it('draws a day as a point and a month as its days', () => {
    expect(dateSpan({ value: '2020-02-01', precision: 'day' })).toEqual({ start: '2020-02-01', end: '2020-02-01' });
    expect(dateSpan({ value: '2012-02', precision: 'month' })).toEqual({ start: '2012-02-01', end: '2012-02-29' });
  });
  it('narrows a month by its qualifier (début, mi-, fin)', () => {
    expect(dateSpan({ value: '2012-09', precision: 'month', qualifier: 'early' })).toEqual({
      start: '2012-09-01',
      end: '2012-09-10',
    });
    expect(dateSpan({ value: '2012-09', precision: 'month', qualifier: 'mid' })).toEqual({
      start: '2012-09-11',
      end: '2012-09-20',
    });
    expect(dateSpan({ value: '2013-02', precision: 'month', qualifier: 'late' })).toEqual({
      start: '2013-02-21',
      end: '2013-02-28',
    });
  });
  it('draws a year as a span, and thirds of it by qualifier', () => {
    expect(dateSpan({ value: '2011', precision: 'year' })).toEqual({ start: '2011-01-01', end: '2011-12-31' });
    expect(dateSpan({ value: '2012', precision: 'year', qualifier: 'early' })).toEqual({
      start: '2012-01-01',
      end: '2012-04-30',
    });
    expect(dateSpan({ value: '2012', precision: 'year', qualifier: 'late' })).toEqual({
      start: '2012-09-01',
      end: '2012-12-31',
    });
  });
  it('draws seasons as meteorological seasons, winter crossing the year', () => {
    expect(dateSpan({ value: '2013-spring', precision: 'season' })).toEqual({ start: '2013-03-01', end: '2013-05-31' });
    expect(dateSpan({ value: '2019-autumn', precision: 'season' })).toEqual({ start: '2019-09-01', end: '2019-11-30' });
    expect(dateSpan({ value: '2015-winter', precision: 'season' })).toEqual({ start: '2015-12-01', end: '2016-02-29' });
  });
  it('answers a date read before as the first time, in an object of its own', () => {
    const dates = [
      { value: '2013', precision: 'year' },
      { value: '2013', precision: 'year', qualifier: 'late' },
      { value: '2013', precision: 'approximate' },
      { value: '2013-spring', precision: 'season' },
    ] as const;
    const first = dates.map((d) => dateSpan(d));
    const again = dates.map((d) => dateSpan(d));
    expect(again).toEqual(first);
    expect(new Set(first.map((span) => span.start)).size).toBe(4);
    again[0]!.start = 'changed';
    expect(dateSpan(dates[0])).toEqual(first[0]);
  });
  it('widens approximate dates on both sides', () => {
    expect(dateSpan({ value: '2019', precision: 'approximate' })).toEqual({ start: '2018-07-01', end: '2020-06-30' });
    expect(dateSpan({ value: '2012-01', precision: 'approximate' })).toEqual({
      start: '2011-12-01',
      end: '2012-02-29',
    });
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian calendar, leap years included', () => {
    expect([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('counts a month past 12 or below 1 into the next or previous year, and reads a year below 100 as itself', () => {
    expect(daysInMonth(2023, 14)).toBe(29); // February 2024
    expect(daysInMonth(2024, 0)).toBe(31); // December 2023
    expect(daysInMonth(0, 2)).toBe(29); // year 0 is a leap year; Date.UTC would read 1900's February
  });
});

describe('fuzzyDateProblem and the schema', () => {
  it('accepts well-formed dates', () => {
    for (const date of [
      { value: '2020-02-29', precision: 'day' },
      { value: '2013-spring', precision: 'season' },
      { value: '2012-09', precision: 'month', qualifier: 'early' },
      { value: '2015', precision: 'approximate' },
    ] as const) {
      expect(fuzzyDateProblem(date)).toBeNull();
      expect(FuzzyDateSchema.safeParse(date).success).toBe(true);
    }
  });
  it('rejects impossible or mis-shaped dates', () => {
    expect(fuzzyDateProblem({ value: '2019-02-29', precision: 'day' })).toMatch(/calendar/);
    expect(fuzzyDateProblem({ value: '2019-13', precision: 'month' })).toMatch(/month/);
    expect(fuzzyDateProblem({ value: '2019-04', precision: 'year' })).toMatch(/shape/);
    expect(fuzzyDateProblem({ value: '2019-monsoon', precision: 'season' })).toMatch(/shape/);
    expect(fuzzyDateProblem({ value: '2019-05-02', precision: 'day', qualifier: 'early' })).toMatch(/qualified/);
    expect(FuzzyDateSchema.safeParse({ value: '2019', precision: 'year', extra: 1 }).success).toBe(false);
  });
});

describe('isActiveAsOf', () => {
  const cloudwatt = {
    since: { value: '2012-09', precision: 'month', qualifier: 'early' },
    until: { value: '2020-02-01', precision: 'day' },
  } as const;
  it('counts a thing from the first day its start can denote until its end', () => {
    expect(isActiveAsOf(cloudwatt, '2012-08-31')).toBe(false);
    expect(isActiveAsOf(cloudwatt, '2012-09-01')).toBe(true);
    expect(isActiveAsOf(cloudwatt, '2013-01-01')).toBe(true);
    expect(isActiveAsOf(cloudwatt, '2020-01-31')).toBe(true);
    expect(isActiveAsOf(cloudwatt, '2020-02-01')).toBe(false);
  });
  it('treats missing bounds as open', () => {
    expect(isActiveAsOf({}, '1900-01-01')).toBe(true);
    expect(isActiveAsOf({ since: { value: '2022-summer', precision: 'season' } }, '2022-01-01')).toBe(false);
    expect(isActiveAsOf({ since: { value: '2022-summer', precision: 'season' } }, '2022-06-01')).toBe(true);
  });
});

describe('ordering and windows', () => {
  it('sorts by the middle of the span', () => {
    const dates = [
      { value: '2012', precision: 'year' },
      { value: '2012-09-05', precision: 'day' },
      { value: '2012-01', precision: 'month' },
    ] as const;
    expect([...dates].sort(compareFuzzyDates).map((d) => d.value)).toEqual(['2012-01', '2012', '2012-09-05']);
  });
  it('puts "autumn 2013" before "c. 2014", though c. 2014 may begin earlier', () => {
    const around2014 = { value: '2014', precision: 'approximate' } as const;
    const autumn2013 = { value: '2013-autumn', precision: 'season' } as const;
    expect(compareFuzzyDates(autumn2013, around2014)).toBeLessThan(0);
    expect(compareFuzzyDates(around2014, autumn2013)).toBeGreaterThan(0);
  });
  it('breaks a tie of middles by the narrower span', () => {
    expect(compareFuzzyDates({ value: '2013-05', precision: 'month' }, { value: '2013-05', precision: 'month' })).toBe(
      0,
    );
    const midMonth = { value: '2013-05-16', precision: 'day' } as const;
    const month = { value: '2013-05', precision: 'month' } as const;
    expect([month, midMonth].sort(compareFuzzyDates)).toEqual([midMonth, month]);
  });
  it('keeps a date whose span touches the window', () => {
    expect(overlapsWindow({ value: '2012', precision: 'year' }, { from: '2012-12-31' })).toBe(true);
    expect(overlapsWindow({ value: '2012', precision: 'year' }, { from: '2013-01-01' })).toBe(false);
    expect(overlapsWindow({ value: '2013-spring', precision: 'season' }, { to: '2013-02-28' })).toBe(false);
  });
});
