// @vitest-environment jsdom
// Reads SVG through the DOM, unlike the other *.test.ts files of the client, which run in node (vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { serialiseSvg } from './svg-image.ts';

describe('SVG export', () => {
  it('inlines computed styles as attributes and drops page-only attributes', () => {
    const style = document.createElement('style');
    style.textContent = '.bar { fill: rgb(255, 0, 0); stroke-width: 3px; } .label { font-weight: 700; }';
    document.head.append(style);
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '200');
    svg.setAttribute('height', '100');
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('class', 'bar');
    rect.setAttribute('tabindex', '0');
    rect.setAttribute('data-event', 'x');
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('class', 'label');
    text.textContent = 'Cloudwatt <shut down> & "gone"';
    svg.append(rect, text);
    host.append(svg);

    const out = serialiseSvg(svg, { title: 'Atlas — timeline' });
    const parsed = new DOMParser().parseFromString(out, 'image/svg+xml');
    const root = parsed.documentElement;
    expect(root.getAttribute('xmlns')).toBe(ns);
    expect(root.querySelector('title')?.textContent).toBe('Atlas — timeline');
    const bar = root.querySelectorAll('rect')[1]!;
    expect(bar.getAttribute('fill')).toBe('rgb(255, 0, 0)');
    expect(bar.getAttribute('stroke-width')).toBe('3px');
    expect(bar.hasAttribute('tabindex')).toBe(false);
    expect(bar.hasAttribute('data-event')).toBe(false);
    expect(bar.hasAttribute('class')).toBe(false);
    expect(root.querySelector('text')?.getAttribute('font-weight')).toBe('700');
    // Text stays text: escaped by the serialiser, read back unchanged.
    expect(root.querySelector('text')?.textContent).toBe('Cloudwatt <shut down> & "gone"');
    // The white background comes first.
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    style.remove();
  });

  it('places a raster layer (the canvas) under the drawing', () => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.append(document.createElementNS(ns, 'g'));
    document.body.append(svg);
    const out = serialiseSvg(svg, {
      image: { href: 'data:image/png;base64,AA==', x: 10, y: 20, width: 30, height: 40 },
    });
    const root = new DOMParser().parseFromString(out, 'image/svg+xml').documentElement;
    const children = [...root.children].map((c) => c.tagName);
    expect(children.slice(0, 3)).toEqual(['rect', 'image', 'g']);
    expect(root.querySelector('image')?.getAttribute('x')).toBe('10');
  });
});
