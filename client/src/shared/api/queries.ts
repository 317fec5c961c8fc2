import { QueryClient, keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { get, getJson, isTransient } from './client.ts';
import type { paths } from './schema.ts';
import type { Subgraph } from './types.ts';
import type { Lang } from '../i18n/lang.ts';

type SearchKind = NonNullable<NonNullable<paths['/api/search']['get']['parameters']['query']['kinds']>[number]>;

/**
 * Every request the explorer makes, as TanStack Query hooks. The dataset changes only with a new bundle, so answers
 * stay fresh for minutes; a transient failure (network, 503, timeout) is retried twice with back-off, anything
 * else is shown at once.
 */

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => isTransient(error) && failures < 2,
        retryDelay: (attempt) => Math.min(4_000, 500 * 2 ** attempt),
      },
    },
  });
}

/** A query function's context: TanStack Query aborts the request when nobody waits for it any more. */
interface QueryContext {
  signal: AbortSignal;
}

export const useMeta = () =>
  useQuery({ queryKey: ['meta'], queryFn: ({ signal }: QueryContext) => get('/api/meta', { signal }) });

/** The whole graph (or a same-origin JSON file of the same shape, for benchmarks). */
export const useWholeGraph = (enabled: boolean, graphUrl: string | null = null) =>
  useQuery({
    queryKey: ['graph', graphUrl ?? 'api'],
    queryFn: ({ signal }: QueryContext) =>
      graphUrl === null ? get('/api/graph', { signal }) : getJson<Subgraph>(graphUrl, signal),
    enabled,
  });

export const useNeighbourhoods = (ids: readonly string[]) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: ['neighbourhood', id],
      queryFn: ({ signal }: QueryContext) =>
        get('/api/actors/{id}/neighbourhood', { params: { path: { id }, query: { depth: 1 } }, signal }),
    })),
  });

export const useActor = (id: string | null) =>
  useQuery({
    queryKey: ['actor', id],
    queryFn: ({ signal }: QueryContext) => get('/api/actors/{id}', { params: { path: { id: id ?? '' } }, signal }),
    enabled: id !== null,
  });

const sourceQuery = (id: string) => ({
  queryKey: ['source', id],
  queryFn: ({ signal }: QueryContext) => get('/api/sources/{id}', { params: { path: { id } }, signal }),
});

export const useSource = (id: string | null) => useQuery({ ...sourceQuery(id ?? ''), enabled: id !== null });

/** Every source's detail, one request per source (shared with the side panel's cache). */
export const useSourceDetails = (ids: readonly string[]) => useQueries({ queries: ids.map(sourceQuery) });

export const useSources = () =>
  useQuery({
    queryKey: ['sources'],
    queryFn: ({ signal }: QueryContext) => get('/api/sources', { signal }),
  });

export const useFunding = (enabled = true) =>
  useQuery({
    queryKey: ['funding'],
    queryFn: ({ signal }: QueryContext) => get('/api/funding', { signal }),
    enabled,
  });

export const useTimeline = (enabled = true) =>
  useQuery({
    queryKey: ['timeline'],
    queryFn: ({ signal }: QueryContext) => get('/api/timeline', { signal }),
    enabled,
  });

export const useDisputes = () =>
  useQuery({
    queryKey: ['disputes'],
    queryFn: ({ signal }: QueryContext) => get('/api/disputes', { signal }),
  });

export const usePaths = (from: string | null, to: string | null) =>
  useQuery({
    queryKey: ['paths', from, to],
    queryFn: ({ signal }: QueryContext) =>
      get('/api/paths', { params: { query: { from: from ?? '', to: to ?? '' } }, signal }),
    enabled: from !== null && to !== null && from !== to,
  });

export const useEvidenceDetails = (ids: readonly string[]) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: ['evidence', id],
      queryFn: ({ signal }: QueryContext) => get('/api/evidence/{id}', { params: { path: { id } }, signal }),
    })),
  });

/** One search, as a query (for `useSearch`) or fetched at once (Enter pressed before the type-ahead answered). */
export const searchQuery = (q: string, kinds: readonly SearchKind[], lang: Lang) => ({
  queryKey: ['search', q, kinds.join(','), lang],
  queryFn: ({ signal }: QueryContext) =>
    get('/api/search', { params: { query: { q, kinds: [...kinds], limit: 12, lang } }, signal }),
  staleTime: 60_000,
});

/** Snippets come from texts in the reader's language when those hold the matched words too. */
export const useSearch = (q: string, kinds: readonly SearchKind[], lang: Lang) =>
  useQuery({
    ...searchQuery(q, kinds, lang),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
