import { HitRect, TouchLayers } from '../../../shared/ui/TouchLayers.tsx';
import { pixelExtent, type LaidOutItem } from '../layout.ts';
import {
  PUB_COLOUR,
  diamond,
  fadeId,
  type ChartEvent,
  type ChartLabels,
  type ChartPublication,
  type PlacedItem,
} from './chart-model.ts';
import { GlyphLabel } from './GlyphLabel.tsx';
import {
  BOX_GAP,
  LABEL_GAP,
  LANE_GAP,
  LINE_PX,
  PUB_HEADER,
  ROW,
  glyphBox,
  glyphHitRect,
  type ChartGeometry,
  type PlacedGlyph,
  type PlacedLane,
} from './place-chart.ts';

/** The chart's other drawing layers: the lanes behind the events, the links to publications, the "reported" strip. */

/**
 * One band per lane, alternately shaded, with the lane's name whole (wrapped) in the left margin, or above the lane's
 * glyphs on a narrow screen.
 */
export function LaneLayer({ lanes, geometry }: { lanes: readonly PlacedLane[]; geometry: ChartGeometry }) {
  return lanes.map((lane, i) => {
    const titleX = geometry.titleAbove ? geometry.plotLeft : 8;
    return (
      <g key={lane.key} className="tl-lane">
        <rect
          x={0}
          y={lane.top}
          width={geometry.width}
          height={lane.height}
          fill={i % 2 === 0 ? '#f6f7f9' : '#ffffff'}
        />
        <text
          className="tl-lane__label"
          x={titleX}
          y={lane.top + LANE_GAP / 2 + (geometry.titleAbove ? LINE_PX - 3 : ROW / 2 + 4)}
          fill="#1f2937"
          fontWeight="600"
        >
          {lane.titleLines.map((line, n) => (
            <tspan key={n} x={titleX} dy={n === 0 ? 0 : LINE_PX}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  });
}

/** A dashed curve from each linked event down to the publication of each of its sources (never a tap's target). */
export function LinkLayer({
  visibleItems,
  linkFrom,
  pubById,
  xMs,
  itemY,
  pubY,
  strong,
}: {
  visibleItems: readonly PlacedItem[];
  /** The layout keys of the glyphs links start from. */
  linkFrom: ReadonlySet<string>;
  pubById: ReadonlyMap<string, ChartPublication>;
  xMs: (ms: number) => number;
  itemY: (item: LaidOutItem<ChartEvent>) => number;
  pubY: (pub: ChartPublication) => number;
  /** Whether an event's links are drawn strong (selected or hovered). */
  strong: (id: string) => boolean;
}) {
  return (
    <g className="tl-links" fill="none" stroke="#6b7280" strokeWidth={1} pointerEvents="none">
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
  );
}

/**
 * The "reported" strip: when each source was published, each a button that opens the source, given 44 × 44 px for a
 * finger by the touch layers under it.
 */
export function PublicationLayer({
  publications,
  placed,
  pubTop,
  bottom,
  width,
  xMs,
  linkedSources,
  labels,
  onSelectSource,
}: {
  publications: readonly ChartPublication[];
  /** Each publication's top and label lines, by source id. */
  placed: ReadonlyMap<string, PlacedGlyph>;
  pubTop: number;
  /** The bottom of the strip. */
  bottom: number;
  width: number;
  xMs: (ms: number) => number;
  /** The sources of the linked events, drawn emphasised. */
  linkedSources: ReadonlySet<string>;
  labels: ChartLabels;
  onSelectSource: (id: string) => void;
}) {
  return (
    <g className="tl-reported">
      <rect x={0} y={pubTop - PUB_HEADER + 4} width={width} height={bottom - pubTop + PUB_HEADER - 4} fill="#eef2ff" />
      <text x={8} y={pubTop - 10} fill="#374151" fontWeight="600">
        {labels.reported}
      </text>
      <g clipPath="url(#tl-clip)">
        <TouchLayers
          targets={publications.flatMap((pub) => {
            const place = placed.get(pub.id);
            if (!place) return [];
            const rect = glyphHitRect(glyphBox(pub.extent, pub.glyph, xMs), place);
            return [{ key: `pub:${pub.id}`, shape: { rect }, onTap: () => onSelectSource(pub.id) }];
          })}
          gap={BOX_GAP}
        />
        {publications.map((pub) => {
          const place = placed.get(pub.id);
          if (!place) return null;
          const box = glyphBox(pub.extent, pub.glyph, xMs);
          const y = place.top;
          const point = pub.glyph.shape === 'point';
          const isLinked = linkedSources.has(pub.id);
          const hit = glyphHitRect(box, place);
          return (
            <g
              key={pub.id}
              data-touch={`pub:${pub.id}`}
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
              <HitRect className="tl-hit-area" rect={hit} />
              {point ? (
                <path
                  d={diamond((box.x0 + box.x1) / 2, y + ROW / 2, 6)}
                  fill="#4338ca"
                  stroke={isLinked ? '#111827' : '#fff'}
                />
              ) : (
                <rect
                  x={box.x0}
                  y={y + 6}
                  width={box.x1 - box.x0}
                  height={ROW - 12}
                  fill={pub.glyph.approximate ? `url(#${fadeId(PUB_COLOUR)})` : PUB_COLOUR}
                  fillOpacity={pub.glyph.approximate ? 1 : 0.8}
                  stroke={isLinked ? '#111827' : 'none'}
                  strokeDasharray={pub.glyph.approximate ? '4 3' : undefined}
                />
              )}
              {place.label && (
                <GlyphLabel
                  label={place.label}
                  x={place.label.side === 'right' ? box.x1 + LABEL_GAP : box.x0 - LABEL_GAP}
                  y={y}
                  fill="#1e1b4b"
                  underline={isLinked}
                />
              )}
            </g>
          );
        })}
      </g>
    </g>
  );
}
