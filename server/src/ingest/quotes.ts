import { foldKey, isWordChar } from './offset-preserving-fold.ts';
import type { Span } from './text.ts';

/**
 * Anchoring evidence: a quote is an exact span of the normalised source text, except that any run of white
 * space in the quote matches any run of white space in the text (quotes are written on one line).
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type QuoteLocation = { found: true; start: number; end: number } | { found: false; reason: string };

export function locateQuote(text: string, quote: string): QuoteLocation {
  const trimmed = quote.normalize('NFC').trim();
  const pattern = new RegExp(trimmed.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    // A quote that starts or ends inside a word is a truncated word, not a quotation.
    if (isWordChar(text[start - 1]) && isWordChar(text[start])) continue;
    if (isWordChar(text[end - 1]) && isWordChar(text[end])) continue;
    return { found: true, start, end };
  }
  pattern.lastIndex = 0;
  return pattern.test(text)
    ? { found: false, reason: 'the quote only occurs cut inside a word' }
    : { found: false, reason: 'the quote is not in the source text' };
}

const words = (text: string) =>
  foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** The sentence that shares the most words with a quote that was not found, to show the curator what is there. */
export function nearestPassage(
  text: string,
  sentences: readonly Span[],
  quote: string,
  maxLength = 200,
): string | null {
  const wanted = new Set(words(quote));
  if (wanted.size === 0) return null;
  let best: { score: number; span: Span } | null = null;
  for (const span of sentences) {
    const sentenceWords = new Set(words(text.slice(span.start, span.end)));
    let shared = 0;
    for (const word of wanted) if (sentenceWords.has(word)) shared++;
    const score = shared / wanted.size;
    if (score > 0 && (!best || score > best.score)) best = { score, span };
  }
  if (!best) return null;
  const passage = text.slice(best.span.start, best.span.end);
  return passage.length > maxLength ? `${passage.slice(0, maxLength)}…` : passage;
}
