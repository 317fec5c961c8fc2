import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/src/domain/graph-store.ts';
import { actor, buildBundle, relation } from '../support/bundle-builder.ts';
import { loadedStore, type ContractContext } from './support.ts';

/** Loading, readiness and the counts: what a store is before and after load(). */
export function describeLifecycleContract({ make, timeout }: ContractContext): void {
  describe('lifecycle', () => {
    describe('before load', () => {
      it('is not ready and every query throws StoreUnavailableError', async () => {
        const fresh = await make();
        expect(await fresh.health()).toMatchObject({ ready: false, version: null });
        const queries: [string, () => Promise<unknown>][] = [
          ['stats', () => fresh.stats()],
          ['actor', () => fresh.actor('thales')],
          ['actors', () => fresh.actors({})],
          ['neighbourhood', () => fresh.neighbourhood({ id: 'thales', depth: 1 })],
          ['subgraph', () => fresh.subgraph({})],
          ['shortestPaths', () => fresh.shortestPaths({ from: 'thales', to: 'google' })],
          ['timeline', () => fresh.timeline({})],
          ['funding', () => fresh.funding({})],
          ['search', () => fresh.search('thales')],
          ['sources', () => fresh.sources()],
          ['source', () => fresh.source('jolain-french-cloud')],
          ['evidence', () => fresh.evidence(['x'])],
          ['disputes', () => fresh.disputes()],
        ];
        for (const [query, call] of queries) {
          await expect(call(), query).rejects.toBeInstanceOf(StoreUnavailableError);
        }
      });
    });

    describe('loaded', () => {
      const first = buildBundle({
        actors: [actor('acme'), actor('globex'), actor('state', { kind: 'public-body' })],
        relations: [relation('acme', 'owns', 'globex'), relation('state', 'funds', 'acme')],
      });
      const loaded = loadedStore({ make, timeout }, () => first);

      it('is ready, at the bundle version', async () => {
        expect(await loaded.store.health()).toMatchObject({ ready: true, version: first.version });
      });

      it('counts what the bundle holds, per kind and per type only those present', async () => {
        expect(await loaded.store.stats()).toEqual({
          version: first.version,
          actors: 3,
          relations: 2,
          events: 0,
          fundings: 0,
          disputes: 0,
          sources: 1,
          evidence: first.evidence.length,
          actorsByKind: { company: 2, 'public-body': 1 },
          relationsByType: { owns: 1, funds: 1 },
        });
      });

      it('replaces the whole dataset when another bundle is loaded', async () => {
        const second = buildBundle({ actors: [actor('initech')] });
        const store = await make();
        await store.load(first);
        await store.load(second);
        expect(await store.health()).toMatchObject({ ready: true, version: second.version });
        expect((await store.actors({})).items.map((a) => a.id)).toEqual(['initech']);
        expect(await store.actor('acme')).toBeNull();
        expect((await store.subgraph({})).edges).toEqual([]);
      });
    });
  });
}
