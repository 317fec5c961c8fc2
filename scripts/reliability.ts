#!/usr/bin/env tsx
/**
 * npm run reliability -- <name> [options]
 *   Runs one registered reliability check by name: long runs that print their figures and write
 *   bench/results/reliability-<name>.json, kept out of `npm test` because they take minutes. Each check is a
 *   module under scripts/reliability/ whose default export takes the remaining arguments and returns an exit code.
 *   load   the API under 50 connections for 60 s, its memory, then the rate limit (scripts/reliability/load.ts)
 * Exit codes: 0 every figure within its bound, 1 a bound missed, 2 unknown check or bad usage.
 */

type Check = () => Promise<{ default: (args: string[]) => Promise<number> }>;

const checks: Record<string, Check> = {
  load: () => import('./reliability/load.ts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : checks[name];
  if (!load) {
    console.error(
      `reliability: ${name === undefined ? 'name a check' : `no check "${name}"`}; known: ${Object.keys(checks).join(', ')}\n` +
        'usage: npm run reliability -- <check> [options]',
    );
    return 2;
  }
  return (await load()).default(args);
}

process.exitCode = await main(process.argv.slice(2));

export {};
