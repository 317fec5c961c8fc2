import { useEffect, type RefObject } from 'react';
import { pixelExtent, type LaidOutItem, type TimeExtent } from '../layout.ts';
import { isFaded, type ChartEvent, type PlacedItem } from './chart-model.ts';
import { ROW } from './place-chart.ts';

/**
 * Canvas mode (beyond CANVAS_LIMIT events in view): the event glyphs drawn on the canvas under the SVG, in the same
 * places, colours and emphasis as the SVG layer would draw them.
 */
export function useCanvasGlyphs(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  {
    onCanvas,
    visibleItems,
    xMs,
    itemY,
    plotLeft,
    lanesTop,
    plotWidth,
    lanesHeight,
    activeIndex,
    selectedEvent,
    highlighted,
    window,
  }: {
    onCanvas: boolean;
    visibleItems: readonly PlacedItem[];
    xMs: (ms: number) => number;
    itemY: (item: LaidOutItem<ChartEvent>) => number;
    /** Where the canvas sits in the SVG. */
    plotLeft: number;
    lanesTop: number;
    plotWidth: number;
    lanesHeight: number;
    activeIndex: number;
    selectedEvent: string | null;
    highlighted: ReadonlySet<string> | null;
    window: TimeExtent | null;
  },
) {
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !onCanvas) return;
    const ratio = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(plotWidth * ratio);
    canvas.height = Math.round(lanesHeight * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, plotWidth, lanesHeight);
    let lastColour = '';
    for (const { item, index } of visibleItems) {
      const px = pixelExtent(item.extent, xMs, 2);
      const y = itemY(item) - lanesTop;
      const colour = item.data.colour;
      if (colour !== lastColour) {
        ctx.fillStyle = colour;
        lastColour = colour;
      }
      ctx.globalAlpha = isFaded(item, highlighted, window) ? 0.2 : item.data.glyph.approximate ? 0.45 : 0.85;
      if (item.data.glyph.shape === 'point') {
        const cx = px.centre - plotLeft;
        ctx.beginPath();
        ctx.moveTo(cx, y + 6);
        ctx.lineTo(cx + 6, y + ROW / 2);
        ctx.lineTo(cx, y + ROW - 6);
        ctx.lineTo(cx - 6, y + ROW / 2);
        ctx.fill();
      } else ctx.fillRect(px.x0 - plotLeft, y + 6, px.x1 - px.x0, ROW - 12);
      if (index === activeIndex || item.id === selectedEvent) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = '#111827';
        ctx.lineWidth = 2;
        ctx.strokeRect(px.x0 - plotLeft - 2, y + 4, px.x1 - px.x0 + 4, ROW - 8);
      }
    }
    ctx.globalAlpha = 1;
  }, [
    canvasRef,
    onCanvas,
    visibleItems,
    xMs,
    itemY,
    plotLeft,
    lanesTop,
    plotWidth,
    lanesHeight,
    activeIndex,
    selectedEvent,
    highlighted,
    window,
  ]);
}
