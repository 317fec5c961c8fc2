import { describe, expect, it } from 'vitest';
import { actor, buildBundle, relation } from '../support/bundle-builder.ts';
import { ids, loadedStore, sortedCopy, type ContractContext } from './support.ts';

/** shortestPaths(): every shortest path, in order, each hop the smallest relation id, direction ignored. */
export function describePathsContract(context: ContractContext): void {
  describe('paths', () => {
    // a — b — d and a — c — d (two shortest paths of two hops); a and b linked twice; d — e — f — g — h a long tail.
    const loaded = loadedStore(context, () =>
      buildBundle({
        actors: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'lone'].map((id) => actor(id)),
        relations: [
          relation('a', 'owns', 'b'),
          relation('a', 'founded', 'b'),
          relation('a', 'funds', 'c'),
          relation('d', 'partner-of', 'b'),
          relation('c', 'owns', 'd'),
          relation('d', 'owns', 'e'),
          relation('e', 'owns', 'f'),
          relation('f', 'owns', 'g'),
          relation('g', 'owns', 'h'),
        ],
      }),
    );
    const route = (paths: { actors: string[]; hops: { id: string }[] }[]) =>
      paths.map((p) => [p.actors.join('>'), ids(p.hops)]);

    it('returns every shortest path in lexicographic order, the hop the smallest relation id', async () => {
      const { store } = loaded;
      expect(route(await store.shortestPaths({ from: 'a', to: 'd' }))).toEqual([
        ['a>b>d', ['a-founded-b', 'd-partner-of-b']],
        ['a>c>d', ['a-funds-c', 'c-owns-d']],
      ]);
      // Direction is ignored.
      expect(route(await store.shortestPaths({ from: 'd', to: 'a' }))).toEqual([
        ['d>b>a', ['d-partner-of-b', 'a-founded-b']],
        ['d>c>a', ['c-owns-d', 'a-funds-c']],
      ]);
      for (const path of await store.shortestPaths({ from: 'a', to: 'h' })) {
        path.hops.forEach((hop, i) => {
          expect(sortedCopy([hop.from, hop.to])).toEqual(sortedCopy([path.actors[i]!, path.actors[i + 1]!]));
        });
      }
    });

    it('follows only the relation types asked for', async () => {
      const { store } = loaded;
      expect(route(await store.shortestPaths({ from: 'a', to: 'b', relationTypes: ['owns'] }))).toEqual([
        ['a>b', ['a-owns-b']],
      ]);
      expect(route(await store.shortestPaths({ from: 'a', to: 'd', relationTypes: ['owns', 'funds'] }))).toEqual([
        ['a>c>d', ['a-funds-c', 'c-owns-d']],
      ]);
      expect(await store.shortestPaths({ from: 'a', to: 'd', relationTypes: [] })).toEqual([]);
    });

    it('looks no further than maxHops, 4 by default', async () => {
      const { store } = loaded;
      // a to h: six hops (a, b or c, d, e, f, g, h).
      expect(await store.shortestPaths({ from: 'a', to: 'h' })).toEqual([]);
      expect(await store.shortestPaths({ from: 'a', to: 'h', maxHops: 5 })).toEqual([]);
      expect((await store.shortestPaths({ from: 'a', to: 'h', maxHops: 6 })).map((p) => p.actors.join('>'))).toEqual([
        'a>b>d>e>f>g>h',
        'a>c>d>e>f>g>h',
      ]);
      expect(await store.shortestPaths({ from: 'a', to: 'g' })).toEqual([]);
      expect(await store.shortestPaths({ from: 'a', to: 'f' })).toHaveLength(2);
    });

    it('answers trivial and impossible paths', async () => {
      const { store } = loaded;
      expect(await store.shortestPaths({ from: 'a', to: 'a' })).toEqual([{ actors: ['a'], hops: [] }]);
      expect(await store.shortestPaths({ from: 'a', to: 'lone' })).toEqual([]);
      expect(await store.shortestPaths({ from: 'a', to: 'no-such-actor' })).toEqual([]);
      expect(await store.shortestPaths({ from: 'no-such-actor', to: 'a' })).toEqual([]);
    });
  });
}
