import { z } from 'zod';
import { FuzzyDateSchema } from './dates.ts';
import {
  ActorSchema,
  actorKinds,
  CoMentionSchema,
  DisputeSchema,
  EventSchema,
  EvidenceSchema,
  FundingSchema,
  fundingKinds,
  MentionSchema,
  RelationSchema,
  relationTypes,
  SourceSchema,
} from './model.ts';
import { datings } from './time-spans.ts';

/**
 * What the store port answers, as zod schemas: the one definition of each result. The port's types
 * (domain/graph-store.ts) are inferred from them, the plain modules the explorer shares (time-spans.ts,
 * funding-aggregation.ts) import those types, and the API's response schemas (api/schemas.ts) are these, extended
 * where an operation answers more than the store. The `id` in a schema's meta names its OpenAPI component.
 */

// ---------------------------------------------------------------- records, as named components

export const Actor = ActorSchema.meta({ id: 'Actor' });
export const Relation = RelationSchema.meta({ id: 'Relation' });
export const AtlasEvent = EventSchema.meta({ id: 'Event' });
export const Funding = FundingSchema.meta({ id: 'Funding' });
export const Dispute = DisputeSchema.meta({ id: 'Dispute' });
export const Source = SourceSchema.meta({ id: 'Source' });
export const Evidence = EvidenceSchema.meta({ id: 'Evidence' });
export const Mention = MentionSchema.meta({ id: 'Mention' });
export const CoMention = CoMentionSchema.meta({ id: 'CoMention' });

export const count = z.number().int().nonnegative();

// ---------------------------------------------------------------- dataset and actors

export const StoreStatsSchema = z
  .object({
    version: z.string(),
    actors: count,
    relations: count,
    events: count,
    fundings: count,
    disputes: count,
    sources: count,
    evidence: count,
    actorsByKind: z.partialRecord(z.enum(actorKinds), count),
    relationsByType: z.partialRecord(z.enum(relationTypes), count),
  })
  .strict();
export type StoreStats = z.infer<typeof StoreStatsSchema>;

export const ActorPageSchema = z
  .object({ items: z.array(Actor), total: count, offset: count, limit: count })
  .strict()
  .meta({ id: 'ActorPage' });
export type ActorPage = z.infer<typeof ActorPageSchema>;

/** An actor with everything the side panel shows about it. */
export const ActorDetailSchema = z
  .object({
    actor: Actor,
    relations: z.array(Relation),
    events: z.array(AtlasEvent),
    fundingIn: z.array(Funding),
    fundingOut: z.array(Funding),
    evidence: z.array(Evidence).meta({ description: 'Every piece of evidence the actor and these records cite' }),
    mentions: z.array(Mention).meta({ description: 'Where each source mentions the actor' }),
    disputes: z.array(Dispute),
  })
  .strict()
  .meta({ id: 'ActorDetail' });
export type ActorDetail = z.infer<typeof ActorDetailSchema>;

// ---------------------------------------------------------------- graphs (docs/truth-time.md)

export const KnownSpanSchema = z
  .object({
    start: z
      .object({
        date: FuzzyDateSchema,
        basis: z.enum(['own', 'publication']).meta({
          description:
            "own: the record's own date (founded, since); publication: a statement exists from its source's publication",
        }),
        source: z.string().nullable().meta({ description: 'The source whose publication it is (basis publication)' }),
      })
      .strict()
      .nullable()
      .meta({ description: 'When it began; null when unknown' }),
    end: FuzzyDateSchema.nullable().meta({ description: 'When it ended (dissolved, until); null when not known to' }),
    attested: z
      .object({
        date: FuzzyDateSchema,
        source: z.string().nullable().meta({ description: 'The source whose publication speaks of it' }),
        record: z
          .string()
          .nullable()
          .meta({ description: 'Or the dated fact it takes part in: events/<id> or relations/<id>' }),
      })
      .strict()
      .nullable()
      .meta({
        description:
          'The earliest day it is spoken of: a citing or mentioning source published, or a dated fact it takes part in; null when none',
      }),
  })
  .strict()
  .meta({ id: 'KnownSpan', description: 'What the sources let us know of when it existed (docs/truth-time.md)' });
export type KnownSpan = z.infer<typeof KnownSpanSchema>;
export type SpanStartBasis = NonNullable<KnownSpan['start']>['basis'];

export const DatingSchema = z.enum(datings).meta({
  id: 'Dating',
  description:
    'As of the query day (now without one): dated (known start, reached), attested (no known start, but a source published by then speaks of it), undated (neither: shown, but not as a fact of that day)',
});
export const DatingCountsSchema = z.object({ dated: count, attested: count, undated: count }).strict();
export type DatingCounts = z.infer<typeof DatingCountsSchema>;

export const GraphNodeSchema = ActorSchema.extend({
  centrality: z.number().min(0).max(1).meta({ description: 'Degree centrality over the whole graph' }),
  community: z.number().int().meta({ description: 'Louvain community over the whole graph' }),
  span: KnownSpanSchema,
  dating: DatingSchema,
})
  .strict()
  .meta({ id: 'GraphNode' });
export type GraphNode = z.infer<typeof GraphNodeSchema>;

/** A relation drawn in a graph, with its known span and its dating as of the query's day. */
export const GraphEdgeSchema = RelationSchema.extend({ span: KnownSpanSchema, dating: DatingSchema })
  .strict()
  .meta({ id: 'GraphEdge' });
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const CoMentionEdgeSchema = z
  .object({ a: z.string(), b: z.string(), weight: z.number().int().positive() })
  .strict();
export type CoMentionEdge = z.infer<typeof CoMentionEdgeSchema>;

export const SubgraphSchema = z
  .object({
    nodes: z.array(GraphNodeSchema),
    edges: z.array(GraphEdgeSchema),
    coMentions: z.array(CoMentionEdgeSchema),
    datings: z
      .object({ nodes: DatingCountsSchema, edges: DatingCountsSchema })
      .strict()
      .meta({ description: 'Nodes and edges per dating, counted before `undated=hide` leaves the undated out' }),
  })
  .strict()
  .meta({ id: 'Subgraph' });
export type Subgraph = z.infer<typeof SubgraphSchema>;

/** One shortest path: the actors in order and, for each hop, the relation that links them. */
export const ActorPathSchema = z
  .object({
    actors: z.array(z.string()).meta({ description: 'Actor ids, from first to last' }),
    hops: z.array(Relation).meta({ description: 'For each hop, the relation linking the two actors' }),
  })
  .strict();
export type ActorPath = z.infer<typeof ActorPathSchema>;

// ---------------------------------------------------------------- money (domain/funding-aggregation.ts)

const fundersField = z.array(z.string()).meta({
  description: 'The funder, or several joint funders of one undivided amount; empty when no source names one',
});

const ClaimAmountSchema = z.object({ records: z.array(z.string()), amount: z.number() }).strict();
export type ClaimAmount = z.infer<typeof ClaimAmountSchema>;
const RivalrySchema = z.object({ disputes: z.array(z.string()), claims: z.array(ClaimAmountSchema) }).strict();
/** Competing claims for the same money: never added, they make a range. */
export type Rivalry = z.infer<typeof RivalrySchema>;

const fundingAggregateFields = {
  kind: z.enum(fundingKinds),
  currency: z.string().meta({ description: 'Never converted: every aggregate is of one kind and one currency' }),
  low: z.number().meta({ description: 'Smallest figure the sources support (equal to high unless claims compete)' }),
  high: z.number().meta({ description: 'Largest figure the sources support' }),
  records: z.array(z.string()).meta({ description: 'Every record behind the figure, parts of totals included' }),
  disputed: z.boolean(),
  disputes: z.array(z.string()).meta({ description: 'Disputes naming its records or setting its claims side by side' }),
  rivalries: z
    .array(RivalrySchema)
    .meta({ description: 'Competing claims for the same money: never added, they make the range low–high' }),
};
export type FundingAggregate = z.infer<z.ZodObject<typeof fundingAggregateFields>>;

export const FundingFlowSchema = z
  .object({
    funders: fundersField,
    to: z.string(),
    kind: z.enum(fundingKinds),
    currency: z.string(),
    amount: z.number().meta({
      description: 'Sum of the records, a total drawn as its parts, never converted between currencies',
    }),
    records: z.array(z.string()),
    disputed: z.boolean(),
    disputes: z.array(z.string()),
    claim: z
      .object({ disputes: z.array(z.string()), index: z.number().int(), of: z.number().int() })
      .strict()
      .nullable()
      .meta({ description: "One side of rival claims for the recipient's money (0-based, by amount), or null" }),
  })
  .strict()
  .meta({ id: 'FundingFlow' });
export type FundingFlow = z.infer<typeof FundingFlowSchema>;

export const RecipientTotalSchema = z
  .object({ to: z.string(), ...fundingAggregateFields })
  .strict()
  .meta({ id: 'RecipientTotal' });
export type RecipientTotal = z.infer<typeof RecipientTotalSchema>;

export const FunderTotalSchema = z
  .object({
    funders: fundersField,
    to: z.string().nullable().meta({ description: 'Set only for an unnamed funder: the recipient it paid' }),
    ...fundingAggregateFields,
  })
  .strict()
  .meta({ id: 'FunderTotal' });
export type FunderTotal = z.infer<typeof FunderTotalSchema>;

/** Flows and totals by the one aggregation rule. */
export const fundingSummaryFields = {
  flows: z.array(FundingFlowSchema),
  totalsByRecipient: z.array(RecipientTotalSchema),
  totalsByFunder: z.array(FunderTotalSchema),
};
export type FundingSummary = z.infer<z.ZodObject<typeof fundingSummaryFields>>;

/** The records a query selects, with flows and totals by the one aggregation rule. */
export const StoreFundingResultSchema = z.object({ records: z.array(Funding), ...fundingSummaryFields }).strict();
export type StoreFundingResult = z.infer<typeof StoreFundingResultSchema>;

// ---------------------------------------------------------------- search and sources

export const searchHitKinds = ['actor', 'event', 'evidence', 'source'] as const;
export type SearchHitKind = (typeof searchHitKinds)[number];

export const SearchHitSchema = z
  .object({
    kind: z.enum(searchHitKinds),
    id: z.string(),
    label: z.string(),
    score: z.number(),
    snippet: z
      .object({
        text: z.string().meta({ description: 'Plain text, never HTML' }),
        highlights: z
          .array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]))
          .meta({ description: '[start, end) offsets of the matched words in text' }),
        matchedIn: z
          .object({ language: z.enum(['en', 'fr']), words: z.array(z.string()) })
          .strict()
          .optional()
          .meta({
            description:
              "Set when the words matched only in the other language's texts: the text is then in the reader's language, with no highlights, and these are the words that matched",
          }),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'SearchHit' });
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const storeSourceDetailFields = {
  source: Source,
  mentions: z.array(Mention).meta({ description: 'Per actor, with [start, end) spans into the text' }),
  evidence: z.array(Evidence).meta({ description: 'In text order, unanchored last' }),
};
export type StoreSourceDetail = z.infer<z.ZodObject<typeof storeSourceDetailFields>>;
