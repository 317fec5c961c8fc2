import type { ButtonHTMLAttributes, ReactNode } from 'react';

/**
 * The views' toolbars: one row of button groups (ARIA toolbar), the zoom, export and table buttons the graph and the
 * timeline share, and the radio fieldsets of their display options.
 */

export function Toolbar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      {children}
    </div>
  );
}

/** A group of toolbar buttons, named (an ARIA group) when `label` is given. */
export function ToolGroup({ label, children }: { label?: string; children: ReactNode }) {
  return label === undefined ? (
    <div className="toolbar__group">{children}</div>
  ) : (
    <div className="toolbar__group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

export function ToolButton({ children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" className="button button--small" {...props}>
      {children}
    </button>
  );
}

/** Fit, zoom in, zoom out (and whatever else zooms, as `children`). */
export function ZoomGroup({
  labels,
  onFit,
  onZoom,
  zoomFactor,
  children,
}: {
  labels: { fit: string; zoomIn: string; zoomOut: string };
  onFit: () => void;
  onZoom: (factor: number) => void;
  /** How much one press zooms in; zooming out divides by it. */
  zoomFactor: number;
  children?: ReactNode;
}) {
  return (
    <ToolGroup>
      <ToolButton onClick={onFit}>{labels.fit}</ToolButton>
      <ToolButton aria-label={labels.zoomIn} onClick={() => onZoom(zoomFactor)}>
        +
      </ToolButton>
      <ToolButton aria-label={labels.zoomOut} onClick={() => onZoom(1 / zoomFactor)}>
        −
      </ToolButton>
      {children}
    </ToolGroup>
  );
}

/** The picture as PNG or SVG. */
export function ImageExportGroup({
  label,
  pngLabel = 'PNG',
  svgLabel = 'SVG',
  onPng,
  onSvg,
}: {
  label: string;
  pngLabel?: string;
  svgLabel?: string;
  onPng: () => void;
  onSvg: () => void;
}) {
  return (
    <ToolGroup label={label}>
      <ToolButton onClick={onPng}>{pngLabel}</ToolButton>
      <ToolButton onClick={onSvg}>{svgLabel}</ToolButton>
    </ToolGroup>
  );
}

/** Shows or hides the view's table (the element `controls`), the accessible alternative to the picture. */
export function TableToggle({
  pressed,
  controls,
  label,
  onToggle,
  children,
}: {
  pressed: boolean;
  controls: string;
  label?: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <ToolGroup>
      <ToolButton aria-pressed={pressed} aria-controls={controls} aria-label={label} onClick={onToggle}>
        {children}
      </ToolButton>
    </ToolGroup>
  );
}

/** A fieldset of radio buttons: one of `options`, by value. */
export function RadioGroup<Value extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset className="size-by">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
