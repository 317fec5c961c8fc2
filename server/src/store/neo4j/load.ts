import neo4j, { type Driver } from 'neo4j-driver';
import { fundersOf } from '../../domain/funding-aggregation.ts';
import { graphMetrics, type ActorMetrics } from '../../domain/metrics.ts';
import { BUNDLE_SCHEMA_VERSION, relationTypes, type Bundle, type RelationType } from '../../domain/model.ts';
import { computeKnownSpans, UNKNOWN_SPAN } from '../../domain/time-spans.ts';
import {
  AWAIT_INDEXES,
  DATASET_BEGIN,
  DATASET_COUNT_KEYS,
  DATASET_RETIRE,
  DATASET_SWITCH,
  dataLabels,
  DELETE_STALE,
  DELETE_STALE_DATASET,
  SCHEMA,
  STALE_DATASETS,
  UPSERT,
  UPSERT_RELATION,
  type Statement,
} from './cypher.ts';
import { runStatement, type Neo4jConnectionOptions, type Row } from './connection.ts';
import {
  actorProps,
  claimProps,
  coMentionProps,
  disputeProps,
  eventProps,
  evidenceProps,
  fundingProps,
  GRAPH_MODEL_REVISION,
  mentionProps,
  relationProps,
  sourceProps,
  toNumber,
  toPlain,
  type Props,
} from './mapper.ts';

/**
 * Loading a bundle into Neo4j so that readers never see a half-loaded graph:
 * 1. apply the schema (idempotent) and wait for the indexes;
 * 2. register the bundle version as a (:Dataset {key: '<graph>@<version>'}) of the graph, not current;
 * 3. write every record with `UNWIND $rows … MERGE … SET`, in batches, each node and relationship stamped with that
 *    key (`dataset`); readers only read the current dataset, so they do not see these writes;
 * 4. in one transaction, count what carries the new stamp and, only when every count equals the bundle's, make the
 *    dataset current (and the graph's previous one not);
 * 5. delete the graph's other datasets, in batches.
 * MERGE on (id, dataset) makes the load idempotent: loading the same bundle twice gives the same graph, and a load
 * that failed half-way is completed by the next one (or its leftovers are deleted once another dataset is current).
 * A failed load leaves the previous dataset current and serving.
 */

export type DatasetCounts = Record<(typeof DATASET_COUNT_KEYS)[number], number>;

export interface LoadProgress {
  phase: 'schema' | 'write' | 'switch' | 'cleanup';
  /** What is being written or deleted: a label, a relation type, a version. */
  item: string;
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Metrics computed elsewhere for this very bundle; computed here otherwise. */
  metrics?: ReadonlyMap<string, ActorMetrics> | undefined;
  onProgress?: ((progress: LoadProgress) => void) | undefined;
}

export interface LoadResult {
  version: string;
  /** The Dataset key the data is stamped with: `<graph>@<version>`. */
  dataset: string;
  counts: DatasetCounts;
  /** The version was already current before this load. */
  alreadyCurrent: boolean;
  /** Nothing had to be written: the current dataset already held the bundle, count for count, same graph model. */
  unchanged: boolean;
  /** Bundle versions that were current before and are not any more. */
  replaced: string[];
  /** Datasets (keys) whose data was deleted. */
  deletedDatasets: string[];
  deletedNodes: number;
}

/** The load wrote data that does not add up to the bundle: the new version was not made current. */
export class Neo4jLoadError extends Error {
  constructor(
    message: string,
    readonly expected?: DatasetCounts,
    readonly found?: DatasetCounts,
  ) {
    super(message);
    this.name = 'Neo4jLoadError';
  }
}

/**
 * The key of a graph's dataset for a bundle version, stamped on every node and relationship it loads:
 * `<graph>@<bundle version>/<graph model revision>`. Every key of a graph starts with `<graph>@`.
 */
export const datasetKey = (graph: string, version: string) => `${graph}@${version}/${GRAPH_MODEL_REVISION}`;
const graphPrefix = (graph: string) => `${graph}@`;

/** What the bundle must produce in the database, count by count (see DATASET_SWITCH). */
export function expectedCounts(bundle: Bundle): DatasetCounts {
  const involvements = new Set(
    bundle.events.flatMap((event) => event.actors.map((a) => JSON.stringify([event.id, a.id, a.role.fr, a.role.en]))),
  );
  return {
    actors: bundle.actors.length,
    relations: bundle.relations.length,
    events: bundle.events.length,
    involvements: involvements.size,
    fundings: bundle.fundings.length,
    recipients: bundle.fundings.length,
    funders: bundle.fundings.reduce((n, f) => n + fundersOf(f).length, 0),
    disputes: bundle.disputes.length,
    claims: bundle.disputes.reduce((n, d) => n + d.claims.length, 0),
    sources: bundle.sources.length,
    evidence: bundle.evidence.length,
    mentions: bundle.mentions.length,
    coMentions: bundle.coMentions.length,
  };
}

interface WriteStep {
  item: string;
  statement: Statement<'dataset' | 'rows'>;
  rows: Props[];
}

/** Every write of a load, in dependency order (nodes before what links them), as rows for UNWIND. */
export function writeSteps(bundle: Bundle, metrics: ReadonlyMap<string, ActorMetrics>): WriteStep[] {
  const byType = new Map<RelationType, Props[]>();
  // Known spans, like metrics, are computed once per bundle in the domain, so both stores serve the same.
  const spans = computeKnownSpans(bundle);
  for (const relation of bundle.relations) {
    const rows = byType.get(relation.type) ?? [];
    rows.push({ props: relationProps(relation, spans.relations.get(relation.id) ?? UNKNOWN_SPAN) });
    byType.set(relation.type, rows);
  }
  return [
    {
      item: 'Actor',
      statement: UPSERT.Actor,
      rows: bundle.actors.map((a) => ({
        props: actorProps(a, metrics.get(a.id), spans.actors.get(a.id) ?? UNKNOWN_SPAN),
      })),
    },
    { item: 'Source', statement: UPSERT.Source, rows: bundle.sources.map((s) => ({ props: sourceProps(s) })) },
    { item: 'Evidence', statement: UPSERT.Evidence, rows: bundle.evidence.map((e) => ({ props: evidenceProps(e) })) },
    {
      item: 'Event',
      statement: UPSERT.Event,
      rows: bundle.events.map((e) => ({
        props: eventProps(e),
        actors: e.actors.map((a) => ({ id: a.id, roleFr: a.role.fr, roleEn: a.role.en })),
      })),
    },
    { item: 'Funding', statement: UPSERT.Funding, rows: bundle.fundings.map((f) => ({ props: fundingProps(f) })) },
    {
      item: 'Dispute',
      statement: UPSERT.Dispute,
      rows: bundle.disputes.map((d) => ({ props: disputeProps(d), claims: claimProps(d) })),
    },
    ...relationTypes
      .filter((type) => byType.has(type))
      .map((type) => ({ item: `relation ${type}`, statement: UPSERT_RELATION[type], rows: byType.get(type)! })),
    { item: 'MENTIONS', statement: UPSERT.Mention, rows: bundle.mentions.map((m) => ({ props: mentionProps(m) })) },
    {
      item: 'CO_MENTIONED_WITH',
      statement: UPSERT.CoMention,
      rows: bundle.coMentions.map((c) => ({ props: coMentionProps(c) })),
    },
  ];
}

const asInts = (counts: DatasetCounts) =>
  Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, neo4j.int(v)])) as Record<string, unknown>;

function countsFrom(value: unknown): DatasetCounts {
  const plain = toPlain(value) as Record<string, unknown>;
  return Object.fromEntries(DATASET_COUNT_KEYS.map((k) => [k, toNumber(plain[k] ?? 0)])) as DatasetCounts;
}

/** Applies the schema: constraints, indexes, full-text indexes (all IF NOT EXISTS), then waits for them. */
export async function applySchema(
  driver: Driver,
  connection: Neo4jConnectionOptions,
  onProgress?: LoadOptions['onProgress'],
): Promise<void> {
  const write = { routing: 'WRITE' as const, timeoutMs: connection.loadTimeoutMs };
  for (const [i, statement] of SCHEMA.entries()) {
    await runStatement(driver, connection, statement, {}, write);
    onProgress?.({ phase: 'schema', item: 'constraints and indexes', done: i + 1, total: SCHEMA.length });
  }
  await runStatement(
    driver,
    connection,
    AWAIT_INDEXES,
    { timeoutSeconds: neo4j.int(Math.max(1, Math.ceil(connection.loadTimeoutMs / 1000))) },
    write,
  );
}

export async function loadBundleIntoNeo4j(
  driver: Driver,
  connection: Neo4jConnectionOptions,
  bundle: Bundle,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const progress = options.onProgress ?? (() => {});
  const write = { routing: 'WRITE' as const, timeoutMs: connection.loadTimeoutMs };
  const version = bundle.version;
  const dataset = datasetKey(connection.graph, version);
  const batchSize = Math.max(1, connection.loadBatchSize);

  await applySchema(driver, connection, progress);

  const [begun] = await runStatement(
    driver,
    connection,
    DATASET_BEGIN,
    { dataset, graph: connection.graph, version, schemaVersion: neo4j.int(BUNDLE_SCHEMA_VERSION) },
    write,
  );
  const alreadyCurrent = begun?.current === true;
  const expected = expectedCounts(bundle);
  const trySwitch = async () => {
    const [row] = await runStatement(
      driver,
      connection,
      DATASET_SWITCH,
      { dataset, expected: asInts(expected) },
      write,
    );
    if (!row) throw new Neo4jLoadError(`dataset ${dataset} vanished while it was loading (another load deleted it?)`);
    return { switched: row.switched === true, counts: countsFrom(row.counts), previous: row.previous };
  };

  // The current dataset already holds this bundle (same version, same graph model: same key), every count right:
  // nothing to write. A server that loads its bundle at every start costs a few transactions, not a reload.
  if (alreadyCurrent) {
    const check = await trySwitch();
    if (check.switched) {
      progress({ phase: 'switch', item: version, done: 1, total: 1 });
      const cleanup = await deleteStaleDatasets(driver, connection, dataset, progress);
      return { version, dataset, counts: check.counts, alreadyCurrent, unchanged: true, replaced: [], ...cleanup };
    }
  }

  const metrics = options.metrics ?? graphMetrics(bundle);
  for (const step of writeSteps(bundle, metrics)) {
    const batches = Math.ceil(step.rows.length / batchSize);
    for (let b = 0; b < batches; b++) {
      const rows = step.rows.slice(b * batchSize, (b + 1) * batchSize);
      await runStatement(driver, connection, step.statement, { dataset, rows }, write);
      progress({
        phase: 'write',
        item: step.item,
        done: Math.min(step.rows.length, (b + 1) * batchSize),
        total: step.rows.length,
      });
    }
  }

  const switched = await trySwitch();
  const found = switched.counts;
  if (!switched.switched) {
    const differences = DATASET_COUNT_KEYS.filter((k) => found[k] !== expected[k]).map(
      (k) => `${k}: expected ${expected[k]}, found ${found[k]}`,
    );
    throw new Neo4jLoadError(
      `dataset ${dataset} does not add up (${differences.join('; ') || 'counts differ'}); it was not made current, the previous dataset still serves`,
      expected,
      found,
    );
  }
  progress({ phase: 'switch', item: version, done: 1, total: 1 });
  const replaced = (toPlain(switched.previous) as string[] | null) ?? [];

  const cleanup = await deleteStaleDatasets(driver, connection, dataset, progress);
  return { version, dataset, counts: found, alreadyCurrent, unchanged: false, replaced, ...cleanup };
}

/** Deletes the data of every dataset of the graph but `keep` (a key; '' keeps none), in batches, then their nodes. */
export async function deleteStaleDatasets(
  driver: Driver,
  connection: Neo4jConnectionOptions,
  keep: string,
  onProgress?: LoadOptions['onProgress'],
): Promise<{ deletedDatasets: string[]; deletedNodes: number }> {
  const write = { routing: 'WRITE' as const, timeoutMs: connection.loadTimeoutMs };
  const batch = Math.max(1, connection.loadBatchSize) * 10;
  const rows: Row[] = await runStatement(
    driver,
    connection,
    STALE_DATASETS,
    { dataset: keep, graph: connection.graph, prefix: graphPrefix(connection.graph) },
    write,
  );
  const stale = [...new Set(rows.map((r) => String(r.dataset)))].sort();
  let deletedNodes = 0;
  for (const [i, key] of stale.entries()) {
    for (const label of dataLabels) {
      for (;;) {
        const [row] = await runStatement(
          driver,
          connection,
          DELETE_STALE[label],
          { stale: key, batch: neo4j.int(batch) },
          write,
        );
        const deleted = toNumber(row?.deleted ?? 0);
        deletedNodes += deleted;
        if (deleted < batch) break;
      }
    }
    await runStatement(driver, connection, DELETE_STALE_DATASET, { stale: key }, write);
    onProgress?.({ phase: 'cleanup', item: key, done: i + 1, total: stale.length });
  }
  return { deletedDatasets: stale, deletedNodes };
}

/** Removes a whole graph: no dataset stays current, then every one is deleted. Other graphs are left alone. */
export async function dropGraph(
  driver: Driver,
  connection: Neo4jConnectionOptions,
  onProgress?: LoadOptions['onProgress'],
): Promise<{ deletedDatasets: string[]; deletedNodes: number }> {
  await runStatement(
    driver,
    connection,
    DATASET_RETIRE,
    { graph: connection.graph },
    {
      routing: 'WRITE',
      timeoutMs: connection.loadTimeoutMs,
    },
  );
  return deleteStaleDatasets(driver, connection, '', onProgress);
}
