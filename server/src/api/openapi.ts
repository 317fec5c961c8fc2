import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from 'zod-openapi';
import { problemCatalogue } from './errors.ts';
import { operations, type Operation } from './operations.ts';
import { ProblemSchema } from './schemas.ts';

/**
 * The OpenAPI 3.1 document, generated from the operations table and the zod schemas (zod-openapi renders them with
 * zod 4's own JSON Schema support). Served at /api/openapi.json, committed as server/openapi.json (`npm run
 * openapi` regenerates it; a test fails when the committed copy is stale).
 */

export const API_VERSION = '1.0.0';

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
const problem = (description: string) => ({ description, content: problemContent });

const requestIdHeader = {
  description: 'The request id: the one the client sent (letters, digits, ".", "_", "-"; at most 64), or a new one',
  schema: { type: 'string' as const },
};

function operationObject(op: Operation): ZodOpenApiOperationObject {
  const success =
    op.response.kind === 'json'
      ? { 'application/json': { schema: op.response.schema } }
      : Object.fromEntries(
          Object.entries(op.response.contentTypes).map(([type, description]) => [
            type,
            // A JSON file is read as JSON by clients (and validators): an object, not a string of bytes.
            {
              schema: type.endsWith('json')
                ? z.looseObject({}).meta({ description })
                : z.string().meta({ format: 'binary', description }),
            },
          ]),
        );
  const headers: Record<string, { description: string; schema: { type: 'string' } }> = {
    'X-Request-Id': requestIdHeader,
  };
  if (op.cacheable) {
    headers.ETag = { description: 'Weak validator keyed on the bundle version', schema: { type: 'string' } };
    headers['Cache-Control'] = { description: '`public, no-cache`: store, but revalidate', schema: { type: 'string' } };
  }
  const responses: Record<string, ZodOpenApiResponseObject> = {
    200: { description: op.response.description, headers, content: success },
  };
  if (op.cacheable) responses[304] = { description: 'Not modified: If-None-Match holds the current ETag' };
  responses[400] = problem('Invalid parameters: `errors` lists each one');
  if (op.notFound) responses[404] = problem(op.notFound);
  responses[405] = problem('Method not allowed: only GET and HEAD (see the Allow header)');
  responses[413] = problem('Request body too large (the API is read-only)');
  responses[415] = problem('A request body in a Content-Encoding or charset the server does not read');
  // Node's HTTP parser answers this itself, before any route: no problem document, and the connection is closed.
  responses[431] = { description: 'Request line and headers over 16 KiB (a URL that long): refused, no body' };
  // The probes are never rate-limited, and liveness never depends on the store.
  if (op.path.startsWith('/api/')) responses[429] = problem('Too many requests from this address (see Retry-After)');
  responses[500] = problem('Internal error (no details beyond the request id)');
  if (op.operationId !== 'healthz') responses[503] = problem('The graph store cannot answer now (see Retry-After)');

  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    requestParams: { query: op.query, ...(op.pathParams ? { path: op.pathParams } : {}) },
    responses,
  };
}

export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const op of operations as readonly Operation[]) paths[op.path] = { get: operationObject(op) };
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Sovereign Cloud Atlas API',
      version: API_VERSION,
      description: [
        'Read-only JSON over the knowledge graph of the French sovereign-cloud story. Every fact cites evidence: a quote',
        'anchored in a source text. Errors are RFC 9457 problem details (application/problem+json). Responses that',
        'depend only on the bundle carry an ETag keyed on the bundle version (If-None-Match gives 304).',
        '',
        'Problem types:',
        ...problemCatalogue.map((p) => `- \`/api/docs#problem-${p.slug}\` (${p.status}): ${p.when}`),
      ].join('\n'),
      license: { name: 'See the repository' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'Dataset' },
      { name: 'Actors' },
      { name: 'Graph' },
      { name: 'Time and money' },
      { name: 'Sources' },
      { name: 'Export' },
      { name: 'Operations' },
    ],
    paths,
  });
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

let cached: { document: OpenApiDocument; json: string; hash: string } | null = null;

/** The document, its canonical JSON (as committed in server/openapi.json) and a short hash of it. */
export function openApi(): { document: OpenApiDocument; json: string; hash: string } {
  if (!cached) {
    const document = buildOpenApiDocument();
    const json = `${JSON.stringify(document, null, 2)}\n`;
    cached = { document, json, hash: createHash('sha256').update(json).digest('hex').slice(0, 8) };
  }
  return cached;
}
