import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Writes beside the target and renames over it, so a reader sees the old file or the new one, never half of one. */
export async function writeFileAtomically(target: string, contents: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await removeStaleTemporaries(target);
}

/**
 * Removes the temporary files that earlier writes of `target` left behind when their process was killed mid-write
 * (`<target>.<pid>.<time>.tmp` of a process that no longer runs). They never count as the target, but they would pile
 * up; a write still in progress (this process, or another one alive) keeps its own.
 */
async function removeStaleTemporaries(target: string): Promise<void> {
  const directory = path.dirname(target);
  const prefix = `${path.basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return;
  }
  const stale = names.filter((name) => {
    const match = name.startsWith(prefix) ? /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length)) : null;
    return match !== null && !processRuns(Number(match[1]));
  });
  await Promise.all(stale.map((name) => rm(path.join(directory, name), { force: true })));
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
