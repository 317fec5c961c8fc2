import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { fundingLine, readWithRules } from './testing/readings.ts';

/**
 * The third round on unseen text, for fundings (constructions sets 7 and 8 showed in two articles or more): an amount
 * restated in another currency, the payers of a round or a loan told in the next sentence, and the French names of a
 * series round; in French and English, on invented sentences with their traps.
 */

const PUBLISHED: FuzzyDate = { value: '2023-06-15', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const fundings = (p: Proposals) => p.fundings.map(fundingLine).sort();

describe('an amount restated in another currency in parentheses', () => {
  it('is the same money, told once, with the payers named after the conversion', () => {
    const expected = ['harbor-partners -> vireo-systems 40000000 EUR invested'];
    expect(
      fundings(en('Vireo Systems has raised €40 million ($43 million) in a round led by Harbor Partners.')),
    ).toEqual(expected);
    expect(
      fundings(en('Vireo Systems raised 40 million euros (about $43 million) from Harbor Partners on Monday.')),
    ).toEqual(expected);
    expect(
      fundings(
        fr("Vireo Systems a levé 40 millions d'euros (environ 43 millions de dollars) auprès de Harbor Partners."),
      ),
    ).toEqual(expected);
  });

  it('keeps two amounts of two currencies that are no restatement', () => {
    expect(
      fundings(en('Vireo Systems raised €40 million from Harbor Partners and $10 million from Alder Capital.')),
    ).toEqual([
      'alder-capital -> vireo-systems 10000000 USD invested',
      'harbor-partners -> vireo-systems 40000000 EUR invested',
    ]);
  });
});

describe('the payers of a round told in the next sentence', () => {
  it('reads followers after a source clause that holds a negation of its own', () => {
    expect(
      fundings(
        en(
          'Vireo Systems has raised €40 million in a round led by Harbor Partners. Alder Capital and Bpifrance also took part in the round, said the people, who asked not to be identified.',
        ),
      ),
    ).toEqual(['alder-capital+bpifrance+harbor-partners -> vireo-systems 40000000 EUR invested']);
  });

  it('still reads a negation in the clause of the cue', () => {
    const expected = ['harbor-partners -> vireo-systems 40000000 EUR invested'];
    expect(
      fundings(
        en(
          'Vireo Systems has raised €40 million in a round led by Harbor Partners. Existing investor Alder Capital did not take part in the round.',
        ),
      ),
    ).toEqual(expected);
    expect(
      fundings(
        en(
          'Vireo Systems has raised €40 million in a round led by Harbor Partners. Alder Capital did not take part in the round, said the people, who asked not to be named.',
        ),
      ),
    ).toEqual(expected);
    expect(
      fundings(
        fr(
          "Vireo Systems a levé 40 millions d'euros auprès de Harbor Partners. Alder Capital n'a pas participé au tour de table.",
        ),
      ),
    ).toEqual(expected);
  });

  it('reads followers that complete the round or are part of it', () => {
    expect(
      fundings(
        fr(
          "Vireo Systems a bouclé une augmentation de capital de 40 millions d'euros, menée par Harbor Partners. Alder Capital et le fonds Bpifrance complètent le tour de table.",
        ),
      ),
    ).toEqual(['alder-capital+bpifrance+harbor-partners -> vireo-systems 40000000 EUR invested']);
    expect(
      fundings(
        en(
          'Vireo Systems closed a €40 million round led by Harbor Partners. Alder Capital and Bpifrance rounded out the round.',
        ),
      ),
    ).toEqual(['alder-capital+bpifrance+harbor-partners -> vireo-systems 40000000 EUR invested']);
  });

  it('does not add a company that is said not to be part of it', () => {
    expect(
      fundings(
        en('Vireo Systems has raised €40 million led by Harbor Partners. Alder Capital is not part of the round.'),
      ),
    ).toEqual(['harbor-partners -> vireo-systems 40000000 EUR invested']);
  });
});

describe('the lenders of a loan told in the next sentence', () => {
  it('adds the banks of the syndicate to the loan, still pledged', () => {
    expect(
      fundings(
        en(
          'Vireo Systems has secured a €310 million green loan from a group of lenders led by Harbor Bank. Alder Bank and Natixis are also part of the syndicate. The facility will be drawn down over three years.',
        ),
      ),
    ).toEqual(['alder-bank+harbor-bank+natixis -> vireo-systems 310000000 EUR pledged']);
    expect(
      fundings(
        fr(
          "Vireo Systems a obtenu un prêt de 40 millions d'euros de Harbor Bank. La Banque Populaire fait également partie du pool.",
        ),
      ),
    ).toEqual(['banque-populaire+harbor-bank -> vireo-systems 40000000 EUR pledged']);
  });

  it('adds no bank said to be out of the pool', () => {
    expect(
      fundings(
        fr("Vireo Systems a obtenu un prêt de 40 millions d'euros de Harbor Bank. Natixis ne fait pas partie du pool."),
      ),
    ).toEqual(['harbor-bank -> vireo-systems 40000000 EUR pledged']);
  });
});

describe('a series round named in French', () => {
  it('reads "une série B de N" and "un tour d\'amorçage de N" as a round of the subject', () => {
    expect(fundings(fr('Vireo Systems a annoncé ce mercredi une série B de 22 M€.'))).toEqual([
      '- -> vireo-systems 22000000 EUR invested',
    ]);
    expect(fundings(fr("Vireo Systems a finalisé un tour d'amorçage de 3 millions d'euros."))).toEqual([
      '- -> vireo-systems 3000000 EUR invested',
    ]);
  });

  it('reads no round in a series of another kind', () => {
    expect(fundings(fr("Vireo Systems a présenté une série de serveurs de 3 millions d'euros."))).toEqual([]);
  });
});

describe("a round's lead told by a pronoun in the next sentence", () => {
  it('reads "Elle est menée par A", "It was led by A" as the round just told', () => {
    expect(
      fundings(
        fr(
          "Vireo Systems a bouclé mardi une augmentation de capital de 40 millions d'euros. Elle est menée par Harbor Partners. Alder Capital et le fonds Bpifrance complètent le tour de table.",
        ),
      ),
    ).toEqual(['alder-capital+bpifrance+harbor-partners -> vireo-systems 40000000 EUR invested']);
    expect(fundings(en('Vireo Systems closed a €40 million round on Tuesday. It was led by Harbor Partners.'))).toEqual(
      ['harbor-partners -> vireo-systems 40000000 EUR invested'],
    );
  });

  it('reads no payer in a person leading, a company run, or a pronoun two sentences away', () => {
    const alone = ['- -> vireo-systems 40000000 EUR invested'];
    expect(
      fundings(en('Vireo Systems closed a €40 million round on Tuesday. It is led by Jane Porter, a former banker.')),
    ).toEqual(alone);
    expect(fundings(fr("Vireo Systems a levé 40 millions d'euros. Elle est dirigée par Harbor Partners."))).toEqual(
      alone,
    );
    expect(
      fundings(
        en(
          'Vireo Systems closed a €40 million round on Tuesday. Its servers run in Lille. It was led by Harbor Partners.',
        ),
      ),
    ).toEqual(alone);
  });
});

describe('whose revenue a figure is', () => {
  it('reads "It had revenue of N" after a "Lille-based X" subject', () => {
    expect(
      fundings(
        en(
          'Lille-based Vireo Systems, founded in 2009, runs six data centres. It had revenue of 61 million euros last year.',
        ),
      ),
    ).toEqual(['- -> vireo-systems 61000000 EUR revenue']);
    expect(
      fundings(en('Toulouse-based Vireo Systems makes servers. It posted revenue of €12 million in 2022.')),
    ).toEqual(['- -> vireo-systems 12000000 EUR revenue']);
  });

  it('reads no apposition in French "X, a réalisé" (a verb), but still "X, qui a réalisé N"', () => {
    expect(
      fundings(
        fr(
          "Vireo Systems exploite six sites. La filiale, dirigée par Claire Dufour, ancienne directrice d'Alder Capital, a réalisé un chiffre d'affaires de 41 millions d'euros.",
        ),
      ),
    ).toEqual([]);
    expect(
      fundings(fr("Le contrat porte sur Vireo Systems, qui a réalisé 41 millions d'euros de chiffre d'affaires.")),
    ).toEqual(['- -> vireo-systems 41000000 EUR revenue']);
    expect(fundings(en('The deal covers Vireo Systems, a firm with €41 million of revenue.'))).toEqual([
      '- -> vireo-systems 41000000 EUR revenue',
    ]);
  });
});

describe('a total that sums a loan and an equity part', () => {
  it('is no record even when a part is dated by an apposition of its own', () => {
    expect(
      fundings(
        fr(
          "Vireo Systems a bouclé un financement de 50 millions d'euros. Elle a obtenu un prêt de 30 millions d'euros de Harbor Bank. Elle a aussi levé 20 millions d'euros auprès d'Alder Capital, entré au capital en 2021.",
        ),
      ),
    ).toEqual([
      'alder-capital -> vireo-systems 20000000 EUR invested',
      'harbor-bank -> vireo-systems 30000000 EUR pledged',
    ]);
    expect(
      fundings(
        en(
          'Vireo Systems has closed a €50 million financing. It obtained a €30 million loan from Harbor Bank. It also raised €20 million from Alder Capital, which first invested in 2021.',
        ),
      ),
    ).toEqual([
      'alder-capital -> vireo-systems 20000000 EUR invested',
      'harbor-bank -> vireo-systems 30000000 EUR pledged',
    ]);
  });

  it('keeps an amount of its own date that happens to equal earlier rounds added up', () => {
    expect(
      fundings(
        en(
          'Vireo Systems raised €20 million from Alder Capital in 2021 and €30 million from Harbor Partners in 2022. It raised €50 million from Kestrel Capital in 2023.',
        ),
      ),
    ).toEqual([
      'alder-capital -> vireo-systems 20000000 EUR invested',
      'harbor-partners -> vireo-systems 30000000 EUR invested',
      'kestrel-capital -> vireo-systems 50000000 EUR invested',
    ]);
  });
});
