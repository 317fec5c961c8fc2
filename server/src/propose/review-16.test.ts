import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules, relations } from './testing/readings.ts';

/**
 * Review of the sixteenth round (issue #13): look-alikes its rules read wrongly. A stake taken "aux côtés de B" has no
 * recipient B (the round's "de" is no stake's); a stake taken is active ("… et a été rejoint par B" names no payer of
 * it), tells its own amount only (not "et B pour N2", nor a later sale's price) and is promised in the future tense; a
 * stake in a company the text describes without naming it ("d'une start-up lyonnaise", "dans une PME bretonne", "dans
 * sa filiale", "de la holding familiale") is not the article's company's; a co-payer's relative clause telling its size
 * or its own fundraising ("which manages $300m") keeps it among the first payer's; a cheque's verb tells its own amount
 * only; money put "dans le réseau de chaleur" past "aux côtés de …" or "à hauteur de …" goes to no company; a revenue
 * figure "du groupe X", "at the firm's rival X", "at the group that owns the company", in X's filed accounts is not the
 * article's company's, nor a fund's when the article is a fund's, nor reported by a person "across the sector" or "at
 * X"; a person's name before "the P games developer" or "a P agency veteran", or after "P retailer", is placed nowhere,
 * nor a name before a business's possessive ("the P agency's rival"); "établi à" right after a complement's name ("Le
 * partenariat avec X, établi à P") places the noun, not the name.
 */
const PUBLISHED: FuzzyDate = { value: '2026-11-15', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));
const frRelations = (text: string) => relations(readWithRules(text, 'fr', PUBLISHED));
const enRelations = (text: string) => relations(readWithRules(text, 'en', PUBLISHED));

const CORVANE_FR = 'Corvane Data accélère. Fondée en 2019 à Dijon, la société Corvane Data emploie 40 personnes.';
const CORVANE_EN = 'Corvane Data is growing. Founded in 2019 in Dijon, Corvane Data employs 40 people.';
const toCorvane = (read: string[]) => read.filter((f) => / -> corvane-data /u.test(f));

describe('a stake taken with its amount', () => {
  it('has no recipient in its co-investor ("aux côtés de B")', () => {
    expect(
      fr(`${CORVANE_FR} Brume Partenaires a pris une participation de 2 millions d'euros, aux côtés de Nivéa Invest.`),
    ).toEqual(['brume-partenaires+nivea-invest -> corvane-data 2000000 invested']);
    expect(
      fr(
        `${CORVANE_FR} Brume Partenaires a pris une participation de 2 millions d'euros aux côtés de Nivéa Invest, qui a mis 1 million.`,
      ),
    ).toEqual(['brume-partenaires -> corvane-data 2000000 invested', 'nivea-invest -> corvane-data 1000000 invested']);
  });

  it("is not the article's company's in a company told without its name", () => {
    for (const sentence of [
      "Brume Partenaires est entré au capital d'une start-up lyonnaise à hauteur de 4 millions d'euros.",
      "Brume Partenaires prend une participation de 3 millions d'euros dans une PME bretonne.",
      "Brume Partenaires a pris une participation de 3 millions d'euros dans sa filiale.",
      "La Caisse d'Épargne Bretagne est entrée au capital de la holding familiale pour 2 millions d'euros.",
      "La Caisse d'Épargne Bretagne est entrée au capital de chacune pour 2 millions d'euros.",
    ])
      expect(toCorvane(fr(`${CORVANE_FR} ${sentence}`))).toEqual([]);
  });

  it('is active: a passive after it names no payer of its amount', () => {
    expect(
      fr(
        `${CORVANE_FR} Brume Partenaires est entré au capital pour 2 millions d'euros et a été rejoint par Nivéa Invest, qui a apporté 1 million.`,
      ),
    ).toEqual(['brume-partenaires -> corvane-data 2000000 invested', 'nivea-invest -> corvane-data 1000000 invested']);
  });

  it("tells its own amount only: a later amount is another payer's or a sale's", () => {
    expect(
      fr(`${CORVANE_FR} Brume Partenaires entre au capital pour 4 millions d'euros et Nivéa Invest pour 2 millions.`),
    ).toEqual(['brume-partenaires -> corvane-data 4000000 invested']);
    expect(
      fr(
        `${CORVANE_FR} Brume Partenaires, qui était entré au capital pour 2 millions d'euros, a revendu ses parts pour 9 millions d'euros.`,
      ),
    ).toEqual(['brume-partenaires -> corvane-data 2000000 invested']);
  });

  it('is promised, not invested, in the future tense', () => {
    expect(
      fr(`${CORVANE_FR} Le groupe Verlaine prendra une participation de 3 millions d'euros en juin 2027.`),
    ).toEqual(['verlaine -> corvane-data 3000000 pledged']);
    expect(fr(`${CORVANE_FR} Le groupe Verlaine entrera au capital pour 3 millions d'euros en juin 2027.`)).toEqual([
      'verlaine -> corvane-data 3000000 pledged',
    ]);
  });

  it('is still the company\'s when described as "la start-up", "la société"', () => {
    expect(
      fr(`${CORVANE_FR} Brume Partenaires est entré au capital de la start-up à hauteur de 4 millions d'euros.`),
    ).toEqual(['brume-partenaires -> corvane-data 4000000 invested']);
    expect(
      fr(`${CORVANE_FR} Brume Partenaires prend une participation de 3 millions d'euros dans la société.`),
    ).toEqual(['brume-partenaires -> corvane-data 3000000 invested']);
  });
});

describe('a cheque written with its amount', () => {
  it("tells its own amount only: a later one is another payer's", () => {
    expect(en(`${CORVANE_EN} Stonebridge Capital wrote a $2m check, and Pellow Ventures wrote one for $1m.`)).toEqual([
      'stonebridge-capital -> corvane-data 2000000 invested',
    ]);
  });
});

describe('a share or a co-payer after the amount ("à hauteur de", "aux côtés de")', () => {
  it('names no recipient, and the thing the money goes into after it is still no company', () => {
    for (const sentence of [
      "La Banque des Territoires a investi 2 millions d'euros aux côtés des collectivités dans le réseau de chaleur.",
      "La Banque des Territoires a investi 2 millions d'euros à hauteur de sa quote-part dans la SEM.",
    ])
      expect(toCorvane(fr(`${CORVANE_FR} ${sentence}`))).toEqual([]);
    expect(fr(`${CORVANE_FR} La Banque des Territoires a investi 2 millions d'euros aux côtés de la Région.`)).toEqual([
      'banque-des-territoires -> corvane-data 2000000 invested',
    ]);
  });
});

describe("a co-payer's relative clause", () => {
  it("keeps the co-payer among the first payer's when it tells its size or its own fundraising, no money put in", () => {
    expect(
      toCorvane(en(`${CORVANE_EN} Stonebridge Capital invested $3m alongside Pellow Ventures, which manages $300m.`)),
    ).toContain('pellow-ventures+stonebridge-capital -> corvane-data 3000000 invested');
    expect(
      fr(
        `${CORVANE_FR} Brume Capital a investi 3 millions d'euros aux côtés de Nivéa Invest, qui a levé 50 millions d'euros l'an dernier.`,
      ),
    ).toContain('brume-capital+nivea-invest -> corvane-data 3000000 invested');
  });

  it('still tells its own amount put in', () => {
    expect(en(`${CORVANE_EN} Stonebridge Capital invested $3m alongside Pellow Ventures, which put in $1m.`)).toEqual([
      'pellow-ventures -> corvane-data 1000000 invested',
      'stonebridge-capital -> corvane-data 3000000 invested',
    ]);
  });
});

describe("a revenue figure with a company's noun", () => {
  it("is not the article's company's when a name or a possessive follows the noun", () => {
    expect(toCorvane(fr(`${CORVANE_FR} Le chiffre d'affaires du groupe Sorvel atteint 90 millions d'euros.`))).toEqual(
      [],
    );
    expect(fr(`${CORVANE_FR} Le chiffre d'affaires de la société Sorvel a atteint 9 millions d'euros.`)).toEqual([
      '- -> sorvel 9000000 revenue',
    ]);
    expect(toCorvane(en(`${CORVANE_EN} Revenue at the firm's rival Pellow Labs rose to $9 million.`))).toEqual([]);
    expect(toCorvane(en(`${CORVANE_EN} Revenue at the company's parent rose to $90 million.`))).toEqual([]);
  });

  it("is not the article's company's when a noun or a restrictive relative after it tells another", () => {
    expect(toCorvane(en(`${CORVANE_EN} Revenue at the group that owns the company rose to $900 million.`))).toEqual([]);
    expect(toCorvane(en(`${CORVANE_EN} Revenue at the business unit rose to $9 million.`))).toEqual([]);
    expect(
      toCorvane(fr(`${CORVANE_FR} Le chiffre d'affaires de la start-up cliente atteint 2 millions d'euros.`)),
    ).toEqual([]);
  });

  it("is not the article's company's in another company's filed accounts", () => {
    expect(toCorvane(en(`${CORVANE_EN} Accounts filed by Pellow Labs show revenue of £5.3m.`))).toEqual([]);
    expect(
      toCorvane(
        en(`${CORVANE_EN} Accounts filed at Companies House by its parent, Pellow Labs, show revenue of £5.3m.`),
      ),
    ).toEqual([]);
    expect(
      toCorvane(en(`${CORVANE_EN} Accounts filed at Companies House show that revenue at Pellow Labs rose to £5.3m.`)),
    ).toEqual([]);
    expect(en(`${CORVANE_EN} Pellow Labs' accounts show revenue of £5.3m.`)).toEqual([
      '- -> pellow-labs 5300000 revenue',
    ]);
    expect(
      fr(
        `${CORVANE_FR} Les comptes publiés par Sorvel Énergie montrent que le chiffre d'affaires a atteint 3 millions d'euros.`,
      ),
    ).toEqual(['- -> sorvel-energie 3000000 revenue']);
  });

  it("is not the company's when a person reports a sector's figure or another company's named after it", () => {
    expect(toCorvane(en(`${CORVANE_EN} Tom Greer said revenue across the sector reached £6bn.`))).toEqual([]);
    expect(
      toCorvane(en(`${CORVANE_EN} Tom Greer said revenue reached £6m at Pellow Labs, his previous company.`)),
    ).toEqual([]);
    expect(
      en(`${CORVANE_EN} CEO Tom Greer said revenue reached £6m and that Pellow Labs, a rival, made £9m.`),
    ).toContain('- -> corvane-data 6000000 revenue');
  });

  it("is not a fund's when the article is a fund's: the company is one it backs", () => {
    const brume =
      "Brume Capital lève un nouveau fonds. Créé en 2015 à Nantes, Brume Capital gère 400 millions d'euros.";
    expect(
      fr(`${brume} Brume Capital a investi dans Sorvel Énergie. Le chiffre d'affaires de la société a atteint 5 M€.`),
    ).toEqual([]);
    const stonebridge =
      'Stonebridge Capital closes a new fund. Founded in 2015 in Cork, Stonebridge Capital manages $400m.';
    expect(en(`${stonebridge} It backed Pellow Labs in 2021. Revenue at the company rose to $9m.`)).toEqual([]);
  });

  it("is still the company's in its own accounts and at the company", () => {
    expect(en(`${CORVANE_EN} The company's accounts show revenue of £5.3m.`)).toEqual([
      '- -> corvane-data 5300000 revenue',
    ]);
    expect(en(`${CORVANE_EN} Accounts filed with Companies House show revenue of £5.3m.`)).toEqual([
      '- -> corvane-data 5300000 revenue',
    ]);
    expect(fr(`${CORVANE_FR} Le chiffre d'affaires de la start-up a atteint 9 millions d'euros.`)).toEqual([
      '- -> corvane-data 9000000 revenue',
    ]);
  });
});

describe('where an organisation is, told by its trade in apposition', () => {
  it("places no person's name, nor a name before a business's possessive", () => {
    expect(enRelations(`${CORVANE_EN} It hired Tom Greer, the Bristol games developer.`)).not.toContain(
      'tom-greer located-in bristol',
    );
    expect(enRelations(`${CORVANE_EN} It hired Pellow Labs, the Bristol agency's rival.`)).not.toContain(
      'pellow-labs located-in bristol',
    );
  });

  it('places no person described by a trade either ("a Dublin agency veteran", "Madrid retailer Ana Lopez")', () => {
    expect(enRelations(`${CORVANE_EN} It hired Tom Greer, a Dublin agency veteran.`)).not.toContain(
      'tom-greer located-in dublin',
    );
    expect(enRelations(`${CORVANE_EN} It partnered with Madrid retailer Ana Lopez.`)).not.toContain(
      'ana-lopez located-in madrid',
    );
    expect(enRelations(`${CORVANE_EN} It partnered with Madrid retailers Lopez Retail and Brume Stores.`)).toContain(
      'lopez-retail located-in madrid',
    );
  });

  it('still places a company so described', () => {
    expect(enRelations(`${CORVANE_EN} It hired Pellow Labs, the Bristol games developer.`)).toContain(
      'pellow-labs located-in bristol',
    );
    expect(enRelations(`${CORVANE_EN} It hired Pellow Labs, the Bristol agency.`)).toContain(
      'pellow-labs located-in bristol',
    );
  });
});

describe('"établi à" right after a complement\'s name', () => {
  it('places the noun the name complements (a partnership, a quote), not the name', () => {
    for (const sentence of [
      'Le partenariat avec Sorvel Énergie, établi à Lyon en 2021, a pris fin.',
      'Le devis de Sorvel Énergie, établi à Lyon, atteint 3 000 euros.',
    ])
      expect(frRelations(`${CORVANE_FR} ${sentence}`)).not.toContain('sorvel-energie located-in lyon');
  });

  it('still places a name that an apposition describes', () => {
    expect(
      frRelations(`${CORVANE_FR} La société a mis la main sur Sorvel Énergie, un hébergeur établi à Lyon.`),
    ).toContain('sorvel-energie located-in lyon');
    expect(frRelations(`${CORVANE_FR} Le fonds Brume Partenaires, établi à Nantes, mène la ronde.`)).toContain(
      'brume-partenaires located-in nantes',
    );
  });
});
