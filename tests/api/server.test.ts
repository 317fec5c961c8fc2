import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseBundle } from '../../server/src/ingest/bundle.ts';
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
