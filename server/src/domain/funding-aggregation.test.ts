import { describe, expect, it } from 'vitest';
import {
  aggregateAmounts,
  competingClaims,
  fundersOf,
  fundingLinkProblems,
  summariseFunding,
  type DisputeFacts,
  type FundingFacts,
} from './funding-aggregation.ts';

const M = 1_000_000;
const pledge = (id: string, amount: number, extra: Partial<FundingFacts> = {}): FundingFacts => ({
  id,
  to: 'project',
  amount: amount * M,
  currency: 'EUR',
  kind: 'pledged',
  ...extra,
});
const amountDispute = (id: string, ...claims: string[][]): DisputeFacts => ({
  id,
  about: 'amount',
  claims: claims.map((ids) =>
    ids.length === 1 ? { record: `fundings/${ids[0]}` } : { records: ids.map((i) => `fundings/${i}`) },
  ),
});

// A total of 285 and its four parts, as one source gives them; a rival source says 150 from someone else.
const total = pledge('total', 285);
const parts = [
  pledge('bank', 135, { from: 'bank', partOf: 'total' }),
  pledge('a', 60, { from: 'a', partOf: 'total' }),
  pledge('b', 60, { from: 'b', partOf: 'total' }),
  pledge('c', 30, { from: 'c', partOf: 'total' }),
];
const state = pledge('state', 150, { from: 'state' });

describe('total and parts', () => {
  it('never adds a total to its parts: the total stands for them', () => {
    const aggregate = aggregateAmounts([total, ...parts], []);
    expect(aggregate).toMatchObject({ low: 285 * M, high: 285 * M, disputed: false, rivalries: [] });
    expect(aggregate.records).toEqual(['a', 'b', 'bank', 'c', 'total']);
  });

  it('counts a part by itself when its total is not in the set', () => {
    expect(aggregateAmounts([parts[0]!, parts[3]!], [])).toMatchObject({ low: 165 * M, high: 165 * M });
  });

  it('keeps a total larger than its parts as the total', () => {
    expect(aggregateAmounts([pledge('t', 300), parts[0]!, pledge('p', 100, { partOf: 't' })], [])).toMatchObject({
      low: 300 * M + 135 * M,
      high: 300 * M + 135 * M,
    });
  });

  it('counts funders at the parts too: a total given by its parts is not given again by "no one"', () => {
    const { totalsByFunder } = summariseFunding([total, ...parts], [amountDispute('d', ['total'], ['other'])]);
    expect(totalsByFunder.map((t) => [t.funders.join(), t.low])).toEqual([
      ['a', 60 * M],
      ['b', 60 * M],
      ['bank', 135 * M],
      ['c', 30 * M],
    ]);
    // A dispute naming the total names its parts.
    expect(totalsByFunder.every((t) => t.disputes.includes('d'))).toBe(true);
  });

  it('draws flows at the parts, with the remainder a total leaves unexplained', () => {
    const { flows } = summariseFunding([pledge('t', 300), pledge('p', 100, { from: 'x', partOf: 't' })], []);
    expect(flows.map((f) => [f.funders, f.amount, f.records])).toEqual([
      [[], 200 * M, ['t']],
      [['x'], 100 * M, ['p']],
    ]);
    const flat = summariseFunding([total, ...parts], []).flows;
    expect(flat.map((f) => f.amount).reduce((s, a) => s + a, 0)).toBe(285 * M);
    expect(flat.some((f) => f.records.includes('total'))).toBe(false);
  });
});

describe('joint funders', () => {
  const joint = pledge('joint', 150, { funders: ['orange', 'thales'], kind: 'invested', to: 'cloud' });

  it('lists every funder of one undivided amount', () => {
    expect(fundersOf(joint)).toEqual(['orange', 'thales']);
    expect(fundersOf(state)).toEqual(['state']);
    expect(fundersOf(total)).toEqual([]);
  });

  it('gives the amount once, to the group of funders, never once per funder', () => {
    const { flows, totalsByFunder, totalsByRecipient } = summariseFunding([joint], []);
    expect(flows).toMatchObject([{ funders: ['orange', 'thales'], to: 'cloud', amount: 150 * M }]);
    expect(totalsByFunder).toMatchObject([{ funders: ['orange', 'thales'], low: 150 * M, high: 150 * M }]);
    expect(totalsByRecipient).toMatchObject([{ to: 'cloud', low: 150 * M, high: 150 * M }]);
  });
});

describe('rival claims', () => {
  const disputes = [amountDispute('budget', ['total'], ['state']), amountDispute('public', ['bank'], ['state'])];

  it('gives the range the sources support, never their sum', () => {
    const aggregate = aggregateAmounts([total, ...parts, state], competingClaims(disputes));
    expect(aggregate).toMatchObject({ low: 150 * M, high: 285 * M, disputed: true, disputes: ['budget', 'public'] });
    expect(aggregate.rivalries).toEqual([
      {
        disputes: ['budget', 'public'],
        claims: [
          { records: ['state'], amount: 150 * M },
          { records: ['total'], amount: 285 * M },
        ],
      },
    ]);
  });

  it('adds what is not disputed to both ends of the range', () => {
    const other = pledge('other', 10, { from: 'z' });
    expect(aggregateAmounts([total, ...parts, state, other], competingClaims(disputes))).toMatchObject({
      low: 160 * M,
      high: 295 * M,
    });
  });

  it('sums the records of a claim made of several records', () => {
    const x = pledge('x', 60, { from: 'x' });
    const y = pledge('y', 60, { from: 'y' });
    const xy = pledge('xy', 150, { funders: ['x', 'y'] });
    const aggregate = aggregateAmounts([x, y, xy], competingClaims([amountDispute('d', ['x', 'y'], ['xy'])]));
    expect(aggregate).toMatchObject({ low: 120 * M, high: 150 * M });
  });

  it('is exact but still flagged when only one side of a dispute is in the set', () => {
    expect(
      aggregateAmounts([state], competingClaims(disputes), new Map([['state', ['budget', 'public']]])),
    ).toMatchObject({
      low: 150 * M,
      high: 150 * M,
      disputed: true,
      disputes: ['budget', 'public'],
      rivalries: [],
    });
  });

  it('ignores disputes about anything but amounts for ranges', () => {
    const factDispute: DisputeFacts = {
      id: 'f',
      about: 'fact',
      claims: [{ record: 'fundings/total' }, { record: 'fundings/state' }],
    };
    expect(competingClaims([factDispute])).toEqual([]);
  });

  it('keeps rival claims in separate flows, each marked with its claim', () => {
    const { flows, totalsByRecipient } = summariseFunding([total, ...parts, state], disputes);
    expect(totalsByRecipient).toMatchObject([{ to: 'project', low: 150 * M, high: 285 * M, disputed: true }]);
    const byClaim = new Map<number, number>();
    for (const flow of flows) byClaim.set(flow.claim!.index, (byClaim.get(flow.claim!.index) ?? 0) + flow.amount);
    expect([...byClaim.entries()].sort()).toEqual([
      [0, 150 * M],
      [1, 285 * M],
    ]);
    expect(flows.every((f) => f.claim!.of === 2 && f.disputed)).toBe(true);
  });
});

describe('kinds and currencies', () => {
  it('never adds two currencies, nor converts them', () => {
    const usd = pledge('usd', 2, { currency: 'USD', kind: 'revenue' });
    const eur = pledge('eur', 6, { currency: 'EUR', kind: 'revenue' });
    const none = pledge('none', 6, { currency: 'unspecified', kind: 'revenue' });
    expect(() => aggregateAmounts([usd, eur], [])).toThrow(RangeError);
    const { totalsByRecipient } = summariseFunding([none, usd, eur], []);
    expect(totalsByRecipient.map((t) => [t.currency, t.low])).toEqual([
      ['EUR', 6 * M],
      ['USD', 2 * M],
      ['unspecified', 6 * M],
    ]);
  });

  it('keeps pledged, invested and revenue apart, even when a dispute spans them', () => {
    const invested = pledge('invested', 285, { kind: 'invested' });
    const revenue = pledge('revenue', 6, { kind: 'revenue' });
    const disputes = [amountDispute('budget', ['total'], ['state'], ['invested'])];
    const { totalsByRecipient } = summariseFunding([total, ...parts, state, invested, revenue], disputes);
    expect(totalsByRecipient.map((t) => [t.kind, t.low, t.high])).toEqual([
      ['pledged', 150 * M, 285 * M],
      ['invested', 285 * M, 285 * M],
      ['revenue', 6 * M, 6 * M],
    ]);
    expect(() => aggregateAmounts([total, invested], [])).toThrow(RangeError);
  });
});

describe('how records relate', () => {
  it('accepts a total whose parts add up to it or less', () => {
    expect(fundingLinkProblems([total, ...parts, state])).toEqual([]);
  });

  it('refuses an unknown total, a cycle, a mismatch and parts larger than the total', () => {
    const problems = fundingLinkProblems([
      pledge('orphan', 1, { partOf: 'nowhere' }),
      pledge('loop-a', 1, { partOf: 'loop-b' }),
      pledge('loop-b', 1, { partOf: 'loop-a' }),
      pledge('t', 100),
      pledge('usd-part', 10, { partOf: 't', currency: 'USD' }),
      pledge('other-recipient', 10, { partOf: 't', to: 'elsewhere' }),
      pledge('big', 95, { partOf: 't' }),
      pledge('big-2', 10, { partOf: 't' }),
      pledge('both', 5, { from: 'x', funders: ['y', 'z'] }),
    ]);
    const on = (id: string) => problems.filter((p) => p.id === id).map((p) => p.field);
    expect(on('orphan')).toEqual(['partOf']);
    expect(on('loop-a')).toEqual(['partOf']);
    expect(on('loop-b')).toEqual(['partOf']);
    expect(on('usd-part')).toEqual(['partOf']);
    expect(on('other-recipient')).toEqual(['partOf']);
    expect(on('both')).toEqual(['funders']);
    // The matching parts, 95 + 10, exceed the total of 100: named on the last part listed, with both sums.
    expect(on('big-2')).toEqual(['partOf']);
    expect(problems.find((p) => p.id === 'big-2')?.message).toContain(
      '105,000,000 EUR, more than its total 100,000,000 EUR',
    );
  });
});
