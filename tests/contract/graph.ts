import { describe, expect, it } from 'vitest';
import { graphMetrics } from '../../server/src/domain/metrics.ts';
import { computeKnownSpans } from '../../server/src/domain/time-spans.ts';
import { actor, buildBundle, day, relation, source } from '../support/bundle-builder.ts';
import { expectSpansAndDatings, expectWellFormed, ids, loadedStore, type ContractContext } from './support.ts';

/**
 * subgraph() and neighbourhood(): filters by kind, relation type, window and "as of" a day, the known span and the
 * dating of every node and edge, co-mentions, the shared whole-graph metrics.
 */
export function describeGraphContract(context: ContractContext): void {
  describe('graph', () => {
    // acme owns globex from September 2012 to 2014 (the year); globex and initech are partners (no date);
    // hooli was founded in 2020; the state funds acme (no date); umbrella stands alone.
    const loaded = loadedStore(context, () =>
      buildBundle({
        sources: [source('later-source', day('2018'))],
        actors: [
          actor('acme'),
          actor('globex'),
          actor('initech'),
          actor('hooli', { founded: day('2020') }),
          actor('state', { kind: 'public-body' }),
          actor('umbrella'),
        ],
        relations: [
          relation('acme', 'owns', 'globex', { since: day('2012-09-01'), until: day('2014') }),
          relation('globex', 'partner-of', 'initech'),
          relation('state', 'funds', 'acme'),
          relation('hooli', 'competes-with', 'initech', { since: day('2021') }),
        ],
        coMentions: [
          { a: 'acme', b: 'globex', weight: 3, sources: ['later-source'] },
          { a: 'globex', b: 'initech', weight: 1, sources: ['later-source'] },
          { a: 'hooli', b: 'state', weight: 2, sources: ['later-source'] },
        ],
      }),
    );
    const edges = async (query: Parameters<typeof loaded.store.subgraph>[0]) =>
      ids((await loaded.store.subgraph(query)).edges);

    it('gives every actor and relation by default, with the shared whole-graph metrics', async () => {
      const { store, bundle } = loaded;
      const graph = await store.subgraph({});
      expectWellFormed(graph);
      expect(ids(graph.nodes)).toEqual(ids(bundle.actors));
      expect(ids(graph.edges)).toEqual(ids(bundle.relations));
      expect(graph.coMentions).toEqual([]);
      const metrics = graphMetrics(bundle);
      for (const node of graph.nodes) {
        expect(node.centrality).toBeCloseTo(metrics.get(node.id)!.centrality, 12);
        expect(node.community).toBe(metrics.get(node.id)!.community);
      }
    });

    it('filters by actor kind and relation type; an empty list lets nothing through', async () => {
      const { store } = loaded;
      const companies = await store.subgraph({ kinds: ['company'] });
      expect(ids(companies.nodes)).toEqual(['acme', 'globex', 'hooli', 'initech', 'umbrella']);
      expect(ids(companies.edges)).toEqual([
        'acme-owns-globex',
        'globex-partner-of-initech',
        'hooli-competes-with-initech',
      ]);
      expect(await edges({ relationTypes: ['owns', 'funds'] })).toEqual(['acme-owns-globex', 'state-funds-acme']);
      expect(await edges({ relationTypes: [] })).toEqual([]);
      expect((await store.subgraph({ kinds: [] })).nodes).toEqual([]);
    });

    it('keeps relations overlapping a window; undated ones overlap every window', async () => {
      // acme-owns-globex covers 1 September 2012 to 31 December 2014.
      expect(await edges({ from: '2015-01-01' })).not.toContain('acme-owns-globex');
      expect(await edges({ from: '2014-12-31' })).toContain('acme-owns-globex');
      expect(await edges({ to: '2012-08-31' })).not.toContain('acme-owns-globex');
      expect(await edges({ from: '2010-01-01', to: '2012-09-01' })).toEqual([
        'acme-owns-globex',
        'globex-partner-of-initech',
        'state-funds-acme',
      ]);
    });

    it('shows as of a day what had begun and not ended, each node and edge with its span and dating', async () => {
      const { store, bundle } = loaded;
      expect(await edges({ asOf: '2012-08-31' })).not.toContain('acme-owns-globex');
      expect(await edges({ asOf: '2013-01-01' })).toContain('acme-owns-globex');
      expect(await edges({ asOf: '2015-01-01' })).not.toContain('acme-owns-globex');
      expect(ids((await store.subgraph({ asOf: '2019-12-31' })).nodes)).not.toContain('hooli');
      expect(ids((await store.subgraph({ asOf: '2020-01-01' })).nodes)).toContain('hooli');
      const spans = computeKnownSpans(bundle);
      for (const asOf of [undefined, '2013-01-01', '2018-06-01', '2022-01-01']) {
        const graph = await store.subgraph({ asOf });
        expectSpansAndDatings(graph, spans, asOf);
        const dated = await store.subgraph({ asOf, undated: 'hide' });
        expect(dated.datings, 'counted before the undated are left out').toEqual(graph.datings);
        expect(dated.nodes.every((n) => n.dating !== 'undated')).toBe(true);
        expect(dated.edges.every((e) => e.dating !== 'undated')).toBe(true);
      }
    });

    it('gives co-mentions only when asked, at or above the weight, between returned nodes', async () => {
      const { store } = loaded;
      const weighted = await store.subgraph({ minCoMention: 2 });
      expect(weighted.coMentions).toEqual([
        { a: 'acme', b: 'globex', weight: 3 },
        { a: 'hooli', b: 'state', weight: 2 },
      ]);
      const companies = await store.subgraph({ kinds: ['company'], minCoMention: 1 });
      expect(companies.coMentions).toEqual([
        { a: 'acme', b: 'globex', weight: 3 },
        { a: 'globex', b: 'initech', weight: 1 },
      ]);
    });

    it('expands a neighbourhood hop by hop, whatever the direction, within the types asked for', async () => {
      const { store } = loaded;
      const one = (await store.neighbourhood({ id: 'globex', depth: 1 }))!;
      expectWellFormed(one);
      expect(ids(one.nodes)).toEqual(['acme', 'globex', 'initech']);
      expect(ids(one.edges)).toEqual(['acme-owns-globex', 'globex-partner-of-initech']);
      expect(one.coMentions).toEqual([]);
      const two = (await store.neighbourhood({ id: 'globex', depth: 2 }))!;
      expect(ids(two.nodes)).toEqual(['acme', 'globex', 'hooli', 'initech', 'state']);
      // Depth is at most 3.
      expect(await store.neighbourhood({ id: 'globex', depth: 9 })).toEqual(
        await store.neighbourhood({ id: 'globex', depth: 3 }),
      );
      const owns = (await store.neighbourhood({ id: 'globex', depth: 3, relationTypes: ['owns'] }))!;
      expect(ids(owns.nodes)).toEqual(['acme', 'globex']);
      // Before September 2012 globex had no active relation but its partnership.
      const early = (await store.neighbourhood({ id: 'globex', depth: 1, asOf: '2012-08-31' }))!;
      expect(ids(early.edges)).toEqual(['globex-partner-of-initech']);
      expect((await store.neighbourhood({ id: 'umbrella', depth: 2 }))!.nodes.map((n) => n.id)).toEqual(['umbrella']);
      expect(await store.neighbourhood({ id: 'no-such-actor', depth: 1 })).toBeNull();
    });
  });
}
