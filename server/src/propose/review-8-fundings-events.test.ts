import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * Review of the eighth round (fundings and events): look-alikes of the round's new rules that the round's code read
 * wrongly and its start did not (every name and sentence invented), beside the reading each rule was made for.
 */

const PUBLISHED: FuzzyDate = { value: '2026-06-09', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const events = (p: Proposals) =>
  p.events.map((e) => `${e.kind} ${e.actors.map((a) => a.id).join('|')} ${e.date.value}`).sort();

describe('revenue of a description set off by an apposition', () => {
  it('leaves a parent company named in the apposition its own revenue, not the article company’s', () => {
    const frText = fundings(
      fr(
        "Pélican Cloud s'agrandit\n\nPélican Cloud ouvre une salle à Lille.\n\nLa société mère, Héron Groupe, qui la détient, revendique 300 millions d'euros de chiffre d'affaires.",
      ),
    );
    expect(frText.filter((f) => f.startsWith('- -> pelican-cloud'))).toEqual([]);
    const enText = fundings(
      en(
        'Pelican Cloud expands\n\nPelican Cloud opened a hall in Leeds.\n\nThe parent company, Heron Group, which owns it, posted revenue of €300m.',
      ),
    );
    expect(enText.filter((f) => f.startsWith('- -> pelican-cloud'))).toEqual([]);
  });

  it('still reads the description after an opening phrase as the article’s company', () => {
    expect(
      fundings(
        fr(
          "Pélican Cloud s'agrandit\n\nPélican Cloud ouvre une salle à Lille.\n\nRachetée en 2020 par Héron Groupe, la société a réalisé 30 millions d'euros de chiffre d'affaires.",
        ),
      ),
    ).toEqual(['- -> pelican-cloud 30000000 revenue']);
  });
});

describe('a founding told by its founder in a French relative clause', () => {
  it('founds no company of the article’s when the relative’s antecedent is an association', () => {
    const p = fr(
      "Pélican Cloud ouvre un site\n\nPélican Cloud, hébergeur lillois, ouvre un site. Anne Leroy, directrice de l'association qu'elle a fondée en 2010, salue l'annonce.",
    );
    expect(events(p).filter((e) => e.startsWith('founding'))).toEqual([]);
  });

  it('still reads "de l’entreprise qu’elle a fondée" as the article’s company’s founding', () => {
    const p = fr(
      "Pélican Cloud ouvre un site\n\nPélican Cloud, hébergeur lillois, ouvre un site. « Nous grandissons », dit Anne Leroy, présidente de l'entreprise qu'elle a fondée en 2012.",
    );
    expect(events(p)).toContain('founding pelican-cloud|anne-leroy 2012');
  });
});

describe('English incidents, posts taken up, files moved', () => {
  it('reads no breach when nobody breached', () => {
    expect(events(en('Breach\n\nThe firm said no hacker breached Pelican Cloud in 2025.'))).toEqual([]);
    expect(events(en('Breach\n\nHackers breached Pelican Cloud in May 2025.'))).toContain(
      'incident pelican-cloud 2025-05',
    );
  });

  it('gives a post taken up at another’s rival no post at the possessor', () => {
    const p = en('People\n\nAnn Lee took up a position at Pelican Cloud’s rival, Heron Data, in 2024.');
    expect(events(p).filter((e) => e.includes('pelican-cloud'))).toEqual([]);
  });

  it('reads no contract for files moved to a platform the mover built', () => {
    expect(events(en('Migration\n\nHeron Data moved its files to the platform it built itself in 2024.'))).toEqual([]);
    expect(
      events(fr("Migration\n\nHéron Data a migré ses données vers la plateforme qu'elle a développée en 2024.")),
    ).toEqual([]);
  });
});

describe('French shares and openings', () => {
  it('reads no acquisition in a market share taken', () => {
    const p = fr('Capital\n\nMilan Capital a pris 30 % des parts de marché de Pélican Cloud en 2024.');
    expect(events(p).filter((e) => e.startsWith('acquisition'))).toEqual([]);
  });

  it('passes an agent’s apposition only for a purchase ("Depuis son rachat … par Y, …, X"), not an arrival', () => {
    expect(
      events(
        fr('Capital\n\nDepuis son arrivée en 2021 chez Milan Capital, fonds lyonnais, Anne Leroy a doublé l’équipe.'),
      ),
    ).toEqual([]);
    expect(
      events(fr('Capital\n\nDepuis son rachat en 2021 par Milan Capital, fonds lyonnais, Pélican Cloud a doublé.')),
    ).toContain('acquisition pelican-cloud 2021');
  });
});
