#!/usr/bin/env tsx
/**
 * npm start [-- --no-build] [-- --no-ingest]
 *   The composition root: builds the explorer when client/dist is missing or older than client/src, ingests when
 *   the bundle is missing or older than its inputs (data/kb, the manifest, the corpus texts), loads the bundle into
 *   the graph store (embedded, or Neo4j when NEO4J_URI is set), and serves the API and the explorer on one port.
 *   --no-build   never build the explorer (serve it if it is there)
 *   --no-ingest  never ingest (serve the bundle there is)
 *   --curate     curator mode (`npm run curate`): on 127.0.0.1 only, with the review screen's routes under
 *                /api/review/ behind a one-time token printed at start (docs/curation.md)
 * Exit codes: 0 stopped by a signal, 1 no bundle to serve (or the server could not start), 2 bad configuration.
 * Human-readable lines go to standard error; the JSON log goes to standard output.
 */
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino, { type Logger } from 'pino';
import { randomBytes } from 'node:crypto';
import { createApp } from './api/app.ts';
import { Curator } from './curate/curator.ts';
import { curatorRouter } from './curate/routes.ts';
import type { BundleInfo } from './api/context.ts';
import { ConfigError, loadConfig, repoRoot, type Config } from './config.ts';
import { trackConnections } from './connections.ts';
import type { GraphStore } from './domain/graph-store.ts';
import type { Bundle } from './domain/model.ts';
import { runIngest } from './ingest/ingest.ts';
import { IngestValidationError } from './ingest/issues.ts';
import { displayPath } from './ingest/knowledge-base.ts';
import { noCorpusNotice, summaryLines, validationFailureLines } from './ingest/summary.ts';
import { buildClient, bundleStaleReason, clientBuildReason } from './startup.ts';
import { readBundleFile } from './shared-io/bundle-file.ts';
import { createGraphStore, type StoreKind } from './store/index.ts';

/** Past this, a shutdown stops waiting for in-flight requests and exits anyway. */
const SHUTDOWN_DEADLINE_MS = 9_000;
/** Longest a shutdown keeps taking connections the kernel had already completed before it closes the listener. */
const LISTEN_SETTLE_MS = 3_000;
/** How often a Neo4j store that was unreachable at start is tried again. */
const NEO4J_RETRY_MS = 10_000;

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number | null> {
  let args;
  try {
    args = parseArgs({
      options: {
        'no-build': { type: 'boolean', default: false },
        'no-ingest': { type: 'boolean', default: false },
        curate: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    say(`start: ${(error as Error).message}\nusage: npm start [-- --no-build] [-- --no-ingest] [-- --curate]`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      say(`start: ${error.message}`);
      return 2;
    }
    throw error;
  }

  if (args.curate && config.HOST !== '127.0.0.1') {
    say(`curate: the curator server listens on 127.0.0.1 only (HOST=${config.HOST} ignored)`);
    config = { ...config, HOST: '127.0.0.1' };
  }
  const curator = args.curate
    ? curatorFor(
        config,
        () => bundleInfo,
        () => store,
      )
    : null;
  if (curator) {
    const recovered = await curator.recover();
    if (recovered !== 'none') say(`curate: an interrupted decision was ${recovered} in ${displayPath(config.KB_DIR)}`);
  }

  const clientRoot = path.join(repoRoot, 'client');
  if (!args['no-build']) {
    const reason = await clientBuildReason(clientRoot);
    if (reason) {
      say(`start: building the explorer (${reason})`);
      if (!buildClient(repoRoot)) say('start: the explorer did not build; serving the API alone');
    }
  }

  const bundlePath = path.join(config.BUILD_DIR, 'bundle.json');
  if (!args['no-ingest']) {
    const reason = await bundleStaleReason({
      bundlePath,
      kbDir: config.KB_DIR,
      manifestPath: config.MANIFEST,
      corpusDir: config.CORPUS_DIR,
    });
    if (reason) {
      say(`start: ingesting (${reason})`);
      const ok = await ingest(config);
      if (!ok) {
        try {
          await stat(bundlePath);
          say(`start: the ingest failed; serving the previous bundle ${displayPath(bundlePath)}`);
        } catch {
          say('start: the ingest failed and there is no previous bundle to serve');
          return 1;
        }
      }
    }
  }

  let bundleInfo: BundleInfo;
  try {
    // The bundle first: when it is missing or broken, its reader says why (a race with the stat would say ENOENT).
    const bundle = await readBundleFile(bundlePath);
    const [info, bytes] = await Promise.all([stat(bundlePath), readFile(bundlePath)]);
    // The bytes are served as the JSON export, unless the file changed between the two reads.
    const json =
      (JSON.parse(bytes.toString('utf8')) as { version?: unknown }).version === bundle.version ? bytes : undefined;
    bundleInfo = { bundle, generatedAt: info.mtime, json };
  } catch (error) {
    say(`start: ${(error as Error).message}`);
    return 1;
  }

  const destination = pino.destination({ dest: 1, sync: false });
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'atlas' } }, destination);
  const { kind, store } = await createGraphStore(config);
  const stopSync = await loadStore(kind, store, bundleInfo.bundle, logger);

  const lifecycle = { shuttingDown: false };
  const clientDir = path.join(clientRoot, 'dist');
  const token = randomBytes(24).toString('base64url');
  const extraApiRoutes = curator ? curatorRouter(curator, token) : undefined;
  const app = createApp({ store, bundleInfo, config, logger, clientDir, lifecycle, extraApiRoutes });
  const server = http.createServer(app);
  const connections = trackConnections(server);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
  } catch (error) {
    say(`start: cannot listen on ${config.HOST}:${config.PORT}: ${(error as Error).message}`);
    await store.close();
    return 1;
  }
  const address = server.address() as net.AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info({ url, store: kind, version: bundleInfo.bundle.version }, 'listening');
  say(`start: serving the atlas (bundle ${bundleInfo.bundle.version}, ${kind} store) on ${url}`);
  say(`start: listening on ${url}`);
  if (curator) {
    say(`curate: one-time token for this run: ${token}`);
    say(`curate: review screen: ${url}/review#token=${token}`);
  }
  void prime(address, logger);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      say(`start: ${signal} again: exiting now`);
      destination.flushSync();
      process.exit(1);
    }
    stopping = true;
    lifecycle.shuttingDown = true;
    stopSync();
    say(`start: ${signal}: finishing the requests in flight, then stopping`);
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      say(`start: ${connections.busy()} connection(s) still busy at the deadline: closing them`);
      server.closeAllConnections();
      void finish(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    // No new connections (once those already queued are taken); idle connections close after a short grace, busy
    // ones as soon as their response is done. (http.Server#close would also call closeIdleConnections(), which cuts
    // responses that have ended but are still being flushed to a slow reader: stop listening with net.Server#close,
    // and let trackConnections do the rest.)
    connections.drain();
    closeListener();
  };
  /**
   * Stops listening, once the connections the kernel has already queued are taken: it completes a client's
   * connection before the server accepts it, and the client sends its request at once; closing the listener resets
   * every connection still queued, requests and all. libuv accepts one queued connection per turn of the event loop
   * (a busy loop lets them pile up), so the listener closes after the first turn that brings no new one (at most
   * LISTEN_SETTLE_MS after the signal, so that a stream of newcomers cannot keep it open).
   */
  const closeListener = () => {
    const until = performance.now() + LISTEN_SETTLE_MS;
    let seen = connections.accepted();
    // Scheduled from a setImmediate callback, a setImmediate runs on the next turn, after its I/O phase.
    const check = () => {
      const now = connections.accepted();
      if (now === seen || performance.now() > until) net.Server.prototype.close.call(server, () => void finish(0));
      else {
        seen = now;
        setImmediate(check);
      }
    };
    setImmediate(() => setImmediate(check));
  };
  let finished = false;
  const finish = async (code: number) => {
    if (finished) return;
    finished = true;
    await Promise.race([store.close(), new Promise((resolve) => setTimeout(resolve, 500).unref())]);
    logger.info({ code }, 'stopped');
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    destination.flushSync();
    process.exit(code);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  return null;
}

/** The curator (`--curate`): decisions reload the store and the bundle the API answers from. */
function curatorFor(config: Config, bundleInfo: () => BundleInfo, store: () => GraphStore): Curator {
  return new Curator({
    kbDir: config.KB_DIR,
    manifestPath: config.MANIFEST,
    corpusDir: config.CORPUS_DIR,
    buildDir: config.BUILD_DIR,
    onBundle: async (bundle, json) => {
      await store().load(bundle);
      const info = bundleInfo();
      Object.assign(info, { bundle, generatedAt: new Date(), json: Buffer.from(json) });
    },
  });
}

async function ingest(config: Config): Promise<boolean> {
  const started = performance.now();
  try {
    const { summary, bundle, bundlePath } = await runIngest({
      kbDir: config.KB_DIR,
      manifestPath: config.MANIFEST,
      corpusDir: config.CORPUS_DIR,
      outDir: config.BUILD_DIR,
    });
    if (!summary.corpusPresent) say(noCorpusNotice(config.CORPUS_DIR));
    for (const line of summaryLines(summary, bundlePath, bundle.version, performance.now() - started)) say(line);
    return true;
  } catch (error) {
    if (error instanceof IngestValidationError) {
      for (const line of validationFailureLines(error)) say(line);
      return false;
    }
    say(`ingest: ${(error as Error).message}`);
    return false;
  }
}

/**
 * Loads the bundle into the store. The embedded store loads in process. Neo4j is loaded only when it holds another
 * version; when it cannot be reached the server starts all the same (503 until it answers) and tries again.
 * Returns a function that stops the retries.
 */
async function loadStore(kind: StoreKind, store: GraphStore, bundle: Bundle, logger: Logger): Promise<() => void> {
  if (kind === 'embedded') {
    await store.load(bundle);
    return () => {};
  }
  let timer: NodeJS.Timeout | null = null;
  const sync = async (): Promise<void> => {
    try {
      const health = await store.health();
      if (health.version !== bundle.version) {
        say(`start: loading bundle ${bundle.version} into Neo4j (it holds ${health.version ?? 'none'})`);
        await store.load(bundle);
      }
      say(`start: Neo4j holds bundle ${bundle.version}`);
    } catch (error) {
      logger.warn({ err: error }, 'Neo4j unavailable');
      say(`start: Neo4j unavailable (${(error as Error).message}); answering 503 until it is, retrying`);
      timer = setTimeout(() => void sync(), NEO4J_RETRY_MS);
      timer.unref();
    }
  };
  await sync();
  return () => {
    if (timer) clearTimeout(timer);
  };
}

/** Computes the explorer's first answers (and their compressed forms) before anyone asks. */
async function prime(address: net.AddressInfo, logger: Logger): Promise<void> {
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  const paths = [
    '/api/meta',
    '/api/actors',
    '/api/graph',
    '/api/timeline',
    '/api/funding',
    '/api/sources',
    '/api/disputes',
  ];
  for (const urlPath of paths) {
    await new Promise<void>((resolve) => {
      const request = http.get(
        { host, port: address.port, path: urlPath, headers: { 'accept-encoding': 'br', 'x-request-id': 'prime' } },
        (response) => {
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', (error) => {
        logger.debug({ err: error, path: urlPath }, 'priming failed');
        resolve();
      });
    });
  }
}

const code = await main();
if (code !== null) process.exit(code);
