/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, type RunningAtlas, startAtlasAndBrowser } from './support.ts';

/**
 * The diagrams' own text as a reader sees it: every <text> of the timeline (chart and overview) and of the money
 * sankeys, on a phone (390×844) and a desktop (1440×900), in English and French, is at least 12 px on screen (its
 * computed font size times the scale the SVG is drawn at, so a diagram shrunk to fit would fail). The timeline's
 * labels are whole (no "…") and never written over each other, and its lanes start right under its axis.
 */

if (!hasChromium) console.warn(`e2e diagram text: skipped: no Chromium at ${CHROMIUM}`);

const sizes = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;
const diagrams = {
  timeline: { query: 'view=timeline', svg: '.timeline-view svg', ready: '.tl-event', drawn: '.tl-axis .tick text' },
  money: { query: 'view=money', svg: '.money-diagram svg', ready: '.money-link', drawn: '.money-link__amount' },
} as const;

interface MeasuredText {
  text: string;
  px: number;
}

describe.skipIf(!hasChromium)('text in the diagrams, as drawn on screen', () => {
  let atlas: RunningAtlas;
  let browser: Browser;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ atlas, browser, stop } = await startAtlasAndBrowser('diagram-text'));
  });

  afterAll(async () => {
    await stop?.();
  });

  for (const [sizeName, viewport] of Object.entries(sizes))
    for (const lang of ['en', 'fr'] as const)
      for (const [name, diagram] of Object.entries(diagrams))
        it(`${name}, ${sizeName}, ${lang}: no text under 12 px`, async () => {
          const context = await browser.newContext({ viewport, locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
          try {
            const page = await context.newPage();
            await page.goto(`${atlas.url}/?${diagram.query}&lang=${lang}`);
            await page.locator(diagram.ready).first().waitFor();
            // The timeline's axes are drawn by d3 after React's first paint.
            await page.locator(diagram.drawn).first().waitFor({ state: 'attached' });
            const texts: MeasuredText[] = await page.evaluate((selector) => {
              const measured: MeasuredText[] = [];
              for (const svg of document.querySelectorAll<SVGSVGElement>(selector))
                for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
                  const content = text.textContent?.trim() ?? '';
                  const box = text.getBoundingClientRect();
                  if (!content || box.width === 0) continue;
                  const m = text.getScreenCTM()!;
                  const scale = Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
                  measured.push({ text: content, px: parseFloat(getComputedStyle(text).fontSize) * scale });
                }
              return measured;
            }, diagram.svg);
            expect(texts.length).toBeGreaterThan(10);
            const small = texts.filter((t) => t.px < 12 - 1e-6);
            expect(small, `under 12 px: ${small.map((t) => `"${t.text}" ${t.px.toFixed(1)} px`).join(', ')}`).toEqual(
              [],
            );
            const smallest = Math.min(...texts.map((t) => t.px));
            console.info(
              `e2e diagram text: ${name} ${sizeName} ${lang}: ${texts.length} texts, smallest ${smallest} px`,
            );

            if (name !== 'timeline') return;
            expect(texts.filter((t) => t.text.includes('…'))).toEqual([]);
            const geometry = await page.evaluate(() => {
              const labels = [...document.querySelectorAll('.tl-event__label, .tl-pub text, .tl-lane__label')].map(
                (label) => ({ text: label.textContent ?? '', box: label.getBoundingClientRect().toJSON() as DOMRect }),
              );
              const chart = document.querySelector('.tl-chart__svg')!.getBoundingClientRect();
              const firstLane = document.querySelector('.tl-lane rect')!.getBoundingClientRect();
              return { labels, chartTop: chart.top, firstLaneTop: firstLane.top };
            });
            // The lanes start under the axis (no empty band above them).
            expect(geometry.firstLaneTop - geometry.chartTop).toBeLessThan(60);
            const overlaps: string[] = [];
            geometry.labels.forEach((a, i) =>
              geometry.labels.slice(i + 1).forEach((b) => {
                const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
                const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
                if (w > 1 && h > 1) overlaps.push(`"${a.text}" / "${b.text}"`);
              }),
            );
            expect(overlaps).toEqual([]);
          } finally {
            await context.close();
          }
        });
});
