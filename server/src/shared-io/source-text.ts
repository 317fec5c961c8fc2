import { isUtf8 } from 'node:buffer';

/**
 * A source text as every reader of the corpus sees it: decoded from UTF-8 with the checks every input gets, then
 * normalised. The ingest computes every offset in the bundle on this text, and the API serves it only when its hash
 * is the bundle's, so both must read it through this one module.
 */

/** Largest source text read, in bytes. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** A text file that cannot be read as text: the problem, located as `file:line`. */
export class TextFileError extends Error {
  constructor(readonly issue: { file: string; line?: number | undefined; message: string }) {
    super(`${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.message}`);
    this.name = 'TextFileError';
  }
}

export function decodeText(bytes: Uint8Array, displayName: string): string {
  if (bytes.length === 0) throw new TextFileError({ file: displayName, line: 1, message: 'empty file' });
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new TextFileError({
      file: displayName,
      line: lineAtByte(bytes, nul),
      message: 'binary file (NUL byte), expected UTF-8 text',
    });
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Byte(bytes);
    throw new TextFileError({
      file: displayName,
      line: lineAtByte(bytes, offset),
      message: `not valid UTF-8 (byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset}); save the file as UTF-8`,
    });
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '')
    throw new TextFileError({ file: displayName, line: 1, message: 'empty file (only white space)' });
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

/** Lines that belong to the page, not to the article: site taglines, share links, plug-in credits, photo credits. */
const pageFurniture: readonly RegExp[] = [
  /^read the article$/i,
  /^lire l[’']article$/i,
  /^together, your internet even better$/i,
  /^falang translation system by faboba$/i,
  /^cr[ée]dit photo\s*:/i,
  /^(a|à) lire aussi\s*:/i,
  /^(share|partager)( this| cet article)?$/i,
];

// Horizontal white space of every kind, including no-break and zero-width spaces.
const horizontalSpace = /[\t\f\v \u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

export interface NormalisedText {
  text: string;
  /** The furniture lines that were dropped, for the ingest report. */
  removed: string[];
}

/**
 * Every offset in the bundle points into the text this returns, so it is deterministic and idempotent (normalising a
 * normalised text changes nothing).
 */
export function normaliseText(raw: string): NormalisedText {
  const removed: string[] = [];
  const paragraphs: string[] = [];
  let blank = false;
  for (const rawLine of raw.normalize('NFC').split(/\r\n?|\n|\u2028|\u2029/)) {
    const line = rawLine.replace(horizontalSpace, ' ').trim();
    if (line === '') {
      blank = true;
      continue;
    }
    if (pageFurniture.some((pattern) => pattern.test(line))) {
      removed.push(line);
      blank = true;
      continue;
    }
    // Lines keep their breaks; blank-line runs become one paragraph break.
    if (paragraphs.length > 0) paragraphs.push(blank ? '\n\n' : '\n');
    paragraphs.push(line);
    blank = false;
  }
  return { text: paragraphs.join(''), removed };
}
