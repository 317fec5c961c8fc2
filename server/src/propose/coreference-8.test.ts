import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { propose, type Proposals } from './propose.ts';
import { actorsOnly, inlineDocument } from './testing/fixture-kb.ts';

/**
 * Coreference and short forms, eighth round: a short form that begins both a company's name and its product's is the
 * name the reader had met when the short form was first written alone; descriptions and pronouns that stand for the
 * article's company rather than for a fund, a rival or a customer named just before. Invented articles of both
 * languages (no held-out sentence), with look-alike traps that must not resolve.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string) => propose(actorsOnly(), [inlineDocument(text, 'fr', PUBLISHED)]);
const en = (text: string) => propose(actorsOnly(), [inlineDocument(text, 'en', PUBLISHED)]);
const relations = (p: Proposals) => p.relations.map((r) => `${r.from} ${r.type} ${r.to}`);
const events = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]?.id} ${e.date.value}`);
const actors = (p: Proposals) => p.actors.map((a) => `${a.id} ${a.kind}`);

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
