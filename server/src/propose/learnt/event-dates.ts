import { readFileSync } from 'node:fs';
import { isAfterPublication } from '../../domain/truth/status.ts';
import { eventKinds, type EventKind } from '../../domain/vocabulary.ts';
import type { DateMention } from '../../ingest/extract/dates.ts';
import type { EventDraft } from '../drafts.ts';
import { datedEvent } from '../events.ts';
import type { ActorSpan, SentenceView } from '../sentence.ts';
import { LogisticModel, type LogisticModelData } from './logistic.ts';
import { distance, sentenceTokens, unsure, type SentenceTokens } from './pair-features.ts';

/**
 * Events the rules did not read, proposed by a model learnt from the held-out sets' gold: for each date a sentence
 * gives and each actor it names, the probability that the actor is the main actor of an event of each kind on that
 * date, from the words between and around the two (dates standing as `<date>`, actors as their kind). Where the
 * event rules need an event word they know beside the date, this reads by example: "X, qui a vu le jour en 2016"
 * is a founding when similar words told one in the training articles.
 */

export const EVENT_DATE_RULE = 'learnt:event-dates';

/** One class per event kind a curator writes from a text (a publication is the source's own, never read). */
export const eventClasses = (): string[] => eventKinds.filter((k) => k !== 'publication');

/** A date and an actor of the sentence the model reads, with what it reads of them. */
export interface ReadDate {
  date: DateMention;
  actor: ActorSpan;
  features: string[];
}

/** The main actor of an event draft: its first actor. */
const mainOf = (e: EventDraft) => e.record.actors[0]?.id;

/**
 * The date and actor pairs of a sentence as the model reads them (in training and in a run alike): none for a date
 * after the publication or in a future tense (a plan is no event), none under a negation or a condition; each with
 * what the rules read of that date as features of its own.
 */
export function readDates(view: SentenceView, ruleEvents: readonly EventDraft[]): ReadDate[] {
  if (view.dates.length === 0 || view.actors.length === 0) return [];
  let tokens: SentenceTokens | undefined;
  const out: ReadDate[] = [];
  for (const date of view.dates) {
    if (date.future || isAfterPublication(date.date, view.published)) continue;
    tokens ??= sentenceTokens(view, view.dates);
    const d = tokens.slotToken.get(date)!;
    const closest = new Map<string, { actor: ActorSpan; token: number }>();
    for (const actor of view.actors) {
      const token = tokens.slotToken.get(actor)!;
      const known = closest.get(actor.id);
      if (token !== d && (!known || Math.abs(token - d) < Math.abs(known.token - d)))
        closest.set(actor.id, { actor, token });
    }
    const sameDate = ruleEvents.filter((e) => e.record.date.value === date.date.value);
    for (const { actor, token } of closest.values()) {
      const [from, to] = actor.start < date.start ? [actor, date] : [date, actor];
      if (unsure(view, from.start, to.end)) continue;
      const features = dateFeatures(tokens, token, d, actor, date);
      const read = sameDate.filter((e) => mainOf(e) === actor.id);
      for (const e of read) features.push(`r:${e.record.kind}`);
      if (read.length === 0) features.push(sameDate.length > 0 ? 'r:other' : 'r:none');
      out.push({ date, actor, features });
    }
  }
  return out;
}

function dateFeatures(tokens: SentenceTokens, a: number, d: number, actor: ActorSpan, date: DateMention): string[] {
  const { forms } = tokens;
  const [i, j] = a < d ? [a, d] : [d, a];
  const order = a < d ? 'ad' : 'da';
  const between = forms.slice(i + 1, j);
  const features = [
    `k:${actor.kind}`,
    `dp:${date.date.precision}`,
    `o:${order}`,
    `n:${distance(between.length)}`,
    `a:${Math.min(a, 4)}`,
    `ok:${order}|${actor.kind}`,
  ];
  let previous = '^';
  for (const form of between) {
    features.push(`w:${form}`, `b:${previous}_${form}`);
    previous = form;
  }
  features.push(`b:${previous}_$`);
  if (between.length <= 5) features.push(`s:${order}|${between.join('_')}`);
  features.push(
    `p1:${forms[i - 1] ?? '^'}`,
    `p2:${forms[i - 2] ?? '^'}`,
    `n1:${forms[j + 1] ?? '$'}`,
    `n2:${forms[j + 2] ?? '$'}`,
    `an1:${forms[a + 1] ?? '$'}`,
    `an2:${forms[a + 2] ?? '$'}`,
  );
  return features;
}

let saved: LogisticModel | undefined;
/** The model trained by `npm run train` (scripts/train.ts), read once. */
export function savedEventModel(): LogisticModel {
  saved ??= new LogisticModel(
    JSON.parse(readFileSync(new URL('./event-model.json', import.meta.url), 'utf8')) as LogisticModelData,
  );
  return saved;
}

/** What the model proposes for a sentence: one event per date and actor, of its likeliest kind, the rules' aside. */
export function learntEvents(
  view: SentenceView,
  model: LogisticModel,
  ruleEvents: readonly EventDraft[],
): EventDraft[] {
  const out: EventDraft[] = [];
  for (const { date, actor, features } of readDates(view, ruleEvents)) {
    if (ruleEvents.some((e) => mainOf(e) === actor.id && e.record.date.value === date.date.value)) continue;
    const p = model.probabilities(features);
    let best = -1;
    for (let c = 0; c < p.length; c++) if (p[c]! >= model.threshold && (best < 0 || p[c]! > p[best]!)) best = c;
    if (best < 0) continue;
    const kind = model.classes[best] as EventKind;
    out.push(
      datedEvent(view, kind, date, actor, undefined, [date, actor], {
        confidence: p[best]! * 0.8,
        rule: EVENT_DATE_RULE,
      }),
    );
  }
  return out;
}
