import { overlapsWindow, type IsoDay } from './fuzzy-date.ts';
import { fundersOf } from './funding-aggregation.ts';
import type { FundingQuery, TimelineQuery } from './graph-store.ts';
import type { AtlasEvent, Funding, Relation } from './model.ts';
import type { CoMentionEdge } from './results.ts';
import { compareById, compareCoMentions, compareEventsChronologically } from './sort-orders.ts';
import { hasWindow } from './time-windows.ts';
import { ownDatesSpan, shownAsOf, spanOverlapsWindow, type KnownSpan } from './time-spans.ts';

/**
 * Which records a query selects, as pure functions over plain records: the embedded store indexes the same rules for
 * speed, the Neo4j adapter fetches candidates and finishes with these, so that both give the contract suite the same
 * answers.
 */

/** The pointer a dispute claim uses for a record: `fundings/<id>`, `events/<id>`… */
export const recordPointer = (collection: 'actors' | 'relations' | 'events' | 'fundings', id: string): string =>
  `${collection}/${id}`;

export interface RelationFilter {
  relationTypes?: readonly string[] | undefined;
  asOf?: IsoDay | undefined;
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
}

/**
 * A relation passes when its type is in `relationTypes` (every type when it is omitted; an empty list passes none),
 * it is shown as of `asOf` (when given) and its span overlaps [from, to]. The span is its known span
 * (domain/time-spans.ts computeKnownSpans: a statement starts at its publication); without one, its own dates. List
 * filters (kinds, relation types, event kinds, actors) follow the same rule everywhere: omitted means no filter,
 * empty means nothing passes.
 */
export function relationPasses(
  relation: Relation,
  filter: RelationFilter,
  span: KnownSpan = ownDatesSpan(relation.since, relation.until),
): boolean {
  if (filter.relationTypes && !filter.relationTypes.includes(relation.type)) return false;
  if (filter.asOf && !shownAsOf(span, filter.asOf)) return false;
  return spanOverlapsWindow(span, filter);
}

/**
 * timeline(): events that list any of `actors` (when given), of one of `kinds` (when given), whose date span
 * overlaps [from, to]; in timeline order.
 */
export function filterTimeline(events: readonly AtlasEvent[], query: TimelineQuery): AtlasEvent[] {
  const actors = query.actors ? new Set(query.actors) : null;
  const kinds = query.kinds ? new Set<string>(query.kinds) : null;
  return events
    .filter(
      (event) =>
        (!actors || event.actors.some((a) => actors.has(a.id))) &&
        (!kinds || kinds.has(event.kind)) &&
        overlapsWindow(event.date, query),
    )
    .sort(compareEventsChronologically);
}

/**
 * funding() records: funder is `from` or one of the joint `funders`, recipient is `to`, kind listed; with a window, only dated records whose
 * date span overlaps it (undated records are kept only when no window is given). Sorted by id.
 */
export function filterFundings(records: readonly Funding[], query: FundingQuery): Funding[] {
  const kinds = query.kinds ? new Set<string>(query.kinds) : null;
  const windowed = hasWindow(query);
  return records
    .filter(
      (record) =>
        (query.funder === undefined || fundersOf(record).includes(query.funder)) &&
        (query.recipient === undefined || record.to === query.recipient) &&
        (!kinds || kinds.has(record.kind)) &&
        (!windowed || (record.date !== undefined && overlapsWindow(record.date, query))),
    )
    .sort(compareById);
}

/** Co-mention edges of at least `minWeight` between two of the given actors, sorted by (a, b). */
export function filterCoMentions(
  coMentions: readonly { a: string; b: string; weight: number }[],
  nodes: ReadonlySet<string>,
  minWeight: number | undefined,
): CoMentionEdge[] {
  if (minWeight === undefined) return [];
  return coMentions
    .filter((c) => c.weight >= minWeight && nodes.has(c.a) && nodes.has(c.b))
    .map((c) => ({ a: c.a, b: c.b, weight: c.weight }))
    .sort(compareCoMentions);
}
