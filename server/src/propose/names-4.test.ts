import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, readWithRules, relations } from './testing/readings.ts';

/**
 * Names and kinds that decide every record after them (sets 10 and 11's lessons), on invented sentences of both
 * languages, with the look-alikes that must keep their reading.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('a one-word name joined to a longer one', () => {
  it('splits "A et B C", "A and B C" into two names', () => {
    expect(actors(fr("L'année a été bonne pour Orvane et Kestrel Data. Orvane est dirigée par Paul Arvieu."))).toEqual(
      expect.arrayContaining(['orvane company', 'kestrel-data company']),
    );
    expect(actors(en('It was a good year for Orvane and Harbor Vault, said the analysts.'))).toEqual(
      expect.arrayContaining(['orvane company', 'harbor-vault company']),
    );
  });

  it('keeps a law or a body named with "and" whole', () => {
    expect(actors(en('Nimbus Labs lobbied on the Cloud and AI Development Act in 2025.'))).toContain(
      'cloud-and-ai-development-act law',
    );
  });
});

describe('"du groupe", "au groupe": a company named after the noun', () => {
  it('reads the group named once as a company, and its subsidiary', () => {
    const p = fr(
      "L'année a été bonne pour Orvane et Kestrel Data. Orvane, filiale du groupe Marval, emploie 200 personnes.",
    );
    expect(actors(p)).toContain('marval company');
    expect(relations(p)).toContain('orvane subsidiary-of marval');
  });
});

describe('a nationality before a title', () => {
  it('names no actor "Swedish MEP" and reads who carries the title as a person', () => {
    const p = en('Brigt Holmqvarn, a Swedish MEP, criticised Orvane. Holmqvarn wants a vote on Orvane.');
    expect(actors(p)).toContain('brigt-holmqvarn person');
    expect(actors(p).some((a) => a.startsWith('swedish'))).toBe(false);
    expect(relations(p)).toContain('brigt-holmqvarn criticises orvane');
  });
});

describe('a surname that is also part of a company name', () => {
  it('keeps the person a person ("Lucie Perrache" beside "la société Perrache Sécurité")', () => {
    const p = fr(
      'La ville a confié le chantier à la société Perrache Sécurité. Cette PME fondée en 2018 par Lucie Perrache facturera 280 000 euros.',
    );
    expect(actors(p)).toEqual(expect.arrayContaining(['lucie-perrache person', 'perrache-securite company']));
    expect(relations(p)).toContain('lucie-perrache founded perrache-securite');
  });

  it('in English too', () => {
    const p = en('The city hired the firm Halden Secure last week. Halden Secure was founded by Mira Halden in 2016.');
    expect(actors(p)).toEqual(expect.arrayContaining(['mira-halden person', 'halden-secure company']));
  });
});

describe('"à" before a party, not a place', () => {
  it('reads "revient à X", "face à X", "une alternative à X" as naming an organisation', () => {
    const lead = "L'année a été bonne pour Nerva. ";
    expect(actors(fr(`${lead}Le contrat revient à Orvalis, selon Nerva.`))).toContain('orvalis company');
    const p = fr(`${lead}Face à Nerva, Orvalis mise sur le prix.`);
    expect(actors(p)).toEqual(expect.arrayContaining(['nerva company', 'orvalis company']));
    expect(actors(fr(`${lead}Orvalis se présente comme une alternative à Nerva.`))).toContain('nerva company');
  });

  it('still reads where a company settles as a place', () => {
    expect(actors(fr('La société Nerva s’installe à Vendargues, près de Montpellier.'))).toContain('vendargues place');
  });
});
