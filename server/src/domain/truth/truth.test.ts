import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../fuzzy-date.ts';
import { deriveAmount, deriveDate, type Derivation } from './derived.ts';
import { approximately, resolvedAgainst, sameDate } from './precision.ts';
import { announcingWord, hasHappened, isAfterPublication, statusProblem } from './status.ts';

const d = (value: string, precision: FuzzyDate['precision'], qualifier?: FuzzyDate['qualifier']): FuzzyDate =>
  qualifier ? { value, precision, qualifier } : { value, precision };
const rule = (r: Derivation['rule'], from: number, offset?: Derivation['offset']): Derivation => ({
  rule: r,
  from: Array.from({ length: from }, (_, i) => `events/e${i}`),
  offset,
  reasoning: { fr: 'x', en: 'x' },
});

describe('precision never exceeds the evidence', () => {
  it('keeps a date resolved against a certain anchor, and makes it approximate against an approximate one', () => {
    const day = { ...d('2020-02-01', 'day'), basis: { fr: "'February 1st'", en: "'February 1st'" } };
    expect(resolvedAgainst(day, d('2019-03-01', 'day'))).toBe(day);
    expect(resolvedAgainst(day, d('2013-autumn', 'season'))).toBe(day);
    expect(resolvedAgainst(day, d('2019', 'approximate'))).toEqual({
      ...d('2020', 'approximate'),
      basis: { fr: "'February 1st'", en: "'February 1st'" },
    });
    expect(resolvedAgainst(day, d('2019-05', 'approximate'))).toMatchObject(d('2020-02', 'approximate'));
  });

  it('makes "around" a date no finer than a month', () => {
    expect(approximately(d('2021-11-21', 'day'))).toEqual(d('2021-11', 'approximate'));
    expect(approximately(d('2021-11-21', 'day'), 'year')).toEqual(d('2021', 'approximate'));
    expect(approximately(d('2013-autumn', 'season'), 'year')).toEqual(d('2013', 'approximate'));
  });

  it('compares dates by value, precision and qualifier, not by basis', () => {
    expect(
      sameDate({ ...d('2012-09', 'month', 'early'), basis: { fr: 'a', en: 'a' } }, d('2012-09', 'month', 'early')),
    ).toBe(true);
    expect(sameDate(d('2012-09', 'month', 'early'), d('2012-09', 'month'))).toBe(false);
    expect(sameDate(d('2012', 'year'), d('2012', 'approximate'))).toBe(false);
  });
});

describe('derived values', () => {
  it('copies a publication date or another record', () => {
    expect(deriveDate(rule('publication', 1), [d('2013-autumn', 'season')])).toEqual({
      value: d('2013-autumn', 'season'),
    });
    expect(deriveDate(rule('same-as', 1), [d('2012-09', 'month', 'early')])).toEqual({
      value: d('2012-09', 'month', 'early'),
    });
  });

  it('moves a date by an interval, approximately, at the coarser of the unit and the date', () => {
    const launch = d('2012-09', 'month', 'early');
    expect(deriveDate(rule('offset', 1, { amount: 2, unit: 'year' }), [launch])).toEqual({
      value: d('2014', 'approximate'),
    });
    expect(deriveDate(rule('offset', 1, { amount: 3, unit: 'month' }), [launch])).toEqual({
      value: d('2012-12', 'approximate'),
    });
    expect(deriveDate(rule('offset', 1, { amount: 3, unit: 'month' }), [d('2014', 'approximate')])).toEqual({
      value: d('2014', 'approximate'),
    });
    expect(deriveDate(rule('offset', 1, { amount: -10, unit: 'year' }), [d('2015', 'approximate')])).toEqual({
      value: d('2005', 'approximate'),
    });
    expect(deriveDate(rule('offset', 1), [launch])).toEqual({ problem: expect.stringMatching(/needs an offset/) });
  });

  it('places "then", "already" and "between" at a year, approximately', () => {
    expect(deriveDate(rule('after', 1), [d('2021-11-21', 'day')])).toEqual({ value: d('2021', 'approximate') });
    expect(deriveDate(rule('before', 1), [d('2012-05', 'month')])).toEqual({ value: d('2012', 'approximate') });
    expect(deriveDate(rule('between', 2), [d('2012-04', 'month'), d('2012-09', 'month', 'early')])).toEqual({
      value: d('2012', 'approximate'),
    });
    expect(deriveDate(rule('between', 2), [d('2012-04', 'month'), d('2014', 'year')])).toEqual({
      problem: expect.stringMatching(/within one year/),
    });
    expect(deriveDate(rule('after', 2), [d('2012', 'year'), d('2013', 'year')])).toEqual({
      problem: expect.stringMatching(/takes 1 value/),
    });
  });

  it('adds amounts of one currency, exactly, hedged when a part is, and copies one', () => {
    const eur = (amount: number, approximate = false) => ({ amount, currency: 'EUR', approximate });
    const parts = [135e6, 60e6, 60e6, 30e6].map((amount) => eur(amount));
    expect(deriveAmount(rule('sum', 4), parts)).toEqual({ value: eur(285e6) });
    expect(deriveAmount(rule('sum', 2), [eur(0.1), eur(0.2)])).toEqual({ value: eur(0.3) });
    expect(deriveAmount(rule('sum', 2), [eur(10), eur(20, true)])).toEqual({ value: eur(30, true) });
    expect(deriveAmount(rule('sum', 2), [parts[0]!, { ...eur(1), currency: 'USD' }])).toEqual({
      problem: expect.stringMatching(/one currency/),
    });
    expect(deriveAmount(rule('same-as', 1), [eur(150e6, true)])).toEqual({ value: eur(150e6, true) });
    expect(deriveAmount(rule('offset', 1), [parts[0]!])).toEqual({ problem: expect.stringMatching(/amounts take/) });
  });
});

describe('event status', () => {
  it('counts only what happened, and refuses an announced founding or launch', () => {
    expect(hasHappened({})).toBe(true);
    expect(hasHappened({ status: 'planned' })).toBe(false);
    expect(statusProblem({ kind: 'launch', status: 'announced' })).toMatch(/not a launch/);
    expect(statusProblem({ kind: 'founding', status: 'announced' })).toMatch(/not a founding/);
    expect(statusProblem({ kind: 'shutdown', status: 'planned' })).toBeNull();
    expect(statusProblem({ kind: 'announcement', status: 'happened' })).toBeNull();
  });

  it('makes a date after the publication a plan, comparing the dates as named', () => {
    expect(isAfterPublication(d('2020', 'approximate'), d('2019', 'approximate'))).toBe(true);
    expect(isAfterPublication(d('2024', 'year'), d('2022-summer', 'season'))).toBe(true);
    expect(isAfterPublication(d('2022-summer', 'season'), d('2022-summer', 'season'))).toBe(false);
    expect(isAfterPublication(d('2021-10-15', 'day'), d('2021-11-21', 'day'))).toBe(false);
  });

  it('finds announcing words in French and English', () => {
    expect(announcingWord('Thales confirmed, with Google, the launch of S3NS')).toBe('confirmed');
    expect(announcingWord('Le ministre a annoncé la création du service')).toBe('annoncé');
    expect(announcingWord('La société dévoile son offre')).toBe('dévoile');
    expect(announcingWord('Acme Cloud was founded in early 2012.')).toBeNull();
  });
});
