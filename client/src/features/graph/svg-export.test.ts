// @vitest-environment jsdom
// Reads SVG through the DOM, unlike the other *.test.ts files of the client, which run in node (vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { escapeXml, graphToSvg, type SvgNode } from './svg-export.ts';

const node = (id: string, x: number, y: number, label = id): SvgNode => ({
  id,
  label,
  x,
  y,
  size: 20,
  colour: '#1d5fa3',
  shape: 'ellipse',
});

describe('graphToSvg', () => {
  const svg = graphToSvg(
    [
      node('a', 0, 0, 'Orange & <Thales>'),
      node('b', 100, 50, 'Cloudwatt'),
      { ...node('c', -50, 80), shape: 'star', undated: true },
    ],
    [
      { source: 'a', target: 'b', colour: '#1e3a8a', lineStyle: 'solid', directed: true, label: 'founded' },
      { source: 'b', target: 'c', colour: '#c2410c', lineStyle: 'dashed', directed: false },
      { source: 'b', target: 'missing', colour: '#c2410c', lineStyle: 'dotted', directed: false },
    ],
    'Atlas "graph"',
  );
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('writes well-formed SVG', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.tagName).toBe('svg');
  });

  it('draws every node with its name as text, and every edge whose ends are drawn', () => {
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Orange & <Thales>',
      'Cloudwatt',
      'c',
    ]);
    expect(doc.querySelectorAll('line')).toHaveLength(2);
    expect(doc.querySelector('line[marker-end]')).not.toBeNull();
    expect(doc.querySelector('line[stroke-dasharray]')).not.toBeNull();
  });

  it('draws an undated node hollow with a dashed outline, the others filled', () => {
    const undated = [...doc.querySelectorAll('g[data-dating="undated"] path')];
    expect(undated.map((p) => p.textContent)).toEqual(['c']);
    expect(undated[0]!.getAttribute('fill-opacity')).toBe('0.12');
    expect(undated[0]!.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(doc.querySelectorAll('g:not([data-dating]) > path[fill-opacity]')).toHaveLength(0);
  });

  it('escapes data so that it never becomes markup', () => {
    expect(escapeXml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;',
    );
    expect(svg).not.toContain('<Thales>');
    expect(doc.querySelector('script')).toBeNull();
  });

  it('frames the drawing around the nodes', () => {
    const [, , w, h] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number);
    expect(w).toBeGreaterThan(150);
    expect(h).toBeGreaterThan(80);
  });
});
