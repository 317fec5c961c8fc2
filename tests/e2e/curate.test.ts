/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  artifactsDir,
  CHROMIUM,
  hasChromium,
  launchChromium,
  repoRoot,
  seriousAxeViolations,
  startAtlas,
  type RunningAtlas,
} from './support.ts';

/**
 * The curation loop end to end, in the system Chromium against `npm run curate`, on temporary copies of the
 * knowledge base, the corpus and the manifest (never data/kb): a journalist adds an invented article with
 * add-source, runs the proposals, opens the review screen with the printed token, accepts three proposals as they
 * are, accepts one edited (its quote taken by selecting text in the reader), merges a new name into an existing
 * actor, rejects one and keeps a conflict as a dispute: seven decisions, seven review-log entries. Then the graph,
 * timeline and money views show the new facts. The walk is timed and its actions counted (printed).
 */

const corpus = process.env.CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus');
const corpusPresent = existsSync(corpus);
if (!hasChromium) console.warn(`e2e curate: skipped: no Chromium at ${CHROMIUM}`);
if (!corpusPresent) console.warn(`e2e curate: skipped: no corpus at ${corpus} (set CORPUS_DIR)`);

/** Invented for this test: not a corpus text. A new company, its founder, a funding, and a rival Andromède amount. */
const ARTICLE = `Nuage Boréal, le pari lyonnais du cloud souverain

La start-up lyonnaise Nuage Boréal a été fondée en 2014 par Camille Ferrand. En mars 2015, Nuage Boréal a lancé une offre de cloud souverain pour les collectivités locales.

Camille Ferrand, directrice générale de Nuage Boréal, critique Amazon sans détour. Selon elle, le projet Andromède a coûté plus que prévu.

Financé à hauteur de 320 millions d'euros, le projet Andromède a surtout enrichi ses consultants.

Le fonds Capital Rhône a investi 12 millions d'euros dans Nuage Boréal en 2015. Nuage Boréal s'appuie sur OVH pour ses centres de données. Ses clients parlent encore de la société Klabanet, son ancien nom.
`;
const SOURCE_ID = 'nuage-boreal-le-pari-lyonnais-du-cloud-souverain';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')])));
}

describe.skipIf(!hasChromium || !corpusPresent)('the curator review screen, end to end', () => {
  let atlas: RunningAtlas;
  let browser: Browser;
  let page: Page;
  let root = '';
  let env: Record<string, string> = {};
  let realKb: Record<string, string> = {};
  const errors: string[] = [];

  beforeAll(async () => {
    realKb = await snapshot(path.join(repoRoot, 'data/kb'));
    root = await mkdtemp(path.join(tmpdir(), 'atlas-curate-e2e-'));
    env = {
      KB_DIR: path.join(root, 'kb'),
      CORPUS_DIR: path.join(root, 'corpus'),
      MANIFEST: path.join(root, 'manifest.json'),
      BUILD_DIR: path.join(root, 'build'),
    };
    await cp(path.join(repoRoot, 'data/kb'), env.KB_DIR!, { recursive: true });
    await rm(path.join(env.KB_DIR!, 'review-log.yaml'), { force: true });
    await cp(corpus, env.CORPUS_DIR!, { recursive: true });
    await cp(path.join(repoRoot, 'data/corpus/manifest.json'), env.MANIFEST!);
    await mkdir(env.BUILD_DIR!, { recursive: true });
    await writeFile(path.join(root, 'article.txt'), ARTICLE);
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
        cwd: repoRoot,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
    };
    const title = 'Nuage Boréal, le pari lyonnais du cloud souverain';
    run(['scripts/add-source.ts', path.join(root, 'article.txt'), '--title', title, '--published', '2016-03-03']);
    run(['scripts/propose.ts']);
    atlas = await startAtlas(env, 240_000, ['--curate']);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await atlas?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('seven decisions become knowledge, logged, and shown in the views', async () => {
    const token = /one-time token for this run: (\S+)/.exec(atlas.stderr())?.[1];
    expect(token, atlas.stderr()).toBeDefined();
    expect(atlas.stderr()).toContain(`/review#token=${token}`);
    let actions = 0;
    const status = page.locator('[role="status"][aria-live="polite"]');
    const pick = async (key: string) => {
      await page.locator(`[data-key="${key}"]`).click();
      actions++;
    };
    const press = async (key: string) => {
      await page.keyboard.press(key);
      actions++;
    };
    const written = async (text: string) => {
      await expect.poll(() => status.textContent(), { timeout: 60_000 }).toContain(text);
    };

    const started = performance.now();
    await page.goto(`${atlas.url}/review#token=${token}`);
    await page.getByRole('button', { name: /^Nuage Boréal, le pari lyonnais/ }).click();
    actions++;
    // The token left the address bar (and so the history) once read.
    expect(new URL(page.url()).hash).toBe('');
    for (const key of ['actors/nuage-boreal', 'actors/camille-ferrand', 'events/nuage-boreal-founding-2014']) {
      await pick(key);
      await press('a');
      await written(`Accepted ${key}`);
      // The focus went on to the proposal that took the decided one's place.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null))
        .toMatch(/^(actors|relations|events|fundings)\//);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).not.toBe(key);
    }

    // Edit: a longer quote than the proposal's ("Le fonds Capital Rhône"), taken by selecting it in the reader.
    await pick('actors/capital-rhone');
    await press('e');
    const wanted = "Le fonds Capital Rhône a investi 12 millions d'euros dans Nuage Boréal";
    await page.evaluate((quote) => {
      const reader = document.querySelector('.review__text')!;
      const start = reader.textContent!.indexOf(quote);
      const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (seen <= start && start < seen + length) range.setStart(node, start - seen);
        if (seen < start + quote.length && start + quote.length <= seen + length)
          range.setEnd(node, start + quote.length - seen);
        seen += length;
      }
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, wanted);
    actions++;
    await page.getByRole('button', { name: /Quote from the selected text/ }).click();
    actions++;
    await written(`“${wanted}”`);
    // The form's quote field (every field has its own labelled input) holds the selection.
    expect(
      await page
        .getByLabel(/^Quote \(exact text/)
        .first()
        .inputValue(),
    ).toBe(wanted);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Capital Rhône');
    await press('Control+Enter');
    await written('Accepted as edited actors/capital-rhone');

    await pick('actors/klabanet');
    await press('m');
    await page.getByLabel('Merge into actor').selectOption('ovhcloud');
    actions++;
    await press('Enter');
    await written('Merged actors/klabanet into ovhcloud');

    await pick('relations/camille-ferrand-criticises-amazon');
    await press('r');
    await page.keyboard.type('Opinion reported second-hand; not a relation to record.');
    actions++;
    await press('Enter');
    await written('Rejected relations/camille-ferrand-criticises-amazon');

    await pick('fundings/andromede-invested-320m');
    await page.getByText(/Disagrees about amount/).waitFor();
    await press('d');
    await written('Kept both as a dispute fundings/andromede-invested-320m');
    const seconds = (performance.now() - started) / 1000;
    const accepted = 4; // three as proposed and one edited; the merge adds an alias, the dispute keeps both claims
    const facts = accepted + 1 + 2;
    console.log(
      `e2e curate: 7 decisions in ${seconds.toFixed(1)} s, ${actions} actions (${(actions / 7).toFixed(1)} per decision, ${(actions / facts).toFixed(1)} per fact written)`,
    );

    const log = parse(await readFile(path.join(env.KB_DIR!, 'review-log.yaml'), 'utf8')) as {
      decision: string;
      edited?: string[];
    }[];
    expect(log.map((e) => e.decision)).toEqual(['accept', 'accept', 'accept', 'accept', 'merge', 'reject', 'dispute']);
    expect(log[3]!.edited).toContain('evidence');
    const actors = parse(await readFile(path.join(env.KB_DIR!, 'actors.yaml'), 'utf8')) as {
      id: string;
      aliases: { fr: string[] };
      evidence: { quote: string }[];
    }[];
    expect(actors.find((a) => a.id === 'ovhcloud')!.aliases.fr).toContain('Klabanet');
    expect(actors.find((a) => a.id === 'capital-rhone')!.evidence[0]!.quote).toBe(wanted);

    // The edit form checks on the client (the field named, focused, described by its error) and shows the server's
    // refusal of a field the client does not check (an unknown key, typed in the advanced JSON box); nothing written.
    await page.locator('[data-key]').first().click();
    await page.keyboard.press('e');
    const idField = page.locator('#review-field-id');
    await idField.fill('Not An Id');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => idField.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#review-field-id-error').textContent()).toMatch(/lower-case/i);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-field-id');
    await written('One field needs fixing');
    expect(await seriousAxeViolations(page, 'review-edit-en')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');
    await page.getByText('Advanced: the record as JSON').click();
    const json = JSON.parse(await page.locator('#review-draft').inputValue()) as Record<string, unknown>;
    await page.locator('#review-draft').fill(JSON.stringify({ ...json, bogus: 1 }));
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.review__edit .review__field-error').first().textContent()).toMatch(/bogus/);
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/Refused, nothing written/);
    await page.keyboard.press('Escape');

    // In French, like the explorer: the language from the link, French typography (a narrow no-break space before
    // ":"), and still no serious accessibility violation.
    await page.locator('#review-lang').selectOption('fr');
    await expect.poll(() => page.locator('h1').textContent()).toBe('File de relecture');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await page.getByRole('button', { name: /^Modifier/ }).click();
    expect(await page.locator('.review__decision h2').textContent()).toMatch(/^\w+\u202f: /);
    expect(await page.getByText('Modifier la fiche (tous les champs)').count()).toBe(1);
    expect(await seriousAxeViolations(page, 'review-edit-fr')).toEqual([]);
    const reviewLog = parse(await readFile(path.join(env.KB_DIR!, 'review-log.yaml'), 'utf8')) as unknown[];
    expect(reviewLog).toHaveLength(7);

    // The views, without a restart: the graph's side panel (with the quote), the timeline and the money view.
    await page.goto(`${atlas.url}/?actor=nuage-boreal`);
    await expect.poll(() => page.locator('body').textContent(), { timeout: 30_000 }).toContain('Nuage Boréal');
    await page.goto(`${atlas.url}/?view=timeline`);
    await expect.poll(() => page.locator('body').textContent(), { timeout: 30_000 }).toMatch(/Nuage Boréal/);
    await page.goto(`${atlas.url}/?view=money`);
    await expect.poll(() => page.locator('body').textContent(), { timeout: 30_000 }).toMatch(/320/);
    const evidence = (await (await fetch(`${atlas.url}/api/sources/${SOURCE_ID}`)).json()) as {
      evidence: { quote: string }[];
    };
    expect(evidence.evidence.map((e) => e.quote)).toContain(wanted);
    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'curate-money.png'), fullPage: true });

    expect(await snapshot(path.join(repoRoot, 'data/kb'))).toEqual(realKb);
    // The one error the browser logs is the refusal provoked above (the unknown key: 422).
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    expect(errors).toHaveLength(1);
  }, 300_000);

  it('a chained proposal says which proposal to accept first, and leads to it', async () => {
    const token = /one-time token for this run: (\S+)/.exec(atlas.stderr())![1]!;
    // A chained event ("two years later") whose anchor waits in the queue. The real anchor repeats a
    // knowledge-base event (then propose points the chain at that event, and the anchor is never shown), so its
    // proposal is made new here and the chain pointed at it, as for an anchor the knowledge base does not hold.
    const file = path.join(env.BUILD_DIR!, 'proposals.json');
    const proposals = JSON.parse(await readFile(file, 'utf8')) as {
      events: { id: string; derived?: { date?: { from: string[] } }; proposal: Record<string, unknown> }[];
    };
    const anchorOf = (from: string) =>
      proposals.events.find((e) => `events/${e.id}` === from || `events/${String(e.proposal.matches)}` === from);
    const chained = proposals.events.find((e) => e.derived?.date?.from.some((f) => anchorOf(f) && anchorOf(f) !== e));
    if (!chained) throw new Error('propose made no chained event ("two years later") to review');
    const anchorFrom = chained.derived!.date!.from.find((f) => anchorOf(f))!;
    const anchor = anchorOf(anchorFrom)!;
    const anchorKey = `events/${anchor.id}`;
    chained.derived!.date!.from = chained.derived!.date!.from.map((f) => (f === anchorFrom ? anchorKey : f));
    for (const e of [chained, anchor]) e.proposal = { ...e.proposal, status: 'new', matches: undefined };
    await writeFile(file, JSON.stringify(proposals));
    const queue = (await (
      await fetch(`${atlas.url}/api/review/proposals`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { proposals: { key: string; sources: string[] }[]; sources: { id: string; title: string }[] };
    const chainedKey = `events/${chained.id}`;
    const sourceId = queue.proposals.find((p) => p.key === chainedKey)!.sources[0]!;
    const title = queue.sources.find((s) => s.id === sourceId)!.title;

    await page.goto(`${atlas.url}/review?lang=en#token=${token}`);
    await page.getByRole('button', { name: title, exact: true }).click();
    await page.locator(`[data-key="${chainedKey}"]`).click();
    const notice = page.locator('.review__anchor');
    expect(await notice.textContent()).toContain(`Accept ${anchorKey} first`);
    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'curate-anchor-first.png') });
    expect(await seriousAxeViolations(page, 'review-anchor-first')).toEqual([]);

    // Accepting it anyway: the server refuses (409 anchor-first), and its message leads to the anchor too.
    await page.keyboard.press('a');
    const alert = page.locator('.review__problem[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain(`accept ${anchorKey} first`);
    await alert.getByRole('button', { name: `Go to ${anchorKey}` }).waitFor();

    await notice.getByRole('button', { name: `Go to ${anchorKey}` }).click();
    await expect.poll(() => page.locator('[data-key][aria-current="true"]').getAttribute('data-key')).toBe(anchorKey);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null))
      .toBe(anchorKey);
  }, 120_000);
});
