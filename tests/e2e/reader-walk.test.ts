/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, phoneContext, type RunningAtlas, startAtlasAndBrowser } from './support.ts';

/**
 * Small faults a tester found walking the explorer as its readers: phone controls under 44 px, a French colon set
 * the English way, a view whose code failed to load shown as the browser's English error, and English searches
 * answered with French descriptions.
 */

if (!hasChromium) console.warn(`e2e reader walk: skipped: no Chromium at ${CHROMIUM}`);

const phone = phoneContext;

describe.skipIf(!hasChromium)('small faults of the readers’ walk', () => {
  let atlas: RunningAtlas;
  let browser: Browser;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ atlas, browser, stop } = await startAtlasAndBrowser('reader-walk-e2e'));
  });

  afterAll(async () => {
    await stop?.();
  });

  it('gives the graph’s buttons and focus chips 44 × 44 px on a phone', async () => {
    const context = await browser.newContext({ ...phone, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${atlas.url}/?lang=fr&focus=andromede`);
    await page.locator('.graph-canvas[data-graph-ready="true"]').waitFor();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.graph-view .toolbar button, .graph-view .chip')]
        .map((el) => ({ text: el.textContent!.trim(), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ text, box }) => `${text} ${box.width.toFixed(0)} × ${box.height.toFixed(0)}`),
    );
    expect(await page.locator('.graph-view .chip').count()).toBeGreaterThan(0);
    expect(small).toEqual([]);
    await context.close();
  });

  it('sets the path finder’s colon in French typography', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${atlas.url}/?lang=fr&pfrom=orange&pto=numergy`);
    const summary = page.locator('.path summary').first();
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^Chemin 1\u202f: /);
    await context.close();
  });

  it('asks to reload, in French, when a view’s code cannot be fetched', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.route(/MoneyView-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${atlas.url}/?lang=fr`);
    await page.locator('.graph-canvas[data-graph-ready="true"]').waitFor();
    await page.getByRole('link', { name: 'Argent' }).first().click();
    const alert = page.locator('[role=alert][data-error="chunk"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('nouvelle version');
    expect(text).not.toMatch(/dynamically|Failed to fetch/);
    expect(await alert.getByRole('button', { name: 'Recharger' }).count()).toBe(1);
    await context.close();
  });

  it('answers an English search for a French name with English descriptions', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${atlas.url}/`);
    await page.locator('#global-search').fill('Andromède');
    await page.locator('.combobox__option').first().waitFor();
    const snippets = page.locator('.combobox__option .hit-snippet');
    await expect.poll(() => snippets.count()).toBeGreaterThan(3);
    const texts = await snippets.allTextContents();
    expect(texts.filter((text) => /\b(projet|d'origine|Institution qui|Groupe de)\b/.test(text))).toEqual([]);
    await context.close();
  });
});
