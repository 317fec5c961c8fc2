import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../domain/dates.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { propose, RULES_ONLY, type ProposeOptions } from '../propose.ts';
import type { SentenceView } from '../sentence.ts';
import type { RuleReading } from '../propose.ts';
import { actorsOnly, inlineDocument } from '../testing/fixture-kb.ts';
import { EVENT_DATE_RULE, readDates } from './event-dates.ts';
import { LogisticModel, type LogisticModelData } from './logistic.ts';
import { readPairs, RELATION_PAIR_RULE } from './relation-pairs.ts';

/**
 * Training reads what a run reads: the pairs and dates `readPairs` and `readDates` give `npm run train` are those the
 * models score in a run, with the same features, and a run proposes only from them (no pair or date training never
 * saw: a list of peers, a negation, a condition, a future). Invented sentences, models at a low threshold so that
 * they propose much.
 */

const PUBLISHED: FuzzyDate = { value: '2025-06-10', precision: 'day' };
const TEXTS: [Language, string][] = [
  ['en', 'Ostrel Data, a unit of Thales, competes with Nerval Cloud, Scaleway and OVHcloud.'],
  ['fr', 'Ostrel Data, filiale de Thales, rivalise avec Nerval Cloud, Scaleway et OVHcloud.'],
  ['en', 'Ostrel Data has never been hosted by Scaleway, but Nerval Cloud moved to OVHcloud in 2021.'],
  ['fr', 'Si Ostrel Data avait ouvert un site à Lyon en 2019, Thales aurait suivi ; Nerval Cloud a levé 5 M€ en 2022.'],
  ['en', 'Marta Lindqvist, who set up Ostrel Data in 2016, will hand it to Scaleway in 2027.'],
];

/** A model that keeps the features of every pair or date it scores. */
class Recording extends LogisticModel {
  readonly scored: string[] = [];
  override scores(features: readonly string[], z?: Float64Array): Float64Array {
    this.scored.push(features.join(' '));
    return super.scores(features, z);
  }
}

const saved = (file: string) =>
  JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as LogisticModelData;

describe('what training reads and what a run reads', () => {
  it.each(TEXTS)('are the same pairs and dates, with the same features (%s): %s', (language, text) => {
    const documents = [inlineDocument(text, language, PUBLISHED)];
    const read: { view: SentenceView; rules: RuleReading }[] = [];
    propose(actorsOnly(), documents, { ...RULES_ONLY, observe: (view, rules) => read.push({ view, rules }) });
    const pairs = read.flatMap(({ view, rules }) => readPairs(view, rules.relations));
    const dates = read.flatMap(({ view, rules }) => readDates(view, rules.events));

    const relationModel = new Recording({ ...saved('relation-model.json'), threshold: 0.02 });
    const eventModel = new Recording({ ...saved('event-model.json'), threshold: 0.02 });
    const options: ProposeOptions = { relationModel, eventModel };
    const p = propose(actorsOnly(), documents, options);

    // Every pair and date training reads is scored in a run with the same features (a run also scores pairs it then
    // finds unsure, before it asks; it leaves to the rules a date whose actor they gave an event on that date).
    for (const { features } of pairs) expect(relationModel.scored).toContain(features.join(' '));
    const ruled = new Set(
      read.flatMap(({ rules }) => rules.events.map((e) => `${e.record.actors[0]?.id} ${e.record.date.value}`)),
    );
    for (const { actor, date, features } of dates)
      if (!ruled.has(`${actor.id} ${date.date.value}`)) expect(eventModel.scored).toContain(features.join(' '));
    // A run proposes only for pairs and dates training reads.
    const trained = new Set(pairs.map(({ pair }) => [pair.first.id, pair.second.id].sort().join(' ')));
    const learnt = p.relations.filter((r) => r.proposal.rule.includes(RELATION_PAIR_RULE));
    for (const r of learnt) expect(trained).toContain([r.from, r.to].sort().join(' '));
    const dated = new Set(dates.map(({ actor, date }) => `${actor.id} ${date.date.value}`));
    for (const e of p.events.filter((x) => x.proposal.rule.includes(EVENT_DATE_RULE)))
      expect(dated).toContain(`${e.actors[0]!.id} ${e.date.value}`);
  });
});
