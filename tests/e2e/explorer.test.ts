/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactsDir,
  CHROMIUM,
  hasChromium,
  launchChromium,
  seriousAxeViolations,
  startAtlas,
  type RunningAtlas,
} from './support.ts';

/**
 * The explorer end to end, in the system Chromium against the real server: a journalist searches Cloudwatt, reads
 * who founded and funded it and the quotes that say so, expands its neighbourhood, finds the path from Thales to
 * Google, replays the network back to 2013, shares the link, and gets the same view in a fresh page. Along the
 * way: axe-core finds no serious or critical violation, the strict CSP is never violated, nothing is logged as an
 * error, and every screen is saved to tests/artifacts/.
 */

const skipReason = `no Chromium at ${CHROMIUM} (install Debian's: apt-get install -y chromium)`;
if (!hasChromium) console.warn(`e2e: skipped: ${skipReason}`);

interface Recorder {
  csp: string[];
  errors: string[];
  requests: string[];
}

async function record(page: Page): Promise<Recorder> {
  const recorder: Recorder = { csp: [], errors: [], requests: [] };
  await page.exposeFunction('__reportCsp', (line: string) => recorder.csp.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCsp: (line: string) => void }).__reportCsp;
      void report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') recorder.errors.push(message.text());
  });
  page.on('pageerror', (error) => recorder.errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) recorder.requests.push(request.url());
  });
  return recorder;
}

async function shot(page: Page, name: string) {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

async function graphReady(page: Page) {
  await page.waitForSelector('.graph-canvas[data-graph-ready="true"]', { timeout: 30_000 });
}

async function statusText(page: Page) {
  return (await page.locator('#graph-status').textContent())?.trim() ?? '';
}

/** Types like a person, waits for the listbox, and picks the option whose label matches with the keyboard. */
async function pickFromCombobox(page: Page, inputSelector: string, text: string, label: RegExp) {
  const input = page.locator(inputSelector);
  await input.click();
  await input.fill('');
  await input.pressSequentially(text, { delay: 40 });
  const listId = await input.getAttribute('aria-controls');
  const option = page.locator(`#${listId} [role="option"]`, { hasText: label }).first();
  await option.waitFor({ timeout: 10_000 });
  const options = await page.locator(`#${listId} [role="option"]`).allTextContents();
  const index = options.findIndex((o) => label.test(o));
  for (let i = 0; i <= index; i++) await input.press('ArrowDown');
  expect(await input.getAttribute('aria-activedescendant')).toBe(`${listId}-${index}`);
  await input.press('Enter');
}

describe.skipIf(!hasChromium)('the explorer in Chromium, against the real server', () => {
  let atlas: RunningAtlas;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let recorder: Recorder;
  let sharedUrl = '';

  beforeAll(async () => {
    atlas = await startAtlas();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
      locale: 'en-GB',
    });
    page = await context.newPage();
    recorder = await record(page);
  });

  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
  });

  it('serves the explorer under the strict CSP and draws the whole graph', async () => {
    const response = await page.goto(atlas.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    await graphReady(page);
    // The whole graph: as many actors and relations as the dataset holds, whatever the curators add.
    const { counts } = (await (await fetch(`${atlas.url}/api/meta`)).json()) as {
      counts: { actors: number; relations: number };
    };
    expect(await statusText(page)).toMatch(
      new RegExp(`^${counts.actors} actors and ${counts.relations} relations shown`),
    );
    await shot(page, '01-overview');
  });

  it('finds Cloudwatt from a type-ahead operated by keyboard, accents and case ignored', async () => {
    await pickFromCombobox(page, '#global-search', 'cloudwat', /Cloudwatt/);
    await page.waitForURL(/actor=cloudwatt/);
    await expect.poll(() => page.locator('#card-title').textContent()).toBe('Cloudwatt');
    // Accents ignored: "andromede" finds Andromède, its snippet highlighted as <mark>, never as HTML.
    const input = page.locator('#global-search');
    await input.fill('andromede');
    // The previous answer (with its own marks) stays on screen until the new one arrives: wait for the new one.
    await expect
      .poll(() => page.locator('#global-search ~ ul [role="option"]').first().textContent())
      .toMatch(/Andromède/);
    await page.locator('#global-search ~ ul [role="option"] mark').first().waitFor();
    await shot(page, '02-search');
    await input.press('Escape');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
  });

  it('shows who founded and funded Cloudwatt, with the quotes and their sources', async () => {
    const founded = page.locator('.relation-group', { has: page.locator('h4', { hasText: /^Founded by$/ }) });
    await founded.waitFor();
    const founders = await founded.locator('.fact__line .link-button').allTextContents();
    expect(founders).toEqual(expect.arrayContaining(['Thales', 'Orange']));
    expect(await founded.locator('blockquote').first().textContent()).toBeTruthy();
    expect(await founded.locator('.evidence__title').first().textContent()).toBeTruthy();
    const funded = page.locator('.relation-group', { has: page.locator('h4', { hasText: /^Funded by$/ }) });
    expect(await funded.locator('.fact').count()).toBeGreaterThanOrEqual(3);
    expect(await funded.locator('blockquote').count()).toBeGreaterThanOrEqual(3);
    // Dates as precise as the sources: "early Sept. 2012", never a made-up day.
    expect(await page.locator('.card__facts').textContent()).toContain('early Sept. 2012');
    // Disputed facts carry a badge and open onto both claims side by side.
    expect(await page.locator('.card .badge--disputed').count()).toBeGreaterThan(0);
    const dispute = page.locator('#card-disputes ~ .dispute').first();
    expect(await dispute.locator('.dispute__claim').count()).toBeGreaterThanOrEqual(2);
    await shot(page, '03-cloudwatt');
    const tip = page.locator('.graph-tooltip');
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^Cloudwatt\nJoint venture/);
  });

  it('expands the neighbourhood on a double-click, keeping the actors already drawn in place', async () => {
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/focus=cloudwatt/);
    await expect.poll(() => statusText(page)).toMatch(/^23 actors and \d+ relations shown/);
    await shot(page, '04-expanded');
  });

  it('finds the path from Thales to Google and lists each hop with its evidence', async () => {
    await page.locator('.path-finder-wrap > summary').click();
    await pickFromCombobox(page, '#path-from', 'Thales', /^ActorThales$/);
    await pickFromCombobox(page, '#path-to', 'Google', /^ActorGoogle$/);
    await page.waitForURL(/pfrom=thales&pto=google/);
    const hop = page.locator('.path__hop').first();
    await hop.waitFor();
    expect(await hop.locator('.path__hop-line').textContent()).toMatch(/Thales.*partner of.*Google/);
    await hop.locator('blockquote').first().waitFor();
    expect(await page.locator('.path-finder__summary').textContent()).toMatch(/1 shortest path of 1 hop/);
    await shot(page, '05-path');
  });

  it('replays the network: as of 2013, S3NS and Bleu are there only as undated, and can be left out', async () => {
    await page.locator('button', { hasText: /^Table$/ }).click();
    const actorRow = (id: string) => page.locator(`#actors-table tr[data-actor="${id}"]`);
    for (const id of ['thales', 'orange']) {
      await actorRow(id)
        .getByRole('button', { name: /^Expand/ })
        .click();
      await page.waitForURL(new RegExp(`focus=[^&]*${id}`));
    }
    await actorRow('s3ns').waitFor();
    await actorRow('bleu').waitFor();
    const slider = page.locator('#as-of');
    await slider.focus();
    await slider.press('Home');
    for (let year = 1999; year < 2013; year++) await slider.press('ArrowRight');
    await page.waitForURL(/asof=2013/);
    await expect.poll(() => statusText(page)).toContain('As of 31 Dec. 2013');
    // S3NS and Bleu have no founding date and no text names them before summer 2022: shown as undated, not as
    // facts of 2013; Cloudwatt, founded in September 2012, is dated.
    const datingCell = (id: string) => actorRow(id).locator('td').nth(3);
    expect(await datingCell('s3ns').textContent()).toBe('undated');
    expect(await datingCell('bleu').textContent()).toBe('undated');
    expect(await datingCell('cloudwatt').textContent()).toBe('dated');
    expect(await page.locator('#graph-dating').textContent()).toMatch(/actors: \d+ dated, \d+ attested, \d+ undated/);
    await page.getByLabel('Show undated').uncheck();
    await page.waitForURL(/undated=hide/);
    expect(await actorRow('s3ns').count()).toBe(0);
    expect(await actorRow('bleu').count()).toBe(0);
    expect(await actorRow('cloudwatt').count()).toBe(1);
    // The toggle is part of the history: Back shows the undated again.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('undated')).toBeNull();
    await actorRow('s3ns').waitFor();
    await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
    await shot(page, '06-as-of-2013');
    sharedUrl = page.url();
  });

  it('gives the same view from the copied link in a fresh page', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    const other = await fresh.newPage();
    const otherRecorder = await record(other);
    await other.goto(sharedUrl);
    await graphReady(other);
    await expect.poll(() => statusText(other)).toBe(await statusText(page));
    const rows = (p: Page) =>
      p.locator('#actors-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actor')).sort());
    expect(await rows(other)).toEqual(await rows(page));
    // Expanding from the table selected the actor expanded last: the link carries that selection too.
    expect(await page.locator('#card-title').textContent()).toBe('Orange');
    await expect.poll(() => other.locator('#card-title').textContent()).toBe('Orange');
    await other.locator('.path__hop').first().waitFor();
    expect(await other.locator('.path__hop-line').first().textContent()).toBe(
      await page.locator('.path__hop-line').first().textContent(),
    );
    expect(await other.locator('#as-of').inputValue()).toBe('2013');
    await shot(other, '07-shared-link');
    expect(otherRecorder.csp).toEqual([]);
    expect(otherRecorder.errors).toEqual([]);
    await fresh.close();
  });

  it('goes back and forward through the history', async () => {
    // Dragging the slider replaced one history entry; Back returns to before it, with S3NS drawn again.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBeNull();
    await page.locator('#actors-table tr[data-actor="s3ns"]').waitFor();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('cloudwatt,thales');
    await page.goForward();
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.get('asof')).toBe('2013');
    // As of 2013, S3NS is there only as undated.
    await expect
      .poll(() => page.locator('#actors-table tr[data-actor="s3ns"] td').nth(3).textContent())
      .toBe('undated');
    expect(page.url()).toBe(sharedUrl);
  });

  it('exports the view as PNG and as SVG', async () => {
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button', { hasText: /^PNG$/ }).click(),
    ]);
    const pngBytes = await readFile((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button', { hasText: /^SVG$/ }).click(),
    ]);
    const svgText = await readFile((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<\?xml/);
    expect(svgText).toContain('>Cloudwatt</text>');
    // As of 2013 S3NS is drawn undated (hollow, dashed), as on the canvas; Cloudwatt, founded in 2012, is not.
    expect(svgText).toMatch(/<g[^>]* data-dating="undated"><path [^>]*><title>S3NS<\/title>/);
    expect(svgText).not.toMatch(/<g[^>]* data-dating="undated"><path [^>]*><title>Cloudwatt<\/title>/);
    await writeFile(path.join(artifactsDir, 'export.svg'), svgText);
    await writeFile(path.join(artifactsDir, 'export.png'), pngBytes);
  });

  it('has no serious or critical accessibility violation (axe-core), in English and in French', async () => {
    expect(await seriousAxeViolations(page, 'graph-table-en')).toEqual([]);
    await page.locator('.lang-switch button[lang="fr"]').click();
    await page.waitForURL(/lang=fr/);
    await page.locator('.views__link', { hasText: 'Graphe' }).waitFor();
    await page.locator('h4', { hasText: /^A fondé$/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await shot(page, '08-french');
    expect(await seriousAxeViolations(page, 'graph-fr')).toEqual([]);
    await page.locator('.views__link', { hasText: 'Chronologie' }).click();
    await page.locator('.timeline-view').waitFor();
    await shot(page, '09-timeline-fr');
    expect(await seriousAxeViolations(page, 'timeline-fr')).toEqual([]);
  });

  it('violated no CSP directive and logged no error', () => {
    expect(recorder.csp).toEqual([]);
    expect(recorder.errors).toEqual([]);
    console.log(
      `e2e: ${recorder.requests.length} API requests in the journey; ${recorder.csp.length} CSP violations (graph, side panel, path finder, French, timeline)`,
    );
  });

  it('says so clearly when the API answers 503, is down, or has nothing', async () => {
    const errors = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const p = await errors.newPage();
    await p.route('**/api/graph', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        headers: { 'retry-after': '1' },
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unavailable',
          status: 503,
          detail: 'Neo4j',
          instance: '/api/graph',
        }),
      }),
    );
    await p.goto(`${atlas.url}/?actor=cloudwatt`);
    const alert = p.locator('.layout__main [role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/temporarily unavailable/);
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await shot(p, '10-error-503');

    await p.unroute('**/api/graph');
    await p.route('**/api/**', (route) => route.abort('connectionrefused'));
    await p.goto(`${atlas.url}/?actor=thales`);
    await p.locator('.panel [role="alert"]').waitFor({ timeout: 20_000 });
    expect(await p.locator('.panel [role="alert"]').textContent()).toMatch(/cannot be reached/);
    await shot(p, '11-error-down');

    await p.unroute('**/api/**');
    await p.route('**/api/graph', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"nodes":[],"edges":[],"coMentions":[]}' }),
    );
    await p.goto(atlas.url);
    await p.locator('.status--empty').waitFor();
    expect(await p.locator('.status--empty').textContent()).toMatch(/holds no actor/);
    await shot(p, '12-empty');
    await errors.close();
  });
});
