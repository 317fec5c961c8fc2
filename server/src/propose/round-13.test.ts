import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, events, fundings, readWithRules } from './testing/readings.ts';

/**
 * The thirteenth round of rules (issue #13), on invented articles in both languages: a round's followers told after a
 * semicolon, in apposition to their investors' noun, by "ont mis au pot", "l'a accompagnée" or "also put in money"; a
 * recipient named before an apposition after its legal form ("X BV, a Lyon-based provider…"); term loans and
 * revolving credit lines, "lined up" and "signed" by the borrower; lenders each providing a share of the loan; a
 * relative clause's gift after a pronoun ("It won backing from A, which awarded it a grant of N"); a loan's arranger;
 * a share of a loan lent when its recipient is the article's company; a bank's compound name opening a sentence; a
 * dated loan as its recipient's funding event. Then: a headline's full name shortened in the standfirst; a town where
 * a company was founded, or joined by "-près-", "-de-"; an agreement or "accord" worth an amount as a contract; a
 * contract a label "helped it win"; money put "into the company"; a fund or lender named by its description. Last, the
 * kind: a loan drawn is paid out, and so is money received at a past date; a green loan "de N" after a comma, a
 * repayable advance and "une dette de N auprès de" are loans. And contracts signed: with no partner named, the
 * article's company (or the one "chez" which the signer is hosted) supplies the signer; the article's company after
 * "with" supplies the signer; a relative clause's antecedent signs; "a hosting deal worth N", "a lease worth
 * N" are contracts. Last, "la PME", "the startup" stand for no company introduced as a group.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

const TESSALY_FR = 'Tessaly Cloud, hébergeur quimpérois, recrute. Tessaly Cloud compte 60 salariés.';
const TESSALY_EN = 'Tessaly Cloud, a Quimper-based hosting company, is hiring. Tessaly Cloud employs 60 people.';

describe("a round's followers told after its lead", () => {
  it('join the round after a semicolon that closes the lead clause', () => {
    expect(
      fr(
        `${TESSALY_FR} La société a annoncé avoir levé 9 millions d'euros. Le tour est mené par Ondrel Capital, un fonds rennais ; Bpifrance et le family office Maravel Participations ont suivi.`,
      ),
    ).toEqual(['bpifrance+maravel-participations+ondrel-capital -> tessaly-cloud 9000000 invested']);
  });

  it('join it in apposition to their investors\' noun ("Deux actionnaires historiques, A et B, ont suivi")', () => {
    expect(
      fr(
        `${TESSALY_FR} La société a confirmé une levée de fonds de 9 millions d'euros. Le tour de table est mené par Ondrel Capital. Deux actionnaires historiques, Maravel Partners et le fonds public Kestin Invest, ont suivi.`,
      ),
    ).toEqual(['kestin-invest+maravel-partners+ondrel-capital -> tessaly-cloud 9000000 invested']);
  });

  it('join it by "ont mis au pot", "l\'a accompagnée" and "also put in money"', () => {
    expect(
      fr(
        `${TESSALY_FR} La société a annoncé une levée de 9 millions d'euros. L'opération est menée par Ondrel Capital. Bpifrance et Kestin Invest ont également mis au pot.`,
      ),
    ).toEqual(['bpifrance+kestin-invest+ondrel-capital -> tessaly-cloud 9000000 invested']);
    expect(
      fr(
        `${TESSALY_FR} La société vient de boucler une levée de fonds de 9 millions d'euros. L'opération a été menée par Ondrel Capital. Bpifrance l'a accompagnée, de même que Kestin Invest, la holding familiale.`,
      ),
    ).toEqual(['bpifrance+kestin-invest+ondrel-capital -> tessaly-cloud 9000000 invested']);
    expect(
      en(
        `${TESSALY_EN} The company has raised €30 million. Ondrel Capital led the round. Maravel Ventures joined as a new investor, and seed backer Kestin Seed, which already owns a stake, also put in money.`,
      ),
    ).toEqual(['kestin-seed+maravel-ventures+ondrel-capital -> tessaly-cloud 30000000 invested']);
  });

  it('are not a gathering\'s guests after a semicolon, nor a support "depuis" its start, nor money put into a project', () => {
    expect(
      fr(
        `${TESSALY_FR} La société a annoncé avoir levé 9 millions d'euros. Le salon est organisé par la Ville de Quimper ; Ondrel Capital et Kestin Invest ont suivi.`,
      ),
    ).toEqual(['- -> tessaly-cloud 9000000 invested']);
    expect(
      fr(
        `${TESSALY_FR} La société a annoncé une levée de 9 millions d'euros. L'opération est menée par Ondrel Capital. La Région Bretagne l'a accompagnée depuis sa création.`,
      ),
    ).toEqual(['ondrel-capital -> tessaly-cloud 9000000 invested']);
    expect(
      en(
        `${TESSALY_EN} The company has raised €30 million. Ondrel Capital led the round. Maravel Ventures put in money to build a school in Quimper.`,
      ),
    ).toEqual(['ondrel-capital -> tessaly-cloud 30000000 invested']);
  });
});

describe('a recipient whose legal form comes before its apposition', () => {
  it('raises the money, not the town inside the apposition', () => {
    expect(
      en(`${TESSALY_EN} Ravelin Compute BV, a Rennes-based provider of chips, raised €40 million in a Series B round.`),
    ).toEqual(['- -> ravelin-compute 40000000 invested']);
    expect(fr(`${TESSALY_FR} Ravelin Compute SAS, une start-up basée à Rennes, a levé 4 millions d'euros.`)).toEqual([
      '- -> ravelin-compute 4000000 invested',
    ]);
  });
});

describe('term loans and credit lines', () => {
  it('are loans, "lined up" or "signed" by their borrower, lent by the names after "from"', () => {
    expect(
      en(
        `${TESSALY_EN} To pay for it, Tessaly Cloud has lined up a €250 million term loan from Ondrel Bank and Kestin Bank.`,
      ),
    ).toEqual(['kestin-bank+ondrel-bank -> tessaly-cloud 250000000 pledged']);
    expect(
      en(`${TESSALY_EN} Tessaly Cloud has secured a €60 million delayed-draw term loan from Ondrel Bank.`),
    ).toEqual(['ondrel-bank -> tessaly-cloud 60000000 pledged']);
    expect(
      fr(
        `${TESSALY_FR} Tessaly Cloud a signé une ligne de crédit renouvelable de 15 millions d'euros, à tirer sur trois ans.`,
      ),
    ).toEqual(['- -> tessaly-cloud 15000000 pledged']);
  });

  it('are not lined up customers, nor a loan signed by the lender with its borrower', () => {
    expect(en(`${TESSALY_EN} Tessaly Cloud has lined up three new customers worth €2m a year.`)).toEqual([]);
    expect(en(`${TESSALY_EN} Ondrel Bank has signed a €45 million loan with Tessaly Cloud.`)).not.toContain(
      '- -> ondrel-bank 45000000 pledged',
    );
  });
});

describe('lenders each providing a share of the loan just told', () => {
  it('lend one share each, and the loan they add up to is left out', () => {
    expect(
      en(
        `${TESSALY_EN} Tessaly Cloud has secured a seven-year €300m term loan, with Ondrel Bank, Kestin Bank and Maravel Credit each providing €100m.`,
      ),
    ).toEqual([
      'kestin-bank -> tessaly-cloud 100000000 pledged',
      'maravel-credit -> tessaly-cloud 100000000 pledged',
      'ondrel-bank -> tessaly-cloud 100000000 pledged',
    ]);
    expect(
      fr(
        `${TESSALY_FR} Tessaly Cloud a obtenu un prêt de 90 millions d'euros, avec la Banque Ondrel et Kestin Crédit qui apportent chacune 45 millions.`,
      ),
    ).toEqual(['banque-ondrel -> tessaly-cloud 45000000 pledged', 'kestin-credit -> tessaly-cloud 45000000 pledged']);
  });

  it('lend their shares when they are the loan\'s own arrangers ("arranged by A and B, each providing N")', () => {
    expect(
      en(
        `${TESSALY_EN} Tessaly Cloud is paying for the purchase with debt. A €40m term loan, to be drawn at closing, has been arranged by Ondrel Bank and Kestin Credit, each providing €20m.`,
      ),
    ).toEqual(['kestin-credit -> tessaly-cloud 20000000 pledged', 'ondrel-bank -> tessaly-cloud 20000000 pledged']);
  });

  it('are no shares when "with" names the borrower\'s partners doing something else', () => {
    expect(
      en(
        `${TESSALY_EN} Tessaly Cloud has secured a €300m loan, with Ondrel Bank and Kestin Bank each taking a seat on its board.`,
      ),
    ).toEqual(['- -> tessaly-cloud 300000000 pledged']);
  });
});

describe("a relative clause's gift after a pronoun", () => {
  it('goes from the antecedent to the article\'s company, past the noun "grant"', () => {
    expect(
      en(
        `${TESSALY_EN} It is also working on a new service with backing from Innovate UK, which in May awarded it a grant of £1.5m.`,
      ),
    ).toEqual(['innovate-uk -> tessaly-cloud 1500000 pledged']);
    expect(en(`${TESSALY_EN} It won backing from Innovate UK, which awarded it a grant of £1.5m.`)).toEqual([
      'innovate-uk -> tessaly-cloud 1500000 pledged',
    ]);
  });

  it("is not the antecedent's gift when the pronoun is not its object", () => {
    expect(
      en(`${TESSALY_EN} It works with Innovate UK, which in May awarded Ravelin Labs a grant of £1.5m.`),
    ).not.toContain('innovate-uk -> tessaly-cloud 1500000 pledged');
  });
});

describe("a loan's arranger and co-lenders", () => {
  it('lend the loan told before', () => {
    expect(
      en(
        `${TESSALY_EN} Tessaly Cloud signed a €350 million green loan on April 28. The facility will be drawn over three years. Ondrel Bank acted as lead arranger. It was joined by Kestin Capital and by the Caisse des Dépôts, both listed as lenders.`,
      ),
    ).toEqual(['caisse-des-depots+kestin-capital+ondrel-bank -> tessaly-cloud 350000000 pledged']);
    expect(
      en(
        `${TESSALY_EN} Tessaly Cloud has lined up a €380m acquisition facility. Ondrel Bank arranged the loan and Kestin Bank joined as co-lender; the split between the two was not disclosed.`,
      ),
    ).toEqual(['kestin-bank+ondrel-bank -> tessaly-cloud 380000000 pledged']);
    expect(
      fr(`${TESSALY_FR} Tessaly Cloud a obtenu un prêt de 20 millions d'euros. La Banque Ondrel a arrangé le prêt.`),
    ).toEqual(['banque-ondrel -> tessaly-cloud 20000000 pledged']);
  });

  it('is no lender when the clause of its cue is negated', () => {
    expect(
      en(
        `${TESSALY_EN} Tessaly Cloud has secured a €380m loan. Ondrel Bank did not arrange the loan; Kestin Bank was not part of the lending group.`,
      ),
    ).toEqual(['- -> tessaly-cloud 380000000 pledged']);
  });
});

describe("a share of a loan told of the article's company", () => {
  it('is lent, not invested', () => {
    expect(
      fr(
        `${TESSALY_FR} Pour financer sa croissance, la société a signé une ligne de crédit renouvelable de 15 millions d'euros. La Banque Ondrel en apporte 10 millions ; Kestin Bank fournit les 5 millions restants.`,
      ),
    ).toEqual(['banque-ondrel -> tessaly-cloud 10000000 pledged', 'kestin-bank -> tessaly-cloud 5000000 pledged']);
  });

  it('stays a stake when it is told invested', () => {
    expect(
      fr(
        `${TESSALY_FR} La société a obtenu une ligne de crédit de 15 millions d'euros. La Banque Ondrel en apporte 10 millions. Kestin Invest a investi 2 millions d'euros au capital en 2021.`,
      ),
    ).toContain('kestin-invest -> tessaly-cloud 2000000 invested');
  });
});

describe("a bank's compound name opening a sentence", () => {
  it('is an actor', () => {
    expect(
      actors(readWithRules(`${TESSALY_EN} Tessaly Cloud has a new loan. Ondrelbank arranged it.`, 'en', PUBLISHED)),
    ).toContain('ondrelbank company');
  });

  it('is no actor when the word is a common one ("Databank" written in lower case elsewhere)', () => {
    expect(
      actors(
        readWithRules(
          `${TESSALY_EN} Tessaly Cloud keeps a databank of threats. Databank access is sold to its clients.`,
          'en',
          PUBLISHED,
        ),
      ),
    ).not.toContain('databank company');
  });
});

describe('a dated loan', () => {
  it("is its recipient's funding event", () => {
    expect(
      events(
        readWithRules(
          `${TESSALY_FR} Tessaly Cloud a obtenu le 24 novembre 2025 un prêt de 18 millions d'euros de la Banque européenne d'investissement (BEI).`,
          'fr',
          PUBLISHED,
        ),
      ),
    ).toContain('funding tessaly-cloud|banque-europeenne-d-investissement 2025-11-24');
  });

  it('is no event when it is only planned', () => {
    expect(
      events(
        readWithRules(
          `${TESSALY_EN} Tessaly Cloud will take out a €60 million term loan from Ondrel Bank next year.`,
          'en',
          PUBLISHED,
        ),
      ).filter((e) => e.startsWith('funding')),
    ).toEqual([]);
  });
});

describe("a headline's full name shortened in the standfirst", () => {
  it('is one actor', () => {
    const found = actors(
      readWithRules(
        `Tessaly Compute Raises $85 Million\n\nOndrel Capital led the round. Tessaly is also lining up debt.\n\nTessaly Compute, a Paris-based startup, has raised $85 million.`,
        'en',
        PUBLISHED,
      ),
    );
    expect(found).toContain('tessaly-compute company');
    expect(found).not.toContain('tessaly company');
  });
});

describe('a town', () => {
  it('is where a company was founded, whatever follows', () => {
    expect(
      actors(
        readWithRules(
          `${TESSALY_FR} Ravelin Data, la société fondée à Vassieux en 2016 par Paul Drenn, recrute. « Il n'est pas question de quitter Vassieux. »`,
          'fr',
          PUBLISHED,
        ),
      ),
    ).toContain('vassieux place');
  });

  it('is joined by "-près-" or "-de-" to another town\'s name', () => {
    const found = actors(
      readWithRules(
        `${TESSALY_FR} Tessaly Cloud a ouvert un site à Rovières-près-Tarmont et un autre à Saint-Orel-de-Vasse.`,
        'fr',
        PUBLISHED,
      ),
    );
    expect(found).toContain('rovieres-pres-tarmont place');
    expect(found).toContain('saint-orel-de-vasse place');
  });

  it('is not a buyer handed shares at a date', () => {
    expect(
      actors(
        readWithRules(
          `${TESSALY_FR} Tessaly Cloud a cédé ses parts à Vassieux en 2016. Vassieux est content.`,
          'fr',
          PUBLISHED,
        ),
      ),
    ).not.toContain('vassieux place');
  });
});

describe('an agreement worth an amount', () => {
  it('is a contract with the supplier', () => {
    expect(
      en(
        `${TESSALY_EN} Morlaix Hospital Group has signed a seven-year, €9 million agreement with Tessaly Cloud to host its records.`,
      ),
    ).toEqual(['morlaix-hospital-group -> tessaly-cloud 9000000 pledged']);
    expect(fr(`${TESSALY_FR} Le CHU de Morlaix a signé un accord de 9 millions d'euros avec Tessaly Cloud.`)).toEqual([
      'chu-de-morlaix -> tessaly-cloud 9000000 pledged',
    ]);
  });

  it('is no contract when it merges, finances or buys', () => {
    expect(en(`${TESSALY_EN} Halvard Group signed a €2bn merger agreement with Kestin Labs.`)).toEqual([]);
    expect(fr(`${TESSALY_FR} Halvard a trouvé un accord de 2 milliards d'euros pour racheter Kestin Labs.`)).toEqual(
      [],
    );
  });
});

describe('a contract a label "helped it win"', () => {
  it("is the article's company's, from the buyer", () => {
    expect(
      en(`${TESSALY_EN} That label helped it win a four-year, €9m contract from the Direction générale de l'armement.`),
    ).toEqual(['direction-generale-de-l-armement -> tessaly-cloud 9000000 pledged']);
  });

  it('is no contract when only hoped for', () => {
    expect(en(`${TESSALY_EN} Tessaly Cloud hopes to win a €9m contract from the DGA next year.`)).toEqual([]);
  });
});

describe('money put "into the company"', () => {
  it("goes to the company the sentence named before its verb, else to the article's company", () => {
    expect(
      en(
        `${TESSALY_EN} Halvard Capital, the investor that controls Ravelin Data with an 82% stake, injected €12 million of fresh capital into the company last year.`,
      ),
    ).toEqual(['halvard-capital -> ravelin-data 12000000 invested']);
    expect(
      en(`${TESSALY_EN} Alongside the buyout, Halvard Equity is injecting €25m of primary capital into the business.`),
    ).toEqual(['halvard-equity -> tessaly-cloud 25000000 invested']);
  });

  it("is not the company's when it goes into something the company owns", () => {
    expect(en(`${TESSALY_EN} Halvard Equity is injecting €25m into the company's new data centre.`)).toEqual([]);
  });
});

describe('a fund or a lender named by its description', () => {
  it('is the fund named in the sentences before', () => {
    expect(
      en(
        `${TESSALY_EN} Existing backer Sleet Capital, which owns 35% of Tessaly Cloud, is selling its stake. The London-based fund had put €25 million into the company in 2022.`,
      ),
    ).toEqual(['sleet-capital -> tessaly-cloud 25000000 invested']);
  });

  it('is no fund for a lender, nor any fund when none was named', () => {
    const payers = (records: string[]) => records.filter((r) => !r.startsWith('- ->'));
    expect(
      payers(
        en(
          `${TESSALY_EN} Existing backer Sleet Capital, which owns 35% of Tessaly Cloud, is selling its stake. The lender had put €25 million into the company in 2022.`,
        ),
      ),
    ).toEqual([]);
    expect(payers(en(`${TESSALY_EN} The London-based fund had put €25 million into the company in 2022.`))).toEqual([]);
  });
});

describe('a loan drawn, money received at a past date', () => {
  it('is paid out', () => {
    expect(en(`${TESSALY_EN} Separately, the startup has drawn €5m in venture debt from Ondrel Bank.`)).toEqual([
      'ondrel-bank -> tessaly-cloud 5000000 disbursed',
    ]);
    expect(
      en(
        `${TESSALY_EN} The site was financed with an €18 million green loan from Ondrel Bank, which has been fully drawn.`,
      ),
    ).toEqual(['ondrel-bank -> tessaly-cloud 18000000 disbursed']);
    expect(
      fr(`${TESSALY_FR} En 2024, la jeune pousse avait reçu 1,2 million d'euros du programme France 2030.`),
    ).toEqual(['france-2030 -> tessaly-cloud 1200000 disbursed']);
    expect(en(`${TESSALY_EN} Tessaly Cloud received a £1.2m grant from Innovate UK last year.`)).toEqual([
      'innovate-uk -> tessaly-cloud 1200000 disbursed',
    ]);
  });

  it('is promised when it is to be drawn, received undated or in instalments, or dated by another amount', () => {
    expect(en(`${TESSALY_EN} The €18 million loan from Ondrel Bank will be drawn in two tranches.`)).toEqual([
      'ondrel-bank -> tessaly-cloud 18000000 pledged',
    ]);
    expect(en(`${TESSALY_EN} Tessaly Cloud received a £1.2m grant from Innovate UK.`)).toEqual([
      'innovate-uk -> tessaly-cloud 1200000 pledged',
    ]);
    expect(
      en(`${TESSALY_EN} Tessaly Cloud received a £1.2m grant from Innovate UK last year, paid in three instalments.`),
    ).toEqual(['innovate-uk -> tessaly-cloud 1200000 pledged']);
    expect(
      en(`${TESSALY_EN} Tessaly Cloud booked revenue of £9m last year and received a £1.2m grant from Innovate UK.`),
    ).toContain('innovate-uk -> tessaly-cloud 1200000 pledged');
  });
});

describe('loans by their nouns', () => {
  it('are "un prêt vert, de N", a repayable advance and "une dette de N auprès de" a pool', () => {
    expect(
      fr(
        `${TESSALY_FR} Tessaly Cloud a levé 9 millions d'euros. Un second prêt vert, de 7 M€, est apporté par la Banque Ondrel.`,
      ),
    ).toContain('banque-ondrel -> tessaly-cloud 7000000 pledged');
    expect(en(`${TESSALY_EN} The startup has secured a €4 million repayable advance from Bpifrance.`)).toEqual([
      'bpifrance -> tessaly-cloud 4000000 pledged',
    ]);
    expect(
      fr(
        `${TESSALY_FR} Pour financer le rachat, Tessaly Cloud a levé une dette de 14 millions d'euros auprès d'un pool bancaire mené par la Banque Ondrel ; les fonds seront tirés en deux fois.`,
      ),
    ).toEqual(['banque-ondrel -> tessaly-cloud 14000000 pledged']);
  });

  it('are no money for a debt owed', () => {
    expect(fr(`${TESSALY_FR} Tessaly Cloud a accumulé une dette de 14 millions d'euros.`)).toEqual([]);
  });
});

describe('a contract signed', () => {
  it("is supplied by the article's company when no partner is named", () => {
    expect(
      en(`${TESSALY_EN} OVHcloud signed in September a ten-year contract worth €180m to host servers at that campus.`),
    ).toEqual(['ovhcloud -> tessaly-cloud 180000000 pledged']);
    expect(
      en(`${TESSALY_EN} Halvard Insurance, a Lyon-based insurer, signed a seven-year hosting deal worth €35 million.`),
    ).toEqual(['halvard-insurance -> tessaly-cloud 35000000 pledged']);
    expect(
      en(
        `${TESSALY_EN} Naval Group signed a three-year contract worth €2.1m with the startup to monitor two shipyards.`,
      ),
    ).toEqual(['naval-group -> tessaly-cloud 2100000 pledged']);
  });

  it('is supplied by the host named after "chez", and by the article\'s company after "with"', () => {
    expect(
      fr(
        `${TESSALY_FR} Halvard Assurances a signé en juillet un contrat de 900 000 euros sur trois ans pour héberger ses tests chez Kestin Cloud.`,
      ),
    ).toEqual(['halvard-assurances -> kestin-cloud 900000 pledged']);
    expect(en(`${TESSALY_EN} OVHcloud signed a three-year, €3.2m contract with Tessaly Cloud in September.`)).toEqual([
      'ovhcloud -> tessaly-cloud 3200000 pledged',
    ]);
  });

  it("is signed by a relative clause's antecedent", () => {
    expect(
      en(
        `${TESSALY_EN} Customers include Ravelin Legal and Gatekeeper Robotics, which in July signed a three-year deal worth €12 million to train its models.`,
      ),
    ).toEqual(['gatekeeper-robotics -> tessaly-cloud 12000000 pledged']);
  });

  it("is no purchase from the article's company when its own company signs, nor a merger", () => {
    expect(en(`${TESSALY_EN} Tessaly Cloud signed a €3.2m contract in September to supply the army.`)).toEqual([]);
    expect(en(`${TESSALY_EN} Tessaly Cloud signed a €3.2m contract with OVHcloud in September.`)).toEqual([]);
    expect(en(`${TESSALY_EN} Halvard Group signed a merger agreement worth €2bn with Kestin Labs.`)).toEqual([]);
  });
});

describe('"la PME", "the startup" after a group and a small company', () => {
  it('stand for the small company, though the group is named more often', () => {
    expect(
      fr(
        `Ravelin Data passe sous pavillon lyonnais\n\nLe groupe Orvane prend 70 % de Ravelin Data. Le 15 juillet, le groupe lyonnais Orvane a signé l'acquisition. « Orvane nous apporte sa force commerciale », dit le fondateur.\n\nOrvane compte six filiales. Le CHU de Dijon est aussi client. La PME n'avait pas attendu ce contrat pour grandir : elle a réalisé 1,8 million d'euros de chiffre d'affaires en 2025.`,
      ),
    ).toContain('- -> ravelin-data 1800000 revenue');
  });

  it('stand for the group when no other company is named', () => {
    expect(
      fr(
        `Orvane grandit\n\nLe groupe Orvane ouvre un site à Dijon. Le groupe lyonnais Orvane emploie 300 personnes.\n\nLa PME a réalisé 1,8 million d'euros de chiffre d'affaires en 2025.`,
      ),
    ).toEqual(['- -> orvane 1800000 revenue']);
  });
});
