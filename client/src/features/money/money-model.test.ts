import { describe, expect, it } from 'vitest';
import { summariseFunding, type DisputeFacts, type FundingFacts } from '@atlas/server/domain/funding-aggregation';
import {
  csvField,
  extentHeightAt,
  flowWidthAt,
  MIN_FLOW_PX,
  sharedScale,
  stackLabels,
  widenedUnder,
  formatAmount,
  formatRange,
  moneyTableCsv,
  prepareSankeys,
  toCsv,
  totalsRows,
  type MoneyLabels,
} from './money-model.ts';
import { layOutSankey } from './sankey-layout.ts';

const M = 1_000_000;
const record = (id: string, amount: number, over: Partial<FundingFacts> = {}): FundingFacts => ({
  id,
  to: 'andromede',
  amount: amount * M,
  currency: 'EUR',
  kind: 'pledged',
  ...over,
});
// The Andromède figures in small: a total and its parts, a rival figure, joint funders, three currencies.
const records: FundingFacts[] = [
  record('total', 285),
  record('cdc', 135, { from: 'caisse-des-depots', partOf: 'total' }),
  record('orange', 60, { from: 'orange', partOf: 'total' }),
  record('thales', 60, { from: 'thales', partOf: 'total' }),
  record('dassault', 30, { from: 'dassault-systemes', partOf: 'total' }),
  record('state', 150, { from: 'french-state' }),
  record('jolain', 285, { kind: 'invested' }),
  record('cw', 2, { to: 'cloudwatt', kind: 'revenue', currency: 'USD' }),
  record('nm', 6, { to: 'numergy', kind: 'revenue', currency: 'unspecified' }),
  record('ot', 150, { to: 'cloudwatt', kind: 'invested', funders: ['orange', 'thales'] }),
];
const disputes: DisputeFacts[] = [
  { id: 'budget', about: 'amount', claims: [{ record: 'fundings/total' }, { record: 'fundings/state' }] },
  { id: 'public', about: 'amount', claims: [{ record: 'fundings/cdc' }, { record: 'fundings/state' }] },
];
const summary = summariseFunding(records, disputes);
const names: Record<string, string> = { 'caisse-des-depots': 'Caisse des Dépôts', thales: 'Thales', orange: 'Orange' };
const name = (id: string) => names[id] ?? id;
const labels: MoneyLabels = {
  unnamed: '(funder not named)',
  joint: (list) => list.join(' + '),
  claimNode: (recipient, index, of) => `${recipient} — claim ${index} of ${of}`,
};

describe('sankey input, per currency', () => {
  const sankeys = prepareSankeys(summary.flows, name, labels);

  it('makes one diagram per currency, never adding across currencies, "unspecified" last', () => {
    expect(sankeys.map((s) => s.currency)).toEqual(['EUR', 'USD', 'unspecified']);
    expect(sankeys[1]!.links.map((l) => l.value)).toEqual([2 * M]);
  });

  it('draws a total as its parts, never both', () => {
    const eur = sankeys[0]!;
    const toClaim = eur.links.filter((l) => l.to === 'andromede' && l.kind === 'pledged');
    expect(toClaim.map((l) => l.records[0]).sort()).toEqual(['cdc', 'dassault', 'orange', 'state', 'thales']);
  });

  it('sends each side of rival claims to its own recipient node, so widths never add up', () => {
    const eur = sankeys[0]!;
    const claimNodes = eur.nodes.filter((n) => n.side === 'to' && n.label.includes('claim'));
    expect(claimNodes.map((n) => n.label)).toEqual(['andromede — claim 2 of 2', 'andromede — claim 1 of 2']);
    const into = (node: string) => eur.links.filter((l) => l.target === node).reduce((sum, l) => sum + l.value, 0);
    expect(claimNodes.map((n) => into(n.id))).toEqual([285 * M, 150 * M]);
  });

  it('puts funders and recipients in separate columns, joint funders as one node, kinds and disputes on each link', () => {
    const eur = sankeys[0]!;
    expect(eur.nodes.filter((n) => n.side === 'from').map((n) => n.label)).toEqual([
      '(funder not named)',
      'Caisse des Dépôts',
      'dassault-systemes',
      'french-state',
      'Orange',
      'Orange + Thales',
      'Thales',
    ]);
    const cdc = eur.links.find((l) => l.funders.join() === 'caisse-des-depots')!;
    expect(cdc).toMatchObject({ source: 'from:caisse-des-depots', kind: 'pledged', disputed: true });
  });

  it('gives each recipient its own "funder not named", never one payer for all', () => {
    const unnamed = prepareSankeys(summary.flows, name, labels).flatMap((s) =>
      s.nodes.filter((n) => n.side === 'from' && n.actors.length === 0).map((n) => n.id),
    );
    expect(unnamed).toEqual(['from:?>andromede', 'from:?>cloudwatt', 'from:?>numergy']);
  });

  it('drops nothing but non-positive amounts', () => {
    expect(prepareSankeys([{ ...summary.flows[0]!, amount: 0 }], name, labels)).toEqual([]);
  });
});

describe('totals per funder and per recipient', () => {
  it('shows the range the sources support per actor, currency and kind, unnamed funders last', () => {
    const recipients = totalsRows(summary.totalsByRecipient, name, labels.joint);
    const andromede = recipients.find((r) => r.actors[0] === 'andromede' && r.currency === 'EUR')!;
    expect(andromede.perKind.pledged).toMatchObject({ low: 150 * M, high: 285 * M, disputed: true });
    expect(andromede.perKind.invested).toMatchObject({ low: 285 * M, high: 285 * M });
    expect(andromede.perKind.revenue).toBeUndefined();
    expect(recipients.filter((r) => r.actors[0] === 'cloudwatt').map((r) => r.currency)).toEqual(['EUR', 'USD']);
    const funders = totalsRows(summary.totalsByFunder, name, labels.joint);
    expect(funders.find((f) => f.actors.join() === 'orange,thales')!.perKind.invested).toMatchObject({ low: 150 * M });
    // Unnamed funders are kept apart per recipient, never summed as if they were one payer.
    expect(funders.filter((f) => f.actors.length === 0).map((f) => `${f.recipient}:${f.currency}`)).toEqual([
      'andromede:EUR',
      'cloudwatt:USD',
      'numergy:unspecified',
    ]);
  });

  it('writes a range as low–high and an agreed amount as one number', () => {
    expect(formatRange(150 * M, 285 * M, 'en')).toBe('150,000,000–285,000,000');
    expect(formatRange(135 * M, 135 * M, 'en')).toBe('135,000,000');
  });
});

describe('amounts and CSV', () => {
  it('writes the full amount in its own currency, or says the currency is not stated', () => {
    expect(formatAmount(135_000_000, 'EUR', 'en', 'currency not stated')).toBe('135,000,000 EUR');
    expect(formatAmount(135_000_000, 'EUR', 'fr', 'devise non précisée').replace(/\s/g, ' ')).toBe('135 000 000 EUR');
    expect(formatAmount(6_000_000, 'unspecified', 'en', 'currency not stated')).toBe('6,000,000 (currency not stated)');
  });

  it('quotes CSV fields that need it and doubles quotes', () => {
    expect(csvField('Thales')).toBe('Thales');
    expect(csvField('Orange, Capgemini')).toBe('"Orange, Capgemini"');
    expect(csvField('the "Cloud of Trust"')).toBe('"the ""Cloud of Trust"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(135000000)).toBe('135000000');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 'c,d'],
      ]),
    ).toBe('a,b\r\n1,"c,d"\r\n');
  });

  it('writes the money table with a header, funders then recipients, ranges as low and high', () => {
    const csv = moneyTableCsv(
      totalsRows(summary.totalsByFunder, name, labels.joint),
      totalsRows(summary.totalsByRecipient, name, labels.joint),
      name,
      labels,
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'role,actor_id,actor,currency,pledged_low,pledged_high,invested_low,invested_high,disbursed_low,disbursed_high,revenue_low,revenue_high,disputed,disputes,records',
    );
    expect(lines[1]).toBe(
      'funder,caisse-des-depots,Caisse des Dépôts,EUR,135000000,135000000,0,0,0,0,0,0,true,budget public,1',
    );
    expect(lines).toContain('funder,orange+thales,Orange + Thales,EUR,0,0,150000000,150000000,0,0,0,0,false,,1');
    expect(lines).toContain('funder,,(funder not named) → cloudwatt,USD,0,0,0,0,0,0,2000000,2000000,false,,1');
    expect(lines).toContain(
      'recipient,andromede,andromede,EUR,150000000,285000000,285000000,285000000,0,0,0,0,true,budget public,7',
    );
    expect(lines.at(-1)).toBe('recipient,numergy,numergy,unspecified,0,0,0,0,0,0,6000000,6000000,false,,1');
  });
});

describe('one scale for the page', () => {
  const diagram = (currency: string, values: number[]) =>
    ({
      currency,
      nodes: [
        ...values.map((_, i) => ({ id: `from:${i}`, side: 'from' as const, actors: [`f${i}`], label: `f${i}` })),
        { id: 'to:r', side: 'to' as const, actors: ['r'], label: 'r' },
      ],
      links: values.map((value, i) => ({ source: `from:${i}`, target: 'to:r', value })),
    }) as unknown as Parameters<typeof extentHeightAt>[0];

  it('sizes every diagram by the one carrying the most money', () => {
    const diagrams = [diagram('EUR', [4_000_000, 2_000_000]), diagram('USD', [2_000_000])];
    const scale = sharedScale(diagrams, 300);
    expect(scale).toBe(300 / 6_000_000);
    // Flows of the busier side plus its gaps: 2 million is a third of the 6 million diagram, in either currency.
    expect(extentHeightAt(diagrams[0]!, scale, 16)).toBe(300 + 16);
    expect(extentHeightAt(diagrams[1]!, scale, 16)).toBe(100);
  });

  it('has no scale without money', () => {
    expect(sharedScale([], 300)).toBe(0);
  });
});

describe('flows drawn at the one scale', () => {
  const sankeys = prepareSankeys(summary.flows, name, labels);
  const scale = sharedScale(sankeys, 400);
  const drawn = sankeys.flatMap((diagram) =>
    layOutSankey(diagram, scale, 100, 500, 16, 18).links.map((link) => ({
      currency: diagram.currency,
      value: link.value,
      width: flowWidthAt(link.value, scale),
      laidOut: link.width ?? 0,
    })),
  );

  it('lays every flow out at amount × scale, a lone small flow included (it once filled a 40 px minimum)', () => {
    for (const flow of drawn) expect(flow.laidOut).toBeCloseTo(flow.value * scale, 6);
  });

  it('draws widths in the ratio of amounts, within a currency and across currencies, above the visible minimum', () => {
    const seen = drawn.filter((flow) => flow.value * scale >= MIN_FLOW_PX);
    expect(new Set(seen.map((f) => f.currency)).size).toBeGreaterThan(1);
    for (const a of seen) for (const b of seen) expect(a.width / b.width).toBeCloseTo(a.value / b.value, 6);
    // 2 million (USD) and 6 million (no currency) are not drawn alike, nor like the euros.
    const usd = drawn.find((f) => f.currency === 'USD')!;
    const unstated = drawn.find((f) => f.currency === 'unspecified')!;
    expect(unstated.width).toBeGreaterThan(usd.width);
    expect(usd.width).toBeLessThan(Math.min(...drawn.filter((f) => f.currency === 'EUR').map((f) => f.width)));
  });

  it('widens only what is too thin to see, and says under which amount', () => {
    expect(flowWidthAt(1, scale)).toBe(MIN_FLOW_PX);
    expect(widenedUnder(scale) * scale).toBeCloseTo(MIN_FLOW_PX, 9);
    expect(flowWidthAt(widenedUnder(scale) * 2, scale)).toBeCloseTo(2 * MIN_FLOW_PX, 9);
  });
});

describe('amount labels stacked without overlap', () => {
  const overlaps = (ys: number[], height: number) =>
    ys.flatMap((a, i) => ys.slice(i + 1).filter((b) => Math.abs(a - b) < height)).length;

  it('leaves labels that do not collide where they are', () => {
    expect(
      stackLabels(
        [
          { y: 20, height: 14 },
          { y: 60, height: 14 },
        ],
        0,
        100,
      ),
    ).toEqual([20, 60]);
  });

  it('moves crowded labels apart, keeping their order and staying within the bounds', () => {
    const wanted = [50, 52, 48, 51, 95].map((y) => ({ y, height: 14 }));
    const ys = stackLabels(wanted, 0, 100);
    expect(overlaps(ys, 14)).toBe(0);
    expect(ys[2]!).toBeLessThan(ys[0]!);
    expect(ys[0]!).toBeLessThan(ys[3]!);
    expect(Math.max(...ys) + 7).toBeLessThanOrEqual(100);
    expect(Math.min(...ys) - 7).toBeGreaterThanOrEqual(0);
  });

  it('separates the amounts of the real-shaped diagram, written where flows leave their funders', () => {
    const sankeys = prepareSankeys(summary.flows, name, labels);
    const graph = layOutSankey(sankeys[0]!, sharedScale(sankeys, 400), 100, 500, 16, 18);
    const ys = stackLabels(
      graph.links.map((link) => ({ y: link.y0 ?? 0, height: 16 })),
      0,
      500,
    );
    expect(overlaps(ys, 16)).toBe(0);
  });
});
