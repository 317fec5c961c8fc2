import type { StylesheetJson } from 'cytoscape';
import { LABEL_PX } from './label-placement.ts';

/**
 * A label's size, margin, outline and width in graph units, for a label read at LABEL_PX on screen at `zoom`. The
 * canvas also sets them on the labelled actors alone when the zoom moves far (a bypass on a few elements, where a new
 * sheet would restyle thousands on a large graph).
 */
export function labelStyle(zoom: number) {
  const scale = 1 / Math.max(0.05, zoom);
  return {
    'font-size': LABEL_PX * scale,
    'text-margin-y': 3 * scale,
    'text-outline-width': 2.5 * scale,
    'text-max-width': `${150 * scale}px`,
  };
}

/**
 * The cytoscape stylesheet. Colours, shapes, sizes and line styles are read from each element's data (set from
 * shared/visual.ts); classes carry the state: hidden by the filters, faded outside the selection's neighbourhood,
 * on the path found, undated as of the slider's day (hollow with a dashed outline; faint with a hollow arrow), labelled
 * (see GraphCanvas's label budget). Large graphs get the performance guide's settings: straight "haystack" edges
 * without arrows.
 */
export function graphStylesheet(large: boolean, zoom = 1): StylesheetJson {
  // Label sizes are set for the zoom they will be read at, so that a label reads at LABEL_PX on screen whatever the
  // graph's extent; when the zoom moves far from it (needsRestyle), the canvas resizes the labelled actors' alone.
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        // Only the actors the canvas marks "labelled" carry a label: the most central ones, more as one zooms in.
        label: '',
        ...labelStyle(zoom),
        'font-family': 'system-ui, sans-serif',
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-outline-color': '#ffffff',
        'text-wrap': 'ellipsis',
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: large
        ? {
            'curve-style': 'haystack',
            'haystack-radius': 0,
            width: 1,
            'line-color': 'data(colour)',
            opacity: 0.5,
          }
        : {
            'curve-style': 'bezier',
            width: 1.6,
            'line-color': 'data(colour)',
            'line-style': 'data(lineStyle)' as never,
            'line-dash-pattern': [6, 4],
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'data(arrow)' as never,
            'arrow-scale': 0.9,
          },
    },
    { selector: 'edge[lineStyle = "dotted"]', style: { 'line-dash-pattern': [1.5, 3] } },
    {
      selector: 'node.undated',
      style: {
        'background-opacity': 0.12,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': 'data(colour)',
      },
    },
    { selector: 'edge.undated', style: { opacity: 0.45, 'target-arrow-fill': 'hollow' } },
    // A labelled actor is drawn above the others, so that no neighbour covers its label.
    { selector: 'node.labelled', style: { label: 'data(label)', 'z-index': 5 } },
    { selector: '.hidden', style: { visibility: 'hidden', events: 'no' } },
    { selector: 'node.apart', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 10 },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 9 } },
    {
      selector: 'edge.path',
      style: { width: 5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 9, opacity: 1 },
    },
  ];
}
