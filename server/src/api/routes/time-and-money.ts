import { fundersOf } from '../../domain/funding-aggregation.ts';
import type { ApiContext, Handlers } from '../context.ts';

/** The timeline of events, and the money: funding records and their flows. */
export function timeAndMoneyHandlers({ store }: ApiContext): Handlers<'getTimeline' | 'getFunding'> {
  return {
    getTimeline: async ({ query }) => ({ events: await store.timeline(query) }),
    getFunding: async ({ query }) => {
      const result = await store.funding(query);
      const ids = new Set<string>();
      for (const record of result.records) for (const id of [...fundersOf(record), record.to]) ids.add(id);
      const details = await Promise.all([...ids].sort().map((id) => store.actor(id)));
      const actors = details
        .filter((detail) => detail !== null)
        .map(({ actor }) => ({ id: actor.id, name: actor.name, kind: actor.kind }));
      return { ...result, actors };
    },
  };
}
