import { createDocument, type ZodOpenApiResponseObject } from 'zod-openapi';
import { z } from 'zod';
import { ProblemSchema } from '../api/schemas.ts';
import { DecisionResultSchema, DecisionSchema, ReviewLogEntrySchema, ReviewQueueSchema } from './schemas.ts';

/**
 * The curator's routes (`npm run curate` only) as their own OpenAPI 3.1 document, server/openapi-curator.json,
 * generated from the same zod schemas the routes validate with. The public document (server/openapi.json, which
 * Schemathesis exercises) never names them.
 */

const problem = (description: string): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});
const guarded = {
  401: problem('No curator token (Authorization: Bearer <token printed at start>)'),
  403: problem('Wrong token, or a request from another origin'),
  500: problem('Internal error; for a decision, nothing was written'),
};

export function buildCuratorOpenApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Sovereign Cloud Atlas curator API',
      version: '1.0.0',
      description:
        'Served only by `npm run curate`, on 127.0.0.1, behind a one-time bearer token printed at start (docs/curation.md).',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { curatorToken: { type: 'http', scheme: 'bearer' } } },
    security: [{ curatorToken: [] }],
    paths: {
      '/api/review/proposals': {
        get: {
          operationId: 'getReviewQueue',
          summary: 'Sources with their progress and the proposals left to decide',
          responses: {
            200: { description: 'The queue', content: { 'application/json': { schema: ReviewQueueSchema } } },
            ...guarded,
          },
        },
      },
      '/api/review/log': {
        get: {
          operationId: 'getReviewLog',
          summary: 'Every decision taken, oldest first (data/kb/review-log.yaml)',
          responses: {
            200: {
              description: 'The review log',
              content: { 'application/json': { schema: z.object({ entries: z.array(ReviewLogEntrySchema) }) } },
            },
            ...guarded,
          },
        },
      },
      '/api/review/decisions': {
        post: {
          operationId: 'postDecision',
          summary: 'Accept (as proposed or edited), accept many, merge, reject or keep as a dispute',
          requestBody: { required: true, content: { 'application/json': { schema: DecisionSchema } } },
          responses: {
            200: {
              description: 'Written, logged and served',
              content: { 'application/json': { schema: DecisionResultSchema } },
            },
            400: problem('Not a decision: `errors` names each wrong field'),
            ...guarded,
            404: problem('No such proposal (or actor to merge into)'),
            409: problem(
              'Decided already, another decision is being written, or a chained proposal before its anchor (`type` …#problem-anchor-first, `anchor` names the proposal to accept first): nothing written',
            ),
            415: problem('The body is not application/json'),
            422: problem('The knowledge base would not be valid: `issues` says why; nothing written'),
          },
        },
      },
    },
  });
}
