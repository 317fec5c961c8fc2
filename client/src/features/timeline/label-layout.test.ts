import { describe, expect, it } from 'vitest';
import { labelledBox, packBoxes, placeLabel, stackLanes, type PackBox } from './label-layout.ts';

/** Every character 6 px wide: widths the tests can count. */
const mono = (text: string) => text.length * 6;

describe('placing a label beside its glyph', () => {
  const options = { left: 0, right: 600, maxWidth: 200, minWidth: 100, gap: 4 };

  it('writes it on the right, whole, when it fits', () => {
    const label = placeLabel('Cloudwatt shuts down', { x0: 100, x1: 110 }, mono, options);
    expect(label).toEqual({ side: 'right', lines: ['Cloudwatt shuts down'], width: 120 });
  });

  it('wraps it to at most maxWidth', () => {
    const label = placeLabel(
      'The State launches the Andromeda sovereign cloud project',
      { x0: 10, x1: 20 },
      mono,
      options,
    );
    expect(label.side).toBe('right');
    expect(label.lines.length).toBe(2);
    expect(label.width).toBeLessThanOrEqual(200);
  });

  it('writes it on the left when the right edge is too close, ending at the glyph', () => {
    const glyph = { x0: 540, x1: 560 };
    const label = placeLabel('S3NS and Bleu delivery planned for 2024', glyph, mono, options);
    expect(label.side).toBe('left');
    expect(label.width).toBeLessThanOrEqual(200);
    const box = labelledBox(glyph, label, 4);
    expect(box.x1).toBe(560);
    expect(box.x0).toBe(540 - 4 - label.width);
    expect(box.x0).toBeGreaterThanOrEqual(0);
  });

  it('takes the side where it needs fewer lines, the right one when they tie', () => {
    const text = 'Cloudwatt is to be disconnected on February 1st';
    // 90 px on the right (3 lines), 200 on the left (2 lines).
    expect(placeLabel(text, { x0: 496, x1: 506 }, mono, options).side).toBe('left');
    // 200 px on either side: the same lines, so the right.
    expect(placeLabel(text, { x0: 300, x1: 310 }, mono, options).side).toBe('right');
  });

  it('writes on the right when neither side has room, wrapped to half the least width', () => {
    const narrow = { ...options, right: 60 };
    const label = placeLabel('Launch of Outscale', { x0: 10, x1: 30 }, mono, narrow);
    expect(label.side).toBe('right');
    for (const line of label.lines) expect(mono(line)).toBeLessThanOrEqual(50);
  });

  it('keeps a short label on the right when it fits there, even near the edge', () => {
    expect(placeLabel('OVH IPO', { x0: 540, x1: 552 }, mono, options).side).toBe('right');
  });

  it('boxes a glyph without a label as the glyph alone', () => {
    expect(labelledBox({ x0: 3, x1: 9 }, null, 4)).toEqual({ x0: 3, x1: 9 });
  });
});

describe('packing boxes', () => {
  const box = (x0: number, x1: number, height = 24): PackBox => ({ x0, x1, height });
  const meets = (a: PackBox, ta: number, b: PackBox, tb: number, gap: number) =>
    a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && ta < tb + b.height && tb < ta + a.height;

  it('keeps the upper places for the boxes given first (the earlier events)', () => {
    // The second box starts further left (a label on its glyph's left) but comes later: it goes under.
    expect(packBoxes([box(100, 200), box(20, 150)], 4)).toEqual([0, 24]);
  });

  it('puts boxes that do not meet on the same line, and stacks those that do', () => {
    expect(packBoxes([box(0, 100), box(110, 200), box(50, 150)], 4)).toEqual([0, 0, 24]);
  });

  it('stacks under the tallest box it meets, and fills a gap that is tall enough', () => {
    const tops = packBoxes([box(0, 100, 54), box(0, 40), box(60, 100), box(120, 140)], 4);
    expect(tops).toEqual([0, 54, 54, 0]);
  });

  it('never lets two boxes meet, whatever the order and heights', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const boxes = Array.from({ length: 200 }, () => {
      const x0 = random() * 1000;
      return box(x0, x0 + 5 + random() * 200, 24 + Math.floor(random() * 3) * 15);
    });
    const tops = packBoxes(boxes, 8);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(meets(boxes[i]!, tops[i]!, boxes[j]!, tops[j]!, 8)).toBe(false);
  });

  it('still holds when the boxes are spread apart (zooming in) with their labels the same size', () => {
    // A label of 80 px right of each glyph; at twice the zoom, the glyphs are twice as far apart.
    const glyphs = [0, 100, 150, 400, 420];
    const boxesAt = (k: number) => glyphs.map((x) => box(k * x, k * x + 10 + 80));
    const tops = packBoxes(boxesAt(1), 8);
    const spread = boxesAt(3);
    for (let i = 0; i < spread.length; i++)
      for (let j = i + 1; j < spread.length; j++)
        expect(meets(spread[i]!, tops[i]!, spread[j]!, tops[j]!, 8)).toBe(false);
  });
});

describe('stacking lanes', () => {
  const options = { top: 26, lineHeight: 15, laneGap: 8, row: 24 };

  it('makes a lane as tall as its glyphs or its title beside them', () => {
    const { lanes, bottom } = stackLanes(
      [
        { contentHeight: 63, titleLines: 1 },
        { contentHeight: 24, titleLines: 3 },
      ],
      { ...options, titleAbove: false },
    );
    expect(lanes[0]).toEqual({ top: 26, height: 71, contentTop: 30 });
    expect(lanes[1]).toEqual({ top: 97, height: 57, contentTop: 101 });
    expect(bottom).toBe(154);
  });

  it('puts the title above the glyphs on a narrow screen', () => {
    const { lanes } = stackLanes([{ contentHeight: 24, titleLines: 2 }], { ...options, titleAbove: true });
    expect(lanes[0]).toEqual({ top: 26, height: 30 + 24 + 8, contentTop: 26 + 4 + 30 });
  });

  it('never leaves a lane shorter than a row', () => {
    const { lanes } = stackLanes([{ contentHeight: 0, titleLines: 1 }], { ...options, titleAbove: true });
    expect(lanes[0]!.height).toBe(15 + 24 + 8);
  });
});
