#!/usr/bin/env tsx
/**
 * npm run openapi [-- --check]
 *   Writes server/openapi.json, the OpenAPI 3.1 document generated from the API's zod schemas
 *   (server/src/api/schemas.ts and operations.ts), and from it the explorer's client types
 *   (client/src/shared/api/schema.ts); likewise the curator's document server/openapi-curator.json
 *   (server/src/curate/openapi.ts) and the review screen's types (client/src/features/review/curator-schema.ts). --check writes nothing and fails when either committed copy is stale.
 * Exit codes: 0 done (or up to date), 1 stale (--check), 2 bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import prettier from 'prettier';
import { openApi } from '../server/src/api/openapi.ts';
import { buildCuratorOpenApiDocument } from '../server/src/curate/openapi.ts';
import { repoRoot } from '../server/src/config.ts';
import {
  clientSchemaSource,
  committedClientSchemaPath,
  committedCuratorOpenApiPath,
  curatorClientSchemaPath,
} from './openapi-client.ts';

export const committedOpenApiPath = path.join(repoRoot, 'server/openapi.json');

async function main(): Promise<number> {
  let check: boolean;
  try {
    check = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true }).values.check;
  } catch (error) {
    console.error(`openapi: ${(error as Error).message}\nusage: npm run openapi [-- --check]`);
    return 2;
  }
  const documents = [
    { path: committedOpenApiPath, document: openApi().document, client: committedClientSchemaPath },
    { path: committedCuratorOpenApiPath, document: buildCuratorOpenApiDocument(), client: curatorClientSchemaPath },
  ];
  let stale = false;
  for (const target of documents) {
    const documentName = path.relative(repoRoot, target.path);
    const clientName = path.relative(repoRoot, target.client);
    const current = await readFile(target.path, 'utf8').catch(() => null);
    const upToDate =
      current !== null && isDeepStrictEqual(JSON.parse(current), JSON.parse(JSON.stringify(target.document)));
    const clientSchema = await clientSchemaSource(target.document, documentName);
    const clientUpToDate = (await readFile(target.client, 'utf8').catch(() => null)) === clientSchema;
    if (check) {
      if (!upToDate) console.error(`openapi: ${documentName} is stale: run \`npm run openapi\``);
      if (!clientUpToDate) console.error(`openapi: ${clientName} is stale: run \`npm run openapi\``);
      stale ||= !upToDate || !clientUpToDate;
      continue;
    }
    if (!upToDate) {
      // Formatted as the repository's Prettier would, so that `npm run check` stays green.
      const options = (await prettier.resolveConfig(target.path)) ?? {};
      await writeFile(
        target.path,
        await prettier.format(JSON.stringify(target.document), { ...options, parser: 'json' }),
      );
    }
    if (!clientUpToDate) await writeFile(target.client, clientSchema);
    console.log(`openapi: ${documentName} ${upToDate ? 'is up to date' : 'written'}`);
    console.log(`openapi: ${clientName} ${clientUpToDate ? 'is up to date' : 'written'}`);
  }
  if (stale) return 1;
  return 0;
}

process.exitCode = await main();
