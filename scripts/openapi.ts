#!/usr/bin/env tsx
/**
 * npm run openapi [-- --check]
 *   Writes server/openapi.json, the OpenAPI 3.1 document generated from the API's zod schemas
 *   (server/src/api/schemas.ts and operations.ts), and from it the explorer's client types
 *   (client/src/shared/api/schema.ts). --check writes nothing and fails when either committed copy is stale.
 * Exit codes: 0 done (or up to date), 1 stale (--check), 2 bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import prettier from 'prettier';
import { openApi } from '../server/src/api/openapi.ts';
import { repoRoot } from '../server/src/config.ts';
import { clientSchemaSource, committedClientSchemaPath } from './openapi-client.ts';

export const committedOpenApiPath = path.join(repoRoot, 'server/openapi.json');

async function main(): Promise<number> {
  let check: boolean;
  try {
    check = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true }).values.check;
  } catch (error) {
    console.error(`openapi: ${(error as Error).message}\nusage: npm run openapi [-- --check]`);
    return 2;
  }
  const { document, json } = openApi();
  const current = await readFile(committedOpenApiPath, 'utf8').catch(() => null);
  const upToDate = current !== null && isDeepStrictEqual(JSON.parse(current), JSON.parse(json));
  const clientSchema = await clientSchemaSource(document);
  const clientUpToDate = (await readFile(committedClientSchemaPath, 'utf8').catch(() => null)) === clientSchema;
  if (check) {
    if (upToDate && clientUpToDate) return 0;
    if (!upToDate) console.error('openapi: server/openapi.json is stale: run `npm run openapi`');
    if (!clientUpToDate) console.error('openapi: client/src/shared/api/schema.ts is stale: run `npm run openapi`');
    return 1;
  }
  if (!upToDate) {
    // Formatted as the repository's Prettier would, so that `npm run check` stays green.
    const options = (await prettier.resolveConfig(committedOpenApiPath)) ?? {};
    await writeFile(
      committedOpenApiPath,
      await prettier.format(JSON.stringify(document), { ...options, parser: 'json' }),
    );
  }
  if (!clientUpToDate) await writeFile(committedClientSchemaPath, clientSchema);
  console.log(`openapi: server/openapi.json ${upToDate ? 'is up to date' : 'written'}`);
  console.log(`openapi: client/src/shared/api/schema.ts ${clientUpToDate ? 'is up to date' : 'written'}`);
  return 0;
}

process.exitCode = await main();
