import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, events, fundings, readWithRules, relations } from './testing/readings.ts';

/**
 * The twelfth round of rules (issue #13), on invented articles in both languages: a round "réuni" from investors, its
 * shares told in the next paragraph or in a relative clause, a share said to come from its payer, a lender's verbs
 * ("consent un prêt", "has extended a facility"), a share of a loan lent, a supplier chosen "dans le cadre d'un
 * marché", "over its rivals in a contract", and a grant voted to a company named by its trade; the events of a dated
 * contract read with its buyer, and of a company's founding told of its trade ("la PME, fondée en 2019"); the towns of
 * the regional press and their adjectives ("au Mans", "la PME chartraine"); an investor's earlier backing told in a
 * relative clause ("which backed the company in 2021"); a customer since a date with its supplier unnamed ("Thales has
 * been a customer since 2023" in an article about its supplier).
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));
const eventsFr = (text: string) => events(readWithRules(text, 'fr', PUBLISHED));
const eventsEn = (text: string) => events(readWithRules(text, 'en', PUBLISHED));

const CORVANE_FR = 'Corvane Data, hébergeur brestois, recrute. Corvane Data compte 40 salariés.';
const CORVANE_EN = 'Corvane Data, a Brest-based hosting company, is hiring. Corvane Data employs 40 people.';

describe('a round "réuni" from investors', () => {
  it('is raised, and its shares told after it are paid into it (the shares adding up to it, it is left out)', () => {
    expect(
      fr(
        `${CORVANE_FR} La société a annoncé avoir réuni 9 millions d'euros auprès de trois investisseurs. Le fonds Halvard Capital mène l'opération et apporte 5 millions. La Banque Ormelle et Kerlan Invest suivent, avec 2 millions d'euros chacune.`,
      ),
    ).toEqual([
      'banque-ormelle -> corvane-data 2000000 invested',
      'halvard-capital -> corvane-data 5000000 invested',
      'kerlan-invest -> corvane-data 2000000 invested',
    ]);
  });

  it('is no money when people or holdings are "réunis"', () => {
    expect(fr(`${CORVANE_FR} Le salon a réuni 2 000 visiteurs à Brest.`)).toEqual([]);
    expect(
      fr(
        `${CORVANE_FR} Ses actionnaires historiques, réunis au sein de la holding Kerlan Invest, détiennent 60 % du capital.`,
      ),
    ).toEqual([]);
  });
});

describe("a round's share told in the next paragraph", () => {
  it('goes to the round just told when it is smaller than the round', () => {
    expect(
      en(`${CORVANE_EN}\n\nCorvane Data has closed a €12m Series A.\n\nHalvard Capital led the round, putting in €7m.`),
    ).toContain('halvard-capital -> corvane-data 7000000 invested');
  });

  it('does not take an amount larger than the round for a share of it', () => {
    expect(
      en(`${CORVANE_EN}\n\nCorvane Data has closed a €12m Series A.\n\nHalvard Capital invested €40m in June.`),
    ).toEqual(['- -> corvane-data 12000000 invested']);
  });
});

describe('a share in a relative clause or by a bare verb', () => {
  it('is paid by the relative pronoun\'s antecedent ("qui y consacre", "qui y a investi")', () => {
    // (the round's lead, told with its share, is the round's payer too: round-14)
    expect(
      fr(
        `${CORVANE_FR} Corvane Data lève 10 millions d'euros. Le tour est mené par Halvard Capital, qui y consacre 6 millions d'euros.`,
      ),
    ).toEqual([
      'halvard-capital -> corvane-data 10000000 invested',
      'halvard-capital -> corvane-data 6000000 invested',
    ]);
    expect(
      fr(
        `${CORVANE_FR} Corvane Data lève 10 millions d'euros. Le tour est mené par Halvard Capital, qui y a investi 6 millions d'euros.`,
      ),
    ).toEqual([
      'halvard-capital -> corvane-data 10000000 invested',
      'halvard-capital -> corvane-data 6000000 invested',
    ]);
  });

  it('is paid by the subject of "met N", "y met N", "fournit les N restants"', () => {
    expect(
      fr(
        `${CORVANE_FR} Corvane Data lève 10 millions d'euros. La Caisse des Dépôts met 6 millions d'euros ; Kerlan Invest fournit les 4 millions restants.`,
      ),
    ).toEqual([
      // (the round is left out: its shares add up to it)
      'caisse-des-depots -> corvane-data 6000000 invested',
      'kerlan-invest -> corvane-data 4000000 invested',
    ]);
  });

  it('makes no supplier a payer ("fournit des serveurs pour N")', () => {
    expect(
      fr(
        `${CORVANE_FR} Corvane Data lève 10 millions d'euros. Kerlan Systèmes fournit des serveurs pour 2 millions d'euros.`,
      ),
    ).toEqual(['- -> corvane-data 10000000 invested']);
  });
});

describe('a share said to come from its payer', () => {
  it('is paid by the source of its own clause, not by the subject of the clause before', () => {
    expect(
      fr(
        `${CORVANE_FR} Corvane Data lève 10 millions d'euros. Halvard Capital y met 4 millions ; les 6 millions restants proviennent de la holding Kerlan Invest.`,
      ),
    ).toEqual(['halvard-capital -> corvane-data 4000000 invested', 'kerlan-invest -> corvane-data 6000000 invested']);
    expect(
      en(
        `${CORVANE_EN} Corvane Data raised €18m. Halvard Capital put in €10m through its second fund, and the remaining €8m came from Kerlan Invest.`,
      ),
    ).toEqual(['halvard-capital -> corvane-data 10000000 invested', 'kerlan-invest -> corvane-data 8000000 invested']);
  });

  it('names no payer when the money comes from no name', () => {
    expect(en(`${CORVANE_EN} Corvane Data raised €18m. The remaining €8m came from its own cash.`)).toEqual([
      '- -> corvane-data 18000000 invested',
    ]);
  });
});

describe("a lender's verbs", () => {
  it('lends with "consent un prêt" and "has extended a facility to the company"', () => {
    expect(
      fr(
        `${CORVANE_FR} Corvane Data lève 10 millions d'euros. La Banque Ormelle lui consent un prêt de 3 millions d'euros.`,
      ),
    ).toEqual(['- -> corvane-data 10000000 invested', 'banque-ormelle -> corvane-data 3000000 pledged']);
    expect(
      en(
        `${CORVANE_EN} Corvane Data raised €10m. Separately, Ormelle Bank has extended a €3 million credit facility to the company.`,
      ),
    ).toEqual(['- -> corvane-data 10000000 invested', 'ormelle-bank -> corvane-data 3000000 pledged']);
  });

  it('lends nothing when efforts are agreed or a lead is extended', () => {
    expect(
      fr(
        `${CORVANE_FR} Corvane Data lève 10 millions d'euros. La Banque Ormelle consent des efforts sur 3 millions d'euros de dettes.`,
      ),
    ).toEqual(['- -> corvane-data 10000000 invested']);
    expect(
      en(
        `${CORVANE_EN} Corvane Data raised €10m. Separately, Ormelle Bank has extended its lead with a €3 million profit.`,
      ),
    ).toEqual(['- -> corvane-data 10000000 invested']);
  });

  it('lends each share of a loan just told ("will each commit", "are each providing")', () => {
    expect(
      en(
        `Corvane Data, a Brest-based hosting company, has closed a €300m debt financing. Ormelle Bank and Kerlan Credit will each commit €100m.`,
      ),
    ).toEqual([
      '- -> corvane-data 300000000 pledged',
      'kerlan-credit -> corvane-data 100000000 pledged',
      'ormelle-bank -> corvane-data 100000000 pledged',
    ]);
    expect(
      en(
        `Corvane Data, a Brest-based hosting company, has closed a €300m debt financing. Ormelle Bank and Kerlan Credit are each providing €100m.`,
      ),
    ).toEqual([
      '- -> corvane-data 300000000 pledged',
      'kerlan-credit -> corvane-data 100000000 pledged',
      'ormelle-bank -> corvane-data 100000000 pledged',
    ]);
  });
});

describe('a share of a round of equity', () => {
  it('keeps its own modality: promised, not invested', () => {
    expect(
      fr(`${CORVANE_FR} Corvane Data lève 30 millions d'euros. Kerlan Invest devait investir 10 millions d'euros.`),
    ).toContain('kerlan-invest -> corvane-data 10000000 pledged');
  });
});

describe('a supplier chosen for a contract', () => {
  it('is paid by the buyer "dans le cadre d\'un marché", after a purpose too', () => {
    expect(
      fr(
        `${CORVANE_FR} En avril, le CHU de Brest l'a retenue dans le cadre d'un marché de 4 millions d'euros sur trois ans.`,
      ),
    ).toEqual(['chu-de-brest -> corvane-data 4000000 pledged']);
    expect(
      fr(
        `${CORVANE_FR} En juin, Brest Métropole a retenu Corvane Data pour héberger les données de ses services, dans le cadre d'un marché de 1,4 million d'euros sur quatre ans.`,
      ),
    ).toEqual(['brest-metropole -> corvane-data 1400000 pledged']);
  });

  it('is paid by the buyer before the verb, past a long contract phrase and a place before the name', () => {
    expect(
      en(`${CORVANE_EN} In 2024, Brest Metropole picked the company for a €9 million, three-year framework contract.`),
    ).toEqual(['brest-metropole -> corvane-data 9000000 pledged']);
    expect(
      en(
        `${CORVANE_EN} The Luxembourg lender Ormelle Bank has picked Brest-based Corvane Data over the hyperscalers in a five-year, €35m contract.`,
      ),
    ).toEqual(['ormelle-bank -> corvane-data 35000000 pledged']);
  });

  it('gets nothing when it was not picked', () => {
    expect(
      en(
        `${CORVANE_EN} Ormelle Bank has not picked Brest-based Corvane Data over the hyperscalers in a five-year, €35m contract.`,
      ),
    ).toEqual([]);
  });
});

describe('a grant voted to the company named by its trade', () => {
  it('goes to the article\'s company ("en faveur de la PME", "à l\'hébergeur"), dated inside the verb phrase', () => {
    expect(
      fr(
        `${CORVANE_FR} La Région Bretagne a voté le 17 octobre une subvention de 1,2 million d'euros en faveur de la PME.`,
      ),
    ).toEqual(['region-bretagne -> corvane-data 1200000 pledged']);
    expect(fr(`${CORVANE_FR} La Région Bretagne a voté une subvention de 300 000 euros à l'hébergeur.`)).toEqual([
      'region-bretagne -> corvane-data 300000 pledged',
    ]);
  });

  it("does not go to the article's company when the trade has a complement (another business)", () => {
    expect(
      fr(
        `${CORVANE_FR} La Région Bretagne a voté une subvention de 300 000 euros à l'opérateur de transport Kerlan Bus.`,
      ),
    ).not.toContain('region-bretagne -> corvane-data 300000 pledged');
  });
});

describe('a dated contract read with its buyer', () => {
  it("is the supplier's contract event, dated as the contract is", () => {
    expect(
      eventsFr(
        `${CORVANE_FR} En juin 2025, le CHU de Brest l'a retenue dans le cadre d'un marché de 2 millions d'euros.`,
      ),
    ).toEqual(['contract corvane-data|chu-de-brest 2025-06']);
    expect(
      eventsEn(
        `${CORVANE_EN} In March 2025, Brest Metropole picked Brest-based Corvane Data over its rivals in a €2m contract.`,
      ),
    ).toEqual(['contract corvane-data|brest-metropole 2025-03']);
  });

  it("is told once when the events' own rules told it, the buyer first", () => {
    expect(
      eventsEn(`${CORVANE_EN} In March 2025, Brest Metropole picked Corvane Data for a €2m, four-year contract.`),
    ).toEqual(['contract brest-metropole|corvane-data 2025-03']);
  });

  it('is no event when the contract is undated or dated after the publication', () => {
    expect(
      eventsFr(`${CORVANE_FR} Le CHU de Brest a retenu Corvane Data pour un marché de 2 millions d'euros.`).filter(
        (e) => e.startsWith('contract'),
      ),
    ).toEqual([]);
    expect(
      eventsEn(`${CORVANE_EN} In March 2027, Brest Metropole will pick a supplier for a €2m contract.`).filter((e) =>
        e.startsWith('contract'),
      ),
    ).toEqual([]);
  });
});

describe('a certification with no subject named', () => {
  it("is the article's company's when its site is certified", () => {
    expect(eventsFr(`${CORVANE_FR} Le site est certifié HDS depuis mars 2024.`)).toContain(
      'certification corvane-data 2024-03',
    );
  });

  it('leaves a certifier named as the subject where the rules put it', () => {
    expect(
      eventsFr(`${CORVANE_FR} L'Anssi a qualifié SecNumCloud en mars 2024 l'offre de Kerlan Systèmes.`).filter((e) =>
        e.startsWith('certification corvane-data'),
      ),
    ).toEqual([]);
  });
});

describe("a founding told of the company's trade", () => {
  it("is the article's company's founding, its founders the others", () => {
    expect(
      eventsFr(`${CORVANE_FR} La PME brestoise, fondée en 2019 par Anne Morel, a ouvert un site à Quimper.`),
    ).toContain('founding corvane-data|anne-morel 2019');
    expect(eventsFr(`${CORVANE_FR} Créée en 2016, la société exploite deux salles.`)).toContain(
      'founding corvane-data 2016',
    );
    expect(eventsEn(`${CORVANE_EN} The firm, founded in 2016 by Anne Morel, runs two halls.`)).toContain(
      'founding corvane-data|anne-morel 2016',
    );
    expect(eventsEn(`${CORVANE_EN} Chief executive Anne Morel co-founded the business in 2022.`)).toContain(
      'founding corvane-data|anne-morel 2022',
    );
  });

  it("is not the article's company's when the trade names a target bought", () => {
    const founded = (list: string[]) => list.filter((e) => e.startsWith('founding corvane-data'));
    expect(
      founded(eventsFr(`${CORVANE_FR} Corvane Data rachète un cabinet. La cible, fondée en 2017, compte 20 salariés.`)),
    ).toEqual([]);
  });
});

describe('the towns of the regional press', () => {
  it('are places, as French contracts them too ("au Mans"), and their adjectives place a company', () => {
    const p = readWithRules(
      'Titanor Systems ouvre un centre de données au Mans. La PME chartraine Corvane Data recrute à Chartres.',
      'fr',
      PUBLISHED,
    );
    expect(actors(p)).toEqual(expect.arrayContaining(['mans place', 'chartres place', 'corvane-data company']));
    expect(relations(p)).toContain('corvane-data located-in chartres');
    expect(relations(readWithRules('La start-up berruyère Corvane Data recrute.', 'fr', PUBLISHED))).toContain(
      'corvane-data located-in bourges',
    );
  });

  it('leave a company named after a town a company ("Cork Ventures")', () => {
    expect(
      actors(readWithRules('Titanor Systems hired staff in Cork. Cork Ventures led the round.', 'en', PUBLISHED)),
    ).toEqual(expect.arrayContaining(['cork place', 'cork-ventures company']));
  });
});

describe("an investor's earlier backing", () => {
  it('is a funding event in its year ("which backed the company in 2021", "qui avait soutenu l\'entreprise en 2021")', () => {
    expect(
      eventsEn(`${CORVANE_EN} Existing investor Kerlan Invest, which backed the company in 2021, did not follow on.`),
    ).toContain('funding kerlan-invest 2021');
    expect(eventsEn(`${CORVANE_EN} Gantry Seed, which first backed the startup in 2023, also took part.`)).toContain(
      'funding gantry-seed 2023',
    );
    expect(
      eventsFr(`${CORVANE_FR} Le fonds Kerlan Invest, qui avait soutenu l'entreprise en 2021, remet au pot.`),
    ).toContain('funding kerlan-invest 2021');
    expect(eventsFr(`${CORVANE_FR} Bpifrance, qui avait investi dans la société dès 2019, suit.`)).toContain(
      'funding bpifrance 2019',
    );
  });

  it('is no funding when something else is backed or supported', () => {
    const funded = (list: string[]) => list.filter((e) => e.startsWith('funding'));
    expect(funded(eventsEn(`${CORVANE_EN} Kerlan Invest, which backed the proposal in 2021, said nothing.`))).toEqual(
      [],
    );
    expect(funded(eventsFr(`${CORVANE_FR} Le fonds Kerlan Invest a soutenu en 2021 le projet de la Région.`))).toEqual(
      [],
    );
  });
});

describe('a customer since a date, its supplier unnamed', () => {
  it("is a contract with the article's company, the customer first", () => {
    expect(
      eventsEn(`${CORVANE_EN} Thales has been a customer since 2023, deploying its gateway at two sites.`),
    ).toEqual(['contract thales|corvane-data 2023']);
    expect(eventsFr(`${CORVANE_FR} Le CHU de Brest est client depuis 2021.`)).toEqual([
      'contract chu-de-brest|corvane-data 2021',
    ]);
  });

  it("is nothing when the customer is the article's company itself, a place, or denied", () => {
    expect(eventsEn(`${CORVANE_EN} Corvane Data has been a customer since 2019.`)).toEqual([]);
    expect(eventsEn(`${CORVANE_EN} Brest has been a customer since 2019.`)).toEqual([]);
    expect(eventsEn(`${CORVANE_EN} Thales has not been a customer since 2019.`)).toEqual([]);
  });
});
