import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Language, SourceManifestEntry } from '../domain/model.ts';
import { MAX_DOCUMENT_BYTES, normaliseText } from '../shared-io/source-text.ts';
import { readTextFile } from './files.ts';
import { IngestIssueError, type IngestIssue } from './issues.ts';
import { displayPath } from './knowledge-base.ts';
import { detectLanguage } from './text.ts';
import type { Located } from './yaml-records.ts';

/** One source text, read from the corpus directory and normalised. */
export interface CorpusDocument {
  source: SourceManifestEntry;
  /** The normalised text: every offset in the bundle points into it. */
  text: string;
  removedFurniture: string[];
  detectedLanguage: Language | null;
}

export interface Corpus {
  /** False when the corpus directory holds no texts at all: the bundle is built from the knowledge base alone. */
  present: boolean;
  directory: string;
  documents: CorpusDocument[];
}

/** Reads every source of the manifest from `directory`, checking files and languages against it. */
export async function readCorpus(
  directory: string,
  sources: readonly Located<SourceManifestEntry>[],
  manifestFile: string,
  onDocument?: (done: number, total: number, file: string) => void,
): Promise<{ corpus: Corpus; issues: IngestIssue[] }> {
  const issues: IngestIssue[] = [];
  const empty = { corpus: { present: false, directory, documents: [] }, issues };
  if (!existsSync(directory)) return empty;
  const texts = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
  if (texts.length === 0) return empty;

  const listed = new Set(sources.map((s) => s.value.file));
  for (const name of texts) {
    if (!listed.has(name)) {
      issues.push({
        file: displayPath(path.join(directory, name)),
        message: `this text is not listed in ${manifestFile}: add it there, or move it out of the corpus directory`,
      });
    }
  }
  const theirLanguages = await readDirectoryManifestLanguages(directory);

  const documents: CorpusDocument[] = [];
  sources.forEach((source, index) => {
    const result = readDocument(directory, source, manifestFile, theirLanguages);
    if (result.document) documents.push(result.document);
    issues.push(...result.issues);
    onDocument?.(index + 1, sources.length, source.value.file);
  });
  return { corpus: { present: true, directory, documents }, issues };
}

function readDocument(
  directory: string,
  { value: source, lineOf }: Located<SourceManifestEntry>,
  manifestFile: string,
  theirLanguages: ReadonlyMap<string, string>,
): { document?: CorpusDocument; issues: IngestIssue[] } {
  const file = path.join(directory, source.file);
  const display = displayPath(file);
  let raw: string;
  try {
    raw = readTextFile(file, display, { maxBytes: MAX_DOCUMENT_BYTES });
  } catch (error) {
    if (!(error instanceof IngestIssueError)) throw error;
    const missing = error.issue.message === 'file not found';
    return {
      issues: [
        missing
          ? {
              ...error.issue,
              message: `source "${source.id}" is in the manifest but its text is missing from the corpus directory`,
            }
          : error.issue,
      ],
    };
  }
  const { text, removed } = normaliseText(raw);
  const detectedLanguage = detectLanguage(text);
  const issues: IngestIssue[] = [];
  if (detectedLanguage && detectedLanguage !== source.language) {
    issues.push({
      file: manifestFile,
      line: lineOf(['language']),
      message: `${source.file} reads as "${detectedLanguage}" but the manifest says "${source.language}"`,
    });
  }
  const theirs = theirLanguages.get(source.file);
  if (theirs && theirs !== source.language) {
    issues.push({
      file: manifestFile,
      line: lineOf(['language']),
      message: `${source.file}: the corpus directory's own manifest says "${theirs}", this one "${source.language}"`,
    });
  }
  return { document: { source, text, removedFurniture: removed, detectedLanguage }, issues };
}

/** A corpus directory may carry its own manifest (file and language); when it does, it must agree with ours. */
async function readDirectoryManifestLanguages(directory: string): Promise<Map<string, string>> {
  const file = path.join(directory, 'manifest.json');
  const languages = new Map<string, string>();
  if (!existsSync(file)) return languages;
  try {
    const parsed = JSON.parse(readTextFile(file, displayPath(file), { maxBytes: 1024 * 1024 })) as {
      documents?: { file?: unknown; language?: unknown }[];
    };
    for (const doc of parsed.documents ?? []) {
      if (typeof doc.file === 'string' && typeof doc.language === 'string') languages.set(doc.file, doc.language);
    }
  } catch {
    // Its shape is not ours to enforce: the project's manifest is the one of record.
  }
  return languages;
}
