import type { FundingFlow, FundingKind } from '../../shared/api/types.ts';
import type { Lang } from '../../shared/i18n/lang.ts';

/**
 * The money view's maths, pure and unit-tested: flows split into one diagram per currency (amounts are never
 * converted or added across currencies), each a two-column sankey input (funders on the left, recipients on the
 * right, so that it can never be circular), a funder the source does not name shown as such (one placeholder per
 * recipient, never one made-up payer for all), totals per funder and per recipient per currency and kind, and CSV.
 */

export const fundingKindOrder: readonly FundingKind[] = ['pledged', 'invested', 'disbursed', 'revenue'];

export const UNSPECIFIED = 'unspecified';

export interface SankeyNodeInput {
  id: string;
  side: 'from' | 'to';
  /** The actor, or null for a funder the source does not name. */
  actor: string | null;
  label: string;
}

export interface SankeyLinkInput {
  source: string;
  target: string;
  value: number;
  kind: FundingKind;
  currency: string;
  disputed: boolean;
  records: readonly string[];
  from: string | null;
  to: string;
}

export interface CurrencySankey {
  currency: string;
  nodes: SankeyNodeInput[];
  links: SankeyLinkInput[];
  /** Sum per kind in this currency (pledged and spent are never added together). */
  totals: Record<FundingKind, number>;
}

const emptyTotals = (): Record<FundingKind, number> => ({ pledged: 0, invested: 0, disbursed: 0, revenue: 0 });

/** Currencies in a stable order: ISO codes alphabetically, then "unspecified". */
export function compareCurrencies(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNSPECIFIED) return 1;
  if (b === UNSPECIFIED) return -1;
  return a < b ? -1 : 1;
}

export function prepareSankeys(
  flows: readonly FundingFlow[],
  name: (id: string) => string,
  unnamedLabel: string,
): CurrencySankey[] {
  const byCurrency = new Map<string, FundingFlow[]>();
  for (const flow of flows) {
    if (!(flow.total > 0)) continue;
    const list = byCurrency.get(flow.currency) ?? [];
    list.push(flow);
    byCurrency.set(flow.currency, list);
  }
  return [...byCurrency.keys()].sort(compareCurrencies).map((currency) => {
    const nodes = new Map<string, SankeyNodeInput>();
    const links: SankeyLinkInput[] = [];
    const totals = emptyTotals();
    const list = [...byCurrency.get(currency)!].sort(
      (a, b) =>
        (a.from ?? '\uffff').localeCompare(b.from ?? '\uffff') ||
        a.to.localeCompare(b.to) ||
        fundingKindOrder.indexOf(a.kind) - fundingKindOrder.indexOf(b.kind),
    );
    for (const flow of list) {
      const source = flow.from ? `from:${flow.from}` : `from:?>${flow.to}`;
      const target = `to:${flow.to}`;
      if (!nodes.has(source))
        nodes.set(source, {
          id: source,
          side: 'from',
          actor: flow.from,
          label: flow.from ? name(flow.from) : unnamedLabel,
        });
      if (!nodes.has(target)) nodes.set(target, { id: target, side: 'to', actor: flow.to, label: name(flow.to) });
      links.push({
        source,
        target,
        value: flow.total,
        kind: flow.kind,
        currency,
        disputed: flow.disputed,
        records: flow.records,
        from: flow.from,
        to: flow.to,
      });
      totals[flow.kind] += flow.total;
    }
    return { currency, nodes: [...nodes.values()], links, totals };
  });
}

export interface TotalsRow {
  /** null: the funder is not named. */
  actor: string | null;
  /** For an unnamed funder, the recipient it paid: unnamed funders of different recipients are never summed. */
  recipient?: string;
  currency: string;
  perKind: Record<FundingKind, number>;
  disputed: boolean;
  records: number;
}

/** Totals per funder (side "from") or per recipient (side "to"), per currency, per kind. */
export function totalsBy(
  flows: readonly FundingFlow[],
  side: 'from' | 'to',
  name: (id: string) => string,
): TotalsRow[] {
  const rows = new Map<string, TotalsRow>();
  for (const flow of flows) {
    const actor = side === 'from' ? flow.from : flow.to;
    const key = `${actor ?? `?${flow.to}`}\u0000${flow.currency}`;
    const row: TotalsRow = rows.get(key) ?? {
      actor,
      ...(actor === null ? { recipient: flow.to } : {}),
      currency: flow.currency,
      perKind: emptyTotals(),
      disputed: false,
      records: 0,
    };
    row.perKind[flow.kind] += flow.total;
    row.disputed ||= flow.disputed;
    row.records += flow.records.length;
    rows.set(key, row);
  }
  const label = (row: TotalsRow) => (row.actor ? name(row.actor) : `\uffff${row.recipient ? name(row.recipient) : ''}`);
  return [...rows.values()].sort(
    (a, b) => label(a).localeCompare(label(b)) || compareCurrencies(a.currency, b.currency),
  );
}

/** An amount as the source gives it: the full number in its own currency, "unspecified" kept as such. */
export function formatAmount(amount: number, currency: string, lang: Lang, unspecifiedLabel: string): string {
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(amount);
  return currency === UNSPECIFIED ? `${number} (${unspecifiedLabel})` : `${number} ${currency}`;
}

// ---------------------------------------------------------------- CSV (RFC 4180)

/**
 * One CSV field: quoted when it holds a comma, a quote, a line break or outer spaces, quotes doubled. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe; numbers stay numbers.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The money table (totals per funder and per recipient) as CSV rows, one per actor, currency and role. */
export function moneyTableCsv(
  funders: readonly TotalsRow[],
  recipients: readonly TotalsRow[],
  name: (id: string) => string,
  unnamedLabel: string,
): string {
  const header = ['role', 'actor_id', 'actor', 'currency', ...fundingKindOrder, 'disputed', 'records'];
  const line = (role: string, row: TotalsRow) => [
    role,
    row.actor ?? '',
    row.actor ? name(row.actor) : `${unnamedLabel}${row.recipient ? ` → ${name(row.recipient)}` : ''}`,
    row.currency,
    ...fundingKindOrder.map((kind) => row.perKind[kind]),
    row.disputed,
    row.records,
  ];
  return toCsv([header, ...funders.map((r) => line('funder', r)), ...recipients.map((r) => line('recipient', r))]);
}
