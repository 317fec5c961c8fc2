import { overlaps, type LaidOutItem, type PrecisionGlyph, type TimeExtent } from '../layout.ts';

/** What the timeline chart draws, and where: its records, its fixed geometry, and the small shapes both layers share. */

export interface ChartEvent {
  id: string;
  title: string;
  /** The date as words, with its precision ("c. 2015", "early Sept. 2012"). */
  dateWords: string;
  /** What the label says of the value beside its date: inferred, planned, announced (shared/ui/ValueTruth.tsx). */
  flags?: string | undefined;
  kindWords: string;
  colour: string;
  glyph: PrecisionGlyph;
  actors: readonly string[];
  /** The sources its evidence comes from. */
  sources: readonly string[];
}

export interface ChartPublication {
  id: string;
  label: string;
  dateWords: string;
  extent: TimeExtent;
  glyph: PrecisionGlyph;
}

export interface ChartLabels {
  chart: string;
  happened: string;
  reported: string;
  approx: string;
}

/** An event's glyph in one lane, with its index in the layout (keyboard order). */
export interface PlacedItem {
  item: LaidOutItem<ChartEvent>;
  index: number;
}

/** At the deepest zoom, one day is this many pixels wide. */
export const DAY_PX_AT_MAX_ZOOM = 60;

export const CANVAS_LIMIT = 300;
export const PUB_COLOUR = '#4338ca';
export const fadeId = (colour: string) => `tl-fade-${colour.replace(/[^a-zA-Z0-9]/g, '')}`;

export function diamond(cx: number, cy: number, r: number) {
  return `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`;
}

/** Whether an event steps back: not the selected actor's, or (with no actor selected) outside the brushed window. */
export function isFaded(
  item: LaidOutItem<ChartEvent>,
  highlighted: ReadonlySet<string> | null,
  window: TimeExtent | null,
): boolean {
  if (highlighted) return !highlighted.has(item.id);
  if (window) return !overlaps(item.extent, window);
  return false;
}
