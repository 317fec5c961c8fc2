import { beforeAll, expect } from 'vitest';
import type { GraphStore, Subgraph } from '../../server/src/domain/graph-store.ts';
import type { Bundle } from '../../server/src/domain/model.ts';
import { countDatings, datingAsOf, type KnownSpans } from '../../server/src/domain/time-spans.ts';

/** What each part of the contract suite gets from describeGraphStoreContract. */
export interface ContractContext {
  /** A new store of the kind under test, closed at the end of the suite. */
  make: () => Promise<GraphStore>;
  /** Time allowed to build a bundle and load it (ms). */
  timeout: number;
}

/** A new store loaded with the bundle before the enclosing describe's tests run. */
export function loadedStore(context: ContractContext, build: () => Bundle | Promise<Bundle>) {
  const loaded = {} as { store: GraphStore; bundle: Bundle };
  beforeAll(async () => {
    loaded.bundle = await build();
    loaded.store = await context.make();
    await loaded.store.load(loaded.bundle);
  }, context.timeout);
  return loaded;
}

export const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);
export const idSet = (records: readonly { id: string }[]) => new Set(ids(records));
export const sortedCopy = (values: readonly string[]) => [...values].sort();
export const isSorted = (values: readonly string[]) => values.every((v, i) => i === 0 || values[i - 1]! < v);
export const within = (subgraph: Subgraph, names: readonly string[]) =>
  names.filter((name) => subgraph.nodes.some((n) => n.id === name));

export function expectWellFormed(subgraph: Subgraph) {
  const nodes = idSet(subgraph.nodes);
  expect(isSorted(ids(subgraph.nodes)), 'nodes sorted by id, no repeats').toBe(true);
  expect(isSorted(ids(subgraph.edges)), 'edges sorted by id, no repeats').toBe(true);
  for (const edge of subgraph.edges) {
    expect(nodes.has(edge.from) && nodes.has(edge.to), `${edge.id} joins two nodes`).toBe(true);
  }
  for (const c of subgraph.coMentions) expect(nodes.has(c.a) && nodes.has(c.b)).toBe(true);
}

/** Every node and edge carries its known span (computeKnownSpans) and its dating as of the day, the datings counted. */
export function expectSpansAndDatings(graph: Subgraph, spans: KnownSpans, asOf: string | undefined) {
  for (const node of graph.nodes) {
    expect(node.span, node.id).toEqual(spans.actors.get(node.id));
    expect(node.dating, node.id).toBe(datingAsOf(node.span, asOf));
  }
  for (const edge of graph.edges) {
    expect(edge.span, edge.id).toEqual(spans.relations.get(edge.id));
    expect(edge.dating, edge.id).toBe(datingAsOf(edge.span, asOf));
  }
  expect(graph.datings).toEqual({ nodes: countDatings(graph.nodes), edges: countDatings(graph.edges) });
}
