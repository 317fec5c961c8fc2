import type { Lang } from '../../shared/i18n/lang.ts';
import { DAY_MS } from './layout.ts';

/**
 * The timeline's colours: one per family of event kinds (so that colour is never the only cue: the lane or the list
 * says the kind), each at least 3:1 against white.
 */
const family: Record<string, string> = {
  founding: '#1d5fa3',
  launch: '#1d5fa3',
  partnership: '#0e7490',
  acquisition: '#0e7490',
  funding: '#15803d',
  ipo: '#15803d',
  shutdown: '#b91c1c',
  withdrawal: '#b91c1c',
  incident: '#b91c1c',
  appointment: '#7c3aed',
  departure: '#7c3aed',
  election: '#be185d',
  regulation: '#475569',
  certification: '#475569',
  report: '#8a5a00',
  publication: '#8a5a00',
  announcement: '#c2410c',
  statement: '#c2410c',
  question: '#be185d',
  protest: '#be185d',
  results: '#15803d',
  contract: '#0e7490',
  other: '#4b5563',
};

export const eventColour = (kind: string): string => family[kind] ?? '#4b5563';

/** Tick labels for the time axis, as coarse as the visible span: years, then months, then days. */
export function tickFormatter(spanMs: number, lang: Lang): (date: Date) => string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  if (spanMs > 4 * 365 * DAY_MS) return (d) => String(d.getUTCFullYear());
  if (spanMs > 120 * DAY_MS) {
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    return (d) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : month.format(d));
  }
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (d) => (d.getUTCDate() === 1 && d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : day.format(d));
}
