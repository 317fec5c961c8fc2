import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useEffect, useImperativeHandle, useRef, type KeyboardEvent } from 'react';
import type { GraphNode } from '../../shared/api/types.ts';
import { graphStylesheet, labelStyle } from './cy-style.ts';
import type { GraphModel, Visibility } from './graph-model.ts';
import { fitPoints, labelBudget, LARGE_EDGE_COUNT, ranksOf, type Point } from './layout.ts';
import { budgetRelations, RELATION_BUDGET } from './relation-budget.ts';
import { layOut, placeElements, positionCache } from './place-elements.ts';
import {
  actorsInView,
  applyClasses,
  canvasToSvg,
  classRules,
  handleCanvasKey,
  initialClasses,
  labelCandidates,
  viewAround,
  viewOfStep,
  zoomAboutCentre,
} from './canvas-helpers.ts';
import { chooseLabels, LABEL_PX, LABELLED_NEIGHBOURHOOD, labelOrder, needsRestyle } from './label-placement.ts';

cytoscape.use(fcose);

/**
 * The cytoscape canvas: created once through a ref in an effect and destroyed on unmount. Elements are diffed in
 * (never rebuilt), so that actors keep their places when the graph grows: newcomers are seeded next to their
 * neighbours and an incremental fcose run settles them with everyone else fixed. Filters only toggle classes.
 * Positions outlive the component (a view switch and back redraws the same picture).
 */

export interface GraphCanvasHandle {
  fit(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  svg(title: string): string;
}

export interface GraphCanvasProps {
  model: GraphModel;
  /** What is drawn: the actors set apart (listed beside the canvas) are not among its nodes. */
  visibility: Visibility;
  /** Actors with no relation in view: not drawn, and left out of the fitted view and the exported picture. */
  apart: ReadonlySet<string>;
  sizes: ReadonlyMap<string, number>;
  labels: (node: GraphNode) => string;
  selected: string | null;
  /** Actors to keep bright (the selection's neighbourhood or a path); null: all. */
  emphasis: ReadonlySet<string> | null;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** A story step's actors: fitted into view when the step's actors are drawn, and labelled like the selection. */
  fitTo: readonly string[];
  /** The whole graph, when known: laid out once so that every part of it is drawn alike from any link. */
  basis?: GraphModel | undefined;
  describeNode: (node: GraphNode) => string[];
  describeEdge: (edgeId: string) => string[];
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  label: string;
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const containerRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const largeRef = useRef(false);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const layoutQueue = useRef<Promise<void>>(Promise.resolve());
  /** Runs a job after those queued before it; a failed job is reported and does not stop the ones after it. */
  const enqueue = (job: () => void | Promise<void>) => {
    layoutQueue.current = layoutQueue.current.then(job).catch((error: unknown) => console.error('graph layout', error));
  };
  /**
   * Past RELATION_BUDGET relations in view, the relations drawn (relation-budget.ts): the most central actors', the
   * selection's and the path's, and zoomed in, those between the actors in view (`inView`). The layout uses them all.
   */
  const inView = useRef<Set<string> | null>(null);
  const drawnBudget = useRef<Set<string> | null>(null);
  /** What placeElements needs: new elements are born with their classes, and only the relations drawn are added. */
  const placing = () => {
    const { model, visibility, apart, emphasis, pathNodes, pathEdges, selected } = latest.current;
    const classes = initialClasses(classRules(model, visibility, apart, emphasis, pathNodes, pathEdges));
    const focus = { actors: selected ? [selected] : [], relations: pathEdges, inView: inView.current };
    drawnBudget.current = budgetRelations(model, visibility.edges, ranksOf(model), focus);
    return { ...latest.current, classes, drawnEdges: drawnBudget.current };
  };
  /** Redraws the relations the budget picks now (nothing to do while everything in view is drawn). */
  const redrawBudget = () =>
    enqueue(() => {
      const cy = cyRef.current;
      const { model, basis, visibility } = latest.current;
      if (!cy || cy.destroyed() || cy.nodes().empty()) return;
      if (drawnBudget.current === null && visibility.edges.size <= RELATION_BUDGET) return;
      placeElements(cy, model, basis ?? model, placing());
    });
  /** Zoomed in to twice the fitted zoom or more, the actors in view, for the budget; otherwise null. */
  const updateInView = useRef(() => {});
  updateInView.current = () => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed() || latest.current.visibility.edges.size <= RELATION_BUDGET) return;
    const zoomedIn = fitZoom.current > 0 && cy.zoom() >= 2 * fitZoom.current;
    if (!zoomedIn && inView.current === null) return;
    inView.current = zoomedIn ? actorsInView(cy) : null;
    redrawBudget();
  };
  /** The zoom that fits the whole graph (the label budget's reference) and the one the stylesheet is set for. */
  const fitZoom = useRef(0);
  const styleZoom = useRef(1);
  /**
   * Labels by priority: the most central actors at the fitted zoom, more as one zooms in, and always the selection,
   * its neighbourhood (when small) and the path; a label that would overlap one of higher priority waits for a closer
   * zoom. Label sizes follow the zoom (never under MIN_LABEL_PX on screen).
   */
  const updateLabels = useRef(() => {});
  updateLabels.current = () => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed()) return;
    const { model, visibility, selected, emphasis, pathNodes, fitTo } = latest.current;
    const zoom = cy.zoom();
    const ranks = ranksOf(model);
    const budget = labelBudget(zoom, fitZoom.current || zoom, ranks.size);
    const neighbourhood = emphasis !== null && emphasis.size <= LABELLED_NEIGHBOURHOOD ? emphasis : null;
    const forced = new Set([...pathNodes, ...fitTo, ...(selected ? [selected] : [])]);
    const restyle = needsRestyle(zoom, styleZoom.current);
    const px = restyle ? LABEL_PX : (LABEL_PX * zoom) / styleZoom.current;
    const drawn = cy.nodes().map((node) => node.id());
    // Twice the budget is considered, so that a label left out for overlapping gives its place to a free one.
    const order = labelOrder(
      drawn.filter((id) => visibility.nodes.has(id)),
      ranks,
      forced,
      neighbourhood,
      2 * budget,
    );
    const keep = chooseLabels(
      labelCandidates(cy, order, px, (150 * px) / LABEL_PX),
      forced,
      budget + (neighbourhood?.size ?? 0),
    );
    const on: cytoscape.SingularElementArgument[] = [];
    const off: cytoscape.SingularElementArgument[] = [];
    cy.nodes().forEach((node) => {
      const want = keep.has(node.id());
      if (want !== node.hasClass('labelled')) (want ? on : off).push(node);
    });
    cy.batch(() => {
      if (on.length > 0) cy.collection(on as unknown as cytoscape.CollectionArgument).addClass('labelled');
      if (off.length > 0) cy.collection(off as unknown as cytoscape.CollectionArgument).removeClass('labelled');
      // Label sizes follow the zoom on the labelled actors alone: a new sheet would restyle every element.
      if (restyle) styleZoom.current = zoom;
      const sized = restyle
        ? cy.nodes().filter((node) => keep.has(node.id()))
        : cy.collection(on as unknown as cytoscape.CollectionArgument);
      if (sized.nonempty()) sized.style(labelStyle(styleZoom.current));
    });
  };

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
    let labelTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('zoom', () => {
      clearTimeout(labelTimer);
      labelTimer = setTimeout(() => updateLabels.current(), 120);
    });
    let viewTimer: ReturnType<typeof setTimeout> | undefined;
    cy.on('viewport', () => {
      clearTimeout(viewTimer);
      viewTimer = setTimeout(() => updateInView.current(), 250);
    });
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as NodeSingular;
      positionCache.set(node.id(), { ...node.position() });
    });
    return () => {
      clearTimeout(labelTimer);
      clearTimeout(viewTimer);
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
      cy.style(graphStylesheet(large, styleZoom.current));
    }
    const container = containerRef.current!;
    // Layouts run in a worker; their turns are queued so that each diff starts from the positions the previous one
    // settled, and a turn whose model is no longer the latest is skipped (the newer one diffs from what is drawn).
    enqueue(async () => {
      if (cy.destroyed() || latest.current.model !== model) return;
      const drawnBefore = cy.nodes().length;
      const freshInstance = cy
        .nodes()
        .filter((n) => model.nodes.has(n.id()))
        .empty();
      const { basis } = latest.current;
      // Before a first drawing is added, the view that fits its visible actors is worked out from the positions
      // (cheaper than measuring thousands of drawn elements) and the stylesheet set for that zoom (one style pass).
      let fitted: { zoom: number; pan: Point } | null = null;
      const styleForFit = (positions: Readonly<Record<string, Point>>) => {
        const shown = latest.current.visibility.nodes;
        const points = Object.entries(positions)
          .filter(([id]) => shown.has(id))
          .map(([, p]) => p);
        if (points.length === 0) return;
        fitted = fitPoints(points, { width: cy.width(), height: cy.height() }, cy.maxZoom());
        styleZoom.current = fitted.zoom;
        cy.style(graphStylesheet(largeRef.current, fitted.zoom));
        // The actors are drawn where they will be read from their first frame (a large graph takes several).
        cy.viewport(fitted);
      };
      // The whole graph is laid out once, whatever link the page was opened with, so that any part of it shows the
      // same picture from any link; actors it does not hold are placed incrementally.
      let laidOut = false;
      let layoutMs = 0;
      if (basis && basis !== model && [...basis.nodes.keys()].some((id) => !positionCache.has(id))) {
        const request = placeElements(cy, basis, basis, placing());
        if (request) {
          layoutMs += await layOut(cy, request, styleForFit);
          laidOut = true;
        }
      }
      const request = placeElements(cy, model, basis ?? model, placing());
      if (request) {
        layoutMs += await layOut(cy, request, styleForFit);
        laidOut = true;
      }
      // A task of its own for fitting, labelling and the first render, apart from adding the elements.
      if (fitted) await new Promise((resolve) => setTimeout(resolve, 0));
      if (cy.destroyed()) return;
      if (laidOut) container.dataset.layoutMs = String(Math.round(layoutMs));
      // A new set of actors (a first drawing, a story step, an expansion) is fitted whole; a story step, to its actors.
      if (freshInstance || laidOut || model.nodes.size !== drawnBefore) {
        if (fitted) cy.viewport(fitted);
        else cy.fit(cy.elements(':visible'), 30);
        fitZoom.current = cy.zoom();
        const step = viewOfStep(cy, latest.current.fitTo);
        if (step) cy.viewport(step);
      }
      updateLabels.current();
      if (model.nodes.size > 0 && container.dataset.graphReady !== 'true') {
        cy.one('render', () => {
          performance.mark('atlas:first-draw');
          container.dataset.graphReady = 'true';
        });
        cy.forceRender();
      }
      container.dataset.nodes = String(cy.nodes().length);
    });
  }, [model]);

  // Visibility, sizes, labels, emphasis: classes and data only; also applied to a first drawing once it is added.
  const applyState = useRef(() => {});
  applyState.current = () => {
    const cy = cyRef.current;
    if (!cy || cy.destroyed()) return;
    const { model, visibility, apart, sizes, labels, selected, emphasis, pathNodes, pathEdges } = latest.current;
    const started = performance.now();
    // Classes are set in bulk (one collection per class and state) and data only where it changed: on a graph of
    // thousands of elements, per-element calls cost more than the drawing.
    const rules = classRules(model, visibility, apart, emphasis, pathNodes, pathEdges);
    cy.batch(() => {
      applyClasses(cy, cy.nodes(), rules.nodes);
      applyClasses(cy, cy.edges(), rules.edges);
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
    updateLabels.current();
    performance.measure('atlas:classes', { start: started, end: performance.now() });
    containerRef.current!.dataset.visibleNodes = String(visibility.nodes.size);
  };
  const { visibility, apart, sizes, labels, selected, emphasis, pathNodes, pathEdges } = props;
  useEffect(() => {
    applyState.current();
  }, [model, visibility, apart, sizes, labels, selected, emphasis, pathNodes, pathEdges]);

  // Past the relation budget, the relations drawn follow the selection, the filters and a path.
  useEffect(redrawBudget, [selected, visibility, pathEdges]);

  // A selection (a tap, or made elsewhere: search, table, side panel) brings its actor and its neighbours into view,
  // once the layout queued before it has settled. When the actors changed with it (a story step, a link), the
  // drawing is fitted whole instead.
  const modelAtSelection = useRef(model);
  useEffect(() => {
    const modelChanged = modelAtSelection.current !== model;
    modelAtSelection.current = model;
    if (!selected || modelChanged) return;
    enqueue(() => {
      const cy = cyRef.current;
      if (!cy || cy.destroyed() || latest.current.selected !== selected) return;
      const view = viewAround(cy, selected);
      if (!view) return;
      cy.stop(true, false);
      cy.animate(view, { duration: 300 });
    });
  }, [selected, model]);

  useImperativeHandle(ref, () => ({
    fit: () =>
      cyRef.current?.animate({ fit: { eles: cyRef.current.elements(':visible'), padding: 30 } }, { duration: 200 }),
    zoom: (factor: number) => cyRef.current && zoomAboutCentre(cyRef.current, factor),
    png: () => cyRef.current!.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }),
    svg: (title: string) => canvasToSvg(cyRef.current!, title),
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (cy && handleCanvasKey(cy, event.key, latest.current.selected, latest.current.onExpand)) event.preventDefault();
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
