/**
 * Graph traversal over typed arrays: the relations as columns and an undirected adjacency in compressed sparse row
 * form. Building it is a few linear passes (about 100× faster than inserting edges one by one into graphology at a
 * million relations) and a depth-2 neighbourhood touches only the rows it needs.
 *
 * Actors and relations are numbered by their position in id order, so sorting numbers sorts ids, and each row of
 * the adjacency lists its relations in id order.
 */

/** A day as a YYYYMMDD number; these two stand for -∞ and +∞. */
export const NO_START = 0;
export const NO_END = 0x7fffffff;

/** Relation columns, indexed by relation number. */
export interface RelationTable {
  count: number;
  /** Actor numbers of the endpoints, -1 when the bundle names an unknown actor (such relations are never traversed). */
  from: Int32Array;
  to: Int32Array;
  /** Position of the type in the closed vocabulary. */
  type: Uint8Array;
  /** "As of" bounds: active on D when activeFrom <= D < activeUntil (the first days of since and until). */
  activeFrom: Int32Array;
  activeUntil: Int32Array;
  /** Window bounds: the first day of since (or -∞) and the last day of until (or +∞). */
  spanStart: Int32Array;
  spanEnd: Int32Array;
}

export interface EdgeFilter {
  /** Bit i set when the type at position i passes; -1 for every type. */
  typeMask: number;
  asOf: number | null;
  windowFrom: number | null;
  windowTo: number | null;
}

export function edgePasses(table: RelationTable, relation: number, filter: EdgeFilter): boolean {
  if (((filter.typeMask >>> table.type[relation]!) & 1) === 0) return false;
  if (filter.asOf !== null) {
    if (table.activeFrom[relation]! > filter.asOf || table.activeUntil[relation]! <= filter.asOf) return false;
  }
  if (filter.windowFrom !== null && table.spanEnd[relation]! < filter.windowFrom) return false;
  if (filter.windowTo !== null && table.spanStart[relation]! > filter.windowTo) return false;
  return true;
}

/** Undirected adjacency: row v holds (neighbour, relation) pairs in relation order; a self-loop appears once. */
export interface Adjacency {
  offsets: Int32Array;
  neighbour: Int32Array;
  relation: Int32Array;
}

export function buildAdjacency(actorCount: number, table: RelationTable): Adjacency {
  const degree = new Int32Array(actorCount + 1);
  for (let r = 0; r < table.count; r++) {
    const a = table.from[r]!;
    const b = table.to[r]!;
    if (a < 0 || b < 0) continue;
    degree[a]!++;
    if (a !== b) degree[b]!++;
  }
  const offsets = new Int32Array(actorCount + 1);
  for (let v = 0; v < actorCount; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const cursor = offsets.slice(0, actorCount);
  const total = offsets[actorCount]!;
  const neighbour = new Int32Array(total);
  const relation = new Int32Array(total);
  for (let r = 0; r < table.count; r++) {
    const a = table.from[r]!;
    const b = table.to[r]!;
    if (a < 0 || b < 0) continue;
    let k = cursor[a]!++;
    neighbour[k] = b;
    relation[k] = r;
    if (a !== b) {
      k = cursor[b]!++;
      neighbour[k] = a;
      relation[k] = r;
    }
  }
  return { offsets, neighbour, relation };
}

export interface IndexPath {
  actors: number[];
  hops: number[];
}

/**
 * Breadth-first searches with reusable scratch marks. Not re-entrant, which is safe because every search runs to
 * completion synchronously.
 */
export class Traversal {
  private epoch = 0;
  private readonly seenS: Int32Array;
  private readonly seenT: Int32Array;
  private readonly distS: Int32Array;
  private readonly distT: Int32Array;
  private readonly markS: Int32Array;
  private readonly markT: Int32Array;

  constructor(
    readonly actorCount: number,
    readonly table: RelationTable,
    readonly adjacency: Adjacency,
  ) {
    this.seenS = new Int32Array(actorCount);
    this.seenT = new Int32Array(actorCount);
    this.distS = new Int32Array(actorCount);
    this.distT = new Int32Array(actorCount);
    this.markS = new Int32Array(actorCount);
    this.markT = new Int32Array(actorCount);
  }

  private nextEpoch(): number {
    if (this.epoch === 0x7fffffff) {
      for (const marks of [this.seenS, this.seenT, this.markS, this.markT]) marks.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  /**
   * The centre and every actor within `depth` hops over passing relations (direction ignored), and the passing
   * relations among them; both sorted by number.
   */
  neighbourhood(centre: number, depth: number, filter: EdgeFilter): { nodes: Int32Array; edges: Int32Array } {
    const { offsets, neighbour, relation } = this.adjacency;
    const { table } = this;
    const seen = this.seenS;
    const epoch = this.nextEpoch();
    seen[centre] = epoch;
    const nodes = [centre];
    let frontier = [centre];
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const next: number[] = [];
      for (const v of frontier) {
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const u = neighbour[k]!;
          if (seen[u] === epoch || !edgePasses(table, relation[k]!, filter)) continue;
          seen[u] = epoch;
          next.push(u);
          nodes.push(u);
        }
      }
      frontier = next;
    }
    const edges: number[] = [];
    for (const v of nodes) {
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const r = relation[k]!;
        // Each relation is listed in both endpoints' rows: take it from its `from` row only.
        if (table.from[r] !== v || seen[neighbour[k]!] !== epoch || !edgePasses(table, r, filter)) continue;
        edges.push(r);
      }
    }
    return { nodes: Int32Array.from(nodes).sort(), edges: Int32Array.from(edges).sort() };
  }

  /**
   * Every shortest path (direction ignored, over passing relations) of at most `maxHops` hops, as distinct actor
   * sequences in lexicographic order (numbers follow id order), at most `cap` of them. Each hop is the passing
   * relation with the smallest number between its two actors.
   *
   * Bidirectional: the smaller frontier grows one whole level at a time until the two searches meet, so a path of
   * length d costs about two searches of depth d/2.
   */
  shortestPaths(source: number, target: number, maxHops: number, filter: EdgeFilter, cap: number): IndexPath[] {
    if (cap <= 0) return [];
    if (source === target) return [{ actors: [source], hops: [] }];
    const { offsets, neighbour, relation } = this.adjacency;
    const { table, seenS, seenT, distS, distT, markS, markT } = this;
    const epoch = this.nextEpoch();
    seenS[source] = epoch;
    distS[source] = 0;
    seenT[target] = epoch;
    distT[target] = 0;
    const levelsS: number[][] = [[source]];
    const levelsT: number[][] = [[target]];
    let meet: number[] = [];
    while (meet.length === 0) {
      const frontierS = levelsS[levelsS.length - 1]!;
      const frontierT = levelsT[levelsT.length - 1]!;
      if (frontierS.length === 0 || frontierT.length === 0) return [];
      if (levelsS.length - 1 + (levelsT.length - 1) >= maxHops) return [];
      const fromSource = frontierS.length <= frontierT.length;
      const [frontier, seen, dist, otherSeen, levels] = fromSource
        ? [frontierS, seenS, distS, seenT, levelsS]
        : [frontierT, seenT, distT, seenS, levelsT];
      const level = levels.length;
      const next: number[] = [];
      const found: number[] = [];
      for (const v of frontier) {
        for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
          const u = neighbour[k]!;
          if (seen[u] === epoch || !edgePasses(table, relation[k]!, filter)) continue;
          seen[u] = epoch;
          dist[u] = level;
          next.push(u);
          // The searches were disjoint until now, so a meeting actor lies at the other side's deepest level.
          if (otherSeen[u] === epoch) found.push(u);
        }
      }
      levels.push(next);
      meet = found;
    }
    const depthS = levelsS.length - 1;
    const depthT = levelsT.length - 1;
    const length = depthS + depthT;

    // Keep only the actors that lie on some shortest path: walk each side back from the meeting actors.
    for (const u of meet) {
      markS[u] = epoch;
      markT[u] = epoch;
    }
    const markBack = (levels: number[][], seen: Int32Array, dist: Int32Array, mark: Int32Array) => {
      for (let level = levels.length - 2; level >= 0; level--) {
        for (const v of levels[level]!) {
          for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
            const u = neighbour[k]!;
            if (
              mark[u] === epoch &&
              seen[u] === epoch &&
              dist[u] === level + 1 &&
              edgePasses(table, relation[k]!, filter)
            ) {
              mark[v] = epoch;
              break;
            }
          }
        }
      }
    };
    markBack(levelsS, seenS, distS, markS);
    markBack(levelsT, seenT, distT, markT);

    // Depth-first from the source, smallest actor first, so the paths come out in lexicographic order.
    const onPathAt = (u: number, position: number): boolean =>
      position <= depthS
        ? seenS[u] === epoch && distS[u] === position && markS[u] === epoch
        : seenT[u] === epoch && distT[u] === length - position && markT[u] === epoch;
    const results: IndexPath[] = [];
    const sequence = [source];
    const walk = (v: number, position: number) => {
      if (position === length) {
        results.push({ actors: [...sequence], hops: this.hopsOf(sequence, filter) });
        return;
      }
      const candidates: number[] = [];
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const u = neighbour[k]!;
        if (onPathAt(u, position + 1) && edgePasses(table, relation[k]!, filter)) candidates.push(u);
      }
      candidates.sort((a, b) => a - b);
      let previous = -1;
      for (const u of candidates) {
        if (u === previous) continue;
        previous = u;
        sequence.push(u);
        walk(u, position + 1);
        sequence.pop();
        if (results.length >= cap) return;
      }
    };
    walk(source, 0);
    return results;
  }

  /** For each consecutive pair, the passing relation with the smallest number linking them (either direction). */
  hopsOf(sequence: readonly number[], filter: EdgeFilter): number[] {
    const { offsets, neighbour, relation } = this.adjacency;
    const hops: number[] = [];
    for (let i = 0; i + 1 < sequence.length; i++) {
      const a = sequence[i]!;
      const b = sequence[i + 1]!;
      for (let k = offsets[a]!, end = offsets[a + 1]!; k < end; k++) {
        if (neighbour[k] === b && edgePasses(this.table, relation[k]!, filter)) {
          hops.push(relation[k]!);
          break;
        }
      }
    }
    return hops;
  }
}
