import { describe, expect, it } from 'vitest';
import type { Language } from '../../domain/vocabulary.ts';
import { foldText } from '../../ingest/offset-preserving-fold.ts';
import { tokenise } from '../drafts.ts';
import type { ActorSpan, SentenceView } from '../sentence.ts';
import { actorPairs, pairFeatures, sentenceTokens } from './pair-features.ts';

/** A sentence view whose actors are the given names, each at its first occurrence (or at every one, with `all`). */
function view(
  text: string,
  names: [string, ActorSpan['kind']][],
  language: Language = 'en',
  all = false,
): SentenceView {
  const actors: ActorSpan[] = [];
  for (const [name, kind] of names) {
    let at = text.indexOf(name);
    while (at >= 0) {
      actors.push({ id: name.toLowerCase().replace(/\s+/g, '-'), kind, name, start: at, end: at + name.length });
      at = all ? text.indexOf(name, at + 1) : -1;
    }
  }
  actors.sort((a, b) => a.start - b.start);
  return {
    text,
    folded: foldText(text),
    source: 's',
    language,
    published: { value: '2024', precision: 'year' },
    index: 0,
    start: 0,
    end: text.length,
    paragraph: 0,
    actors,
    groups: [],
    dates: [],
    money: [],
    words: tokenise(text, 0, text.length),
  };
}

describe('what the learnt model reads of a sentence', () => {
  it('stands every actor as its kind, folds and cuts words to six letters, keeps punctuation, skips numbers', () => {
    const v = view('Brennic Data, filiale du Groupe Morvan depuis 2019, emploie 40 ingénieurs.', [
      ['Brennic Data', 'company'],
      ['Groupe Morvan', 'company'],
    ]);
    expect(sentenceTokens(v).forms).toEqual([
      '<company>',
      ',',
      'filial',
      'du',
      '<company>',
      'depuis',
      ',',
      'emploi',
      'ingeni',
    ]);
  });

  it('reads each pair of distinct actors once, in text order, at their closest mentions', () => {
    const v = view(
      'Lumen Grid hired Ada Ferro; Ada Ferro now runs Lumen Grid and Corvo Labs.',
      [
        ['Lumen Grid', 'company'],
        ['Ada Ferro', 'person'],
        ['Corvo Labs', 'company'],
      ],
      'en',
      true,
    );
    const tokens = sentenceTokens(v);
    const pairs = actorPairs(v, tokens).map((p) => `${p.first.name} > ${p.second.name} (${p.j - p.i})`);
    expect(pairs).toEqual(['Lumen Grid > Ada Ferro (2)', 'Lumen Grid > Corvo Labs (2)', 'Ada Ferro > Corvo Labs (5)']);
  });

  it('gives the words between, the words around, the kinds and the distance, never a name', () => {
    const v = view('Last week Pellan Systems bought Orvia Cloud for cash.', [
      ['Pellan Systems', 'company'],
      ['Orvia Cloud', 'company'],
    ]);
    const tokens = sentenceTokens(v);
    const [pair] = actorPairs(v, tokens);
    const features = pairFeatures(tokens, pair!);
    expect(features).toEqual(
      expect.arrayContaining([
        'k:company|company',
        'n:1',
        'w:bought',
        's:bought',
        'p1:week',
        'p2:last',
        'n1:for',
        'n2:cash',
      ]),
    );
    expect(features.join(' ')).not.toMatch(/pellan|orvia/i);
  });
});
