import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real Neo4j Community engine, run by the project itself without a container engine: Maven fetches the jars
 * named in pom.xml (beside this file) from Maven Central into a cache outside the repository, javac compiles
 * Launcher.java against them into the same cache, and `java` runs it: Bolt on 127.0.0.1, authentication on.
 * The cache is keyed by the contents of pom.xml and Launcher.java, so a change to either fetches or compiles again.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const pomPath = path.join(here, 'pom.xml');
const launcherPath = path.join(here, 'Launcher.java');

export const NEO4J_USER = 'neo4j';

/** The project's cache of tools fetched on first use, outside the repository: the user's cache directory. */
export function atlasCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'sovereign-atlas');
}

/** Where the jars and the compiled launcher live: NEO4J_ENGINE_CACHE, else neo4j/ in the project's cache. */
export function cacheDir(): string {
  if (process.env.NEO4J_ENGINE_CACHE) return path.resolve(process.env.NEO4J_ENGINE_CACHE);
  return path.join(atlasCacheDir(), 'neo4j');
}

/** Thrown when a tool the engine needs is missing: the message is the one line to show. */
export class MissingToolError extends Error {}

function requireTool(command: string, args: string[], what: string) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      `neo4j: ${what} is needed to run Neo4j here and \`${command}\` was not found or failed; install it (e.g. apt-get install openjdk-17-jdk-headless maven) or use Docker (docs/neo4j.md)`,
    );
  }
}

async function hashOf(...files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

function runOrThrow(command: string, args: string[], cwd: string, what: string) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`neo4j: ${what} failed (${command} exited ${result.status ?? result.signal})`);
}

export interface Engine {
  /** The Java class path: the compiled launcher and every jar of the engine. */
  classPath: string;
}

/** Checks Java and Maven, fetches the jars and compiles the launcher when the cache does not hold them yet. */
export async function prepareEngine(log: (line: string) => void = () => {}): Promise<Engine> {
  requireTool('java', ['-version'], 'Java 17 or newer');
  requireTool('javac', ['-version'], 'a JDK (javac)');
  const cache = cacheDir();
  const lib = path.join(cache, `lib-${await hashOf(pomPath)}`);
  if (!existsSync(lib)) {
    requireTool('mvn', ['-v'], 'Maven');
    log(`neo4j: fetching the Neo4j jars with Maven into ${lib} (once)`);
    await mkdir(cache, { recursive: true });
    const partial = await mkdtemp(`${lib}.partial-`);
    runOrThrow(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        pomPath,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${partial}`,
        '-DincludeScope=runtime',
      ],
      cache,
      'fetching the Neo4j jars',
    );
    await rename(partial, lib);
  }
  const classes = path.join(cache, `classes-${await hashOf(pomPath, launcherPath)}`);
  if (!existsSync(path.join(classes, 'Launcher.class'))) {
    const partial = await mkdtemp(`${classes}.partial-`);
    runOrThrow(
      'javac',
      ['-nowarn', '-d', partial, '-cp', path.join(lib, '*'), launcherPath],
      cache,
      'compiling Launcher.java',
    );
    await rm(classes, { recursive: true, force: true });
    await rename(partial, classes);
  }
  return { classPath: [classes, path.join(lib, '*')].join(path.delimiter) };
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The environment the server and the tests read (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD). */
  env: Record<string, string>;
  /** Resolves when the engine has exited, for whatever reason. */
  exited: Promise<number | null>;
  /** Stops the engine cleanly (SIGTERM, the databases shut down) and waits for it. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Directory for the databases and logs; a fresh temporary one (removed at stop) when unset. */
  home?: string;
  /** Bolt port; 0 (default): any free port. */
  port?: number;
  /** Password of the user neo4j; a random one when unset. */
  password?: string;
  /** Lines the engine writes to its standard error go here (default: dropped; its logs are in HOME/logs). */
  onStderr?: (chunk: string) => void;
  log?: (line: string) => void;
}

const READY = /^neo4j ready (bolt:\/\/\S+)$/m;
const START_TIMEOUT_MS = 180_000;

/** Starts Neo4j and resolves once Bolt accepts the password; the engine stops when this process exits. */
export async function startNeo4j(options: StartOptions = {}): Promise<RunningNeo4j> {
  const engine = await prepareEngine(options.log);
  const temporary = options.home === undefined;
  const home = options.home ?? (await mkdtemp(path.join(os.tmpdir(), 'atlas-neo4j-')));
  await mkdir(home, { recursive: true });
  const password = options.password ?? randomBytes(12).toString('hex');
  const javaOptions = (process.env.NEO4J_JAVA_OPTS ?? '-Xms256m -Xmx1g').split(/\s+/).filter(Boolean);
  const child = spawn(
    'java',
    [
      ...javaOptions,
      '-cp',
      engine.classPath,
      'Launcher',
      home,
      String(options.port ?? 0),
      password,
      ...(temporary ? ['--temporary'] : []),
    ],
    // Standard input stays a pipe held by this process: when it exits, the launcher sees the end and stops.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4_000);
    options.onStderr?.(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // The launcher deletes a temporary home itself, even when this process is killed; this covers a launcher killed.
  const cleanUp = async () => {
    if (temporary) await rm(home, { recursive: true, force: true });
  };
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      await cleanUp();
    })());

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`neo4j: not ready after ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    const check = () => {
      const match = READY.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`neo4j: the engine exited (${code}) before it was ready; see ${home}/logs\n${stderr}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  return {
    uri,
    user: NEO4J_USER,
    password,
    env: { NEO4J_URI: uri, NEO4J_USER, NEO4J_PASSWORD: password },
    exited,
    stop,
  };
}
