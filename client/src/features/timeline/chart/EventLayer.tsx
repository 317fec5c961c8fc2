import { pixelExtent, type LaidOutItem } from '../layout.ts';
import { fitLabel } from '../visual.ts';
import { LABEL_W, ROW, diamond, fadeId, type ChartEvent, type ChartLabels, type PlacedItem } from './chart-model.ts';
import { VisibleLabel } from './VisibleLabel.tsx';

/**
 * The events in view as SVG glyphs (a diamond for a day, a bar for a span, faded at both ends when approximate), each
 * a focusable button named by its label, date and kind, with its label beside it (or inside a wide bar) cut to the
 * room before the next glyph in its row.
 */
export function EventLayer({
  visibleItems,
  nextStart,
  xMs,
  itemY,
  plotRight,
  activeIndex,
  selectedEvent,
  isFaded,
  labels,
  onActivate,
  onSelect,
  onHover,
}: {
  visibleItems: readonly PlacedItem[];
  /** For each item index, the start of the next item in its row (Infinity for the last). */
  nextStart: ReadonlyMap<number, number>;
  xMs: (ms: number) => number;
  itemY: (item: LaidOutItem<ChartEvent>) => number;
  plotRight: number;
  activeIndex: number;
  selectedEvent: string | null;
  isFaded: (item: LaidOutItem<ChartEvent>) => boolean;
  labels: ChartLabels;
  onActivate: (index: number) => void;
  onSelect: (id: string) => void;
  onHover: (update: (current: string | null) => string | null) => void;
}) {
  return visibleItems.map(({ item, index }) => {
    const event = item.data;
    const px = pixelExtent(item.extent, xMs, 3);
    const y = itemY(item);
    const point = event.glyph.shape === 'point';
    const faded = isFaded(item);
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
        className={`tl-event${isSelected ? ' tl-event--selected' : ''}${faded ? ' tl-event--faded' : ''}`}
        data-index={index}
        data-event={item.id}
        data-shape={event.glyph.shape}
        data-approximate={event.glyph.approximate ? 'true' : undefined}
        data-x0={Math.round(px.x0 * 10) / 10}
        data-x1={Math.round(px.x1 * 10) / 10}
        tabIndex={index === activeIndex ? 0 : -1}
        role="button"
        aria-pressed={isSelected}
        opacity={faded ? 0.25 : 1}
        onClick={() => {
          onActivate(index);
          onSelect(item.id);
        }}
        onFocus={() => onActivate(index)}
        onMouseEnter={() => onHover(() => item.id)}
        onMouseLeave={() => onHover((h) => (h === item.id ? null : h))}
      >
        {/* The accessible name (SVG takes it from <title>) and the tooltip: label, date as words, kind. */}
        <title>{`${label} — ${event.dateWords} (${event.kindWords})`}</title>
        {point ? (
          <>
            <line x1={px.centre} x2={px.centre} y1={y + 3} y2={y + ROW - 3} stroke={event.colour} strokeWidth={1} />
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
  });
}
