import { describe, expect, it } from 'vitest';
import type { FundingFlow } from '../../shared/api/types.ts';
import { csvField, formatAmount, moneyTableCsv, prepareSankeys, toCsv, totalsBy } from './money-model.ts';

const flow = (over: Partial<FundingFlow>): FundingFlow => ({
  from: null,
  to: 'andromede',
  kind: 'pledged',
  currency: 'EUR',
  total: 1,
  records: ['r'],
  disputed: false,
  ...over,
});

const flows: FundingFlow[] = [
  flow({ from: 'caisse-des-depots', total: 135_000_000, records: ['cdc'], disputed: true }),
  flow({ from: 'thales', total: 60_000_000, records: ['thales'] }),
  flow({ from: null, total: 285_000_000, kind: 'invested', records: ['jolain'] }),
  flow({ from: null, to: 'cloudwatt', total: 2_000_000, kind: 'revenue', currency: 'USD', records: ['cw'] }),
  flow({ from: null, to: 'numergy', total: 6_000_000, kind: 'revenue', currency: 'unspecified', records: ['nm'] }),
  flow({ from: null, to: 'cloudwatt', total: 150_000_000, kind: 'invested', records: ['ot'] }),
];
const name = (id: string) => ({ 'caisse-des-depots': 'Caisse des Dépôts', thales: 'Thales' })[id] ?? id;

describe('sankey input, per currency', () => {
  const sankeys = prepareSankeys(flows, name, '(funder not named)');

  it('makes one diagram per currency, never adding across currencies, "unspecified" last', () => {
    expect(sankeys.map((s) => s.currency)).toEqual(['EUR', 'USD', 'unspecified']);
    expect(sankeys[0]!.totals).toEqual({ pledged: 195_000_000, invested: 435_000_000, disbursed: 0, revenue: 0 });
    expect(sankeys[1]!.links.map((l) => l.value)).toEqual([2_000_000]);
  });

  it('puts funders and recipients in separate columns and keeps kinds and disputes on each link', () => {
    const eur = sankeys[0]!;
    expect(eur.nodes.filter((n) => n.side === 'from').map((n) => n.label)).toEqual([
      'Caisse des Dépôts',
      'Thales',
      '(funder not named)',
      '(funder not named)',
    ]);
    const cdc = eur.links.find((l) => l.from === 'caisse-des-depots')!;
    expect(cdc).toMatchObject({
      source: 'from:caisse-des-depots',
      target: 'to:andromede',
      kind: 'pledged',
      disputed: true,
    });
  });

  it('gives each recipient its own "funder not named", never one payer for all', () => {
    const eur = sankeys[0]!;
    const unnamed = eur.nodes.filter((n) => n.actor === null).map((n) => n.id);
    expect(unnamed).toEqual(['from:?>andromede', 'from:?>cloudwatt']);
  });

  it('drops nothing but non-positive totals', () => {
    expect(prepareSankeys([flow({ total: 0 })], name, '?')).toEqual([]);
  });
});

describe('totals per funder and per recipient', () => {
  it('sums per actor, currency and kind, unnamed funders last', () => {
    const recipients = totalsBy(flows, 'to', name);
    const andromede = recipients.find((r) => r.actor === 'andromede' && r.currency === 'EUR')!;
    expect(andromede.perKind).toEqual({ pledged: 195_000_000, invested: 285_000_000, disbursed: 0, revenue: 0 });
    expect(andromede.disputed).toBe(true);
    expect(andromede.records).toBe(3);
    expect(recipients.filter((r) => r.actor === 'cloudwatt').map((r) => r.currency)).toEqual(['EUR', 'USD']);
    const funders = totalsBy(flows, 'from', name);
    expect(funders.map((f) => f.actor)).toEqual(['caisse-des-depots', 'thales', null, null, null, null]);
    // Unnamed funders are kept apart per recipient, never summed as if they were one payer.
    expect(funders.filter((f) => f.actor === null).map((f) => `${f.recipient}:${f.currency}`)).toEqual([
      'andromede:EUR',
      'cloudwatt:EUR',
      'cloudwatt:USD',
      'numergy:unspecified',
    ]);
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

  it('writes the money table with a header, funders then recipients', () => {
    const csv = moneyTableCsv(totalsBy(flows, 'from', name), totalsBy(flows, 'to', name), name, '(funder not named)');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('role,actor_id,actor,currency,pledged,invested,disbursed,revenue,disputed,records');
    expect(lines[1]).toBe('funder,caisse-des-depots,Caisse des Dépôts,EUR,135000000,0,0,0,true,1');
    expect(lines).toContain('funder,,(funder not named) → cloudwatt,USD,0,0,0,2000000,false,1');
    expect(lines.at(-1)).toBe('recipient,numergy,numergy,unspecified,0,0,0,6000000,false,1');
  });
});
