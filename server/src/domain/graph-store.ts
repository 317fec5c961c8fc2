import type { IsoDay } from './dates.ts';
import type { FundingSummary } from './funding-aggregation.ts';
import type { Dating, DatingCounts, KnownSpan, UndatedOption } from './time-spans.ts';
import type {
  Actor,
  ActorKind,
  AtlasEvent,
  Bundle,
  Dispute,
  Evidence,
  Funding,
  FundingKind,
  Mention,
  Relation,
  RelationType,
  Source,
} from './model.ts';

/**
 * The port every graph store implements: the embedded store (in-process, the default) and Neo4j (the database of
 * record). The domain and the API speak only this interface; one contract suite holds both to the same answers.
 */
export type { EventKind } from './vocabulary.ts';
import type { EventKind } from './vocabulary.ts';

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface StoreStats {
  version: string;
  actors: number;
  relations: number;
  events: number;
  fundings: number;
  disputes: number;
  sources: number;
  evidence: number;
  actorsByKind: Partial<Record<ActorKind, number>>;
  relationsByType: Partial<Record<RelationType, number>>;
}

export interface ActorQuery {
  kinds?: ActorKind[] | undefined;
  /** Accent- and case-insensitive substring of the name or an alias. */
  text?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

/** An actor with everything the side panel shows about it. */
export interface ActorDetail {
  actor: Actor;
  relations: Relation[];
  events: AtlasEvent[];
  fundingIn: Funding[];
  fundingOut: Funding[];
  evidence: Evidence[];
  mentions: Mention[];
  disputes: Dispute[];
}

export interface GraphNode extends Actor {
  /** Degree centrality in [0, 1] over the whole graph, for sizing. */
  centrality: number;
  /** Community (Louvain) index over the whole graph, for colouring. */
  community: number;
  /** What is known of when it existed (domain/time-spans.ts). */
  span: KnownSpan;
  /** How it is dated as of the query's day (as of now without one). */
  dating: Dating;
}

/** A relation drawn in a graph, with its known span and its dating as of the query's day. */
export interface GraphEdge extends Relation {
  span: KnownSpan;
  dating: Dating;
}

export interface CoMentionEdge {
  a: string;
  b: string;
  weight: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  coMentions: CoMentionEdge[];
  /**
   * Nodes and edges per dating, counted before `undated: 'hide'` applies (so the undated count says how many were
   * left out).
   */
  datings: { nodes: DatingCounts; edges: DatingCounts };
}

export interface NeighbourhoodQuery {
  id: string;
  /** Hops from the centre, 1 to 3. */
  depth: number;
  relationTypes?: RelationType[] | undefined;
  asOf?: IsoDay | undefined;
}

export interface SubgraphQuery {
  kinds?: ActorKind[] | undefined;
  relationTypes?: RelationType[] | undefined;
  /** Relations whose time span overlaps [from, to]; undated relations are always kept. */
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
  asOf?: IsoDay | undefined;
  /** 'show' (default): undated nodes and edges are returned, marked `dating: 'undated'`; 'hide': left out. */
  undated?: UndatedOption | undefined;
  /** Co-mention edges with at least this weight (omit for none). */
  minCoMention?: number | undefined;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops?: number | undefined;
  relationTypes?: RelationType[] | undefined;
}

/** One shortest path: the actors in order and, for each hop, the relation that links them. */
export interface ActorPath {
  actors: string[];
  hops: Relation[];
}

export interface TimelineQuery {
  actors?: string[] | undefined;
  kinds?: EventKind[] | undefined;
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
}

export interface FundingQuery {
  funder?: string | undefined;
  recipient?: string | undefined;
  kinds?: FundingKind[] | undefined;
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
}

/** The records a query selects, with flows and totals by the one aggregation rule (domain/funding-aggregation.ts). */
export interface FundingResult extends FundingSummary {
  records: Funding[];
}

export type SearchHitKind = 'actor' | 'event' | 'evidence' | 'source';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  label: string;
  score: number;
  /** The matched text with the matched terms' [start, end) offsets, for highlighting as text. */
  snippet: { text: string; highlights: [number, number][] };
}

export interface SourceDetail {
  source: Source;
  mentions: Mention[];
  evidence: Evidence[];
}

export interface StoreHealth {
  ready: boolean;
  version: string | null;
  detail?: string;
}

export interface GraphStore {
  /** Replaces the whole dataset with a bundle; readers see the old dataset or the new one, never a mix. */
  load(bundle: Bundle): Promise<void>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;

  stats(): Promise<StoreStats>;
  actor(id: string): Promise<ActorDetail | null>;
  actors(query: ActorQuery): Promise<Page<Actor>>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null>;
  subgraph(query: SubgraphQuery): Promise<Subgraph>;
  shortestPaths(query: PathQuery): Promise<ActorPath[]>;
  timeline(query: TimelineQuery): Promise<AtlasEvent[]>;
  funding(query: FundingQuery): Promise<FundingResult>;
  search(query: string, options?: { limit?: number; kinds?: SearchHitKind[] }): Promise<SearchHit[]>;
  sources(): Promise<Source[]>;
  source(id: string): Promise<SourceDetail | null>;
  evidence(ids: string[]): Promise<Evidence[]>;
  disputes(): Promise<Dispute[]>;
}

/** The store cannot answer now (a database down or hanging); callers map this to 503 and retry later. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
