import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, formatPeriod } from './format.ts';

describe('formatFuzzyDate', () => {
  it.each([
    [{ value: '2012-09', precision: 'month', qualifier: 'early' }, 'early Sept. 2012', 'début sept. 2012'],
    [{ value: '2012-09', precision: 'month', qualifier: 'mid' }, 'mid-Sept. 2012', 'mi-sept. 2012'],
    [{ value: '2012-09', precision: 'month', qualifier: 'late' }, 'late Sept. 2012', 'fin sept. 2012'],
    [{ value: '2012-05', precision: 'month' }, 'May 2012', 'mai 2012'],
    [{ value: '2022-summer', precision: 'season' }, 'summer 2022', 'été 2022'],
    [{ value: '2013-spring', precision: 'season' }, 'spring 2013', 'printemps 2013'],
    [{ value: '2015', precision: 'approximate' }, 'c. 2015', 'vers 2015'],
    [{ value: '2012-05', precision: 'approximate' }, 'c. May 2012', 'vers mai 2012'],
    [{ value: '2011', precision: 'year' }, '2011', '2011'],
    [{ value: '2011', precision: 'year', qualifier: 'late' }, 'late 2011', 'fin 2011'],
    [{ value: '2020-02-01', precision: 'day' }, '1 Feb. 2020', '1er févr. 2020'],
    [{ value: '2021-11-21', precision: 'day' }, '21 Nov. 2021', '21 nov. 2021'],
  ] as const)('%j reads "%s" / "%s"', (date, en, fr) => {
    expect(formatFuzzyDate(date, 'en')).toBe(en);
    expect(formatFuzzyDate(date, 'fr')).toBe(fr);
  });

  it('never claims more precision than the date has', () => {
    expect(formatFuzzyDate({ value: '2011', precision: 'year' }, 'en')).not.toMatch(/Jan|1 /);
    expect(formatFuzzyDate({ value: '2022-summer', precision: 'season' }, 'en')).not.toMatch(/June/);
  });
});

describe('formatPeriod', () => {
  const since = { value: '2012-09', precision: 'month', qualifier: 'early' } as const;
  const until = { value: '2020-02-01', precision: 'day' } as const;
  it('reads both ends, one, or none', () => {
    expect(formatPeriod(since, until, 'en')).toBe('early Sept. 2012 – 1 Feb. 2020');
    expect(formatPeriod(since, undefined, 'en')).toBe('since early Sept. 2012');
    expect(formatPeriod(undefined, until, 'fr')).toBe("jusqu'à 1er févr. 2020");
    expect(formatPeriod(undefined, undefined, 'en')).toBeNull();
  });
});
