import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseBundle } from '../../server/src/shared-io/bundle-file.ts';
import { syntheticBundle } from '../../scripts/bench/synthetic-bundle.ts';
import { repoRoot } from '../support/fixture.ts';

/**
 * The real server (server/src/main.ts run by tsx), as `npm start` runs it: configuration errors, and a graceful
 * shutdown on SIGTERM while a large export is still streaming to a slow reader.
 */

interface Spawned {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

function startServer(env: Record<string, string>, args: string[] = ['--no-build', '--no-ingest']): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: performance.now() })),
  );
  return { child, stderr: () => stderr, exited };
}

async function listeningUrl(server: Spawned, timeoutMs = 40_000): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const match = /listening on (http:\/\/\S+)/.exec(server.stderr());
    if (match) return match[1]!;
    if (server.child.exitCode !== null) throw new Error(`server exited: ${server.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server did not start: ${server.stderr()}`);
}

describe('configuration', () => {
  it('exits 2 naming every wrong variable', async () => {
    const server = startServer({ PORT: 'eighty', TRUST_PROXY_HOPS: 'true', CORS_ORIGINS: '*' });
    const { code } = await server.exited;
    expect(code).toBe(2);
    expect(server.stderr()).toMatch(/PORT:/);
    expect(server.stderr()).toMatch(/TRUST_PROXY_HOPS:/);
    expect(server.stderr()).toMatch(/CORS_ORIGINS:/);
  });

  it('exits 1 when there is no bundle to serve', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-empty-build-'));
    try {
      const server = startServer({ BUILD_DIR: dir });
      expect((await server.exited).code).toBe(1);
      expect(server.stderr()).toMatch(/no bundle here/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('graceful shutdown', () => {
  let dir: string;
  let bundleJson: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atlas-shutdown-'));
    // Large enough (about 6 MB) that the export cannot sit whole in the socket buffers of a reader that has paused.
    bundleJson = serialiseBundle(syntheticBundle({ actors: 4_000, relations: 16_000, seed: 'shutdown' }));
    await writeFile(path.join(dir, 'bundle.json'), bundleJson);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finishes the export in flight, closes idle connections, refuses new ones and exits within 10 s', async () => {
    const server = startServer({ BUILD_DIR: dir, CORPUS_DIR: dir });
    try {
      const base = new URL(await listeningUrl(server));
      const port = Number(base.port);

      // An idle keep-alive connection: it must not hold the shutdown.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      let idleClosed = false;
      await new Promise<void>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/healthz', agent }, (res) => {
            res.socket.once('close', () => (idleClosed = true));
            res.resume();
            res.on('end', resolve);
          })
          .on('error', reject);
      });

      // A slow reader of a large export: headers received, body paused.
      const download = new Promise<{ status: number; length: number; declared: number; body: Buffer }>(
        (resolve, reject) => {
          http
            .get(
              { host: '127.0.0.1', port, path: '/api/export/json', headers: { 'accept-encoding': 'identity' } },
              (res) => {
                res.pause();
                const chunks: Buffer[] = [];
                started(() => {
                  res.on('data', (chunk: Buffer) => chunks.push(chunk));
                  res.on('end', () => {
                    const body = Buffer.concat(chunks);
                    resolve({
                      status: res.statusCode!,
                      length: body.length,
                      declared: Number(res.headers['content-length']),
                      body,
                    });
                  });
                  res.on('error', reject);
                  res.resume();
                });
              },
            )
            .on('error', reject);
        },
      );
      let resume: () => void = () => {};
      const headersReceived = new Promise<void>((resolve) => {
        started = (go) => {
          resume = go;
          resolve();
        };
      });
      await headersReceived;

      server.child.kill('SIGTERM');
      const signalledAt = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(server.child.exitCode, 'the export in flight keeps the process up').toBeNull();
      expect(idleClosed, 'the idle keep-alive connection was closed').toBe(true);
      const refused = await new Promise<string>((resolve) => {
        http
          .get({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
            res.resume();
            resolve(`answered ${res.statusCode}`);
          })
          .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');

      resume();
      const result = await download;
      expect(result.status).toBe(200);
      expect(result.length).toBe(result.declared);
      expect(result.body.toString('utf8')).toBe(bundleJson);

      const { code, at } = await server.exited;
      expect(code).toBe(0);
      expect(at - signalledAt).toBeLessThan(10_000);
      agent.destroy();
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });
});

let started: (go: () => void) => void = () => {};

interface Download {
  /** Resolves once the headers are in: the body then waits, paused, until resume(). */
  headers: Promise<void>;
  /** Resolves once the request has been written whole to its socket. */
  sent: Promise<void>;
  resume: () => void;
  done: Promise<{ status: number; length: number; declared: number | null; endedAt: number }>;
}

/** A GET whose reader may pause after the headers, as a slow client does. */
function download(port: number, urlPath: string, options: { paused: boolean; agent?: http.Agent }): Download {
  let resume = () => {};
  let gotHeaders: () => void = () => {};
  const headers = new Promise<void>((resolve) => (gotHeaders = resolve));
  let wasSent: () => void = () => {};
  const sent = new Promise<void>((resolve) => (wasSent = resolve));
  const done = new Promise<{ status: number; length: number; declared: number | null; endedAt: number }>(
    (resolve, reject) => {
      http
        .get(
          {
            host: '127.0.0.1',
            port,
            path: urlPath,
            headers: { 'accept-encoding': 'identity' },
            ...(options.agent ? { agent: options.agent } : {}),
          },
          (res) => {
            let length = 0;
            res.on('data', (chunk: Buffer) => (length += chunk.length));
            res.on('end', () =>
              resolve({
                status: res.statusCode!,
                length,
                declared: res.headers['content-length'] === undefined ? null : Number(res.headers['content-length']),
                endedAt: performance.now(),
              }),
            );
            res.on('error', reject);
            if (options.paused) {
              res.pause();
              resume = () => res.resume();
            }
            gotHeaders();
          },
        )
        .on('finish', () => wasSent())
        .on('error', reject);
    },
  );
  return { headers, sent, resume: () => resume(), done };
}

describe('graceful shutdown with many requests in flight', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atlas-shutdown-many-'));
    // About 6 MB of export, and a graph large enough that each uncached answer takes a while to compute and send.
    await writeFile(
      path.join(dir, 'bundle.json'),
      serialiseBundle(syntheticBundle({ actors: 4_000, relations: 16_000, seed: 'shutdown-many' })),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('completes every one (exports to paused readers, ordinary requests) and exits 0 within 10 s', async () => {
    const server = startServer({ BUILD_DIR: dir, CORPUS_DIR: dir });
    try {
      const port = Number(new URL(await listeningUrl(server)).port);
      // Keep-alive connections, opened and idle before the requests that will reuse them.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
      await Promise.all(Array.from({ length: 10 }, () => download(port, '/healthz', { paused: false, agent }).done));

      // Three large exports whose readers stop reading once the headers are in.
      const exports = ['/api/export/json', '/api/export/graphml', '/api/export/csv?kind=edges'].map((urlPath) =>
        download(port, urlPath, { paused: true }),
      );
      await Promise.all(exports.map((d) => d.headers));

      // Ordinary requests, each a fresh computation (no two alike, so none comes from the cache), half over the
      // keep-alive connections, all written whole to their sockets before the signal.
      const ordinary = [
        ...Array.from({ length: 8 }, (_, i) => `/api/graph?minCoMention=${i + 1}`),
        ...Array.from({ length: 4 }, (_, i) => `/api/actors?offset=${i * 50}&limit=500`),
        ...Array.from({ length: 4 }, (_, i) => `/api/paths?from=a-${String(i).padStart(4, '0')}&to=a-3999&maxHops=6`),
        ...Array.from({ length: 4 }, (_, i) => `/api/search?q=${'abcd'[i]}&limit=100`),
      ].map((urlPath, i) => download(port, urlPath, { paused: false, ...(i % 2 ? { agent } : {}) }));
      await Promise.all(ordinary.map((d) => d.sent));

      server.child.kill('SIGTERM');
      const signalledAt = performance.now();
      const answered = await Promise.all(ordinary.map((d) => d.done));
      const inFlightAtSignal = answered.filter((a) => a.endedAt > signalledAt).length;
      for (const answer of answered) {
        expect(answer.status).toBeLessThan(500);
        if (answer.declared !== null) expect(answer.length).toBe(answer.declared);
      }

      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(server.child.exitCode, 'the paused exports keep the process up').toBeNull();
      // The readers come back one after the other.
      const results = [];
      for (const d of exports) {
        d.resume();
        results.push(await d.done);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      for (const result of results) {
        expect(result.status).toBe(200);
        expect(result.length).toBeGreaterThan(1_000_000);
        if (result.declared !== null) expect(result.length).toBe(result.declared);
      }

      const { code, at } = await server.exited;
      const exitMs = Math.round(at - signalledAt);
      console.info(
        `shutdown: SIGTERM with ${exports.length} exports to paused readers (${results.map((r) => `${(r.length / 1e6).toFixed(1)} MB`).join(', ')}) ` +
          `and ${ordinary.length} ordinary requests (${inFlightAtSignal} still answering at the signal): all complete; exit ${code} ${exitMs} ms after SIGTERM`,
      );
      expect(code).toBe(0);
      expect(exitMs).toBeLessThan(10_000);
      agent.destroy();
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });
});
