/**
 * Accent- and case-insensitive comparison keys with a map back to the original offsets. Matching runs on the
 * folded text; every hit is mapped back so that highlights land on the characters the reader sees.
 */

const typographic: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u0153': 'oe',
  '\u0152': 'oe',
  '\u00e6': 'ae',
  '\u00c6': 'ae',
};

const foldCache = new Map<string, string>();

/** Folds one character (a code point, as a string): no accents, lower case, plain punctuation. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded =
      typographic[char] ??
      char
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
    foldCache.set(char, folded);
  }
  return folded;
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, the offset of the original character it came from. */
  origin: Int32Array;
  /** Length of the original text, so an end offset at the very end maps too. */
  originalLength: number;
}

export function foldText(text: string): FoldedText {
  const pieces: string[] = [];
  const origin = new Int32Array(text.length * 2 + 1);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: string;
    const start = i;
    if (code < 128) {
      piece = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      piece = foldChar(text.slice(i, i + 2));
      i++;
    } else {
      piece = foldChar(text[i]!);
    }
    for (let k = 0; k < piece.length; k++) origin[length++] = start;
    pieces.push(piece);
  }
  origin[length] = text.length;
  return { folded: pieces.join(''), origin: origin.subarray(0, length + 1), originalLength: text.length };
}

/** Maps a folded [start, end) range back to the original text. */
export function originalRange(folding: FoldedText, start: number, end: number): [number, number] {
  const originalStart = folding.origin[start]!;
  // The end maps to the start of the next original character (or the end of the text).
  const originalEnd = end < folding.origin.length - 1 ? folding.origin[end]! : folding.originalLength;
  return [originalStart, originalEnd];
}

/** Comparison key of a short string (an alias, a query). */
export function foldKey(text: string): string {
  return foldText(text.normalize('NFC').replace(/\s+/g, ' ').trim()).folded;
}

const wordChar = /[\p{L}\p{N}]/u;
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char);
}
