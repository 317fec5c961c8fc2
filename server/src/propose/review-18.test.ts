import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, fundings, readWithRules, relations } from './testing/readings.ts';

/**
 * Review of the eighteenth round (issue #13): look-alikes its rules read wrongly. An amount paid to a name by a passive
 * verb is financing only when named as one (a grant's, a loan's, a contract's or an investment's noun, or bare), not
 * an indemnity, a refund, a rent, a price, a bonus or a settlement; "helped by", "boosted by" an amount is financing
 * only before a financing noun (not "a £N surge in demand", "a £N tax credit"); the partner of a contract is its
 * client only when its own apposition says so ("with Y, its largest client"), not a client word about another firm
 * ("with Y, whose clients include Z"); a supplier set off before its name ("Son principal fournisseur, X, a renouvelé
 * un contrat avec Y") buys nothing; a city opening a sentence before a verb ("Toulouse métropole a soutenu X") is
 * not the place of the name after the verb; "subscribed £N to the gilt auction" is debt bought, no financing.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));
const enRelations = (text: string) => relations(readWithRules(text, 'en', PUBLISHED));

// No place told for the company: what a test's sentence places is the only place.
const CORVANE_FR = 'Corvane Data accélère. La société Corvane Data emploie 40 personnes.';
const PELLWORTH_EN = 'Pellworth Labs is growing. The company Pellworth Labs employs 40 people.';

describe('an amount as the subject of a passive verb of paying', () => {
  it('is no financing when named as what it pays for', () => {
    for (const sentence of [
      'Une indemnité de 800 000 euros a été versée à Marlon Industries par Corvane Data.',
      "Un remboursement de 1,2 million d'euros a été versé à Bpifrance par Corvane Data.",
      'Un loyer de 300 000 euros a été versé à Foncière Arvel par Corvane Data.',
      "Une somme de 2 millions d'euros a été versée à Dravel Conseil par Corvane Data au titre de la prestation.",
    ])
      expect(fr(`${CORVANE_FR} ${sentence}`)).toEqual([]);
    for (const sentence of [
      'A £1.2m refund was paid to Marrick Retail by Pellworth Labs.',
      'A £900,000 settlement was paid to Corbin Foods by Pellworth Labs.',
      'A £12m price was paid to Ostrander Group for Pellworth Labs.',
      'A £500,000 bonus was paid to Pellworth Labs chief executive Anna Rowe.',
    ])
      expect(en(`${PELLWORTH_EN} ${sentence}`)).toEqual([]);
  });

  it("is still a grant's, a prize's or a contract's", () => {
    expect(
      fr(`${CORVANE_FR} Une subvention de 400 000 euros a été versée à Corvane Data par la Région Occitanie.`),
    ).toEqual(['region-occitanie -> corvane-data 400000 disbursed']);
    expect(en(`${PELLWORTH_EN} A £2m prize was awarded to Pellworth Labs by the Longitude Foundation.`)).toEqual([
      'longitude-foundation -> pellworth-labs 2000000 pledged',
    ]);
  });
});

describe('"helped by", "boosted by" an amount', () => {
  it('is financing only before a financing noun', () => {
    expect(en(`${PELLWORTH_EN} Pellworth Labs was helped by a £2m surge in demand from retailers.`)).toEqual([]);
    expect(en(`${PELLWORTH_EN} Pellworth Labs profits were boosted by a £4m tax credit.`)).toEqual([]);
    expect(en(`${PELLWORTH_EN} Pellworth Labs was supported by a £1m grant from Innovate UK.`)).toEqual([
      'innovate-uk -> pellworth-labs 1000000 pledged',
    ]);
  });
});

describe('"subscribed £N"', () => {
  it('is no financing of the subscriber when it buys bonds or gilts', () => {
    expect(en(`${PELLWORTH_EN} Pellworth Labs has subscribed £2m to the government's gilt auction.`)).toEqual([]);
  });
});

describe('a contract signed or renewed', () => {
  it("is bought by the partner only when the partner's apposition calls it a client", () => {
    expect(
      en(`${PELLWORTH_EN} Pellworth Labs signed a £2m contract with Veltra Systems, whose clients include the NHS.`),
    ).toEqual([]);
    expect(en(`${PELLWORTH_EN} Pellworth Labs signed a £2m contract with Barclays, its largest client.`)).toEqual([
      'barclays -> pellworth-labs 2000000 pledged',
    ]);
    expect(
      fr(`${CORVANE_FR} Corvane Data a signé un contrat de 3 millions d'euros avec BNP Paribas, son premier client.`),
    ).toEqual(['bnp-paribas -> corvane-data 3000000 pledged']);
  });

  it('is bought by no supplier set off before its name', () => {
    expect(
      fr(
        `${CORVANE_FR} Son principal fournisseur, Sopra Steria, a renouvelé un contrat de 4 millions d'euros avec Corvane Data.`,
      ),
    ).toEqual([]);
  });
});

describe('a city opening a sentence', () => {
  it('is not a name before a verb', () => {
    const read = readWithRules(`${CORVANE_FR} Toulouse métropole a soutenu Corvane Data.`, 'fr', PUBLISHED);
    expect(relations(read)).not.toContain('toulouse supports corvane-data');
    expect(actors(read)).not.toContain('toulouse place');
    expect(enRelations(`${PELLWORTH_EN} Leeds investor Kelham Capital backed Pellworth Labs.`)).toContain(
      'kelham-capital located-in leeds',
    );
  });
});
