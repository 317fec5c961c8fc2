/**
 * Touch targets in the diagrams, pure and unit-tested. A finger needs about 44 × 44 CSS px (WCAG 2.5.5), far more
 * than a 24 px timeline row or a 3 px money flow, and the drawing must not grow to give it. So each target is drawn
 * as it is and gets invisible hit shapes under it, in two layers, outermost first:
 *
 * 1. its reach: the target grown about its centre to at least 44 px each way (a stroke 44 px wide for a flow);
 * 2. its near ring: the target grown by half the gap that separates neighbours in that diagram.
 *
 * Drawn under every target's own shape (which always wins on itself), the near rings split the gap between two
 * neighbours at its middle, so that the nearer one wins there; the reaches only decide where nothing is nearer.
 * Where neighbours are packed closer than 44 px, a target's reach overlaps its neighbours' and it keeps what is
 * nearer to it: nothing becomes unreachable, and the list alternative names every element anyway.
 */

/** The least width and height of a touch target, in CSS px. */
export const TOUCH_PX = 44;

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A rectangle grown by `by` on every side. */
export function grownRect(rect: Rect, by: number): Rect {
  return { x0: rect.x0 - by, y0: rect.y0 - by, x1: rect.x1 + by, y1: rect.y1 + by };
}

/** A rectangle grown about its centre to at least `min` wide and `min` high (kept as it is where it is larger). */
export function reachRect(rect: Rect, min: number = TOUCH_PX): Rect {
  const growX = Math.max(0, min - (rect.x1 - rect.x0)) / 2;
  const growY = Math.max(0, min - (rect.y1 - rect.y0)) / 2;
  return { x0: rect.x0 - growX, y0: rect.y0 - growY, x1: rect.x1 + growX, y1: rect.y1 + growY };
}

/** A target's two hit rectangles, outermost first: its reach, then its near ring (half the `gap` to neighbours). */
export function touchRects(rect: Rect, gap: number, min: number = TOUCH_PX): [reach: Rect, near: Rect] {
  return [reachRect(rect, min), grownRect(rect, gap / 2)];
}

/**
 * A stroked path's two hit stroke widths, outermost first (a band is centred on the path): its reach (at least
 * `min`), then its drawn width plus the `gap` to its neighbours (half of it on each side).
 */
export function touchStrokes(width: number, gap: number, min: number = TOUCH_PX): [reach: number, near: number] {
  return [Math.max(min, width), width + gap];
}

/**
 * Which target a tap at (x, y) is for, where the targets are not shapes the browser hit-tests (glyphs painted on a
 * canvas): the one it falls on, else the nearest whose reach holds it; -1 when there is none.
 */
export function targetAt(targets: readonly Rect[], x: number, y: number, min: number = TOUCH_PX): number {
  let best = -1;
  let bestDistance = Infinity;
  targets.forEach((rect, i) => {
    const reach = reachRect(rect, min);
    if (x < reach.x0 || x > reach.x1 || y < reach.y0 || y > reach.y1) return;
    const distance = Math.hypot(Math.max(rect.x0 - x, 0, x - rect.x1), Math.max(rect.y0 - y, 0, y - rect.y1));
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}
