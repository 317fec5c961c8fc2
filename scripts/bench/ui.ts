/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser: the DOM types describe them.)
/**
 * npm run bench -- ui [--runs 5] [--nodes 2000] [--edges 10000] [--timeline-events 10000] [--no-build]
 *
 * The explorer in headless Chromium (the system one, /usr/bin/chromium) against the real server started as
 * `npm start` starts it:
 * - real data: time from navigation start to the first drawn graph (the `atlas:first-draw` user-timing mark the
 *   graph view sets on cytoscape's first render of the whole drawing after its layout; a large graph is added over
 *   several frames and marked after the last), and the fcose layout time, median of `runs`; the longest main-thread
 *   task of each run (and, on the synthetic graph, how many took over 200 ms), with the machine's load average;
 * - a synthetic graph of 2,000 actors and 10,000 relations, written as a static JSON file into a temporary folder
 *   and served beside the explorer by a small proxy of this script's own (same origin; the API is never given
 *   synthetic data), loaded with the explorer's `?data=` flag: time to first draw, layout time, and the frame time
 *   while panning (requestAnimationFrame deltas during a two-second drag);
 * - the initial JavaScript of the Vite build, gzipped: the entry script and what it preloads (target ≤ 250 KB),
 *   with the lazily loaded chunks listed apart.
 * Prints a table and writes bench/results/ui.json.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import seedrandom from 'seedrandom';
import { hasChromium, launchChromium, repoRoot, startAtlas, CHROMIUM } from '../../tests/e2e/support.ts';
import { actorKinds, relationTypes } from '../../server/src/domain/model.ts';
import { ownDatesSpan, UNKNOWN_SPAN } from '../../server/src/domain/time-spans.ts';
import { printTable, writeResults } from './results.ts';
import { benchTimeline } from './ui-timeline.ts';

const targets = { initialJsGzipKiB: 250, firstDrawRealMs: 1_000, panFrameP95Ms: 50, longestTaskMs: 200 };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A Subgraph-shaped graph: communities of actors, mostly linked within their community, some dated relations. */
export function syntheticGraph(nodes: number, edges: number, seed = 'ui-bench') {
  const random = seedrandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const communities = Math.max(1, Math.round(nodes / 80));
  const graphNodes = Array.from({ length: nodes }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: pick(actorKinds),
    aliases: { fr: [`Acteur ${i}`], en: [`Actor ${i}`] },
    description: { fr: `Acteur synthétique ${i}`, en: `Synthetic actor ${i}` },
    evidence: [],
    centrality: 0,
    community: i % communities,
    span: UNKNOWN_SPAN,
  }));
  const degree = new Array<number>(nodes).fill(0);
  const seen = new Set<string>();
  const graphEdges = [];
  while (graphEdges.length < edges) {
    const from = Math.floor(random() * nodes);
    const sameCommunity = random() < 0.85;
    let to = Math.floor(random() * nodes);
    if (sameCommunity)
      to = (Math.floor(random() * Math.ceil(nodes / communities)) * communities + (from % communities)) % nodes;
    if (to === from) continue;
    const type = pick(relationTypes);
    const id = `rel-${from}-${type}-${to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    degree[from]!++;
    degree[to]!++;
    const year = 2000 + Math.floor(random() * 24);
    const since = random() < 0.5 ? { value: String(year), precision: 'year' as const } : undefined;
    const until = random() < 0.15 ? { value: String(Math.min(2024, year + 3)), precision: 'year' as const } : undefined;
    graphEdges.push({
      id,
      type,
      from: `actor-${from}`,
      to: `actor-${to}`,
      ...(since ? { since } : {}),
      ...(until ? { until, status: 'ended' } : {}),
      span: ownDatesSpan(since, until),
      evidence: ['ev-synthetic'],
    });
  }
  for (const node of graphNodes) node.centrality = degree[Number(node.id.slice(6))]! / (nodes - 1);
  return { nodes: graphNodes, edges: graphEdges, coMentions: [] };
}

/** Serves one static file at /bench/graph.json and passes everything else to the atlas: one origin for both. */
async function startProxy(target: string, graphFile: string): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const body = await readFile(graphFile);
  const server = http.createServer((req, res) => {
    if (req.url === '/bench/graph.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
      return;
    }
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface DrawTiming {
  firstDrawMs: number;
  layoutMs: number | null;
  nodes: number;
  /** The longest main-thread task (PerformanceObserver "longtask") from navigation to a second after the first draw. */
  longestTaskMs: number;
  /** How many of those tasks took over 200 ms. */
  tasksOver200: number;
}

/** Records every main-thread task over 50 ms from the page's first script on (a string: it runs in the page). */
const recordLongTasks = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });`;

async function timeFirstDraw(page: Page, url: string): Promise<DrawTiming> {
  await page.addInitScript(recordLongTasks);
  await page.goto(url);
  await page.waitForSelector('.graph-canvas[data-graph-ready="true"]', { timeout: 120_000 });
  await page.waitForTimeout(1_000);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const longestTaskMs = Math.max(0, ...longTasks);
  const tasksOver200 = longTasks.filter((ms) => ms > 200).length;
  const timing = await page.evaluate(() => {
    const draw = performance.getEntriesByName('atlas:first-draw')[0];
    const layout = performance.getEntriesByName('atlas:layout', 'measure')[0];
    const canvas = document.querySelector<HTMLElement>('.graph-canvas')!;
    return {
      firstDrawMs: draw ? draw.startTime : NaN,
      layoutMs: layout ? layout.duration : null,
      nodes: Number(canvas.dataset.nodes),
    };
  });
  return { ...timing, longestTaskMs, tasksOver200 };
}

/** Drags the canvas from an empty corner for about two seconds, recording requestAnimationFrame deltas. */
async function panFrames(page: Page): Promise<number[]> {
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  // A string, not a function: tsx would wrap the named inner function in a helper the page does not have.
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
  const x0 = box.x + 6;
  const y0 = box.y + 6;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    const angle = (i / steps) * 2 * Math.PI;
    await page.mouse.move(x0 + 200 * Math.sin(angle) + i, y0 + 120 * (1 - Math.cos(angle)));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

async function initialJavaScript(distDir: string) {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map(
      (m) => m[1]!,
    ),
  );
  const assets = (await readdir(path.join(distDir, 'assets'))).filter((f) => f.endsWith('.js'));
  const sizes = await Promise.all(
    assets.map(async (file) => {
      const bytes = await readFile(path.join(distDir, 'assets', file));
      return {
        file,
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
        initial: initial.has(`assets/${file}`),
      };
    }),
  );
  const initialGzip = sizes.filter((s) => s.initial).reduce((sum, s) => sum + s.gzipBytes, 0);
  return { initialGzipKiB: round(initialGzip / 1024), files: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes) };
}

export default async function ui(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      nodes: { type: 'string', default: '2000' },
      edges: { type: 'string', default: '10000' },
      'timeline-events': { type: 'string', default: '10000' },
      'no-timeline': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!hasChromium) {
    console.error(`bench ui: no Chromium at ${CHROMIUM}; install Debian's (apt-get install -y chromium)`);
    process.exitCode = 2;
    return;
  }
  const runs = Number(values.runs);
  const nodes = Number(values.nodes);
  const edges = Number(values.edges);

  console.log('bench ui: starting the atlas (builds the explorer if client/ changed)…');
  const atlas = await startAtlas();
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-ui-bench-'));
  const graphFile = path.join(dir, 'graph.json');
  await writeFile(graphFile, JSON.stringify(syntheticGraph(nodes, edges)));
  const proxy = await startProxy(atlas.url, graphFile);
  const browser = await launchChromium();
  // Every figure here is wall-clock time on a machine the bench may share: its load says how far to trust them.
  const loadAtStart = loadavg()[0]!;
  try {
    const bundle = await initialJavaScript(path.join(repoRoot, 'client/dist'));

    const real: DrawTiming[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      real.push(await timeFirstDraw(await context.newPage(), `${atlas.url}/`));
      await context.close();
    }

    const synthetic: (DrawTiming & { frames: number[] })[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const timing = await timeFirstDraw(page, `${proxy.url}/?data=/bench/graph.json`);
      await page.waitForTimeout(300);
      if (i === 0) await page.screenshot({ path: path.join(repoRoot, 'tests/artifacts/bench-ui-synthetic.png') });
      synthetic.push({ ...timing, frames: await panFrames(page) });
      await context.close();
    }
    const frames = synthetic.flatMap((s) => s.frames);

    // The timeline with synthetic events (scripts/bench/ui-timeline.ts).
    const timeline = values['no-timeline']
      ? null
      : await benchTimeline(browser, atlas.url, Number(values['timeline-events']));

    const figures = {
      targets,
      chromium: browser.version(),
      viewport: '1440x900, headless, --disable-gpu (software rendering)',
      runs,
      loadAverage: { atStart: round(loadAtStart, 2), atEnd: round(loadavg()[0]!, 2) },
      realData: {
        actors: real[0]!.nodes,
        firstDrawMs: round(median(real.map((r) => r.firstDrawMs))),
        firstDrawMsEachRun: real.map((r) => round(r.firstDrawMs)),
        layoutMs: round(median(real.map((r) => r.layoutMs ?? NaN))),
        longestTaskMs: round(Math.max(...real.map((r) => r.longestTaskMs))),
        longestTaskMsEachRun: real.map((r) => round(r.longestTaskMs)),
      },
      synthetic: {
        actors: nodes,
        relations: edges,
        firstDrawMs: round(median(synthetic.map((s) => s.firstDrawMs))),
        layoutMs: round(median(synthetic.map((s) => s.layoutMs ?? NaN))),
        layoutQuality: nodes > 500 ? 'draft' : 'default',
        longestTaskMs: round(Math.max(...synthetic.map((s) => s.longestTaskMs))),
        longestTaskMsEachRun: synthetic.map((s) => round(s.longestTaskMs)),
        tasksOver200EachRun: synthetic.map((s) => s.tasksOver200),
        pan: {
          frames: frames.length,
          meanMs: round(frames.reduce((a, b) => a + b, 0) / frames.length),
          p50Ms: round(percentile(frames, 50)),
          p95Ms: round(percentile(frames, 95)),
          maxMs: round(Math.max(...frames)),
          fps: round(1000 / (frames.reduce((a, b) => a + b, 0) / frames.length)),
        },
      },
      timeline,
      bundle,
    };
    printTable(
      ['measure', 'value', 'target'],
      [
        ['real data: first graph drawn (ms)', figures.realData.firstDrawMs, `≤ ${targets.firstDrawRealMs}`],
        ['real data: layout (ms, in a worker)', figures.realData.layoutMs, ''],
        ['real data: longest main-thread task (ms)', figures.realData.longestTaskMs, `≤ ${targets.longestTaskMs}`],
        [`synthetic ${nodes}/${edges}: first draw (ms)`, figures.synthetic.firstDrawMs, ''],
        [
          `synthetic ${nodes}/${edges}: layout (ms, ${figures.synthetic.layoutQuality})`,
          figures.synthetic.layoutMs,
          '',
        ],
        [
          `synthetic ${nodes}/${edges}: longest main-thread task (ms)`,
          figures.synthetic.longestTaskMs,
          `≤ ${targets.longestTaskMs}`,
        ],
        [
          'synthetic: longest task, each run (ms) / tasks over 200 ms',
          `${figures.synthetic.longestTaskMsEachRun.join(', ')} / ${figures.synthetic.tasksOver200EachRun.join(', ')}`,
          '',
        ],
        ['synthetic: pan frame p50 (ms)', figures.synthetic.pan.p50Ms, ''],
        ['synthetic: pan frame p95 (ms)', figures.synthetic.pan.p95Ms, `≤ ${targets.panFrameP95Ms}`],
        ['synthetic: pan fps (mean)', figures.synthetic.pan.fps, ''],
        ...(timeline
          ? [
              [`timeline ${timeline.events} events: first draw (ms)`, timeline.firstDrawMs, ''],
              [
                `timeline: whole period (${timeline.visibleAtWholePeriod} glyphs, ${timeline.modeAtWholePeriod}): zoom frame p50 / p95 (ms)`,
                `${timeline.zoomWholePeriodCanvas.p50Ms} / ${timeline.zoomWholePeriodCanvas.p95Ms}`,
                `p95 ≤ ${targets.panFrameP95Ms}`,
              ],
              [
                `timeline: whole period (${timeline.modeAtWholePeriod}): pan frame p50 / p95 (ms)`,
                `${timeline.panWholePeriodCanvas.p50Ms} / ${timeline.panWholePeriodCanvas.p95Ms}`,
                `p95 ≤ ${targets.panFrameP95Ms}`,
              ],
              [
                `timeline: zoomed in (${timeline.panZoomedIn.visible} glyphs, ${timeline.panZoomedIn.mode}): pan frame p50 / p95 (ms)`,
                `${timeline.panZoomedIn.p50Ms} / ${timeline.panZoomedIn.p95Ms}`,
                `p95 ≤ ${targets.panFrameP95Ms}`,
              ],
            ]
          : []),
        ['initial JS gzipped (KiB)', bundle.initialGzipKiB, `≤ ${targets.initialJsGzipKiB}`],
        [
          'machine load average (1 min), start / end',
          `${figures.loadAverage.atStart} / ${figures.loadAverage.atEnd}`,
          '',
        ],
        ...bundle.files.map((f) => [
          `  ${f.initial ? 'initial' : 'lazy'} ${f.file} (KiB gz)`,
          round(f.gzipBytes / 1024),
          '',
        ]),
      ],
    );
    await writeResults('ui', figures);
  } finally {
    await browser.close();
    await proxy.close();
    await atlas.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
