import { describe, expect, it } from 'vitest';
import { summariseFunding } from '../../server/src/domain/funding-aggregation.ts';
import { filterFundings } from '../../server/src/domain/record-filters.ts';
import { actor, buildBundle, day, dispute, funding } from '../support/bundle-builder.ts';
import { ids, loadedStore, type ContractContext } from './support.ts';

/** funding(): the records a query selects, with flows and totals by the one aggregation rule. */
export function describeFundingContract(context: ContractContext): void {
  describe('funding', () => {
    const loaded = loadedStore(context, () =>
      buildBundle({
        actors: ['acme', 'globex', 'state', 'project', 'venture', 'rival'].map((id) => actor(id)),
        fundings: [
          // A total and its two parts: drawn as the parts, counted once.
          funding('project-total', { to: 'project', amount: 100, date: day('2012') }),
          funding('acme-project', { from: 'acme', to: 'project', amount: 60, partOf: 'project-total' }),
          funding('state-project', { from: 'state', to: 'project', amount: 40, partOf: 'project-total' }),
          // Joint funders behind one undivided amount, in another currency and kind.
          funding('joint-venture', { funders: ['acme', 'globex'], to: 'venture', amount: 30, currency: 'USD' }),
          // Rival claims for the same money: never added, a range.
          funding('rival-low', { from: 'state', to: 'rival', amount: 100, kind: 'invested', date: day('2014-05') }),
          funding('rival-high', { from: 'globex', to: 'rival', amount: 150, kind: 'invested', date: day('2014') }),
        ],
        disputes: [dispute('rival-amount', 'rival', 'amount', [['fundings/rival-low'], ['fundings/rival-high']])],
      }),
    );

    it('gives the records asked for, with flows and totals by the one aggregation rule', async () => {
      const { store, bundle } = loaded;
      for (const query of [
        {},
        { recipient: 'project' },
        { funder: 'acme' },
        { kinds: ['invested' as const] },
        { from: '2013-01-01' },
      ]) {
        const records = filterFundings(bundle.fundings, query);
        expect(await store.funding(query)).toEqual({ records, ...summariseFunding(records, bundle.disputes) });
      }
    });

    it('never adds a total to its parts, nor rival claims to each other', async () => {
      const { store } = loaded;
      const project = await store.funding({ recipient: 'project' });
      expect(project.flows.map((f) => [f.funders, f.amount, f.records])).toEqual([
        [['acme'], 60, ['acme-project']],
        [['state'], 40, ['state-project']],
      ]);
      expect(project.totalsByRecipient.map((t) => [t.kind, t.currency, t.low, t.high, t.disputed])).toEqual([
        ['pledged', 'EUR', 100, 100, false],
      ]);
      const rival = await store.funding({ recipient: 'rival' });
      expect(rival.totalsByRecipient.map((t) => [t.kind, t.low, t.high, t.disputed, t.disputes])).toEqual([
        ['invested', 100, 150, true, ['rival-amount']],
      ]);
    });

    it('filters by funder (joint funders included), recipient, kind and window, dropping undated records in a window', async () => {
      const { store } = loaded;
      expect(ids((await store.funding({ funder: 'acme' })).records)).toEqual(['acme-project', 'joint-venture']);
      expect(ids((await store.funding({ funder: 'globex' })).records)).toEqual(['joint-venture', 'rival-high']);
      expect(ids((await store.funding({ kinds: ['invested'] })).records)).toEqual(['rival-high', 'rival-low']);
      // Only dated records overlap a window: the parts and the joint amount have no date.
      expect(ids((await store.funding({ from: '2012-01-01', to: '2012-12-31' })).records)).toEqual(['project-total']);
      expect(ids((await store.funding({ from: '2014-06-01' })).records)).toEqual(['rival-high']);
      expect(await store.funding({ funder: 'no-such-actor' })).toEqual({
        records: [],
        flows: [],
        totalsByRecipient: [],
        totalsByFunder: [],
      });
    });
  });
}
