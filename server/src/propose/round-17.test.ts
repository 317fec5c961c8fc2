import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules, relations } from './testing/readings.ts';

/**
 * The seventeenth round of rules (issue #13), on invented articles in both languages. Blockers removed: a name told
 * once by one word takes part in the rules when an apposition's business noun ("X, an Amsterdam insurer") or its role
 * as a lender, granter or investor ("obtenu de X un crédit", "a grant from X", "X awarded…") says it is an
 * organisation; "the Leeds software firm" places the company it stands for; an amount's recipient is never the
 * subject of the next coordinated clause ("N en capital, et B accorde…").
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));
const frRelations = (text: string) => relations(readWithRules(text, 'fr', PUBLISHED));
const enRelations = (text: string) => relations(readWithRules(text, 'en', PUBLISHED));

// No place told for the company: what a test's sentence places is the only place.
const TALVERN_FR = 'Talvern Systèmes ouvre un second site. La société Talvern Systèmes compte 45 salariés.';
const TALVERN_EN = 'Talvern Systems is opening a second site. The company Talvern Systems employs 45 people.';

describe('a lender, granter or investor named once by one word', () => {
  it('pays the amount it lends, grants or puts in', () => {
    expect(
      fr(`${TALVERN_FR} Pour cela, la société a aussi obtenu de Mervalis un crédit de 5 millions d'euros.`),
    ).toEqual(['mervalis -> talvern-systemes 5000000 pledged']);
    expect(
      fr(`${TALVERN_FR} L'entreprise a aussi reçu en 2025 une aide de 800 000 euros de Quivenor pour son outil.`),
    ).toEqual(['quivenor -> talvern-systemes 800000 disbursed']);
    expect(en(`${TALVERN_EN} Earlier this year the firm also won a €1.3 million contract from Dravik.`)).toEqual([
      'dravik -> talvern-systems 1300000 pledged',
    ]);
    expect(en(`${TALVERN_EN} The expansion is backed by a £2m loan from Ostrova.`)).toEqual([
      'ostrova -> talvern-systems 2000000 pledged',
    ]);
  });

  it('is a person when named like one, and no payer when the name only follows an amount of something else', () => {
    expect(
      fr(`${TALVERN_FR} Le fondateur a obtenu de Marc Dervalle un prêt de 200 000 euros.`).map((f) => f.split(' ')[0]),
    ).not.toContain('talvern-systemes');
    // (a price per unit is no money paid: "50 euros de Quivenor" is not read as a funding)
    expect(fr(`${TALVERN_FR} L'abonnement coûte 50 euros par mois.`)).toEqual([]);
  });
});

describe('an apposition naming a business', () => {
  it('places a one-word name told once: "X, an Amsterdam insurer"', () => {
    expect(
      enRelations(`${TALVERN_EN} The first paying customer is Sternvik, an Amsterdam insurer that moved its models.`),
    ).toContain('sternvik located-in amsterdam');
  });

  it('is no business after a preposition: "X, a cloud analyst at consultancy Y" is a person of Y', () => {
    expect(
      enRelations(`${TALVERN_EN} "It works," said Rémi Colvane, a cloud analyst at consultancy Brask Advisory.`),
    ).toContain('remi-colvane works-for brask-advisory');
  });
});

describe('a description with a place before its noun', () => {
  it('places the company it stands for', () => {
    expect(enRelations(`${TALVERN_EN} The Leeds software firm gets a Ghent data centre.`)).toContain(
      'talvern-systems located-in leeds',
    );
    expect(enRelations(`${TALVERN_EN} The Leeds company has hired 12 engineers.`)).toContain(
      'talvern-systems located-in leeds',
    );
  });

  it('places nothing when the place is no modifier of the noun', () => {
    expect(enRelations(`${TALVERN_EN} The London office of the company has hired 12 engineers.`)).not.toContain(
      'talvern-systems located-in london',
    );
  });
});

describe('a name after a coordinated clause', () => {
  it("is the next clause's subject, not the recipient of the amount before it", () => {
    expect(
      fr(
        `${TALVERN_FR} Orsane Capital injecte 3 millions d'euros en capital, et BNP Paribas accorde un crédit de 5 millions d'euros.`,
      ),
    ).not.toContain('orsane-capital -> bnp-paribas 3000000 invested');
    expect(en(`${TALVERN_EN} Orsane Ventures invested €3m in equity, and BNP Paribas provided a €5m loan.`)).toEqual([
      'bnp-paribas -> talvern-systems 5000000 pledged',
      'orsane-ventures -> talvern-systems 3000000 invested',
    ]);
  });
});

describe('a round led or joined with nobody named for it', () => {
  it("is the article's company's", () => {
    expect(en(`${TALVERN_EN} Gozo Capital led the $10 million seed round in 2024.`)).toEqual([
      'gozo-capital -> talvern-systems 10000000 invested',
    ]);
    expect(en(`${TALVERN_EN} Gozo Capital led the company's $10 million seed round in 2024.`)).toEqual([
      'gozo-capital -> talvern-systems 10000000 invested',
    ]);
    expect(fr(`${TALVERN_FR} Gozo Capital a mené son tour de table de 10 millions d'euros en 2024.`)).toEqual([
      'gozo-capital -> talvern-systemes 10000000 invested',
    ]);
    expect(fr(`${TALVERN_FR} Gozo Capital a mené le tour de table de 10 millions d'euros.`)).toEqual([
      'gozo-capital -> talvern-systemes 10000000 invested',
    ]);
    expect(
      en(`${TALVERN_EN} In 2024, Surtr Capital invested €10 million in a round that also included angels.`),
    ).toEqual(['surtr-capital -> talvern-systems 10000000 invested']);
    expect(fr(`${TALVERN_FR} En 2024, Surtr Capital a investi 10 millions d'euros dans ce tour de table.`)).toEqual([
      'surtr-capital -> talvern-systemes 10000000 invested',
    ]);
  });

  it('goes to the company named for it, and is nothing when negated or put into a thing', () => {
    expect(en(`${TALVERN_EN} Gozo Capital led the $10 million round of its rival Pilvane Data.`)).toEqual([
      'gozo-capital -> pilvane-data 10000000 invested',
    ]);
    expect(en(`${TALVERN_EN} Gozo Capital did not lead the company's $10 million seed round.`)).toEqual([]);
    expect(en(`${TALVERN_EN} Surtr Capital invested €10 million in a new laboratory.`)).toEqual([]);
    expect(fr(`${TALVERN_FR} Surtr Capital a investi 10 millions d'euros dans la recherche quantique.`)).toEqual([]);
  });
});

describe('where a person worked before, told without a title', () => {
  it('is work for the employer named, past a title in apposition or inside a list of founders', () => {
    const enWorks = (text: string) => enRelations(`${TALVERN_EN} ${text}`).filter((r) => r.includes(' works-for '));
    expect(
      frRelations(
        `${TALVERN_FR} Fondée en 2023 par Mathieu Serval, ancien de Kestrane, et Inès Garnot, passée par Qorvane, Talvern Systèmes prévoit une première tranche.`,
      ),
    ).toEqual(expect.arrayContaining(['mathieu-serval works-for kestrane', 'ines-garnot works-for qorvane']));
    expect(
      enWorks('The company was set up in 2022 by Chiara Setti, who previously worked for Lorvano in Rome.'),
    ).toEqual(['chiara-setti works-for lorvano']);
    expect(
      enWorks(
        'It was founded by Amaury Sadal, who runs it, and Priya Nashel, its chief technology officer, formerly of Brevane Networks.',
      ),
    ).toContain('priya-nashel works-for brevane-networks');
    expect(
      enWorks(
        'It was founded by Nadia Ferrant, now CEO, and Tomás Ribot, its CTO, who previously spent eight years at Brevane Networks.',
      ),
    ).toContain('tomas-ribot works-for brevane-networks');
    expect(enWorks('It was founded by Ilse Verbrug, previously a security architect at Brevane Networks.')).toContain(
      'ilse-verbrug works-for brevane-networks',
    );
  });

  it('is work for an employer named before a staff noun, by the staff before or after it', () => {
    const enWorks = (text: string) => enRelations(`${TALVERN_EN} ${text}`).filter((r) => r.includes(' works-for '));
    expect(
      enWorks('The startup was founded by Yanis Amber and Clara Stilt, two former Brevane Networks storage engineers.'),
    ).toEqual(['clara-stilt works-for brevane-networks', 'yanis-amber works-for brevane-networks']);
    expect(enWorks('It was founded in 2016 by the former Krell engineers Priya Yarrow and Tom Burel.')).toEqual([
      'priya-yarrow works-for krell',
      'tom-burel works-for krell',
    ]);
    expect(
      enRelations(
        `${TALVERN_EN} Talvern Systems, the company she cofounded in 2020 with former Norvik engineer Lars Mykle, grew.`,
      ),
    ).toEqual(expect.arrayContaining(['lars-mykle works-for norvik']));
    expect(
      enRelations(
        `${TALVERN_EN} Talvern Systems, the company she cofounded in 2020 with former Norvik engineer Lars Mykle, grew.`,
      ),
    ).not.toContain('talvern-systems founded norvik');
  });

  it('is no work for a client, a seller or staff with nobody named', () => {
    const enWorks = (text: string) => enRelations(`${TALVERN_EN} ${text}`).filter((r) => r.includes(' works-for '));
    expect(enWorks('Tom Oakley, its CTO, said Brevane Networks was previously a client.')).not.toContain(
      'tom-oakley works-for brevane-networks',
    );
    expect(
      enWorks('Maya Lindvik, the chief executive, who once sold software to Brevane Networks, said so.'),
    ).not.toContain('maya-lindvik works-for brevane-networks');
    expect(enWorks('Talvern Systems hired three Krell engineers last year.')).toEqual([]);
  });
});

describe('founders', () => {
  const founded = (rels: string[]) => rels.filter((r) => r.includes(' founded '));
  it('"who founded the company with B": the relative\'s antecedent and B founded the article\'s company', () => {
    expect(
      founded(
        enRelations(
          `${TALVERN_EN} "We have not paid," said Olivier Chantz, its chief executive, who founded the company in 2009 with his brother Remi Chantz.`,
        ),
      ),
    ).toEqual(['olivier-chantz founded talvern-systems', 'remi-chantz founded talvern-systems']);
    expect(
      founded(
        frRelations(
          `${TALVERN_FR} « Nous tenons », affirme Camille Portal, présidente de Talvern Systèmes, qui a cofondé la société avec Hugo Mortier.`,
        ),
      ),
    ).toEqual(['camille-portal founded talvern-systemes', 'hugo-mortier founded talvern-systemes']);
    expect(
      founded(
        enRelations(`${TALVERN_EN} Marie Dupont co-founded Pilvane Data in 2019 with former colleague Paul Durel.`),
      ),
    ).toEqual(['marie-dupont founded pilvane-data', 'paul-durel founded pilvane-data']);
  });

  it('a title before each founder of a list, or a former role, keeps them all founders', () => {
    expect(
      founded(
        enRelations(
          `${TALVERN_EN} Talvern Systems was founded in 2022 by Chief Executive Théo Moquin and Chief Technology Officer Lina Feuillet.`,
        ),
      ),
    ).toEqual(['lina-feuillet founded talvern-systems', 'theo-moquin founded talvern-systems']);
    expect(
      founded(
        enRelations(
          `${TALVERN_EN} Founded in 2023 by CEO Amara Sauge and CTO Luc Verdier, Talvern Systems rents GPUs by the hour.`,
        ),
      ),
    ).toEqual(['amara-sauge founded talvern-systems', 'luc-verdier founded talvern-systems']);
    expect(
      founded(
        enRelations(
          `${TALVERN_EN} Talvern Systems, founded in 2019 by former penetration testers Inès Cormont and Julien Pêchard, runs a platform.`,
        ),
      ),
    ).toEqual(['ines-cormont founded talvern-systems', 'julien-pechard founded talvern-systems']);
  });

  it('is not who joins, acquires or leads it later, nor a company named in a relative clause', () => {
    expect(
      founded(
        enRelations(`${TALVERN_EN} Talvern Systems was founded in 2022 by Théo Moquin and acquired by Lina Feuillet.`),
      ),
    ).toEqual(['theo-moquin founded talvern-systems']);
    expect(
      founded(enRelations(`${TALVERN_EN} Paul Marsden, who founded the company that supplies Talvern Systems, spoke.`)),
    ).toEqual([]);
    expect(
      founded(enRelations(`${TALVERN_EN} Marie Dupont co-founded Pilvane Data, and then worked with Paul Durel.`)),
    ).toEqual(['marie-dupont founded pilvane-data']);
  });
});

describe('a title before an organisation', () => {
  it('"PDG du groupe X", "présidente de l\'association X": X is the organisation the person leads', () => {
    expect(
      frRelations(`${TALVERN_FR} « Nous doublons notre capacité », se félicite Anne Aubel, PDG du groupe Varonne.`),
    ).toContain('anne-aubel leads varonne');
    expect(
      frRelations(`${TALVERN_FR} Anne-Sophie Entrave, présidente de l'association Libre Portance, dénonce le marché.`),
    ).toContain('anne-sophie-entrave leads libre-portance');
    // (a name shaped like a person's after "du groupe" stays a person)
    expect(frRelations(`${TALVERN_FR} Le président du groupe Jean Martin a parlé.`)).not.toContain(
      'jean-martin leads talvern-systemes',
    );
  });

  it('a bare director of a public body or an association heads it; of a company, works for it', () => {
    expect(
      frRelations(
        `${TALVERN_FR} Le directeur du centre hospitalier de Saint-Pivert, Gilles Banel, ne tarit pas d'éloges.`,
      ),
    ).toContain('gilles-banel leads centre-hospitalier-de-saint-pivert');
    expect(
      enRelations(
        `${TALVERN_EN} Maya Clovel, director of the campaign group Digital Commons Alliance, said it was wrong.`,
      ),
    ).toContain('maya-clovel leads digital-commons-alliance');
    expect(enRelations(`${TALVERN_EN} Paul Marsden, director of Pilvane Data, said so.`)).toContain(
      'paul-marsden works-for pilvane-data',
    );
  });
});

describe('customers', () => {
  it('"X\'s best-known customer is Y", "A has hired cybersecurity firm X"', () => {
    expect(
      enRelations(`${TALVERN_EN} Talvern Systems' best-known customer is Naval Works, which has hosted designs there.`),
    ).toContain('naval-works customer-of talvern-systems');
    expect(enRelations(`${TALVERN_EN} Its single biggest customer is the Ministry of Defence.`)).toContain(
      'ministry-of-defence customer-of talvern-systems',
    );
    expect(
      enRelations(`${TALVERN_EN} Besant Health has hired cybersecurity firm Talvern Systems to restore its systems.`),
    ).toContain('besant-health customer-of talvern-systems');
  });

  it('is not a rival, and hiring a person is no custom', () => {
    expect(enRelations(`${TALVERN_EN} Talvern Systems' biggest rival is Pilvane Labs.`)).not.toContain(
      'pilvane-labs customer-of talvern-systems',
    );
    expect(
      enRelations(`${TALVERN_EN} In July, the company hired Sophie Martell, previously at Pilvane Labs, as its CFO.`),
    ).toContain('sophie-martell works-for talvern-systems');
    expect(
      enRelations(
        `${TALVERN_EN} In July, the company hired Sophie Martell, previously at Pilvane Labs, as its CFO.`,
      ).filter((r) => r.includes('customer-of')),
    ).toEqual([]);
  });
});

describe('one company under its full name, its legal form and its short form', () => {
  const ids = (text: string, language: 'fr' | 'en') => readWithRules(text, language, PUBLISHED).actors.map((a) => a.id);
  it('drops a European legal form ("SpA", "Oy", "AB") and keeps the short form an alias', () => {
    const fr = ids(
      "Brioche Cloud SpA signe un prêt\n\nBrioche Cloud SpA, un fournisseur génois, a signé un prêt de 30 millions d'euros. Brioche Cloud emploie 80 personnes. Brioche paiera 3,4 millions d'euros.",
      'fr',
    );
    expect(fr).toContain('brioche-cloud');
    expect(fr).not.toContain('brioche-cloud-spa');
    expect(fr).not.toContain('brioche');
  });

  it('takes a short form for the one company its full names stand for', () => {
    const en = ids(
      'Nessa Digital raises £6m for Highland data hall\n\nNessa Digital Infrastructure, the Inverness data centre operator, has raised £6m from Loch Capital. Nessa Digital said the money will fund a second hall. Nessa expects revenue of £3m this year.',
      'en',
    );
    expect(en).toContain('nessa-digital-infrastructure');
    expect(en).not.toContain('nessa');
  });
});
