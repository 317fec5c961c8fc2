/**
 * npm run reliability -- load [--duration 60] [--connections 50] [--warmup 5]
 *
 * The real server (server/src/main.ts, in its own process, as `npm start` runs it: info logging, security headers,
 * request ids, response cache; only the rate limit is raised for the run) on the real knowledge base (with the
 * corpus when CORPUS_DIR or ../shared/corpus holds it), under autocannon: `connections` connections for `duration`
 * seconds, each cycling through the main endpoints (meta, actors, actor detail, graph, paths, timeline, funding,
 * search, sources, source detail, export json). Reports every answer that is not 2xx and every socket error or
 * timeout (the bound: none), p50 and p99 latency overall and per endpoint, requests per second, and the server's
 * resident memory (VmRSS from /proc/<pid>/status) before, during (sampled every 500 ms) and after the run, with the
 * growth.
 *
 * Then, on a second server with the default rate limit (RATE_LIMIT_MAX 600 per RATE_LIMIT_WINDOW_MS 60 s, no proxy
 * trusted): one client sends past the threshold and gets exactly the allowed number of 2xx, then 429 problems with
 * Retry-After; a forged X-Forwarded-For, different on every request, does not reset the count; /healthz is never
 * limited.
 *
 * Prints tables and writes bench/results/reliability-load.json. Exit code 1 when a bound is missed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { runIngest } from '../../server/src/ingest/ingest.ts';
import { printTable, writeResults } from '../bench/results.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, process.env.CORPUS_DIR ?? '../shared/corpus');
/** Growth of resident memory after the run, over the figure before it, that counts as a leak. */
const MAX_GROWTH_MB = 150;

interface Server {
  child: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', '--no-build', '--no-ingest'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    // The JSON log (one line per request) is written, as in production, and thrown away.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = performance.now() + 60_000;
  for (;;) {
    const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
    if (url) {
      // Wait for the priming of the first answers to finish: the figure "before" is the server at rest.
      for (
        let i = 0;
        i < 50 &&
        !(await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        ));
        i++
      )
        await sleep(100);
      await sleep(1_000);
      return {
        child,
        url,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    }
    if (child.exitCode !== null || performance.now() > deadline)
      throw new Error(`the server did not start:\n${stderr}`);
    await sleep(50);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process in MB, from /proc/<pid>/status (VmRSS); null where there is no /proc. */
async function rssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Math.round((Number(kb) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface EndpointFigures {
  endpoint: string;
  requests: number;
  non2xx: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerResponse: number;
}

export default async function load(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        duration: { type: 'string', default: '60' },
        connections: { type: 'string', default: '50' },
        warmup: { type: 'string', default: '5' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(
      `reliability load: ${(error as Error).message}\nusage: npm run reliability -- load [--duration 60] [--connections 50] [--warmup 5]`,
    );
    return 2;
  }
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const warmup = Number(values.warmup);

  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-reliability-load-'));
  const servers: Server[] = [];
  try {
    const { bundleJson, bundle, summary } = await runIngest({
      kbDir: path.join(repoRoot, 'data/kb'),
      manifestPath: path.join(repoRoot, 'data/corpus/manifest.json'),
      corpusDir,
      outDir: undefined,
    });
    await writeFile(path.join(dir, 'bundle.json'), bundleJson);
    const env = { BUILD_DIR: dir, CORPUS_DIR: corpusDir };

    // ------------------------------------------------------------ the load, with the rate limit out of reach
    const server = await startServer({ ...env, RATE_LIMIT_MAX: '1000000000' });
    servers.push(server);
    const pid = server.child.pid!;
    const sourceId = bundle.sources.find((s) => s.textAvailable)?.id ?? bundle.sources[0]!.id;
    const endpoints = [
      '/api/meta',
      '/api/actors',
      '/api/actors/cloudwatt',
      '/api/graph',
      '/api/paths?from=thales&to=google',
      '/api/timeline',
      '/api/funding',
      '/api/search?q=cloud',
      '/api/sources',
      `/api/sources/${sourceId}`,
      '/api/export/json',
    ];
    for (const endpoint of endpoints) {
      const res = await fetch(`${server.url}${endpoint}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${endpoint} answers ${res.status} before the load`);
    }
    const requests = endpoints.map((endpoint) => ({ method: 'GET' as const, path: endpoint }));
    const base = { url: server.url, connections, pipelining: 1, requests, timeout: 10 };

    console.log(
      `bundle ${bundle.version} (${summary.corpusPresent ? `${summary.documents} texts` : 'no corpus'}); ` +
        `${connections} connections for ${duration} s (after ${warmup} s of warm-up), each cycling through ${endpoints.length} endpoints; server pid ${pid}`,
    );
    const atStart = await rssMb(pid);
    if (warmup > 0) await autocannon({ ...base, duration: warmup });
    await sleep(1_000);

    const before = await rssMb(pid);
    const during: number[] = [];
    const sampler = setInterval(() => {
      void rssMb(pid).then((mb) => mb !== null && during.push(mb));
    }, 500);

    // Per endpoint: each connection sends the endpoints in turn and, without pipelining, gets the answers in turn.
    const latencies = endpoints.map(() => [] as number[]);
    const statuses = endpoints.map(() => ({ requests: 0, non2xx: 0, bytes: 0 }));
    const result = await autocannon({
      ...base,
      duration,
      setupClient: (client) => {
        let next = 0;
        client.on('response', (statusCode: number, bytes: number, responseTime: number) => {
          const i = next++ % endpoints.length;
          latencies[i]!.push(responseTime);
          statuses[i]!.requests++;
          statuses[i]!.bytes += bytes;
          if (statusCode < 200 || statusCode >= 300) statuses[i]!.non2xx++;
        });
      },
    });
    clearInterval(sampler);
    const duringLast = await rssMb(pid);
    if (duringLast !== null) during.push(duringLast);
    await sleep(5_000);
    const after = await rssMb(pid);

    const perEndpoint: EndpointFigures[] = endpoints.map((endpoint, i) => {
      const sorted = latencies[i]!.sort((a, b) => a - b);
      return {
        endpoint,
        requests: statuses[i]!.requests,
        non2xx: statuses[i]!.non2xx,
        p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
        p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
        bytesPerResponse: Math.round(statuses[i]!.bytes / Math.max(1, statuses[i]!.requests)),
      };
    });
    const errors = result.errors + result.timeouts;
    const totals = {
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      maxMs: result.latency.max,
      megabytesPerSecond: Math.round((result.throughput.average / 1024 / 1024) * 10) / 10,
    };
    // The second half of the run against the first: a leak keeps growing once the heap has settled.
    const half = during.slice(Math.floor(during.length / 2));
    const memory = {
      atStartMb: atStart,
      beforeMb: before,
      secondHalfGrowthMb: half.length > 1 ? Math.round((half.at(-1)! - half[0]!) * 10) / 10 : null,
      duringMaxMb: during.length ? Math.max(...during) : null,
      duringLastMb: duringLast,
      afterMb: after,
      growthMb: before !== null && after !== null ? Math.round((after - before) * 10) / 10 : null,
      growthFromStartMb: atStart !== null && after !== null ? Math.round((after - atStart) * 10) / 10 : null,
      samples: during.length,
    };

    printTable(
      ['endpoint', 'requests', 'non-2xx', 'p50 ms', 'p99 ms', 'bytes'],
      [
        ...perEndpoint.map((e) => [e.endpoint, e.requests, e.non2xx, e.p50Ms, e.p99Ms, e.bytesPerResponse]),
        ['all', totals.requests, totals.non2xx, totals.p50Ms, totals.p99Ms, '-'],
      ],
    );
    console.log(
      `${totals.requestsPerSecond} requests/s (${totals.megabytesPerSecond} MB/s); ${totals.non2xx} non-2xx, ` +
        `${totals.errors} socket errors, ${totals.timeouts} timeouts; latency p50 ${totals.p50Ms} ms, p99 ${totals.p99Ms} ms, max ${totals.maxMs} ms`,
    );
    printTable(
      ['server memory (VmRSS)', 'MB'],
      [
        ['at start, before the warm-up', memory.atStartMb ?? '-'],
        ['before the load, after the warm-up', memory.beforeMb ?? '-'],
        [`during, highest of ${memory.samples} samples`, memory.duringMaxMb ?? '-'],
        ['at the end of the load', memory.duringLastMb ?? '-'],
        ['5 s after', memory.afterMb ?? '-'],
        ['growth (after − before)', memory.growthMb ?? '-'],
        ['growth (after − at start)', memory.growthFromStartMb ?? '-'],
        ['growth over the second half of the load', memory.secondHalfGrowthMb ?? '-'],
      ],
    );
    await server.stop();
    servers.pop();

    // ------------------------------------------------------------ the rate limit, as configured by default
    const limited = await startServer({ ...env });
    servers.push(limited);
    const limit = 600;
    // What is left of this client's allowance now (the server's own priming at start came from 127.0.0.1 too).
    const first = await fetch(`${limited.url}/api/meta`);
    await first.arrayBuffer();
    const remaining = Number(/remaining=(\d+)/.exec(first.headers.get('ratelimit') ?? '')?.[1] ?? NaN);
    const usedBefore = limit - remaining;
    const statusesOf = async (count: number, headers: (i: number) => Record<string, string>) => {
      const counts = new Map<number, number>();
      let sample: { status: number; contentType: string | null; retryAfter: string | null; body: string } | null = null;
      for (let i = 0; i < count; i += 20) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(20, count - i) }, async (_, k) => {
            const res = await fetch(`${limited.url}/api/meta`, { headers: headers(i + k) });
            const body = await res.text();
            if (res.status === 429 && !sample)
              sample = {
                status: res.status,
                contentType: res.headers.get('content-type'),
                retryAfter: res.headers.get('retry-after'),
                body,
              };
            return res.status;
          }),
        );
        for (const status of batch) counts.set(status, (counts.get(status) ?? 0) + 1);
      }
      return { counts: Object.fromEntries([...counts].sort(([a], [b]) => a - b)), sample };
    };
    const past = await statusesOf(remaining + 50, () => ({}));
    const forged = await statusesOf(100, (i) => ({ 'x-forwarded-for': `203.0.113.${i % 250}, 10.0.0.${i % 250}` }));
    const healthz = await fetch(`${limited.url}/healthz`);
    const sample = past.sample as { contentType: string | null; retryAfter: string | null; body: string } | null;
    const rateLimit = {
      limit,
      windowMs: 60_000,
      usedBeforeTheRun: usedBefore,
      sentPastTheLimit: remaining + 50,
      statuses: past.counts,
      forgedForwardedFor: { sent: 100, statuses: forged.counts },
      healthzWhileLimited: healthz.status,
      sample429: sample
        ? {
            contentType: sample.contentType,
            retryAfter: sample.retryAfter,
            type: (JSON.parse(sample.body) as { type?: string }).type,
          }
        : null,
    };
    console.log(
      `rate limit ${limit} per 60 s (${usedBefore} used by the first request and the server's own priming): ` +
        `${remaining + 50} more requests from one client → ${JSON.stringify(past.counts)}; ` +
        `then 100 with a different forged X-Forwarded-For each → ${JSON.stringify(forged.counts)}; ` +
        `/healthz ${healthz.status}; a 429 is ${sample?.contentType ?? '?'} with Retry-After ${sample?.retryAfter ?? '?'}`,
    );

    const checks = {
      noErrors: totals.non2xx === 0 && errors === 0 && perEndpoint.every((e) => e.non2xx === 0),
      memoryGrowthUnder: memory.growthMb === null || memory.growthMb < MAX_GROWTH_MB,
      limitedAtThreshold: first.status === 200 && past.counts[200] === remaining && past.counts[429] === 50,
      forgedHeaderIgnored: forged.counts[429] === 100,
      healthzNeverLimited: healthz.status === 200,
      problemJson429:
        sample !== null && /^application\/problem\+json/.test(sample.contentType ?? '') && sample.retryAfter !== null,
    };
    const failed = Object.entries(checks)
      .filter(([, ok]) => !ok)
      .map(([name]) => name);
    console.log(
      failed.length === 0 ? 'reliability load: every bound held' : `reliability load: FAILED ${failed.join(', ')}`,
    );
    await writeResults('reliability-load', {
      bundle: bundle.version,
      corpusPresent: summary.corpusPresent,
      connections,
      durationSeconds: duration,
      warmupSeconds: warmup,
      endpoints: perEndpoint,
      totals,
      memory,
      maxGrowthMb: MAX_GROWTH_MB,
      rateLimit,
      checks,
    });
    return failed.length === 0 ? 0 : 1;
  } finally {
    for (const server of servers) await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
