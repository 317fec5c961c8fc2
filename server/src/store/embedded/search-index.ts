import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchHit, SearchHitKind } from '../../domain/graph-store.ts';
import type { Actor, AtlasEvent, Evidence, Source } from '../../domain/model.ts';
import { clampSearchLimit } from '../../domain/query-limits.ts';
import { foldSearchText, highlightWords, snippetWindow } from '../../domain/search-text.ts';
import {
  fuzziness,
  rankSearchHits,
  searchHitKindOrder as kindOrder,
  searchWords,
  type SearchRecord,
} from '../../domain/search-ranking.ts';
import type { Language } from '../../domain/vocabulary.ts';

/**
 * Full-text search over actors (name, aliases, descriptions), events (titles), evidence (quotes) and sources
 * (titles), with accent and case folding on both the index and the query.
 *
 * MiniSearch finds the candidates (every word exact, as a prefix from 3 letters, with one edit from 5 and two from 9;
 * all words, else any); which are hits and how they rank is domain/search-ranking.ts, shared with the Neo4j store.
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
    options: { limit?: number | undefined; kinds?: SearchHitKind[] | undefined; lang?: Language | undefined } = {},
  ): SearchHit[] {
    const limit = clampSearchLimit(options.limit);
    const words = searchWords(query);
    if (limit === 0 || words.length === 0) return [];
    const kinds = options.kinds ? new Set(options.kinds) : null;
    // MiniSearch finds the candidates; domain/search-ranking.ts decides which are hits and ranks them.
    const searchOptions = {
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => fuzziness(term) || false,
      filter: kinds ? (result: SearchResult) => kinds.has(this.locate(result.id as number).kind) : undefined,
    };
    const candidates = (combineWith: 'AND' | 'OR') =>
      this.engine
        .search(words.join(' '), { ...searchOptions, combineWith })
        .map((result) => this.record(result.id as number));
    const hits = rankSearchHits(candidates('AND'), words, query, 'AND', limit, options.lang);
    return hits.length > 0 ? hits : rankSearchHits(candidates('OR'), words, query, 'OR', limit, options.lang);
  }

  private record(doc: number): SearchRecord {
    const { kind, index } = this.locate(doc);
    switch (kind) {
      case 'actor':
        return { kind, record: this.records.actors[index]! };
      case 'event':
        return { kind, record: this.records.events[index]! };
      case 'evidence': {
        const record = this.records.evidence[index]!;
        return { kind, record, sourceTitle: this.records.sourceTitle(record.source) };
      }
      case 'source':
        return { kind, record: this.records.sources[index]! };
    }
  }
}

/** Kept under these names for adapters that imported them from here; they live in domain/search-text.ts. */
export { highlightWords as highlight, snippetWindow as window };
