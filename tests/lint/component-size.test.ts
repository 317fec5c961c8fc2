import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixture.ts';

/**
 * No explorer component over 400 lines (eslint.config.js, `max-lines` on client/src/**\/*.tsx): the rule is shown
 * to fire on a 401-line component linted in memory, to stay quiet on a short one and on a long plain module.
 */

const eslint = new ESLint({ cwd: repoRoot });

/** A component of exactly `lines` lines: a list of one JSX item per line. */
function componentOf(lines: number): string {
  const items = Array.from({ length: lines - 4 }, (_, i) => `    <li key="${i}">${i}</li>,`);
  return ['export function Probe() {', '  return [', ...items, '  ];', '}'].join('\n') + '\n';
}

async function sizeMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  expect(
    result!.messages.filter((m) => m.fatal),
    `${file} did not parse`,
  ).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'max-lines').map((m) => m.message);
}

describe('explorer component size (eslint.config.js)', () => {
  it('refuses a 401-line component', async () => {
    const code = componentOf(401);
    expect(code.split('\n')).toHaveLength(402); // 401 lines and the final newline
    const messages = await sizeMessages('client/src/features/graph/Probe.tsx', code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/400/);
  });

  it('allows a 400-line component and a short one', async () => {
    expect(await sizeMessages('client/src/features/graph/Probe.tsx', componentOf(400))).toEqual([]);
    expect(await sizeMessages('client/src/app/Probe.tsx', componentOf(20))).toEqual([]);
  });

  it('leaves files that are not explorer components alone', async () => {
    expect(await sizeMessages('server/src/api/probe.tsx', componentOf(401))).toEqual([]);
  });
});
