import type { Span } from './text.ts';

/**
 * Discovery of capitalised names the knowledge base does not know: runs of capitalised words (with the
 * particles names carry: de, du, of…), acronyms and camel-cased brands. A lone capitalised word opening a
 * sentence is only a capital letter, so it is skipped unless it looks like an acronym or a brand.
 */

export interface NameCandidate {
  text: string;
  start: number;
  end: number;
}

const particles = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  "d'",
  'd’',
  'of',
  'von',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'et',
  '&',
]);
/** Particles a surname may spell with a capital: "Le Goff", "Du Pont", "De Smet", "Van Dam". */
const surnameParticles = new Set(['Le', 'La', 'Du', 'De', 'Des', 'Di', 'Da', 'Van', 'Von', 'Ter', 'Ten']);

/** Capitalised words that are grammar, calendar or nationality, not names. */
const notNames = new Set(
  `a an and as at but by for from he her his how i if in is it its no not of on or our she so that the their then there
these they this those to we what when where which who why with yes you your today now however moreover also just
only instead unfortunately because even same first basically beyond contrary
le la les l un une des du de d ce cet cette ces il elle ils elles nous vous on si mais et ou or donc pour par avec sans dans en
au aux après avant malgré comme même las forts faute grâce au-delà il y quand lorsque selon chez entre notamment alors
nos notre vos votre leur leurs son sa ses mon ma mes
january february march april may june july august september october november december
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
french american european english chinese german belgian français française françaises américain américains américaine
américaines européen européens européenne européennes`.split(/\s+/),
);

const unicodeToken = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|&/gu;
// The same tokens for texts in Latin script, three times faster than the Unicode-property pattern.
const latinLetter = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const latinToken = new RegExp(`[${latinLetter}][${latinLetter}'’.&-]*[${latinLetter}]|[${latinLetter}]|&`, 'g');
const beyondLatin = /[^\t\n\r\u0020-\u024F\u2000-\u20CF]/;
// Where the next capitalised token may start: outside a name, lower-case words are skipped without tokenising.
// The capital comes first and the look back (over it, then at what precedes it) after: a leading character class
// lets the scan skip the positions that cannot match, twice as fast as a look back tried at every position.
const unicodeNameStart = /[\p{Lu}\p{N}&](?<![\p{L}\p{N}'’.&-].)/gu;
const latinNameStart = new RegExp(
  `[A-Z0-9\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F&](?<![${latinLetter}'’.&-].)`,
  'g',
);
const upperOrDigit = /^[\p{Lu}\p{N}]/u;
const hasLetter = /\p{L}/u;
const acronymOrBrand = /^\p{Lu}{2,}|^\p{Lu}?[\p{Ll}\p{N}]+\p{Lu}|\d\p{L}|\p{L}\d/u;
const trailingDots = /[.'’]+$/u;
const elidedCommonNoun = /^[LD]['’]\p{Ll}/u;

/** Whether a token starts a name; ASCII lower-case words (most of any text) are settled without a regex. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 97 && code <= 122) return false;
  if (code >= 65 && code <= 90) return true;
  return upperOrDigit.test(word) && hasLetter.test(word);
}

/** Cheap first look: could this token be capitalised (or "&")? */
function maybeCapitalised(token: string): boolean {
  const code = token.charCodeAt(0);
  return !(code >= 97 && code <= 122);
}

export function discoverNames(text: string, sentences: readonly Span[], known: readonly Span[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  const knownMask = new Uint8Array(text.length);
  for (const span of known) knownMask.fill(1, span.start, span.end);

  const unicode = beyondLatin.test(text);
  const token = unicode ? unicodeToken : latinToken;
  const nameStart = unicode ? unicodeNameStart : latinNameStart;
  // One closure per text, not per sentence (tsx's keepNames names each closure made: a cost per sentence).
  let run: { start: number; end: number; words: string[]; atSentenceStart: boolean } | null = null;
  let pendingParticles: string[] = [];
  let first: boolean;
  const flush = () => {
    if (run) {
      const single = run.words.length === 1 ? run.words[0]! : null;
      const skip =
        single !== null &&
        ((run.atSentenceStart && !acronymOrBrand.test(single)) || notNames.has(single.toLowerCase()));
      if (!skip) candidates.push({ text: text.slice(run.start, run.end), start: run.start, end: run.end });
    }
    run = null;
    pendingParticles = [];
  };
  for (const sentence of sentences) {
    // Each sentence starts with no run and no particles (the last one's closing flush cleared them).
    first = true;
    token.lastIndex = sentence.start;
    let m = token.exec(text);
    const firstTokenStart = m ? m.index : -1;
    let previousEnd = sentence.start;
    for (; m && m.index < sentence.end; m = token.exec(text)) {
      if (!run && m.index !== firstTokenStart && !maybeCapitalised(m[0])) {
        // Jump to the next token that could start a name.
        nameStart.lastIndex = m.index;
        const next = nameStart.exec(text);
        if (!next || next.index >= sentence.end) break;
        token.lastIndex = next.index;
        previousEnd = next.index;
        continue;
      }
      if (!run && knownMask[m.index] === 1) {
        // Outside a name, a known word (an actor, a date, an amount) only closes the sentence's opening.
        first = false;
        previousEnd = m.index + m[0].length;
        continue;
      }
      const raw = m[0];
      const word = raw.endsWith('.') || raw.endsWith("'") || raw.endsWith('’') ? raw.replace(trailingDots, '') : raw;
      const start = m.index;
      const end = start + word.length;
      // Punctuation between two words ends a name ("Amazon, Google").
      for (let i = previousEnd; i < start; i++) {
        const code = text.charCodeAt(i);
        if (code !== 32 && code !== 10) {
          flush();
          break;
        }
      }
      previousEnd = start + raw.length;
      // "L'entreprise X" opening a sentence: an elided article before a common noun is no name.
      const capitalised = isCapitalised(word) && !elidedCommonNoun.test(word);
      const isKnown = knownMask[start] === 1 || knownMask[end - 1] === 1;
      if (capitalised && !isKnown && !(first && notNames.has(word.toLowerCase()))) {
        const grammar = notNames.has(word.toLowerCase());
        if (run && pendingParticles.length === 0 && surnameParticles.has(word)) {
          // "Gwenaëlle Le Bihan", "Paul Du Pont": a capitalised particle inside a name, kept if a name follows it.
          pendingParticles.push(word);
          first = false;
          continue;
        }
        if (run && pendingParticles.length === 0 && grammar) flush();
        if (run) {
          run.end = end;
          run.words.push(...pendingParticles, word);
          pendingParticles = [];
        } else if (!grammar || acronymOrBrand.test(word)) {
          run = { start, end, words: [word], atSentenceStart: first };
        }
      } else if (run && !capitalised && particles.has(word.toLowerCase()) && pendingParticles.length < 2) {
        pendingParticles.push(word);
      } else {
        flush();
      }
      first = false;
    }
    flush();
  }
  return candidates;
}
