import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openApi } from '../../server/src/api/openapi.ts';
import { clientSchemaSource, committedClientSchemaPath } from '../../scripts/openapi-client.ts';

/** The explorer's client types are generated from the OpenAPI document, as the document is from the zod schemas. */
describe('the generated API client types', () => {
  it('are not stale (client/src/shared/api/schema.ts)', async () => {
    const committed = await readFile(committedClientSchemaPath, 'utf8');
    const expected = await clientSchemaSource(openApi().document);
    expect(committed === expected, 'client/src/shared/api/schema.ts is stale: run `npm run openapi`').toBe(true);
  });

  it('type every operation of the document', async () => {
    const committed = await readFile(committedClientSchemaPath, 'utf8');
    const { document } = openApi();
    for (const [route, item] of Object.entries(document.paths ?? {})) {
      expect(committed).toContain(`'${route}': {`);
      for (const operation of Object.values(item as Record<string, { operationId?: string }>))
        if (operation.operationId) expect(committed).toContain(`${operation.operationId}: {`);
    }
  });
});
