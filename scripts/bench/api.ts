/**
 * npm run bench -- api [--duration 4] [--rounds 3] [--connections 50] [--warmup 1]
 *
 * The HTTP API under load (autocannon, 50 connections, no pipelining) on its main endpoints, each beside two
 * references measured in the same session on the same bytes: a bare Express 5 handler sending the identical
 * precomputed body (the framework's floor) and a bare node:http server sending it (the ceiling). The atlas runs as
 * `npm start` runs it (server/src/main.ts: logging at info, rate limiting, security headers, request ids), only
 * with a rate limit no benchmark reaches. Every server runs in its own process; the load generator in this one.
 * Reports requests/s, p50 and p99 latency, and the ratios to both references (targets: ≥ 0.8 of bare Express on
 * cacheable answers, p99 < 50 ms), and each server's CPU time per request (from /proc, where there is one): on a
 * shared machine throughput drifts with the neighbours' load, CPU per request much less. The three servers are
 * measured in turn, `rounds` times over, and each figure is the median of its rounds. Prints a table and writes
 * bench/results/api.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { runIngest } from '../../server/src/ingest/ingest.ts';
import { printTable, writeResults } from './results.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const endpoints = [
  '/api/meta',
  '/api/actors',
  '/api/graph',
  '/api/actors/cloudwatt',
  '/api/search?q=cloud',
  '/api/timeline',
];
const targets = { ratioToExpress: 0.8, p99Ms: 50 };
type ServerName = 'atlas' | 'express' | 'node';

interface Measure {
  requestsPerSecond: number;
  /** Server CPU time (user + system) per request, µs; null where /proc is not there. */
  cpuMicrosPerRequest: number | null;
  p50Ms: number;
  p99Ms: number;
  bytesPerResponse: number;
  requests: number;
  non2xx: number;
  errors: number;
}

function startProcess(args: string[], env: Record<string, string>, ready: RegExp, stream: 'stdout' | 'stderr') {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', stream === 'stdout' ? 'pipe' : 'ignore', stream === 'stderr' ? 'pipe' : 'ignore'],
  });
  return new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    let output = '';
    const source = stream === 'stdout' ? child.stdout! : child.stderr!;
    source.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        source.removeAllListeners('data');
        source.resume();
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${output}`)));
  });
}

function fetchBody(port: number, urlPath: string): Promise<{ contentType: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`${urlPath}: ${res.statusCode}`));
          else resolve({ contentType: String(res.headers['content-type']), bytes: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

/** CPU time (user + system) a process has used, in µs, from /proc; null where there is no /proc. */
async function cpuMicros(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the file, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

async function load(
  port: number,
  pid: number,
  urlPath: string,
  seconds: number,
  connections: number,
): Promise<Measure> {
  const cpuBefore = await cpuMicros(pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${urlPath}`,
    connections,
    duration: seconds,
    pipelining: 1,
  });
  const cpuAfter = await cpuMicros(pid);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    cpuMicrosPerRequest:
      cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) / result.requests.total),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The median of each figure over the rounds. */
function medianMeasure(runs: Measure[]): Measure {
  const cpu = runs.map((r) => r.cpuMicrosPerRequest).filter((v): v is number => v !== null);
  return {
    requestsPerSecond: Math.round(median(runs.map((r) => r.requestsPerSecond))),
    cpuMicrosPerRequest: cpu.length === runs.length ? Math.round(median(cpu)) : null,
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    bytesPerResponse: runs[0]!.bytesPerResponse,
    requests: runs.reduce((n, r) => n + r.requests, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

export default async function bench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '4' },
      rounds: { type: 'string', default: '3' },
      connections: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '1' },
    },
    strict: true,
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const warmup = Number(values.warmup);
  const rounds = Number(values.rounds);

  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-api-'));
  const children: ChildProcess[] = [];
  try {
    const { bundleJson, bundle } = await runIngest({
      kbDir: path.join(repoRoot, 'data/kb'),
      manifestPath: path.join(repoRoot, 'data/corpus/manifest.json'),
      corpusDir: path.resolve(repoRoot, process.env.CORPUS_DIR ?? '../shared/corpus'),
      outDir: undefined,
    });
    await writeFile(path.join(dir, 'bundle.json'), bundleJson);

    const atlas = await startProcess(
      ['--import', 'tsx', 'server/src/main.ts', '--no-build', '--no-ingest'],
      { BUILD_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_MAX: '1000000000' },
      /listening on http:\/\/127\.0\.0\.1:(\d+)/,
      'stderr',
    );
    children.push(atlas.child);

    // The references serve the very bytes the atlas answers.
    const bodies = [];
    for (const endpoint of endpoints) {
      const { contentType, bytes } = await fetchBody(atlas.port, endpoint);
      bodies.push({ path: endpoint.split('?')[0]!, contentType, base64: bytes.toString('base64') });
    }
    const bodiesFile = path.join(dir, 'bodies.json');
    await writeFile(bodiesFile, JSON.stringify(bodies));
    const reference = (mode: 'express' | 'node') =>
      startProcess(['--import', 'tsx', 'scripts/bench/api-reference.ts', mode, bodiesFile], {}, /port (\d+)/, 'stdout');
    const expressRef = await reference('express');
    children.push(expressRef.child);
    const nodeRef = await reference('node');
    children.push(nodeRef.child);
    const servers: Record<ServerName, { port: number; pid: number }> = {
      atlas: { port: atlas.port, pid: atlas.child.pid! },
      express: { port: expressRef.port, pid: expressRef.child.pid! },
      node: { port: nodeRef.port, pid: nodeRef.child.pid! },
    };

    console.log(
      `bundle ${bundle.version}; ${connections} connections; per endpoint, ${rounds} rounds of node, express, atlas, ${duration} s each after ${warmup} s of warm-up; servers in their own processes`,
    );
    const results: Record<string, Record<ServerName, Measure>> = {};
    for (const endpoint of endpoints) {
      const runs: Record<ServerName, Measure[]> = { node: [], express: [], atlas: [] };
      for (let round = 0; round < rounds; round++) {
        for (const name of ['node', 'express', 'atlas'] as const) {
          const { port, pid } = servers[name];
          if (warmup > 0) await load(port, pid, endpoint, warmup, connections);
          const measure = await load(port, pid, endpoint, duration, connections);
          if (measure.non2xx > 0 || measure.errors > 0) {
            throw new Error(`${name} ${endpoint}: ${measure.non2xx} non-2xx answers, ${measure.errors} errors`);
          }
          runs[name].push(measure);
        }
      }
      results[endpoint] = {
        node: medianMeasure(runs.node),
        express: medianMeasure(runs.express),
        atlas: medianMeasure(runs.atlas),
      };
      process.stderr.write(`bench api: ${endpoint} done\n`);
    }

    const rows: (string | number)[][] = [];
    const summary = endpoints.map((endpoint) => {
      const m = results[endpoint]!;
      const ratioToExpress = m.atlas.requestsPerSecond / m.express.requestsPerSecond;
      const ratioToNode = m.atlas.requestsPerSecond / m.node.requestsPerSecond;
      const cpuRatio =
        m.atlas.cpuMicrosPerRequest && m.express.cpuMicrosPerRequest
          ? m.atlas.cpuMicrosPerRequest / m.express.cpuMicrosPerRequest
          : null;
      rows.push([
        endpoint,
        m.atlas.bytesPerResponse,
        m.atlas.requestsPerSecond,
        m.express.requestsPerSecond,
        m.node.requestsPerSecond,
        ratioToExpress.toFixed(2),
        ratioToNode.toFixed(2),
        m.atlas.p50Ms,
        m.atlas.p99Ms,
        m.express.p99Ms,
        m.atlas.cpuMicrosPerRequest ?? '-',
        m.express.cpuMicrosPerRequest ?? '-',
        m.node.cpuMicrosPerRequest ?? '-',
        cpuRatio === null ? '-' : cpuRatio.toFixed(2),
      ]);
      return {
        endpoint,
        ratioToExpress: Number(ratioToExpress.toFixed(3)),
        ratioToNode: Number(ratioToNode.toFixed(3)),
        cpuPerRequestToExpress: cpuRatio === null ? null : Number(cpuRatio.toFixed(3)),
        meetsTargets: ratioToExpress >= targets.ratioToExpress && m.atlas.p99Ms < targets.p99Ms,
        ...m,
      };
    });
    printTable(
      [
        'endpoint',
        'bytes',
        'atlas req/s',
        'express req/s',
        'node req/s',
        '÷express',
        '÷node',
        'p50 ms',
        'p99 ms',
        'express p99',
        'atlas µs cpu',
        'express µs',
        'node µs',
        'cpu ×express',
      ],
      rows,
    );
    const met = summary.filter((s) => s.meetsTargets).length;
    console.log(
      `targets (≥ ${targets.ratioToExpress} of bare Express, p99 < ${targets.p99Ms} ms): met on ${met} of ${summary.length} endpoints`,
    );
    await writeResults('api', {
      bundle: bundle.version,
      connections,
      durationSeconds: duration,
      rounds,
      targets,
      endpoints: summary,
    });
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}
