import type { z } from 'zod';
import {
  ActorDetailSchema,
  ActorIdPath,
  ActorPageSchema,
  ActorsQuery,
  DisputeListSchema,
  EvidenceDetailSchema,
  EvidenceIdPath,
  ExportPath,
  ExportQuery,
  FundingQuery,
  FundingResultSchema,
  GraphQuery,
  HealthSchema,
  MetaSchema,
  NeighbourhoodQuery,
  NoQuery,
  PathsQuery,
  PathsSchema,
  ReadySchema,
  SearchQuery,
  SearchResultSchema,
  SourceDetailSchema,
  SourceIdPath,
  SourceListSchema,
  SubgraphSchema,
  TimelineQuery,
  TimelineSchema,
} from './schemas.ts';

/**
 * Every operation of the API, declared once: the router mounts these, the OpenAPI document is generated from
 * them, and the property-based tests attack every parameter they declare.
 */

export type ObjectSchema = z.ZodObject;

export interface JsonResponse {
  kind: 'json';
  schema: z.ZodType;
  description: string;
}

export interface FileResponse {
  kind: 'file';
  /** Media type → what it holds. */
  contentTypes: Record<string, string>;
  description: string;
}

export interface Operation {
  operationId: string;
  /** OpenAPI form, `/api/actors/{id}`. */
  path: string;
  tag: 'Dataset' | 'Actors' | 'Graph' | 'Time and money' | 'Sources' | 'Export' | 'Operations';
  summary: string;
  description?: string;
  pathParams?: ObjectSchema;
  query: ObjectSchema;
  response: JsonResponse | FileResponse;
  /** Depends only on the bundle version: memoised, ETag and 304, Cache-Control public. */
  cacheable: boolean;
  /** Error statuses beyond those every operation can answer (400, 405, 413, 429, 500, 503). */
  notFound?: string;
}

const json = <S extends z.ZodType>(schema: S, description: string) => ({ kind: 'json' as const, schema, description });

export const operations = [
  {
    operationId: 'getMeta',
    path: '/api/meta',
    tag: 'Dataset',
    summary: 'The dataset: bundle version, counts, sources and when it was generated',
    query: NoQuery,
    response: json(MetaSchema, 'The dataset this server answers from'),
    cacheable: true,
  },
  {
    operationId: 'listActors',
    path: '/api/actors',
    tag: 'Actors',
    summary: 'Actors, filtered by kind and name, by folded name then id, one page at a time',
    query: ActorsQuery,
    response: json(ActorPageSchema, 'One page of actors and the total before paging'),
    cacheable: true,
  },
  {
    operationId: 'getActor',
    path: '/api/actors/{id}',
    tag: 'Actors',
    summary: 'One actor with its relations, events, funding in and out, evidence, mentions per source and disputes',
    pathParams: ActorIdPath,
    query: NoQuery,
    response: json(ActorDetailSchema, 'The actor and everything the side panel shows about it'),
    cacheable: true,
    notFound: 'No actor with this id',
  },
  {
    operationId: 'getNeighbourhood',
    path: '/api/actors/{id}/neighbourhood',
    tag: 'Graph',
    summary: 'The actors within a few hops of one actor, and the relations among them',
    pathParams: ActorIdPath,
    query: NeighbourhoodQuery,
    response: json(SubgraphSchema, 'The neighbourhood (no co-mention edges)'),
    cacheable: true,
    notFound: 'No actor with this id',
  },
  {
    operationId: 'getGraph',
    path: '/api/graph',
    tag: 'Graph',
    summary: 'A subgraph: actors of some kinds, relations of some types, within a date window or as of a day',
    query: GraphQuery,
    response: json(SubgraphSchema, 'Nodes with centrality and community, edges with their evidence ids'),
    cacheable: true,
  },
  {
    operationId: 'getPaths',
    path: '/api/paths',
    tag: 'Graph',
    summary: 'Every shortest path between two actors (direction ignored; at most 20)',
    query: PathsQuery,
    response: json(PathsSchema, 'The shortest paths, each with the relation of every hop; none when unconnected'),
    cacheable: true,
    notFound: 'No actor with the id given as from or to',
  },
  {
    operationId: 'getTimeline',
    path: '/api/timeline',
    tag: 'Time and money',
    summary: 'Events in date order, filtered by actor, kind and date window',
    query: TimelineQuery,
    response: json(TimelineSchema, 'Events, each date with its true precision'),
    cacheable: true,
  },
  {
    operationId: 'getFunding',
    path: '/api/funding',
    tag: 'Time and money',
    summary: 'Funding records and the flows they add up to (per funder, recipient, kind and currency)',
    query: FundingQuery,
    response: json(FundingResultSchema, 'Records, flows for a flow diagram, and the actors they name'),
    cacheable: true,
  },
  {
    operationId: 'search',
    path: '/api/search',
    tag: 'Dataset',
    summary: 'Full-text search over actors, events, evidence and sources (French and English, accents ignored)',
    query: SearchQuery,
    response: json(SearchResultSchema, 'Hits, best first, each with a plain-text snippet and highlight offsets'),
    cacheable: true,
  },
  {
    operationId: 'listSources',
    path: '/api/sources',
    tag: 'Sources',
    summary: 'The source documents',
    query: NoQuery,
    response: json(SourceListSchema, 'Every source, by id'),
    cacheable: true,
  },
  {
    operationId: 'getSource',
    path: '/api/sources/{id}',
    tag: 'Sources',
    summary: 'One source with its mentions and evidence spans, and its full text when the corpus is present',
    description:
      'The text is read from CORPUS_DIR at request time and served only when it is the very text the bundle was built from (same sha256), so that every offset applies.',
    pathParams: SourceIdPath,
    query: NoQuery,
    response: json(SourceDetailSchema, 'The source, its mentions and evidence, and its text or why it is not given'),
    cacheable: false,
    notFound: 'No source with this id',
  },
  {
    operationId: 'getEvidence',
    path: '/api/evidence/{id}',
    tag: 'Sources',
    summary: 'One piece of evidence: the quote, its offsets and its source',
    pathParams: EvidenceIdPath,
    query: NoQuery,
    response: json(EvidenceDetailSchema, 'The evidence and a summary of its source'),
    cacheable: true,
    notFound: 'No evidence with this id',
  },
  {
    operationId: 'listDisputes',
    path: '/api/disputes',
    tag: 'Sources',
    summary: 'Where sources disagree: every claim kept, each with its evidence',
    query: NoQuery,
    response: json(DisputeListSchema, 'Every dispute, by id'),
    cacheable: true,
  },
  {
    operationId: 'exportGraph',
    path: '/api/export/{format}',
    tag: 'Export',
    summary: 'The whole graph as GraphML, GEXF (Gephi), CSV or the JSON bundle, every edge with its citations',
    description:
      'Nodes are the actors (with centrality and community), edges the relations. Every edge keeps its citations: evidence ids, sources and quotes (a JSON array). CSV cells that a spreadsheet would read as a formula are prefixed with an apostrophe.',
    pathParams: ExportPath,
    query: ExportQuery,
    response: {
      kind: 'file',
      description: 'The export, as an attachment',
      contentTypes: {
        'application/graphml+xml': 'format graphml',
        'application/gexf+xml': 'format gexf',
        'application/zip': 'format csv: nodes.csv and edges.csv',
        'text/csv': 'format csv with ?kind=nodes or ?kind=edges',
        'application/json': 'format json: the graph bundle, byte for byte as the ingest wrote it',
      },
    },
    cacheable: true,
  },
  {
    operationId: 'healthz',
    path: '/healthz',
    tag: 'Operations',
    summary: 'Liveness: the process answers (always 200)',
    query: NoQuery,
    response: json(HealthSchema, 'Alive'),
    cacheable: false,
  },
  {
    operationId: 'readyz',
    path: '/readyz',
    tag: 'Operations',
    summary: 'Readiness: the graph store can answer (503 while it cannot)',
    query: NoQuery,
    response: json(ReadySchema, 'Ready, with the loaded bundle version'),
    cacheable: false,
  },
] as const satisfies readonly Operation[];

export type OperationId = (typeof operations)[number]['operationId'];
type OperationById<K extends OperationId> = Extract<(typeof operations)[number], { operationId: K }>;
export type PathParamsOf<K extends OperationId> =
  OperationById<K> extends { pathParams: infer S extends z.ZodType } ? z.output<S> : Record<string, never>;
export type QueryOf<K extends OperationId> = z.output<OperationById<K>['query']>;
/** What an operation's handler returns: the JSON body (before the schema shapes it), or a file. */
export type ResultOf<K extends OperationId> = OperationById<K>['response'] extends {
  kind: 'json';
  schema: infer S extends z.ZodType;
}
  ? z.input<S>
  : FileResult;

/** A file answer (exports): bytes, media type and an attachment name. */
export class FileResult {
  constructor(
    readonly body: Buffer,
    readonly contentType: string,
    readonly filename: string,
    /** False for formats already compressed (zip). */
    readonly compressible: boolean,
  ) {}
}

/** `/api/actors/{id}` → `/api/actors/:id` */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');
