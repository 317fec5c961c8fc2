import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { StoreUnavailableError } from '../../server/src/domain/graph-store.ts';
import {
  isUnavailableError,
  neo4jOptionsFromConfig,
  type Neo4jConnectionOptions,
} from '../../server/src/store/neo4j/connection.ts';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store.ts';

/**
 * The failure detector, without any database: a port where nothing listens, and a listener that accepts TCP
 * connections and never says a word. Every call must reject with StoreUnavailableError within 5 s (a correctness
 * bound: the API answers 503 instead of hanging), the process must stay up, and a later call must try again.
 * Recovery once a database answers again needs a real Neo4j: see contract.test.ts.
 */

const BOUND_MS = 5_000;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

function optionsFor(port: number): Neo4jConnectionOptions {
  // Through the configuration, as the server builds them.
  const options = neo4jOptionsFromConfig(
    loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'not-a-real-password' }),
  );
  if (!options) throw new Error('NEO4J_URI was set, options expected');
  return options;
}

/** A port that was just free: bind a server, note its port, close it. */
async function deadPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Listener {
  server: net.Server;
  port: number;
  connections: () => number;
  stop: () => Promise<void>;
}

/** A TCP listener that counts connections and does with each what `onConnection` says. */
async function listener(onConnection: (socket: net.Socket) => void, port = 0): Promise<Listener> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as net.AddressInfo).port,
    connections: () => count,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Runs a call that must fail as unavailable; returns how long it took. */
async function expectUnavailable(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  const elapsed = performance.now() - started;
  expect(error).toBeInstanceOf(StoreUnavailableError);
  expect(elapsed).toBeLessThan(BOUND_MS);
  return elapsed;
}

const stores: Neo4jGraphStore[] = [];
const listeners: Listener[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await Promise.all(listeners.splice(0).map((l) => l.stop()));
});

function storeAt(port: number) {
  const store = new Neo4jGraphStore(optionsFor(port));
  stores.push(store);
  return store;
}

describe('Neo4j store with no database', () => {
  it('rejects with StoreUnavailableError within 5 s when nothing listens', async () => {
    const store = storeAt(await deadPort());
    await expectUnavailable(() => store.health());
    await expectUnavailable(() => store.stats());
    await expectUnavailable(() => store.actor('capgemini'));
    await expectUnavailable(() => store.search('cloud'));
    await expectUnavailable(() => store.verifyConnectivity());
    await expect(Neo4jGraphStore.connect(optionsFor(await deadPort()))).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('rejects within 5 s when the database accepts connections and never answers, and tries again each call', async () => {
    const silent = await listener(() => {});
    listeners.push(silent);
    const store = storeAt(silent.port);

    await expectUnavailable(() => store.health());
    const afterFirst = silent.connections();
    expect(afterFirst).toBeGreaterThan(0);

    // The failure is not cached: the next call opens a fresh connection.
    await expectUnavailable(() => store.subgraph({}));
    expect(silent.connections()).toBeGreaterThan(afterFirst);

    // The hanging database is replaced, on the same port, by one that hangs up at once: still unavailable, fast,
    // and through a fresh connection attempt.
    await silent.stop();
    listeners.pop();
    const hangUp = await listener((socket) => socket.destroy(), silent.port);
    listeners.push(hangUp);
    await expectUnavailable(() => store.health());
    expect(hangUp.connections()).toBeGreaterThan(0);
    const before = hangUp.connections();
    await expectUnavailable(() => store.timeline({}));
    expect(hangUp.connections()).toBeGreaterThan(before);
  });

  it('answers several calls at once within the bound, all unavailable', async () => {
    const silent = await listener(() => {});
    listeners.push(silent);
    const store = storeAt(silent.port);
    const started = performance.now();
    const results = await Promise.allSettled([
      store.health(),
      store.actors({ text: 'thales' }),
      store.neighbourhood({ id: 'ovhcloud', depth: 2 }),
      store.shortestPaths({ from: 'ovhcloud', to: 'thales' }),
      store.funding({}),
    ]);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
    }
  });

  it('after close(), reports closed and rejects every query', async () => {
    const store = storeAt(await deadPort());
    await store.close();
    expect(await store.health()).toEqual({ ready: false, version: null, detail: 'closed' });
    await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.load({} as never)).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('kept the process up: no unhandled rejection, even from calls that lost the race to a deadline', async () => {
    // Let late driver failures (after a deadline won) surface, if any.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(unhandled).toEqual([]);
  });
});

describe('which errors mean "unavailable"', () => {
  const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  it.each([
    ['ServiceUnavailable', coded('ServiceUnavailable')],
    ['SessionExpired', coded('SessionExpired')],
    ['a transient error', coded('Neo.TransientError.General.DatabaseUnavailable')],
    ['refused credentials', coded('Neo.ClientError.Security.Unauthorized')],
    ['ECONNREFUSED', new Error('connect ECONNREFUSED 127.0.0.1:7687')],
    ['an acquisition timeout', new Error('Connection acquisition timed out in 2000 ms.')],
    ['an abort', Object.assign(new Error('aborted'), { name: 'AbortError' })],
    ['a cause that is one', new Error('wrapped', { cause: coded('ServiceUnavailable') })],
  ])('%s is', (_what, error) => {
    expect(isUnavailableError(error)).toBe(true);
  });
  it.each([
    ['a syntax error', coded('Neo.ClientError.Statement.SyntaxError', 'Invalid input')],
    ['a constraint violation', coded('Neo.ClientError.Schema.ConstraintValidationFailed')],
    ['a plain bug', new TypeError('x is undefined')],
  ])('%s is not', (_what, error) => {
    expect(isUnavailableError(error)).toBe(false);
  });
});
