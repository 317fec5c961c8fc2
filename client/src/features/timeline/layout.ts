import type { FuzzyDate, IsoDay } from '../../shared/api/types.ts';
import { dateSpan } from '../../shared/dates/fuzzy.ts';

/**
 * The timeline's maths, pure and unit-tested: the days a fuzzy date denotes as a time extent, how that extent is
 * drawn (a day is a point, anything coarser is a bar over every day it can denote, an approximate date is marked
 * as such), lanes, pixel extents, and the snapping of a brushed window to days or months.
 */

export const DAY_MS = 86_400_000;

type DateLike = Pick<FuzzyDate, 'value' | 'precision' | 'qualifier'>;

/** Milliseconds since the epoch of an ISO day's midnight (UTC). */
export function dayMs(day: IsoDay): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The ISO day (UTC) a time falls in. */
export function msDay(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A half-open time extent [start, end) in milliseconds: a day covers 24 hours, a year 365 or 366 days. */
export interface TimeExtent {
  start: number;
  end: number;
}

/** Every day a fuzzy date can denote, from the first day's midnight to the midnight after the last day. */
export function dateExtent(date: DateLike): TimeExtent {
  const span = dateSpan(date);
  return { start: dayMs(span.start), end: dayMs(span.end) + DAY_MS };
}

export type GlyphShape = 'point' | 'span';

export interface PrecisionGlyph {
  /** A day is a point; a month, a season, a year (or part of one) or an approximate date is a span. */
  shape: GlyphShape;
  /** Approximate dates are drawn with faded, dashed ends and labelled "c." (French "vers"). */
  approximate: boolean;
  /** The prefix the label carries: "c." for approximate dates, none otherwise. */
  prefix: 'c.' | null;
}

export function precisionGlyph(date: Pick<FuzzyDate, 'precision'>): PrecisionGlyph {
  if (date.precision === 'day') return { shape: 'point', approximate: false, prefix: null };
  const approximate = date.precision === 'approximate';
  return { shape: 'span', approximate, prefix: approximate ? 'c.' : null };
}

export interface PixelExtent {
  x0: number;
  x1: number;
  /** Where a point is drawn: the middle of its day. */
  centre: number;
  /** The span was narrower than the minimum width and was widened around its centre to be seen. */
  widened: boolean;
}

/** A time extent on screen: a span covers [scale(start), scale(end)), at least `minWidth` pixels wide. */
export function pixelExtent(extent: TimeExtent, scale: (ms: number) => number, minWidth = 3): PixelExtent {
  let x0 = scale(extent.start);
  let x1 = scale(extent.end);
  const centre = (x0 + x1) / 2;
  const widened = x1 - x0 < minWidth;
  if (widened) {
    x0 = centre - minWidth / 2;
    x1 = centre + minWidth / 2;
  }
  return { x0, x1, centre, widened };
}

export interface LaneInput<T> {
  id: string;
  extent: TimeExtent;
  /** The lanes the item belongs in (an event with three actors sits in three actor lanes). */
  lanes: readonly string[];
  data: T;
}

export interface LaidOutItem<T> {
  /** Unique per (item, lane). */
  key: string;
  id: string;
  lane: string;
  laneIndex: number;
  extent: TimeExtent;
  data: T;
}

export interface LaneLayout<T> {
  /** The lanes that hold at least one item, in order. */
  lanes: { key: string }[];
  /** In lane order, then by start, then by end, then by id. */
  items: LaidOutItem<T>[];
}

/**
 * Lanes: each item goes in each of its lanes, in time order. Lanes come in `laneOrder` (unknown lanes last, in order
 * of first appearance); a lane with no item is left out. Where each glyph sits inside its lane is the chart's
 * business (label-layout.ts: it depends on the labels' widths on screen).
 */
export function assignLanes<T>(
  inputs: readonly LaneInput<T>[],
  options: { laneOrder?: readonly string[] } = {},
): LaneLayout<T> {
  const sorted = [...inputs].sort(
    (a, b) =>
      a.extent.start - b.extent.start || a.extent.end - b.extent.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const perLane = new Map<string, LaneInput<T>[]>();
  for (const key of options.laneOrder ?? []) perLane.set(key, []);
  for (const input of sorted) {
    for (const lane of new Set(input.lanes)) {
      const list = perLane.get(lane) ?? [];
      list.push(input);
      perLane.set(lane, list);
    }
  }
  const lanes: { key: string }[] = [];
  const items: LaidOutItem<T>[] = [];
  for (const [key, list] of perLane) {
    if (list.length === 0) continue;
    const laneIndex = lanes.length;
    for (const input of list)
      items.push({
        key: `${input.id}@${key}`,
        id: input.id,
        lane: key,
        laneIndex,
        extent: input.extent,
        data: input.data,
      });
    lanes.push({ key });
  }
  return { lanes, items };
}

/**
 * Lanes by actor: actors with at least `minEvents` events get a lane of their own, in order of their first event;
 * an event none of whose actors has a lane goes to `otherLane`. `keep` actors always get a lane (the selection).
 */
export function actorLanes(
  events: readonly { actors: readonly { id: string }[]; start: number }[],
  options: { minEvents?: number; keep?: readonly string[]; otherLane?: string } = {},
): { order: string[]; lanesOf: (actors: readonly { id: string }[]) => string[] } {
  const minEvents = options.minEvents ?? 2;
  const otherLane = options.otherLane ?? '*other';
  const counts = new Map<string, { n: number; first: number }>();
  for (const event of events) {
    for (const id of new Set(event.actors.map((a) => a.id))) {
      const c = counts.get(id) ?? { n: 0, first: event.start };
      c.n += 1;
      c.first = Math.min(c.first, event.start);
      counts.set(id, c);
    }
  }
  const keep = new Set(options.keep ?? []);
  const own = new Set([...counts].filter(([id, c]) => c.n >= minEvents || keep.has(id)).map(([id]) => id));
  const order = [...own].sort((a, b) => counts.get(a)!.first - counts.get(b)!.first || (a < b ? -1 : 1));
  order.push(otherLane);
  return {
    order,
    lanesOf: (actors) => {
      const lanes = [...new Set(actors.map((a) => a.id))].filter((id) => own.has(id));
      return lanes.length > 0 ? lanes : [otherLane];
    },
  };
}

/** The items whose extent meets the visible time domain. */
export function countVisible(extents: Iterable<TimeExtent>, domain: readonly [number, number]): number {
  let n = 0;
  for (const e of extents) if (e.end > domain[0] && e.start < domain[1]) n++;
  return n;
}

/** The whole time domain of some extents, padded on each side by a share of its length (at least a day). */
export function paddedDomain(extents: Iterable<TimeExtent>, pad = 0.02): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const e of extents) {
    min = Math.min(min, e.start);
    max = Math.max(max, e.end);
  }
  if (!Number.isFinite(min)) {
    const now = Date.UTC(2024, 0, 1);
    return [now - 365 * DAY_MS, now];
  }
  const margin = Math.max(DAY_MS, (max - min) * pad);
  return [min - margin, max + margin];
}

/**
 * A brushed window as inclusive ISO days. When a pixel stands for more than a day, the ends snap to whole months
 * (a drag across "2012" gives 2012-01-01 to 2012-12-31); otherwise to whole days.
 */
export function snapWindow(start: number, end: number, msPerPixel: number): { from: IsoDay; to: IsoDay } {
  if (msPerPixel > DAY_MS) {
    const month = (ms: number) => {
      const d = new Date(ms);
      // Round to the nearest month boundary.
      const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      return ms - first < next - ms ? first : next;
    };
    const a = month(start);
    let b = month(end);
    if (b <= a) b = Date.UTC(new Date(a).getUTCFullYear(), new Date(a).getUTCMonth() + 1, 1);
    return { from: msDay(a), to: msDay(b - DAY_MS) };
  }
  const a = Math.round(start / DAY_MS) * DAY_MS;
  let b = Math.round(end / DAY_MS) * DAY_MS;
  if (b <= a) b = a + DAY_MS;
  return { from: msDay(a), to: msDay(b - DAY_MS) };
}

/** An inclusive window of days as a time extent. */
export function windowExtent(from: IsoDay | null, to: IsoDay | null): TimeExtent | null {
  if (!from && !to) return null;
  return { start: from ? dayMs(from) : -Infinity, end: to ? dayMs(to) + DAY_MS : Infinity };
}

export const overlaps = (a: TimeExtent, b: TimeExtent) => a.end > b.start && a.start < b.end;

/**
 * The span a story step's timeline rests on: its window with a margin each side (a fifth of its length, a month at
 * least), so that the window fills most of the width. Null for no window or an open-ended one.
 */
export function storyWindowSpan(window: TimeExtent | null): TimeExtent | null {
  if (!window || !Number.isFinite(window.start) || !Number.isFinite(window.end)) return null;
  const margin = Math.max(30 * DAY_MS, (window.end - window.start) / 5);
  return { start: window.start - margin, end: window.end + margin };
}

/** The item to move to from `current` on an arrow key: along its lane by time, or to the nearest in time in the next lane. */
export function neighbourItem<T extends { laneIndex: number; extent: TimeExtent }>(
  items: readonly T[],
  current: number,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End',
): number {
  const item = items[current];
  if (!item) return items.length > 0 ? 0 : -1;
  const sameLane = items
    .map((it, index) => ({ it, index }))
    .filter(({ it }) => it.laneIndex === item.laneIndex)
    .sort((a, b) => a.it.extent.start - b.it.extent.start || a.index - b.index);
  const position = sameLane.findIndex(({ index }) => index === current);
  switch (key) {
    case 'ArrowLeft':
      return sameLane[Math.max(0, position - 1)]!.index;
    case 'ArrowRight':
      return sameLane[Math.min(sameLane.length - 1, position + 1)]!.index;
    case 'Home':
      return sameLane[0]!.index;
    case 'End':
      return sameLane[sameLane.length - 1]!.index;
    case 'ArrowUp':
    case 'ArrowDown': {
      const lanes = [...new Set(items.map((it) => it.laneIndex))].sort((a, b) => a - b);
      const at = lanes.indexOf(item.laneIndex);
      const target = lanes[key === 'ArrowUp' ? at - 1 : at + 1];
      if (target === undefined) return current;
      const middle = (item.extent.start + item.extent.end) / 2;
      let best = current;
      let bestDistance = Infinity;
      items.forEach((it, index) => {
        if (it.laneIndex !== target) return;
        const distance = Math.abs((it.extent.start + it.extent.end) / 2 - middle);
        if (distance < bestDistance) [best, bestDistance] = [index, distance];
      });
      return best;
    }
  }
}
