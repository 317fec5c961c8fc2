import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules } from './testing/readings.ts';

/** A hedged amount is proposed as the ingest's value check will read it, so accepting it as is stays valid. */
const PUBLISHED: FuzzyDate = { value: '2024-09-10', precision: 'day' };
const amounts = (text: string, language: 'fr' | 'en') =>
  readWithRules(text, language, PUBLISHED).fundings.map((f) => [f.amount, f.approximate]);

describe('hedged amounts', () => {
  it('marks "autour de" and "about" amounts approximate, and leaves exact ones unmarked', () => {
    expect(amounts("Bpifrance a investi autour de 320 millions d'euros dans Scaleway.", 'fr')).toEqual([
      [320_000_000, true],
    ]);
    expect(amounts('Bpifrance invested about 40 million euros in Scaleway.', 'en')).toEqual([[40_000_000, true]]);
    expect(amounts("Bpifrance a investi 320 millions d'euros dans Scaleway.", 'fr')).toEqual([
      [320_000_000, undefined],
    ]);
  });
});
