/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
/* eslint-disable no-script-url -- javascript: URLs are the data under test here, never followed */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, launchChromium, repoRoot, startAtlas, type RunningAtlas } from './support.ts';

/**
 * Hostile data end to end: a knowledge base (tests/fixtures/xss) whose names, aliases, descriptions, quotes, titles,
 * roles, notes, dispute claims, dates' bases and source metadata carry script and HTML payloads, ingested into a
 * temporary folder and served by the real server, then read in Chromium through every view: the graph (labels in
 * the table alternative, the hover tooltip), the side panel (English and French), the timeline, the money view, the
 * source reader, search results, the stories (whose actors this dataset does not hold) and the API's documentation
 * page. Everywhere: the payloads are shown as literal text, no dialog ever opens, no element carries an event-handler
 * attribute or an injected script, no URL is javascript:, and the Content-Security-Policy is never violated.
 */

const skipReason = `no Chromium at ${CHROMIUM} (install Debian's: apt-get install -y chromium)`;
if (!hasChromium) console.warn(`e2e xss: skipped: ${skipReason}`);

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JS = 'javascript:alert(1)';
const SVG = '"><svg onload=alert(1)>';
const RLO = '\u202E';
const RLO_NAME = `Evil${RLO}gnp.exe Corp`;

const fixture = path.join(repoRoot, 'tests/fixtures/xss');

/**
 * Everything in the live DOM that data could have smuggled in: event-handler attributes, scripts that are not the
 * explorer's own files, javascript: (or data:/vbscript:) URLs in any attribute that a browser follows, and the
 * elements the payloads would create (an <img src=x>, an <svg> or <script> born of text).
 */
function auditDom(): string[] {
  const problems: string[] = [];
  const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset']);
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag}> has an event-handler attribute ${name}`);
      if (name === 'srcdoc') problems.push(`<${tag}> has srcdoc`);
      if (urlAttributes.has(name)) {
        let protocol: string;
        try {
          protocol = new URL(attribute.value.trim(), location.href).protocol;
        } catch {
          protocol = attribute.value.trim().toLowerCase().split(':')[0] + ':';
        }
        if (['javascript:', 'vbscript:', 'data:'].includes(protocol) && !(tag === 'img' && protocol === 'data:'))
          problems.push(`<${tag} ${name}="${attribute.value.slice(0, 60)}">`);
      }
    }
    if (tag === 'img' && element.getAttribute('src') === 'x') problems.push('an <img src=x> was created');
    if (tag === 'iframe' || tag === 'object' || tag === 'embed') problems.push(`an <${tag}> was created`);
  }
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (!src || (script.textContent ?? '').trim() !== '') problems.push('an inline <script>');
    else if (!new URL(src, location.href).pathname.startsWith('/assets/'))
      problems.push(`a <script src="${src}"> that is not the explorer's`);
  }
  for (const anchor of document.querySelectorAll('a')) {
    if (anchor.protocol === 'javascript:') problems.push(`<a href="${anchor.getAttribute('href')}">`);
  }
  return problems;
}

describe.skipIf(!hasChromium)('hostile data in every view (Chromium, real server, tests/fixtures/xss)', () => {
  let atlas: RunningAtlas;
  let browser: Browser;
  let page: Page;
  let buildDir = '';
  const dialogs: string[] = [];
  const csp: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const visited: string[] = [];
  const injected: string[] = [];

  beforeAll(async () => {
    // The server ingests the fixture into a folder of its own at start (the bundle is missing), as `npm start` does.
    buildDir = await mkdtemp(path.join(tmpdir(), 'atlas-xss-e2e-'));
    atlas = await startAtlas({
      KB_DIR: path.join(fixture, 'kb'),
      MANIFEST: path.join(fixture, 'manifest.json'),
      CORPUS_DIR: path.join(fixture, 'corpus'),
      BUILD_DIR: buildDir,
    });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()} at ${page.url()}`);
      void dialog.dismiss();
    });
    await page.exposeFunction('__reportCsp', (line: string) => csp.push(line));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCsp: (line: string) => void }).__reportCsp;
        void report(
          `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber} (${location.pathname}${location.search})`,
        );
      });
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  });

  async function visit(url: string, ready: string) {
    visited.push(url);
    const response = await page.goto(`${atlas.url}${url}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
  }

  async function expectClean(label: string) {
    const problems = await page.evaluate(auditDom);
    injected.push(...problems.map((problem) => `${label}: ${problem}`));
    expect(problems, label).toEqual([]);
    expect(dialogs, label).toEqual([]);
  }

  const bodyText = () => page.evaluate(() => document.body.textContent ?? '');

  it('serves the hostile dataset', async () => {
    const meta = (await (await fetch(`${atlas.url}/api/meta`)).json()) as {
      counts: { actors: number; events: number };
      corpus: { present: boolean };
    };
    expect(meta.counts.actors).toBe(5);
    expect(meta.corpus.present).toBe(true);
  });

  it('graph: the table, the side panel and the hover tooltip show the names as text', async () => {
    // Labels: the canvas draws them as pixels; the table alternative holds the same names as text.
    await visit('/?table=1', '.graph-canvas[data-graph-ready="true"]');
    const names = await page.locator('#actors-table tbody tr .link-button').allTextContents();
    expect(names).toEqual(expect.arrayContaining([IMG, SCRIPT, SVG, JS, RLO_NAME]));
    await expectClean('graph table');

    // Selected from the table, the actor is brought into view: hover it where it is drawn.
    await page.locator('#actors-table tr[data-actor="xss-img"] .link-button').click();
    await expect.poll(() => page.locator('#card-title').textContent()).toBe(IMG);
    expect(await page.locator('.card__description').textContent()).toBe(JS);
    const text = await bodyText();
    for (const payload of [IMG, SCRIPT, SVG, RLO_NAME]) expect(text).toContain(payload);
    const tip = page.locator('.graph-tooltip');
    // The table sits below the canvas: bring the canvas back into view first.
    await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    // Where cytoscape draws the actor, read from its instance on the container (`_cyreg`, read-only here).
    const drawnAt = () =>
      page.evaluate(() => {
        const container = document.querySelector<HTMLElement>('.graph-canvas')!;
        type Node = { renderedPosition(): { x: number; y: number } };
        const cy = (container as unknown as { _cyreg: { cy: { getElementById(id: string): Node } } })._cyreg.cy;
        return cy.getElementById('xss-img').renderedPosition();
      });
    await expect
      .poll(
        async () => {
          // Out and back in: a fresh mouseover each time (the fitting animation hides a tooltip shown during it).
          const at = await drawnAt();
          await page.mouse.move(box.x + 4, box.y + 4);
          await page.mouse.move(box.x + at.x, box.y + at.y, { steps: 2 });
          return (await tip.isVisible()) ? (await tip.textContent())!.split('\n')[0] : null;
        },
        { timeout: 15_000 },
      )
      .toBe(IMG);
    expect(await tip.locator('*').count(), 'the tooltip holds text, no element').toBe(0);
    await expectClean('graph and side panel');
  });

  it('side panel in French, and an actor whose description is HTML', async () => {
    await visit('/?lang=fr&actor=xss-img', '#card-title');
    await expect.poll(() => page.locator('.card__description').textContent()).toBe(SCRIPT);
    await visit('/?actor=xss-svg', '#card-title');
    await expect.poll(() => page.locator('#card-title').textContent()).toBe(SVG);
    expect(await page.locator('.card__description').textContent()).toBe(
      '<b>bold</b> & <i>italic</i> "quoted" <a href="javascript:alert(1)">link</a>',
    );
    expect(await page.locator('.card__description *').count()).toBe(0);
    await visit(`/?actor=xss-rlo`, '#card-title');
    await expect.poll(() => page.locator('#card-title').textContent()).toBe(RLO_NAME);
    await expectClean('side panel');
  });

  it('timeline: event labels, the event card with its roles and quotes', async () => {
    await visit('/?view=timeline', '.tl-event[data-event="xss-launch"]');
    // Each glyph's <title> holds its whole label (the visible <text> holds it too, wrapped over tspans).
    const title = (id: string) => page.locator(`.tl-event[data-event="${id}"] > title`).textContent();
    expect(await title('xss-launch')).toContain(`${IMG} launches its cloud`);
    expect(await title('xss-shutdown')).toContain(`${SVG} is switched off`);
    const labels = await page.locator('.tl-event text').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    await page.locator('.tl-event[data-event="xss-launch"]').click();
    await page.waitForURL(/event=xss-launch/);
    const card = page.locator('.panel [data-event="xss-launch"]');
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    for (const payload of [IMG, SVG, JS]) expect(text).toContain(payload);
    await expectClean('timeline');
    await visit('/?view=timeline&table=1', 'table.tl-list tbody tr');
    const list = (await page.locator('table.tl-list').textContent()) ?? '';
    expect(list).toContain(`${SVG} is switched off`);
    expect(list).toContain(`${IMG} launches its cloud`);
    await expectClean('timeline list');
  });

  it('money: the sankey labels, the tables and the funding card with its note and dispute', async () => {
    await visit('/?view=money', '.money-link[data-to="xss-svg"]');
    const nodes = await page.locator('.money-node text').allTextContents();
    expect(nodes.join('\n')).toContain(SCRIPT);
    expect(nodes.join('\n')).toContain(SVG);
    // By keyboard: a thin curved flow has no stroke at the centre of its box, where a pointer click would land.
    const flow = page.locator('.money-link[data-to="xss-svg"]').first();
    await flow.focus();
    await flow.press('Enter');
    await page.waitForURL(/funding=/);
    await expect.poll(async () => (await page.locator('.panel').textContent()) ?? '').toContain(`${SCRIPT} ${JS}`);
    const panel = (await page.locator('.panel').textContent()) ?? '';
    expect(panel).toContain(`${IMG} or more?`);
    expect(panel).toContain(`${SVG} 2 million`);
    await expectClean('money');
  });

  it('sources: the list, the reader with its mentions and quotes, and the source card', async () => {
    await visit('/?view=sources&read=xss-en', '.reader[data-source="xss-en"][data-text="yes"]');
    const reader = page.locator('.reader[data-source="xss-en"]');
    const text = (await reader.locator('.reader-text').textContent()) ?? '';
    for (const payload of [IMG, SCRIPT, JS, SVG, RLO_NAME]) expect(text).toContain(payload);
    await reader.locator('.reader__mentions-toggle').click();
    expect(await reader.locator('a.mention').count()).toBeGreaterThanOrEqual(10);
    expect(await reader.locator('mark.evidence-span, mark[data-evidence]').count()).toBeGreaterThan(0);
    const list = (await page.locator('.reader-list, .sources-view').first().textContent()) ?? '';
    expect(list).toContain(`${SCRIPT} The payload report`);
    await expectClean('source reader');
    await reader.locator('a.mention[data-actor="xss-js"]').first().click();
    await page.waitForURL(/actor=xss-js/);
    await expect.poll(() => page.locator('#card-title').textContent()).toBe(JS);
    await expectClean('source reader, mention followed');

    await visit('/?source=xss-en', '.panel');
    await expect.poll(async () => (await page.locator('.panel').textContent()) ?? '').toContain(SVG);
    const card = (await page.locator('.panel').textContent()) ?? '';
    expect(card).toContain(`${IMG} wrote it for the tests.`);
    await expectClean('source card');
  });

  it('search: hits and snippets as text, highlights as <mark>', async () => {
    await visit('/', '#global-search');
    const input = page.locator('#global-search');
    await input.click();
    await input.pressSequentially('onerror', { delay: 20 });
    const options = page.locator('#global-search ~ ul [role="option"]');
    await options.first().waitFor();
    const texts = (await options.allTextContents()).join('\n');
    expect(texts).toContain('onerror=alert(1)>');
    expect(await page.locator('#global-search ~ ul [role="option"] mark').first().textContent()).toMatch(/onerror/i);
    expect(await page.locator('#global-search ~ ul [role="option"] :is(img, svg, script)').count()).toBe(0);
    await expectClean('search results');
    await input.fill('');
    await input.pressSequentially('svg onload', { delay: 20 });
    await expect.poll(async () => (await options.allTextContents()).join('\n')).toContain(SVG);
    await expectClean('search results (svg)');
  });

  it('stories whose actors this dataset does not hold, and the API documentation page', async () => {
    await visit('/?view=stories', '[data-story]');
    await expectClean('stories');
    await visit('/?story=andromede-two-clouds&step=2', '.story-bar');
    await expectClean('a story step with none of its actors');
    visited.push('/api/docs');
    const docs = await page.goto(`${atlas.url}/api/docs`);
    expect(docs?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator('h1').first().waitFor();
    await expectClean('/api/docs');
  });

  it('opened no dialog, violated no CSP directive and threw nothing', () => {
    console.info(
      `e2e xss: ${visited.length} pages visited (graph, side panel, timeline, money, sources, search, stories, /api/docs): ` +
        `${dialogs.length} dialogs, ${csp.length} CSP violations, ${injected.length} injected elements or URLs`,
    );
    expect(dialogs).toEqual([]);
    expect(csp).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The story's actors are not in this dataset: their 404s are expected; nothing else is.
    expect(consoleErrors.filter((line) => !/status of 404/.test(line))).toEqual([]);
  });

  it('would have seen an injection: the same detectors catch one made on purpose', async () => {
    // A control on a page of its own, after the verdict above: markup injected the way a careless renderer would.
    const control = await browser.newPage();
    try {
      const seen: string[] = [];
      const opened: string[] = [];
      control.on('dialog', (dialog) => {
        opened.push(dialog.message());
        void dialog.dismiss();
      });
      await control.exposeFunction('__reportCsp', (line: string) => seen.push(line));
      await control.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void (window as unknown as { __reportCsp: (line: string) => void }).__reportCsp(event.violatedDirective);
        });
      });
      await control.goto(`${atlas.url}/?actor=xss-img`);
      await control.locator('#card-title').waitFor();
      await control.evaluate((html) => {
        const div = document.createElement('div');
        div.innerHTML = html; // eslint-disable-line no-restricted-syntax -- the control: what the app must never do
        document.body.append(div);
        const a = document.createElement('a');
        a.setAttribute('href', 'javascript:alert(1)');
        document.body.append(a);
      }, `${IMG}${SVG}`);
      const found = await control.evaluate(auditDom);
      expect(found.join('\n')).toMatch(/onerror/);
      expect(found.join('\n')).toMatch(/onload/);
      expect(found.join('\n')).toMatch(/javascript:alert/);
      // The policy blocks the inline handler (so no dialog), and says so.
      await expect.poll(() => seen.length, { timeout: 5_000 }).toBeGreaterThan(0);
      expect(seen.join(' ')).toMatch(/script-src/);
      expect(opened).toEqual([]);
      // And a dialog, were one to open, would be seen.
      await control.evaluate(() => alert('control'));
      expect(opened).toEqual(['control']);
    } finally {
      await control.close();
    }
  });
});
