import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules, relations } from './testing/readings.ts';

/**
 * Ties between organisations of the eighth round (docs/proposals/ties-8.md): customers in described lists and standing
 * phrases, advisers, joint ventures' owners, takeovers agreed, rivals, products named after their maker. Every
 * sentence is invented; each family has traps that must not fire.
 */

const PUBLISHED: FuzzyDate = { value: '2026-06-10', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('customers listed with their descriptions', () => {
  it('reads "Its customers include online lender A and the supermarket chain B"', () => {
    const p = en(
      [
        'Quillon Compute expands in Porto',
        'Quillon Compute, which rents GPU servers to European companies, opened a third site on Monday. Its customers include online lender Ferrow Bank and the supermarket chain Dalbey Stores.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['ferrow-bank customer-of quillon-compute', 'dalbey-stores customer-of quillon-compute']),
    );
  });

  it('reads a French list past a relative clause and descriptions: "Parmi ses clients, la mutuelle A, qui…, et le distributeur B"', () => {
    const p = fr(
      [
        'Ortolan Hébergement ouvre une deuxième salle à Laval',
        'Ortolan Hébergement, opérateur de centres de données fondé en 2014, a inauguré jeudi une deuxième salle. Parmi ses clients, la mutuelle Pervenche Santé, qui y héberge ses dossiers depuis 2020, et le distributeur Calmon Frères.',
        "Parmi ses clients figurent aussi Vallois Industrie, l'éditeur angevin Corbière Logiciels et le transporteur Grésy.",
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'pervenche-sante customer-of ortolan-hebergement',
        'calmon-freres customer-of ortolan-hebergement',
        'vallois-industrie customer-of ortolan-hebergement',
        'corbiere-logiciels customer-of ortolan-hebergement',
        'gresy customer-of ortolan-hebergement',
      ]),
    );
  });

  it('stops at a name that only describes an item, a clause that goes on, or a prospect', () => {
    const p = en(
      [
        'Harwick Racks signs a bank',
        'Harwick Racks runs two data centres near Leeds. Among its clients is Tolland Bank, the Glasgow lender, which keeps its archives there.',
        'Its customers include retailers, but rival Brenmoor Hosting says it signed more of them last year.',
        'Harwick Racks hopes Yarrow Insurance will become a customer next year.',
      ].join('\n\n'),
    );
    expect(relations(p)).toContain('tolland-bank customer-of harwick-racks');
    expect(relations(p)).not.toContain('glasgow customer-of harwick-racks');
    expect(relations(p)).not.toContain('brenmoor-hosting customer-of harwick-racks');
    expect(relations(p)).not.toContain('yarrow-insurance customer-of harwick-racks');
  });
});

describe('customers told by a standing phrase', () => {
  it('reads "A figure parmi ses clients", "A en est client depuis", "A, cliente depuis 2021", "A lui confie ses données"', () => {
    const p = fr(
      [
        'Pavot Data muscle son offre de santé',
        "Pavot Data, hébergeur installé à Poitiers, a levé 5 millions d'euros. La Mutuelle Iris figure parmi ses premiers clients.",
        'Le groupe Sorbier en est client depuis 2019. La plateforme accueille aussi les dossiers de la Clinique Azalée, cliente depuis 2021.',
        "Autre fidèle, le bailleur social Vallon Habitat lui confie ses dossiers de locataires depuis l'automne 2020.",
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'mutuelle-iris customer-of pavot-data',
        'sorbier customer-of pavot-data',
        'clinique-azalee customer-of pavot-data',
        'vallon-habitat customer-of pavot-data',
      ]),
    );
  });

  it('reads "A has been a client since", "A is among its first paying customers", "One of its best-known customers is A"', () => {
    const p = en(
      [
        'Kestwick Cloud raises $20m',
        'Kestwick Cloud, a London-based hosting start-up, has raised $20 million. The Thornbury Council has been a client since 2023, and Marlow Mutual is among its first paying customers.',
        'One of its best-known customers is the bakery chain Hollins Bread, whose online orders have run on Kestwick since January.',
        'Digital agency Penfold Studio signed up as its first customer in 2021.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'thornbury-council customer-of kestwick-cloud',
        'marlow-mutual customer-of kestwick-cloud',
        'hollins-bread customer-of kestwick-cloud',
        'penfold-studio customer-of kestwick-cloud',
      ]),
    );
  });

  it('does not read a refused customer, a denial, or "lui confie" a post', () => {
    const p = fr(
      [
        'Cerfeuil Cloud recrute',
        "Cerfeuil Cloud, hébergeur lyonnais, a recruté un directeur commercial. La banque Orvault n'en est pas cliente, précise la direction.",
        "Le conseil d'administration de Cerfeuil Cloud lui confie la direction générale à partir de juin.",
      ].join('\n\n'),
    );
    expect(relations(p)).not.toContain('orvault customer-of cerfeuil-cloud');
    expect(relations(p).filter((r) => r.includes(' customer-of ') && r.startsWith('conseil'))).toEqual([]);
  });
});

describe("a deal's advisers", () => {
  it('reads "A était conseillée par le cabinet B", "le cabinet B a conseillé A et C", "A was advised by law firm B"', () => {
    const p = fr(
      [
        "Levée de fonds : Tamaris Sécurité boucle 9 millions d'euros",
        'Tamaris Sécurité était conseillée par le cabinet Roncière Avocats. Le cabinet Pelisse & Associés a conseillé Lavande Capital et Bpifrance.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'tamaris-securite customer-of ronciere-avocats',
        'lavande-capital customer-of pelisse-associes',
      ]),
    );
    const q = en(
      'Fenwick Data was advised by law firm Carrow Hale on the sale, while Doyle Partners advised the buyers.',
    );
    expect(relations(q)).toContain('fenwick-data customer-of carrow-hale');
  });

  it('does not read advice given to do something, nor "accompagnée par" a funder', () => {
    const p = fr(
      [
        'Mauve Cloud accélère',
        'Mauve Cloud est accompagnée par Bpifrance depuis 2022. Le cabinet Ortie Conseil a conseillé à Mauve Cloud de patienter.',
      ].join('\n\n'),
    );
    expect(relations(p)).not.toContain('mauve-cloud customer-of bpifrance');
    expect(relations(p)).not.toContain('mauve-cloud customer-of ortie-conseil');
  });
});

describe("a joint venture's owners", () => {
  it('reads "X, the A-B venture", "X is a joint venture owned 50/50 by A and B", "A and B are teaming up on a joint venture, X"', () => {
    const p = en(
      [
        'Sovereign cloud race heats up',
        'Pallant Cloud will go up against Norvik Cloud, the Thales-Capgemini venture, for public contracts.',
        'Set up in 2019 to run airport check-in software, Pallant Cloud is a joint venture owned 50/50 by Dutch bank Veldhaven and Spanish insurer Ibercosta.',
        'Elsewhere, the logistics groups Carvell Freight and Dunmore Ports are teaming up on a joint venture, Hexley Cloud, which will handle customs filings for both.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'thales owns norvik-cloud',
        'capgemini owns norvik-cloud',
        'veldhaven owns pallant-cloud',
        'ibercosta owns pallant-cloud',
        'carvell-freight owns hexley-cloud',
        'dunmore-ports owns hexley-cloud',
      ]),
    );
  });

  it('does not read a joint venture planned or denied', () => {
    const p = en(
      'Carvell Freight and Dunmore Ports could set up a joint venture, Hexley Cloud, next year. Pallant Cloud is not a joint venture owned by Veldhaven and Ibercosta.',
    );
    expect(relations(p)).not.toContain('carvell-freight owns hexley-cloud');
    expect(relations(p)).not.toContain('veldhaven owns pallant-cloud');
  });
});

describe('takeovers agreed, and a takeover told as the past', () => {
  it('reads "A agreed to acquire B", "said it had agreed to buy B", "a signé un accord pour acquérir 60 % de B"', () => {
    const p = en(
      [
        'Two label makers change hands',
        'Brantley Labs, a Leeds packaging group, agreed last week to acquire Solenne Print, a Lille label maker, for £45 million.',
        'In a filing last Friday, Orwell Pay, the Cork payroll group, said it had agreed to buy the accounting start-up Kestrel Ledger.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['brantley-labs acquired solenne-print', 'orwell-pay acquired kestrel-ledger']),
    );
    const q = fr(
      [
        'Data centers : Genêt Infra prend le contrôle de Salers Hébergement',
        "Genêt Infra a signé lundi un accord pour acquérir 60 % de Salers Hébergement, l'hébergeur aurillacois.",
        'Depuis son rachat en 2020 par le groupe Ombelle, Pistil Data a doublé ses effectifs.',
      ].join('\n\n'),
    );
    expect(relations(q)).toEqual(
      expect.arrayContaining([
        'genet-infra acquired salers-hebergement',
        'ombelle acquired pistil-data',
        'pistil-data subsidiary-of ombelle',
      ]),
    );
  });

  it('does not read talks, a deal refused or a deal that could be agreed', () => {
    const p = en(
      [
        'Brantley eyes French firm',
        'Brantley Security is in talks to acquire Solenne Data. Orwell Networks has not agreed to buy Kestrel Racks, and Marden Group could agree to buy Tallis Cloud.',
      ].join('\n\n'),
    );
    expect(relations(p)).not.toContain('brantley-security acquired solenne-data');
    expect(relations(p)).not.toContain('orwell-networks acquired kestrel-racks');
    expect(relations(p)).not.toContain('marden-group acquired tallis-cloud');
  });
});

describe('rivals', () => {
  it('reads "A se frotte à B et à C", "beat out bids from B", "puts A in direct competition with B"', () => {
    const p = fr(
      [
        'Cloud de santé : Agave Cloud grandit',
        'Sur ce marché, Agave Cloud se frotte à Ravenelle Data et à Scaleway.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['agave-cloud competes-with ravenelle-data', 'agave-cloud competes-with scaleway']),
    );
    const q = en(
      'For the tax office archive, Tessel Cloud beat out bids from Marbury Data, the incumbent. The qualification puts Loxley Data in direct competition with Norvane Systems.',
    );
    expect(relations(q)).toEqual(
      expect.arrayContaining(['marbury-data competes-with tessel-cloud', 'loxley-data competes-with norvane-systems']),
    );
  });

  it('does not read a comparison that is not competition, nor a rivalry denied', () => {
    const p = en('Tessel Cloud beat expectations this quarter. Loxley Data is not in competition with Norvane.');
    expect(relations(p).filter((r) => r.includes('competes-with'))).toEqual([]);
  });
});

describe('products named after their maker', () => {
  it('reads "Orvane Vault" as a brand of Orvane, and "Stratel Santé" of Stratel Cloud, the article company', () => {
    const p = fr(
      [
        'Orvane lance un coffre-fort chiffré',
        'Orvane, la start-up rennaise, a lancé en mars son offre de stockage chiffré Orvane Vault.',
      ].join('\n\n'),
    );
    expect(relations(p)).toContain('orvane-vault brand-of orvane');
    const q = fr(
      [
        'Stratel Cloud lève 10 M€',
        'Stratel Cloud accélère. Son offre phare, Stratel Santé, repose sur OpenStack.',
      ].join('\n\n'),
    );
    expect(relations(q)).toContain('stratel-sante brand-of stratel-cloud');
  });

  it("does not make a company's offer a brand of another company sharing no name", () => {
    const p = fr(
      [
        'Orvane lance un coffre-fort chiffré',
        "Orvane, la start-up rennaise, a choisi l'offre Tarvel Cloud de l'hébergeur Tarvel pour héberger ses sauvegardes.",
      ].join('\n\n'),
    );
    expect(relations(p)).not.toContain('tarvel-cloud brand-of orvane');
  });
});

describe('stakes taken with no company named', () => {
  it('reads "Y a pris 55 % du capital de l\'entreprise", "Y bought a 60% stake in 2022" as stakes in the article\'s company', () => {
    const p = fr(
      [
        'Cormoran Logistique : un nouvel actionnaire',
        "Cormoran Logistique livre des pièces détachées dans tout l'Ouest depuis 1998. Au printemps 2024, le groupe coopératif Héliotrope a pris 55 % du capital de l'entreprise.",
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['heliotrope owns cormoran-logistique', 'heliotrope acquired cormoran-logistique']),
    );
    const q = en(
      [
        'Tamsin Cloud hit by outage',
        'Tamsin Cloud hosts services for 30 councils. It has grown fast since the investment firm Orrin Capital bought a 25% stake in 2021.',
      ].join('\n\n'),
    );
    expect(relations(q)).toContain('orrin-capital owns tamsin-cloud');
    // (a minority is no acquisition)
    expect(relations(q)).not.toContain('orrin-capital acquired tamsin-cloud');
  });

  it('does not read a stake not taken, a stake sold, or a stake in another named company as one in the article company', () => {
    const p = en(
      [
        'Tamsin Cloud hit by outage',
        'Tamsin Cloud hosts services for 30 councils. Orrin Capital did not buy a 25% stake, and Harle Partners bought a 40% stake in Wexford Data.',
        'Mallory Fund sold a 10% stake in 2024.',
      ].join('\n\n'),
    );
    expect(relations(p)).not.toContain('orrin-capital owns tamsin-cloud');
    expect(relations(p)).not.toContain('harle-partners owns tamsin-cloud');
    expect(relations(p)).not.toContain('mallory-fund owns tamsin-cloud');
  });
});

describe("an organisation's members listed", () => {
  it('reads "set up by founding members A, B and C", "counts 20 members, including A and B", "compte 30 membres, dont A"', () => {
    const p = en(
      [
        'Pelican Alliance adds two members',
        'The Pelican Alliance, a Brussels association of cloud providers, was set up in 2023 by founding members OVHcloud, Scaleway and Dutch provider Heron Systems. It now counts 20 members, including Finnish firm Kuikka Cloud and Greek operator Glaros Data, which both joined in May.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'ovhcloud member-of pelican-alliance',
        'scaleway member-of pelican-alliance',
        'heron-systems member-of pelican-alliance',
        'kuikka-cloud member-of pelican-alliance',
        'glaros-data member-of pelican-alliance',
      ]),
    );
    const q = fr(
      [
        "L'association Cigogne Numérique s'agrandit",
        "L'association Cigogne Numérique compte désormais 30 membres, dont l'hébergeur Vanneau Data et la société Pipit Cloud.",
      ].join('\n\n'),
    );
    expect(relations(q)).toEqual(
      expect.arrayContaining(['vanneau-data member-of cigogne-numerique', 'pipit-cloud member-of cigogne-numerique']),
    );
  });

  it("does not make a company's staff or a planned member members", () => {
    const p = en(
      [
        'Tarsel Cloud hires',
        'Tarsel Cloud now counts 200 members of staff. The company hopes Orrin Data will join the Pelican Alliance next year.',
      ].join('\n\n'),
    );
    expect(relations(p).filter((r) => r.includes('member-of'))).toEqual([]);
  });
});
