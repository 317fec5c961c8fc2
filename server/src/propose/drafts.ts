import type { KbEvent, KbFunding, KbRelation } from '../domain/model.ts';
import type { Span } from './sentence.ts';

/**
 * What a rule proposes before ids, evidence records and knowledge-base comparison are attached: a record in the
 * knowledge base's shape (without id and evidence), the spans of the source text that support it, a confidence
 * and the rule's name. Drafts with the same `key` are one fact told twice: they merge.
 */
export interface Draft<R> {
  key: string;
  record: R;
  source: string;
  spans: Span[];
  confidence: number;
  rule: string;
}

export type EventDraft = Draft<Omit<KbEvent, 'id' | 'evidence'>>;
export type FundingDraft = Draft<Omit<KbFunding, 'id' | 'evidence'>> & {
  /** The payers its own sentence names, when it adds them to a round told before (the others are cited there). */
  told?: readonly string[];
  /** The funding event a dated round is (`proposeFundings`). */
  event?: EventDraft;
};
export type RelationDraft = Draft<Omit<KbRelation, 'id' | 'evidence'>>;

export interface CueHit {
  /** Index of the cue (the source) that matched. */
  cue: number;
  start: number;
  end: number;
}

/** For each character of a regex source, the depth of groups it stands in, or -1 in an escape or a class. */
function groupDepths(source: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      depths.push(-1, -1);
      i++;
    } else if (inClass || c === '[') {
      inClass = c !== ']';
      depths.push(-1);
    } else {
      if (c === ')') depth--;
      depths.push(depth);
      if (c === '(') depth++;
    }
  }
  return depths;
}

/** Top-level alternatives of a regex source: "a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]. */
function alternatives(source: string): string[] {
  const depths = groupDepths(source);
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++)
    if (source[i] === '|' && depths[i] === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  out.push(source.slice(from));
  return out;
}

/**
 * The letters every match of an alternative starts with ("lanc\p{L}*" -> "lanc", "partenaires?" -> "partenair"),
 * whether they make a whole word ("a choisi", "s'appuie": followed by a space or an apostrophe), and the longer
 * literal every match starts with, letters and spaces lower-cased ("a rejoint(?= …" -> "a rejoint").
 */
function literalPrefix(alternative: string): { prefix: string; whole: boolean; literal: string } {
  let prefix = '';
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    if (!/[\p{L}]/u.test(c))
      return { prefix, whole: /^(?: |\[['’]|['’])/u.test(alternative.slice(i)), literal: literalRun(alternative) };
    if ('?*{'.includes(alternative[i + 1] ?? '')) break;
    prefix += c.toLowerCase();
  }
  return { prefix, whole: false, literal: prefix };
}

/** The letters and spaces an alternative's every match starts with, lower-cased: "a rejoint(?= …" -> "a rejoint". */
function literalRun(alternative: string): string {
  let literal = '';
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    const lower = c.toLowerCase();
    if ((c !== ' ' && !/[\p{L}]/u.test(c)) || lower.length !== 1 || '?*{'.includes(alternative[i + 1] ?? '')) break;
    literal += lower;
  }
  return literal;
}

/**
 * Whether a cue's match at `at` may start with `literal` (from `literalRun`): a false answer is sure, the regex
 * cannot match there, whatever its flags. Two ASCII characters match when equal with ASCII case folded; an ASCII
 * and a non-ASCII one never, but for the two non-ASCII letters `iu` folds to ASCII ones ("ſ" to "s", the Kelvin sign
 * "K" to "k"); two different non-ASCII ones are left to the regex ("É" matches "é"). The text's end matches nothing.
 */
function mayStartWith(text: string, at: number, literal: string): boolean {
  if (at + literal.length > text.length) return false;
  for (let i = 0; i < literal.length; i++) {
    const p = literal.charCodeAt(i);
    const t = text.charCodeAt(at + i);
    if (t === p) continue;
    if (t < 128 && p < 128) {
      if (t >= 65 && t <= 90 && t + 32 === p) continue;
      return false;
    }
    if (t >= 128 && p < 128 && p !== 0x73 && p !== 0x6b) return false;
    if (p >= 128 && t < 128 && p !== 0x17f && p !== 0x212a) return false;
    return true;
  }
  return true;
}

/** Index of the parenthesis closing the group that `source` opens with, or -1. */
function closingParenthesis(source: string): number {
  const depths = groupDepths(source);
  for (let i = 1; i < source.length; i++) if (source[i] === ')' && depths[i] === 0) return i;
  return -1;
}

/** A start no head can rule out: the cue is tried at every word. */
const ANYWHERE = { prefix: '', whole: false, literal: '' };

/**
 * How the matches of a regex source may start, as literal prefixes: "lanc\p{L}*" -> "lanc"; a group is opened
 * ("(?:lev(?:é|ée)|lève) …" -> "lev", "lève"), an optional one skipped too ("(?:financial )?support" -> "financial",
 * "support"), a class of letters spelt out ("[Ii]f" -> "if"), a lookaround passed over. Anything else may start anywhere
 * (prefix "").
 */
function startsOf(source: string): { prefix: string; whole: boolean; literal: string }[] {
  return alternatives(source).flatMap(startsOfAlternative);
}

function startsOfAlternative(source: string): { prefix: string; whole: boolean; literal: string }[] {
  // A lookaround consumes nothing: "(?<=(?:is|was) )part of" starts as "part of" does.
  if (/^\(\?<?[=!]/u.test(source)) {
    const close = closingParenthesis(source);
    return close < 0 ? [ANYWHERE] : startsOf(source.slice(close + 1));
  }
  if (source.startsWith('[')) {
    const close = source.indexOf(']');
    const letters = source.slice(1, close);
    if (close < 2 || !/^\p{L}+$/u.test(letters) || '?*{+'.includes(source[close + 1] ?? '')) return [ANYWHERE];
    return [...letters].flatMap((letter) => startsOf(letter + source.slice(close + 1)));
  }
  const open = source.startsWith('(?:') ? 3 : source.startsWith('(') && source[1] !== '?' ? 1 : 0;
  if (open === 0) return [literalPrefix(source)];
  const close = closingParenthesis(source);
  if (close < 0) return [ANYWHERE];
  const inside = alternatives(source.slice(open, close));
  const quantifier = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/u.exec(source.slice(close + 1))?.[0];
  if (quantifier === undefined) return inside.flatMap((alternative) => startsOf(alternative + source.slice(close + 1)));
  const rest = source.slice(close + 1 + quantifier.length);
  const optional = /^(?:[?*]|\{0?[,}])/u.test(quantifier);
  return [...inside.flatMap(startsOfAlternative), ...(optional ? startsOf(rest) : [])];
}

/** A letter of a word as the scanners read words: [A-Za-z\u00C0-\u024F], by code unit. */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);

/** A word of a sentence, with the number of its head: read once, shared by every scanner. */
export interface Word {
  start: number;
  end: number;
  /** Number of its first three letters lower-cased, marked when the word is shorter (see `Head`). */
  head: number;
}

/** A word head: its first three letters, lower-cased, and whether the word is shorter than three letters. */
interface Head {
  letters: string;
  short: boolean;
}

/** The heads met so far, by number (`Word.head`), so that each scanner keeps one answer per head. */
const heads: Head[] = [];
const headNumbers = new Map<string, number>();
/** Head numbers by the word's first three code units as they are (letters are below 0x250: ten bits each). */
const headByCodes = new Map<number, number>();

function headNumber(text: string, start: number, end: number): number {
  const length = end - start;
  const codes =
    (text.charCodeAt(start) << 20) |
    (length > 1 ? text.charCodeAt(start + 1) << 10 : 0) |
    (length > 2 ? text.charCodeAt(start + 2) : 0);
  let number = headByCodes.get(codes);
  if (number === undefined) {
    const head = { letters: text.slice(start, Math.min(end, start + 3)).toLowerCase(), short: length < 3 };
    const key = `${head.short ? '!' : ''}${head.letters}`;
    number = headNumbers.get(key);
    if (number === undefined) {
      number = heads.length;
      heads.push(head);
      headNumbers.set(key, number);
    }
    headByCodes.set(codes, number);
  }
  return number;
}

/** The words that start in [start, end) (the last may run past `end`). */
export function tokenise(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let i = start;
  for (;;) {
    while (i < end && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= end) return words;
    const from = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    words.push({ start: from, end: i, head: headNumber(text, from, i) });
  }
}

/**
 * A family of cues (event words, relation cues) found in one pass: words are read once, and at each word a sticky
 * regex of only the cues whose alternatives may start with its first letters is tried (none: the word is skipped).
 * Scanning a sentence with the combined `iu` regex instead costs ~10 times more (it tries every position).
 */
export class CueScanner {
  /** Each cue's own regex, sticky: tried at a word start, the first cue in order that matches is the answer. */
  readonly #sticky: RegExp[];
  /** Per cue, the heads its alternatives start with (see `Alternative`). */
  readonly #cueHeads: Alternative[][] = [];
  /** The cues that may start a word, by the word's head number (null: none), decided on first meeting the head. */
  readonly #byHead: (HeadCues | null | undefined)[] = [];

  /** `patterns`: one word-bounded regex per cue, as lexicon.ts builds them (`${B}(?:…)${E}`). */
  constructor(patterns: readonly RegExp[]) {
    // The cues' own flags (a case-sensitive "may" stays so), sticky.
    const flags = `${(patterns[0]?.flags ?? 'iu').replace('g', '')}y`;
    // Tried only at word starts: the word-start lookbehind each cue carries is already true there.
    this.#sticky = patterns.map((p) => new RegExp(p.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)/u, ''), flags));
    for (const sticky of this.#sticky) {
      const heads: Alternative[] = [];
      for (const { prefix, whole, literal } of startsOf(sticky.source)) {
        const short = whole && prefix.length < 3;
        heads.push({ letters: short ? prefix : prefix.slice(0, 3), whole: short, literal });
      }
      this.#cueHeads.push(heads);
    }
  }

  /**
   * Cue matches in a sentence (its `words`, from `tokenise`), not overlapping, in text order. Tested with `test`,
   * whose sticky `lastIndex` gives the match's end: no match array is made per word.
   */
  scan(s: { text: string; end: number; words: readonly Word[] }): CueHit[] {
    const hits: CueHit[] = [];
    let skipUntil = -1;
    for (const w of s.words) {
      if (w.start < skipUntil) continue;
      const open = this.#cuesFor(w.head);
      if (open === null) continue;
      const { cues, literals } = open;
      for (let k = 0; k < cues.length; k++) {
        const cue = cues[k]!;
        // (most words its head lets through start no alternative of the cue: "a annoncé" for "a rejoint")
        const starts = literals[k];
        if (starts !== null && !mayStartWithAny(s.text, w.start, starts!)) continue;
        const sticky = this.#sticky[cue]!;
        sticky.lastIndex = w.start;
        if (!sticky.test(s.text)) continue;
        // A match running past the sentence is no match, as with one regex of all cues.
        if (sticky.lastIndex <= s.end) {
          hits.push({ cue, start: w.start, end: sticky.lastIndex });
          skipUntil = sticky.lastIndex;
        }
        break;
      }
    }
    return hits;
  }

  /** The cues whose alternatives may start a word with this head, in the cues' order; null when none may. */
  #cuesFor(head: number): HeadCues | null {
    let open = this.#byHead[head];
    if (open === undefined) {
      const { letters, short } = heads[head]!;
      const found: number[] = [];
      const literals: (string[] | null)[] = [];
      this.#cueHeads.forEach((alternatives, cue) => {
        const open = alternatives.filter((a) =>
          a.whole ? short && letters === a.letters : letters.startsWith(a.letters),
        );
        if (open.length === 0) return;
        found.push(cue);
        // The literals to try, none that a shorter one starts (it lets through all they do); none to try when
        // an alternative may start anywhere.
        const starts = [...new Set(open.map((a) => a.literal))].sort((x, y) => x.length - y.length);
        const kept: string[] = [];
        for (const literal of starts) if (!kept.some((k) => literal.startsWith(k))) kept.push(literal);
        literals.push(kept.includes('') ? null : kept);
      });
      open = found.length === 0 ? null : { cues: found, literals };
      // Head numbers are shared by every scanner and reach thousands: an array first written far past its end
      // turns into a dictionary, slower to read at every word; filled up to the head, it stays a plain array.
      while (this.#byHead.length < head) this.#byHead.push(undefined);
      this.#byHead[head] = open;
    }
    return open;
  }
}

/** The cues a head lets through, in order, and per cue the literals one of which a word must start with (null: any). */
interface HeadCues {
  cues: number[];
  literals: (string[] | null)[];
}

/** How an alternative of a cue starts: its first letters (up to three), or the whole short word it must be. */
interface Alternative {
  letters: string;
  whole: boolean;
  /** The letters and spaces every match starts with (`literalRun`). */
  literal: string;
}

function mayStartWithAny(text: string, at: number, literals: readonly string[]): boolean {
  for (const literal of literals) if (mayStartWith(text, at, literal)) return true;
  return false;
}

export const clamp01 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
