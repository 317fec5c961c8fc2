/**
 * Date mentions in French or English prose, resolved to FuzzyDates.
 *
 * Pure and synchronous; offsets are UTF-16 indexes into the text as given (normalise it first: NFC,
 * whitespace runs collapsed). Results are sorted by start and never overlap: when candidates overlap, the
 * longest wins ("avril 2012" beats "2012", "juin dernier" beats "juin"), ties going to the more specific rule.
 *
 * What is recognised (each language has its own word lists; the English parser never sees French text):
 *  - full dates ("November 21, 2021", "October 15", "February 1st", "1er février 2020", "21/11/2021",
 *    "2021-11-21"): a regex finds the candidate, chrono-node parses just that window with the parser of the
 *    text's language (chrono.en.strict / chrono.fr.strict: the regex has already found a date, and strict mode
 *    skips chrono's casual parsers, ~40% faster). chrono.en.parse on a whole 10 KB text takes ~0.7 ms, about
 *    3-5x what this whole function takes on it, so chrono only ever sees candidate windows.
 *  - month + year ("mai 2012", "May 2012", "May of 2012")                        -> month
 *  - early/mid/late + month or year ("début septembre", "fin 2012", "mi-2012", "early 2012", "the end of May")
 *                                                                                  -> month or year + qualifier
 *  - seasons ("printemps 2013" -> 2013-spring; "l'automne", "the fall", "cet été", "last summer")
 *                                                                                  -> season
 *  - bare years (1900-2099) only in a date-like context: after a date preposition ("in 2024", "Launched in
 *    2012", "en 2011", "depuis 1999", "by 2025"), after a weak one ("to", "and", "pour", "à") only when
 *    punctuation or a function word follows, in parentheses, or as the second half of "2010-2012"; never glued
 *    to other digits ("21,893", "2 000"), to "%" or a currency, nor followed by a counted noun.   -> year
 *  - bare months with a date preposition ("in May", "en juin"; a lowercase French month name other than "mars"
 *    needs none)                                                                    -> month
 *  - relative to publication: "juin dernier" / "last June" / "mai prochain" / "next May" / "this summer",
 *    "last year" / "l'an dernier" / "cette année", and "a few days ago" / "il y a quelques jours" / "two
 *    years ago" / "il y a deux ans" (approximate: YYYY-MM when the publication date knows its month, else YYYY;
 *    vague counts of years, "a few years ago", are not dated). Decades are not extracted.
 *
 * Resolving a month, day or season given without a year (each result says which rule applied in `basis`):
 *  1. an explicit year earlier in the same sentence gives the year ("in 2012, in March, ...");
 *  2. else, if the sentence speaks of the future (will, should, sera, devrait, futur simple...), the mention is
 *     the first such date on or after the publication's reference day (forward dating, as chrono's
 *     forwardDate): "will be disconnected on February 1st" published about 2019 -> 2020-02-01;
 *  3. else the nearest earlier explicit year in the document gives the year ("début septembre" after "avril
 *     2012" -> 2012-09 early);
 *  4. else the publication year: the latest such date that starts before the publication period ends (so a
 *     month later in the year than a day-precise publication goes to the previous year).
 * The publication's reference day is the middle of its nominal span ("2019" approximate -> 2019-07-02,
 * "2013-autumn" -> 2013-10-16); "last X"/"X dernier" is the latest X that ends before it, "next X"/"X
 * prochain" the first X that starts after it, "this X" the X nearest to it. Only dates written with their year
 * count as anchors: a year derived from context or from the publication never anchors later mentions.
 */
import * as chrono from 'chrono-node';
import { dateSpan, daysInMonth, type DateQualifier, type FuzzyDate, type Season } from '../../domain/dates.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: FuzzyDate;
  basis: string;
}

export type DateLanguage = 'fr' | 'en';

type Calendar =
  | { kind: 'day'; month: number; day: number }
  | { kind: 'month'; month: number; qualifier?: DateQualifier | undefined }
  | { kind: 'season'; season: Season }
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
  ago?: { amount: number; unit: AgoUnit };
}

type Rule = (text: string, out: Candidate[]) => void;

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
  const key = token.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? 0;
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

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

// ---------------------------------------------------------------------------------------------------------
// Candidate rules (regexes compiled once at module load)

function scan(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) each(m);
}

/** Offset of a capture group known to end where the match ends. */
const tailStart = (m: RegExpExecArray, group: string) => m.index + m[0].length - group.length;

function push(
  out: Candidate[],
  start: number,
  end: number,
  priority: number,
  c: Omit<Candidate, 'start' | 'end' | 'priority'>,
) {
  out.push({ start, end, priority, ...c });
}

type ChronoParser = typeof chrono.en.strict;

/** Full dates: the regex finds the window, chrono parses it (day and month must be certain). */
function fullDateRule(re: RegExp, parser: ChronoParser, capitalGroups: number[]): Rule {
  return (text, out) =>
    scan(re, text, (m) => {
      for (const g of capitalGroups) if (m[g] !== undefined && !isCapitalised(m[g])) return;
      const results = parser.parse(m[0], CHRONO_REFERENCE);
      let found = false;
      for (const r of results) {
        if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
        const month = r.start.get('month') ?? 0;
        const day = r.start.get('day') ?? 0;
        const start = m.index + r.index;
        const cand: Omit<Candidate, 'start' | 'end' | 'priority'> = { cal: { kind: 'day', month, day } };
        if (r.start.isCertain('year')) cand.year = r.start.get('year') ?? undefined;
        push(out, start, start + r.text.length, 0, cand);
        found = true;
        break;
      }
      // "31 février": not a date, and not a bare month either. The blocker wins the overlap and yields nothing.
      if (!found) push(out, m.index, m.index + m[0].length, 0, { cal: null });
    });
}
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

const FR_FULL = new RegExp(
  `${B}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)${S})?(?:1er|${DAY})${S}(?:${MONTH_ANY_FR})(?:${S}${YEAR_NC})?${E}` +
    `|${B}(?:\\d{1,2}/\\d{1,2}/${YEAR_NC}|${YEAR_NC}-[01]\\d-[0-3]\\d)${E}`,
  'giu',
);
const EN_FULL = new RegExp(
  `${B}(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?${S})?` +
    `(?:(${MONTH_ANY_EN})${S}(?:the${S})?${DAY}(?:st|nd|rd|th)?(?:,?${S}${YEAR_NC})?` +
    `|(?:the${S})?${DAY}(?:st|nd|rd|th)?${S}(?:of${S})?(${MONTH_ANY_EN})(?:,?${S}${YEAR_NC})?)${E}` +
    `|${B}(?:\\d{1,2}/\\d{1,2}/${YEAR_NC}|${YEAR_NC}-[01]\\d-[0-3]\\d)${E}`,
  'giu',
);

function monthYearRule(re: RegExp, capital: boolean): Rule {
  return (text, out) =>
    scan(re, text, (m) => {
      const token = m[1] ?? '';
      if (capital && !isCapitalised(token)) return;
      const month = monthNumber(token);
      if (month) push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month }, year: Number(m[2]) });
    });
}
const FR_MONTH_YEAR = new RegExp(`${B}(${MONTH_ANY_FR})${S}(?:de${S}l${AP}année${S}|de${S})?${YEAR}${E}`, 'giu');
const EN_MONTH_YEAR = new RegExp(`${B}(${MONTH_ANY_EN}),?${S}(?:of${S})?${YEAR}${E}`, 'giu');

/** "début septembre", "fin 2012", "mi-2012", "early 2012", "the end of May 2012". */
function qualifiedRule(re: RegExp, capital: boolean): Rule {
  return (text, out) =>
    scan(re, text, (m) => {
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
    });
}
const FR_QUALIFIED = new RegExp(
  `${B}(début|debut|fin|mi-|mi(?=${S})|milieu|courant)` +
    `(?:${S0}(?:de${S}l${AP}année|de${S}l${AP}an|du${S}mois${S}de|du${S}mois${S}d${AP}|de|d${AP}))?${S0}` +
    `(?:(${MONTH_FULL_FR})(?:${S}${YEAR})?|${YEAR})${E}`,
  'giu',
);
const EN_QUALIFIED = new RegExp(
  `${B}(early|mid|late|(?:the${S})?(?:end|beginning|start|middle)${S}of)(?:-|${S})(?:the${S}year${S})?` +
    `(?:(${MONTH_FULL_EN})(?:,?${S}(?:of${S})?${YEAR})?|${YEAR})${E}`,
  'giu',
);

/** "juin dernier", "mai prochain", "last June", "next May", "this March". */
const FR_MONTH_REL = new RegExp(`${B}(${MONTH_FULL_FR})${S}(dernier|prochain)${E}`, 'giu');
const EN_MONTH_REL = new RegExp(`${B}(last|next|this)${S}(${MONTH_FULL_EN})${E}`, 'giu');
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
const frMonthRel: Rule = (text, out) =>
  scan(FR_MONTH_REL, text, (m) => {
    const month = monthNumber(m[1] ?? '');
    const relation = RELATIONS[lower(m[2])];
    if (month && relation) push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month }, relation });
  });
const enMonthRel: Rule = (text, out) =>
  scan(EN_MONTH_REL, text, (m) => {
    const token = m[2] ?? '';
    const month = monthNumber(token);
    const relation = RELATIONS[lower(m[1])];
    if (month && relation && isCapitalised(token))
      push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'month', month }, relation });
  });

/** A month on its own: French lowercase month names are unambiguous (except "mars"); otherwise a preposition. */
const FR_MONTH_BARE = new RegExp(
  `${B}(?:(en|dès|depuis|jusqu${AP}en|avant|après|d${AP}ici|vers|entre|mois${S}de|mois${S}d${AP})${S0})?(${MONTH_FULL_FR})${E}`,
  'giu',
);
const EN_MONTH_BARE = new RegExp(
  `${B}(?:in|since|by|until|till|from|to|during|through|before|after|around|between|and|or)${S}(${MONTH_FULL_EN})${E}`,
  'giu',
);
const frMonthBare: Rule = (text, out) =>
  scan(FR_MONTH_BARE, text, (m) => {
    const token = m[2] ?? '';
    const month = monthNumber(token);
    if (!month) return;
    // "Mars" is the planet, "mars" alone is too often not a date; any other month needs a preposition when capitalised.
    if (month === 3 ? m[1] === undefined || isCapitalised(token) : m[1] === undefined && isCapitalised(token)) return;
    const start = tailStart(m, token);
    push(out, start, start + token.length, 2, { cal: { kind: 'month', month } });
  });
const enMonthBare: Rule = (text, out) =>
  scan(EN_MONTH_BARE, text, (m) => {
    const token = m[1] ?? '';
    const month = monthNumber(token);
    if (!month || !isCapitalised(token)) return;
    const start = tailStart(m, token);
    push(out, start, start + token.length, 2, { cal: { kind: 'month', month } });
  });

/** Seasons. Prepositions stay outside the mention, determiners inside ("au printemps 2013" -> "printemps 2013"). */
const FR_SEASON = new RegExp(
  `${B}(?:(au|en|du|à|dès|depuis|pendant|avant|après)(${S}))?(l${AP}${S0}|le${S}|ce${S}|cet${S})?(printemps|été|ete|automne|hiver)` +
    `(?:${S}(?:de${S}|d${AP}${S0})?${YEAR})?(?:${S}(dernier|prochain))?${E}`,
  'giu',
);
const EN_SEASON = new RegExp(
  `${B}(?:(in|during|by|since|until|over|through|before|after)(${S}))?(the${S}|this${S}|last${S}|next${S}|that${S})?` +
    `(spring|summer|autumn|fall|winter)(?:,?${S}(?:of${S})?${YEAR})?${E}`,
  'giu',
);
const SEASON_OF_SOMETHING = /[^\S\n]+of[^\S\n]/y;
function seasonRule(re: RegExp, language: DateLanguage): Rule {
  return (text, out) =>
    scan(re, text, (m) => {
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
    });
}

/** Bare years: a token check here, the context check in code. */
const YEAR_TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}$€£¥.,/])(?<!\\d[^\\S\\n][^\\S\\n]?)${YEAR}(?![\\p{L}\\p{N}%€$£¥])(?![.,/]\\d)(?![^\\S\\n]\\d{3}(?!\\d))`,
  'gu',
);
const YEAR_STRONG_BEFORE: Record<DateLanguage, RegExp> = {
  fr: new RegExp(
    `${B}(?:en|depuis|dès|jusqu${AP}en|jusqu${AP}à|avant|après|entre|vers|courant|d${AP}ici|à${S}partir${S}de|année|l${AP}an)${S0}$`,
    'iu',
  ),
  en: new RegExp(
    `${B}(?:in|since|by|until|till|through|throughout|during|before|after|between|around|circa|c\\.|as${S}of|year|from|starting)${S0}$`,
    'iu',
  ),
};
const YEAR_WEAK_BEFORE: Record<DateLanguage, RegExp> = {
  fr: new RegExp(
    `(?:${B}(?:de|à|et|ou|pour|sur|à${S}l${AP}horizon|horizon)${S}|${YEAR_NC}${S0}[-–/]${S0}|\\(${S0})$`,
    'iu',
  ),
  en: new RegExp(`(?:${B}(?:to|and|or|of|for|than|until)${S}|${YEAR_NC}${S0}[-–/]${S0}|\\(${S0})$`, 'iu'),
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
function yearRule(language: DateLanguage): Rule {
  const strong = YEAR_STRONG_BEFORE[language];
  const weak = YEAR_WEAK_BEFORE[language];
  return (text, out) =>
    scan(YEAR_TOKEN, text, (m) => {
      const start = m.index;
      const end = start + 4;
      YEAR_REJECT_AFTER.lastIndex = end;
      if (YEAR_REJECT_AFTER.test(text)) return;
      YEAR_UNIT_AFTER.lastIndex = end;
      if (YEAR_UNIT_AFTER.test(text)) return;
      const before = text.slice(Math.max(0, start - 24), start);
      if (!strong.test(before)) {
        if (!weak.test(before)) return;
        YEAR_WEAK_AFTER.lastIndex = end;
        if (!YEAR_WEAK_AFTER.test(text)) return;
      }
      push(out, start, end, 3, { cal: { kind: 'year' }, year: Number(m[1]) });
    });
}

/** "two years ago", "a few days ago", "il y a deux ans", "il y a quelques jours". */
const EN_AGO = new RegExp(
  `${B}(a${S}few|a${S}couple${S}of|several|few|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})${S}(days?|weeks?|months?|years?)${S}ago${E}`,
  'giu',
);
const FR_AGO = new RegExp(
  `${B}il${S}y${S}a${S}(quelques|plusieurs|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|\\d{1,2})${S}(jours?|semaines?|mois|ans|années?)${E}`,
  'giu',
);
function agoRule(re: RegExp): Rule {
  return (text, out) =>
    scan(re, text, (m) => {
      const word = squash(m[1] ?? '');
      const unit = AGO_UNITS[lower(m[2])];
      if (!unit) return;
      let amount = /^\d+$/.test(word) ? Number(word) : SMALL_NUMBERS[word];
      if (amount === undefined) {
        if (unit === 'year') return; // "a few years ago": too vague to date
        amount = VAGUE_NUMBERS[word];
      }
      if (amount === undefined || amount === 0) return;
      push(out, m.index, m.index + m[0].length, 1, { cal: null, ago: { amount, unit } });
    });
}

/** "last year", "this year", "next year", "l'an dernier", "l'année prochaine", "cette année". */
const EN_REL_YEAR = new RegExp(`${B}(last|this|next)${S}year${E}`, 'giu');
const FR_REL_YEAR = new RegExp(
  `${B}(?:l${AP}(?:an|année)${S}(dernier|dernière|passé|passée|prochain|prochaine)|(cette)${S}année)${E}`,
  'giu',
);
function relYearRule(re: RegExp): Rule {
  return (text, out) =>
    scan(re, text, (m) => {
      const relation = RELATIONS[lower(m[1] ?? m[2])];
      if (!relation) return;
      const yearOffset = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
      push(out, m.index, m.index + m[0].length, 1, { cal: { kind: 'year' }, yearOffset });
    });
}

const GRAMMARS: Record<DateLanguage, Rule[]> = {
  fr: [
    fullDateRule(FR_FULL, chrono.fr.strict, []),
    monthYearRule(FR_MONTH_YEAR, false),
    qualifiedRule(FR_QUALIFIED, false),
    frMonthRel,
    frMonthBare,
    seasonRule(FR_SEASON, 'fr'),
    yearRule('fr'),
    agoRule(FR_AGO),
    relYearRule(FR_REL_YEAR),
  ],
  en: [
    fullDateRule(EN_FULL, chrono.en.strict, [1, 2]),
    monthYearRule(EN_MONTH_YEAR, true),
    qualifiedRule(EN_QUALIFIED, true),
    enMonthRel,
    enMonthBare,
    seasonRule(EN_SEASON, 'en'),
    yearRule('en'),
    agoRule(EN_AGO),
    relYearRule(EN_REL_YEAR),
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Candidate windows. The rule regexes start with optional words, so V8 tries them at almost every position;
// a fast ASCII-\b trigger regex finds the words every date mention contains (a year 19xx/20xx, a month or
// season name, "ago", "il y a", "year"/"an"/"année"), and the rules only run on windows of ±WINDOW_MARGIN
// characters around triggers, merged and widened to whitespace so that no word is cut. Every mention holds a
// trigger and is shorter than the margin, so the result is the same as scanning the whole text.

const TRIGGERS: Record<DateLanguage, RegExp> = {
  en: new RegExp(
    `\\b(?:${MONTH_FULL_EN}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|` +
      '[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|ago|[Yy]ear|(?:19|20)\\d\\d)\\b',
    'g',
  ),
  fr: new RegExp(
    '\\b(?:janvier|janv|f[ée]vrier|f[ée]vr|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|sept|octobre|oct|' +
      'novembre|nov|d[ée]cembre|d[ée]c|printemps|automne|hiver|an|il y a|(?:19|20)\\d\\d)\\b|\\bann[ée]e|' +
      "(?:l['’]|cet\\s|en\\s)[ée]t[ée]",
    'gi',
  ),
};
const WINDOW_MARGIN = 64;
const SNAP_REACH = 48;

function snapBack(text: string, pos: number): number {
  const stop = Math.max(0, pos - SNAP_REACH);
  while (pos > stop && !isSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

function snapForward(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + SNAP_REACH);
  while (pos < stop && !isSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

function collectCandidates(text: string, language: DateLanguage): Candidate[] {
  const rules = GRAMMARS[language];
  const trigger = TRIGGERS[language];
  const candidates: Candidate[] = [];
  const runWindow = (from: number, to: number) => {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    const first = candidates.length;
    for (const rule of rules) rule(part, candidates);
    if (from !== 0)
      for (let i = first; i < candidates.length; i++) {
        const c = candidates[i]!;
        c.start += from;
        c.end += from;
      }
  };
  let from = -1;
  let to = -1;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const start = snapBack(text, Math.max(0, m.index - WINDOW_MARGIN));
    const end = snapForward(text, Math.min(text.length, m.index + m[0].length + WINDOW_MARGIN));
    if (start <= to) to = Math.max(to, end);
    else {
      if (to > from) runWindow(from, to);
      from = start;
      to = end;
    }
  }
  if (to > from) runWindow(from, to);
  return candidates;
}

// ---------------------------------------------------------------------------------------------------------
// Overlaps: longest first, then the more specific rule, then the earlier.

function pickLongest(candidates: Candidate[], length: number): Candidate[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  outer: for (const c of candidates) {
    for (let i = c.start; i < c.end; i++) if (taken[i]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC).

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function fuzzyFor(cal: Calendar, year: number): FuzzyDate | null {
  switch (cal.kind) {
    case 'day':
      if (cal.month < 1 || cal.month > 12 || cal.day < 1 || cal.day > daysInMonth(year, cal.month)) return null;
      return { value: `${year}-${pad2(cal.month)}-${pad2(cal.day)}`, precision: 'day' };
    case 'month':
      return cal.qualifier
        ? { value: `${year}-${pad2(cal.month)}`, precision: 'month', qualifier: cal.qualifier }
        : { value: `${year}-${pad2(cal.month)}`, precision: 'month' };
    case 'season':
      return { value: `${year}-${cal.season}`, precision: 'season' };
    case 'year':
      return cal.qualifier
        ? { value: String(year), precision: 'year', qualifier: cal.qualifier }
        : { value: String(year), precision: 'year' };
  }
}

interface Occurrence {
  date: FuzzyDate;
  first: number;
  last: number;
}

function occurrence(cal: Calendar, year: number): Occurrence | null {
  const date = fuzzyFor(cal, year);
  if (!date) return null;
  const span = dateSpan(date);
  return { date, first: dayNumber(span.start), last: dayNumber(span.end) };
}

/** The earliest (or latest) occurrence of a yearless date, near a year, that passes a test. */
function pick(cal: Calendar, nearYear: number, test: (o: Occurrence) => boolean, latest: boolean): Occurrence | null {
  for (let k = 0; k <= 6; k++) {
    const year = latest ? nearYear + 3 - k : nearYear - 3 + k;
    const o = occurrence(cal, year);
    if (o && test(o)) return o;
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
    case 'year':
      return 'year';
  }
}

interface Publication {
  label: string;
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
    label: published.precision === 'approximate' ? `about ${published.value}` : published.value,
    reference,
    referenceYear: new Date(reference * DAY_MS).getUTCFullYear(),
    lastDay,
    knowsMonth:
      published.precision !== 'year' && !(published.precision === 'approximate' && published.value.length === 4),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Sentences and tense

const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;
const SENTENCE_REACH = 800;

function sentenceStart(text: string, pos: number): number {
  const stop = Math.max(0, pos - SENTENCE_REACH);
  for (let i = pos - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (isStop(c) && i + 1 < pos && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  return stop;
}

function sentenceEnd(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + SENTENCE_REACH);
  for (let i = pos; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (isStop(c) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return stop;
}

const FUTURE: Record<DateLanguage, RegExp> = {
  en: /\b(?:will|won['’]t|shall|should|going to|is to be|are to be|is due|are due|scheduled|expected to|plans? to|planned|upcoming)\b|['’]ll\b/i,
  fr: new RegExp(
    `${B}(?:sera|seront|serait|seraient|devra|devront|devrait|devraient|va|vont|aura|auront|fera|feront|pourra|pourront|` +
      `prévue?s?|prochaine?s?|à${S}venir|\\p{L}{2,}(?:era|eront|ira|iront|dra|dront))${E}`,
    'iu',
  ),
};

// ---------------------------------------------------------------------------------------------------------
// Resolution

interface Anchor {
  start: number;
  text: string;
  year: number;
}

function withBasis(date: FuzzyDate, basis: string): FuzzyDate {
  return { ...date, basis };
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
  return { value, precision: 'approximate', basis: `${quoted}: counted back from the publication date (${pub.label})` };
}

function resolveContextual(
  text: string,
  c: Candidate,
  cal: Calendar,
  quoted: string,
  language: DateLanguage,
  anchor: Anchor | null,
  pub: Publication,
): FuzzyDate | null {
  const from = sentenceStart(text, c.start);
  if (anchor && anchor.start >= from) {
    const date = fuzzyFor(cal, anchor.year);
    return date && withBasis(date, `year from '${anchor.text}' earlier in the same sentence`);
  }
  const future = FUTURE[language].exec(text.slice(from, sentenceEnd(text, c.end)));
  if (future) {
    const o = pick(cal, pub.referenceYear, (o) => o.last >= pub.reference, false);
    return (
      o &&
      withBasis(
        o.date,
        `${quoted}: the sentence speaks of the future ('${future[0]}'), so the next ${describe(cal)} from the publication date (${pub.label})`,
      )
    );
  }
  if (anchor) {
    const date = fuzzyFor(cal, anchor.year);
    return date && withBasis(date, `year from '${anchor.text}' earlier in the text`);
  }
  const o = pick(cal, pub.referenceYear, (o) => o.first <= pub.lastDay, true);
  if (!o) return null;
  const sameYear = o.date.value.startsWith(String(pub.referenceYear));
  return withBasis(
    o.date,
    sameYear
      ? `year taken from the publication date (${pub.label})`
      : `${quoted}: the last ${describe(cal)} before the publication date (${pub.label})`,
  );
}

function resolveRelation(cal: Calendar, relation: Relation, quoted: string, pub: Publication): FuzzyDate | null {
  const name = describe(cal);
  if (relation === 'last') {
    const o = pick(cal, pub.referenceYear, (o) => o.last < pub.reference, true);
    return o && withBasis(o.date, `${quoted}: the last ${name} before publication (${pub.label})`);
  }
  if (relation === 'next') {
    const o = pick(cal, pub.referenceYear, (o) => o.first > pub.reference, false);
    return o && withBasis(o.date, `${quoted}: the next ${name} after publication (${pub.label})`);
  }
  let best: Occurrence | null = null;
  let bestDistance = Infinity;
  for (let year = pub.referenceYear - 1; year <= pub.referenceYear + 1; year++) {
    const o = occurrence(cal, year);
    if (!o) continue;
    const distance =
      o.first > pub.reference ? o.first - pub.reference : o.last < pub.reference ? pub.reference - o.last : 0;
    if (distance < bestDistance) [best, bestDistance] = [o, distance];
  }
  return best && withBasis(best.date, `${quoted}: the ${name} nearest the publication date (${pub.label})`);
}

/**
 * Date mentions in `text`, resolved against the document's publication date. See the rules at the top of
 * this file. `text` should already be NFC-normalised; offsets index it as given.
 */
export function extractDates(text: string, options: { language: DateLanguage; published: FuzzyDate }): DateMention[] {
  const { language } = options;
  const candidates = collectCandidates(text, language);
  const chosen = pickLongest(candidates, text.length);
  const pub = publication(options.published);
  const mentions: DateMention[] = [];
  let anchor: Anchor | null = null;
  for (const c of chosen) {
    const mentionText = text.slice(c.start, c.end);
    const quoted = `'${mentionText}'`;
    let date: FuzzyDate | null;
    if (c.ago) date = resolveAgo(c, quoted, pub);
    else if (c.cal === null) date = null;
    else if (c.yearOffset !== undefined) {
      const year = pub.referenceYear + c.yearOffset;
      date = {
        value: String(year),
        precision: 'year',
        basis: `${quoted}: relative to the publication date (${pub.label})`,
      };
    } else if (c.year !== undefined) {
      date = fuzzyFor(c.cal, c.year);
      if (date) {
        date = withBasis(date, 'explicit in the text');
        anchor = { start: c.start, text: mentionText, year: c.year };
      }
    } else if (c.relation) date = resolveRelation(c.cal, c.relation, quoted, pub);
    else date = resolveContextual(text, c, c.cal, quoted, language, anchor, pub);
    if (!date) continue;
    mentions.push({ start: c.start, end: c.end, text: mentionText, date, basis: date.basis ?? '' });
  }
  return mentions;
}
