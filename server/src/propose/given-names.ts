import { allLocales, type LocaleDefinition } from '@faker-js/faker';
import { foldKey } from '../ingest/offset-preserving-fold.ts';
import { CITY_NAMES, COUNTRY_NAMES, GIVEN_NAMES } from './lexicon.ts';

/**
 * Given names people in European news carry: the lexicon's own list and faker's first names of the European and
 * English-speaking locales (some 11,000: "Adèle", "Sanna", "Marieke", "Dragana"…), folded. A hand list knew a few
 * hundred, so most people an article names without a title were read as companies.
 */

/** faker's locales whose names news here meets: every European language's, and English's. */
const LOCALE = /^(?:cs|da|de|el|en|es|fi|fr|hr|hu|it|lv|nb|nl|pl|pt_PT|ro|sk|sl|sr|sv)(?:_|$)/u;

/**
 * First names that are also words a capitalised name opens with in this field ("Grace", "Nova", "Summit"…): in a
 * company's name they say nothing of a person. Places are left out by the lexicon's place lists.
 */
const NOT_TELLING = new Set(
  (
    'alliance april atlas august aurora avenir bill cloud crystal dawn destiny eden echo faith forest glory grace harmony ' +
    'general haven hope ivy jade june justice liberty lotus march may mercy nova ocean orion page patience phoenix rain river ' +
    'rose ruby sage sky spring star storm summer summit terra trinity unity victoria vision will winter'
  ).split(' '),
);

function firstNames(locale: LocaleDefinition): readonly string[] {
  const names = locale.person?.first_name;
  if (!names) return [];
  return [...(names.generic ?? []), ...(names.female ?? []), ...(names.male ?? [])];
}

const places = new Set([...COUNTRY_NAMES, ...CITY_NAMES].map(foldKey));

export const foldedGivenNames: ReadonlySet<string> = new Set(
  [
    ...GIVEN_NAMES,
    ...Object.entries(allLocales)
      .filter(([code]) => LOCALE.test(code))
      .flatMap(([, locale]) => firstNames(locale))
      .filter((name) => /^\p{Script=Latin}[\p{Script=Latin}'’-]{2,}$/u.test(name)),
  ]
    .map(foldKey)
    .filter((name) => !NOT_TELLING.has(name) && !places.has(name)),
);
