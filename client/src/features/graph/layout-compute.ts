import cytoscape, { type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { placeApart, withSeededRandom, type LayoutPlan, type Point } from './layout.ts';

cytoscape.use(fcose);

/** What the layout needs to know, plain data so that it crosses to the worker. */
export interface LayoutRequest {
  nodes: { id: string; layoutSize: number; position: Point }[];
  edges: { id: string; source: string; target: string }[];
  plan: LayoutPlan;
  seed: number;
}

export interface LayoutResult {
  positions: Record<string, Point>;
  ms: number;
}

/**
 * Runs fcose in a headless cytoscape (no DOM: it runs in a Web Worker, off the page's main thread). On a first
 * drawing, actors linked to nothing are left out of fcose (its component packing crams them into a tiny grid with
 * their labels over each other) and set apart in a grid of their own below the drawing.
 */
export function computeLayout(request: LayoutRequest): LayoutResult {
  const started = performance.now();
  const linked = new Set<string>();
  for (const edge of request.edges) {
    linked.add(edge.source);
    linked.add(edge.target);
  }
  const fixedIds = new Set(request.plan.fixed);
  const isolated = request.plan.randomize ? request.nodes.filter((n) => !linked.has(n.id)).map((n) => n.id) : [];
  const apart = new Set(isolated);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(layoutSize)', height: 'data(layoutSize)' } }],
    elements: [
      ...request.nodes
        .filter((n) => !apart.has(n.id))
        .map((n) => ({ group: 'nodes' as const, data: { id: n.id, layoutSize: n.layoutSize }, position: n.position })),
      ...request.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  const fixed = request.nodes
    .filter((n) => fixedIds.has(n.id))
    .map((n) => ({ nodeId: n.id, position: { ...n.position } }));
  const { plan } = request;
  if (cy.nodes().nonempty()) {
    withSeededRandom(request.seed, () => {
      cy.layout({
        name: 'fcose',
        quality: plan.quality,
        randomize: plan.randomize,
        animate: false,
        fit: false,
        padding: 30,
        // Big actors push harder, so that two hubs sharing many neighbours do not end up on top of each other.
        nodeRepulsion: (node: NodeSingular) => 12_000 * Math.max(1, (Number(node.data('layoutSize')) / 20) ** 2),
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.3,
        gravity: 0.2,
        gravityRange: 2.5,
        nodeSeparation: 110,
        numIter: plan.quality === 'draft' ? 1000 : 2500,
        ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
      } as cytoscape.LayoutOptions).run();
    });
  }
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  const drawn = Object.values(positions);
  for (const [id, point] of placeApart(isolated, drawn)) positions[id] = point;
  cy.destroy();
  return { positions, ms: performance.now() - started };
}
