import { z } from 'zod';
import { FuzzyDateSchema } from './dates.ts';
import { derivationRules, offsetUnits, RECORD_POINTER } from './truth/derived.ts';
import { eventStatuses } from './truth/status.ts';
import { actorKinds, eventKinds, fundingKinds, languages, relationStatuses, relationTypes } from './vocabulary.ts';

/**
 * The knowledge model, declared once as data (after FollowTheMoney): the curated knowledge base (YAML) and
 * the graph bundle that every store is loaded from are both validated by these schemas.
 */

export {
  actorKinds,
  eventKinds,
  fundingKinds,
  languages,
  relationStatuses,
  relationTypes,
  symmetricRelationTypes,
  type ActorKind,
  type EventKind,
  type FundingKind,
  type Language,
  type RelationType,
} from './vocabulary.ts';
export { eventStatuses, type EventStatus } from './truth/status.ts';
export type { Derivation, DerivationRule } from './truth/derived.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');
const text = z.string().trim().min(1);
export const BilingualSchema = z.object({ fr: text, en: text }).strict();
export type Bilingual = z.infer<typeof BilingualSchema>;

/** Evidence as curated: a short exact span of a source text. */
export const EvidenceRefSchema = z
  .object({
    source: id,
    quote: z.string().trim().min(3).max(400, 'a quote is a short span, at most 400 characters'),
  })
  .strict();
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;
const evidenceList = z.array(EvidenceRefSchema).min(1, 'every fact cites at least one piece of evidence');

/** How an inferred value is computed (see domain/truth/derived.ts); the ingest re-computes it. */
export const DerivationSchema = z
  .object({
    rule: z.enum(derivationRules),
    from: z
      .array(z.string().regex(RECORD_POINTER, 'a pointer like events/<id>, relations/<id>#until or sources/<id>'))
      .min(1),
    offset: z
      .object({
        amount: z
          .number()
          .int()
          .refine((n) => n !== 0, 'a non-zero interval'),
        unit: z.enum(offsetUnits),
      })
      .strict()
      .optional(),
    reasoning: BilingualSchema,
  })
  .strict();
const derivedFor = <const F extends string>(fields: readonly F[]) =>
  z
    .object(
      Object.fromEntries(fields.map((f) => [f, DerivationSchema.optional()])) as Record<
        F,
        z.ZodOptional<typeof DerivationSchema>
      >,
    )
    .strict()
    .optional();

// ---------------------------------------------------------------- knowledge base (data/kb/*.yaml)

const KbActorFields = z
  .object({
    id,
    name: text,
    kind: z.enum(actorKinds),
    aliases: z.object({ fr: z.array(text), en: z.array(text) }).strict(),
    caseSensitive: z.array(text).default([]),
    description: BilingualSchema,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    founded: FuzzyDateSchema.optional(),
    dissolved: FuzzyDateSchema.optional(),
    derived: derivedFor(['founded', 'dissolved']),
    evidence: z.array(EvidenceRefSchema).default([]),
  })
  .strict();
export const KbActorSchema = KbActorFields.superRefine((actor, ctx) => {
  if ((actor.founded || actor.dissolved) && actor.evidence.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['evidence'],
      message: 'an actor with a founding or dissolution date cites evidence for it',
    });
  }
  const allAliases = new Set([...actor.aliases.fr, ...actor.aliases.en, actor.name]);
  for (const [i, alias] of actor.caseSensitive.entries()) {
    if (!allAliases.has(alias))
      ctx.addIssue({
        code: 'custom',
        path: ['caseSensitive', i],
        message: `"${alias}" is not one of the actor's names`,
      });
  }
});
export type KbActor = z.infer<typeof KbActorSchema>;

export const KbRelationSchema = z
  .object({
    id,
    type: z.enum(relationTypes),
    from: id,
    to: id,
    since: FuzzyDateSchema.optional(),
    until: FuzzyDateSchema.optional(),
    role: BilingualSchema.optional(),
    status: z.enum(relationStatuses).optional(),
    derived: derivedFor(['since', 'until']),
    evidence: evidenceList,
  })
  .strict();
export type KbRelation = z.infer<typeof KbRelationSchema>;

export const KbEventSchema = z
  .object({
    id,
    date: FuzzyDateSchema,
    /** Planned, announced or happened (domain/truth/status.ts); absent in the knowledge base means happened. */
    status: z.enum(eventStatuses).optional(),
    derived: derivedFor(['date']),
    kind: z.enum(eventKinds),
    title: BilingualSchema,
    actors: z.array(z.object({ id, role: BilingualSchema }).strict()).min(1),
    evidence: evidenceList,
  })
  .strict();
export type KbEvent = z.infer<typeof KbEventSchema>;

export const KbFundingSchema = z
  .object({
    id,
    /** The one funder the source names; omitted when it names none, or several (then `funders`). */
    from: id.optional(),
    /** Several funders behind one undivided amount (the source gives no split); never with `from`. */
    funders: z.array(id).min(2, 'joint funders are at least two; one funder is `from`').optional(),
    to: id,
    /** The funding record whose amount this one is a part of (same recipient, kind and currency). */
    partOf: id.optional(),
    amount: z.number().positive('amounts are positive'),
    /** The source hedges the amount ("autour de", "about", "more than"): a figure, not an exact sum. */
    approximate: z.boolean().optional(),
    currency: z
      .string()
      .regex(/^([A-Z]{3}|unspecified)$/, 'an ISO 4217 code, or "unspecified" when the source names none'),
    kind: z.enum(fundingKinds),
    date: FuzzyDateSchema.optional(),
    derived: derivedFor(['amount', 'date']),
    note: BilingualSchema.optional(),
    evidence: evidenceList,
  })
  .strict();
export type KbFunding = z.infer<typeof KbFundingSchema>;

export const recordCollections = ['actors', 'relations', 'events', 'fundings'] as const;
export type RecordCollection = (typeof recordCollections)[number];
const recordPointer = z
  .string()
  .regex(/^(actors|relations|events|fundings)\/[a-z0-9-]+$/, 'a pointer like fundings/<id>');

export const KbDisputeSchema = z
  .object({
    id,
    subject: id,
    about: z.enum(['amount', 'date', 'fact']),
    title: BilingualSchema,
    claims: z
      .array(
        z
          .object({
            record: recordPointer.optional(),
            /** Several records that together make this claim (their amounts add up); never with `record`. */
            records: z.array(recordPointer).min(2, 'one record is `record`').optional(),
            summary: BilingualSchema,
            evidence: evidenceList,
          })
          .strict(),
      )
      .min(2, 'a dispute sets at least two claims side by side'),
  })
  .strict();
export type KbDispute = z.infer<typeof KbDisputeSchema>;

export const SourceManifestEntrySchema = z
  .object({
    id,
    file: z.string().regex(/^[\w.-]+\.txt$/, 'a plain file name ending in .txt'),
    title: text,
    outlet: text.optional(),
    // How the outlet's piece reached the corpus ("relayed by a newsletter"), in both languages: the outlet's name
    // stays a name, the words about it are translated.
    outletNote: BilingualSchema.optional(),
    author: text.optional(),
    language: z.enum(languages),
    // A link a reader may follow: http(s) only, never javascript:, data: or file:.
    url: z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).optional(),
    published: FuzzyDateSchema.refine((date) => date.basis !== undefined, {
      message: 'a publication date records the basis on which it was established',
      path: ['basis'],
    }),
  })
  .strict();
export type SourceManifestEntry = z.infer<typeof SourceManifestEntrySchema>;

export const SourceManifestSchema = z.object({ sources: z.array(SourceManifestEntrySchema).min(1) }).strict();

// ---------------------------------------------------------------- graph bundle (data/build/bundle.json)

export const BUNDLE_SCHEMA_VERSION = 1 as const;

export const EvidenceSchema = z
  .object({
    id,
    source: id,
    quote: text,
    /** Offsets into the normalised source text; null when the bundle was built without the corpus. */
    start: z.number().int().nonnegative().nullable(),
    end: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type Evidence = z.infer<typeof EvidenceSchema>;

const evidenceIds = z.array(id).min(1);

export const ActorSchema = KbActorFields.omit({
  evidence: true,
  caseSensitive: true,
})
  .extend({ evidence: z.array(id) })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;
export const RelationSchema = KbRelationSchema.extend({
  evidence: evidenceIds,
}).strict();
export type Relation = z.infer<typeof RelationSchema>;
export const EventSchema = KbEventSchema.extend({
  evidence: evidenceIds,
}).strict();
export type AtlasEvent = z.infer<typeof EventSchema>;
export const FundingSchema = KbFundingSchema.extend({
  evidence: evidenceIds,
}).strict();
export type Funding = z.infer<typeof FundingSchema>;
export const DisputeSchema = KbDisputeSchema.extend({
  claims: z
    .array(
      z
        .object({
          record: recordPointer.optional(),
          records: z.array(recordPointer).min(2).optional(),
          summary: BilingualSchema,
          evidence: evidenceIds,
        })
        .strict(),
    )
    .min(2),
}).strict();
export type Dispute = z.infer<typeof DisputeSchema>;

export const SourceSchema = SourceManifestEntrySchema.extend({
  /** Whether the text was read at ingest time (offsets, mentions and sentence counts depend on it). */
  textAvailable: z.boolean(),
  detectedLanguage: z.enum(languages).nullable(),
  characters: z.number().int().nonnegative().nullable(),
  sentences: z.number().int().nonnegative().nullable(),
  /** sha256 of the normalised text, so a reader can tell its offsets still apply. */
  textHash: z.string().nullable(),
}).strict();
export type Source = z.infer<typeof SourceSchema>;

export const MentionSchema = z
  .object({
    source: id,
    actor: id,
    count: z.number().int().positive(),
    /** [start, end) offsets into the normalised text, in text order. */
    spans: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  })
  .strict();
export type Mention = z.infer<typeof MentionSchema>;

export const CoMentionSchema = z
  .object({
    a: id,
    b: id,
    /** Number of sentences, over the whole corpus, that mention both actors. */
    weight: z.number().int().positive(),
    sources: z.array(id),
  })
  .strict();
export type CoMention = z.infer<typeof CoMentionSchema>;

export const BundleSchema = z
  .object({
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    /** Content hash of everything below: the dataset version that stores and caches key on. */
    version: z.string(),
    corpus: z
      .object({
        present: z.boolean(),
        documents: z.number().int().nonnegative(),
      })
      .strict(),
    actors: z.array(ActorSchema),
    relations: z.array(RelationSchema),
    events: z.array(EventSchema),
    fundings: z.array(FundingSchema),
    disputes: z.array(DisputeSchema),
    sources: z.array(SourceSchema),
    evidence: z.array(EvidenceSchema),
    mentions: z.array(MentionSchema),
    coMentions: z.array(CoMentionSchema),
  })
  .strict();
export type Bundle = z.infer<typeof BundleSchema>;
