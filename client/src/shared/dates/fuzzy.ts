import { fuzzyDateProblem } from '@atlas/server/domain/fuzzy-date';
import { relationOverlapsWindow as overlapsWindow } from '@atlas/server/domain/time-windows';
import type { FuzzyDate, IsoDay } from '../api/types.ts';

/**
 * Fuzzy-date maths on the client: the server's own functions (plain TypeScript, no zod), so a date is drawn by
 * exactly the rules the stores query by. Only what the explorer adds lives here.
 */
export { dateSpan, daysInMonth, isActiveAsOf, type DateSpan } from '@atlas/server/domain/fuzzy-date';

type DateLike = Pick<FuzzyDate, 'value' | 'precision' | 'qualifier'>;

export interface TimeWindow {
  from?: IsoDay | null | undefined;
  to?: IsoDay | null | undefined;
}

/** Whether a relation's span (first day of since to last day of until; open when undated) overlaps [from, to]. */
export function relationOverlapsWindow(
  relation: { since?: DateLike | undefined; until?: DateLike | undefined },
  window: TimeWindow,
): boolean {
  return overlapsWindow(relation, { from: window.from ?? undefined, to: window.to ?? undefined });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day an "as of" year stands for: the network as it stood at the end of that year. */
export const asOfDay = (year: number): IsoDay => `${pad(year, 4)}-12-31`;

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export const isIsoDay = (value: string): boolean => fuzzyDateProblem({ value, precision: 'day' }) === null;
