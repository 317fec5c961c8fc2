import type { FundingSummary } from '../../domain/funding-aggregation.ts';
import type { GraphNode, GraphStore } from '../../domain/graph-store.ts';
import type { FuzzyDate } from '../../domain/dates.ts';
import type { Evidence, Relation, Source } from '../../domain/model.ts';

/**
 * The whole graph as exports write it: nodes are the actors (with centrality and community), edges the relations,
 * each edge with its citations resolved (evidence id, source, quote). Read from the store, like every answer.
 */
export interface ExportGraph {
  version: string;
  generatedAt: Date;
  nodes: GraphNode[];
  edges: Relation[];
  evidence: ReadonlyMap<string, Evidence>;
  sources: ReadonlyMap<string, Source>;
  /** Every funding aggregate, by the one rule (domain/funding-aggregation.ts). */
  money: FundingSummary;
}

export interface Citation {
  evidence: string;
  source: string;
  quote: string;
}

export async function readExportGraph(store: GraphStore, version: string, generatedAt: Date): Promise<ExportGraph> {
  const [subgraph, sources, money] = await Promise.all([store.subgraph({}), store.sources(), store.funding({})]);
  const ids = new Set<string>();
  for (const edge of subgraph.edges) for (const id of edge.evidence) ids.add(id);
  for (const node of subgraph.nodes) for (const id of node.evidence) ids.add(id);
  const evidence = await store.evidence([...ids].sort());
  return {
    version,
    generatedAt,
    nodes: subgraph.nodes,
    edges: subgraph.edges,
    evidence: new Map(evidence.map((e) => [e.id, e])),
    sources: new Map(sources.map((s) => [s.id, s])),
    money: { flows: money.flows, totalsByRecipient: money.totalsByRecipient, totalsByFunder: money.totalsByFunder },
  };
}

export function citations(graph: ExportGraph, ids: readonly string[]): Citation[] {
  return ids.map((id) => {
    const evidence = graph.evidence.get(id);
    return { evidence: id, source: evidence?.source ?? '', quote: evidence?.quote ?? '' };
  });
}

export const dateValue = (date: FuzzyDate | undefined) => date?.value ?? '';
export const datePrecision = (date: FuzzyDate | undefined) => date?.precision ?? '';

/** The attribute columns every format writes, in order. */
export interface Column<T> {
  name: string;
  type: 'string' | 'double' | 'integer';
  value: (record: T, graph: ExportGraph) => string | number;
}

export const nodeColumns: Column<GraphNode>[] = [
  { name: 'name', type: 'string', value: (n) => n.name },
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'country', type: 'string', value: (n) => n.country ?? '' },
  { name: 'founded', type: 'string', value: (n) => dateValue(n.founded) },
  { name: 'founded_precision', type: 'string', value: (n) => datePrecision(n.founded) },
  { name: 'dissolved', type: 'string', value: (n) => dateValue(n.dissolved) },
  { name: 'dissolved_precision', type: 'string', value: (n) => datePrecision(n.dissolved) },
  { name: 'aliases_fr', type: 'string', value: (n) => JSON.stringify(n.aliases.fr) },
  { name: 'aliases_en', type: 'string', value: (n) => JSON.stringify(n.aliases.en) },
  { name: 'description_fr', type: 'string', value: (n) => n.description.fr },
  { name: 'description_en', type: 'string', value: (n) => n.description.en },
  { name: 'centrality', type: 'double', value: (n) => n.centrality },
  { name: 'community', type: 'integer', value: (n) => n.community },
  { name: 'evidence_ids', type: 'string', value: (n) => n.evidence.join(' ') },
  { name: 'citations', type: 'string', value: (n, g) => JSON.stringify(citations(g, n.evidence)) },
];

export const edgeColumns: Column<Relation>[] = [
  { name: 'type', type: 'string', value: (r) => r.type },
  { name: 'since', type: 'string', value: (r) => dateValue(r.since) },
  { name: 'since_precision', type: 'string', value: (r) => datePrecision(r.since) },
  { name: 'until', type: 'string', value: (r) => dateValue(r.until) },
  { name: 'until_precision', type: 'string', value: (r) => datePrecision(r.until) },
  { name: 'role_fr', type: 'string', value: (r) => r.role?.fr ?? '' },
  { name: 'role_en', type: 'string', value: (r) => r.role?.en ?? '' },
  { name: 'status', type: 'string', value: (r) => r.status ?? '' },
  { name: 'evidence_ids', type: 'string', value: (r) => r.evidence.join(' ') },
  {
    name: 'evidence_sources',
    type: 'string',
    value: (r, g) => [...new Set(citations(g, r.evidence).map((c) => c.source))].join(' '),
  },
  { name: 'citations', type: 'string', value: (r, g) => JSON.stringify(citations(g, r.evidence)) },
];
