import type { DateMention } from '../../ingest/extract/dates.ts';
import { futureWords } from '../events.ts';
import { mood, type ActorSpan, type SentenceView } from '../sentence.ts';

/**
 * What a learnt model reads of two actors named in one sentence: the words between them, around them and their
 * kinds, with every actor standing as its kind ("<company> filial <company>"), so that the model learns the
 * language and never the names. Words are folded and cut to six letters, so "filiale"/"filiales" and
 * "acquired"/"acquires" read alike.
 */

/**
 * A sentence as a model reads it: one token per word (letters: `tokenise` skips numbers), punctuation mark, actor
 * mention (standing as its kind) and, when asked, date mention (standing as `<date>`).
 */
export interface SentenceTokens {
  forms: string[];
  /** Per token, its word feature (`w:form`) and its bigram feature with the token before (`b:before_form`), built
   * once per sentence rather than once per pair or date that reads them. */
  words: string[];
  bigrams: string[];
  /** The token of each actor or date mention (the same index for mentions that overlap). */
  slotToken: Map<ActorSpan | DateMention, number>;
}

const PUNCTUATION = new Set([',', ';', ':', '(', ')', '«', '»', '"', '“', '”', '—', '–']);
const STEM = 6;

/** A word as the models read it: folded (from the document's folded text, offset for offset), six letters at most. */
const wordForm = (folded: string, start: number, end: number) => folded.slice(start, Math.min(end, start + STEM));

/** Appends the punctuation marks of [from, to) to `forms`. */
function punctuation(text: string, from: number, to: number, forms: string[]): void {
  for (let at = from; at < to; at++) if (PUNCTUATION.has(text[at]!)) forms.push(text[at]!);
}

export function sentenceTokens(view: SentenceView, dates: readonly DateMention[] = []): SentenceTokens {
  const { text, folded, words } = view;
  const slots: (ActorSpan | DateMention)[] =
    dates.length === 0 ? view.actors : [...view.actors, ...dates].sort((x, y) => x.start - y.start);
  const forms: string[] = [];
  const slotToken = new Map<ActorSpan | DateMention, number>();
  let next = 0;
  let lastSlotEnd = -1;
  let at = view.start;
  // Words in order, each after the slots (actors, dates) that start before its end; then the slots left.
  for (let w = 0; w <= words.length; w++) {
    const word = words[w];
    const limit = word ? word.end : Infinity;
    while (next < slots.length && slots[next]!.start < limit) {
      const slot = slots[next++]!;
      if (slot.start < lastSlotEnd) {
        slotToken.set(slot, forms.length - 1);
        lastSlotEnd = Math.max(lastSlotEnd, slot.end);
        continue;
      }
      punctuation(text, at, slot.start, forms);
      slotToken.set(slot, forms.length);
      forms.push('kind' in slot ? `<${slot.kind}>` : '<date>');
      lastSlotEnd = slot.end;
      at = Math.max(at, slot.end);
    }
    if (!word || word.start < lastSlotEnd) continue;
    punctuation(text, at, word.start, forms);
    forms.push(wordForm(folded, word.start, word.end));
    at = word.end;
  }
  return {
    forms,
    slotToken,
    words: forms.map((form) => `w:${form}`),
    bigrams: forms.map((form, t) => `b:${t === 0 ? '^' : forms[t - 1]}_${form}`),
  };
}

/**
 * The features of the tokens strictly between tokens i and j: each word, each bigram (the first one opening on `^`)
 * and the closing bigram (`b:last_$`).
 */
export function betweenFeatures(tokens: SentenceTokens, i: number, j: number, features: string[]): void {
  const { forms, words, bigrams } = tokens;
  for (let t = i + 1; t < j; t++) features.push(words[t]!, t === i + 1 ? `b:^_${forms[t]}` : bigrams[t]!);
  features.push(`b:${j - 1 > i ? forms[j - 1] : '^'}_$`);
}

/**
 * A condition or a guess anywhere in the sentence (it governs the whole: "Si X avait ouvert un site en 2019, Y aurait
 * suivi"), or a negation, a future or a plan from just before `start` to `end`: the rules read such words clause by
 * clause, a bag of words cannot, so the models read nothing there.
 */
export function unsure(view: SentenceView, start: number, end: number): boolean {
  const { negations, hypotheses } = mood(view);
  const inside = (w: { start: number; end: number }) => w.start >= start - 45 && w.end <= end;
  return hypotheses.length > 0 || negations.some(inside) || futureWords(view).some(inside);
}

/** Two actors of a sentence, in text order, at their closest mentions. */
export interface ActorPair {
  first: ActorSpan;
  second: ActorSpan;
  /** Their tokens. */
  i: number;
  j: number;
}

/** Every pair of distinct actors the sentence names, each at its closest two mentions (at most `limit` actors). */
export function actorPairs(view: SentenceView, tokens: SentenceTokens, limit = 12): ActorPair[] {
  const byId = new Map<string, ActorSpan[]>();
  for (const actor of view.actors) {
    const list = byId.get(actor.id);
    if (list) list.push(actor);
    else if (byId.size < limit) byId.set(actor.id, [actor]);
  }
  const ids = [...byId.keys()];
  const pairs: ActorPair[] = [];
  for (let x = 0; x < ids.length; x++)
    for (let y = x + 1; y < ids.length; y++) {
      let best: ActorPair | undefined;
      for (const p of byId.get(ids[x]!)!)
        for (const q of byId.get(ids[y]!)!) {
          const [first, second] = p.start <= q.start ? [p, q] : [q, p];
          const i = tokens.slotToken.get(first)!;
          const j = tokens.slotToken.get(second)!;
          if (i === j) continue;
          if (!best || j - i < best.j - best.i) best = { first, second, i, j };
        }
      if (best) pairs.push(best);
    }
  return pairs;
}

/** A count of tokens, in buckets (a model learns little from the exact count past a few). */
export function distance(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 5) return '4-5';
  if (n <= 8) return '6-8';
  if (n <= 12) return '9-12';
  return '13+';
}

export function pairFeatures(tokens: SentenceTokens, pair: ActorPair): string[] {
  const { forms } = tokens;
  const { i, j } = pair;
  const kinds = `${pair.first.kind}|${pair.second.kind}`;
  const between = forms.slice(i + 1, j);
  const features = [`k:${kinds}`, `n:${distance(between.length)}`];
  let others = 0;
  for (const form of between) if (form.startsWith('<')) others++;
  betweenFeatures(tokens, i, j, features);
  features.push(`o:${Math.min(others, 3)}`);
  if (between.length <= 5) features.push(`s:${between.join('_')}`, `ks:${kinds}|${between.join('_')}`);
  features.push(
    `p1:${forms[i - 1] ?? '^'}`,
    `p2:${forms[i - 2] ?? '^'}`,
    `n1:${forms[j + 1] ?? '$'}`,
    `n2:${forms[j + 2] ?? '$'}`,
  );
  if (between.length > 0) features.push(`kf:${kinds}|${between[0]}`, `kl:${kinds}|${between.at(-1)}`);
  return features;
}
