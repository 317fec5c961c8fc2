import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { propose, type Proposals } from './propose.ts';
import { actorsOnly, inlineDocument } from './testing/fixture-kb.ts';

/**
 * Events, second round on unseen text (after held-out set 6): background sentences (a founding told in a relative
 * clause or an apposition), decisions, results, posts. Every sentence here is invented; each rule has its traps.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string, published = PUBLISHED) => propose(actorsOnly(), [inlineDocument(text, 'fr', published)]);
const en = (text: string, published = PUBLISHED) => propose(actorsOnly(), [inlineDocument(text, 'en', published)]);

/** kind, main actor, date, and status when not happened. */
const events = (p: Proposals) =>
  p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}${e.status ? ` ${e.status}` : ''}`);

describe('who acts in a relative clause and after a participle apposition', () => {
  it('makes what an active relative clause names the event\'s main actor ("who founded X in 2017")', () => {
    const english = en(
      'The French start-up Quorvex sells software. Marta Lind, who founded Quorvex in 2017 and built it into a leader, resigned on Friday.',
    );
    expect(events(english)).toContain('founding quorvex 2017');
    const french = fr(
      'La start-up Quorvex vend des logiciels. Marta Lind, qui a fondé Quorvex en 2017, a démissionné vendredi.',
    );
    expect(events(french)).toContain('founding quorvex 2017');
    // A passive relative clause stays its antecedent's; a buyer stays its purchase's main actor.
    expect(events(en('Quorvex Systems, which was acquired in 2023 by Velmar Group, employs 80 people.'))).toContain(
      'acquisition quorvex-systems 2023',
    );
    expect(events(fr('Velmar Group, qui a racheté Quorvex Systems en 2023, recrute.'))).toContain(
      'acquisition velmar-group 2023',
    );
  });

  it("does not take the agent closing a participle apposition for the main verb's subject", () => {
    const english = en(
      'The French start-up Quorvex sells software to banks. Quorvex, founded in 2017 by former Siemens engineer Marta Lind, raised €9 million last year from Elaia.',
    );
    expect(events(english)).toEqual(['founding quorvex 2017', 'funding quorvex 2025']);
    const french = fr(
      "La start-up Quorvex vend des logiciels. Quorvex, fondée en 2017 par l'ingénieure Marta Lind, a levé 9 millions d'euros l'an dernier.",
    );
    expect(events(french)).toEqual(['founding quorvex 2017', 'funding quorvex 2025']);
    // Trap: a name in a noun apposition is still the one it describes ("Marta Lind, a former engineer, …").
    expect(events(en('Marta Lind, a former Siemens engineer, resigned from Quorvex Systems on Friday.'))).toEqual([
      'departure marta-lind 2026-03-06',
    ]);
  });
});
