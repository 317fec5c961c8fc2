import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import { targetAt } from '../../shared/ui/touch-target.ts';
import { useElementWidth } from '../../shared/ui/use-element-width.ts';
import { useTextMeasure } from '../../shared/ui/use-text-measure.ts';
import {
  CANVAS_LIMIT,
  PUB_COLOUR,
  fadeId,
  isFaded,
  type ChartEvent,
  type ChartLabels,
  type ChartPublication,
  type PlacedItem,
} from './chart/chart-model.ts';
import { EventLayer } from './chart/EventLayer.tsx';
import { LaneLayer, LinkLayer, PublicationLayer } from './chart/layers.tsx';
import { useCanvasGlyphs } from './chart/use-canvas-glyphs.ts';
import { useChartKeys } from './chart/use-chart-keys.ts';
import { useLinkedEvents } from './chart/use-linked-events.ts';
import { useTimeAxes } from './chart/use-time-axes.ts';
import { useTimeZoom } from './chart/use-time-zoom.ts';
import { BOTTOM_AXIS, FONT_PX, ROW, chartGeometry, placeChart } from './chart/place-chart.ts';
import { countVisible, pixelExtent, type LaidOutItem, type LaneLayout, type TimeExtent } from './layout.ts';

/**
 * The timeline itself. React owns the layout (lanes, rows, glyphs, labels, links); d3 owns the zoom (d3-zoom on the
 * SVG, its transform kept as React state) and draws the two axes into groups React leaves empty. Beyond
 * `canvasLimit` events in view, the glyphs are drawn on a canvas under the SVG (DESIGN.md: SVG stays smooth up to
 * a few hundred items); keyboard navigation, selection and export work the same in both modes. It is drawn at its
 * container's width (never scaled, so that its 12 px text stays 12 px on a phone); where each glyph and its whole
 * label go is chart/place-chart.ts, the scales and zoom chart/use-time-zoom.ts, the axes chart/use-time-axes.ts,
 * the drawing layers chart/*.tsx.
 */

export interface TimelineChartHandle {
  zoomBy(factor: number): void;
  fit(): void;
  zoomTo(extent: TimeExtent): void;
  svg(): SVGSVGElement | null;
  canvas(): HTMLCanvasElement | null;
  /** Where the canvas sits inside the SVG, for the export. */
  canvasBox(): { x: number; y: number; width: number; height: number };
}

export interface TimelineChartProps {
  ref?: Ref<TimelineChartHandle>;
  layout: LaneLayout<ChartEvent>;
  laneLabels: ReadonlyMap<string, string>;
  publications: readonly ChartPublication[];
  domain: readonly [number, number];
  window: TimeExtent | null;
  selectedEvent: string | null;
  /** Events of the selected actor (null: no actor selected). */
  highlighted: ReadonlySet<string> | null;
  /** The selected actor, whose lane links start from. */
  selectedActor?: string | null;
  onSelectEvent: (id: string) => void;
  onSelectSource: (id: string) => void;
  /** Reports the visible time domain (for the overview) and how many events are in view. */
  onView?: (domain: [number, number], visible: number) => void;
  lang: Lang;
  labels: ChartLabels;
  canvasLimit?: number;
}

export function TimelineChart({
  ref,
  layout,
  laneLabels,
  publications,
  domain,
  window,
  selectedEvent,
  highlighted,
  selectedActor = null,
  onSelectEvent,
  onSelectSource,
  onView,
  lang,
  labels,
  canvasLimit = CANVAS_LIMIT,
}: TimelineChartProps) {
  const [wrapRef, width] = useElementWidth<HTMLDivElement>(280);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [active, setActive] = useState(0);
  const [hover, setHover] = useState<string | null>(null);
  const { measure, measureBold: measureTitle } = useTextMeasure(svgRef, FONT_PX);

  const { plotLeft, plotRight, lanesTop } = chartGeometry(width);
  const plotWidth = plotRight - plotLeft;
  // Labels are drawn (and given room) unless the glyphs are so many that they go on a canvas.
  const labelled = layout.items.length <= canvasLimit;
  const base = useMemo(
    () => (ms: number) => plotLeft + ((ms - domain[0]) / (domain[1] - domain[0])) * plotWidth,
    [domain, plotLeft, plotWidth],
  );
  const placement = useMemo(
    () =>
      placeChart({
        layout,
        laneLabels,
        publications,
        scale: base,
        width,
        measure,
        measureTitle,
        labelled,
        labels: { approx: labels.approx },
      }),
    [layout, laneLabels, publications, base, width, measure, measureTitle, labelled, labels.approx],
  );
  const { lanesHeight, pubTop, height } = placement;

  const { x, xMs, visibleDomain, zoomBy, fit, zoomTo, centreOn } = useTimeZoom(svgRef, {
    domain,
    plotLeft,
    plotRight,
    height,
  });
  const { topAxisRef, bottomAxisRef } = useTimeAxes(x, visibleDomain, plotWidth, lang);

  const itemY = useCallback(
    (item: LaidOutItem<ChartEvent>) => placement.events.get(item.key)?.top ?? lanesTop,
    [placement, lanesTop],
  );

  const visibleCount = useMemo(
    () =>
      countVisible(
        layout.items.map((it) => it.extent),
        visibleDomain,
      ),
    [layout, visibleDomain],
  );
  // Distinct events in view (an event sits in each of its lanes) are what the reader is told.
  const visibleEvents = useMemo(() => {
    const ids = new Set<string>();
    for (const item of layout.items)
      if (item.extent.end > visibleDomain[0] && item.extent.start < visibleDomain[1]) ids.add(item.id);
    return ids.size;
  }, [layout, visibleDomain]);
  const onCanvas = visibleCount > canvasLimit;

  useEffect(() => onView?.(visibleDomain, visibleEvents), [onView, visibleDomain, visibleEvents]);

  useImperativeHandle(
    ref,
    () => ({
      zoomBy,
      fit,
      zoomTo,
      svg: () => svgRef.current,
      canvas: () => (onCanvas ? canvasRef.current : null),
      canvasBox: () => ({ x: plotLeft, y: lanesTop, width: plotWidth, height: lanesHeight }),
    }),
    [zoomBy, fit, zoomTo, onCanvas, plotLeft, lanesTop, plotWidth, lanesHeight],
  );

  const items = layout.items;
  const activeIndex = active < items.length ? active : 0;
  const inView = useCallback(
    (extent: TimeExtent) => extent.end > visibleDomain[0] && extent.start < visibleDomain[1],
    [visibleDomain],
  );

  const onKeyDown = useChartKeys({
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
  });

  const { linkFrom, linkedSources } = useLinkedEvents(items, { selectedEvent, hover, highlighted, selectedActor });
  const strong = (id: string) => id === selectedEvent || id === hover;

  const fadeColours = useMemo(
    () => [...new Set([...layout.items.map((item) => item.data.colour), PUB_COLOUR])],
    [layout],
  );
  const pubById = useMemo(() => new Map(publications.map((p) => [p.id, p])), [publications]);
  const pubY = (p: ChartPublication) => placement.publications.get(p.id)?.top ?? pubTop;

  const faded = (item: LaidOutItem<ChartEvent>) => isFaded(item, highlighted, window);

  const visibleItems = useMemo(() => {
    const list: PlacedItem[] = [];
    items.forEach((item, index) => {
      if (inView(item.extent) || index === activeIndex) list.push({ item, index });
    });
    return list;
  }, [items, inView, activeIndex]);

  useCanvasGlyphs(canvasRef, {
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
  });

  const onCanvasClick = (event: { clientX: number; clientY: number }) => {
    const svg = svgRef.current;
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    // The glyph tapped, else the nearest one within a finger's reach (touch-target.ts).
    const glyphs = visibleItems.map(({ item }) => {
      const { x0, x1 } = pixelExtent(item.extent, xMs, 8);
      return { x0, x1, y0: itemY(item), y1: itemY(item) + ROW };
    });
    const hit = visibleItems[targetAt(glyphs, event.clientX - box.left, event.clientY - box.top)];
    if (!hit) return;
    setActive(hit.index);
    onSelectEvent(hit.item.id);
  };

  const activeItem = items[activeIndex];
  const windowPx = window
    ? {
        x0: Math.max(plotLeft, xMs(Math.max(window.start, visibleDomain[0]))),
        x1: Math.min(plotRight, xMs(Math.min(window.end, visibleDomain[1]))),
      }
    : null;

  return (
    <div className="tl-chart" ref={wrapRef} data-visible={visibleCount} data-mode={onCanvas ? 'canvas' : 'svg'}>
      {onCanvas && (
        <canvas
          ref={canvasRef}
          className="tl-chart__canvas"
          width={plotWidth}
          height={lanesHeight}
          aria-hidden="true"
          data-left={plotLeft}
          data-top={lanesTop}
          style={{ left: plotLeft, top: lanesTop }}
        />
      )}
      <svg
        ref={svgRef}
        className="tl-chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={labels.chart}
        tabIndex={onCanvas ? 0 : -1}
        onKeyDown={onKeyDown}
        data-domain-start={visibleDomain[0]}
        data-domain-end={visibleDomain[1]}
        data-plot-left={plotLeft}
        data-plot-right={plotRight}
        fontFamily="system-ui, sans-serif"
        fontSize={FONT_PX}
      >
        <defs>
          <clipPath id="tl-clip">
            <rect x={plotLeft} y={0} width={plotWidth} height={height} />
          </clipPath>
          {/* Approximate dates fade out at both ends: one gradient per colour (cheaper to paint than a mask). */}
          {fadeColours.map((colour) => (
            <linearGradient key={colour} id={fadeId(colour)} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" stopColor={colour} stopOpacity="0.1" />
              <stop offset="0.3" stopColor={colour} stopOpacity="0.6" />
              <stop offset="0.7" stopColor={colour} stopOpacity="0.6" />
              <stop offset="1" stopColor={colour} stopOpacity="0.1" />
            </linearGradient>
          ))}
        </defs>
        <rect className="tl-bg" x={0} y={0} width={width} height={height} fill="transparent" />
        <LaneLayer lanes={placement.lanes} geometry={placement.geometry} />
        {/* The axes are drawn, never tapped: a tap at the edge of a glyph's reach goes through them. */}
        <g
          className="tl-axis tl-axis--top"
          ref={topAxisRef}
          transform={`translate(0, ${lanesTop - 2})`}
          pointerEvents="none"
        />
        <text x={8} y={14} className="tl-axis__title" fill="#374151" fontWeight="600">
          {labels.happened}
        </text>
        {windowPx && windowPx.x1 > windowPx.x0 && (
          <rect
            className="tl-window"
            x={windowPx.x0}
            y={lanesTop}
            width={windowPx.x1 - windowPx.x0}
            height={lanesHeight}
            fill="#fde68a"
            fillOpacity={0.25}
            stroke="#d97706"
            strokeDasharray="4 3"
          />
        )}
        {onCanvas && (
          <rect
            className="tl-hit"
            x={plotLeft}
            y={lanesTop}
            width={plotWidth}
            height={lanesHeight}
            fill="transparent"
            onClick={onCanvasClick}
          />
        )}

        <g clipPath="url(#tl-clip)">
          <LinkLayer
            visibleItems={visibleItems}
            linkFrom={linkFrom}
            pubById={pubById}
            xMs={xMs}
            itemY={itemY}
            pubY={pubY}
            strong={strong}
          />
          {!onCanvas && (
            <EventLayer
              visibleItems={visibleItems}
              placed={placement.events}
              xMs={xMs}
              activeIndex={activeIndex}
              selectedEvent={selectedEvent}
              isFaded={faded}
              labels={labels}
              onActivate={setActive}
              onSelect={onSelectEvent}
              onHover={setHover}
            />
          )}
        </g>

        <PublicationLayer
          publications={publications}
          placed={placement.publications}
          pubTop={pubTop}
          bottom={height - BOTTOM_AXIS}
          width={width}
          xMs={xMs}
          linkedSources={linkedSources}
          labels={labels}
          onSelectSource={onSelectSource}
        />
        <g
          className="tl-axis tl-axis--bottom"
          ref={bottomAxisRef}
          transform={`translate(0, ${height - BOTTOM_AXIS + 2})`}
          pointerEvents="none"
        />
      </svg>
      {onCanvas && (
        <p className="visually-hidden" aria-live="polite">
          {activeItem ? `${activeItem.data.dateWords}: ${activeItem.data.title}` : ''}
        </p>
      )}
    </div>
  );
}
