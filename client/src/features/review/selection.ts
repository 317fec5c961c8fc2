/** The [start, end) offsets of the current selection inside `container`'s text, or null when it is not inside it. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** Spans to highlight, merged into non-overlapping runs of the text: each run knows which spans cover it. */
export function highlightRuns(
  length: number,
  spans: readonly { start: number; end: number; id: string }[],
): { start: number; end: number; ids: string[] }[] {
  const cuts = new Set([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: { start: number; end: number; ids: string[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    runs.push({ start, end, ids: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id) });
  }
  return runs;
}
