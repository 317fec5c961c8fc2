/**
 * The API's types, imported (types only: nothing of the server reaches the bundle) from the server's one source of
 * truth, server/src/api/schemas.ts, through the server workspace's `exports` ("./*": "./src/*.ts").
 */
export type {
  ActorDetail,
  ActorPage,
  DisputeList,
  EvidenceDetail,
  FunderTotal,
  FundingFlow,
  FundingResult,
  GraphEdge,
  GraphNode,
  KnownSpan,
  Meta,
  Paths,
  Problem,
  RecipientTotal,
  SearchHit,
  SearchResult,
  SourceDetail,
  SourceList,
  SourceSummary,
  Subgraph,
  Timeline,
} from '@atlas/server/api/schemas';
export type {
  Actor,
  ActorKind,
  AtlasEvent,
  Dispute,
  Evidence,
  Funding,
  FundingKind,
  Language,
  Relation,
  RelationType,
  Source,
} from '@atlas/server/domain/model';
export type { FuzzyDate, IsoDay } from '@atlas/server/domain/dates';
