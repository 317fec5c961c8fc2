import { describe, expect, it } from 'vitest';
import { actor, buildBundle, day, dispute, event, funding, relation } from '../support/bundle-builder.ts';
import { ids, loadedStore, type ContractContext } from './support.ts';

/** actors() (paging, kinds, text) and actor(id) (everything the side panel shows about one actor). */
export function describeActorsContract(context: ContractContext): void {
  describe('actors', () => {
    const loaded = loadedStore(context, () =>
      buildBundle({
        actors: [
          actor('zeta', { name: 'Zeta' }),
          actor('elan', { name: 'Élan', aliases: { fr: ['Élan Numérique'], en: ['Momentum'] } }),
          actor('acme', { name: 'ACME' }),
          actor('state', { name: 'State', kind: 'public-body' }),
          actor('beta', { name: 'Beta', kind: 'public-body' }),
          ...Array.from({ length: 60 }, (_, i) => actor(`filler-${String(i).padStart(2, '0')}`)),
        ],
        relations: [
          relation('acme', 'owns', 'elan'),
          relation('state', 'funds', 'elan'),
          relation('elan', 'partner-of', 'zeta'),
          relation('state', 'funds', 'zeta'),
        ],
        events: [
          event('elan-ipo', day('2015'), ['elan'], { kind: 'ipo' }),
          event('elan-launch', day('2012-09-01'), ['elan', 'acme']),
          event('zeta-launch', day('2013'), ['zeta']),
        ],
        fundings: [
          funding('state-elan', { from: 'state', to: 'elan', amount: 10 }),
          funding('elan-zeta', { from: 'elan', to: 'zeta', amount: 5 }),
          funding('acme-state', { from: 'acme', to: 'state', amount: 1 }),
        ],
        disputes: [
          dispute('elan-money', 'state', 'amount', [['fundings/state-elan'], ['fundings/acme-state']]),
          dispute('elan-itself', 'elan', 'fact', [['actors/elan'], ['actors/zeta']]),
          dispute('zeta-only', 'zeta', 'date', [['events/zeta-launch'], ['actors/zeta']]),
        ],
      }),
    );

    it('pages through actors sorted by folded name, then id, with the total before paging', async () => {
      const { store, bundle } = loaded;
      const all = await store.actors({ limit: 500 });
      expect(all.total).toBe(bundle.actors.length);
      // Élan folds to "elan": after ACME and Beta, before the fillers.
      expect(ids(all.items).slice(0, 4)).toEqual(['acme', 'beta', 'elan', 'filler-00']);
      expect(ids(all.items).at(-2)).toBe('state');
      expect(ids(all.items).at(-1)).toBe('zeta');
      const pages = [];
      for (let offset = 0; offset < all.total; offset += 25)
        pages.push(...(await store.actors({ offset, limit: 25 })).items);
      expect(ids(pages)).toEqual(ids(all.items));
      expect(await store.actors({})).toMatchObject({ offset: 0, limit: 50, total: all.total });
      expect((await store.actors({})).items).toHaveLength(50);
      expect((await store.actors({ limit: 10_000 })).limit).toBe(500);
      expect((await store.actors({ offset: all.total })).items).toEqual([]);
    });

    it('filters by kind and by text in the name or an alias, accents and case aside', async () => {
      const { store } = loaded;
      expect(ids((await store.actors({ kinds: ['public-body'] })).items)).toEqual(['beta', 'state']);
      expect((await store.actors({ kinds: [] })).items).toEqual([]);
      expect(ids((await store.actors({ text: 'ELAN' })).items)).toEqual(['elan']);
      expect(ids((await store.actors({ text: 'numerique' })).items)).toEqual(['elan']);
      expect(ids((await store.actors({ text: 'moment' })).items)).toEqual(['elan']);
      const both = await store.actors({ kinds: ['public-body'], text: 'TAT' });
      expect(ids(both.items)).toEqual(['state']);
      expect(both.total).toBe(1);
    });

    it('tells everything about one actor', async () => {
      const { store, bundle } = loaded;
      const detail = (await store.actor('elan'))!;
      expect(detail.actor).toEqual(bundle.actors.find((a) => a.id === 'elan'));
      expect(ids(detail.relations)).toEqual(['acme-owns-elan', 'elan-partner-of-zeta', 'state-funds-elan']);
      // Timeline order: early September 2012 before the year 2015.
      expect(ids(detail.events)).toEqual(['elan-launch', 'elan-ipo']);
      expect(ids(detail.fundingIn)).toEqual(['state-elan']);
      expect(ids(detail.fundingOut)).toEqual(['elan-zeta']);
      const cited = new Set(detail.actor.evidence);
      for (const record of [...detail.relations, ...detail.events, ...detail.fundingIn, ...detail.fundingOut])
        record.evidence.forEach((e) => cited.add(e));
      expect(ids(detail.evidence)).toEqual([...cited].sort());
      // About it (elan-itself), and pointing at one of its records (elan-money: state-elan); not zeta-only.
      expect(ids(detail.disputes)).toEqual(['elan-itself', 'elan-money']);
      expect(await store.actor('no-such-actor')).toBeNull();
    });
  });
}
