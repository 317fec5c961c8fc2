import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleStaleReason } from '../server/src/startup.ts';

let dir: string;
let inputs: Parameters<typeof bundleStaleReason>[0];
const past = new Date('2020-01-01T00:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-startup-'));
  inputs = {
    bundlePath: path.join(dir, 'build/bundle.json'),
    kbDir: path.join(dir, 'kb'),
    manifestPath: path.join(dir, 'manifest.json'),
    corpusDir: path.join(dir, 'corpus'),
  };
  await mkdir(inputs.kbDir);
  await mkdir(inputs.corpusDir);
  await mkdir(path.dirname(inputs.bundlePath));
  await writeFile(path.join(inputs.kbDir, 'actors.yaml'), '[]');
  await writeFile(inputs.manifestPath, '{}');
  for (const file of [path.join(inputs.kbDir, 'actors.yaml'), inputs.manifestPath]) await utimes(file, past, past);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const writeBundle = (present: boolean) =>
  writeFile(
    inputs.bundlePath,
    JSON.stringify({ schemaVersion: 1, version: 'x', corpus: { present, documents: 0 } }, null, 1),
  );

describe('bundleStaleReason', () => {
  it('asks for an ingest when there is no bundle, or an input is newer', async () => {
    expect(await bundleStaleReason(inputs)).toMatch(/no bundle/);
    await writeBundle(false);
    expect(await bundleStaleReason(inputs)).toBeNull();
    await writeFile(path.join(inputs.kbDir, 'events.yaml'), '[]');
    await utimes(inputs.bundlePath, past, past);
    expect(await bundleStaleReason(inputs)).toMatch(/events\.yaml is newer/);
  });

  it('asks for an ingest when the texts appeared or disappeared since the bundle was built', async () => {
    await writeFile(path.join(inputs.corpusDir, 'a.txt'), 'text');
    await utimes(path.join(inputs.corpusDir, 'a.txt'), past, past);
    await writeBundle(false);
    expect(await bundleStaleReason(inputs)).toMatch(/built without the source texts/);
    await writeBundle(true);
    expect(await bundleStaleReason(inputs)).toBeNull();
    await rm(path.join(inputs.corpusDir, 'a.txt'));
    expect(await bundleStaleReason(inputs)).toMatch(/now absent/);
  });
});
