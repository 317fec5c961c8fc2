import createClient, { type ClientPathsWithMethod, type FetchOptions } from 'openapi-fetch';
import type { paths } from './schema.ts';
import type { Problem } from './types.ts';

/**
 * The atlas API client: operations typed by the OpenAPI document, JSON in, RFC 9457 problem+json turned into an
 * ApiError that says what went wrong, a deadline so that nothing waits forever, and the caller's abort signal honoured.
 */

export type ApiErrorKind = 'network' | 'timeout' | 'unavailable' | 'not-found' | 'rate-limited' | 'http' | 'parse';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly problem: Problem | null;
  /** Seconds the server asked us to wait (Retry-After), if it said. */
  readonly retryAfter: number | null;

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number | null; problem?: Problem | null; retryAfter?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.problem = options.problem ?? null;
    this.retryAfter = options.retryAfter ?? null;
  }
}

/** How long one request may take before it counts as failed. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * The query string of a call: empty parameters left out, lists comma-separated (the API's arrays are `style: form,
 * explode: false`), commas left readable.
 */
function queryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') search.set(key, text);
  }
  return search.toString().replaceAll('%2C', ',');
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/** A same-origin GET with a deadline and the caller's signal; failing to reach the server becomes an ApiError. */
async function send(url: string, signal?: AbortSignal | null): Promise<Response> {
  const deadline = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  try {
    return await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (deadline.aborted) throw new ApiError('timeout', `${url}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
    throw new ApiError('network', `${url}: ${(error as Error).message}`, { cause: error });
  }
}

/** The RFC 9457 problem in a failed answer's body (already read), if it is one. */
function asProblem(response: Response, body: unknown): Problem | null {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  const candidate = body as Partial<Problem> | null;
  return typeof candidate?.title === 'string' && typeof candidate.status === 'number' ? (candidate as Problem) : null;
}

/** The ApiError that says why `response` (not ok, its body read as `body`) carries no answer. */
function failure(response: Response, body: unknown): ApiError {
  const problem = asProblem(response, body);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  const detail = problem?.detail ?? problem?.title ?? response.statusText ?? `HTTP ${response.status}`;
  const status = response.status;
  const kind: ApiErrorKind =
    status === 404
      ? 'not-found'
      : status === 429
        ? 'rate-limited'
        : status === 503 || status === 502 || status === 504
          ? 'unavailable'
          : 'http';
  return new ApiError(kind, detail, { status, problem, retryAfter });
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * A JSON file that is not an API operation (a same-origin file of an operation's shape, for benchmarks): the
 * caller names the shape it expects. API calls go through `api`, typed by the OpenAPI document.
 */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await send(url, signal);
  if (!response.ok) throw failure(response, await readBody(response));
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new ApiError('parse', `${url}: the answer is not JSON`, { status: response.status, cause: error });
  }
}

/**
 * A request as openapi-fetch builds it, with its same-origin path kept as it is (the platform's Request resolves a
 * path against the document's address, which only a browser has) and handed to `send`.
 */
class SameOriginRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignal | null;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = new Headers(init.headers);
    this.signal = init.signal ?? null;
  }
}

/** The atlas API as openapi-fetch calls it, typed by the OpenAPI document (./schema.ts, `npm run openapi`). */
const api = createClient<paths>({
  Request: SameOriginRequest as unknown as typeof Request,
  fetch: (request) => send(request.url, request.signal),
  querySerializer: queryString,
});

/** An operation the API answers to GET, named by its path template ('/api/actors/{id}'). */
type GetOperation = ClientPathsWithMethod<typeof api, 'get'>;

/**
 * The JSON body of an operation's 200 answer, read from the document (openapi-fetch's own `data` type passes through
 * a mapping that turns tuples, such as a span's `[start, end]`, into plain arrays).
 */
type Answer<Path extends GetOperation> = paths[Path]['get'] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/**
 * Calls an operation, `get('/api/actors/{id}', { params: { path: { id } }, signal })`, with its parameters checked
 * against the document, and resolves to its answer or rejects with the ApiError that says why there is none.
 */
export async function get<Path extends GetOperation>(
  path: Path,
  init: FetchOptions<paths[Path]['get']>,
): Promise<Answer<Path>> {
  // The parameters were checked against `Path` above; openapi-fetch's overloads cannot follow a generic path.
  const call = api.GET as (
    path: string,
    init: unknown,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  let result: Awaited<ReturnType<typeof call>>;
  try {
    result = await call(path, init);
  } catch (error) {
    // openapi-fetch parses a successful answer itself; a body that is not JSON fails there.
    if (error instanceof SyntaxError) throw new ApiError('parse', `${path}: the answer is not JSON`, { cause: error });
    throw error;
  }
  if (!result.response.ok) throw failure(result.response, result.error);
  return result.data as Answer<Path>;
}

/** Whether a failed request is worth trying again by itself (the server or network may come back). */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.kind === 'network' || error.kind === 'unavailable' || error.kind === 'timeout')
  );
}
