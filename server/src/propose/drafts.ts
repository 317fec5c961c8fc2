import type { KbEvent, KbFunding, KbRelation } from '../domain/model.ts';
import type { Span } from './sentence.ts';

/**
 * What a rule proposes before ids, evidence records and knowledge-base comparison are attached: a record in the
 * knowledge base's shape (without id and evidence), the spans of the source text that support it, a confidence
 * and the rule's name. Drafts with the same `key` are one fact told twice: they merge.
 */
export interface Draft<R> {
  key: string;
  record: R;
  source: string;
  spans: Span[];
  confidence: number;
  rule: string;
}

export type EventDraft = Draft<Omit<KbEvent, 'id' | 'evidence'>>;
export type FundingDraft = Draft<Omit<KbFunding, 'id' | 'evidence'>>;
export type RelationDraft = Draft<Omit<KbRelation, 'id' | 'evidence'>>;

/** One combined scanner over a family of cues: which alternative matched is the first defined capture group. */
export function combinedScanner(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((s) => `(${s})`).join('|'), 'giu');
}

export function matchedAlternative(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

export const clamp01 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
