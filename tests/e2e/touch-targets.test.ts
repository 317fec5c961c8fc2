/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, type RunningAtlas, startAtlasAndBrowser } from './support.ts';

/**
 * Touch targets of the diagrams on a phone (390×844, English): every tappable element of the timeline (events,
 * publications, the overview's brush) and of the money sankeys (flows) takes taps over at least 44 × 44 CSS px
 * (client/src/shared/ui/touch-target.ts), measured on screen; a tap near the edge of that area goes to the nearest
 * element, and a real tap there selects it.
 */

if (!hasChromium) console.warn(`e2e touch targets: skipped: no Chromium at ${CHROMIUM}`);

const MIN = 44;
const phone = { width: 390, height: 844 };

interface Measured {
  key: string;
  width: number;
  height: number;
}

/** Each tappable element's reach (its outer hit shape) on screen: a box, or a stroke's width along its path. */
function measureReaches(svgSelector: string): Measured[] {
  const found: Measured[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>(svgSelector))
    for (const target of svg.querySelectorAll<SVGGElement>('[role=button][data-touch]')) {
      const key = target.dataset.touch!;
      const reach = svg.querySelector<SVGGeometryElement>(`.touch-layer--reach [data-touch="${CSS.escape(key)}"]`);
      if (!reach || getComputedStyle(reach).pointerEvents === 'none') {
        found.push({ key, width: 0, height: 0 });
        continue;
      }
      const box = reach.getBoundingClientRect();
      if (reach instanceof SVGRectElement) found.push({ key, width: box.width, height: box.height });
      else {
        // A stroke is hit `stroke-width` across (on screen: times the SVG's scale), along the whole path.
        const m = reach.getScreenCTM()!;
        const across = parseFloat(getComputedStyle(reach).strokeWidth) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
        found.push({ key, width: Math.max(box.width, across), height: across });
      }
    }
  return found;
}

interface Probe {
  key: string;
  /**
   * Which point: 0 and 1 inside the reach's top and bottom edges (a flow's left and right, along its way), 2 to 5
   * (boxes only) 3 px above, under, left and right of the box.
   */
  side: number;
  expected: string;
  got: string | null;
  x: number;
  y: number;
}

/**
 * Points 1 px inside the outer edges of each target's reach (above and under a timeline box, on both sides of a money
 * flow at the middle of its path) and, for a box, 3 px off each side (in the gap to a packed neighbour), scrolled into view: which element the browser gives each tap to, against the
 * nearest target whose reach holds the point (distances to each target's own shape: its box, or its flow's band).
 */
function probeEdges(svgSelector: string): Probe[] {
  const probes: Probe[] = [];
  const svgs = [...document.querySelectorAll<SVGSVGElement>(svgSelector)];
  for (const svg of svgs) {
    const targets = [...svg.querySelectorAll<SVGGElement>('[role=button][data-touch]')].map((g) => {
      const key = g.dataset.touch!;
      const layer = (name: string) =>
        svg.querySelector<SVGGeometryElement>(`.touch-layer--${name} [data-touch="${CSS.escape(key)}"]`)!;
      return { key, g, reach: layer('reach'), near: layer('near') };
    });
    const m = () => svg.getScreenCTM()!;
    const toScreen = (x: number, y: number) => ({ x: m().e + x * m().a, y: m().f + y * m().d });
    const toSvg = (x: number, y: number) => ({ x: (x - m().e) / m().a, y: (y - m().f) / m().d });
    // Each target's distance from its own shape, in SVG units, where its reach or near ring holds (else Infinity).
    const distance = (target: (typeof targets)[number], x: number, y: number): number => {
      const { reach, near, g } = target;
      if (reach instanceof SVGRectElement) {
        const own = g.querySelector<SVGRectElement>('.tl-hit-area')!;
        const r = { x0: own.x.baseVal.value, y0: own.y.baseVal.value };
        const r1 = { x1: r.x0 + own.width.baseVal.value, y1: r.y0 + own.height.baseVal.value };
        const holds = (b: DOMRect) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
        if (!holds(reach.getBBox()) && !holds(near.getBBox())) return Infinity;
        return Math.hypot(Math.max(r.x0 - x, 0, x - r1.x1), Math.max(r.y0 - y, 0, y - r1.y1));
      }
      const path = reach as SVGPathElement;
      const width = (el: Element) => parseFloat(el.getAttribute('stroke-width')!);
      const half = Math.max(width(reach), width(near)) / 2;
      const drawnHalf = parseFloat(g.querySelector('path')!.getAttribute('stroke-width')!) / 2;
      const length = path.getTotalLength();
      let centre = Infinity;
      for (let i = 0; i <= 400; i++) {
        const p = path.getPointAtLength((length * i) / 400);
        centre = Math.min(centre, Math.hypot(p.x - x, p.y - y));
      }
      return centre > half ? Infinity : Math.max(0, centre - drawnHalf);
    };
    for (const target of targets) {
      const { key, g, reach } = target;
      g.scrollIntoView({ block: 'center', behavior: 'instant' });
      let points: { x: number; y: number }[];
      if (reach instanceof SVGRectElement) {
        const b = reach.getBBox();
        const mid = b.x + b.width / 2;
        const own = g.querySelector<SVGRectElement>('.tl-hit-area')!.getBBox();
        points = [
          { x: mid, y: b.y + 1 },
          { x: mid, y: b.y + b.height - 1 },
          // 3 px off this box: between two boxes of a row (8 px apart), nearer this one; stacked rows touch.
          { x: mid, y: own.y - 3 },
          { x: mid, y: own.y + own.height + 3 },
          { x: own.x - 3, y: own.y + 12 },
          { x: own.x + own.width + 3, y: own.y + 12 },
        ];
      } else {
        const path = reach as SVGPathElement;
        const half = parseFloat(path.getAttribute('stroke-width')!) / 2 - 1;
        const length = path.getTotalLength();
        const p = path.getPointAtLength(length / 2);
        const q = path.getPointAtLength(length / 2 + 1);
        const norm = Math.hypot(q.x - p.x, q.y - p.y);
        const n = { x: -(q.y - p.y) / norm, y: (q.x - p.x) / norm };
        points = [
          { x: p.x + n.x * half, y: p.y + n.y * half },
          { x: p.x - n.x * half, y: p.y - n.y * half },
        ];
      }
      // The timeline clips its glyphs (hit shapes included) to its plot.
      const plot = {
        left: Number(svg.dataset.plotLeft ?? -Infinity),
        right: Number(svg.dataset.plotRight ?? Infinity),
      };
      for (const [side, point] of points.entries()) {
        if (point.x < plot.left || point.x > plot.right) continue;
        const distances = targets.map((t) => ({ key: t.key, d: distance(t, point.x, point.y) }));
        const nearest = Math.min(...distances.map((d) => d.d));
        const nearestKeys = distances.filter((d) => d.d - nearest < 1).map((d) => d.key);
        // A tie (two targets within a pixel of each other's distance) may go either way.
        if (nearestKeys.length !== 1) continue;
        const screen = toScreen(point.x, point.y);
        const hit = document.elementFromPoint(screen.x, screen.y);
        const back = toSvg(screen.x, screen.y);
        probes.push({
          key,
          side,
          expected: nearestKeys[0]!,
          got: hit?.closest<SVGElement>('[data-touch]')?.dataset.touch ?? hit?.tagName ?? null,
          x: Math.round(back.x),
          y: Math.round(back.y),
        });
      }
    }
  }
  return probes;
}

/**
 * Scrolls a target into view and returns the screen point of a probe (1 px inside an edge of its reach), and whether
 * it is off the target's own drawn shape.
 */
async function edgePoint(page: Page, { key, side }: Probe): Promise<{ x: number; y: number; outsideOwn: boolean }> {
  return page.evaluate(
    ({ key, side }) => {
      const reach = document.querySelector<SVGGeometryElement>(
        `.touch-layer--reach [data-touch="${CSS.escape(key)}"]`,
      )!;
      const target = document.querySelector<SVGGElement>(`[role=button][data-touch="${CSS.escape(key)}"]`)!;
      target.scrollIntoView({ block: 'center', behavior: 'instant' });
      const m = reach.getScreenCTM()!;
      let point: { x: number; y: number };
      if (reach instanceof SVGRectElement) {
        const b = reach.getBBox();
        point = { x: b.x + b.width / 2, y: side === 0 ? b.y + 1 : b.y + b.height - 1 };
      } else {
        const path = reach as SVGPathElement;
        const half = parseFloat(path.getAttribute('stroke-width')!) / 2 - 1;
        const length = path.getTotalLength();
        const p = path.getPointAtLength(length / 2);
        const q = path.getPointAtLength(length / 2 + 1);
        const norm = Math.hypot(q.x - p.x, q.y - p.y);
        const sign = side === 0 ? 1 : -1;
        point = { x: p.x + sign * (-(q.y - p.y) / norm) * half, y: p.y + sign * ((q.x - p.x) / norm) * half };
      }
      const screen = { x: m.e + point.x * m.a, y: m.f + point.y * m.d };
      const box = target.querySelector<SVGRectElement>('.tl-hit-area');
      const flow = target.querySelector<SVGPathElement>('path')!;
      const outsideOwn = box
        ? screen.y < box.getBoundingClientRect().top - 1 || screen.y > box.getBoundingClientRect().bottom + 1
        : !flow.isPointInStroke(new DOMPoint(point.x, point.y));
      return { ...screen, outsideOwn };
    },
    { key, side },
  );
}

describe.skipIf(!hasChromium)('touch targets of the diagrams, on a phone', () => {
  let atlas: RunningAtlas;
  let browser: Browser;
  let context: BrowserContext;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ atlas, browser, stop } = await startAtlasAndBrowser('touch'));
    context = await browser.newContext({ viewport: phone, hasTouch: true, locale: 'en-GB' });
  });

  afterAll(async () => {
    await context?.close();
    await stop?.();
  });

  async function open(query: string, ready: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${atlas.url}/?${query}&lang=en`);
    await page.locator(ready).first().waitFor();
    return page;
  }

  const report = (all: Measured[]) => {
    const small = all.filter((m) => m.width < MIN - 0.5 || m.height < MIN - 0.5);
    const min = (k: 'width' | 'height') => Math.min(...all.map((m) => m[k])).toFixed(1);
    return { small, summary: `${all.length} targets, smallest ${min('width')} × ${min('height')} px` };
  };

  it('timeline: every event and publication takes taps over 44 × 44 px, each edge going to the nearest', async () => {
    const page = await open('view=timeline', '.tl-event');
    try {
      const measured = await page.evaluate(measureReaches, '.tl-chart__svg');
      const { small, summary } = report(measured);
      console.info(`e2e touch targets: timeline: ${summary}`);
      expect(measured.filter((m) => m.key.startsWith('pub:')).length).toBeGreaterThan(0);
      expect(measured.length).toBeGreaterThan(40);
      expect(small.map((m) => `${m.key} ${m.width.toFixed(1)} × ${m.height.toFixed(1)}`)).toEqual([]);

      const probes = await page.evaluate(probeEdges, '.tl-chart__svg');
      expect(probes.length).toBeGreaterThan(measured.length);
      const wrong = probes.filter((p) => p.got !== p.expected);
      console.info(
        `e2e touch targets: ${probes.length} taps probed, ${probes.filter((p) => p.expected !== p.key).length} nearer another target`,
      );
      expect(wrong.map((p) => `(${p.x}, ${p.y}) near ${p.key}: ${p.got} instead of ${p.expected}`)).toEqual([]);

      // A real tap 1 px inside an edge of an event's reach, 9 px off its drawn box, selects that event.
      const probe = probes.find((p) => p.key === p.expected && p.side < 2 && !p.key.startsWith('pub:'))!;
      const key = probe.key;
      const point = await edgePoint(page, probe);
      expect(point.outsideOwn).toBe(true);
      await page.touchscreen.tap(point.x, point.y);
      const target = page.locator(`.tl-event[data-touch="${key}"]`);
      await expect.poll(() => target.getAttribute('aria-pressed')).toBe('true');
      expect(new URL(page.url()).searchParams.get('event')).toBe(await target.getAttribute('data-event'));
    } finally {
      await page.close();
    }
  });

  it("timeline overview: the brush takes taps 44 px high and its window's edges are 44 px wide", async () => {
    const page = await open('view=timeline&from=2012-01-01&to=2014-12-31', '.tl-brush .handle');
    try {
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll('.tl-brush .overlay, .tl-brush .handle')].map((el) => {
          const box = el.getBoundingClientRect();
          return { key: el.getAttribute('class')!, width: box.width, height: box.height };
        }),
      );
      expect(boxes.length).toBe(3);
      const { small, summary } = report(boxes);
      console.info(`e2e touch targets: overview brush: ${summary}`);
      expect(small).toEqual([]);
      // The window is drawn over the strip only, as before.
      const drawn = await page.evaluate(() => {
        const strip = document.querySelector('.tl-brush .selection')!.getBoundingClientRect();
        const overlay = document.querySelector('.tl-brush .overlay')!.getBoundingClientRect();
        return { strip: strip.height, overlay: overlay.height };
      });
      expect(drawn.strip).toBeLessThan(drawn.overlay);
    } finally {
      await page.close();
    }
  });

  it('money: every flow takes taps 44 px across, each side going to the nearest flow', async () => {
    const page = await open('view=money', '.money-link');
    try {
      const measured = await page.evaluate(measureReaches, '.money-diagram svg');
      const { small, summary } = report(measured);
      console.info(`e2e touch targets: money: ${summary}`);
      expect(measured.length).toBeGreaterThan(5);
      expect(small.map((m) => `${m.key} ${m.width.toFixed(1)} × ${m.height.toFixed(1)}`)).toEqual([]);

      const probes = await page.evaluate(probeEdges, '.money-diagram svg');
      expect(probes.length).toBeGreaterThan(measured.length / 2);
      const wrong = probes.filter((p) => p.got !== p.expected);
      console.info(
        `e2e touch targets: ${probes.length} taps probed, ${probes.filter((p) => p.expected !== p.key).length} nearer another target`,
      );
      expect(wrong.map((p) => `(${p.x}, ${p.y}) near ${p.key}: ${p.got} instead of ${p.expected}`)).toEqual([]);

      // A real tap beside the thinnest flow, off its drawn band but inside its reach, selects that flow.
      const thinnest = await page.evaluate(() => {
        const flows = [...document.querySelectorAll<SVGGElement>('.money-link')].map((g) => ({
          key: g.dataset.touch!,
          width: parseFloat(g.querySelector('path')!.getAttribute('stroke-width')!),
        }));
        return flows.sort((a, b) => a.width - b.width).map((f) => f.key);
      });
      const probe = thinnest.flatMap((k) => probes.filter((p) => p.key === k && p.expected === k))[0]!;
      const key = probe.key;
      const point = await edgePoint(page, probe);
      expect(point.outsideOwn).toBe(true);
      await page.touchscreen.tap(point.x, point.y);
      const flow = page.locator(`.money-link[data-touch="${key}"]`);
      await expect.poll(() => flow.getAttribute('aria-pressed')).toBe('true');
    } finally {
      await page.close();
    }
  });
});
