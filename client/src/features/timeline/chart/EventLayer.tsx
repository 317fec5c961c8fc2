import { HitRect, TouchLayers } from '../../../shared/ui/TouchLayers.tsx';
import type { LaidOutItem } from '../layout.ts';
import { diamond, fadeId, type ChartEvent, type ChartLabels, type PlacedItem } from './chart-model.ts';
import { GlyphLabel } from './GlyphLabel.tsx';
import { BOX_GAP, LABEL_GAP, ROW, eventLabel, glyphBox, glyphHitRect, type PlacedGlyph } from './place-chart.ts';

/**
 * The events in view as SVG glyphs (a diamond for a day, a bar for a span, faded at both ends when approximate), each
 * a focusable button named by its label, date and kind, with its whole label beside it in dark ink, wrapped onto the
 * lines its place was computed for (place-chart.ts), glyph and label one target, given 44 × 44 px for a finger by
 * the touch layers under it. An event that steps back fades its glyph and greys its label.
 */
export function EventLayer({
  visibleItems,
  placed,
  xMs,
  activeIndex,
  selectedEvent,
  isFaded,
  labels,
  onActivate,
  onSelect,
  onHover,
}: {
  visibleItems: readonly PlacedItem[];
  /** Each glyph's top and label lines, by layout key. */
  placed: ReadonlyMap<string, PlacedGlyph>;
  xMs: (ms: number) => number;
  activeIndex: number;
  selectedEvent: string | null;
  isFaded: (item: LaidOutItem<ChartEvent>) => boolean;
  labels: ChartLabels;
  onActivate: (index: number) => void;
  onSelect: (id: string) => void;
  onHover: (update: (current: string | null) => string | null) => void;
}) {
  const select = (item: LaidOutItem<ChartEvent>, index: number) => {
    onActivate(index);
    onSelect(item.id);
  };
  const shown = visibleItems.flatMap(({ item, index }) => {
    const place = placed.get(item.key);
    return place ? [{ item, index, place, box: glyphBox(item.extent, item.data.glyph, xMs) }] : [];
  });
  const touchTargets = shown.map(({ item, index, place, box }) => ({
    key: item.key,
    shape: { rect: glyphHitRect(box, place) },
    onTap: () => select(item, index),
  }));
  const events = shown.map(({ item, index, place, box }) => {
    const event = item.data;
    const centre = (box.x0 + box.x1) / 2;
    const y = place.top;
    const point = event.glyph.shape === 'point';
    const faded = isFaded(item);
    const isSelected = item.id === selectedEvent;
    const hit = glyphHitRect(box, place);
    return (
      <g
        key={item.key}
        data-touch={item.key}
        className={`tl-event${isSelected ? ' tl-event--selected' : ''}${faded ? ' tl-event--faded' : ''}`}
        data-index={index}
        data-event={item.id}
        data-shape={event.glyph.shape}
        data-approximate={event.glyph.approximate ? 'true' : undefined}
        data-x0={Math.round(box.x0 * 10) / 10}
        data-x1={Math.round(box.x1 * 10) / 10}
        tabIndex={index === activeIndex ? 0 : -1}
        role="button"
        aria-pressed={isSelected}
        onClick={() => select(item, index)}
        onFocus={() => onActivate(index)}
        onMouseEnter={() => onHover(() => item.id)}
        onMouseLeave={() => onHover((h) => (h === item.id ? null : h))}
      >
        {/* The accessible name (SVG takes it from <title>) and the tooltip: label, date as words, kind. */}
        <title>{`${eventLabel(event, labels)} — ${event.dateWords} (${event.kindWords})`}</title>
        {/* The glyph and its whole label are one target: a click between the lines of a label still lands. */}
        <HitRect className="tl-hit-area" rect={hit} />
        <g opacity={faded ? 0.25 : 1}>
          {point ? (
            <>
              <line x1={centre} x2={centre} y1={y + 3} y2={y + ROW - 3} stroke={event.colour} strokeWidth={1} />
              <path
                className="tl-glyph tl-glyph--point"
                d={diamond(centre, y + ROW / 2, 6)}
                fill={event.colour}
                stroke={isSelected ? '#111827' : '#ffffff'}
                strokeWidth={isSelected ? 2 : 1}
              />
            </>
          ) : (
            <>
              <rect
                className="tl-glyph tl-glyph--span"
                x={box.x0}
                y={y + 6}
                width={box.x1 - box.x0}
                height={ROW - 12}
                rx={2}
                fill={event.glyph.approximate ? `url(#${fadeId(event.colour)})` : event.colour}
                fillOpacity={event.glyph.approximate ? 1 : 0.85}
              />
              {(event.glyph.approximate || isSelected) && (
                <rect
                  x={box.x0}
                  y={y + 6}
                  width={box.x1 - box.x0}
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
        </g>
        {place.label && (
          <GlyphLabel
            className="tl-event__label"
            label={place.label}
            x={place.label.side === 'right' ? box.x1 + LABEL_GAP : box.x0 - LABEL_GAP}
            y={y}
            fill={faded ? '#6b7280' : '#111827'}
            fontStyle={event.glyph.approximate ? 'italic' : undefined}
            underline={isSelected}
          />
        )}
      </g>
    );
  });
  return (
    <>
      <TouchLayers targets={touchTargets} gap={BOX_GAP} />
      {events}
    </>
  );
}
