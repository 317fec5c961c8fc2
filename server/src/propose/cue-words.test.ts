import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { familiesHeld } from './cue-words.ts';
import { propose, type Proposals } from './propose.ts';
import { actorsOnly, inlineDocument } from './testing/fixture-kb.ts';

/** The cue-word gates of the ninth perf round: which families a sentence may hold. Every sentence is invented. */

const FAMILIES = /(client|tenant)|(reprise)|(%|cent)/g;
const held = (text: string) => familiesHeld(text, 0, text.length, FAMILIES);

describe('familiesHeld', () => {
  it('finds a family word in any case, and none in a sentence without one', () => {
    expect(held('Our CLIENTS stay loyal.')).toBe(1);
    expect(held('Ses Locataires restent.')).toBe(0);
    expect(held('Tenants and 40 per cent of shares.')).toBe(1 | 4);
    expect(held('Nothing to see here.')).toBe(0);
  });

  it('reads "ſ" as the "s" it matches case-insensitively, and finds a word inside another', () => {
    expect(held('Tenantſ and clientſ')).toBe(1);
    expect(/clients/iu.test('clientſ')).toBe(true);
    // ("entreprise" holds "reprise": each start is tried)
    expect(held("L'entreprise grandit.")).toBe(2);
  });

  it('reads only the span asked, and starts afresh on each call (the regex is global)', () => {
    const text = 'Les clients. La reprise. Le 12 %.';
    expect(familiesHeld(text, 0, 12, FAMILIES)).toBe(1);
    expect(familiesHeld(text, 13, 24, FAMILIES)).toBe(2);
    expect(familiesHeld(text, 25, text.length, FAMILIES)).toBe(4);
    expect(familiesHeld(text, 0, 3, FAMILIES)).toBe(0);
  });
});

const PUBLISHED: FuzzyDate = { value: '2026-06-10', precision: 'day' };
const fr = (text: string) => propose(actorsOnly(), [inlineDocument(text, 'fr', PUBLISHED)]);
const en = (text: string) => propose(actorsOnly(), [inlineDocument(text, 'en', PUBLISHED)]);
const relations = (p: Proposals) => p.relations.map((r) => `${r.from} ${r.type} ${r.to}`);

describe('the ties gated on their words still read capitalised cues', () => {
  it('reads "CUSTOMERS INCLUDE" as the lower-case words, and a French list as before', () => {
    expect(
      relations(
        en(
          'Varnel Grid grows in Leeds\n\nVarnel Grid, which rents racks to retailers, opened a site. Its CUSTOMERS INCLUDE online lender Tobrin Bank and the grocer Halvey Foods.',
        ),
      ),
    ).toEqual(expect.arrayContaining(['tobrin-bank customer-of varnel-grid']));
    expect(
      relations(
        fr(
          "Ostral Cloud s'agrandit à Lille\n\nOstral Cloud, qui loue des serveurs aux PME, a ouvert un site. Parmi ses clients, la mutuelle Berval Santé et le distributeur Corvin Marchés.",
        ),
      ),
    ).toEqual(expect.arrayContaining(['berval-sante customer-of ostral-cloud']));
  });

  it('reads no tie in sentences without the words, nor from look-alikes ("clientèle" praised, a "%" of growth)', () => {
    expect(
      relations(en('Varnel Grid grows\n\nVarnel Grid and Tobrin Bank both opened offices in Leeds on Monday.')),
    ).not.toEqual(expect.arrayContaining([expect.stringContaining('customer-of')]));
    expect(
      relations(
        fr("Ostral Cloud grandit\n\nOstral Cloud a vu sa clientèle croître de 12 % l'an dernier, selon Berval Santé."),
      ),
    ).toEqual([]);
  });
});
