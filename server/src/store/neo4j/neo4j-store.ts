import neo4j, { type Driver } from 'neo4j-driver';
import { fundersOf, summariseFunding } from '../../domain/funding-aggregation.ts';
import {
  StoreUnavailableError,
  type ActorDetail,
  type ActorPath,
  type ActorQuery,
  type FundingQuery,
  type FundingResult,
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
import {
  actorKinds,
  relationTypes,
  type AtlasEvent,
  type Bundle,
  type Dispute,
  type Evidence,
  type Relation,
  type Source,
} from '../../domain/model.ts';
import { clampDepth, clampMaxHops, clampPage, clampSearchLimit, PATH_RESULT_CAP } from '../../domain/query-limits.ts';
import { recordPointer } from '../../domain/record-filters.ts';
import { foldSearchText } from '../../domain/search-text.ts';
import { canonicalSequences } from '../../domain/shortest-paths.ts';
import {
  compareById,
  compareCoMentions,
  compareEventsChronologically,
  compareEvidenceInText,
  compareStrings,
} from '../../domain/sort-orders.ts';
import { datedSubgraph } from '../../domain/time-spans.ts';
import {
  fuzziness,
  rankSearchHits,
  scoreSearchHit,
  searchWords,
  type SearchRecord,
} from '../../domain/search-ranking.ts';
import {
  ACTOR,
  ACTOR_DISPUTES,
  ACTOR_EVENTS,
  ACTOR_FUNDINGS,
  ACTOR_MENTIONS,
  ACTOR_RELATIONS,
  ACTORS_BY_IDS,
  ACTORS_PAGE,
  CURRENT_DATASET,
  DISPUTES,
  EVIDENCE_BY_IDS,
  FUNDINGS,
  NEIGHBOURS,
  PATH_HOPS,
  RELATIONS_AMONG,
  SEARCH,
  SHORTEST_PATHS,
  SOURCE,
  SOURCE_EVIDENCE,
  SOURCE_MENTIONS,
  SOURCES,
  STATS_ACTOR_KINDS,
  STATS_COUNTS,
  STATS_RELATION_TYPES,
  SUBGRAPH_CO_MENTIONS,
  SUBGRAPH_EDGES,
  SUBGRAPH_NODES,
  TIMELINE,
  type FullTextIndexName,
  type Statement,
} from './cypher.ts';
import {
  createDriver,
  displayUri,
  runStatement,
  withDeadline,
  type Neo4jConnectionOptions,
  type ParamsOf,
  type Row,
} from './connection.ts';
import { dropGraph, loadBundleIntoNeo4j, type LoadOptions, type LoadResult } from './load.ts';
import {
  toActor,
  toCoMentionEdge,
  toDispute,
  toEvent,
  toEvidence,
  toFunding,
  toGraphEdge,
  toGraphNode,
  toMention,
  toNumber,
  toPlain,
  toRelation,
  toSource,
} from './mapper.ts';
import type { Language } from '../../domain/vocabulary.ts';

/**
 * The GraphStore on Neo4j, the database of record. One driver per store (one store per process), checked with
 * verifyConnectivity at start (connect()), closed by close(). Every statement comes from cypher.ts and goes through
 * `driver.executeQuery` with the database and the routing set; every value is a parameter.
 *
 * Reads use the current dataset only (resolved once per call, see load.ts), filter in the database, and finish in
 * TypeScript with the domain's shared rules (query-limits, sort-orders, record-filters, shortest-paths), so the
 * answers are those of the embedded store. Each call has a deadline (NEO4J_QUERY_TIMEOUT_MS, 4 s by default): a
 * dead, unreachable or hanging database rejects with StoreUnavailableError within it, and the next call tries again
 * (nothing is cached, the driver reconnects by itself once the database answers).
 */
export class Neo4jGraphStore implements GraphStore {
  private readonly driver: Driver;
  private closed = false;

  constructor(private readonly connection: Neo4jConnectionOptions) {
    this.driver = createDriver(connection);
  }

  /** A store whose database answered: rejects with StoreUnavailableError (and closes the driver) otherwise. */
  static async connect(connection: Neo4jConnectionOptions): Promise<Neo4jGraphStore> {
    const store = new Neo4jGraphStore(connection);
    try {
      await store.verifyConnectivity();
      return store;
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  async verifyConnectivity(): Promise<void> {
    this.ensureOpen();
    await withDeadline(
      this.driver.verifyConnectivity({ database: this.connection.database }),
      this.connection,
      this.connection.queryTimeoutMs,
      'connecting',
    );
  }

  // ---------------------------------------------------------------------------------------------- lifecycle

  async load(bundle: Bundle, options: LoadOptions = {}): Promise<void> {
    await this.loadWithReport(bundle, options);
  }

  /** load() with what it did, for the CLI. */
  async loadWithReport(bundle: Bundle, options: LoadOptions = {}): Promise<LoadResult> {
    this.ensureOpen();
    return loadBundleIntoNeo4j(this.driver, this.connection, bundle, options);
  }

  /** Deletes this store's graph (NEO4J_GRAPH) from the database, every dataset of it; other graphs stay. */
  async dropGraph(): Promise<void> {
    this.ensureOpen();
    await dropGraph(this.driver, this.connection);
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ready: false, version: null, detail: 'closed' };
    const rows = await this.read(CURRENT_DATASET, { graph: this.connection.graph });
    const version = rows[0]?.version;
    if (typeof version === 'string') return { ready: true, version };
    return {
      ready: false,
      version: null,
      detail: this.noDataset(),
    };
  }

  private noDataset() {
    return `Neo4j at ${displayUri(this.connection.uri)} holds no dataset of graph "${this.connection.graph}" yet: run \`npm run load:neo4j\``;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // A connection stuck in a handshake must not hold the process: give up waiting after the deadline.
    await withDeadline(this.driver.close(), this.connection, this.connection.queryTimeoutMs, 'closing').catch(() => {});
  }

  private ensureOpen() {
    if (this.closed) throw new StoreUnavailableError('the Neo4j store is closed');
  }

  private read<S extends Statement>(statement: S, params: ParamsOf<S>): Promise<Row[]> {
    this.ensureOpen();
    return runStatement(this.driver, this.connection, statement, params, {
      routing: 'READ',
      timeoutMs: this.connection.queryTimeoutMs,
    });
  }

  /**
   * One public call: the current dataset (its key, the stamp every statement filters on, and its bundle version),
   * then the work, all under one deadline.
   */
  private call<T>(work: (dataset: string, version: string) => Promise<T>): Promise<T> {
    const run = async () => {
      const rows = await this.read(CURRENT_DATASET, { graph: this.connection.graph });
      const dataset = rows[0]?.dataset;
      const version = rows[0]?.version;
      if (typeof dataset !== 'string' || typeof version !== 'string') {
        throw new StoreUnavailableError(this.noDataset());
      }
      return work(dataset, version);
    };
    return withDeadline(run(), this.connection, this.connection.queryTimeoutMs, 'the query');
  }

  // ---------------------------------------------------------------------------------------------- queries

  stats(): Promise<StoreStats> {
    return this.call(async (dataset, version) => {
      const [[counts], kinds, types] = await Promise.all([
        this.read(STATS_COUNTS, { dataset }),
        this.read(STATS_ACTOR_KINDS, { dataset }),
        this.read(STATS_RELATION_TYPES, { dataset }),
      ]);
      const kindCounts = new Map(kinds.map((r) => [String(r.key), toNumber(r.count)]));
      const typeCounts = new Map(types.map((r) => [String(r.key), toNumber(r.count)]));
      const actorsByKind: StoreStats['actorsByKind'] = {};
      for (const kind of actorKinds) if (kindCounts.has(kind)) actorsByKind[kind] = kindCounts.get(kind)!;
      const relationsByType: StoreStats['relationsByType'] = {};
      for (const type of relationTypes) if (typeCounts.has(type)) relationsByType[type] = typeCounts.get(type)!;
      const n = (key: string) => toNumber(counts?.[key] ?? 0);
      return {
        version,
        actors: n('actors'),
        relations: n('relations'),
        events: n('events'),
        fundings: n('fundings'),
        disputes: n('disputes'),
        sources: n('sources'),
        evidence: n('evidence'),
        actorsByKind,
        relationsByType,
      };
    });
  }

  actor(id: string): Promise<ActorDetail | null> {
    return this.call(async (dataset) => {
      const [actorRows, relationRows, eventRows, fundingRows, mentionRows] = await Promise.all([
        this.read(ACTOR, { dataset, id }),
        this.read(ACTOR_RELATIONS, { dataset, id }),
        this.read(ACTOR_EVENTS, { dataset, id }),
        this.read(ACTOR_FUNDINGS, { dataset, id }),
        this.read(ACTOR_MENTIONS, { dataset, id }),
      ]);
      if (actorRows.length === 0) return null;
      const actor = toActor(actorRows[0]!.actor);
      const relations = relationRows.map((r) => toRelation(r.relation)).sort(compareById);
      const events = eventRows.map((r) => toEvent(r.event)).sort(compareEventsChronologically);
      const fundings = fundingRows.map((r) => toFunding(r.funding)).sort(compareById);
      const fundingIn = fundings.filter((f) => f.to === id);
      const fundingOut = fundings.filter((f) => fundersOf(f).includes(id));
      const evidenceIds = new Set(actor.evidence);
      for (const record of [...relations, ...events, ...fundings]) for (const e of record.evidence) evidenceIds.add(e);
      const pointers = [
        recordPointer('actors', id),
        ...relations.map((r) => recordPointer('relations', r.id)),
        ...events.map((e) => recordPointer('events', e.id)),
        ...fundings.map((f) => recordPointer('fundings', f.id)),
      ];
      const [evidenceRows, disputeRows] = await Promise.all([
        this.read(EVIDENCE_BY_IDS, { dataset, ids: [...evidenceIds] }),
        this.read(ACTOR_DISPUTES, { dataset, id, pointers }),
      ]);
      return {
        actor,
        relations,
        events,
        fundingIn,
        fundingOut,
        evidence: evidenceRows.map((r) => toEvidence(r.evidence)).sort(compareById),
        mentions: mentionRows.map((r) => toMention(r.mention)).sort((a, b) => compareStrings(a.source, b.source)),
        disputes: disputeRows.map((r) => toDispute(r.dispute, r.claims)).sort(compareById),
      };
    });
  }

  actors(query: ActorQuery): Promise<ActorPage> {
    return this.call(async (dataset) => {
      const { offset, limit } = clampPage(query);
      const text = query.text === undefined ? '' : foldSearchText(query.text.trim());
      const [row] = await this.read(ACTORS_PAGE, {
        dataset,
        kinds: query.kinds ?? null,
        text: text === '' ? null : text,
        offset: neo4j.int(offset),
        limit: neo4j.int(limit),
      });
      const items = ((row?.items as unknown[] | undefined) ?? []).map(toActor);
      return { items, total: toNumber(row?.total ?? 0), offset, limit };
    });
  }

  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null> {
    return this.call(async (dataset) => {
      const centre = await this.read(ACTOR, { dataset, id: query.id });
      if (centre.length === 0) return null;
      const types = query.relationTypes ?? null;
      const asOf = query.asOf || null;
      const seen = new Set([query.id]);
      let frontier = [query.id];
      for (let level = 0; level < clampDepth(query.depth) && frontier.length > 0; level++) {
        const rows = await this.read(NEIGHBOURS, { dataset, frontier, types, asOf });
        frontier = rows.map((r) => String(r.id)).filter((id) => !seen.has(id));
        for (const id of frontier) seen.add(id);
      }
      const ids = [...seen];
      const [nodeRows, edgeRows] = await Promise.all([
        this.read(ACTORS_BY_IDS, { dataset, ids }),
        this.read(RELATIONS_AMONG, { dataset, ids, types, asOf }),
      ]);
      return {
        ...datedSubgraph(
          nodeRows.map((r) => toGraphNode(r.actor)).sort(compareById),
          edgeRows.map((r) => toGraphEdge(r.relation)).sort(compareById),
          query.asOf,
        ),
        coMentions: [],
      };
    });
  }

  subgraph(query: SubgraphQuery): Promise<Subgraph> {
    return this.call(async (dataset) => {
      const kinds = query.kinds ?? null;
      const asOf = query.asOf || null;
      const [nodeRows, edgeRows, coMentionRows] = await Promise.all([
        this.read(SUBGRAPH_NODES, { dataset, kinds, asOf }),
        this.read(SUBGRAPH_EDGES, {
          dataset,
          kinds,
          asOf,
          types: query.relationTypes ?? null,
          from: query.from || null,
          to: query.to || null,
        }),
        query.minCoMention === undefined
          ? Promise.resolve([] as Row[])
          : this.read(SUBGRAPH_CO_MENTIONS, { dataset, kinds, asOf, minWeight: query.minCoMention }),
      ]);
      const dated = datedSubgraph(
        nodeRows.map((r) => toGraphNode(r.actor)).sort(compareById),
        edgeRows.map((r) => toGraphEdge(r.relation)).sort(compareById),
        query.asOf,
        query.undated,
      );
      const kept = new Set(dated.nodes.map((node) => node.id));
      return {
        ...dated,
        coMentions: coMentionRows
          .map((r) => toCoMentionEdge(r.a, r.b, r.weight))
          .filter((c) => kept.has(c.a) && kept.has(c.b))
          .sort(compareCoMentions),
      };
    });
  }

  shortestPaths(query: PathQuery): Promise<ActorPath[]> {
    return this.call(async (dataset) => {
      if (query.from === query.to) {
        const rows = await this.read(ACTOR, { dataset, id: query.from });
        return rows.length === 0 ? [] : [{ actors: [query.from], hops: [] }];
      }
      const types = query.relationTypes ?? null;
      const rows = await this.read(SHORTEST_PATHS[clampMaxHops(query.maxHops) - 1]!, {
        dataset,
        from: query.from,
        to: query.to,
        types,
        limit: neo4j.int(PATH_RESULT_CAP),
      });
      const sequences = canonicalSequences(rows.map((r) => toPlain(r.actors) as string[]));
      if (sequences.length === 0) return [];
      const pairKey = (a: string, b: string) => JSON.stringify([a, b]);
      const pairs = new Map<string, [string, string]>();
      for (const sequence of sequences) {
        for (let i = 1; i < sequence.length; i++) {
          pairs.set(pairKey(sequence[i - 1]!, sequence[i]!), [sequence[i - 1]!, sequence[i]!]);
        }
      }
      const hopRows = await this.read(PATH_HOPS, { dataset, pairs: [...pairs.values()], types });
      const hops = new Map<string, Relation>();
      for (const row of hopRows) {
        const [a, b] = toPlain(row.pair) as [string, string];
        if (row.relation !== null) hops.set(pairKey(a, b), toRelation(row.relation));
      }
      return sequences.map((actors) => ({
        actors,
        hops: actors.slice(1).map((b, i) => {
          const hop = hops.get(pairKey(actors[i]!, b));
          if (!hop) throw new Error(`no relation between ${actors[i]} and ${b} on a path Neo4j returned`);
          return hop;
        }),
      }));
    });
  }

  timeline(query: TimelineQuery): Promise<AtlasEvent[]> {
    return this.call(async (dataset) => {
      const rows = await this.read(TIMELINE, {
        dataset,
        kinds: query.kinds ?? null,
        actors: query.actors ?? null,
        from: query.from || null,
        to: query.to || null,
      });
      return rows.map((r) => toEvent(r.event)).sort(compareEventsChronologically);
    });
  }

  funding(query: FundingQuery): Promise<FundingResult> {
    return this.call(async (dataset) => {
      const [rows, disputeRows] = await Promise.all([
        this.read(FUNDINGS, {
          dataset,
          funder: query.funder ?? null,
          recipient: query.recipient ?? null,
          kinds: query.kinds ?? null,
          from: query.from || null,
          to: query.to || null,
        }),
        this.read(DISPUTES, { dataset }),
      ]);
      const records = rows.map((r) => toFunding(r.funding)).sort(compareById);
      const disputes = disputeRows.map((r) => toDispute(r.dispute, r.claims));
      return { records, ...summariseFunding(records, disputes) };
    });
  }

  search(
    query: string,
    options: { limit?: number; kinds?: SearchHitKind[]; lang?: Language } = {},
  ): Promise<SearchHit[]> {
    return this.call(async (dataset) => {
      const limit = clampSearchLimit(options.limit);
      const words = searchWords(query);
      if (limit === 0 || words.length === 0) return [];
      const kinds = options.kinds ? new Set(options.kinds) : null;
      const indexes = searchIndexes.filter(({ kind }) => !kinds || kinds.has(kind));
      // The full-text index finds the candidates (in the database); domain/search-ranking.ts keeps the hits and
      // ranks them, as the embedded store does. Lucene's own scores depend on index-wide statistics that every
      // dataset and graph in the database shares, so they only choose which candidates come back first.
      const candidates = async (combine: 'AND' | 'OR') => {
        const perIndex = await Promise.all(
          indexes.map(async ({ kind, index }) => {
            const rows = await this.read(SEARCH[index], {
              dataset,
              query: luceneQuery(words, combine),
              limit: neo4j.int(SEARCH_CANDIDATES_MAX),
            });
            return rows.map((row) => searchRecord(kind, row));
          }),
        );
        return perIndex.flat();
      };
      const hits = rankSearchHits(await candidates('AND'), words, query, 'AND', limit, options.lang);
      return hits.length > 0 ? hits : rankSearchHits(await candidates('OR'), words, query, 'OR', limit, options.lang);
    });
  }

  sources(): Promise<Source[]> {
    return this.call(async (dataset) => {
      const rows = await this.read(SOURCES, { dataset });
      return rows.map((r) => toSource(r.source)).sort(compareById);
    });
  }

  source(id: string): Promise<SourceDetail | null> {
    return this.call(async (dataset) => {
      const [sourceRows, mentionRows, evidenceRows] = await Promise.all([
        this.read(SOURCE, { dataset, id }),
        this.read(SOURCE_MENTIONS, { dataset, id }),
        this.read(SOURCE_EVIDENCE, { dataset, id }),
      ]);
      if (sourceRows.length === 0) return null;
      return {
        source: toSource(sourceRows[0]!.source),
        mentions: mentionRows.map((r) => toMention(r.mention)).sort((a, b) => compareStrings(a.actor, b.actor)),
        evidence: evidenceRows.map((r) => toEvidence(r.evidence)).sort(compareEvidenceInText),
      };
    });
  }

  evidence(ids: string[]): Promise<Evidence[]> {
    return this.call(async (dataset) => {
      if (ids.length === 0) return [];
      const rows = await this.read(EVIDENCE_BY_IDS, { dataset, ids: [...new Set(ids)] });
      const byId = new Map(rows.map((r) => toEvidence(r.evidence)).map((e) => [e.id, e]));
      return ids.map((id) => byId.get(id)).filter((e): e is Evidence => e !== undefined);
    });
  }

  disputes(): Promise<Dispute[]> {
    return this.call(async (dataset) => {
      const rows = await this.read(DISPUTES, { dataset });
      return rows.map((r) => toDispute(r.dispute, r.claims)).sort(compareById);
    });
  }
}

// ------------------------------------------------------------------------------------------------ search

/** At most this many candidates per index are ranked (more only on a far larger dataset than the real one). */
const SEARCH_CANDIDATES_MAX = 2_000;
const searchIndexes: { kind: SearchHitKind; index: FullTextIndexName }[] = [
  { kind: 'actor', index: 'actor_words' },
  { kind: 'event', index: 'event_words' },
  { kind: 'evidence', index: 'evidence_words' },
  { kind: 'source', index: 'source_words' },
];

/** Escapes every character Lucene's query parser gives a meaning to. */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/**
 * A Lucene query from folded words (never the caller's text as is) over a record's folded words (`searchText`, see
 * mapper.ts): each word exactly, as a prefix from 3 letters, with one edit from 5 and two from 9, combined with AND,
 * or OR as the fallback. Lucene's fuzzy matching also counts a transposition as one edit: the few extra candidates
 * that lets through are dropped by domain/search-ranking.ts.
 */
export function luceneQuery(words: readonly string[], combine: 'AND' | 'OR'): string {
  const clauses = words.map((word) => {
    const term = escapeLucene(word);
    const variants = [term];
    if (word.length >= 3) variants.push(`${term}*`);
    if (fuzziness(word) > 0) variants.push(`${term}~${fuzziness(word)}`);
    return `searchText:(${variants.join(' OR ')})`;
  });
  return clauses.join(` ${combine} `);
}

/** A candidate row of a full-text index (item: property map; context: for evidence, its source's title). */
function searchRecord(kind: SearchHitKind, row: Row): SearchRecord {
  switch (kind) {
    case 'actor':
      return { kind, record: toActor(row.item) };
    case 'event':
      return { kind, record: toEvent(row.item) };
    case 'evidence':
      return {
        kind,
        record: toEvidence(row.item),
        sourceTitle: typeof row.context === 'string' ? row.context : undefined,
      };
    case 'source':
      return { kind, record: toSource(row.item) };
  }
}

/** A search hit from a candidate row, scored and highlighted by domain/search-ranking.ts. */
export function searchHit(kind: SearchHitKind, row: Row, queryWords: readonly string[], query: string): SearchHit {
  return scoreSearchHit(searchRecord(kind, row), queryWords, query);
}
