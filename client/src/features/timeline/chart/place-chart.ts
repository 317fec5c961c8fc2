import {
  labelledBox,
  packBoxes,
  placeLabel,
  stackLanes,
  type GlyphBox,
  type LabelPlacement,
  type StackedLane,
} from '../label-layout.ts';
import { wrapText, type MeasureText } from '../../../shared/format/text-width.ts';
import type { Rect } from '../../../shared/ui/touch-target.ts';
import { pixelExtent, type LaneLayout, type PrecisionGlyph, type TimeExtent } from '../layout.ts';
import type { ChartEvent, ChartLabels, ChartPublication } from './chart-model.ts';

/**
 * Where everything of the chart goes at a given width: the plot's edges (lane titles in a left margin, or above
 * their lanes on a narrow screen so that the plot keeps the whole width), each lane's height, and each glyph's top
 * and label lines. Computed at the whole-period zoom (`scale`), once per width and data, never per zoom frame.
 */

/** The font size of every text in the chart, and the height of one of its lines. */
export const FONT_PX = 12;
export const LINE_PX = 15;
/** The height of a glyph's band: its first line of label sits in it. */
export const ROW = 24;
export const LANE_GAP = 8;
/** Between a glyph and its label, and between two boxes side by side. */
export const LABEL_GAP = 4;
/** Between two labelled boxes (packBoxes): the gap the touch targets' near rings split between neighbours. */
export const BOX_GAP = 8;
/** Under this width, lane titles go above their lanes. */
const NARROW = 640;
const MARGIN_W = 172;
const SECTION_TITLE = 20;
const AXIS = 26;
export const PUB_HEADER = 30;
export const BOTTOM_AXIS = 26;

export interface ChartGeometry {
  width: number;
  plotLeft: number;
  plotRight: number;
  titleAbove: boolean;
  /** The y of the top time axis's line, where the lanes start. */
  lanesTop: number;
}

export function chartGeometry(width: number): ChartGeometry {
  const titleAbove = width < NARROW;
  return {
    width,
    plotLeft: titleAbove ? 10 : MARGIN_W,
    plotRight: width - (titleAbove ? 12 : 18),
    titleAbove,
    // On a narrow screen, "When it happened" has a line of its own above the axis's tick labels.
    lanesTop: titleAbove ? SECTION_TITLE + AXIS : AXIS,
  };
}

/** A glyph's box on screen: a day's diamond is 12 px wide around its day's middle, a span covers its days. */
export function glyphBox(extent: TimeExtent, glyph: PrecisionGlyph, scale: (ms: number) => number): GlyphBox {
  const px = pixelExtent(extent, scale, 3);
  return glyph.shape === 'point' ? { x0: px.centre - 6, x1: px.centre + 6 } : { x0: px.x0, x1: px.x1 };
}

/** Where a placed glyph takes a click: its glyph and its whole label, over all its lines. */
export function glyphHitRect(box: GlyphBox, place: PlacedGlyph): Rect {
  const { x0, x1 } = labelledBox(box, place.label, LABEL_GAP);
  return { x0, x1, y0: place.top, y1: place.top + place.height };
}

/** An event's label: "c." for an approximate date, what the date is (inferred, planned), then its title. */
export const eventLabel = (event: ChartEvent, labels: Pick<ChartLabels, 'approx'>) =>
  `${event.glyph.approximate ? `${labels.approx} ` : ''}${event.flags ? `[${event.flags}] ` : ''}${event.title}`;

export const publicationLabel = (pub: ChartPublication, labels: Pick<ChartLabels, 'approx'>) =>
  `${pub.glyph.approximate ? `${labels.approx} ` : ''}${pub.label}`;

/** One glyph's place: the top of its box and its label (null when labels are not drawn). */
export interface PlacedGlyph {
  top: number;
  height: number;
  label: LabelPlacement | null;
}

export interface PlacedLane extends StackedLane {
  key: string;
  titleLines: string[];
}

export interface ChartPlacement {
  geometry: ChartGeometry;
  lanes: PlacedLane[];
  /** By layout key. */
  events: Map<string, PlacedGlyph>;
  lanesHeight: number;
  /** Where the publication glyphs start, under the "reported" header. */
  pubTop: number;
  /** By source id. */
  publications: Map<string, PlacedGlyph>;
  height: number;
}

/** Places glyphs and their labels in boxes, packs the boxes, and returns the boxes' places in input order. */
function placeGlyphs(
  glyphs: readonly { box: GlyphBox; text: string | null }[],
  measure: MeasureText,
  geometry: ChartGeometry,
): PlacedGlyph[] {
  const plotWidth = geometry.plotRight - geometry.plotLeft;
  const options = {
    left: geometry.plotLeft,
    right: geometry.plotRight,
    maxWidth: Math.min(260, plotWidth * 0.7),
    minWidth: Math.min(110, plotWidth * 0.35),
    gap: LABEL_GAP,
  };
  const placed = glyphs.map(({ box, text }) => {
    const label = text === null ? null : placeLabel(text, box, measure, options);
    const height = ROW + Math.max(0, (label?.lines.length ?? 1) - 1) * LINE_PX;
    return { label, height, box: labelledBox(box, label, LABEL_GAP) };
  });
  // Without labels (hundreds of glyphs), glyphs pack tightly; with labels, boxes keep a gap between them.
  const tops = packBoxes(
    placed.map((p) => ({ ...p.box, height: p.height })),
    glyphs.some((g) => g.text !== null) ? BOX_GAP : 1,
  );
  return placed.map((p, i) => ({ top: tops[i]!, height: p.height, label: p.label }));
}

export function placeChart({
  layout,
  laneLabels,
  publications,
  scale,
  width,
  measure,
  measureTitle,
  labelled,
  labels,
}: {
  layout: LaneLayout<ChartEvent>;
  laneLabels: ReadonlyMap<string, string>;
  publications: readonly ChartPublication[];
  /** The time scale at the whole-period zoom. */
  scale: (ms: number) => number;
  width: number;
  measure: MeasureText;
  /** Measures a lane title (bold). */
  measureTitle: MeasureText;
  /** Whether event labels are drawn (not when hundreds of glyphs are drawn on a canvas). */
  labelled: boolean;
  labels: Pick<ChartLabels, 'approx'>;
}): ChartPlacement {
  const geometry = chartGeometry(width);
  const titleWidth = geometry.titleAbove ? geometry.plotRight - geometry.plotLeft : geometry.plotLeft - 16;
  const byLane = layout.lanes.map(() => [] as number[]);
  layout.items.forEach((item, index) => byLane[item.laneIndex]!.push(index));

  const glyphs = new Map<string, PlacedGlyph>();
  const lanes = layout.lanes.map((lane, laneIndex) => {
    const indices = byLane[laneIndex]!;
    const placed = placeGlyphs(
      indices.map((index) => {
        const item = layout.items[index]!;
        return {
          box: glyphBox(item.extent, item.data.glyph, scale),
          text: labelled ? eventLabel(item.data, labels) : null,
        };
      }),
      measure,
      geometry,
    );
    indices.forEach((index, i) => glyphs.set(layout.items[index]!.key, placed[i]!));
    return {
      key: lane.key,
      titleLines: wrapText(laneLabels.get(lane.key) ?? lane.key, titleWidth, measureTitle),
      contentHeight: Math.max(0, ...placed.map((p) => p.top + p.height)),
    };
  });
  const stacked = stackLanes(
    lanes.map((lane) => ({ contentHeight: lane.contentHeight, titleLines: lane.titleLines.length })),
    { top: geometry.lanesTop, titleAbove: geometry.titleAbove, lineHeight: LINE_PX, laneGap: LANE_GAP, row: ROW },
  );
  const placedLanes = stacked.lanes.map((lane, i) => ({
    ...lane,
    key: lanes[i]!.key,
    titleLines: lanes[i]!.titleLines,
  }));
  // Tops so far are inside each lane: make them the chart's.
  layout.items.forEach((item) => {
    const glyph = glyphs.get(item.key)!;
    glyph.top += placedLanes[item.laneIndex]!.contentTop;
  });

  const pubTop = stacked.bottom + PUB_HEADER;
  const pubPlaced = placeGlyphs(
    publications.map((pub) => ({ box: glyphBox(pub.extent, pub.glyph, scale), text: publicationLabel(pub, labels) })),
    measure,
    geometry,
  );
  const pubs = new Map(publications.map((pub, i) => [pub.id, { ...pubPlaced[i]!, top: pubTop + pubPlaced[i]!.top }]));
  const pubBottom = Math.max(pubTop + ROW, ...[...pubs.values()].map((p) => p.top + p.height));
  return {
    geometry,
    lanes: placedLanes,
    events: glyphs,
    lanesHeight: stacked.bottom - geometry.lanesTop,
    pubTop,
    publications: pubs,
    height: pubBottom + BOTTOM_AXIS,
  };
}
