import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { propose, type Proposals } from './propose.ts';
import { actorsOnly, inlineDocument } from './testing/fixture-kb.ts';
import { relations, RULES_ONLY } from './testing/readings.ts';

/**
 * People's relations of the eighth round (docs/proposals/people-8.md): the role a founder holds now, told in the
 * apposition of an opening participle's agent ("Fondée par A, qui la préside toujours, et B, aujourd'hui directeur
 * technique, X…"), and the agents past a possessive apposition ("par A, sa présidente, et B, son directeur
 * technique"). Invented articles of both languages, with traps.
 */

const PUBLISHED: FuzzyDate = { value: '2026-05-04', precision: 'day' };
const fr = (...texts: string[]) =>
  propose(
    actorsOnly(),
    texts.map((t) => inlineDocument(t, 'fr', PUBLISHED)),
    RULES_ONLY,
  );
const en = (...texts: string[]) =>
  propose(
    actorsOnly(),
    texts.map((t) => inlineDocument(t, 'en', PUBLISHED)),
    RULES_ONLY,
  );
const people = (p: Proposals, types = ['founded', 'leads', 'works-for']) =>
  relations(p)
    .filter((r) => types.includes(r.split(' ')[1]!))
    .sort();

describe("a founder's apposition says the role held now in what was founded", () => {
  it('reads French relatives and adverbs after each agent of an opening participle', () => {
    const p = fr(
      [
        'Granvelle lève 12 millions pour ses serveurs',
        "Granvelle a bouclé un tour de 12 millions d'euros. Fondée en 2016 à Tours par Yvonne Marcaud, qui la préside toujours, et Gilles Perrot, aujourd'hui directeur technique, Granvelle emploie 60 personnes.",
        'Granvelle vise désormais la Belgique.',
      ].join('\n\n'),
      [
        'Sablière ouvre un second site',
        'Sablière ouvre un site à Poitiers. Créée en 2013 par Odile Ferrand, qui en assure la direction générale, et Rémi Jaouen, ancien de Dassault Systèmes devenu directeur financier, Sablière compte 30 clients.',
        'Sablière recrute.',
      ].join('\n\n'),
    );
    expect(people(p)).toEqual(
      expect.arrayContaining([
        'gilles-perrot founded granvelle',
        'gilles-perrot works-for granvelle',
        'odile-ferrand founded sabliere',
        'odile-ferrand leads sabliere',
        'remi-jaouen founded sabliere',
        'remi-jaouen works-for sabliere',
        'yvonne-marcaud founded granvelle',
        'yvonne-marcaud leads granvelle',
      ]),
    );
    // A technical director is no head; a head is no mere employee.
    expect(people(p)).not.toContain('gilles-perrot leads granvelle');
    expect(people(p)).not.toContain('remi-jaouen leads sabliere');
  });

  it('reads the agent after a possessive apposition: "par A, sa présidente, et B, son directeur technique, X"', () => {
    const p = fr(
      [
        'Corvelle lève 4 millions',
        "Corvelle a levé 4 millions d'euros. Fondée en 2021 par Agathe Lenoir, sa présidente, et Bruno Tessier, son directeur technique, Corvelle revendique 25 salariés.",
        'Corvelle exporte en Suisse.',
      ].join('\n\n'),
    );
    expect(people(p)).toEqual(
      expect.arrayContaining([
        'agathe-lenoir founded corvelle',
        'agathe-lenoir leads corvelle',
        'bruno-tessier founded corvelle',
        'bruno-tessier works-for corvelle',
      ]),
    );
  });

  it('reads English relatives and "now": "who now heads the firm", "now its chief technology officer"', () => {
    const p = en(
      [
        'Hollinwell sold to a buyout fund',
        'Hollinwell agreed to a sale on Monday. Hollinwell was founded in 2008 by Derek Ashby, an accountant by training who now heads the firm, and Priya Nandi, now its chief technology officer. Hollinwell employs 300 people.',
        'Hollinwell is based in Leeds.',
      ].join('\n\n'),
      [
        'Quillon raises $9m',
        'Quillon raised $9m. Founded in 2020 by Marta Ilves, who heads the company, and Jonas Berg, Quillon sells backup software.',
        'Quillon plans to hire.',
      ].join('\n\n'),
    );
    expect(people(p)).toEqual(
      expect.arrayContaining([
        'derek-ashby founded hollinwell',
        'derek-ashby leads hollinwell',
        'priya-nandi founded hollinwell',
        'priya-nandi works-for hollinwell',
        'marta-ilves founded quillon',
        'marta-ilves leads quillon',
        'jonas-berg founded quillon',
      ]),
    );
    // A co-founder told no role gets none; a former engineer leads because the relative says so, not the title.
    expect(people(p).filter((r) => r.startsWith('jonas-berg ') && !r.includes(' founded '))).toEqual([]);
  });

  it('traps: a former role, a deputy, a role elsewhere, a plan are no role held now', () => {
    const p = fr(
      [
        'Mervent cède une part',
        "Mervent cède une part de son capital. Fondée en 2010 par Paul Lacaze, ancien président de Bouygues Telecom, et Anne Rigal, aujourd'hui directrice générale déléguée, Mervent exploite deux centres.",
        'Mervent reste à Bordeaux.',
      ].join('\n\n'),
    );
    expect(people(p)).toEqual(expect.arrayContaining(['paul-lacaze founded mervent', 'anne-rigal founded mervent']));
    expect(people(p)).not.toContain('paul-lacaze leads mervent');
    expect(people(p)).not.toContain('anne-rigal leads mervent');
    const q = en(
      [
        'Tarnby expands',
        'Tarnby opened an office in Oslo. Tarnby was founded in 2019 by Lena Voss, who will run the new office, and Karl Ek, who now advises Nordica Bank. Tarnby has 40 staff.',
        'Tarnby is profitable.',
      ].join('\n\n'),
    );
    expect(people(q)).toEqual(expect.arrayContaining(['lena-voss founded tarnby', 'karl-ek founded tarnby']));
    expect(people(q)).not.toContain('lena-voss leads tarnby');
    expect(people(q)).not.toContain('karl-ek leads tarnby');
    expect(people(q)).not.toContain('karl-ek works-for tarnby');
  });
});

describe("a possessive in the apposition of an opening participle's agent stands for the subject after it", () => {
  it('"Dirigée par A, sa présidente, X…" heads X, not the company named before', () => {
    const p = fr(
      [
        'Ormesson rachète Pradelle',
        "Ormesson a signé le rachat de Pradelle. Ormesson paiera 40 millions d'euros. Dirigée par Sylvie Amblard, sa présidente, Pradelle emploie 90 personnes à Rouen.",
        'Ormesson vise ensuite le Benelux.',
      ].join('\n\n'),
    );
    expect(people(p)).toContain('sylvie-amblard leads pradelle');
    expect(people(p)).not.toContain('sylvie-amblard leads ormesson');
  });

  it('traps: a company named before the title ("a former Vantor engineer") keeps it; a title with no possessive', () => {
    const p = en(
      [
        'Brindle raises $7m',
        'Brindle raised $7m on Tuesday. Founded in 2022 by Omar Haddad, a former Vantor Systems engineer, and Ruth Kell, Brindle builds storage software.',
        'Brindle has 20 staff.',
      ].join('\n\n'),
    );
    expect(people(p)).toEqual(expect.arrayContaining(['omar-haddad founded brindle', 'ruth-kell founded brindle']));
    expect(people(p)).not.toContain('omar-haddad works-for brindle');
  });
});

describe('a past job whatever its title is work for the organisation named after it', () => {
  it('reads "un ancien <métier> de Y" and "qui a dirigé … chez Y" in French, not a pupil or a client', () => {
    const p = fr(
      [
        'Calvados Data lève 6 millions',
        "Calvados Data a levé 6 millions d'euros. Créée en 2015 par Régis Fouquet, un ancien commercial de Bouygues Telecom, Calvados Data exploite deux salles à Caen. Elle a recruté Hélène Viard, qui a dirigé l'offre cloud chez Capgemini, et Loïc Aubert, un ancien élève de Polytechnique.",
        'Calvados Data compte aussi Nadia Roux, une ancienne cliente de Free Pro.',
      ].join('\n\n'),
    );
    expect(people(p)).toEqual(
      expect.arrayContaining([
        'regis-fouquet works-for bouygues-telecom',
        'regis-fouquet founded calvados-data',
        'helene-viard works-for capgemini',
      ]),
    );
    expect(people(p).filter((r) => r.includes('polytechnique') || r.includes('free-pro'))).toEqual([]);
  });

  it('reads "a former <job> at Y" and "who previously ran … at Y" in English; a title before the first agent is only its', () => {
    const p = en(
      [
        'Larchmont lands $9m for its tax app',
        'Larchmont, which files VAT returns for corner shops, raised $9m on Thursday. Larchmont was founded in 2019 by chief executive Dana Pryce, a former tax manager at Quorra Bank, and Sam Oduya, who previously ran the payments desk at Tindall Pay. Larchmont also hired Ivy Chen, a former student of Imperial College, and Rob Lane, a former customer of Quorra Bank.',
        'Its app is used by 4,000 shops.',
      ].join('\n\n'),
    );
    expect(people(p)).toEqual(
      expect.arrayContaining([
        'dana-pryce works-for quorra-bank',
        'dana-pryce leads larchmont',
        'sam-oduya works-for tindall-pay',
        'sam-oduya founded larchmont',
      ]),
    );
    expect(people(p)).not.toContain('sam-oduya leads larchmont');
    const q = en(
      [
        'Wexcombe raises $4m',
        'Wexcombe raised $4m. Wexcombe was founded in 2023 by Ines Mora, a former cryptographer at Orange Labs. Wexcombe sells encryption.',
      ].join('\n\n'),
    );
    expect(people(q)).toContain('ines-mora works-for orange');
    expect(
      people(p).filter((r) => r.includes('imperial-college') || r.startsWith('rob-lane works-for quorra-bank')),
    ).toEqual([]);
  });
});
