import { describe, expect, it } from 'vitest';
import { actor, buildBundle, day, dispute, relation, source } from '../support/bundle-builder.ts';
import { ids, loadedStore, type ContractContext } from './support.ts';

/** sources(), source(id) with its mentions and evidence, evidence(ids), disputes(). */
export function describeSourcesContract(context: ContractContext): void {
  describe('sources and evidence', () => {
    const loaded = loadedStore(context, () =>
      buildBundle({
        sources: [source('zine', day('2013')), source('daily', day('2012-09'), { language: 'fr' })],
        actors: [actor('acme', { evidence: [] }), actor('globex', { evidence: [] })],
        relations: [
          relation('acme', 'owns', 'globex', { evidence: ['ev-b', 'ev-a', 'ev-c'] }),
          relation('globex', 'partner-of', 'acme', { evidence: ['ev-z'] }),
        ],
        disputes: [
          dispute('second', 'acme', 'fact', [['relations/acme-owns-globex'], ['actors/acme']]),
          dispute('first', 'globex', 'fact', [['actors/globex'], ['actors/acme']]),
        ],
        evidence: [
          // In the text: c at 5, a at 40; b unanchored (the text was not at hand); z in the other source.
          { id: 'ev-a', source: 'daily', quote: 'Acme owns Globex', start: 40, end: 56 },
          { id: 'ev-b', source: 'daily', quote: 'Globex, owned by Acme', start: null, end: null },
          { id: 'ev-c', source: 'daily', quote: 'Acme bought Globex', start: 5, end: 23 },
          { id: 'ev-z', source: 'zine', quote: 'Globex and Acme', start: 0, end: 15 },
          { id: 'ev-first-1', source: 'zine', quote: 'one claim', start: null, end: null },
          { id: 'ev-first-2', source: 'zine', quote: 'the other', start: null, end: null },
          { id: 'ev-second-1', source: 'zine', quote: 'one claim', start: null, end: null },
          { id: 'ev-second-2', source: 'zine', quote: 'the other', start: null, end: null },
        ],
        mentions: [
          { source: 'daily', actor: 'globex', count: 1, spans: [[50, 56]] },
          {
            source: 'daily',
            actor: 'acme',
            count: 2,
            spans: [
              [5, 9],
              [40, 44],
            ],
          },
          { source: 'zine', actor: 'acme', count: 1, spans: [[11, 15]] },
        ],
      }),
    );

    it('lists sources and disputes in id order', async () => {
      const { store, bundle } = loaded;
      expect(await store.sources()).toEqual([...bundle.sources]);
      expect(ids(await store.sources())).toEqual(['daily', 'zine']);
      expect(ids(await store.disputes())).toEqual(['first', 'second']);
    });

    it('shows a source with its mentions by actor and its evidence in text order, unanchored last', async () => {
      const { store, bundle } = loaded;
      const detail = (await store.source('daily'))!;
      expect(detail.source).toEqual(bundle.sources.find((s) => s.id === 'daily'));
      expect(detail.mentions.map((m) => [m.actor, m.count])).toEqual([
        ['acme', 2],
        ['globex', 1],
      ]);
      expect(ids(detail.evidence)).toEqual(['ev-c', 'ev-a', 'ev-b']);
      expect(await store.source('no-such-source')).toBeNull();
    });

    it('resolves evidence in the order asked, repeats kept, unknown ids skipped', async () => {
      const { store, bundle } = loaded;
      const [a, z] = ['ev-a', 'ev-z'].map((id) => bundle.evidence.find((e) => e.id === id)!);
      expect(await store.evidence(['ev-z', 'no-such-evidence', 'ev-a', 'ev-z'])).toEqual([z, a, z]);
      expect(await store.evidence([])).toEqual([]);
    });

    it('gives an actor its mentions by source', async () => {
      const detail = (await loaded.store.actor('acme'))!;
      expect(detail.mentions.map((m) => [m.source, m.count])).toEqual([
        ['daily', 2],
        ['zine', 1],
      ]);
      expect(ids(detail.disputes)).toEqual(['first', 'second']);
    });
  });
}
