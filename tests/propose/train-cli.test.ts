import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** `npm run train` refuses bad arguments with one line that says what is wrong and exit code 2, before it trains. */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function train(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run train with bad arguments', () => {
  it.each<[string[], RegExp]>([
    [['--set', '1-3'], /Unknown option '--set'[\s\S]*usage: npm run train/],
    [['1-3'], /Unexpected argument '1-3'[\s\S]*usage: npm run train/],
    [['--sets', 'first'], /--sets first: a set number or a range/],
    [['--sets', '1', '--out', '/nonexistent-train-folder'], /--out \/nonexistent-train-folder: no such folder/],
  ])('%j: says what is wrong, exit code 2, no stack', (args, message) => {
    const result = train(...args);
    expect(result.stderr).toMatch(new RegExp(`^train: ${message.source}`));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });
});
