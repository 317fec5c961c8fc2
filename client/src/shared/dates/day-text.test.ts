import { describe, expect, it } from 'vitest';
import { formatDayText, parseDayText } from './day-text.ts';

const range = { min: '1990-01-01', max: '2030-12-31' };

describe('formatDayText', () => {
  it('writes a day as the interface reads it: day first in French, ISO in English', () => {
    expect(formatDayText('2015-03-01', 'fr')).toBe('01/03/2015');
    expect(formatDayText('2015-03-01', 'en')).toBe('2015-03-01');
  });

  it('reads back what it writes, in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const day of ['1990-01-01', '2012-02-29', '2024-12-31']) {
        expect(parseDayText(formatDayText(day, lang), lang, 'start')).toEqual({ kind: 'day', day, exact: true });
      }
    }
  });
});

describe('parseDayText', () => {
  it('reads a French day in its usual spellings', () => {
    for (const text of ['1/3/2015', '01/03/2015', '1.3.2015', '01-03-2015', ' 1 / 3 / 2015 ', '01032015']) {
      expect(parseDayText(text, 'fr', 'start')).toEqual({ kind: 'day', day: '2015-03-01', exact: true });
    }
  });

  it('reads a year-first day in either language (a pasted ISO day), and compact digits in English', () => {
    expect(parseDayText('2015-03-01', 'fr', 'start')).toMatchObject({ day: '2015-03-01' });
    expect(parseDayText('2015/3/1', 'en', 'start')).toMatchObject({ day: '2015-03-01' });
    expect(parseDayText('20150301', 'en', 'start')).toMatchObject({ day: '2015-03-01' });
  });

  it('refuses day-first text in English, where 03/04/2015 could be March or April', () => {
    expect(parseDayText('03/04/2015', 'en', 'start')).toEqual({ kind: 'invalid', problem: 'format' });
    expect(parseDayText('03042015', 'en', 'start')).toEqual({ kind: 'invalid', problem: 'no-such-day' });
  });

  it('takes a year or a month at the bound it stands for', () => {
    expect(parseDayText('2015', 'fr', 'start')).toEqual({ kind: 'day', day: '2015-01-01', exact: false });
    expect(parseDayText('2015', 'en', 'end')).toEqual({ kind: 'day', day: '2015-12-31', exact: false });
    expect(parseDayText('02/2016', 'fr', 'end')).toEqual({ kind: 'day', day: '2016-02-29', exact: false });
    expect(parseDayText('2016-02', 'en', 'start')).toEqual({ kind: 'day', day: '2016-02-01', exact: false });
  });

  it('says why a text is not a day: not a date, no such day, or outside the range', () => {
    expect(parseDayText('', 'fr', 'start')).toEqual({ kind: 'empty' });
    expect(parseDayText('   ', 'en', 'end')).toEqual({ kind: 'empty' });
    for (const text of ['hier', '15/03/15', '2015-03-01T00:00', 'mars 2015', '1/2/3/2015']) {
      expect(parseDayText(text, 'fr', 'start')).toEqual({ kind: 'invalid', problem: 'format' });
    }
    expect(parseDayText('31/04/2015', 'fr', 'start')).toEqual({ kind: 'invalid', problem: 'no-such-day' });
    expect(parseDayText('29/02/2015', 'fr', 'start')).toEqual({ kind: 'invalid', problem: 'no-such-day' });
    expect(parseDayText('2015-13-01', 'en', 'start')).toEqual({ kind: 'invalid', problem: 'no-such-day' });
    expect(parseDayText('00/03/2015', 'fr', 'start')).toEqual({ kind: 'invalid', problem: 'no-such-day' });
    expect(parseDayText('1889', 'en', 'start', range)).toEqual({ kind: 'invalid', problem: 'out-of-range' });
    expect(parseDayText('01/01/2031', 'fr', 'start', range)).toEqual({ kind: 'invalid', problem: 'out-of-range' });
    expect(parseDayText('2030', 'en', 'end', range)).toMatchObject({ day: '2030-12-31' });
  });
});
