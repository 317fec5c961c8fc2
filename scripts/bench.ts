#!/usr/bin/env tsx
/**
 * npm run bench [-- <name> [options]]
 *   Runs one registered benchmark by name, or every one when no name is given. Each benchmark is a module under
 *   scripts/bench/ whose default export takes the remaining arguments; add one by adding a line to `benchmarks`.
 * Exit codes: 0 done, 2 unknown benchmark.
 */

type Benchmark = () => Promise<{ default: (args: string[]) => Promise<void> }>;

const benchmarks: Record<string, Benchmark> = {
  ingest: () => import('./bench/ingest.ts'),
  store: () => import('./bench/store.ts'),
  api: () => import('./bench/api.ts'),
  ui: () => import('./bench/ui.ts'),
  extract: () => import('./bench/extract.ts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    for (const [each, load] of Object.entries(benchmarks)) {
      console.log(`# bench ${each}`);
      await (await load()).default([]);
    }
    return 0;
  }
  const load = benchmarks[name];
  if (!load) {
    console.error(`bench: no benchmark "${name}"; known: ${Object.keys(benchmarks).join(', ')}`);
    return 2;
  }
  await (await load()).default(args);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

export {};
