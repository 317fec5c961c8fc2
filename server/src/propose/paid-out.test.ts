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
      fr(
        "Brume Data grandit\n\nBrume Data a reçu un prêt de 4 millions d'euros du Crédit Maritime, débloqué en totalité.",
      ),
    ).toEqual(['credit-maritime -> brume-data 4000000 disbursed']);
    expect(en('Brume Data grows\n\nBrume Data took a €4m loan from Varech Bank, drawn down in full by May.')).toEqual([
      'varech-bank -> brume-data 4000000 disbursed',
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
      en('Brume Data grows\n\nBrume Data secured a €2m grant from Bpifrance, which is to be disbursed in stages.'),
    ).toEqual(['bpifrance -> brume-data 2000000 pledged']);
    expect(
      en('Brume Data grows\n\nIn 2025 Bpifrance granted Brume Data €2m, to be paid when its second hall opens.'),
    ).toEqual(['bpifrance -> brume-data 2000000 pledged']);
    expect(
      fr(
        'Brume Data grandit\n\nBrume Data a obtenu de la Région Bretagne une aide de 800 000 euros, versée en deux temps.',
      ),
    ).toEqual(['region-bretagne -> brume-data 800000 pledged']);
  });

  it("reads each of two amounts by its own words, not by the other one's", () => {
    expect(
      fr(
        "Brume Data grandit\n\nPour son nouveau bâtiment, Brume Data a obtenu un prêt de 5 millions d'euros de Bpifrance, décaissé en juin, et une subvention de 600 000 euros de la Région Bretagne, qui doit être versée en 2027.",
      ),
    ).toEqual(['bpifrance -> brume-data 5000000 disbursed', 'region-bretagne -> brume-data 600000 pledged']);
    expect(
      en(
        'Brume Data grows\n\nFor its new building, Brume Data obtained a €5m loan from Bpifrance, disbursed in June, and a €600,000 grant from Région Bretagne that will be paid in 2027.',
      ),
    ).toEqual(['bpifrance -> brume-data 5000000 disbursed', 'region-bretagne -> brume-data 600000 pledged']);
    expect(
      en(
        'Brume Data grows\n\nIn 2023 Bpifrance awarded Brume Data a €3m grant, and Région Bretagne granted it €1m in 2024, to be paid once the building opens.',
      ),
    ).toEqual(['bpifrance -> brume-data 3000000 pledged', 'region-bretagne -> brume-data 1000000 pledged']);
  });
});
