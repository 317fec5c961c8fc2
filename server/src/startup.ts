import { spawnSync } from 'node:child_process';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * What `npm start` checks before serving: whether the explorer needs building and whether the bundle needs
 * ingesting again, by file times.
 */

/** The newest modification time (ms) among files under the paths, directories walked (node_modules skipped). */
export async function newestFileTime(paths: readonly string[], accept: (file: string) => boolean = () => true) {
  let newest = 0;
  let newestFile: string | null = null;
  const visit = async (entry: string): Promise<void> => {
    let info;
    try {
      info = await stat(entry);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      if (path.basename(entry) === 'node_modules') return;
      for (const name of await readdir(entry)) await visit(path.join(entry, name));
    } else if (info.isFile() && accept(entry) && info.mtimeMs > newest) {
      newest = info.mtimeMs;
      newestFile = entry;
    }
  };
  for (const entry of paths) await visit(entry);
  return { time: newest, file: newestFile as string | null };
}

/** Why the explorer needs building (client/dist missing or older than its sources), or null. */
export async function clientBuildReason(clientRoot: string): Promise<string | null> {
  const built = await newestFileTime([path.join(clientRoot, 'dist')]);
  const index = path.join(clientRoot, 'dist', 'index.html');
  try {
    await stat(index);
  } catch {
    return 'client/dist is missing';
  }
  const sources = await newestFileTime([
    path.join(clientRoot, 'src'),
    path.join(clientRoot, 'index.html'),
    path.join(clientRoot, 'vite.config.ts'),
    path.join(clientRoot, 'package.json'),
  ]);
  if (sources.time > built.time) return `${path.relative(clientRoot, sources.file!)} is newer than client/dist`;
  return null;
}

/** Builds the explorer with its own npm script; false when the build failed. */
export function buildClient(repoRoot: string): boolean {
  // A production build whatever environment started us (under a test runner NODE_ENV is "test", and Vite would
  // then ship React's development build).
  const result = spawnSync('npm', ['run', 'build', '-w', 'client'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return result.status === 0;
}

export interface BundleInputs {
  bundlePath: string;
  kbDir: string;
  manifestPath: string;
  corpusDir: string;
}

/** Why the bundle needs ingesting again (missing, or older than an input), or null when it is fresh. */
export async function bundleStaleReason(inputs: BundleInputs): Promise<string | null> {
  let bundleTime: number;
  try {
    bundleTime = (await stat(inputs.bundlePath)).mtimeMs;
  } catch {
    return 'there is no bundle yet';
  }
  const kb = await newestFileTime([inputs.kbDir]);
  const manifest = await newestFileTime([inputs.manifestPath]);
  const corpus = await newestFileTime([inputs.corpusDir], (file) => file.endsWith('.txt'));
  for (const input of [kb, manifest, corpus]) {
    if (input.file && input.time > bundleTime) return `${input.file} is newer than the bundle`;
  }
  const builtWithCorpus = await bundleCorpusPresent(inputs.bundlePath);
  const corpusNow = corpus.file !== null;
  if (builtWithCorpus !== null && builtWithCorpus !== corpusNow) {
    return corpusNow
      ? 'the bundle was built without the source texts, which are now present'
      : 'the bundle was built with source texts that are now absent';
  }
  return null;
}

/**
 * Whether the bundle was built with the corpus, read from its head: the serialiser writes `corpus` third, within
 * the first few hundred bytes, so a large bundle need not be parsed twice. Null when the head does not say.
 */
async function bundleCorpusPresent(bundlePath: string): Promise<boolean | null> {
  const handle = await open(bundlePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    const match = /"corpus":\s*\{\s*"present":\s*(true|false)/.exec(buffer.subarray(0, bytesRead).toString('utf8'));
    return match ? match[1] === 'true' : null;
  } finally {
    await handle.close();
  }
}
