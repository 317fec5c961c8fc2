import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, events, fundings, readWithRules } from './testing/readings.ts';

/**
 * Review of the thirteenth round (issue #13): look-alikes its new rules read wrongly, on invented articles in both
 * languages. Subcontractors "each providing" a share of a contract won are no lenders; a bank that signed a loan "to"
 * its borrower does not receive it; money received at a past date but paid after the publication is still promised;
 * an agreement or "accord" with a bank is no contract; a date told in a relative clause about another deal dates no
 * loan.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const read = (text: string, language: 'fr' | 'en') => readWithRules(text, language, PUBLISHED);
const fr = (text: string) => fundings(read(text, 'fr'));
const en = (text: string) => fundings(read(text, 'en'));

const VELTORA_FR =
  'Veltora recrute\nLa start-up lyonnaise Veltora, fournisseur de cloud, recrute. Veltora compte 40 salariés.';
const VELTORA_EN =
  'Veltora is hiring\nThe Lyon start-up Veltora, a cloud provider, is hiring. Veltora employs 40 people.';

describe('subcontractors "each providing" a share of a contract won', () => {
  it('are no payers of the contract', () => {
    const readings = [
      ...en(
        `${VELTORA_EN} Veltora has won a €60m contract from the Ministry of Defence, with Orvane and Lystra each providing €10m of services as subcontractors.`,
      ),
      ...fr(
        `${VELTORA_FR} Veltora a remporté un marché de 60 millions d'euros auprès de la Région Occitanie, avec Orvane et Lystra qui apportent chacune 10 millions d'euros de prestations.`,
      ),
    ];
    expect(readings.filter((r) => /orvane|lystra/u.test(r))).toEqual([]);
  });
});

describe('a loan signed', () => {
  it('by the bank "to" its borrower is not received by the bank', () => {
    expect(
      en(`${VELTORA_EN} Ondrel Bank has signed a €50m loan to Veltora.`).filter((r) => /-> ondrel/u.test(r)),
    ).toEqual([]);
    expect(
      fr(`${VELTORA_FR} La banque Ondrel a signé un prêt de 1,5 million d'euros à Veltora.`).filter((r) =>
        /-> ondrel/u.test(r),
      ),
    ).toEqual([]);
  });

  it('by the borrower, to pay for a plant in a town, is still its loan', () => {
    expect(en(`${VELTORA_EN} Veltora has signed a €50m term loan to build its plant in Lyon.`)).toContain(
      '- -> veltora 50000000 pledged',
    );
    expect(
      fr(`${VELTORA_FR} Veltora a signé un prêt de 50 millions d'euros pour financer son usine à Lyon.`),
    ).toContain('- -> veltora 50000000 pledged');
  });
});

describe('money received at a past date', () => {
  it('is still promised when it is paid after the publication', () => {
    expect(
      fr(
        `${VELTORA_FR} En 2025, la société avait reçu l'accord pour une subvention de 3 millions d'euros de Bpifrance, qui sera versée en 2027.`,
      ).filter((r) => /3000000/u.test(r)),
    ).toEqual(['bpifrance -> veltora 3000000 pledged']);
    expect(
      en(
        `${VELTORA_EN} In 2025, the company received approval for a €3m grant from Bpifrance, which will be paid in 2027.`,
      ).filter((r) => /3000000/u.test(r)),
    ).toEqual(['bpifrance -> veltora 3000000 pledged']);
  });
});

describe('an agreement with a bank', () => {
  it('is a financing, not a contract the bank pays', () => {
    expect(
      en(`${VELTORA_EN} Veltora signed a €50m agreement with the European Investment Bank.`).filter((r) =>
        /european-investment-bank -> veltora 50000000 pledged/u.test(r),
      ),
    ).toEqual([]);
    expect(
      fr(
        `${VELTORA_FR} Veltora a conclu un accord de 50 millions d'euros avec la Banque européenne d'investissement.`,
      ).filter((r) => /banque-europeenne-d-investissement -> veltora 50000000 pledged/u.test(r)),
    ).toEqual([]);
  });
});

describe("a date in a relative clause about the lender's own deal", () => {
  it('dates no loan', () => {
    expect(
      events(read(`${VELTORA_EN} Ondrel Bank, which took over Kestin Bank in 2019, lent Veltora €5m.`, 'en')).filter(
        (e) => e.startsWith('funding'),
      ),
    ).not.toContainEqual(expect.stringMatching(/ 2019$/u));
    expect(
      events(
        read(
          `${VELTORA_FR} La banque Ondrel, qui a racheté Kestin en 2019, a accordé un prêt de 5 millions d'euros à Veltora.`,
          'fr',
        ),
      ).filter((e) => e.startsWith('funding')),
    ).not.toContainEqual(expect.stringMatching(/ 2019$/u));
  });
});

describe('a drawdown of a facility already told', () => {
  it('is no new money when not told as a loan', () => {
    expect(
      en(
        `${VELTORA_EN} The startup, which has drawn €5m from its revolving credit facility, now employs 40 people.`,
      ).filter((r) => /5000000/u.test(r)),
    ).toEqual([]);
    expect(
      fr(
        `${VELTORA_FR} La start-up, qui a tiré 5 millions d'euros sur sa ligne de crédit renouvelable, emploie 40 personnes.`,
      ).filter((r) => /5000000/u.test(r)),
    ).toEqual([]);
  });

  it('is still paid out when told as a loan from a lender', () => {
    expect(en(`${VELTORA_EN} Separately, the startup has drawn €5m in venture debt from Ondrel Bank.`)).toContain(
      'ondrel-bank -> veltora 5000000 disbursed',
    );
  });
});

describe('a common word ending in "bank" opening a sentence', () => {
  it('names no bank, while a compound bank name still does', () => {
    expect(actors(read(`${VELTORA_EN} Riverbank residents opposed its new data centre.`, 'en'))).not.toContain(
      'riverbank company',
    );
    expect(actors(read(`${VELTORA_FR} Foodbank bénévoles et riverains ont salué le projet.`, 'fr'))).not.toContain(
      'foodbank company',
    );
    expect(actors(read(`${VELTORA_EN} Stahlbank arranged the loan.`, 'en'))).toContain('stahlbank company');
  });
});
