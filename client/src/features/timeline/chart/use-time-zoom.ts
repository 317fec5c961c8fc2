import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { DAY_MS, type TimeExtent } from '../layout.ts';
import { DAY_PX_AT_MAX_ZOOM } from './chart-model.ts';

/**
 * The chart's time scale under d3-zoom: d3 owns the zoom (attached to the SVG once per geometry, removed on cleanup),
 * its transform kept as React state; the scale at rest (`base`) and zoomed (`x`), the time span in view, and the
 * moves the toolbar and keyboard ask for.
 */
export function useTimeZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  {
    domain,
    plotLeft,
    plotRight,
    height,
  }: { domain: readonly [number, number]; plotLeft: number; plotRight: number; height: number },
) {
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const plotWidth = plotRight - plotLeft;

  const base = useMemo(
    () =>
      scaleUtc()
        .domain([new Date(domain[0]), new Date(domain[1])])
        .range([plotLeft, plotRight]),
    [domain, plotLeft, plotRight],
  );
  const x = useMemo(() => transform.rescaleX(base), [transform, base]);
  const xMs = useCallback((ms: number) => x(new Date(ms)), [x]);
  const visibleDomain = useMemo(() => x.domain().map((d) => d.getTime()) as [number, number], [x]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const span = domain[1] - domain[0];
    const maxK = Math.max(1, span / DAY_MS / (plotWidth / DAY_PX_AT_MAX_ZOOM));
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [plotLeft, 0],
        [plotRight, height],
      ])
      .translateExtent([
        [plotLeft, 0],
        [plotRight, height],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    zoomRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [svgRef, domain, plotLeft, plotWidth, plotRight, height]);

  // A new domain or width starts from the whole picture.
  useEffect(() => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.transform, zoomIdentity);
  }, [svgRef, domain, plotWidth]);

  const zoomBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      if (svg && zoomRef.current) select(svg).call(zoomRef.current.scaleBy, factor);
    },
    [svgRef],
  );
  const fit = useCallback(() => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.transform, zoomIdentity);
  }, [svgRef]);
  const zoomTo = useCallback(
    (extent: TimeExtent) => {
      const svg = svgRef.current;
      if (!svg || !zoomRef.current) return;
      const start = Math.max(extent.start, domain[0]);
      const end = Math.min(extent.end, domain[1]);
      if (!(end > start)) return;
      const x0 = base(new Date(start));
      const x1 = base(new Date(end));
      const k = plotWidth / Math.max(1, x1 - x0);
      const t = zoomIdentity.translate(plotLeft, 0).scale(k).translate(-x0, 0);
      select(svg).call(zoomRef.current.transform, t);
    },
    [svgRef, base, domain, plotLeft, plotWidth],
  );
  /** Pans, without zooming, so that the instant `ms` is in the middle. */
  const centreOn = useCallback(
    (ms: number) => {
      const svg = svgRef.current;
      if (svg && zoomRef.current) select(svg).call(zoomRef.current.translateTo, base(new Date(ms)), height / 2);
    },
    [svgRef, base, height],
  );

  return { base, x, xMs, visibleDomain, zoomBy, fit, zoomTo, centreOn };
}
