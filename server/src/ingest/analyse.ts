import type { FuzzyDate } from '../domain/dates.ts';
import type { Language } from '../domain/model.ts';
import { extractDates, type DateMention } from './extract/dates.ts';
import { extractMoney, type MoneyMention } from './extract/money.ts';
import type { ActorMention, Gazetteer } from './gazetteer.ts';
import { discoverNames, type NameCandidate } from './names.ts';
import { spanIndexAt, splitSentences, type Span } from './text.ts';

/** Everything the extractors find in one normalised text. */
export interface DocumentAnalysis {
  sentences: Span[];
  mentions: ActorMention[];
  dates: DateMention[];
  money: MoneyMention[];
  names: NameCandidate[];
}

export function analyseText(
  text: string,
  language: Language,
  published: FuzzyDate,
  gazetteer: Gazetteer,
): DocumentAnalysis {
  const sentences = splitSentences(text, language);
  const mentions = gazetteer.find(text);
  const dates = extractDates(text, { language, published });
  const money = extractMoney(text, { language, published });
  // Dates and amounts are not names either ("Posted on November", "285 millions").
  const names = discoverNames(text, sentences, [...mentions, ...dates, ...money]);
  return { sentences, mentions, dates, money, names };
}

/** Pairs of actors named in the same sentence, counted per pair (keys "a\u0000b" with a < b). */
export function coMentionsBySentence(analysis: Pick<DocumentAnalysis, 'sentences' | 'mentions'>): Map<string, number> {
  const actorsBySentence = new Map<number, Set<string>>();
  for (const mention of analysis.mentions) {
    const index = spanIndexAt(analysis.sentences, mention.start);
    if (index < 0) continue;
    const actors = actorsBySentence.get(index) ?? new Set<string>();
    actors.add(mention.actor);
    actorsBySentence.set(index, actors);
  }
  const pairs = new Map<string, number>();
  for (const actors of actorsBySentence.values()) {
    const sorted = [...actors].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return pairs;
}
