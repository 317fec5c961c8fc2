import { describe, expect, it } from 'vitest';
import { discoverNames } from './names.ts';
import { splitSentences } from './text.ts';

const names = (text: string, known: { start: number; end: number }[] = []) =>
  discoverNames(text, splitSentences(text, 'en'), known).map((n) => n.text);

describe('discoverNames', () => {
  it('finds multi-word names, with particles, acronyms and brands', () => {
    expect(names('He met Jean-Noël de Galzain at the ANSSI with the OpenStack team and 3DS Outscale.')).toEqual([
      'Jean-Noël de Galzain',
      'ANSSI',
      'OpenStack',
      '3DS Outscale',
    ]);
  });
  it('skips a capital that only opens a sentence, and grammar words', () => {
    expect(names('Numbers matter. The cloud is software. However, Kalray builds chips.')).toEqual(['Kalray']);
  });
  it('splits names at punctuation and skips what is already known', () => {
    const text = 'They chose Amazon, Google and Microsoft.';
    const start = text.indexOf('Google');
    expect(names(text, [{ start, end: start + 6 }])).toEqual(['Amazon', 'Microsoft']);
  });
  it('ignores months and nationalities', () => {
    expect(names('It was launched in September by French and American firms like Qarnot.')).toEqual(['Qarnot']);
  });
});
