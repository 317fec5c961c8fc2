import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyRange, moneyByActor, moneyWeight } from './money.ts';

describe('money', () => {
  it('formats in the source currency, compactly, in both languages', () => {
    expect(formatMoney(150_000_000, 'EUR', 'en')).toBe('€150m');
    expect(formatMoney(150_000_000, 'EUR', 'fr').replace(/\s/g, ' ')).toBe('150 M €');
    expect(formatMoney(2_000_000, 'USD', 'en')).toBe('US$2m');
    expect(formatMoney(60_000_000, 'unspecified', 'en')).toBe('60m');
  });

  it('keeps per actor the figures of the one aggregation rule, never adding kinds, currencies or rivals', () => {
    const figures = moneyByActor({
      // Andromède: the 285 total and the State's rival 150 arrive as one range, never as 435.
      totalsByRecipient: [
        { to: 'andromede', kind: 'pledged', currency: 'EUR', low: 150, high: 285 },
        { to: 'andromede', kind: 'invested', currency: 'EUR', low: 285, high: 285 },
        { to: 'cloudwatt', kind: 'revenue', currency: 'USD', low: 2, high: 2 },
      ],
      totalsByFunder: [
        { funders: ['state'], kind: 'pledged', currency: 'EUR', low: 150, high: 150 },
        { funders: ['orange', 'thales'], kind: 'invested', currency: 'EUR', low: 150, high: 150 },
      ],
    });
    expect(figures.get('andromede')!.map((f) => [f.kind, f.low, f.high])).toEqual([
      ['pledged', 150, 285],
      ['invested', 285, 285],
    ]);
    expect(moneyWeight(figures.get('andromede'))).toBe(285);
    // Joint funders are each behind the whole undivided amount.
    expect(figures.get('orange')).toEqual(figures.get('thales'));
    expect(moneyWeight(figures.get('state'))).toBe(150);
    expect(moneyWeight(undefined)).toBe(0);
  });

  it('writes a range when the sources disagree', () => {
    expect(formatMoneyRange(150_000_000, 285_000_000, 'EUR', 'en')).toBe('€150m–€285m');
    expect(formatMoneyRange(150_000_000, 150_000_000, 'EUR', 'en')).toBe('€150m');
  });
});
