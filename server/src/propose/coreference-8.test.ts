import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { actors, readWithRules, relations } from './testing/readings.ts';

/**
 * Coreference and short forms, eighth round: a short form that begins both a company's name and its product's is the
 * name the reader had met when the short form was first written alone; descriptions and pronouns that stand for the
 * article's company rather than for a fund, a rival or a customer named just before. Invented articles of both
 * languages (no held-out sentence), with look-alike traps that must not resolve.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const events = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]?.id} ${e.date.value}`);

describe('a short form beginning a company and its product names the one met first', () => {
  it('English: "Corvel Systems" … "Corvel\'s" … "a product called Corvel Shield"', () => {
    const p = en(`Utility picks Corvel Systems for grid monitoring

Northgate Power has signed a three-year deal with Corvel Systems, a Ghent startup that watches industrial networks.

Corvel's engineers will start work in April. Corvel sells a product called Corvel Shield that flags odd traffic.

Corvel was founded in 2019 by Pieter Maes. Corvel reported revenue of €14 million for 2025.`);
    expect(events(p)).toEqual(expect.arrayContaining(['founding corvel-systems 2019', 'results corvel-systems 2025']));
    expect(actors(p)).not.toContain('corvel company');
    expect(relations(p)).toContain('pieter-maes founded corvel-systems');
  });

  it('French: "Ardoise Cloud" … "Ardoise" … "son offre Ardoise Santé"', () => {
    const p = fr(`Le CHU de Vannes confie ses serveurs à Ardoise Cloud

L'hôpital a choisi l'hébergeur Ardoise Cloud pour cinq ans.

Ardoise a été fondée en 2014 par Léon Pichon. Ardoise commercialise aussi Ardoise Santé, une offre certifiée pour les données de patients.

En 2025, Ardoise a réalisé 9 millions d'euros de chiffre d'affaires.`);
    expect(events(p)).toEqual(expect.arrayContaining(['founding ardoise-cloud 2014', 'results ardoise-cloud 2025']));
    expect(actors(p)).not.toContain('ardoise company');
  });

  it('trap: two companies met before the short form is written alone leave it to neither', () => {
    const p = en(`Brisk Cloud and Brisk Labs split

Brisk Cloud sold its stake in Brisk Labs last year. Brisk was founded in 2011.`);
    expect(events(p)).not.toContain('founding brisk-cloud 2011');
    expect(events(p)).not.toContain('founding brisk-labs 2011');
  });
});

describe('a business noun does not stand for the fund named just before', () => {
  it('French: "X, un fonds d\'investissement installé à Genève" is no "l\'entreprise" of the article', () => {
    const p = fr(`Datacentres : chez Galet Numérique, l'arrivée d'un fonds suisse inquiète

Les 90 salariés de Galet Numérique ont appris lundi que la direction avait signé un accord avec Pélican Partners, un fonds d'investissement installé à Genève. Le fonds prendra 70 % du capital. Pélican Partners détient déjà des parts dans deux hébergeurs allemands.

L'entreprise n'est pourtant pas en difficulté. Fondée en 2009 par Anne Caillou, la société exploite trois salles à Reims. Elle a réalisé 21 millions d'euros de chiffre d'affaires en 2025.`);
    expect(events(p)).toEqual(
      expect.arrayContaining(['founding galet-numerique 2009', 'results galet-numerique 2025']),
    );
    expect(events(p)).not.toContain('founding pelican-partners 2009');
    expect(relations(p)).toContain('anne-caillou founded galet-numerique');
  });

  it('French: "Y, actionnaire historique, remet au pot. La société a réalisé…" is the company', () => {
    const p = fr(`Brume Hébergement lève 4 millions d'euros

Brume Hébergement, installé à Quimper, a levé 4 millions d'euros auprès du fonds breton Varech Capital et de Bpifrance. Brume Hébergement ouvrira un second site.

Varech Capital, actionnaire historique, remet au pot. La société a réalisé 2,8 millions d'euros de chiffre d'affaires en 2025.`);
    expect(events(p)).toContain('results brume-hebergement 2025');
    expect(events(p)).not.toContain('results varech-capital 2025');
  });

  it('English: "X, a Boston private equity firm, will own 80%. The company was founded…"', () => {
    const p = en(`Private equity buys French host Ormeau Cloud

Ormeau Cloud has agreed to sell a majority stake to Harwell Partners, a Boston private equity firm. Harwell Partners will own 80% of the business once the deal closes. Harwell Partners already backs two German hosts.

The company was founded in 2012 by Luc Tilleul and runs two sites near Lyon.`);
    expect(events(p)).toContain('founding ormeau-cloud 2012');
    expect(events(p)).not.toContain('founding harwell-partners 2012');
  });

  it('trap: a fund the article is about keeps "la société de gestion"', () => {
    const p = fr(`Varech Capital lève un fonds de 150 millions d'euros

Varech Capital, un fonds breton, a bouclé son deuxième véhicule. Varech Capital investira dans vingt entreprises de l'Ouest.

Varech Capital, actionnaire de Brume Hébergement, a signé mardi. La société de gestion a été fondée en 2010 par Marc Goémon.`);
    expect(relations(p)).toContain('marc-goemon founded varech-capital');
  });
});

describe('"the company" is not the rival the article sets its company against', () => {
  it('English: "to take on X", "an alternative to X": X named as often is not the topic', () => {
    const p = en(`Google Cloud's analytics get a Flemish challenger

Ghent — Google Cloud dominates hospital analytics in Belgium. The Ghent start-up Ostrel wants to take on Google Cloud in hospitals.

Ostrel sells its engine as an alternative to Google Cloud, whose sales chief says Google Cloud still wins most tenders. Ostrel closed a €4 million round from Schelde Partners in March.

The company was set up in 2022 by Wout Maes and Ines Claes.`);
    expect(events(p)).toEqual(expect.arrayContaining(['founding ostrel 2022']));
    expect(events(p)).not.toContain('founding google-cloud 2022');
  });

  it('French: "son concurrent X" named as often is not "la société"', () => {
    const p = fr(`Cybersécurité : Lisière Sécurité double de taille

Lisière Sécurité a recruté quarante ingénieurs cette année. Lisière Sécurité vise désormais les hôpitaux, un marché où son concurrent lyonnais Sentor est déjà bien installé. Sentor a d'ailleurs remporté l'an dernier le marché des CHU de la région, et Sentor recrute aussi.

La société a été créée en 2018 par Jeanne Orvet.`);
    expect(relations(p)).toContain('jeanne-orvet founded lisiere-securite');
    expect(relations(p)).not.toContain('jeanne-orvet founded sentor');
  });

  it('trap: "A and B compete with X" does not make X a rival (X may be the article\'s company)', () => {
    const p = en(`Baltic carrier Saimaa Telecom takes over a Tallinn colocation firm

Saimaa Telecom said on Monday it had completed its purchase of Kadri Hosting for an undisclosed sum. In most public tenders, Kadri meets the large American clouds; Saimaa Telecom and Telia both compete with Kadri for the Estonian state's business.

The company was founded in 2015 and runs two sites.`);
    expect(events(p)).not.toContain('founding saimaa-telecom 2015');
  });
});
