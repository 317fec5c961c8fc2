import { describe, expect, it } from 'vitest';
import { fitInArea, MIN_VISIBLE_HEIGHT, scrollToSee, stepBox, visibleArea } from './visible-area.ts';

const canvas = { top: 300, bottom: 800, left: 10, right: 380 };

describe('the visible part of the canvas', () => {
  it('is the part within the screen', () => {
    expect(visibleArea(canvas, 700, [])).toEqual({ x: 0, y: 0, width: 370, height: 400 });
    expect(visibleArea({ ...canvas, top: -100 }, 700, [])).toEqual({ x: 0, y: 100, width: 370, height: 700 });
  });
  it('ends where a sheet laid over it begins', () => {
    const sheet = { top: 560, bottom: 844, left: 0, right: 390 };
    expect(visibleArea(canvas, 844, [sheet])).toEqual({ x: 0, y: 0, width: 370, height: 260 });
  });
  it('ignores a panel beside it', () => {
    const beside = { top: 0, bottom: 900, left: 400, right: 800 };
    expect(visibleArea(canvas, 900, [beside]).height).toBe(500);
  });
  it('is the whole canvas when too little of it shows', () => {
    const sheet = { top: 300 + MIN_VISIBLE_HEIGHT - 1, bottom: 844, left: 0, right: 390 };
    expect(visibleArea(canvas, 844, [sheet])).toEqual({ x: 0, y: 0, width: 370, height: 500 });
  });
});

describe('scrolling to see the canvas above a sheet', () => {
  const sheet = { top: 440, bottom: 844, left: 0, right: 390 };
  it("brings the canvas's top to the screen's top when too little of it shows", () => {
    expect(scrollToSee({ top: 355, bottom: 845, left: 0, right: 390 }, 844, [sheet])).toBe(355);
  });
  it('leaves the page where it is when enough shows', () => {
    expect(scrollToSee({ top: 100, bottom: 590, left: 0, right: 390 }, 844, [sheet])).toBe(0);
    expect(scrollToSee({ top: 100, bottom: 590, left: 0, right: 390 }, 844, [])).toBe(0);
  });
});

describe('fitting into an area', () => {
  it('centres the box in the area, not in the canvas', () => {
    const view = fitInArea({ x1: 0, y1: 0, w: 100, h: 100 }, { x: 0, y: 0, width: 400, height: 200 }, 0, 1);
    expect(view.zoom).toBe(1);
    expect(view.pan).toEqual({ x: 150, y: 50 });
    const lower = fitInArea({ x1: 0, y1: 0, w: 100, h: 100 }, { x: 0, y: 300, width: 400, height: 200 }, 0, 1);
    expect(lower.pan).toEqual({ x: 150, y: 350 });
  });
});

describe("a story step's box", () => {
  const whole = { x1: 0, y1: 0, x2: 1000, y2: 800 };
  it('holds every actor of the step with room around them, within the drawing', () => {
    const box = stepBox(
      [
        { x: 100, y: 100 },
        { x: 300, y: 200 },
      ],
      whole,
    )!;
    expect(box.x1).toBe(0);
    expect(box.y1).toBe(0);
    expect(box.x1 + box.w).toBe(550);
    expect(box.y1 + box.h).toBe(400);
  });
  it('is none without actors', () => {
    expect(stepBox([], whole)).toBeNull();
  });
});
