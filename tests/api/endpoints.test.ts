import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareEventsChronologically } from '../../server/src/domain/sort-orders.ts';
import { expectProblem, expectShape, GENERATED_AT, makeApp, realCorpusDir, type TestApp } from './support.ts';

/**
 * Every endpoint on the real knowledge base, with answers taken from data/kb/*.yaml (cited beside each test), and
 * every JSON body checked against the operation's declared schema.
 */

let t: TestApp;
const get = (url: string) => request(t.app).get(url);
const corpusPresent = existsSync(path.join(realCorpusDir, 'manifest.json'));

beforeAll(async () => {
  t = await makeApp();
});

describe('GET /api/meta', () => {
  it('gives the bundle version, the counts, the sources and the bundle time', async () => {
    const res = await get('/api/meta').expect(200);
    expectShape('getMeta', res.body);
    expect(res.body.version).toBe(t.bundle.version);
    expect(res.body.generatedAt).toBe(GENERATED_AT.toISOString());
    const { actors, relations, events, fundings, disputes, sources, evidence } = t.bundle;
    expect(res.body.counts).toMatchObject({
      actors: actors.length,
      relations: relations.length,
      events: events.length,
      fundings: fundings.length,
      disputes: disputes.length,
      sources: sources.length,
      evidence: evidence.length,
    });
    expect(res.body.sources.map((s: { id: string }) => s.id)).toEqual(t.bundle.sources.map((s) => s.id));
    expect(res.body.corpus).toEqual(t.bundle.corpus);
  });
});

describe('GET /api/actors', () => {
  it('pages through every actor by name', async () => {
    const first = await get('/api/actors?limit=50').expect(200);
    expectShape('listActors', first.body);
    const total = t.bundle.actors.length;
    expect(total, 'the knowledge base fills more than two pages').toBeGreaterThan(100);
    expect(first.body).toMatchObject({ total, offset: 0, limit: 50 });
    expect(first.body.items).toHaveLength(50);
    const rest = await get('/api/actors?offset=100&limit=50').expect(200);
    expect(rest.body.items).toHaveLength(Math.min(50, total - 100));
  });

  it('filters by kind and by accent-insensitive text', async () => {
    const res = await get('/api/actors?kinds=joint-venture').expect(200);
    expect(res.body.total).toBe(t.bundle.actors.filter((a) => a.kind === 'joint-venture').length);
    expect(res.body.items.every((a: { kind: string }) => a.kind === 'joint-venture')).toBe(true);
    expect(res.body.items.map((a: { id: string }) => a.id)).toContain('cloudwatt');
    const accented = await get(`/api/actors?q=${encodeURIComponent('Thalès')}`).expect(200);
    const plain = await get('/api/actors?q=thales').expect(200);
    expect(accented.body.items.map((a: { id: string }) => a.id)).toContain('thales');
    expect(accented.body.items).toEqual(plain.body.items);
  });

  it('refuses a limit past 500 and an unknown kind', async () => {
    const body = expectProblem(await get('/api/actors?limit=501&kinds=company,spaceship'), 400);
    expect((body.errors as { name: string }[]).map((e) => e.name).sort()).toEqual(['kinds', 'limit']);
  });
});

describe('GET /api/actors/{id}', () => {
  it('lists the founders of Cloudwatt, Orange and Thales, with evidence quotes', async () => {
    const res = await get('/api/actors/cloudwatt').expect(200);
    expectShape('getActor', res.body);
    expect(res.body.actor).toMatchObject({ id: 'cloudwatt', name: 'Cloudwatt', kind: 'joint-venture' });
    const founders = res.body.relations
      .filter((r: { type: string; to: string }) => r.type === 'founded' && r.to === 'cloudwatt')
      .map((r: { from: string }) => r.from);
    expect(founders).toEqual(expect.arrayContaining(['orange', 'thales']));
    // data/kb/relations.yaml, orange-founded-cloudwatt
    const orange = res.body.relations.find((r: { id: string }) => r.id === 'orange-founded-cloudwatt');
    const quotes = new Map(res.body.evidence.map((e: { id: string; quote: string }) => [e.id, e.quote]));
    const orangeQuotes = orange.evidence.map((id: string) => quotes.get(id));
    expect(orangeQuotes).toContain(
      'Cloudwatt was created by Orange and Thales by adding 150 million euros to the amount provided by the State.',
    );
    expect(res.body.fundingIn.map((f: { id: string }) => f.id)).toContain('cloudwatt-revenue-2m-usd');
    expect(res.body.events.length).toBeGreaterThan(0);
    if (corpusPresent) expect(res.body.mentions.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown actor and 400 for an id that cannot be one', async () => {
    expectProblem(await get('/api/actors/no-such-actor'), 404);
    const body = expectProblem(await get('/api/actors/Not_An_Id'), 400);
    expect(body.errors).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
  });
});

describe('GET /api/actors/{id}/neighbourhood', () => {
  it('gives the actors one hop from Cloudwatt and the relations among them', async () => {
    const res = await get('/api/actors/cloudwatt/neighbourhood').expect(200);
    expectShape('getNeighbourhood', res.body);
    const expected = await t.store.neighbourhood({ id: 'cloudwatt', depth: 1 });
    expect(res.body.nodes.map((n: { id: string }) => n.id)).toEqual(expected!.nodes.map((n) => n.id));
    expect(res.body.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['orange', 'thales']));
    const deeper = await get('/api/actors/cloudwatt/neighbourhood?depth=2').expect(200);
    expect(deeper.body.nodes.length).toBeGreaterThan(res.body.nodes.length);
    expectProblem(await get('/api/actors/cloudwatt/neighbourhood?depth=4'), 400);
    expectProblem(await get('/api/actors/nobody/neighbourhood'), 404);
  });
});

describe('GET /api/graph', () => {
  it('gives the whole graph by default', async () => {
    const res = await get('/api/graph').expect(200);
    expectShape('getGraph', res.body);
    expect(res.body.nodes).toHaveLength(t.bundle.actors.length);
    expect(res.body.edges).toHaveLength(t.bundle.relations.length);
    expect(res.body.coMentions).toEqual([]);
  });

  it('filters by kind, relation type and date, as the store does', async () => {
    const url = '/api/graph?kinds=company,joint-venture&relationTypes=founded,owns&asOf=2013-01-01';
    const res = await get(url).expect(200);
    const expected = await t.store.subgraph({
      kinds: ['company', 'joint-venture'],
      relationTypes: ['founded', 'owns'],
      asOf: '2013-01-01',
    });
    expect(res.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(res.body.edges.every((e: { type: string }) => e.type === 'founded' || e.type === 'owns')).toBe(true);
    expect(res.body.edges.map((e: { id: string }) => e.id)).toContain('orange-founded-cloudwatt');
  });

  it('refuses a window that ends before it starts and a day that is not one', async () => {
    const body = expectProblem(await get('/api/graph?from=2015-01-01&to=2012-01-01'), 400);
    expect(body.errors).toEqual([expect.objectContaining({ name: 'to' })]);
    expectProblem(await get('/api/graph?asOf=2013-02-30'), 400);
  });

  // The five sources were published from autumn 2013 on: as of 2008 nothing without a date of its own is attested.
  it('marks what had no date of its own as of a day undated, counts it apart, and leaves it out on request', async () => {
    const shown = await get('/api/graph?asOf=2008-01-01').expect(200);
    expectShape('getGraph', shown.body);
    const { nodes, edges } = shown.body.datings;
    expect(nodes.dated + nodes.attested + nodes.undated).toBe(shown.body.nodes.length);
    expect(edges.dated + edges.attested + edges.undated).toBe(shown.body.edges.length);
    expect(nodes.undated).toBeGreaterThan(0);
    const hidden = await get('/api/graph?asOf=2008-01-01&undated=hide').expect(200);
    expectShape('getGraph', hidden.body);
    expect(hidden.body.datings).toEqual(shown.body.datings);
    expect(hidden.body.nodes.length).toBe(nodes.dated + nodes.attested);
    expect(hidden.body.nodes.every((n: { dating: string }) => n.dating !== 'undated')).toBe(true);
    expect(hidden.body).toEqual(
      JSON.parse(JSON.stringify(await t.store.subgraph({ asOf: '2008-01-01', undated: 'hide' }))),
    );
    expectProblem(await get('/api/graph?undated=maybe'), 400);
  });
});

describe('GET /api/paths', () => {
  it('gives the same shortest paths from Thales to Google as the store', async () => {
    const res = await get('/api/paths?from=thales&to=google').expect(200);
    expectShape('getPaths', res.body);
    const expected = await t.store.shortestPaths({ from: 'thales', to: 'google' });
    expect(expected.length).toBeGreaterThan(0);
    expect(res.body).toEqual({ from: 'thales', to: 'google', maxHops: 4, paths: JSON.parse(JSON.stringify(expected)) });
    for (const p of res.body.paths) {
      expect(p.actors[0]).toBe('thales');
      expect(p.actors.at(-1)).toBe('google');
      expect(p.hops).toHaveLength(p.actors.length - 1);
    }
  });

  it('needs both ends, and both must exist', async () => {
    const body = expectProblem(await get('/api/paths?from=thales'), 400);
    expect(body.errors).toEqual([{ name: 'to', in: 'query', reason: 'required' }]);
    expectProblem(await get('/api/paths?from=thales&to=nobody'), 404);
  });
});

describe('GET /api/timeline', () => {
  it('gives every event, in date order', async () => {
    const res = await get('/api/timeline').expect(200);
    expectShape('getTimeline', res.body);
    expect(res.body.events).toHaveLength(t.bundle.events.length);
    const sorted = [...res.body.events].sort(compareEventsChronologically);
    expect(res.body.events.map((e: { id: string }) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it('filters by actor, kind and window', async () => {
    const res = await get('/api/timeline?actors=cloudwatt&from=2012-01-01&to=2020-12-31').expect(200);
    expect(res.body.events.length).toBeGreaterThan(0);
    for (const event of res.body.events) {
      expect(event.actors.map((a: { id: string }) => a.id)).toContain('cloudwatt');
    }
    const expected = await t.store.timeline({ actors: ['cloudwatt'], from: '2012-01-01', to: '2020-12-31' });
    expect(res.body.events.map((e: { id: string }) => e.id)).toEqual(expected.map((e) => e.id));
    const shutdowns = await get('/api/timeline?kinds=shutdown').expect(200);
    expect(shutdowns.body.events.every((e: { kind: string }) => e.kind === 'shutdown')).toBe(true);
  });
});

describe('GET /api/funding', () => {
  it('has the Caisse des Dépôts pledge of 135,000,000 EUR to Andromède as a flow', async () => {
    const res = await get('/api/funding').expect(200);
    expectShape('getFunding', res.body);
    expect(res.body.records).toHaveLength(t.bundle.fundings.length);
    // data/kb/fundings.yaml, caisse-des-depots-andromede-135m
    expect(res.body.flows).toContainEqual(
      expect.objectContaining({
        funders: ['caisse-des-depots'],
        to: 'andromede',
        kind: 'pledged',
        currency: 'EUR',
        amount: 135_000_000,
        records: ['caisse-des-depots-andromede-135m'],
      }),
    );
    // Totals per recipient: the range the sources support, never 720,000,000 (total + parts + rival figure).
    expect(res.body.totalsByRecipient).toContainEqual(
      expect.objectContaining({
        to: 'andromede',
        kind: 'pledged',
        currency: 'EUR',
        low: 150_000_000,
        high: 285_000_000,
      }),
    );
    const labels = new Map(res.body.actors.map((a: { id: string; name: string }) => [a.id, a.name]));
    for (const flow of res.body.flows) {
      expect(labels.has(flow.to)).toBe(true);
      for (const funder of flow.funders) expect(labels.has(funder)).toBe(true);
    }
  });

  it('filters by funder and kind', async () => {
    const res = await get('/api/funding?funder=caisse-des-depots&kinds=pledged').expect(200);
    expect(res.body.records.map((r: { id: string }) => r.id)).toEqual(['caisse-des-depots-andromede-135m']);
  });
});

describe('GET /api/search', () => {
  it('finds Andromède first for "andromede"', async () => {
    const res = await get('/api/search?q=andromede').expect(200);
    expectShape('search', res.body);
    expect(res.body.hits[0]).toMatchObject({ kind: 'actor', id: 'andromede' });
    for (const hit of res.body.hits) {
      for (const [start, end] of hit.snippet.highlights) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(hit.snippet.text.length);
      }
    }
  });

  it('ignores accents and case: Thalès is thales', async () => {
    const accented = await get(`/api/search?q=${encodeURIComponent('Thalès')}`).expect(200);
    const plain = await get('/api/search?q=thales').expect(200);
    expect(accented.body.hits).toEqual(plain.body.hits);
    expect(accented.body.hits[0]).toMatchObject({ kind: 'actor', id: 'thales' });
  });

  it('needs a query, and limits and filters the hits', async () => {
    expectProblem(await get('/api/search'), 400);
    expectProblem(await get('/api/search?q=%20%20'), 400);
    const res = await get('/api/search?q=cloud&limit=3&kinds=actor').expect(200);
    expect(res.body.hits).toHaveLength(3);
    expect(res.body.hits.every((h: { kind: string }) => h.kind === 'actor')).toBe(true);
  });
});

describe('GET /api/sources and /api/sources/{id}', () => {
  it('lists the five sources', async () => {
    const res = await get('/api/sources').expect(200);
    expectShape('listSources', res.body);
    expect(res.body.sources.map((s: { id: string }) => s.id)).toEqual(t.bundle.sources.map((s) => s.id));
  });

  it.skipIf(!corpusPresent)(
    'serves the text when it is the one ingested, with mentions and evidence spans',
    async () => {
      const res = await get('/api/sources/numergy-vs-cloudwatt').expect(200);
      expectShape('getSource', res.body);
      expect(res.body.text.available).toBe(true);
      const text: string = res.body.text.content;
      expect(text.length).toBe(res.body.source.characters);
      for (const evidence of res.body.evidence) {
        expect(text.slice(evidence.start, evidence.end).replace(/\s+/g, ' ')).toBe(evidence.quote.replace(/\s+/g, ' '));
      }
      for (const mention of res.body.mentions) {
        for (const [start, end] of mention.spans) expect(end).toBeGreaterThan(start);
      }
      expect(res.body.evidence.map((e: { quote: string }) => e.quote)).toContain(
        "La Caisse des Dépôts devait investir 135 millions d'euros",
      );
    },
  );

  describe('without the very text', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'atlas-api-corpus-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('says why the text is not served: no corpus, or a text that changed', async () => {
      const { app, bundle } = await makeApp({ config: { CORPUS_DIR: dir } });
      const source = bundle.sources.find((s) => s.id === 'numergy-vs-cloudwatt')!;
      const none = await request(app).get('/api/sources/numergy-vs-cloudwatt').expect(200);
      expectShape('getSource', none.body);
      expect(none.body.text).toEqual({
        available: false,
        reason: source.textAvailable ? 'no-corpus' : 'not-ingested',
      });
      await writeFile(path.join(dir, source.file), 'Une autre histoire.\n');
      const changed = await request(app).get('/api/sources/numergy-vs-cloudwatt').expect(200);
      expect(changed.body.text).toEqual({
        available: false,
        reason: source.textAvailable ? 'changed' : 'not-ingested',
      });
    });
  });

  it('answers 404 for an unknown source and 400 for a path traversal', async () => {
    expectProblem(await get('/api/sources/no-such-source'), 404);
    expectProblem(await get(`/api/sources/${encodeURIComponent('../../etc/passwd')}`), 400);
  });
});

describe('GET /api/evidence/{id}', () => {
  it('gives the quote and its source', async () => {
    const evidence = t.bundle.evidence.find(
      (e) => e.quote === "La Caisse des Dépôts devait investir 135 millions d'euros",
    )!;
    const res = await get(`/api/evidence/${evidence.id}`).expect(200);
    expectShape('getEvidence', res.body);
    expect(res.body.evidence).toEqual(evidence);
    expect(res.body.source).toMatchObject({ id: 'numergy-vs-cloudwatt', language: 'fr' });
    expectProblem(await get('/api/evidence/ev-000000000000'), 404);
  });
});

describe('GET /api/disputes', () => {
  it('lists every dispute, each with at least two claims', async () => {
    const res = await get('/api/disputes').expect(200);
    expectShape('listDisputes', res.body);
    expect(res.body.disputes).toHaveLength(t.bundle.disputes.length);
    for (const dispute of res.body.disputes) expect(dispute.claims.length).toBeGreaterThanOrEqual(2);
  });
});

describe('/healthz and /readyz', () => {
  it('are alive and ready with the bundle version', async () => {
    expect((await get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    expect((await get('/readyz').expect(200)).body).toEqual({ status: 'ready', version: t.bundle.version });
  });
});

describe('unknown routes', () => {
  it('answers 404 problem+json under /api and elsewhere', async () => {
    expectProblem(await get('/api/nothing-here'), 404);
    expectProblem(await get('/api'), 404);
    expectProblem(await get('/somewhere'), 404);
  });
});
