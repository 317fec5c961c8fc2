/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactsDir,
  CHROMIUM,
  hasChromium,
  phoneContext,
  type RunningAtlas,
  startAtlasAndBrowser,
} from './support.ts';

/**
 * A student on a phone (390×844, touch) walks the 2011–2024 story by tapping "next" alone: no sheet ever covers the
 * story bar (a step's own selection stays a bar at the bottom), the page keeps the bar on screen, and each graph
 * step's actors are drawn, labelled and inside the graph's box, none under the sheet. Then a tap on an actor opens the sheet
 * half-way, with the actor still in sight above it. Every step saved to tests/artifacts/story-phone-*.png.
 */

const skipReason = `no Chromium at ${CHROMIUM} (install Debian's: apt-get install -y chromium)`;
if (!hasChromium) console.warn(`e2e story on a phone: skipped: ${skipReason}`);

const STORY = 'sovereign-cloud-2011-2024';

/**
 * Where each of the actors sits: drawn or not, labelled or not, and whether its centre is inside the canvas and not
 * under the sheet. (cytoscape keeps its instance on its container, `_cyreg`: read-only here.)
 */
function actorsOnScreen(page: Page, ids: readonly string[]) {
  return page.evaluate((actorIds) => {
    const container = document.querySelector<HTMLElement>('.graph-canvas');
    type Node = {
      empty(): boolean;
      visible(): boolean;
      hasClass(c: string): boolean;
      renderedPosition(): { x: number; y: number };
    };
    const cy = (container as unknown as { _cyreg?: { cy?: { getElementById(id: string): Node } } } | null)?._cyreg?.cy;
    if (!container || !cy) return actorIds.map((id) => `${id}: no graph`);
    const box = container.getBoundingClientRect();
    const sheet = document.querySelector('.panel--open')?.getBoundingClientRect();
    // Inside the canvas, and not under the sheet where the canvas is on the screen.
    const underSheet = (screenY: number) => sheet !== undefined && screenY > sheet.top && screenY < window.innerHeight;
    return actorIds.map((id) => {
      const node = cy.getElementById(id);
      if (node.empty() || !node.visible()) return `${id}: not drawn`;
      const { x, y } = node.renderedPosition();
      const seen = x >= 0 && x <= box.width && y >= 0 && y <= box.height && !underSheet(box.top + y);
      return `${id}: ${seen ? 'seen' : 'out of sight'}, ${node.hasClass('labelled') ? 'labelled' : 'unlabelled'}`;
    });
  }, ids);
}

describe.skipIf(!hasChromium)('the 2011–2024 story on a phone', () => {
  let atlas: RunningAtlas;
  let browser: Browser;
  let page: Page;
  let stop: (() => Promise<void>) | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ atlas, browser, stop } = await startAtlasAndBrowser('story-phone-e2e'));
    const context = await browser.newContext({ ...phoneContext, locale: 'en-GB' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await mkdir(artifactsDir, { recursive: true });
  });

  afterAll(async () => {
    await stop?.();
  });

  it.each(['fr', 'en'])(
    'walks every step by tapping "next", each graph step fitted to its actors (%s)',
    async (lang) => {
      await page.goto(`${atlas.url}/?view=stories&lang=${lang}`);
      const start = page.locator(`[data-story="${STORY}"] a`);
      await start.scrollIntoViewIfNeeded();
      await start.tap();
      const bar = page.locator('.story-bar[data-step]');
      await bar.waitFor();
      const steps = await page.locator('.story-bar__dot').count();
      expect(steps).toBe(6);
      for (let step = 1; step <= steps; step++) {
        await page.locator(`.story-bar[data-step="${step}"]`).waitFor();
        // The bar is on screen and nothing is laid over it: a step's own selection leaves the sheet a bar.
        expect((await bar.boundingBox())!.y).toBeGreaterThanOrEqual(0);
        await expect.poll(() => page.locator('.panel--sheet-half, .panel--sheet-full').count()).toBe(0);
        const query = new URL(page.url()).searchParams;
        if (query.get('view') === 'timeline') await page.locator('.tl-event').first().waitFor();
        if ((query.get('view') ?? 'graph') === 'graph') {
          const focus = (query.get('focus') ?? '').split(',').filter(Boolean);
          expect(focus.length).toBeGreaterThan(0);
          await expect
            .poll(() => actorsOnScreen(page, focus), { timeout: 15_000 })
            .toEqual(focus.map((id) => `${id}: seen, labelled`));
        }
        await page.screenshot({ path: path.join(artifactsDir, `story-phone-${lang}-step-${step}.png`) });
        // Tapping fails if anything covers the link.
        if (step < steps) await page.locator('.story-bar a[rel="next"]').tap({ timeout: 5_000 });
      }
      expect(errors).toEqual([]);
    },
  );

  it("opens the step's details from the sheet's bar, and closes it with ✕", async () => {
    await page.locator('.story-bar a[rel="prev"]').tap();
    await page.locator('.story-bar[data-step="5"]').waitFor();
    const handle = page.locator('.panel__handle');
    await expect.poll(() => handle.textContent()).toContain('S3NS');
    await handle.tap();
    await page.locator('.panel--sheet-half #card-title').waitFor();
    const close = page.getByRole('button', { name: 'Clear the selection' });
    const size = (await close.boundingBox())!;
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(44);
    await close.tap();
    await expect.poll(() => page.locator('.panel--open').count()).toBe(0);
  });

  it('keeps a tapped actor in sight above the half-open sheet', async () => {
    await page.goto(`${atlas.url}/?lang=en`);
    const canvas = page.locator('.graph-canvas[data-graph-ready="true"]');
    await canvas.waitFor();
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => actorsOnScreen(page, ['thales'])).toEqual([expect.stringMatching(/^thales: seen/)]);
    const point = await page.evaluate(() => {
      const container = document.querySelector<HTMLElement>('.graph-canvas')!;
      const cy = (container as unknown as { _cyreg: { cy: { getElementById(id: string): unknown } } })._cyreg.cy;
      const node = cy.getElementById('thales') as { renderedPosition(): { x: number; y: number } };
      const box = container.getBoundingClientRect();
      return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
    });
    await page.touchscreen.tap(point.x, point.y);
    await page.locator('.panel--sheet-half #card-title').waitFor();
    const sheet = (await page.locator('.panel--open').boundingBox())!;
    expect(sheet.height).toBeLessThan(844 * 0.55);
    await expect.poll(() => actorsOnScreen(page, ['thales']), { timeout: 5_000 }).toEqual(['thales: seen, labelled']);
    await page.screenshot({ path: path.join(artifactsDir, 'story-phone-tap.png') });
    // The handle makes the sheet full height, and back.
    await page.locator('.panel__handle').tap();
    await page.locator('.panel--sheet-full').waitFor();
    await page.locator('.panel__handle').tap();
    await page.locator('.panel--sheet-half').waitFor();
    expect(errors).toEqual([]);
  });
});
