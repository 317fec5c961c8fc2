import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphNode } from '../../shared/api/types.ts';
import { edgeLook, kindStyle } from '../../shared/visual.ts';
import type { GraphModel } from './graph-model.ts';
import {
  batchesByRank,
  centralityRanks,
  EDGE_BATCH,
  LARGE_EDGE_COUNT,
  NODE_BATCH,
  planLayout,
  relationRank,
  seedPositions,
  type Point,
} from './layout.ts';
import { runLayout } from './layout-client.ts';
import type { LayoutRequest } from './layout-compute.ts';

/**
 * Where the canvas's actors go: positions outlive the component (a view switch and back redraws the same picture), so
 * that actors keep their places when the graph grows.
 */
export const positionCache = new Map<string, Point>();

const LAYOUT_SEED = 20_120_901;

/** Node size used by the layout: from centrality alone (not the "size by" choice), so that a link always lays out alike. */
function layoutSize(node: GraphNode, maxCentrality: number, large: boolean): number {
  const [min, span] = large ? [8, 16] : [18, 46];
  return maxCentrality > 0 ? Math.round(min + span * Math.sqrt(Math.min(1, node.centrality / maxCentrality))) : min;
}

/**
 * Makes the instance hold exactly `target`'s elements: removes the others, adds the new ones at their remembered
 * position or seeded next to their placed neighbours, and runs fcose as planLayout says (from scratch on a first
 * drawing, incrementally with everyone else fixed when the graph grows). Returns the layout to run (see layOut), or
 * null when none is needed.
 */
export function placeElements(
  cy: Core,
  target: GraphModel,
  sizing: GraphModel,
  props: {
    labels: (node: GraphNode) => string;
    sizes: ReadonlyMap<string, number>;
    classes: (group: 'nodes' | 'edges', id: string) => string[];
    /** The relations to draw (relation-budget.ts); null: all. The layout always uses every relation. */
    drawnEdges: ReadonlySet<string> | null;
  },
): Placement | null {
  const drawable = (id: string) => props.drawnEdges === null || props.drawnEdges.has(id);
  let maxCentrality = 0;
  for (const node of sizing.nodes.values()) maxCentrality = Math.max(maxCentrality, node.centrality);
  const large = sizing.nodes.size > 500;
  const present = new Set(cy.elements().map((ele) => ele.id()));
  const drawnBefore = cy
    .nodes()
    .map((n) => n.id())
    .filter((id) => target.nodes.has(id));
  const newIds = [...target.nodes.keys()].filter((id) => !present.has(id));
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const edge of target.edges.values()) {
    link(edge.from, edge.to);
    link(edge.to, edge.from);
  }
  const placed = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    if (target.nodes.has(node.id())) placed.set(node.id(), { ...node.position() });
  });
  const cached = newIds.filter((id) => positionCache.has(id));
  for (const id of cached) placed.set(id, positionCache.get(id)!);
  const toLayout = newIds.filter((id) => !positionCache.has(id));
  const seeded = seedPositions(toLayout, neighbours, placed);
  const known = [...drawnBefore, ...cached];
  const plan = planLayout(target.nodes.size, known, toLayout.length);

  const nodeDefinitions = newIds.map((id) => {
    const node = target.nodes.get(id)!;
    const style = kindStyle[node.kind];
    return {
      group: 'nodes' as const,
      data: {
        id,
        label: props.labels(node),
        colour: style.colour,
        shape: style.shape,
        size: props.sizes.get(id) ?? layoutSize(node, maxCentrality, large),
        layoutSize: layoutSize(node, maxCentrality, large),
      },
      position: { ...(positionCache.get(id) ?? seeded.get(id) ?? { x: 0, y: 0 }) },
      classes: props.classes('nodes', id),
    };
  });
  const edgeDefinitions = [...target.edges.values()]
    .filter((edge) => !present.has(edge.id) && drawable(edge.id))
    .map((edge) => {
      const look = edgeLook(edge);
      return {
        group: 'edges' as const,
        data: {
          id: edge.id,
          source: edge.from,
          target: edge.to,
          colour: look.colour,
          lineStyle: look.lineStyle,
          arrow: look.directed ? 'triangle' : 'none',
        },
        classes: props.classes('edges', edge.id),
      };
    });
  // A first drawing is added once its layout is known: drawing it at its seeded places first would cost a whole
  // render of the graph (seconds on thousands of relations) for a picture nobody reads.
  const deferred = plan.run && known.length === 0;
  cy.batch(() => {
    cy.elements()
      .filter((ele) =>
        ele.isNode() ? !target.nodes.has(ele.id()) : !target.edges.has(ele.id()) || !drawable(ele.id()),
      )
      .remove();
    if (!deferred) cy.add([...nodeDefinitions, ...edgeDefinitions]);
  });
  rememberPositions(cy);
  if (!plan.run) return null;
  const request: LayoutRequest = {
    nodes: [
      ...cy.nodes().map((node) => ({
        id: node.id(),
        layoutSize: Number(node.data('layoutSize')),
        position: { ...node.position() },
      })),
      ...(deferred
        ? nodeDefinitions.map((n) => ({ id: n.data.id, layoutSize: n.data.layoutSize, position: n.position }))
        : []),
    ],
    // Every relation, drawn or not: the budget changes what is drawn, never where actors are.
    edges: [...target.edges.values()].map((edge) => ({ id: edge.id, source: edge.from, target: edge.to })),
    plan,
    seed: LAYOUT_SEED ^ target.nodes.size,
  };
  if (!deferred) return { request, deferred: null };
  if (nodeDefinitions.length + edgeDefinitions.length <= LARGE_EDGE_COUNT)
    return { request, deferred: [[...nodeDefinitions, ...edgeDefinitions]] };
  // A large drawing is added over several frames (see layOut), the most central actors and their relations first.
  const ranks = centralityRanks(target.nodes.values());
  const byRank = relationRank(ranks);
  return {
    request,
    deferred: [
      ...batchesByRank(nodeDefinitions, (n) => ranks.get(n.data.id) ?? Infinity, NODE_BATCH),
      ...batchesByRank(edgeDefinitions, (e) => byRank(e.data), EDGE_BATCH),
    ],
  };
}

/** A layout to run, and the elements to add once it has run (a first drawing), or null (they are drawn already). */
export interface Placement {
  request: LayoutRequest;
  /** The elements in batches, each added in a frame of its own (a small graph is one batch), actors first. */
  deferred: ElementDefinition[][] | null;
}

/** Resolves in the task after cytoscape's next render (a render is one frame's work: styles, then drawing). */
const afterNextRender = (cy: Core) => new Promise<void>((resolve) => cy.one('render', () => setTimeout(resolve, 0)));

function rememberPositions(cy: Core): void {
  cy.nodes().forEach((node) => {
    positionCache.set(node.id(), { ...node.position() });
  });
}

/**
 * Runs the layout a request describes off the main thread and moves the actors still drawn to where it put them, or
 * adds a first drawing's elements there (after `beforeAdding`, told where they will be). A large first drawing is
 * added over several frames: its actors first, then its relations a batch per frame, so that no single task styles
 * and draws ten thousand relations at once (cytoscape renders everything added before the frame in that frame).
 * Returns the layout's own time (in the worker).
 */
export async function layOut(
  cy: Core,
  { request, deferred }: Placement,
  beforeAdding: (positions: Readonly<Record<string, Point>>) => void,
): Promise<number> {
  performance.mark('atlas:layout-start');
  const { positions, ms } = await runLayout(request);
  performance.mark('atlas:layout-end');
  performance.measure('atlas:layout', 'atlas:layout-start', 'atlas:layout-end');
  if (cy.destroyed()) return ms;
  const applying = performance.now();
  if (deferred) beforeAdding(positions);
  const batches = (deferred ?? []).map((batch) =>
    batch.map((definition) =>
      definition.group === 'nodes' ? { ...definition, position: positions[definition.data.id!] } : definition,
    ),
  );
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const point = positions[node.id()];
      if (point) node.position(point);
    });
    if (batches[0]) cy.add(batches[0]);
  });
  rememberPositions(cy);
  performance.measure('atlas:apply-layout', { start: applying, end: performance.now() });
  if (batches.length > 1) {
    for (const batch of batches.slice(1)) {
      await afterNextRender(cy);
      if (cy.destroyed()) return ms;
      cy.add(batch);
    }
    rememberPositions(cy);
  }
  return ms;
}
