import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { GraphModel, Visibility } from './graph-model.ts';
import type { LabelCandidate } from './label-placement.ts';
import type { Point } from './layout.ts';
import { fitInArea, scrollToSee, stepBox, visibleArea, type Area } from './visible-area.ts';
import { graphToSvg, type SvgEdge, type SvgNode } from './svg-export.ts';

/**
 * What the graph canvas does to a cytoscape instance apart from its React life cycle: the classes that draw
 * visibility, emphasis, paths and dating; the keyboard; the SVG picture. Kept out of GraphCanvas so the component
 * holds only the instance's life cycle and the layout queue.
 */

type ClassRule = [name: string, wanted: (id: string) => boolean];

/** The class rules for actors and relations, from what is visible, set apart, emphasised, on the path and undated. */
export function classRules(
  model: GraphModel,
  visibility: Visibility,
  apart: ReadonlySet<string>,
  emphasis: ReadonlySet<string> | null,
  pathNodes: ReadonlySet<string>,
  pathEdges: ReadonlySet<string>,
): { nodes: ClassRule[]; edges: ClassRule[] } {
  return {
    nodes: [
      ['hidden', (id) => !visibility.nodes.has(id)],
      // Not displayed at all (not merely invisible): out of the fitted view and of the exported picture's bounds.
      ['apart', (id) => apart.has(id)],
      ['faded', (id) => emphasis !== null && !emphasis.has(id)],
      ['path', (id) => pathNodes.has(id)],
      ['undated', (id) => visibility.dating.nodes.get(id) === 'undated'],
    ],
    edges: [
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
    ],
  };
}

/** The classes an element is born with, from the same rules (so that adding it costs no second style pass). */
export function initialClasses(rules: { nodes: ClassRule[]; edges: ClassRule[] }) {
  return (group: 'nodes' | 'edges', id: string): string[] =>
    rules[group].filter(([, wanted]) => wanted(id)).map(([name]) => name);
}

/**
 * Sets the classes in bulk, one collection per class and state, touching only elements whose state differs: on a
 * graph of thousands of elements, per-element calls cost more than the drawing.
 */
export function applyClasses(
  cy: Core,
  eles: cytoscape.NodeCollection | cytoscape.EdgeCollection,
  rules: readonly ClassRule[],
): void {
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
}

let measuring: CanvasRenderingContext2D | null | undefined;
/** A text's width in pixels at a font size, as the canvas draws it (estimated where there is no canvas: jsdom). */
function textWidth(text: string, px: number): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * px * 0.6;
  measuring.font = `${px}px system-ui, sans-serif`;
  return measuring.measureText(text).width;
}

/** The actors `ids` as label candidates at the current view: labels `px` high on screen, at most `maxWidth` wide. */
export function labelCandidates(cy: Core, ids: readonly string[], px: number, maxWidth: number): LabelCandidate[] {
  const zoom = cy.zoom();
  return ids.flatMap((id) => {
    const node = cy.getElementById(id);
    if (node.empty()) return [];
    const { x, y } = node.renderedPosition();
    const width = Math.min(maxWidth, textWidth(String(node.data('label') ?? ''), px));
    return [{ id, x, y, size: Number(node.data('size')) * zoom, width, height: px * 1.25 }];
  });
}

/** The actors whose centre is within the view. */
export function actorsInView(cy: Core): Set<string> {
  const { x1, x2, y1, y2 } = cy.extent();
  const inside = new Set<string>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    if (x >= x1 && x <= x2 && y >= y1 && y <= y2) inside.add(node.id());
  });
  return inside;
}

/**
 * The part of the canvas a reader sees: on the screen, above the phone's sheet (visible-area.ts); with `scroll`, the
 * page is first scrolled to the canvas when too little of it shows above the sheet.
 */
export function areaOnScreen(cy: Core, scroll = false): Area {
  const container = cy.container()!;
  const covers = [...document.querySelectorAll('[data-covers-view]')].map((cover) => cover.getBoundingClientRect());
  const shift = scroll ? scrollToSee(container.getBoundingClientRect(), window.innerHeight, covers) : 0;
  if (shift > 0) window.scrollBy({ top: shift });
  return visibleArea(container.getBoundingClientRect(), window.innerHeight, covers);
}

/**
 * The view that brings a selected actor into view: at the centre of the part of the canvas one sees, zoomed so that
 * its visible neighbours all fit around it (no closer than 1.4 or the current zoom). Null when the actor is not drawn.
 */
export function viewAround(cy: Core, id: string): { zoom: number; pan: Point } | null {
  const node = cy.getElementById(id);
  if (node.empty() || !node.visible()) return null;
  const around = node.closedNeighborhood().filter((ele) => ele.visible());
  const bounds = around.boundingBox({ includeLabels: false });
  const { x, y } = node.position();
  const halfWidth = Math.max(x - bounds.x1, bounds.x2 - x);
  const halfHeight = Math.max(y - bounds.y1, bounds.y2 - y);
  const area = areaOnScreen(cy, true);
  return fitInArea(
    { x1: x - halfWidth, y1: y - halfHeight, w: 2 * halfWidth, h: 2 * halfHeight },
    area,
    Math.min(80, area.width / 8),
    Math.max(cy.zoom(), 1.4),
  );
}

/**
 * The view for a story step: its actors (and some of what surrounds them) fitted into the part of the canvas one
 * sees, zoomed in no closer than 1.4 or the current (whole-drawing) zoom. Null when none of them is drawn.
 */
export function viewOfStep(cy: Core, actors: readonly string[]): { zoom: number; pan: Point } | null {
  const points = actors
    .map((id) => cy.getElementById(id))
    .filter((node) => node.nonempty() && node.visible())
    .map((node) => ({ ...node.position() }));
  const box = stepBox(points, cy.elements(':visible').boundingBox({ includeLabels: false }));
  if (!box) return null;
  return fitInArea(box, areaOnScreen(cy), 30, Math.max(cy.zoom(), 1.4));
}

/** Zooms in or out by a factor about the canvas's centre, within the zoom limits. */
export function zoomAboutCentre(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
}

const PAN_STEP = 60;
const panMoves: Record<string, [number, number]> = {
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
};

/** The canvas keyboard: arrows pan, + and - zoom about the centre, 0 fits, Enter expands the selection. */
export function handleCanvasKey(
  cy: Core,
  key: string,
  selected: string | null,
  onExpand: (id: string) => void,
): boolean {
  const move = panMoves[key];
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  if (move) cy.panBy({ x: move[0], y: move[1] });
  else if (key === '+' || key === '=')
    cy.zoom({ level: Math.min(cy.maxZoom(), cy.zoom() * 1.25), renderedPosition: centre });
  else if (key === '-') cy.zoom({ level: Math.max(cy.minZoom(), cy.zoom() / 1.25), renderedPosition: centre });
  else if (key === '0') cy.fit(cy.elements(':visible'), 30);
  else if (key === 'Enter' && selected) onExpand(selected);
  else return false;
  return true;
}

/** The visible drawing as a standalone SVG picture. */
export function canvasToSvg(cy: Core, title: string): string {
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
}
