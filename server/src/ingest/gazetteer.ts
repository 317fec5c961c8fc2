import AhoCorasick from 'modern-ahocorasick';
import type { KbActor } from '../domain/model.ts';
import { foldKey, foldText, isWordChar, originalRange } from './fold.ts';

/**
 * Finds every mention of every known actor through its names and aliases: accent- and case-insensitive,
 * on word boundaries, longest match first. Aliases that are common words (Orange, Bull, Bleu) match only with
 * their exact case, so "une orange" is not the operator.
 */

export interface GazetteerEntry {
  actor: string;
  alias: string;
  caseSensitive: boolean;
}

export interface ActorMention {
  actor: string;
  alias: string;
  /** [start, end) in the text that was searched. */
  start: number;
  end: number;
}

/** Every name and alias of every actor, with its case rule. */
export function gazetteerEntries(
  actors: readonly Pick<KbActor, 'id' | 'name' | 'aliases' | 'caseSensitive'>[],
): GazetteerEntry[] {
  return actors.flatMap((actor) => {
    const caseSensitive = new Set(actor.caseSensitive);
    return [...new Set([actor.name, ...actor.aliases.fr, ...actor.aliases.en])].map((alias) => ({
      actor: actor.id,
      alias,
      caseSensitive: caseSensitive.has(alias),
    }));
  });
}

interface Pattern {
  key: string;
  entries: GazetteerEntry[];
}

export class AliasConflictError extends Error {
  constructor(
    readonly alias: string,
    readonly actors: string[],
  ) {
    super(`the alias "${alias}" names more than one actor: ${actors.join(', ')}`);
    this.name = 'AliasConflictError';
  }
}

export class Gazetteer {
  readonly #matcher: AhoCorasick<Pattern>;
  readonly size: number;

  constructor(entries: readonly GazetteerEntry[]) {
    const byKey = new Map<string, Pattern>();
    for (const entry of entries) {
      const key = foldKey(entry.alias);
      if (key.length === 0) continue;
      const pattern = byKey.get(key) ?? { key, entries: [] };
      if (!pattern.entries.some((e) => e.actor === entry.actor && e.alias === entry.alias)) pattern.entries.push(entry);
      byKey.set(key, pattern);
    }
    for (const pattern of byKey.values()) {
      // Two actors may share a folded key only when case tells them apart (e.g. "Orange" vs "orange").
      const insensitive = new Set(pattern.entries.filter((e) => !e.caseSensitive).map((e) => e.actor));
      const actors = new Set(pattern.entries.map((e) => e.actor));
      if (actors.size > 1 && insensitive.size > 0)
        throw new AliasConflictError(pattern.entries[0]!.alias, [...actors].sort());
    }
    const patterns = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.size = patterns.length;
    this.#matcher = new AhoCorasick(patterns.map((pattern) => ({ pattern: pattern.key, data: pattern })));
  }

  /** Non-overlapping mentions in text order, longest first where candidates overlap. */
  find(text: string): ActorMention[] {
    if (this.size === 0 || text.length === 0) return [];
    const folding = foldText(text);
    const { folded } = folding;
    const candidates: ActorMention[] = [];
    for (const match of this.#matcher.iterate(folded)) {
      if (isWordChar(folded[match.start - 1]) || isWordChar(folded[match.end])) continue;
      const [start, end] = originalRange(folding, match.start, match.end);
      const surface = text.slice(start, end);
      const entry = match.data!.entries.find((e) => !e.caseSensitive || e.alias === surface);
      if (entry) candidates.push({ actor: entry.actor, alias: entry.alias, start, end });
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: ActorMention[] = [];
    const occupied = new Uint8Array(text.length);
    for (const candidate of candidates) {
      if (occupied.subarray(candidate.start, candidate.end).includes(1)) continue;
      occupied.fill(1, candidate.start, candidate.end);
      taken.push(candidate);
    }
    return taken.sort((a, b) => a.start - b.start);
  }
}
