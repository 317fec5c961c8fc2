import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindCuesEnding } from './actors.ts';

/**
 * guessKind asks each kind cue whether it ends the text before a mention with `endsHere` (a sticky lookbehind, one
 * try at the end) before running `pattern` (tried from every position) for its match: the two must agree on every
 * text, or a name's kind changes.
 */
const BEFORES = [
  'Le projet a été confié à la société ',
  'selon le groupe américain ',
  "l'hébergeur lillois ",
  'la start-up rennaise, baptisée « ',
  'a déclaré mardi au quotidien ',
  'la région ',
  'le sénateur (LR) ',
  "membre du groupe parlementaire d'",
  'Son offre de stockage, ',
  'the German insurer ',
  'a member of the advocacy group ',
  'the project, called "',
  'its sovereign cloud, ',
  'told the daily ',
  'Former chief executive officer ',
  'based in ',
  'mayor of ',
  'the ransomware gang ',
  'with its platform, ',
  'avec sa plateforme, ',
  'the company said on Tuesday that ',
  'la société ne veut pas que ',
  'Dutch software group ',
  'le spécialiste de la cybersécurité ',
  'le fonds régional ',
  '',
  ' ',
  'the',
];
const WORDS = [
  'la',
  'le',
  "l'",
  'the',
  'a',
  'société',
  'company',
  'group',
  'groupe',
  'fonds',
  'fund',
  'projet',
  'project',
  'région',
  'MP',
  'Mme',
  'ministre',
  'minister',
  'association',
  'gang',
  'à',
  'in',
  'de',
  'du',
  'of',
  'its',
  'son',
  'offre',
  'platform',
  'nommée',
  'called',
  'américain',
  'lillois',
  'sécurité',
  'journal',
  'told',
  'certifié',
  ',',
  '«',
  '"',
  '(',
  'Bretagne',
  'Acme',
  'said',
  'avec',
  'with',
];

describe('kind cues ending a text', () => {
  for (const language of ['fr', 'en'] as const)
    it(`agree with their forward pattern on invented texts and every suffix of them (${language})`, () => {
      const cues = kindCuesEnding(language);
      const check = (before: string) => {
        for (const { pattern, endsHere } of cues) {
          endsHere.lastIndex = before.length;
          expect(endsHere.test(before), `${pattern.source.slice(0, 60)} on ${JSON.stringify(before)}`).toBe(
            pattern.test(before),
          );
        }
      };
      for (const before of BEFORES) for (let i = 0; i <= before.length; i++) check(before.slice(i));
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
          fc.constantFrom('', ' ', '  '),
          (words, end) => check(words.join(' ') + end),
        ),
        { numRuns: 400 },
      );
    });
  it('some of them end the invented texts (the test reads matches, not only misses)', () => {
    const [fr, en] = [kindCuesEnding('fr'), kindCuesEnding('en')];
    expect(fr.some(({ pattern }) => pattern.test("l'hébergeur lillois "))).toBe(true);
    expect(en.some(({ pattern }) => pattern.test('the German insurer '))).toBe(true);
    expect(en.some(({ pattern }) => pattern.test('the company said on Tuesday that '))).toBe(false);
  });
});
