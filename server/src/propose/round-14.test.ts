import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import type { KbActor } from '../domain/model.ts';
import type { ActorKind } from '../domain/vocabulary.ts';
import { propose, RULES_ONLY } from './propose.ts';
import { evidenceSpan, type SentenceView } from './sentence.ts';
import { actorsOnly, fixtureActors, inlineDocument } from './testing/fixture-kb.ts';
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

/** A knowledge-base actor beside the fixture's (its aliases in each language; the State's short names in its case). */
const kbActor = (id: string, name: string, kind: ActorKind, fr: string[], en: string[]): KbActor => ({
  id,
  name,
  kind,
  aliases: { fr, en },
  caseSensitive: ['État', 'State'].filter((a) => fr.includes(a) || en.includes(a)),
  description: { fr: `${name}.`, en: `${name}.` },
  evidence: [],
});

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

describe('contracts and grants told with a verb of choosing, agreeing or giving', () => {
  it('reads "signed a contract worth N with the firm" when a date follows the description', () => {
    expect(
      en(`${MERLAN_EN} Lorient City Council signed a four-year contract worth £2.6m with the firm in May.`),
    ).toEqual(['lorient-city-council -> merlan-data 2600000 pledged']);
    expect(
      fr(`${MERLAN_FR} La Ville de Quimperlé a signé un contrat de 640 000 euros avec la société en mars.`),
    ).toEqual(['ville-de-quimperle -> merlan-data 640000 pledged']);
  });

  it('reads "awarded it a three-year contract worth N" with words before the noun', () => {
    expect(
      en(`${MERLAN_EN} In April, the Ministry of Defence awarded it a three-year contract worth €5.2 million.`),
    ).toEqual(['ministry-of-defence -> merlan-data 5200000 pledged']);
  });

  it("reads a supplier appointed, hired or mandated for a purpose, then the deal's value", () => {
    expect(
      en(
        `${MERLAN_EN} Cornwall Council has appointed Merlan Data to run its security centre, in a three-year deal worth £1.3m.`,
      ),
    ).toEqual(['cornwall-council -> merlan-data 1300000 pledged']);
    expect(
      en(`${MERLAN_EN} Cornwall Council has hired Merlan Data to host its archives under a £900,000 contract.`),
    ).toEqual(['cornwall-council -> merlan-data 900000 pledged']);
    expect(
      fr(
        `${MERLAN_FR} La Ville de Quimperlé a mandaté Merlan Data pour sauvegarder ses données, un marché de 300 000 euros sur trois ans.`,
      ),
    ).toEqual(['ville-de-quimperle -> merlan-data 300000 pledged']);
  });

  it('reads a grant confirmed, agreed, approved, offered or given, and "N of support"', () => {
    expect(en(`${MERLAN_EN} The Ministry of the Economy confirmed a €1.5 million grant in July.`)).toEqual([
      'ministry-of-the-economy -> merlan-data 1500000 pledged',
    ]);
    expect(en(`${MERLAN_EN} Cornwall Council has agreed a £900,000 grant, to be paid in stages.`)).toEqual([
      'cornwall-council -> merlan-data 900000 pledged',
    ]);
    expect(
      en(`${MERLAN_EN} Invest Cornwall has offered the company €2m of support, to be paid as jobs are created.`),
    ).toEqual(['invest-cornwall -> merlan-data 2000000 pledged']);
    expect(en(`${MERLAN_EN} The Ministry of the Economy gave the company a €1.5 million grant in July.`)).toEqual([
      'ministry-of-the-economy -> merlan-data 1500000 pledged',
    ]);
  });

  it('reads "a suivi avec un prêt de N", "a complété avec un prêt de N", and a public bank described', () => {
    expect(fr(`${MERLAN_FR} Bpifrance a suivi avec un prêt de 1,5 million d'euros, décaissé début octobre.`)).toEqual([
      'bpifrance -> merlan-data 1500000 disbursed',
    ]);
    expect(
      fr(
        `${MERLAN_FR} Bpifrance soutient la société depuis 2021. La banque publique a complété avec un prêt d'innovation de 500 000 euros, versé en octobre.`,
      ),
    ).toEqual(['bpifrance -> merlan-data 500000 disbursed']);
    expect(
      en(
        `${MERLAN_EN} Its first site was paid for by the Banque des Territoires, a state-backed lender, in 2022. The state-owned lender has now provided a loan of €9 million.`,
      ),
    ).toEqual(['banque-des-territoires -> merlan-data 9000000 pledged']);
  });

  it('reads no grant where nothing is given, and no contract where the firm was not picked', () => {
    // (agreeing to terms, a grant refused, a purpose with no contract)
    expect(en(`${MERLAN_EN} Cornwall Council agreed a plan to spend €2 million on roads.`)).toEqual([]);
    expect(en(`${MERLAN_EN} The Ministry of the Economy did not confirm a €1.5 million grant.`)).toEqual([]);
    expect(
      en(`${MERLAN_EN} Cornwall Council has not appointed Merlan Data to run its security centre, in a £1.3m deal.`),
    ).toEqual([]);
    expect(fr(`${MERLAN_FR} Le maire a suivi avec attention le chantier de 2 millions d'euros.`)).toEqual([]);
  });
});

describe('names of institutions', () => {
  it('keeps "Centre for X" whole, as "Department for X"', () => {
    const p = readWithRules(
      `${MERLAN_EN} The Centre for Cybersecurity Cornwall picked Merlan Data. The Department for Education hired Vanel Data.`,
      'en',
      PUBLISHED,
    );
    expect(p.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['centre-for-cybersecurity-cornwall', 'department-for-education']),
    );
    expect(p.actors.map((a) => a.id)).not.toContain('centre');
  });
});

describe("a contract's value told after the choice, and its buyer described", () => {
  it('reads the value after a colon or in the next sentence ("le contrat … s\'élève à N", "The contract is worth N")', () => {
    expect(
      fr(
        `${MERLAN_FR} En mars, Lorient Agglomération a choisi Merlan Data pour héberger ses applications : le contrat, d'une durée de cinq ans, s'élève à 850 000 euros.`,
      ),
    ).toEqual(['lorient-agglomeration -> merlan-data 850000 pledged']);
    expect(
      en(
        `${MERLAN_EN} In March, Cornwall Council picked Merlan Data to host its archives. The contract is worth €560,000 over four years.`,
      ),
    ).toEqual(['cornwall-council -> merlan-data 560000 pledged']);
    // (a market's size is no contract's value)
    expect(fr(`${MERLAN_FR} Le marché de la cybersécurité pèse 2 milliards d'euros en France.`)).toEqual([]);
  });

  it('reads a supplier chosen by its description ("a retenu l\'hébergeur lorientais pour un contrat de N")', () => {
    expect(
      fr(`${MERLAN_FR} Le CHU de Brest a retenu l'hébergeur lorientais pour un contrat de 560 000 euros.`),
    ).toEqual(['chu-de-brest -> merlan-data 560000 pledged']);
  });

  it('reads a buyer described as "l\'hôpital", "the city" as the hospital or the town named before', () => {
    expect(
      fr(
        `${MERLAN_FR} Le CHU de Brest est son premier client. L'hôpital lui a confié en janvier la surveillance de son réseau, un marché de 480 000 euros sur trois ans.`,
      ),
    ).toEqual(['chu-de-brest -> merlan-data 480000 pledged']);
    // (no hospital named before: no payer guessed)
    expect(
      fr(
        `${MERLAN_FR} La Région Bretagne la soutient. L'hôpital lui a confié en janvier la surveillance de son réseau, un marché de 480 000 euros sur trois ans.`,
      ),
    ).toEqual(['- -> merlan-data 480000 pledged']);
  });

  it('reads work ordered for an amount ("lui a commandé une étude de N") and a grant voted "en faveur de l\'entreprise"', () => {
    expect(
      fr(
        `${MERLAN_FR} La Direction générale de l'armement lui a commandé cet été une étude de 350 000 euros sur ses messageries.`,
      ),
    ).toEqual(['direction-generale-de-l-armement -> merlan-data 350000 pledged']);
    expect(
      fr(
        `${MERLAN_FR} Le 16 avril, la Région Bretagne a voté en faveur de l'entreprise une subvention de 1,2 million d'euros.`,
      ),
    ).toEqual(['region-bretagne -> merlan-data 1200000 pledged']);
    // (what a company orders from a supplier is its purchase, no money to it)
    expect(fr(`${MERLAN_FR} La société a commandé 300 serveurs pour 2 millions d'euros à un constructeur.`)).toEqual(
      [],
    );
  });
});

describe("another country's government", () => {
  // (the knowledge base's French State, named "the government" in both languages)
  const STATE = kbActor(
    'french-state',
    'État français',
    'public-body',
    ['État', 'gouvernement'],
    ['State', 'government'],
  );
  const withState = (text: string, language: 'fr' | 'en') =>
    fundings(propose(actorsOnly([...fixtureActors, STATE]), [inlineDocument(text, language, PUBLISHED)], RULES_ONLY));

  it('is no French State: "the Dutch government", "Belgium\'s federal government", "le gouvernement belge"', () => {
    expect(
      withState(
        `${MERLAN_EN} The Dutch government has awarded Merlan Data a €5 million contract to host its archives.`,
        'en',
      ),
    ).toEqual(['- -> merlan-data 5000000 pledged']);
    expect(
      withState(
        `${MERLAN_EN} Belgium's federal government has awarded Merlan Data a €5 million contract to host its archives.`,
        'en',
      ),
    ).toEqual(['- -> merlan-data 5000000 pledged']);
    expect(
      withState(`${MERLAN_FR} Le gouvernement belge a attribué à Merlan Data un contrat de 5 millions d'euros.`, 'fr'),
    ).toEqual(['- -> merlan-data 5000000 pledged']);
    // (the French government, and the government with no country, still are)
    expect(
      withState(
        `${MERLAN_EN} The French government has awarded Merlan Data a €5 million contract to host its archives.`,
        'en',
      ),
    ).toEqual(['french-state -> merlan-data 5000000 pledged']);
    expect(
      withState(`${MERLAN_FR} Le gouvernement a attribué à Merlan Data un contrat de 5 millions d'euros.`, 'fr'),
    ).toEqual(['french-state -> merlan-data 5000000 pledged']);
  });

  it('is a name of its own when capitalised after a capitalised word ("the Welsh Government")', () => {
    const p = readWithRules(
      `${MERLAN_EN} The Welsh Government has appointed Merlan Data to run its security centre, in a three-year deal worth £1.3m.`,
      'en',
      PUBLISHED,
    );
    expect(fundings(p)).toEqual(['welsh-government -> merlan-data 1300000 pledged']);
    expect(p.actors.find((a) => a.id === 'welsh-government')?.kind).toBe('public-body');
  });
});

describe("the article's company", () => {
  it('is not a fund or a lender named as often as the company it buys or backs', () => {
    expect(
      en(
        'Sorlac Capital buys Gwenva Systems\n\nSorlac Capital has agreed to acquire Gwenva Systems, a Rennes hosting firm. Sorlac Capital manages €2bn, and Sorlac Capital bought two other firms this year. Gwenva Systems was founded in 2012.\n\nRevenue reached €38m in 2025.',
      ),
    ).toEqual(['- -> gwenva-systems 38000000 revenue']);
    expect(
      fr(
        "Vintry Partners rachète Gwenva Systems\n\nVintry Partners a annoncé le rachat de Gwenva Systems, hébergeur rennais. Vintry Partners gère 2 milliards d'euros et Vintry Partners a racheté deux autres sociétés cette année. Gwenva Systems a été fondée en 2012.\n\nSon chiffre d'affaires a atteint 38 millions d'euros en 2025.",
      ),
    ).toEqual(['- -> gwenva-systems 38000000 revenue']);
  });

  it('is still a fund the article is about alone', () => {
    expect(
      en(
        'Sorlac Capital closes its third fund\n\nSorlac Capital has closed its third fund. Sorlac Capital was founded in 2009. The firm generated revenue of €12m in 2025.',
      ),
    ).toEqual(['- -> sorlac-capital 12000000 revenue']);
  });
});

describe('names of programmes and agencies', () => {
  it('keeps a plan\'s capitalised head after a known place: "the Digital Europe Programme"', () => {
    const EUROPE = kbActor('europe', 'Europe', 'place', ['Europe'], ['Europe']);
    const read = (text: string) =>
      propose(actorsOnly([...fixtureActors, EUROPE]), [inlineDocument(text, 'en', PUBLISHED)], RULES_ONLY);
    const p = read(`${MERLAN_EN} Merlan Data won a €3.4m grant from the Horizon Europe Programme last year.`);
    expect(fundings(p)).toEqual(['horizon-europe-programme -> merlan-data 3400000 pledged']);
    // (a group's noun in lower case stays out of the name: "the Renew Europe group")
    const group = read(`${MERLAN_EN} The Renew Europe group criticised the deal.`);
    expect(group.actors.map((a) => a.id)).toContain('renew-europe');
  });

  it('keeps a French body\'s nationality adjective and "public": "l\'Agence française de développement"', () => {
    const p = readWithRules(
      `${MERLAN_FR} L'Agence française de développement lui a accordé un prêt de 500 000 euros.`,
      'fr',
      PUBLISHED,
    );
    expect(fundings(p)).toEqual(['agence-francaise-de-developpement -> merlan-data 500000 pledged']);
    const bank = readWithRules(
      `${MERLAN_FR} La Banque publique d'investissement lui a accordé un prêt de 500 000 euros.`,
      'fr',
      PUBLISHED,
    );
    expect(fundings(bank)).toEqual(['banque-publique-d-investissement -> merlan-data 500000 pledged']);
  });
});

describe('loans "consentis" and English names of French regional councils', () => {
  it('reads "ont consenti N (chacun)" as a loan', () => {
    expect(
      fr(
        `${MERLAN_FR} Le Crédit Maritime Bretagne-Nord et la Banque Kervoal lui ont consenti 4 millions d'euros chacun.`,
      ),
    ).toEqual([
      'banque-kervoal -> merlan-data 4000000 pledged',
      'credit-maritime-bretagne-nord -> merlan-data 4000000 pledged',
    ]);
    // (a discount granted on a price is no loan)
    expect(fr(`${MERLAN_FR} Le vendeur a consenti un rabais de 10 % sur le prix de 2 millions d'euros.`)).toEqual([]);
  });

  it('names "the Brittany regional council", and "The Occitanie region" as a subject, not "across the Occitanie region"', () => {
    expect(en(`${MERLAN_EN} The Brittany regional council awarded the company a €3m grant in March.`)).toEqual([
      'brittany-regional-council -> merlan-data 3000000 pledged',
    ]);
    const subject = readWithRules(`${MERLAN_EN} The Occitanie region is backing the firm.`, 'en', PUBLISHED);
    expect(subject.actors.find((a) => a.id === 'occitanie-region')?.kind).toBe('public-body');
    const place = readWithRules(`${MERLAN_EN} It runs two sites across the Occitanie region.`, 'en', PUBLISHED);
    expect(place.actors.map((a) => a.id)).not.toContain('occitanie-region');
  });
});

describe('more verbs and objects of contracts, grants and loans', () => {
  it('reads "lui a d\'ailleurs confié en juillet un marché de N" and "a touché N de la Région" (paid)', () => {
    expect(
      fr(
        `${MERLAN_FR} Le ministère des Armées lui a d'ailleurs confié en juillet un marché de 5 millions d'euros sur trois ans.`,
      ),
    ).toEqual(['ministere-des-armees -> merlan-data 5000000 pledged']);
    expect(fr(`${MERLAN_FR} En mars, Merlan Data a touché 200 000 euros de la Région Bretagne.`)).toEqual([
      'region-bretagne -> merlan-data 200000 disbursed',
    ]);
    // ("touché" by an attack is no money)
    expect(fr(`${MERLAN_FR} En mars, Merlan Data a été touchée par une attaque qui a coûté 200 000 euros.`)).toEqual(
      [],
    );
  });

  it('reads a loan "débloqué en octobre par" its bank, and a grant "approuvée … en faveur de" its recipient', () => {
    expect(
      fr(
        `${MERLAN_FR} Pour payer les travaux, la PME s'appuie sur un prêt de 6 millions d'euros, débloqué en octobre par la Banque Kervoal.`,
      ),
    ).toEqual(['banque-kervoal -> merlan-data 6000000 disbursed']);
    expect(
      fr(`${MERLAN_FR} Lorient Agglomération a approuvé une aide de 1,2 million d'euros en faveur de Merlan Data.`),
    ).toEqual(['lorient-agglomeration -> merlan-data 1200000 pledged']);
  });

  it('reads a winner described by its place ("awarded Amsterdam-based X a contract") or its trade ("hired consultancy X")', () => {
    expect(
      en(
        `${MERLAN_EN} The Port of Lorient has awarded Lorient-based Merlan Data a six-year contract worth €12.4m to provide backup.`,
      ),
    ).toEqual(['port-of-lorient -> merlan-data 12400000 pledged']);
    expect(
      en(`${MERLAN_EN} Cornwall Council has hired consultancy Merlan Data under a €2.7m contract to redraft its plan.`),
    ).toEqual(['cornwall-council -> merlan-data 2700000 pledged']);
  });
});

describe('evidence', () => {
  it('cites the whole sentence for a record with no span of its own (the widening once never ended)', () => {
    const text = 'Un premier. Merlan Data lève 14 millions. Un dernier.';
    const sentence = { text, start: 12, end: 41 } as SentenceView;
    expect(evidenceSpan(sentence, [])).toEqual({ start: 12, end: 41 });
    expect(evidenceSpan(sentence, [{ start: 24, end: 28 }])).toEqual({ start: 24, end: 28 });
  });
});
