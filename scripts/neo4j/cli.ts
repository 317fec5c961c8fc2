#!/usr/bin/env tsx
/**
 * npm run neo4j
 *   Starts the real Neo4j Community engine (engine.ts) on 127.0.0.1:7687 (NEO4J_PORT to change it) with its
 *   databases kept in the cache directory, and prints the URI, user and password to give `npm start`. Ctrl-C stops it.
 * npm run neo4j:test [-- vitest arguments]
 *   Starts a fresh, empty one on a free port, runs every test that needs a live Neo4j against it (with NEO4J_URI set,
 *   none of them may skip), and stops it.
 * Exit codes: 0 done, 1 tests failed or skipped, or the engine failed, 2 Java, javac or Maven missing.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cacheDir, MissingToolError, startNeo4j, type RunningNeo4j } from './engine.ts';

/** The test files that need a live Neo4j: each skips, saying so, without NEO4J_URI. */
export const liveNeo4jTests = [
  'tests/neo4j/contract.test.ts',
  'tests/neo4j/loader.test.ts',
  'tests/neo4j/api-parity.test.ts',
  'tests/api/store-faults.test.ts',
];

/** At least this many tests must pass against the live database for the run to count. */
const MIN_LIVE_TESTS = 100;

const DEV_PASSWORD = 'atlas-dev-password';

let stopRequested = false;

function stopOnSignals(neo4j: RunningNeo4j) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopRequested = true;
      console.error(`neo4j: stopping (${signal})`);
      void neo4j.stop().then(() => process.exit(0));
    });
  }
}

async function serve(): Promise<number> {
  const port = Number(process.env.NEO4J_PORT ?? 7687);
  const password = process.env.NEO4J_PASSWORD ?? DEV_PASSWORD;
  const neo4j = await startNeo4j({
    home: path.join(cacheDir(), 'home'),
    port,
    password,
    log: (line) => console.error(line),
  });
  stopOnSignals(neo4j);
  console.log(`Neo4j ${neo4j.uri} is ready (user ${neo4j.user}, password ${neo4j.password}); in another terminal:`);
  console.log(`  NEO4J_URI=${neo4j.uri} NEO4J_PASSWORD=${neo4j.password} npm start`);
  console.log(`Data kept in ${path.join(cacheDir(), 'home')}; Ctrl-C stops it.`);
  const code = await neo4j.exited;
  if (stopRequested) return 0;
  console.error(
    `neo4j: the engine exited by itself (${code}); its logs are in ${path.join(cacheDir(), 'home', 'logs')}`,
  );
  return 1;
}

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

async function test(extraArgs: string[]): Promise<number> {
  const started = performance.now();
  const neo4j = await startNeo4j({ log: (line) => console.error(line) });
  stopOnSignals(neo4j);
  console.error(`neo4j:test: Neo4j ready at ${neo4j.uri} in ${Math.round(performance.now() - started)} ms`);
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-neo4j-test-'));
  const reportPath = path.join(reportDir, 'vitest.json');
  try {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        'npx',
        [
          'vitest',
          'run',
          '--project',
          'integration',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${reportPath}`,
          ...liveNeo4jTests,
          ...extraArgs,
        ],
        { stdio: 'inherit', env: { ...process.env, ...neo4j.env } },
      );
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as VitestReport;
    const skipped = report.numPendingTests + report.numTodoTests;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`neo4j:test: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
    console.log(`neo4j:test: against Neo4j ${neo4j.uri}, ${seconds} s from start to end, engine start included`);
    if (code !== 0 || report.numFailedTests > 0) return 1;
    if (skipped > 0) {
      console.error('neo4j:test: with a live Neo4j no test may skip');
      return 1;
    }
    if (report.numPassedTests < MIN_LIVE_TESTS) {
      console.error(
        `neo4j:test: only ${report.numPassedTests} tests ran against Neo4j, at least ${MIN_LIVE_TESTS} expected`,
      );
      return 1;
    }
    return 0;
  } finally {
    await neo4j.stop();
    await rm(reportDir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'serve') return await serve();
    if (command === 'test') return await test(rest);
    console.error('usage: tsx scripts/neo4j/cli.ts serve|test [vitest arguments]');
    return 2;
  } catch (error) {
    if (error instanceof MissingToolError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
