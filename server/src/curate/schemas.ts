import { z } from 'zod';
import { EvidenceSchema, SourceSchema } from '../domain/model.ts';
import { ProposalKeyPattern } from '../ingest/knowledge-base.ts';

/**
 * The curator's API, declared once as zod schemas: the routes validate with them and `npm run openapi` writes
 * server/openapi-curator.json (and the review screen's client types) from them. None of this is in the public
 * document.
 */

export const collections = ['actors', 'relations', 'events', 'fundings'] as const;
export type Collection = (typeof collections)[number];

/** `<collection>/<record id>`: stable, because proposal ids are built from the record's content. */
export const ProposalKeySchema = z
  .string()
  .regex(ProposalKeyPattern, 'a proposal key like events/<id>')
  .meta({ id: 'ProposalKey' });

const reason = z.string().trim().min(3).max(2_000);

export const DecisionSchema = z
  .discriminatedUnion('action', [
    z
      .object({
        action: z.literal('accept'),
        proposal: ProposalKeySchema,
        /** The record as edited (knowledge-base shape); omitted: the proposal as it is. */
        record: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    z.object({ action: z.literal('accept-many'), proposals: z.array(ProposalKeySchema).min(1).max(500) }).strict(),
    z
      .object({
        action: z.literal('merge'),
        proposal: ProposalKeySchema,
        into: z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, 'an actor id'),
      })
      .strict(),
    z.object({ action: z.literal('reject'), proposal: ProposalKeySchema, reason }).strict(),
    z.object({ action: z.literal('dispute'), proposal: ProposalKeySchema }).strict(),
  ])
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof DecisionSchema>;

export const ReviewProposalSchema = z
  .object({
    key: ProposalKeySchema,
    collection: z.enum(collections),
    status: z.enum(['new', 'matches', 'conflicts']),
    confidence: z.number(),
    rule: z.string(),
    sources: z.array(z.string()),
    record: z.record(z.string(), z.unknown()),
    evidence: z.array(EvidenceSchema),
    conflictsWith: z
      .object({ record: z.string(), about: z.string(), existing: z.record(z.string(), z.unknown()) })
      .optional(),
  })
  .meta({ id: 'ReviewProposal' });
export type ReviewProposal = z.infer<typeof ReviewProposalSchema>;

export const ReviewQueueSchema = z
  .object({
    sources: z.array(
      SourceSchema.pick({ id: true, title: true, language: true }).extend({
        pending: z.number().int(),
        decided: z.number().int(),
        known: z.number().int().meta({ description: 'Proposals the knowledge base already holds (matches)' }),
      }),
    ),
    proposals: z.array(ReviewProposalSchema),
    actors: z.array(z.object({ id: z.string(), name: z.string() })),
    highConfidence: z.number().meta({ description: 'Bulk accept takes proposals at or above this confidence' }),
  })
  .meta({ id: 'ReviewQueue' });
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

export const SourceTextSchema = z.object({ id: z.string(), text: z.string() }).meta({ id: 'ReviewSourceText' });

export const DecisionResultSchema = z
  .object({
    decided: z.array(ProposalKeySchema),
    wrote: z.array(z.string()).meta({ description: 'Records written, as <collection>/<id>' }),
    version: z.string().meta({ description: 'The bundle version now served' }),
  })
  .meta({ id: 'DecisionResult' });
export type DecisionResult = z.infer<typeof DecisionResultSchema>;

export { ReviewLogEntrySchema, type ReviewLogEntry } from '../ingest/knowledge-base.ts';
