/**
 * Which actors carry a label, as drawn on screen: labels are taken in priority order (the forced ones first: the
 * selection and a path; then by centrality) and a label whose box would overlap one already taken is left out until
 * one zooms in. Everything here is in rendered pixels.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** The actor's centre on screen. */
  x: number;
  y: number;
  /** The actor's drawn size on screen (its label sits below it). */
  size: number;
  /** The label's text size on screen. */
  width: number;
  height: number;
}

/** Space between an actor and its label, and around each label (its white outline and a little air), in pixels. */
const LABEL_GAP = 3;
const LABEL_PADDING = 3;

/** The box a label is drawn in: centred below its actor. */
export function labelBox(candidate: LabelCandidate): Box {
  const top = candidate.y + candidate.size / 2 + LABEL_GAP;
  return {
    x1: candidate.x - candidate.width / 2 - LABEL_PADDING,
    y1: top - LABEL_PADDING,
    x2: candidate.x + candidate.width / 2 + LABEL_PADDING,
    y2: top + candidate.height + LABEL_PADDING,
  };
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Takes labels in the order given, keeping every forced one and, up to `budget` in all, each other one whose box
 * overlaps no label already kept. Returns the ids kept.
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  forced: ReadonlySet<string>,
  budget: number,
): Set<string> {
  const kept = new Set<string>();
  const boxes: Box[] = [];
  for (const candidate of candidates)
    if (forced.has(candidate.id)) {
      kept.add(candidate.id);
      boxes.push(labelBox(candidate));
    }
  for (const candidate of candidates) {
    if (kept.size >= Math.max(budget, forced.size)) break;
    if (kept.has(candidate.id)) continue;
    const box = labelBox(candidate);
    if (boxes.some((other) => overlap(box, other))) continue;
    kept.add(candidate.id);
    boxes.push(box);
  }
  return kept;
}

/** The smallest label on screen, in pixels (issue 14: text of 12 px or more everywhere, diagrams included). */
export const MIN_LABEL_PX = 12;
/** A selection's neighbourhood up to this size is labelled whole. */
export const LABELLED_NEIGHBOURHOOD = 40;

/** The label size on screen at the zoom the stylesheet is set for. */
export const LABEL_PX = 13;

/**
 * Whether the stylesheet must be rebuilt for a zoom: when its labels would be drawn under MIN_LABEL_PX (cytoscape
 * hides them below that) or grown past 1.3 times their size.
 */
export function needsRestyle(zoom: number, styleZoom: number): boolean {
  const ratio = zoom / styleZoom;
  return LABEL_PX * ratio < MIN_LABEL_PX || ratio > 1.3;
}

/**
 * The actors that may carry a label, in priority order: the forced ones, then the selection's neighbourhood, then the
 * others whose centrality rank is under `pool`, each group by rank.
 */
export function labelOrder(
  ids: Iterable<string>,
  ranks: ReadonlyMap<string, number>,
  forced: ReadonlySet<string>,
  neighbourhood: ReadonlySet<string> | null,
  pool: number,
): string[] {
  const group = (id: string) => (forced.has(id) ? 0 : neighbourhood?.has(id) ? 1 : 2);
  const rank = (id: string) => ranks.get(id) ?? Infinity;
  return [...ids]
    .filter((id) => group(id) < 2 || rank(id) < pool)
    .sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
}
