import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';
import type { Bundle } from './model.ts';

/**
 * Whole-graph metrics for sizing and colouring, computed once per bundle in the domain so that every store
 * (embedded or Neo4j) serves the same numbers.
 */
export interface ActorMetrics {
  /** Distinct actors linked to this one by any relation, over (actors - 1). */
  centrality: number;
  /** Louvain community index, deterministic for a given bundle. */
  community: number;
}

export function graphMetrics(bundle: Pick<Bundle, 'actors' | 'relations'>): Map<string, ActorMetrics> {
  const graph = new Graph({ type: 'undirected', multi: false });
  const ids = bundle.actors.map((a) => a.id).sort();
  for (const id of ids) graph.addNode(id);
  const relations = [...bundle.relations].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const relation of relations) {
    if (!graph.hasNode(relation.from) || !graph.hasNode(relation.to) || relation.from === relation.to) continue;
    // Parallel relations between one pair strengthen the tie rather than adding neighbours.
    if (graph.hasEdge(relation.from, relation.to)) {
      graph.updateEdgeAttribute(relation.from, relation.to, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    } else {
      graph.addEdge(relation.from, relation.to, { weight: 1 });
    }
  }
  const communities: Record<string, number> =
    graph.size > 0 ? louvain(graph, { rng: seedrandom('sovereign-cloud-atlas'), getEdgeWeight: 'weight' }) : {};
  // Renumber communities by their smallest member id, so the numbering does not depend on the algorithm's order.
  const firstMember = new Map<number, string>();
  for (const id of ids) {
    const community = communities[id] ?? -1;
    if (!firstMember.has(community)) firstMember.set(community, id);
  }
  const order = [...firstMember.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([community]) => community);
  const renumber = new Map(order.map((community, index) => [community, index]));
  const denominator = Math.max(1, ids.length - 1);
  return new Map(
    ids.map((id) => [
      id,
      { centrality: graph.degree(id) / denominator, community: renumber.get(communities[id] ?? -1)! },
    ]),
  );
}
