import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { estimateTextWidth, type MeasureText } from '../format/text-width.ts';

/**
 * How wide a diagram's text is on screen: the canvas's measureText in the font its SVG is drawn in (read from the
 * SVG's computed style, so that a page font override is measured too), at `fontPx`, regular and bold (600); or the
 * deterministic estimate where there is no canvas (jsdom). A pixel of slack per line keeps rounding from pushing a
 * line past its room.
 */
export function useTextMeasure(
  svgRef: RefObject<SVGSVGElement | null>,
  fontPx: number,
): {
  measure: MeasureText;
  measureBold: MeasureText;
} {
  const [family, setFamily] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (svgRef.current) setFamily(getComputedStyle(svgRef.current).fontFamily || null);
  }, [svgRef]);
  return useMemo(() => {
    const context = family ? canvasContext() : null;
    if (!context || !family)
      return {
        measure: (text: string) => estimateTextWidth(text, fontPx),
        measureBold: (text: string) => estimateTextWidth(text, fontPx, true),
      };
    const measureIn = (font: string) => (text: string) => {
      context.font = font;
      return context.measureText(text).width + 1;
    };
    return {
      measure: measureIn(`${fontPx}px ${family}`),
      measureBold: measureIn(`600 ${fontPx}px ${family}`),
    };
  }, [family, fontPx]);
}

function canvasContext(): CanvasRenderingContext2D | null {
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    return null; // jsdom without the canvas package
  }
}
