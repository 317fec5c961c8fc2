import { axisBottom, axisTop } from 'd3-axis';
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { Lang } from '../../shared/i18n/lang.ts';
import {
  DAY_MS,
  countVisible,
  neighbourItem,
  overlaps,
  pixelExtent,
  type LaidOutItem,
  type LaneLayout,
  type PrecisionGlyph,
  type TimeExtent,
} from './layout.ts';
import { fitLabel, tickFormatter } from './visual.ts';

/**
 * The timeline itself. React owns the layout (lanes, rows, glyphs, labels, links); d3 owns the zoom (d3-zoom on the
 * SVG, its transform kept as React state) and draws the two axes into groups React leaves empty. Beyond
 * `canvasLimit` events in view, the glyphs are drawn on a canvas under the SVG (DESIGN.md: SVG stays smooth up to
 * a few hundred items); keyboard navigation, selection and export work the same in both modes.
 */

export interface ChartEvent {
  id: string;
  title: string;
  /** The date as words, with its precision ("c. 2015", "early Sept. 2012"). */
  dateWords: string;
  /** What the label says of the value beside its date: inferred, planned, announced (shared/ui/ValueTruth.tsx). */
  flags?: string | undefined;
  kindWords: string;
  colour: string;
  glyph: PrecisionGlyph;
  actors: readonly string[];
  /** The sources its evidence comes from. */
  sources: readonly string[];
}

export interface ChartPublication {
  id: string;
  label: string;
  dateWords: string;
  extent: TimeExtent;
  glyph: PrecisionGlyph;
  row: number;
}

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
  labels: { chart: string; happened: string; reported: string; approx: string };
  canvasLimit?: number;
}

const LABEL_W = 172;
const RIGHT = 18;
const TOP_AXIS = 26;
const ROW = 24;
const LANE_GAP = 8;
const PUB_HEADER = 30;
const BOTTOM_AXIS = 26;
/** At the deepest zoom, one day is this many pixels wide. */
const DAY_PX_AT_MAX_ZOOM = 60;

export const CANVAS_LIMIT = 300;
const PUB_COLOUR = '#4338ca';
const fadeId = (colour: string) => `tl-fade-${colour.replace(/[^a-zA-Z0-9]/g, '')}`;

/** A label cut to fit: the ellipsis is hidden from assistive technology, so the visible text stays part of the name. */
function VisibleLabel({ text }: { text: string }) {
  if (!text.endsWith('…')) return <>{text}</>;
  return (
    <>
      {text.slice(0, -1)}
      <tspan aria-hidden="true">…</tspan>
    </>
  );
}

function diamond(cx: number, cy: number, r: number) {
  return `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`;
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
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const topAxisRef = useRef<SVGGElement>(null);
  const bottomAxisRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [width, setWidth] = useState(960);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [active, setActive] = useState(0);
  const [hover, setHover] = useState<string | null>(null);
  const focusPending = useRef(false);

  useLayoutEffect(() => {
    const element = wrapRef.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(480, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const plotRight = width - RIGHT;
  const plotWidth = plotRight - LABEL_W;
  const lanesHeight = layout.totalRows * ROW + layout.lanes.length * LANE_GAP;
  const pubRows = publications.reduce((max, p) => Math.max(max, p.row + 1), 0);
  const pubTop = TOP_AXIS + lanesHeight + PUB_HEADER;
  const height = pubTop + Math.max(1, pubRows) * ROW + BOTTOM_AXIS;

  const base = useMemo(
    () =>
      scaleUtc()
        .domain([new Date(domain[0]), new Date(domain[1])])
        .range([LABEL_W, plotRight]),
    [domain, plotRight],
  );
  const x = useMemo(() => transform.rescaleX(base), [transform, base]);
  const xMs = useCallback((ms: number) => x(new Date(ms)), [x]);
  const visibleDomain = useMemo(() => x.domain().map((d) => d.getTime()) as [number, number], [x]);

  const laneTop = useMemo(() => layout.lanes.map((lane, i) => TOP_AXIS + lane.firstRow * ROW + i * LANE_GAP), [layout]);
  const itemY = useCallback(
    (item: LaidOutItem<ChartEvent>) => laneTop[item.laneIndex]! + LANE_GAP / 2 + item.row * ROW,
    [laneTop],
  );

  // d3 owns the zoom: attached once per geometry, removed on cleanup.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const span = domain[1] - domain[0];
    const maxK = Math.max(1, span / DAY_MS / (plotWidth / DAY_PX_AT_MAX_ZOOM));
    const behaviour = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [LABEL_W, 0],
        [plotRight, height],
      ])
      .translateExtent([
        [LABEL_W, 0],
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
  }, [domain, plotWidth, plotRight, height]);

  // A new domain or width starts from the whole picture.
  useEffect(() => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.transform, zoomIdentity);
  }, [domain, plotWidth]);

  // d3 draws the axes into groups React leaves empty.
  useEffect(() => {
    const format = tickFormatter(visibleDomain[1] - visibleDomain[0], lang);
    const ticks = Math.max(2, Math.floor(plotWidth / 90));
    if (topAxisRef.current)
      select(topAxisRef.current).call(
        axisTop(x)
          .ticks(ticks)
          .tickFormat((d) => format(d as Date)),
      );
    if (bottomAxisRef.current)
      select(bottomAxisRef.current).call(
        axisBottom(x)
          .ticks(ticks)
          .tickFormat((d) => format(d as Date)),
      );
  }, [x, visibleDomain, plotWidth, lang]);

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

  const zoomBy = useCallback((factor: number) => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.scaleBy, factor);
  }, []);
  const fit = useCallback(() => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.transform, zoomIdentity);
  }, []);
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
      const t = zoomIdentity.translate(LABEL_W, 0).scale(k).translate(-x0, 0);
      select(svg).call(zoomRef.current.transform, t);
    },
    [base, domain, plotWidth],
  );

  useImperativeHandle(
    ref,
    () => ({
      zoomBy,
      fit,
      zoomTo,
      svg: () => svgRef.current,
      canvas: () => (onCanvas ? canvasRef.current : null),
      canvasBox: () => ({ x: LABEL_W, y: TOP_AXIS, width: plotWidth, height: lanesHeight }),
    }),
    [zoomBy, fit, zoomTo, onCanvas, plotWidth, lanesHeight],
  );

  const items = layout.items;
  const activeIndex = active < items.length ? active : 0;
  const inView = useCallback(
    (extent: TimeExtent) => extent.end > visibleDomain[0] && extent.start < visibleDomain[1],
    [visibleDomain],
  );

  /** Pans (without zooming) so that an item is in view. */
  const ensureVisible = useCallback(
    (index: number) => {
      const item = items[index];
      const svg = svgRef.current;
      if (!item || !svg || !zoomRef.current) return;
      const centre = xMs((item.extent.start + item.extent.end) / 2);
      if (centre >= LABEL_W + 24 && centre <= plotRight - 24) return;
      const baseCentre = base(new Date((item.extent.start + item.extent.end) / 2));
      select(svg).call(zoomRef.current.translateTo, baseCentre, height / 2);
    },
    [items, xMs, base, plotRight, height],
  );

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const target = onCanvas
      ? svgRef.current
      : svgRef.current?.querySelector<SVGGElement>(`[data-index="${activeIndex}"]`);
    target?.focus({ preventScroll: false });
  }, [activeIndex, onCanvas]);

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
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

  // Which events to link to their sources' publication marks: the selected, hovered and focused ones, and the
  // selected actor's.
  const linked = useMemo(() => {
    const ids = new Set<string>();
    if (selectedEvent) ids.add(selectedEvent);
    if (hover) ids.add(hover);
    if (highlighted && highlighted.size <= 60) for (const id of highlighted) ids.add(id);
    return ids;
  }, [selectedEvent, hover, highlighted]);
  // One link per event and source, from the event's glyph in the selected actor's lane when it has one.
  const linkFrom = useMemo(() => {
    const chosen = new Map<string, LaidOutItem<ChartEvent>>();
    for (const item of layout.items) {
      if (!linked.has(item.id)) continue;
      const current = chosen.get(item.id);
      if (!current || (selectedActor !== null && item.lane === selectedActor)) chosen.set(item.id, item);
    }
    return new Set([...chosen.values()].map((item) => item.key));
  }, [layout, linked, selectedActor]);
  const strong = (id: string) => id === selectedEvent || id === hover;

  const fadeColours = useMemo(
    () => [...new Set([...layout.items.map((item) => item.data.colour), PUB_COLOUR])],
    [layout],
  );
  const pubById = useMemo(() => new Map(publications.map((p) => [p.id, p])), [publications]);
  const pubY = (p: ChartPublication) => pubTop + p.row * ROW;

  const faded = (item: LaidOutItem<ChartEvent>) => {
    if (highlighted) return !highlighted.has(item.id);
    if (window) return !overlaps(item.extent, window);
    return false;
  };

  // Room for each label: up to the next item in the same row.
  const visibleItems = useMemo(() => {
    const list: { item: LaidOutItem<ChartEvent>; index: number }[] = [];
    items.forEach((item, index) => {
      if (inView(item.extent) || index === activeIndex) list.push({ item, index });
    });
    return list;
  }, [items, inView, activeIndex]);
  const nextStart = useMemo(() => {
    const byRow = new Map<string, { index: number; start: number }[]>();
    for (const { item, index } of visibleItems) {
      const key = `${item.laneIndex}:${item.row}`;
      const list = byRow.get(key) ?? [];
      list.push({ index, start: item.extent.start });
      byRow.set(key, list);
    }
    const next = new Map<number, number>();
    for (const list of byRow.values()) {
      list.sort((a, b) => a.start - b.start);
      list.forEach((entry, i) => next.set(entry.index, list[i + 1]?.start ?? Infinity));
    }
    return next;
  }, [visibleItems]);

  // Canvas mode: draw the glyphs on the canvas under the SVG.
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
      const y = itemY(item) - TOP_AXIS;
      const colour = item.data.colour;
      if (colour !== lastColour) {
        ctx.fillStyle = colour;
        lastColour = colour;
      }
      ctx.globalAlpha = faded(item) ? 0.2 : item.data.glyph.approximate ? 0.45 : 0.85;
      if (item.data.glyph.shape === 'point') {
        const cx = px.centre - LABEL_W;
        ctx.beginPath();
        ctx.moveTo(cx, y + 6);
        ctx.lineTo(cx + 6, y + ROW / 2);
        ctx.lineTo(cx, y + ROW - 6);
        ctx.lineTo(cx - 6, y + ROW / 2);
        ctx.fill();
      } else ctx.fillRect(px.x0 - LABEL_W, y + 6, px.x1 - px.x0, ROW - 12);
      if (index === activeIndex || item.id === selectedEvent) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = '#111827';
        ctx.lineWidth = 2;
        ctx.strokeRect(px.x0 - LABEL_W - 2, y + 4, px.x1 - px.x0 + 4, ROW - 8);
      }
    }
    ctx.globalAlpha = 1;
    // `faded` reads highlighted and window, both listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onCanvas, visibleItems, xMs, itemY, plotWidth, lanesHeight, activeIndex, selectedEvent, highlighted, window]);

  const onCanvasClick = (event: { clientX: number; clientY: number }) => {
    const svg = svgRef.current;
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    for (const { item, index } of visibleItems) {
      const y = itemY(item);
      if (py < y || py > y + ROW) continue;
      const extent = pixelExtent(item.extent, xMs, 8);
      if (px >= extent.x0 && px <= extent.x1) {
        setActive(index);
        onSelectEvent(item.id);
        return;
      }
    }
  };

  const activeItem = items[activeIndex];
  const windowPx = window
    ? {
        x0: Math.max(LABEL_W, xMs(Math.max(window.start, visibleDomain[0]))),
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
          data-left={LABEL_W}
          data-top={TOP_AXIS}
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
        data-plot-left={LABEL_W}
        data-plot-right={plotRight}
        fontFamily="system-ui, sans-serif"
        fontSize={11}
      >
        <defs>
          <clipPath id="tl-clip">
            <rect x={LABEL_W} y={0} width={plotWidth} height={height} />
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
        {layout.lanes.map((lane, i) => (
          <g key={lane.key} className="tl-lane">
            <rect
              x={0}
              y={laneTop[i]}
              width={width}
              height={lane.rows * ROW + LANE_GAP}
              fill={i % 2 === 0 ? '#f6f7f9' : '#ffffff'}
            />
            <text
              className="tl-lane__label"
              x={8}
              y={laneTop[i]! + LANE_GAP / 2 + ROW / 2 + 4}
              fill="#1f2937"
              fontWeight="600"
            >
              {fitLabel(laneLabels.get(lane.key) ?? lane.key, LABEL_W - 16)}
            </text>
          </g>
        ))}
        <g className="tl-axis tl-axis--top" ref={topAxisRef} transform={`translate(0, ${TOP_AXIS - 2})`} />
        <text x={8} y={14} className="tl-axis__title" fill="#374151" fontWeight="600">
          {labels.happened}
        </text>
        {windowPx && windowPx.x1 > windowPx.x0 && (
          <rect
            className="tl-window"
            x={windowPx.x0}
            y={TOP_AXIS}
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
            x={LABEL_W}
            y={TOP_AXIS}
            width={plotWidth}
            height={lanesHeight}
            fill="transparent"
            onClick={onCanvasClick}
          />
        )}

        <g clipPath="url(#tl-clip)">
          <g className="tl-links" fill="none" stroke="#6b7280" strokeWidth={1}>
            {visibleItems
              .filter(({ item }) => linkFrom.has(item.key))
              .flatMap(({ item }) =>
                item.data.sources.flatMap((sourceId) => {
                  const pub = pubById.get(sourceId);
                  if (!pub) return [];
                  const from = pixelExtent(item.extent, xMs, 4);
                  const to = pixelExtent(pub.extent, xMs, 4);
                  const y0 = itemY(item) + ROW - 6;
                  const y1 = pubY(pub) + 6;
                  const mid = (y0 + y1) / 2;
                  return [
                    <path
                      key={`${item.key}>${sourceId}`}
                      className="tl-link"
                      data-event={item.id}
                      data-source={sourceId}
                      d={`M${from.centre} ${y0}C${from.centre} ${mid} ${to.centre} ${mid} ${to.centre} ${y1}`}
                      strokeDasharray="3 2"
                      stroke={strong(item.id) ? '#111827' : '#6b7280'}
                      strokeWidth={strong(item.id) ? 1.5 : 1}
                      strokeOpacity={strong(item.id) ? 1 : 0.55}
                    />,
                  ];
                }),
              )}
          </g>
          {!onCanvas &&
            visibleItems.map(({ item, index }) => {
              const event = item.data;
              const px = pixelExtent(item.extent, xMs, 3);
              const y = itemY(item);
              const point = event.glyph.shape === 'point';
              const isFaded = faded(item);
              const isSelected = item.id === selectedEvent;
              const label = `${event.glyph.approximate ? `${labels.approx} ` : ''}${event.flags ? `[${event.flags}] ` : ''}${event.title}`;
              const next = nextStart.get(index) ?? Infinity;
              const labelStart = point ? px.centre + 9 : px.x1 + 4;
              const room = (Number.isFinite(next) ? xMs(next) : plotRight) - labelStart - 6;
              const inside = !point && room < 40 && px.x1 - px.x0 > 60;
              const text = inside
                ? fitLabel(label, Math.min(px.x1, plotRight) - Math.max(px.x0, LABEL_W) - 8)
                : fitLabel(label, room);
              return (
                <g
                  key={item.key}
                  className={`tl-event${isSelected ? ' tl-event--selected' : ''}${isFaded ? ' tl-event--faded' : ''}`}
                  data-index={index}
                  data-event={item.id}
                  data-shape={event.glyph.shape}
                  data-approximate={event.glyph.approximate ? 'true' : undefined}
                  data-x0={Math.round(px.x0 * 10) / 10}
                  data-x1={Math.round(px.x1 * 10) / 10}
                  tabIndex={index === activeIndex ? 0 : -1}
                  role="button"
                  aria-pressed={isSelected}
                  opacity={isFaded ? 0.25 : 1}
                  onClick={() => {
                    setActive(index);
                    onSelectEvent(item.id);
                  }}
                  onFocus={() => setActive(index)}
                  onMouseEnter={() => setHover(item.id)}
                  onMouseLeave={() => setHover((h) => (h === item.id ? null : h))}
                >
                  {/* The accessible name (SVG takes it from <title>) and the tooltip: label, date as words, kind. */}
                  <title>{`${label} — ${event.dateWords} (${event.kindWords})`}</title>
                  {point ? (
                    <>
                      <line
                        x1={px.centre}
                        x2={px.centre}
                        y1={y + 3}
                        y2={y + ROW - 3}
                        stroke={event.colour}
                        strokeWidth={1}
                      />
                      <path
                        className="tl-glyph tl-glyph--point"
                        d={diamond(px.centre, y + ROW / 2, 6)}
                        fill={event.colour}
                        stroke={isSelected ? '#111827' : '#ffffff'}
                        strokeWidth={isSelected ? 2 : 1}
                      />
                    </>
                  ) : (
                    <>
                      <rect
                        className="tl-glyph tl-glyph--span"
                        x={px.x0}
                        y={y + 6}
                        width={px.x1 - px.x0}
                        height={ROW - 12}
                        rx={2}
                        fill={event.glyph.approximate ? `url(#${fadeId(event.colour)})` : event.colour}
                        fillOpacity={event.glyph.approximate ? 1 : 0.85}
                      />
                      {(event.glyph.approximate || isSelected) && (
                        <rect
                          x={px.x0}
                          y={y + 6}
                          width={px.x1 - px.x0}
                          height={ROW - 12}
                          rx={2}
                          fill="none"
                          stroke={isSelected ? '#111827' : event.colour}
                          strokeWidth={isSelected ? 2 : 1}
                          strokeDasharray={event.glyph.approximate ? '4 3' : undefined}
                        />
                      )}
                    </>
                  )}
                  {text && (
                    <text
                      aria-hidden="true"
                      className="tl-event__label"
                      x={inside ? Math.max(px.x0, LABEL_W) + 4 : labelStart}
                      y={y + ROW / 2 + 4}
                      fill={inside ? '#ffffff' : '#111827'}
                      fontStyle={event.glyph.approximate ? 'italic' : undefined}
                    >
                      <VisibleLabel text={text} />
                    </text>
                  )}
                </g>
              );
            })}
        </g>

        <g className="tl-reported">
          <rect
            x={0}
            y={pubTop - PUB_HEADER + 4}
            width={width}
            height={PUB_HEADER + Math.max(1, pubRows) * ROW - 4}
            fill="#eef2ff"
          />
          <text x={8} y={pubTop - 10} fill="#374151" fontWeight="600">
            {labels.reported}
          </text>
          <g clipPath="url(#tl-clip)">
            {publications.map((pub) => {
              const px = pixelExtent(pub.extent, xMs, 3);
              const y = pubY(pub);
              const point = pub.glyph.shape === 'point';
              const isLinked = [...linked].some((id) =>
                items.some((it) => it.id === id && it.data.sources.includes(pub.id)),
              );
              return (
                <g
                  key={pub.id}
                  className="tl-pub"
                  data-source={pub.id}
                  data-shape={pub.glyph.shape}
                  role="button"
                  tabIndex={0}
                  onClick={() => onSelectSource(pub.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      e.stopPropagation();
                      onSelectSource(pub.id);
                    }
                  }}
                >
                  <title>{`${pub.glyph.approximate ? `${labels.approx} ` : ''}${pub.label} — ${pub.dateWords}`}</title>
                  {point ? (
                    <path
                      d={diamond(px.centre, y + ROW / 2, 6)}
                      fill="#4338ca"
                      stroke={isLinked ? '#111827' : '#fff'}
                    />
                  ) : (
                    <rect
                      x={px.x0}
                      y={y + 6}
                      width={px.x1 - px.x0}
                      height={ROW - 12}
                      fill={pub.glyph.approximate ? `url(#${fadeId(PUB_COLOUR)})` : PUB_COLOUR}
                      fillOpacity={pub.glyph.approximate ? 1 : 0.8}
                      stroke={isLinked ? '#111827' : 'none'}
                      strokeDasharray={pub.glyph.approximate ? '4 3' : undefined}
                    />
                  )}
                  <text
                    aria-hidden="true"
                    x={px.x1 + 4}
                    y={y + ROW / 2 + 4}
                    fill="#1e1b4b"
                    fontWeight={isLinked ? '700' : undefined}
                  >
                    <VisibleLabel
                      text={fitLabel(`${pub.glyph.approximate ? `${labels.approx} ` : ''}${pub.label}`, 220)}
                    />
                  </text>
                </g>
              );
            })}
          </g>
        </g>
        <g
          className="tl-axis tl-axis--bottom"
          ref={bottomAxisRef}
          transform={`translate(0, ${height - BOTTOM_AXIS + 2})`}
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
