import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, events, fundings, readWithRules, relations } from './testing/readings.ts';

/**
 * The eleventh round of rules (issue #13), on invented articles in both languages: whose figures a description or a
 * pronoun tells when the article also names where its founders worked before or the fund that owns it, after a time
 * counted on or a sentence adverb, after a colon, in a relative clause set off by commas, and the figure revenue is
 * compared with after "from".
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

const NEBULON_FR = 'Nébulon Calcul s’agrandit. La start-up Nébulon Calcul fabrique des baies de calcul à Voiron.';
const NEBULON_EN = 'Nebulon Compute grows. The start-up Nebulon Compute builds compute racks in Leeds.';

describe('a company named as where the founders worked before', () => {
  it('is not what a description of the company after them stands for', () => {
    expect(
      fr(
        `${NEBULON_FR} Anne Morel et Paul Girard, deux ingénieurs passés par Capgemini, l'ont créée en 2020. La société a réalisé 4 millions d'euros de chiffre d'affaires l'an dernier.`,
      ),
    ).toEqual(['- -> nebulon-calcul 4000000 revenue']);
    expect(
      en(
        `${NEBULON_EN} Anne Morel and Paul Girard, two former Capgemini engineers, set it up in 2020. The company booked revenue of €4m last year.`,
      ),
    ).toEqual(['- -> nebulon-compute 4000000 revenue']);
  });

  it('is no article company of its own, however often it is named so', () => {
    // (the company itself is never found as a name here: only the former employer is, twice)
    expect(
      fr(
        'Nébulon ouvre une usine à Voiron. Ses deux dirigeants, passés par Capgemini, ont recruté des collègues issus de Capgemini. La société a réalisé 4 millions d’euros de chiffre d’affaires l’an dernier.',
      ),
    ).toEqual([]);
    expect(
      en(
        'Nebulon opens a plant in Leeds. Its two bosses, both former Capgemini managers, hired colleagues who were also veterans of Capgemini. The company booked revenue of €4m last year.',
      ),
    ).toEqual([]);
  });
});

describe('the fund that owns the company, introduced as a private equity firm', () => {
  it('is not what "the group" stands for in the next paragraph', () => {
    expect(
      en(
        `Nebulon Compute weighs a float. Nebulon Compute, the Leeds data-centre operator owned by private equity firm Kestrel Partners, has met banks, Kestrel Partners said.\n\nThe group reported revenue of €6m for 2025.`,
      ),
    ).toEqual(['- -> nebulon-compute 6000000 revenue']);
    expect(
      fr(
        `Nébulon Calcul prépare son entrée en Bourse. Nébulon Calcul, l'opérateur grenoblois détenu par la société de capital-investissement Kestrel Partners, a rencontré des banques, selon Kestrel Partners.\n\nLe groupe a réalisé 6 millions d'euros de chiffre d'affaires en 2025.`,
      ),
    ).toEqual(['- -> nebulon-calcul 6000000 revenue']);
  });
});

describe('a description or a pronoun after a time counted on, a sentence adverb or a colon', () => {
  it('reads "Three years later, the firm won N"', () => {
    expect(
      en(
        `${NEBULON_EN} Anne Morel set it up in 2019 with two friends. Three years later, the firm won a £2m grant from Innovate UK.`,
      ),
    ).toEqual(['innovate-uk -> nebulon-compute 2000000 pledged']);
  });

  it('reads "Financièrement, l\'entreprise se porte bien : elle a réalisé N", "Financially, the firm is sound: it made N"', () => {
    expect(
      fr(
        `${NEBULON_FR} Anne Morel l'a créée en 2019 avec deux amis. Financièrement, l'entreprise se porte bien : elle a réalisé 6 millions d'euros de chiffre d'affaires l'an dernier.`,
      ),
    ).toEqual(['- -> nebulon-calcul 6000000 revenue']);
    expect(
      en(
        `${NEBULON_EN} Anne Morel set it up in 2019 with two friends. Financially, the firm is sound: it made €6m in revenue last year.`,
      ),
    ).toEqual(['- -> nebulon-compute 6000000 revenue']);
  });

  it('reads a description and its relative clause after a colon ("…: la PME, qui a réalisé N, …")', () => {
    expect(
      fr(
        `${NEBULON_FR} Anne Morel l'a créée en 2019. Les commandes affluent : la PME, qui a réalisé 6 millions d'euros de chiffre d'affaires l'an dernier, vend à Thales.`,
      ),
    ).toEqual(['- -> nebulon-calcul 6000000 revenue']);
    expect(
      en(
        `${NEBULON_EN} Anne Morel set it up in 2019. Orders are pouring in: the firm, which booked €6m in revenue last year, now sells to Thales.`,
      ),
    ).toEqual(['- -> nebulon-compute 6000000 revenue']);
  });

  it('gives nothing to a company the first clause names only as a complement', () => {
    expect(
      fr(
        `${NEBULON_FR} Anne Morel l'a créée en 2019. Le carnet de commandes de Thales est plein : elle a réalisé 6 millions d'euros de chiffre d'affaires l'an dernier.`,
      ),
    ).not.toContain('- -> thales 6000000 revenue');
    expect(
      en(
        `${NEBULON_EN} Anne Morel set it up in 2019. The order book of Thales is full: it made €6m in revenue last year.`,
      ),
    ).not.toContain('- -> thales 6000000 revenue');
  });
});

describe('the figure revenue is compared with after "from"', () => {
  it('reads "rose to N1 last year from N2", "N1, up 50% from N2" as revenue of the earlier year', () => {
    expect(en(`${NEBULON_EN} Its sales rose to €6m last year from €4m in 2024.`)).toEqual([
      '- -> nebulon-compute 4000000 revenue',
      '- -> nebulon-compute 6000000 revenue',
    ]);
    expect(en(`${NEBULON_EN} Revenue reached €6m last year, up 50% from €4m in 2024.`)).toEqual([
      '- -> nebulon-compute 4000000 revenue',
      '- -> nebulon-compute 6000000 revenue',
    ]);
  });

  it('keeps money raised "from" an investor in a later sentence a round', () => {
    expect(en(`${NEBULON_EN} Revenue reached €6m last year. It raised €4m from Kestrel Partners in 2024.`)).toEqual([
      '- -> nebulon-compute 6000000 revenue',
      'kestrel-partners -> nebulon-compute 4000000 invested',
    ]);
  });
});

const NEBULON_STAFF_FR =
  'La start-up Nébulon Calcul fabrique des serveurs à Voiron. Nébulon Calcul emploie 40 salariés.';
const NEBULON_STAFF_EN = 'The start-up Nebulon Compute builds servers in Leeds. Nebulon Compute employs 40 people.';

describe('a grant and what it is for', () => {
  it('reads a grant "lui a versé N pour l\'achat de…": a purpose is not another recipient', () => {
    expect(
      fr(
        `${NEBULON_STAFF_FR} En 2024, la Région Bretagne lui a versé une subvention de 900 000 euros pour l'achat de ses onduleurs.`,
      ),
    ).toEqual(['region-bretagne -> nebulon-calcul 900000 disbursed']);
  });

  it('gives the company no grant paid to others named after the amount', () => {
    expect(
      fr(
        `${NEBULON_STAFF_FR} En 2024, la Région Bretagne a versé une aide de 900 000 euros aux agriculteurs du Finistère.`,
      ),
    ).toEqual([]);
  });

  it('reads a grant noun with its complement ("une aide à l\'export de N", "une subvention d\'équipement de N")', () => {
    expect(
      fr(`${NEBULON_STAFF_FR} En 2022, Bpifrance avait versé à la jeune pousse une aide à l'export de 300 000 euros.`),
    ).toEqual(['bpifrance -> nebulon-calcul 300000 disbursed']);
    expect(
      fr(
        `${NEBULON_STAFF_FR} Elle a obtenu l'an dernier une subvention d'équipement de 400 000 euros, attribuée par la Région Bretagne.`,
      ),
    ).toEqual(['region-bretagne -> nebulon-calcul 400000 pledged']);
  });
});

describe('a loan the borrower arranges with its lender', () => {
  it('reads "arranged a £N debt facility with A", "a négocié un prêt de N avec A", "a signé avec A un prêt de N"', () => {
    expect(
      en(
        `${NEBULON_STAFF_EN} Separately, the company has arranged a £120 million debt facility with Lombard Bank, to be drawn over two years.`,
      ),
    ).toEqual(['lombard-bank -> nebulon-compute 120000000 pledged']);
    expect(
      fr(`${NEBULON_STAFF_FR} Nébulon Calcul a négocié un prêt de 60 millions d'euros avec la Banque Populaire.`),
    ).toEqual(['banque-populaire -> nebulon-calcul 60000000 pledged']);
    expect(
      fr(
        `${NEBULON_STAFF_FR} Nébulon Calcul a signé avec la Banque des Territoires, filiale de la Caisse des Dépôts, un prêt de 60 millions d'euros.`,
      ),
    ).toEqual(['banque-des-territoires -> nebulon-calcul 60000000 pledged']);
  });

  it('lends from the bank when the bank signs "with" the company, and from every lender listed', () => {
    expect(
      en(`${NEBULON_STAFF_EN} The European Investment Bank signed a €30 million loan with Nebulon Compute on Monday.`),
    ).toEqual(['european-investment-bank -> nebulon-compute 30000000 pledged']);
    expect(
      en(
        `${NEBULON_STAFF_EN} The company agreed a €90 million debt facility with Lombard Bank and Osprey Capital in June.`,
      ),
    ).toEqual(['lombard-bank+osprey-capital -> nebulon-compute 90000000 pledged']);
  });

  it('reads no loan a bank arranges "for" another, nor one not signed', () => {
    expect(en(`${NEBULON_STAFF_EN} Lombard Bank arranged a £120 million loan for the company.`)).not.toContain(
      'lombard-bank -> nebulon-compute 120000000 pledged',
    );
    expect(en(`${NEBULON_STAFF_EN} Lombard Bank has not signed the €30 million loan with Nebulon Compute.`)).toEqual(
      [],
    );
  });
});

describe('a grant said paid', () => {
  it("is its recipient's funding event, as a grant awarded is", () => {
    expect(
      events(
        readWithRules(
          `${NEBULON_STAFF_FR} Nébulon Calcul a déjà reçu de l'argent public : elle avait obtenu en 2021 une subvention de 90 000 euros, versée par Bpifrance.`,
          'fr',
          PUBLISHED,
        ),
      ),
    ).toContain('funding nebulon-calcul|bpifrance 2021');
    expect(
      events(
        readWithRules(
          `${NEBULON_STAFF_EN} In 2021 it received a €90,000 grant, paid out by Innovate UK.`,
          'en',
          PUBLISHED,
        ),
      ),
    ).toContain('funding nebulon-compute|innovate-uk 2021');
  });
});

describe('a site whose owner a possessive names', () => {
  it('stands in the place named after it ("son centre de données de X", "sa nouvelle usine de X")', () => {
    const kinds = (text: string) => actors(readWithRules(text, 'fr', PUBLISHED));
    expect(
      kinds('Verveine Cloud a inauguré mercredi son centre de données de Bezannes, en présence des élus.'),
    ).toContain('bezannes place');
    expect(kinds('Le fabricant Ormeline Robotique ouvre sa nouvelle usine de Chaumontel, près de la gare.')).toContain(
      'chaumontel place',
    );
  });

  it('leaves a company whose site it is one ("le centre de données d\'Orvalis", "the data centre of Orvalis")', () => {
    expect(
      actors(
        readWithRules("Verveine Cloud loue des baies dans le centre de données d'Orvalis, à Reims.", 'fr', PUBLISHED),
      ),
    ).toContain('orvalis company');
    expect(
      actors(readWithRules('Verveine Cloud rents racks in the data centre of Orvalis, in Reims.', 'en', PUBLISHED)),
    ).toContain('orvalis company');
  });
});

describe("a round's payers said again after the verb", () => {
  const ROUND_EN =
    'The start-up Nebulon Compute builds servers in Leeds. Nebulon Compute has raised €20 million in a round led by Kestrel Partners.';
  const ROUND_FR =
    "La start-up Nébulon Calcul fabrique des serveurs à Voiron. Nébulon Calcul a levé 20 millions d'euros lors d'un tour mené par Kestrel Partners.";

  it('adds the payer after "as did", "tout comme", "comme"', () => {
    expect(en(`${ROUND_EN} Osprey Capital also took part, as did Harrier Ventures, an existing shareholder.`)).toEqual([
      'harrier-ventures+kestrel-partners+osprey-capital -> nebulon-compute 20000000 invested',
    ]);
    expect(
      en(
        `${ROUND_EN} Osprey Capital participated, as did seed investor Harrier Ventures, which backed the firm in 2023.`,
      ),
    ).toEqual(['harrier-ventures+kestrel-partners+osprey-capital -> nebulon-compute 20000000 invested']);
    expect(
      fr(
        `${ROUND_FR} Osprey Capital y participe, tout comme Harrier Ventures, actionnaire historique de l'entreprise.`,
      ),
    ).toEqual(['harrier-ventures+kestrel-partners+osprey-capital -> nebulon-calcul 20000000 invested']);
    expect(
      fr(
        `${ROUND_FR} Osprey Capital et Merlin Partners l'accompagnent, comme Harrier Ventures, actionnaire historique.`,
      ),
    ).toEqual(['harrier-ventures+kestrel-partners+merlin-partners+osprey-capital -> nebulon-calcul 20000000 invested']);
  });

  it('adds no name that "comme" only compares with', () => {
    expect(fr(`${ROUND_FR} Osprey Capital y participe, comme le prévoit son pacte avec Harrier Ventures.`)).toEqual([
      'kestrel-partners+osprey-capital -> nebulon-calcul 20000000 invested',
    ]);
  });
});

describe('amounts per payer in one sentence', () => {
  const CLOSED_EN =
    'The start-up Nebulon Compute builds servers in Leeds. Nebulon Compute has closed a €20 million Series A.';
  const CLOSED_FR =
    "La start-up Nébulon Calcul fabrique des serveurs à Voiron. Nébulon Calcul a bouclé une levée de 20 millions d'euros.";

  it('gives the payer of a clause after "while", "tandis que" its own amount only', () => {
    expect(
      en(
        `${CLOSED_EN} New investor Kestrel Partners put in €12m, while existing shareholder Osprey Capital contributed €8m.`,
      ),
    ).toEqual([
      // (the shares add up to the round, which is then no record of its own)
      'kestrel-partners -> nebulon-compute 12000000 invested',
      'osprey-capital -> nebulon-compute 8000000 invested',
    ]);
  });

  it('reads "suit avec N", "remet N au pot", in the round\'s currency when the amount names none', () => {
    expect(
      fr(
        `${CLOSED_FR} Osprey Capital suit avec 8 millions, tandis que Merlin Partners, actionnaire historique, remet 1,5 million au pot.`,
      ),
    ).toEqual([
      'merlin-partners -> nebulon-calcul 1500000 invested',
      // (each share's payer is one of the round's: round-14)
      'merlin-partners+osprey-capital -> nebulon-calcul 20000000 invested',
      'osprey-capital -> nebulon-calcul 8000000 invested',
    ]);
    const currencies = readWithRules(
      `${CLOSED_FR} Le fonds Osprey Capital ajoute 15 millions, tandis que Merlin Partners remet 5 millions sur la table.`,
      'fr',
      PUBLISHED,
    ).fundings.map((f) => `${f.from ?? '-'} ${f.amount} ${f.currency}`);
    expect(currencies).toContain('merlin-partners 5000000 EUR');
    expect(currencies).toContain('osprey-capital 15000000 EUR');
  });

  it('reads no money in "remet" before anything but an amount ("remet son rapport")', () => {
    expect(fr(`${CLOSED_FR} Merlin Partners remet son rapport aux 12 associés.`)).toEqual([
      '- -> nebulon-calcul 20000000 invested',
    ]);
  });
});

describe("the article's company told by a business noun as the one paid", () => {
  it('receives "a attribué à l\'entreprise un contrat de N", "avait versé N à l\'entreprise"', () => {
    expect(
      fr(
        `${NEBULON_STAFF_FR} En septembre, la Métropole de Lyon a attribué à l'entreprise un contrat de 780 000 euros sur trois ans.`,
      ),
    ).toEqual(['metropole-de-lyon -> nebulon-calcul 780000 pledged']);
    expect(fr(`${NEBULON_STAFF_FR} La Région Sud avait versé 4 millions d'euros à l'entreprise en 2021.`)).toEqual([
      'region-sud -> nebulon-calcul 4000000 disbursed',
    ]);
  });

  it('is not told by a business noun that another name follows ("à l\'entreprise Orvalis")', () => {
    expect(
      fr(
        `${NEBULON_STAFF_FR} En septembre, la Métropole de Lyon a attribué à l'entreprise Orvalis un contrat de 780 000 euros.`,
      ),
    ).toEqual(['metropole-de-lyon -> orvalis 780000 pledged']);
  });
});

describe('names the discovery cut', () => {
  it('keeps "St." and "Mt." in a name, and the sentence whole', () => {
    const read = readWithRules(
      'The round was led by Baker Peak Capital, with St. Helens Ventures and Mt. Rainier Partners joining.',
      'en',
      PUBLISHED,
    );
    expect(actors(read)).toEqual(expect.arrayContaining(['st-helens-ventures company', 'mt-rainier-partners company']));
    expect(actors(read).some((a) => a.startsWith('helens-ventures'))).toBe(false);
  });

  it('keeps "European" in the name of a fund ("the European Investment Fund")', () => {
    const ids = actors(
      readWithRules('Caisse des Dépôts committed €60m and the European Defence Fund €45m.', 'en', PUBLISHED),
    );
    expect(ids.some((a) => a.startsWith('european-defence-fund '))).toBe(true);
    expect(ids.some((a) => a.startsWith('defence-fund '))).toBe(false);
  });
});

describe('a short form beside its company and a product "called" after it', () => {
  it('names the company, the product "called X Map" being an offer', () => {
    const kinds = actors(
      readWithRules(
        'Orvalis raises €8m\n\nOrvalis Security, founded in 2021, sells a service called Orvalis Map to banks. Orvalis employs 38 people.',
        'en',
        PUBLISHED,
      ),
    );
    expect(kinds).toContain('orvalis-map offer');
    expect(kinds).toContain('orvalis-security company');
    expect(kinds).not.toContain('orvalis company');
    const fr1 = actors(
      readWithRules(
        "Orvalis lève 8 millions d'euros\n\nOrvalis Sécurité, fondée en 2021, vend une plateforme baptisée Orvalis Carte aux banques. Orvalis emploie 38 salariés.",
        'fr',
        PUBLISHED,
      ),
    );
    expect(fr1).toContain('orvalis-carte offer');
    expect(fr1).not.toContain('orvalis company');
  });
});

describe("a run ending on a company's word", () => {
  it('holds no person inside it ("Eyja Green Hosting", "Kalda Rose Capital")', () => {
    const ids = actors(
      readWithRules(
        'Brussels approved the purchase of a stake in Eyja Green Hosting, and Kalda Rose Capital sold its shares.',
        'en',
        PUBLISHED,
      ),
    );
    expect(ids).toEqual(expect.arrayContaining(['eyja-green-hosting company', 'kalda-rose-capital company']));
    expect(ids.some((a) => a.startsWith('green-hosting') || a.startsWith('rose-capital'))).toBe(false);
  });

  it('still parts a person from the company before it ("Nimbus Labs Maria Gonzalez")', () => {
    const ids = actors(readWithRules('At the launch, Orvalis Maria Gonzalez spoke first.', 'en', PUBLISHED));
    expect(ids).toContain('maria-gonzalez person');
  });
});

describe("a contract's value told in the next sentence past an apposition", () => {
  it('reads "Le marché, d\'une durée de quatre ans, s\'élève à N", "The contract, which runs for five years, is worth N"', () => {
    expect(
      fr(
        `${NEBULON_STAFF_FR} En mars, la Métropole de Lyon a retenu Nébulon Calcul pour héberger ses applications. Le marché, d'une durée de quatre ans, s'élève à 2,4 millions d'euros.`,
      ),
    ).toEqual(['metropole-de-lyon -> nebulon-calcul 2400000 pledged']);
    expect(
      en(
        `${NEBULON_STAFF_EN} In March, Leeds City Council picked Nebulon Compute to host its records. The contract, which runs for five years, is worth £2.4m.`,
      ),
    ).toEqual(['leeds-city-council -> nebulon-compute 2400000 pledged']);
  });

  it('reads no contract from a market described so ("Le marché, en forte croissance, s\'élève à N")', () => {
    expect(
      fr(
        `${NEBULON_STAFF_FR} En mars, la Métropole de Lyon a retenu Nébulon Calcul pour héberger ses applications. Le marché, en forte croissance, s'élève à 2 milliards d'euros.`,
      ),
    ).toEqual([]);
  });
});

describe("a lender that agrees, provides or opens a loan to the article's company", () => {
  it('lends "has agreed a €N debt facility", "is providing a €N unitranche facility", "lui a ouvert un prêt de N"', () => {
    expect(
      en(
        `${NEBULON_STAFF_EN} Separately, Lombard Bank has agreed a €5m debt facility, to be drawn down over two years.`,
      ),
    ).toEqual(['lombard-bank -> nebulon-compute 5000000 pledged']);
    expect(
      en(
        `${NEBULON_STAFF_EN} Osprey Credit Partners is providing a €250m unitranche facility, to be drawn over three years.`,
      ),
    ).toEqual(['osprey-credit-partners -> nebulon-compute 250000000 pledged']);
    expect(
      fr(
        `${NEBULON_STAFF_FR} La Caisse des Dépôts lui a ensuite ouvert, l'an dernier, un prêt de 25 millions d'euros.`,
      ),
    ).toEqual(['caisse-des-depots -> nebulon-calcul 25000000 pledged']);
  });

  it('reads nothing agreed or opened that is no loan ("agreed a €5m settlement", "a ouvert un bureau de 2 millions")', () => {
    expect(en(`${NEBULON_STAFF_EN} Lombard Bank agreed a €5m settlement with the regulator.`)).toEqual([]);
    expect(fr(`${NEBULON_STAFF_FR} Nébulon Calcul a ouvert à Lyon un bureau de 2 millions d'euros.`)).toEqual([]);
  });
});

describe("a round's payers told by French verbs of following and leading", () => {
  const RAISED_FR =
    "La start-up Nébulon Calcul fabrique des serveurs à Voiron. Nébulon Calcul a levé 20 millions d'euros.";
  it('reads "en prend la tête", "l\'ont suivi" after a semicolon, "suit, tout comme", "complètent la table"', () => {
    expect(fr(`${RAISED_FR} Kestrel Partners, un fonds parisien, en prend la tête.`)).toEqual([
      'kestrel-partners -> nebulon-calcul 20000000 invested',
    ]);
    expect(
      fr(`${RAISED_FR} Le tour de table est mené par Kestrel Partners ; Bpifrance et Merlin Capital l'ont suivi.`),
    ).toEqual(['bpifrance+kestrel-partners+merlin-capital -> nebulon-calcul 20000000 invested']);
    expect(fr(`${RAISED_FR} Bpifrance suit, tout comme Osprey Ventures, déjà présent au capital.`)).toEqual([
      'bpifrance+osprey-ventures -> nebulon-calcul 20000000 invested',
    ]);
    expect(fr(`${RAISED_FR} Bpifrance et Kestrel Partners, déjà présent au capital, complètent la table.`)).toEqual([
      'bpifrance+kestrel-partners -> nebulon-calcul 20000000 invested',
    ]);
  });

  it('reads no payer in a gathering others followed, nor in "suit" with an object', () => {
    expect(
      fr(
        `${RAISED_FR} La semaine dernière, l'entreprise a organisé un salon ; Kestrel Partners et Merlin Capital ont suivi.`,
      ),
    ).toEqual(['- -> nebulon-calcul 20000000 invested']);
    expect(fr(`${RAISED_FR} Bpifrance suit le dossier depuis 2022, comme Osprey Ventures.`)).toEqual([
      '- -> nebulon-calcul 20000000 invested',
    ]);
  });
});

describe("a round's payers told by English verbs of leading and following", () => {
  const RAISED_EN = 'The start-up Nebulon Compute builds servers in Leeds. Nebulon Compute has raised €20 million.';
  it('reads "A led, with B and C following", "A took the lead; B and C also came in", "B followed, as did C"', () => {
    expect(en(`${RAISED_EN} Kestrel Partners led, with Osprey Ventures and Merlin Capital following.`)).toEqual([
      'kestrel-partners+merlin-capital+osprey-ventures -> nebulon-compute 20000000 invested',
    ]);
    expect(en(`${RAISED_EN} Kestrel Partners took the lead; Osprey Ventures and Merlin Capital also came in.`)).toEqual(
      ['kestrel-partners+merlin-capital+osprey-ventures -> nebulon-compute 20000000 invested'],
    );
    expect(en(`${RAISED_EN} Osprey Ventures followed, as did Merlin Capital.`)).toEqual([
      'merlin-capital+osprey-ventures -> nebulon-compute 20000000 invested',
    ]);
  });

  it('reads no payer in a gathering others followed', () => {
    expect(en(`${RAISED_EN} Last week the firm hosted a fair; Osprey Ventures and Merlin Capital followed.`)).toEqual([
      '- -> nebulon-compute 20000000 invested',
    ]);
  });
});

describe('a customer told by an apposition of its standing', () => {
  it('reads "X, a customer since 2022", "X, its client for five years"', () => {
    const rel = (text: string) => relations(readWithRules(`${NEBULON_STAFF_EN} ${text}`, 'en', PUBLISHED));
    expect(rel('The insurer Orvalis Mutual, a customer since 2022, hosts its records there.')).toContain(
      'orvalis-mutual customer-of nebulon-compute',
    );
    expect(rel('The insurer Orvalis Mutual, its client for five years, renewed the deal.')).toContain(
      'orvalis-mutual customer-of nebulon-compute',
    );
  });

  it('reads no customer in "X, a partner for five years"', () => {
    const rel = (text: string) => relations(readWithRules(`${NEBULON_STAFF_EN} ${text}`, 'en', PUBLISHED));
    expect(rel('The insurer Orvalis Mutual, a partner for five years, renewed the deal.')).not.toContain(
      'orvalis-mutual customer-of nebulon-compute',
    );
  });
});

describe('an acquisition told by an agreement', () => {
  it('dates "has signed an agreement to acquire X, … on 12 October"', () => {
    expect(
      events(
        readWithRules(
          'Nebulon Compute buys Orvalis Data.\n\nNebulon Compute has signed an agreement to acquire a 70% stake in Orvalis Data, according to a statement released on 12 October.',
          'en',
          { value: '2026-11-18', precision: 'day' },
        ),
      ),
    ).toContain('acquisition nebulon-compute|orvalis-data 2026-10-12');
  });
});
