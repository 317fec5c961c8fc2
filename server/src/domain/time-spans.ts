import { compareFuzzyDates, dateSpan, type FuzzyDate, type IsoDay } from './fuzzy-date.ts';
import { hasHappened, type EventStatus } from './truth/status.ts';
import type { DatingCounts, KnownSpan, SpanStartBasis } from './results.ts';
import type { relationStatuses, RelationType } from './vocabulary.ts';

/**
 * Honest time: the span every actor and relation is known to cover, computed once from the bundle, and what "as of"
 * a day means for it. Plain TypeScript with no dependency (no zod), so that the stores, the API and the explorer
 * apply the very same rules. See docs/truth-time.md.
 *
 * - start: the record's own date (an actor's `founded`, a relation's `since`); otherwise, for a statement-like
 *   relation (statementRelationTypes), the publication of the earliest source its evidence cites: the statement
 *   exists from then. Otherwise unknown (null).
 * - end: the record's own end (`dissolved`, `until`), or null.
 * - attested: the earliest day it is spoken of: the publication of a source that cites it (its evidence) or, for an
 *   actor, mentions it (the ingest's mentions), or, for an actor, the date of a dated fact it takes part in (an event
 *   that happened, a relation with its own `since` that is not only planned or announced). Not a start: it never
 *   hides anything, it only tells "by then, it was no longer unknown".
 *
 * "Earliest" is the first in compareFuzzyDates order (ties: smaller source id). A fuzzy date is reached from the
 * first day it can denote, for starts, ends and attestations alike (the rule of isActiveAsOf).
 */

/**
 * Relation types that report what someone said or stood for (criticises, questions, supports): without a date of
 * its own, such a relation exists from the publication of the source that reports it. Every other type (owns,
 * founded, located-in, competes-with, author-of…) describes a state of the world that a source may report long after
 * it began, so its publication only attests it.
 */
export const statementRelationTypes: ReadonlySet<RelationType> = new Set<RelationType>([
  'criticises',
  'questions',
  'supports',
]);

// What is known of when a record existed, defined once as a zod schema (results.ts), imported as a type only:
// - start: when it began: its own date, or (a statement) the publication of the source reporting it; null: unknown;
// - end: when it ended (dissolved, until); null: not known to have ended;
// - attested: the earliest day it is spoken of: a source's publication (`source`), or a dated fact it takes part in
//   (`record`, `events/<id>` or `relations/<id>`); null: nothing speaks of it.
export type { DatingCounts, KnownSpan, SpanStartBasis };

/**
 * How an item shown as of a day is dated:
 * - dated: it has a known start, reached by that day;
 * - attested: no known start, but a source published by that day speaks of it (it existed by then);
 * - undated: no known start and no source by that day: shown, but not as a fact of that day.
 */
export const datings = ['dated', 'attested', 'undated'] as const;
export type Dating = (typeof datings)[number];

/** Whether a graph query returns undated items ('show', the default, marked as such) or leaves them out ('hide'). */
export const undatedOptions = ['show', 'hide'] as const;
export type UndatedOption = (typeof undatedOptions)[number];

/** What the span computation needs of a bundle (plain records, so fixtures stay small). */
export interface SpanInputs {
  actors: readonly {
    id: string;
    founded?: FuzzyDate | undefined;
    dissolved?: FuzzyDate | undefined;
    evidence: readonly string[];
  }[];
  relations: readonly {
    id: string;
    type: RelationType;
    from: string;
    to: string;
    since?: FuzzyDate | undefined;
    until?: FuzzyDate | undefined;
    status?: (typeof relationStatuses)[number] | undefined;
    evidence: readonly string[];
  }[];
  events: readonly {
    id: string;
    date: FuzzyDate;
    status?: EventStatus | undefined;
    actors: readonly { id: string }[];
  }[];
  sources: readonly { id: string; published: FuzzyDate }[];
  evidence: readonly { id: string; source: string }[];
  mentions: readonly { source: string; actor: string }[];
}

export interface KnownSpans {
  actors: Map<string, KnownSpan>;
  relations: Map<string, KnownSpan>;
}

type Attestation = NonNullable<KnownSpan['attested']>;

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Earliest first (compareFuzzyDates); at equal dates a source before a record, then by id. */
const compareAttestations = (a: Attestation, b: Attestation) =>
  compareFuzzyDates(a.date, b.date) ||
  compareStrings(a.source === null ? '1' : '0', b.source === null ? '1' : '0') ||
  compareStrings(a.source ?? a.record ?? '', b.source ?? b.record ?? '');

function earliest(attestations: Iterable<Attestation>): Attestation | null {
  let best: Attestation | null = null;
  for (const attestation of attestations) if (!best || compareAttestations(attestation, best) < 0) best = attestation;
  return best;
}

/** Dated facts an actor takes part in: happened events, relations with their own start not merely planned. */
function factAttestations(bundle: SpanInputs): Map<string, Attestation[]> {
  const byActor = new Map<string, Attestation[]>();
  const add = (actor: string, attestation: Attestation) => {
    const list = byActor.get(actor);
    if (list) list.push(attestation);
    else byActor.set(actor, [attestation]);
  };
  for (const event of bundle.events) {
    if (!hasHappened(event)) continue;
    const record = `events/${event.id}`;
    for (const id of new Set(event.actors.map((a) => a.id))) add(id, { date: event.date, source: null, record });
  }
  for (const relation of bundle.relations) {
    if (!relation.since || relation.status === 'planned' || relation.status === 'announced') continue;
    const attestation = { date: relation.since, source: null, record: `relations/${relation.id}` };
    add(relation.from, attestation);
    if (relation.to !== relation.from) add(relation.to, attestation);
  }
  return byActor;
}

/** The known span of every actor and relation of a bundle. Deterministic: same bundle, same spans. */
export function computeKnownSpans(bundle: SpanInputs): KnownSpans {
  const published = new Map(bundle.sources.map((source) => [source.id, source.published]));
  const evidenceSource = new Map(bundle.evidence.map((evidence) => [evidence.id, evidence.source]));
  const publications = (sources: Iterable<string | undefined>): Attestation[] => {
    const found: Attestation[] = [];
    for (const source of new Set(sources)) {
      const date = source === undefined ? undefined : published.get(source);
      if (source !== undefined && date) found.push({ date, source, record: null });
    }
    return found;
  };
  const citing = (evidence: readonly string[]) => publications(evidence.map((id) => evidenceSource.get(id)));
  const facts = factAttestations(bundle);
  const mentioning = new Map<string, string[]>();
  for (const mention of bundle.mentions) {
    const list = mentioning.get(mention.actor);
    if (list) list.push(mention.source);
    else mentioning.set(mention.actor, [mention.source]);
  }

  const actors = new Map<string, KnownSpan>();
  for (const actor of bundle.actors) {
    actors.set(actor.id, {
      start: actor.founded ? { date: actor.founded, basis: 'own', source: null } : null,
      end: actor.dissolved ?? null,
      attested: earliest([
        ...citing(actor.evidence),
        ...publications(mentioning.get(actor.id) ?? []),
        ...(facts.get(actor.id) ?? []),
      ]),
    });
  }
  const relations = new Map<string, KnownSpan>();
  for (const relation of bundle.relations) {
    const attested = earliest(citing(relation.evidence));
    let start: KnownSpan['start'] = null;
    if (relation.since) start = { date: relation.since, basis: 'own', source: null };
    else if (statementRelationTypes.has(relation.type) && attested)
      start = { date: attested.date, basis: 'publication', source: attested.source };
    relations.set(relation.id, { start, end: relation.until ?? null, attested });
  }
  return { actors, relations };
}

/** The span a record's own dates alone give (no evidence consulted). */
export function ownDatesSpan(start: FuzzyDate | undefined, end: FuzzyDate | undefined): KnownSpan {
  return { start: start ? { date: start, basis: 'own', source: null } : null, end: end ?? null, attested: null };
}

/** A span nobody knows anything about: what a record missing from the computed spans gets. */
export const UNKNOWN_SPAN: KnownSpan = Object.freeze({ start: null, end: null, attested: null });

/** The first day of the known start, or null when the start is unknown. */
export const spanStartDay = (span: KnownSpan): IsoDay | null => (span.start ? dateSpan(span.start.date).start : null);
/** The first day of the end (from it on, the thing is over), or null. */
export const spanEndDay = (span: KnownSpan): IsoDay | null => (span.end ? dateSpan(span.end).start : null);
/** The first day of the earliest attestation, or null. */
export const attestedDay = (span: KnownSpan): IsoDay | null =>
  span.attested ? dateSpan(span.attested.date).start : null;
/** The last day the end can denote (for windows), or null. */
export const spanLastDay = (span: KnownSpan): IsoDay | null => (span.end ? dateSpan(span.end).end : null);

/**
 * Whether an item is shown as of day D: it had begun (no known start, or its start reached by D) and had not ended
 * (no end, or its end not yet reached). An item with no known start is shown, marked by its dating.
 */
export function shownAsOf(span: KnownSpan, asOf: IsoDay): boolean {
  const start = spanStartDay(span);
  if (start !== null && start > asOf) return false;
  const end = spanEndDay(span);
  return end === null || end > asOf;
}

/** The dating of a shown item as of day D, or as of now (every source published) when no day is given. */
export function datingAsOf(span: KnownSpan, asOf?: IsoDay | undefined): Dating {
  if (span.start) return 'dated';
  const attested = attestedDay(span);
  if (attested !== null && (asOf === undefined || attested <= asOf)) return 'attested';
  return 'undated';
}

/** Whether the known span covers some day of the inclusive window [from, to]; unknown ends are open. */
export function spanOverlapsWindow(span: KnownSpan, window: { from?: IsoDay | undefined; to?: IsoDay | undefined }) {
  const start = spanStartDay(span);
  const last = spanLastDay(span);
  if (window.from && last !== null && last < window.from) return false;
  if (window.to && start !== null && start > window.to) return false;
  return true;
}

export const emptyDatingCounts = (): DatingCounts => ({ dated: 0, attested: 0, undated: 0 });

/** How many items of each dating. */
export function countDatings(items: Iterable<{ dating: Dating }>): DatingCounts {
  const counts = emptyDatingCounts();
  for (const item of items) counts[item.dating]++;
  return counts;
}

/**
 * The last step of every graph query, shared by the stores: each node and edge (already filtered by shownAsOf and
 * the other filters) gets its dating as of the day; the datings are counted; then, with `undated: 'hide'`, undated
 * nodes, undated edges and edges touching a hidden node are left out. Counts describe the graph before that step,
 * so the undated count says how much 'hide' leaves out. Order is kept.
 */
export function datedSubgraph<
  N extends { id: string; span: KnownSpan },
  E extends { from: string; to: string; span: KnownSpan },
>(
  nodes: readonly N[],
  edges: readonly E[],
  asOf: IsoDay | undefined,
  undated: UndatedOption = 'show',
): {
  nodes: (N & { dating: Dating })[];
  edges: (E & { dating: Dating })[];
  datings: { nodes: DatingCounts; edges: DatingCounts };
} {
  const datedNodes = nodes.map((node) => ({ ...node, dating: datingAsOf(node.span, asOf) }));
  const datedEdges = edges.map((edge) => ({ ...edge, dating: datingAsOf(edge.span, asOf) }));
  const datings = { nodes: countDatings(datedNodes), edges: countDatings(datedEdges) };
  if (undated === 'show') return { nodes: datedNodes, edges: datedEdges, datings };
  const keptNodes = datedNodes.filter((node) => node.dating !== 'undated');
  const kept = new Set(keptNodes.map((node) => node.id));
  return {
    nodes: keptNodes,
    edges: datedEdges.filter((edge) => edge.dating !== 'undated' && kept.has(edge.from) && kept.has(edge.to)),
    datings,
  };
}
