import type { ReviewProposal } from './curator-client.ts';

/** A proposal's record in a few words: an actor's name, an event's title, or a link as "from type to". */
export function recordLabel(p: ReviewProposal): string {
  const r = p.record as Record<string, unknown>;
  const title = r.title as { en?: string } | undefined;
  return String(
    r.name ?? title?.en ?? `${String(r.from ?? r.to ?? '')} ${String(r.type ?? r.kind ?? '')} ${String(r.to ?? '')}`,
  );
}
