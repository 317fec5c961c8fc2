import type { FuzzyDate } from '../api/types.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * Dates shown with the precision the sources give them, never more: "early Sept. 2012", "summer 2022", "c. 2015",
 * "1 Feb. 2020"; in French « début sept. 2012 », « été 2022 », « vers 2015 », « 1er févr. 2020 ».
 */

const monthNames: Record<Lang, readonly string[]> = {
  en: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

const seasonNames: Record<Lang, Record<string, string>> = {
  en: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
  fr: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
};

const qualifierWords: Record<Lang, Record<'early' | 'mid' | 'late', string>> = {
  en: { early: 'early', mid: 'mid-', late: 'late' },
  fr: { early: 'début', mid: 'mi-', late: 'fin' },
};

const around: Record<Lang, string> = { en: 'c.', fr: 'vers' };

function qualify(lang: Lang, qualifier: FuzzyDate['qualifier'], text: string): string {
  if (!qualifier) return text;
  const word = qualifierWords[lang][qualifier];
  return word.endsWith('-') ? `${word}${text}` : `${word} ${text}`;
}

const month = (lang: Lang, value: string | undefined) => monthNames[lang][Number(value) - 1] ?? value ?? '';

/** A fuzzy date as words, as precise as its precision and no more. */
export function formatFuzzyDate(date: Pick<FuzzyDate, 'value' | 'precision' | 'qualifier'>, lang: Lang): string {
  const [year = '', m, d] = date.value.split('-');
  switch (date.precision) {
    case 'day': {
      const day = Number(d);
      const dayText = lang === 'fr' && day === 1 ? '1er' : String(day);
      return `${dayText} ${month(lang, m)} ${year}`;
    }
    case 'month':
      return qualify(lang, date.qualifier, `${month(lang, m)} ${year}`);
    case 'season':
      return `${seasonNames[lang][m ?? ''] ?? m} ${year}`;
    case 'year':
      return qualify(lang, date.qualifier, year);
    case 'approximate':
      return `${around[lang]} ${qualify(lang, date.qualifier, m === undefined ? year : `${month(lang, m)} ${year}`)}`;
  }
}

/** A time span in words: "since early Sept. 2012", "until 1 Feb. 2020", "c. 2015 – 1 Feb. 2020", or null. */
export function formatPeriod(since: FuzzyDate | undefined, until: FuzzyDate | undefined, lang: Lang): string | null {
  if (since && until) return `${formatFuzzyDate(since, lang)} – ${formatFuzzyDate(until, lang)}`;
  if (since) return `${lang === 'fr' ? 'depuis' : 'since'} ${formatFuzzyDate(since, lang)}`;
  if (until) return `${lang === 'fr' ? "jusqu'à" : 'until'} ${formatFuzzyDate(until, lang)}`;
  return null;
}

/** An ISO day as words ("31 Dec. 2013"), for filters and status lines. */
export const formatDay = (day: string, lang: Lang): string => formatFuzzyDate({ value: day, precision: 'day' }, lang);
