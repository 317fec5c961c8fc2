/**
 * Gates on cue words (ninth perf round, docs/proposals/throughput.md): before a family of rules whose regexes each
 * need one of a few words, one scan of the sentence says which families may match at all.
 */

/**
 * Which families' words a span of the text holds: `families` is a global regex of lower-case words (no flags but
 * `g`), one capturing group per family; bit i of the answer is set when group i + 1 matched. The span is lower-cased
 * once, so a family's word is found in any case, as the rules' `iu` regexes read it ("ſ", which matches "s" under
 * `iu` and does not lower-case to it, is read as "s"); it is found anywhere, not only at a word start. Matches are
 * looked for from every position (one past each match's start), so a word inside another family's word is found.
 */
export function familiesHeld(text: string, start: number, end: number, families: RegExp): number {
  let lower = text.slice(start, end).toLowerCase();
  if (lower.includes('ſ')) lower = lower.replaceAll('ſ', 's');
  let found = 0;
  families.lastIndex = 0;
  for (let m = families.exec(lower); m; m = families.exec(lower)) {
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) found |= 1 << (g - 1);
    families.lastIndex = m.index + 1;
  }
  return found;
}
