#!/usr/bin/env tsx
/**
 * npm run schemathesis [-- schemathesis options]
 *   An outside check of the API: schemathesis (an OpenAPI fuzzer, from PyPI) reads the running server's
 *   /api/openapi.json and attacks every operation, once with the embedded store and once with Neo4j (the real engine,
 *   started by scripts/neo4j/engine.ts unless NEO4J_URI names one). Every answer must be no server error and
 *   conform to the document: status code, media type, body schema and headers. Schemathesis is installed on first
 *   use into a virtual environment in the project's cache (outside the repository).
 * Exit codes: 0 both stores pass, 1 a check failed or the server would not start, 2 Python, Java or Maven missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { atlasCacheDir, MissingToolError, startNeo4j, type RunningNeo4j } from './neo4j/engine.ts';

const SCHEMATHESIS_VERSION = '4.32.5';
/** Examples per operation and phase: enough to reach every parameter's edge cases, bounded to a few minutes. */
const MAX_EXAMPLES = process.env.SCHEMATHESIS_MAX_EXAMPLES ?? '40';
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
];

function ensureSchemathesis(): string {
  const venv = path.join(atlasCacheDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const st = path.join(venv, 'bin', 'st');
  if (existsSync(st)) return st;
  const python = spawnSync('python3', ['-m', 'venv', '--help'], { stdio: 'ignore' });
  if (python.error || python.status !== 0)
    throw new MissingToolError('schemathesis: Python 3 with venv is needed (apt-get install python3-venv)');
  console.error(`schemathesis: installing schemathesis ${SCHEMATHESIS_VERSION} into ${venv} (once)`);
  // `st` appears only once pip has installed everything: an interrupted install is simply run again.
  for (const [command, args] of [
    ['python3', ['-m', 'venv', venv]],
    [path.join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`]],
  ] as const) {
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`schemathesis: ${command} ${args.join(' ')} failed`);
  }
  return st;
}

interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '100000000', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = performance.now() + 180_000;
  for (;;) {
    const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
    if (url) {
      // Ready once the store holds the bundle (Neo4j is loaded at start).
      const ready = await fetch(`${url}/readyz`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ready) return { url, stop };
    }
    if (child.exitCode !== null) throw new Error(`schemathesis: the server exited (${child.exitCode}):\n${stderr}`);
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`schemathesis: the server was not ready within 180 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function runSchemathesis(st: string, url: string, extraArgs: string[]): Promise<number | null> {
  const args = [
    'run',
    `${url}/api/openapi.json`,
    '--url',
    url,
    '--checks',
    CHECKS.join(','),
    '--max-examples',
    MAX_EXAMPLES,
    '--phases',
    'examples,coverage,fuzzing',
    '--no-color',
    ...extraArgs,
  ];
  return new Promise((resolve) => {
    // Run from its own environment: schemathesis keeps an example database (.schemathesis/) in its working directory.
    const child = spawn(st, args, { stdio: 'inherit', cwd: path.dirname(path.dirname(st)) });
    child.once('exit', (code) => resolve(code));
  });
}

async function main(extraArgs: string[]): Promise<number> {
  let neo4j: RunningNeo4j | null = null;
  try {
    const st = ensureSchemathesis();
    const neo4jEnv: Record<string, string> = process.env.NEO4J_URI
      ? {}
      : (neo4j = await startNeo4j({ log: (line) => console.error(line) })).env;
    const results: [string, number | null, number][] = [];
    for (const [store, env] of [
      // An empty NEO4J_URI counts as unset: the embedded store serves.
      ['embedded', { NEO4J_URI: '' }],
      ['neo4j', { ...neo4jEnv, NEO4J_GRAPH: 'schemathesis' }],
    ] as const) {
      const started = performance.now();
      const server = await startServer(env);
      console.error(`schemathesis: ${store} store, server at ${server.url}`);
      try {
        results.push([store, await runSchemathesis(st, server.url, extraArgs), performance.now() - started]);
      } finally {
        await server.stop();
      }
    }
    for (const [store, code, ms] of results)
      console.log(
        `schemathesis: ${store} store: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${(ms / 1000).toFixed(1)} s`,
      );
    return results.every(([, code]) => code === 0) ? 0 : 1;
  } catch (error) {
    if (error instanceof MissingToolError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await neo4j?.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
