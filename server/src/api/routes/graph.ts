import type { ApiContext, Handlers } from '../context.ts';
import { NotFoundError } from '../errors.ts';

/** The graph: a neighbourhood, a filtered subgraph, shortest paths. */
export function graphHandlers({ store }: ApiContext): Handlers<'getNeighbourhood' | 'getGraph' | 'getPaths'> {
  return {
    getNeighbourhood: async ({ path, query }) => {
      const subgraph = await store.neighbourhood({
        id: path.id,
        depth: query.depth,
        relationTypes: query.relationTypes,
        asOf: query.asOf,
      });
      if (!subgraph) throw new NotFoundError(`no actor "${path.id}"`);
      return subgraph;
    },
    getGraph: async ({ query }) => store.subgraph(query),
    getPaths: async ({ query }) => {
      const [from, to] = await Promise.all([store.actor(query.from), store.actor(query.to)]);
      const missing = [!from && query.from, !to && query.to].filter((id): id is string => Boolean(id));
      if (missing.length > 0)
        throw new NotFoundError(`no actor ${missing.map((id) => `"${id}"`).join(' and no actor ')}`);
      const paths = await store.shortestPaths(query);
      return { from: query.from, to: query.to, maxHops: query.maxHops, paths };
    },
  };
}
