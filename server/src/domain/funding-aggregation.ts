import type {
  ClaimAmount,
  FunderTotal,
  FundingAggregate,
  FundingFlow,
  FundingSummary,
  RecipientTotal,
  Rivalry,
} from './results.ts';
import { fundingKinds, type FundingKind } from './vocabulary.ts';

/**
 * The one rule by which money is added up (API, both stores, exports and the explorer all use it). Zod-free, so the
 * explorer imports it as it is.
 *
 * How funding records relate:
 * - a record names one funder (`from`), several funders behind one undivided amount (`funders`), or none;
 * - a record can be a part of a total (`partOf: <total id>`): same recipient, kind and currency, and the parts of a
 *   total never add up to more than it;
 * - competing claims for the same thing are the claims of an `about: amount` dispute that point at funding records
 *   (a claim may point at several records that together make it).
 *
 * The rule, applied to any set of records of one kind and one currency (kinds and currencies are never added, nor
 * converted):
 * 1. never add a total to its parts: a part whose total is in the set is counted inside the total;
 * 2. never add rival claims: where claims compete, the aggregate is the range the sources support, from the smallest
 *    claim to the largest, flagged as disputed, with the records of each claim;
 * 3. everything else adds up exactly.
 */

/** What the rule needs of a funding record (the knowledge model's Funding satisfies it). */
export interface FundingFacts {
  id: string;
  from?: string | undefined;
  funders?: readonly string[] | undefined;
  to: string;
  partOf?: string | undefined;
  amount: number;
  currency: string;
  kind: FundingKind;
}

/** What the rule needs of a dispute (the knowledge model's Dispute satisfies it). */
export interface DisputeFacts {
  id: string;
  about: string;
  claims: readonly { record?: string | undefined; records?: readonly string[] | undefined }[];
}

export const FUNDING_POINTER_PREFIX = 'fundings/';

/** Every funder of a record: its `from`, or its joint `funders`, or none when the source names none. */
export function fundersOf(record: Pick<FundingFacts, 'from' | 'funders'>): string[] {
  if (record.funders) return [...record.funders];
  return record.from !== undefined ? [record.from] : [];
}

/** Every record pointer (`fundings/<id>`, `events/<id>`…) a dispute claim points at. */
export function claimPointers(claim: DisputeFacts['claims'][number]): string[] {
  if (claim.records) return [...claim.records];
  return claim.record !== undefined ? [claim.record] : [];
}

const fundingIdsOf = (claim: DisputeFacts['claims'][number]) =>
  claimPointers(claim)
    .filter((pointer) => pointer.startsWith(FUNDING_POINTER_PREFIX))
    .map((pointer) => pointer.slice(FUNDING_POINTER_PREFIX.length));

/** A dispute whose claims compete for one amount: the funding ids each claim points at (claims with none dropped). */
export interface CompetingClaims {
  dispute: string;
  claims: string[][];
}

/** The competing claims of every `about: amount` dispute with at least two claims pointing at funding records. */
export function competingClaims(disputes: readonly DisputeFacts[]): CompetingClaims[] {
  const result: CompetingClaims[] = [];
  for (const dispute of disputes) {
    if (dispute.about !== 'amount') continue;
    const claims = dispute.claims.map(fundingIdsOf).filter((ids) => ids.length > 0);
    if (claims.length >= 2) result.push({ dispute: dispute.id, claims });
  }
  return result;
}

/** For each funding id, the ids of the disputes (about anything) whose claims point at it. */
export function disputesByFunding(disputes: readonly DisputeFacts[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const dispute of disputes)
    for (const id of new Set(dispute.claims.flatMap(fundingIdsOf))) {
      const list = map.get(id) ?? [];
      list.push(dispute.id);
      map.set(id, list);
    }
  return map;
}

// The shapes of the answers (an aggregate of one kind and one currency, with `low === high` unless rival claims meet
// in it; a flow with an exact amount; the totals by recipient and by funder) are defined once, as zod schemas in
// results.ts; imported here as types only, so that this module stays free of zod.
export type { ClaimAmount, FunderTotal, FundingAggregate, FundingFlow, FundingSummary, RecipientTotal, Rivalry };

// ------------------------------------------------------------------------------------------ the rule

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort(byString);
const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

/** Where rival claims meet in one set of records: each claim lifted to the records counted (totals, not parts). */
interface RivalryWithin {
  disputes: string[];
  claims: string[][];
}

/** The records of one kind and currency, with totals standing for their parts and rivalries found among them. */
class CountedSet<R extends FundingFacts> {
  readonly byId: Map<string, R>;
  readonly rivalries: RivalryWithin[];

  constructor(
    readonly records: readonly R[],
    competing: readonly CompetingClaims[],
  ) {
    this.byId = new Map(records.map((r) => [r.id, r]));
    this.rivalries = this.findRivalries(competing);
  }

  /** The record that counts for this one: its total (or the total's total) when that is in the set. */
  counted(id: string): string {
    const seen = new Set<string>();
    let current = id;
    for (;;) {
      const parent = this.byId.get(current)?.partOf;
      if (parent === undefined || !this.byId.has(parent) || seen.has(parent)) return current;
      seen.add(current);
      current = parent;
    }
  }

  amountOf(ids: readonly string[]): number {
    return sum(ids.map((id) => this.byId.get(id)!.amount));
  }

  /** Claims that still compete once lifted into this set; rivalries sharing a record merge into one. */
  private findRivalries(competing: readonly CompetingClaims[]): RivalryWithin[] {
    const active: RivalryWithin[] = [];
    for (const { dispute, claims } of competing) {
      const lifted = new Map<string, string[]>();
      for (const claim of claims) {
        const ids = sorted(claim.filter((id) => this.byId.has(id)).map((id) => this.counted(id)));
        if (ids.length > 0) lifted.set(ids.join('\u0000'), ids);
      }
      if (lifted.size >= 2) active.push({ disputes: [dispute], claims: [...lifted.values()] });
    }
    // Merge rivalries that share a counted record until none do.
    const merged: RivalryWithin[] = [];
    for (const rivalry of active) {
      let current = rivalry;
      for (let i = merged.length - 1; i >= 0; i--) {
        const other = merged[i]!;
        const ids = new Set(other.claims.flat());
        if (current.claims.flat().some((id) => ids.has(id))) {
          merged.splice(i, 1);
          const claims = new Map([...other.claims, ...current.claims].map((c) => [c.join('\u0000'), c]));
          current = { disputes: sorted([...other.disputes, ...current.disputes]), claims: [...claims.values()] };
        }
      }
      merged.push(current);
    }
    for (const rivalry of merged)
      rivalry.claims.sort((a, b) => this.amountOf(a) - this.amountOf(b) || byString(a.join(), b.join()));
    return merged;
  }

  /** For a counted record in a rivalry: the rivalry and the first claim holding it. */
  claimOf(id: string): { rivalry: RivalryWithin; index: number } | null {
    for (const rivalry of this.rivalries) {
      const index = rivalry.claims.findIndex((claim) => claim.includes(id));
      if (index >= 0) return { rivalry, index };
    }
    return null;
  }
}

/**
 * The rule on one set of records of ONE kind and ONE currency (throws otherwise): totals stand for their parts,
 * rival claims make a range, the rest adds up.
 */
export function aggregateAmounts(
  records: readonly FundingFacts[],
  competing: readonly CompetingClaims[],
  disputesOf: ReadonlyMap<string, readonly string[]> = new Map(),
): FundingAggregate {
  const first = records[0];
  if (!first) throw new RangeError('an aggregate needs at least one record');
  if (records.some((r) => r.kind !== first.kind || r.currency !== first.currency))
    throw new RangeError('kinds and currencies are never added together');
  const set = new CountedSet(records, competing);
  const counted = sorted(records.map((r) => set.counted(r.id)));
  const inRivalry = new Set(set.rivalries.flatMap((r) => r.claims.flat()));
  const exact = set.amountOf(counted.filter((id) => !inRivalry.has(id)));
  const rivalries: Rivalry[] = set.rivalries.map((r) => ({
    disputes: r.disputes,
    claims: r.claims.map((ids) => ({ records: ids, amount: set.amountOf(ids) })),
  }));
  const amounts = rivalries.map((r) => r.claims.map((c) => c.amount));
  const disputes = sorted([
    ...records.flatMap((r) => disputesOf.get(r.id) ?? []),
    ...set.rivalries.flatMap((r) => r.disputes),
  ]);
  return {
    kind: first.kind,
    currency: first.currency,
    low: exact + sum(amounts.map((a) => Math.min(...a))),
    high: exact + sum(amounts.map((a) => Math.max(...a))),
    records: sorted(records.map((r) => r.id)),
    disputed: disputes.length > 0,
    disputes,
    rivalries,
  };
}

/** Records grouped by a key; kind and currency are always part of it. */
function groupBy<R extends FundingFacts>(records: readonly R[], key: (r: R) => unknown[]): R[][] {
  const groups = new Map<string, R[]>();
  for (const record of records) {
    const k = JSON.stringify([...key(record), record.kind, record.currency]);
    const list = groups.get(k) ?? [];
    list.push(record);
    groups.set(k, list);
  }
  return [...groups.values()];
}

/**
 * The records of a set at the finest level they give: a total whose parts are in the set stands for the remainder
 * its parts leave unexplained (left out when they explain it all), each part for its own amount.
 */
function leavesOf(set: CountedSet<FundingFacts>): { record: FundingFacts; amount: number }[] {
  const partsOf = new Map<string, FundingFacts[]>();
  for (const record of set.records)
    if (record.partOf !== undefined && set.counted(record.id) !== record.id) {
      const list = partsOf.get(record.partOf) ?? [];
      list.push(record);
      partsOf.set(record.partOf, list);
    }
  const leaves: { record: FundingFacts; amount: number }[] = [];
  const expand = (record: FundingFacts) => {
    const parts = partsOf.get(record.id) ?? [];
    for (const part of parts) expand(part);
    const remainder = record.amount - sum(parts.map((p) => p.amount));
    if (parts.length === 0 || remainder > 0)
      leaves.push({ record, amount: parts.length === 0 ? record.amount : remainder });
  };
  for (const record of set.records) if (set.counted(record.id) === record.id) expand(record);
  return leaves;
}

/**
 * Flows, drawn at the finest level the records give: a total whose parts are present is drawn as its parts (plus
 * the remainder they leave unexplained, if any); the records of rival claims go to separate flows, each marked with
 * its claim, so a drawing can keep them apart instead of stacking them.
 */
export function fundingFlows(
  records: readonly FundingFacts[],
  competing: readonly CompetingClaims[],
  disputesOf: ReadonlyMap<string, readonly string[]> = new Map(),
): FundingFlow[] {
  const flows = new Map<string, FundingFlow>();
  for (const group of groupBy(records, (r) => [r.to])) {
    const set = new CountedSet(group, competing);
    for (const { record, amount } of leavesOf(set)) {
      const funders = fundersOf(record).sort(byString);
      const counted = set.counted(record.id);
      const found = set.claimOf(counted);
      const key = JSON.stringify([
        funders,
        record.to,
        record.kind,
        record.currency,
        found?.rivalry.disputes,
        found?.index,
      ]);
      const flow: FundingFlow = flows.get(key) ?? {
        funders,
        to: record.to,
        kind: record.kind,
        currency: record.currency,
        amount: 0,
        records: [],
        disputed: false,
        disputes: [],
        claim: found ? { disputes: found.rivalry.disputes, index: found.index, of: found.rivalry.claims.length } : null,
      };
      flow.amount += amount;
      flow.records = sorted([...flow.records, record.id]);
      flow.disputes = sorted([
        ...flow.disputes,
        ...(disputesOf.get(record.id) ?? []),
        ...(disputesOf.get(counted) ?? []),
        ...(found?.rivalry.disputes ?? []),
      ]);
      flow.disputed = flow.disputes.length > 0;
      flows.set(key, flow);
    }
  }
  return [...flows.values()].sort(compareFlows);
}

const kindRank = (kind: FundingKind) => fundingKinds.indexOf(kind);

/** Currencies: ISO codes alphabetically, then "unspecified". */
export function compareCurrencies(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'unspecified') return 1;
  if (b === 'unspecified') return -1;
  return byString(a, b);
}

/** Unnamed funders first, then by the funders' ids. */
const compareFunders = (a: readonly string[], b: readonly string[]) =>
  Number(b.length === 0) - Number(a.length === 0) || byString(a.join(), b.join());

/** Flows: by funders (unnamed first), recipient, kind (vocabulary order), currency, claim. */
export function compareFlows(a: FundingFlow, b: FundingFlow): number {
  return (
    compareFunders(a.funders, b.funders) ||
    byString(a.to, b.to) ||
    kindRank(a.kind) - kindRank(b.kind) ||
    compareCurrencies(a.currency, b.currency) ||
    (a.claim?.index ?? -1) - (b.claim?.index ?? -1)
  );
}

/** Flows and totals per recipient and per funder, all by the one rule, for a set of records and every dispute. */
export function summariseFunding(records: readonly FundingFacts[], disputes: readonly DisputeFacts[]): FundingSummary {
  const competing = competingClaims(disputes);
  // A part is disputed with its total: a dispute naming the total names what it is made of.
  const named = disputesByFunding(disputes);
  const byId = new Map(records.map((r) => [r.id, r]));
  const disputesOf = new Map<string, string[]>();
  for (const record of records) {
    const found: string[] = [];
    const seen = new Set<string>();
    for (let up: FundingFacts | undefined = record; up && !seen.has(up.id); up = byId.get(up.partOf ?? '')) {
      seen.add(up.id);
      found.push(...(named.get(up.id) ?? []));
    }
    if (found.length > 0) disputesOf.set(record.id, sorted(found));
  }
  // Funders are counted at the finest level too: a total given by its parts is not given again by "no one".
  const leaves = groupBy(records, (r) => [r.to]).flatMap((group) =>
    leavesOf(new CountedSet(group, competing)).map(({ record, amount }) => ({ ...record, amount, partOf: undefined })),
  );
  const totalsByRecipient: RecipientTotal[] = groupBy(records, (r) => [r.to])
    .map((group) => ({ to: group[0]!.to, ...aggregateAmounts(group, competing, disputesOf) }))
    .sort(
      (a, b) =>
        byString(a.to, b.to) || kindRank(a.kind) - kindRank(b.kind) || compareCurrencies(a.currency, b.currency),
    );
  const totalsByFunder: FunderTotal[] = groupBy(leaves, (r) => {
    const funders = fundersOf(r).sort(byString);
    return [funders, funders.length === 0 ? r.to : null];
  })
    .map((group) => {
      const funders = fundersOf(group[0]!).sort(byString);
      return {
        funders,
        to: funders.length === 0 ? group[0]!.to : null,
        ...aggregateAmounts(group, competing, disputesOf),
      };
    })
    .sort(
      (a, b) =>
        compareFunders(a.funders, b.funders) ||
        byString(a.to ?? '', b.to ?? '') ||
        kindRank(a.kind) - kindRank(b.kind) ||
        compareCurrencies(a.currency, b.currency),
    );
  return { flows: fundingFlows(records, competing, disputesOf), totalsByRecipient, totalsByFunder };
}

// ------------------------------------------------------------------------------------------ how records relate

/** A problem with how funding records relate, on one field of one record. */
export interface FundingLinkProblem {
  id: string;
  field: 'from' | 'funders' | 'partOf';
  message: string;
}

/**
 * Checks the links between funding records: `from` and `funders` never together, `partOf` names a known record that
 * is not the record itself nor one of its own parts (no cycles), with the same recipient, kind and currency, and the
 * parts of a total add up to no more than the total (they may add up to less: a source may name only some parts).
 */
export function fundingLinkProblems(
  records: readonly FundingFacts[],
  /** Ids of records that exist but were rejected already (a part of one is not reported again). */
  rejected: ReadonlySet<string> = new Set(),
): FundingLinkProblem[] {
  const problems: FundingLinkProblem[] = [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const format = (amount: number, currency: string) => `${amount.toLocaleString('en-GB')} ${currency}`;
  for (const record of records) {
    if (record.from !== undefined && record.funders !== undefined)
      problems.push({
        id: record.id,
        field: 'funders',
        message: `funding "${record.id}" names both "from" and "funders": one funder is "from", joint funders are "funders"`,
      });
    if (record.funders && new Set(record.funders).size !== record.funders.length)
      problems.push({ id: record.id, field: 'funders', message: `funding "${record.id}" lists a funder twice` });
    if (record.partOf === undefined) continue;
    const total = byId.get(record.partOf);
    if (!total && rejected.has(record.partOf)) continue;
    if (!total) {
      problems.push({
        id: record.id,
        field: 'partOf',
        message: `funding "${record.id}" is part of unknown funding "${record.partOf}"`,
      });
      continue;
    }
    // Walk up the chain of totals: reaching the record again is a cycle.
    const seen = new Set([record.id]);
    for (let up: FundingFacts | undefined = total; up; up = up.partOf ? byId.get(up.partOf) : undefined) {
      if (seen.has(up.id)) {
        problems.push({
          id: record.id,
          field: 'partOf',
          message: `funding "${record.id}" is part of itself through partOf: ${[...seen, up.id].join(' → ')}`,
        });
        break;
      }
      seen.add(up.id);
    }
    for (const field of ['to', 'kind', 'currency'] as const)
      if (record[field] !== total[field])
        problems.push({
          id: record.id,
          field: 'partOf',
          message: `funding "${record.id}" is part of "${total.id}" but its ${field === 'to' ? 'recipient' : field} "${record[field]}" differs from the total's "${total[field]}"`,
        });
  }
  const partsOf = new Map<string, FundingFacts[]>();
  for (const record of records) {
    const total = record.partOf === undefined ? undefined : byId.get(record.partOf);
    // Parts that do not match their total are reported above and left out of its sum.
    if (total && record.to === total.to && record.kind === total.kind && record.currency === total.currency)
      partsOf.set(total.id, [...(partsOf.get(total.id) ?? []), record]);
  }
  for (const [totalId, parts] of partsOf) {
    const total = byId.get(totalId)!;
    const partsSum = sum(parts.map((p) => p.amount));
    if (partsSum > total.amount)
      problems.push({
        id: parts[parts.length - 1]!.id,
        field: 'partOf',
        message: `the parts of funding "${totalId}" (${parts.map((p) => p.id).join(', ')}) add up to ${format(partsSum, total.currency)}, more than its total ${format(total.amount, total.currency)}`,
      });
  }
  return problems;
}
