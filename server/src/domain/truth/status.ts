/**
 * What a source says of a happening: that it is planned, that it was announced, or that it happened. Plain
 * TypeScript with no dependency, shared by the ingest, the API and the explorer.
 *
 * - `planned`: the source speaks of it in the future ("will be disconnected on February 1st", "devrait signer").
 * - `announced`: the source reports that someone announced, confirmed or promised it, not that it was done.
 * - `happened`: the source reports it as done. The default.
 * An announcement is not a founding: a founding or launch event that is only planned or announced does not date its
 * actor, and no actor's founding date or relation's start may rest on a quote that announces or plans it.
 */
import type { DateSpan, FuzzyDate } from '../fuzzy-date.ts';
import type { EventKind } from '../vocabulary.ts';
import { nominalSpan } from './precision.ts';

export const eventStatuses = ['planned', 'announced', 'happened'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** Kinds of event that say something came into being. */
const beginnings: ReadonlySet<EventKind> = new Set(['founding', 'launch']);

/** Whether an event counts as having happened (drawn solid, dating what it begins). */
export const hasHappened = (event: { status?: EventStatus | undefined }) => (event.status ?? 'happened') === 'happened';

/** Why an event's kind and status do not fit together, or null. */
export function statusProblem(event: { kind: EventKind; status?: EventStatus | undefined }): string | null {
  if (beginnings.has(event.kind) && event.status === 'announced')
    return `an announcement is not a ${event.kind}: record the announcing as an event of kind "announcement"`;
  return null;
}

/**
 * A text can report as done only what came before it: a date that begins after its source's publication (as both are
 * named, "about 2020" after "about 2019") is a plan.
 */
export function isAfterPublication(date: FuzzyDate, published: FuzzyDate): boolean {
  return nominalSpan(date).start > publicationSpan(published).end;
}

/** Publication spans by date object, read once: the extractor asks about a text's publication at every event word. */
const publicationSpans = new WeakMap<FuzzyDate, DateSpan>();
function publicationSpan(published: FuzzyDate): DateSpan {
  let span = publicationSpans.get(published);
  if (!span) publicationSpans.set(published, (span = nominalSpan(published)));
  return span;
}

/**
 * Words by which a sentence announces, confirms or promises something rather than reporting it done, in French and
 * English (any inflection: "annonce", "announced", "confirme", "promises", "unveiled").
 */
const ANNOUNCING =
  /(?<![\p{L}\p{N}])(?:annon[cç]\p{L}*|announc\p{L}*|confirm\p{L}*|promet\p{L}*|promis\p{L}*|promes\p{L}*|d[ée]voil\p{L}*|unveil\p{L}*|pledg\p{L}*)(?![\p{L}\p{N}])/iu;

/** The word by which a passage announces something, or null. */
export function announcingWord(passage: string): string | null {
  return ANNOUNCING.exec(passage)?.[0] ?? null;
}
