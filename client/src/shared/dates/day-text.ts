import type { IsoDay } from '../api/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { daysInMonth } from './fuzzy.ts';

/**
 * A day typed as text in the interface's language, read back as an ISO day (what the URL and the views use).
 * A native `<input type="date">` follows the browser's locale, not the page's, so a French page showed
 * "mm/dd/yyyy": the date field writes French days as « jj/mm/aaaa » and English ones as ISO "yyyy-mm-dd", which
 * no English reader misreads (unlike 03/04/2015). A window bound may also be just a year or a month: "2015" as
 * a start is 1 January 2015, as an end 31 December 2015.
 */

interface DayTextFormat {
  /** The pattern shown to the reader, and the one for a bare year. */
  pattern: string;
  yearPattern: string;
  /** Where the year sits: last (day, month, year) or first (year, month, day). */
  order: 'dmy' | 'ymd';
  separator: string;
}

export const dayTextFormats: Record<Lang, DayTextFormat> = {
  fr: { pattern: 'jj/mm/aaaa', yearPattern: 'aaaa', order: 'dmy', separator: '/' },
  en: { pattern: 'yyyy-mm-dd', yearPattern: 'yyyy', order: 'ymd', separator: '-' },
};

/** Which end of a year or month a coarse entry stands for. */
export type DayBound = 'start' | 'end';

export type DayTextProblem = 'format' | 'no-such-day' | 'out-of-range';

export type DayTextReading =
  | { kind: 'empty' }
  | { kind: 'day'; day: IsoDay; /** Whether the text named a whole day (not just a year or a month). */ exact: boolean }
  | { kind: 'invalid'; problem: DayTextProblem };

export interface DayRange {
  min: IsoDay;
  max: IsoDay;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO day as the reader writes it: "2015-03-01" is « 01/03/2015 » in French, itself in English. */
export function formatDayText(day: IsoDay, lang: Lang): string {
  const [year, month, date] = day.split('-');
  const { order, separator } = dayTextFormats[lang];
  return order === 'dmy' ? [date, month, year].join(separator) : [year, month, date].join(separator);
}

// Any of / . - or spaces separates the parts, so "1.3.2015", "1-3-2015" and "1 3 2015" all read.
const SEP = String.raw`\s*[/.\-\s]\s*`;
const isoLike = new RegExp(String.raw`^(\d{4})(?:${SEP}(\d{1,2})(?:${SEP}(\d{1,2}))?)?$`);
const dayFirst = new RegExp(String.raw`^(?:(\d{1,2})${SEP})?(\d{1,2})${SEP}(\d{4})$`);
// Eight digits and nothing else: what a phone's number pad types ("01032015" in French, "20150301" in English).
const eightDigits = /^\d{8}$/;

interface DayParts {
  year: number;
  month: number | undefined;
  day: number | undefined;
}

function partsOf(text: string, lang: Lang): DayParts | null {
  if (eightDigits.test(text)) {
    const at = (from: number, to: number) => Number(text.slice(from, to));
    return dayTextFormats[lang].order === 'dmy'
      ? { year: at(4, 8), month: at(2, 4), day: at(0, 2) }
      : { year: at(0, 4), month: at(4, 6), day: at(6, 8) };
  }
  // Year first is unambiguous in either language, so a pasted ISO day reads in French too.
  const yearFirst = isoLike.exec(text);
  if (yearFirst) {
    const [, y, m, d] = yearFirst;
    return { year: +y!, month: m === undefined ? undefined : +m, day: d === undefined ? undefined : +d };
  }
  // Day first only where the interface writes days that way: in English "03/04/2015" could be either.
  if (dayTextFormats[lang].order !== 'dmy') return null;
  const yearLast = dayFirst.exec(text);
  if (!yearLast) return null;
  const [, d, m, y] = yearLast;
  return { year: +y!, month: +m!, day: d === undefined ? undefined : +d };
}

/** What a typed text says: nothing, a day (with a year or a month taken at `bound`), or why it is not a day. */
export function parseDayText(text: string, lang: Lang, bound: DayBound, range?: DayRange): DayTextReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const parts = partsOf(trimmed, lang);
  if (!parts) return { kind: 'invalid', problem: 'format' };
  const { year } = parts;
  const month = parts.month ?? (bound === 'start' ? 1 : 12);
  if (month < 1 || month > 12) return { kind: 'invalid', problem: 'no-such-day' };
  const last = daysInMonth(year, month);
  const day = parts.day ?? (bound === 'start' ? 1 : last);
  if (day < 1 || day > last) return { kind: 'invalid', problem: 'no-such-day' };
  const iso: IsoDay = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (range && (iso < range.min || iso > range.max)) return { kind: 'invalid', problem: 'out-of-range' };
  return { kind: 'day', day: iso, exact: parts.day !== undefined };
}
