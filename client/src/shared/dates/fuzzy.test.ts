import { describe, expect, it } from 'vitest';
import * as server from '../../../../server/src/domain/dates.ts';
import { relationOverlapsWindow as serverOverlaps } from '../../../../server/src/domain/queries.ts';
import type { FuzzyDate } from '../api/types.ts';
import { asOfDay, dateSpan, isActiveAsOf, isIsoDay, relationOverlapsWindow } from './fuzzy.ts';

const dates: FuzzyDate[] = [
  { value: '2012-09', precision: 'month', qualifier: 'early' },
  { value: '2012-09', precision: 'month', qualifier: 'mid' },
  { value: '2012-02', precision: 'month', qualifier: 'late' },
  { value: '2012-02', precision: 'month' },
  { value: '2020-02-01', precision: 'day' },
  { value: '2022-summer', precision: 'season' },
  { value: '2013-winter', precision: 'season' },
  { value: '2011', precision: 'year' },
  { value: '2011', precision: 'year', qualifier: 'early' },
  { value: '2011', precision: 'year', qualifier: 'mid' },
  { value: '2011', precision: 'year', qualifier: 'late' },
  { value: '2015', precision: 'approximate' },
  { value: '2012-05', precision: 'approximate' },
  { value: '2012-01', precision: 'approximate' },
  { value: '2012-12', precision: 'approximate' },
];
const days = [
  '1999-12-31',
  '2011-06-30',
  '2012-09-05',
  '2012-09-11',
  '2013-12-31',
  '2015-01-01',
  '2020-02-01',
  '2024-12-31',
];

describe('fuzzy dates, as the server reads them', () => {
  it('gives every date the span the server gives it', () => {
    for (const date of dates) expect(dateSpan(date), JSON.stringify(date)).toEqual(server.dateSpan(date));
  });

  it('agrees with the server on "as of" for every pair of bounds and every day', () => {
    const bounds = [undefined, ...dates];
    for (const since of bounds)
      for (const until of bounds)
        for (const day of days)
          expect(isActiveAsOf({ since, until }, day)).toBe(server.isActiveAsOf({ since, until }, day));
  });

  it('agrees with the server on time windows', () => {
    const windows = [{}, { from: '2012-09-05' }, { to: '2011-06-30' }, { from: '2013-01-01', to: '2015-12-31' }];
    for (const since of [undefined, ...dates.slice(0, 6)])
      for (const until of [undefined, ...dates.slice(6)])
        for (const window of windows)
          expect(relationOverlapsWindow({ since, until }, window)).toBe(serverOverlaps({ since, until }, window));
  });

  it('reads an "as of" year as its last day', () => {
    expect(asOfDay(2013)).toBe('2013-12-31');
  });

  it('recognises calendar days only', () => {
    expect(isIsoDay('2012-02-29')).toBe(true);
    expect(isIsoDay('2013-02-29')).toBe(false);
    expect(isIsoDay('2013-13-01')).toBe(false);
    expect(isIsoDay('2013-1-01')).toBe(false);
  });
});
