import type { FuzzyDate } from '../../domain/dates.ts';
import {
  StoreUnavailableError,
  type ActorDetail,
  type ActorPath,
  type ActorQuery,
  type FundingQuery,
  type FundingResult,
  type GraphEdge,
  type GraphNode,
  type GraphStore,
  type NeighbourhoodQuery,
  type ActorPage,
  type PathQuery,
  type SearchHit,
  type SearchHitKind,
  type SourceDetail,
  type StoreHealth,
  type StoreStats,
  type Subgraph,
  type SubgraphQuery,
  type TimelineQuery,
} from '../../domain/graph-store.ts';
import { graphMetrics, type ActorMetrics } from '../../domain/metrics.ts';
import {
  actorKinds,
  relationTypes,
  type Actor,
  type AtlasEvent,
  type Bundle,
  type Dispute,
  type Evidence,
  type Funding,
  type Mention,
  type Relation,
  type Source,
} from '../../domain/model.ts';
import { claimPointers, fundersOf, summariseFunding } from '../../domain/funding-aggregation.ts';
import { clampDepth, clampMaxHops, clampPage, PATH_RESULT_CAP } from '../../domain/query-limits.ts';
import { filterFundings, recordPointer } from '../../domain/record-filters.ts';
import { actorQueryText, foldSearchText } from '../../domain/search-text.ts';
import {
  compareById,
  compareCoMentions,
  compareEventsChronologically,
  compareEvidenceInText,
  compareStrings,
} from '../../domain/sort-orders.ts';
import { bundleStats } from '../../domain/stats.ts';
import { dayNumber, daySpanNumbers } from '../../domain/time-windows.ts';
import {
  computeKnownSpans,
  datedSubgraph,
  spanEndDay,
  spanLastDay,
  spanStartDay,
  UNKNOWN_SPAN,
  type KnownSpan,
} from '../../domain/time-spans.ts';
import { SearchIndex } from './search-index.ts';
import {
  buildAdjacency,
  edgePasses,
  NO_END,
  NO_START,
  Traversal,
  type EdgeFilter,
  type RelationTable,
} from './traversal.ts';
import type { Language } from '../../domain/vocabulary.ts';

/**
 * The embedded GraphStore: everything in process, built from a bundle by load(), no server to install.
 *
 * Index: actors and relations numbered in id order; relations as typed-array columns (endpoints, type, day bounds)
 * with an undirected adjacency in CSR form for neighbourhoods and shortest paths (see traversal.ts); MiniSearch for
 * full text (search-index.ts); plain maps for the per-actor and per-source side panels. Whole-graph metrics come
 * from domain/metrics.ts, like every store.
 *
 * load() builds a complete new index and only then swaps one reference, so a reader sees the old dataset or the new
 * one, never a mix. The store keeps the bundle's records and returns them as they are: neither the bundle given to
 * load() nor the records a query returns may be mutated.
 *
 * Semantics (the contract suite holds every store to them; pure versions are in the domain: query-limits.ts,
 * search-text.ts, sort-orders.ts, time-windows.ts, record-filters.ts, shortest-paths.ts, stats.ts):
 * - Time (domain/time-spans.ts): every actor and relation has a known span, computed at load from the bundle. "As
 *   of" day D: an actor or relation is shown when shownAsOf(span, D) (its known start, if any, reached; its end, if
 *   any, not yet); an event when dateSpan(date).start <= D. Every node and edge carries its span and its dating.
 * - A relation covers from the first day of its known start (or -∞) to the last day of `until` (or +∞); it overlaps
 *   the window [from, to] when it covers some day of it. Relations with neither always overlap.
 * - subgraph: nodes = actors of the kinds (all if omitted) shown as of asOf (if given), isolated ones included;
 *   edges = relations between two nodes, of the types, overlapping the window and shown as of asOf; then
 *   datedSubgraph (datings counted, undated left out when `undated: 'hide'`); co-mentions only when minCoMention
 *   is given (weight >= it, both ends among the returned nodes). Sorted by id / id / (a, b).
 * - neighbourhood: null for an unknown id; the centre and every actor within depth (clamped to 1..3) hops over
 *   relations of the types shown as of asOf, direction ignored (actors are not filtered by their own dates);
 *   edges = those relations among the returned nodes; no co-mentions; datings as of asOf.
 * - shortestPaths: direction ignored, relationTypes filter, maxHops 4 by default (1..6); every shortest path as a
 *   distinct actor sequence (at most 20) in lexicographic order; each hop the passing relation with the smallest
 *   id between the two actors. [] for no path or an unknown id; from === to gives the one-actor path.
 * - timeline: events listing any of `actors`, of `kinds`, whose date span overlaps [from, to]; sorted by the one
 *   fuzzy-date order (domain/fuzzy-date.ts compareFuzzyDates: middle of the span, narrower first), then id.
 * - funding: see domain/record-filters.ts filterFundings and domain/funding-aggregation.ts summariseFunding.
 * - actors: kinds, then the text (trimmed, folded) as a substring of the folded name or an alias; by folded name
 *   then id; offset 0, limit 50 (at most 500) by default; total before paging.
 * - List filters: omitted means no filter, an empty list lets nothing through.
 * - actor(id): relations touching it (by id), events listing it (timeline order), funding in and out (by id),
 *   the evidence those records and the actor cite (by id), its mentions (by source), and the disputes about it
 *   (subject) or pointing at it or one of those records (by id).
 * - source(id): mentions (by actor), evidence (by start offset, unanchored last, then id).
 * - evidence(ids): the records found, in the order asked (repeats kept), unknown ids skipped.
 * - stats: counts; per kind and per type only those present. Every query throws StoreUnavailableError before
 *   load() and after close().
 */

export interface EmbeddedStoreOptions {
  /**
   * When to compute whole-graph metrics (domain/metrics.ts): 'eager' in load() (the default; milliseconds on the
   * real knowledge base), or 'lazy' at the first query that returns graph nodes, for very large synthetic graphs
   * where Louvain takes tens of seconds.
   */
  metrics?: 'eager' | 'lazy';
  /** 'eager' (default) builds the full-text index in load(); 'lazy' at the first search. */
  search?: 'eager' | 'lazy';
}

export interface LoadOptions {
  /** Metrics computed elsewhere for this very bundle (e.g. by the process that also loads Neo4j). */
  metrics?: ReadonlyMap<string, ActorMetrics>;
}

interface Snapshot {
  bundle: Bundle;
  stats: StoreStats;
  actors: Actor[];
  actorIndex: Map<string, number>;
  actorKind: Uint8Array;
  actorActiveFrom: Int32Array;
  actorActiveUntil: Int32Array;
  /** Known spans (domain/time-spans.ts), by actor and by relation number. */
  actorSpans: KnownSpan[];
  relationSpans: KnownSpan[];
  /** Actor numbers by folded name then id, and the folded name + aliases of each actor, for actors(). */
  actorsByName: Int32Array;
  actorText: string[];
  relations: Relation[];
  table: RelationTable;
  traversal: Traversal;
  metrics: { centrality: Float64Array; community: Int32Array } | null;
  /** Events in timeline order, with their span as day numbers. */
  events: AtlasEvent[];
  eventStart: Int32Array;
  eventEnd: Int32Array;
  eventsByActor: Map<string, number[]>;
  fundings: Funding[];
  fundingsByFunder: Map<string, Funding[]>;
  fundingsByRecipient: Map<string, Funding[]>;
  disputes: Dispute[];
  disputesBySubject: Map<string, number[]>;
  disputesByPointer: Map<string, number[]>;
  sources: Source[];
  sourceById: Map<string, Source>;
  evidenceById: Map<string, Evidence>;
  evidenceBySource: Map<string, Evidence[]>;
  mentionsByActor: Map<string, Mention[]>;
  mentionsBySource: Map<string, Mention[]>;
  coMentions: { a: string; b: string; weight: number; ia: number; ib: number }[];
  search: SearchIndex | null;
}

const typeCode = new Map<string, number>(relationTypes.map((type, i) => [type, i]));
const kindCode = new Map<string, number>(actorKinds.map((kind, i) => [kind, i]));
/** Relation types outside the vocabulary (impossible in a valid bundle) never pass a type filter. */
const UNKNOWN_TYPE = 31;

function sortedById<T extends { id: string }>(records: readonly T[]): T[] {
  for (let i = 1; i < records.length; i++) {
    if (!(records[i - 1]!.id < records[i]!.id)) return [...records].sort(compareById);
  }
  return records as T[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Fuzzy dates repeat a lot: their spans are computed once per distinct date. */
function spanCache() {
  const cache = new Map<string, { start: number; end: number }>();
  return (date: FuzzyDate) => {
    const key = `${date.value}|${date.precision}|${date.qualifier ?? ''}`;
    let span = cache.get(key);
    if (!span) {
      span = daySpanNumbers(date);
      cache.set(key, span);
    }
    return span;
  };
}

function buildSnapshot(bundle: Bundle, options: EmbeddedStoreOptions, metrics?: ReadonlyMap<string, ActorMetrics>) {
  const span = spanCache();
  const knownSpans = computeKnownSpans(bundle);
  const dayOr = (day: string | null, none: number) => (day === null ? none : dayNumber(day));
  const actors = sortedById(bundle.actors);
  const n = actors.length;
  const actorIndex = new Map<string, number>();
  const actorKind = new Uint8Array(n);
  const actorActiveFrom = new Int32Array(n);
  const actorActiveUntil = new Int32Array(n);
  const actorSpans: KnownSpan[] = new Array(n);
  const actorText: string[] = new Array(n);
  const foldedNames: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const actor = actors[i]!;
    actorIndex.set(actor.id, i);
    actorKind[i] = kindCode.get(actor.kind) ?? 255;
    actorSpans[i] = knownSpans.actors.get(actor.id) ?? UNKNOWN_SPAN;
    actorActiveFrom[i] = dayOr(spanStartDay(actorSpans[i]!), NO_START);
    actorActiveUntil[i] = dayOr(spanEndDay(actorSpans[i]!), NO_END);
    foldedNames[i] = foldSearchText(actor.name);
    actorText[i] = [
      foldedNames[i],
      ...actor.aliases.fr.map(foldSearchText),
      ...actor.aliases.en.map(foldSearchText),
    ].join('\u0000');
  }
  const actorsByName = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => compareStrings(foldedNames[a]!, foldedNames[b]!) || a - b,
  );

  const relations = sortedById(bundle.relations);
  const m = relations.length;
  const table: RelationTable = {
    count: m,
    from: new Int32Array(m),
    to: new Int32Array(m),
    type: new Uint8Array(m),
    activeFrom: new Int32Array(m),
    activeUntil: new Int32Array(m),
    spanStart: new Int32Array(m),
    spanEnd: new Int32Array(m),
  };
  const relationSpans: KnownSpan[] = new Array(m);
  for (let r = 0; r < m; r++) {
    const relation = relations[r]!;
    table.from[r] = actorIndex.get(relation.from) ?? -1;
    table.to[r] = actorIndex.get(relation.to) ?? -1;
    table.type[r] = typeCode.get(relation.type) ?? UNKNOWN_TYPE;
    const known = knownSpans.relations.get(relation.id) ?? UNKNOWN_SPAN;
    relationSpans[r] = known;
    table.activeFrom[r] = dayOr(spanStartDay(known), NO_START);
    table.spanStart[r] = table.activeFrom[r]!;
    table.activeUntil[r] = dayOr(spanEndDay(known), NO_END);
    table.spanEnd[r] = dayOr(spanLastDay(known), NO_END);
  }
  const traversal = new Traversal(n, table, buildAdjacency(n, table));

  const events = [...bundle.events].sort(compareEventsChronologically);
  const eventStart = new Int32Array(events.length);
  const eventEnd = new Int32Array(events.length);
  const eventsByActor = new Map<string, number[]>();
  events.forEach((event, i) => {
    const eventSpan = span(event.date);
    eventStart[i] = eventSpan.start;
    eventEnd[i] = eventSpan.end;
    for (const id of new Set(event.actors.map((a) => a.id))) push(eventsByActor, id, i);
  });

  const fundings = sortedById(bundle.fundings);
  const fundingsByFunder = new Map<string, Funding[]>();
  const fundingsByRecipient = new Map<string, Funding[]>();
  for (const funding of fundings) {
    for (const funder of fundersOf(funding)) push(fundingsByFunder, funder, funding);
    push(fundingsByRecipient, funding.to, funding);
  }

  const disputes = sortedById(bundle.disputes);
  const disputesBySubject = new Map<string, number[]>();
  const disputesByPointer = new Map<string, number[]>();
  disputes.forEach((dispute, i) => {
    push(disputesBySubject, dispute.subject, i);
    for (const pointer of new Set(dispute.claims.flatMap(claimPointers))) {
      push(disputesByPointer, pointer, i);
    }
  });

  const sources = sortedById(bundle.sources);
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const evidenceById = new Map(bundle.evidence.map((evidence) => [evidence.id, evidence]));
  const evidenceBySource = new Map<string, Evidence[]>();
  for (const evidence of bundle.evidence) push(evidenceBySource, evidence.source, evidence);
  for (const list of evidenceBySource.values()) list.sort(compareEvidenceInText);

  const mentionsByActor = new Map<string, Mention[]>();
  const mentionsBySource = new Map<string, Mention[]>();
  for (const mention of bundle.mentions) {
    push(mentionsByActor, mention.actor, mention);
    push(mentionsBySource, mention.source, mention);
  }
  for (const list of mentionsByActor.values()) list.sort((a, b) => compareStrings(a.source, b.source));
  for (const list of mentionsBySource.values()) list.sort((a, b) => compareStrings(a.actor, b.actor));

  const coMentions = bundle.coMentions
    .map((c) => ({ a: c.a, b: c.b, weight: c.weight, ia: actorIndex.get(c.a) ?? -1, ib: actorIndex.get(c.b) ?? -1 }))
    .sort(compareCoMentions);

  const snapshot: Snapshot = {
    bundle,
    stats: bundleStats(bundle),
    actors,
    actorIndex,
    actorKind,
    actorActiveFrom,
    actorActiveUntil,
    actorSpans,
    relationSpans,
    actorsByName,
    actorText,
    relations,
    table,
    traversal,
    metrics: null,
    events,
    eventStart,
    eventEnd,
    eventsByActor,
    fundings,
    fundingsByFunder,
    fundingsByRecipient,
    disputes,
    disputesBySubject,
    disputesByPointer,
    sources,
    sourceById,
    evidenceById,
    evidenceBySource,
    mentionsByActor,
    mentionsBySource,
    coMentions,
    search: null,
  };
  if (metrics) snapshot.metrics = metricArrays(actors, metrics);
  else if ((options.metrics ?? 'eager') === 'eager') ensureMetrics(snapshot);
  if ((options.search ?? 'eager') === 'eager') ensureSearch(snapshot);
  return snapshot;
}

function metricArrays(actors: readonly Actor[], metrics: ReadonlyMap<string, ActorMetrics>) {
  const centrality = new Float64Array(actors.length);
  const community = new Int32Array(actors.length);
  actors.forEach((actor, i) => {
    const m = metrics.get(actor.id);
    centrality[i] = m?.centrality ?? 0;
    community[i] = m?.community ?? -1;
  });
  return { centrality, community };
}

function ensureMetrics(snapshot: Snapshot) {
  snapshot.metrics ??= metricArrays(snapshot.actors, graphMetrics(snapshot.bundle));
  return snapshot.metrics;
}

function ensureSearch(snapshot: Snapshot): SearchIndex {
  snapshot.search ??= new SearchIndex({
    actors: snapshot.actors,
    events: snapshot.events,
    evidence: snapshot.bundle.evidence,
    sources: snapshot.sources,
    sourceTitle: (id) => snapshot.sourceById.get(id)?.title,
  });
  return snapshot.search;
}

export class EmbeddedGraphStore implements GraphStore {
  private snapshot: Snapshot | null = null;
  private closed = false;

  constructor(private readonly options: EmbeddedStoreOptions = {}) {}

  async load(bundle: Bundle, options: LoadOptions = {}): Promise<void> {
    const next = buildSnapshot(bundle, this.options, options.metrics);
    this.snapshot = next;
    this.closed = false;
  }

  async health(): Promise<StoreHealth> {
    if (this.snapshot) return { ready: true, version: this.snapshot.bundle.version };
    return { ready: false, version: null, detail: this.closed ? 'closed' : 'no bundle loaded yet' };
  }

  async close(): Promise<void> {
    this.snapshot = null;
    this.closed = true;
  }

  private current(): Snapshot {
    if (this.snapshot) return this.snapshot;
    throw new StoreUnavailableError(
      this.closed ? 'the embedded store is closed' : 'the embedded store has no bundle loaded yet',
    );
  }

  async stats(): Promise<StoreStats> {
    const { stats } = this.current();
    return { ...stats, actorsByKind: { ...stats.actorsByKind }, relationsByType: { ...stats.relationsByType } };
  }

  async actor(id: string): Promise<ActorDetail | null> {
    const s = this.current();
    const index = s.actorIndex.get(id);
    if (index === undefined) return null;
    const actor = s.actors[index]!;
    const { offsets, relation } = s.traversal.adjacency;
    const relations: Relation[] = [];
    for (let k = offsets[index]!; k < offsets[index + 1]!; k++) relations.push(s.relations[relation[k]!]!);
    const events = (s.eventsByActor.get(id) ?? []).map((i) => s.events[i]!);
    const fundingIn = s.fundingsByRecipient.get(id) ?? [];
    const fundingOut = s.fundingsByFunder.get(id) ?? [];

    const evidenceIds = new Set(actor.evidence);
    for (const record of [...relations, ...events, ...fundingIn, ...fundingOut]) {
      for (const evidenceId of record.evidence) evidenceIds.add(evidenceId);
    }
    const evidence = [...evidenceIds]
      .map((evidenceId) => s.evidenceById.get(evidenceId))
      .filter((e): e is Evidence => e !== undefined)
      .sort(compareById);

    const pointers = [
      recordPointer('actors', id),
      ...relations.map((r) => recordPointer('relations', r.id)),
      ...events.map((e) => recordPointer('events', e.id)),
      ...fundingIn.map((f) => recordPointer('fundings', f.id)),
      ...fundingOut.map((f) => recordPointer('fundings', f.id)),
    ];
    const disputeIndices = new Set(s.disputesBySubject.get(id) ?? []);
    for (const pointer of pointers) for (const i of s.disputesByPointer.get(pointer) ?? []) disputeIndices.add(i);
    const disputes = [...disputeIndices].sort((a, b) => a - b).map((i) => s.disputes[i]!);

    return {
      actor,
      relations,
      events,
      fundingIn: [...fundingIn],
      fundingOut: [...fundingOut],
      evidence,
      mentions: [...(s.mentionsByActor.get(id) ?? [])],
      disputes,
    };
  }

  async actors(query: ActorQuery): Promise<ActorPage> {
    const s = this.current();
    const { offset, limit } = clampPage(query);
    const kinds = query.kinds ? new Set(query.kinds.map((kind) => kindCode.get(kind))) : null;
    const text = actorQueryText(query.text);
    const items: Actor[] = [];
    let total = 0;
    for (const i of s.actorsByName) {
      if (kinds && !kinds.has(s.actorKind[i]!)) continue;
      if (text !== '' && !s.actorText[i]!.includes(text)) continue;
      if (total >= offset && items.length < limit) items.push(s.actors[i]!);
      total++;
    }
    return { items, total, offset, limit };
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    const s = this.current();
    const centre = s.actorIndex.get(query.id);
    if (centre === undefined) return null;
    const filter = edgeFilter({ relationTypes: query.relationTypes, asOf: query.asOf });
    const { nodes, edges } = s.traversal.neighbourhood(centre, clampDepth(query.depth), filter);
    return { ...datedSubgraph(graphNodes(s, nodes), graphEdges(s, edges), query.asOf), coMentions: [] };
  }

  async subgraph(query: SubgraphQuery): Promise<Subgraph> {
    const s = this.current();
    const n = s.actors.length;
    const kinds = query.kinds ? new Set(query.kinds.map((kind) => kindCode.get(kind))) : null;
    const asOf = query.asOf === undefined ? null : dayNumber(query.asOf);
    const member = new Uint8Array(n);
    const nodes: number[] = [];
    const { offsets } = s.traversal.adjacency;
    let rowWork = 0;
    for (let i = 0; i < n; i++) {
      if (kinds && !kinds.has(s.actorKind[i]!)) continue;
      if (asOf !== null && (s.actorActiveFrom[i]! > asOf || s.actorActiveUntil[i]! <= asOf)) continue;
      member[i] = 1;
      nodes.push(i);
      rowWork += offsets[i + 1]! - offsets[i]!;
    }
    const filter = edgeFilter(query);
    const { table } = s;
    let edges: number[] = [];
    if (rowWork < table.count) {
      // Few nodes: walk their rows, taking each relation from its `from` row, then restore id order.
      const { neighbour, relation } = s.traversal.adjacency;
      for (const v of nodes) {
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const r = relation[k]!;
          if (table.from[r] === v && member[neighbour[k]!] === 1 && edgePasses(table, r, filter)) edges.push(r);
        }
      }
      edges = Array.from(Int32Array.from(edges).sort());
    } else {
      for (let r = 0; r < table.count; r++) {
        const a = table.from[r]!;
        const b = table.to[r]!;
        if (a >= 0 && b >= 0 && member[a] === 1 && member[b] === 1 && edgePasses(table, r, filter)) edges.push(r);
      }
    }
    const dated = datedSubgraph(graphNodes(s, nodes), graphEdges(s, edges), query.asOf, query.undated);
    if (dated.nodes.length < nodes.length) {
      member.fill(0);
      for (const node of dated.nodes) member[s.actorIndex.get(node.id)!] = 1;
    }
    const coMentions =
      query.minCoMention === undefined
        ? []
        : s.coMentions
            .filter(
              (c) =>
                c.weight >= query.minCoMention! && c.ia >= 0 && c.ib >= 0 && member[c.ia] === 1 && member[c.ib] === 1,
            )
            .map((c) => ({ a: c.a, b: c.b, weight: c.weight }));
    return { ...dated, coMentions };
  }

  async shortestPaths(query: PathQuery): Promise<ActorPath[]> {
    const s = this.current();
    const from = s.actorIndex.get(query.from);
    const to = s.actorIndex.get(query.to);
    if (from === undefined || to === undefined) return [];
    const filter = edgeFilter({ relationTypes: query.relationTypes });
    return s.traversal.shortestPaths(from, to, clampMaxHops(query.maxHops), filter, PATH_RESULT_CAP).map((path) => ({
      actors: path.actors.map((i) => s.actors[i]!.id),
      hops: path.hops.map((r) => s.relations[r]!),
    }));
  }

  async timeline(query: TimelineQuery): Promise<AtlasEvent[]> {
    const s = this.current();
    const kinds = query.kinds ? new Set<string>(query.kinds) : null;
    const from = query.from === undefined ? null : dayNumber(query.from);
    const to = query.to === undefined ? null : dayNumber(query.to);
    const keep = (i: number) =>
      (!kinds || kinds.has(s.events[i]!.kind)) &&
      (from === null || s.eventEnd[i]! >= from) &&
      (to === null || s.eventStart[i]! <= to);
    if (query.actors) {
      const indices = new Set<number>();
      for (const id of query.actors) for (const i of s.eventsByActor.get(id) ?? []) if (keep(i)) indices.add(i);
      return [...indices].sort((a, b) => a - b).map((i) => s.events[i]!);
    }
    const events: AtlasEvent[] = [];
    for (let i = 0; i < s.events.length; i++) if (keep(i)) events.push(s.events[i]!);
    return events;
  }

  async funding(query: FundingQuery): Promise<FundingResult> {
    const s = this.current();
    const candidates =
      query.funder !== undefined
        ? (s.fundingsByFunder.get(query.funder) ?? [])
        : query.recipient !== undefined
          ? (s.fundingsByRecipient.get(query.recipient) ?? [])
          : s.fundings;
    const records = filterFundings(candidates, query);
    return { records, ...summariseFunding(records, s.disputes) };
  }

  async search(
    query: string,
    options: { limit?: number; kinds?: SearchHitKind[]; lang?: Language } = {},
  ): Promise<SearchHit[]> {
    return ensureSearch(this.current()).search(query, options);
  }

  async sources(): Promise<Source[]> {
    return [...this.current().sources];
  }

  async source(id: string): Promise<SourceDetail | null> {
    const s = this.current();
    const source = s.sourceById.get(id);
    if (!source) return null;
    return {
      source,
      mentions: [...(s.mentionsBySource.get(id) ?? [])],
      evidence: [...(s.evidenceBySource.get(id) ?? [])],
    };
  }

  async evidence(ids: string[]): Promise<Evidence[]> {
    const s = this.current();
    return ids.map((id) => s.evidenceById.get(id)).filter((e): e is Evidence => e !== undefined);
  }

  async disputes(): Promise<Dispute[]> {
    return [...this.current().disputes];
  }
}

function edgeFilter(query: {
  relationTypes?: readonly string[] | undefined;
  asOf?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): EdgeFilter {
  let typeMask = -1;
  if (query.relationTypes) {
    typeMask = 0;
    for (const type of query.relationTypes) {
      const code = typeCode.get(type);
      if (code !== undefined) typeMask |= 1 << code;
    }
  }
  return {
    typeMask,
    asOf: query.asOf === undefined ? null : dayNumber(query.asOf),
    windowFrom: query.from === undefined ? null : dayNumber(query.from),
    windowTo: query.to === undefined ? null : dayNumber(query.to),
  };
}

function graphNodes(s: Snapshot, indices: ArrayLike<number>): Omit<GraphNode, 'dating'>[] {
  const metrics = ensureMetrics(s);
  const nodes: Omit<GraphNode, 'dating'>[] = new Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    nodes[k] = {
      ...s.actors[i]!,
      centrality: metrics.centrality[i]!,
      community: metrics.community[i]!,
      span: s.actorSpans[i]!,
    };
  }
  return nodes;
}

function graphEdges(s: Snapshot, indices: ArrayLike<number>): Omit<GraphEdge, 'dating'>[] {
  return Array.from(indices, (r) => ({ ...s.relations[r]!, span: s.relationSpans[r]! }));
}
