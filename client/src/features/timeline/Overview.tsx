import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { axisBottom } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef } from 'react';
import type { IsoDay } from '../../shared/api/types.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { reachRect, TOUCH_PX } from '../../shared/ui/touch-target.ts';
import { useElementWidth } from '../../shared/ui/use-element-width.ts';
import { dayMs, DAY_MS, snapWindow, type TimeExtent } from './layout.ts';
import { tickFormatter } from './visual.ts';

/**
 * The overview under the timeline: the whole period with a histogram of events, the part the timeline shows, and a
 * d3 brush that sets the date window (URL state, so that the graph uses it too). d3 owns the brush through a ref;
 * the window in the URL moves the brush back (a programmatic move, which the handler ignores). For a finger, the
 * brush takes taps 44 px high (a little above and under the 36 px strip, while its window is drawn over the strip
 * only) and its two edge handles are 44 px wide.
 */

/** Under this width (as for the chart), the strip's name goes above it and the strip takes the whole width. */
const NARROW = 640;
const PLOT_HEIGHT = 36;
const AXIS = 20;
const TITLE = 18;

export function Overview({
  extents,
  domain,
  view,
  from,
  to,
  onWindow,
  lang,
  label,
}: {
  extents: readonly TimeExtent[];
  domain: readonly [number, number];
  view: readonly [number, number] | null;
  from: IsoDay | null;
  to: IsoDay | null;
  onWindow: (window: { from: IsoDay; to: IsoDay } | null) => void;
  lang: Lang;
  label: string;
}) {
  const [wrapRef, width] = useElementWidth<HTMLDivElement>(280);
  const narrow = width < NARROW;
  const left = narrow ? 10 : 172;
  const top = narrow ? TITLE : 0;
  const height = top + PLOT_HEIGHT + AXIS;
  const brushRef = useRef<SVGGElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const brushBehaviour = useRef<BrushBehavior<unknown> | null>(null);
  const onWindowRef = useRef(onWindow);
  useEffect(() => {
    onWindowRef.current = onWindow;
  }, [onWindow]);

  const right = width - (narrow ? 12 : 18);
  const x = useMemo(
    () =>
      scaleUtc()
        .domain([new Date(domain[0]), new Date(domain[1])])
        .range([left, right]),
    [domain, left, right],
  );
  const plotHeight = PLOT_HEIGHT;

  // A histogram of events per two pixels: constant cost whatever the number of events.
  const bars = useMemo(() => {
    const columns = Math.max(1, Math.floor((right - left) / 2));
    const counts = new Array<number>(columns).fill(0);
    const msPerColumn = (domain[1] - domain[0]) / columns;
    for (const extent of extents) {
      const column = Math.floor(((extent.start + extent.end) / 2 - domain[0]) / msPerColumn);
      if (column >= 0 && column < columns) counts[column]! += 1;
    }
    const max = Math.max(1, ...counts);
    let d = '';
    counts.forEach((count, i) => {
      if (count === 0) return;
      const h = Math.max(2, (count / max) * (plotHeight - 4));
      d += `M${left + i * 2} ${plotHeight}h2v${-h}h-2Z`;
    });
    return d;
  }, [extents, domain, left, right, plotHeight]);

  useEffect(() => {
    if (axisRef.current) {
      const format = tickFormatter(domain[1] - domain[0], lang);
      select(axisRef.current).call(
        axisBottom(x)
          .ticks(Math.max(2, Math.floor((right - left) / 80)))
          .tickFormat((d) => format(d as Date)),
      );
      // The tick labels take the strip's 12 px font (d3 would set its own 10 px one).
      select(axisRef.current).attr('font-size', null).attr('font-family', null);
    }
  }, [x, domain, left, right, lang]);

  // d3 owns the brush: created per geometry, removed on cleanup.
  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const reach = reachRect({ x0: left, y0: 0, x1: right, y1: plotHeight });
    const behaviour = brushX<unknown>()
      .extent([
        [left, reach.y0],
        [right, reach.y1],
      ])
      .handleSize(TOUCH_PX)
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by the URL, not by the reader
        const selection = event.selection as [number, number] | null;
        if (!selection) return onWindowRef.current(null);
        const msPerPixel = (domain[1] - domain[0]) / (right - left);
        const start = x.invert(selection[0]).getTime();
        const end = x.invert(selection[1]).getTime();
        onWindowRef.current(snapWindow(start, end, msPerPixel));
      });
    brushBehaviour.current = behaviour;
    const selection = select(g);
    selection.call(behaviour);
    // The window is drawn over the strip, not over the brush's taller reach (CSS geometry outranks d3's attributes).
    selection.select('.selection').style('y', '0px').style('height', `${plotHeight}px`);
    return () => {
      selection.on('.brush', null);
      selection.selectAll('*').remove();
      brushBehaviour.current = null;
    };
  }, [x, left, right, plotHeight, domain]);

  // The window in the URL moves the brush.
  useEffect(() => {
    const g = brushRef.current;
    const behaviour = brushBehaviour.current;
    if (!g || !behaviour) return;
    if (!from && !to) {
      select(g).call(behaviour.clear);
      return;
    }
    const x0 = Math.max(left, from ? x(new Date(dayMs(from))) : left);
    const x1 = Math.min(right, to ? x(new Date(dayMs(to) + DAY_MS)) : right);
    if (x1 > x0) select(g).call(behaviour.move, [x0, x1]);
  }, [from, to, x, left, right]);

  const viewBox = view ? { x0: Math.max(left, x(new Date(view[0]))), x1: Math.min(right, x(new Date(view[1]))) } : null;

  return (
    <div className="tl-overview" ref={wrapRef}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
        data-domain-start={domain[0]}
        data-domain-end={domain[1]}
        data-plot-left={left}
        data-plot-right={right}
        fontFamily="system-ui, sans-serif"
        fontSize={12}
      >
        <text x={narrow ? left : 8} y={narrow ? 13 : plotHeight / 2 + 4} fill="#374151" fontWeight="600">
          {label.split('(')[0]!.trim()}
        </text>
        <g transform={`translate(0, ${top})`}>
          <rect x={left} y={0} width={right - left} height={plotHeight} fill="#f3f4f6" />
          <path d={bars} fill="#6b7280" />
          {viewBox && viewBox.x1 > viewBox.x0 && (
            <rect
              className="tl-overview__view"
              x={viewBox.x0}
              y={0.5}
              width={viewBox.x1 - viewBox.x0}
              height={plotHeight - 1}
              fill="none"
              stroke="#1d4ed8"
              strokeWidth={1}
            />
          )}
          <g className="tl-brush" ref={brushRef} />
          <g className="tl-axis" ref={axisRef} transform={`translate(0, ${plotHeight})`} />
        </g>
      </svg>
    </div>
  );
}
