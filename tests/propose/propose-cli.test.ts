import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run propose`'s time limit per document: a source not read in time stops the run with one line naming it and
 * nothing written; a bad limit is refused before anything is read.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// An invented article, repeated to about 300,000 characters: far more than 50 ms of reading.
const PARAGRAPH =
  'La société lyonnaise Ferrovia Data a levé 4 millions d’euros en mars 2024 auprès de Bpifrance. ' +
  'Son directeur général, Paul Berthier, veut ouvrir un centre de données à Dijon.\n\n';

describe('npm run propose under a time limit per document', () => {
  let dir = '';
  let env: Record<string, string> = {};
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-propose-cli-'));
    env = {
      KB_DIR: path.join(root, 'data/kb'),
      CORPUS_DIR: path.join(dir, 'corpus'),
      MANIFEST: path.join(dir, 'manifest.json'),
      BUILD_DIR: path.join(dir, 'build'),
    };
    mkdirSync(env.CORPUS_DIR!);
    mkdirSync(env.BUILD_DIR!);
    // the curated manifest (its texts are not copied: propose skips them, and reads the one added here by --source)
    copyFileSync(path.join(root, 'data/corpus/manifest.json'), env.MANIFEST!);
    writeFileSync(path.join(dir, 'long.txt'), PARAGRAPH.repeat(Math.ceil(300_000 / PARAGRAPH.length)));
    const added = run(
      'scripts/add-source.ts',
      path.join(dir, 'long.txt'),
      '--title',
      'Ferrovia',
      '--id',
      'ferrovia-long',
      '--published',
      '2024-05-02',
    );
    if (added.status !== 0) throw new Error(`add-source failed: ${added.stderr}`);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops on a source not read in time, names it, exit code 1, nothing written', () => {
    const out = path.join(dir, 'build', 'timed-out.json');
    const result = run('scripts/propose.ts', '--source', 'ferrovia-long', '--time-limit', '0.05', '--out', out);
    expect(result.stderr).toMatch(/^propose: source "ferrovia-long": .*0\.05 s.*nothing was written/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('reads the same source with the default limit, and with none, to the same bytes', () => {
    const limited = path.join(dir, 'build', 'limited.json');
    const unlimited = path.join(dir, 'build', 'unlimited.json');
    expect(run('scripts/propose.ts', '--source', 'ferrovia-long', '--out', limited).status).toBe(0);
    expect(run('scripts/propose.ts', '--source', 'ferrovia-long', '--time-limit', '0', '--out', unlimited).status).toBe(
      0,
    );
    const proposals = readFileSync(limited, 'utf8');
    expect(JSON.parse(proposals).fundings.length).toBeGreaterThan(0);
    expect(readFileSync(unlimited, 'utf8')).toBe(proposals);
  }, 120_000);

  it.each(['-1', 'ten', '1e3', ''])('refuses --time-limit %j in one line, exit code 2', (limit) => {
    const result = run('scripts/propose.ts', `--time-limit=${limit}`);
    expect(result.stderr).toMatch(/^propose: --time-limit must be a number of seconds/);
    expect(result.status).toBe(2);
  });
});
