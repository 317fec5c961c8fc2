import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { events, fundings, readWithRules } from './testing/readings.ts';

/**
 * Look-alikes of the twelfth round's rules (issue #13) that must not fire: a fund's own investing told in the paragraph
 * after a round, a stake said invested after a loan, a share "from" a payer after a contract, "y met" a condition,
 * "extended its facility", a company "backed" or "soutenue" in a dispute, staff "réunis", a person as a customer.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));
const eventsFr = (text: string) => events(readWithRules(text, 'fr', PUBLISHED));
const eventsEn = (text: string) => events(readWithRules(text, 'en', PUBLISHED));

const NUVOLIA_FR = 'Nuvolia Cloud, hébergeur rennais, recrute. Nuvolia Cloud compte 40 salariés.';
const KELVRA_EN = 'Kelvra Systems, a Leeds-based hosting company, is hiring. Kelvra Systems employs 40 people.';

describe("a fund's own investing told in the paragraph after a round", () => {
  it('is no share of the round when it is spread across many companies', () => {
    expect(
      fr(
        `${NUVOLIA_FR} Nuvolia Cloud a levé 12 millions d'euros auprès d'Arbor Capital.\n\nLe fonds Serena Partners a investi 5 millions d'euros l'an dernier, réparti entre quatorze jeunes pousses.`,
      ),
    ).toEqual(['arbor-capital -> nuvolia-cloud 12000000 invested']);
    expect(
      en(
        `${KELVRA_EN} Kelvra Systems raised €12m from Arbor Capital.\n\nSeed fund Larch Ventures invested €5m last year across fourteen startups.`,
      ),
    ).toEqual(['arbor-capital -> kelvra-systems 12000000 invested']);
  });
});

describe('money put into a thing in the paragraph after a round', () => {
  it('is no share of the round', () => {
    expect(
      fr(
        `${NUVOLIA_FR} Nuvolia Cloud a bouclé un tour de 12 millions d'euros.\n\nL'État a investi 4 millions d'euros dans la recherche quantique cette année.`,
      ),
    ).toEqual(['- -> nuvolia-cloud 12000000 invested']);
    expect(
      en(
        `${KELVRA_EN} Kelvra Systems closed a €12m round.\n\nThe UK government invested €4m in quantum research this year.`,
      ),
    ).toEqual(['- -> kelvra-systems 12000000 invested']);
  });
});

describe('a stake said invested after a loan', () => {
  it('stays invested, not lent', () => {
    expect(
      fr(
        `${NUVOLIA_FR} Nuvolia Cloud a obtenu un prêt de 300 millions d'euros auprès de la BNP. Arbor Capital a investi 50 millions d'euros dans l'entreprise en 2021.`,
      ),
    ).toContain('arbor-capital -> nuvolia-cloud 50000000 invested');
    expect(
      en(
        `${KELVRA_EN} Kelvra Systems secured a €300m loan from BNP Paribas. Arbor Capital invested €50m in the company in 2021.`,
      ),
    ).toContain('arbor-capital -> kelvra-systems 50000000 invested');
  });
});

describe('the remaining amount "from" a payer after a contract', () => {
  it('is no share of a round', () => {
    expect(
      en(
        `${KELVRA_EN} Kelvra Systems won a €6m contract from Orange. The remaining €2m came from Atos, a smaller client.`,
      ),
    ).toEqual(['orange -> kelvra-systems 6000000 pledged']);
    expect(
      fr(
        `${NUVOLIA_FR} Nuvolia Cloud a remporté un marché de 6 millions d'euros auprès d'Orange. Les 2 millions restants proviennent d'Atos.`,
      ),
    ).toEqual(['orange -> nuvolia-cloud 6000000 pledged']);
  });
});

describe('verbs of paying that pay nothing', () => {
  it('"y met" a condition, "extended its facility" (its own loan)', () => {
    expect(
      fr(
        `${NUVOLIA_FR} Nuvolia Cloud lève 10 millions d'euros. Orange y met une condition : 2 millions d'euros de commandes.`,
      ),
    ).toEqual(['- -> nuvolia-cloud 10000000 invested']);
    expect(
      en(`${KELVRA_EN} Kelvra Systems raised €10m. Orange extended its €2m credit facility with Barclays.`),
    ).toEqual(['- -> kelvra-systems 10000000 invested']);
  });
});

describe('a grant voted against, servers supplied', () => {
  it('is no grant when the vote is against it', () => {
    expect(
      fr(`${NUVOLIA_FR} La Région a voté le 17 octobre contre une subvention de 300 000 euros à Nuvolia Cloud.`),
    ).toEqual([]);
    // (English "voted against a grant of N to X" reads a grant by its noun alone, as before the twelfth round)
    expect(
      en(`${KELVRA_EN} The council voted on 17 October against subsidising Kelvra Systems with €300,000.`),
    ).toEqual([]);
  });

  it('is no payment when "fournit" a number of things', () => {
    expect(
      fr(
        `${NUVOLIA_FR} Nuvolia Cloud lève 10 millions d'euros. Arbor Capital fournit les 3 serveurs et 2 millions d'euros de garanties.`,
      ),
    ).toEqual(['- -> nuvolia-cloud 10000000 invested']);
    expect(
      en(`${KELVRA_EN} Kelvra Systems raised €10m. Arbor Capital supplies the 3 servers and €2m of guarantees.`),
    ).toEqual(['- -> kelvra-systems 10000000 invested']);
  });
});

describe('an earlier backing that is no funding', () => {
  const funded = (list: string[]) => list.filter((e) => e.startsWith('funding '));
  it('is no funding event when the company was backed in a dispute', () => {
    expect(
      funded(
        eventsEn(
          `${KELVRA_EN} Kelvra Systems raised €10m. The GMB union, which backed the company in 2021 in its planning dispute, welcomed it.`,
        ),
      ),
    ).toEqual([]);
    expect(
      funded(
        eventsFr(
          `${NUVOLIA_FR} Le syndicat CGT, qui avait soutenu l'entreprise en 2021 face à la mairie, critique Nuvolia Cloud.`,
        ),
      ),
    ).toEqual([]);
  });

  it('is no round when people are "réunis" or "brought together"', () => {
    expect(
      funded(eventsFr(`${NUVOLIA_FR} En 2024, Nuvolia Cloud a réuni ses quarante salariés auprès du ministre.`)),
    ).toEqual([]);
    expect(
      funded(eventsEn(`${KELVRA_EN} In 2024, Kelvra Systems brought together its forty staff with the minister.`)),
    ).toEqual([]);
  });
});

describe('a customer since a date with its supplier unnamed', () => {
  it('is no person', () => {
    expect(eventsEn(`${KELVRA_EN} Jean Morel has been a customer since 2020.`)).toEqual([]);
    expect(eventsFr(`${NUVOLIA_FR} Jean Morel est client depuis 2020.`)).toEqual([]);
  });

  it("is no customer of the article's company when the sentence names another supplier", () => {
    expect(eventsFr(`${NUVOLIA_FR} Orange est client depuis 2021 de la solution d'Atos.`)).toEqual([]);
    expect(eventsEn(`${KELVRA_EN} Orange has been a customer since 2021 of Atos's hosting offer.`)).toEqual([]);
    expect(eventsEn(`${KELVRA_EN} Orange, a customer since 2021, has renewed its deal.`)).toEqual([
      'contract orange|kelvra-systems 2021',
    ]);
  });
});
