import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../server/src/api/operations.ts';
import { loadConfig } from '../../server/src/config.ts';
import type { Bundle } from '../../server/src/domain/model.ts';
import { actorKinds, eventKinds, fundingKinds, relationTypes } from '../../server/src/domain/vocabulary.ts';
import { neo4jOptionsFromConfig } from '../../server/src/store/neo4j/connection.ts';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import { binaryParser, makeApp, realBundle } from '../api/support.ts';

/**
 * The API on the real bundle, answered once by the embedded store and once by Neo4j: every documented operation,
 * with the parameters that steer the store (kinds, types, windows, days, depths, hops, words, paging), must give
 * the same status, the same media type and the same body. Every order the API documents is compared as it is
 * (lists by id, pages by folded name, timelines by date, search hits by score, paths lexicographically): nothing is
 * sorted before comparing. Runs only when NEO4J_URI is set (`npm run neo4j:test` starts a Neo4j and sets it).
 */

const uri = process.env.NEO4J_URI;
const skipReason = uri ? false : 'NEO4J_URI is not set: no live Neo4j to compare the API against (docs/neo4j.md)';
if (skipReason) console.info(`tests/neo4j/api-parity.test.ts skipped: ${skipReason}`);

/** Every URL to compare, with the status both stores must answer, grouped by operation. */
function urlsFor(bundle: Bundle): Record<string, [url: string, status: number][]> {
  const ok = (url: string): [string, number] => [url, 200];
  const notFound = (url: string): [string, number] => [url, 404];
  const actorIds = bundle.actors.map((a) => a.id);
  // A spread of actors: the most connected ones, and every seventh of the rest.
  const degree = new Map<string, number>();
  for (const r of bundle.relations) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const hubs = [...actorIds].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
  const sample = [...new Set([...hubs.slice(0, 8), ...actorIds.filter((_, i) => i % 7 === 0)])];
  const days = ['2009-06-30', '2012-01-01', '2013-06-15', '2015-01-01', '2020-01-01'];
  const funders = [...new Set(bundle.fundings.flatMap((f) => (f.from ? [f.from] : [])))];
  const recipients = [...new Set(bundle.fundings.map((f) => f.to))];
  const words = ['thales', 'Thalès', 'andromède', 'ANDROMEDE', 'cloud souverain', 'sovereign cloud', 'orange sfr'];
  return {
    getMeta: [ok('/api/meta')],
    listActors: [
      ok('/api/actors'),
      ok('/api/actors?limit=500'),
      ok('/api/actors?offset=20&limit=10'),
      ok('/api/actors?offset=1000'),
      ok('/api/actors?limit=0'),
      ...actorKinds.map((kind) => ok(`/api/actors?kinds=${kind}&limit=500`)),
      ok(`/api/actors?kinds=${actorKinds.slice(0, 3).join(',')}`),
      ...['thales', 'Andromède', 'andromede', 'cloud', 'é', 'zzzz-nothing'].map((q) =>
        ok(`/api/actors?q=${encodeURIComponent(q)}`),
      ),
    ],
    getActor: [...actorIds.map((id) => ok(`/api/actors/${id}`)), notFound('/api/actors/no-such-actor')],
    getNeighbourhood: [
      ...sample.flatMap((id) => [ok(`/api/actors/${id}/neighbourhood`), ok(`/api/actors/${id}/neighbourhood?depth=2`)]),
      ...hubs
        .slice(0, 3)
        .flatMap((id) => [
          ok(`/api/actors/${id}/neighbourhood?depth=3`),
          ok(`/api/actors/${id}/neighbourhood?depth=2&relationTypes=${relationTypes.slice(0, 4).join(',')}`),
          ...days.slice(1, 4).map((day) => ok(`/api/actors/${id}/neighbourhood?depth=2&asOf=${day}`)),
        ]),
      notFound('/api/actors/no-such-actor/neighbourhood'),
    ],
    getGraph: [
      ok('/api/graph'),
      ...actorKinds.map((kind) => ok(`/api/graph?kinds=${kind}`)),
      ...relationTypes.map((type) => ok(`/api/graph?relationTypes=${type}`)),
      ok('/api/graph?from=2012-01-01&to=2013-12-31'),
      ok('/api/graph?from=2016-01-01'),
      ok('/api/graph?to=2011-12-31'),
      ...days.flatMap((day) => [ok(`/api/graph?asOf=${day}`), ok(`/api/graph?asOf=${day}&undated=hide`)]),
      ...[1, 2, 3, 5].map((weight) => ok(`/api/graph?minCoMention=${weight}`)),
      ok(`/api/graph?kinds=company,public-body&relationTypes=${relationTypes.slice(0, 3).join(',')}&minCoMention=2`),
    ],
    getPaths: [
      ...hubs
        .slice(0, 5)
        .flatMap((from, i) => sample.slice(i * 3, i * 3 + 4).map((to) => ok(`/api/paths?from=${from}&to=${to}`))),
      ok('/api/paths?from=thales&to=google'),
      ok('/api/paths?from=thales&to=google&maxHops=1'),
      ok('/api/paths?from=thales&to=thales'),
      ok(`/api/paths?from=${hubs[0]}&to=${hubs.at(-1)}&maxHops=6`),
      ok(`/api/paths?from=${hubs[0]}&to=${hubs[1]}&relationTypes=${relationTypes.slice(0, 3).join(',')}`),
      notFound('/api/paths?from=thales&to=no-such-actor'),
    ],
    getTimeline: [
      ok('/api/timeline'),
      ...sample.map((id) => ok(`/api/timeline?actors=${id}`)),
      ok(`/api/timeline?actors=${hubs.slice(0, 3).join(',')}`),
      ...eventKinds.map((kind) => ok(`/api/timeline?kinds=${kind}`)),
      ok('/api/timeline?from=2012-01-01&to=2013-12-31'),
      ok('/api/timeline?from=2015-06-01'),
      ok('/api/timeline?to=2011-06-30'),
    ],
    getFunding: [
      ok('/api/funding'),
      ...funders.map((id) => ok(`/api/funding?funder=${id}`)),
      ...recipients.map((id) => ok(`/api/funding?recipient=${id}`)),
      ...fundingKinds.map((kind) => ok(`/api/funding?kinds=${kind}`)),
      ok('/api/funding?from=2012-01-01&to=2012-12-31'),
      ok('/api/funding?from=2014-01-01'),
      ok('/api/funding?funder=no-such-actor'),
    ],
    search: [
      ...words.map((q) => ok(`/api/search?q=${encodeURIComponent(q)}`)),
      ...['actor', 'event', 'evidence', 'source'].map((kind) => ok(`/api/search?q=cloud&kinds=${kind}&limit=50`)),
      ok('/api/search?q=numergy&limit=1'),
      ok('/api/search?q=numergy&limit=50'),
      ok('/api/search?q=cloudwat'),
      ok('/api/search?q=zzzz-nothing-at-all'),
    ],
    listSources: [ok('/api/sources')],
    getSource: [...bundle.sources.map((s) => ok(`/api/sources/${s.id}`)), notFound('/api/sources/no-such-source')],
    getEvidence: [
      ...bundle.evidence.filter((_, i) => i % 10 === 0).map((e) => ok(`/api/evidence/${e.id}`)),
      notFound('/api/evidence/ev-000000000000'),
    ],
    listDisputes: [ok('/api/disputes')],
    exportGraph: [
      ok('/api/export/graphml'),
      ok('/api/export/gexf'),
      ok('/api/export/csv'),
      ok('/api/export/csv?kind=nodes'),
      ok('/api/export/csv?kind=edges'),
      ok('/api/export/json'),
    ],
    healthz: [ok('/healthz')],
    readyz: [ok('/readyz')],
  };
}

// The URLs come from the real bundle, so they are known only once it is built; without Neo4j nothing is built.
const bundleForUrls = uri ? (await realBundle()).bundle : undefined;
const cases = bundleForUrls
  ? Object.entries(urlsFor(bundleForUrls)).flatMap(([operationId, urls]) =>
      urls.map(([url, status]) => ({ operationId, url, status })),
    )
  : [{ operationId: 'none', url: '/', status: 0 }];

interface Answer {
  status: number;
  contentType: string | undefined;
  body: unknown;
}

async function get(app: Express, url: string): Promise<Answer> {
  const res = await request(app).get(url).buffer(true).parse(binaryParser);
  const contentType = res.headers['content-type'] as string | undefined;
  const raw = res.body as Buffer;
  if (!/json/.test(contentType ?? '')) return { status: res.status, contentType, body: raw.toString('base64') };
  // A problem's requestId names the request, not the answer: it differs on every request, whatever the store.
  const { requestId: _, ...body } = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  return { status: res.status, contentType, body };
}

describe.skipIf(!uri)(
  `The API on Neo4j answers as on the embedded store${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    const graph = `test-parity-${randomBytes(4).toString('hex')}`;
    let embedded: Express;
    let onNeo4j: Express;
    let neo4jStore: Neo4jGraphStore;

    beforeAll(async () => {
      embedded = (await makeApp()).app;
      neo4jStore = await Neo4jGraphStore.connect({ ...neo4jOptionsFromConfig(loadConfig())!, graph });
      await neo4jStore.load((await realBundle()).bundle);
      onNeo4j = (await makeApp({ store: neo4jStore })).app;
    }, 180_000);

    afterAll(async () => {
      if (!neo4jStore) return;
      try {
        await neo4jStore.dropGraph();
      } finally {
        await neo4jStore.close();
      }
    }, 120_000);

    it('tries every documented operation', () => {
      const tried = new Set(cases.map((c) => c.operationId));
      expect([...tried].sort()).toEqual(operations.map((op) => op.operationId).sort());
    });

    it.for(cases)('$url', async ({ url, status }) => {
      const [fromEmbedded, fromNeo4j] = [await get(embedded, url), await get(onNeo4j, url)];
      expect(fromEmbedded.status, `embedded store: ${url}`).toBe(status);
      expect(fromNeo4j).toEqual(fromEmbedded);
    });
  },
);
