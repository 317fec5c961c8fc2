import { setFlagsFromString } from 'node:v8';

/**
 * V8 runs a regex in its bytecode interpreter first and compiles it to machine code on its next run, for the kind of
 * string it then meets (one byte per character, or two: an article with a curly apostrophe or a euro sign is
 * two-byte). A regex whose compiled run met one kind stays interpreted for the other kind for the rest of the
 * process. Propose's cues meet both: after reading the held-out articles, the same synthetic corpus took 60% more
 * CPU on one thread (3.27 s against 2.06 s, 5 Dec 2026), its date, money and cue regexes 5 to 10 times slower.
 * Compiling every regex on its first run removes that (2.22 s) and costs nothing measurable on a fresh process.
 * V8's flags are the process's: set once, here, before any rule runs (propose.ts imports this first).
 */
setFlagsFromString('--regexp-tier-up-ticks=0');
