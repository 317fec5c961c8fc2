import { readFileSync, statSync } from 'node:fs';
import { decodeText, TextFileError } from '../shared-io/source-text.ts';
import { IngestIssueError } from './issues.ts';

/**
 * Reading input files with the checks every input gets: present, not empty, not binary, valid UTF-8, not
 * absurdly large. Each failure names the file and, where it can, the line.
 */

export interface ReadLimits {
  maxBytes: number;
}

/** Synchronous on purpose: the ingest reads many small files in a batch, where promise round trips dominate. */
export function readTextFile(path: string, displayName: string, limits: ReadLimits): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new IngestIssueError({ file: displayName, message: 'file not found' });
  }
  if (size > limits.maxBytes) {
    throw new IngestIssueError({
      file: displayName,
      message: `file is ${formatBytes(size)}, over the limit of ${formatBytes(limits.maxBytes)} for one input file`,
    });
  }
  try {
    return decodeText(readFileSync(path), displayName);
  } catch (error) {
    throw error instanceof TextFileError ? new IngestIssueError(error.issue) : error;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
