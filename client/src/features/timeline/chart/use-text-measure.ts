import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { estimateTextWidth, type MeasureText } from '../label-layout.ts';
import { FONT_PX } from './place-chart.ts';

/**
 * How wide the chart's text is on screen: the canvas's measureText in the font the SVG is drawn in (read from its
 * computed style, so that a page font override is measured too), or the deterministic estimate where there is no
 * canvas (jsdom). A pixel of slack per line keeps rounding from pushing a line past its room.
 */
export function useTextMeasure(svgRef: RefObject<SVGSVGElement | null>): {
  measure: MeasureText;
  measureTitle: MeasureText;
} {
  const [family, setFamily] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (svgRef.current) setFamily(getComputedStyle(svgRef.current).fontFamily || null);
  }, [svgRef]);
  return useMemo(() => {
    const context = family ? canvasContext() : null;
    if (!context || !family)
      return {
        measure: (text: string) => estimateTextWidth(text, FONT_PX),
        measureTitle: (text: string) => estimateTextWidth(text, FONT_PX, true),
      };
    const measureIn = (font: string) => (text: string) => {
      context.font = font;
      return context.measureText(text).width + 1;
    };
    return {
      measure: measureIn(`${FONT_PX}px ${family}`),
      measureTitle: measureIn(`600 ${FONT_PX}px ${family}`),
    };
  }, [family]);
}

function canvasContext(): CanvasRenderingContext2D | null {
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    return null; // jsdom without the canvas package
  }
}
