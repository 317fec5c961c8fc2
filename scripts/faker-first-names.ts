/**
 * npx tsx scripts/faker-first-names.ts
 * Writes server/src/propose/faker-first-names.json: the first names of faker's European and English locales that
 * given-names.ts reads. They are kept in a file because importing faker loads all of its 77 locales, about 0.3 s of
 * every process and worker thread that reads articles; given-names.test.ts checks that the file is still faker's.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allLocales, type LocaleDefinition } from '@faker-js/faker';

/** faker's locales whose names news here meets: every European language's, and English's. */
const LOCALE = /^(?:cs|da|de|el|en|es|fi|fr|hr|hu|it|lv|nb|nl|pl|pt_PT|ro|sk|sl|sr|sv)(?:_|$)/u;

export const FAKER_FIRST_NAMES_FILE = fileURLToPath(
  new URL('../server/src/propose/faker-first-names.json', import.meta.url),
);

function firstNames(locale: LocaleDefinition): readonly string[] {
  const names = locale.person?.first_name;
  if (!names) return [];
  return [...(names.generic ?? []), ...(names.female ?? []), ...(names.male ?? [])];
}

/** Those locales' first names written in Latin letters, each once, sorted. */
export function fakerFirstNames(): string[] {
  const names = Object.entries(allLocales)
    .filter(([code]) => LOCALE.test(code))
    .flatMap(([, locale]) => firstNames(locale))
    .filter((name) => /^\p{Script=Latin}[\p{Script=Latin}'’-]{2,}$/u.test(name));
  return [...new Set(names)].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  writeFileSync(FAKER_FIRST_NAMES_FILE, `${JSON.stringify(fakerFirstNames(), null, 2)}\n`);
