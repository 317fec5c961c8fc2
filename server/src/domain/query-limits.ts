import type { ActorQuery } from './graph-store.ts';

/**
 * The limits of the store's queries (the API's parameter schemas declare the same bounds), and the clamping every
 * store applies to what it is asked.
 */

export const NEIGHBOURHOOD_MAX_DEPTH = 3;
export const PATH_DEFAULT_MAX_HOPS = 4;
export const PATH_MAX_HOPS = 6;
/** At most this many shortest paths (distinct actor sequences) are returned. */
export const PATH_RESULT_CAP = 20;
export const ACTORS_DEFAULT_LIMIT = 50;
export const ACTORS_MAX_LIMIT = 500;
export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 100;

const wholeNumber = (value: number | undefined, fallback: number): number =>
  value === undefined || !Number.isFinite(value) ? fallback : Math.floor(value);
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Neighbourhood depth: a whole number of hops from 1 to 3 (out-of-range values are clamped). */
export function clampDepth(depth: number): number {
  return clamp(wholeNumber(depth, 1), 1, NEIGHBOURHOOD_MAX_DEPTH);
}

/** Path length limit: 4 hops by default, 1 to 6. */
export function clampMaxHops(maxHops: number | undefined): number {
  return clamp(wholeNumber(maxHops, PATH_DEFAULT_MAX_HOPS), 1, PATH_MAX_HOPS);
}

/** Paging of actors(): offset 0 and limit 50 by default, the limit at most 500. */
export function clampPage(query: Pick<ActorQuery, 'offset' | 'limit'>): { offset: number; limit: number } {
  return {
    offset: Math.max(0, wholeNumber(query.offset, 0)),
    limit: clamp(wholeNumber(query.limit, ACTORS_DEFAULT_LIMIT), 0, ACTORS_MAX_LIMIT),
  };
}

/** Search results: 20 by default, at most 100. */
export function clampSearchLimit(limit: number | undefined): number {
  return clamp(wholeNumber(limit, SEARCH_DEFAULT_LIMIT), 0, SEARCH_MAX_LIMIT);
}
