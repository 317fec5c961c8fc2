import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchHitKind } from '../../server/src/domain/graph-store.ts';
import { graphMetrics } from '../../server/src/domain/metrics.ts';
import type { Bundle } from '../../server/src/domain/model.ts';
import { EXACT_NAME_BONUS, foldSearchText, wordsOf } from '../../server/src/domain/search-text.ts';
import { UNKNOWN_SPAN } from '../../server/src/domain/time-spans.ts';
import { actorProps, eventProps, evidenceProps, sourceProps } from '../../server/src/store/neo4j/mapper.ts';
import { escapeLucene, luceneQuery, searchHit } from '../../server/src/store/neo4j/neo4j-store.ts';
import { realBundle } from '../contract/graph-store-contract.ts';

/**
 * The TypeScript half of the Neo4j search: the Lucene query built from the caller's words, and the ranking of the
 * candidates Lucene returns. The database half (which candidates the full-text index finds) needs a live Neo4j;
 * here every record of the bundle that shares a word with the query stands in for them, so the ranking and the
 * snippets are checked on the real data.
 */

let bundle: Bundle;
beforeAll(async () => {
  bundle = await realBundle();
});

const queryWords = (query: string) =>
  [...new Set(wordsOf(query).map((w) => foldSearchText(w.word)))].filter((w) => w !== '');

function rank(query: string, kinds?: SearchHitKind[]): SearchHit[] {
  const words = queryWords(query);
  const metrics = graphMetrics(bundle);
  const titles = new Map(bundle.sources.map((s) => [s.id, s.title]));
  const rows: [SearchHitKind, Record<string, unknown>][] = [
    ...bundle.actors.map((a): [SearchHitKind, Record<string, unknown>] => [
      'actor',
      { item: actorProps(a, metrics.get(a.id), UNKNOWN_SPAN), context: null },
    ]),
    ...bundle.events.map((e): [SearchHitKind, Record<string, unknown>] => [
      'event',
      { item: eventProps(e), context: null },
    ]),
    ...bundle.evidence.map((e): [SearchHitKind, Record<string, unknown>] => [
      'evidence',
      { item: evidenceProps(e), context: titles.get(e.source) ?? null },
    ]),
    ...bundle.sources.map((s): [SearchHitKind, Record<string, unknown>] => [
      'source',
      { item: sourceProps(s), context: null },
    ]),
  ];
  const order: SearchHitKind[] = ['actor', 'event', 'evidence', 'source'];
  return rows
    .filter(([kind]) => !kinds || kinds.includes(kind))
    .map(([kind, row]) => searchHit(kind, row, words, query))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || order.indexOf(a.kind) - order.indexOf(b.kind) || (a.id < b.id ? -1 : 1));
}

describe('Neo4j search: the Lucene query', () => {
  it('is built from folded words only, each exact, as a prefix and fuzzy, over the folded words of a record', () => {
    expect(luceneQuery(['andromede'], 'AND')).toBe('searchText:(andromede OR andromede* OR andromede~2)');
    expect(luceneQuery(['eu', 'cloud'], 'OR')).toBe('searchText:(eu) OR searchText:(cloud OR cloud* OR cloud~1)');
  });

  it('escapes every character Lucene gives a meaning to', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });
});

describe('Neo4j search: ranking the candidates', () => {
  it('puts Andromède first among actors, by name, accents or not, and by its English alias', () => {
    for (const query of ['andromede', 'Andromède', 'ANDROMEDE']) {
      const top = rank(query).find((h) => h.kind === 'actor')!;
      expect(top.id).toBe('andromede');
      expect(top.label).toBe('Andromède');
    }
    expect(rank('Andromeda', ['actor'])[0]?.id).toBe('andromede');
  });

  it('ranks the same whatever the accents and case, with highlights inside the snippet', () => {
    expect(rank('Thalès')).toEqual(rank('thales'));
    const hits = rank('Thalès');
    const top = hits.find((h) => h.kind === 'actor')!;
    expect(top.id).toBe('thales');
    expect(top.snippet.highlights.map(([s, e]) => foldSearchText(top.snippet.text.slice(s, e)))).toContain('thales');
    for (const { snippet } of hits) {
      let previousEnd = 0;
      for (const [start, end] of snippet.highlights) {
        expect(start).toBeGreaterThanOrEqual(previousEnd);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(snippet.text.length);
        previousEnd = end;
      }
    }
  });

  it('scores from the record and the query alone, not from what else is indexed', () => {
    const thales = bundle.actors.find((a) => a.id === 'thales')!;
    const alone = searchHit(
      'actor',
      { item: actorProps(thales, undefined, UNKNOWN_SPAN), context: null },
      ['thales'],
      'thales',
    );
    const inTheBundle = rank('thales').find((h) => h.id === 'thales')!;
    expect(alone.score).toBe(inTheBundle.score);
    expect(alone.score).toBe(4 + EXACT_NAME_BONUS); // an exact match of the name, boosted 4, and the name itself
  });
});
