import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApi } from '../../server/src/api/openapi.ts';
import { buildCuratorOpenApiDocument } from '../../server/src/curate/openapi.ts';
import {
  clientSchemaSource,
  committedCuratorOpenApiPath,
  curatorClientSchemaPath,
} from '../../scripts/openapi-client.ts';

/** The curator's routes have their own document; the public one (which Schemathesis exercises) never names them. */
describe('the curator OpenAPI document', () => {
  it('is not stale, nor are the review screen client types generated from it', async () => {
    const document = buildCuratorOpenApiDocument();
    const committed = JSON.parse(await readFile(committedCuratorOpenApiPath, 'utf8')) as unknown;
    expect(committed, 'server/openapi-curator.json is stale: run `npm run openapi`').toEqual(
      JSON.parse(JSON.stringify(document)),
    );
    const types = await readFile(curatorClientSchemaPath, 'utf8');
    expect(types === (await clientSchemaSource(document, 'server/openapi-curator.json'))).toBe(true);
  });

  it('holds every /api/review/ route, and the public document none', () => {
    expect(Object.keys(buildCuratorOpenApiDocument().paths ?? {}).sort()).toEqual([
      '/api/review/decisions',
      '/api/review/log',
      '/api/review/proposals',
    ]);
    expect(openApi().json).not.toContain('/api/review');
  });
});
