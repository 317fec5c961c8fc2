import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiUrl, getJson, isTransient } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

const problemResponse = (status: number, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: '/api/docs#x', title: 'T', status, detail, instance: '/api/x' }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

describe('apiUrl', () => {
  it('leaves out empty parameters and joins lists with commas', () => {
    expect(apiUrl('/api/graph', { kinds: ['company', 'person'], asOf: undefined, to: null, q: '' })).toBe(
      '/api/graph?kinds=company,person',
    );
    expect(apiUrl('/api/search', { q: 'andromède & co' })).toBe('/api/search?q=androm%C3%A8de+%26+co');
  });
});

describe('getJson', () => {
  it('returns the parsed body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } })),
    );
    await expect(getJson('/api/meta')).resolves.toEqual({ a: 1 });
  });

  it('turns a 503 problem into an "unavailable" error carrying its detail and Retry-After', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse(503, 'Neo4j does not answer', { 'retry-after': '5' })),
    );
    const error = (await getJson('/api/graph').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'unavailable', status: 503, retryAfter: 5, message: 'Neo4j does not answer' });
    expect(isTransient(error)).toBe(true);
  });

  it('tells a 404 from a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problemResponse(404, 'no actor "x"')),
    );
    await expect(getJson('/api/actors/x')).rejects.toMatchObject({ kind: 'not-found', status: 404 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await getJson('/api/meta').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network' });
    expect(isTransient(error)).toBe(true);
  });

  it('reports a body that is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>', { status: 200 })),
    );
    await expect(getJson('/api/meta')).rejects.toMatchObject({ kind: 'parse' });
  });
});
