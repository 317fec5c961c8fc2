/**
 * Where the timeline's labels go, pure and unit-tested: every label is shown whole, wrapped onto lines beside its
 * glyph (to the right, or to the left when the plot's edge is too close), and the glyphs of a lane are stacked so
 * that no two labelled boxes meet. Boxes are measured at the whole-period zoom: zooming in only spreads glyphs apart
 * (a label keeps its size while the gaps between glyphs grow), so a packing that holds there holds at every zoom.
 * Text is measured by an injected function (shared/format/text-width.ts).
 */

import { wrapText, type MeasureText } from '../../shared/format/text-width.ts';

/** A glyph's horizontal extent on screen (a point's diamond included). */
export interface GlyphBox {
  x0: number;
  x1: number;
}

export interface LabelPlacement {
  /** Which side of its glyph the label is written on (on the left it ends at the glyph, text-anchor end). */
  side: 'right' | 'left';
  lines: string[];
  /** The widest line. */
  width: number;
}

export interface LabelOptions {
  /** The plot's edges: a label placed at the whole-period zoom stays between them. */
  left: number;
  right: number;
  /** No line is wider than this. */
  maxWidth: number;
  /** A side with room for neither the whole label nor half of this is not written on (unless neither has more). */
  minWidth: number;
  /** Between the glyph and its label. */
  gap: number;
}

/**
 * The side and lines of a label: the side where it takes the fewest lines, the right one when they tie, wrapped to the
 * room there (at most `maxWidth`). A side with room for neither the whole label nor half of `minWidth` is not written
 * on, unless neither side has more.
 */
export function placeLabel(text: string, glyph: GlyphBox, measure: MeasureText, options: LabelOptions): LabelPlacement {
  const natural = measure(text);
  const rooms = {
    right: Math.min(options.maxWidth, options.right - glyph.x1 - options.gap),
    left: Math.min(options.maxWidth, glyph.x0 - options.gap - options.left),
  };
  const linesIn = (room: number) => (natural <= room ? [text] : wrapText(text, room, measure));
  let best: LabelPlacement | null = null;
  for (const side of ['right', 'left'] as const) {
    if (rooms[side] < Math.min(natural, options.minWidth / 2)) continue;
    const lines = linesIn(rooms[side]);
    if (!best || lines.length < best.lines.length) best = { side, lines, width: 0 };
  }
  best ??= { side: 'right', lines: linesIn(Math.max(options.minWidth / 2, rooms.right)), width: 0 };
  return { ...best, width: Math.max(0, ...best.lines.map(measure)) };
}

/** A labelled glyph's whole box: the glyph and its label beside it. */
export function labelledBox(glyph: GlyphBox, label: LabelPlacement | null, gap: number): GlyphBox {
  if (!label) return glyph;
  return label.side === 'right'
    ? { x0: glyph.x0, x1: glyph.x1 + gap + label.width }
    : { x0: glyph.x0 - gap - label.width, x1: glyph.x1 };
}

export interface PackBox extends GlyphBox {
  height: number;
}

/**
 * The top of each box, stacked first-fit in the order given (time order: the earlier events keep the upper places):
 * each box goes as high as it can without meeting a box placed before it that it overlaps horizontally (with `gap`
 * pixels between them). Returns the tops in the order given.
 */
export function packBoxes(boxes: readonly PackBox[], gap: number): number[] {
  const placed: { x0: number; x1: number; top: number; bottom: number }[] = [];
  return boxes.map((box) => {
    const meeting = placed
      .filter((other) => other.x0 < box.x1 + gap && box.x0 < other.x1 + gap)
      .sort((a, b) => a.top - b.top);
    let top = 0;
    for (const other of meeting) {
      if (top + box.height <= other.top) break;
      top = Math.max(top, other.bottom);
    }
    placed.push({ x0: box.x0, x1: box.x1, top, bottom: top + box.height });
    return top;
  });
}

export interface LaneStackOptions {
  /** Where the first lane starts. */
  top: number;
  /** Lane titles above their lane's glyphs (narrow screens) or in the left margin beside them. */
  titleAbove: boolean;
  /** The height of a line of a lane title. */
  lineHeight: number;
  /** Padding above and below each lane's glyphs. */
  laneGap: number;
  /** The least height of a lane's glyphs (one row). */
  row: number;
}

export interface StackedLane {
  top: number;
  height: number;
  /** Where its glyphs start (under its title when the title is above). */
  contentTop: number;
}

/**
 * Lanes one under the other: each as tall as its packed glyphs (`contentHeight`) or its title's lines beside them,
 * whichever is taller, with the title's lines on top of that when titles are above.
 */
export function stackLanes(
  lanes: readonly { contentHeight: number; titleLines: number }[],
  options: LaneStackOptions,
): { lanes: StackedLane[]; bottom: number } {
  let y = options.top;
  const stacked = lanes.map((lane) => {
    const title = lane.titleLines * options.lineHeight;
    const content = Math.max(options.row, lane.contentHeight);
    const height = options.titleAbove
      ? title + content + options.laneGap
      : Math.max(content, title + options.laneGap / 2) + options.laneGap;
    const placed = { top: y, height, contentTop: y + options.laneGap / 2 + (options.titleAbove ? title : 0) };
    y += height;
    return placed;
  });
  return { lanes: stacked, bottom: y };
}
