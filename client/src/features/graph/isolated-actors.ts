import type { ActorKind, GraphNode } from '../../shared/api/types.ts';
import { actorKinds } from '../../shared/vocabulary.ts';
import type { GraphModel, Visibility } from './graph-model.ts';

/**
 * Actors with no relation in view are not drawn: scattered in a row of dots under the drawing, they shrank the fitted
 * view of the connected graph to half the canvas and could not be labelled. They are listed beside it instead,
 * grouped by kind (IsolatedActors.tsx). Which actors those are follows the filters and the "as of" day: an actor whose
 * relations are all filtered out moves to the list, and back to the drawing when one shows again.
 */

/**
 * The visible actors with no visible relation. When no relation shows at all (an early "as of" day, a narrow
 * filter), none is set apart: the drawing would be empty, and a few lone actors read well drawn.
 */
export function isolatedActors(visibility: Visibility, degrees: ReadonlyMap<string, number>): Set<string> {
  const isolated = new Set<string>();
  if (visibility.edges.size === 0) return isolated;
  for (const id of visibility.nodes) if ((degrees.get(id) ?? 0) === 0) isolated.add(id);
  return isolated;
}

/** What the canvas draws: the visibility without the actors set apart. */
export function drawnVisibility(visibility: Visibility, isolated: ReadonlySet<string>): Visibility {
  if (isolated.size === 0) return visibility;
  return { ...visibility, nodes: new Set([...visibility.nodes].filter((id) => !isolated.has(id))) };
}

export interface IsolatedGroup {
  kind: ActorKind;
  /** `undated`: no date of its own and no source by the day shown (drawn hollow on the canvas, marked in the list). */
  actors: { id: string; name: string; undated: boolean }[];
}

/** The isolated actors by kind (in the vocabulary's order), each group sorted by name in the reader's language. */
export function groupByKind(
  ids: Iterable<string>,
  model: GraphModel,
  name: (node: GraphNode) => string,
  locale: string,
  undated: (id: string) => boolean = () => false,
): IsolatedGroup[] {
  const byKind = new Map<ActorKind, IsolatedGroup['actors']>();
  for (const id of ids) {
    const node = model.nodes.get(id);
    if (!node) continue;
    const group = byKind.get(node.kind);
    const entry = { id, name: name(node), undated: undated(id) };
    if (group) group.push(entry);
    else byKind.set(node.kind, [entry]);
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return actorKinds
    .filter((kind) => byKind.has(kind))
    .map((kind) => ({
      kind,
      actors: byKind.get(kind)!.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
    }));
}
