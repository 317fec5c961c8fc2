import type { FundingKind } from '../api/types.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * Money as the sources give it: an amount in its own currency, never converted. "unspecified" (a source that names
 * no currency) is shown as a bare number.
 */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (!/^[A-Z]{3}$/.test(currency)) {
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(amount);
  }
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amount);
}

/** A range of money: one amount when the sources agree, "low–high" when they do not. */
export function formatMoneyRange(low: number, high: number, currency: string, lang: Lang): string {
  const low_ = formatMoney(low, currency, lang);
  return low === high ? low_ : `${low_}–${formatMoney(high, currency, lang)}`;
}

/** One figure of the server's aggregation rule (server/src/domain/funding-aggregation.ts): one kind, one currency. */
export interface MoneyFigure {
  kind: FundingKind;
  currency: string;
  low: number;
  high: number;
}

/**
 * Per actor, the figures it received and gave, one per kind and currency, as the server's one aggregation rule gives
 * them (a total never added to its parts, rival claims as a range): nothing is added here, not across kinds or
 * currencies, nor what an actor gave to what it received. A joint funder is behind the whole joint amount.
 */
export function moneyByActor(totals: {
  totalsByRecipient: readonly (MoneyFigure & { to: string })[];
  totalsByFunder: readonly (MoneyFigure & { funders: readonly string[] })[];
}): Map<string, MoneyFigure[]> {
  const figures = new Map<string, MoneyFigure[]>();
  const add = (actor: string, { kind, currency, low, high }: MoneyFigure) =>
    figures.set(actor, [...(figures.get(actor) ?? []), { kind, currency, low, high }]);
  for (const total of totals.totalsByRecipient) add(total.to, total);
  for (const total of totals.totalsByFunder) for (const funder of total.funders) add(funder, total);
  return figures;
}

/** The number an actor is sized by when sizing by money: the high end of its largest figure in any one currency. */
export function moneyWeight(figures: readonly MoneyFigure[] | undefined): number {
  if (!figures) return 0;
  return Math.max(0, ...figures.map((figure) => figure.high));
}
