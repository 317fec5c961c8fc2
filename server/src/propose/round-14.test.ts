import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * The fourteenth round of rules (issue #13), on invented articles in both languages. First, a round's shares told
 * after it: a payer named by its part in the round or by what it is ("The lead investor put in N", "Le premier apporte
 * N1, le second N2", "La banque publique, elle, engage N", "The fund supplied N"); each share's payer, and the payers
 * of its rest ("with the balance coming from B", "B le reste"), join the round's payers; a fund or a bank described
 * stands for no company it backs; a total told with some payers in one place and none in another is dropped wherever
 * it is told when its shares add up to it; "grants of N" is a grant.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

const MERLAN_FR = 'Merlan Data, hébergeur lorientais, recrute. Merlan Data compte 45 salariés.';
const MERLAN_EN = 'Merlan Data, a Lorient-based hosting company, is hiring. Merlan Data employs 45 people.';

describe('a share of the round told after it, its payer described', () => {
  it('is the lead\'s for "the lead investor", "le chef de file"', () => {
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million in a round led by Sorlac Capital, with Vintry Partners also taking part. The lead investor put in €9 million.`,
      ),
    ).toEqual([
      'sorlac-capital -> merlan-data 9000000 invested',
      'sorlac-capital+vintry-partners -> merlan-data 14000000 invested',
    ]);
    expect(
      fr(
        `${MERLAN_FR} La société a levé 14 millions d'euros lors d'un tour mené par Sorlac Capital, aux côtés de Vintry Partners. Le chef de file a apporté 9 millions.`,
      ),
    ).toEqual([
      'sorlac-capital -> merlan-data 9000000 invested',
      'sorlac-capital+vintry-partners -> merlan-data 14000000 invested',
    ]);
  });

  it('is the first and the second payer\'s for "le premier", "le second", "the former"', () => {
    expect(
      fr(
        `${MERLAN_FR} La société a levé 14 millions d'euros auprès de Sorlac Capital et de Vintry Partners. Le premier apporte 9 millions, le second 5 millions.`,
      ),
    ).toEqual(['sorlac-capital -> merlan-data 9000000 invested', 'vintry-partners -> merlan-data 5000000 invested']);
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million from Sorlac Capital and Vintry Partners. The former invested €9 million.`,
      ),
    ).toEqual([
      'sorlac-capital -> merlan-data 9000000 invested',
      'sorlac-capital+vintry-partners -> merlan-data 14000000 invested',
    ]);
  });

  it("is the public bank's, the fund's or the bank's when the round names one only", () => {
    expect(
      fr(
        `${MERLAN_FR} La société a levé 14 millions d'euros auprès de Sorlac Capital et de Bpifrance. La banque publique, elle, engage 5 millions d'euros.`,
      ),
    ).toEqual([
      'bpifrance -> merlan-data 5000000 invested',
      'bpifrance+sorlac-capital -> merlan-data 14000000 invested',
    ]);
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million from Sorlac Capital and Bpifrance. The French public investment bank contributed €5 million.`,
      ),
    ).toEqual([
      'bpifrance -> merlan-data 5000000 invested',
      'bpifrance+sorlac-capital -> merlan-data 14000000 invested',
    ]);
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million from Sorlac Capital and the Banque Kervoal. The fund supplied €9 million.`,
      ),
    ).toEqual([
      'banque-kervoal+sorlac-capital -> merlan-data 14000000 invested',
      'sorlac-capital -> merlan-data 9000000 invested',
    ]);
  });

  it("is nobody's when two payers fit, or when the amount goes elsewhere or is no payment", () => {
    // (two funds: "the fund" is either)
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million from Sorlac Capital and Vintry Ventures. The fund put in €9 million.`,
      ),
    ).toEqual(['sorlac-capital+vintry-ventures -> merlan-data 14000000 invested']);
    // (the fund's own investment in another company)
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million from Sorlac Capital and Bpifrance. The fund also put €9 million into Gwenva Systems, a rival.`,
      ),
    ).toEqual(['bpifrance+sorlac-capital -> merlan-data 14000000 invested']);
    // ("le premier client" is a customer, no payer of the round)
    expect(
      fr(
        `${MERLAN_FR} La société a levé 14 millions d'euros auprès de Sorlac Capital et de Vintry Partners. Le premier client apporte 3 millions d'euros de commandes.`,
      ),
    ).toEqual(['sorlac-capital+vintry-partners -> merlan-data 14000000 invested']);
  });
});

describe("a share's payer and the payers of its rest join the round", () => {
  it('adds a share\'s named payer told after the round, and "engage N", "supplied N" read as investing', () => {
    expect(
      fr(
        `${MERLAN_FR} La société a levé 14 millions d'euros. Le tour est mené par Sorlac Capital, qui met 6 millions d'euros sur la table.`,
      ),
    ).toEqual(['sorlac-capital -> merlan-data 14000000 invested', 'sorlac-capital -> merlan-data 6000000 invested']);
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million in a round led by Sorlac Capital. Bpifrance supplied €5 million.`,
      ),
    ).toEqual([
      'bpifrance -> merlan-data 5000000 invested',
      'bpifrance+sorlac-capital -> merlan-data 14000000 invested',
    ]);
  });

  it('adds the payers of the rest ("with the balance coming from", "le solde provenant de", "B the rest")', () => {
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million in a round led by Sorlac Capital. Sorlac put in €6 million, with the balance coming from Vintry Ventures and Bpifrance.`,
      ),
    ).toEqual([
      'bpifrance+sorlac-capital+vintry-ventures -> merlan-data 14000000 invested',
      'sorlac-capital -> merlan-data 6000000 invested',
    ]);
    expect(
      fr(
        `${MERLAN_FR} La société a levé 14 millions d'euros. Le tour est mené par Sorlac Capital, qui apporte 6 millions, le solde provenant de Vintry Partners.`,
      ),
    ).toEqual([
      'sorlac-capital -> merlan-data 6000000 invested',
      'sorlac-capital+vintry-partners -> merlan-data 14000000 invested',
    ]);
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million in a round led by Sorlac Capital. The lead investor put in €6 million, and Vintry Ventures the rest.`,
      ),
    ).toEqual([
      'sorlac-capital -> merlan-data 6000000 invested',
      'sorlac-capital+vintry-ventures -> merlan-data 14000000 invested',
    ]);
  });

  it("leaves the round as it was for an investment of another date, a grant told after it, or a payer's own investment", () => {
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million in a round led by Sorlac Capital. In 2019, Bpifrance had put in €2 million.`,
      ),
    ).toEqual(['bpifrance -> merlan-data 2000000 invested', 'sorlac-capital -> merlan-data 14000000 invested']);
    expect(
      en(
        `${MERLAN_EN} The company raised €14 million in a round led by Sorlac Capital. Separately, Bpifrance and the Région Bretagne approved grants of €1 million and €500,000 respectively.`,
      ),
    ).toEqual([
      'bpifrance -> merlan-data 1000000 pledged',
      'region-bretagne -> merlan-data 500000 pledged',
      'sorlac-capital -> merlan-data 14000000 invested',
    ]);
    expect(
      fr(
        `${MERLAN_FR} Sorlac Capital a annoncé un investissement de 14 millions d'euros dans Merlan Data. Vintry Partners participe aussi au tour de table à hauteur de 2 millions d'euros.`,
      ),
    ).toEqual(['sorlac-capital -> merlan-data 14000000 invested', 'vintry-partners -> merlan-data 2000000 invested']);
  });

  it('drops a round its shares add up to, told with payers in one place and none in another', () => {
    expect(
      fr(
        `Merlan Data lève 14 millions d'euros\n\n${MERLAN_FR} Merlan Data a annoncé le 20 avril avoir levé 14 millions d'euros. Sorlac Capital mène l'opération et apporte 9 millions. Vintry Partners suit avec 5 millions d'euros.`,
      ),
    ).toEqual(['sorlac-capital -> merlan-data 9000000 invested', 'vintry-partners -> merlan-data 5000000 invested']);
  });
});

describe('a fund or a bank described', () => {
  it('stands for no company it backs', () => {
    // ("the lender" is the one bank the sentence before named, not its subject)
    expect(
      en(
        `${MERLAN_EN} Merlan Data secured a €20 million loan from Kervoal Bank. The lender also put €3 million into Gwenva Systems last year.`,
      ),
    ).toEqual(['kervoal-bank -> gwenva-systems 3000000 invested', 'kervoal-bank -> merlan-data 20000000 pledged']);
  });
});
