import type { Actor, SourceSummary } from './api/types.ts';
import type { Lang } from './i18n/lang.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * An actor's name in the reader's language: its canonical name when that language knows it by that name (or has
 * no alias at all), otherwise the first alias of that language, capitalised ("Belgique" reads "Belgium" in
 * English; "Bleu" stays "Bleu", a brand).
 */
export function displayName(actor: Pick<Actor, 'name' | 'aliases'>, lang: Lang): string {
  const aliases = actor.aliases[lang];
  if (aliases.length === 0) return actor.name;
  const name = fold(actor.name);
  if (aliases.some((alias) => fold(alias) === name)) return actor.name;
  const capitalised = aliases.find((alias) => /^\p{Lu}/u.test(alias)) ?? aliases[0]!;
  return capitalised.charAt(0).toUpperCase() + capitalised.slice(1);
}

/** Aliases of a language other than the name itself, without duplicates (accents and case folded). */
export function otherNames(actor: Pick<Actor, 'name' | 'aliases'>, lang: Lang): string[] {
  const seen = new Set([fold(actor.name)]);
  const names: string[] = [];
  for (const alias of actor.aliases[lang]) {
    const key = fold(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(alias);
  }
  return names;
}

/** A source's outlet as a reader sees it: its name, then the words about it in the reader's language. */
export function outletLabel(
  source: { outlet?: string | undefined; outletNote?: SourceSummary['outletNote'] },
  lang: Lang,
): string {
  if (!source.outlet) return '';
  return source.outletNote ? `${source.outlet} (${source.outletNote[lang]})` : source.outlet;
}
