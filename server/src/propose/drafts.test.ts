import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/vocabulary.ts';
import { splitSentences } from '../ingest/text.ts';
import { normaliseText } from '../shared-io/source-text.ts';
import { CueScanner, tokenise, type CueHit } from './drafts.ts';
import {
  AT_ITS_HEAD,
  AUTHOR_TITLES,
  CHAINED_LATER,
  CUSTOMER_LIST,
  EVENT_TRIGGERS,
  FOUNDER_TITLES,
  FUNDING_VERB,
  FUTURE,
  HYPOTHESIS,
  LEAD_TITLES,
  MADE_BY,
  Marker,
  MARKER_WORDS,
  NATIONALITIES,
  NEGATION,
  RECEIVE,
  RECENCY,
  RELATION_CUES,
  REVENUE,
  ROUND_PAYERS,
  word,
  WORK_TITLES,
} from './lexicon.ts';

/**
 * What a cue scanner must answer: at each word start in turn, the first cue (in order) whose regex matches there and
 * ends within the sentence, the next word tried after the match. The scanner tries only the cues a word's first
 * letters allow; this reference tries every cue at every word, so any cue the letters wrongly ruled out shows.
 */
function everyCueAtEveryWord(patterns: readonly RegExp[], text: string, start: number, end: number): CueHit[] {
  // (with the scanner's flags: the first cue's, which a case-sensitive cue after an `iu` one does not keep)
  const flags = `${(patterns[0]?.flags ?? 'iu').replace('g', '')}y`;
  const sticky = patterns.map((p) => new RegExp(p.source, flags));
  const hits: CueHit[] = [];
  let skipUntil = -1;
  for (const w of tokenise(text, start, end)) {
    if (w.start < skipUntil) continue;
    for (let cue = 0; cue < sticky.length; cue++) {
      const re = sticky[cue]!;
      re.lastIndex = w.start;
      if (!re.test(text)) continue;
      if (re.lastIndex <= end) {
        hits.push({ cue, start: w.start, end: re.lastIndex });
        skipUntil = re.lastIndex;
      }
      break;
    }
  }
  return hits;
}

const families = (language: Language): Record<string, RegExp[]> => ({
  events: EVENT_TRIGGERS.map((t) => t[language].pattern),
  relations: RELATION_CUES.map((c) => c[language].pattern),
  structures: [CUSTOMER_LIST[language], MADE_BY[language], AT_ITS_HEAD[language], AUTHOR_TITLES[language]],
  titles: [FOUNDER_TITLES[language], LEAD_TITLES[language], WORK_TITLES[language]],
  nationalities: NATIONALITIES[language].map((n) => n.pattern),
  mood: [NEGATION[language], HYPOTHESIS[language], FUTURE[language], RECENCY[language]],
  money: [REVENUE[language], FUNDING_VERB[language], RECEIVE[language]],
  rounds: ROUND_PAYERS[language],
});

const scanBoth = (patterns: RegExp[], text: string, start = 0, end = text.length) => {
  const scanner = new CueScanner(patterns);
  return {
    scanned: scanner.scan({ text, end, words: tokenise(text, start, end) }),
    reference: everyCueAtEveryWord(patterns, text, start, end),
  };
};

describe('CueScanner', () => {
  it('finds cues that open on a group, an optional group, a class of letters or a top-level alternation', () => {
    const patterns = [
      word('(?:lev(?:é|ée)|lève)(?= de)'),
      word('(?:(?:financial )?support|backing) of'),
      new RegExp(`(?<![\\p{L}\\p{N}])(?:[Ii]f|[Uu]nless)(?![\\p{L}\\p{N}])`, 'u'),
      word("n[’']|ne|jamais"),
      /(?<![\p{L}\p{N}])acqu\p{L}*|bought(?![\p{L}\p{N}])/iu,
      word('(?:a|ont) choisi'),
    ];
    const text =
      "Elle lève de l'argent. Financial support of X, support of W, backing of Y. If it fails, unless Z. Il n'a jamais levé de fonds. " +
      'They acquired A and bought B; elles ont choisi C, a choisi D.';
    const { scanned, reference } = scanBoth(patterns, text);
    expect(scanned).toEqual(reference);
    expect(new Set(scanned.map((h) => h.cue))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it('drops a match that runs past the sentence, as the reference does', () => {
    const text = 'It was backing. Of course.';
    const { scanned, reference } = scanBoth([word('backing\\. of')], text, 0, 15);
    expect(reference).toEqual([]);
    expect(scanned).toEqual(reference);
  });

  it('rules a word out on the literal after its head only where the regex cannot match (case, "ſ", "K", accents, the end)', () => {
    const patterns = [
      word('(?:a|ont) rejoint'),
      word('(?:ſigned|signed) with'),
      word('kept (?:on|up)'),
      word('(?:a|ont) été choisie?'),
      word('was chosen'),
      word('remporté'),
    ];
    const text =
      'Elle a été lancée, puis elle A REJOINT X; ils ont rejoint Y. Z signed with W, V ſigned with U, T SIGNED WITH S. ' +
      'Kept on, kepſ up, \u212Aept up, kepT out. Elle a été choisie, ont Été choisi, a ÉTÉ choisie. It was choſen, WAS CHOSEN. ' +
      'Il a remporté, REMPORTÉ, Remportée, remport';
    const { scanned, reference } = scanBoth(patterns, text);
    expect(scanned).toEqual(reference);
    expect(new Set(scanned.map((h) => h.cue))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    // (the look-alikes sharing a head with a cue are not matched: "a été lancée", "kepT out", "remport" at the end)
    const starts = scanned.map((h) => text.slice(h.start, h.end));
    expect(starts).not.toContain('a été lancée');
    expect(starts.some((m) => /^kept out/iu.test(m))).toBe(false);
    for (const end of [text.length - 2, text.length - 6, text.length - 9]) {
      const cut = scanBoth(patterns, text.slice(0, end));
      expect(cut.scanned).toEqual(cut.reference);
    }
  });

  it.each(['fr', 'en'] as const)(
    'answers as trying every cue at every word, for every family of the %s lexicon, on generated sentences',
    (language) => {
      const cueWords = Object.values(families(language))
        .flat()
        .flatMap((p) => p.source.match(/\p{L}{2,}(?: \p{L}{2,})?/gu) ?? []);
      // (cue words as they are, in capitals, with "s" written "ſ" past a word's head, or cut short: the literal check after
      // a head; a head with "ſ" is ruled out by the heads themselves, which `iu` would match: no cue is written so)
      const variant = fc
        .tuple(fc.constantFrom(...cueWords), fc.constantFrom('as is', 'upper', 'long s', 'cut'))
        .map(([w, how]) =>
          how === 'upper'
            ? w.toUpperCase()
            : how === 'long s'
              ? w.replace(/(?<=\p{L}{3})s/gu, 'ſ')
              : how === 'cut'
                ? w.slice(0, -2)
                : w,
        );
      const sentence = fc
        .array(fc.oneof(variant, fc.constantFrom('X', 'la', 'the', 'de', "l'", ',', 'en 2020')), {
          minLength: 1,
          maxLength: 30,
        })
        .map((words) => words.join(' '));
      for (const patterns of Object.values(families(language)))
        fc.assert(
          fc.property(sentence, (text) => {
            const { scanned, reference } = scanBoth(patterns, text);
            expect(scanned).toEqual(reference);
          }),
          { numRuns: 150 },
        );
    },
    // (every family's cues at every word, 150 sentences each: about 5 s on a loaded machine, past the default)
    30_000,
  );

  const corpusDir = process.env.CORPUS_DIR;
  const texts = corpusDir ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')) : [];
  it.skipIf(texts.length === 0)(
    'answers as trying every cue at every word on every sentence of the corpus (skipped without CORPUS_DIR)',
    () => {
      for (const file of texts) {
        const text = normaliseText(readFileSync(path.join(corpusDir!, file), 'utf8')).text;
        for (const language of ['fr', 'en'] as const)
          for (const patterns of Object.values(families(language)))
            for (const s of splitSentences(text, language)) {
              const { scanned, reference } = scanBoth(patterns, text, s.start, s.end);
              expect(scanned, `${file} ${language}`).toEqual(reference);
            }
      }
    },
    // Every cue at every word of five long texts: seconds of work, more on a loaded machine.
    60_000,
  );
});

describe('MARKER_WORDS', () => {
  it.each(['fr', 'en'] as const)(
    'marks every %s sentence a chained interval (CHAINED_LATER) matches in as holding an interval word',
    (language) => {
      const markers = new CueScanner(MARKER_WORDS[language]);
      // Matches of CHAINED_LATER itself (every alternative, any spacing and case), inside a sentence.
      const inner = CHAINED_LATER[language].source.replace(
        /^\(\?<!\[\\p\{L\}\\p\{N\}\]\)|\(\?!\[\\p\{L\}\\p\{N\}\]\)$/gu,
        '',
      );
      const match = fc
        .tuple(fc.stringMatching(new RegExp(`^(?:${inner})$`, 'u')), fc.boolean())
        .map(([m, upper]) => (upper ? m[0]!.toUpperCase() + m.slice(1) : m));
      fc.assert(
        fc.property(
          fc.constantFrom('', 'X, ', 'Puis ', 'le 3 mai '),
          match,
          fc.constantFrom('', ' X.', ', il'),
          (before, m, after) => {
            const text = `${before}${m}${after}`;
            expect(CHAINED_LATER[language].test(text)).toBe(true);
            const hits = markers.scan({ text, end: text.length, words: tokenise(text, 0, text.length) });
            expect(hits.some((h) => h.cue === Marker.INTERVAL)).toBe(true);
          },
        ),
        { numRuns: 2000 },
      );
    },
  );
});
