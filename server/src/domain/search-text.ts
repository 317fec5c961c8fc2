import type { Actor } from './model.ts';
import type { SearchHit } from './results.ts';

/**
 * Search over text, as every store does it: the search fold (accents, case and typography aside; it may change a
 * text's length, so it makes comparison keys, never offsets: the ingest's offset-preserving fold is
 * ingest/offset-preserving-fold.ts), words, highlights, snippets, and the actor name matching of actors() and search.
 */

/** Characters the search fold rewrites, some to two letters (œ → oe): search keys need not keep offsets. */
const searchFoldSpellings: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u0153': 'oe',
  '\u0152': 'oe',
  '\u00e6': 'ae',
  '\u00c6': 'ae',
  '\u00df': 'ss',
};
const searchFoldSpellingPattern = /[\u2019\u2018\u02bc\u2010\u2011\u2013\u2014\u0153\u0152\u00e6\u00c6\u00df]/g;

/**
 * Accent- and case-insensitive comparison key: NFD with combining marks removed, lower case, curly apostrophes
 * and dashes made plain, œ/æ spelled out. "Thalès", "THALES" and "thales" all fold to "thales".
 */
export function foldSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(searchFoldSpellingPattern, (char) => searchFoldSpellings[char]!);
}

/** Words for full-text search: maximal runs of letters and digits, with their [start, end) offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Longest search snippet before it is cut to a window around the first highlight. */
export const SNIPPET_MAX = 200;

/** [start, end) of every word of the text whose folded form is one of the (folded) matched terms. */
export function highlightWords(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { word, start, end } of wordsOf(text)) if (terms.has(foldSearchText(word))) ranges.push([start, end]);
  return ranges;
}

/**
 * A search snippet: the text itself when short, else about SNIPPET_MAX characters around the first highlight, cut
 * at spaces, with "…" where text was left out and the highlights moved along (those outside dropped).
 */
export function snippetWindow(text: string, highlights: [number, number][]): SearchHit['snippet'] {
  if (text.length <= SNIPPET_MAX) return { text, highlights };
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, first - 60);
  // Start on a word boundary when one is near.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_MAX);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_MAX / 2) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/** actors() text: trimmed and folded; the empty string matches every actor. */
export function actorQueryText(text: string | undefined): string {
  return text === undefined ? '' : foldSearchText(text.trim());
}

/** Whether an actor's name or one of its aliases contains the already folded text (see actorQueryText). */
export function actorMatchesText(actor: Actor, foldedText: string): boolean {
  if (foldedText === '') return true;
  if (foldSearchText(actor.name).includes(foldedText)) return true;
  return [...actor.aliases.fr, ...actor.aliases.en].some((alias) => foldSearchText(alias).includes(foldedText));
}

/** Score added to an actor whose name or an alias is exactly the query: typing "Google" finds Google first. */
export const EXACT_NAME_BONUS = 1_000;

const phrase = (text: string) =>
  wordsOf(text)
    .map((w) => foldSearchText(w.word))
    .join(' ');

/** EXACT_NAME_BONUS when the actor's name or one of its aliases is the query word for word (accents, case aside). */
export function exactNameBonus(actor: Pick<Actor, 'name' | 'aliases'>, query: string): number {
  const wanted = phrase(query);
  if (wanted === '') return 0;
  const names = [actor.name, ...actor.aliases.fr, ...actor.aliases.en];
  return names.some((name) => phrase(name) === wanted) ? EXACT_NAME_BONUS : 0;
}
