import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { neighbourItem, type LaidOutItem } from '../layout.ts';
import type { ChartEvent } from './chart-model.ts';

/**
 * The chart's keys: + and - zoom, 0 fits, Enter or Space selects the active event, arrows, Home and End move to the
 * neighbouring event (panning it into view) and focus it, or the SVG itself in canvas mode.
 */
export function useChartKeys({
  svgRef,
  items,
  activeIndex,
  setActive,
  onCanvas,
  zoomBy,
  fit,
  centreOn,
  xMs,
  plotLeft,
  plotRight,
  onSelectEvent,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  items: readonly LaidOutItem<ChartEvent>[];
  activeIndex: number;
  setActive: (index: number) => void;
  onCanvas: boolean;
  zoomBy: (factor: number) => void;
  fit: () => void;
  centreOn: (ms: number) => void;
  xMs: (ms: number) => number;
  plotLeft: number;
  plotRight: number;
  onSelectEvent: (id: string) => void;
}) {
  const focusPending = useRef(false);

  /** Pans (without zooming) so that an item is in view. */
  const ensureVisible = useCallback(
    (index: number) => {
      const item = items[index];
      if (!item) return;
      const centre = xMs((item.extent.start + item.extent.end) / 2);
      if (centre >= plotLeft + 24 && centre <= plotRight - 24) return;
      centreOn((item.extent.start + item.extent.end) / 2);
    },
    [items, xMs, centreOn, plotLeft, plotRight],
  );

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const target = onCanvas
      ? svgRef.current
      : svgRef.current?.querySelector<SVGGElement>(`[data-index="${activeIndex}"]`);
    target?.focus({ preventScroll: false });
  }, [svgRef, activeIndex, onCanvas]);

  return (event: KeyboardEvent<SVGSVGElement>) => {
    const key = event.key;
    if (key === '+' || key === '=') return (event.preventDefault(), zoomBy(1.5));
    if (key === '-' || key === '_') return (event.preventDefault(), zoomBy(1 / 1.5));
    if (key === '0') return (event.preventDefault(), fit());
    if (key === 'Enter' || key === ' ') {
      const item = items[activeIndex];
      if (item) {
        event.preventDefault();
        onSelectEvent(item.id);
      }
      return;
    }
    if (
      key === 'ArrowLeft' ||
      key === 'ArrowRight' ||
      key === 'ArrowUp' ||
      key === 'ArrowDown' ||
      key === 'Home' ||
      key === 'End'
    ) {
      event.preventDefault();
      const next = neighbourItem(items, activeIndex, key);
      if (next < 0) return;
      focusPending.current = true;
      setActive(next);
      ensureVisible(next);
    }
  };
}
