/**
 * npm run bench -- store [--sizes small,large] [--samples 1000] [--graphology]
 * npm run bench -- store --neo4j [--samples 100]     (embedded and Neo4j side by side: store-neo4j.ts)
 *
 * The embedded store on synthetic bundles: 10,000 actors / 100,000 relations ("small") and 100,000 actors /
 * 1,000,000 relations ("large"). Measures load time, heap and RSS after load, the whole-graph metrics (computed
 * lazily, at the first query returning graph nodes), and p50/p95 of a depth-2 neighbourhood, a shortest path, a
 * search and an "as of" subgraph over one actor kind. Prints a table and writes bench/results/store.json.
 * --graphology also times building a graphology MultiDirectedGraph edge by edge, the load path this store avoids.
 *
 * Each size runs in a child process (its memory is its own). The large size needs a large heap: the npm script runs
 * node with --max-old-space-size=4096 --expose-gc, and the children inherit those flags.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import seedrandom from 'seedrandom';
import { actorKinds, type Bundle } from '../../server/src/domain/model.ts';
import { EmbeddedGraphStore } from '../../server/src/store/embedded/embedded-store.ts';
import { printTable, writeResults } from './results.ts';
import { syntheticBundle } from './synthetic-bundle.ts';

const self = fileURLToPath(import.meta.url);

const sizes = {
  small: { actors: 10_000, relations: 100_000 },
  large: { actors: 100_000, relations: 1_000_000 },
} as const;
type SizeName = keyof typeof sizes;

/** Targets at the large size. */
const targets = { loadMs: 15_000, heapBytes: 2 * 2 ** 30, neighbourhoodP95: 5, searchP95: 10 };

interface Timing {
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

interface SizeResult {
  size: SizeName;
  actors: number;
  relations: number;
  generateMs: number;
  loadMs: number;
  metricsMs: number;
  heapBundleMiB: number;
  heapAfterLoadMiB: number;
  rssAfterLoadMiB: number;
  heapAfterMetricsMiB: number;
  graphologyBuildMs: number | null;
  queries: Record<string, Timing & { meanResult: number }>;
}

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const round = (ms: number) => Math.round(ms * 1000) / 1000;

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(samples: number, run: (i: number) => Promise<number>): Promise<Timing & { meanResult: number }> {
  const warmup = Math.min(50, samples);
  for (let i = 0; i < warmup; i++) await run(i + samples);
  const durations: number[] = [];
  let results = 0;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    results += await run(i);
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return {
    p50: round(percentile(durations, 50)),
    p95: round(percentile(durations, 95)),
    max: round(durations.at(-1)!),
    samples,
    meanResult: Math.round((results / samples) * 10) / 10,
  };
}

function graphologyBuild(bundle: Bundle): number {
  const started = performance.now();
  const graph = new MultiDirectedGraph();
  for (const actor of bundle.actors) graph.addNode(actor.id);
  for (const relation of bundle.relations) graph.addEdgeWithKey(relation.id, relation.from, relation.to);
  const elapsed = performance.now() - started;
  if (graph.size !== bundle.relations.length) throw new Error('graphology lost edges');
  return elapsed;
}

async function benchSize(name: SizeName, samples: number, withGraphology: boolean): Promise<SizeResult> {
  const size = sizes[name];
  const before = memory();
  let started = performance.now();
  let bundle: Bundle | null = syntheticBundle({ ...size, seed: `bench-${name}` });
  const generateMs = performance.now() - started;
  const withBundle = memory();

  const graphologyBuildMs = withGraphology ? graphologyBuild(bundle) : null;
  memory();

  const store = new EmbeddedGraphStore({ metrics: 'lazy' });
  started = performance.now();
  await store.load(bundle);
  const loadMs = performance.now() - started;
  const afterLoad = memory();

  const rng = seedrandom(`queries-${name}`);
  const int = (n: number) => Math.floor(rng() * n);
  const actorIds = bundle.actors.map((a) => a.id);
  const randomActor = () => actorIds[int(actorIds.length)]!;

  // The first query returning graph nodes computes the whole-graph metrics (domain/metrics.ts).
  started = performance.now();
  await store.neighbourhood({ id: randomActor(), depth: 1 });
  const metricsMs = performance.now() - started;
  const afterMetrics = memory();

  // Search terms: a word of a random actor's name, cut to 4-8 letters half of the time (a prefix as typed).
  const terms = Array.from({ length: samples + 100 }, () => {
    const word = bundle!.actors[int(bundle!.actors.length)]!.name.split(' ')[int(2)]!;
    return rng() < 0.5 ? word.slice(0, 4 + int(5)) : word;
  });
  const days = Array.from({ length: 200 }, () => `${1995 + int(35)}-${String(1 + int(12)).padStart(2, '0')}-15`);
  const queries: SizeResult['queries'] = {};
  queries['neighbourhood depth 2'] = await time(samples, async () => {
    const result = await store.neighbourhood({ id: randomActor(), depth: 2 });
    return result!.nodes.length;
  });
  queries['neighbourhood depth 2, asOf + 4 types'] = await time(samples, async (i) => {
    const result = await store.neighbourhood({
      id: randomActor(),
      depth: 2,
      asOf: days[i % days.length],
      relationTypes: ['owns', 'founded', 'partner-of', 'funds'],
    });
    return result!.nodes.length;
  });
  queries['shortest paths (max 4 hops)'] = await time(samples, async () => {
    const paths = await store.shortestPaths({ from: randomActor(), to: randomActor() });
    return paths.length;
  });
  queries['search (name words, prefixes)'] = await time(samples, async (i) => {
    const hits = await store.search(terms[i]!);
    return hits.length;
  });
  queries['search (common word)'] = await time(Math.min(samples, 100), async (i) => {
    const hits = await store.search(['cloud', 'souverain', 'security', 'projet'][i % 4]!);
    return hits.length;
  });
  queries['actors(text) substring'] = await time(Math.min(samples, 200), async (i) => {
    const page = await store.actors({ text: terms[i]!.slice(0, 4) });
    return page.total;
  });
  queries['subgraph asOf, one kind'] = await time(Math.min(samples, 200), async (i) => {
    const subgraph = await store.subgraph({ asOf: days[i % days.length], kinds: [actorKinds[i % actorKinds.length]!] });
    return subgraph.edges.length;
  });

  const result: SizeResult = {
    size: name,
    ...size,
    generateMs: Math.round(generateMs),
    loadMs: Math.round(loadMs),
    metricsMs: Math.round(metricsMs),
    heapBundleMiB: mib(withBundle.heapUsed - before.heapUsed),
    heapAfterLoadMiB: mib(afterLoad.heapUsed),
    rssAfterLoadMiB: mib(afterLoad.rss),
    heapAfterMetricsMiB: mib(afterMetrics.heapUsed),
    graphologyBuildMs: graphologyBuildMs === null ? null : Math.round(graphologyBuildMs),
    queries,
  };
  await store.close();
  bundle = null;
  memory();
  return result;
}

function printResults(results: SizeResult[]) {
  const headers = ['', ...results.map((r) => `${r.size} ${r.actors / 1000}k/${r.relations / 1000}k`)];
  if (results.length === 2) headers.push('growth');
  const rows: string[][] = [];
  const add = (label: string, values: number[], unit: string) => {
    const row = [label, ...values.map((v) => `${v} ${unit}`)];
    if (values.length === 2) row.push(values[0]! > 0 ? `×${(values[1]! / values[0]!).toFixed(1)}` : '');
    rows.push(row);
  };
  add(
    'generate bundle',
    results.map((r) => r.generateMs),
    'ms',
  );
  add(
    'load',
    results.map((r) => r.loadMs),
    'ms',
  );
  add(
    'metrics (lazy, 1st graph query)',
    results.map((r) => r.metricsMs),
    'ms',
  );
  if (results.every((r) => r.graphologyBuildMs !== null)) {
    add(
      'graphology addEdge build (compare)',
      results.map((r) => r.graphologyBuildMs!),
      'ms',
    );
  }
  add(
    'heap: bundle alone',
    results.map((r) => r.heapBundleMiB),
    'MiB',
  );
  add(
    'heap after load',
    results.map((r) => r.heapAfterLoadMiB),
    'MiB',
  );
  add(
    'RSS after load',
    results.map((r) => r.rssAfterLoadMiB),
    'MiB',
  );
  add(
    'heap after metrics',
    results.map((r) => r.heapAfterMetricsMiB),
    'MiB',
  );
  for (const query of Object.keys(results[0]!.queries)) {
    add(
      `${query} p50`,
      results.map((r) => r.queries[query]!.p50),
      'ms',
    );
    add(
      `${query} p95`,
      results.map((r) => r.queries[query]!.p95),
      'ms',
    );
  }
  printTable(headers, rows);
}

function verdict(large: SizeResult): Record<string, boolean> {
  return {
    load: large.loadMs < targets.loadMs,
    memory: Math.max(large.heapAfterLoadMiB, large.rssAfterLoadMiB) < mib(targets.heapBytes),
    neighbourhood: large.queries['neighbourhood depth 2']!.p95 < targets.neighbourhoodP95,
    search: large.queries['search (name words, prefixes)']!.p95 < targets.searchP95,
  };
}

function growth(small: SizeResult, large: SizeResult): Record<string, number> {
  const ratio = (a: number, b: number) => Math.round((b / a) * 10) / 10;
  const figures: Record<string, number> = {
    load: ratio(small.loadMs, large.loadMs),
    heapAfterLoad: ratio(small.heapAfterLoadMiB, large.heapAfterLoadMiB),
  };
  for (const query of Object.keys(small.queries)) {
    figures[`${query} p95`] = ratio(small.queries[query]!.p95, large.queries[query]!.p95);
  }
  return figures;
}

const options = {
  sizes: { type: 'string', default: 'small,large' },
  samples: { type: 'string', default: '1000' },
  graphology: { type: 'boolean', default: false },
  child: { type: 'string' },
} as const;

export default async function storeBenchmark(args: string[]): Promise<void> {
  // --neo4j: the embedded store and a real Neo4j side by side (store-neo4j.ts).
  if (args.includes('--neo4j')) return (await import('./store-neo4j.ts')).default(args);
  const { values } = parseArgs({ args, options, strict: true });
  const names = values.sizes.split(',').map((s) => s.trim()) as SizeName[];
  for (const name of names) if (!(name in sizes)) throw new Error(`unknown size "${name}" (small, large)`);

  // Each size runs in its own process, so that its heap and RSS are its own.
  const results: SizeResult[] = [];
  for (const name of names) {
    console.error(`bench store: ${name} (${sizes[name].actors} actors, ${sizes[name].relations} relations)…`);
    const childArgs = [
      self,
      '--child',
      name,
      '--samples',
      values.samples,
      ...(values.graphology ? ['--graphology'] : []),
    ];
    const output = execFileSync(process.execPath, [...process.execArgv, ...childArgs], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 2 ** 20,
    });
    results.push(JSON.parse(output.trim().split('\n').pop()!) as SizeResult);
  }
  printResults(results);
  const small = results.find((r) => r.size === 'small');
  const large = results.find((r) => r.size === 'large');
  const met = large ? verdict(large) : null;
  if (met) {
    console.log(
      `targets at 100k/1M: load < ${targets.loadMs / 1000} s ${met.load ? 'met' : 'MISSED'}; ` +
        `heap and RSS < ${mib(targets.heapBytes)} MiB ${met.memory ? 'met' : 'MISSED'}; ` +
        `neighbourhood p95 < ${targets.neighbourhoodP95} ms ${met.neighbourhood ? 'met' : 'MISSED'}; ` +
        `search p95 < ${targets.searchP95} ms ${met.search ? 'met' : 'MISSED'}`,
    );
  }
  await writeResults('store', { targets, results, growth: small && large ? growth(small, large) : null, met });
}

if (process.argv[2] === '--child') {
  const { values } = parseArgs({ args: process.argv.slice(2), options, strict: true });
  if (!(globalThis as { gc?: unknown }).gc)
    console.error('bench store: run node with --expose-gc for exact heap figures');
  const result = await benchSize(values.child as SizeName, Number(values.samples), values.graphology);
  console.log(JSON.stringify(result));
}
