/**
 * Exports from the interface: an SVG element as a standalone SVG document (computed styles inlined as presentation
 * attributes, so that it looks the same outside the page and no stylesheet is needed), that document as a PNG
 * (drawn on a canvas through an <img> of the SVG blob), and a download of any blob.
 */

/** The properties carried over from the computed style to attributes. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'stop-color',
  'stop-opacity',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes that mean something only in the page (focus, handlers' hooks, data for tests). */
const DROPPED_ATTRIBUTES = /^(tabindex|role|aria-.*|data-.*|class)$/;

export interface SvgImageLayer {
  href: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Serialises an SVG element as a document: every element's computed style (the properties above) written as
 * attributes, page-only attributes dropped, a white background, and optionally a raster layer (the canvas a large
 * timeline is drawn on) placed under the rest.
 */
export function serialiseSvg(svg: SVGSVGElement, options: { title?: string; image?: SvgImageLayer } = {}): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const view = svg.ownerDocument.defaultView;
  originals.forEach((original, i) => {
    const copy = copies[i]!;
    const style = view?.getComputedStyle(original);
    if (style) {
      if (style.getPropertyValue('display') === 'none') {
        copy.setAttribute('display', 'none');
      }
      for (const property of INLINED_PROPERTIES) {
        const value = style.getPropertyValue(property);
        if (value && value !== 'auto' && value !== 'normal' && !(property === 'stroke-dasharray' && value === 'none'))
          copy.setAttribute(property, value);
      }
    }
    for (const attribute of [...copy.attributes]) {
      if (DROPPED_ATTRIBUTES.test(attribute.name)) copy.removeAttribute(attribute.name);
    }
    copy.removeAttribute('style');
  });
  const width = svg.getAttribute('width') ?? String(svg.clientWidth);
  const height = svg.getAttribute('height') ?? String(svg.clientHeight);
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  const doc = clone.ownerDocument;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const firstDrawn = [...clone.children].find((child) => child.tagName.toLowerCase() !== 'defs') ?? null;
  clone.insertBefore(background, firstDrawn);
  if (options.image) {
    const image = doc.createElementNS(SVG_NS, 'image');
    image.setAttribute('href', options.image.href);
    image.setAttribute('x', String(options.image.x));
    image.setAttribute('y', String(options.image.y));
    image.setAttribute('width', String(options.image.width));
    image.setAttribute('height', String(options.image.height));
    background.after(image);
  }
  if (options.title) {
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = options.title;
    clone.insertBefore(title, clone.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** An SVG document as a PNG, `scale` times its size. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        URL.revokeObjectURL(url);
        return reject(new Error('no 2D canvas'));
      }
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the SVG could not be drawn'));
    };
    image.src = url;
  });
}
