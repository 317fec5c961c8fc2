import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * The fifteenth round of rules (issue #13), on invented articles in both languages: a fund's, a bank's or a public
 * body's money told with no recipient goes to the article's company ("Harnell Ventures put in €3m", "La Caisse des
 * Dépôts met 4 millions"); a region's or a ministry's money with no stake told is a grant; a description of a clinic,
 * a cooperative, a laboratory or a retail chain names a company.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

const TOLVEN_FR = 'Tolven Systems ouvre un second site. Fondée en 2018 à Angers, Tolven Systems compte 60 salariés.';
const TOLVEN_EN =
  'Tolven Systems is opening a second site. Founded in Angers in 2018, Tolven Systems employs 60 people.';

describe("a financier's money with no recipient told", () => {
  it("goes to the article's company, in either language", () => {
    expect(en(`${TOLVEN_EN} Harnell Ventures put in €3 million.`)).toEqual([
      'harnell-ventures -> tolven-systems 3000000 invested',
    ]);
    // (a share told beside a loan is lent too)
    expect(en(`${TOLVEN_EN} Atrebate Bank lent €2m, while Corlin Capital provided €1.5m.`)).toEqual([
      'atrebate-bank -> tolven-systems 2000000 pledged',
      'corlin-capital -> tolven-systems 1500000 pledged',
    ]);
    expect(fr(`${TOLVEN_FR} La Caisse des Dépôts met 4 millions d'euros.`)).toEqual([
      'caisse-des-depots -> tolven-systems 4000000 invested',
    ]);
    expect(fr(`${TOLVEN_FR} Le fonds Harnell Capital engage 2 millions d'euros.`)).toEqual([
      'harnell-capital -> tolven-systems 2000000 invested',
    ]);
  });

  it('is a grant when a region or a ministry gives it with no stake told: promised, or paid when said paid', () => {
    expect(fr(`${TOLVEN_FR} La Région Pays de la Loire apporte 800 000 euros, versés en deux tranches.`)).toEqual([
      'region-pays-de-la-loire -> tolven-systems 800000 pledged',
    ]);
    expect(fr(`${TOLVEN_FR} La Région Pays de la Loire a versé 300 000 euros en mars.`)).toEqual([
      'region-pays-de-la-loire -> tolven-systems 300000 disbursed',
    ]);
    expect(en(`${TOLVEN_EN} The Ministry of Defence committed £500,000 to the project last year.`)).toEqual([
      'ministry-of-defence -> tolven-systems 500000 pledged',
    ]);
  });

  it('leaves money raised, spent, held in a fund, put at a value, spread over many firms or paid to someone else', () => {
    expect(en(`${TOLVEN_EN} Harnell Capital raised €300m for its third fund.`)).not.toContain(
      'harnell-capital -> tolven-systems 300000000 invested',
    );
    expect(en(`${TOLVEN_EN} Harnell Capital invested €200m last year across 30 start-ups.`)).toEqual([]);
    expect(fr(`${TOLVEN_FR} L'État a investi 30 millions d'euros dans la recherche quantique.`)).toEqual([]);
    expect(en(`${TOLVEN_EN} The European Commission spends about €600 million a year on IT services.`)).toEqual([]);
    expect(fr(`${TOLVEN_FR} Le fonds Harnell Capital, doté de 450 M€, a pris 30 % du capital.`)).toEqual([]);
    expect(en(`${TOLVEN_EN} Neither firm would comment on the valuation, which Harnell Capital put at £90m.`)).toEqual(
      [],
    );
    expect(fr(`${TOLVEN_FR} La Région Pays de la Loire versera au syndicat mixte 400 000 euros.`)).toEqual([]);
    expect(en(`${TOLVEN_EN} Atrebate Bank lent €2bn to small businesses last year.`)).toEqual([]);
  });
});

describe('a company named once after a description of its trade', () => {
  it('takes part in the rules: "la clinique X", "la coopérative X", "l\'industriel X" sign contracts', () => {
    expect(fr(`${TOLVEN_FR} La clinique Verlaine a signé un contrat de 3 millions d'euros sur quatre ans.`)).toEqual([
      'verlaine -> tolven-systems 3000000 pledged',
    ]);
    expect(fr(`${TOLVEN_FR} L'industriel Morvelle lui a confié un contrat de 900 000 euros.`)).toEqual([
      'morvelle -> tolven-systems 900000 pledged',
    ]);
    // (a name with no description, told once, stays out of the rules)
    expect(fr(`${TOLVEN_FR} Verlaine a signé un contrat de 3 millions d'euros sur quatre ans.`)).toEqual([]);
  });
});

describe('a share of a round told paragraphs after the headline that told the round', () => {
  it("is the lead's, and the round keeps every payer told after it", () => {
    const frText = [
      'Tolven Systems lève 20 M€ et recrute',
      "L'hébergeur angevin boucle une série B et ouvre un second site. Son directeur détaille ses projets.",
      "Fondée en 2018 à Angers, Tolven Systems compte 60 salariés. En mars, l'Anssi a audité ses salles. La société vise l'Espagne.",
      "Le tour est mené par Harnell Partners, qui met 8 millions d'euros sur la table. Bpifrance et Corlin Invest complètent l'opération.",
    ].join('\n\n');
    expect(fr(frText)).toEqual([
      'bpifrance+corlin-invest+harnell-partners -> tolven-systems 20000000 invested',
      'harnell-partners -> tolven-systems 8000000 invested',
    ]);
    const enText = [
      'Tolven Systems raises €20m to open a second site',
      'The Angers-based host closes a Series B. Its chief executive sets out his plans.',
      'Founded in Angers in 2018, Tolven Systems employs 60 people. In March, an auditor reviewed its halls. The company is eyeing Spain.',
      'The round was led by Harnell Partners, which put in €8m. Bpifrance and Corlin Invest also took part in the round.',
    ].join('\n\n');
    expect(en(enText)).toEqual([
      'bpifrance+corlin-invest+harnell-partners -> tolven-systems 20000000 invested',
      'harnell-partners -> tolven-systems 8000000 invested',
    ]);
  });
});

describe('contracts signed by several clients, each for the same amount', () => {
  it('gives one contract per client, after a colon too, and reads licences as contracts', () => {
    expect(
      fr(
        `${TOLVEN_FR} Deux clients ont signé cet été : la mutuelle Garance Santé et le groupe Orvenne ont chacun conclu un contrat de 2 millions d'euros sur trois ans.`,
      ),
    ).toEqual(['garance-sante -> tolven-systems 2000000 pledged', 'orvenne -> tolven-systems 2000000 pledged']);
    expect(
      en(`${TOLVEN_EN} Orvenne Bank and Garance Insurance each signed three-year licences worth €700,000 in June.`),
    ).toEqual(['garance-insurance -> tolven-systems 700000 pledged', 'orvenne-bank -> tolven-systems 700000 pledged']);
    // (one signer: one record)
    expect(en(`${TOLVEN_EN} Orvenne Bank signed a three-year licence worth €700,000 in June.`)).toEqual([
      'orvenne-bank -> tolven-systems 700000 pledged',
    ]);
  });
});

describe('a supplier chosen for a purpose, the contract told after a colon or a time', () => {
  it('is paid by its chooser, named or described as a body the article named', () => {
    expect(
      fr(
        `${TOLVEN_FR} En juillet, le ministère des Armées a retenu Tolven Systems pour héberger plusieurs applications : un contrat de 7 millions d'euros sur quatre ans.`,
      ),
    ).toEqual(['ministere-des-armees -> tolven-systems 7000000 pledged']);
    expect(
      fr(
        `${TOLVEN_FR} Le centre hospitalier d'Angers, qui a retenu Tolven Systems en juillet pour un contrat de 350 000 euros sur trois ans, en est satisfait.`,
      ),
    ).toEqual(['centre-hospitalier-d-angers -> tolven-systems 350000 pledged']);
    expect(
      fr(
        `${TOLVEN_FR} Angers Loire Métropole modernise ses outils. En juillet, la collectivité a retenu Tolven Systems pour héberger ses données, un marché de 640 000 euros sur quatre ans.`,
      ),
    ).toEqual(['angers-loire-metropole -> tolven-systems 640000 pledged']);
    expect(
      en(
        `${TOLVEN_EN} The Ministry of Defence picked Tolven Systems in May to host its archives: a contract worth £2m over four years.`,
      ),
    ).toEqual(['ministry-of-defence -> tolven-systems 2000000 pledged']);
  });

  it('is nothing when the chooser is described and the article named no body, or when it chose no one', () => {
    expect(
      fr(
        `${TOLVEN_FR} En juillet, la collectivité a retenu Tolven Systems pour héberger ses données, un marché de 640 000 euros sur quatre ans.`,
      ),
    ).toEqual([]);
    expect(
      fr(
        `${TOLVEN_FR} En juillet, le ministère des Armées n'a pas retenu Tolven Systems pour héberger ses applications : un contrat de 7 millions d'euros.`,
      ),
    ).toEqual([]);
  });
});

describe('a département council, a list of public bodies, and money given', () => {
  it('reads "le Département de l\'Yonne" as a council that pays, not the place, and "Elle" after it as no antecedent', () => {
    expect(fr(`${TOLVEN_FR} Le Département de l'Yonne a voté une subvention de 300 000 euros.`)).toEqual([
      'departement-de-l-yonne -> tolven-systems 300000 pledged',
    ]);
    // (the territory, in lower case, pays nothing)
    expect(fr(`${TOLVEN_FR} Le département de l'Yonne a voté une subvention de 300 000 euros.`)).toEqual([
      '- -> tolven-systems 300000 pledged',
    ]);
    const told = fr(
      `${TOLVEN_FR} Le Département de l'Yonne lui a confié la surveillance de ses réseaux, un contrat de 750 000 euros. Elle a aussi reçu 300 000 euros de Bpifrance.`,
    );
    expect(told).toContain('departement-de-l-yonne -> tolven-systems 750000 pledged');
    expect(told).toContainEqual(expect.stringMatching(/^bpifrance -> tolven-systems 300000 /));
    expect(told).not.toContainEqual(expect.stringMatching(/-> departement-de-l-yonne /));
  });

  it('keeps both public bodies of "la Région X et le Département de Y", each paying', () => {
    expect(
      fr(
        `${TOLVEN_FR} La Région Pays de la Loire et le Département de Maine-et-Loire ont accordé chacun une subvention de 450 000 € à l'entreprise.`,
      ),
    ).toEqual([
      'departement-de-maine-et-loire -> tolven-systems 450000 pledged',
      'region-pays-de-la-loire -> tolven-systems 450000 pledged',
    ]);
  });

  it('reads "gave it N", "gave X N" as money paid to it, not a stake or a value given', () => {
    expect(en(`${TOLVEN_EN} Angers Council and the Welsh Government each gave it £60,000 in 2023.`)).toEqual([
      'angers-council -> tolven-systems 60000 disbursed',
      'welsh-government -> tolven-systems 60000 disbursed',
    ]);
    expect(en(`${TOLVEN_EN} Angers Council gave Tolven Systems £60,000 to fit out its offices.`)).toEqual([
      'angers-council -> tolven-systems 60000 disbursed',
    ]);
    expect(en(`${TOLVEN_EN} The deal gave Harnell Capital a 30% stake worth £4m.`)).toEqual([]);
    expect(en(`${TOLVEN_EN} Harnell Capital gave it a valuation of £40m.`)).toEqual([]);
  });
});

describe("a round's lead named with its share", () => {
  it("gives the lead its share and a place among the round's payers", () => {
    expect(en(`${TOLVEN_EN} The company raised €30m in March. Harnell Capital led it with €20 million.`)).toEqual([
      'harnell-capital -> tolven-systems 20000000 invested',
      'harnell-capital -> tolven-systems 30000000 invested',
    ]);
    expect(
      en(`${TOLVEN_EN} The company raised €30m in March. Harnell Capital took the largest ticket, at €12m.`),
    ).toEqual([
      'harnell-capital -> tolven-systems 12000000 invested',
      'harnell-capital -> tolven-systems 30000000 invested',
    ]);
    expect(
      fr(`${TOLVEN_FR} La société a levé 20 millions d'euros. Harnell Capital a pris le plus gros ticket, 12 M€.`),
    ).toEqual([
      'harnell-capital -> tolven-systems 12000000 invested',
      'harnell-capital -> tolven-systems 20000000 invested',
    ]);
    expect(
      fr(
        `${TOLVEN_FR} La société a bouclé une série B de 20 millions d'euros menée par Harnell Capital avec 8 millions.`,
      ),
    ).toEqual([
      'harnell-capital -> tolven-systems 20000000 invested',
      'harnell-capital -> tolven-systems 8000000 invested',
    ]);
    expect(
      fr(
        `${TOLVEN_FR} La société a levé 20 millions d'euros. Harnell Capital, son actionnaire historique, réinjecte 6 millions d'euros.`,
      ),
    ).toEqual([
      'harnell-capital -> tolven-systems 20000000 invested',
      'harnell-capital -> tolven-systems 6000000 invested',
    ]);
  });

  it('gives nothing to a lead of another round, or for more than the round', () => {
    expect(en(`${TOLVEN_EN} The company raised €30m in March. Harnell Capital led it with €40 million.`)).toEqual([
      '- -> tolven-systems 30000000 invested',
    ]);
    expect(
      en(`${TOLVEN_EN} The company raised €30m in March. Harnell Capital did not lead it with €20 million.`),
    ).not.toContain('harnell-capital -> tolven-systems 20000000 invested');
  });
});

describe("a company's short form beside its product's name", () => {
  it('names the company when the product is told as "its zero-trust network access service"', () => {
    const told = readWithRules(
      `Tolven Networks wins a contract\n\nTolven Networks has launched Tolven Gate, its zero-trust network access service. In June, the Ministry of Defence awarded Tolven a €6.5m contract.`,
      'en',
      PUBLISHED,
    );
    expect(fundings(told)).toEqual(['ministry-of-defence -> tolven-networks 6500000 pledged']);
  });
});
