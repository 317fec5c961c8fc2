import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, fundings, readWithRules } from './testing/readings.ts';

/**
 * Review of the fifteenth round (issue #13): look-alikes its rules read wrongly. A financier's money with no recipient
 * told is not the article's company's when it is a sale's price, refused, a fine, dividends, assets under management,
 * money set aside or per company, spread over a count of others, or put into a name the reading did not know; a
 * round's lead named with a share leads another company's round when that company is named; a chooser's purpose
 * after a time only ("en juillet pour …"), not after other words ("mais pas pour …", "X's rival Y for …"); "la
 * collectivité" names no body when two local authorities were named; a product told after a possessive is told by
 * modifiers, not by a phrase ("its partner for the platform").
 */
const PUBLISHED: FuzzyDate = { value: '2026-11-15', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

const CORVANE_FR = 'Corvane Data accélère. Fondée en 2019 à Dijon, la société Corvane Data emploie 40 personnes.';
const CORVANE_EN = 'Corvane Data is growing. Founded in 2019 in Dijon, Corvane Data employs 40 people.';
const toCorvane = (read: string[]) => read.filter((f) => / -> corvane-data /u.test(f));

describe("a financier's money that is no financing of the article's company", () => {
  it('is not given to it when the money is a fine, dividends, assets, set aside or per company', () => {
    for (const sentence of [
      'Kestrel Bank paid a £2m fine.',
      'Harlow Ventures, which backed the firm in 2020, has $300m under management.',
      'Harlow Ventures committed $2m per company on average.',
    ])
      expect(toCorvane(en(`${CORVANE_EN} ${sentence}`))).toEqual([]);
    for (const sentence of [
      'La Banque Solérienne a versé 2 M€ de dividendes à ses actionnaires.',
      'La Banque Solérienne a mis 2 M€ de côté.',
    ])
      expect(toCorvane(fr(`${CORVANE_FR} ${sentence}`))).toEqual([]);
  });

  it('is not given to it when refused', () => {
    expect(toCorvane(fr(`${CORVANE_FR} Ardenne Capital refuse d'investir 3 M€.`))).toEqual([]);
    expect(toCorvane(fr(`${CORVANE_FR} Ardenne Capital a renoncé à investir 3 M€.`))).toEqual([]);
  });

  it('is not given to it when spread over a count of others or put into another name', () => {
    expect(toCorvane(fr(`${CORVANE_FR} La Région Bourgogne-Franche-Comté a versé 2 M€ à 40 associations.`))).toEqual(
      [],
    );
    expect(
      toCorvane(fr(`${CORVANE_FR} Le ministère de l'Économie a débloqué 80 millions d'euros pour 12 projets.`)),
    ).toEqual([]);
    expect(toCorvane(fr(`${CORVANE_FR} Ardenne Capital réinjecte 2 M€ dans Velmor.`))).toEqual([]);
    expect(toCorvane(fr(`${CORVANE_FR} Ardenne Capital investit 2 M€ dans Velmor.`))).toEqual([]);
  });

  it('still goes to the company when nothing else is told', () => {
    expect(fr(`${CORVANE_FR} Ardenne Capital a investi 3 M€ l'an dernier.`)).toContain(
      'ardenne-capital -> corvane-data 3000000 invested',
    );
    expect(en(`${CORVANE_EN} Harlow Ventures invested $2m in June.`)).toContain(
      'harlow-ventures -> corvane-data 2000000 invested',
    );
  });
});

describe("a lead's share told of another company's round", () => {
  const ROUND_FR = `${CORVANE_FR} Corvane Data lève 6 M€.`;
  const ROUND_EN = `${CORVANE_EN} Corvane Data raised €6m.`;

  it("is no share of the company's round", () => {
    expect(toCorvane(en(`${ROUND_EN} Harlow Ventures also led Tamaro Foods's round with €2m.`))).not.toContain(
      'harlow-ventures -> corvane-data 2000000 invested',
    );
    expect(
      toCorvane(fr(`${ROUND_FR} Ardenne Capital a pris un chèque, de 1 M€, dans Tamaro Alimentaire.`)),
    ).not.toContain('ardenne-capital -> corvane-data 1000000 invested');
  });

  it("is the share of the company's own round otherwise", () => {
    expect(en(`${ROUND_EN} Harlow Ventures led it with €4m.`)).toContain(
      'harlow-ventures -> corvane-data 4000000 invested',
    );
    expect(fr(`${ROUND_FR} Ardenne Capital a pris le plus gros ticket, 4 M€.`)).toContain(
      'ardenne-capital -> corvane-data 4000000 invested',
    );
  });
});

describe('a supplier chosen, then words before the purpose', () => {
  it('is paid when the words are a time', () => {
    expect(
      fr(
        `${CORVANE_FR} Brisa Logistique a retenu Corvane Data en juillet pour son cloud : un contrat de 700 000 euros.`,
      ),
    ).toContain('brisa-logistique -> corvane-data 700000 pledged');
    expect(
      en(`${CORVANE_EN} Brisa Logistics picked Corvane Data in July to host its data: a contract worth €700,000.`),
    ).toContain('brisa-logistics -> corvane-data 700000 pledged');
  });

  it('is not paid when they deny it or name another chosen one', () => {
    expect(
      toCorvane(fr(`${CORVANE_FR} Brisa Logistique a retenu Corvane Data mais pas pour un contrat de 700 000 euros.`)),
    ).toEqual([]);
    expect(
      toCorvane(en(`${CORVANE_EN} Brisa Logistics picked Corvane Data's rival Velmor for a contract worth €700,000.`)),
    ).toEqual([]);
  });
});

describe('a chooser described as "la collectivité"', () => {
  const CHOSEN = 'La collectivité a retenu Corvane Data en juillet pour ce chantier, un contrat de 600 000 euros.';
  const COMPANY = 'Corvane Data, fondée en 2019, emploie 40 personnes.';

  it('is the one local authority the article named', () => {
    expect(fr(`La Ville de Beaune numérise ses archives. ${COMPANY} ${CHOSEN}`)).toContain(
      'ville-de-beaune -> corvane-data 600000 pledged',
    );
  });

  it('is none of two', () => {
    expect(toCorvane(fr(`La Ville de Beaune et Dijon Métropole suivent Corvane Data. ${COMPANY} ${CHOSEN}`))).toEqual(
      [],
    );
  });
});

describe('a name told after a possessive phrase', () => {
  it('is no product when the phrase is not its modifiers', () => {
    const read = actors(
      readWithRules(
        `${CORVANE_EN} Corvane Data has signed with Brisa Logistics, its partner for the platform, a €2m contract.`,
        'en',
        PUBLISHED,
      ),
    );
    expect(read).toContain('brisa-logistics company');
    expect(read).not.toContain('brisa-logistics offer');
  });
});
