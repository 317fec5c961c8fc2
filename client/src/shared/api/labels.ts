import { useMemo } from 'react';
import type { GraphNode } from './types.ts';
import { useWholeGraph } from './queries.ts';

/**
 * Every actor by id (from the whole graph, fetched once and cached), for names and kinds wherever a record only
 * carries an id: the other end of a relation, a funder, a hop of a path.
 */
export function useActorDictionary(): ReadonlyMap<string, GraphNode> {
  const graph = useWholeGraph(true);
  return useMemo(() => new Map((graph.data?.nodes ?? []).map((node) => [node.id, node])), [graph.data]);
}
