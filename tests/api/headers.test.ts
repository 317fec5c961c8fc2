import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, CONTENT_SECURITY_POLICY } from '../../server/src/api/app.ts';
import { openApi } from '../../server/src/api/openapi.ts';
import { StoreUnavailableError } from '../../server/src/domain/graph-store.ts';
import { repoRoot } from '../support/fixture.ts';
import { expectProblem, FaultyStore, loadedEmbeddedStore, makeApp, silentLogger, type TestApp } from './support.ts';

/** Security headers, caching, request ids, CORS, the error statuses, the docs and the explorer's fallback. */

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

describe('security headers', () => {
  it('sends the strict Content-Security-Policy, exactly, and no X-Powered-By', async () => {
    for (const url of ['/api/meta', '/api/nothing', '/api/docs', '/healthz']) {
      const res = await request(t.app).get(url);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY.replace(/; /g, ';'));
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });
});

describe('caching', () => {
  it('answers with an ETag keyed on the bundle version, and 304 to If-None-Match', async () => {
    const first = await request(t.app).get('/api/actors?kinds=person').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(new RegExp(`^W/"${t.bundle.version}-[0-9a-f]{8}"$`));
    expect(first.headers['cache-control']).toBe('public, no-cache');
    expect(first.headers.vary).toMatch(/Accept-Encoding/);
    // Once memoised and once fresh: both paths honour If-None-Match.
    const again = await request(t.app).get('/api/actors?kinds=person').set('If-None-Match', etag).expect(304);
    expect(again.text).toBe('');
    await request(t.app).get('/api/actors?kinds=company').set('If-None-Match', etag).expect(304);
    await request(t.app).get('/api/actors?kinds=company').set('If-None-Match', 'W/"other"').expect(200);
    await request(t.app).head('/api/actors?kinds=person').set('If-None-Match', etag).expect(304);
  });

  it('serves identical bytes in gzip and brotli', async () => {
    // Raw bytes over a real socket: supertest would decompress them on the way.
    const server = t.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const fetchRaw = (encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get({ port, host: '127.0.0.1', path: '/api/graph', headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });
    try {
      const plain = await fetchRaw('identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const br = await fetchRaw('gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.body.length).toBeLessThan(plain.body.length / 3);
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      const gz = await fetchRaw('gzip;q=1, br;q=0');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    } finally {
      server.close();
    }
  });

  it('answers a memoised URL from the hot path with the same headers and bytes as the routed path', async () => {
    const { app } = await makeApp();
    const routed = await request(app).get('/api/timeline?kinds=launch').set('Origin', 'https://x.example').expect(200);
    const hot = await request(app).get('/api/timeline?kinds=launch').set('Origin', 'https://x.example').expect(200);
    const comparable = (headers: Record<string, string>) => {
      const { date: _date, 'x-request-id': _id, ratelimit: _limit, ...rest } = headers;
      return rest;
    };
    expect(comparable(hot.headers)).toEqual(comparable(routed.headers));
    expect(hot.text).toBe(routed.text);
    expect(hot.headers.ratelimit).toMatch(/remaining=\d+/);
  });

  it('never lets an error be cached', async () => {
    const res = await request(t.app).get('/api/actors/nobody');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('request ids', () => {
  it('echoes a well-formed X-Request-Id and makes one otherwise', async () => {
    const echoed = await request(t.app).get('/api/meta').set('X-Request-Id', 'abc-123.x_y');
    expect(echoed.headers['x-request-id']).toBe('abc-123.x_y');
    const made = await request(t.app).get('/api/meta');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await request(t.app).get('/api/meta').set('X-Request-Id', '<script>alert(1)</script>');
    expect(refused.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await request(t.app).get('/api/actors/nobody').set('X-Request-Id', 'trace-me');
    expect(problem.body.requestId).toBe('trace-me');
  });
});

describe('CORS', () => {
  it('is off unless CORS_ORIGINS is set', async () => {
    const res = await request(t.app).get('/api/meta').set('Origin', 'https://elsewhere.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(t.app)
      .options('/api/meta')
      .set('Origin', 'https://elsewhere.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows exactly the configured origins', async () => {
    const { app } = await makeApp({ config: { CORS_ORIGINS: ['https://atlas.example'] } });
    const allowed = await request(app).get('/api/meta').set('Origin', 'https://atlas.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://atlas.example');
    const other = await request(app).get('/api/meta').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('error statuses', () => {
  it('405 with Allow on a known path with another method', async () => {
    for (const method of ['post', 'put', 'delete', 'patch'] as const) {
      const res = await request(t.app)[method]('/api/actors/cloudwatt');
      expectProblem(res, 405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
    expectProblem(await request(t.app).post('/healthz'), 405);
    expectProblem(await request(t.app).delete('/api/openapi.json'), 405);
  });

  it('413 for a body past the limit, whatever the method', async () => {
    const big = 'x'.repeat(BODY_LIMIT_BYTES + 1);
    expectProblem(await request(t.app).post('/api/actors').set('Content-Type', 'text/plain').send(big), 413);
    expectProblem(await request(t.app).get('/api/actors').set('Content-Type', 'application/json').send(big), 413);
    expectProblem(
      await request(t.app)
        .post('/api/actors')
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.alloc(1 << 20)),
      413,
    );
  });

  it('415 for a body in an encoding the server does not read, never a 500', async () => {
    const res = await request(t.app).post('/api/actors').set('Content-Encoding', 'bogus').send('abc');
    expectProblem(res, 415);
  });

  it('400 for a URL that cannot be decoded', async () => {
    expectProblem(await request(t.app).get('/api/actors/%E0%A4%A'), 400);
  });

  it('500 says nothing of the internals', async () => {
    const store = new FaultyStore(await loadedEmbeddedStore());
    store.fault = () => new TypeError('secret detail at /srv/internal/path.ts:42');
    const { app } = await makeApp({ store });
    const res = await request(app).get('/api/actors/cloudwatt').set('X-Request-Id', 'boom');
    const body = expectProblem(res, 500);
    expect(res.text).not.toMatch(/secret|internal\/path|TypeError|\bat\b.*:\d+/);
    expect(body.requestId).toBe('boom');
  });
});

describe('rate limiting', () => {
  it('429 past the limit, and a forged X-Forwarded-For does not reset it', async () => {
    const { app } = await makeApp({ config: { RATE_LIMIT_MAX: 3, RATE_LIMIT_WINDOW_MS: 60_000, TRUST_PROXY_HOPS: 0 } });
    for (let i = 0; i < 3; i++) await request(app).get('/api/meta').expect(200);
    const limited = await request(app).get('/api/meta');
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    for (const forged of ['1.2.3.4', '10.0.0.1, 1.2.3.4', '::1']) {
      expectProblem(await request(app).get('/api/meta').set('X-Forwarded-For', forged), 429);
    }
    // The probes are never limited.
    await request(app).get('/healthz').expect(200);
  });

  it('with one trusted proxy, only the address that proxy saw counts', async () => {
    const { app } = await makeApp({ config: { RATE_LIMIT_MAX: 2, TRUST_PROXY_HOPS: 1 } });
    const via = (chain: string) => request(app).get('/api/meta').set('X-Forwarded-For', chain);
    await via('203.0.113.7').expect(200);
    await via('203.0.113.7').expect(200);
    expectProblem(await via('203.0.113.7'), 429);
    // The client prepends forged entries; the proxy appended the real one last.
    expectProblem(await via('198.51.100.1, 203.0.113.7'), 429);
    await via('198.51.100.1').expect(200);
  });
});

describe('store unavailable', () => {
  it('503 with Retry-After, /readyz 503, /healthz 200', async () => {
    const store = new FaultyStore(await loadedEmbeddedStore());
    const { app } = await makeApp({ store });
    await request(app).get('/readyz').expect(200);
    store.fault = () => new StoreUnavailableError('Neo4j at bolt://db:7687 does not answer');
    for (const url of [
      '/api/actors',
      '/api/actors/cloudwatt',
      '/api/search?q=cloud',
      '/api/export/graphml',
      '/readyz',
    ]) {
      const res = await request(app).get(url);
      const body = expectProblem(res, 503);
      expect(res.headers['retry-after']).toBe('5');
      expect(String(body.detail)).not.toMatch(/bolt|7687/);
    }
    await request(app).get('/healthz').expect(200);
    store.fault = null;
    await request(app).get('/readyz').expect(200);
    await request(app).get('/api/actors').expect(200);
  });

  it('/readyz is 503 while the store has nothing loaded', async () => {
    const { EmbeddedGraphStore } = await import('../../server/src/store/embedded/embedded-store.ts');
    const { app } = await makeApp({ store: new EmbeddedGraphStore() });
    expectProblem(await request(app).get('/readyz'), 503);
    expectProblem(await request(app).get('/api/meta'), 503);
  });
});

describe('OpenAPI and the documentation page', () => {
  it('serves the generated document, and the committed copy is not stale', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    const { document } = openApi();
    expect(res.body).toEqual(JSON.parse(JSON.stringify(document)));
    expect(res.body.openapi).toBe('3.1.0');
    const committed = JSON.parse(await readFile(path.join(repoRoot, 'server/openapi.json'), 'utf8'));
    expect(committed, 'server/openapi.json is stale: run `npm run openapi`').toEqual(res.body);
  });

  it('renders the docs as self-contained HTML: no script, no inline style, nothing from elsewhere', async () => {
    const res = await request(t.app).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=|https?:\/\/(?!graphml)/i);
    expect(res.text).toContain('<link rel="stylesheet" href="/api/docs/docs.css">');
    for (const op of ['getActor', 'exportGraph', 'search']) expect(res.text).toContain(`id="op-${op.toLowerCase()}"`);
    expect(res.text).toContain('id="problem-invalid-parameters"');
    const css = await request(t.app).get('/api/docs/docs.css').expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });
});

describe('the explorer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atlas-client-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(
      path.join(dir, 'index.html'),
      '<!doctype html><title>Atlas</title><script type="module" src="/assets/app.js"></script>',
    );
    await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1);');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the built files, and index.html for client-side routes (never for /api)', async () => {
    const { app } = await makeApp({ clientDir: dir, logger: silentLogger });
    const index = await request(app).get('/').expect(200);
    expect(index.text).toContain('<title>Atlas</title>');
    expect(index.headers['content-security-policy']).toBeDefined();
    const deep = await request(app).get('/graph/cloudwatt?asOf=2013-01-01').expect(200);
    expect(deep.text).toContain('<title>Atlas</title>');
    const asset = await request(app).get('/assets/app.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectProblem(await request(app).get('/missing.png'), 404);
    expectProblem(await request(app).get('/api/unknown'), 404);
  });
});
