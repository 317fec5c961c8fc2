import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import type { Bundle } from '../../server/src/domain/model.ts';
import { neo4jOptionsFromConfig, type Neo4jConnectionOptions } from '../../server/src/store/neo4j/connection.ts';
import { datasetKey, expectedCounts } from '../../server/src/store/neo4j/load.ts';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import { realBundle } from '../contract/graph-store-contract.ts';
import { repoRoot } from '../support/fixture.ts';

/**
 * The load into a live Neo4j, as `npm run load:neo4j` does it: a second load of a changed bundle switches from one
 * dataset to the other at once (readers see the old answers, then the new ones, never a mix), and a load killed
 * half-way (SIGKILL of the loader process, its data partly written) leaves the previous dataset serving; the next
 * load completes. Runs only when NEO4J_URI is set (`npm run neo4j:test` starts a Neo4j and sets it).
 */

const uri = process.env.NEO4J_URI;
const skipReason = uri ? false : 'NEO4J_URI is not set: no live Neo4j to load into (docs/neo4j.md)';
if (skipReason) console.info(`tests/neo4j/loader.test.ts skipped: ${skipReason}`);

const renamed = (bundle: Bundle, version: string, name: string): Bundle => ({
  ...bundle,
  version,
  actors: bundle.actors.map((a) => (a.id === 'thales' ? { ...a, name } : a)),
});

describe.skipIf(!uri)(`Loading a live Neo4j${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let options: Neo4jConnectionOptions;
  let store: Neo4jGraphStore;
  let bundle: Bundle;
  let workDir: string;

  beforeAll(async () => {
    options = { ...neo4jOptionsFromConfig(loadConfig())!, graph: `test-loader-${randomBytes(4).toString('hex')}` };
    bundle = await realBundle();
    store = await Neo4jGraphStore.connect(options);
    workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-loader-'));
    await store.load(bundle);
  }, 180_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
    if (!store) return;
    try {
      await store.dropGraph();
    } finally {
      await store.close();
    }
  }, 120_000);

  it('switches to a changed bundle at once: readers see the old dataset, then the new one, never a mix', async () => {
    const changed = renamed(bundle, `${bundle.version}-changed`, 'Thales Group');
    changed.relations = bundle.relations.slice(1);
    const before = { version: bundle.version, name: 'Thales', relations: bundle.relations.length };
    const after = { version: changed.version, name: 'Thales Group', relations: changed.relations.length };

    const seen: { version: string; name: string; relations: number }[] = [];
    let loading = true;
    const reader = (async () => {
      while (loading) {
        // One dataset per call: each call resolves the current dataset once.
        const detail = await store.actor('thales');
        const stats = await store.stats();
        const health = await store.health();
        seen.push({ version: health.version!, name: detail!.actor.name, relations: stats.relations });
      }
    })();
    const result = await store.loadWithReport(changed).finally(() => (loading = false));
    await reader;

    expect(result.replaced).toEqual([bundle.version]);
    // The reads overlapped the load: the first came before the switch, the last after it.
    expect(seen[0]!.version).toBe(before.version);
    expect(seen.at(-1)!.version).toBe(after.version);
    // Each read answers from one dataset: the old one until the switch, the new one after, never back.
    for (const key of ['name', 'relations', 'version'] as const) {
      const values = seen.map((s) => s[key]);
      const switched = values.indexOf(after[key]);
      expect(values).toEqual(values.map((_, i) => (switched === -1 || i < switched ? before[key] : after[key])));
    }
    expect(await store.health()).toMatchObject({ ready: true, version: after.version });
    expect((await store.actor('thales'))?.actor.name).toBe('Thales Group');
    expect(await store.stats()).toMatchObject({ actors: changed.actors.length, relations: changed.relations.length });
  }, 240_000);

  it('keeps the previous dataset serving when the loader is killed half-way, and the next load completes', async () => {
    const current = (await store.health()).version!;
    const next = renamed(bundle, `${bundle.version}-after-kill`, 'Thales SA');
    const bundlePath = path.join(workDir, 'bundle.json');
    await writeFile(bundlePath, JSON.stringify(next));

    // Small batches, so that the load is still writing when it is killed.
    const loader = spawn(process.execPath, ['--import', 'tsx', 'scripts/load-neo4j.ts', '--bundle', bundlePath], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_GRAPH: options.graph, NEO4J_LOAD_BATCH_SIZE: '5' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const killed = new Promise<NodeJS.Signals | null>((resolve) => loader.once('exit', (_, signal) => resolve(signal)));
    loader.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    loader.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      // Actors and relations are written; evidence is under way.
      if (/write Evidence [1-9]\d*\//.test(output)) loader.kill('SIGKILL');
    });
    expect(await killed, `the loader was killed before it finished:\n${output}`).toBe('SIGKILL');

    // Half-way indeed: the new dataset's data is partly in the database, not current.
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password ?? ''));
    try {
      const { records } = await driver.executeQuery(
        'MATCH (n {dataset: $dataset}) RETURN count(n) AS written',
        { dataset: datasetKey(options.graph, next.version) },
        { database: options.database },
      );
      const written = records[0]!.get('written') as { toNumber(): number };
      const total = Object.values(expectedCounts(next)).reduce((a, b) => a + b, 0);
      expect(written.toNumber()).toBeGreaterThan(0);
      expect(written.toNumber()).toBeLessThan(total);
    } finally {
      await driver.close();
    }

    expect(await store.health()).toMatchObject({ ready: true, version: current });
    expect((await store.actor('thales'))?.actor.name).toBe('Thales Group');

    const result = await store.loadWithReport(next);
    expect(result.replaced).toEqual([current]);
    expect(result.counts).toEqual(expectedCounts(next));
    expect(await store.health()).toMatchObject({ ready: true, version: next.version });
    expect((await store.actor('thales'))?.actor.name).toBe('Thales SA');
    expect((await store.stats()).relations).toBe(next.relations.length);
  }, 240_000);
});
