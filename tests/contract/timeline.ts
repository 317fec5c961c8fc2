import { describe, expect, it } from 'vitest';
import { actor, buildBundle, day, event } from '../support/bundle-builder.ts';
import { ids, loadedStore, type ContractContext } from './support.ts';

/** timeline(): events by the middle of their date's span (narrower first, then id), filtered by actor, kind, window. */
export function describeTimelineContract(context: ContractContext): void {
  describe('timeline', () => {
    const loaded = loadedStore(context, () =>
      buildBundle({
        actors: [actor('acme'), actor('globex')],
        events: [
          // The year 2013: its middle, about 1 July 2013, comes after March 2013 though it begins first.
          event('acme-year', day('2013'), ['acme'], { kind: 'report' }),
          event('acme-march', day('2013-03'), ['acme']),
          event('globex-day', day('2012-09-01'), ['globex'], { kind: 'founding' }),
          // The same span as acme-march: by id.
          event('both-march', day('2013-03'), ['acme', 'globex'], { kind: 'shutdown' }),
        ],
      }),
    );

    it('orders events by the middle of their span, narrower first, then id', async () => {
      expect(ids(await loaded.store.timeline({}))).toEqual(['globex-day', 'acme-march', 'both-march', 'acme-year']);
    });

    it('filters by actor, kind and window; an empty list lets nothing through', async () => {
      const { store } = loaded;
      expect(ids(await store.timeline({ actors: ['globex'] }))).toEqual(['globex-day', 'both-march']);
      expect(ids(await store.timeline({ kinds: ['report', 'founding'] }))).toEqual(['globex-day', 'acme-year']);
      // The year 2013 overlaps June 2013; March 2013 does not.
      expect(ids(await store.timeline({ from: '2013-06-01' }))).toEqual(['acme-year']);
      expect(ids(await store.timeline({ to: '2012-12-31' }))).toEqual(['globex-day']);
      expect(ids(await store.timeline({ actors: ['acme'], from: '2013-03-31', to: '2013-03-31' }))).toEqual([
        'acme-march',
        'both-march',
        'acme-year',
      ]);
      expect(await store.timeline({ kinds: [] })).toEqual([]);
      expect(await store.timeline({ actors: ['no-such-actor'] })).toEqual([]);
    });
  });
}
