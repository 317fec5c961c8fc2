/**
 * The ingest's offset-preserving fold: accent- and case-insensitive comparison keys. Folding maps each UTF-16 unit
 * to exactly one unit (é→e, É→e, ’→'), so an offset in the folded text is the same offset in the original: matches
 * need no mapping back, and highlights land on the characters the reader sees. Characters whose fold would change
 * length (œ, ß, İ) are only lower-cased, consistently in texts and in aliases. (The search fold,
 * domain/search-text.ts, spells œ as oe: it makes query keys, never offsets.)
 */

/** Typographic characters folded to their plain form, one unit for one unit. */
const sameLengthSpellings: Record<string, string> = {
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
};

/** Folded code unit per code unit, filled lazily; 0 means not computed yet. */
const foldedUnits = new Uint16Array(0x10000);
for (let code = 0; code < 128; code++) foldedUnits[code] = code >= 65 && code <= 90 ? code + 32 : code;

function computeFold(code: number): number {
  // Surrogate halves are kept as they are: the characters they form have no accents to drop.
  if (code >= 0xd800 && code <= 0xdfff) return code;
  const char = String.fromCharCode(code);
  const candidate =
    sameLengthSpellings[char] ??
    char
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  if (candidate.length === 1) return candidate.charCodeAt(0);
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

export function foldCode(code: number): number {
  let folded = foldedUnits[code]!;
  if (folded === 0 && code !== 0) {
    folded = computeFold(code);
    foldedUnits[code] = folded;
  }
  return folded;
}

const decoder = new TextDecoder('utf-16le');

/** The folded text: same length as the input, offset for offset. */
export function foldText(text: string): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldCode(text.charCodeAt(i));
  return decoder.decode(units);
}

/**
 * Keys made so far: reading an article folds the same names and words again and again (each word asked whether it
 * is a given name, each new name at each of its mentions: on real articles eight calls for one string), and a key
 * costs a normalisation, a replace and a decode. Emptied when full; strings longer than a name are not kept.
 */
const keys = new Map<string, string>();
const KEYS_KEPT = 10_000;
const LONGEST_KEPT = 100;

/** Comparison key of a short string (an alias, a query): folded, with white space runs as one space. */
export function foldKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = foldText(text.normalize('NFC').replace(/\s+/g, ' ').trim());
    if (text.length <= LONGEST_KEPT) {
      if (keys.size === KEYS_KEPT) keys.clear();
      keys.set(text, key);
    }
  }
  return key;
}

const wordChar = /[\p{L}\p{N}]/u;
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char);
}
