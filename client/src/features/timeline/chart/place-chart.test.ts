import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../shared/format/text-width.ts';
import { labelledBox } from '../label-layout.ts';
import { assignLanes, dateExtent, precisionGlyph } from '../layout.ts';
import type { ChartEvent, ChartPublication } from './chart-model.ts';
import { TOUCH_PX, reachRect } from '../../../shared/ui/touch-target.ts';
import { BOX_GAP, LABEL_GAP, chartGeometry, eventLabel, glyphBox, glyphHitRect, placeChart } from './place-chart.ts';

const measure = (text: string) => estimateTextWidth(text, 12);
const measureTitle = (text: string) => estimateTextWidth(text, 12, true);

const titles = [
  'Octave Klaba starts OVH in Roubaix',
  'The State launches the Andromeda sovereign cloud project',
  'Launch of the two State co-financed sovereign clouds: Numergy (SFR/Bull) and Cloudwatt (Orange/Thales)',
  'Cloudwatt launches a modest online storage platform',
  'Senator Catherine Morin-Desailly questions the government on digital sovereignty',
  'S3NS and Bleu delivery planned for 2024',
  'OVH IPO',
];
const dates = [
  { value: '1999', precision: 'year' },
  { value: '2011', precision: 'year' },
  { value: '2012-09', precision: 'month', qualifier: 'early' },
  { value: '2013-06-20', precision: 'day' },
  { value: '2021', precision: 'approximate' },
  { value: '2024', precision: 'year' },
  { value: '2021-10-15', precision: 'day' },
] as const;

const events = titles.map((title, i) => {
  const data: ChartEvent = {
    id: `e${i}`,
    title,
    dateWords: dates[i]!.value,
    kindWords: 'launch',
    colour: '#1d5fa3',
    glyph: precisionGlyph(dates[i]!),
    actors: [],
    sources: [],
  };
  return { id: data.id, extent: dateExtent(dates[i]!), lanes: [i % 2 ? 'launch' : 'question to the government'], data };
});
const layout = assignLanes(events);
const laneLabels = new Map([
  ['launch', 'launch'],
  ['question to the government', 'question to the government'],
]);
const publications: ChartPublication[] = [
  {
    id: 'p1',
    label: 'Numergy a-t-il pris l’avantage sur Cloudwatt ?',
    dateWords: '2014',
    extent: dateExtent({ value: '2014-03-01', precision: 'day' }),
    glyph: precisionGlyph({ precision: 'day' }),
  },
];
const domain = [Date.UTC(1998, 0, 1), Date.UTC(2025, 6, 1)] as const;

function placeAt(width: number) {
  const { plotLeft, plotRight } = chartGeometry(width);
  const scale = (ms: number) => plotLeft + ((ms - domain[0]) / (domain[1] - domain[0])) * (plotRight - plotLeft);
  const placement = placeChart({
    layout,
    laneLabels,
    publications,
    scale,
    width,
    measure,
    measureTitle,
    labelled: true,
    labels: { approx: 'c.' },
  });
  return { placement, scale };
}

describe.each([
  ['desktop', 980],
  ['phone', 368],
])('the chart placed at %s width', (_, width) => {
  const { placement, scale } = placeAt(width);
  const { plotLeft, plotRight } = placement.geometry;

  it('shows every label whole, within the plot, at the whole-period zoom', () => {
    for (const item of layout.items) {
      const place = placement.events.get(item.key)!;
      expect(place.label!.lines.join(' ')).toBe(eventLabel(item.data, { approx: 'c.' }));
      const box = labelledBox(glyphBox(item.extent, item.data.glyph, scale), place.label, LABEL_GAP);
      expect(box.x0).toBeGreaterThanOrEqual(plotLeft - 6);
      expect(box.x1).toBeLessThanOrEqual(plotRight + 1);
    }
    const pub = placement.publications.get('p1')!;
    expect(pub.label!.lines.join(' ')).toBe('Numergy a-t-il pris l’avantage sur Cloudwatt ?');
  });

  it('keeps every lane title whole, and rows as tall as their lines', () => {
    expect(placement.lanes.map((lane) => lane.titleLines.join(' '))).toEqual(['question to the government', 'launch']);
    for (const place of placement.events.values()) expect(place.height).toBe(24 + (place.label!.lines.length - 1) * 15);
  });

  it('never lets two labelled glyphs of a lane meet, nor leaves a lane empty', () => {
    for (const [laneIndex, lane] of placement.lanes.entries()) {
      const boxes = layout.items
        .filter((item) => item.laneIndex === laneIndex)
        .map((item) => {
          const place = placement.events.get(item.key)!;
          return { ...labelledBox(glyphBox(item.extent, item.data.glyph, scale), place.label, LABEL_GAP), ...place };
        });
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.top).toBeGreaterThanOrEqual(lane.contentTop);
        expect(box.top + box.height).toBeLessThanOrEqual(lane.top + lane.height);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.top + a.height <= b.top || b.top + b.height <= a.top;
          expect(apart).toBe(true);
        }
    }
  });

  it('gives each glyph a 44 px touch reach, and side-by-side boxes the gap their near rings split', () => {
    const rects = layout.items.map((item) => ({
      lane: item.laneIndex,
      ...glyphHitRect(glyphBox(item.extent, item.data.glyph, scale), placement.events.get(item.key)!),
    }));
    for (const rect of rects) {
      const reach = reachRect(rect);
      expect(reach.x1 - reach.x0).toBeGreaterThanOrEqual(TOUCH_PX);
      expect(reach.y1 - reach.y0).toBeGreaterThanOrEqual(TOUCH_PX);
    }
    // Boxes of a lane either stack (rows touch: each box wins on itself) or stand BOX_GAP or more apart in a row.
    for (const a of rects)
      for (const b of rects) {
        if (a === b || a.lane !== b.lane || a.y1 <= b.y0 || b.y1 <= a.y0) continue;
        expect(Math.max(b.x0 - a.x1, a.x0 - b.x1)).toBeGreaterThanOrEqual(BOX_GAP);
      }
  });

  it('stacks the lanes from the axis down, then the publications under their header', () => {
    expect(placement.lanes[0]!.top).toBe(placement.geometry.lanesTop);
    for (let i = 1; i < placement.lanes.length; i++)
      expect(placement.lanes[i]!.top).toBe(placement.lanes[i - 1]!.top + placement.lanes[i - 1]!.height);
    expect(placement.publications.get('p1')!.top).toBeGreaterThanOrEqual(placement.pubTop);
    expect(placement.height).toBeGreaterThan(placement.pubTop);
  });
});

describe('narrow and wide geometry', () => {
  it('gives the lane titles a left margin on a wide chart and a line above each lane on a narrow one', () => {
    expect(chartGeometry(980)).toMatchObject({ plotLeft: 172, titleAbove: false });
    expect(chartGeometry(368)).toMatchObject({ plotLeft: 10, titleAbove: true });
    expect(chartGeometry(368).lanesTop).toBeGreaterThan(chartGeometry(980).lanesTop);
  });

  it('places glyphs without labels (hundreds, on a canvas) a row each, tightly', () => {
    const { plotLeft, plotRight } = chartGeometry(980);
    const scale = (ms: number) => plotLeft + ((ms - domain[0]) / (domain[1] - domain[0])) * (plotRight - plotLeft);
    const placement = placeChart({
      layout,
      laneLabels,
      publications: [],
      scale,
      width: 980,
      measure,
      measureTitle,
      labelled: false,
      labels: { approx: 'c.' },
    });
    for (const place of placement.events.values()) expect(place).toMatchObject({ height: 24, label: null });
  });
});
