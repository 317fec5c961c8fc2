import { pixelExtent, type LaidOutItem, type LaneLayout } from '../layout.ts';
import { fitLabel } from '../visual.ts';
import {
  LABEL_W,
  LANE_GAP,
  PUB_COLOUR,
  PUB_HEADER,
  ROW,
  diamond,
  fadeId,
  type ChartEvent,
  type ChartLabels,
  type ChartPublication,
  type PlacedItem,
} from './chart-model.ts';
import { VisibleLabel } from './VisibleLabel.tsx';

/** The chart's other drawing layers: the lanes behind the events, the links to publications, the "reported" strip. */

/** One band per lane, alternately shaded, with the lane's name in the left margin. */
export function LaneLayer({
  layout,
  laneTop,
  laneLabels,
  width,
}: {
  layout: LaneLayout<ChartEvent>;
  laneTop: readonly number[];
  laneLabels: ReadonlyMap<string, string>;
  width: number;
}) {
  return layout.lanes.map((lane, i) => (
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
  ));
}

/** A dashed curve from each linked event down to the publication of each of its sources. */
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
  );
}

/** The "reported" strip: when each source was published, each a button that opens the source. */
export function PublicationLayer({
  publications,
  pubTop,
  pubRows,
  width,
  xMs,
  pubY,
  linkedSources,
  labels,
  onSelectSource,
}: {
  publications: readonly ChartPublication[];
  pubTop: number;
  pubRows: number;
  width: number;
  xMs: (ms: number) => number;
  pubY: (pub: ChartPublication) => number;
  /** The sources of the linked events, drawn emphasised. */
  linkedSources: ReadonlySet<string>;
  labels: ChartLabels;
  onSelectSource: (id: string) => void;
}) {
  return (
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
          const isLinked = linkedSources.has(pub.id);
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
                <path d={diamond(px.centre, y + ROW / 2, 6)} fill="#4338ca" stroke={isLinked ? '#111827' : '#fff'} />
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
                <VisibleLabel text={fitLabel(`${pub.glyph.approximate ? `${labels.approx} ` : ''}${pub.label}`, 220)} />
              </text>
            </g>
          );
        })}
      </g>
    </g>
  );
}
