import type { Relation } from './model.ts';
import { PATH_RESULT_CAP } from './query-limits.ts';
import { compareActorSequences } from './sort-orders.ts';

/** The shortest paths every store returns: which relation is a hop, and which sequences, in which order. */

/** Of the relations linking two consecutive actors of a path (either direction), the hop is the smallest id. */
export function selectHop(candidates: readonly Relation[]): Relation | undefined {
  let best: Relation | undefined;
  for (const relation of candidates) if (!best || relation.id < best.id) best = relation;
  return best;
}

/** Distinct actor sequences, sorted lexicographically, at most `cap` of them. */
export function canonicalSequences(sequences: readonly string[][], cap = PATH_RESULT_CAP): string[][] {
  const unique = new Map(sequences.map((sequence) => [JSON.stringify(sequence), sequence]));
  return [...unique.values()].sort(compareActorSequences).slice(0, cap);
}
