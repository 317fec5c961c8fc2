import { readFileSync, statSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
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
  const bytes = readFileSync(path);
  return decodeText(bytes, displayName);
}

export function decodeText(bytes: Uint8Array, displayName: string): string {
  if (bytes.length === 0) throw new IngestIssueError({ file: displayName, line: 1, message: 'empty file' });
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestIssueError({
      file: displayName,
      line: lineAtByte(bytes, nul),
      message: 'binary file (NUL byte), expected UTF-8 text',
    });
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Byte(bytes);
    throw new IngestIssueError({
      file: displayName,
      line: lineAtByte(bytes, offset),
      message: `not valid UTF-8 (byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset}); save the file as UTF-8`,
    });
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '')
    throw new IngestIssueError({ file: displayName, line: 1, message: 'empty file (only white space)' });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    ) {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
