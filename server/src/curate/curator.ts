import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  KbActorSchema,
  KbEventSchema,
  KbFundingSchema,
  KbRelationSchema,
  type Bundle,
  type Evidence,
} from '../domain/model.ts';
import { runIngest } from '../ingest/ingest.ts';
import { formatIssue, IngestValidationError } from '../ingest/issues.ts';
import { writeFileAtomically } from '../shared-io/atomic-write.ts';
import { acquireLockFile, commitFiles, nodeFileOps, recoverTransaction, type FileOps } from './kb-transaction.ts';
import { appendEntry, splitKbFile, upsertRecord } from './kb-yaml.ts';
import {
  ReviewLogEntrySchema,
  type Collection,
  type Decision,
  type DecisionResult,
  type ReviewLogEntry,
  type ReviewProposal,
  type ReviewQueue,
} from './schemas.ts';

/**
 * The curation loop's write side: the review queue (proposals.json minus what the review log has decided) and the
 * decisions, each turned into knowledge-base text, validated by a full ingest of the would-be knowledge base, then
 * committed as one transaction with its review-log entries, re-ingested into the bundle and handed to the server.
 */

export const REVIEW_LOG = 'review-log.yaml';
/** Bulk accept takes proposals at or above this confidence. */
export const HIGH_CONFIDENCE = 0.7;

const recordSchemas: Record<Collection, z.ZodType> = {
  actors: KbActorSchema,
  relations: KbRelationSchema,
  events: KbEventSchema,
  fundings: KbFundingSchema,
};

/** Why a decision was refused: the status says which kind (404 unknown, 409 conflict, 422 invalid knowledge base). */
export class DecisionRefused extends Error {
  constructor(
    readonly status: 404 | 409 | 422,
    message: string,
    readonly issues: string[] = [],
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DecisionRefused';
  }
}

/**
 * 409: a chained proposal (a value `derived` from another proposal, e.g. a date told as "two years later") whose
 * anchor is still in the queue: the anchor must be accepted first (or both together in one bulk accept).
 */
export class AnchorNotAccepted extends DecisionRefused {
  constructor(
    readonly proposal: string,
    readonly anchor: string,
  ) {
    super(409, `${proposal} is derived from ${anchor}, which is not accepted yet: accept ${anchor} first`);
    this.name = 'AnchorNotAccepted';
  }
}

export interface CuratorOptions {
  kbDir: string;
  manifestPath: string;
  corpusDir: string;
  buildDir: string;
  /** Called with the new bundle once it is written: the server loads it and serves it. */
  onBundle: (bundle: Bundle, json: string) => Promise<void>;
  fileOps?: FileOps;
  now?: () => Date;
}

interface ProposalFile {
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  events: Record<string, unknown>[];
  fundings: Record<string, unknown>[];
  evidence: Evidence[];
  sources: { id: string; title: string; language: 'fr' | 'en' }[];
}

type Meta = {
  status: ReviewProposal['status'];
  confidence: number;
  rule: string;
  evidenceIds: string[];
  conflictsWith?: { record: string; about: string; existing: Record<string, unknown> };
  /** With status "matches": the id of the knowledge-base record it repeats. */
  matches?: string;
};

const KB_FILES = ['actors', 'relations', 'events', 'fundings', 'disputes'] as const;

export class Curator {
  private busy = false;

  constructor(private readonly options: CuratorOptions) {}

  /** Finishes or forgets a transaction a killed process left; call once before serving. */
  recover() {
    return recoverTransaction(this.options.kbDir);
  }

  private async readProposals(): Promise<ProposalFile> {
    try {
      return JSON.parse(await readFile(path.join(this.options.buildDir, 'proposals.json'), 'utf8')) as ProposalFile;
    } catch {
      return { actors: [], relations: [], events: [], fundings: [], evidence: [], sources: [] };
    }
  }

  private async readKbText(name: string): Promise<string> {
    try {
      return await readFile(path.join(this.options.kbDir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw error;
    }
  }

  async reviewLog(): Promise<ReviewLogEntry[]> {
    const parsed: unknown = parse(await this.readKbText(REVIEW_LOG));
    return Array.isArray(parsed) ? parsed.map((entry) => ReviewLogEntrySchema.parse(entry)) : [];
  }

  private reviewProposals(file: ProposalFile): ReviewProposal[] {
    const evidence = new Map(file.evidence.map((e) => [e.id, e]));
    return (['actors', 'relations', 'events', 'fundings'] as const).flatMap((collection) =>
      file[collection].map((raw) => {
        const { proposal, ...record } = raw as Record<string, unknown> & { proposal: Meta };
        const cited = proposal.evidenceIds.map((id) => evidence.get(id)).filter((e): e is Evidence => e !== undefined);
        return {
          key: `${collection}/${String(record.id)}`,
          collection,
          status: proposal.status,
          confidence: proposal.confidence,
          rule: proposal.rule,
          sources: [...new Set(cited.map((e) => e.source))],
          record,
          evidence: cited,
          ...(proposal.conflictsWith ? { conflictsWith: proposal.conflictsWith } : {}),
        };
      }),
    );
  }

  async queue(): Promise<ReviewQueue> {
    const file = await this.readProposals();
    const decided = new Set((await this.reviewLog()).map((entry) => entry.proposal));
    const all = this.reviewProposals(file);
    const toReview = all.filter((p) => p.status !== 'matches');
    const actors = splitKbFile(await this.readKbText('actors.yaml'))
      .chunks.map((chunk) => parse(chunk.text) as [{ id: string; name: string }] | null)
      .flatMap((parsed) => (parsed?.[0] ? [{ id: parsed[0].id, name: parsed[0].name }] : []));
    return {
      sources: file.sources.map((source) => {
        const mine = (list: ReviewProposal[]) => list.filter((p) => p.sources.includes(source.id));
        const review = mine(toReview);
        const done = review.filter((p) => decided.has(p.key)).length;
        return {
          id: source.id,
          title: source.title,
          language: source.language,
          pending: review.length - done,
          decided: done,
          known: mine(all).length - review.length,
        };
      }),
      proposals: toReview.filter((p) => !decided.has(p.key)),
      actors,
      highConfidence: HIGH_CONFIDENCE,
    };
  }

  /** Takes one decision: validated, written whole or not at all, logged, re-ingested and served. */
  async decide(decision: Decision): Promise<DecisionResult> {
    if (this.busy) throw new DecisionRefused(409, 'another decision is being written right now: try again');
    this.busy = true;
    let release: (() => Promise<void>) | null = null;
    try {
      try {
        release = await acquireLockFile(this.options.kbDir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        throw new DecisionRefused(409, 'another curator process holds the knowledge base (.review.lock): try again');
      }
      return await this.decideLocked(decision);
    } finally {
      await release?.();
      this.busy = false;
    }
  }

  private async decideLocked(decision: Decision): Promise<DecisionResult> {
    const file = await this.readProposals();
    const proposals = new Map(this.reviewProposals(file).map((p) => [p.key, p]));
    const decided = new Set((await this.reviewLog()).map((entry) => entry.proposal));
    const keys = decision.action === 'accept-many' ? decision.proposals : [decision.proposal];
    for (const key of keys) {
      if (!proposals.has(key)) throw new DecisionRefused(404, `no proposal ${key}`, [], 'proposal');
      if (decided.has(key)) throw new DecisionRefused(409, `${key} was decided already (see ${REVIEW_LOG})`);
    }
    const texts = new Map<string, string>();
    for (const name of [...KB_FILES.map((n) => `${n}.yaml`), REVIEW_LOG]) texts.set(name, await this.readKbText(name));
    const original = new Map(texts);
    const at = (this.options.now?.() ?? new Date()).toISOString();
    const wrote: string[] = [];
    const log = (entry: Omit<ReviewLogEntry, 'at'>) =>
      texts.set(REVIEW_LOG, appendEntry(texts.get(REVIEW_LOG)!, { at, ...entry }));
    const write = (collection: string, record: { id: string }, mayReplace = false) => {
      const name = `${collection}.yaml`;
      if (!mayReplace && splitKbFile(texts.get(name)!).chunks.some((c) => c.id === record.id))
        throw new DecisionRefused(409, `${collection}/${record.id} is in the knowledge base already: merge or edit it`);
      texts.set(name, upsertRecord(texts.get(name)!, record));
      wrote.push(`${collection}/${record.id}`);
    };
    const about = (p: ReviewProposal) => ({ rule: p.rule, confidence: p.confidence, sources: p.sources });
    const inKb = (pointer: string) => {
      const [collection, id] = pointer.split('/');
      return splitKbFile(texts.get(`${collection}.yaml`) ?? '').chunks.some((c) => c.id === id);
    };
    /** The record to write, its anchors checked: each in the knowledge base, or accepted in this same decision. */
    const matched = matchedRecords(file);
    const anchored = (key: string, record: Record<string, unknown>) => {
      const resolved = pointAtMatchedRecords(record, matched);
      for (const anchor of derivedAnchors(resolved)) {
        if (inKb(anchor) || keys.includes(anchor)) continue;
        if (proposals.has(anchor) && !decided.has(anchor)) throw new AnchorNotAccepted(key, anchor);
      }
      return resolved;
    };

    for (const key of keys) {
      const p = proposals.get(key)!;
      switch (decision.action) {
        case 'accept':
        case 'accept-many': {
          const edited = decision.action === 'accept' ? decision.record : undefined;
          const record = anchored(key, edited ? this.checkRecord(p.collection, edited) : p.record);
          write(p.collection, record as { id: string });
          // (A pointer moved to the record its anchor repeats is not the curator's edit.)
          const changed = edited ? editedFields(pointAtMatchedRecords(p.record, matched), record) : [];
          log({
            decision: 'accept',
            proposal: key,
            ...about(p),
            wrote: [`${p.collection}/${String(record.id)}`],
            ...(changed.length ? { edited: changed } : {}),
          });
          break;
        }
        case 'merge': {
          if (p.collection !== 'actors')
            throw new DecisionRefused(422, 'only an actor proposal merges into an actor', [], 'proposal');
          const target = this.findRecord(texts.get('actors.yaml')!, decision.into);
          if (!target) throw new DecisionRefused(404, `no actor ${decision.into}`, [], 'into');
          write('actors', mergeActor(target, p.record), true);
          log({
            decision: 'merge',
            proposal: key,
            ...about(p),
            into: decision.into,
            wrote: [`actors/${decision.into}`],
          });
          break;
        }
        case 'reject':
          log({ decision: 'reject', proposal: key, ...about(p), reason: decision.reason });
          break;
        case 'dispute': {
          if (!p.conflictsWith) throw new DecisionRefused(422, `${key} conflicts with no record`, [], 'proposal');
          const [collection, existingId] = p.conflictsWith.record.split('/') as [string, string];
          const existing = this.findRecord(texts.get(`${collection}.yaml`)!, existingId);
          if (!existing) throw new DecisionRefused(409, `${p.conflictsWith.record} is no longer in the knowledge base`);
          write(p.collection, anchored(key, p.record) as { id: string });
          const dispute = disputeRecord(p, existing);
          write('disputes', dispute);
          log({
            decision: 'dispute',
            proposal: key,
            ...about(p),
            wrote: [`${p.collection}/${String(p.record.id)}`, `disputes/${dispute.id}`],
          });
          break;
        }
      }
    }

    const changed = new Map([...texts].filter(([name, text]) => text !== original.get(name)));
    const result = await this.validate(changed);
    await commitFiles(this.options.kbDir, changed, this.options.fileOps ?? nodeFileOps);
    await writeFileAtomically(path.join(this.options.buildDir, 'bundle.json'), result.bundleJson);
    await writeFileAtomically(
      path.join(this.options.buildDir, 'report.json'),
      `${JSON.stringify(result.report, null, 1)}\n`,
    );
    await this.options.onBundle(result.bundle, result.bundleJson);
    return { decided: keys, wrote, version: result.bundle.version };
  }

  private checkRecord(collection: Collection, record: Record<string, unknown>): Record<string, unknown> {
    const parsed = recordSchemas[collection].safeParse(record);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    const issue = parsed.error.issues[0]!;
    const field = ['record', ...issue.path.map(String)].join('.');
    throw new DecisionRefused(422, `${field}: ${issue.message}`, [], field);
  }

  private findRecord(text: string, id: string): Record<string, unknown> | null {
    const chunk = splitKbFile(text).chunks.find((c) => c.id === id);
    return chunk ? ((parse(chunk.text) as Record<string, unknown>[])[0] ?? null) : null;
  }

  /** A full ingest of the would-be knowledge base (a copy in a temporary folder): nothing is written unless it passes. */
  private async validate(files: Map<string, string>) {
    const staging = await mkdtemp(path.join(os.tmpdir(), 'atlas-review-'));
    try {
      await cp(this.options.kbDir, staging, {
        recursive: true,
        filter: (src) => !path.basename(src).startsWith('.') || src === this.options.kbDir,
      });
      for (const [name, text] of files) await writeFile(path.join(staging, name), text);
      return await runIngest({
        kbDir: staging,
        manifestPath: this.options.manifestPath,
        corpusDir: this.options.corpusDir,
      });
    } catch (error) {
      if (!(error instanceof IngestValidationError)) throw error;
      const issues = error.issues.map((issue) => formatIssue(issue).replaceAll(staging + path.sep, 'data/kb/'));
      throw new DecisionRefused(422, `the knowledge base would not be valid: ${issues[0]}`, issues);
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
}

/** Proposal key → the knowledge-base id it repeats, for the proposals marked "matches" (never in the queue). */
function matchedRecords(file: ProposalFile): Map<string, string> {
  return new Map(
    (['actors', 'relations', 'events', 'fundings'] as const).flatMap((collection) =>
      file[collection].flatMap((raw) => {
        const { proposal, id } = raw as { proposal: Meta; id: string };
        return proposal.status === 'matches' && proposal.matches
          ? [[`${collection}/${id}`, `${collection}/${proposal.matches}`] as const]
          : [];
      }),
    ),
  );
}

/** The records a record's `derived` values are computed from, as `<collection>/<id>` (a `#field` dropped). */
export function derivedAnchors(record: Record<string, unknown>): string[] {
  const derivations = Object.values((record.derived ?? {}) as Record<string, { from?: unknown } | undefined>);
  const pointers = derivations.flatMap((d) => (Array.isArray(d?.from) ? (d.from as unknown[]) : []));
  return [...new Set(pointers.filter((f): f is string => typeof f === 'string').map((f) => f.split('#')[0]!))];
}

/**
 * A derivation from a proposal that repeats a knowledge-base record points at that record instead: the anchor is
 * known already, under its own id, and the repeat never reaches the queue to be accepted.
 */
function pointAtMatchedRecords(
  record: Record<string, unknown>,
  matched: ReadonlyMap<string, string>,
): Record<string, unknown> {
  if (!record.derived) return record;
  const derived = Object.fromEntries(
    Object.entries(record.derived as Record<string, { from: string[] }>).map(([field, derivation]) => [
      field,
      {
        ...derivation,
        from: derivation.from.map((pointer) => {
          const [anchor, part] = pointer.split('#');
          const known = matched.get(anchor!);
          return known ? `${known}${part ? `#${part}` : ''}` : pointer;
        }),
      },
    ]),
  );
  return { ...record, derived };
}

/** Names of the top-level fields an edit changed. */
function editedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/** The actor with the proposal's name and aliases added to its own (each once), and the proposal's evidence. */
function mergeActor(target: Record<string, unknown>, proposal: Record<string, unknown>): { id: string } {
  const aliases = (target.aliases ?? { fr: [], en: [] }) as { fr: string[]; en: string[] };
  const extra = proposal.aliases as { fr: string[]; en: string[] } | undefined;
  const add = (list: string[], names: string[]) => [...list, ...names.filter((n) => !list.includes(n))];
  const names = [String(proposal.name)];
  const evidence = [...((target.evidence as object[]) ?? [])];
  for (const e of (proposal.evidence as object[]) ?? [])
    if (!evidence.some((x) => JSON.stringify(x) === JSON.stringify(e))) evidence.push(e);
  return {
    ...target,
    aliases: {
      fr: add(aliases.fr, [...names, ...(extra?.fr ?? [])]),
      en: add(aliases.en, [...names, ...(extra?.en ?? [])]),
    },
    evidence,
  } as unknown as { id: string };
}

/** "Keep both as a dispute": the existing record and the proposed one as two claims, each with its evidence. */
function disputeRecord(p: ReviewProposal, existing: Record<string, unknown>) {
  const about = p.conflictsWith!.about === 'amount' ? 'amount' : p.conflictsWith!.about === 'date' ? 'date' : 'fact';
  const record = p.record;
  const subject = String(
    record.to ?? record.from ?? (record.actors as { id: string }[] | undefined)?.[0]?.id ?? record.id,
  );
  const claim = (pointer: string, r: Record<string, unknown>, which: { fr: string; en: string }) => ({
    record: pointer,
    summary: which,
    evidence: r.evidence as object[],
  });
  return {
    id: `${String(record.id)}-dispute`,
    subject,
    about,
    title: {
      fr: `Les sources divergent (${about}) : ${p.conflictsWith!.record}`,
      en: `Sources disagree (${about}): ${p.conflictsWith!.record}`,
    },
    claims: [
      claim(p.conflictsWith!.record, existing, {
        fr: 'Ce que la base tenait déjà.',
        en: 'What the knowledge base held.',
      }),
      claim(`${p.collection}/${String(record.id)}`, record, {
        fr: 'Ce que dit la nouvelle source.',
        en: 'What the new source says.',
      }),
    ],
  };
}
