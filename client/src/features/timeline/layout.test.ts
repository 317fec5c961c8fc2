import { describe, expect, it } from 'vitest';
import {
  actorLanes,
  assignLanes,
  countVisible,
  DAY_MS,
  dateExtent,
  dayMs,
  neighbourItem,
  paddedDomain,
  pixelExtent,
  precisionGlyph,
  storyWindowSpan,
  snapWindow,
  windowExtent,
} from './layout.ts';

const days = (extent: { start: number; end: number }) => (extent.end - extent.start) / DAY_MS;

describe('date extents: what a fuzzy date denotes', () => {
  it('a day is one day long', () => {
    const extent = dateExtent({ value: '2020-02-01', precision: 'day' });
    expect(extent.start).toBe(Date.UTC(2020, 1, 1));
    expect(days(extent)).toBe(1);
  });

  it('a year is every day of the year (a leap year has 366)', () => {
    expect(days(dateExtent({ value: '2011', precision: 'year' }))).toBe(365);
    expect(days(dateExtent({ value: '2012', precision: 'year' }))).toBe(366);
  });

  it('a season, a month and a qualified month are spans of their days', () => {
    const spring = dateExtent({ value: '2013-spring', precision: 'season' });
    expect(spring.start).toBe(dayMs('2013-03-01'));
    expect(spring.end).toBe(dayMs('2013-06-01'));
    const winter = dateExtent({ value: '2013-winter', precision: 'season' });
    expect(winter.end).toBe(dayMs('2014-03-01'));
    expect(days(dateExtent({ value: '2012-04', precision: 'month' }))).toBe(30);
    const early = dateExtent({ value: '2012-09', precision: 'month', qualifier: 'early' });
    expect([early.start, days(early)]).toEqual([dayMs('2012-09-01'), 10]);
  });

  it('an approximate year widens by half a year on each side', () => {
    const extent = dateExtent({ value: '2015', precision: 'approximate' });
    expect(extent.start).toBe(dayMs('2014-07-01'));
    expect(extent.end).toBe(dayMs('2016-07-01'));
  });
});

describe('precision glyphs', () => {
  it('draws a day as a point and anything coarser as a span', () => {
    expect(precisionGlyph({ precision: 'day' })).toEqual({ shape: 'point', approximate: false, prefix: null });
    for (const precision of ['month', 'season', 'year'] as const)
      expect(precisionGlyph({ precision })).toEqual({ shape: 'span', approximate: false, prefix: null });
  });

  it('marks approximate dates as such', () => {
    expect(precisionGlyph({ precision: 'approximate' })).toEqual({ shape: 'span', approximate: true, prefix: 'c.' });
  });
});

describe('pixel extents', () => {
  // One pixel per day from 2011-01-01.
  const origin = dayMs('2011-01-01');
  const scale = (ms: number) => (ms - origin) / DAY_MS;

  it('maps a year onto as many pixels as it has days', () => {
    const px = pixelExtent(dateExtent({ value: '2011', precision: 'year' }), scale);
    expect(px).toMatchObject({ x0: 0, x1: 365, widened: false });
  });

  it('widens a span narrower than the minimum around its centre, and says so', () => {
    const px = pixelExtent(dateExtent({ value: '2011-01-11', precision: 'day' }), scale, 4);
    expect(px.centre).toBe(10.5);
    expect(px.x1 - px.x0).toBe(4);
    expect(px.widened).toBe(true);
  });
});

describe('lanes and rows', () => {
  const item = (id: string, start: string, end: string, lanes: string[]) => ({
    id,
    extent: { start: dayMs(start), end: dayMs(end) },
    lanes,
    data: id,
  });

  it('puts an item in each of its lanes in time order, lanes in the order asked, empty lanes dropped', () => {
    const layout = assignLanes(
      [
        item('b', '2012-03-01', '2012-03-02', ['y']),
        item('a', '2012-01-01', '2012-01-02', ['x', 'y']),
        item('c', '2012-01-01', '2012-01-02', ['q']),
      ],
      { laneOrder: ['y', 'z', 'x'] },
    );
    expect(layout.lanes.map((l) => l.key)).toEqual(['y', 'x', 'q']);
    expect(layout.items.map((it) => it.key)).toEqual(['a@y', 'b@y', 'a@x', 'c@q']);
    expect(layout.items.map((it) => it.laneIndex)).toEqual([0, 0, 1, 2]);
  });

  it('gives actors with enough events a lane of their own, the rest to "other"', () => {
    const events = [
      { actors: [{ id: 'cloudwatt' }, { id: 'orange' }], start: 2 },
      { actors: [{ id: 'cloudwatt' }], start: 1 },
      { actors: [{ id: 'altern' }], start: 0 },
      { actors: [{ id: 'orange' }], start: 3 },
    ];
    const lanes = actorLanes(events, { minEvents: 2, otherLane: 'other' });
    expect(lanes.order).toEqual(['cloudwatt', 'orange', 'other']);
    expect(lanes.lanesOf([{ id: 'altern' }])).toEqual(['other']);
    expect(lanes.lanesOf([{ id: 'orange' }, { id: 'cloudwatt' }, { id: 'orange' }])).toEqual(['orange', 'cloudwatt']);
    expect(actorLanes(events, { keep: ['altern'] }).order).toContain('altern');
  });
});

describe('windows, domains and navigation', () => {
  it('snaps a coarse brush to whole months, a fine one to days', () => {
    const start = dayMs('2011-12-29');
    const end = dayMs('2013-01-03');
    expect(snapWindow(start, end, 10 * DAY_MS)).toEqual({ from: '2012-01-01', to: '2012-12-31' });
    expect(snapWindow(dayMs('2012-03-04') + 0.3 * DAY_MS, dayMs('2012-03-09'), DAY_MS / 4)).toEqual({
      from: '2012-03-04',
      to: '2012-03-08',
    });
  });

  it('turns a window of days into an extent, open ends allowed', () => {
    expect(windowExtent(null, null)).toBeNull();
    expect(windowExtent('2012-01-01', '2012-12-31')).toEqual({ start: dayMs('2012-01-01'), end: dayMs('2013-01-01') });
    expect(windowExtent('2012-01-01', null)!.end).toBe(Infinity);
  });

  it('counts what meets the visible domain and pads the whole domain', () => {
    const extents = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    expect(countVisible(extents, [5, 21])).toBe(2);
    expect(countVisible(extents, [10, 20])).toBe(0);
    const [a, b] = paddedDomain([{ start: 0, end: 100 * DAY_MS }], 0.1);
    expect([a, b]).toEqual([-10 * DAY_MS, 110 * DAY_MS]);
  });

  it('moves along a lane with left and right, across lanes to the nearest in time with up and down', () => {
    const items = [
      { laneIndex: 0, extent: { start: 0, end: 1 } },
      { laneIndex: 0, extent: { start: 10, end: 11 } },
      { laneIndex: 1, extent: { start: 9, end: 10 } },
      { laneIndex: 1, extent: { start: 1, end: 2 } },
    ];
    expect(neighbourItem(items, 0, 'ArrowRight')).toBe(1);
    expect(neighbourItem(items, 1, 'ArrowRight')).toBe(1);
    expect(neighbourItem(items, 1, 'ArrowLeft')).toBe(0);
    expect(neighbourItem(items, 1, 'ArrowDown')).toBe(2);
    expect(neighbourItem(items, 0, 'ArrowDown')).toBe(3);
    expect(neighbourItem(items, 3, 'ArrowUp')).toBe(0);
    expect(neighbourItem(items, 0, 'ArrowUp')).toBe(0);
    expect(neighbourItem(items, 2, 'Home')).toBe(3);
    expect(neighbourItem(items, 3, 'End')).toBe(2);
  });
});

describe("a story step's timeline span", () => {
  it('is the window with a fifth of its length each side', () => {
    const window = { start: dayMs('2022-01-01'), end: dayMs('2025-01-01') };
    const span = storyWindowSpan(window)!;
    const fifth = (window.end - window.start) / 5;
    expect(span).toEqual({ start: window.start - fifth, end: window.end + fifth });
  });
  it('keeps a month each side around a short window', () => {
    const window = { start: dayMs('2012-09-01'), end: dayMs('2012-10-01') };
    expect(storyWindowSpan(window)).toEqual({ start: window.start - 30 * DAY_MS, end: window.end + 30 * DAY_MS });
  });
  it('is none without a window or for an open-ended one', () => {
    expect(storyWindowSpan(null)).toBeNull();
    expect(storyWindowSpan({ start: -Infinity, end: dayMs('2012-01-01') })).toBeNull();
  });
});
