import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * What the end-to-end tests and the UI benchmark share: the system Chromium (Debian's, never a downloaded build),
 * and the real server started the way `npm start` starts it (tsx running server/src/main.ts, which builds the
 * explorer when client/ changed and ingests when the bundle is stale), on a free port, waited for on /readyz.
 */

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const artifactsDir = path.join(repoRoot, 'tests/artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

let axeSource: Promise<string> | null = null;

/**
 * axe-core on the page as it is now: every violation written to tests/artifacts/axe-<label>.json, the serious and
 * critical ones returned as "rule: help (targets)" lines, so that a pass is an empty list.
 */
export async function seriousAxeViolations(page: Page, label: string): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe
      .run;
    const results = (await run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    return results.violations;
  });
  await mkdir(artifactsDir, { recursive: true });
  await writeFile(path.join(artifactsDir, `axe-${label}.json`), JSON.stringify(violations, null, 2));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export interface RunningAtlas {
  url: string;
  stderr: () => string;
  stop: () => Promise<void>;
}

/** The real corpus when it sits beside the checkout (or CORPUS_DIR names it): quotes then carry offsets. */
function corpusDir(): string | undefined {
  if (process.env.CORPUS_DIR) return process.env.CORPUS_DIR;
  const beside = path.resolve(repoRoot, '../shared/corpus');
  return existsSync(beside) ? beside : undefined;
}

export async function startAtlas(
  env: Record<string, string> = {},
  timeoutMs = 180_000,
  args: readonly string[] = [],
): Promise<RunningAtlas> {
  const corpus = corpusDir();
  // vitest sets NODE_ENV=test, and a Vite build run under it would bundle React's development build.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
    cwd: repoRoot,
    env: {
      ...inherited,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...(corpus ? { CORPUS_DIR: corpus } : {}),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };

  const deadline = performance.now() + timeoutMs;
  let url: string | null = null;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the atlas server exited (${child.exitCode}):\n${stderr}`);
    url ??= /listening on (http:\/\/\S+)/.exec(stderr)?.[1] ?? null;
    if (url) {
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return { url, stderr: () => stderr, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the atlas server was not ready within ${timeoutMs / 1000} s:\n${stderr}`);
}

/** A phone as a phone's browser lays pages out: its viewport, the meta viewport, touch, a dense screen. */
export const phoneContext = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;

/**
 * A test file's atlas, ingesting into a build directory of its own (whatever data/build holds), and a browser;
 * `stop` closes both and removes the directory.
 */
export async function startAtlasAndBrowser(
  name: string,
  env: Record<string, string> = {},
): Promise<{ atlas: RunningAtlas; browser: Browser; stop: () => Promise<void> }> {
  const buildDir = await mkdtemp(path.join(tmpdir(), `atlas-${name}-`));
  const atlas = await startAtlas({ BUILD_DIR: buildDir, ...env });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await atlas.stop();
    throw error;
  });
  const stop = async () => {
    await browser.close();
    await atlas.stop();
    await rm(buildDir, { recursive: true, force: true });
  };
  return { atlas, browser, stop };
}
