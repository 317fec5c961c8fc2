import path from 'node:path';
import { z } from 'zod';
import {
  KbActorSchema,
  KbDisputeSchema,
  KbEventSchema,
  KbFundingSchema,
  KbRelationSchema,
  SourceManifestEntrySchema,
  type KbActor,
  type KbDispute,
  type KbEvent,
  type KbFunding,
  type KbRelation,
  type SourceManifestEntry,
} from '../domain/model.ts';
import { readTextFile } from './files.ts';
import { IngestIssueError, type IngestIssue } from './issues.ts';
import { parseYamlRecords, type Located } from './yaml-records.ts';

/** What a curator looked at in the coverage report and deliberately left out, with the reason. */
export const ReviewedCandidateSchema = z
  .object({
    kind: z.enum(['name', 'date', 'amount']),
    text: z.string().min(1),
    source: z.string().optional(),
    reason: z.string().min(3),
  })
  .strict();
export type ReviewedCandidate = z.infer<typeof ReviewedCandidateSchema>;

/** A proposal's key in the review log: `<collection>/<record id>` (stable: proposal ids are built from content). */
export const ProposalKeyPattern = /^(actors|relations|events|fundings)\/[a-z0-9][a-z0-9-]{0,199}$/;

/** One entry of data/kb/review-log.yaml (`npm run curate`): appended per decided proposal, never rewritten. */
export const ReviewLogEntrySchema = z
  .object({
    at: z.iso.datetime(),
    decision: z.enum(['accept', 'merge', 'reject', 'dispute']),
    proposal: z.string().regex(ProposalKeyPattern),
    rule: z.string().optional(),
    confidence: z.number().optional(),
    sources: z.array(z.string()).optional(),
    wrote: z.array(z.string()).optional(),
    edited: z.array(z.string()).optional(),
    into: z.string().optional(),
    reason: z.string().optional(),
  })
  .strict();
export type ReviewLogEntry = z.infer<typeof ReviewLogEntrySchema>;

export interface KnowledgeBase {
  actors: Located<KbActor>[];
  relations: Located<KbRelation>[];
  events: Located<KbEvent>[];
  fundings: Located<KbFunding>[];
  disputes: Located<KbDispute>[];
  reviewed: Located<ReviewedCandidate>[];
  sources: Located<SourceManifestEntry>[];
  /** Ids of records that were rejected by their schema (already reported), per collection. */
  rejectedIds: Record<'actors' | 'relations' | 'events' | 'fundings', Set<string>>;
  /** Display name of each file, for `file:line` messages. */
  files: Record<'actors' | 'relations' | 'events' | 'fundings' | 'disputes' | 'reviewed' | 'sources', string>;
}

export interface KnowledgeBasePaths {
  kbDir: string;
  manifestPath: string;
}

const MAX_KB_FILE_BYTES = 8 * 1024 * 1024;

const collections = {
  actors: KbActorSchema,
  relations: KbRelationSchema,
  events: KbEventSchema,
  fundings: KbFundingSchema,
  disputes: KbDisputeSchema,
} as const;

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** Reads and schema-checks every knowledge-base file; returns all the problems found, not just the first. */
export async function loadKnowledgeBase(
  paths: KnowledgeBasePaths,
): Promise<{ kb: KnowledgeBase; issues: IngestIssue[] }> {
  const issues: IngestIssue[] = [];

  async function load<S extends z.ZodType>(
    file: string,
    schema: S,
    options: { listKey?: string; optional?: boolean } = {},
  ) {
    const display = displayPath(file);
    try {
      const text = readTextFile(file, display, { maxBytes: MAX_KB_FILE_BYTES });
      const parsed = parseYamlRecords(text, display, schema, options);
      issues.push(...parsed.issues);
      issues.push(...checkIdsUniqueAndSorted(parsed.records, display, options.listKey === undefined));
      return { display, records: parsed.records, rejectedIds: new Set(parsed.rejectedIds) };
    } catch (error) {
      if (!(error instanceof IngestIssueError)) throw error;
      if (!(options.optional && error.issue.message === 'file not found')) issues.push(error.issue);
      return { display, records: [] as Located<z.output<S>>[], rejectedIds: new Set<string>() };
    }
  }

  const file = (name: string) => path.join(paths.kbDir, `${name}.yaml`);
  const [actors, relations, events, fundings, disputes, reviewed, sources] = await Promise.all([
    load(file('actors'), collections.actors),
    load(file('relations'), collections.relations),
    load(file('events'), collections.events),
    load(file('fundings'), collections.fundings),
    load(file('disputes'), collections.disputes),
    load(file('reviewed'), ReviewedCandidateSchema, { optional: true }),
    load(paths.manifestPath, SourceManifestEntrySchema, { listKey: 'sources' }),
    // Checked, not used: the review log is the curator's record of decisions (docs/curation.md).
    load(file('review-log'), ReviewLogEntrySchema, { optional: true }),
  ]);
  return {
    kb: {
      actors: actors.records,
      relations: relations.records,
      events: events.records,
      fundings: fundings.records,
      disputes: disputes.records,
      reviewed: reviewed.records,
      sources: sources.records,
      rejectedIds: {
        actors: actors.rejectedIds,
        relations: relations.rejectedIds,
        events: events.rejectedIds,
        fundings: fundings.rejectedIds,
      },
      files: {
        actors: actors.display,
        relations: relations.display,
        events: events.display,
        fundings: fundings.display,
        disputes: disputes.display,
        reviewed: reviewed.display,
        sources: sources.display,
      },
    },
    issues,
  };
}

/** Ids are unique within a file and, so that diffs stay small and readable, kept in sorted order. */
function checkIdsUniqueAndSorted(
  records: readonly Located<unknown>[],
  file: string,
  requireSorted: boolean,
): IngestIssue[] {
  const issues: IngestIssue[] = [];
  const firstLine = new Map<string, number>();
  let previous: string | undefined;
  for (const record of records) {
    const id = (record.value as { id?: unknown }).id;
    if (typeof id !== 'string') continue;
    const seen = firstLine.get(id);
    if (seen !== undefined)
      issues.push({ file, line: record.line, message: `duplicate id "${id}" (first defined at line ${seen})` });
    else firstLine.set(id, record.line);
    if (requireSorted && previous !== undefined && id < previous) {
      issues.push({
        file,
        line: record.line,
        message: `id "${id}" is out of order: records are sorted by id (it comes before "${previous}")`,
      });
    }
    previous = id;
  }
  return issues;
}
