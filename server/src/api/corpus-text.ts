import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from '../domain/model.ts';
import { decodeText, MAX_DOCUMENT_BYTES, normaliseText } from '../shared-io/source-text.ts';
import type { SourceText } from './schemas.ts';

/**
 * A source's full text, read from the corpus directory at request time and served only when it is the very text
 * the bundle was built from: normalised as the ingest does, its sha256 equal to the bundle's textHash. Otherwise
 * the reason it is not served (the offsets of mentions and evidence would point into another text).
 */
export async function readSourceText(corpusDir: string, source: Source): Promise<SourceText> {
  if (!source.textAvailable || source.textHash === null) return { available: false, reason: 'not-ingested' };
  const directory = path.resolve(corpusDir);
  // The manifest allows plain file names only; refuse anything else all the same.
  const file = path.resolve(directory, source.file);
  if (path.dirname(file) !== directory || path.basename(file) !== source.file) {
    return { available: false, reason: 'not-found' };
  }
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return { available: false, reason: 'no-corpus' };
  }
  if (!names.some((name) => name.endsWith('.txt'))) return { available: false, reason: 'no-corpus' };
  if (!names.includes(source.file)) return { available: false, reason: 'not-found' };
  let raw: string;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_DOCUMENT_BYTES) return { available: false, reason: 'unreadable' };
    raw = decodeText(await readFile(file), source.file);
  } catch {
    return { available: false, reason: 'unreadable' };
  }
  const { text } = normaliseText(raw);
  const hash = createHash('sha256').update(text).digest('hex');
  if (hash !== source.textHash) return { available: false, reason: 'changed' };
  return { available: true, content: text };
}
