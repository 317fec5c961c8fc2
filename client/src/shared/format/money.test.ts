import { describe, expect, it } from 'vitest';
import { formatMoney, moneyByActor, moneyWeight } from './money.ts';

describe('money', () => {
  it('formats in the source currency, compactly, in both languages', () => {
    expect(formatMoney(150_000_000, 'EUR', 'en')).toBe('€150m');
    expect(formatMoney(150_000_000, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('150 M €');
    expect(formatMoney(2_000_000, 'USD', 'en')).toBe('US$2m');
    expect(formatMoney(60_000_000, 'unspecified', 'en')).toBe('60m');
  });

  it('sums per actor and per currency, never across currencies', () => {
    const totals = moneyByActor([
      { from: 'state', to: 'andromede', currency: 'EUR', total: 150 },
      { from: null, to: 'andromede', currency: 'EUR', total: 285 },
      { from: 'state', to: 'cloudwatt', currency: 'USD', total: 2 },
    ]);
    expect(Object.fromEntries(totals.get('andromede')!)).toEqual({ EUR: 435 });
    expect(Object.fromEntries(totals.get('state')!)).toEqual({ EUR: 150, USD: 2 });
    expect(moneyWeight(totals.get('state'))).toBe(150);
    expect(moneyWeight(undefined)).toBe(0);
  });
});
