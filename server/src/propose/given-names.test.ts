import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAKER_FIRST_NAMES_FILE, fakerFirstNames } from '../../../scripts/faker-first-names.ts';
import type { FuzzyDate } from '../domain/dates.ts';
import { foldedGivenNames } from './given-names.ts';
import { actors, readWithRules } from './testing/readings.ts';

/**
 * People named without a title: a given name from the lists of European and English first names, then a surname.
 * Company names that open with a word that is also a given name keep their kind.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('the given names', () => {
  it('know the first names of European languages, folded, and no place or word a brand opens with', () => {
    for (const name of ['adele', 'bastien', 'sanna', 'marieke', 'dragana', 'ines', 'maelle', 'agnieszka'])
      expect(foldedGivenNames.has(name), name).toBe(true);
    for (const word of ['paris', 'france', 'nova', 'summit', 'grace', 'will'])
      expect(foldedGivenNames.has(word)).toBe(false);
  });

  it("keeps faker's first names as the installed faker gives them (after an update: npx tsx scripts/faker-first-names.ts)", () => {
    expect(JSON.parse(readFileSync(FAKER_FIRST_NAMES_FILE, 'utf8'))).toEqual(fakerFirstNames());
  });
});

describe('people named with no title', () => {
  it('reads two people listed together, or a speaker, as people (French and English)', () => {
    expect(actors(fr('Il y a huit ans, Adèle Tournevent et Bastien Vireleau louaient une cave à Narbonne.'))).toEqual(
      expect.arrayContaining(['adele-tournevent person', 'bastien-vireleau person']),
    );
    expect(actors(en('Sanna Lindqvist said the vote was rushed.'))).toContain('sanna-lindqvist person');
    expect(actors(en('Marieke Oudewater and Dragana Pesic run the lab in Delft.'))).toEqual(
      expect.arrayContaining(['marieke-oudewater person', 'dragana-pesic person']),
    );
  });

  it('keeps a company whose name opens with a given name and ends with a noun of the trade', () => {
    expect(actors(en('Opaline Compute raised $600 million on Tuesday.'))).toContain('opaline-compute company');
    expect(actors(fr('Lumira Cloud a signé un contrat avec Garance Cyberdéfense.'))).toEqual(
      expect.arrayContaining(['lumira-cloud company', 'garance-cyberdefense company']),
    );
    expect(actors(en('Helio Stack, founded in 2021 by Nora Lind, sells edge servers.'))).toEqual(
      expect.arrayContaining(['helio-stack company', 'nora-lind person']),
    );
  });

  it('keeps "X & Y" one name when Y alone is a given name, and splits two people joined by "et"', () => {
    expect(actors(en('Nimbus Labs hired Harbor & Vance in 2022.'))).toContain('harbor-vance company');
    expect(actors(fr('Le fonds a été créé par Lucie Marsan et Paul Arvieu en 2019.'))).toEqual(
      expect.arrayContaining(['lucie-marsan person', 'paul-arvieu person']),
    );
  });
});
