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

export interface FlowLike {
  from: string | null;
  to: string;
  currency: string;
  total: number;
}

/** Per actor, the money it gave and received, summed per currency (never across currencies). */
export function moneyByActor(flows: readonly FlowLike[]): Map<string, Map<string, number>> {
  const totals = new Map<string, Map<string, number>>();
  const add = (actor: string, currency: string, amount: number) => {
    const perCurrency = totals.get(actor) ?? new Map<string, number>();
    perCurrency.set(currency, (perCurrency.get(currency) ?? 0) + amount);
    totals.set(actor, perCurrency);
  };
  for (const flow of flows) {
    add(flow.to, flow.currency, flow.total);
    if (flow.from) add(flow.from, flow.currency, flow.total);
  }
  return totals;
}

/** The number an actor is sized by when sizing by money: its largest total in any one currency. */
export function moneyWeight(perCurrency: Map<string, number> | undefined): number {
  if (!perCurrency) return 0;
  return Math.max(0, ...perCurrency.values());
}
