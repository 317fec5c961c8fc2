import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * Review of the fourteenth round (issue #13): look-alikes its rules read wrongly. A share told in the pluperfect or of
 * an earlier round ("B had put N1 into its seed round", "B avait investi N1 lors de l'amorçage") joins no round just
 * told; "Government" and "region" tell a public body only as a name's last word ("the Welsh Government", "the
 * Occitanie region"), not inside a fund's name or a law's ("Government Capital Partners", "Local Government Act").
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

const TREGUEL_FR = 'Tréguel Data, hébergeur vannetais, recrute. Tréguel Data compte 30 salariés.';
const TREGUEL_EN = 'Tréguel Data, a Vannes-based hosting company, is hiring. Tréguel Data employs 30 people.';

describe("an earlier round's share told after a round", () => {
  it('adds no payer to the round just told', () => {
    expect(
      en(
        `${TREGUEL_EN} The company raised €12m led by Ostrel Capital. Quimper Ventures had put €2m into its seed round.`,
      ),
    ).toEqual([
      'ostrel-capital -> treguel-data 12000000 invested',
      'quimper-ventures -> treguel-data 2000000 invested',
    ]);
    expect(
      fr(
        `${TREGUEL_FR} La société a levé 12 M€ auprès d'Ostrel Capital. Lors de l'amorçage, Quimper Ventures avait investi 2 M€ dans l'entreprise.`,
      ),
    ).toEqual([
      'ostrel-capital -> treguel-data 12000000 invested',
      'quimper-ventures -> treguel-data 2000000 invested',
    ]);
  });

  it("still adds a share's payer told in the present or the past", () => {
    expect(en(`${TREGUEL_EN} The company raised €12m led by Ostrel Capital. Quimper Ventures put in €2m.`)).toContain(
      'ostrel-capital+quimper-ventures -> treguel-data 12000000 invested',
    );
    expect(
      fr(`${TREGUEL_FR} La société a levé 12 M€ auprès d'Ostrel Capital. Quimper Ventures apporte 2 M€.`),
    ).toContain('ostrel-capital+quimper-ventures -> treguel-data 12000000 invested');
  });
});

describe('shares told going into another company after a round', () => {
  it('add no payer to the round', () => {
    const enRead = en(
      `${TREGUEL_EN} The company raised €6m from Ostrel Capital in 2023. Ostrel Capital put €3m and Quimper Ventures €3m into Kerlys Systems.`,
    );
    expect(enRead).toContain('ostrel-capital -> treguel-data 6000000 invested');
    expect(enRead).not.toContain('ostrel-capital+quimper-ventures -> treguel-data 6000000 invested');
    const frRead = fr(
      `${TREGUEL_FR} La société a levé 6 M€ auprès d'Ostrel Capital en 2023. Ostrel Capital a apporté 3 M€ et Quimper Ventures 3 M€ à Kerlys Systems.`,
    );
    expect(frRead).toContain('ostrel-capital -> treguel-data 6000000 invested');
    expect(frRead).not.toContain('ostrel-capital+quimper-ventures -> treguel-data 6000000 invested');
  });
});

describe('a payer of the round described, raising money of its own', () => {
  it("is paid nothing by the round's recipient", () => {
    expect(
      en(
        `${TREGUEL_EN} The company raised €12m from Ostrel Capital and Quimper Ventures. The former had raised €2m itself in 2020.`,
      ),
    ).toEqual(['ostrel-capital+quimper-ventures -> treguel-data 12000000 invested']);
    expect(
      fr(
        `${TREGUEL_FR} La société a levé 12 M€ auprès d'Ostrel Capital et de Quimper Ventures. Le second a lui-même levé 3 M€ l'an passé.`,
      ),
    ).toEqual(['ostrel-capital+quimper-ventures -> treguel-data 12000000 invested']);
  });
});

describe('"Government" and "region" in a name', () => {
  const kind = (text: string, language: 'fr' | 'en', id: string) =>
    readWithRules(text, language, PUBLISHED).actors.find((a) => a.id === id)?.kind;

  it('tell a public body at the end of the name only', () => {
    expect(
      kind(
        `${TREGUEL_EN} Government Harbour Partners invested €2m in the company.`,
        'en',
        'government-harbour-partners',
      ),
    ).not.toBe('public-body');
    expect(
      kind(
        `${TREGUEL_FR} Government Harbour Partners a investi 2 M€ dans la société.`,
        'fr',
        'government-harbour-partners',
      ),
    ).not.toBe('public-body');
    expect(
      kind(
        `${TREGUEL_EN} Under the Local Government Act, the town council granted €2m to the company.`,
        'en',
        'government-act',
      ),
    ).not.toBe('public-body');
    expect(
      kind(`${TREGUEL_FR} Alpine Region Capital a investi 2 M€ dans la société.`, 'fr', 'alpine-region-capital'),
    ).not.toBe('public-body');
  });

  it('still tell "the Scottish Government" and "the Normandy region"', () => {
    expect(kind(`${TREGUEL_EN} The Scottish Government awarded €2m to the company.`, 'en', 'scottish-government')).toBe(
      'public-body',
    );
    expect(kind(`${TREGUEL_EN} The Normandy region awarded €2m to the company.`, 'en', 'normandy-region')).toBe(
      'public-body',
    );
  });
});
