import { QueryClient, keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { apiUrl, getJson, isTransient } from './client.ts';
import type {
  ActorDetail,
  EvidenceDetail,
  FundingResult,
  Meta,
  Paths,
  SearchResult,
  SourceDetail,
  SourceList,
  Subgraph,
} from './types.ts';

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

const get =
  <T>(url: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    getJson<T>(url, signal);

export const useMeta = () => useQuery({ queryKey: ['meta'], queryFn: get<Meta>('/api/meta') });

/** The whole graph (or a same-origin JSON file of the same shape, for benchmarks). */
export const useWholeGraph = (enabled: boolean, graphUrl: string | null = null) =>
  useQuery({
    queryKey: ['graph', graphUrl ?? 'api'],
    queryFn: get<Subgraph>(graphUrl ?? '/api/graph'),
    enabled,
  });

export const useNeighbourhoods = (ids: readonly string[]) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: ['neighbourhood', id],
      queryFn: get<Subgraph>(apiUrl(`/api/actors/${encodeURIComponent(id)}/neighbourhood`, { depth: 1 })),
    })),
  });

export const useActor = (id: string | null) =>
  useQuery({
    queryKey: ['actor', id],
    queryFn: get<ActorDetail>(`/api/actors/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });

export const useSource = (id: string | null) =>
  useQuery({
    queryKey: ['source', id],
    queryFn: get<SourceDetail>(`/api/sources/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });

export const useSources = () => useQuery({ queryKey: ['sources'], queryFn: get<SourceList>('/api/sources') });

export const useFunding = (enabled = true) =>
  useQuery({ queryKey: ['funding'], queryFn: get<FundingResult>('/api/funding'), enabled });

export const usePaths = (from: string | null, to: string | null) =>
  useQuery({
    queryKey: ['paths', from, to],
    queryFn: get<Paths>(apiUrl('/api/paths', { from, to })),
    enabled: from !== null && to !== null && from !== to,
  });

export const useEvidenceDetails = (ids: readonly string[]) =>
  useQueries({
    queries: ids.map((id) => ({
      queryKey: ['evidence', id],
      queryFn: get<EvidenceDetail>(`/api/evidence/${encodeURIComponent(id)}`),
    })),
  });

export const useSearch = (q: string, kinds: readonly string[]) =>
  useQuery({
    queryKey: ['search', q, kinds.join(',')],
    queryFn: get<SearchResult>(apiUrl('/api/search', { q, kinds, limit: 12 })),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
