import type { GraphModel } from './graph-model.ts';

/**
 * Above this many relations in view, the overview draws this many: the relations among the most central actors.
 * Drawing ten thousand relations at once costs cytoscape 150–300 ms a frame on a loaded machine and shows a reader
 * nothing more at the zoom that fits them all; two thousand keep a frame well under that. The 114-actor atlas is far
 * below it and is drawn whole.
 */
export const RELATION_BUDGET = 2_000;

export interface BudgetFocus {
  /** Actors whose every visible relation is drawn (the selection). */
  actors: Iterable<string>;
  /** Relations drawn whatever the budget (a path found). */
  relations: Iterable<string>;
  /** Actors in view when zoomed in: the relations between two of them are drawn, up to another budget. */
  inView: ReadonlySet<string> | null;
}

/**
 * Which visible relations the canvas draws: all of them up to the budget; past it, the budget's worth ranked by the
 * less central of their two ends (so the relations among the most central actors come first, ties by the more
 * central end, then by id), plus every relation of the focus's actors and path, plus, zoomed in, those between the
 * actors in view (up to another budget). Null: everything visible is drawn.
 */
export function budgetRelations(
  model: GraphModel,
  visible: ReadonlySet<string>,
  ranks: ReadonlyMap<string, number>,
  focus: BudgetFocus,
  budget = RELATION_BUDGET,
): Set<string> | null {
  if (visible.size <= budget) return null;
  const rank = (id: string) => ranks.get(id) ?? Infinity;
  const ranked = [...visible].map((id) => {
    const edge = model.edges.get(id)!;
    const [a, b] = [rank(edge.from), rank(edge.to)];
    return { id, worse: Math.max(a, b), better: Math.min(a, b) };
  });
  ranked.sort((x, y) => x.worse - y.worse || x.better - y.better || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const drawn = new Set(ranked.slice(0, budget).map((entry) => entry.id));
  const actors = new Set(focus.actors);
  let inViewAdded = 0;
  for (const { id } of ranked) {
    const edge = model.edges.get(id)!;
    if (actors.has(edge.from) || actors.has(edge.to)) drawn.add(id);
    else if (
      focus.inView &&
      inViewAdded < budget &&
      !drawn.has(id) &&
      focus.inView.has(edge.from) &&
      focus.inView.has(edge.to)
    ) {
      drawn.add(id);
      inViewAdded++;
    }
  }
  for (const id of focus.relations) if (visible.has(id)) drawn.add(id);
  return drawn;
}
