import {
  compareFuzzyDates,
  dateSpan,
  isActiveAsOf,
  overlapsWindow,
  type FuzzyDate,
  type IsoDay,
} from './fuzzy-date.ts';
import type { ActorQuery, CoMentionEdge, FundingQuery, SearchHit, StoreStats, TimelineQuery } from './graph-store.ts';
import { claimPointers, fundersOf } from './funding-aggregation.ts';
import { actorKinds, relationTypes } from './vocabulary.ts';
import { ownDatesSpan, shownAsOf, spanOverlapsWindow, type KnownSpan } from './time-spans.ts';
import type { Actor, AtlasEvent, Bundle, Dispute, Evidence, Funding, Relation } from './model.ts';

/**
 * The query semantics every GraphStore shares, as pure functions over plain records: what "as of" and a time
 * window mean, the sort orders, the limits, and the post-processing (funding flows, canonical shortest paths).
 * The embedded store indexes the same rules for speed; the Neo4j adapter fetches candidates and finishes with
 * these functions, so that both give the same answers to the contract suite.
 *
 * All string orders are by UTF-16 code units (JavaScript `<`), never locale-aware, so that every store sorts alike.
 */

// ---------------------------------------------------------------- limits

export const NEIGHBOURHOOD_MAX_DEPTH = 3;
export const PATH_DEFAULT_MAX_HOPS = 4;
export const PATH_MAX_HOPS = 6;
/** At most this many shortest paths (distinct actor sequences) are returned. */
export const PATH_RESULT_CAP = 20;
export const ACTORS_DEFAULT_LIMIT = 50;
export const ACTORS_MAX_LIMIT = 500;
export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;

const wholeNumber = (value: number | undefined, fallback: number): number =>
  value === undefined || !Number.isFinite(value) ? fallback : Math.floor(value);
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Neighbourhood depth: a whole number of hops from 1 to 3 (out-of-range values are clamped). */
export function clampDepth(depth: number): number {
  return clamp(wholeNumber(depth, 1), 1, NEIGHBOURHOOD_MAX_DEPTH);
}

/** Path length limit: 4 hops by default, 1 to 6. */
export function clampMaxHops(maxHops: number | undefined): number {
  return clamp(wholeNumber(maxHops, PATH_DEFAULT_MAX_HOPS), 1, PATH_MAX_HOPS);
}

/** Paging of actors(): offset 0 and limit 50 by default, the limit at most 500. */
export function clampPage(query: Pick<ActorQuery, 'offset' | 'limit'>): { offset: number; limit: number } {
  return {
    offset: Math.max(0, wholeNumber(query.offset, 0)),
    limit: clamp(wholeNumber(query.limit, ACTORS_DEFAULT_LIMIT), 0, ACTORS_MAX_LIMIT),
  };
}

/** Search results: 20 by default, at most 100. */
export function clampSearchLimit(limit: number | undefined): number {
  return clamp(wholeNumber(limit, SEARCH_DEFAULT_LIMIT), 0, SEARCH_MAX_LIMIT);
}

// ---------------------------------------------------------------- text

const typographic: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u0153': 'oe',
  '\u0152': 'oe',
  '\u00e6': 'ae',
  '\u00c6': 'ae',
  '\u00df': 'ss',
};
const typographicPattern = /[\u2019\u2018\u02bc\u2010\u2011\u2013\u2014\u0153\u0152\u00e6\u00c6\u00df]/g;

/**
 * Accent- and case-insensitive comparison key: NFD with combining marks removed, lower case, curly apostrophes
 * and dashes made plain, œ/æ spelled out. "Thalès", "THALES" and "thales" all fold to "thales".
 */
export function foldSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(typographicPattern, (char) => typographic[char]!);
}

/** Words for full-text search: maximal runs of letters and digits, with their [start, end) offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Longest search snippet before it is cut to a window around the first highlight. */
export const SNIPPET_MAX = 200;

/** [start, end) of every word of the text whose folded form is one of the (folded) matched terms. */
export function highlightWords(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { word, start, end } of wordsOf(text)) if (terms.has(foldSearchText(word))) ranges.push([start, end]);
  return ranges;
}

/**
 * A search snippet: the text itself when short, else about SNIPPET_MAX characters around the first highlight, cut
 * at spaces, with "…" where text was left out and the highlights moved along (those outside dropped).
 */
export function snippetWindow(text: string, highlights: [number, number][]): SearchHit['snippet'] {
  if (text.length <= SNIPPET_MAX) return { text, highlights };
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, first - 60);
  // Start on a word boundary when one is near.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_MAX);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_MAX / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/** actors() text: trimmed and folded; the empty string matches every actor. */
export function actorQueryText(text: string | undefined): string {
  return text === undefined ? '' : foldSearchText(text.trim());
}

/** Whether an actor's name or one of its aliases contains the already folded text (see actorQueryText). */
export function actorMatchesText(actor: Actor, foldedText: string): boolean {
  if (foldedText === '') return true;
  if (foldSearchText(actor.name).includes(foldedText)) return true;
  return [...actor.aliases.fr, ...actor.aliases.en].some((alias) => foldSearchText(alias).includes(foldedText));
}

/** Score added to an actor whose name or an alias is exactly the query: typing "Google" finds Google first. */
export const EXACT_NAME_BONUS = 1_000;

const phrase = (text: string) =>
  wordsOf(text)
    .map((w) => foldSearchText(w.word))
    .join(' ');

/** EXACT_NAME_BONUS when the actor's name or one of its aliases is the query word for word (accents, case aside). */
export function exactNameBonus(actor: Pick<Actor, 'name' | 'aliases'>, query: string): number {
  const wanted = phrase(query);
  if (wanted === '') return 0;
  const names = [actor.name, ...actor.aliases.fr, ...actor.aliases.en];
  return names.some((name) => phrase(name) === wanted) ? EXACT_NAME_BONUS : 0;
}

// ---------------------------------------------------------------- orders

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const compareById = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);

/** Nullable strings with null first. */
export const compareNullFirst = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : compareStrings(a, b);

/** actors(): by folded name, then id. */
export function compareActorsByName(a: Actor, b: Actor): number {
  return compareStrings(foldSearchText(a.name), foldSearchText(b.name)) || compareStrings(a.id, b.id);
}

/** Timeline order: the one fuzzy-date order (compareFuzzyDates: middle of the span, narrower first), then id. */
export function compareEventsChronologically(a: AtlasEvent, b: AtlasEvent): number {
  return compareFuzzyDates(a.date, b.date) || compareStrings(a.id, b.id);
}

/** Evidence of a source: by start offset (unanchored evidence last), then id. */
export function compareEvidenceInText(a: Evidence, b: Evidence): number {
  if (a.start !== b.start) {
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    return a.start - b.start;
  }
  return compareStrings(a.id, b.id);
}

export const compareCoMentions = (x: { a: string; b: string }, y: { a: string; b: string }): number =>
  compareStrings(x.a, y.a) || compareStrings(x.b, y.b);

/** Shortest paths: lexicographically by their actor id sequences. */
export function compareActorSequences(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareStrings(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------- time

/** An actor exists as of day D when isActiveAsOf({since: founded, until: dissolved}, D). */
export function actorActiveAsOf(actor: Pick<Actor, 'founded' | 'dissolved'>, asOf: IsoDay): boolean {
  return isActiveAsOf({ since: actor.founded, until: actor.dissolved }, asOf);
}

/** A relation counts as of day D when isActiveAsOf({since, until}, D). */
export function relationActiveAsOf(relation: Pick<Relation, 'since' | 'until'>, asOf: IsoDay): boolean {
  return isActiveAsOf(relation, asOf);
}

/** An event counts as of day D once the first day its date can denote has come: dateSpan(date).start <= D. */
export function eventHappenedBy(event: Pick<AtlasEvent, 'date'>, asOf: IsoDay): boolean {
  return dateSpan(event.date).start <= asOf;
}

/**
 * The time a relation covers: from the first day of `since` (or -∞, null) to the last day of `until` (or +∞,
 * null). An undated relation covers all time.
 */
export function relationSpan(relation: Pick<Relation, 'since' | 'until'>): {
  start: IsoDay | null;
  end: IsoDay | null;
} {
  return {
    start: relation.since ? dateSpan(relation.since).start : null,
    end: relation.until ? dateSpan(relation.until).end : null,
  };
}

export interface TimeWindow {
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
}

/** Whether a relation's span overlaps the inclusive window [from, to] (either end may be open). */
export function relationOverlapsWindow(relation: Pick<Relation, 'since' | 'until'>, window: TimeWindow): boolean {
  const span = relationSpan(relation);
  if (window.from && span.end !== null && span.end < window.from) return false;
  if (window.to && span.start !== null && span.start > window.to) return false;
  return true;
}

const hasWindow = (window: TimeWindow) => Boolean(window.from || window.to);

// ---------------------------------------------------------------- records

/** The pointer a dispute claim uses for a record: `fundings/<id>`, `events/<id>`… */
export const recordPointer = (collection: 'actors' | 'relations' | 'events' | 'fundings', id: string): string =>
  `${collection}/${id}`;

/** Every record pointer that some dispute claim points at. */
export function disputedPointers(disputes: readonly Dispute[]): Set<string> {
  const pointers = new Set<string>();
  for (const dispute of disputes)
    for (const claim of dispute.claims) for (const p of claimPointers(claim)) pointers.add(p);
  return pointers;
}

export interface RelationFilter {
  relationTypes?: readonly string[] | undefined;
  asOf?: IsoDay | undefined;
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
}

/**
 * A relation passes when its type is in `relationTypes` (every type when it is omitted; an empty list passes none),
 * it is shown as of `asOf` (when given) and its span overlaps [from, to]. The span is its known span
 * (domain/time-spans.ts computeKnownSpans: a statement starts at its publication); without one, its own dates. List
 * filters (kinds, relation types, event kinds, actors) follow the same rule everywhere: omitted means no filter,
 * empty means nothing passes.
 */
export function relationPasses(
  relation: Relation,
  filter: RelationFilter,
  span: KnownSpan = ownDatesSpan(relation.since, relation.until),
): boolean {
  if (filter.relationTypes && !filter.relationTypes.includes(relation.type)) return false;
  if (filter.asOf && !shownAsOf(span, filter.asOf)) return false;
  return spanOverlapsWindow(span, filter);
}

/**
 * timeline(): events that list any of `actors` (when given), of one of `kinds` (when given), whose date span
 * overlaps [from, to]; in timeline order.
 */
export function filterTimeline(events: readonly AtlasEvent[], query: TimelineQuery): AtlasEvent[] {
  const actors = query.actors ? new Set(query.actors) : null;
  const kinds = query.kinds ? new Set<string>(query.kinds) : null;
  return events
    .filter(
      (event) =>
        (!actors || event.actors.some((a) => actors.has(a.id))) &&
        (!kinds || kinds.has(event.kind)) &&
        overlapsWindow(event.date, query),
    )
    .sort(compareEventsChronologically);
}

/**
 * funding() records: funder is `from` or one of the joint `funders`, recipient is `to`, kind listed; with a window, only dated records whose
 * date span overlaps it (undated records are kept only when no window is given). Sorted by id.
 */
export function filterFundings(records: readonly Funding[], query: FundingQuery): Funding[] {
  const kinds = query.kinds ? new Set<string>(query.kinds) : null;
  const windowed = hasWindow(query);
  return records
    .filter(
      (record) =>
        (query.funder === undefined || fundersOf(record).includes(query.funder)) &&
        (query.recipient === undefined || record.to === query.recipient) &&
        (!kinds || kinds.has(record.kind)) &&
        (!windowed || (record.date !== undefined && overlapsWindow(record.date, query))),
    )
    .sort(compareById);
}

/** Co-mention edges of at least `minWeight` between two of the given actors, sorted by (a, b). */
export function filterCoMentions(
  coMentions: readonly { a: string; b: string; weight: number }[],
  nodes: ReadonlySet<string>,
  minWeight: number | undefined,
): CoMentionEdge[] {
  if (minWeight === undefined) return [];
  return coMentions
    .filter((c) => c.weight >= minWeight && nodes.has(c.a) && nodes.has(c.b))
    .map((c) => ({ a: c.a, b: c.b, weight: c.weight }))
    .sort(compareCoMentions);
}

/** Of the relations linking two consecutive actors of a path (either direction), the hop is the smallest id. */
export function selectHop(candidates: readonly Relation[]): Relation | undefined {
  let best: Relation | undefined;
  for (const relation of candidates) if (!best || relation.id < best.id) best = relation;
  return best;
}

/** Distinct actor sequences, sorted lexicographically, at most `cap` of them. */
export function canonicalSequences(sequences: readonly string[][], cap = PATH_RESULT_CAP): string[][] {
  const unique = new Map(sequences.map((sequence) => [JSON.stringify(sequence), sequence]));
  return [...unique.values()].sort(compareActorSequences).slice(0, cap);
}

/** Counts per kind and per type, listing only those present, in vocabulary order. */
export function bundleStats(
  bundle: Pick<
    Bundle,
    'version' | 'actors' | 'relations' | 'events' | 'fundings' | 'disputes' | 'sources' | 'evidence'
  >,
): StoreStats {
  const actorsByKind: StoreStats['actorsByKind'] = {};
  const kindCounts = new Map<string, number>();
  for (const actor of bundle.actors) kindCounts.set(actor.kind, (kindCounts.get(actor.kind) ?? 0) + 1);
  for (const kind of actorKinds) if (kindCounts.has(kind)) actorsByKind[kind] = kindCounts.get(kind)!;
  const relationsByType: StoreStats['relationsByType'] = {};
  const typeCounts = new Map<string, number>();
  for (const relation of bundle.relations) typeCounts.set(relation.type, (typeCounts.get(relation.type) ?? 0) + 1);
  for (const type of relationTypes) if (typeCounts.has(type)) relationsByType[type] = typeCounts.get(type)!;
  return {
    version: bundle.version,
    actors: bundle.actors.length,
    relations: bundle.relations.length,
    events: bundle.events.length,
    fundings: bundle.fundings.length,
    disputes: bundle.disputes.length,
    sources: bundle.sources.length,
    evidence: bundle.evidence.length,
    actorsByKind,
    relationsByType,
  };
}

/** The first day a fuzzy date can denote, as a sortable number YYYYMMDD (for indexes). */
export function dayNumber(day: IsoDay): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** The span of a fuzzy date as YYYYMMDD numbers. */
export function daySpanNumbers(date: FuzzyDate): { start: number; end: number } {
  const span = dateSpan(date);
  return { start: dayNumber(span.start), end: dayNumber(span.end) };
}
