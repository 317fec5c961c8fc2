import type { LabelPlacement } from '../label-layout.ts';
import { LINE_PX, ROW } from './place-chart.ts';

/**
 * A glyph's whole label, one tspan per wrapped line, the first line level with the glyph. Hidden from assistive
 * technology: the glyph's <title> names it in full.
 */
export function GlyphLabel({
  label,
  x,
  y,
  className,
  fill,
  fontStyle,
  underline = false,
}: {
  label: LabelPlacement;
  /** Where the label starts (right side) or ends (left side). */
  x: number;
  /** The top of the glyph's box. */
  y: number;
  className?: string;
  fill: string;
  fontStyle?: string | undefined;
  /** Emphasis that keeps the measured width (bold would not). */
  underline?: boolean;
}) {
  return (
    <text
      aria-hidden="true"
      className={className}
      x={x}
      y={y + ROW / 2 + 4}
      textAnchor={label.side === 'left' ? 'end' : undefined}
      fill={fill}
      fontStyle={fontStyle}
      textDecoration={underline ? 'underline' : undefined}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
