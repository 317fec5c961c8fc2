import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, segmentSentences, spanIndexAt, splitSentences } from './text.ts';

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
  it('does not end a sentence at a title or an initial before a name, in either language', () => {
    const sentences = (text: string, language: 'fr' | 'en') =>
      splitSentences(text, language).map((s) => text.slice(s.start, s.end));
    expect(
      sentences(
        'Kestrel, founded by Ms. Arden and Dr. Okafor, grew. Mr. Voss left. The deal went to John T. Hale.',
        'en',
      ),
    ).toEqual([
      'Kestrel, founded by Ms. Arden and Dr. Okafor, grew.',
      'Mr. Voss left.',
      'The deal went to John T. Hale.',
    ]);
    expect(
      sentences("Selon M. Garnier, l'usine rouvrira. MM. Roux et Vidal ont signé. P. Lemaire a confirmé.", 'fr'),
    ).toEqual(["Selon M. Garnier, l'usine rouvrira.", 'MM. Roux et Vidal ont signé.', 'P. Lemaire a confirmé.']);
    // Look-alikes: a round's letter, a plan's letter, an acronym and a line's end still end their sentence.
    expect(sentences('It closed a €10m Series A. The round was led by Hale.', 'en')).toHaveLength(2);
    expect(sentences('Elle a bouclé sa série B. Le tour a été mené par Kappa.', 'fr')).toHaveLength(2);
    expect(sentences('They kept a plan B. Nobody used it. He moved to the U.S. Then he left.', 'en')).toHaveLength(4);
    expect(sentences('Chez M.\nDupont arrive.', 'fr')).toHaveLength(2);
  });
  it('cuts sentences where Intl.Segmenter does before joining them, for the characters it reads itself and the others', () => {
    // Intl.Segmenter on every line, trimmed: what splitSentences did for every text before it read Latin lines itself.
    const bySegmenter = (text: string, language: 'fr' | 'en') => {
      const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
      const spans: { start: number; end: number }[] = [];
      let lineStart = 0;
      for (const line of text.split('\n')) {
        for (const { segment, index } of segmenter.segment(line)) {
          const start = index + segment.length - segment.trimStart().length;
          const end = index + segment.trimEnd().length;
          if (end > start) spans.push({ start: lineStart + start, end: lineStart + end });
        }
        lineStart += line.length + 1;
      }
      return spans;
    };
    // Every character of the ranges read without the segmenter, a few it leaves to it (combining, format, other
    // scripts, separators), and the ones that decide breaks, drawn more often.
    const settled = [
      [0x09, 0x0d],
      [0x20, 0x7e],
      [0x80, 0x24f],
      [0x2000, 0x206f],
      [0x20a0, 0x20cf],
      [0x300, 0x304],
      [0x5d0, 0x5d2],
      [0x3002, 0x3002],
    ].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCharCode(from! + i)));
    const deciding = [...'..?! ! aAbB1,)"’«»\u00a0…-:;\u2024éÉ(\n'];
    const character = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...deciding) },
      { weight: 1, arbitrary: fc.constantFrom(...settled) },
    );
    fc.assert(
      fc.property(
        fc.array(character, { maxLength: 24 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (chars, language) => {
          const text = chars.join('');
          expect(segmentSentences(text, language)).toEqual(bySegmenter(text, language));
        },
      ),
      { numRuns: 20_000 },
    );
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
