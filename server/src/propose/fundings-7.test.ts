import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * The seventh round, for fundings: the constructions the blind sets 18 to 21 lost most records to (a round told with
 * a pronoun opening its sentence, a payer after a semicolon, a loan or grant named by its noun alone, a supplier
 * chosen by a pronoun, a stake paid for by a gerund, "turned over" and "lend"), probed on invented articles in both
 * languages, each beside look-alikes that must stay unread.
 */

const PUBLISHED: FuzzyDate = { value: '2025-10-14', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('a round whose subject is a pronoun opening its sentence', () => {
  it('gives a paragraph-opening "it" the article\'s company', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault expands\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid.\n\nIn 2022 it raised €9 million in a round led by Granite Oak Capital, with Fernhill Ventures also taking part.',
        ),
      ),
    ).toEqual(['fernhill-ventures+granite-oak-capital -> kestrel-vault 9000000 invested']);
    expect(
      fundings(
        en(
          'Kestrel Vault expands\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid.\n\nIt raised €9 million from Granite Oak Capital.',
        ),
      ),
    ).toEqual(['granite-oak-capital -> kestrel-vault 9000000 invested']);
  });

  it('gives "elle" opening a paragraph the article\'s company', () => {
    expect(
      fundings(
        fr(
          "Kestrel Vault s'étend\n\nKestrel Vault, une société de sauvegarde de Porto, ouvre un bureau à Madrid.\n\nFin 2023, elle avait levé 3 millions d'euros auprès de Fernhill Ventures et d'un family office.",
        ),
      ),
    ).toEqual(['fernhill-ventures -> kestrel-vault 3000000 invested']);
  });

  it('gives the pronoun the name the sentence before opened on, in its paragraph', () => {
    expect(
      fundings(
        en(
          'Dunmore Systems to buy Ferrand Labs\n\nDunmore Systems agreed to buy Ferrand Labs, a Lille software maker, for an undisclosed sum. Ferrand Labs makes backup tools.\n\nDunmore Systems has grown fast since it was founded in 2012. In 2023 it raised $40 million in a round led by Ashby Partners.',
        ),
      ),
    ).toEqual(['ashby-partners -> dunmore-systems 40000000 invested']);
    expect(
      fundings(
        fr(
          "Corbière rachète Lestrade\n\nLe groupe Corbière rachète Lestrade Logiciels, éditeur toulousain. Lestrade Logiciels emploie 40 personnes.\n\nCorbière Data a beaucoup grandi depuis 2015. En 2022, elle a levé 25 millions d'euros auprès d'Ossau Capital.",
        ),
      ),
    ).toEqual(['ossau-capital -> corbiere-data 25000000 invested']);
  });

  it('reads no plan, valuation or search for money as a round', () => {
    expect(
      fundings(
        en(
          'Brightmoor Data expands\n\nBrightmoor Data, a Leeds-based hosting firm, is opening a site in Hull.\n\nIt is worth €90 million, according to one analyst. It plans to raise €20 million next year.',
        ),
      ),
    ).toEqual([]);
    expect(
      fundings(
        fr(
          "Mésange Data se développe\n\nMésange Data, une PME de Reims, ouvre un site à Troyes.\n\nElle cherche à lever 10 millions d'euros. Il y a deux ans, la valorisation atteignait 40 millions d'euros.",
        ),
      ),
    ).toEqual([]);
  });
});

describe("a round's payer told after a semicolon", () => {
  it('adds the subject of "also took part", "y a également participé" after a semicolon', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault expands\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid. Kestrel Vault raised €9 million in 2022 in a round led by Granite Oak Capital, a Swiss fund; Fernhill Ventures, an existing shareholder, also took part.',
        ),
      ),
    ).toEqual(['fernhill-ventures+granite-oak-capital -> kestrel-vault 9000000 invested']);
    expect(
      fundings(
        fr(
          "Mésange Data se développe\n\nMésange Data, une PME de Reims, ouvre un site à Troyes. Il y a deux ans, Mésange Data a levé 4 millions d'euros auprès de Vesle Capital ; Aisne Partenaires y a également participé.",
        ),
      ),
    ).toEqual(['aisne-partenaires+vesle-capital -> mesange-data 4000000 invested']);
  });

  it('adds no one who did not take part, nor a clause with its own amount', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault expands\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid. Kestrel Vault raised €6m in a round led by Tarn Capital, a Dutch fund; Ouse Ventures, an existing backer, did not take part.',
        ),
      ),
    ).toEqual(['tarn-capital -> kestrel-vault 6000000 invested']);
    expect(
      fundings(
        en(
          'Kestrel Vault expands\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid. Kestrel Vault raised €6m in a round led by Tarn Capital; Ouse Ventures invested €2m in Tynemouth Robotics.',
        ),
      ),
    ).toEqual([
      'ouse-ventures -> tynemouth-robotics 2000000 invested',
      'tarn-capital -> kestrel-vault 6000000 invested',
    ]);
  });
});

describe('a grant or a loan named by its noun, with no verb before its amount', () => {
  it('reads the source after a loan\'s amount, "lui a été accordée au titre de" a programme', () => {
    expect(
      fundings(
        fr(
          "Loriot Cloud se finance\n\nLoriot Cloud, une PME de Nancy, développe un cloud pour les collectivités.\n\nUne subvention de 3 M€ lui a été accordée au titre de France 2030.\n\nS'y ajoute un prêt de 2 M€ de la Banque Populaire Lorraine.",
        ),
      ),
    ).toEqual([
      'banque-populaire-lorraine -> loriot-cloud 2000000 pledged',
      'france-2030 -> loriot-cloud 3000000 pledged',
    ]);
    expect(
      fundings(
        en(
          'Brightmoor Data expands\n\nBrightmoor Data, a Leeds-based hosting firm, is opening a site in Hull.\n\nThe rest is a €2m loan from Calder Bank.\n\nA €1m grant was awarded to it by the Yorkshire Council last year.',
        ),
      ),
    ).toEqual([
      'calder-bank -> brightmoor-data 2000000 pledged',
      'yorkshire-council -> brightmoor-data 1000000 pledged',
    ]);
  });

  it('reads no loan repaid, and none another name holds', () => {
    expect(
      fundings(
        fr(
          "Mésange Data se développe\n\nMésange Data, une PME de Reims, ouvre un site à Troyes.\n\nLa société a remboursé en 2023 un prêt de 2 millions d'euros de la Caisse d'Epargne.",
        ),
      ),
    ).toEqual([]);
    expect(
      fundings(
        en(
          'Brightmoor Data expands\n\nBrightmoor Data, a Leeds-based hosting firm, is opening a site in Hull.\n\nA €2m loan from Calder Bank was repaid last year.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a stake paid for by a gerund, after a year', () => {
  it('reads "en y investissant N", "investing N"', () => {
    expect(
      fundings(
        fr(
          "Loriot Cloud se finance\n\nLoriot Cloud, une PME de Nancy, développe un cloud.\n\nBpifrance est entrée au capital de Loriot Cloud en 2021, en y investissant 4 millions d'euros.",
        ),
      ),
    ).toEqual(['bpifrance -> loriot-cloud 4000000 invested']);
    expect(
      fundings(
        en(
          'Brightmoor Data expands\n\nBrightmoor Data, a Leeds-based hosting firm, is opening a site in Hull.\n\nFenwick Capital took a stake in Brightmoor Data in 2021, investing €4m.',
        ),
      ),
    ).toEqual(['fenwick-capital -> brightmoor-data 4000000 invested']);
  });

  it('reads no stake bought from its founders', () => {
    expect(
      fundings(
        en(
          'Brightmoor Data expands\n\nBrightmoor Data, a Leeds-based hosting firm, is opening a site in Hull.\n\nFenwick Capital bought a stake in Brightmoor Data in 2021 for €4m from its founders.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a supplier chosen by a pronoun or a description, the contract after its purpose', () => {
  it('reads "l\'a retenue … pour …, un contrat de N", "picked it to …, in a contract worth N"', () => {
    expect(
      fundings(
        fr(
          "Héron Data décroche un marché\n\nHéron Data, une PME de Dijon, développe des outils de sauvegarde.\n\nLe ministère de la Justice l'a retenue l'automne dernier pour archiver les dossiers de ses greffes, un contrat de 5 millions d'euros.",
        ),
      ),
    ).toEqual(['ministere-de-la-justice -> heron-data 5000000 pledged']);
    expect(
      fundings(
        en(
          'Pelican Grid wins a defence deal\n\nPelican Grid, a Lyon-based hosting company, builds secure clouds for hospitals.\n\nIn June the Home Office picked it to run its passport archive, in a contract worth £6 million.',
        ),
      ),
    ).toEqual(['home-office -> pelican-grid 6000000 pledged']);
  });

  it('reads a named supplier chosen "…, in a contract worth N"', () => {
    expect(
      fundings(
        en(
          'Pelican Grid wins a defence deal\n\nPelican Grid, a Lyon-based hosting company, builds secure clouds for hospitals.\n\nThe Ministry of Defence has picked Pelican Grid to operate its logistics archive, in a five-year contract worth €18 million.',
        ),
      ),
    ).toEqual(['ministry-of-defence -> pelican-grid 18000000 pledged']);
  });

  it('reads no choice denied or hypothetical, nor a valuation', () => {
    expect(
      fundings(
        fr(
          "Héron Data décroche un marché\n\nHéron Data, une PME de Dijon, développe des outils de sauvegarde.\n\nLe ministère de l'Intérieur ne l'a pas retenue pour héberger ses messageries, un contrat de 9 millions d'euros. La Ville de Dijon pourrait la choisir pour un marché de 3 millions d'euros.",
        ),
      ),
    ).toEqual([]);
    expect(
      fundings(
        en(
          'Pelican Grid wins a defence deal\n\nPelican Grid, a Lyon-based hosting company, builds secure clouds for hospitals.\n\nThe Cabinet Office did not pick the company to host its portals, a contract worth £4 million. The firm was valued at £50 million when the council chose it.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"turned over" as revenue, "lend" as a loan', () => {
  it('reads "turned over N" as revenue, not "turned over the keys"', () => {
    expect(
      fundings(
        en(
          'Brightmoor Data expands\n\nBrightmoor Data, a Leeds-based hosting firm, is opening a site in Hull.\n\nThe company turned over the keys of its old site to the council. Brightmoor Data turned over €7.5m last year.',
        ),
      ),
    ).toEqual(['- -> brightmoor-data 7500000 revenue']);
  });

  it('reads "said it would lend X N", not a refusal to lend', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault grows\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid. The Nordic Investment Bank said it would lend Kestrel Vault 30 million euros to build a second site.',
        ),
      ),
    ).toEqual(['nordic-investment-bank -> kestrel-vault 30000000 pledged']);
    expect(
      fundings(
        en(
          'Kestrel Vault grows\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid. Hallam Bank has refused to lend Kestrel Vault €3 million.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a supplier chosen in the passive, its buyer the agent', () => {
  it('reads "a été retenue par Y pour …, un contrat de N" and the value told in the next sentence', () => {
    expect(
      fundings(
        fr(
          "Héron Data décroche un marché\n\nHéron Data, une PME de Dijon, développe des outils de sauvegarde. Héron Data a été retenue en mai par le Département de la Côte-d'Or pour héberger les applications de ses collèges, un contrat de 8 millions d'euros sur cinq ans.\n\nC'est son plus gros contrat. Héron Data a été choisie en juin par la Dinum pour sauvegarder ses serveurs. Le contrat, d'un montant de 3 millions d'euros, a été notifié en juillet.",
        ),
      ),
    ).toEqual(['departement-de-la-cote-d-or -> heron-data 8000000 pledged', 'dinum -> heron-data 3000000 pledged']);
  });

  it('reads "was picked by Y to …, in a contract worth N", "was selected in March by Y" then the value', () => {
    expect(
      fundings(
        en(
          'Pelican Grid wins a defence deal\n\nPelican Grid, a Lyon-based hosting company, builds secure clouds for hospitals. Pelican Grid was picked by the Home Office to run its passport archive, in a contract worth £6 million.\n\nPelican Grid was selected in March by the Fife Council to host its tax portal. The contract, worth £4 million, runs for three years.',
        ),
      ),
    ).toEqual(['fife-council -> pelican-grid 4000000 pledged', 'home-office -> pelican-grid 6000000 pledged']);
  });

  it('reads no passive choice denied', () => {
    expect(
      fundings(
        fr(
          "Héron Data décroche un marché\n\nHéron Data, une PME de Dijon, développe des outils de sauvegarde. Héron Data n'a pas été retenue par la Ville de Dijon pour sa messagerie, un contrat de 2 millions d'euros.",
        ),
      ),
    ).toEqual([]);
    expect(
      fundings(
        en(
          'Pelican Grid loses a bid\n\nPelican Grid, a Lyon-based hosting company, builds secure clouds for hospitals. Pelican Grid was not selected by the Fife Council to host its tax portal, a contract worth £4 million.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("a round's payers told next, the first with its legal suffix", () => {
  it('reads "A Corp. and B, an existing shareholder, also participated", "A SA et B ont également participé"', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault raises $50 million\n\nKestrel Vault, a Porto-based backup company, has raised $50 million in a round led by Granite Oak Capital, the company said.\n\nIntel Corp. and Fernhill Ventures also participated.',
        ),
      ),
    ).toEqual(['fernhill-ventures+granite-oak-capital+intel -> kestrel-vault 50000000 invested']);
  });

  it('adds none who did not take part', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault raises $50 million\n\nKestrel Vault, a Porto-based backup company, has raised $50 million in a round led by Granite Oak Capital, the company said.\n\nIntel Corp. and Fernhill Ventures did not take part in the round.',
        ),
      ),
    ).toEqual(['granite-oak-capital -> kestrel-vault 50000000 invested']);
  });
});

describe('a round or revenue whose owner the article leaves to be understood', () => {
  it('gives "a €N seed round, led by A" with nobody named for it the article\'s company', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault raises €20 million\n\nKestrel Vault, a Porto-based backup company, has raised €20 million in a Series A round led by Granite Oak Capital.\n\nBack in 2023 there was a €4 million seed round, led by Fernhill Ventures.',
        ),
      ),
    ).toEqual([
      'fernhill-ventures -> kestrel-vault 4000000 invested',
      'granite-oak-capital -> kestrel-vault 20000000 invested',
    ]);
  });

  it('gives a round another company closed to that company', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault raises €20 million\n\nKestrel Vault, a Porto-based backup company, has raised €20 million in a Series A round led by Granite Oak Capital.\n\nIts rival Douro Labs closed a €4 million seed round, led by Fernhill Ventures, in 2023.',
        ),
      ),
    ).toEqual([
      'fernhill-ventures -> douro-labs 4000000 invested',
      'granite-oak-capital -> kestrel-vault 20000000 invested',
    ]);
  });

  it('reads a description after a connective ("Résultat, la société a réalisé N", "Meanwhile, the company booked")', () => {
    expect(
      fundings(
        fr(
          "Mésange Data se développe\n\nMésange Data, une PME de Reims, ouvre un site à Troyes. Ses clients sont des hôpitaux.\n\nAinsi, la société a enregistré l'an dernier 9 millions d'euros de chiffre d'affaires.",
        ),
      ),
    ).toEqual(['- -> mesange-data 9000000 revenue']);
    expect(
      fundings(
        en(
          'Brightmoor Data expands\n\nBrightmoor Data, a Leeds-based hosting firm, is opening a site in Hull. Its clients are hospitals.\n\nMeanwhile, the company booked revenue of €6 million last year.',
        ),
      ),
    ).toEqual(['- -> brightmoor-data 6000000 revenue']);
  });

  it('reads no market after a connective as the company', () => {
    expect(
      fundings(
        fr(
          "Mésange Data se développe\n\nMésange Data, une PME de Reims, ouvre un site à Troyes.\n\nRésultat, le marché de la sauvegarde a atteint 2 milliards d'euros de chiffre d'affaires en 2024.",
        ),
      ),
    ).toEqual([]);
  });
});

describe('"respectively" pairing recipients with amounts', () => {
  it('gives each recipient its amount, the programme after them paying, the currency told once', () => {
    expect(
      fundings(
        fr(
          "Appel à projets cloud : trois lauréats\n\nLe gouvernement a désigné mardi les lauréats de son appel à projets sur le cloud de confiance.\n\nFalaise Cloud et Galet Numérique, deux PME normandes, ont reçu respectivement 3,1 millions et 1,9 million d'euros de subventions France 2030 l'an dernier.",
        ),
      ),
    ).toEqual(['france-2030 -> falaise-cloud 3100000 pledged', 'france-2030 -> galet-numerique 1900000 pledged']);
    expect(
      fundings(
        en(
          'Cloud grants announced\n\nThe government named the winners of its trusted cloud call on Tuesday.\n\nCliffside Cloud and Pebble Systems received €3.1 million and €1.9 million respectively from the Horizon Europe programme.',
        ),
      ),
    ).toEqual([
      'horizon-europe -> cliffside-cloud 3100000 pledged',
      'horizon-europe -> pebble-systems 1900000 pledged',
    ]);
  });

  it('still pairs payers, not recipients, after a verb of paying', () => {
    expect(
      fundings(
        en(
          'Heath Robotics raises €7 million\n\nArden Capital and Moorland Ventures invested €5 million and €2 million respectively in Heath Robotics.',
        ),
      ),
    ).toEqual([
      'arden-capital -> heath-robotics 5000000 invested',
      'moorland-ventures -> heath-robotics 2000000 invested',
    ]);
  });
});

describe('a loan told lent is paid out', () => {
  it('reads "lent X N in 2023", "a prêté N à X" as disbursed, "would lend", "va prêter" as pledged', () => {
    expect(
      fundings(
        en(
          'Kestrel Vault grows\n\nKestrel Vault, a Porto-based backup company, is opening an office in Madrid. The Nordic Investment Bank lent Kestrel Vault €12m in 2023 to build its first site. The Nordic Investment Bank said it would lend Kestrel Vault €30m next year.',
        ),
      ),
    ).toEqual([
      'nordic-investment-bank -> kestrel-vault 12000000 disbursed',
      'nordic-investment-bank -> kestrel-vault 30000000 pledged',
    ]);
    expect(
      fundings(
        fr(
          "Loriot Cloud se finance\n\nLoriot Cloud, une PME de Nancy, développe un cloud. En 2022, la Banque des Territoires a prêté 3 millions d'euros à Loriot Cloud. La Banque des Territoires va prêter 5 millions d'euros à Loriot Cloud.",
        ),
      ),
    ).toEqual([
      'banque-des-territoires -> loriot-cloud 3000000 disbursed',
      'banque-des-territoires -> loriot-cloud 5000000 pledged',
    ]);
  });
});
