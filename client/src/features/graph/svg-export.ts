import { shapePath, type LineStyle, type NodeShape } from '../../shared/visual.ts';

/**
 * The current view as a standalone SVG document, written from node positions (no canvas capture): actors as their
 * kind's shape and colour with their names, relations as lines with arrows, dashes and dots as on screen. Every
 * piece of data is XML-escaped: a name can never become markup.
 */

export interface SvgNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  colour: string;
  shape: NodeShape;
  faded?: boolean;
  /** No date of its own and no source by the view's day: drawn hollow with a dashed outline, as on the canvas. */
  undated?: boolean;
}

export interface SvgEdge {
  source: string;
  target: string;
  colour: string;
  lineStyle: LineStyle;
  directed: boolean;
  label?: string;
  faded?: boolean;
  /** Undated as of the view's day: drawn faint, as on the canvas. */
  undated?: boolean;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

const num = (n: number) => String(Math.round(n * 10) / 10);
const dash: Record<LineStyle, string> = {
  solid: '',
  dashed: ' stroke-dasharray="6 4"',
  dotted: ' stroke-dasharray="1.5 3"',
};

export function graphToSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string, margin = 40): string {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    minX = Math.min(minX, node.x - node.size / 2 - 60);
    maxX = Math.max(maxX, node.x + node.size / 2 + 60);
    minY = Math.min(minY, node.y - node.size / 2);
    maxY = Math.max(maxY, node.y + node.size / 2 + 18);
  }
  if (nodes.length === 0) [minX, minY, maxX, maxY] = [0, 0, 100, 100];
  const width = maxX - minX + 2 * margin;
  const height = maxY - minY + 2 * margin;
  const ox = margin - minX;
  const oy = margin - minY;

  const colours = [...new Set(edges.filter((e) => e.directed).map((e) => e.colour))];
  const markerId = (colour: string) => `arrow-${colours.indexOf(colour)}`;
  const markers = colours
    .map(
      (colour) =>
        `<marker id="${markerId(colour)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${escapeXml(colour)}"/></marker>`,
    )
    .join('');

  const lines: string[] = [];
  for (const edge of edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b) continue;
    // Stop the line at the target's edge so that the arrow head shows.
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const shorten = edge.directed ? b.size / 2 + 2 : 0;
    const x2 = b.x - (dx / length) * shorten;
    const y2 = b.y - (dy / length) * shorten;
    const opacity = edge.faded ? ' opacity="0.2"' : edge.undated ? ' opacity="0.45"' : '';
    const marker = edge.directed ? ` marker-end="url(#${markerId(edge.colour)})"` : '';
    const tip = edge.label ? `<title>${escapeXml(edge.label)}</title>` : '';
    lines.push(
      `<line x1="${num(a.x + ox)}" y1="${num(a.y + oy)}" x2="${num(x2 + ox)}" y2="${num(y2 + oy)}" stroke="${escapeXml(edge.colour)}" stroke-width="1.5"${dash[edge.lineStyle]}${marker}${opacity}>${tip}</line>`,
    );
  }
  const shapes = nodes.map((node) => {
    const opacity = node.faded ? ' opacity="0.25"' : '';
    const colour = escapeXml(node.colour);
    const paint = node.undated
      ? `fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="2" stroke-dasharray="4 3"`
      : `fill="${colour}" stroke="#ffffff" stroke-width="1.5"`;
    const dating = node.undated ? ' data-dating="undated"' : '';
    return (
      `<g${opacity}${dating}><path d="${shapePath(node.shape, node.x + ox, node.y + oy, node.size, node.size)}" ${paint}><title>${escapeXml(node.label)}</title></path>` +
      `<text x="${num(node.x + ox)}" y="${num(node.y + oy + node.size / 2 + 12)}" text-anchor="middle">${escapeXml(node.label)}</text></g>`
    );
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="system-ui, sans-serif" font-size="11" fill="#1a1a1a">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${markers}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g>${lines.join('')}</g>`,
    `<g>${shapes.join('')}</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
