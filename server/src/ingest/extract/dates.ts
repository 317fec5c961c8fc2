/**
 * Date mentions in French or English prose, resolved to FuzzyDates.
 *
 * Pure and synchronous; offsets are UTF-16 indexes into the text as given (normalise it first: NFC,
 * whitespace runs collapsed). Results are sorted by start and never overlap: when candidates overlap, the
 * longest wins ("avril 2012" beats "2012", "juin dernier" beats "juin"), ties going to the more specific rule.
 *
 * What is recognised (each language has its own word lists; the English parser never sees French text):
 *  - full dates ("November 21, 2021", "October 15", "February 1st", "1er février 2020", "21/11/2021",
 *    "2021-11-21"): a regex finds the candidate; plain ones ("October 15", "1er février 2020") are read directly,
 *    the others by chrono-node on just that window with the parser of the text's language (chrono.en.strict /
 *    chrono.fr.strict: the regex has already found a date, and strict mode skips chrono's casual parsers, ~40%
 *    faster). chrono.en.parse on a whole 10 KB text takes ~0.7 ms, many times what this whole function takes on
 *    it, and even on one window it costs more than all the rest, hence the direct reading.
 *  - month + year ("mai 2012", "May 2012", "May of 2012")                        -> month
 *  - early/mid/late + month or year ("début septembre", "fin 2012", "mi-2012", "early 2012", "the end of May")
 *                                                                                  -> month or year + qualifier
 *  - seasons ("printemps 2013" -> 2013-spring; "l'automne", "the fall", "cet été", "last summer")
 *                                                                                  -> season
 *  - quarters with their year ("Q3 2020", "T3 2020", "au troisième trimestre 2020", "the third quarter of 2020")
 *                                     -> approximate on the middle month, whose span is exactly the quarter
 *  - bare years (1900-2099) only in a date-like context: after a date preposition ("in 2024", "Launched in
 *    2012", "en 2011", "depuis 1999", "by 2025") or a period's noun ("exercice 2024", "premier semestre 2025",
 *    "fiscal 2024"), after a weak one ("to", "and", "pour", "à") only when
 *    punctuation or a function word follows, in parentheses, or as the second half of "2010-2012"; never glued
 *    to other digits ("21,893", "2 000"), to "%" or a currency, nor followed by a counted noun.   -> year
 *  - bare months with a date preposition ("in May", "en juin"; a lowercase French month name other than "mars"
 *    needs none)                                                                    -> month
 *  - relative to publication: "juin dernier" / "last June" / "mai prochain" / "next May" / "this summer",
 *    "last year" / "l'an dernier" / "cette année", "June last year" / "juin de l'année dernière", "last month" /
 *    "le mois dernier" / "ce mois-ci", "last week" / "la semaine dernière" / "this week", "yesterday" / "hier", and "a few days ago" / "il y a quelques jours" / "two
 *    years ago" / "il y a deux ans" (approximate: YYYY-MM when the publication date knows its month, else YYYY;
 *    vague counts of years, "a few years ago", are not dated). Decades are not extracted.
 *
 * Resolving a month, day or season given without a year (each result says which rule applied in `basis`):
 *  1. an explicit year earlier in the same sentence gives the year ("in 2012, in March, ...");
 *  2. else, if the sentence speaks of the future (will, should, sera, devrait, futur simple...), the mention is
 *     the first such date on or after the publication's reference day (forward dating, as chrono's
 *     forwardDate): "will be disconnected on February 1st" published about 2019 -> 2020-02-01;
 *  3. else an explicit year in the sentence just before, in the same paragraph (paragraphs are separated by a
 *     blank line), gives the year ("début septembre" in the sentence after "avril 2012" -> 2012-09 early), unless
 *     that would place the date after the publication: the sentence does not speak of the future (rule 2), and a
 *     past or present statement cannot tell a date still to come ("à l'automne" after a target "en 2027", in a
 *     March 2025 article, is not autumn 2027); a year told further back does not carry (a news article dates its
 *     "en janvier" against its own day, whatever year it named two sentences before);
 *  4. else the publication year: the latest such date that starts before the publication period ends (so a
 *     month later in the year than a day-precise publication goes to the previous year).
 * The publication's reference day is the middle of its nominal span ("2019" approximate -> 2019-07-02,
 * "2013-autumn" -> 2013-10-16); "last X"/"X dernier" is the latest X that ends before it, "next X"/"X
 * prochain" the first X that starts after it, "this X" the X nearest to it. Only dates written with their year
 * count as anchors: a year derived from context or from the publication never anchors later mentions.
 */
import * as chrono from 'chrono-node';
import { dateSpan, daysInMonth, type DateQualifier, type FuzzyDate, type Season } from '../../domain/dates.ts';
import { resolvedAgainst } from '../../domain/truth/precision.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: FuzzyDate;
  basis: Basis;
  /** The word by which the mention's sentence speaks of the future ("will", "devrait"), when it does. */
  future?: string | undefined;
}

export type DateLanguage = 'fr' | 'en';

/** How a date was resolved, told in both interface languages. */
type Basis = NonNullable<FuzzyDate['basis']>;

type Calendar =
  | { kind: 'day'; month: number; day: number }
  | { kind: 'month'; month: number; qualifier?: DateQualifier | undefined }
  | { kind: 'season'; season: Season }
  | { kind: 'quarter'; quarter: number }
  | { kind: 'year'; qualifier?: DateQualifier | undefined };

type Relation = 'last' | 'next' | 'this';
type AgoUnit = 'day' | 'week' | 'month' | 'year';

interface Candidate {
  start: number;
  end: number;
  /** Lower is more specific; breaks ties between overlapping candidates of equal length. */
  priority: number;
  cal: Calendar | null;
  year?: number;
  relation?: Relation;
  yearOffset?: number;
  /** "last month", "le mois prochain": months from the publication's own month. */
  monthOffset?: number;
  ago?: { amount: number; unit: AgoUnit };
  /** A day of the week told alone ("on Monday", "mardi"): 0 is Sunday. */
  weekday?: number;
}

/** What a rule makes of one match of its regex (offsets in `m` index the whole text). */
type Take = (m: RegExpExecArray, text: string, out: Candidate[]) => void;

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

const B = '(?<![\\p{L}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{N}])'; // word end
const S = '[^\\S\\n]+'; // spaces within a line (includes no-break, thin and narrow no-break spaces)
const S0 = '[^\\S\\n]*';
const AP = "['’]";
const YEAR = '((?:19|20)\\d\\d)';
const YEAR_NC = '(?:19|20)\\d\\d';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[], n: number) => names.forEach((name) => (MONTHS[name] = n));
[
  ['janvier', 'janv', 'january', 'jan'],
  ['février', 'fevrier', 'févr', 'fevr', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['août', 'aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['décembre', 'decembre', 'déc', 'december', 'dec'],
].forEach((names, i) => addMonths(names, i + 1));

const MONTH_FULL_FR =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const MONTH_ANY_FR = `${MONTH_FULL_FR}|janv\\.|févr\\.|fevr\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.|dec\\.`;
const MONTH_FULL_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ANY_EN = `${MONTH_FULL_EN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;

const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthNumber(token: string): number {
  const key = token.toLowerCase();
  return MONTHS[key.endsWith('.') ? key.slice(0, -1) : key] ?? 0;
}

/** English month names are proper nouns: "may" and "march" in lowercase are a verb. */
const isCapitalised = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

const SEASONS: Record<string, Season> = {
  printemps: 'spring',
  été: 'summer',
  ete: 'summer',
  automne: 'autumn',
  hiver: 'winter',
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};

const QUALIFIERS: Record<string, DateQualifier | undefined> = {
  début: 'early',
  debut: 'early',
  fin: 'late',
  'mi-': 'mid',
  mi: 'mid',
  milieu: 'mid',
  courant: undefined,
  early: 'early',
  mid: 'mid',
  late: 'late',
  end: 'late',
  beginning: 'early',
  start: 'early',
  middle: 'mid',
};

const SMALL_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
};
/** Vague counts: dated for days, weeks and months only ("a few years ago" is too vague for a year). */
const VAGUE_NUMBERS: Record<string, number> = {
  'a few': 3,
  few: 3,
  some: 3,
  several: 5,
  'a couple of': 2,
  quelques: 3,
  plusieurs: 5,
};

const AGO_UNITS: Record<string, AgoUnit> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  jour: 'day',
  jours: 'day',
  semaine: 'week',
  semaines: 'week',
  mois: 'month',
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
};
/** Units counted in years: "a decade ago", "il y a une décennie". */
const DECADES: Record<string, number> = { decade: 10, decades: 10, décennie: 10, décennies: 10 };

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

// ---------------------------------------------------------------------------------------------------------
// Candidate rules. Their regexes are sticky: collectCandidates (below) tries each only at a few word starts
// before the core words it needs, never along the whole text.

/** Offset of a capture group known to end where the match ends. */
const tailStart = (m: RegExpExecArray, group: string) => m.index + m[0].length - group.length;

function push(
  out: Candidate[],
  start: number,
  end: number,
  priority: number,
  c: Omit<Candidate, 'start' | 'end' | 'priority'>,
) {
  // Every field written, in one order: one object shape for all candidates.
  out.push({
    start,
    end,
    priority,
    cal: c.cal,
    year: c.year,
    relation: c.relation,
    yearOffset: c.yearOffset,
    monthOffset: c.monthOffset,
    ago: c.ago,
    weekday: c.weekday,
  });
}

type ChronoParser = typeof chrono.en.strict;

/**
 * Full dates: the regex finds the window. Its plain shapes ("November 21, 2021", "3rd of May", "1er février
 * 2020": a month token, a day, maybe a year, single spaces) are read here, exactly as chrono would read them (a
 * test checks it): the whole window, the year only when written, and no date for a day the month lacks (a
 * yearless February 29 is kept). The rest (weekdays, "the 3rd", numeric dates, other spacing) goes to chrono,
 * keeping a result only when its day and month are certain.
 */
function fullDateRule(parser: ChronoParser, plain: RegExp, capitalGroups: number[]): Take {
  return (m, _text, out) => {
    for (const g of capitalGroups) if (m[g] !== undefined && !isCapitalised(m[g])) return;
    const end = m.index + m[0].length;
    const parts = plain.exec(m[0])?.groups;
    const month = parts ? monthNumber(parts.month ?? parts.month2 ?? '') : 0;
    if (parts && month) {
      const dayToken = parts.day ?? parts.day2 ?? '';
      const day = dayToken.length === 3 ? 1 : Number(dayToken); // "1er"
      const year = parts.year === undefined ? undefined : Number(parts.year);
      const real = day <= daysInMonth(year ?? 2000, month); // 2000, a leap year: a yearless February 29 is real
      push(out, m.index, end, 0, real ? { cal: { kind: 'day', month, day }, year } : { cal: null });
      return;
    }
    for (const r of parser.parse(m[0], CHRONO_REFERENCE)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const start = m.index + r.index;
      const cand: Omit<Candidate, 'start' | 'end' | 'priority'> = {
        cal: { kind: 'day', month: r.start.get('month') ?? 0, day: r.start.get('day') ?? 0 },
      };
      if (r.start.isCertain('year')) cand.year = r.start.get('year') ?? undefined;
      push(out, start, start + r.text.length, 0, cand);
      return;
    }
    // "31 février": not a date, and not a bare month either. The blocker wins the overlap and yields nothing.
    push(out, m.index, end, 0, { cal: null });
  };
}
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** Plain full-date windows; the month token is checked against the month names. */
const EN_PLAIN =
  /^(?:(?<month>[a-z]+)\.? (?<day>\d\d?)(?:st|nd|rd|th)?|(?<day2>\d\d?)(?:st|nd|rd|th)? (?:of )?(?<month2>[a-z]+)\.?)(?:,? (?<year>(?:19|20)\d\d))?$/i;
const FR_PLAIN = /^(?<day>1er|\d\d?) (?<month>\p{L}+)\.?(?: (?<year>(?:19|20)\d\d))?$/iu;

const FR_FULL = new RegExp(
  `${B}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)${S})?(?:1er|${DAY})${S}(?:${MONTH_ANY_FR})(?:${S}${YEAR_NC})?${E}` +
    `|${B}(?:\\d{1,2}/\\d{1,2}/${YEAR_NC}|${YEAR_NC}-[01]\\d-[0-3]\\d)${E}`,
  'iuy',
);
const EN_FULL = new RegExp(
  `${B}(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S})?` +
    `(?:(${MONTH_ANY_EN})${S}(?:the${S})?${DAY}(?:st|nd|rd|th)?(?:,?${S}${YEAR_NC})?` +
    `|(?:the${S})?${DAY}(?:st|nd|rd|th)?${S}(?:of${S})?(${MONTH_ANY_EN})(?:,?${S}${YEAR_NC})?)${E}` +
    `|${B}(?:\\d{1,2}/\\d{1,2}/${YEAR_NC}|${YEAR_NC}-[01]\\d-[0-3]\\d)${E}`,
  'iuy',
);

function monthYearRule(capital: boolean): Take {
  return (m, _text, out) => {
    const token = m[1] ?? '';
    if (capital && !isCapitalised(token)) return;
    const month = monthNumber(token);
    if (month) push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month }, year: Number(m[2]) });
  };
}
const FR_MONTH_YEAR = new RegExp(`${B}(${MONTH_ANY_FR})${S}(?:de${S}l${AP}année${S}|de${S})?${YEAR}${E}`, 'iuy');
const EN_MONTH_YEAR = new RegExp(`${B}(${MONTH_ANY_EN}),?${S}(?:of${S})?${YEAR}${E}`, 'iuy');

/** "début septembre", "fin 2012", "mi-2012", "early 2012", "the end of May 2012". */
function qualifiedRule(capital: boolean): Take {
  return (m, _text, out) => {
    const word = lower(m[1])
      .replace(/\s+of$/, '')
      .replace(/^the\s+/, '')
      .replace(/\s+/g, '');
    const qualifier = QUALIFIERS[word];
    const monthToken = m[2];
    const year = m[3] ?? m[4];
    const start = m.index;
    const end = m.index + m[0].length;
    if (monthToken !== undefined) {
      if (capital && !isCapitalised(monthToken)) return;
      const month = monthNumber(monthToken);
      if (!month) return;
      const c: Omit<Candidate, 'start' | 'end' | 'priority'> = { cal: { kind: 'month', month, qualifier } };
      if (year !== undefined) c.year = Number(year);
      push(out, start, end, 1, c);
    } else if (year !== undefined) {
      push(out, start, end, 1, { cal: { kind: 'year', qualifier }, year: Number(year) });
    }
  };
}
const FR_QUALIFIED = new RegExp(
  `${B}(début|debut|fin|mi-|mi(?=${S})|milieu|courant)` +
    `(?:${S0}(?:de${S}l${AP}année|de${S}l${AP}an|du${S}mois${S}de|du${S}mois${S}d${AP}|de|d${AP}))?${S0}` +
    `(?:(${MONTH_FULL_FR})(?:${S}${YEAR})?|${YEAR})${E}`,
  'iuy',
);
const EN_QUALIFIED = new RegExp(
  `${B}(early|mid|late|(?:the${S})?(?:end|beginning|start|middle)${S}of)(?:-|${S})(?:the${S}year${S})?` +
    `(?:(${MONTH_FULL_EN})(?:,?${S}(?:of${S})?${YEAR})?|${YEAR})${E}`,
  'iuy',
);

/** "juin dernier", "mai prochain", "last June", "next May", "this March". */
const FR_MONTH_REL = new RegExp(`${B}(${MONTH_FULL_FR})${S}(dernier|prochain)${E}`, 'iuy');
const EN_MONTH_REL = new RegExp(`${B}(last|next|this)${S}(${MONTH_FULL_EN})${E}`, 'iuy');
const RELATIONS: Record<string, Relation> = {
  dernier: 'last',
  dernière: 'last',
  passé: 'last',
  passée: 'last',
  prochain: 'next',
  prochaine: 'next',
  last: 'last',
  next: 'next',
  this: 'this',
  ce: 'this',
  cet: 'this',
  cette: 'this',
};
const frMonthRel: Take = (m, _text, out) => {
  const month = monthNumber(m[1] ?? '');
  const relation = RELATIONS[lower(m[2])];
  if (month && relation) push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month }, relation });
};
const enMonthRel: Take = (m, _text, out) => {
  const token = m[2] ?? '';
  const month = monthNumber(token);
  const relation = RELATIONS[lower(m[1])];
  if (month && relation && isCapitalised(token))
    push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month }, relation });
};

/** A month on its own: French lowercase month names are unambiguous (except "mars"); otherwise a preposition. */
const FR_MONTH_BARE = new RegExp(
  `${B}(?:(en|dès|depuis|jusqu${AP}en|avant|après|d${AP}ici|vers|entre|mois${S}de|mois${S}d${AP})${S0})?(${MONTH_FULL_FR})${E}`,
  'iuy',
);
const EN_MONTH_BARE = new RegExp(
  `${B}(?:in|since|by|until|till|from|to|during|through|before|after|around|between|and|or)${S}(${MONTH_FULL_EN})${E}`,
  'iuy',
);
const frMonthBare: Take = (m, _text, out) => {
  const token = m[2] ?? '';
  const month = monthNumber(token);
  if (!month) return;
  // "Mars" is the planet, "mars" alone is too often not a date; any other month needs a preposition when capitalised.
  if (month === 3 ? m[1] === undefined || isCapitalised(token) : m[1] === undefined && isCapitalised(token)) return;
  const start = tailStart(m, token);
  push(out, start, start + token.length, 2, { cal: { kind: 'month', month } });
};
const enMonthBare: Take = (m, _text, out) => {
  const token = m[1] ?? '';
  const month = monthNumber(token);
  if (!month || !isCapitalised(token)) return;
  const start = tailStart(m, token);
  push(out, start, start + token.length, 2, { cal: { kind: 'month', month } });
};

/** Seasons. Prepositions stay outside the mention, determiners inside ("au printemps 2013" -> "printemps 2013"). */
const FR_SEASON = new RegExp(
  `${B}(?:(au|en|du|à|dès|depuis|pendant|avant|après)(${S}))?(l${AP}${S0}|le${S}|ce${S}|cet${S})?(printemps|été|ete|automne|hiver)` +
    `(?:${S}(?:de${S}|d${AP}${S0})?${YEAR})?(?:${S}(dernier|prochain))?${E}`,
  'iuy',
);
const EN_SEASON = new RegExp(
  `${B}(?:(in|during|by|since|until|over|through|before|after)(${S}))?(the${S}|this${S}|last${S}|next${S}|that${S})?` +
    `(spring|summer|autumn|fall|winter)(?:,?${S}(?:of${S})?${YEAR})?${E}`,
  'iuy',
);
const SEASON_OF_SOMETHING = /[^\S\n]+of[^\S\n]/y;
function seasonRule(language: DateLanguage): Take {
  return (m, text, out) => {
    const prep = lower(m[1]);
    const det = m[3];
    const word = lower(m[4]);
    const season = SEASONS[word];
    if (!season) return;
    const year = m[5];
    const relWord = language === 'fr' && m[6] !== undefined ? lower(m[6]) : lower(det).trim();
    const relation = RELATIONS[relWord];
    const start = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const end = m.index + m[0].length;
    if (year === undefined) {
      if (language === 'fr') {
        // "été" is also the participle of "être": a season only with a determiner, "en été" or a year.
        if (!det && !relation && !(prep === 'en' || (prep === 'au' && word === 'printemps'))) return;
      } else {
        if (!det && !(prep === 'in' || prep === 'during' || prep === 'by' || prep === 'over')) return;
        if (word === 'fall' && !det) return;
        SEASON_OF_SOMETHING.lastIndex = end;
        if (SEASON_OF_SOMETHING.test(text)) return; // "the fall of Rome", "the summer of love"
      }
    }
    const c: Omit<Candidate, 'start' | 'end' | 'priority'> = { cal: { kind: 'season', season } };
    if (year !== undefined) c.year = Number(year);
    else if (relation) c.relation = relation;
    push(out, start, end, 1, c);
  };
}

/**
 * Quarters with their year ("Q3 2020", "T3 2020", "au troisième trimestre 2020", "in the third quarter of 2020").
 * A quarter is three months, not a season: it becomes an approximate date on its middle month, whose span
 * (dateSpan: the month before to the month after) is exactly the quarter. A quarter without its year is not read.
 */
const FR_QUARTER_ORDINALS: Record<string, number> = {
  premier: 1,
  '1er': 1,
  deuxième: 2,
  deuxieme: 2,
  second: 2,
  '2e': 2,
  '2ème': 2,
  troisième: 3,
  troisieme: 3,
  '3e': 3,
  '3ème': 3,
  quatrième: 4,
  quatrieme: 4,
  '4e': 4,
  '4ème': 4,
  dernier: 4,
};
const EN_QUARTER_ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};
const QUARTER_ORDINALS = { ...FR_QUARTER_ORDINALS, ...EN_QUARTER_ORDINALS };
const FR_QUARTER = new RegExp(
  `${B}(?:[TQ]([1-4])|(${Object.keys(FR_QUARTER_ORDINALS).join('|')})${S}trimestre(?:${S}de)?)${S}${YEAR}${E}`,
  'iuy',
);
const EN_QUARTER = new RegExp(
  `${B}(?:Q([1-4])|(${Object.keys(EN_QUARTER_ORDINALS).join('|')})${S}quarter(?:,?${S}of)?)${S}${YEAR}${E}`,
  'iuy',
);
/**
 * A quarter without its year, after a preposition ("au deuxième trimestre", "in Q2", "in the second quarter"): dated
 * as a bare month is (the sentence's year, a future verb, the sentence before, else the latest one begun by the
 * publication). The preposition stays outside the mention. "Q2 results" with no preposition and "un T2" (a flat) are not
 * read, nor "this quarter".
 */
const FR_QUARTER_BARE = new RegExp(
  `${B}(?<prep>(?:au|du|pendant${S}le|dès${S}le|depuis${S}le)${S})(?<ordinal>${Object.keys(FR_QUARTER_ORDINALS)
    .filter((k) => k !== 'dernier')
    .join('|')})${S}trimestre${E}`,
  'iuy',
);
const EN_QUARTER_BARE = new RegExp(
  `${B}(?<prep>(?:in|during|by|since|until|before|after)${S})(?:the${S})?(?:Q(?<digit>[1-4])|(?<ordinal>${Object.keys(
    EN_QUARTER_ORDINALS,
  ).join('|')})${S}quarter)${E}`,
  'iuy',
);
/** A year right after a quarter: the dated rule reads them together. */
const YEAR_AFTER_QUARTER = /^,?\s+(?:of\s+|de\s+)?(?:19|20)\d\d/u;
/** A quarter of a fiscal year, whose calendar months the text does not tell: "of its fiscal year", "de son exercice". */
const FISCAL_AFTER =
  /^,?\s+(?:of\s+(?:its|the|their)\s+(?:fiscal|financial)\s+year|de\s+(?:son|leur|l['’])\s*exercice)/iu;
const quarterBareRule: Take = (m, text, out) => {
  const { prep, digit, ordinal } = m.groups!;
  const quarter = digit !== undefined ? Number(digit) : QUARTER_ORDINALS[lower(ordinal)];
  const end = m.index + m[0].length;
  // (a year after it is the dated rule's: "in the third quarter of 2020", "au troisième trimestre de 2020")
  const after = text.slice(end, end + 30);
  if (quarter && !YEAR_AFTER_QUARTER.test(after) && !FISCAL_AFTER.test(after))
    push(out, m.index + prep!.length, end, 2, { cal: { kind: 'quarter', quarter } });
};
const quarterRule: Take = (m, _text, out) => {
  const quarter = m[1] !== undefined ? Number(m[1]) : QUARTER_ORDINALS[lower(m[2])];
  if (quarter) push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'quarter', quarter }, year: Number(m[3]) });
};

/**
 * A day of the week told alone: "on Monday", "last Tuesday", "a annoncé mardi", "mardi dernier". Read only against a
 * publication known to the day: the latest such day on or before it (the next on or after it after "next",
 * "prochain", or a future verb just before it). "le lundi" and "chaque lundi" (habits) are not dates; English weekdays need a capital.
 */
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};
// A weekday followed by its date ("Monday, the 1st of May", "lundi 7 mai") is part of that date, not read alone.
// English news also dates a statement by a bare weekday right after its verb ("said Tuesday", "announced Monday").
const EN_WEEKDAY = new RegExp(
  `${B}(?:(on|last|next)${S}|(?<=${B}(?:said|says|announced|announces|confirmed|reported|disclosed|unveiled)${S}))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)${E}(?!,?${S}(?:the${S})?(?:\\d|${MONTH_FULL_EN}))`,
  'uy',
);
const FR_WEEKDAY = new RegExp(
  `${B}(?:(le|chaque|tous${S}les|les)${S})?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:${S}(dernier|prochain))?${E}(?!,?${S}\\d)`,
  'iuy',
);
const enWeekday: Take = (m, _text, out) => {
  const weekday = WEEKDAYS[lower(m[2])]!;
  const relation = RELATIONS[lower(m[1])];
  const start = lower(m[1]) === 'on' ? tailStart(m, m[2]!) : m.index;
  push(out, start, m.index + m[0].length, 1, { cal: null, weekday, ...(relation ? { relation } : {}) });
};
const frWeekday: Take = (m, _text, out) => {
  if (m[1] !== undefined) return; // "le lundi", "chaque lundi": a habit
  const relation = RELATIONS[lower(m[3])];
  push(out, m.index, m.index + m[0].length, 1, {
    cal: null,
    weekday: WEEKDAYS[lower(m[2])]!,
    ...(relation ? { relation } : {}),
  });
};

/** Bare years: a token check here, the context check in code. */
const YEAR_TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}$€£¥.,/])(?<!\\d[^\\S\\n][^\\S\\n]?)${YEAR}(?![\\p{L}\\p{N}%€$£¥])(?![.,/]\\d)(?![^\\S\\n]\\d{3}(?!\\d))`,
  'uy',
);
/**
 * What the 24 characters before a year end with, as sticky lookbehinds tried at their end (one backward match
 * instead of a match attempt at each of the 24 positions).
 */
const YEAR_STRONG_BEFORE: Record<DateLanguage, RegExp> = {
  fr: new RegExp(
    `(?<=${B}(?:en|depuis|dès|jusqu${AP}en|jusqu${AP}à|avant|après|entre|vers|courant|d${AP}ici|à${S}partir${S}de|année|l${AP}an|exercice|semestre|trimestre)${S0})`,
    'iuy',
  ),
  en: new RegExp(
    `(?<=${B}(?:in|since|by|until|till|through|throughout|during|before|after|between|around|circa|c\\.|as${S}of|year|from|starting|fiscal)${S0})`,
    'iuy',
  ),
};
const YEAR_WEAK_BEFORE: Record<DateLanguage, RegExp> = {
  fr: new RegExp(
    `(?<=${B}(?:de|à|et|ou|pour|sur|à${S}l${AP}horizon|horizon)${S}|${YEAR_NC}${S0}[-–/]${S0}|\\(${S0})`,
    'iuy',
  ),
  en: new RegExp(`(?<=${B}(?:to|and|or|of|for|than|until)${S}|${YEAR_NC}${S0}[-–/]${S0}|\\(${S0})`, 'iuy'),
};
const endsWith = (s: string, re: RegExp) => {
  re.lastIndex = s.length;
  return re.test(s);
};
/** Counted things and units after a number: "in 2000 servers" is not a year. */
const YEAR_REJECT_AFTER = new RegExp(
  `${S0}(?:%|‰|pour${S}cent|per${S}?cent|percent|€|\\$|£|euros?|dollars?|millions?|milliards?|billions?|` +
    `(?:serveurs?|servers?|sites?|clients?|customers?|users?|utilisateurs?|employ[ée]s?|employees?|salariés?|personnes?|people|` +
    `entreprises?|companies|machines?|mètres?|meters?|metres?|tonnes?|tons?|habitants?|` +
    `unités?|units?|exemplaires?|copies|pages?|articles?|emplois|jobs|postes?|points?|fois|times)${E})`,
  'yiu',
);
/** Unit symbols are case-sensitive: "To" is a terabyte, "to" a preposition. */
const YEAR_UNIT_AFTER = new RegExp(`${S0}(?:Mo|Go|To|Ko|MB|GB|TB|KB|W|kW|MW|GW|km|kg|m²)${E}`, 'yu');
const YEAR_WEAK_AFTER = new RegExp(
  `${S0}(?:$|[\\n.,;:!?)\\]»"”’–—-]|(?:and|or|et|ou|when|quand|with|avec|the|le|la|les|l${AP}|un|une|a|an|il|elle|ils|elles|on|it|they|he|she|we|is|was|were|est|était|à|au|in|to|for|pour|de|des|du|par|by)${E})`,
  'yiu',
);
function yearRule(language: DateLanguage): Take {
  const strong = YEAR_STRONG_BEFORE[language];
  const weak = YEAR_WEAK_BEFORE[language];
  return (m, text, out) => {
    const start = m.index;
    const end = start + 4;
    const before = text.slice(Math.max(0, start - 24), start);
    if (!endsWith(before, strong)) {
      if (!endsWith(before, weak)) return;
      YEAR_WEAK_AFTER.lastIndex = end;
      if (!YEAR_WEAK_AFTER.test(text)) return;
    }
    YEAR_REJECT_AFTER.lastIndex = end;
    if (YEAR_REJECT_AFTER.test(text)) return;
    YEAR_UNIT_AFTER.lastIndex = end;
    if (YEAR_UNIT_AFTER.test(text)) return;
    push(out, start, end, 3, { cal: { kind: 'year' }, year: Number(m[1]) });
  };
}

/** "two years ago", "a few days ago", "il y a deux ans", "il y a quelques jours". */
const EN_AGO = new RegExp(
  `${B}(a${S}few|a${S}couple${S}of|several|few|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})${S}(days?|weeks?|months?|years?|decades?)${S}ago${E}`,
  'iuy',
);
const FR_AGO = new RegExp(
  `${B}il${S}y${S}a${S}(quelques|plusieurs|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|\\d{1,2})${S}(jours?|semaines?|mois|ans|années?|décennies?)${E}`,
  'iuy',
);
const agoRule: Take = (m, _text, out) => {
  const word = squash(m[1] ?? '');
  const decade = DECADES[lower(m[2])];
  const unit = decade ? 'year' : AGO_UNITS[lower(m[2])];
  if (!unit) return;
  let amount = /^\d+$/.test(word) ? Number(word) : SMALL_NUMBERS[word];
  // ("a few decades ago" is too vague, as "a few years ago" is)
  if (decade && amount !== undefined) amount *= decade;
  if (amount === undefined) {
    if (unit === 'year') return; // "a few years ago": too vague to date
    amount = VAGUE_NUMBERS[word];
  }
  if (amount === undefined || amount === 0) return;
  push(out, m.index, m.index + m[0].length, 1, { cal: null, ago: { amount, unit } });
};

/** "last year", "this year", "next year", "l'an dernier", "l'année prochaine", "cette année". */
const EN_REL_YEAR = new RegExp(`${B}(last|this|next)${S}year${E}`, 'iuy');
const FR_REL_YEAR = new RegExp(
  `${B}(?:l${AP}(?:an|année)${S}(dernier|dernière|passé|passée|prochain|prochaine)|(cette)${S}année)${E}`,
  'iuy',
);
/**
 * The start, middle or end of the publication's year, or of the one before or after, after a preposition: "en début
 * d'année", "à la fin de l'année dernière", "au milieu de l'année", "at the start of the year", "by the end of last
 * year" (the preposition stays outside the mention; "les fêtes de fin d'année" has none and is no date).
 */
const FR_QUALIFIED_REL_YEAR = new RegExp(
  `${B}(?<prep>(?:en|au|à${S}la|a${S}la|dès${S}(?:le|la)|depuis${S}(?:le|la)|avant${S}la|d${AP}ici${S}(?:la|le))${S})(?<qualifier>début|debut|fin|milieu|mi-)${S0}(?:d${AP}année|de${S}l${AP}année|de${S}l${AP}an|de${S}cette${S}année)(?:${S}(?<relation>dernière|dernier|passée|prochaine|prochain))?${E}`,
  'iuy',
);
const EN_QUALIFIED_REL_YEAR = new RegExp(
  `${B}(?<prep>(?:at|by|until|before|since|from|in|toward|towards)${S})the${S}(?<qualifier>start|beginning|end|middle)${S}of${S}(?:the|(?<relation>this|last|next))${S}year${E}`,
  'iuy',
);
const qualifiedRelYearRule: Take = (m, text, out) => {
  const { prep, qualifier, relation } = m.groups!;
  const end = m.index + m[0].length;
  // ("au début de l'année 2024" is the dated rule's)
  if (/^\s+(?:19|20)\d\d/u.test(text.slice(end, end + 6))) return;
  const related = relation === undefined ? 'this' : RELATIONS[lower(relation)];
  const yearOffset = related === 'last' ? -1 : related === 'next' ? 1 : 0;
  push(out, m.index + prep!.length, end, 1, {
    cal: { kind: 'year', qualifier: QUALIFIERS[lower(qualifier)] },
    yearOffset,
  });
};
const relYearRule: Take = (m, _text, out) => {
  const relation = RELATIONS[lower(m[1] ?? m[2])];
  if (!relation) return;
  const yearOffset = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
  push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'year' }, yearOffset });
};

/** "June last year", "June of last year", "juin de l'année dernière", "juin l'an dernier", "juin de cette année". */
const EN_MONTH_REL_YEAR = new RegExp(`${B}(${MONTH_FULL_EN})${S}(?:of${S})?(last|this|next)${S}year${E}`, 'iuy');
const FR_MONTH_REL_YEAR = new RegExp(
  `${B}(${MONTH_FULL_FR})${S}(?:de${S})?(?:l${AP}(?:an|année)${S}(dernier|dernière|passé|passée|prochain|prochaine)|(cette)${S}année)${E}`,
  'iuy',
);
const monthRelYearRule: Take = (m, _text, out) => {
  const month = monthNumber(m[1] ?? '');
  const relation = RELATIONS[lower(m[2] ?? m[3])];
  if (!month || !relation) return;
  const yearOffset = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
  push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month }, yearOffset });
};

/** "last month", "this month", "next month", "le mois dernier", "le mois prochain", "ce mois-ci". */
const EN_REL_MONTH = new RegExp(`${B}(last|this|next)${S}month${E}`, 'iuy');
const FR_REL_MONTH = new RegExp(`${B}(?:le${S}mois${S}(dernier|passé|prochain)|(ce)${S}mois(?:-ci)?)${E}`, 'iuy');
const relMonthRule: Take = (m, _text, out) => {
  const relation = RELATIONS[lower(m[1] ?? m[2])];
  if (!relation) return;
  const monthOffset = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
  push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month: 0 }, monthOffset });
};

/** "yesterday", "hier", "avant-hier": a day or two before the publication. */
const EN_YESTERDAY = new RegExp(`${B}(yesterday)${E}`, 'iuy');
const FR_YESTERDAY = new RegExp(`${B}(avant-hier|hier)${E}`, 'iuy');
const yesterdayRule: Take = (m, _text, out) => {
  const amount = lower(m[1]).startsWith('avant') ? 2 : 1;
  push(out, m.index, m.index + m[0].length, 1, { cal: null, ago: { amount, unit: 'day' } });
};

/** "last week", "earlier this week", "la semaine dernière", "cette semaine": the week before or of the publication. */
const EN_REL_WEEK = new RegExp(`${B}(?:earlier${S})?(last|this)${S}week${E}`, 'iuy');
const FR_REL_WEEK = new RegExp(`${B}(?:la${S}semaine${S}(dernière|passée)|(cette)${S}semaine)${E}`, 'iuy');
const relWeekRule: Take = (m, _text, out) => {
  const relation = RELATIONS[lower(m[1] ?? m[2])];
  if (relation !== 'last' && relation !== 'this') return;
  push(out, m.index, m.index + m[0].length, 1, {
    cal: null,
    ago: { amount: relation === 'last' ? 1 : 0, unit: 'week' },
  });
};

// ---------------------------------------------------------------------------------------------------------
// Where to try the rules. A global scan of a rule regex tries it at every position of the text (its optional
// leading words defeat V8's first-character skip), nine times over. Instead, one scan finds the core words, and
// each rule is tried (sticky) only at the word starts from `reach` words before a core word of its kinds up to
// that word's own start, in increasing order and never inside its previous match. Every match of a rule starts
// a word (B) and holds such a core word no further away, so this finds exactly what a global scan would.
//
// Core words are found even glued to what precedes them ("débutjuin" and "fin2012" are read by FR_QUALIFIED,
// "enjuin" by FR_MONTH_BARE), French qualifiers even glued to what follows; a core word found inside a word can
// only hide (by overlapping it) a core word that no rule needs there.

const MONTH = 1;
const YEAR_DIGITS = 2;
const SEASON = 4;
/** "ago", "il" (of "il y a") */
const AGO = 8;
/** "year", "an", "année" */
const YEAR_WORD = 16;
/** "early", "the end of", "début", "mi-"... */
const QUALIFIER = 32;
/** "Monday", "lundi" */
const WEEKDAY = 64;
/** "month", "mois" */
const MONTH_WORD = 128;
/** "week", "semaine" */
const WEEK_WORD = 256;
/** "quarter", "Q2", "trimestre" (a quarter without its year) */
const QUARTER_WORD = 512;

/** Not followed by a letter or digit (as no u flag reads them: ASCII ones). */
const WORD_END = '(?![a-z0-9])';

/**
 * The core words of each kind, in the order the scan prefers them where two start at one place ("March" before
 * "Mar", "mi" before "milieu"), each with what must follow it: neither letter nor digit, except after French
 * qualifiers ("débutjuin"). Years are found by their own alternative.
 */
const CORE_WORDS: Record<DateLanguage, { kind: number; words: string[]; glued?: true }[]> = {
  en: [
    {
      kind: MONTH,
      words: [...MONTH_FULL_EN.split('|'), ...'Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec'.split(' ')],
    },
    { kind: SEASON, words: ['spring', 'summer', 'autumn', 'fall', 'winter'] },
    { kind: AGO, words: ['ago', 'yesterday'] },
    { kind: YEAR_WORD, words: ['year'] },
    { kind: QUALIFIER, words: ['early', 'mid', 'late', 'end', 'beginning', 'start', 'middle'] },
    { kind: WEEKDAY, words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
    { kind: MONTH_WORD, words: ['month'] },
    { kind: WEEK_WORD, words: ['week'] },
    { kind: QUARTER_WORD, words: ['quarter', 'q1', 'q2', 'q3', 'q4'] },
  ],
  fr: [
    { kind: MONTH, words: [...MONTH_FULL_FR.split('|'), ...'janv févr fevr avr juil sept oct nov déc dec'.split(' ')] },
    { kind: SEASON, words: ['printemps', 'été', 'ete', 'automne', 'hiver'] },
    { kind: AGO, words: ['il', 'hier'] },
    { kind: YEAR_WORD, words: ['an', 'année'] },
    { kind: QUALIFIER, words: ['début', 'debut', 'fin', 'mi', 'milieu', 'courant'], glued: true },
    { kind: WEEKDAY, words: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] },
    { kind: MONTH_WORD, words: ['mois'] },
    { kind: WEEK_WORD, words: ['semaine'] },
    { kind: QUARTER_WORD, words: ['trimestre'] },
  ],
};

/**
 * Alternatives (words, each with what may follow it) in the given order, written as one branch per first letter:
 * V8 then tries a few branches at each position instead of every word (the scan a quarter faster). Two words of
 * different first letters never match at one place, so the branch a match comes from is the one the plain
 * alternation would take.
 */
function alternationByFirstLetter(alternatives: readonly string[]): string {
  const byFirstLetter = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const first = alternative[0]!.toLowerCase();
    byFirstLetter.set(first, [...(byFirstLetter.get(first) ?? []), alternative.slice(1)]);
  }
  return [...byFirstLetter].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

/**
 * One scan per language for the core words. No u flag (a third faster): without it, case folding only misses the
 * long s "ſ" ("Auguſt"), which no modern text writes; and a match spells its word with ASCII or Latin-1 letters of
 * either case, so its lower case is the word, which CORE_KINDS tells the kind of.
 */
const CORES: Record<DateLanguage, RegExp> = {
  en: coreScan('en'),
  fr: coreScan('fr'),
};
function coreScan(language: DateLanguage): RegExp {
  const words = CORE_WORDS[language].flatMap(({ words, glued }) =>
    words.map((word) => (glued ? word : word + WORD_END)),
  );
  return new RegExp(`${YEAR_NC}${WORD_END}|${alternationByFirstLetter(words)}`, 'gi');
}
/** Each core word's kind under its usual spellings (lower case, capitalised), which spare most lookups a lower-casing. */
const CORE_KINDS: Record<DateLanguage, Map<string, number>> = { en: coreKinds('en'), fr: coreKinds('fr') };
function coreKinds(language: DateLanguage): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const { kind, words } of CORE_WORDS[language])
    for (const word of words) {
      const lower = word.toLowerCase();
      kinds.set(lower, kind).set(lower[0]!.toUpperCase() + lower.slice(1), kind);
    }
  return kinds;
}
/** The kind of a core word the scan found: a year starts with a digit. */
function coreKind(word: string, language: DateLanguage): number {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return YEAR_DIGITS;
  const kinds = CORE_KINDS[language];
  return kinds.get(word) ?? kinds.get(word.toLowerCase())!;
}

interface Rule {
  /** Sticky. */
  re: RegExp;
  /** Kinds of core word (bit set), one of which every match holds. */
  cores: number;
  /** The most words a match can start before its core word, counting the core word's own. */
  reach: number;
  take: Take;
}

const GRAMMARS: Record<DateLanguage, Rule[]> = {
  fr: [
    // "lundi 1er juin", "21/11/2021"
    { re: FR_FULL, cores: MONTH | YEAR_DIGITS, reach: 3, take: fullDateRule(chrono.fr.strict, FR_PLAIN, []) },
    { re: FR_MONTH_YEAR, cores: MONTH, reach: 1, take: monthYearRule(false) },
    { re: FR_QUALIFIED, cores: QUALIFIER, reach: 1, take: qualifiedRule(false) },
    { re: FR_MONTH_REL, cores: MONTH, reach: 1, take: frMonthRel },
    // "juin de l'année dernière"
    { re: FR_MONTH_REL_YEAR, cores: MONTH, reach: 1, take: monthRelYearRule },
    // "le mois dernier", "ce mois-ci"
    { re: FR_REL_MONTH, cores: MONTH_WORD, reach: 2, take: relMonthRule },
    // "la semaine dernière", "cette semaine"
    { re: FR_REL_WEEK, cores: WEEK_WORD, reach: 2, take: relWeekRule },
    // "jusqu'en juin", "mois d'avril"
    { re: FR_MONTH_BARE, cores: MONTH, reach: 3, take: frMonthBare },
    // "après l'été"
    { re: FR_SEASON, cores: SEASON, reach: 3, take: seasonRule('fr') },
    // "troisième trimestre de 2020"
    { re: FR_QUARTER, cores: YEAR_DIGITS, reach: 4, take: quarterRule },
    // "au deuxième trimestre"
    { re: FR_QUARTER_BARE, cores: QUARTER_WORD, reach: 4, take: quarterBareRule },
    { re: YEAR_TOKEN, cores: YEAR_DIGITS, reach: 1, take: yearRule('fr') },
    { re: FR_AGO, cores: AGO, reach: 1, take: agoRule },
    // "hier", "avant-hier" (the core word "hier" ends both)
    { re: FR_YESTERDAY, cores: AGO, reach: 2, take: yesterdayRule },
    // "l'an dernier", "cette année"
    { re: FR_REL_YEAR, cores: YEAR_WORD, reach: 2, take: relYearRule },
    // "en début d'année", "à la fin de l'année dernière"
    { re: FR_QUALIFIED_REL_YEAR, cores: QUALIFIER, reach: 4, take: qualifiedRelYearRule },
    // "chaque lundi"
    { re: FR_WEEKDAY, cores: WEEKDAY, reach: 3, take: frWeekday },
  ],
  en: [
    // "Monday, the 1st of May", "11/21/2021"
    { re: EN_FULL, cores: MONTH | YEAR_DIGITS, reach: 5, take: fullDateRule(chrono.en.strict, EN_PLAIN, [1, 2]) },
    { re: EN_MONTH_YEAR, cores: MONTH, reach: 1, take: monthYearRule(true) },
    // "the end of"
    { re: EN_QUALIFIED, cores: QUALIFIER, reach: 2, take: qualifiedRule(true) },
    // "last May"
    { re: EN_MONTH_REL, cores: MONTH, reach: 2, take: enMonthRel },
    // "June last year"
    { re: EN_MONTH_REL_YEAR, cores: MONTH, reach: 1, take: monthRelYearRule },
    // "last month"
    { re: EN_REL_MONTH, cores: MONTH_WORD, reach: 2, take: relMonthRule },
    // "last week", "earlier this week"
    { re: EN_REL_WEEK, cores: WEEK_WORD, reach: 3, take: relWeekRule },
    // "in May"
    { re: EN_MONTH_BARE, cores: MONTH, reach: 2, take: enMonthBare },
    // "in the spring"
    { re: EN_SEASON, cores: SEASON, reach: 3, take: seasonRule('en') },
    // "third quarter of 2020"
    { re: EN_QUARTER, cores: YEAR_DIGITS, reach: 4, take: quarterRule },
    // "in the second quarter", "in Q2"
    { re: EN_QUARTER_BARE, cores: QUARTER_WORD, reach: 4, take: quarterBareRule },
    { re: YEAR_TOKEN, cores: YEAR_DIGITS, reach: 1, take: yearRule('en') },
    // "a couple of days ago"
    { re: EN_AGO, cores: AGO, reach: 5, take: agoRule },
    { re: EN_YESTERDAY, cores: AGO, reach: 1, take: yesterdayRule },
    // "last year"
    { re: EN_REL_YEAR, cores: YEAR_WORD, reach: 2, take: relYearRule },
    // "at the end of last year"
    { re: EN_QUALIFIED_REL_YEAR, cores: QUALIFIER, reach: 3, take: qualifiedRelYearRule },
    // "on Monday"
    { re: EN_WEEKDAY, cores: WEEKDAY, reach: 2, take: enWeekday },
  ],
};

/** For each language and kind of core word (by bit index), how many word starts its rules need. */
const REACH: Record<DateLanguage, number[]> = { fr: [], en: [] };
for (const language of ['fr', 'en'] as const)
  for (let bit = 0; 1 << bit <= QUARTER_WORD; bit++)
    REACH[language][bit] = Math.max(0, ...GRAMMARS[language].filter((r) => r.cores & (1 << bit)).map((r) => r.reach));
const MAX_REACH = Math.max(...REACH.fr, ...REACH.en);

/** \p{L} or \p{N}, as B and E see them; non-ASCII answers are memoised (lone surrogates count as neither). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordCharMemo = new Uint8Array(0x10000);
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (wordCharMemo[c] === 0) wordCharMemo[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
  return wordCharMemo[c] === 2;
}

function collectCandidates(text: string, language: DateLanguage): Candidate[] {
  // Each core word's kind, and MAX_REACH slots for the starts of its own word and of the words before it, as
  // many as its kind needs, nearest first (-1: none).
  const kinds: number[] = [];
  const starts: number[] = [];
  const core = CORES[language];
  core.lastIndex = 0;
  for (let m = core.exec(text); m !== null; m = core.exec(text)) {
    const kind = coreKind(m[0], language);
    const bit = 31 - Math.clz32(kind); // a kind is one bit: its index
    kinds.push(kind);
    let p = m.index;
    let j = 0;
    for (; j < REACH[language][bit]!; j++) {
      if (j > 0) {
        while (p > 0 && !isWordChar(text.charCodeAt(p - 1))) p--;
        if (p === 0) break;
      }
      while (p > 0 && isWordChar(text.charCodeAt(p - 1))) p--;
      starts.push(p);
    }
    for (; j < MAX_REACH; j++) starts.push(-1);
  }
  const candidates: Candidate[] = [];
  for (const rule of GRAMMARS[language]) {
    let tried = -1; // the last start tried: the starts of successive core words overlap
    let next = 0; // the end of the rule's previous match
    for (let i = 0; i < kinds.length; i++) {
      if ((kinds[i]! & rule.cores) === 0) continue;
      for (let j = rule.reach - 1; j >= 0; j--) {
        const p = starts[i * MAX_REACH + j]!;
        if (p <= tried) continue;
        tried = p;
        if (p < next) continue;
        rule.re.lastIndex = p;
        const m = rule.re.exec(text);
        if (m === null) continue;
        next = p + m[0].length;
        rule.take(m, text, candidates);
      }
    }
  }
  return candidates;
}

// ---------------------------------------------------------------------------------------------------------
// Overlaps: longest first, then the more specific rule, then the earlier.

function pickLongest(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  // Kept in text order, so one binary search finds the only one a candidate could overlap: the first that ends
  // after it starts (candidates are never empty).
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (kept[mid]!.end <= c.start) low = mid + 1;
      else high = mid;
    }
    if (low < kept.length && kept[low]!.start < c.end) continue;
    kept.splice(low, 0, c);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC).

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
/** Day 0 is the last day of the month before, month 13 the January after. */
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const isDayOf = (cal: Calendar & { kind: 'day' }, year: number) =>
  cal.month >= 1 && cal.month <= 12 && cal.day >= 1 && cal.day <= daysInMonth(year, cal.month);

/** The date a calendar entry names in a year, or null for a day that month lacks that year. */
function fuzzyFor(cal: Calendar, year: number, basis: Basis): FuzzyDate | null {
  switch (cal.kind) {
    case 'day':
      if (!isDayOf(cal, year)) return null;
      return { value: `${year}-${pad2(cal.month)}-${pad2(cal.day)}`, precision: 'day', basis };
    case 'month':
      return cal.qualifier
        ? { value: `${year}-${pad2(cal.month)}`, precision: 'month', qualifier: cal.qualifier, basis }
        : { value: `${year}-${pad2(cal.month)}`, precision: 'month', basis };
    case 'season':
      return { value: `${year}-${cal.season}`, precision: 'season', basis };
    case 'quarter':
      return { value: `${year}-${pad2(cal.quarter * 3 - 1)}`, precision: 'approximate', basis };
    case 'year':
      return cal.qualifier
        ? { value: String(year), precision: 'year', qualifier: cal.qualifier, basis }
        : { value: String(year), precision: 'year', basis };
  }
}

/** Meteorological seasons, as dateSpan has them: winter runs from December to February of the next year. */
const SEASON_MONTHS: Record<Season, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
};
/**
 * The first and last day numbers of the span of fuzzyFor(cal, year) as dateSpan (domain/dates.ts) computes it,
 * without building the date: early/mid/late are days 1-10/11-20/21-end of a month, months 1-4/5-8/9-12 of a year.
 */
function firstDay(cal: Calendar, year: number): number {
  switch (cal.kind) {
    case 'day':
      return dayOf(year, cal.month, cal.day);
    case 'month':
      return dayOf(year, cal.month, cal.qualifier === 'mid' ? 11 : cal.qualifier === 'late' ? 21 : 1);
    case 'season':
      return dayOf(year, SEASON_MONTHS[cal.season][0], 1);
    case 'quarter':
      return dayOf(year, cal.quarter * 3 - 2, 1);
    case 'year':
      return dayOf(year, cal.qualifier === 'mid' ? 5 : cal.qualifier === 'late' ? 9 : 1, 1);
  }
}
function lastDay(cal: Calendar, year: number): number {
  switch (cal.kind) {
    case 'day':
      return dayOf(year, cal.month, cal.day);
    case 'month':
      return cal.qualifier === 'early'
        ? dayOf(year, cal.month, 10)
        : cal.qualifier === 'mid'
          ? dayOf(year, cal.month, 20)
          : dayOf(year, cal.month + 1, 0);
    case 'season':
      return dayOf(year, SEASON_MONTHS[cal.season][1] + 1, 0);
    case 'quarter':
      return dayOf(year, cal.quarter * 3 + 1, 0);
    case 'year':
      return dayOf(year, cal.qualifier === 'early' ? 5 : cal.qualifier === 'mid' ? 9 : 13, 0);
  }
}

/**
 * The earliest (or latest) year near `nearYear` where a yearless calendar entry names a real date whose first and
 * last days pass a test.
 */
function pickYear(
  cal: Calendar,
  nearYear: number,
  test: (first: number, last: number) => boolean,
  latest: boolean,
): number | null {
  for (let k = 0; k <= 6; k++) {
    const year = latest ? nearYear + 3 - k : nearYear - 3 + k;
    if (cal.kind === 'day' && !isDayOf(cal, year)) continue;
    if (test(firstDay(cal, year), lastDay(cal, year))) return year;
  }
  return null;
}

function describe(cal: Calendar): string {
  switch (cal.kind) {
    case 'day':
      return `${MONTH_NAMES_EN[cal.month - 1]} ${cal.day}`;
    case 'month':
      return `${cal.qualifier ? `${cal.qualifier} ` : ''}${MONTH_NAMES_EN[cal.month - 1]}`;
    case 'season':
      return cal.season;
    case 'quarter':
      return `Q${cal.quarter}`;
    case 'year':
      return 'year';
  }
}

const MONTH_NAMES_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const QUALIFIERS_FR: Record<DateQualifier, string> = { early: 'début', mid: 'mi-', late: 'fin' };
const SEASONS_FR: Record<Season, string> = { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' };

function describeFr(cal: Calendar): string {
  switch (cal.kind) {
    case 'day':
      return `${cal.day} ${MONTH_NAMES_FR[cal.month - 1]}`;
    case 'month':
      if (cal.qualifier === 'mid') return `mi-${MONTH_NAMES_FR[cal.month - 1]}`;
      return `${cal.qualifier ? `${QUALIFIERS_FR[cal.qualifier]} ` : ''}${MONTH_NAMES_FR[cal.month - 1]}`;
    case 'season':
      return SEASONS_FR[cal.season];
    case 'quarter':
      return `T${cal.quarter}`;
    case 'year':
      return 'année';
  }
}

interface Publication {
  date: FuzzyDate;
  label: Basis;
  /** Reference day: the middle of the nominal publication span. */
  reference: number;
  referenceYear: number;
  /** Last day of the nominal publication span. */
  lastDay: number;
  knowsMonth: boolean;
}

function publication(published: FuzzyDate): Publication {
  const nominal: FuzzyDate =
    published.precision === 'approximate'
      ? { value: published.value, precision: published.value.length === 4 ? 'year' : 'month' }
      : published;
  const span = dateSpan(nominal);
  const first = dayNumber(span.start);
  const lastDay = dayNumber(span.end);
  const reference = Math.floor((first + lastDay) / 2);
  return {
    date: published,
    label:
      published.precision === 'approximate'
        ? { fr: `vers ${published.value}`, en: `about ${published.value}` }
        : { fr: published.value, en: published.value },
    reference,
    referenceYear: new Date(reference * DAY_MS).getUTCFullYear(),
    lastDay,
    knowsMonth:
      published.precision !== 'year' && !(published.precision === 'approximate' && published.value.length === 4),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Sentences and tense

const FUTURE: Record<DateLanguage, RegExp> = {
  en: /\b(?:will|won['’]t|shall|should|going to|is to be|are to be|is due|are due|scheduled|expect(?:s|ed)? to|intends? to|aims? to|hopes? to|plans? to|planned|upcoming)\b|['’]ll\b/i,
  fr: new RegExp(
    `${B}(?:sera|seront|serait|seraient|devra|devront|devrait|devraient|va|vont|aura|auront|fera|feront|pourra|pourront|` +
      `prévue?s?|prochaine?s?|à${S}venir|\\p{L}{2,}(?:era|eront|ira|iront|dra|dront)|` +
      // "doit se prononcer", "doivent être livrés": what is to happen ("is to", "is due to")
      `doi(?:t|vent)${S}(?:(?:se|y|en|être|le|la|les|lui|leur)${S}|s['’])?\\p{L}+(?:er|ir|re|és?|ées?))${E}`,
    'iu',
  ),
};
/**
 * A word FUTURE.fr finds ends so. Tested first, it spares most sentences that regex's scan, slow (\p{L} at every
 * position) on a text held in UTF-16, as any "’" makes it.
 */
const FR_FUTURE_ENDING = /(?:ra|ront|rait|raient|va|vont|prévue?s?|prochaine?s?|venir|doit|doivent)(?![a-z0-9])/iu;

// ---------------------------------------------------------------------------------------------------------
// Resolution

interface Anchor {
  start: number;
  text: string;
  year: number;
  /** Where the anchor's paragraph ends (the next blank line), the text's end when none follows. */
  paragraphEnd: number;
  /** A year told against the publication ("last year"): it dates its own sentence's yearless mentions only. */
  sentenceOnly?: true;
}

/** A weekday against a publication known to the day: the latest on or before it, the next one on or after it. */
function resolveWeekday(
  weekday: number,
  relation: Relation | undefined,
  quoted: string,
  pub: Publication,
  governedByFuture: boolean,
): FuzzyDate | null {
  if (pub.date.precision !== 'day') return null;
  const published = new Date(pub.reference * DAY_MS).getUTCDay();
  const forward = relation === 'next' || (relation === undefined && governedByFuture);
  // "last Monday" is before the publication day, "next Monday" after it; a bare weekday may be the day itself.
  let offset = forward ? (weekday - published + 7) % 7 : -((published - weekday + 7) % 7);
  if (relation === 'last' && offset === 0) offset = -7;
  if (relation === 'next' && offset === 0) offset = 7;
  const d = new Date((pub.reference + offset) * DAY_MS);
  return {
    value: `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`,
    precision: 'day',
    basis: {
      fr: `${quoted} : ${forward ? 'le prochain' : 'le dernier'} jour de ce nom ${forward ? 'à partir de' : "jusqu'à"} la date de publication (${pub.label.fr})`,
      en: `${quoted}: the ${forward ? 'next' : 'latest'} such day ${forward ? 'from' : 'up to'} the publication date (${pub.label.en})`,
    },
  };
}

function resolveAgo(c: Candidate, quoted: string, pub: Publication): FuzzyDate {
  const ago = c.ago!;
  const d = new Date(pub.reference * DAY_MS);
  if (ago.unit === 'day') d.setUTCDate(d.getUTCDate() - ago.amount);
  else if (ago.unit === 'week') d.setUTCDate(d.getUTCDate() - 7 * ago.amount);
  else if (ago.unit === 'month') d.setUTCMonth(d.getUTCMonth() - ago.amount, 1);
  else d.setUTCFullYear(d.getUTCFullYear() - ago.amount, 0, 1);
  const year = d.getUTCFullYear();
  const value = ago.unit !== 'year' && pub.knowsMonth ? `${year}-${pad2(d.getUTCMonth() + 1)}` : String(year);
  return {
    value,
    precision: 'approximate',
    basis: {
      fr: `${quoted} : compté à rebours depuis la date de publication (${pub.label.fr})`,
      en: `${quoted}: counted back from the publication date (${pub.label.en})`,
    },
  };
}

/**
 * The word by which the sentence text[from, to) speaks of the future, or null; the last sentence's answer is kept
 * for the next mention in it.
 */
function futureTense(text: string, language: DateLanguage): (from: number, to: number) => string | null {
  let lastFrom = -1;
  let lastTo = -1;
  let word: string | null = null;
  return (from, to) => {
    if (from !== lastFrom || to !== lastTo) {
      const sentence = text.slice(from, to);
      word =
        language === 'fr' && !FR_FUTURE_ENDING.test(sentence) ? null : (FUTURE[language].exec(sentence)?.[0] ?? null);
      lastFrom = from;
      lastTo = to;
    }
    return word;
  };
}

/**
 * A relative clause that opens after a mention (", qui touchera 85 postes", ", which will…", ", under which the
 * consultancy will resell…", ", dans lequel X investira…").
 */
const RELATIVE_AFTER =
  /,\s*(?:qui|dont|which|who|whose|(?:under|in|by|through|with|for)\s+which|(?:dans|par|pour|avec|sous|selon)\s+(?:lequel|laquelle|lesquels|lesquelles)|auquel|à\s+laquelle)\s/iu;
/** A past report between a future and a mention: "X va supprimer N postes, a annoncé la direction en janvier". */
const PAST_REPORT =
  /,\s+(?:[^,]*\s)?(?:(?:a|ont|avait|avaient)\s+(?:annoncé|indiqué|déclaré|précisé|confirmé|expliqué)|(?:said|announced|confirmed|told|added))(?![\p{L}])/u;
/** Whether a future verb told before a mention is the reported speech of a past report that the mention dates. */
function reportedBefore(text: string, from: number, word: string, mentionStart: number): boolean {
  const at = text.indexOf(word, from);
  return at >= 0 && at < mentionStart && PAST_REPORT.test(text.slice(at + word.length, mentionStart));
}

/**
 * Where the words that may govern a mention end: its sentence's end, or the relative clause opened after it, whose
 * tense is that clause's own ("X a annoncé en janvier un plan, qui touchera 85 postes": a past January).
 */
function governingEnd(text: string, mentionEnd: number): number {
  const end = sentenceEnd(text, mentionEnd);
  const relative = RELATIVE_AFTER.exec(text.slice(mentionEnd, end));
  return relative ? mentionEnd + relative.index : end;
}

/** A relative clause opened before the anchor (", qui", ", which") and closed by a comma before the mention. */
const RELATIVE_OPEN = /,\s*(?:qui|dont|which|who|whose)\s[^,]*$/iu;
/**
 * The stretch of sentence whose verbs govern a mention: the relative clause it stands in when one is open at the
 * mention ("Bpifrance, which ran the call launched in February, will pay…": the relative's tense, not "will"), else
 * from the sentence's start to `governingEnd`.
 */
function governingRange(text: string, from: number, mentionStart: number, mentionEnd: number): [number, number] {
  // The last comma before the mention, read from there only: no slice of the sentence per mention.
  const open = text.lastIndexOf(',', mentionStart - 1);
  RELATIVE_AFTER_COMMA.lastIndex = open;
  PARTICIPLE_AFTER_COMMA.lastIndex = open;
  if (open < from || !(RELATIVE_AFTER_COMMA.test(text) || PARTICIPLE_AFTER_COMMA.test(text)))
    return [from, governingEnd(text, mentionEnd)];
  const end = sentenceEnd(text, mentionEnd);
  const comma = text.indexOf(',', mentionEnd);
  return [open, comma >= 0 && comma < end ? comma : end];
}
const RELATIVE_AFTER_COMMA = /,\s*(?:qui|dont|which|who|whose)\s/iuy;
/**
 * A past participle's apposition holding the mention: "The deal, signed in January, will see…", "Le contrat, signé en
 * janvier, permettra…": the participle's past, not the main verb's future (not a participle of plans or of a delay:
 * "expected in May", "prévu en mai", "programmé en juin", "repoussée en mars").
 */
const PARTICIPLE_AFTER_COMMA =
  /,\s*(?!(?:expected|scheduled|planned|slated|due|set|timed|projected|targeted|earmarked|pencilled|penciled|postponed|delayed|deferred|pushed|programmée?s?|planifiée?s?|envisagée?s?|reportée?s?|repoussée?s?|décalée?s?|annoncée?s?\s+pour)[\s,])(?:\p{Ll}+ed|\p{Ll}+(?:é|ée|és|ées)|conclue?s?)\s+(?:in|on|last|en|le|l['’]|début|fin|mi-)/iuy;
/**
 * A year the sentence before tells as background, which the story does not go on in: a founding or a standing
 * state ("fondée en 2015", "founded in 2014", "depuis 2019", "since 2019"), a relative clause ("X, qui a levé 5 M€
 * en 2019,", "which went public in 2021") or a participle clause opening the sentence ("Acquired in 2022 by Y,
 * X…"). "Fondée en 2015, la société emploie 40 personnes. Elle a levé 5 M€ en mai" is last May, not May 2015.
 * Nor a year told in the pluperfect when the mention's sentence is not: "Fin 2023, la société avait ouvert un site.
 * Elle a obtenu en juin la certification" returns to the story's time (last June), where "Elle avait fermé son centre
 * en janvier" after "avait été rachetée en 2019" goes on in 2019.
 */
const BACKGROUND_WORD_BEFORE = new RegExp(
  `${B}(?:(?:fondée?s?|créée?s?|founded|established|incorporated|set${S}up)(?:${S}[\\p{L}'’-]+){0,3}?${S}(?:en|in)|depuis|since)${S}$`,
  'iu',
);
const OPENING_PARTICIPLE = /^[\p{Lu}][\p{Ll}]+(?:ée?s?|ed)[^\S\n]/u;
const CLAUSE_OPENS_RELATIVE = /^\s*(?:qui|dont|which|who|whose)\s/iu;
// (the auxiliary with its participle: "avait 40 salariés", "had 40 employees" is a state of that year, which goes on)
const PLUPERFECT =
  /(?:^|[^\p{L}])(?:(?:avait|avaient)\s+(?:(?:déjà|alors|pas|jamais|\p{L}+ment)\s+)?(?:été|\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ert|erte|int|ainte?))|had\s+(?:(?:already|just|not|never|then|\p{L}+ly)\s+)?(?:been|\p{L}+(?:ed|en|ought|aught|ilt|old|ound|ade|ent|on|ung|ept|ost|ut|id|ew|wn|un)))(?![\p{L}])/iu;
function backgroundYear(text: string, anchor: Anchor, mention: number): boolean {
  const from = sentenceStart(text, anchor.start);
  const mentionFrom = sentenceStart(text, mention);
  if (
    PLUPERFECT.test(text.slice(from, mentionFrom)) &&
    !PLUPERFECT.test(text.slice(mentionFrom, sentenceEnd(text, mention)))
  )
    return true;
  const before = text.slice(Math.max(from, anchor.start - 40), anchor.start);
  if (BACKGROUND_WORD_BEFORE.test(before)) return true;
  const lead = text.slice(from, anchor.start);
  const comma = lead.lastIndexOf(',');
  if (comma < 0) {
    // A participle clause closes on a comma before its main clause ("Posted on November 21, 2021." is no clause).
    const after = anchor.start + anchor.text.length;
    const closing = text.indexOf(',', after);
    return OPENING_PARTICIPLE.test(lead) && closing >= 0 && closing < sentenceEnd(text, after);
  }
  return CLAUSE_OPENS_RELATIVE.test(lead.slice(comma + 1));
}
function closedRelativeBetween(text: string, from: number, anchor: Anchor, mention: number): boolean {
  return text.slice(anchor.start, mention).includes(',') && RELATIVE_OPEN.test(text.slice(from, anchor.start));
}

function resolveContextual(
  text: string,
  c: Candidate,
  cal: Calendar,
  quoted: string,
  future: (from: number, to: number) => string | null,
  anchor: Anchor | null,
  pub: Publication,
): FuzzyDate | null {
  const from = sentenceStart(text, c.start);
  // (Not a year told inside a relative clause closed before the mention: in "X, qui dirige l'entreprise depuis sa
  // création en 2008, quittera ses fonctions le 31 octobre", 2008 is that clause's time, not the main verb's.)
  if (anchor && anchor.start >= from && !closedRelativeBetween(text, from, anchor, c.start))
    return fuzzyFor(cal, anchor.year, {
      fr: `année tirée de '${anchor.text}' plus haut dans la même phrase`,
      en: `year from '${anchor.text}' earlier in the same sentence`,
    });
  const [governFrom, governTo] = governingRange(text, from, c.start, c.end);
  const word = future(governFrom, governTo);
  if (word !== null && !reportedBefore(text, governFrom, word, c.start)) {
    // Counted from the publication date: no more precise than it (an approximate one gives an approximate date).
    const year = pickYear(cal, pub.referenceYear, (_, last) => last >= pub.reference, false);
    if (year === null) return null;
    return fromPublication(pub, cal, year, {
      fr: `${quoted} : la phrase parle au futur ('${word}'), donc le prochain « ${describeFr(cal)} » à partir de la date de publication (${pub.label.fr})`,
      en: `${quoted}: the sentence speaks of the future ('${word}'), so the next ${describe(cal)} from the publication date (${pub.label.en})`,
    });
  }
  // The year of a date told in the sentence just before carries over (the story goes on in that year), not from
  // further back nor from another paragraph (a news article tells its yearless dates against its own day: "in
  // January" two sentences after a founding in 2016 is the January before the publication), not a background year
  // (`backgroundYear`), and never to a date after the publication in a sentence that does not speak of the future
  // (a past statement cannot tell what is still to come: "à l'automne" right after a target "en 2027", in a March
  // 2025 article, is autumn 2024).
  if (
    anchor &&
    c.start < anchor.paragraphEnd &&
    !anchor.sentenceOnly &&
    anchor.start >= sentenceStart(text, Math.max(0, from - 1)) &&
    firstDay(cal, anchor.year) <= pub.lastDay &&
    !backgroundYear(text, anchor, c.start)
  )
    return fuzzyFor(cal, anchor.year, {
      fr: `année tirée de '${anchor.text}' dans la phrase précédente`,
      en: `year from '${anchor.text}' in the sentence before`,
    });
  const year = pickYear(cal, pub.referenceYear, (first) => first <= pub.lastDay, true);
  if (year === null) return null;
  return fromPublication(
    pub,
    cal,
    year,
    year === pub.referenceYear
      ? {
          fr: `année prise de la date de publication (${pub.label.fr})`,
          en: `year taken from the publication date (${pub.label.en})`,
        }
      : {
          fr: `${quoted} : le dernier « ${describeFr(cal)} » avant la date de publication (${pub.label.fr})`,
          en: `${quoted}: the last ${describe(cal)} before the publication date (${pub.label.en})`,
        },
  );
}

const EXPLICIT: Basis = { fr: 'explicite dans le texte', en: 'explicit in the text' };

/** A date whose year was chosen by the publication date: never more precise than that date (domain/truth/precision). */
function fromPublication(pub: Publication, cal: Calendar, year: number, basis: Basis): FuzzyDate | null {
  const date = fuzzyFor(cal, year, basis);
  return date && resolvedAgainst(date, pub.date);
}

/** A past tense in a sentence: "opened", "has been", "a obtenu", "avait ouvert", "s'est installée". */
const PAST_TENSE: Record<DateLanguage, RegExp> = {
  en: /(?:^|[^\p{L}])(?:(?:has|have|had|was|were|did)\s|\p{L}{2,}ed(?![\p{L}]))/iu,
  fr: /(?:^|[^\p{L}])(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\p{L}+\s+)?\p{L}+(?:é|ée|és|ées|i|is|ie|it|u|ue|us|ert|erte|int)(?![\p{L}])/iu,
};

/**
 * "this spring", "cet automne": the one nearest the publication, except that a sentence telling the past with no
 * future word cannot tell one still to come ("It opened this spring", in a November article, is the spring before).
 */
function resolveRelation(
  cal: Calendar,
  relation: Relation,
  quoted: string,
  pub: Publication,
  past = false,
): FuzzyDate | null {
  const name = describe(cal);
  const nameFr = `« ${describeFr(cal)} »`;
  const ref = pub.reference;
  if (relation === 'last') {
    const year = pickYear(cal, pub.referenceYear, (_, last) => last < ref, true);
    return year === null
      ? null
      : fromPublication(pub, cal, year, {
          fr: `${quoted} : le dernier ${nameFr} avant la publication (${pub.label.fr})`,
          en: `${quoted}: the last ${name} before publication (${pub.label.en})`,
        });
  }
  if (relation === 'next') {
    const year = pickYear(cal, pub.referenceYear, (first) => first > ref, false);
    return year === null
      ? null
      : fromPublication(pub, cal, year, {
          fr: `${quoted} : le prochain ${nameFr} après la publication (${pub.label.fr})`,
          en: `${quoted}: the next ${name} after publication (${pub.label.en})`,
        });
  }
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let year = pub.referenceYear - 1; year <= pub.referenceYear + 1; year++) {
    if (cal.kind === 'day' && !isDayOf(cal, year)) continue;
    const first = firstDay(cal, year);
    const last = lastDay(cal, year);
    const distance = first > ref ? first - ref : last < ref ? ref - last : 0;
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  if (past && best !== null && firstDay(cal, best) > pub.lastDay) best -= 1;
  return best === null
    ? null
    : fromPublication(pub, cal, best, {
        fr: `${quoted} : le ${nameFr} le plus proche de la date de publication (${pub.label.fr})`,
        en: `${quoted}: the ${name} nearest the publication date (${pub.label.en})`,
      });
}

/**
 * Date mentions in `text`, resolved against the document's publication date. See the rules at the top of
 * this file. `text` should already be NFC-normalised; offsets index it as given.
 */
export function extractDates(text: string, options: { language: DateLanguage; published: FuzzyDate }): DateMention[] {
  const chosen = pickLongest(collectCandidates(text, options.language));
  const pub = publication(options.published);
  const future = futureTense(text, options.language);
  const mentions: DateMention[] = [];
  let anchor: Anchor | null = null;
  for (const c of chosen) {
    const mentionText = text.slice(c.start, c.end);
    const quoted = `'${mentionText}'`;
    let date: FuzzyDate | null;
    if (c.ago) date = resolveAgo(c, quoted, pub);
    else if (c.weekday !== undefined) {
      // Forward only when a future verb governs it, just before it ("will sign it on Friday"), not elsewhere in
      // the sentence ("said on Monday it would bid").
      const word = future(...governingRange(text, sentenceStart(text, c.start), c.start, c.end));
      const governed = word !== null && text.slice(Math.max(0, c.start - 40), c.start).includes(word);
      date = resolveWeekday(c.weekday, c.relation, quoted, pub, governed);
    } else if (c.cal === null) date = null;
    else if (c.yearOffset !== undefined || c.monthOffset !== undefined) {
      // "last year", "June last year", "last month": counted from the publication's own year or month.
      const reference = new Date(pub.reference * DAY_MS);
      const months = reference.getUTCFullYear() * 12 + reference.getUTCMonth() + (c.monthOffset ?? 0);
      const year = c.monthOffset === undefined ? pub.referenceYear + c.yearOffset! : Math.floor(months / 12);
      const cal: Calendar = c.monthOffset === undefined ? c.cal : { kind: 'month', month: (months % 12) + 1 };
      const relative = fuzzyFor(cal, year, {
        fr: `${quoted} : relatif à la date de publication (${pub.label.fr})`,
        en: `${quoted}: relative to the publication date (${pub.label.en})`,
      });
      date = relative && resolvedAgainst(relative, pub.date);
      // "Last year, X opened a site in March", "L'an dernier, … en mars": March of that year.
      if (date && c.monthOffset === undefined && c.cal.kind === 'year')
        anchor = { start: c.start, text: mentionText, year, paragraphEnd: c.end, sentenceOnly: true };
    } else if (c.year !== undefined) {
      date = fuzzyFor(c.cal, c.year, EXPLICIT);
      if (date) {
        const paragraphEnd = text.indexOf('\n\n', c.end);
        anchor = {
          start: c.start,
          text: mentionText,
          year: c.year,
          paragraphEnd: paragraphEnd < 0 ? text.length : paragraphEnd,
        };
      }
    } else if (c.relation) {
      const from = sentenceStart(text, c.start);
      // (the tense of the mention's own clause: "X, qui a levé N, prévoit d'ouvrir ce printemps" tells no past spring)
      const clause = Math.max(from, text.lastIndexOf(',', c.start));
      const past =
        c.relation === 'this' &&
        future(...governingRange(text, from, c.start, c.end)) === null &&
        PAST_TENSE[options.language].test(text.slice(clause, sentenceEnd(text, c.start)));
      date = resolveRelation(c.cal, c.relation, quoted, pub, past);
    } else date = resolveContextual(text, c, c.cal, quoted, future, anchor, pub);
    if (!date) continue;
    const word = future(...governingRange(text, sentenceStart(text, c.start), c.start, c.end));
    mentions.push({
      start: c.start,
      end: c.end,
      text: mentionText,
      date,
      basis: date.basis ?? EXPLICIT,
      future: word ?? undefined,
    });
  }
  return mentions;
}
