import { constants } from 'node:fs';
import { copyFile, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * All the files of one decision switch together or not at all. Each new file is written whole and synced beside its
 * target (`<file>.review.tmp`); then a journal naming them is written (atomically, as one more temporary renamed
 * into place); then each temporary is renamed over its target and the journal removed. A process killed before the
 * journal exists leaves the knowledge base as before (the temporaries are swept at the next start); killed after,
 * the next start (`recoverTransaction`) finishes the renames: the knowledge base is as after. A failure during the
 * renames (not a kill) puts the saved originals back.
 */

export const JOURNAL = '.review-transaction.json';
const TEMP_SUFFIX = '.review.tmp';
const BACKUP_SUFFIX = '.review.bak';

/** The file operations a transaction makes, replaceable so that tests can make one fail (a full disk). */
export interface FileOps {
  writeFile(file: string, contents: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const nodeFileOps: FileOps = {
  async writeFile(file, contents) {
    const handle = await open(file, 'w');
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
};

/** A file name of the knowledge base, never a path: decisions cannot reach outside KB_DIR. */
export function kbFile(kbDir: string, name: string): string {
  if (!/^[a-z][a-z-]*\.yaml$/.test(name)) throw new Error(`not a knowledge-base file name: ${name}`);
  const file = path.resolve(kbDir, name);
  if (path.dirname(file) !== path.resolve(kbDir)) throw new Error(`outside the knowledge base: ${name}`);
  return file;
}

/** Writes `files` (name → new text) into kbDir as one transaction. */
export async function commitFiles(kbDir: string, files: Map<string, string>, ops: FileOps = nodeFileOps) {
  const names = [...files.keys()].sort();
  const targets = names.map((name) => kbFile(kbDir, name));
  try {
    for (const [index, name] of names.entries()) await ops.writeFile(targets[index]! + TEMP_SUFFIX, files.get(name)!);
    const journal = path.join(kbDir, JOURNAL);
    await ops.writeFile(journal + TEMP_SUFFIX, `${JSON.stringify({ files: names })}\n`);
    await ops.rename(journal + TEMP_SUFFIX, journal);
  } catch (error) {
    await sweepTemporaries(kbDir, names);
    throw error;
  }
  // Past this point the decision is committed: a kill now is finished by recoverTransaction.
  const backups: string[] = [];
  try {
    for (const target of targets) {
      await copyFile(target, target + BACKUP_SUFFIX).then(
        () => backups.push(target),
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        },
      );
    }
    for (const target of targets) await ops.rename(target + TEMP_SUFFIX, target);
  } catch (error) {
    for (const target of backups) await rename(target + BACKUP_SUFFIX, target).catch(() => {});
    await sweepTemporaries(kbDir, names);
    await rm(path.join(kbDir, JOURNAL), { force: true });
    throw error;
  }
  await rm(path.join(kbDir, JOURNAL), { force: true });
  await Promise.all(targets.map((target) => rm(target + BACKUP_SUFFIX, { force: true })));
}

async function sweepTemporaries(kbDir: string, names: readonly string[]) {
  await Promise.all(
    [...names.map((name) => kbFile(kbDir, name)), path.join(kbDir, JOURNAL)].map((file) =>
      rm(file + TEMP_SUFFIX, { force: true }),
    ),
  );
}

/**
 * Finishes or forgets a transaction a killed process left: with a journal, every temporary still there is renamed
 * over its target (the decision was complete on disk); without one, temporaries are removed. Returns what it did.
 */
export async function recoverTransaction(kbDir: string): Promise<'none' | 'finished' | 'discarded'> {
  const journal = path.join(kbDir, JOURNAL);
  let names: string[] | null = null;
  try {
    const parsed = JSON.parse(await readFile(journal, 'utf8')) as { files?: unknown };
    if (Array.isArray(parsed.files) && parsed.files.every((n) => typeof n === 'string')) names = parsed.files;
  } catch {
    names = null;
  }
  const leftovers = (await readdir(kbDir)).filter((n) => n.endsWith(TEMP_SUFFIX) || n.endsWith(BACKUP_SUFFIX));
  if (names) {
    for (const name of names) {
      const target = kbFile(kbDir, name);
      try {
        await rename(target + TEMP_SUFFIX, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
  await Promise.all(leftovers.map((n) => rm(path.join(kbDir, n), { force: true })));
  await rm(journal, { force: true });
  return names ? 'finished' : leftovers.length > 0 ? 'discarded' : 'none';
}

/** Holds the knowledge base for one decision across processes: a second curator server gets a clear refusal. */
export async function acquireLockFile(kbDir: string): Promise<() => Promise<void>> {
  const file = path.join(kbDir, '.review.lock');
  const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
  // A lock whose process is gone (killed mid-decision) is stale: the transaction journal has the rest.
  if (Number.isInteger(holder) && !processRuns(holder)) await rm(file, { force: true });
  const handle = await open(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
  await handle.writeFile(`${process.pid}\n`);
  await handle.close();
  return () => rm(file, { force: true });
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
