import { describe, expect, it } from 'vitest';
import { detectLanguage, spanIndexAt, splitSentences } from './text.ts';

describe('detectLanguage', () => {
  it('tells French from English', () => {
    expect(
      detectLanguage(
        "Le projet Andromède, porté par l'État, ambitionnait de concurrencer les principaux clouds publics d'origine américaine.",
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'The Cloudwatt, an online data hosting service, will be disconnected and this failure could serve as a lesson.',
      ),
    ).toBe('en');
  });
  it('declines to guess on a too-short text', () => {
    expect(detectLanguage('OVH')).toBeNull();
  });
});

describe('splitSentences', () => {
  it('returns trimmed sentence spans with offsets into the text', () => {
    const text = 'Numergy a démarré vite. Cloudwatt a pris du retard !\nUn titre\n\nEt la suite.';
    const spans = splitSentences(text, 'fr');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Numergy a démarré vite.',
      'Cloudwatt a pris du retard !',
      'Un titre',
      'Et la suite.',
    ]);
  });
  it('cuts an over-long line into chunks without losing or overlapping text', () => {
    const sentence = 'Cloudwatt and Numergy were launched in 2012 with public money from the State. ';
    const text = sentence.repeat(400).trim();
    const spans = splitSentences(text, 'en');
    expect(spans).toHaveLength(400);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(spans.every((s) => text.slice(s.start, s.end) === sentence.trim())).toBe(true);
  });
  it('finds the sentence holding an offset', () => {
    const spans = [
      { start: 0, end: 5 },
      { start: 6, end: 10 },
    ];
    expect(spanIndexAt(spans, 0)).toBe(0);
    expect(spanIndexAt(spans, 7)).toBe(1);
    expect(spanIndexAt(spans, 5)).toBe(-1);
  });
});
