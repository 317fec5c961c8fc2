import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceManifestSchema } from '../domain/model.ts';
import { addSource, AddSourceError, type AddSourceRequest } from './add-source.ts';

const ARTICLE =
  "La société Nébulis a été fondée en 2019 à Lyon. Elle a levé 12 millions d'euros auprès de fonds français et " +
  'vise les collectivités qui veulent un cloud de confiance pour leurs données.\n';
const EXISTING = {
  sources: [
    {
      id: 'zeta-source',
      file: 'zeta.txt',
      title: 'Zeta',
      language: 'en',
      published: { value: '2020', precision: 'year', basis: { fr: 'test', en: 'test' } },
    },
  ],
};

let dir: string;
let corpusDir: string;
let manifestPath: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'add-source-'));
  corpusDir = path.join(dir, 'corpus');
  manifestPath = path.join(dir, 'manifest.json');
  await writeFile(manifestPath, `${JSON.stringify(EXISTING, null, 2)}\n`);
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function input(name: string, contents: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, contents);
  return file;
}

const request = (file: string, extra: Partial<AddSourceRequest> = {}): AddSourceRequest => ({
  file,
  title: 'Nébulis lève 12 millions',
  published: '2024-09-10',
  ...extra,
});

/** A refusal names the file and changes nothing: the manifest and the corpus directory are as they were. */
async function expectRefused(run: () => Promise<unknown>, file: string, reason: RegExp) {
  const manifestBefore = await readFile(manifestPath, 'utf8');
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AddSourceError);
  expect((error as AddSourceError).file).toBe(file);
  expect((error as AddSourceError).reason).toMatch(reason);
  expect((error as AddSourceError).message).toBe(`${file}: ${(error as AddSourceError).reason}`);
  expect(await readFile(manifestPath, 'utf8')).toBe(manifestBefore);
  expect(await readdir(corpusDir).catch(() => [])).toEqual([]);
}

describe('add-source', () => {
  it('copies the text and writes its entry, sorted, with a stable id and the detected language', async () => {
    const file = await input('nebulis.txt', ARTICLE);
    const { entry } = await addSource(request(file, { outlet: 'La Gazette', precision: 'day' }), {
      corpusDir,
      manifestPath,
    });
    expect(entry).toMatchObject({
      id: 'nebulis-leve-12-millions',
      language: 'fr',
      file: 'nebulis-leve-12-millions.txt',
    });
    expect(entry.published).toMatchObject({ value: '2024-09-10', precision: 'day' });
    expect(await readFile(path.join(corpusDir, entry.file), 'utf8')).toBe(ARTICLE);
    const manifest = SourceManifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
    expect(manifest.sources.map((s) => s.id)).toEqual(['nebulis-leve-12-millions', 'zeta-source']);
  });

  it('refuses an empty file', async () => {
    const file = await input('empty.txt', '  \n');
    await expectRefused(() => addSource(request(file), { corpusDir, manifestPath }), file, /empty/);
  });

  it('refuses a file that is not UTF-8', async () => {
    const file = await input('latin1.txt', Uint8Array.from([0x4c, 0x27, 0xe9, 0x74, 0xe9, 0x20, 0x32, 0x30]));
    await expectRefused(() => addSource(request(file), { corpusDir, manifestPath }), file, /UTF-8/);
  });

  it('refuses a text whose language cannot be detected, or contradicts the one stated', async () => {
    const numbers = await input('numbers.txt', '1 2 3 4 5 6 7 8 9 10\n');
    await expectRefused(() => addSource(request(numbers), { corpusDir, manifestPath }), numbers, /language/);
    const french = await input('nebulis.txt', ARTICLE);
    await expectRefused(
      () => addSource(request(french, { language: 'en' }), { corpusDir, manifestPath }),
      french,
      /"fr"/,
    );
  });

  it('refuses a bad date, a bad precision, a missing file and an id already taken', async () => {
    const file = await input('nebulis.txt', ARTICLE);
    await expectRefused(
      () => addSource(request(file, { published: 'March 2015' }), { corpusDir, manifestPath }),
      file,
      /published/,
    );
    await expectRefused(
      () => addSource(request(file, { precision: 'weekly' }), { corpusDir, manifestPath }),
      file,
      /precision/,
    );
    await expectRefused(
      () => addSource(request(file, { published: '2015-02-30' }), { corpusDir, manifestPath }),
      file,
      /day of the calendar/,
    );
    await expectRefused(
      () => addSource(request(file, { id: 'zeta-source' }), { corpusDir, manifestPath }),
      file,
      /already/,
    );
    const missing = path.join(dir, 'missing.txt');
    await expectRefused(() => addSource(request(missing), { corpusDir, manifestPath }), missing, /not found/);
  });

  it('refuses the same text twice', async () => {
    const file = await input('nebulis.txt', ARTICLE);
    await addSource(request(file), { corpusDir, manifestPath });
    const again = await input('copy.txt', ARTICLE);
    const manifestBefore = await readFile(manifestPath, 'utf8');
    await expect(addSource(request(again, { id: 'another-id' }), { corpusDir, manifestPath })).rejects.toThrow(
      /already in the corpus/,
    );
    expect(await readFile(manifestPath, 'utf8')).toBe(manifestBefore);
  });
});
