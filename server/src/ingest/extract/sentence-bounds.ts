/**
 * Cheap sentence bounds around an offset, for the extractors' context rules (a currency inherited within a
 * sentence, a future tense): a full stop, "!", "?" or "…" followed by white space, or a line break, within a
 * bounded reach. Intl.Segmenter would be exact but far too slow to call per candidate.
 */

const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const SENTENCE_REACH = 800;

/** Offset where the sentence holding `pos` starts (at most SENTENCE_REACH before it). */
export function sentenceStart(text: string, pos: number): number {
  const stop = Math.max(0, pos - SENTENCE_REACH);
  for (let i = pos - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (isStop(c) && i + 1 < pos && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  return stop;
}

/** Offset where the sentence holding `pos` ends, its final stop included (at most SENTENCE_REACH after it). */
export function sentenceEnd(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + SENTENCE_REACH);
  for (let i = pos; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (isStop(c) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return stop;
}
