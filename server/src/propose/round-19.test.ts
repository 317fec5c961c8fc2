import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, fundingLine, readWithRules, relations } from './testing/readings.ts';

/**
 * The nineteenth round of rules (issue #13), on invented articles in English. Blockers removed: money in the world's
 * currencies ("Rs 220 crore", "R180m", "Dh55 million", a plain "$" in an Australian paper); "the government" of an
 * English text that never names France taken for the French State; names split at "and" although the acronym after
 * them spells both sides; a field's word inside a public body's name ("Information Technology Agency") read as a
 * company's; the world's business cities and countries unknown as places.
 */
const PUBLISHED: FuzzyDate = { value: '2025-06-01', precision: 'day' };
const read = (text: string) => readWithRules(text, 'en', PUBLISHED);
/** Fundings with their currency: "payer -> recipient amount currency kind". */
const withCurrency = (text: string) => read(text).fundings.map(fundingLine).sort();

describe('money in the currencies of the world’s press', () => {
  it('reads rupees in crore, rand and dirhams with their payers', () => {
    expect(
      withCurrency(
        'Gaddi Networks raises funds\nBengaluru-based Gaddi Networks has raised Rs 220 crore in a round led by Mudhol Partners. The State Bank of India lent it Rs 50 crore in March.',
      ),
    ).toEqual([
      'mudhol-partners -> gaddi-networks 2200000000 INR invested',
      'state-bank-of-india -> gaddi-networks 500000000 INR disbursed',
    ]);
    expect(
      withCurrency('Cullet Data grows\nIn May, the Western Cape Government paid Cullet Data a R25-million grant.'),
    ).toEqual(['western-cape-government -> cullet-data 25000000 ZAR disbursed']);
  });

  it('gives a plain "$" the dollar of the country the article is about', () => {
    expect(
      withCurrency(
        'Sculler raises $40 million\nSydney cloud start-up Sculler has raised $40 million in a round led by Melbourne venture firm Rowlock Ventures.',
      ),
    ).toEqual(['rowlock-ventures -> sculler 40000000 AUD invested']);
    expect(
      withCurrency('Sculler raises $40 million\nCloud start-up Sculler has raised $40 million from Rowlock Ventures.'),
    ).toEqual(['rowlock-ventures -> sculler 40000000 USD invested']);
  });
});

// (the government of an English text that never names France is no longer the French State: no rule reads a payer
// from a bare "the government" yet, so the Western Cape's grant above guards it)
describe('a government or a state in an English article', () => {
  it('opens a name when a capitalised word follows it, and ends one after a capitalised word', () => {
    const p = read(
      'Gaffer Cloud wins\nThe State Information Technology Agency has awarded Gaffer Cloud a contract worth R180-million. The Western Cape Government is a customer of Gaffer Cloud.',
    );
    expect(actors(p)).toEqual(
      expect.arrayContaining([
        'state-information-technology-agency public-body',
        'western-cape-government public-body',
      ]),
    );
  });
});

describe('a name split at "and"', () => {
  it('is one when the acronym in parentheses after it spells both sides', () => {
    const p = read(
      'Traverse grows\nAmong its customers is Dubai Electricity and Water Authority (Dewa). In March, the Ministry of Electronics and Information Technology (MeitY) awarded Traverse Data a contract.',
    );
    expect(actors(p)).toEqual(
      expect.arrayContaining([
        'dubai-electricity-and-water-authority public-body',
        'ministry-of-electronics-and-information-technology public-body',
      ]),
    );
    expect(actors(p).map((a) => a.split(' ')[0])).not.toContain('water-authority');
  });

  it('stays two names when the parentheses hold a title or spell one side', () => {
    const p = read(
      'Spreewald raises funds\nFounded in 2021 by Johanna Breitkreuz (CEO) and Emil Ostrowski (CTO), Spreewald Systems runs on several clouds. Kelvo Data and Nimbus Analytics (NA) signed a partnership.',
    );
    expect(actors(p)).toEqual(expect.arrayContaining(['emil-ostrowski person', 'kelvo-data company']));
  });
});

describe('the world’s business cities', () => {
  it('are places', () => {
    const p = read(
      'Macrame expands\nMacrame Security, a Nairobi start-up, opened an office in Cape Town and another in Lagos in March.',
    );
    expect(actors(p)).toEqual(expect.arrayContaining(['nairobi place', 'cape-town place', 'lagos place']));
    expect(relations(p)).toContain('macrame-security located-in nairobi');
  });
});

const frFundings = (text: string) =>
  readWithRules(text, 'fr', PUBLISHED)
    .fundings.map((f) => `${f.from ?? f.funders?.join('+') ?? '-'} -> ${f.to} ${f.amount} ${f.kind}`)
    .sort();
const MERIDEN_FR = 'Meriden Calcul accélère. La société Meriden Calcul compte 45 salariés.';
const MERIDEN_EN = 'Meriden Compute is growing fast. The company Meriden Compute employs 45 people.';

describe('a payer named between the amount and its noun', () => {
  it('pays: "a £450,000 Innovate UK grant"', () => {
    expect(withCurrency(`${MERIDEN_EN} It received a £450,000 Innovate UK grant last year, now paid in full.`)).toEqual(
      ['innovate-uk -> meriden-compute 450000 GBP disbursed'],
    );
  });

  it('is no union or country whose initials describe the money', () => {
    expect(withCurrency(`${MERIDEN_EN} It received a €2m EU grant last year.`)).toEqual([
      '- -> meriden-compute 2000000 EUR disbursed',
    ]);
  });
});

describe('banks and regions named by more than their head', () => {
  it('reads a bank brand opening a sentence as the lender', () => {
    expect(
      withCurrency(
        `${MERIDEN_EN} Barclays has also extended a £2m revolving credit facility, which the firm has yet to draw.`,
      ),
    ).toEqual(['barclays -> meriden-compute 2000000 GBP pledged']);
  });

  it('keeps a mutual bank’s region in its name, and calls it a company', () => {
    const text = `${MERIDEN_FR} La Caisse d'Épargne Île-de-France complète le financement avec un prêt de 300 000 euros, déjà versé.`;
    expect(frFundings(text)).toEqual(['caisse-d-epargne-ile-de-france -> meriden-calcul 300000 disbursed']);
    expect(actors(readWithRules(text, 'fr', PUBLISHED))).toContain('caisse-d-epargne-ile-de-france company');
  });

  it('reads "la Région wallonne" as a public body that pays', () => {
    expect(
      frFundings(
        `${MERIDEN_FR} La Région wallonne lui a accordé l'an dernier une aide de 450 000 euros, entièrement versée depuis.`,
      ),
    ).toEqual(['region-wallonne -> meriden-calcul 450000 disbursed']);
  });
});

describe('a contract’s service after its amount', () => {
  it('is what the money buys, not another recipient', () => {
    expect(
      frFundings(
        `${MERIDEN_FR} Le ministère des Armées lui a attribué en janvier un marché de 3,5 M€ pour l'hébergement d'applications non classifiées.`,
      ),
    ).toEqual(['ministere-des-armees -> meriden-calcul 3500000 pledged']);
    expect(
      frFundings(
        `${MERIDEN_FR} Parmi ses clients figure la Mutuelle Kervanne, qui lui a confié un contrat de 2,1 millions d'euros pour la sauvegarde de ses postes.`,
      ),
    ).toEqual(['mutuelle-kervanne -> meriden-calcul 2100000 pledged']);
  });

  it('still leaves money for others to them', () => {
    expect(
      frFundings(`${MERIDEN_FR} La Ville de Brest lui a versé 30 000 euros pour les associations du quartier.`),
    ).toEqual([]);
  });
});

describe('a known name joined by a hyphen to a capitalised word', () => {
  it('is part of another name', () => {
    const text = `${MERIDEN_FR} Roubaix-Tourcoing Métropole a retenu Meriden Calcul pour un contrat de 2,8 millions d'euros.`;
    expect(frFundings(text)).toEqual(['roubaix-tourcoing-metropole -> meriden-calcul 2800000 pledged']);
  });

  it('is not when the word after the hyphen is a known name too', () => {
    const text = `${MERIDEN_FR} La coentreprise Orange-Capgemini a retenu Meriden Calcul pour un contrat de 2,8 millions d'euros.`;
    expect(actors(readWithRules(text, 'fr', PUBLISHED)).map((a) => a.split(' ')[0])).not.toContain('orange-capgemini');
  });
});

describe('Belgian and regional French words of money', () => {
  it('reads "a touché un subside de N de A" as a grant paid by A', () => {
    expect(frFundings(`${MERIDEN_FR} La PME a touché en 2023 un subside de 750 000 euros de VLAIO.`)).toEqual([
      'vlaio -> meriden-calcul 750000 disbursed',
    ]);
  });

  it('reads "complète l’ensemble par un prêt de N" as the subject’s loan', () => {
    expect(
      frFundings(`${MERIDEN_FR} La Banque Populaire Grand Ouest complète l'ensemble par un prêt de 2 M€.`),
    ).toEqual(['banque-populaire-grand-ouest -> meriden-calcul 2000000 pledged']);
  });

  it('leaves "touché par la crise" alone', () => {
    expect(frFundings(`${MERIDEN_FR} La PME a été touchée par la crise et a perdu 2 millions d'euros.`)).toEqual([]);
  });
});

describe('towns of the English-speaking regional press', () => {
  it('place the company a sentence opens with them', () => {
    const p = read(
      'Benjoin Secure raises £3.5m\nNewcastle cyber firm Benjoin Secure has closed a £3.5m round. Benjoin Secure also opened an office in Aberdeen.',
    );
    expect(actors(p)).toEqual(expect.arrayContaining(['newcastle place', 'aberdeen place']));
    expect(relations(p)).toContain('benjoin-secure located-in newcastle');
  });
});

describe('a founder’s apposition that says the role held now', () => {
  it('reads "who is now its chief executive" after a description, "who will stay on as managing director"', () => {
    expect(
      relations(
        read(
          `${MERIDEN_EN} Meriden Compute was founded in 2020 by Fiona Architrave, a former reservoir engineer who is now its chief executive.`,
        ),
      ),
    ).toContain('fiona-architrave leads meriden-compute');
    expect(
      relations(
        read(`${MERIDEN_EN} Meriden Compute was founded in 2016 by Karim Orzo, who will stay on as managing director.`),
      ),
    ).toContain('karim-orzo leads meriden-compute');
    expect(
      relations(
        read(
          `${MERIDEN_EN} Meriden Compute was founded in 2016 by Helen Luff, a former researcher, who remains chief executive.`,
        ),
      ),
    ).toContain('helen-luff leads meriden-compute');
  });

  it('leaves a post held elsewhere', () => {
    expect(
      relations(
        read(
          `${MERIDEN_EN} Meriden Compute was founded in 2016 by Helen Luff, a former researcher, who is now chief executive of Nimbus Labs.`,
        ),
      ),
    ).not.toContain('helen-luff leads meriden-compute');
  });
});

describe('a town that is also a given name', () => {
  it('still opens a person’s name', () => {
    expect(
      actors(
        read(`${MERIDEN_EN} Its chief executive, Dallas Whitmore, founded Meriden Compute in 2019 with Houston Carr.`),
      ),
    ).toEqual(expect.arrayContaining(['dallas-whitmore person', 'houston-carr person']));
  });
});
