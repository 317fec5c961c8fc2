import type { ActorKind, Relation } from './api/types.ts';
import { relationFamily, symmetricRelationTypes, type RelationFamily } from './vocabulary.ts';

/**
 * The graph's visual vocabulary: one colour and one shape per actor kind (so that kind never rests on colour
 * alone), one colour per family of relation types, dashes for what has ended and dots for what is only planned.
 * Every colour has at least 3:1 contrast against the white canvas (WCAG 1.4.11, graphical objects).
 */

export type NodeShape =
  | 'round-rectangle'
  | 'diamond'
  | 'tag'
  | 'barrel'
  | 'hexagon'
  | 'ellipse'
  | 'pentagon'
  | 'rhomboid'
  | 'star'
  | 'octagon'
  | 'triangle'
  | 'vee'
  | 'cut-rectangle';

export const kindStyle: Record<ActorKind, { colour: string; shape: NodeShape }> = {
  company: { colour: '#1d5fa3', shape: 'round-rectangle' },
  'joint-venture': { colour: '#c2410c', shape: 'diamond' },
  offer: { colour: '#b45309', shape: 'tag' },
  'public-body': { colour: '#047857', shape: 'barrel' },
  programme: { colour: '#4d7c0f', shape: 'hexagon' },
  person: { colour: '#7c3aed', shape: 'ellipse' },
  'political-group': { colour: '#be185d', shape: 'pentagon' },
  law: { colour: '#475569', shape: 'rhomboid' },
  certification: { colour: '#0e7490', shape: 'star' },
  technology: { colour: '#8a5a00', shape: 'octagon' },
  place: { colour: '#6b6b2a', shape: 'triangle' },
  media: { colour: '#b91c1c', shape: 'vee' },
  organisation: { colour: '#4338ca', shape: 'cut-rectangle' },
};

export const familyColour: Record<RelationFamily, string> = {
  structure: '#1e3a8a',
  money: '#15803d',
  people: '#7e22ce',
  business: '#c2410c',
  stance: '#be123c',
  oversight: '#0f766e',
  place: '#6b7280',
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeLook {
  colour: string;
  lineStyle: LineStyle;
  /** Whether the edge is drawn with an arrow (read "from → to"). */
  directed: boolean;
}

/** How a relation is drawn: ended relations (status ended, or an end date) dashed; planned or announced dotted. */
export function edgeLook(relation: Pick<Relation, 'type' | 'status' | 'until'>): EdgeLook {
  const lineStyle: LineStyle =
    relation.status === 'planned' || relation.status === 'announced'
      ? 'dotted'
      : relation.status === 'ended' || relation.until !== undefined
        ? 'dashed'
        : 'solid';
  return {
    colour: familyColour[relationFamily[relation.type]],
    lineStyle,
    directed: !symmetricRelationTypes.has(relation.type),
  };
}

/** Unit polygons (x, y in [-1, 1]) approximating cytoscape's node shapes, for the legend and the SVG export. */
const polygons: Record<Exclude<NodeShape, 'ellipse' | 'round-rectangle' | 'barrel'>, [number, number][]> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
  hexagon: [
    [-1, 0],
    [-0.5, -0.85],
    [0.5, -0.85],
    [1, 0],
    [0.5, 0.85],
    [-0.5, 0.85],
  ],
  pentagon: [
    [0, -1],
    [0.951, -0.309],
    [0.588, 0.809],
    [-0.588, 0.809],
    [-0.951, -0.309],
  ],
  rhomboid: [
    [-0.5, -1],
    [1, -1],
    [0.5, 1],
    [-1, 1],
  ],
  star: [
    [0, -1],
    [0.225, -0.309],
    [0.951, -0.309],
    [0.363, 0.118],
    [0.588, 0.809],
    [0, 0.382],
    [-0.588, 0.809],
    [-0.363, 0.118],
    [-0.951, -0.309],
    [-0.225, -0.309],
  ],
  octagon: [
    [-0.41, -1],
    [0.41, -1],
    [1, -0.41],
    [1, 0.41],
    [0.41, 1],
    [-0.41, 1],
    [-1, 0.41],
    [-1, -0.41],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  vee: [
    [-1, -1],
    [0, -0.33],
    [1, -1],
    [0, 1],
  ],
  'cut-rectangle': [
    [-0.7, -1],
    [0.7, -1],
    [1, -0.7],
    [1, 0.7],
    [0.7, 1],
    [-0.7, 1],
    [-1, 0.7],
    [-1, -0.7],
  ],
};

const num = (n: number) => String(Math.round(n * 100) / 100);

/** SVG path data for a node shape of width w and height h centred on (x, y). */
export function shapePath(shape: NodeShape, x: number, y: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  if (shape === 'ellipse') {
    return `M${num(x - rx)} ${num(y)}a${num(rx)} ${num(ry)} 0 1 0 ${num(2 * rx)} 0a${num(rx)} ${num(ry)} 0 1 0 ${num(-2 * rx)} 0Z`;
  }
  if (shape === 'round-rectangle' || shape === 'barrel') {
    const r = Math.min(rx, ry) * (shape === 'barrel' ? 0.6 : 0.35);
    return (
      `M${num(x - rx + r)} ${num(y - ry)}H${num(x + rx - r)}Q${num(x + rx)} ${num(y - ry)} ${num(x + rx)} ${num(y - ry + r)}` +
      `V${num(y + ry - r)}Q${num(x + rx)} ${num(y + ry)} ${num(x + rx - r)} ${num(y + ry)}H${num(x - rx + r)}` +
      `Q${num(x - rx)} ${num(y + ry)} ${num(x - rx)} ${num(y + ry - r)}V${num(y - ry + r)}Q${num(x - rx)} ${num(y - ry)} ${num(x - rx + r)} ${num(y - ry)}Z`
    );
  }
  const points = polygons[shape].map(([px, py]) => `${num(x + px * rx)} ${num(y + py * ry)}`);
  return `M${points.join('L')}Z`;
}
