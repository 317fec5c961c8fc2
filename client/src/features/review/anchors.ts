import type { ReviewProposal } from './curator-client.ts';

/**
 * Chained proposals: a value `derived` from another record ("two years later" after an event) is told from its
 * anchor, so the curator accepts the anchor first (server/src/curate/curator.ts refuses otherwise, 409
 * anchor-first). These say which anchors are still waiting in the queue.
 */

/** The proposals in `pending` that the record's derivations point at (`events/<id>`, a `#field` dropped). */
export function pendingAnchors(proposal: Pick<ReviewProposal, 'record'>, pending: ReadonlySet<string>): string[] {
  const derivations = Object.values((proposal.record.derived ?? {}) as Record<string, { from?: unknown } | undefined>);
  const pointers = derivations.flatMap((d) => (Array.isArray(d?.from) ? (d.from as unknown[]) : []));
  const anchors = pointers.filter((f): f is string => typeof f === 'string').map((f) => f.split('#')[0]!);
  return [...new Set(anchors)].filter((anchor) => pending.has(anchor));
}

/**
 * The keys of a bulk accept that can be taken in one decision: each proposal's pending anchors are in it too
 * (repeated, since dropping one proposal can strand the proposals chained to it).
 */
export function acceptableTogether(keys: readonly string[], queue: readonly ReviewProposal[]): string[] {
  const byKey = new Map(queue.map((p) => [p.key, p]));
  const pending = new Set(queue.map((p) => p.key));
  let kept = [...keys];
  for (;;) {
    const set = new Set(kept);
    const next = kept.filter((key) => {
      const p = byKey.get(key);
      return !p || pendingAnchors(p, pending).every((anchor) => set.has(anchor));
    });
    if (next.length === kept.length) return kept;
    kept = next;
  }
}
