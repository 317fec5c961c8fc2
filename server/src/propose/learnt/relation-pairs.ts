import { relationTypes, symmetricRelationTypes, type RelationType } from '../../domain/vocabulary.ts';
import type { RelationDraft } from '../drafts.ts';
import { draft } from '../relations.ts';
import type { SentenceView } from '../sentence.ts';
import { readLogisticModel, type LogisticModel } from './logistic.ts';
import {
  actorPairs,
  pairFeatures,
  sentenceTokens,
  unsure,
  type ActorPair,
  type SentenceTokens,
} from './pair-features.ts';

/**
 * Relations the rules did not read, proposed by a model learnt from the held-out sets' gold: for each pair of actors
 * a sentence names, the probability of each relation type and direction, from the words between and around them
 * (`pair-features.ts`). Where the rules are constructions, this generalises by example: a pair told in words no rule
 * has is still read when similar words told the same relation in the training articles.
 * Classes: `type>` (the first actor in the text to the second), `type<` (the second to the first), `type=` (a
 * symmetric type).
 */

export const RELATION_PAIR_RULE = 'learnt:relation-pairs';

export function relationClasses(): string[] {
  return relationTypes.flatMap((type) => (symmetricRelationTypes.has(type) ? [`${type}=`] : [`${type}>`, `${type}<`]));
}

/** The class a relation between a pair is, or undefined when it is not between them. */
export function relationClass(pair: ActorPair, from: string, type: RelationType, to: string): string | undefined {
  const a = pair.first.id;
  const b = pair.second.id;
  if (symmetricRelationTypes.has(type))
    return (from === a && to === b) || (from === b && to === a) ? `${type}=` : undefined;
  if (from === a && to === b) return `${type}>`;
  if (from === b && to === a) return `${type}<`;
  return undefined;
}

let saved: LogisticModel | undefined;
/**
 * The model trained by `npm run train` (scripts/train.ts), read once: a `LearntModelError` when the file is missing
 * or out of shape.
 */
export function savedRelationModel(): LogisticModel {
  saved ??= readLogisticModel(new URL('./relation-model.json', import.meta.url));
  return saved;
}

/** A pair of the sentence the model reads, with what it reads of it. */
export interface ReadPair {
  pair: ActorPair;
  features: string[];
}

/** What the model reads of a pair: its words and kinds, and the relations the rules read between the two. */
function pairReading(tokens: SentenceTokens, pair: ActorPair, ruleDrafts: readonly RelationDraft[]): string[] {
  const features = pairFeatures(tokens, pair);
  let read = false;
  for (const r of ruleDrafts) {
    const c = relationClass(pair, r.record.from, r.record.type, r.record.to);
    if (c) {
      features.push(`r:${c}`);
      read = true;
    }
  }
  if (!read) features.push('r:none');
  return features;
}

/**
 * Two actors of one list ("A, B, C et D", "A or B"): a list names peers, and the words around one member tell
 * nothing of its tie to another (real articles list rivals and customers by the half-dozen).
 */
const listed = (view: SentenceView, pair: ActorPair) =>
  view.groups.some((g) => g.members.length > 1 && g.members.includes(pair.first) && g.members.includes(pair.second));

/**
 * The pairs of actors a sentence names as the model learns them: none under a negation, a condition or a future
 * (`unsure`), as in a run (`learntRelations`, which asks only of the pairs it would propose).
 */
export function readPairs(view: SentenceView, ruleDrafts: readonly RelationDraft[]): ReadPair[] {
  if (view.actors.length < 2) return [];
  const tokens = sentenceTokens(view);
  return actorPairs(view, tokens).flatMap((pair) =>
    listed(view, pair) || unsure(view, pair.first.start, pair.second.end)
      ? []
      : [{ pair, features: pairReading(tokens, pair, ruleDrafts) }],
  );
}

/** What the model proposes for a sentence, beside the rules' drafts (whose relations it does not repeat). */
export function learntRelations(
  view: SentenceView,
  model: LogisticModel,
  ruleDrafts: readonly RelationDraft[],
): RelationDraft[] {
  if (view.actors.length < 2) return [];
  const out: RelationDraft[] = [];
  const tokens = sentenceTokens(view);
  const z = new Float64Array(model.classes.length);
  for (const pair of actorPairs(view, tokens)) {
    if (listed(view, pair)) continue;
    model.scores(pairReading(tokens, pair, ruleDrafts), z);
    let sure: boolean | undefined;
    for (let c = 0; c < z.length; c++) {
      const p = model.passes(z[c]!);
      if (p === undefined) continue;
      // (asked only of a pair the model would propose: the mood words are found once per sentence, on first use)
      sure ??= !unsure(view, pair.first.start, pair.second.end);
      if (!sure) break;
      const name = model.classes[c]!;
      const type = name.slice(0, -1) as RelationType;
      const [from, to] = name.endsWith('<') ? [pair.second, pair.first] : [pair.first, pair.second];
      const made = draft(view, type, from, to, [], p * 0.8, RELATION_PAIR_RULE);
      if (made && !ruleDrafts.some((r) => r.key === made.key)) out.push(made);
    }
  }
  return out;
}
