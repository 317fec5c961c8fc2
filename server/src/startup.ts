import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
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
  const result = spawnSync('npm', ['run', 'build', '-w', 'client'], { cwd: repoRoot, stdio: 'inherit' });
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
  return null;
}
