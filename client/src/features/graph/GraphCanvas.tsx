import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent } from 'react';
import type { GraphNode } from '../../shared/api/types.ts';
import { edgeLook, kindStyle } from '../../shared/visual.ts';
import { graphStylesheet } from './cy-style.ts';
import type { GraphModel, Visibility } from './graph-model.ts';
import { LARGE_EDGE_COUNT, planLayout, seedPositions, withSeededRandom, type Point } from './layout.ts';
import { graphToSvg, type SvgEdge, type SvgNode } from './svg-export.ts';

cytoscape.use(fcose);

/**
 * The cytoscape canvas: created once through a ref in an effect and destroyed on unmount. Elements are diffed in
 * (never rebuilt), so that actors keep their places when the graph grows: newcomers are seeded next to their
 * neighbours and an incremental fcose run settles them with everyone else fixed. Filters only toggle classes.
 * Positions outlive the component (a view switch and back redraws the same picture).
 */

const positionCache = new Map<string, Point>();

export interface GraphCanvasHandle {
  fit(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  svg(title: string): string;
}

export interface GraphCanvasProps {
  model: GraphModel;
  visibility: Visibility;
  sizes: ReadonlyMap<string, number>;
  labels: (node: GraphNode) => string;
  selected: string | null;
  /** Actors to keep bright (the selection's neighbourhood or a path); null: all. */
  emphasis: ReadonlySet<string> | null;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** The whole graph, when known: laid out once so that every part of it is drawn alike from any link. */
  basis?: GraphModel | undefined;
  describeNode: (node: GraphNode) => string[];
  describeEdge: (edgeId: string) => string[];
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  label: string;
}

const LAYOUT_SEED = 20_120_901;
/** Labels drawn on a large graph besides the selection's neighbourhood and the path. */
const LABELLED_ON_LARGE = 150;

/** Node size used by the layout: from centrality alone (not the "size by" choice), so that a link always lays out alike. */
function layoutSize(node: GraphNode, maxCentrality: number, large: boolean): number {
  const [min, span] = large ? [8, 16] : [18, 46];
  return maxCentrality > 0 ? Math.round(min + span * Math.sqrt(Math.min(1, node.centrality / maxCentrality))) : min;
}

/**
 * Makes the instance hold exactly `target`'s elements: removes the others, adds the new ones at their remembered
 * position or seeded next to their placed neighbours, and runs fcose as planLayout says (from scratch on a first
 * drawing, incrementally with everyone else fixed when the graph grows). Returns whether a layout ran.
 */
function placeElements(
  cy: Core,
  target: GraphModel,
  sizing: GraphModel,
  props: GraphCanvasProps,
  container: HTMLElement,
): boolean {
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

  cy.batch(() => {
    cy.elements()
      .filter((ele) => (ele.isNode() ? !target.nodes.has(ele.id()) : !target.edges.has(ele.id())))
      .remove();
    cy.add(
      newIds.map((id) => {
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
        };
      }),
    );
    const newEdges = [...target.edges.values()].filter((edge) => !present.has(edge.id));
    cy.add(
      newEdges.map((edge) => {
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
        };
      }),
    );
  });

  const known = [...drawnBefore, ...cached];
  const plan = planLayout(target.nodes.size, known, toLayout.length);
  if (plan.run) {
    performance.mark('atlas:layout-start');
    const started = performance.now();
    const fixed = plan.fixed.map((id) => ({ nodeId: id, position: { ...cy.getElementById(id).position() } }));
    withSeededRandom(LAYOUT_SEED ^ target.nodes.size, () => {
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
    const elapsed = performance.now() - started;
    performance.mark('atlas:layout-end');
    performance.measure('atlas:layout', 'atlas:layout-start', 'atlas:layout-end');
    container.dataset.layoutMs = String(Math.round(elapsed));
  }
  cy.nodes().forEach((node) => {
    positionCache.set(node.id(), { ...node.position() });
  });
  return plan.run;
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const containerRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const largeRef = useRef(false);
  const tappedRef = useRef<string | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Create the instance once; destroy it (listeners, layouts, animations, canvases) on unmount.
  useEffect(() => {
    const container = containerRef.current!;
    const initial = latest.current.model;
    const large = initial.edges.size > LARGE_EDGE_COUNT || initial.nodes.size > 1_000;
    largeRef.current = large;
    const cy = cytoscape({
      container,
      style: graphStylesheet(large),
      // The performance guide's settings for large graphs: cheap frames while the viewport moves.
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    const tip = tipRef.current!;
    const showTip = (lines: string[], event: EventObject) => {
      tip.textContent = lines.join('\n');
      tip.hidden = false;
      const { x, y } = event.renderedPosition;
      tip.style.transform = `translate(${Math.round(x + 14)}px, ${Math.round(y + 14)}px)`;
    };
    const hideTip = () => {
      tip.hidden = true;
    };
    cy.on('tap', 'node', (event) => {
      const id = (event.target as NodeSingular).id();
      tappedRef.current = id;
      latest.current.onSelect(id);
    });
    cy.on('dbltap', 'node', (event) => latest.current.onExpand((event.target as NodeSingular).id()));
    cy.on('mouseover', 'node', (event) => {
      const node = latest.current.model.nodes.get((event.target as NodeSingular).id());
      if (node) showTip(latest.current.describeNode(node), event);
    });
    cy.on('mouseover', 'edge', (event) => showTip(latest.current.describeEdge(event.target.id()), event));
    cy.on('mouseout', hideTip);
    cy.on('viewport', hideTip);
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      positionCache.set(node.id(), { ...node.position() });
    });
    return () => {
      cy.stop(true, false);
      cy.removeAllListeners();
      cy.destroy();
      cyRef.current = null;
      container.removeAttribute('data-graph-ready');
    };
  }, []);

  // Diff the elements in; lay out only what is new.
  const { model } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const large = model.edges.size > LARGE_EDGE_COUNT || model.nodes.size > 1_000;
    if (large !== largeRef.current) {
      largeRef.current = large;
      cy.style(graphStylesheet(large));
    }
    const container = containerRef.current!;
    const freshInstance = cy
      .nodes()
      .filter((n) => model.nodes.has(n.id()))
      .empty();
    const { basis } = latest.current;
    // The whole graph is laid out once, whatever link the page was opened with, so that any part of it shows the
    // same picture from any link; actors it does not hold are placed incrementally.
    let laidOut = false;
    if (basis && basis !== model && [...basis.nodes.keys()].some((id) => !positionCache.has(id))) {
      laidOut = placeElements(cy, basis, basis, latest.current, container) || laidOut;
    }
    laidOut = placeElements(cy, model, basis ?? model, latest.current, container) || laidOut;
    if (freshInstance || laidOut) cy.fit(cy.elements(':visible'), 30);
    if (model.nodes.size > 0 && container.dataset.graphReady !== 'true') {
      cy.one('render', () => {
        performance.mark('atlas:first-draw');
        container.dataset.graphReady = 'true';
      });
      cy.forceRender();
    }
    container.dataset.nodes = String(cy.nodes().length);
  }, [model]);

  // Visibility, sizes, labels, emphasis: classes and data only.
  const { visibility, sizes, labels, selected, emphasis, pathNodes, pathEdges } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const started = performance.now();
    // On a large graph only the biggest actors, the selection's neighbourhood and the path carry labels.
    const labelled = largeRef.current
      ? new Set(
          [...sizes]
            .sort((a, b) => b[1] - a[1])
            .slice(0, LABELLED_ON_LARGE)
            .map(([id]) => id),
        )
      : null;
    // Classes are set in bulk (one collection per class and state) and data only where it changed: on a graph of
    // thousands of elements, per-element calls cost more than the drawing.
    const classes: [string, (id: string) => boolean][] = [
      ['hidden', (id) => !visibility.nodes.has(id)],
      ['faded', (id) => emphasis !== null && !emphasis.has(id)],
      ['path', (id) => pathNodes.has(id)],
      ['undated', (id) => visibility.dating.nodes.get(id) === 'undated'],
      [
        'labelled',
        (id) =>
          labelled !== null &&
          (labelled.has(id) || id === selected || pathNodes.has(id) || (emphasis?.has(id) ?? false)),
      ],
    ];
    const edgeClasses: [string, (id: string) => boolean][] = [
      ['hidden', (id) => !visibility.edges.has(id)],
      [
        'faded',
        (id) => {
          const relation = model.edges.get(id);
          return (
            emphasis !== null &&
            !(relation && emphasis.has(relation.from) && emphasis.has(relation.to)) &&
            !pathEdges.has(id)
          );
        },
      ],
      ['path', (id) => pathEdges.has(id)],
      ['undated', (id) => visibility.dating.edges.get(id) === 'undated'],
    ];
    const apply = (
      eles: cytoscape.NodeCollection | cytoscape.EdgeCollection,
      rules: [string, (id: string) => boolean][],
    ) => {
      const all: cytoscape.SingularElementArgument[] = [];
      eles.forEach((ele: cytoscape.SingularElementArgument) => {
        all.push(ele);
      });
      for (const [name, wanted] of rules) {
        const on: cytoscape.SingularElementArgument[] = [];
        const off: cytoscape.SingularElementArgument[] = [];
        for (const ele of all) {
          const want = wanted(ele.id());
          const has = ele.hasClass(name);
          if (want && !has) on.push(ele);
          else if (!want && has) off.push(ele);
        }
        // cy.collection() takes an array of elements at run time; its typings only list definitions.
        if (on.length > 0) cy.collection(on as unknown as cytoscape.CollectionArgument).addClass(name);
        if (off.length > 0) cy.collection(off as unknown as cytoscape.CollectionArgument).removeClass(name);
      }
    };
    cy.batch(() => {
      apply(cy.nodes(), classes);
      apply(cy.edges(), edgeClasses);
      cy.nodes().forEach((node) => {
        const data = model.nodes.get(node.id());
        if (!data) return;
        const size = sizes.get(data.id) ?? 20;
        if (node.data('size') !== size) node.data('size', size);
        const label = labels(data);
        if (node.data('label') !== label) node.data('label', label);
      });
    });
    // Selection state changes only where it differs (each select or unselect is an event).
    cy.nodes(':selected')
      .filter((node) => node.id() !== selected)
      .unselect();
    if (selected) {
      const node = cy.getElementById(selected);
      if (node.nonempty() && !node.selected()) node.select();
    }
    performance.measure('atlas:classes', { start: started, end: performance.now() });
    containerRef.current!.dataset.visibleNodes = String(visibility.nodes.size);
  }, [model, visibility, sizes, labels, selected, emphasis, pathNodes, pathEdges]);

  // A selection made elsewhere (search, table, side panel) brings its actor to the centre.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !selected) return;
    const tapped = tappedRef.current;
    tappedRef.current = null;
    if (tapped === selected) return;
    const node = cy.getElementById(selected);
    if (node.nonempty() && node.visible()) cy.animate({ center: { eles: node } }, { duration: 200 });
  }, [selected, model]);

  useImperativeHandle(ref, () => ({
    fit: () =>
      cyRef.current?.animate({ fit: { eles: cyRef.current.elements(':visible'), padding: 30 } }, { duration: 200 }),
    zoom: (factor: number) => {
      const cy = cyRef.current;
      if (!cy) return;
      cy.animate(
        {
          zoom: {
            level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)),
            renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
          },
        },
        { duration: 150 },
      );
    },
    png: () => cyRef.current!.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    svg: (title: string) => {
      const cy = cyRef.current!;
      const nodes: SvgNode[] = cy.nodes(':visible').map((node) => ({
        id: node.id(),
        label: String(node.data('label')),
        x: node.position().x,
        y: node.position().y,
        size: Number(node.data('size')),
        colour: String(node.data('colour')),
        shape: node.data('shape'),
        faded: node.hasClass('faded'),
        undated: node.hasClass('undated'),
      }));
      const edges: SvgEdge[] = cy.edges(':visible').map((edge) => ({
        source: edge.source().id(),
        target: edge.target().id(),
        colour: edge.hasClass('path') ? '#f59e0b' : String(edge.data('colour')),
        lineStyle: edge.data('lineStyle'),
        directed: edge.data('arrow') === 'triangle',
        faded: edge.hasClass('faded'),
        undated: edge.hasClass('undated'),
      }));
      return graphToSvg(nodes, edges, title);
    },
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      cy.panBy({ x: move[0], y: move[1] });
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      cy.zoom({
        level: Math.min(cy.maxZoom(), cy.zoom() * 1.25),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    } else if (event.key === '-') {
      event.preventDefault();
      cy.zoom({
        level: Math.max(cy.minZoom(), cy.zoom() / 1.25),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    } else if (event.key === '0') {
      event.preventDefault();
      cy.fit(cy.elements(':visible'), 30);
    } else if (event.key === 'Enter' && latest.current.selected) {
      event.preventDefault();
      latest.current.onExpand(latest.current.selected);
    }
  };

  return (
    <div className="graph-canvas-wrap">
      <div
        ref={containerRef}
        className="graph-canvas"
        role="application"
        aria-label={props.label}
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <div ref={tipRef} className="graph-tooltip" role="tooltip" hidden />
    </div>
  );
});
