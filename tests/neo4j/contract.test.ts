import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { StoreUnavailableError } from '../../server/src/domain/graph-store.ts';
import type { Bundle } from '../../server/src/domain/model.ts';
import { neo4jOptionsFromConfig, type Neo4jConnectionOptions } from '../../server/src/store/neo4j/connection.ts';
import { datasetKey, expectedCounts, Neo4jLoadError } from '../../server/src/store/neo4j/load.ts';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import { describeGraphStoreContract, realBundle } from '../contract/graph-store-contract.ts';
import { proxyTo } from '../support/tcp-proxy.ts';

/**
 * The Neo4j store against a live Neo4j: the shared contract suite, the load's guarantees, and recovery after an
 * outage. Runs only when NEO4J_URI is set (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as for the server), e.g.
 *   docker compose up -d neo4j
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=atlas-dev-password npx vitest run tests/neo4j
 * Every store here uses a graph of its own (NEO4J_GRAPH `test-…`), dropped at the end: the data already in the
 * database (the `atlas` graph) is never touched.
 */

const uri = process.env.NEO4J_URI;
const skipReason = uri ? false : 'NEO4J_URI is not set: no live Neo4j to test against (see docs: Running on Neo4j)';
if (skipReason) console.info(`tests/neo4j/contract.test.ts skipped: ${skipReason}`);

const run = randomBytes(4).toString('hex');
let graphs = 0;
const usedGraphs = new Set<string>();

function connection(graph?: string): Neo4jConnectionOptions {
  const options = neo4jOptionsFromConfig(loadConfig())!;
  const name = graph ?? `test-${run}-${++graphs}`;
  usedGraphs.add(name);
  // A database on another machine may need more than the default 4 s per read.
  return { ...options, graph: name };
}

afterAll(async () => {
  if (!uri) return;
  for (const graph of usedGraphs) {
    const store = new Neo4jGraphStore(connection(graph));
    try {
      await store.dropGraph();
    } finally {
      await store.close();
    }
  }
}, 120_000);

describeGraphStoreContract('neo4j', async () => new Neo4jGraphStore(connection()), {
  skip: skipReason,
  timeout: 120_000,
});

describe.skipIf(!uri)(`Neo4j store against a live Neo4j${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let bundle: Bundle;
  let graph: string;
  let store: Neo4jGraphStore;

  beforeAll(async () => {
    bundle = await realBundle();
    const options = connection();
    graph = options.graph;
    store = await Neo4jGraphStore.connect(options);
    await store.load(bundle);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it('loads the same bundle twice into the same graph', async () => {
    const again = await store.loadWithReport(bundle);
    expect(again.alreadyCurrent).toBe(true);
    expect(again.unchanged).toBe(true);
    expect(again.counts).toEqual(expectedCounts(bundle));
    expect(again.deletedDatasets).toEqual([]);
    expect(await store.health()).toMatchObject({ ready: true, version: bundle.version });
  }, 120_000);

  it('keeps the previous dataset serving when a load does not add up, and cleans up after it', async () => {
    // A relation to an actor that does not exist: the bundle schema would refuse it, the database drops it,
    // so the counts differ and the switch must not happen.
    const broken: Bundle = {
      ...bundle,
      version: `${bundle.version}-broken`,
      relations: bundle.relations.map((r, i) => (i === 0 ? { ...r, to: 'no-such-actor' } : r)),
    };
    await expect(store.load(broken)).rejects.toBeInstanceOf(Neo4jLoadError);
    expect(await store.health()).toMatchObject({ ready: true, version: bundle.version });
    expect((await store.stats()).relations).toBe(bundle.relations.length);

    // A new version replaces the current one, and the broken leftovers go with it.
    const renamed: Bundle = {
      ...bundle,
      version: `${bundle.version}-renamed`,
      actors: bundle.actors.map((a) => (a.id === 'thales' ? { ...a, name: 'Thales Group' } : a)),
    };
    const result = await store.loadWithReport(renamed);
    expect(result.replaced).toEqual([bundle.version]);
    expect(result.deletedDatasets.sort()).toEqual(
      [datasetKey(graph, bundle.version), datasetKey(graph, broken.version)].sort(),
    );
    expect(await store.health()).toMatchObject({ ready: true, version: renamed.version });
    expect((await store.actor('thales'))?.actor.name).toBe('Thales Group');

    await store.load(bundle);
    expect((await store.actor('thales'))?.actor.name).toBe('Thales');
  }, 240_000);

  it('leaves other graphs alone', async () => {
    const other = new Neo4jGraphStore(connection());
    try {
      expect(await other.health()).toMatchObject({ ready: false, version: null });
      await expect(other.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await other.close();
    }
    expect(await store.health()).toMatchObject({ ready: true, version: bundle.version });
  });

  it('fails fast while the database is cut off, and answers again by itself once it is back', async (context) => {
    const target = new URL(uri!);
    if (target.protocol.endsWith('+s:')) {
      context.skip('the outage proxy speaks plain TCP; NEO4J_URI uses TLS');
      return;
    }
    const proxy = await proxyTo({ host: target.hostname, port: Number(target.port || 7687) });
    // bolt:// (direct): with neo4j:// the routing table would send the driver around the proxy.
    const viaProxy = new Neo4jGraphStore({ ...connection(graph), uri: `bolt://127.0.0.1:${proxy.port}` });
    try {
      expect(await viaProxy.health()).toMatchObject({ ready: true, version: bundle.version });

      proxy.off();
      for (const call of [() => viaProxy.health(), () => viaProxy.stats(), () => viaProxy.actor('thales')]) {
        const started = performance.now();
        await expect(call()).rejects.toBeInstanceOf(StoreUnavailableError);
        expect(performance.now() - started).toBeLessThan(5_000);
      }

      proxy.on();
      const forwardedBefore = proxy.forwarded();
      // The same store, not a new one: the driver reconnects by itself (give a broken pooled connection a retry).
      let health = null;
      for (let attempt = 0; attempt < 5 && !health; attempt++) {
        health = await viaProxy.health().catch(() => null);
        if (!health) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(health).toMatchObject({ ready: true, version: bundle.version });
      expect(proxy.forwarded()).toBeGreaterThan(forwardedBefore);
      expect((await viaProxy.stats()).actors).toBe(bundle.actors.length);
    } finally {
      await viaProxy.close();
      await proxy.close();
    }
  }, 60_000);
});
