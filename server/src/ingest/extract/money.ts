/**
 * Money mentions in French or English prose.
 *
 * Pure and synchronous; offsets are UTF-16 indexes into the text as given (normalise it first: NFC,
 * whitespace runs collapsed). One precompiled regex per language finds every number with what follows it;
 * the rules below decide which numbers are money. Results are sorted by start and never overlap.
 *
 * Numbers: French "1,5" / "1 500" / "1.500" (decimal comma; space, no-break, thin or narrow no-break space,
 * or dot as thousands separator); English "1.5" / "1,500" (and the no-break/thin spaces). Multipliers:
 * million(s), milliard(s), billion, trillion, thousand, mille, and the short forms M, Md, Mds, Mrd, bn, m,
 * k, B. "un/une/a/one million ..." counts as 1 million.
 *
 * A number is money when
 *  1. it carries a currency: a symbol or code before it ("$2 million", "€150m", "US$ 3bn", "EUR 20") or a
 *     currency after it ("285 millions d'euros", "150 million euros", "150 M€", "2 million dollars",
 *     "20 000 €"). Short multipliers (M, m, bn, k...) count only next to a currency ("150m" is a length);
 *  2. or it is a bare "N million(s)/milliard(s)/billion" that is not followed by a counted noun ("2 millions
 *     de serveurs", "2 million users" - in French any "de <noun>" other than a money noun; in English a
 *     counted noun or any lowercase plural) and is tied to money by context:
 *       a. followed by "chacun(e)"/"each"/"apiece" with a money mention earlier in the paragraph,
 *       b. or another money mention earlier in the same sentence ("... 135 millions d'euros, ... et
 *          Dassault Systèmes 30 millions"),
 *       c. or a money word in the same sentence (investir/invest, financer/fund, facturé/billed,
 *          chiffre d'affaires/revenue, budget, coût/cost, levée/raised...).
 *     Its currency is that of the nearest earlier money mention in the same sentence (for "chacun"/"each",
 *     the same paragraph), else the text's own currency when every amount that names one names the same ("un
 *     crédit de 3 millions" in a text told in francs), else null: "6 million billed" in a text of euros and dollars
 *     stays null.
 * Never money: a number with no multiplier and no currency ("environ 500 000" servers, "21,893 sites",
 * years, "30%"), or number words without a currency ("plus d'un million" of servers, "dizaines de
 * milliers de serveurs").
 *
 * `approximate` is true when a hedge or a bound precedes the amount ("autour de", "environ", "près de",
 * "quelque", "plus de", "around", "about", "nearly", "some", "more than", "up to"...) or follows it ("...
 * environ", "or so"): the figure is then not an exact amount. The hedge stays outside the mention's span,
 * as does "chacun"/"each".
 *
 * Currencies are ISO 4217 codes, read as `currencies.ts` says (symbols, codes, the local press's letters, names,
 * and the country the text speaks of for a name several share).
 */

import type { FuzzyDate } from '../../domain/fuzzy-date.ts';
import { BEFORE_NUMBER, CurrencyContext, DOLLAR_PREFIX, NAMES_AFTER, SYMBOLS } from './currencies.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';

export interface MoneyMention {
  start: number;
  end: number;
  text: string;
  amount: number;
  /** ISO 4217 code, or null when the text gives no currency. */
  currency: string | null;
  approximate: boolean;
}

export type MoneyLanguage = 'fr' | 'en';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const S = '[^\\S\\n]+';
const S0 = '[^\\S\\n]*';
const AP = "['’]";
const THIN = '\\u00A0\\u202F\\u2009';

const NUMBER: Record<MoneyLanguage, string> = {
  fr: `(?:\\d{1,3}(?:[ ${THIN}]\\d{3})+(?!\\d)|\\d{1,3}(?:\\.\\d{3})+(?![\\d])|\\d+)(?:[,.]\\d+)?`,
  en: `(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:[${THIN}]\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?`,
};
const MULTIPLIER: Record<MoneyLanguage, string> = {
  fr: 'milliards?|millions?|mille|mrds?|mds?|md|bn|m|k',
  // ("EUR 120 mln", "USD 1.2 bln": the wire services' abbreviations; "Rs 220 crore", "₹1.5 lakh crore": India's)
  en: `trillions?|billions?|millions?|thousand|lakh${S}crores?|crores?|lakhs?|bln|bn|mln|mn|m|k|b`,
};
const SYMBOL = `[${SYMBOLS}]`;
const CURRENCY_AFTER: Record<MoneyLanguage, string> = {
  fr: `${SYMBOL}|${NAMES_AFTER.fr}`,
  en: `${SYMBOL}|${NAMES_AFTER.en}`,
};

/*
 * Scanning speed: V8 scans fast for a regex whose first character is a small set (digits, "$€£¥") or that
 * starts with an ASCII \b and a case-sensitive word. Alternatives such as "US\$|EUR|un|a|one" under the i and u
 * flags make it try a match at nearly every letter (27 instead of ~400 Mchar/s), so the main regex only takes
 * single-character symbols, and currency codes and "un/a/one million" have their own prefilters whose
 * continuation is read with a sticky regex.
 */

/** 1 symbol, 2 number, 3 multiplier | 4 number, 5 multiplier, 6 currency. */
function moneyRegex(language: MoneyLanguage): RegExp {
  const num = NUMBER[language];
  const mult = MULTIPLIER[language];
  const currency = CURRENCY_AFTER[language];
  return new RegExp(
    // ("$40-million", "$1.2-billion": North American papers join the number and its multiplier with a hyphen)
    `(?:(${SYMBOL})${S0}(${num})(?:(?:${S0}|-)(${mult})${E})?` +
      `|(?<![\\p{L}\\p{N}.,${SYMBOLS}])(${num})(?:${S0}(${mult})(?=${S0}(?:${currency})|${E}))?(?:${S0}(${currency}))?` +
      `)(?![\\p{N}])`,
    'giu',
  );
}
const MONEY: Record<MoneyLanguage, RegExp> = { fr: moneyRegex('fr'), en: moneyRegex('en') };
/** "un million d'euros", "a million dollars": the currency is required (read by CURRENCY_AT). */
const WORD_ONE: Record<MoneyLanguage, RegExp> = {
  fr: /\b(une?)[^\S\n]+(millions?|milliards?)\b/gi,
  en: /\b(an?|one)[^\S\n]+(millions?|billions?|trillions?)\b/gi,
};
const CURRENCY_AT: Record<MoneyLanguage, RegExp> = {
  fr: new RegExp(`${S0}(${CURRENCY_AFTER.fr})`, 'iuy'),
  en: new RegExp(`${S0}(${CURRENCY_AFTER.en})`, 'iuy'),
};
/** The amount after a code or the local press's letters ("EUR 20 million", "Rs 38-crore", "R180m"). */
const AMOUNT_AT: Record<MoneyLanguage, RegExp> = {
  fr: new RegExp(`${S0}(${NUMBER.fr})(?:(?:${S0}|-)(${MULTIPLIER.fr})${E})?(?![\\p{N}])`, 'iuy'),
  en: new RegExp(`${S0}(${NUMBER.en})(?:(?:${S0}|-)(${MULTIPLIER.en})${E})?(?![\\p{N}])`, 'iuy'),
};

/** A number's thousands grouped: "1,500", "1 234,50". */
const GROUPED = /\d[,.\s\u00A0\u202F]\d{3}(?!\d)/u;

interface Match {
  index: number;
  length: number;
  number?: string | undefined;
  wordOne?: string | undefined;
  multiplier?: string | undefined;
  currency?: string | undefined;
}

function matches(text: string, language: MoneyLanguage): Match[] {
  const found: Match[] = [];
  const words = WORD_ONE[language];
  const currencyAt = CURRENCY_AT[language];
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    currencyAt.lastIndex = m.index + m[0].length;
    const c = currencyAt.exec(text);
    if (c)
      found.push({
        index: m.index,
        length: m[0].length + c[0].length,
        wordOne: m[1],
        multiplier: m[2],
        currency: c[1],
      });
  }
  const amountAt = AMOUNT_AT[language];
  BEFORE_NUMBER.lastIndex = 0;
  for (let m = BEFORE_NUMBER.exec(text); m !== null; m = BEFORE_NUMBER.exec(text)) {
    amountAt.lastIndex = m.index + m[0].length;
    const a = amountAt.exec(text);
    if (a)
      found.push({ index: m.index, length: m[0].length + a[0].length, number: a[1], multiplier: a[2], currency: m[1] });
  }
  const extra = found.length;
  const re = MONEY[language];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const symbol = m[1];
    if (symbol === undefined) {
      found.push({ index: m.index, length: m[0].length, number: m[4], multiplier: m[5], currency: m[6] });
      continue;
    }
    const prefix = symbol === '$' ? DOLLAR_PREFIX.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[1] : undefined;
    const back = prefix?.length ?? 0;
    found.push({
      index: m.index - back,
      length: m[0].length + back,
      number: m[2],
      multiplier: m[3],
      currency: (prefix ?? '') + symbol,
    });
  }
  if (extra === 0) return found;
  // "EUR 20 million" was also read as a bare "20 million": keep the earliest-starting (longest) reading.
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  let end = -1;
  return found.filter((m) => {
    if (m.index < end) return false;
    end = m.index + m.length;
    return true;
  });
}

const MULTIPLIER_VALUES: Record<string, number> = {
  k: 1e3,
  mille: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bln: 1e9,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  'lakh crore': 1e12,
  'lakh crores': 1e12,
};
/** Multipliers that make a bare number a candidate amount ("30 millions"); the short forms need a currency. */
const WORD_MULTIPLIERS = new Set([
  'million',
  'millions',
  'milliard',
  'milliards',
  'billion',
  'billions',
  'trillion',
  'trillions',
]);

function parseNumber(raw: string, language: MoneyLanguage): number {
  let s = raw.replace(/[\s\u00A0\u202F\u2009]/g, '');
  if (language === 'fr') {
    if (/^\d{1,3}(?:\.\d{3})+(?:,|$)/.test(s)) s = s.replace(/\./g, '');
    s = s.replace(',', '.');
  } else {
    s = s.replace(/,/g, '');
  }
  return Number(s);
}

/**
 * What the 32 characters before an amount end with, as a sticky look back tried at their end (one backward match
 * instead of a match attempt at each of the 32 positions).
 */
const HEDGE_BEFORE: Record<MoneyLanguage, RegExp> = {
  fr: new RegExp(
    `(?<=(?:${B}(?:environ|autour${S}de|aux${S}alentours${S}de|près${S}de|quelque|approximativement|à${S}peu${S}près|` +
      `de${S}l${AP}ordre${S}de|presque|plus${S}de|moins${S}de|jusqu${AP}à|au${S}moins|au${S}plus|env\\.)|~|≈)${S0})`,
    'iuy',
  ),
  en: new RegExp(
    `(?<=(?:${B}(?:around|about|approximately|approx\\.|roughly|nearly|almost|some|an${S}estimated|estimated${S}at|` +
      `more${S}than|over|less${S}than|under|up${S}to|at${S}least|circa)|~|≈)${S0})`,
    'iuy',
  ),
};
const HEDGE_AFTER: Record<MoneyLanguage, RegExp> = {
  fr: new RegExp(`${S0},?${S0}environ${E}`, 'iuy'),
  en: new RegExp(`${S0}or${S}so${E}`, 'iuy'),
};
const EACH = new RegExp(`${S0},?${S0}(?:chacune?|each|apiece|par${S}tête)${E}`, 'iuy');

/** A number right before "et"/"and" and an amount with a scale, not a range's ("entre 4 et 6 millions"). */
const SHARES_SCALE: Record<MoneyLanguage, RegExp> = {
  // (not the tail of a grouped number: "entre 1 300 000 et 1 400 000 euros" is a range, no "300 000" in it)
  fr: /(?<!entre\s+)(?<![\p{L}\p{N}.,])(?<!\d[\s\u00A0\u202F])(\d{1,3}(?:[\s\u00A0\u202F]\d{3})*(?:,\d{1,2})?)\s+et\s+$/iu,
  en: /(?<!between\s+)(?<![\p{L}\p{N}.,$€£])(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?)\s+and\s+$/iu,
};

/** What follows a bare amount: a French "de <noun>" or any next word. */
const FR_OF_NOUN = new RegExp(`${S0}(?:de${S}|d${AP}${S0})(\\p{L}+)`, 'iuy');
const NEXT_WORD = new RegExp(`${S0}(\\p{L}+)`, 'uy');
const FR_MONEY_NOUNS = new Set(
  (
    'euros dollars francs livres chiffre ca financement financements investissement investissements subvention ' +
    'subventions budget budgets recettes revenus pertes perte bénéfice bénéfices dette dettes fonds capital ' +
    'dépenses crédits crédit commandes contrats levée aides aide ventes valorisation trésorerie'
  ).split(' '),
);
const COUNTED_NOUNS = new Set(
  (
    'serveurs servers server sites site clients client customers customer utilisateurs utilisateur users user ' +
    'employés employees salariés personnes people habitants inhabitants machines datacenters entreprises ' +
    'companies abonnés subscribers visiteurs visitors comptes accounts lignes lines unités units exemplaires ' +
    'copies téléchargements downloads requêtes requests fichiers files pages emplois jobs postes devices appareils'
  ).split(' '),
);
/** English words ending in "s" that are not counted plural nouns. */
const EN_NOT_PLURAL = new Set(
  (
    'this thus less unless plus always perhaps across whereas besides towards afterwards sometimes ' +
    'revenues sales earnings proceeds losses profits funds dollars euros pounds francs'
  ).split(' '),
);

const MONEY_WORDS: Record<MoneyLanguage, RegExp> = {
  fr: new RegExp(
    `${B}(?:invest\\p{L}*|financ\\p{L}*|cofinanc\\p{L}*|factur\\p{L}*|chiffre${S}d${AP}affaires|budget\\p{L}*|subvention\\p{L}*|` +
      `lev[ée]\\p{L}*|fonds|co[uû]t\\p{L}*|dépens\\p{L}*|pay[ée]\\p{L}*|prix|valoris\\p{L}*|rach[ae]t\\p{L}*|revenus?|recettes?|` +
      `bénéfices?|dettes?|capital|enveloppe|dotation|montant|apport\\p{L}*|ventes?|achat|acqu[ié]\\p{L}*|` +
      `injecter|injecté\\p{L}*|débours\\p{L}*|euros?|dollars?|subsides?|souscri\\p{L}*)${E}`,
    'iu',
  ),
  en: new RegExp(
    `${B}(?:invest\\p{L}*|fund\\p{L}*|financ\\p{L}*|co-financ\\p{L}*|bill(?:ed|ing|s)?|revenues?|sales|turnover|budget\\p{L}*|` +
      `costs?|costing|spen[dt]\\p{L}*|paid|pay\\p{L}*|pric\\p{L}*|valu\\p{L}*|raised?|raising|loss(?:es)?|profits?|debts?|` +
      `capital|subsid\\p{L}*|grants?|worth|acqui\\p{L}*|bought|buy\\p{L}*|sold|sell\\p{L}*|earn\\p{L}*|income|cash|money|` +
      `euros?|dollars?|loans?|lent|lend\\p{L}*|placement|equity)${E}`,
    'iu',
  ),
};

/**
 * Words of a loan, a contract or a round that tie a bare amount to money only when they govern it: at most three words
 * before it in the same clause ("un crédit de 3 millions", "a contract of up to 3 million"), or right after it ("a 3
 * million credit facility"). Anywhere in the sentence they would make counts money: "Sur ce marché, l'application
 * dépasse les 2 millions en France", "Since the round, its app has passed 2 million in Europe".
 */
const TIE_WORDS: Record<MoneyLanguage, string> = {
  fr: 'prêts?|crédits?|emprunts?|contrats?|marchés?',
  en: 'loans?|credit|facility|contracts?|deal|round|stake',
};
const TIED_BEFORE: Record<MoneyLanguage, RegExp> = {
  fr: new RegExp(`${B}(?:${TIE_WORDS.fr})${E}(?:${S}[^\\s,;:()]+){0,3}${S0}$`, 'iu'),
  en: new RegExp(`${B}(?:${TIE_WORDS.en})${E}(?:${S}[^\\s,;:()]+){0,3}${S0}$`, 'iu'),
};
const TIED_AFTER: Record<MoneyLanguage, RegExp> = {
  fr: new RegExp(`^(?:${S}[^\\s,;:()]+){0,2}?${S}(?:${TIE_WORDS.fr})${E}`, 'iu'),
  en: new RegExp(`^(?:${S}[^\\s,;:()]+){0,2}?${S}(?:${TIE_WORDS.en})${E}`, 'iu'),
};

function paragraphStart(text: string, pos: number): number {
  const i = text.lastIndexOf('\n', pos - 1);
  return i < 0 ? 0 : i + 1;
}

/** A counted noun right after a bare amount: "2 millions de serveurs", "2 million users". */
function countsThings(text: string, end: number, language: MoneyLanguage): boolean {
  if (language === 'fr') {
    FR_OF_NOUN.lastIndex = end;
    const of = FR_OF_NOUN.exec(text);
    if (of) return !FR_MONEY_NOUNS.has((of[1] ?? '').toLowerCase());
  }
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  if (!next) return false;
  const word = next[1] ?? '';
  const lowerWord = word.toLowerCase();
  if (COUNTED_NOUNS.has(lowerWord)) return true;
  return (
    language === 'en' &&
    word === lowerWord &&
    word.length >= 4 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !EN_NOT_PLURAL.has(word)
  );
}

interface Previous {
  start: number;
  currency: string | null;
}

/** Money amounts in `text`. See the rules at the top of this file. */
export function extractMoney(
  text: string,
  options: { language: MoneyLanguage; published?: FuzzyDate | undefined },
): MoneyMention[] {
  const { language, published } = options;
  const currencies = new CurrencyContext(text, published, language);
  const mentions: MoneyMention[] = [];
  const previous: Previous[] = [];
  for (const m of matches(text, language)) {
    const { wordOne, number: numberText, multiplier: multiplierText, currency: currencyText } = m;
    const start = m.index;
    const end = m.index + m.length;
    const multiplierKey = multiplierText?.toLowerCase().replace(/\s+/gu, ' ');
    const multiplier = multiplierKey === undefined ? 1 : (MULTIPLIER_VALUES[multiplierKey] ?? 0);
    if (multiplier === 0) continue;
    let currency: string | null = null;
    if (currencyText !== undefined) {
      const read = currencies.read(currencyText, start, end);
      if (read === null) continue;
      // ("R180m", "3 billion won", "SEK 420m": letters that are also words are money only at a scale; nor a model's
      // number or a year by the same letters and words, "the BMW R 1250", "its RM 1200 sensor", "which in 2019 won a
      // contract", "a 2023 RAND report": the press groups a sum's thousands, "R 1,500", "5,000 won"; a symbol is money
      // whatever its number at a scale: "₩1500")
      if (
        read.weak &&
        multiplierKey === undefined &&
        (parseNumber(numberText ?? '', language) < 1000 ||
          (/\p{L}/u.test(currencyText) && !GROUPED.test(numberText ?? '')))
      )
        continue;
      currency = read.code;
    } else {
      // A bare number: only "N million(s)/milliard(s)/billion" tied to money by context.
      if (multiplierKey === undefined || !WORD_MULTIPLIERS.has(multiplierKey) || wordOne !== undefined) continue;
      if (countsThings(text, end, language)) continue;
      const sentence = sentenceStart(text, start);
      EACH.lastIndex = end;
      const each = EACH.test(text);
      const last = previous.at(-1);
      const tied =
        last !== undefined && (last.start >= sentence || (each && last.start >= paragraphStart(text, start)));
      if (tied) currency = last.currency;
      else if (
        !MONEY_WORDS[language].test(text.slice(sentence, sentenceEnd(text, end))) &&
        !TIED_BEFORE[language].test(text.slice(sentence, start)) &&
        !TIED_AFTER[language].test(text.slice(end, sentenceEnd(text, end)))
      )
        continue;
    }
    const value = wordOne !== undefined ? 1 : parseNumber(numberText ?? '', language);
    if (!Number.isFinite(value)) continue;
    const amount = Math.round(value * multiplier * 100) / 100;
    const before = text.slice(Math.max(0, start - 32), start);
    HEDGE_BEFORE[language].lastIndex = before.length;
    HEDGE_AFTER[language].lastIndex = end;
    const approximate = HEDGE_BEFORE[language].test(before) || HEDGE_AFTER[language].test(text);
    // "4 et 6 millions d'euros", "3 and 5 million dollars": a number joined to the amount shares its scale and currency
    // ("300 000 et 200 000 euros": a grouped number before a currency written after the amount)
    const shared =
      multiplier > 1 ||
      (currencyText !== undefined && GROUPED.test(numberText ?? '') && text[start] !== currencyText[0])
        ? SHARES_SCALE[language].exec(text.slice(Math.max(0, start - 24), start))
        : null;
    if (shared) {
      const first = parseNumber(shared[1]!, language);
      const firstStart = Math.max(0, start - 24) + shared.index!;
      if (Number.isFinite(first) && (multiplier > 1 ? first < 1000 : GROUPED.test(shared[1]!)))
        mentions.push({
          start: firstStart,
          end: firstStart + shared[1]!.length,
          text: shared[1]!,
          amount: Math.round(first * multiplier * 100) / 100,
          currency,
          approximate,
        });
    }
    mentions.push({ start, end, text: text.slice(start, end), amount, currency, approximate });
    previous.push({ start, currency });
  }
  mentions.sort((a, b) => a.start - b.start);
  // A paragraph, else a text, that tells every amount naming a currency in one currency counts its bare amounts in it
  // too ("Quartzia lève 14 millions de francs … la banque lui prête 3 millions"); told in two, they stay unspecified.
  const toldBetween = (from: number, to: number) =>
    new Set(mentions.flatMap((m) => (m.currency && m.start >= from && m.end <= to ? [m.currency] : [])));
  const inText = toldBetween(0, text.length);
  return mentions.map((m) => {
    if (m.currency) return m;
    const lineEnd = text.indexOf('\n', m.end);
    const inParagraph = toldBetween(paragraphStart(text, m.start), lineEnd < 0 ? text.length : lineEnd);
    const told = inParagraph.size > 0 ? inParagraph : inText;
    return told.size === 1 ? { ...m, currency: [...told][0]! } : m;
  });
}
