import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchHit, SearchHitKind } from '../../domain/graph-store.ts';
import type { Actor, AtlasEvent, Evidence, Source } from '../../domain/model.ts';
import {
  clampSearchLimit,
  exactNameBonus,
  compareStrings,
  foldSearchText,
  highlightWords,
  snippetWindow,
} from '../../domain/queries.ts';

/**
 * Full-text search over actors (name, aliases, descriptions), events (titles), evidence (quotes) and sources
 * (titles), with accent and case folding on both the index and the query.
 *
 * Query semantics: the query is cut into words (runs of letters and digits; the first 16) and each word folded; every word must
 * match (AND; when that finds nothing, any word may: OR); words of 3+ letters also match as prefixes, words of 5+
 * letters with one edit (two from 9 letters). Hits are ranked by BM25 score with field boosts (name > aliases >
 * titles > descriptions, quotes), ties by kind (actor, event, evidence, source) then id.
 */

export interface SearchRecords {
  actors: readonly Actor[];
  events: readonly AtlasEvent[];
  evidence: readonly Evidence[];
  sources: readonly Source[];
  sourceTitle: (sourceId: string) => string | undefined;
}

type Field =
  | 'name'
  | 'aliasesFr'
  | 'aliasesEn'
  | 'descriptionFr'
  | 'descriptionEn'
  | 'titleFr'
  | 'titleEn'
  | 'quote'
  | 'sourceTitle';
const fields: Field[] = [
  'name',
  'aliasesFr',
  'aliasesEn',
  'descriptionFr',
  'descriptionEn',
  'titleFr',
  'titleEn',
  'quote',
  'sourceTitle',
];
const boost: Partial<Record<Field, number>> = { name: 4, aliasesFr: 3, aliasesEn: 3, titleFr: 2, titleEn: 2 };
const kindOrder: SearchHitKind[] = ['actor', 'event', 'evidence', 'source'];

/** Words of a query beyond this many are ignored. */
const MAX_QUERY_WORDS = 16;

const tokenize = (text: string): string[] => text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
const processTerm = (term: string): string | null => {
  const folded = foldSearchText(term);
  return folded === '' ? null : folded;
};

interface Doc {
  id: number;
}

export class SearchIndex {
  private readonly engine: MiniSearch<Doc>;
  /** First document number of each kind, in kindOrder; documents are numbered actors, events, evidence, sources. */
  private readonly bounds: number[];

  constructor(private readonly records: SearchRecords) {
    const { actors, events, evidence, sources } = records;
    this.bounds = [0, actors.length, actors.length + events.length, actors.length + events.length + evidence.length];
    this.engine = new MiniSearch<Doc>({
      fields,
      idField: 'id',
      storeFields: [],
      tokenize,
      processTerm,
      extractField: (doc, field) => (field === 'id' ? doc.id : this.fieldText(doc.id, field as Field)) as string,
    });
    const total = this.bounds[3]! + sources.length;
    const docs: Doc[] = new Array(total);
    for (let i = 0; i < total; i++) docs[i] = { id: i };
    this.engine.addAll(docs);
  }

  private locate(doc: number): { kind: SearchHitKind; index: number } {
    for (let k = 3; k >= 0; k--)
      if (doc >= this.bounds[k]!) return { kind: kindOrder[k]!, index: doc - this.bounds[k]! };
    throw new Error(`no document ${doc}`);
  }

  private fieldText(doc: number, field: Field): string | undefined {
    const { kind, index } = this.locate(doc);
    switch (kind) {
      case 'actor': {
        const actor = this.records.actors[index]!;
        if (field === 'name') return actor.name;
        if (field === 'aliasesFr') return actor.aliases.fr.join('\n');
        if (field === 'aliasesEn') return actor.aliases.en.join('\n');
        if (field === 'descriptionFr') return actor.description.fr;
        if (field === 'descriptionEn') return actor.description.en;
        return undefined;
      }
      case 'event': {
        const event = this.records.events[index]!;
        if (field === 'titleFr') return event.title.fr;
        if (field === 'titleEn') return event.title.en;
        return undefined;
      }
      case 'evidence':
        return field === 'quote' ? this.records.evidence[index]!.quote : undefined;
      case 'source':
        return field === 'sourceTitle' ? this.records.sources[index]!.title : undefined;
    }
  }

  search(
    query: string,
    options: { limit?: number | undefined; kinds?: SearchHitKind[] | undefined } = {},
  ): SearchHit[] {
    const limit = clampSearchLimit(options.limit);
    // At most MAX_QUERY_WORDS words: a pasted page must not cost a search per word.
    const words = tokenize(query).filter((word) => processTerm(word) !== null);
    if (limit === 0 || words.length === 0) return [];
    const text = words.slice(0, MAX_QUERY_WORDS).join(' ');
    const kinds = options.kinds ? new Set(options.kinds) : null;
    const searchOptions = {
      boost,
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
      weights: { prefix: 0.5, fuzzy: 0.25 },
      filter: kinds ? (result: SearchResult) => kinds.has(this.locate(result.id as number).kind) : undefined,
    };
    let results = this.engine.search(text, { ...searchOptions, combineWith: 'AND' });
    if (results.length === 0) results = this.engine.search(text, { ...searchOptions, combineWith: 'OR' });
    const ranked = results.map((result) => {
      const located = this.locate(result.id as number);
      const bonus = located.kind === 'actor' ? exactNameBonus(this.records.actors[located.index]!, text) : 0;
      return { result: bonus ? { ...result, score: result.score + bonus } : result, ...located };
    });
    ranked.sort(
      (a, b) =>
        b.result.score - a.result.score ||
        kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
        compareStrings(this.recordId(a.kind, a.index), this.recordId(b.kind, b.index)),
    );
    return ranked.slice(0, limit).map(({ result, kind, index }) => this.hit(result, kind, index));
  }

  private recordId(kind: SearchHitKind, index: number): string {
    switch (kind) {
      case 'actor':
        return this.records.actors[index]!.id;
      case 'event':
        return this.records.events[index]!.id;
      case 'evidence':
        return this.records.evidence[index]!.id;
      case 'source':
        return this.records.sources[index]!.id;
    }
  }

  private hit(result: SearchResult, kind: SearchHitKind, index: number): SearchHit {
    const terms = new Set(result.terms);
    const matchedFields = new Set(Object.values(result.match).flat() as Field[]);
    // Candidate texts for the snippet, best first; the first one holding a matched word wins.
    let label: string;
    let candidates: [Field, string][];
    switch (kind) {
      case 'actor': {
        const actor = this.records.actors[index]!;
        label = actor.name;
        candidates = [
          ['name', actor.name],
          ...actor.aliases.fr.map((alias): [Field, string] => ['aliasesFr', alias]),
          ...actor.aliases.en.map((alias): [Field, string] => ['aliasesEn', alias]),
          ['descriptionEn', actor.description.en],
          ['descriptionFr', actor.description.fr],
        ];
        break;
      }
      case 'event': {
        const event = this.records.events[index]!;
        label = matchedFields.has('titleFr') && !matchedFields.has('titleEn') ? event.title.fr : event.title.en;
        candidates = [
          ['titleEn', event.title.en],
          ['titleFr', event.title.fr],
        ];
        break;
      }
      case 'evidence': {
        const evidence = this.records.evidence[index]!;
        label = this.records.sourceTitle(evidence.source) ?? evidence.source;
        candidates = [['quote', evidence.quote]];
        break;
      }
      case 'source': {
        const source = this.records.sources[index]!;
        label = source.title;
        candidates = [['sourceTitle', source.title]];
        break;
      }
    }
    const id = this.recordId(kind, index);
    // A text holding a word exactly as asked beats one matched only as a prefix or with a typo.
    const exact = new Set(result.queryTerms.filter((term) => terms.has(term)));
    for (const wanted of exact.size > 0 ? [exact, terms] : [terms]) {
      for (const [field, text] of candidates) {
        if (!matchedFields.has(field) || highlightWords(text, wanted).length === 0) continue;
        return { kind, id, label, score: result.score, snippet: snippetWindow(text, highlightWords(text, terms)) };
      }
    }
    return { kind, id, label, score: result.score, snippet: snippetWindow(candidates[0]![1], []) };
  }
}

/** Kept under these names for adapters that imported them from here; they live in domain/queries.ts. */
export { highlightWords as highlight, snippetWindow as window };
