/**
 * The timeline section of `npm run bench -- ui`: 10,000 synthetic events (served in place of /api/timeline by the
 * page's own request routing, so the API never sees synthetic data), drawn in lanes by kind. Measures the time to
 * the first drawn timeline, then the frame time (requestAnimationFrame deltas) while zooming with the wheel from the
 * whole period down to weeks and back, and while panning by drag, with every event in view (canvas mode, per
 * DESIGN.md: beyond a few hundred visible items, draw on a canvas) and zoomed in to a few hundred (SVG mode).
 */
/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import seedrandom from 'seedrandom';
import { eventKinds } from '../../server/src/domain/model.ts';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Events of every precision, from 1995 to 2024, in date order as the API gives them. */
export function syntheticEvents(count: number, seed = 'timeline-bench') {
  const random = seedrandom(seed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const seasons = ['spring', 'summer', 'autumn', 'winter'];
  const events = Array.from({ length: count }, (_, i) => {
    const year = 1995 + Math.floor(random() * 30);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const roll = random();
    const date =
      roll < 0.4
        ? { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' }
        : roll < 0.6
          ? { value: `${year}-${pad(month)}`, precision: 'month' }
          : roll < 0.7
            ? { value: `${year}-${seasons[Math.floor(random() * 4)]}`, precision: 'season' }
            : roll < 0.9
              ? { value: String(year), precision: 'year' }
              : { value: String(year), precision: 'approximate' };
    return {
      id: `event-${i}`,
      date,
      kind: eventKinds[Math.floor(random() * eventKinds.length)]!,
      title: { fr: `Événement ${i}`, en: `Event ${i}` },
      actors: [{ id: `actor-${Math.floor(random() * 400)}`, role: { fr: 'sujet', en: 'subject' } }],
      evidence: ['ev-synthetic'],
    };
  });
  return { events };
}

async function startFrames(page: Page) {
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

const summary = (frames: number[]) => ({
  frames: frames.length,
  p50Ms: round(percentile(frames, 50)),
  p95Ms: round(percentile(frames, 95)),
  maxMs: round(Math.max(...frames)),
  fps: round(1000 / (frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length))),
});

export interface TimelineBenchFigures {
  events: number;
  firstDrawMs: number;
  modeAtWholePeriod: string;
  visibleAtWholePeriod: number;
  zoomWholePeriodCanvas: ReturnType<typeof summary>;
  panWholePeriodCanvas: ReturnType<typeof summary>;
  panZoomedIn: ReturnType<typeof summary> & { mode: string; visible: number };
}

export async function benchTimeline(browser: Browser, atlasUrl: string, count = 10_000): Promise<TimelineBenchFigures> {
  const body = JSON.stringify(syntheticEvents(count));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.route('**/api/timeline', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    const started = Date.now();
    await page.goto(`${atlasUrl}/?view=timeline`);
    await page.waitForSelector('.tl-chart[data-mode]', { timeout: 120_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const firstDrawMs = Date.now() - started;
    const chart = page.locator('.tl-chart');
    const state = async () => ({
      mode: (await chart.getAttribute('data-mode')) ?? '?',
      visible: Number(await chart.getAttribute('data-visible')),
    });
    const atWhole = await state();

    // The plot area, in the viewport.
    const box = (await page.locator('.tl-chart__svg').boundingBox())!;
    const x = box.x + 172 + (Math.min(box.width, 1200) - 190) / 2;
    const y = box.y + 120;
    await page.mouse.move(x, y);

    // Zoom: 30 wheel steps in (whole period to weeks), 30 out.
    await startFrames(page);
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(16);
    }
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 240);
      await page.waitForTimeout(16);
    }
    const zoomFrames = await stopFrames(page);

    // Pan at the whole period: zoom in a little first so that there is room to pan, all events still drawn.
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -240);
    await page.waitForTimeout(100);
    const drag = async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 90; i++) {
        await page.mouse.move(x + 250 * Math.sin((i / 90) * 2 * Math.PI), y);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    };
    await startFrames(page);
    await drag();
    const panWhole = await stopFrames(page);

    // Zoomed in to a few hundred events or fewer: SVG mode.
    for (let i = 0; i < 14; i++) await page.mouse.wheel(0, -240);
    await page.waitForTimeout(200);
    const zoomed = await state();
    await startFrames(page);
    await drag();
    const panZoomed = await stopFrames(page);

    return {
      events: count,
      firstDrawMs,
      modeAtWholePeriod: atWhole.mode,
      visibleAtWholePeriod: atWhole.visible,
      zoomWholePeriodCanvas: summary(zoomFrames),
      panWholePeriodCanvas: summary(panWhole),
      panZoomedIn: { ...summary(panZoomed), ...zoomed },
    };
  } finally {
    await context.close();
  }
}
