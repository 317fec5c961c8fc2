import type { Express } from 'express';
import pino from 'pino';
import { expect } from 'vitest';
import type { Response } from 'supertest';
import { createApp, type CreateAppOptions } from '../../server/src/api/app.ts';
import type { ApiContext } from '../../server/src/api/context.ts';
import { operations, type Operation } from '../../server/src/api/operations.ts';
import { loadConfig } from '../../server/src/config.ts';
import type { GraphStore } from '../../server/src/domain/graph-store.ts';
import type { Bundle } from '../../server/src/domain/model.ts';
import { EmbeddedGraphStore } from '../../server/src/store/embedded/embedded-store.ts';
import { ingestRealKnowledgeBase, realCorpusDir } from '../support/fixture.ts';

/**
 * The API over the real knowledge base: the bundle is built in-process by the ingest (with the corpus texts when
 * they are beside the checkout, as in CI), loaded into the embedded store, and handed to createApp for supertest.
 */

export { realCorpusDir };

export interface RealBundle {
  bundle: Bundle;
  bundleJson: string;
}

let built: Promise<RealBundle> | null = null;
export function realBundle(): Promise<RealBundle> {
  built ??= ingestRealKnowledgeBase().then(({ bundle, bundleJson }) => ({ bundle, bundleJson }));
  return built;
}

export const GENERATED_AT = new Date('2026-01-02T03:04:05.000Z');

export type TestConfig = ApiContext['config'];

/** The configuration the tests run with: the defaults, the real corpus, a rate limit no suite reaches. */
export function testConfig(overrides: Partial<TestConfig> = {}): TestConfig {
  const defaults = loadConfig({ CORPUS_DIR: realCorpusDir, RATE_LIMIT_MAX: '1000000' });
  return { ...defaults, ...overrides };
}

export const silentLogger = pino({ level: 'silent' });

export interface TestApp {
  app: Express;
  store: GraphStore;
  bundle: Bundle;
  bundleJson: string;
}

export async function makeApp(
  options: { store?: GraphStore; config?: Partial<TestConfig> } & Partial<
    Pick<CreateAppOptions, 'clientDir' | 'logger'>
  > = {},
): Promise<TestApp> {
  const { bundle, bundleJson } = await realBundle();
  let store = options.store;
  if (!store) {
    const embedded = new EmbeddedGraphStore();
    await embedded.load(bundle);
    store = embedded;
  }
  const app = createApp({
    store,
    bundleInfo: { bundle, generatedAt: GENERATED_AT, json: Buffer.from(bundleJson) },
    config: testConfig(options.config),
    logger: options.logger ?? silentLogger,
    clientDir: options.clientDir ?? null,
  });
  return { app, store, bundle, bundleJson };
}

export function operation(operationId: string): Operation {
  const op = (operations as readonly Operation[]).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  return op;
}

/** The body matches the operation's declared response schema. */
export function expectShape(operationId: string, body: unknown): void {
  const op = operation(operationId);
  if (op.response.kind !== 'json') throw new Error(`${operationId} does not answer JSON`);
  const parsed = op.response.schema.safeParse(body);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
}

/** An RFC 9457 problem of this status. */
export function expectProblem(res: Response, status: number): Record<string, unknown> {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(res.text) as Record<string, unknown>;
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  expect(typeof body.type).toBe('string');
  expect(typeof body.detail).toBe('string');
  return body;
}

/** supertest parser that keeps binary bodies as Buffers. */
export function binaryParser(res: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
}

/**
 * A GraphStore double for fault injection (not a database): every query answers from `base` while `fault` is
 * null, and throws what `fault` makes once it is set.
 */
export class FaultyStore implements GraphStore {
  fault: (() => Error) | null = null;
  constructor(private readonly base: GraphStore) {}
  private guard<T>(run: () => Promise<T>): Promise<T> {
    if (this.fault) return Promise.reject(this.fault());
    return run();
  }
  load: GraphStore['load'] = (bundle) => this.guard(() => this.base.load(bundle));
  health: GraphStore['health'] = () => this.guard(() => this.base.health());
  close: GraphStore['close'] = () => this.base.close();
  stats: GraphStore['stats'] = () => this.guard(() => this.base.stats());
  actor: GraphStore['actor'] = (id) => this.guard(() => this.base.actor(id));
  actors: GraphStore['actors'] = (query) => this.guard(() => this.base.actors(query));
  neighbourhood: GraphStore['neighbourhood'] = (query) => this.guard(() => this.base.neighbourhood(query));
  subgraph: GraphStore['subgraph'] = (query) => this.guard(() => this.base.subgraph(query));
  shortestPaths: GraphStore['shortestPaths'] = (query) => this.guard(() => this.base.shortestPaths(query));
  timeline: GraphStore['timeline'] = (query) => this.guard(() => this.base.timeline(query));
  funding: GraphStore['funding'] = (query) => this.guard(() => this.base.funding(query));
  search: GraphStore['search'] = (query, options) => this.guard(() => this.base.search(query, options));
  sources: GraphStore['sources'] = () => this.guard(() => this.base.sources());
  source: GraphStore['source'] = (id) => this.guard(() => this.base.source(id));
  evidence: GraphStore['evidence'] = (ids) => this.guard(() => this.base.evidence(ids));
  disputes: GraphStore['disputes'] = () => this.guard(() => this.base.disputes());
}

export async function loadedEmbeddedStore(): Promise<GraphStore> {
  const store = new EmbeddedGraphStore();
  await store.load((await realBundle()).bundle);
  return store;
}
