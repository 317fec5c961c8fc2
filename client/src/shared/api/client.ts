import type { Problem } from './types.ts';

/**
 * GET against the atlas API: JSON in, RFC 9457 problem+json turned into an ApiError that says what went wrong, a
 * deadline so that nothing waits forever, and the caller's abort signal honoured.
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

type Params = Record<string, string | number | readonly string[] | null | undefined>;

/** Builds "/api/…?a=1&b=x,y" with empty parameters left out and lists comma-separated. */
export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text !== '') search.set(key, text);
  }
  const query = search.toString().replaceAll('%2C', ',');
  return query ? `${path}?${query}` : path;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    return typeof body.title === 'string' && typeof body.status === 'number' ? (body as Problem) : null;
  } catch {
    return null;
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const deadline = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (deadline.aborted) throw new ApiError('timeout', `${url}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
    throw new ApiError('network', `${url}: ${(error as Error).message}`, { cause: error });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
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
    throw new ApiError(kind, detail, { status, problem, retryAfter });
  }
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new ApiError('parse', `${url}: the answer is not JSON`, { status: response.status, cause: error });
  }
}

/** Whether a failed request is worth trying again by itself (the server or network may come back). */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.kind === 'network' || error.kind === 'unavailable' || error.kind === 'timeout')
  );
}
