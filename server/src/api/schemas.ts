import { z } from 'zod';
import type {} from 'zod-openapi';
import { IsoDaySchema } from '../domain/dates.ts';
import { actorKinds, eventKinds, fundingKinds, relationTypes, ActorSchema, SourceSchema } from '../domain/model.ts';
import {
  ACTORS_DEFAULT_LIMIT,
  ACTORS_MAX_LIMIT,
  NEIGHBOURHOOD_MAX_DEPTH,
  PATH_DEFAULT_MAX_HOPS,
  PATH_MAX_HOPS,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
} from '../domain/query-limits.ts';
import {
  ActorPathSchema,
  AtlasEvent,
  count,
  Dispute,
  Evidence,
  SearchHitSchema,
  searchHitKinds,
  Source,
  StoreFundingResultSchema,
  storeSourceDetailFields,
  StoreStatsSchema,
} from '../domain/results.ts';
import { undatedOptions } from '../domain/time-spans.ts';
import { languages } from '../domain/vocabulary.ts';

/**
 * The API's one source of truth: every parameter the API accepts and every body it answers with, as zod schemas.
 * Requests are validated with them (server/src/api/validate.ts), responses are shaped by them, the OpenAPI
 * document is generated from them (server/src/api/openapi.ts), and the explorer imports the inferred types below.
 *
 * Query parameters are strings on the wire: numbers are decimal digits, lists are comma-separated (OpenAPI
 * `style: form, explode: false`), and a parameter given twice is an error, never silently the first or last.
 */

// ---------------------------------------------------------------- parameter building blocks

type JsonSchema = Record<string, unknown>;

/** Replaces the rendered JSON schema of a wire-format parser by the schema of what it accepts. */
const renderAs = (schema: JsonSchema) => ({
  override: ({ jsonSchema }: { jsonSchema: JsonSchema }) => {
    for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
    Object.assign(jsonSchema, schema);
  },
});

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const ID_MAX_LENGTH = 100;
const LIST_MAX_ITEMS = 50;
const TEXT_MAX_LENGTH = 200;

const idString = z
  .string()
  .max(ID_MAX_LENGTH, `an id has at most ${ID_MAX_LENGTH} characters`)
  .regex(new RegExp(ID_PATTERN), 'an id is lower-case kebab-case, such as cloudwatt');

/** A path or query id (required unless `optional`). */
function idParam(description: string, example: string): typeof idString;
function idParam(description: string, example: string, optional: 'optional'): z.ZodOptional<typeof idString>;
function idParam(description: string, example: string, optional?: 'optional') {
  const meta = { param: { description, example } };
  return optional ? idString.optional().meta(meta) : idString.meta(meta);
}

/** A whole number in decimal digits, within [min, max]. */
const intParser = (min: number, max: number, fallback?: number) =>
  z
    .string()
    .regex(/^-?\d{1,16}$/, 'expected a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().min(min, `at least ${min}`).max(max, `at most ${max}`))
    .meta(
      renderAs({
        type: 'integer',
        minimum: min,
        maximum: max,
        ...(fallback === undefined ? {} : { default: fallback }),
      }),
    );

/** An optional whole number. */
const intParam = (options: { min: number; max: number; description: string }) =>
  intParser(options.min, options.max)
    .optional()
    .meta({ param: { description: options.description } });

/** A whole number with a default. */
const intParamWithDefault = (options: { min: number; max: number; default: number; description: string }) =>
  intParser(options.min, options.max, options.default)
    .default(options.default)
    .meta({ param: { description: options.description } });

/** A comma-separated list of values from a closed vocabulary. */
const enumListParam = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z
    .string()
    .transform((value) => value.split(','))
    .pipe(
      z
        .array(z.enum(values))
        .min(1)
        .max(LIST_MAX_ITEMS, `at most ${LIST_MAX_ITEMS} values`)
        .transform((list) => [...new Set(list)]),
    )
    .meta(renderAs({ type: 'array', items: { type: 'string', enum: [...values] }, maxItems: LIST_MAX_ITEMS }))
    .optional()
    .meta({ param: { description, style: 'form', explode: false } });

/** A comma-separated list of ids. */
const idListParam = (description: string) =>
  z
    .string()
    .transform((value) => value.split(','))
    .pipe(
      z
        .array(idString)
        .min(1)
        .max(LIST_MAX_ITEMS, `at most ${LIST_MAX_ITEMS} ids`)
        .transform((list) => [...new Set(list)]),
    )
    .meta(
      renderAs({
        type: 'array',
        items: { type: 'string', pattern: ID_PATTERN, maxLength: ID_MAX_LENGTH },
        maxItems: LIST_MAX_ITEMS,
      }),
    )
    .optional()
    .meta({ param: { description, style: 'form', explode: false } });

const dayParam = (description: string) =>
  IsoDaySchema.meta(renderAs({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }))
    .optional()
    .meta({ param: { description, example: '2012-09-01' } });

/** Free text: trimmed, 1 to 200 characters, no control characters. */
const textParser = z
  .string()
  .trim()
  .min(1, 'empty')
  .max(TEXT_MAX_LENGTH, `at most ${TEXT_MAX_LENGTH} characters`)
  .refine((value) => !/\p{Cc}/u.test(value), 'control characters are not allowed')
  .meta(renderAs({ type: 'string', minLength: 1, maxLength: TEXT_MAX_LENGTH }));

/** From and to, when both are given, in order. */
const windowInOrder = (query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (query.from && query.to && query.from > query.to) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `the window ends (${query.to}) before it starts (${query.from})`,
    });
  }
};

// ---------------------------------------------------------------- request parameters, per operation

export const NoQuery = z.object({}).strict();
export const ActorIdPath = z.object({ id: idParam('Actor id', 'cloudwatt') }).strict();
export const SourceIdPath = z.object({ id: idParam('Source id', 'numergy-vs-cloudwatt') }).strict();
export const EvidenceIdPath = z.object({ id: idParam('Evidence id', 'ev-0a1b2c3d4e5f') }).strict();

export const exportFormats = ['graphml', 'gexf', 'csv', 'json'] as const;
export const csvKinds = ['nodes', 'edges', 'money'] as const;

export const ActorsQuery = z
  .object({
    kinds: enumListParam(actorKinds, 'Only actors of these kinds'),
    q: textParser
      .optional()
      .meta({ param: { description: 'Accent- and case-insensitive part of the name or an alias', example: 'thales' } }),
    offset: intParamWithDefault({ min: 0, max: 1_000_000, default: 0, description: 'Actors to skip (paging)' }),
    limit: intParamWithDefault({
      min: 0,
      max: ACTORS_MAX_LIMIT,
      default: ACTORS_DEFAULT_LIMIT,
      description: 'Actors per page',
    }),
  })
  .strict();

export const NeighbourhoodQuery = z
  .object({
    depth: intParamWithDefault({
      min: 1,
      max: NEIGHBOURHOOD_MAX_DEPTH,
      default: 1,
      description: 'Hops from the actor',
    }),
    relationTypes: enumListParam(relationTypes, 'Follow only relations of these types'),
    asOf: dayParam('Only relations active on this day'),
  })
  .strict();

export const GraphQuery = z
  .object({
    kinds: enumListParam(actorKinds, 'Only actors of these kinds'),
    relationTypes: enumListParam(relationTypes, 'Only relations of these types'),
    from: dayParam('Only relations whose time span overlaps the window starting this day (undated ones stay)'),
    to: dayParam('Only relations whose time span overlaps the window ending this day (undated ones stay)'),
    asOf: dayParam(
      'The graph as it stood on this day: what had begun and not ended by then; what has no date of its own is returned marked undated (see `undated`)',
    ),
    undated: z
      .enum(undatedOptions)
      .default('show')
      .meta({
        param: {
          description:
            'show: undated actors and relations (no known start, and no source published by asOf) are returned, marked `dating: undated`; hide: left out (still counted in `datings`)',
        },
      }),
    minCoMention: intParam({
      min: 1,
      max: 1_000_000,
      description: 'Add co-mention edges (sentences naming both actors) of at least this weight',
    }),
  })
  .strict()
  .superRefine(windowInOrder);

export const PathsQuery = z
  .object({
    from: idParam('Actor the paths start from', 'thales'),
    to: idParam('Actor the paths lead to', 'google'),
    maxHops: intParamWithDefault({
      min: 1,
      max: PATH_MAX_HOPS,
      default: PATH_DEFAULT_MAX_HOPS,
      description: 'Longest path considered, in hops',
    }),
    relationTypes: enumListParam(relationTypes, 'Follow only relations of these types'),
  })
  .strict();

export const TimelineQuery = z
  .object({
    actors: idListParam('Only events involving one of these actors'),
    kinds: enumListParam(eventKinds, 'Only events of these kinds'),
    from: dayParam('Only events whose date span overlaps the window starting this day'),
    to: dayParam('Only events whose date span overlaps the window ending this day'),
  })
  .strict()
  .superRefine(windowInOrder);

export const FundingQuery = z
  .object({
    funder: idParam('Only money from this actor', 'caisse-des-depots', 'optional'),
    recipient: idParam('Only money to this actor', 'andromede', 'optional'),
    kinds: enumListParam(fundingKinds, 'Only records of these kinds (pledged, invested, disbursed, revenue)'),
    from: dayParam('Only dated records whose date span overlaps the window starting this day'),
    to: dayParam('Only dated records whose date span overlaps the window ending this day'),
  })
  .strict()
  .superRefine(windowInOrder);

export const SearchQuery = z
  .object({
    q: textParser.meta({
      param: { description: 'Words to find, French or English, accents and case ignored', example: 'andromède' },
    }),
    limit: intParamWithDefault({
      min: 1,
      max: SEARCH_MAX_LIMIT,
      default: SEARCH_DEFAULT_LIMIT,
      description: 'Most hits',
    }),
    kinds: enumListParam(searchHitKinds, 'Only hits of these kinds'),
    lang: z
      .enum(languages)
      .optional()
      .meta({ param: { description: "The reader's language: its texts give the snippets when they match too" } }),
  })
  .strict();

export const ExportPath = z
  .object({
    format: z.enum(exportFormats).meta({
      param: { description: 'graphml, gexf (Gephi), csv (a zip, or one file with ?kind=) or json (the bundle)' },
    }),
  })
  .strict();
export const ExportQuery = z
  .object({
    kind: z
      .enum(csvKinds)
      .optional()
      .meta({
        param: {
          description:
            'With format csv: one CSV file (nodes, edges, or money: totals and flows by the one aggregation rule) instead of the zip of all',
        },
      }),
  })
  .strict();

// ---------------------------------------------------------------- responses

// What the store answers is defined once in the domain (domain/results.ts): the API answers it as it is, or extends it.
export {
  Actor,
  ActorDetailSchema,
  ActorPageSchema,
  AtlasEvent,
  CoMention,
  Dispute,
  Evidence,
  FunderTotalSchema,
  Funding,
  FundingFlowSchema,
  GraphEdgeSchema,
  GraphNodeSchema,
  KnownSpanSchema,
  Mention,
  RecipientTotalSchema,
  Relation,
  SearchHitSchema,
  searchHitKinds,
  Source,
  SubgraphSchema,
} from '../domain/results.ts';
export type {
  ActorDetail,
  ActorPage,
  FunderTotal,
  FundingFlow,
  GraphEdge,
  GraphNode,
  KnownSpan,
  RecipientTotal,
  SearchHit,
  Subgraph,
} from '../domain/results.ts';

export const ParameterErrorSchema = z
  .object({
    name: z.string().meta({ description: 'The parameter, as named in the request' }),
    in: z.enum(['query', 'path', 'header', 'body']),
    reason: z.string(),
  })
  .strict()
  .meta({ id: 'ParameterError' });
export type ParameterError = z.infer<typeof ParameterErrorSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'URI reference of the problem type (its section of /api/docs)' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().meta({ description: 'The path of the request' }),
    requestId: z.string().optional().meta({ description: 'Also in the X-Request-Id header and the server log' }),
    errors: z.array(ParameterErrorSchema).optional().meta({ description: 'Each invalid parameter (400 only)' }),
  })
  .strict()
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof ProblemSchema>;

export const StatsSchema = StoreStatsSchema.omit({ version: true });

export const SourceSummarySchema = SourceSchema.pick({
  id: true,
  title: true,
  outlet: true,
  outletNote: true,
  author: true,
  language: true,
  published: true,
  textAvailable: true,
})
  .strict()
  .meta({ id: 'SourceSummary' });

export const MetaSchema = z
  .object({
    version: z.string().meta({ description: 'Bundle version: the content hash every ETag is keyed on' }),
    schemaVersion: z.number().int(),
    generatedAt: z.iso.datetime().meta({ description: 'When the bundle was written (its file time)' }),
    apiVersion: z.string(),
    corpus: z.object({ present: z.boolean(), documents: count }).strict(),
    counts: StatsSchema,
    sources: z.array(SourceSummarySchema),
  })
  .strict()
  .meta({ id: 'Meta' });
export type Meta = z.infer<typeof MetaSchema>;

export const PathsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    maxHops: z.number().int(),
    paths: z.array(ActorPathSchema),
  })
  .strict()
  .meta({ id: 'Paths' });
export type Paths = z.infer<typeof PathsSchema>;

export const TimelineSchema = z
  .object({ events: z.array(AtlasEvent).meta({ description: 'In date order (span start, span end, id)' }) })
  .strict()
  .meta({ id: 'Timeline' });
export type Timeline = z.infer<typeof TimelineSchema>;

export const ActorLabelSchema = ActorSchema.pick({ id: true, name: true, kind: true })
  .strict()
  .meta({ id: 'ActorLabel' });

export const FundingResultSchema = z
  .object({
    ...StoreFundingResultSchema.shape,
    actors: z.array(ActorLabelSchema).meta({ description: 'Every actor the records name, for labels' }),
  })
  .strict()
  .meta({ id: 'FundingResult' });
export type FundingResult = z.infer<typeof FundingResultSchema>;

export const SearchResultSchema = z
  .object({ query: z.string(), hits: z.array(SearchHitSchema) })
  .strict()
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const SourceListSchema = z
  .object({ sources: z.array(Source) })
  .strict()
  .meta({ id: 'SourceList' });
export type SourceList = z.infer<typeof SourceListSchema>;

export const sourceTextUnavailableReasons = [
  'no-corpus',
  'not-found',
  'unreadable',
  'changed',
  'not-ingested',
] as const;
export const SourceTextSchema = z
  .discriminatedUnion('available', [
    z
      .object({
        available: z.literal(true),
        content: z.string().meta({ description: 'The normalised text every offset points into' }),
      })
      .strict(),
    z
      .object({
        available: z.literal(false),
        reason: z.enum(sourceTextUnavailableReasons).meta({
          description:
            'no-corpus: CORPUS_DIR holds no texts; not-found / unreadable: the file is missing or unreadable; changed: the text differs from the one ingested (its offsets no longer apply); not-ingested: the bundle was built without it',
        }),
      })
      .strict(),
  ])
  .meta({ id: 'SourceText' });

export const SourceDetailSchema = z
  .object({ ...storeSourceDetailFields, text: SourceTextSchema })
  .strict()
  .meta({ id: 'SourceDetail' });
export type SourceDetail = z.infer<typeof SourceDetailSchema>;

export const EvidenceDetailSchema = z
  .object({ evidence: Evidence, source: SourceSummarySchema })
  .strict()
  .meta({ id: 'EvidenceDetail' });
export type EvidenceDetail = z.infer<typeof EvidenceDetailSchema>;

export const DisputeListSchema = z
  .object({ disputes: z.array(Dispute) })
  .strict()
  .meta({ id: 'DisputeList' });
export type DisputeList = z.infer<typeof DisputeListSchema>;

export const HealthSchema = z
  .object({ status: z.literal('ok') })
  .strict()
  .meta({ id: 'Health' });
export const ReadySchema = z
  .object({ status: z.literal('ready'), version: z.string().nullable() })
  .strict()
  .meta({ id: 'Ready' });

export type SourceText = z.infer<typeof SourceTextSchema>;
export type SourceSummary = z.infer<typeof SourceSummarySchema>;
