import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, events, fundings, readWithRules, relations } from './testing/readings.ts';

/**
 * The sixteenth round of rules (issue #13), on invented articles in both languages: a stake taken ("entre au capital
 * pour N", "prend une participation de N", "wrote a $N cheque") pays the article's company; a revenue figure of "la
 * société", "at the company", in filed accounts or reported by an executive is the article's company's; where an
 * organisation is: "établie à", "Lille-headquartered … provider X", "X, the Cork software developer", "un cabinet de P".
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));
const frRelations = (text: string) => relations(readWithRules(text, 'fr', PUBLISHED));
const enRelations = (text: string) => relations(readWithRules(text, 'en', PUBLISHED));

const BRAVAN_FR = 'Bravan Systems ouvre un second site. Fondée en 2017 à Tours, Bravan Systems compte 45 salariés.';
const BRAVAN_EN =
  'Bravan Systems is opening a second site. Founded in Tours in 2017, Bravan Systems employs 45 people.';

describe('a stake taken with its amount', () => {
  it('pays the article\'s company, whatever the tense, and with "être" it is still the subject who pays', () => {
    expect(fr(`${BRAVAN_FR} Orsane Capital entre au capital pour 5 millions d'euros.`)).toEqual([
      'orsane-capital -> bravan-systems 5000000 invested',
    ]);
    expect(fr(`${BRAVAN_FR} Orsane Capital est entré au capital à hauteur de 5 millions d'euros.`)).toEqual([
      'orsane-capital -> bravan-systems 5000000 invested',
    ]);
    expect(
      fr(`${BRAVAN_FR} Orsane Capital est entré au capital de la société à hauteur de 5 millions d'euros.`),
    ).toEqual(['orsane-capital -> bravan-systems 5000000 invested']);
    expect(
      fr(
        `${BRAVAN_FR} Le fonds Orsane Capital, entré au capital en 2021 avec un chèque de 3 millions d'euros, détient 20 %.`,
      ),
    ).toEqual(['orsane-capital -> bravan-systems 3000000 invested']);
    expect(fr(`${BRAVAN_FR} Le groupe Verlaine a pris une participation minoritaire de 2 M€.`)).toEqual([
      'verlaine -> bravan-systems 2000000 invested',
    ]);
    expect(fr(`${BRAVAN_FR} Orsane Capital signe un chèque de 4 millions d'euros.`)).toEqual([
      'orsane-capital -> bravan-systems 4000000 invested',
    ]);
    expect(en(`${BRAVAN_EN} The round was led by Orsane Ventures, which wrote a $30 million check.`)).toEqual([
      'orsane-ventures -> bravan-systems 30000000 invested',
    ]);
    expect(en(`${BRAVAN_EN} Orsane Ventures wrote a cheque for £2m.`)).toEqual([
      'orsane-ventures -> bravan-systems 2000000 invested',
    ]);
  });

  it('names its company when the text does', () => {
    expect(fr(`${BRAVAN_FR} Orsane Capital entre au capital de Pilvane Data pour 5 millions d'euros.`)).toEqual([
      'orsane-capital -> pilvane-data 5000000 invested',
    ]);
  });

  it('is no money given when negated or hypothetical, nor a percentage, nor a value', () => {
    expect(fr(`${BRAVAN_FR} Orsane Capital n'entre pas au capital pour 5 millions d'euros.`)).toEqual([]);
    expect(fr(`${BRAVAN_FR} Orsane Capital pourrait entrer au capital pour 5 millions d'euros.`)).toEqual([]);
    expect(
      fr(`${BRAVAN_FR} Orsane Capital prend une participation de 25 % dans la société, valorisée 40 millions d'euros.`),
    ).toEqual([]);
    expect(en(`${BRAVAN_EN} Orsane Ventures did not write a $30 million check.`)).toEqual([]);
  });

  it("keeps a co-investor with its own amount out of the first payer's, and a round's lead in its round", () => {
    expect(
      fr(
        `${BRAVAN_FR} En mai, Orsane Capital est entré au capital à hauteur de 1,5 million d'euros, aux côtés de Bpifrance, qui a mis 1 million.`,
      ),
    ).toEqual(['bpifrance -> bravan-systems 1000000 invested', 'orsane-capital -> bravan-systems 1500000 invested']);
    expect(fr(`${BRAVAN_FR} Orsane Capital a investi 3 millions d'euros aux côtés de Bpifrance.`)).toEqual([
      'bpifrance+orsane-capital -> bravan-systems 3000000 invested',
    ]);
    expect(
      en(`${BRAVAN_EN} The startup raised €15 million in a round led by Orsane Ventures, which invested €9 million.`),
    ).toContain('orsane-ventures -> bravan-systems 15000000 invested');
  });
});

describe("a revenue figure told of the article's company without its name", () => {
  it('is the company\'s: "de la société", "at the company", filed accounts, an executive reporting it', () => {
    expect(fr(`${BRAVAN_FR} Le chiffre d'affaires de la société a atteint 5,6 M€ en 2025.`)).toEqual([
      '- -> bravan-systems 5600000 revenue',
    ]);
    expect(en(`${BRAVAN_EN} Revenue at the company rose to €42.3 million in 2025.`)).toEqual([
      '- -> bravan-systems 42300000 revenue',
    ]);
    expect(
      en(`${BRAVAN_EN} Accounts filed with the Companies Registration Office show that revenue rose to €4.3 million.`),
    ).toEqual(['- -> bravan-systems 4300000 revenue']);
    expect(en(`${BRAVAN_EN} Accounts filed at Companies House show turnover of £5.3m for 2025.`)).toEqual([
      '- -> bravan-systems 5300000 revenue',
    ]);
    expect(en(`${BRAVAN_EN} CEO Marta Quell said revenue reached £6.2 million in 2025.`)).toEqual([
      '- -> bravan-systems 6200000 revenue',
    ]);
  });

  it("is not the company's when another company's or a sector's", () => {
    expect(fr(`${BRAVAN_FR} Le chiffre d'affaires de la société cible a atteint 5,6 M€ en 2025.`)).toEqual([]);
    expect(en(`${BRAVAN_EN} Revenue at the company it acquired rose to €42.3 million in 2025.`)).toEqual([]);
    expect(en(`${BRAVAN_EN} Analyst Marta Quell said revenue in the sector reached £6.2 billion in 2025.`)).toEqual([]);
    expect(
      en(`${BRAVAN_EN} Marta Quell, chief executive of Pilvane Data, said revenue reached £6.2 million in 2025.`),
    ).not.toContain('- -> bravan-systems 6200000 revenue');
  });
});

describe('where an organisation is', () => {
  it('reads "établi à", a trade noun after "-based" or "-headquartered", and an apposed maker or trade', () => {
    expect(frRelations(`${BRAVAN_FR} Le fonds Orsane Capital, établi à Nantes, mène la ronde.`)).toContain(
      'orsane-capital located-in nantes',
    );
    expect(
      frRelations(
        `${BRAVAN_FR} La société a racheté Pilvane Hébergement, un fournisseur d'infrastructure établi à Lille.`,
      ),
    ).toContain('pilvane-hebergement located-in lille');
    expect(enRelations(`${BRAVAN_EN} Orsane bought Lyon-based audit boutique Pilvane Audit in March.`)).toContain(
      'pilvane-audit located-in lyon',
    );
    expect(
      enRelations(
        `${BRAVAN_EN} Orsane Capital bought a stake in Lille-headquartered managed hosting provider Pilvane Cloud.`,
      ),
    ).toContain('pilvane-cloud located-in lille');
    expect(
      enRelations(`${BRAVAN_EN} It hosts the platform of Pilvane Software, the Cork payroll software developer.`),
    ).toContain('pilvane-software located-in cork');
    expect(frRelations(`${BRAVAN_FR} Elle a racheté Pilvane Conseil, un cabinet de Grenoble.`)).toContain(
      'pilvane-conseil located-in grenoble',
    );
  });

  it('leaves a founding year, a person introduced by "developer" and a company the description opens on', () => {
    expect(
      frRelations(`${BRAVAN_FR} La société établie en 2010 a racheté Pilvane Data.`).filter(
        (r) => r.includes('located-in') && !r.startsWith('bravan'),
      ),
    ).toEqual([]);
    expect(enRelations(`${BRAVAN_EN} It hired Nantes-based developer Jean Morel.`)).not.toContain(
      'jean-morel located-in nantes',
    );
    expect(enRelations(`${BRAVAN_EN} The Lyon-based company has acquired Pilvane Audit.`)).not.toContain(
      'pilvane-audit located-in lyon',
    );
  });
});

describe("a company's noun after a sentence with no subject", () => {
  const PILVANE_FR = 'Pilvane Cloud grandit. Fondée en 2019 à Metz, Pilvane Cloud emploie 40 personnes.';
  const PILVANE_EN = 'Pilvane Cloud is growing. Founded in Metz in 2019, Pilvane Cloud employs 40 people.';

  it("takes the one organisation that sentence named when it is the article's company", () => {
    const fr = readWithRules(
      `${PILVANE_FR} Une double annonce pour Pilvane Cloud. Le fournisseur a reçu le 29 septembre la qualification SecNumCloud.`,
      'fr',
      PUBLISHED,
    );
    expect(events(fr)).toContain('certification pilvane-cloud|secnumcloud 2025-09-29');
    const en = readWithRules(
      `${PILVANE_EN} A busy week for Pilvane Cloud. The provider obtained the SecNumCloud qualification on 29 September.`,
      'en',
      PUBLISHED,
    );
    expect(events(en)).toContain('certification pilvane-cloud 2025-09-29');
  });

  it('takes no other organisation: a client named, two named, a fund', () => {
    const client = readWithRules(
      `${PILVANE_FR} Parmi ses clients figure Orsane Data. Le fournisseur a reçu le 29 septembre la qualification SecNumCloud.`,
      'fr',
      PUBLISHED,
    );
    expect(events(client)).not.toContain('certification orsane-data|secnumcloud 2025-09-29');
    const two = readWithRules(
      `${PILVANE_FR} Une double annonce pour Pilvane Cloud et Orsane Data. Le fournisseur a reçu le 29 septembre la qualification SecNumCloud.`,
      'fr',
      PUBLISHED,
    );
    expect(events(two)).not.toContain('certification orsane-data|secnumcloud 2025-09-29');
    const fund = readWithRules(
      `${BRAVAN_EN} Good news for Orsane Ventures. The fund raised €300m for its third vehicle in June.`,
      'en',
      PUBLISHED,
    );
    expect(fundings(fund)).not.toContain('- -> bravan-systems 300000000 invested');
  });
});

describe('a description of a business by its town', () => {
  it('names the town, not a company "de <town>"', () => {
    const p = readWithRules(
      `${BRAVAN_FR} La société a racheté Pilvane Informatique, une PME de Vichy.`,
      'fr',
      PUBLISHED,
    );
    expect(actors(p)).toContain('vichy place');
    expect(actors(p)).not.toContain('de-vichy company');
    expect(relations(p)).toContain('pilvane-informatique located-in vichy');
  });
});

describe("a contract's date right after its own verb", () => {
  it('dates the contract, its buyer told by a description', () => {
    const fr = readWithRules(
      `${BRAVAN_FR} Le CHU de Tours est client. L'hôpital lui a confié en janvier un marché de 480 000 euros sur trois ans.`,
      'fr',
      PUBLISHED,
    );
    expect(events(fr)).toContain('contract bravan-systems|chu-de-tours 2026-01');
  });

  it('still leaves a date of another event before the amount', () => {
    const p = readWithRules(
      `${BRAVAN_FR} Le CHU de Tours, créé en 1962, a signé un marché de 480 000 euros avec la société.`,
      'fr',
      PUBLISHED,
    );
    expect(events(p).filter((e) => e.startsWith('contract'))).not.toContainEqual(expect.stringContaining('1962'));
  });
});

describe('a negation or a condition inside a quotation', () => {
  it("is the speaker's: the attribution's title still leads", () => {
    expect(
      frRelations(
        `${BRAVAN_FR} « Sans la banque, le chantier n'aurait jamais démarré », reconnaît Erik Ferrel, président de Pilvane Data.`,
      ),
    ).toContain('erik-ferrel leads pilvane-data');
    expect(
      enRelations(
        `${BRAVAN_EN} "We would never have done it without them," said Erik Ferrel, chief executive of Pilvane Data.`,
      ),
    ).toContain('erik-ferrel leads pilvane-data');
  });

  it('is not lifted from a phrase quoted inside a clause, and a deputy is no head', () => {
    expect(
      events(
        readWithRules(`${BRAVAN_FR} Le groupe « n'exclut pas » une nouvelle acquisition en 2027.`, 'fr', PUBLISHED),
      ).filter((e) => e.startsWith('acquisition')),
    ).toEqual([]);
    const deputy = frRelations(
      `${BRAVAN_FR} « On en reparlera peut-être », sourit Nadia Caradel, directrice générale déléguée de Pilvane Data.`,
    );
    expect(deputy).toContain('nadia-caradel works-for pilvane-data');
    expect(deputy).not.toContain('nadia-caradel leads pilvane-data');
  });

  it('still negates what the quotation says', () => {
    expect(
      fr(`${BRAVAN_FR} « Nous n'avons jamais levé 5 millions d'euros », assure Erik Ferrel, son président.`),
    ).toEqual([]);
    expect(en(`${BRAVAN_EN} "We did not raise €5m," said Erik Ferrel, its chief executive.`)).toEqual([]);
  });
});
