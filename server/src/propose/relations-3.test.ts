import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules, relations } from './testing/readings.ts';

/**
 * Relations of the third round: constructions that recurred in the misses of held-out sets 7 and 8 (each in at least
 * two articles), tested on invented sentences in both languages, with the look-alikes that must not fire.
 */

const PUBLISHED: FuzzyDate = { value: '2024-05-15', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('the place of a founding', () => {
  it('places an organisation where it was founded, before or after its name (French)', () => {
    const p = fr('Créée en 2016 à Grenoble par Marc Olier, Nubio Labs compte quarante salariés.');
    expect(relations(p)).toEqual(
      expect.arrayContaining(['marc-olier founded nubio-labs', 'nubio-labs located-in grenoble']),
    );
    expect(relations(fr('Fondée à Toulouse en 2015, la société Nubio Labs a levé 5 millions.'))).toContain(
      'nubio-labs located-in toulouse',
    );
    expect(relations(fr('Nubio Labs, fondée en mars 2015 à Toulouse, vend du stockage.'))).toContain(
      'nubio-labs located-in toulouse',
    );
  });

  it('places it in English, the year before or after the place', () => {
    const p = en('Founded in 2016 in London by Anna Reed, Nubio Labs employs 40 people.');
    expect(relations(p)).toEqual(
      expect.arrayContaining(['anna-reed founded nubio-labs', 'nubio-labs located-in london']),
    );
    expect(relations(en('Nubio Labs was founded in London in 2016 and now employs 40 people.'))).toContain(
      'nubio-labs located-in london',
    );
  });

  it("places nothing for a place that is not the founding's, a negation or a founder's home", () => {
    // (a place after the founder, in another clause)
    expect(relations(fr('Nubio Labs a été fondée en 2015 par Marc Olier, installé depuis à Toulouse.'))).not.toContain(
      'nubio-labs located-in toulouse',
    );
    expect(relations(fr('Nubio Labs ne sera pas créée à Toulouse.'))).not.toContain('nubio-labs located-in toulouse');
    expect(relations(en('Nubio Labs was founded in 2016 by Anna Reed, who grew up in London.'))).not.toContain(
      'nubio-labs located-in london',
    );
    // (a person is placed by no founding: "founded in London" after a person's name)
    expect(relations(en('Anna Reed, born in 1980, founded in London a small consultancy.'))).not.toContain(
      'anna-reed located-in london',
    );
  });
});

describe('sites in places that take an article or a region noun', () => {
  it('places an operator by its sites "in the Netherlands", "in the UK and Ireland"', () => {
    expect(relations(en('Nubio Labs operates five sites in the Netherlands and Ireland.'))).toEqual(
      expect.arrayContaining(['nubio-labs located-in netherlands', 'nubio-labs located-in ireland']),
    );
    expect(relations(en('Nubio Labs runs two data centres in the UK.'))).toContain('nubio-labs located-in uk');
  });

  it('places it by "centres de données dans la région de Lyon", "sites, à Grenoble et dans la région de Lyon"', () => {
    expect(relations(fr('Nubio Labs exploite deux centres de données dans la région de Lyon.'))).toContain(
      'nubio-labs located-in lyon',
    );
    expect(relations(fr('Nubio Labs possède trois sites, à Grenoble et dans la région de Lyon.'))).toEqual(
      expect.arrayContaining(['nubio-labs located-in grenoble', 'nubio-labs located-in lyon']),
    );
  });

  it("places nothing for a site only planned, or a customer's sites", () => {
    expect(relations(en('Nubio Labs plans to open two sites in the Netherlands.'))).not.toContain(
      'nubio-labs located-in netherlands',
    );
    expect(relations(fr('Nubio Labs va ouvrir deux sites dans la région de Lyon.'))).not.toContain(
      'nubio-labs located-in lyon',
    );
    expect(relations(en('Nubio Labs sells sensors to factories in the Netherlands.'))).not.toContain(
      'nubio-labs located-in netherlands',
    );
  });
});

describe('rivals in a list that repeats its preposition or names a nationality', () => {
  it('pairs every rival of "concurrente de l\'israélien A et de l\'américain B", "comme A ou l\'américain B"', () => {
    const p = fr(
      "Nubio Labs vend du stockage. Nubio Labs se pose en concurrente directe de l'israélien Claroty et de l'américain Dragos, qui dominent.",
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['claroty competes-with nubio-labs', 'dragos competes-with nubio-labs']),
    );
    const q = fr(
      "Nubio Labs vend du stockage. Nubio Labs affronte des poids lourds comme Scaleway ou l'américain Equinix.",
    );
    expect(relations(q)).toEqual(
      expect.arrayContaining(['nubio-labs competes-with scaleway', 'equinix competes-with nubio-labs']),
    );
  });

  it('pairs every rival of "competes with A and with the French B"', () => {
    const p = en('Nubio Labs sells storage. Nubio Labs competes with Scaleway and with the French OVHcloud.');
    expect(relations(p)).toEqual(
      expect.arrayContaining(['nubio-labs competes-with scaleway', 'nubio-labs competes-with ovhcloud']),
    );
  });

  it('stops the list at a verb: "affronte A et signe avec B" names no rival B', () => {
    const p = fr('Nubio Labs vend du stockage. Nubio Labs affronte Scaleway et signe avec Orange un contrat.');
    expect(relations(p)).toContain('nubio-labs competes-with scaleway');
    expect(relations(p)).not.toContain('nubio-labs competes-with orange');
    const q = en('Nubio Labs sells storage. Nubio Labs competes with Scaleway and partners with Orange.');
    expect(relations(q)).not.toContain('nubio-labs competes-with orange');
  });
});
