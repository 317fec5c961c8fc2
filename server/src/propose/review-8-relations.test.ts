import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules, relations } from './testing/readings.ts';

/**
 * Review of the eighth round's relation rules (places, people, ties): look-alike sentences that a rule of the round
 * misread at 08a0e6f and the start (1a26978) did not. Every sentence is invented.
 */

const PUBLISHED: FuzzyDate = { value: '2026-06-10', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe("a founder's role told in an apposition is held in the company founded only", () => {
  it('does not read "aujourd\'hui présidente de France Digitale" as leading the company founded', () => {
    const p = fr(
      "Hublot Cloud lève 5 millions\n\nFondée en 2016 par Lucie Berthet, aujourd'hui présidente de l'association Numeria, Hublot Cloud a levé 5 millions d'euros.",
    );
    expect(relations(p)).toContain('lucie-berthet founded hublot-cloud');
    expect(relations(p)).not.toContain('lucie-berthet leads hublot-cloud');
  });

  it('does not read "now chief executive of rival Y" or "devenue directrice générale de Y" as the founded company\'s', () => {
    const e = en(
      'Sparrow Compute raises $5m\n\nFounded in 2017 by Nora Ellis, now chief executive of rival Gannet Hosting, Sparrow Compute raised $5 million.',
    );
    expect(relations(e)).toContain('nora-ellis founded sparrow-compute');
    expect(relations(e)).not.toContain('nora-ellis leads sparrow-compute');
    const f = fr(
      "Sparrow Compute lève 5 millions\n\nFondée par Nora Ellis, devenue directrice générale de Gannet Hosting, Sparrow Compute a levé 5 millions d'euros.",
    );
    expect(relations(f)).not.toContain('nora-ellis leads sparrow-compute');
  });

  it('does not read "who now runs the business of Y" as running the company founded', () => {
    const p = en(
      'Sparrow Compute raises $5m\n\nFounded in 2017 by Nora Ellis, who now runs the business of Gannet Hosting, Sparrow Compute raised $5 million.',
    );
    expect(relations(p)).not.toContain('nora-ellis leads sparrow-compute');
  });

  it('still reads "qui la préside toujours" and "now its chief technology officer"', () => {
    const f = fr('Sparrow Compute grandit\n\nSparrow Compute a été fondée par Nora Ellis, qui la préside toujours.');
    expect(relations(f)).toContain('nora-ellis leads sparrow-compute');
  });
});

describe('a former tie is a past job only when it names a job', () => {
  it('does not read "a former critic / owner / rival of Y" as work for Y', () => {
    for (const role of ['critic', 'owner', 'rival']) {
      const p = en(`Tarn Labs hires\n\nTarn Labs hired Iris Moreau, a former ${role} of Wexford Cloud, as adviser.`);
      expect(relations(p)).not.toContain('iris-moreau works-for wexford-cloud');
    }
  });

  it('does not read "une ancienne concurrente de Y" or "un ancien propriétaire de Y" as work for Y', () => {
    for (const role of ['une ancienne concurrente', 'un ancien propriétaire']) {
      const p = fr(`Tarn Labs recrute\n\nTarn Labs a recruté Iris Moreau, ${role} de Wexford Cloud.`);
      expect(relations(p)).not.toContain('iris-moreau works-for wexford-cloud');
    }
  });

  it('does not read "who previously ran a campaign at Y\'s rival" as work for Y', () => {
    const p = en(
      "Tarn Labs hires\n\nTarn Labs hired Iris Moreau, who previously ran a campaign at Wexford Cloud's rival.",
    );
    expect(relations(p)).not.toContain('iris-moreau works-for wexford-cloud');
  });

  it('still reads "a former sales director at Y" and "un ancien directeur commercial de Y"', () => {
    const e = en('Tarn Labs hires\n\nTarn Labs hired Iris Moreau, a former sales director at Wexford Cloud.');
    expect(relations(e)).toContain('iris-moreau works-for wexford-cloud');
    const f = fr(
      'Tarn Labs recrute\n\nTarn Labs a recruté Iris Moreau, un ancien directeur commercial de Wexford Cloud.',
    );
    expect(relations(f)).toContain('iris-moreau works-for wexford-cloud');
  });
});

describe('a placed apposition is where the company is now', () => {
  it('does not place a company where it will soon be ("bientôt installée à")', () => {
    const f = fr('Loriot Data recrute\n\nLoriot Data, bientôt installée à Grenoble, recrute vingt ingénieurs.');
    expect(relations(f)).not.toContain('loriot-data located-in grenoble');
    // (the English "a storage firm soon based in P" was read at the start already, by another rule: left)
  });

  it('still places "X, une jeune entreprise installée à P"', () => {
    const f = fr(
      'Loriot Data recrute\n\nLoriot Data, une jeune entreprise installée à Grenoble, recrute vingt ingénieurs.',
    );
    expect(relations(f)).toContain('loriot-data located-in grenoble');
  });
});

describe("work run on another's machines is a tenancy, not a trial", () => {
  it('does not read "ran benchmarks on Y\'s servers" as hosted by Y', () => {
    const e = en("Pewter AI grows\n\nPewter AI ran benchmarks on Halyard Cloud's servers to compare prices.");
    expect(relations(e)).not.toContain('pewter-ai hosted-by halyard-cloud');
    const f = fr(
      'Pewter AI grandit\n\nPewter AI a fait tourner des tests sur les serveurs de Halyard Cloud pour comparer les prix.',
    );
    expect(relations(f)).not.toContain('pewter-ai hosted-by halyard-cloud');
  });

  it('still reads "trains its models on Y\'s clusters"', () => {
    const e = en("Pewter AI grows\n\nPewter AI trains its models on Halyard Cloud's clusters.");
    expect(relations(e)).toContain('pewter-ai hosted-by halyard-cloud');
  });
});
