/**
 * Layout maths kept out of the components: a seeded random source (so that the same link draws the same picture),
 * where to put actors that join a graph already drawn (next to the neighbours they have there), and which fcose
 * settings to use for a graph of a given size.
 */

import { seededRandom } from '@atlas/server/domain/seeded-random';

export interface Point {
  x: number;
  y: number;
}

/** A 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Runs a synchronous computation with Math.random replaced by a seeded generator, then puts it back: fcose draws
 * its initial positions with Math.random, and a shared link should show the same picture every time.
 */
export function withSeededRandom<T>(seed: number, run: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return run();
  } finally {
    Math.random = original;
  }
}

/**
 * Positions for actors joining a drawn graph: each one at the centre of its already-placed neighbours, nudged by a
 * small deterministic offset so that siblings do not land on the same spot; actors with no placed neighbour are
 * placed once their neighbours are (breadth first), and those linked to nothing placed go on a ring around the
 * drawing. Returns positions for the new ids only.
 */
export function seedPositions(
  newIds: readonly string[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  placed: ReadonlyMap<string, Point>,
  spacing = 40,
): Map<string, Point> {
  const known = new Map(placed);
  const result = new Map<string, Point>();
  let pending = [...newIds].filter((id) => !known.has(id));
  const centroid = (() => {
    if (known.size === 0) return { x: 0, y: 0 };
    let x = 0;
    let y = 0;
    for (const p of known.values()) {
      x += p.x;
      y += p.y;
    }
    return { x: x / known.size, y: y / known.size };
  })();
  const radius = (() => {
    let r = 0;
    for (const p of known.values()) r = Math.max(r, Math.hypot(p.x - centroid.x, p.y - centroid.y));
    return r + spacing * 2;
  })();
  const siblings = new Map<string, number>();

  while (pending.length > 0) {
    const next: string[] = [];
    let progress = false;
    for (const id of pending) {
      const around = (neighbours.get(id) ?? []).map((n) => known.get(n)).filter((p): p is Point => p !== undefined);
      if (around.length === 0) {
        next.push(id);
        continue;
      }
      const cx = around.reduce((sum, p) => sum + p.x, 0) / around.length;
      const cy = around.reduce((sum, p) => sum + p.y, 0) / around.length;
      const key = `${Math.round(cx)},${Math.round(cy)}`;
      const n = siblings.get(key) ?? 0;
      siblings.set(key, n + 1);
      const angle = ((hashString(id) % 360) * Math.PI) / 180 + n * 2.399963;
      const distance = spacing * (1 + 0.35 * Math.sqrt(n));
      const point = { x: cx + Math.cos(angle) * distance, y: cy + Math.sin(angle) * distance };
      known.set(id, point);
      result.set(id, point);
      progress = true;
    }
    if (!progress) {
      // Nothing placed links to these: spread them on a ring around the drawing, in a stable order.
      const ring = [...next].sort();
      ring.forEach((id, i) => {
        const angle = (2 * Math.PI * i) / ring.length + (hashString(id) % 100) / 1000;
        const point = { x: centroid.x + Math.cos(angle) * radius, y: centroid.y + Math.sin(angle) * radius };
        known.set(id, point);
        result.set(id, point);
      });
      break;
    }
    pending = next;
  }
  return result;
}

/** Above this many actors the layout runs at fcose's draft quality (its default quality takes seconds there). */
export const DRAFT_THRESHOLD = 500;
/** Above this many relations, edges are drawn as cheap straight "haystack" lines and hidden while panning. */
export const LARGE_EDGE_COUNT = 2_000;

export interface LayoutPlan {
  /** Run fcose at all (false: the seeded positions are kept as they are). */
  run: boolean;
  quality: 'draft' | 'default';
  randomize: boolean;
  /** Actors kept where they are while the newcomers settle around them. */
  fixed: string[];
}

/**
 * How to lay out: a first drawing runs fcose from scratch (draft quality past 500 actors); a graph that grows runs
 * it incrementally (randomize off, the actors already drawn fixed) when it is small enough for the default quality,
 * and otherwise keeps the seeded positions; a graph that only shrank or whose filters changed is not laid out.
 */
export function planLayout(totalNodes: number, existing: readonly string[], added: number): LayoutPlan {
  if (existing.length === 0) {
    return {
      run: totalNodes > 0,
      quality: totalNodes > DRAFT_THRESHOLD ? 'draft' : 'default',
      randomize: true,
      fixed: [],
    };
  }
  if (added === 0) return { run: false, quality: 'default', randomize: false, fixed: [] };
  if (totalNodes > DRAFT_THRESHOLD) return { run: false, quality: 'draft', randomize: false, fixed: [] };
  return { run: true, quality: 'default', randomize: false, fixed: [...existing] };
}

/**
 * Where actors linked to nothing go: a grid of their own below the drawing, its cells wide enough for a label
 * (so that names are not written over each other), centred under the drawing and as wide as it (at least three
 * columns). Ids are placed in the order given.
 */
export function placeApart(
  ids: readonly string[],
  drawn: readonly Point[],
  cell: { width: number; height: number } = { width: 190, height: 80 },
): Map<string, Point> {
  const result = new Map<string, Point>();
  if (ids.length === 0) return result;
  let minX = 0;
  let maxX = 0;
  let maxY = 0;
  if (drawn.length > 0) {
    minX = Math.min(...drawn.map((p) => p.x));
    maxX = Math.max(...drawn.map((p) => p.x));
    maxY = Math.max(...drawn.map((p) => p.y));
  }
  const columns = Math.min(ids.length, Math.max(3, Math.floor((maxX - minX) / cell.width) + 1));
  const centre = (minX + maxX) / 2;
  const top = drawn.length > 0 ? maxY + cell.height * 1.5 : 0;
  ids.forEach((id, i) => {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, ids.length - row * columns);
    const column = i % columns;
    result.set(id, { x: centre + (column - (inRow - 1) / 2) * cell.width, y: top + row * cell.height });
  });
  return result;
}

/** Actors labelled at the zoom that fits the whole graph; more appear as one zooms in. */
export const LABELS_AT_FIT = 14;

/**
 * How many actors carry a label at a zoom level: the LABELS_AT_FIT most central at the fitted zoom, growing with the
 * area zoomed into (the square of the zoom ratio), all of them once zoomed in far enough.
 */
export function labelBudget(zoom: number, fitZoom: number, total: number): number {
  if (fitZoom <= 0) return total;
  const ratio = Math.max(1, zoom / fitZoom);
  return Math.min(total, Math.round(LABELS_AT_FIT * ratio * ratio));
}

/** Each actor's rank by centrality (0 the most central); ties by id so that the order is stable. */
export function centralityRanks(nodes: Iterable<{ id: string; centrality: number }>): Map<string, number> {
  const sorted = [...nodes].sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((node, i) => [node.id, i]));
}

/** Each model's actors ranked by centrality (labels, batches and the relation budget), computed once per model. */
const ranksByModel = new WeakMap<object, Map<string, number>>();
export function ranksOf(model: {
  nodes: ReadonlyMap<string, { id: string; centrality: number }>;
}): Map<string, number> {
  let ranks = ranksByModel.get(model);
  if (!ranks) {
    ranks = centralityRanks(model.nodes.values());
    ranksByModel.set(model, ranks);
  }
  return ranks;
}

/** Actors and relations added per rendered frame when a large first drawing is added progressively. */
export const NODE_BATCH = 500;
export const EDGE_BATCH = 1_000;

/**
 * Splits items into batches of `size`, the best ranked first (rank 0 is the most central actor), keeping the given
 * order among equal ranks: a large first drawing adds its actors, then its relations, a batch per frame, so that the
 * frames drawn while the rest arrive already show the graph's backbone.
 */
export function batchesByRank<T>(items: readonly T[], rankOf: (item: T) => number, size: number): T[][] {
  const ordered = items.map((item, i) => ({ item, rank: rankOf(item), i }));
  ordered.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const batches: T[][] = [];
  for (let start = 0; start < ordered.length; start += size)
    batches.push(ordered.slice(start, start + size).map((entry) => entry.item));
  return batches;
}

/** A relation's rank for batchesByRank: the better rank of its two ends. */
export const relationRank =
  (ranks: ReadonlyMap<string, number>) =>
  (relation: { source: string; target: string }): number =>
    Math.min(ranks.get(relation.source) ?? Infinity, ranks.get(relation.target) ?? Infinity);

/**
 * The view that fits actors' centres, before they are drawn (cheaper than measuring thousands of drawn elements):
 * the drawing is about a node and a label wider and taller than their centres' box.
 */
export function fitPoints(
  points: readonly Point[],
  viewport: { width: number; height: number },
  maxZoom: number,
): { zoom: number; pan: Point } {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x1, y1] = [Math.min(...xs), Math.min(...ys)];
  const box = { x1: x1 - 40, y1: y1 - 30, w: Math.max(...xs) - x1 + 80, h: Math.max(...ys) - y1 + 60 };
  return fitViewport(box, viewport, 30, maxZoom);
}

/**
 * The zoom and pan that show a box (in graph units) whole in a viewport, with padding, zoomed in no further than
 * maxZoom (a lone actor is not blown up to fill the screen).
 */
export function fitViewport(
  box: { x1: number; y1: number; w: number; h: number },
  viewport: { width: number; height: number },
  padding: number,
  maxZoom: number,
): { zoom: number; pan: Point } {
  const width = Math.max(1, viewport.width - 2 * padding);
  const height = Math.max(1, viewport.height - 2 * padding);
  const zoom = Math.min(maxZoom, width / Math.max(1, box.w), height / Math.max(1, box.h));
  const cx = box.x1 + box.w / 2;
  const cy = box.y1 + box.h / 2;
  return { zoom, pan: { x: viewport.width / 2 - zoom * cx, y: viewport.height / 2 - zoom * cy } };
}
