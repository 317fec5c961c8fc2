import { isAfterPublication } from '../../domain/truth/status.ts';
import { eventKinds, type EventKind } from '../../domain/vocabulary.ts';
import type { DateMention } from '../../ingest/extract/dates.ts';
import type { EventDraft } from '../drafts.ts';
import { datedEvent } from '../events.ts';
import type { ActorSpan, SentenceView } from '../sentence.ts';
import { readLogisticModel, type LogisticModel } from './logistic.ts';
import { betweenFeatures, distance, sentenceTokens, unsure, type SentenceTokens } from './pair-features.ts';

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

/** A date and an actor of the sentence, at the actor's mention closest to the date, with their tokens. */
interface DateCandidate {
  date: DateMention;
  actor: ActorSpan;
  /** The actor's token and the date's. */
  a: number;
  d: number;
}

/** The dates of a sentence an event may have (not after the publication nor in a future tense: a plan is no event). */
function* candidates(view: SentenceView, tokens: SentenceTokens): Generator<DateCandidate> {
  for (const date of view.dates) {
    if (date.future || isAfterPublication(date.date, view.published)) continue;
    const d = tokens.slotToken.get(date)!;
    const closest = new Map<string, { actor: ActorSpan; token: number }>();
    for (const actor of view.actors) {
      const token = tokens.slotToken.get(actor)!;
      const known = closest.get(actor.id);
      if (token !== d && (!known || Math.abs(token - d) < Math.abs(known.token - d)))
        closest.set(actor.id, { actor, token });
    }
    for (const { actor, token } of closest.values()) yield { date, actor, a: token, d };
  }
}

/** What the model reads of a date and an actor: the words, the kinds, and the events the rules read on that date. */
function dateReading(tokens: SentenceTokens, c: DateCandidate, ruleEvents: readonly EventDraft[]): string[] {
  const features = dateFeatures(tokens, c.a, c.d, c.actor, c.date);
  const sameDate = ruleEvents.filter((e) => e.record.date.value === c.date.date.value);
  const read = sameDate.filter((e) => mainOf(e) === c.actor.id);
  for (const e of read) features.push(`r:${e.record.kind}`);
  if (read.length === 0) features.push(sameDate.length > 0 ? 'r:other' : 'r:none');
  return features;
}

/** Whether a negation, a condition or a future stands between (or just before) the actor and the date. */
const unsureOf = (view: SentenceView, c: DateCandidate) =>
  c.actor.start < c.date.start ? unsure(view, c.actor.start, c.date.end) : unsure(view, c.date.start, c.actor.end);

/** The dates and actors of a sentence as the model learns them: none under a negation, a condition or a future. */
export function readDates(view: SentenceView, ruleEvents: readonly EventDraft[]): ReadDate[] {
  if (view.dates.length === 0 || view.actors.length === 0) return [];
  const tokens = sentenceTokens(view, view.dates);
  const out: ReadDate[] = [];
  for (const c of candidates(view, tokens))
    if (!unsureOf(view, c)) out.push({ date: c.date, actor: c.actor, features: dateReading(tokens, c, ruleEvents) });
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
  betweenFeatures(tokens, i, j, features);
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
/**
 * The model trained by `npm run train` (scripts/train.ts), read once: a `LearntModelError` when the file is missing
 * or out of shape.
 */
export function savedEventModel(): LogisticModel {
  saved ??= readLogisticModel(new URL('./event-model.json', import.meta.url));
  return saved;
}

/** What the model proposes for a sentence: one event per date and actor, of its likeliest kind, the rules' aside. */
export function learntEvents(
  view: SentenceView,
  model: LogisticModel,
  ruleEvents: readonly EventDraft[],
): EventDraft[] {
  if (view.dates.length === 0 || view.actors.length === 0) return [];
  const out: EventDraft[] = [];
  const tokens = sentenceTokens(view, view.dates);
  const z = new Float64Array(model.classes.length);
  for (const c of candidates(view, tokens)) {
    const { date, actor } = c;
    if (ruleEvents.some((e) => mainOf(e) === actor.id && e.record.date.value === date.date.value)) continue;
    model.scores(dateReading(tokens, c, ruleEvents), z);
    let best = -1;
    let p = 0;
    for (let k = 0; k < z.length; k++) {
      const q = model.passes(z[k]!);
      if (q !== undefined && (best < 0 || q > p)) [best, p] = [k, q];
    }
    // (asked only of a candidate the model would propose: the mood words are found once per sentence, on first use)
    if (best < 0 || unsureOf(view, c)) continue;
    out.push(
      datedEvent(view, model.classes[best] as EventKind, date, actor, undefined, [date, actor], {
        confidence: p * 0.8,
        rule: EVENT_DATE_RULE,
      }),
    );
  }
  return out;
}
