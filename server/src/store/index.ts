import type { Config } from '../config.ts';
import type { GraphStore } from '../domain/graph-store.ts';
import { EmbeddedGraphStore } from './embedded/embedded-store.ts';

export type StoreKind = 'embedded' | 'neo4j';

/**
 * The one place that picks the graph store: Neo4j when NEO4J_URI is set, else the embedded store. The Neo4j
 * adapter (and its driver) is loaded only when asked for. The store comes back empty or unconnected: the caller
 * loads the bundle into it (main.ts).
 */
export async function createGraphStore(config: Config): Promise<{ kind: StoreKind; store: GraphStore }> {
  if (config.NEO4J_URI) {
    const [{ Neo4jGraphStore }, { neo4jOptionsFromConfig }] = await Promise.all([
      import('./neo4j/neo4j-store.ts'),
      import('./neo4j/connection.ts'),
    ]);
    return { kind: 'neo4j', store: new Neo4jGraphStore(neo4jOptionsFromConfig(config)!) };
  }
  return { kind: 'embedded', store: new EmbeddedGraphStore() };
}
