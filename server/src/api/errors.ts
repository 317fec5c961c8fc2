import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { StoreUnavailableError } from '../domain/graph-store.ts';
import { requestLogger } from './front.ts';
import type { ParameterError, Problem } from './schemas.ts';

/**
 * Every error the API answers with, as RFC 9457 problem details (application/problem+json), and the one
 * middleware that turns any thrown value into one. Nothing else in the API writes an error response.
 *
 * `type` is a URI reference relative to the API: the documentation page's section for that problem.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const problemType = (slug: string) => `/api/docs#problem-${slug}`;

/** Seconds a client should wait before retrying when the store cannot answer. */
export const STORE_RETRY_AFTER_SECONDS = 5;

export abstract class HttpProblem extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  abstract readonly title: string;
  /** Response headers the problem needs (Allow, Retry-After). */
  headers(): Record<string, string> {
    return {};
  }
  /** Extension members beyond type, title, status, detail, instance. */
  extensions(): Record<string, unknown> {
    return {};
  }
}

/** 400: one entry per invalid parameter. */
export class InvalidParametersError extends HttpProblem {
  readonly status = 400;
  readonly slug = 'invalid-parameters';
  readonly title = 'Invalid parameters';
  constructor(readonly errors: ParameterError[]) {
    super(
      errors.length === 1
        ? `${errors[0]!.in} parameter "${errors[0]!.name}": ${errors[0]!.reason}`
        : `${errors.length} parameters are invalid: ${errors.map((e) => e.name).join(', ')}`,
    );
  }
  override extensions() {
    return { errors: this.errors };
  }
}

/**
 * A request that cannot even be read: 400 for a malformed percent-encoding or a body cut short, 415 for a body in
 * an encoding or charset the server does not read.
 */
export class MalformedRequestError extends HttpProblem {
  readonly slug = 'malformed-request';
  readonly title = 'Malformed request';
  constructor(
    message: string,
    readonly status: 400 | 415 = 400,
  ) {
    super(message);
  }
}

export class NotFoundError extends HttpProblem {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Not found';
}

export class MethodNotAllowedError extends HttpProblem {
  readonly status = 405;
  readonly slug = 'method-not-allowed';
  readonly title = 'Method not allowed';
  constructor(
    readonly method: string,
    readonly allow: readonly string[],
  ) {
    super(`${method} is not allowed here; allowed: ${allow.join(', ')}`);
  }
  override headers() {
    return { Allow: this.allow.join(', ') };
  }
}

export class PayloadTooLargeError extends HttpProblem {
  readonly status = 413;
  readonly slug = 'payload-too-large';
  readonly title = 'Request body too large';
  constructor(readonly limitBytes: number) {
    super(`the API is read-only; a request body may hold at most ${limitBytes} bytes`);
  }
}

export class TooManyRequestsError extends HttpProblem {
  readonly status = 429;
  readonly slug = 'too-many-requests';
  readonly title = 'Too many requests';
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limit reached; retry in ${retryAfterSeconds} s`);
  }
  override headers() {
    return { 'Retry-After': String(this.retryAfterSeconds) };
  }
}

export class ServiceUnavailableError extends HttpProblem {
  readonly status = 503;
  readonly slug = 'service-unavailable';
  readonly title = 'Service unavailable';
  constructor(
    message: string,
    readonly retryAfterSeconds = STORE_RETRY_AFTER_SECONDS,
  ) {
    super(message);
  }
  override headers() {
    return { 'Retry-After': String(this.retryAfterSeconds) };
  }
}

/** 500: never says more than this. */
export class InternalError extends HttpProblem {
  readonly status = 500;
  readonly slug = 'internal';
  readonly title = 'Internal server error';
  constructor() {
    super('the server could not answer this request; the request id identifies it in the logs');
  }
}

/** The problems a client can meet, for the documentation page. */
export const problemCatalogue: { slug: string; status: number; title: string; when: string }[] = [
  {
    slug: 'invalid-parameters',
    status: 400,
    title: 'Invalid parameters',
    when: 'a parameter is missing, unknown, given twice or out of range; `errors` lists each one',
  },
  {
    slug: 'malformed-request',
    status: 400,
    title: 'Malformed request',
    when: 'the URL cannot be decoded, or a body cannot be read (415 for an unknown Content-Encoding or charset)',
  },
  { slug: 'not-found', status: 404, title: 'Not found', when: 'no such route, or no record with that id' },
  {
    slug: 'method-not-allowed',
    status: 405,
    title: 'Method not allowed',
    when: 'a known path with a method other than GET or HEAD; `Allow` lists the methods',
  },
  {
    slug: 'payload-too-large',
    status: 413,
    title: 'Request body too large',
    when: 'a request carries a body larger than the limit (the API is read-only)',
  },
  {
    slug: 'too-many-requests',
    status: 429,
    title: 'Too many requests',
    when: 'the client address exceeded the rate limit; `Retry-After` says when to retry',
  },
  {
    slug: 'service-unavailable',
    status: 503,
    title: 'Service unavailable',
    when: 'the graph store cannot answer now (Neo4j down, no bundle loaded); `Retry-After` says when to retry',
  },
  {
    slug: 'internal',
    status: 500,
    title: 'Internal server error',
    when: 'a fault of the server; the body carries the request id, never internals',
  },
];

export function problemBody(problem: HttpProblem, instance: string, requestId: string | undefined): Problem {
  return {
    type: problemType(problem.slug),
    title: problem.title,
    status: problem.status,
    detail: problem.message,
    instance,
    ...(requestId === undefined ? {} : { requestId }),
    ...problem.extensions(),
  } as Problem;
}

export function sendProblem(res: Response, problem: HttpProblem, instance: string): void {
  const requestId = res.getHeader('X-Request-Id');
  const body = JSON.stringify(problemBody(problem, instance, typeof requestId === 'string' ? requestId : undefined));
  // Drop whatever a handler had set for a success response that never came.
  for (const name of ['Content-Encoding', 'Content-Disposition', 'ETag', 'Last-Modified', 'Vary'])
    res.removeHeader(name);
  res.status(problem.status);
  for (const [name, value] of Object.entries(problem.headers())) res.setHeader(name, value);
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Errors from body-parser, the router and http-errors carry a status and a type. */
interface StatusError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  limit?: unknown;
}

/** What any thrown value means to a client. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof StoreUnavailableError) return new ServiceUnavailableError('the graph store cannot answer now');
  if (typeof error === 'object' && error !== null) {
    const e = error as StatusError;
    const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : null;
    if (status === 413 || e.type === 'entity.too.large') {
      return new PayloadTooLargeError(typeof e.limit === 'number' ? e.limit : 0);
    }
    if (e.type === 'request.aborted') return new MalformedRequestError('the request body was cut short');
    if (status === 415)
      return new MalformedRequestError('the request body is in an encoding or charset not read here', 415);
    if (status !== null && status >= 400 && status < 500) {
      // The router's malformed percent-encoding, and whatever else a body reader refuses.
      return new MalformedRequestError('the request could not be read (malformed percent-encoding or body?)');
    }
  }
  return new InternalError();
}

/** The one error-handling middleware. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const problem = toProblem(error);
    const log = requestLogger(logger, req);
    if (problem.status >= 500) {
      if (problem instanceof InternalError) log.error({ err: error }, 'request failed');
      else log.warn({ err: error }, problem.message);
    }
    if (res.headersSent) {
      // A streamed body cannot be turned into a problem any more: cut the connection so the client sees a failure.
      res.destroy();
      return;
    }
    void next;
    sendProblem(res, problem, req.originalUrl);
  };
}
