import type { SearchHit, SearchHitKind } from './graph-store.ts';
import type { Actor, AtlasEvent, Evidence, Source } from './model.ts';
import { exactNameBonus, foldSearchText, snippetWindow, wordsOf } from './search-text.ts';
import { compareStrings } from './sort-orders.ts';
import type { Language } from './vocabulary.ts';

/**
 * What a search matches and how hits rank, the same for every store: a store only finds candidates fast (the
 * embedded store with MiniSearch, Neo4j with a full-text index); which candidates are hits, their scores, labels and
 * snippets, and their order come from here, from the record and the query alone.
 *
 * Words: runs of letters and digits (wordsOf), folded (foldSearchText); a query keeps its first MAX_QUERY_WORDS
 * distinct words. A query word matches a word of a record exactly (weight 1), as a prefix from 3 letters (0.5), or
 * within one edit from 5 letters and two from 9 (0.25). A record is a hit when every query word matches (AND); when
 * no record is, when any does (OR). Its score: for each query word, its best match over the record's fields times the
 * field's boost (name 4, aliases 3, titles 2, descriptions, quotes and source titles 1), summed, plus
 * EXACT_NAME_BONUS for an actor named exactly as the query. Ties: actors, events, evidence, sources, then id.
 */

/** Words of a query beyond this many are ignored: a pasted page must not cost a search per word. */
export const MAX_QUERY_WORDS = 16;

export const searchHitKindOrder: readonly SearchHitKind[] = ['actor', 'event', 'evidence', 'source'];

/** The distinct folded words among the first MAX_QUERY_WORDS words of a query. */
export function searchWords(query: string): string[] {
  const words = wordsOf(query)
    .map((w) => foldSearchText(w.word))
    .filter((w) => w !== '');
  return [...new Set(words.slice(0, MAX_QUERY_WORDS))];
}

/** The longest edit distance a query word of this length may be off by. */
export const fuzziness = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** How well a folded word of a text matches a folded query word: 1 exactly, 0.5 as a prefix, 0.25 fuzzily, else 0. */
export function matchWeight(word: string, q: string): number {
  if (word === q) return 1;
  if (q.length >= 3 && word.startsWith(q)) return 0.5;
  if (fuzziness(q) > 0 && editDistanceAtMost(word, q, fuzziness(q))) return 0.25;
  return 0;
}

const foldedWords = (text: string) => wordsOf(text).map((w) => ({ ...w, folded: foldSearchText(w.word) }));

function highlights(text: string, queryWords: readonly string[]): [number, number][] {
  return foldedWords(text)
    .filter(({ folded }) => queryWords.some((q) => matchWeight(folded, q) > 0))
    .map(({ start, end }): [number, number] => [start, end]);
}

/** A searchable record of one kind, with what a hit on it shows (evidence: the title of its source). */
export type SearchRecord =
  | { kind: 'actor'; record: Actor }
  | { kind: 'event'; record: AtlasEvent }
  | { kind: 'evidence'; record: Evidence; sourceTitle: string | undefined }
  | { kind: 'source'; record: Source };

/** The texts a record is searched in, each with its boost. */
export function searchFields(item: SearchRecord): [text: string, boost: number][] {
  switch (item.kind) {
    case 'actor': {
      const actor = item.record;
      return [
        [actor.name, 4],
        ...[...actor.aliases.fr, ...actor.aliases.en].map((alias): [string, number] => [alias, 3]),
        [actor.description.fr, 1],
        [actor.description.en, 1],
      ];
    }
    case 'event':
      return [
        [item.record.title.fr, 2],
        [item.record.title.en, 2],
      ];
    case 'evidence':
      return [[item.record.quote, 1]];
    case 'source':
      return [[item.record.title, 1]];
  }
}

interface FoldedField {
  boost: number;
  words: string[];
}

/** Folded words per field, kept per record object: a store whose records live on folds each once. */
const foldedFieldsCache = new WeakMap<object, FoldedField[]>();
function foldedFields(item: SearchRecord): FoldedField[] {
  let fields = foldedFieldsCache.get(item.record);
  if (!fields) {
    fields = searchFields(item).map(([text, boost]) => ({
      boost,
      words: foldedWords(text)
        .map((w) => w.folded)
        .filter((w) => w !== ''),
    }));
    foldedFieldsCache.set(item.record, fields);
  }
  return fields;
}

/** Every folded word a record is searched by, space-separated: what a store's full-text index holds. */
export function searchText(item: SearchRecord): string {
  return [...new Set(foldedFields(item).flatMap((field) => field.words))].join(' ');
}

/**
 * How well a record matches a query: per query word, its best match over the record's fields times the field's
 * boost. Null when it is no hit: some query word matches nothing (AND), or none matches anything (OR).
 */
function relevance(item: SearchRecord, queryWords: readonly string[], combine: 'AND' | 'OR'): number | null {
  let score = 0;
  let matched = 0;
  for (const q of queryWords) {
    let best = 0;
    for (const field of foldedFields(item))
      for (const word of field.words) best = Math.max(best, field.boost * matchWeight(word, q));
    if (best > 0) matched++;
    else if (combine === 'AND') return null;
    score += best;
  }
  return matched > 0 ? score : null;
}

const recordId = (item: SearchRecord) => item.record.id;

/** A record as a hit for a query, with its score: its label and a snippet with the matched words highlighted. */
function searchHit(item: SearchRecord, queryWords: readonly string[], score: number, lang: Language): SearchHit {
  const other: Language = lang === 'fr' ? 'en' : 'fr';
  let label: string;
  // Texts for the snippet, best first: the first holding a matched word is shown.
  let candidates: string[];
  switch (item.kind) {
    case 'actor': {
      const actor = item.record;
      label = actor.name;
      candidates = [
        actor.name,
        ...actor.aliases[lang],
        ...actor.aliases[other],
        actor.description[lang],
        actor.description[other],
      ];
      break;
    }
    case 'event': {
      const event = item.record;
      const own = highlights(event.title[lang], queryWords).length > 0;
      const otherMatches = highlights(event.title[other], queryWords).length > 0;
      label = otherMatches && !own ? event.title[other] : event.title[lang];
      candidates = [event.title[lang], event.title[other]];
      break;
    }
    case 'evidence':
      label = item.sourceTitle ?? item.record.source;
      candidates = [item.record.quote];
      break;
    case 'source':
      label = item.record.title;
      candidates = [item.record.title];
      break;
  }
  const hit = { kind: item.kind, id: recordId(item), label, score };
  // A text holding a query word exactly beats one that matches only as a prefix or with a typo.
  const exactly = (text: string) => foldedWords(text).some(({ folded }) => queryWords.includes(folded));
  const matches = (text: string) => highlights(text, queryWords).length > 0;
  if (item.kind === 'actor') {
    // An actor's texts in the reader's language come first, even when they match only loosely ("Andromeda" for
    // "Andromède"); one found only through its other language's texts shows its description in the reader's language
    // and says which words matched there.
    const actor = item.record;
    const own = [actor.name, ...actor.aliases[lang], actor.description[lang]];
    for (const wanted of [exactly, matches]) {
      const text = own.find(wanted);
      if (text !== undefined) return { ...hit, snippet: snippetWindow(text, highlights(text, queryWords)) };
    }
    const text = [...actor.aliases[other], actor.description[other]].find(matches);
    if (text !== undefined)
      return {
        ...hit,
        snippet: {
          ...snippetWindow(actor.description[lang], []),
          matchedIn: {
            language: other,
            words: [...new Set(highlights(text, queryWords).map(([start, end]) => text.slice(start, end)))],
          },
        },
      };
  }
  for (const wanted of [exactly, matches]) {
    const text = candidates.find(wanted);
    if (text !== undefined) return { ...hit, snippet: snippetWindow(text, highlights(text, queryWords)) };
  }
  return { ...hit, snippet: snippetWindow(candidates[0]!, []) };
}

/**
 * The hits among the candidates a store found (a superset of the records that match), best first (ties by kind:
 * actor, event, evidence, source; then id), at most `limit`: kept by the matching rule above, scored, ranked; labels
 * and snippets are made for the hits returned only. A store asks for the AND hits, and for the OR hits when there
 * are none.
 */
export function rankSearchHits(
  candidates: readonly SearchRecord[],
  queryWords: readonly string[],
  query: string,
  combine: 'AND' | 'OR',
  limit: number,
  lang: Language = 'en',
): SearchHit[] {
  const scored: { item: SearchRecord; score: number }[] = [];
  for (const item of candidates) {
    const score = relevance(item, queryWords, combine);
    if (score === null) continue;
    scored.push({ item, score: score + (item.kind === 'actor' ? exactNameBonus(item.record, query) : 0) });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      searchHitKindOrder.indexOf(a.item.kind) - searchHitKindOrder.indexOf(b.item.kind) ||
      compareStrings(recordId(a.item), recordId(b.item)),
  );
  return scored.slice(0, limit).map(({ item, score }) => searchHit(item, queryWords, score, lang));
}

/** One record as a hit for a query, scored whether it matches or not (0 when nothing does). */
export function scoreSearchHit(
  item: SearchRecord,
  queryWords: readonly string[],
  query: string,
  lang: Language = 'en',
): SearchHit {
  const score = relevance(item, queryWords, 'OR') ?? 0;
  return searchHit(item, queryWords, score + (item.kind === 'actor' ? exactNameBonus(item.record, query) : 0), lang);
}
