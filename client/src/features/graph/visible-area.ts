import { fitViewport, type Point } from './layout.ts';

/**
 * Where on the canvas a reader can see what is fitted into it: the part of it that is on the screen and not under
 * something laid over the view (the phone's selection sheet marks itself `data-covers-view`). A story step's actors
 * and a selection are fitted into that part, not into the whole canvas, so that they are never drawn below the fold
 * or under the sheet. Everything here is in CSS pixels.
 */

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** An area inside the canvas, in the canvas's own pixels. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Under this height, the visible part is too small to fit anything into: the whole canvas is used. */
export const MIN_VISIBLE_HEIGHT = 160;

/** The part of a canvas (its box on screen) that is within the screen's height and above every cover overlapping it. */
export function visibleArea(canvas: Rect, screenHeight: number, covers: readonly Rect[]): Area {
  const top = Math.max(canvas.top, 0);
  let bottom = Math.min(canvas.bottom, screenHeight);
  for (const cover of covers) {
    const overlapsAcross = cover.left < canvas.right && cover.right > canvas.left;
    if (overlapsAcross && cover.bottom > cover.top && cover.top < bottom && cover.bottom > top)
      bottom = Math.max(top, cover.top);
  }
  const whole = { x: 0, y: 0, width: canvas.right - canvas.left, height: canvas.bottom - canvas.top };
  if (bottom - top < MIN_VISIBLE_HEIGHT) return whole;
  return { ...whole, y: top - canvas.top, height: bottom - top };
}

/**
 * How far to scroll the page down so that enough of the canvas shows above a cover (a selection's sheet opening over
 * a canvas that starts low on the screen): the canvas's top brought to the screen's top; 0 when enough shows already.
 */
export function scrollToSee(canvas: Rect, screenHeight: number, covers: readonly Rect[]): number {
  const area = visibleArea(canvas, screenHeight, covers);
  const tooLittle = area.height === canvas.bottom - canvas.top && area.y === 0;
  const covered = covers.some((cover) => cover.left < canvas.right && cover.right > canvas.left);
  return tooLittle && covered && canvas.top > 0 ? canvas.top : 0;
}

/** The zoom and pan that show a box (in graph units) whole inside an area of the canvas. */
export function fitInArea(
  box: { x1: number; y1: number; w: number; h: number },
  area: Area,
  padding: number,
  maxZoom: number,
): { zoom: number; pan: Point } {
  const { zoom, pan } = fitViewport(box, area, padding, maxZoom);
  return { zoom, pan: { x: pan.x + area.x, y: pan.y + area.y } };
}

/**
 * The box a story step is fitted to: its actors, with room around them for their labels and for some of what
 * surrounds them (a quarter of the whole drawing each way, never past it).
 */
export function stepBox(
  actors: readonly Point[],
  whole: { x1: number; y1: number; x2: number; y2: number },
): { x1: number; y1: number; w: number; h: number } | null {
  if (actors.length === 0) return null;
  const xs = actors.map((p) => p.x);
  const ys = actors.map((p) => p.y);
  const marginX = Math.max(90, (whole.x2 - whole.x1) / 4);
  const marginY = Math.max(50, (whole.y2 - whole.y1) / 4);
  const x1 = Math.max(Math.min(...xs) - marginX, Math.min(whole.x1, ...xs));
  const x2 = Math.min(Math.max(...xs) + marginX, Math.max(whole.x2, ...xs));
  const y1 = Math.max(Math.min(...ys) - marginY, Math.min(whole.y1, ...ys));
  const y2 = Math.min(Math.max(...ys) + marginY, Math.max(whole.y2, ...ys));
  return { x1, y1, w: x2 - x1, h: y2 - y1 };
}
