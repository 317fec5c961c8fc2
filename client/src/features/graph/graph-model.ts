import type { ActorKind, GraphEdge, GraphNode, IsoDay, Relation, RelationType } from '../../shared/api/types.ts';
import { asOfDay } from '../../shared/dates/fuzzy.ts';
import {
  datingAsOf,
  emptyDatingCounts,
  ownDatesSpan,
  shownAsOf,
  spanOverlapsWindow,
  type Dating,
  type DatingCounts,
} from '@atlas/server/domain/time-spans';

/**
 * What the graph view draws, as pure functions: the union of the subgraphs it has loaded (the whole graph, or the
 * neighbourhoods it was asked to expand plus the paths it found), and which of those elements the filters let
 * through. Filters only hide: elements stay in place so that moving the "as of" slider replays the network
 * without moving anyone.
 */

export interface GraphModel {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export interface GraphPart {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export function mergeSubgraphs(parts: readonly (GraphPart | undefined)[]): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    if (!part) continue;
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  }
  for (const part of parts) {
    if (!part) continue;
    for (const edge of part.edges)
      if (!edges.has(edge.id) && nodes.has(edge.from) && nodes.has(edge.to)) edges.set(edge.id, edge);
  }
  return { nodes, edges };
}

/**
 * The nodes and edges a list of actor ids and relations adds (actors and relations looked up in the whole graph, for
 * their known spans; a relation it lacks is known by its own dates only).
 */
export function pathSubgraph(
  actorIds: readonly string[],
  hops: readonly Relation[],
  dictionary: ReadonlyMap<string, GraphNode>,
  edgeDictionary: ReadonlyMap<string, GraphEdge> = new Map(),
): GraphPart {
  const nodes = actorIds.map((id) => dictionary.get(id)).filter((node): node is GraphNode => node !== undefined);
  const edges = hops.map((hop): GraphEdge => {
    const known = edgeDictionary.get(hop.id);
    if (known) return known;
    const span = ownDatesSpan(hop.since, hop.until);
    return { ...hop, span, dating: datingAsOf(span) };
  });
  return { nodes, edges };
}

export interface GraphFilters {
  kinds: readonly ActorKind[] | null;
  types: readonly RelationType[] | null;
  from: IsoDay | null;
  to: IsoDay | null;
  /** A year: the network at the end of it. */
  asOf: number | null;
  /** Whether undated elements are drawn (marked) or left out. */
  undated: boolean;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** The dating (as of the filters' day) of every element that passes the other filters, drawn or not. */
  dating: { nodes: Map<string, Dating>; edges: Map<string, Dating> };
  /** Those elements per dating: the undated are counted even when left out. */
  counts: { nodes: DatingCounts; edges: DatingCounts };
}

/**
 * Which elements the filters let through, by the API's own rules (domain/time-spans.ts): an actor shows when its
 * kind is listed and it is shown as of the day (its known start reached, its end not); a relation when both ends
 * show, its type is listed, it is shown as of the day and its known span overlaps the date window (one with neither
 * a known start nor an end always does). Each gets its dating as of the day; with `undated` off, the undated are
 * left out, and so are the relations touching them. Isolated actors stay.
 */
export function visibleElements(model: GraphModel, filters: GraphFilters): Visibility {
  const kinds = filters.kinds ? new Set<string>(filters.kinds) : null;
  const types = filters.types ? new Set<string>(filters.types) : null;
  const day = filters.asOf === null ? undefined : asOfDay(filters.asOf);
  const window = { from: filters.from ?? undefined, to: filters.to ?? undefined };
  const dating = { nodes: new Map<string, Dating>(), edges: new Map<string, Dating>() };
  const counts = { nodes: emptyDatingCounts(), edges: emptyDatingCounts() };
  const nodes = new Set<string>();
  for (const node of model.nodes.values()) {
    if (kinds && !kinds.has(node.kind)) continue;
    if (day && !shownAsOf(node.span, day)) continue;
    const nodeDating = datingAsOf(node.span, day);
    dating.nodes.set(node.id, nodeDating);
    counts.nodes[nodeDating]++;
    if (nodeDating === 'undated' && !filters.undated) continue;
    nodes.add(node.id);
  }
  const edges = new Set<string>();
  for (const edge of model.edges.values()) {
    if (!dating.nodes.has(edge.from) || !dating.nodes.has(edge.to)) continue;
    if (types && !types.has(edge.type)) continue;
    if (day && !shownAsOf(edge.span, day)) continue;
    if (!spanOverlapsWindow(edge.span, window)) continue;
    const edgeDating = datingAsOf(edge.span, day);
    dating.edges.set(edge.id, edgeDating);
    counts.edges[edgeDating]++;
    if (!nodes.has(edge.from) || !nodes.has(edge.to) || (edgeDating === 'undated' && !filters.undated)) continue;
    edges.add(edge.id);
  }
  return { nodes, edges, dating, counts };
}

/** Number of visible relations touching each visible actor. */
export function visibleDegrees(model: GraphModel, visibility: Visibility): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const id of visibility.nodes) degrees.set(id, 0);
  for (const id of visibility.edges) {
    const edge = model.edges.get(id)!;
    degrees.set(edge.from, (degrees.get(edge.from) ?? 0) + 1);
    degrees.set(edge.to, (degrees.get(edge.to) ?? 0) + 1);
  }
  return degrees;
}

/** The selected actor and the actors one visible relation away from it. */
export function neighbourhoodOf(model: GraphModel, visibility: Visibility, id: string): Set<string> {
  const around = new Set<string>([id]);
  for (const edgeId of visibility.edges) {
    const edge = model.edges.get(edgeId)!;
    if (edge.from === id) around.add(edge.to);
    if (edge.to === id) around.add(edge.from);
  }
  return around;
}

/** Node size in pixels from a weight in [0, max]: area proportional to the weight, within [min, maxSize]. */
export function nodeSize(weight: number, maxWeight: number, min = 18, maxSize = 64): number {
  if (!(maxWeight > 0) || !(weight > 0)) return min;
  const ratio = Math.sqrt(Math.min(weight, maxWeight) / maxWeight);
  return Math.round(min + (maxSize - min) * ratio);
}

export type SortKey = 'name' | 'kind' | 'relations' | 'centrality';
export type SortDirection = 'ascending' | 'descending';

export interface ActorRow {
  id: string;
  name: string;
  kind: string;
  relations: number;
  centrality: number;
}

/** Sorts the table's rows; ties broken by name, then id, so the order is stable. */
export function sortRows(
  rows: readonly ActorRow[],
  key: SortKey,
  direction: SortDirection,
  locale: string,
): ActorRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: ActorRow, b: ActorRow): number => {
    const primary = key === 'relations' || key === 'centrality' ? a[key] - b[key] : collator.compare(a[key], b[key]);
    return sign * primary || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  return [...rows].sort(compare);
}
