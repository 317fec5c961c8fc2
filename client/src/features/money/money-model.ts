import type { FunderTotal, FundingFlow, FundingKind, RecipientTotal } from '../../shared/api/types.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { compareCurrencies } from '@atlas/server/domain/funding-aggregation';

/**
 * The money view's maths, pure and unit-tested. Every figure comes from the server's one aggregation rule
 * (server/src/domain/funding-aggregation.ts): flows never stack a total on its parts, nor rival claims on each other.
 * Here they are laid out: one diagram per currency (amounts are never converted or added across currencies), each a
 * two-column sankey input (funders on the left, recipients on the right, so that it can never be circular), a funder
 * the source does not name shown as such (one placeholder per recipient, never one made-up payer for all), joint
 * funders as one node, each side of rival claims drawn to its own recipient node (so their widths never add up), the
 * totals per funder and per recipient as ranges per currency and kind, and CSV.
 */

export { compareCurrencies };

export const fundingKindOrder: readonly FundingKind[] = ['pledged', 'invested', 'disbursed', 'revenue'];

export const UNSPECIFIED = 'unspecified';

export interface SankeyNodeInput {
  id: string;
  side: 'from' | 'to';
  /** The actors (one, or joint funders), or empty for a funder the source does not name. */
  actors: readonly string[];
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
  funders: readonly string[];
  to: string;
  claim: FundingFlow['claim'];
}

export interface CurrencySankey {
  currency: string;
  nodes: SankeyNodeInput[];
  links: SankeyLinkInput[];
}

export interface MoneyLabels {
  unnamed: string;
  joint: (names: string[]) => string;
  claimNode: (recipient: string, index: number, of: number) => string;
}

export function prepareSankeys(
  flows: readonly FundingFlow[],
  name: (id: string) => string,
  labels: MoneyLabels,
): CurrencySankey[] {
  const byCurrency = new Map<string, FundingFlow[]>();
  for (const flow of flows) {
    if (!(flow.amount > 0)) continue;
    const list = byCurrency.get(flow.currency) ?? [];
    list.push(flow);
    byCurrency.set(flow.currency, list);
  }
  return [...byCurrency.keys()].sort(compareCurrencies).map((currency) => {
    const nodes = new Map<string, SankeyNodeInput>();
    const links: SankeyLinkInput[] = [];
    for (const flow of byCurrency.get(currency)!) {
      const source = flow.funders.length > 0 ? `from:${flow.funders.join('+')}` : `from:?>${flow.to}`;
      // Each side of rival claims gets its own recipient node: drawn side by side, never stacked into one sum.
      const target = flow.claim
        ? `to:${flow.to}#${flow.claim.disputes.join(',')}#${flow.claim.index}`
        : `to:${flow.to}`;
      if (!nodes.has(source))
        nodes.set(source, {
          id: source,
          side: 'from',
          actors: flow.funders,
          label: flow.funders.length > 0 ? labels.joint(flow.funders.map(name)) : labels.unnamed,
        });
      if (!nodes.has(target))
        nodes.set(target, {
          id: target,
          side: 'to',
          actors: [flow.to],
          label: flow.claim ? labels.claimNode(name(flow.to), flow.claim.index + 1, flow.claim.of) : name(flow.to),
        });
      links.push({
        source,
        target,
        value: flow.amount,
        kind: flow.kind,
        currency,
        disputed: flow.disputed,
        records: flow.records,
        funders: flow.funders,
        to: flow.to,
        claim: flow.claim,
      });
    }
    return { currency, nodes: [...nodes.values()], links };
  });
}

/**
 * One scale for the whole page: pixels per unit of money, set so that the diagram carrying the most money is
 * `tallest` pixels of flows. Every diagram drawn at this scale, 6 million is three times as wide as 2 million
 * wherever they appear (amounts are still never converted or added across currencies).
 */
export function sharedScale(diagrams: readonly CurrencySankey[], tallest: number): number {
  const largest = Math.max(0, ...diagrams.map((d) => d.links.reduce((sum, link) => sum + link.value, 0)));
  return largest > 0 ? tallest / largest : 0;
}

/**
 * The height to give d3-sankey's extent so that it lays a diagram out at `scale`: it fits the busier side (the one
 * with more nodes) into the extent, so that side's flows plus its gaps is exactly the extent.
 */
export function extentHeightAt(diagram: CurrencySankey, scale: number, nodePadding: number): number {
  const total = diagram.links.reduce((sum, link) => sum + link.value, 0);
  const left = diagram.nodes.filter((n) => n.side === 'from').length;
  const right = diagram.nodes.length - left;
  return total * scale + Math.max(0, Math.max(left, right) - 1) * nodePadding;
}

/** The thinnest a flow is drawn, so that it stays visible; the page's note says which amounts it widens. */
export const MIN_FLOW_PX = 1.5;

/**
 * A flow's width: its amount at the page's one scale, so that widths compare as amounts do across every diagram, or
 * MIN_FLOW_PX for an amount too small to see (under `MIN_FLOW_PX / scale`, which the page states).
 */
export function flowWidthAt(amount: number, scale: number): number {
  return Math.max(MIN_FLOW_PX, amount * scale);
}

/** The amount under which flows are drawn at MIN_FLOW_PX rather than at the scale. */
export const widenedUnder = (scale: number): number => (scale > 0 ? MIN_FLOW_PX / scale : 0);

/**
 * Where to put labels stacked in one column (the flows' amounts, all written at the funders' edge) so that no two
 * overlap: each as near its wanted centre as the others allow, in the order of their wanted centres, within
 * [top, bottom]. Returns the centres, in the input's order.
 */
export function stackLabels(
  labels: readonly { y: number; height: number }[],
  top: number,
  bottom: number,
  gap = 1,
): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.y - labels[b]!.y || a - b);
  const placed = labels.map((label) => label.y);
  // Down: each label starts no higher than the one above it allows.
  let floor = top;
  for (const i of order) {
    const half = labels[i]!.height / 2;
    placed[i] = Math.max(placed[i]!, floor + half);
    floor = placed[i]! + half + gap;
  }
  // Up: where the column ran past the bottom, pull labels back as far as the one below needs.
  let ceiling = bottom;
  for (const i of [...order].reverse()) {
    const half = labels[i]!.height / 2;
    placed[i] = Math.min(placed[i]!, ceiling - half);
    ceiling = placed[i]! - half - gap;
  }
  return placed;
}

/** One cell of the totals tables: the range the sources support for one actor, currency and kind. */
export interface TotalCell {
  low: number;
  high: number;
  disputed: boolean;
  disputes: readonly string[];
  records: readonly string[];
  rivalries: RecipientTotal['rivalries'];
}

export interface TotalsRow {
  /** The recipient, or the funder(s); empty when the funder is not named. */
  actors: readonly string[];
  /** For an unnamed funder, the recipient it paid: unnamed funders of different recipients are never summed. */
  recipient?: string;
  currency: string;
  perKind: Partial<Record<FundingKind, TotalCell>>;
  disputed: boolean;
  records: number;
}

const cellOf = (total: RecipientTotal | FunderTotal): TotalCell => ({
  low: total.low,
  high: total.high,
  disputed: total.disputed,
  disputes: total.disputes,
  records: total.records,
  rivalries: total.rivalries,
});

/** The server's totals (one per actor, kind and currency) as table rows: one per actor and currency. */
export function totalsRows(
  totals: readonly (RecipientTotal | FunderTotal)[],
  name: (id: string) => string,
  joint: (names: string[]) => string,
): TotalsRow[] {
  const rows = new Map<string, TotalsRow>();
  for (const total of totals) {
    const actors = 'funders' in total ? total.funders : [total.to];
    const recipient = actors.length === 0 && total.to !== null ? total.to : undefined;
    const key = JSON.stringify([actors, recipient ?? null, total.currency]);
    const row: TotalsRow = rows.get(key) ?? {
      actors,
      ...(recipient !== undefined ? { recipient } : {}),
      currency: total.currency,
      perKind: {},
      disputed: false,
      records: 0,
    };
    row.perKind[total.kind] = cellOf(total);
    row.disputed ||= total.disputed;
    row.records += total.records.length;
    rows.set(key, row);
  }
  const label = (row: TotalsRow) =>
    row.actors.length > 0 ? joint(row.actors.map(name)) : `\uffff${row.recipient ? name(row.recipient) : ''}`;
  return [...rows.values()].sort(
    (a, b) => label(a).localeCompare(label(b)) || compareCurrencies(a.currency, b.currency),
  );
}

/** A range of amounts: one number when the sources agree, "low–high" when they do not. */
export function formatRange(low: number, high: number, lang: Lang): string {
  const format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  return low === high ? format.format(low) : `${format.format(low)}–${format.format(high)}`;
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

/**
 * The money table (totals per funder and per recipient) as CSV rows, one per actor, currency and role: per kind the
 * low and high ends of the range the sources support (equal when they agree), whether it is disputed, and the
 * disputes to read.
 */
export function moneyTableCsv(
  funders: readonly TotalsRow[],
  recipients: readonly TotalsRow[],
  name: (id: string) => string,
  labels: Pick<MoneyLabels, 'unnamed' | 'joint'>,
): string {
  const header = [
    'role',
    'actor_id',
    'actor',
    'currency',
    ...fundingKindOrder.flatMap((kind) => [`${kind}_low`, `${kind}_high`]),
    'disputed',
    'disputes',
    'records',
  ];
  const line = (role: string, row: TotalsRow) => [
    role,
    row.actors.join('+'),
    row.actors.length > 0
      ? labels.joint(row.actors.map(name))
      : `${labels.unnamed}${row.recipient ? ` → ${name(row.recipient)}` : ''}`,
    row.currency,
    ...fundingKindOrder.flatMap((kind) => [row.perKind[kind]?.low ?? 0, row.perKind[kind]?.high ?? 0]),
    row.disputed,
    [...new Set(fundingKindOrder.flatMap((kind) => row.perKind[kind]?.disputes ?? []))].join(' '),
    row.records,
  ];
  return toCsv([header, ...funders.map((r) => line('funder', r)), ...recipients.map((r) => line('recipient', r))]);
}
