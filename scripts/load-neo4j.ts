#!/usr/bin/env tsx
/**
 * npm run load:neo4j [-- --bundle PATH] [-- --quiet]
 *   Loads a graph bundle (data/build/bundle.json by default) into Neo4j at NEO4J_URI, as the graph NEO4J_GRAPH
 *   (default "atlas"), and makes it the dataset readers see only once every count matches the bundle.
 *   Also reached by `npm run ingest -- --neo4j`, which loads the bundle it has just written.
 * Exit codes: 0 loaded, 1 Neo4j unavailable or the load failed (the previous dataset still serves),
 *   2 bad configuration or usage (NEO4J_URI unset, no bundle).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../server/src/config.ts';
import { StoreUnavailableError } from '../server/src/domain/graph-store.ts';
import type { Bundle } from '../server/src/domain/model.ts';
import { BundleFileError, readBundleFile } from '../server/src/shared-io/bundle-file.ts';
import { displayUri, neo4jOptionsFromConfig } from '../server/src/store/neo4j/connection.ts';
import type { LoadProgress } from '../server/src/store/neo4j/load.ts';
import { Neo4jLoadError } from '../server/src/store/neo4j/load.ts';
import { Neo4jGraphStore } from '../server/src/store/neo4j/neo4j-store.ts';

const usage = 'usage: npm run load:neo4j -- [--bundle data/build/bundle.json] [--quiet]';

/** Loads a bundle into the Neo4j the configuration names; returns the exit code. Shared with scripts/ingest.ts. */
export async function loadIntoNeo4j(
  config: Config,
  options: { bundle?: Bundle | undefined; bundlePath?: string | undefined; quiet?: boolean | undefined } = {},
): Promise<number> {
  const connection = neo4jOptionsFromConfig(config);
  if (!connection) {
    console.error(
      'load:neo4j: set NEO4J_URI to the Neo4j to load into (e.g. NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=…); see docker-compose.yml',
    );
    return 2;
  }
  let bundle = options.bundle;
  if (!bundle) {
    const bundlePath = options.bundlePath ?? path.join(config.BUILD_DIR, 'bundle.json');
    try {
      bundle = await readBundleFile(bundlePath);
    } catch (error) {
      if (error instanceof BundleFileError) {
        console.error(`load:neo4j: ${error.message}`);
        return 2;
      }
      throw error;
    }
  }

  const where = `${displayUri(connection.uri)}, database ${connection.database}, graph ${connection.graph}`;
  const started = performance.now();
  let store: Neo4jGraphStore | undefined;
  try {
    store = await Neo4jGraphStore.connect(connection);
    if (!options.quiet) console.error(`load:neo4j: loading bundle ${bundle.version} into ${where}`);
    const result = await store.loadWithReport(bundle, { onProgress: options.quiet ? undefined : progressPrinter() });
    const counts = Object.entries(result.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`load:neo4j: ${counts}`);
    console.log(
      `load:neo4j: bundle ${result.version} is current in ${where}` +
        (result.alreadyCurrent ? ' (it already was; written again, identically)' : '') +
        (result.replaced.length ? `; replaced ${result.replaced.join(', ')}` : '') +
        (result.deletedDatasets.length
          ? `; deleted ${result.deletedDatasets.length} older dataset(s), ${result.deletedNodes} nodes`
          : '') +
        ` in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      console.error(`load:neo4j: ${error.message}`);
      console.error('load:neo4j: nothing was changed; start Neo4j (docker compose up -d neo4j) or check NEO4J_URI.');
      return 1;
    }
    if (error instanceof Neo4jLoadError) {
      console.error(`load:neo4j: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store?.close();
  }
}

function progressPrinter() {
  const tty = process.stderr.isTTY;
  return (p: LoadProgress) => {
    const line = `load:neo4j: ${p.phase} ${p.item} ${p.done}/${p.total}`;
    if (tty) process.stderr.write(`\r\x1b[K${line}${p.done === p.total ? '\n' : ''}`);
    else process.stderr.write(`${line}\n`);
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { bundle: { type: 'string' }, quiet: { type: 'boolean', default: false } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`load:neo4j: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`load:neo4j: ${error.message}`);
      return 2;
    }
    throw error;
  }
  return loadIntoNeo4j(config, {
    bundlePath: args.bundle === undefined ? undefined : path.resolve(args.bundle),
    quiet: args.quiet,
  });
}

// Run only as a script, not when scripts/ingest.ts imports loadIntoNeo4j.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('load-neo4j.ts')) {
  process.exitCode = await main();
}
