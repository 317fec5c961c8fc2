import type { SVGProps } from 'react';
import { touchRects, touchStrokes, type Rect } from './touch-target.ts';

/** A transparent box that takes pointer events over `rect` (the area a click or tap lands on). */
export function HitRect({
  rect,
  ...props
}: { rect: Rect } & Omit<SVGProps<SVGRectElement>, 'x' | 'y' | 'width' | 'height'>) {
  return (
    <rect x={rect.x0} y={rect.y0} width={rect.x1 - rect.x0} height={rect.y1 - rect.y0} fill="transparent" {...props} />
  );
}

/** A tappable element of a diagram: its own shape (a box, or a path stroked `width` wide) and what a tap does. */
export interface TouchTarget {
  /** The same `data-touch` key as the element it stands for. */
  key: string;
  shape: { rect: Rect } | { path: string; width: number };
  onTap: () => void;
}

/**
 * The invisible hit shapes that give each target of a diagram 44 × 44 px for a finger (touch-target.ts), drawn under
 * the targets themselves: first every reach, then every near ring, so that between two neighbours the nearer wins.
 * Hidden from assistive technology: the targets are the buttons.
 */
export function TouchLayers({ targets, gap }: { targets: readonly TouchTarget[]; gap: number }) {
  return (['reach', 'near'] as const).map((layer, n) => (
    <g key={layer} className={`touch-layer touch-layer--${layer}`} aria-hidden="true" cursor="pointer">
      {targets.map(({ key, shape, onTap }) => {
        if ('rect' in shape) {
          return <HitRect key={key} data-touch={key} rect={touchRects(shape.rect, gap)[n]!} onClick={onTap} />;
        }
        return (
          <path
            key={key}
            data-touch={key}
            d={shape.path}
            fill="none"
            stroke="transparent"
            strokeWidth={touchStrokes(shape.width, gap)[n]}
            pointerEvents="stroke"
            onClick={onTap}
          />
        );
      })}
    </g>
  ));
}
