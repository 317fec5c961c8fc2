import type { IsoDay } from './dates.ts';
import type { ActorKind, AtlasEvent, Bundle, Dispute, Evidence, FundingKind, RelationType, Source } from './model.ts';
import type {
  ActorDetail,
  ActorPage,
  ActorPath,
  SearchHit,
  SearchHitKind,
  StoreFundingResult,
  StoreSourceDetail,
  StoreStats,
  Subgraph,
} from './results.ts';
import type { UndatedOption } from './time-spans.ts';
import type { EventKind, Language } from './vocabulary.ts';

/**
 * The port every graph store implements: the embedded store (in-process, the default) and Neo4j (the database of
 * record). The domain and the API speak only this interface; one contract suite holds both to the same answers.
 * What it answers is defined once, as zod schemas in domain/results.ts; this file names the port's queries.
 */
export type {
  ActorDetail,
  ActorPage,
  ActorPath,
  CoMentionEdge,
  GraphEdge,
  GraphNode,
  SearchHit,
  SearchHitKind,
  StoreStats,
  Subgraph,
} from './results.ts';
export type { EventKind } from './vocabulary.ts';
/** The records a query selects, with flows and totals by the one aggregation rule (domain/funding-aggregation.ts). */
export type FundingResult = StoreFundingResult;
export type SourceDetail = StoreSourceDetail;

export interface ActorQuery {
  kinds?: ActorKind[] | undefined;
  /** Accent- and case-insensitive substring of the name or an alias. */
  text?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
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
  actors(query: ActorQuery): Promise<ActorPage>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph | null>;
  subgraph(query: SubgraphQuery): Promise<Subgraph>;
  shortestPaths(query: PathQuery): Promise<ActorPath[]>;
  timeline(query: TimelineQuery): Promise<AtlasEvent[]>;
  funding(query: FundingQuery): Promise<FundingResult>;
  /** `lang`: the reader's language, whose texts give the snippet when they hold the matched words too. */
  search(query: string, options?: { limit?: number; kinds?: SearchHitKind[]; lang?: Language }): Promise<SearchHit[]>;
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
