import { describe, expect, it } from 'vitest';
import { TOUCH_PX, grownRect, reachRect, targetAt, touchRects, touchStrokes, type Rect } from './touch-target.ts';

const size = (r: Rect) => ({ width: r.x1 - r.x0, height: r.y1 - r.y0 });
const inside = (r: Rect, x: number, y: number) => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;

describe('touch targets', () => {
  it('grows a small target about its centre to 44 × 44 and leaves a large side as it is', () => {
    const row = { x0: 100, y0: 50, x1: 220, y1: 74 }; // a 24 px timeline row with its label
    const reach = reachRect(row);
    expect(size(reach)).toEqual({ width: 120, height: TOUCH_PX });
    expect((reach.y0 + reach.y1) / 2).toBe((row.y0 + row.y1) / 2);
    const diamond = { x0: 10, y0: 0, x1: 22, y1: 12 };
    expect(size(reachRect(diamond))).toEqual({ width: 44, height: 44 });
    expect(reachRect({ x0: 0, y0: 0, x1: 50, y1: 60 })).toEqual({ x0: 0, y0: 0, x1: 50, y1: 60 });
  });

  it('gives a target its reach, then a ring of half the gap to its neighbours', () => {
    const [reach, near] = touchRects({ x0: 0, y0: 0, x1: 80, y1: 24 }, 8);
    expect(reach).toEqual({ x0: 0, y0: -10, x1: 80, y1: 34 });
    expect(near).toEqual(grownRect({ x0: 0, y0: 0, x1: 80, y1: 24 }, 4));
  });

  it('widens a thin stroke to 44 px and its near band by the gap', () => {
    expect(touchStrokes(3, 18)).toEqual([44, 21]);
    expect(touchStrokes(90, 18)).toEqual([90, 108]);
  });

  it('drawn as layers (reaches, near rings, then the targets), sends a tap to the nearest target of a packed lane', () => {
    // A lane packed as the timeline packs it: rows of 24 px, 8 px apart, some side by side.
    const gap = 8;
    const targets: Rect[] = [
      { x0: 0, y0: 0, x1: 120, y1: 24 },
      { x0: 60, y0: 32, x1: 200, y1: 56 },
      { x0: 0, y0: 64, x1: 100, y1: 103 }, // two lines of label
      { x0: 108, y0: 64, x1: 230, y1: 88 },
    ];
    // SVG hit testing: the last painted shape under the point wins.
    const layers = [
      ...targets.map((t, i) => ({ rect: touchRects(t, gap)[0], i })),
      ...targets.map((t, i) => ({ rect: touchRects(t, gap)[1], i })),
      ...targets.map((t, i) => ({ rect: t, i })),
    ];
    const owner = (x: number, y: number) => layers.findLast((l) => inside(l.rect, x, y))?.i ?? -1;
    const distance = (t: Rect, x: number, y: number) =>
      Math.hypot(Math.max(t.x0 - x, 0, x - t.x1), Math.max(t.y0 - y, 0, y - t.y1));
    let checked = 0;
    for (let x = -20; x <= 250; x += 1)
      for (let y = -20; y <= 120; y += 1) {
        const found = owner(x, y);
        if (found === -1) continue;
        const nearest = Math.min(...targets.map((t) => distance(t, x, y)));
        // Off a target and out of every near ring, the reaches overlap only where nothing is within the gap.
        if (distance(targets[found]!, x, y) > gap / 2) continue;
        expect(distance(targets[found]!, x, y), `(${x}, ${y}) went to ${found}`).toBeCloseTo(nearest, 6);
        checked++;
      }
    expect(checked).toBeGreaterThan(1000);
    // Where no neighbour is near, a tap 9 px off a target's edge still reaches it.
    expect(owner(10, -9)).toBe(0);
    expect(owner(50, 103 + 2)).toBe(2); // two lines: 39 px high, its reach adds 2.5 px each way
    expect(owner(200, 88 + 9)).toBe(3);
  });

  it('finds the target of a tap on a canvas: the one under it, else the nearest within reach', () => {
    // Canvas rows are packed a row each: 8 px wide day glyphs, 24 px rows touching.
    const glyphs: Rect[] = [
      { x0: 100, y0: 0, x1: 108, y1: 24 },
      { x0: 104, y0: 24, x1: 112, y1: 48 },
      { x0: 200, y0: 0, x1: 208, y1: 24 },
    ];
    expect(targetAt(glyphs, 104, 30)).toBe(1); // on the second, also in the first's reach
    expect(targetAt(glyphs, 96, 10)).toBe(0); // 4 px left of the first
    expect(targetAt(glyphs, 116, 12)).toBe(0); // 8 px right of the first, 12.6 px from the second's corner...
    expect(targetAt(glyphs, 116, 20)).toBe(1); // ...and 8 px lower, 5.7 px from it
    expect(targetAt(glyphs, 150, 10)).toBe(-1); // in nobody's reach (18 px around an 8 px glyph)
    expect(targetAt(glyphs, 204, -9)).toBe(2);
    expect(targetAt([], 0, 0)).toBe(-1);
  });
});
