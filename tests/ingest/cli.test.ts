import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { runIngest } from '../../server/src/ingest/ingest.ts';
import { copyOfMiniFixture, repoRoot } from '../support/fixture.ts';

/**
 * The ingest through its command line, as a curator runs it (`npx tsx scripts/ingest.ts`, the inputs named by
 * KB_DIR, MANIFEST, CORPUS_DIR and BUILD_DIR): every malformed input is reported as `file:line: reason` on standard
 * error with exit code 1, and the build folder (the previous bundle and its report) stays byte-identical. Then a
 * SIGKILL in the middle of an ingest, during extraction and during the write itself, leaves the previous bundle
 * intact and served. (tests/ingest/validation.test.ts checks the same faults in process, message by message.)
 */

type Fixture = Awaited<ReturnType<typeof copyOfMiniFixture>>;

/** A private copy of the mini fixture with its previous bundle built (in process), for one test to break. */
async function fixtureWithBundle(): Promise<Fixture> {
  const fixture = await copyOfMiniFixture();
  await runIngest(fixture.options);
  return fixture;
}

const kbFile = (fixture: Fixture, name: string) => path.join(fixture.options.kbDir, `${name}.yaml`);
const corpusFile = (fixture: Fixture, name: string) => path.join(fixture.options.corpusDir, name);

function cliEnv(fixture: Fixture): NodeJS.ProcessEnv {
  const { kbDir, manifestPath, corpusDir, outDir } = fixture.options;
  return { ...process.env, KB_DIR: kbDir, MANIFEST: manifestPath, CORPUS_DIR: corpusDir, BUILD_DIR: outDir! };
}

/** Every file of the build folder, name → bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(path.join(dir, name)));
  return files;
}

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: string[];
}

interface Cli {
  child: ChildProcess;
  done: Promise<CliRun>;
  stderr: () => string;
  /** SIGKILL to npx and everything it started (the node process running the ingest is npx's grandchild). */
  kill: () => void;
}

function spawnCli(fixture: Fixture, args: string[] = []): Cli {
  const child = spawn('npx', ['tsx', 'scripts/ingest.ts', ...args], {
    cwd: repoRoot,
    env: cliEnv(fixture),
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    process.kill(-child.pid!, 'SIGKILL');
  };
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) =>
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        // npx's own warnings about the machine's npm configuration are not the ingest's.
        lines: stderr.split('\n').filter((line) => line !== '' && !/^npm (warn|WARN|notice)/.test(line)),
      }),
    ),
  );
  return { child, done, stderr: () => stderr, kill };
}

const ISSUE_LINE = /^[^:]+(:\d+)?: .+/;

const tally = { runs: 0, exit1: 0, lines: 0, expected: 0, untouched: 0 };
afterAll(() => {
  if (tally.runs === 0) return;
  console.info(
    `ingest CLI: ${tally.runs} runs on malformed input: ${tally.exit1} exited 1; ${tally.lines} lines on standard error, ` +
      `all \`file[:line]: reason\` (${tally.expected} expected problems found at their line); build folder byte-identical in ${tally.untouched}`,
  );
});

/**
 * Runs the CLI on the broken fixture: exit 1, every line of standard error `file[:line]: reason`, each expected
 * problem among them, and the build folder untouched.
 */
async function expectCliRejects(
  expect: ExpectStatic,
  fixture: Fixture,
  expected: { file: string; line?: number; reason: RegExp }[],
): Promise<string[]> {
  const outDir = fixture.options.outDir!;
  const before = await snapshot(outDir);
  const { code, lines } = await spawnCli(fixture).done;
  tally.runs++;
  expect(code, lines.join('\n')).toBe(1);
  tally.exit1++;
  tally.lines += lines.length;
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line, 'every line of standard error is `file:line: reason`').toMatch(ISSUE_LINE);
  expect(lines.at(-1)).toMatch(/^ingest: \d+ problems?; nothing was written\.$/);
  for (const { file, line, reason } of expected) {
    const located = `${path.join(fixture.dir, file)}${line === undefined ? '' : `:${line}`}: `;
    const found = lines.find((l) => l.startsWith(located) && reason.test(l.slice(located.length)));
    expect(found, `expected "${located}${reason.source}" in:\n${lines.join('\n')}`).toBeDefined();
    tally.expected++;
  }
  const after = await snapshot(outDir);
  expect([...after.keys()], 'no file added to or removed from the build folder').toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), `${name} is byte-identical`).toBe(true);
  tally.untouched++;
  return lines;
}

/** A test on a fresh fixture, which `breakIt` breaks; the CLI must then reject it as `expected` says. */
function rejects(
  name: string,
  breakIt: (fixture: Fixture) => Promise<void>,
  expected: { file: string; line?: number; reason: RegExp }[],
) {
  it(name, async ({ expect }) => {
    const fixture = await fixtureWithBundle();
    try {
      await breakIt(fixture);
      await expectCliRejects(expect, fixture, expected);
    } finally {
      await fixture.cleanup();
    }
  });
}

const replaceIn = async (file: string, from: string, to: string) => {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  await writeFile(file, text.replace(from, to));
};

// Each case spawns its own CLI: they run side by side.
describe.concurrent('the ingest CLI on malformed input', () => {
  rejects(
    'reports bad YAML at its line',
    (f) => appendFile(kbFile(f, 'relations'), '- id: broken\n  type: [unclosed\n'),
    [{ file: 'kb/relations.yaml', line: 18, reason: /^YAML/ }],
  );

  rejects(
    'reports an unknown reference at the line of the field, with a suggestion',
    (f) => replaceIn(kbFile(f, 'relations'), 'from: acme\n', 'from: acmee\n'),
    [{ file: 'kb/relations.yaml', line: 10, reason: /unknown actor "acmee".*did you mean "acme"/ }],
  );

  rejects(
    'reports a duplicate id at its second definition',
    async (f) => {
      const text = await readFile(kbFile(f, 'fundings'), 'utf8');
      await writeFile(kbFile(f, 'fundings'), text + text);
    },
    [{ file: 'kb/fundings.yaml', line: 10, reason: /duplicate id .*first defined at line 1/ }],
  );

  rejects(
    'reports a missing quote: an unterminated string, evidence without its quote, a quote not in its source',
    async (f) => {
      await replaceIn(kbFile(f, 'actors'), 'name: "Banque Publique"', 'name: "Banque Publique');
      await replaceIn(kbFile(f, 'relations'), '      quote: "as the offspring of the Common Cloud programme"\n', '');
      await replaceIn(kbFile(f, 'events'), "lancé par l'État", 'lancé par le gouvernement');
    },
    [
      { file: 'kb/actors.yaml', line: 27, reason: /^YAML: Missing closing "quote/ },
      { file: 'kb/relations.yaml', line: 6, reason: /evidence\.0\.quote/ },
      { file: 'kb/events.yaml', line: 24, reason: /quote not found in source "mini-fr".*nearest passage/ },
    ],
  );

  rejects(
    'reports files that are not UTF-8, in the knowledge base and in the corpus',
    async (f) => {
      for (const file of [kbFile(f, 'actors'), corpusFile(f, 'mini-fr.txt')])
        await writeFile(file, Buffer.from(await readFile(file, 'utf8'), 'latin1'));
    },
    [
      {
        file: 'kb/actors.yaml',
        line: 8,
        reason: /^not valid UTF-8 \(byte 0x[0-9a-f]{2} at offset \d+\); save the file as UTF-8$/,
      },
      { file: 'corpus/mini-fr.txt', line: 1, reason: /not valid UTF-8/ },
    ],
  );

  rejects(
    'reports empty files',
    async (f) => {
      await writeFile(kbFile(f, 'events'), '');
      await writeFile(corpusFile(f, 'mini-en.txt'), ' \n\n');
    },
    [
      { file: 'kb/events.yaml', line: 1, reason: /^empty file$/ },
      { file: 'corpus/mini-en.txt', line: 1, reason: /^empty file \(only white space\)$/ },
    ],
  );

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  rejects(
    'reports binary files',
    async (f) => {
      await writeFile(corpusFile(f, 'mini-fr.txt'), png);
      await writeFile(kbFile(f, 'disputes'), Buffer.concat([Buffer.from('- id: x\n'), png]));
    },
    [
      { file: 'corpus/mini-fr.txt', line: 3, reason: /^binary file \(NUL byte\)/ },
      { file: 'kb/disputes.yaml', line: 4, reason: /^binary file \(NUL byte\)/ },
    ],
  );

  rejects(
    'reports 50 MB files over the size limits without reading them',
    async (f) => {
      const fifty = Buffer.alloc(50 * 1024 * 1024, 'a');
      await writeFile(corpusFile(f, 'mini-en.txt'), fifty);
      await writeFile(kbFile(f, 'fundings'), fifty);
    },
    [
      { file: 'corpus/mini-en.txt', reason: /^file is 50\.0 MiB, over the limit of 16\.0 MiB/ },
      { file: 'kb/fundings.yaml', reason: /^file is 50\.0 MiB, over the limit of 8\.0 MiB/ },
    ],
  );

  rejects(
    'refuses a source URL that is not http(s), such as javascript:',
    async (f) => {
      const manifest = JSON.parse(await readFile(f.options.manifestPath, 'utf8')) as {
        sources: Record<string, unknown>[];
      };
      manifest.sources[0]!.url = 'javascript:alert(1)'; // eslint-disable-line no-script-url -- the refused input
      await writeFile(f.options.manifestPath, JSON.stringify(manifest, null, 2));
    },
    [{ file: 'manifest.json', line: 16, reason: /^"mini-en" url: an http:\/\/ or https:\/\/ URL$/ }],
  );
});

// ---------------------------------------------------------------- SIGKILL in the middle of an ingest

/**
 * A large, valid addition to the fixture: one more English source dense with mentions (about 2.5 MB of text, 220,000
 * mentions, a bundle of about 9 MB), so that extraction and the write of the bundle take long enough to be
 * interrupted.
 */
async function addBulkSource(fixture: Fixture): Promise<void> {
  const manifest = JSON.parse(await readFile(fixture.options.manifestPath, 'utf8')) as { sources: unknown[] };
  manifest.sources.unshift({
    id: 'bulk-en',
    file: 'bulk-en.txt',
    title: 'A large synthetic English text',
    language: 'en',
    published: {
      value: '2012',
      precision: 'year',
      basis: { fr: 'Écrit pour les tests.', en: 'Written for the tests.' },
    },
  });
  await writeFile(fixture.options.manifestPath, JSON.stringify(manifest, null, 2));
  const sentences = [
    'Acme met the State, Acme and the State met Acme, and the State met Acme again.',
    'The State and Acme, then Acme and the State, and Acme with the State.',
  ];
  const parts: string[] = [];
  for (let i = 0, length = 0; length < 2_500_000; i++) {
    const part = `${sentences[i % 2]}${i % 8 === 7 ? '\n' : ' '}`;
    parts.push(part);
    length += part.length;
  }
  await writeFile(corpusFile(fixture, 'bulk-en.txt'), parts.join(''));
}

interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** The real server (server/src/main.ts) on the build folder as it is: no ingest, no client build. */
async function startServer(fixture: Fixture): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', '--no-build', '--no-ingest'], {
    cwd: repoRoot,
    env: { ...cliEnv(fixture), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = performance.now() + 30_000;
  for (;;) {
    const url = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
    if (url) {
      return {
        url,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    }
    if (child.exitCode !== null || performance.now() > deadline) throw new Error(`server did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function servedVersion(server: Server): Promise<string> {
  const res = await fetch(`${server.url}/api/meta`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { version: string }).version;
}

// Beside the malformed-input cases.
describe.concurrent('the ingest killed in the middle', () => {
  it('leaves the previous bundle byte-identical and served, whether killed during extraction or mid-write', async ({
    expect,
  }) => {
    const fixture = await fixtureWithBundle();
    const outDir = fixture.options.outDir!;
    const bundlePath = path.join(outDir, 'bundle.json');
    const previous = await readFile(bundlePath);
    const previousVersion = (JSON.parse(previous.toString('utf8')) as { version: string }).version;
    await addBulkSource(fixture);

    const before = await startServer(fixture);
    try {
      expect(await servedVersion(before)).toBe(previousVersion);

      // 1. Killed as soon as it reports extraction.
      const duringExtraction = spawnCli(fixture);
      duringExtraction.child.stderr!.on('data', () => {
        if (/^ingest: extraction /m.test(duringExtraction.stderr())) duringExtraction.kill();
      });
      const first = await duringExtraction.done;
      expect(first.signal ?? first.code, first.lines.join('\n')).toBe('SIGKILL');
      expect((await readFile(bundlePath)).equals(previous)).toBe(true);

      // 2. Killed while it writes the new bundle: once its temporary file holds some bytes but not all of them.
      let temporary: string | null = null;
      let killedWith = 0;
      const midWrite = spawnCli(fixture, ['--quiet']);
      const poll = async (): Promise<void> => {
        while (midWrite.child.exitCode === null && midWrite.child.signalCode === null) {
          const size = await stat(temporary!).then(
            (s) => s.size,
            () => 0,
          );
          if (size > 0) {
            midWrite.kill();
            killedWith = size;
            return;
          }
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const watcher = watch(outDir, (_event, name) => {
        if (temporary === null && name?.startsWith('bundle.json.') && name.endsWith('.tmp')) {
          temporary = path.join(outDir, name);
          void poll();
        }
      });
      const second = await midWrite.done;
      watcher.close();
      expect(second.signal, second.lines.join('\n')).toBe('SIGKILL');
      expect(temporary, 'the ingest reached the write of the bundle').not.toBeNull();
      expect(killedWith).toBeGreaterThan(0);

      // The previous bundle is untouched; the temporary file is left, and never taken for a bundle. The kill lands
      // a few milliseconds after the first bytes, so on a busy machine the write (not yet the rename) may have ended.
      expect((await readFile(bundlePath)).equals(previous)).toBe(true);
      const left = await readFile(temporary!);
      expect(left.length).toBeGreaterThan(0);
      const names = await readdir(outDir);
      expect(names.filter((name) => name.endsWith('.json'))).toEqual(['bundle.json', 'report.json']);

      // Served all along by the server started before, and by a server started now.
      expect(await servedVersion(before)).toBe(previousVersion);
      const after = await startServer(fixture);
      try {
        expect(await servedVersion(after)).toBe(previousVersion);
      } finally {
        await after.stop();
      }

      // The next complete ingest replaces the bundle and clears what the killed one left behind.
      const third = await spawnCli(fixture, ['--quiet']).done;
      expect(third.code, third.lines.join('\n')).toBe(0);
      expect((await readdir(outDir)).sort()).toEqual(['bundle.json', 'report.json']);
      const written = await readFile(bundlePath);
      const current = JSON.parse(written.toString('utf8')) as { version: string; mentions: unknown[] };
      expect(current.version).not.toBe(previousVersion);
      // What the killed ingest left is the start of the same (deterministic) bundle, cut off or whole, never other bytes.
      expect(left.length).toBeLessThanOrEqual(written.length);
      expect(left.equals(written.subarray(0, left.length)), 'the temporary file is a prefix of the bundle').toBe(true);
      const cut =
        left.length < written.length
          ? `cut off at ${(left.length / 1024 / 1024).toFixed(1)} of ${(written.length / 1024 / 1024).toFixed(1)} MiB`
          : 'written whole, not yet renamed';
      console.info(
        `ingest CLI: killed during extraction and mid-write (seen at ${(killedWith / 1024 / 1024).toFixed(1)} MiB; temporary file ${cut}): previous bundle ${previousVersion} byte-identical and served`,
      );
    } finally {
      await before.stop();
      await fixture.cleanup();
    }
  });
});
