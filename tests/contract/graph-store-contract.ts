import { afterAll, describe } from 'vitest';
import type { GraphStore } from '../../server/src/domain/graph-store.ts';
import { describeActorsContract } from './actors.ts';
import { describeFundingContract } from './funding.ts';
import { describeGraphContract } from './graph.ts';
import { describeLifecycleContract } from './lifecycle.ts';
import { describePathsContract } from './paths.ts';
import { describeRealKnowledgeBaseChecks } from './real-knowledge-base.ts';
import { describeSearchContract } from './search.ts';
import { describeSourcesContract } from './sources.ts';
import { describeTimelineContract } from './timeline.ts';

export { realBundle } from './real-knowledge-base.ts';

/**
 * The contract every GraphStore honours: the same questions, the same answers, whichever store answers them.
 *
 *   describeGraphStoreContract('embedded', async () => new EmbeddedGraphStore());
 *   describeGraphStoreContract('neo4j', makeNeo4jStore, { skip: process.env.NEO4J_URI ? false : 'NEO4J_URI unset' });
 *
 * One part per capability (lifecycle, actors, graph, paths, timeline, funding, search, sources), each on small
 * bundles built for the rule it checks (tests/support/bundle-builder.ts), then the real knowledge base
 * (real-knowledge-base.ts): the stories the atlas tells, answered alike by every store.
 */

export interface GraphStoreContractOptions {
  /** Skip the whole suite and say why (e.g. 'NEO4J_URI is not set'). */
  skip?: string | false | undefined;
  /** Time allowed to build the bundle and load it (ms); a remote database needs more. Default 60 s. */
  timeout?: number | undefined;
}

export function describeGraphStoreContract(
  name: string,
  makeStore: () => Promise<GraphStore>,
  options: GraphStoreContractOptions = {},
): void {
  const timeout = options.timeout ?? 60_000;
  const suite = options.skip ? describe.skip : describe;

  suite(`GraphStore contract: ${name}${options.skip ? ` (skipped: ${options.skip})` : ''}`, () => {
    const made: GraphStore[] = [];
    const make = async () => {
      const store = await makeStore();
      made.push(store);
      return store;
    };
    afterAll(async () => {
      await Promise.all(made.map((s) => s.close()));
    }, timeout);

    const context = { make, timeout };
    describeLifecycleContract(context);
    describeActorsContract(context);
    describeGraphContract(context);
    describePathsContract(context);
    describeTimelineContract(context);
    describeFundingContract(context);
    describeSearchContract(context);
    describeSourcesContract(context);
    describeRealKnowledgeBaseChecks(context);
  });
}
