import { useMemo } from 'react';
import { useSourceDetails, useSources } from './queries.ts';
import type { Evidence, Source } from './types.ts';

/**
 * An index of every piece of evidence (quote and source), built from the sources (one request per source, shared
 * with the side panel's cache), so that an event or a funding can show its quotes and link to when its sources were
 * published.
 */

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
  const details = useSourceDetails(ids);
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
