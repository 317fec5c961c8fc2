import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getJson } from '../../shared/api/client.ts';
import { useSources } from '../../shared/api/queries.ts';
import type { DisputeList, Evidence, Source, SourceDetail, Timeline } from '../../shared/api/types.ts';

/**
 * The requests the timeline, money, sources and stories views add to the shell's: the events, the disputes, and an
 * index of every piece of evidence (quote and source) built from the sources (one request per source, shared with
 * the side panel's cache), so that an event can be linked to when its sources were published.
 */

const get =
  <T>(url: string) =>
  ({ signal }: { signal: AbortSignal }) =>
    getJson<T>(url, signal);

export const useTimeline = (enabled = true) =>
  useQuery({ queryKey: ['timeline'], queryFn: get<Timeline>('/api/timeline'), enabled });

export const useDisputes = () => useQuery({ queryKey: ['disputes'], queryFn: get<DisputeList>('/api/disputes') });

export interface EvidenceEntry {
  evidence: Evidence;
  source: Source;
}

export interface EvidenceIndex {
  byId: ReadonlyMap<string, EvidenceEntry>;
  sources: readonly Source[];
  pending: boolean;
  error: unknown;
}

export function useEvidenceIndex(): EvidenceIndex {
  const list = useSources();
  const ids = (list.data?.sources ?? []).map((s) => s.id);
  const details = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['source', id],
      queryFn: get<SourceDetail>(`/api/sources/${encodeURIComponent(id)}`),
    })),
  });
  const key = details.map((q) => q.dataUpdatedAt).join(',');
  const byId = useMemo(() => {
    const map = new Map<string, EvidenceEntry>();
    for (const query of details) {
      if (!query.data) continue;
      for (const evidence of query.data.evidence) map.set(evidence.id, { evidence, source: query.data.source });
    }
    return map;
    // `key` changes exactly when one of the answers does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return {
    byId,
    sources: list.data?.sources ?? [],
    pending: list.isPending || details.some((q) => q.isPending),
    error: list.error ?? details.find((q) => q.isError)?.error ?? null,
  };
}
