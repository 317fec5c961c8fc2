import { createHash } from 'node:crypto';
import { constants, existsSync, readFileSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { datePrecisions, type DatePrecision } from '../domain/dates.ts';
import { SourceManifestEntrySchema, SourceManifestSchema, type SourceManifestEntry } from '../domain/model.ts';
import type { Language } from '../domain/vocabulary.ts';
import { writeFileAtomically } from '../shared-io/atomic-write.ts';
import { MAX_DOCUMENT_BYTES, normaliseText } from '../shared-io/source-text.ts';
import { readTextFile } from '../ingest/files.ts';
import { IngestIssueError } from '../ingest/issues.ts';
import { detectLanguage } from '../ingest/text.ts';
import { slugify } from './actors.ts';

/**
 * Adding a source text without editing JSON by hand: the text is checked (UTF-8, not empty, French or English),
 * copied into the corpus directory, and its manifest entry written (sorted by id, with a stable id from the
 * title). Every check runs before anything is written: bad input changes nothing.
 */

export interface AddSourceRequest {
  file: string;
  title: string;
  outlet?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  /** YYYY, YYYY-MM, YYYY-MM-DD or YYYY-season. */
  published: string;
  precision?: string | undefined;
  /** How the publication date was established, in French and English. */
  basis?: { fr: string; en: string } | undefined;
  /** Stated by the curator; must agree with the detected language when given. */
  language?: string | undefined;
  id?: string | undefined;
}

export interface AddSourcePaths {
  corpusDir: string;
  manifestPath: string;
}

/** A refusal: the input file (or option) and the reason, printed as `file: reason`. */
export class AddSourceError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'AddSourceError';
  }
}

function precisionOf(value: string, stated: string | undefined, file: string): DatePrecision {
  if (stated !== undefined) {
    if (!(datePrecisions as readonly string[]).includes(stated))
      throw new AddSourceError(file, `--precision must be one of ${datePrecisions.join(', ')}, not "${stated}"`);
    return stated as DatePrecision;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(?:spring|summer|autumn|winter)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  throw new AddSourceError(
    file,
    `--published "${value}" is not a date such as 2015, 2015-03, 2015-03-12 or 2015-autumn`,
  );
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export async function addSource(
  request: AddSourceRequest,
  paths: AddSourcePaths,
): Promise<{ entry: SourceManifestEntry; target: string; characters: number }> {
  const file = request.file;
  let raw: string;
  try {
    raw = readTextFile(file, file, { maxBytes: MAX_DOCUMENT_BYTES });
  } catch (error) {
    if (error instanceof IngestIssueError) throw new AddSourceError(file, error.issue.message);
    throw error;
  }
  const { text } = normaliseText(raw);
  const detected = detectLanguage(text);
  if (detected === null)
    throw new AddSourceError(file, 'the language could not be detected: the atlas reads French or English texts');
  if (request.language !== undefined && request.language !== detected)
    throw new AddSourceError(file, `the text reads as "${detected}" but --language says "${request.language}"`);
  const language: Language = detected;

  const precision = precisionOf(request.published, request.precision, file);
  const id = request.id ?? slugify(request.title);
  const candidate = {
    id,
    file: `${id}.txt`,
    title: request.title,
    ...(request.outlet ? { outlet: request.outlet } : {}),
    ...(request.author ? { author: request.author } : {}),
    language,
    ...(request.url ? { url: request.url } : {}),
    published: {
      value: request.published,
      precision,
      basis: request.basis ?? {
        fr: 'Donnée par le curateur lors de l’ajout de la source.',
        en: 'Given by the curator when adding the source.',
      },
    },
  };
  const parsed = SourceManifestEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AddSourceError(file, `${issue.path.join('.') || 'entry'}: ${issue.message}`);
  }
  const entry = parsed.data;

  let manifest: { sources: SourceManifestEntry[] };
  try {
    manifest = SourceManifestSchema.parse(JSON.parse(readFileSync(paths.manifestPath, 'utf8')));
  } catch (error) {
    throw new AddSourceError(
      paths.manifestPath,
      `the manifest does not read: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (manifest.sources.some((s) => s.id === entry.id))
    throw new AddSourceError(file, `the manifest already has a source "${entry.id}": give another --id`);
  const target = path.join(paths.corpusDir, entry.file);
  if (existsSync(target)) throw new AddSourceError(file, `${target} already exists`);
  const hash = sha256(readFileSync(file));
  if (existsSync(paths.corpusDir)) {
    for (const name of readdirSync(paths.corpusDir).filter((n) => n.endsWith('.txt'))) {
      if (sha256(readFileSync(path.join(paths.corpusDir, name))) === hash)
        throw new AddSourceError(file, `the same text is already in the corpus as ${name}`);
    }
  }

  const sources = [...manifest.sources, entry].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The text first, then the manifest; if the manifest cannot be written, the copied text goes again.
  await mkdir(paths.corpusDir, { recursive: true });
  await copyFile(file, target, constants.COPYFILE_EXCL);
  try {
    await writeFileAtomically(paths.manifestPath, `${JSON.stringify({ sources }, null, 2)}\n`);
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { entry, target, characters: text.length };
}
