/**
 * Values that are inferred rather than read. A record says so in its `derived` field, one entry per inferred value,
 * naming the rule, what it is computed from and why; the ingest re-computes every entry with the functions below and
 * refuses a record whose value differs. Plain TypeScript with no dependency, so the explorer shares the vocabulary.
 *
 * Rules (`from` holds record pointers such as `events/<id>`, `relations/<id>#until`, `sources/<id>`):
 * - `publication`: the date of the cited source's publication (a present-tense statement dated by it).
 * - `same-as`: the same value as another record ("the same investment", a movement dated only through its cause).
 * - `sum`: the sum of other fundings' amounts, all in one currency.
 * - `offset`: another record's date moved by a stated interval ("two years after their launch"); approximate, at the
 *   granularity of the interval's unit (years give a year, months a month) and never finer than the date it moves.
 * - `after`, `before`: "then", "later", "already": next to another record's date with no interval given; approximate,
 *   at that date's year.
 * - `between`: told between two dated records of one year; approximate, at that year.
 */
import type { FuzzyDate } from '../fuzzy-date.ts';
import { approximately, coarser, granularity, nominalSpan, type Granularity } from './precision.ts';

export const derivationRules = ['publication', 'same-as', 'sum', 'offset', 'after', 'before', 'between'] as const;
export type DerivationRule = (typeof derivationRules)[number];

export const offsetUnits = ['day', 'week', 'month', 'year'] as const;
export type OffsetUnit = (typeof offsetUnits)[number];

/** The fields whose value may be derived, per record collection. */
export const derivableFields = {
  actors: ['founded', 'dissolved'],
  relations: ['since', 'until'],
  events: ['date'],
  fundings: ['amount', 'date'],
} as const;
export type DerivableField = (typeof derivableFields)[keyof typeof derivableFields][number];

export interface Derivation {
  rule: DerivationRule;
  from: string[];
  /** For `offset`: how far from the date in `from` (negative: before it). A vague "a few" counts as 3. */
  offset?: { amount: number; unit: OffsetUnit } | undefined;
  reasoning: { fr: string; en: string };
}

/** Record pointer: `<collection>/<id>`, optionally `#<field>` for records with two dates. */
export const RECORD_POINTER = /^(actors|relations|events|fundings|sources)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z]+))?$/;

export type Derived<T> = { value: T } | { problem: string };

const arity: Record<DerivationRule, [number, number]> = {
  publication: [1, 1],
  'same-as': [1, 1],
  sum: [2, Infinity],
  offset: [1, 1],
  after: [1, 1],
  before: [1, 1],
  between: [2, 2],
};

function arityProblem(derivation: Derivation, count: number): string | null {
  const [min, max] = arity[derivation.rule];
  if (count >= min && count <= max) return null;
  const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  return `rule "${derivation.rule}" takes ${wanted} value${min === 1 && max === 1 ? '' : 's'} in "from", not ${count}`;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** The middle day of what a date nominally names ("about 2014" names 2014). */
function middle(date: FuzzyDate): Date {
  const span = nominalSpan(date);
  return new Date(Math.floor((dayNumber(span.start) + dayNumber(span.end)) / 2) * DAY_MS);
}

const unitGranularity: Record<OffsetUnit, Granularity> = { day: 'day', week: 'day', month: 'month', year: 'year' };

/** The date a derivation computes from the dates it points at (in the order of `from`). */
export function deriveDate(derivation: Derivation, inputs: readonly FuzzyDate[]): Derived<FuzzyDate> {
  const problem = arityProblem(derivation, inputs.length);
  if (problem) return { problem };
  const [first, second] = inputs as [FuzzyDate, FuzzyDate | undefined];
  switch (derivation.rule) {
    case 'publication':
    case 'same-as':
      return { value: { value: first.value, precision: first.precision, qualifier: first.qualifier } };
    case 'sum':
      return { problem: 'rule "sum" adds amounts, not dates' };
    case 'offset': {
      const offset = derivation.offset;
      if (!offset) return { problem: 'rule "offset" needs an offset: {amount, unit}' };
      const moved = middle(first);
      if (offset.unit === 'day') moved.setUTCDate(moved.getUTCDate() + offset.amount);
      else if (offset.unit === 'week') moved.setUTCDate(moved.getUTCDate() + 7 * offset.amount);
      else if (offset.unit === 'month') moved.setUTCMonth(moved.getUTCMonth() + offset.amount);
      else moved.setUTCFullYear(moved.getUTCFullYear() + offset.amount);
      const day = moved.toISOString().slice(0, 10);
      return {
        value: approximately(
          { value: day, precision: 'day' },
          coarser(unitGranularity[offset.unit], granularity(first)),
        ),
      };
    }
    case 'after':
    case 'before':
      return { value: approximately(first, 'year') };
    case 'between': {
      const year = middle(first).getUTCFullYear();
      if (middle(second!).getUTCFullYear() !== year)
        return { problem: `"between" places a date within one year; ${first.value} and ${second!.value} are not` };
      return { value: { value: String(year), precision: 'approximate' } };
    }
  }
}

export interface Amount {
  amount: number;
  currency: string;
  /** A hedged figure; a sum with one hedged part is hedged too. */
  approximate: boolean;
}

/** The amount a derivation computes from the fundings it points at. */
export function deriveAmount(derivation: Derivation, inputs: readonly Amount[]): Derived<Amount> {
  const problem = arityProblem(derivation, inputs.length);
  if (problem) return { problem };
  if (derivation.rule === 'same-as') return { value: { ...inputs[0]! } };
  if (derivation.rule !== 'sum')
    return { problem: `rule "${derivation.rule}" dates things; amounts take "same-as" or "sum"` };
  const currencies = [...new Set(inputs.map((i) => i.currency))];
  if (currencies.length !== 1) return { problem: `a sum adds one currency, not ${currencies.join(' and ')}` };
  // Cents, so that float addition does not leave 285000000.00000006.
  const cents = inputs.reduce((total, i) => total + Math.round(i.amount * 100), 0);
  return { value: { amount: cents / 100, currency: currencies[0]!, approximate: inputs.some((i) => i.approximate) } };
}
