/**
 * The source reader's one piece of maths: a text and two sets of marks over it (actor mentions and evidence spans,
 * as [start, end) offsets that may nest or overlap) turned into non-overlapping segments that cover the whole
 * text, each knowing which marks cover it. The reader renders them as React nodes, never as an HTML string.
 */

export interface MentionMark {
  start: number;
  end: number;
  actor: string;
}

export interface EvidenceMark {
  start: number;
  end: number;
  id: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Actors mentioned over this segment, innermost (shortest) mention first. */
  actors: string[];
  /** Evidence spans over this segment, in the order given. */
  evidence: string[];
}

const valid = (mark: { start: number; end: number }, length: number) =>
  Number.isInteger(mark.start) &&
  Number.isInteger(mark.end) &&
  mark.start < mark.end &&
  mark.end > 0 &&
  mark.start < length;

export function segmentText(
  text: string,
  mentions: readonly MentionMark[],
  evidence: readonly EvidenceMark[],
): Segment[] {
  const length = text.length;
  if (length === 0) return [];
  const clamp = <T extends { start: number; end: number }>(mark: T): T => ({
    ...mark,
    start: Math.max(0, mark.start),
    end: Math.min(length, mark.end),
  });
  const ms = mentions.filter((m) => valid(m, length)).map(clamp);
  const es = evidence.filter((e) => valid(e, length)).map(clamp);

  const boundaries = new Set<number>([0, length]);
  for (const m of ms) boundaries.add(m.start).add(m.end);
  for (const e of es) boundaries.add(e.start).add(e.end);
  const points = [...boundaries].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const actors = ms
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
      .map((m) => m.actor);
    const evidenceIds = es.filter((e) => e.start <= start && e.end >= end).map((e) => e.id);
    const uniqueActors = [...new Set(actors)];
    const uniqueEvidence = [...new Set(evidenceIds)];
    const previous = segments.at(-1);
    if (
      previous &&
      previous.actors.join('\u0000') === uniqueActors.join('\u0000') &&
      previous.evidence.join('\u0000') === uniqueEvidence.join('\u0000') &&
      // Two mentions of the same actor side by side stay two links.
      uniqueActors.length === 0
    ) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: text.slice(start, end), actors: uniqueActors, evidence: uniqueEvidence });
  }
  return segments;
}

/** Mentions as the API gives them (per actor, a list of spans) flattened into marks. */
export function mentionMarks(
  mentions: readonly { actor: string; spans: readonly (readonly [number, number])[] }[],
): MentionMark[] {
  return mentions.flatMap((m) => m.spans.map(([start, end]) => ({ start, end, actor: m.actor })));
}

/**
 * A stretch of the text drawn as one piece: the passage the reader came for (`focus`, one continuous highlight however
 * many names it mentions), other quoted passages (marked lightly), or plain text.
 */
export interface ReaderRun {
  kind: 'focus' | 'evidence' | 'plain';
  /** The evidence spans over the run, in order of first appearance. */
  evidence: string[];
  /** Whether a quoted passage starts here (not one carried on from the run before, e.g. past the passage read). */
  opens: boolean;
  segments: Segment[];
}

/** Segments grouped into runs, so that a passage is marked once rather than once per name inside it. */
export function readerRuns(segments: readonly Segment[], focus: string | null): ReaderRun[] {
  const kindOf = (segment: Segment): ReaderRun['kind'] =>
    focus !== null && segment.evidence.includes(focus) ? 'focus' : segment.evidence.length > 0 ? 'evidence' : 'plain';
  const runs: ReaderRun[] = [];
  for (const segment of segments) {
    const kind = kindOf(segment);
    const previous = runs.at(-1);
    if (previous && previous.kind === kind) {
      previous.segments.push(segment);
      for (const id of segment.evidence) if (!previous.evidence.includes(id)) previous.evidence.push(id);
    } else {
      const before = new Set(previous?.evidence);
      runs.push({
        kind,
        evidence: [...segment.evidence],
        segments: [segment],
        opens: segment.evidence.some((id) => !before.has(id)),
      });
    }
  }
  return runs;
}

/** The actor a segment links to: its innermost mention among those shown (all, or the actors in focus). */
export function shownMention(segment: Segment, shown: ReadonlySet<string> | 'all'): string | undefined {
  return shown === 'all' ? segment.actors[0] : segment.actors.find((actor) => shown.has(actor));
}
