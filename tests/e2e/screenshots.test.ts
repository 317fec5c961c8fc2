/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, hasChromium, launchChromium, repoRoot, startAtlas, type RunningAtlas } from './support.ts';

/**
 * Visual checks: every view at desktop (1440×900) and phone (390×844) size, in English and French, compared with the
 * references committed under tests/e2e/references/, so that an unintended visual change fails. The run is made
 * deterministic: a bundle ingested without the corpus (the same on every machine, whether the texts sit beside the
 * checkout or not), DejaVu Sans for every font, animations and transitions off, the graph's seeded layout, and a
 * screenshot taken only once two in a row agree. `UPDATE_SCREENSHOTS=1` rewrites the references (look at each one
 * before committing it); every run writes what it saw and, on a mismatch, the difference to tests/artifacts/.
 */

const referencesDir = path.join(repoRoot, 'tests/e2e/references');
const update = process.env.UPDATE_SCREENSHOTS === '1';
/** pixelmatch's per-pixel colour threshold, and the share of pixels allowed to differ (antialiasing, caret, …). */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.01;

const sizes = {
  desktop: { width: 1440, height: 900, scale: 2 },
  phone: { width: 390, height: 844, scale: 1 },
} as const;
const langs = ['en', 'fr'] as const;
const screens: Record<string, string> = {
  graph: '',
  timeline: 'view=timeline',
  money: 'view=money',
  sources: 'view=sources',
  stories: 'view=stories',
  // The side panel: beside the view on a desktop, a sheet over it on a phone.
  'graph-actor': 'actor=cloudwatt',
};

const stabilising = `
  *, *::before, *::after {
    font-family: 'DejaVu Sans', sans-serif !important;
    animation: none !important;
    transition: none !important;
    caret-color: transparent !important;
  }
`;

/** Halves (or more) the picture by averaging blocks of pixels, so that the references stay small. */
function downscale(png: PNG, factor: number): PNG {
  if (factor === 1) return png;
  const out = new PNG({ width: Math.floor(png.width / factor), height: Math.floor(png.height / factor) });
  for (let y = 0; y < out.height; y++)
    for (let x = 0; x < out.width; x++)
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++)
          for (let dx = 0; dx < factor; dx++)
            sum += png.data[((y * factor + dy) * png.width + x * factor + dx) * 4 + channel]!;
        out.data[(y * out.width + x) * 4 + channel] = Math.round(sum / (factor * factor));
      }
  return out;
}

/** The viewport once it has stopped changing (layout settled, lazy chunks and data loaded). */
async function settledShot(page: Page): Promise<Buffer> {
  let previous = await page.screenshot();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(400);
    const current = await page.screenshot();
    if (current.equals(previous)) return current;
    previous = current;
  }
  throw new Error('the page never stopped changing');
}

describe.skipIf(!hasChromium)('every view looks as its committed reference', () => {
  let atlas: RunningAtlas;
  let browser: Browser;

  beforeAll(async () => {
    const buildDir = await mkdtemp(path.join(tmpdir(), 'atlas-screenshots-'));
    const noCorpus = await mkdtemp(path.join(tmpdir(), 'atlas-screenshots-no-corpus-'));
    atlas = await startAtlas({ BUILD_DIR: buildDir, CORPUS_DIR: noCorpus });
    browser = await launchChromium();
    await mkdir(artifactsDir, { recursive: true });
    await mkdir(referencesDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
  });

  it('on a phone, a selection opens a sheet over the view, its quotes lead to the passage, and it closes', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(`${atlas.url}/?lang=en`);
      await page.locator('.graph-canvas').waitFor();
      expect(await page.locator('.panel').isVisible()).toBe(false);
      // Typed and submitted at once, faster than the type-ahead: Enter still picks the first hit.
      await page.locator('#global-search').fill('Cloudwatt');
      await page.keyboard.press('Enter');
      const sheet = page.locator('.panel--open');
      await sheet.locator('h2', { hasText: 'Cloudwatt' }).waitFor();
      const box = (await sheet.boundingBox())!;
      expect(box.y + box.height).toBeCloseTo(844, 0);
      expect(box.width).toBe(390);
      await sheet.locator('.evidence__read').first().click();
      await page.locator('.reader').waitFor();
      const query = new URL(page.url()).searchParams;
      expect(query.get('view')).toBe('sources');
      expect(query.get('ev')).toBeTruthy();
      expect(await page.locator('.panel').isVisible()).toBe(false);
      await page.goBack();
      await sheet.waitFor();
      await sheet.locator('.panel__close').click();
      await expect.poll(() => page.locator('.panel').isVisible()).toBe(false);
      // A source that does not exist is said to be missing, never replaced by another one's text.
      await page.goto(`${atlas.url}/?view=sources&source=nope&lang=en`);
      await page.locator('.reader__missing').waitFor();
      expect(await page.locator('.reader').count()).toBe(0);
      expect(await page.locator('.reader__missing button').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  for (const [sizeName, size] of Object.entries(sizes))
    for (const lang of langs)
      for (const [screen, query] of Object.entries(screens))
        it(`${screen}, ${sizeName}, ${lang}`, async () => {
          const context = await browser.newContext({
            viewport: { width: size.width, height: size.height },
            deviceScaleFactor: 1,
            // A phone as a phone's browser lays pages out: the meta viewport, touch, and no desktop fallbacks.
            isMobile: sizeName === 'phone',
            hasTouch: sizeName === 'phone',
            locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
            reducedMotion: 'reduce',
            // The stabilising stylesheet is an inline <style>, which the page's CSP would otherwise refuse.
            bypassCSP: true,
          });
          try {
            const page = await context.newPage();
            await page.goto(`${atlas.url}/?${[query, `lang=${lang}`].filter(Boolean).join('&')}`, {
              waitUntil: 'networkidle',
            });
            await page.addStyleTag({ content: stabilising });
            await page.evaluate(() => document.fonts.ready);
            if (sizeName === 'phone') {
              // What a phone reader needs whatever the picture: no sideways scrolling, text of 12 px or more, and
              // controls of 44 px or more (inline links inside running text excepted, as WCAG 2.5.8 does).
              const fit = await page.evaluate(() => {
                const visible = (el: Element) => {
                  const box = el.getBoundingClientRect();
                  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
                };
                const small = [...document.querySelectorAll('body *:not(svg *)')].filter(
                  (el) =>
                    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') &&
                    visible(el) &&
                    !el.closest('.visually-hidden') &&
                    parseFloat(getComputedStyle(el).fontSize) < 12,
                );
                const targets = [
                  ...document.querySelectorAll('button, summary, select, input:not([type="hidden"]), [role="tab"]'),
                ].filter((el) => {
                  if (!visible(el) || el.closest('.visually-hidden')) return false;
                  const target = el.matches('input[type="checkbox"], input[type="radio"]') ? el.closest('label') : el;
                  return (target ?? el).getBoundingClientRect().height < 44;
                });
                // The page clips sideways overflow, so measure it: anything past the right edge must sit in a box that
                // scrolls (or clips) on its own, such as a wide table, or the reader could never see it.
                const scrollsItself = (el: Element) => {
                  for (let box = el.parentElement; box && box !== document.body; box = box.parentElement)
                    if (getComputedStyle(box).overflowX !== 'visible') return true;
                  return false;
                };
                const cut = [...document.querySelectorAll('body *:not(svg *)')].filter(
                  (el) => visible(el) && el.getBoundingClientRect().right > window.innerWidth + 1 && !scrollsItself(el),
                );
                const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
                return {
                  cut: [...new Set(cut.map(describe))],
                  scrollWidth: document.documentElement.scrollWidth,
                  small: [...new Set(small.map(describe))],
                  targets: [...new Set(targets.map(describe))],
                };
              });
              expect(fit.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(size.width);
              expect(fit.cut, 'cut off at the right edge').toEqual([]);
              expect(fit.small, 'text under 12 px').toEqual([]);
              expect(fit.targets, 'touch targets under 44 px').toEqual([]);
            }
            const name = `${screen}-${sizeName}-${lang}.png`;
            const actual = downscale(PNG.sync.read(await settledShot(page)), size.scale);
            const actualBytes = PNG.sync.write(actual, { colorType: 2, deflateLevel: 9 });
            await writeFile(path.join(artifactsDir, `screenshot-${name}`), actualBytes);
            const referencePath = path.join(referencesDir, name);
            if (update || !existsSync(referencePath)) {
              if (!update) throw new Error(`no reference ${name}: run with UPDATE_SCREENSHOTS=1, then look at it`);
              await writeFile(referencePath, actualBytes);
              return;
            }
            const reference = PNG.sync.read(await readFile(referencePath));
            expect(`${actual.width}×${actual.height}`).toBe(`${reference.width}×${reference.height}`);
            const diff = new PNG({ width: actual.width, height: actual.height });
            const differing = pixelmatch(reference.data, actual.data, diff.data, actual.width, actual.height, {
              threshold: PIXEL_THRESHOLD,
            });
            const ratio = differing / (actual.width * actual.height);
            if (ratio > MAX_DIFF_RATIO)
              await writeFile(path.join(artifactsDir, `screenshot-diff-${name}`), PNG.sync.write(diff));
            expect(
              ratio,
              `${differing} pixels differ (see tests/artifacts/screenshot-diff-${name})`,
            ).toBeLessThanOrEqual(MAX_DIFF_RATIO);
          } finally {
            await context.close();
          }
        });
});
