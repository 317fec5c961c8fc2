import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * A grant's or loan's kind: promised (`pledged`) until it is said paid (`disbursed`). The words of paying after an
 * amount count up to the next amount only, not in the future, not spread over instalments or years, and a participle
 * of an earlier amount tells nothing of the next; on invented sentences in both languages.
 */

const PUBLISHED: FuzzyDate = { value: '2026-06-09', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

describe('money said paid', () => {
  it('reads a grant or loan paid, released or drawn down as disbursed', () => {
    expect(
      fr("Brume Data a obtenu un prêt de 10 millions d'euros de la Banque Varech, entièrement débloqué en avril."),
    ).toEqual(['banque-varech -> brume-data 10000000 disbursed']);
    expect(en('Brume Data obtained a €10m loan from Varech Bank, fully drawn down in April.')).toEqual([
      'varech-bank -> brume-data 10000000 disbursed',
    ]);
    expect(
      fr("Brume Data a obtenu une subvention de 2 millions d'euros de la Région Bretagne, versée en mars."),
    ).toEqual(['region-bretagne -> brume-data 2000000 disbursed']);
  });

  it('keeps money to be paid, or paid in stages or over years, promised', () => {
    expect(
      fr(
        "Brume Data a obtenu une subvention de 2 millions d'euros de la Région Bretagne, qui sera versée d'ici la fin de l'année.",
      ),
    ).toEqual(['region-bretagne -> brume-data 2000000 pledged']);
    expect(
      en('Brume Data has been awarded a €2m grant from Horizon Europe, which will be paid out over three years.'),
    ).toEqual(['horizon-europe -> brume-data 2000000 pledged']);
    expect(
      en('Brume Data has been awarded a €2m grant from Horizon Europe, to be paid as its new site opens.'),
    ).toEqual(['horizon-europe -> brume-data 2000000 pledged']);
    expect(
      fr("Brume Data a obtenu une subvention de 2 millions d'euros de la Région Bretagne, versée en deux temps."),
    ).toEqual(['region-bretagne -> brume-data 2000000 pledged']);
  });

  it("reads each of two amounts by its own words, not by the other one's", () => {
    expect(
      fr(
        "Brume Data a obtenu une subvention de 1 million d'euros de la Région Bretagne, versée en mars, et un prêt de 3 millions d'euros de Bpifrance, qui sera débloqué en fin d'année.",
      ),
    ).toEqual(['bpifrance -> brume-data 3000000 pledged', 'region-bretagne -> brume-data 1000000 disbursed']);
    expect(
      en(
        'In 2024 Bpifrance awarded Brume Data a €7m grant, and Région Bretagne granted it €2m the following year, to be paid as the site expands.',
      ),
    ).toEqual(['bpifrance -> brume-data 7000000 pledged', 'region-bretagne -> brume-data 2000000 pledged']);
  });
});
