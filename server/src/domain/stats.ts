import type { Bundle } from './model.ts';
import type { StoreStats } from './results.ts';
import { actorKinds, relationTypes } from './vocabulary.ts';

/** Counts per kind and per type, listing only those present, in vocabulary order. */
export function bundleStats(
  bundle: Pick<
    Bundle,
    'version' | 'actors' | 'relations' | 'events' | 'fundings' | 'disputes' | 'sources' | 'evidence'
  >,
): StoreStats {
  const actorsByKind: StoreStats['actorsByKind'] = {};
  const kindCounts = new Map<string, number>();
  for (const actor of bundle.actors) kindCounts.set(actor.kind, (kindCounts.get(actor.kind) ?? 0) + 1);
  for (const kind of actorKinds) if (kindCounts.has(kind)) actorsByKind[kind] = kindCounts.get(kind)!;
  const relationsByType: StoreStats['relationsByType'] = {};
  const typeCounts = new Map<string, number>();
  for (const relation of bundle.relations) typeCounts.set(relation.type, (typeCounts.get(relation.type) ?? 0) + 1);
  for (const type of relationTypes) if (typeCounts.has(type)) relationsByType[type] = typeCounts.get(type)!;
  return {
    version: bundle.version,
    actors: bundle.actors.length,
    relations: bundle.relations.length,
    events: bundle.events.length,
    fundings: bundle.fundings.length,
    disputes: bundle.disputes.length,
    sources: bundle.sources.length,
    evidence: bundle.evidence.length,
    actorsByKind,
    relationsByType,
  };
}
