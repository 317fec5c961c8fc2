import { compareFuzzyDates } from './fuzzy-date.ts';
import type { Actor, AtlasEvent, Evidence } from './model.ts';
import { foldSearchText } from './search-text.ts';

/**
 * The orders every store sorts its answers in.
 *
 * All string orders are by UTF-16 code units (JavaScript `<`), never locale-aware, so that every store sorts alike.
 */

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const compareById = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);

/** actors(): by folded name, then id. */
export function compareActorsByName(a: Actor, b: Actor): number {
  return compareStrings(foldSearchText(a.name), foldSearchText(b.name)) || compareStrings(a.id, b.id);
}

/** Timeline order: the one fuzzy-date order (compareFuzzyDates: middle of the span, narrower first), then id. */
export function compareEventsChronologically(a: AtlasEvent, b: AtlasEvent): number {
  return compareFuzzyDates(a.date, b.date) || compareStrings(a.id, b.id);
}

/** Evidence of a source: by start offset (unanchored evidence last), then id. */
export function compareEvidenceInText(a: Evidence, b: Evidence): number {
  if (a.start !== b.start) {
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    return a.start - b.start;
  }
  return compareStrings(a.id, b.id);
}

export const compareCoMentions = (x: { a: string; b: string }, y: { a: string; b: string }): number =>
  compareStrings(x.a, y.a) || compareStrings(x.b, y.b);

/** Shortest paths: lexicographically by their actor id sequences. */
export function compareActorSequences(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareStrings(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
