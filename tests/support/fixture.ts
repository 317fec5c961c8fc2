import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest, type IngestOptions, type IngestResult } from '../../server/src/ingest/ingest.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const miniFixture = path.join(repoRoot, 'tests/fixtures/mini');

/** The real corpus, when present beside the checkout (CI) or named by CORPUS_DIR. */
export const realCorpusDir = path.resolve(repoRoot, process.env.CORPUS_DIR ?? '../shared/corpus');

let realIngest: Promise<IngestResult> | null = null;
/** The real knowledge base ingested in-process (with the corpus texts when present), once per test file. */
export function ingestRealKnowledgeBase(): Promise<IngestResult> {
  realIngest ??= runIngest({
    kbDir: path.join(repoRoot, 'data/kb'),
    manifestPath: path.join(repoRoot, 'data/corpus/manifest.json'),
    corpusDir: realCorpusDir,
    outDir: undefined,
  });
  return realIngest;
}

/** A private copy of the mini fixture that a test may break as it likes. */
export async function copyOfMiniFixture(): Promise<{
  dir: string;
  options: IngestOptions;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-ingest-'));
  await cp(miniFixture, dir, { recursive: true });
  return {
    dir,
    options: {
      kbDir: path.join(dir, 'kb'),
      manifestPath: path.join(dir, 'manifest.json'),
      corpusDir: path.join(dir, 'corpus'),
      outDir: path.join(dir, 'build'),
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
