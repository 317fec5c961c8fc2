import { describe, expect, it } from 'vitest';
import { foldSearchText } from '../../server/src/domain/search-text.ts';
import { actor, buildBundle, day, event } from '../support/bundle-builder.ts';
import { loadedStore, type ContractContext } from './support.ts';

/** search(): accents and case aside, the actor named exactly as the query first, kinds and limit, highlights. */
export function describeSearchContract(context: ContractContext): void {
  describe('search', () => {
    const loaded = loadedStore(context, () =>
      buildBundle({
        actors: [
          actor('andromede', { name: 'Andromède', aliases: { fr: [], en: ['Andromeda'] } }),
          actor('orange', { name: 'Orange' }),
          actor('obs', { name: 'Orange Business Services' }),
          actor('orange-cyberdefense', { name: 'Orange Cyberdefense' }),
          actor('aws', {
            name: 'Amazon Web Services',
            description: { fr: 'Concurrent du projet Andromède.', en: 'A cloud provider.' },
          }),
          actor('ibm', {
            name: 'IBM',
            description: { fr: 'Concurrent visé par Andromède.', en: 'A rival Andromeda aimed at.' },
          }),
        ],
        events: [
          event('andromede-launch', day('2012-09'), ['andromede'], {
            title: { fr: 'Lancement d’Andromède', en: 'Andromède is launched' },
          }),
        ],
      }),
    );

    it('finds an actor by name or alias, accents and case aside', async () => {
      const { store } = loaded;
      for (const query of ['andromede', 'Andromède', 'ANDROMEDE', 'Andromeda']) {
        const actors = (await store.search(query)).filter((h) => h.kind === 'actor');
        expect(actors[0]?.id, query).toBe('andromede');
        expect(actors[0]!.label).toBe('Andromède');
      }
      expect(await store.search('Andromède')).toEqual(await store.search('andromede'));
    });

    it("labels and snippets in the reader's language when its text matches too", async () => {
      const { store } = loaded;
      const eventHit = async (lang?: 'fr' | 'en') =>
        (await store.search('andromede', { kinds: ['event'], ...(lang ? { lang } : {}) }))[0]!;
      expect((await eventHit('fr')).label).toBe('Lancement d’Andromède');
      expect((await eventHit('fr')).snippet.text).toBe('Lancement d’Andromède');
      expect((await eventHit('en')).label).toBe('Andromède is launched');
      expect((await eventHit('en')).snippet.text).toBe('Andromède is launched');
      expect(await eventHit()).toEqual(await eventHit('en'));
    });

    it("shows an actor found only through its other language's text in the reader's, saying what matched", async () => {
      const { store } = loaded;
      const awsHit = async (lang: 'fr' | 'en') =>
        (await store.search('Andromède', { kinds: ['actor'], lang })).find((h) => h.id === 'aws')!;
      expect((await awsHit('en')).snippet).toEqual({
        text: 'A cloud provider.',
        highlights: [],
        matchedIn: { language: 'fr', words: ['Andromède'] },
      });
      expect((await awsHit('fr')).snippet).toEqual({ text: 'Concurrent du projet Andromède.', highlights: [[21, 30]] });
      // The reader's own text first, even where it matches only loosely and the other language's exactly.
      const ibm = (await store.search('Andromède', { kinds: ['actor'], lang: 'en' })).find((h) => h.id === 'ibm')!;
      expect(ibm.snippet).toEqual({ text: 'A rival Andromeda aimed at.', highlights: [[8, 17]] });
    });

    it('puts the actor named exactly as the query first, before longer names that contain it', async () => {
      const { store } = loaded;
      expect((await store.search('Orange'))[0]?.id).toBe('orange');
      expect((await store.search('orange business services'))[0]?.id).toBe('obs');
    });

    it('filters by kind and limits the hits', async () => {
      const { store } = loaded;
      const events = await store.search('andromede', { kinds: ['event'] });
      expect(events.map((h) => [h.kind, h.id])).toEqual([['event', 'andromede-launch']]);
      expect(await store.search('orange', { limit: 2 })).toHaveLength(2);
      expect(await store.search('zzzzqqqq')).toEqual([]);
      expect(await store.search('   ')).toEqual([]);
    });

    it('highlights the matched words inside the snippet, in order', async () => {
      for (const hit of await loaded.store.search('Orange')) {
        const { text, highlights } = hit.snippet;
        let previousEnd = 0;
        for (const [start, end] of highlights) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(foldSearchText(text.slice(start, end))).toBe('orange');
          previousEnd = end;
        }
      }
    });
  });
}
