import { describe, expect, it } from 'vitest';
import { locateQuote, nearestPassage } from './quotes.ts';
import { splitSentences } from './text.ts';

const text = 'La Caisse des Dépôts devait investir 135 millions d’euros.\nFrance Telecom et Thalès 60 millions chacun.';

describe('locateQuote', () => {
  it('finds an exact span, tolerating white space differences only', () => {
    const location = locateQuote(text, 'investir 135\n millions   d’euros');
    expect(location).toMatchObject({ found: true });
    if (location.found) expect(text.slice(location.start, location.end)).toBe('investir 135 millions d’euros');
    expect(locateQuote(text, "investir 135 millions d'euros")).toMatchObject({ found: false });
  });
  it('refuses a quote cut inside a word', () => {
    expect(locateQuote(text, 'aisse des Dépôts')).toEqual({
      found: false,
      reason: 'the quote only occurs cut inside a word',
    });
  });
  it('treats regular-expression characters literally', () => {
    expect(locateQuote('Is it (really) 30%? Yes.', '(really) 30%?')).toMatchObject({ found: true });
  });
});

describe('nearestPassage', () => {
  it('names the sentence closest to a quote that is not there', () => {
    const sentences = splitSentences(text, 'fr');
    expect(nearestPassage(text, sentences, 'Thales 60 millions each')).toBe(
      'France Telecom et Thalès 60 millions chacun.',
    );
    expect(nearestPassage(text, sentences, 'zzz qqq')).toBeNull();
  });
});
