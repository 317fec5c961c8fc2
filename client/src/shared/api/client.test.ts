import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, get, getJson, isTransient } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

const problemResponse = (status: number, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: '/api/docs#x', title: 'T', status, detail, instance: '/api/x' }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('get (an operation of the OpenAPI document)', () => {
  it('builds the path and query: empty parameters left out, lists joined with commas, same origin', async () => {
    const fetchMock = vi.fn(async () => json({ nodes: [], edges: [], coMentions: [] }));
    vi.stubGlobal('fetch', fetchMock);
    await get('/api/graph', { params: { query: { kinds: ['company', 'person'], asOf: undefined, to: '' } } });
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('/api/graph?kinds=company,person');
    await get('/api/search', { params: { query: { q: 'andromède & co' } } });
    expect(String((fetchMock.mock.calls[1] as unknown[])[0])).toBe('/api/search?q=androm%C3%A8de+%26+co');
    await get('/api/actors/{id}', { params: { path: { id: 'a/b c' } } });
    expect(String((fetchMock.mock.calls[2] as unknown[])[0])).toBe('/api/actors/a%2Fb%20c');
  });

  it("passes the caller's abort signal on, and rejects with the abort, not an ApiError", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
          ),
      ),
    );
    const controller = new AbortController();
    const pending = get('/api/meta', { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });
});

/** The same answers and failures through an API operation (`get`) and through a same-origin JSON file (`getJson`). */
const callers = [
  {
    name: 'get',
    meta: () => get('/api/meta', {}),
    graph: () => get('/api/graph', {}),
    actor: () => get('/api/actors/{id}', { params: { path: { id: 'x' } } }),
  },
  {
    name: 'getJson',
    meta: () => getJson('/api/meta'),
    graph: () => getJson('/api/graph'),
    actor: () => getJson('/api/actors/x'),
  },
];

describe.each(callers)('$name', (call) => {
  it('returns the parsed body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ a: 1 })),
    );
    await expect(call.meta()).resolves.toEqual({ a: 1 });
  });

  it('turns a 503 problem into an "unavailable" error carrying its detail and Retry-After', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse(503, 'Neo4j does not answer', { 'retry-after': '5' })),
    );
    const error = (await call.graph().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'unavailable', status: 503, retryAfter: 5, message: 'Neo4j does not answer' });
    expect(error.problem).toMatchObject({ status: 503, detail: 'Neo4j does not answer' });
    expect(isTransient(error)).toBe(true);
  });

  it('tells a 404 from a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse(404, 'no actor "x"')),
    );
    await expect(call.actor()).rejects.toMatchObject({ kind: 'not-found', status: 404 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await call.meta().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network' });
    expect(isTransient(error)).toBe(true);
  });

  it('reports a body that is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>', { status: 200 })),
    );
    await expect(call.meta()).rejects.toMatchObject({ kind: 'parse' });
  });
});
