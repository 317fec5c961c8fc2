import { describe, expect, it } from 'vitest';
import { mentionMarks, readerRuns, segmentText, shownMention, type Segment } from './segments.ts';

const text = 'Cloudwatt was created by Orange and Thales by adding 150 million euros.';
//            0         1         2         3         4         5         6         7
//            0123456789012345678901234567890123456789012345678901234567890123456789012
const strip = (segments: Segment[]) => segments.map((s) => [s.text, s.actors, s.evidence]);
const covers = (segments: Segment[], source: string) => {
  expect(segments.map((s) => s.text).join('')).toBe(source);
  segments.forEach((s, i) => {
    expect(s.end).toBeGreaterThan(s.start);
    if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
  });
};

describe('source reader segments', () => {
  it('returns the whole text as one plain segment when nothing is marked', () => {
    expect(strip(segmentText(text, [], []))).toEqual([[text, [], []]]);
    expect(segmentText('', [], [])).toEqual([]);
  });

  it('cuts mentions out of the text', () => {
    const segments = segmentText(
      text,
      [
        { start: 0, end: 9, actor: 'cloudwatt' },
        { start: 25, end: 31, actor: 'orange' },
      ],
      [],
    );
    covers(segments, text);
    expect(strip(segments).slice(0, 4)).toEqual([
      ['Cloudwatt', ['cloudwatt'], []],
      [' was created by ', [], []],
      ['Orange', ['orange'], []],
      [' and Thales by adding 150 million euros.', [], []],
    ]);
  });

  it('marks mentions inside an evidence span, and the span around them', () => {
    const segments = segmentText(text, [{ start: 36, end: 42, actor: 'thales' }], [{ start: 25, end: 70, id: 'ev-1' }]);
    covers(segments, text);
    expect(strip(segments)).toEqual([
      ['Cloudwatt was created by ', [], []],
      ['Orange and ', [], ['ev-1']],
      ['Thales', ['thales'], ['ev-1']],
      [' by adding 150 million euros', [], ['ev-1']],
      ['.', [], []],
    ]);
  });

  it('handles overlapping evidence spans and a mention crossing a span boundary', () => {
    const segments = segmentText(
      text,
      [{ start: 25, end: 31, actor: 'orange' }],
      [
        { start: 0, end: 28, id: 'ev-a' },
        { start: 14, end: 42, id: 'ev-b' },
      ],
    );
    covers(segments, text);
    expect(strip(segments)).toEqual([
      ['Cloudwatt was ', [], ['ev-a']],
      ['created by ', [], ['ev-a', 'ev-b']],
      ['Ora', ['orange'], ['ev-a', 'ev-b']],
      ['nge', ['orange'], ['ev-b']],
      [' and Thales', [], ['ev-b']],
      [' by adding 150 million euros.', [], []],
    ]);
  });

  it('puts the innermost of nested mentions first', () => {
    const source = 'Dassault Systèmes invested.';
    const segments = segmentText(
      source,
      [
        { start: 0, end: 17, actor: 'dassault-systemes' },
        { start: 0, end: 8, actor: 'dassault' },
      ],
      [],
    );
    covers(segments, source);
    expect(strip(segments)).toEqual([
      ['Dassault', ['dassault', 'dassault-systemes'], []],
      [' Systèmes', ['dassault-systemes'], []],
      [' invested.', [], []],
    ]);
  });

  it('keeps two adjacent mentions of one actor apart, and drops empty, reversed or outside marks', () => {
    const source = 'OVHOVH!';
    const segments = segmentText(
      source,
      [
        { start: 0, end: 3, actor: 'ovh' },
        { start: 3, end: 6, actor: 'ovh' },
        { start: 5, end: 5, actor: 'x' },
        { start: 6, end: 2, actor: 'y' },
        { start: 40, end: 50, actor: 'z' },
      ],
      [{ start: -5, end: 100, id: 'ev' }],
    );
    covers(segments, source);
    expect(strip(segments)).toEqual([
      ['OVH', ['ovh'], ['ev']],
      ['OVH', ['ovh'], ['ev']],
      ['!', [], ['ev']],
    ]);
  });

  it('flattens the API mentions into marks', () => {
    expect(
      mentionMarks([
        {
          actor: 'a',
          spans: [
            [0, 2],
            [5, 7],
          ],
        },
      ]),
    ).toEqual([
      { start: 0, end: 2, actor: 'a' },
      { start: 5, end: 7, actor: 'a' },
    ]);
  });
});

describe('reader runs: marks drawn sparingly', () => {
  // The whole sentence is the passage read in context; the names in it are mentions, "Orange and Thales" other evidence.
  const segments = segmentText(
    text,
    [
      { start: 0, end: 9, actor: 'cloudwatt' },
      { start: 25, end: 31, actor: 'orange' },
      { start: 36, end: 42, actor: 'thales' },
    ],
    [
      { start: 0, end: 71, id: 'ev-read' },
      { start: 25, end: 42, id: 'ev-other' },
    ],
  );

  it('draws the passage read in context as one run, however many names and quotes it holds', () => {
    const runs = readerRuns(segments, 'ev-read');
    expect(runs.map((r) => [r.kind, r.segments.map((s) => s.text).join('')])).toEqual([['focus', text]]);
    expect(runs[0]!.evidence).toEqual(['ev-read', 'ev-other']);
    expect(runs[0]!.segments.length).toBeGreaterThan(3);
  });

  it('joins each other quoted passage into one light run and leaves the rest plain', () => {
    const quoted = segmentText(
      text,
      [{ start: 25, end: 31, actor: 'orange' }],
      [{ start: 25, end: 42, id: 'ev-other' }],
    );
    expect(readerRuns(quoted, null).map((r) => [r.kind, r.segments.map((s) => s.text).join('')])).toEqual([
      ['plain', 'Cloudwatt was created by '],
      ['evidence', 'Orange and Thales'],
      ['plain', ' by adding 150 million euros.'],
    ]);
  });

  it('says a passage opens only where one starts, not where one carries on past the passage read', () => {
    // "ev-around" starts before the passage read and ends after it: its tail opens nothing.
    const around = segmentText(
      text,
      [],
      [
        { start: 10, end: 50, id: 'ev-around' },
        { start: 20, end: 40, id: 'ev-read' },
      ],
    );
    expect(readerRuns(around, 'ev-read').map((r) => [r.kind, r.opens])).toEqual([
      ['plain', false],
      ['evidence', true],
      ['focus', true],
      ['evidence', false],
      ['plain', false],
    ]);
  });

  it('links only the actors in focus, every mention on demand', () => {
    const linked = (shown: ReadonlySet<string> | 'all') => segments.flatMap((s) => shownMention(s, shown) ?? []);
    expect(linked(new Set())).toEqual([]);
    expect(linked(new Set(['thales']))).toEqual(['thales']);
    expect(linked('all')).toEqual(['cloudwatt', 'orange', 'thales']);
    // Underlined share of the sentence with one actor in focus: its name only.
    const underlined = segments
      .filter((s) => shownMention(s, new Set(['thales'])))
      .reduce((n, s) => n + s.text.length, 0);
    expect(underlined / text.length).toBeLessThan(0.1);
  });
});
