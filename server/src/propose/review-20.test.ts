import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, fundingLine, moneyMentions, readWithRules, relations } from './testing/readings.ts';

/**
 * Review of the twentieth round (issue #13): look-alikes its rules read wrongly. A loan's, a contract's, a market's
 * or a round's word makes a bare "N millions" money only when it governs the amount ("un crédit de 3 millions", "a 3
 * million credit facility"), not anywhere in its sentence ("Sur ce marché, l'application dépasse les 2 millions",
 * "Since the round, its app has passed 2 million"); "entre 1 300 000 et 1 400 000 euros" is a range, not a "300 000"
 * sharing the second amount's currency; a French headline's kicker named after "à" only as the recipient of a verb
 * of giving ("a accordé une subvention de 2 millions d'euros à Ovalto", "a confié à Ovalto") is a company, not a
 * town; "the university" or "the council" describing another noun ("the university spin-out Helvora", "the council
 * tax office") is not the institution named before; a capitalised article opening a sentence is a whole word ("La" of
 * "Last week", "The" of "Then"), so "Then the firm hosted a fair; A and B followed" names no round's followers.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const money = (language: 'fr' | 'en', text: string) => moneyMentions(text, language, PUBLISHED);
const withCurrency = (language: 'fr' | 'en', text: string) =>
  readWithRules(text, language, PUBLISHED).fundings.map(fundingLine).sort();

describe('a loan’s, a contract’s, a market’s or a round’s word', () => {
  it('makes no money of a count elsewhere in its sentence', () => {
    expect(
      money('fr', "Helvora a levé 10 millions d'euros. Sur ce marché, l'application dépasse les 2 millions en France."),
    ).toEqual(["10 millions d'euros 10000000 EUR"]);
    expect(
      money(
        'en',
        'Helvora raised €10 million last year. The contract with the operator covers 3 million across Germany.',
      ),
    ).toEqual(['€10 million 10000000 EUR']);
    expect(
      money('en', 'Helvora raised €10 million last year. Since the round, its app has passed 2 million in Europe.'),
    ).toEqual(['€10 million 10000000 EUR']);
    expect(money('en', 'Helvora raised $10 million. It holds a stake in a network of 4 million across Asia.')).toEqual([
      '$10 million 10000000 USD',
    ]);
  });

  it('still ties the amount it governs', () => {
    expect(
      money('fr', "Helvora a levé 10 millions d'euros. Elle décroche un contrat d'une valeur de 3 millions."),
    ).toEqual(["10 millions d'euros 10000000 EUR", '3 millions 3000000 EUR']);
    expect(money('en', 'Helvora raised €10 million. It signed a 3 million credit facility with HSBC.')).toEqual([
      '€10 million 10000000 EUR',
      '3 million 3000000 EUR',
    ]);
  });
});

describe('two grouped amounts joined by "et"', () => {
  it('are a range after "entre", with no tail of the first read as money', () => {
    expect(money('fr', 'Le projet coûtera entre 1 300 000 et 1 400 000 euros.')).toEqual([
      '1 400 000 euros 1400000 EUR',
    ]);
    expect(money('fr', 'Ils ont apporté respectivement 1 300 000 et 1 400 000 euros.')).toEqual([
      '1 300 000 1300000 EUR',
      '1 400 000 euros 1400000 EUR',
    ]);
  });
});

describe('a French headline’s kicker named after "à"', () => {
  const kinds = (text: string) => actors(readWithRules(text, 'fr', PUBLISHED));

  it('is the company when "à" follows a verb of giving', () => {
    const granted =
      "Ovalto : la Région apporte 2 millions d'euros\nLa Région Occitanie a accordé une subvention de 2 millions d'euros à Ovalto pour son usine de Rodez.";
    expect(kinds(granted)).toContain('ovalto company');
    expect(withCurrency('fr', granted)).toEqual(['region-occitanie -> ovalto 2000000 EUR pledged']);
    expect(
      kinds(
        "Ovalto : un contrat de 5 millions avec l'armée\nLe ministère des Armées a confié à Ovalto la maintenance de ses serveurs, pour 5 millions d'euros.",
      ),
    ).toContain('ovalto company');
  });

  it('is still the town where a firm is located or runs a site', () => {
    expect(
      kinds(
        "Lescar : Garancia Data boucle un tour de table de 6 millions d'euros\nLa jeune pousse, qui exploite un centre de données à Lescar depuis 2023, veut doubler sa capacité. Garancia Data emploie 20 personnes.",
      ),
    ).toContain('lescar place');
    expect(
      kinds(
        'Brenvil : la Région aide Nexalis\nLa Région a accordé à Nexalis une aide de 2 millions pour son usine installée à Brenvil.',
      ),
    ).toContain('brenvil place');
  });
});

describe('an English institution’s head word describing another noun', () => {
  const OPENING = 'Corvane Data is growing fast. The company Corvane Data, a Leeds hosting firm, employs 40 people.';

  it('is not the institution named before', () => {
    const spinOut = `${OPENING} It works with the University of Leeds. The university spin-out Helvora raised £2m from Octant Capital.`;
    expect(withCurrency('en', spinOut)).toEqual([]);
    expect(relations(readWithRules(spinOut, 'en', PUBLISHED))).not.toContain(
      'octant-capital funds university-of-leeds',
    );
    expect(
      withCurrency(
        'en',
        `${OPENING} Leeds City Council is a client. The council tax office paid £300,000 for its servers.`,
      ),
    ).toEqual([]);
  });

  it('still is when it stands alone', () => {
    expect(
      withCurrency('en', `${OPENING} Leeds City Council is a client. The council paid £300,000 for its servers.`),
    ).toEqual(['leeds-city-council -> corvane-data 300000 GBP disbursed']);
  });
});

describe('a sentence opening on a capitalised article', () => {
  const RAISED = 'The start-up Nebulon Compute builds servers in Leeds. Nebulon Compute has raised €20 million.';

  it('reads the article as a whole word, not the opening of "Then" or "Last"', () => {
    expect(
      withCurrency('en', `${RAISED} Then the firm hosted a fair; Kestrel Partners and Merlin Capital followed.`),
    ).toEqual(['- -> nebulon-compute 20000000 EUR invested']);
    expect(withCurrency('en', `${RAISED} Lastline Capital and Belfius followed.`)).toEqual([
      'belfius+lastline-capital -> nebulon-compute 20000000 EUR invested',
    ]);
  });
});
