import { readFileSync } from 'node:fs';
import { foldKey } from '../ingest/offset-preserving-fold.ts';
import { CITY_NAMES, COUNTRY_NAMES, GIVEN_NAMES } from './lexicon.ts';

/**
 * Given names people in European news carry: the lexicon's own list and faker's first names of the European and
 * English-speaking locales (some 11,000: "Adèle", "Sanna", "Marieke", "Dragana"…), folded. A hand list knew a few
 * hundred, so most people an article names without a title were read as companies.
 */

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

/**
 * faker's first names of the European and English locales, in Latin letters, as scripts/faker-first-names.ts wrote
 * them (importing faker itself loads its 77 locales: about 0.3 s of every process and worker thread).
 */
const fakerFirstNames: readonly string[] = JSON.parse(
  readFileSync(new URL('./faker-first-names.json', import.meta.url), 'utf8'),
);

// (review 19: but for the world's cities and countries that are common given names too, "actress Sydney Sweeney",
// "l'investisseuse Adelaide Kane", "Malte Berger": still people's first names, as before they were places)
const GIVEN_AND_PLACE = new Set(['sydney', 'adelaide', 'malte', 'bradford', 'dallas', 'houston', 'hobart']);
const places = new Set([...COUNTRY_NAMES, ...CITY_NAMES].map(foldKey).filter((place) => !GIVEN_AND_PLACE.has(place)));

export const foldedGivenNames: ReadonlySet<string> = new Set(
  [...GIVEN_NAMES, ...fakerFirstNames].map(foldKey).filter((name) => !NOT_TELLING.has(name) && !places.has(name)),
);
