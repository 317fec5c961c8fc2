import type { Language } from '../domain/model.ts';

/** Language detection and sentence spans, over a text normalised by shared-io/source-text.ts. */

/**
 * French or English by their commonest function words. Trigram detectors (franc) read these texts right too,
 * but at 6 MB/s they cost more than the whole rest of the ingest; the stop-word vote runs at well over 50 MB/s.
 */
const functionWords: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    'le la les de des du d l en un une et est sont au aux pour par sur dans que qui pas ne ce cette ces il elle ils nous vous avec mais ou été être avait plus son ses leur'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to is are was were in that for on with as by this it its be has have had not from at which an or but their they will would'.split(
      ' ',
    ),
  ),
};

/** Votes past which the answer cannot change much: reading further only costs time. */
const ENOUGH_VOTES = 60;
/** A longer word is no function word: it is not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...functionWords.fr, ...functionWords.en].map((word) => word.length));

const letter = /\p{L}/u;
/** Whether each BMP unit is a letter: 0 not known yet, 1 no, 2 yes. */
const letterUnits = new Uint8Array(0x10000);
/** The length in UTF-16 units of the letter at `index` (2 for one beyond the BMP), or 0 when none starts there. */
function letterLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdfff) {
    const point = text.codePointAt(index)!;
    return point > 0xffff && letter.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  if (letterUnits[code] === 0) letterUnits[code] = letter.test(String.fromCharCode(code)) ? 2 : 1;
  return letterUnits[code] === 2 ? 1 : 0;
}

/** The document's language among those the atlas reads, or null when the text gives too little to tell. */
export function detectLanguage(text: string): Language | null {
  let sample = text.length > 4_000 ? text.slice(0, 4_000) : text;
  // Words (runs of letters) are lower-cased one by one, and only those short enough to be function words: the same
  // words as in the lower-cased sample, since lower-casing keeps each letter a letter and each length, except for
  // "İ" (its "i̇" ends a word at the combining dot), so a sample holding one is lower-cased first.
  if (sample.includes('\u0130')) sample = sample.toLowerCase();
  const votes: Record<Language, number> = { fr: 0, en: 0 };
  let index = 0;
  while (index < sample.length && votes.fr + votes.en < ENOUGH_VOTES) {
    const start = index;
    let length: number;
    while (index < sample.length && (length = letterLength(sample, index)) > 0) index += length;
    if (index === start) index++;
    else if (index - start <= LONGEST_FUNCTION_WORD) {
      const word = sample.slice(start, index).toLowerCase();
      if (functionWords.fr.has(word)) votes.fr++;
      if (functionWords.en.has(word)) votes.en++;
    }
  }
  const total = votes.fr + votes.en;
  if (total < 5) return null;
  if (votes.fr >= total * 0.65) return 'fr';
  if (votes.en >= total * 0.65) return 'en';
  return null;
}

export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<Language, Intl.Segmenter>();
function segmenterFor(language: Language): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Longest string handed to Intl.Segmenter at once: it slows down sharply on long strings. */
const MAX_SEGMENT_CHUNK = 4_000;

/**
 * Sentence spans over a normalised text: Unicode's sentence breaks (`segmentSentences`), less those after a title's
 * abbreviation or a name's initial (`joinAfterTitles`).
 */
export function splitSentences(text: string, language: Language): Span[] {
  return joinAfterTitles(text, segmentSentences(text, language));
}

/**
 * Unicode's sentence spans over a normalised text, as Intl.Segmenter cuts them. Lines are split first (a heading or
 * list item is never joined to the next line); an over-long line is cut at the last sentence-like break before the
 * chunk limit.
 */
export function segmentSentences(text: string, language: Language): Span[] {
  const spans: Span[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let offset = lineStart;
    let rest = text.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    while (rest.length > 0) {
      const chunk = rest.length > MAX_SEGMENT_CHUNK ? cutChunk(rest) : rest;
      const breaks = sentenceBreaks(chunk);
      if (breaks) {
        for (let i = 0, from = 0; i <= breaks.length; i++) {
          const to = i < breaks.length ? breaks[i]! : chunk.length;
          pushTrimmed(spans, chunk, offset, from, to);
          from = to;
        }
      } else
        for (const { segment, index } of segmenterFor(language).segment(chunk))
          pushTrimmed(spans, chunk, offset, index, index + segment.length);
      offset += chunk.length;
      rest = rest.slice(chunk.length);
    }
  }
  return spans;
}

/**
 * A title's abbreviation or a name's initial before a capitalised word ("Ms. Lot", "M. Dupont", "Dr. Kaur", "John
 * F. Kennedy") ends no sentence, though Unicode's sentence rules break there ("a Series A. The round" does).
 */
const TITLE_BEFORE_NAME =
  /(?:^|[\s(«"“‘'’-])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Rev|Messrs|M|MM|Mme|Mmes|Mlle|Pr)\.$|(?:^|[(«"“‘'’-]|\s(?<!(?:^|\s)(?!(?:In|At|Near|From|To|Of|And|For|On|By|With|Via|Le|La|Les|À|De|Du|Des|En|Et|Sur|Près)\s)\p{Lu}\p{Ll}*\s))(?:St|Ste|Mt|Ft)\.$|^\p{Lu}\.$|(?:^|[\s(«"“‘'’-])(?!(?:Series|Série|Serie|Round|Tranche|Phase|Plan|Type|Class|Classe|Level|Tier|Grade|Vitamin|Vitamine)\s)\p{Lu}\p{Ll}+\s\p{Lu}\.$/u;
const NAME_START = /^\p{Lu}/u;
/** Joins each span cut after a title or an initial to the next one on its line. */
function joinAfterTitles(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const before = joined.at(-1);
    if (
      before &&
      NAME_START.test(text[span.start] ?? '') &&
      !text.slice(before.end, span.start).includes('\n') &&
      TITLE_BEFORE_NAME.test(text.slice(Math.max(before.start, before.end - 24), before.end))
    )
      before.end = span.end;
    else joined.push(span);
  }
  return joined;
}

/** A segment's span without the white space `trim` would remove, read in place (no trimmed copies). */
function pushTrimmed(spans: Span[], chunk: string, offset: number, start: number, end: number) {
  while (start < end && isTrimmedSpace(chunk.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(chunk.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start: offset + start, end: offset + end });
}

/**
 * Sentence-break classes (Unicode's Sentence_Break property, UAX #29) of the characters read here without
 * Intl.Segmenter: Latin letters, digits, spaces and the common punctuation. 0: left to the segmenter (another
 * script, a format, combining or paragraph-separator character, an unassigned one).
 */
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
const SETTLED_RANGES: readonly [number, number][] = [
  [0x09, 0x09],
  [0x0b, 0x0c],
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];
function sentenceBreakClass(character: string): number {
  if (/[\p{Cf}\p{M}\p{Cn}\u2028\u2029]/u.test(character)) return 0;
  if (character === '.' || character === '\u2024') return ATERM;
  if (/\p{Sentence_Terminal}/u.test(character)) return STERM;
  if (/\s/u.test(character)) return SP;
  if (/\p{Lowercase}/u.test(character)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(character)) return UPPER;
  if (/\p{Alphabetic}/u.test(character)) return OLETTER;
  if (/\p{Nd}/u.test(character)) return NUMERIC;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Quotation_Mark}]/u.test(character)) return CLOSE;
  if (/[,:;\u002d\u2013\u2014]/u.test(character)) return SCONTINUE;
  return OTHER;
}
const sentenceBreakClasses = new Uint8Array(SETTLED_RANGES.at(-1)![1] + 1);
for (const [from, to] of SETTLED_RANGES)
  for (let c = from; c <= to; c++) sentenceBreakClasses[c] = sentenceBreakClass(String.fromCharCode(c));

/**
 * Where Intl.Segmenter would start each sentence of a line after its first, by the rules of UAX #29 (SB6–SB11; a
 * line holds no paragraph separator), or null when the line holds a character whose class is not settled here.
 * The segmenter costs about 25 ns a character, and its sentences were 4% of a propose run.
 */
function sentenceBreaks(line: string): number[] | null {
  const n = line.length;
  const classes = sentenceBreakClasses;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c >= classes.length || classes[c] === 0) return null;
  }
  const breaks: number[] = [];
  for (let i = 0; i < n; i++) {
    const term = classes[line.charCodeAt(i)]!;
    if (term !== ATERM && term !== STERM) continue;
    // A break can only come after the terminator, its closing marks and its spaces (SB9, SB10, SB11).
    let next = i + 1;
    while (next < n && classes[line.charCodeAt(next)] === CLOSE) next++;
    while (next < n && classes[line.charCodeAt(next)] === SP) next++;
    if (next >= n) continue;
    const after = classes[line.charCodeAt(next)]!;
    // SB8a: a comma, colon, hyphen or another terminator goes on with the sentence.
    if (after === SCONTINUE || after === ATERM || after === STERM) continue;
    if (term === ATERM) {
      // SB6 ("3.5"), SB7 ("U.S"): a full stop right before a digit, or between letters before a capital.
      if (next === i + 1 && after === NUMERIC) continue;
      if (next === i + 1 && after === UPPER && i > 0) {
        const before = classes[line.charCodeAt(i - 1)];
        if (before === UPPER || before === LOWER) continue;
      }
      // SB8: a full stop followed, before any letter, by a lower-case one ("etc. and", "p. 3 of").
      let k = next;
      for (; k < n; k++) {
        const c = classes[line.charCodeAt(k)];
        if (c === OLETTER || c === UPPER || c === LOWER || c === ATERM || c === STERM) break;
      }
      if (k < n && classes[line.charCodeAt(k)] === LOWER) continue;
    }
    breaks.push(next);
    i = next - 1;
  }
  return breaks;
}

/** The characters `String.prototype.trim` removes: ECMAScript's WhiteSpace and LineTerminator. */
function isTrimmedSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function cutChunk(line: string): string {
  const window = line.slice(0, MAX_SEGMENT_CHUNK);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (cut > MAX_SEGMENT_CHUNK / 2) return window.slice(0, cut + 2);
  const space = window.lastIndexOf(' ');
  return space > 0 ? window.slice(0, space + 1) : window;
}

/** Index of the span containing `offset` (spans sorted and disjoint), or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
