import { describe, expect, it } from 'vitest';
import { asOfDay, isIsoDay, relationOverlapsWindow } from './fuzzy.ts';

// dateSpan and isActiveAsOf are the server's own functions, tested in server/src/domain/dates.test.ts.
describe('what the explorer adds to fuzzy dates', () => {
  it('reads a window with null ends (an unset URL parameter) as open', () => {
    const relation = {
      since: { value: '2012', precision: 'year' },
      until: { value: '2020-02-01', precision: 'day' },
    } as const;
    expect(relationOverlapsWindow(relation, { from: null, to: null })).toBe(true);
    expect(relationOverlapsWindow(relation, { from: '2020-02-02', to: null })).toBe(false);
    expect(relationOverlapsWindow(relation, { from: null, to: '2011-12-31' })).toBe(false);
    expect(relationOverlapsWindow(relation, { from: '2011-06-30', to: '2012-01-01' })).toBe(true);
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
