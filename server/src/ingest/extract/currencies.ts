/**
 * Which currency a money mention is in, as an ISO 4217 code.
 *
 * Read from a symbol ("€", "₹", "₦", "HK$", "S$", "R$"), a code ("EUR", "INR 220 crore", "420 million SEK"), the
 * letters the local press puts before a number ("Rs 220 crore", "Dh55 million", "KSh 650 million", "R180m",
 * "Sh650 million", "Rp 5 trillion", "RM50m", "SR10 million") or a name after it ("rupees", "rand", "naira", "francs
 * CFA", "couronnes suédoises", "Singapore dollars", "dollars néo-zélandais").
 *
 * A name several countries share is the currency of the country the text speaks of most, counting its names,
 * people and cities, twice when a company is based there ("Toronto-based", "la start-up de Nairobi"); the first
 * country of the name's list when none is told more than it: "$" and "dollars" are American, Canadian, Australian,
 * New Zealand, Singapore or Hong Kong dollars; "rupees" and "Rs" Indian, Mauritian, Pakistani, Sri Lankan or
 * Nepalese; "shillings" Kenyan, Ugandan or Tanzanian; "dirhams" Emirati or Moroccan; "francs CFA" West or Central
 * African. Plain "francs" are French francs, unless the text was published after they ended (2002) and speaks of
 * Switzerland, whose press writes its francs plainly: then Swiss francs (French francs still for a year told before
 * 2002 in the amount's own sentence).
 *
 * Letters and names that are also words ("R2", "Sh", "won", "lei", "RM") and the codes beyond the first eight are
 * `weak`: they are money only with a multiplier or a number of at least 1,000 ("R180m", "3 billion won", "SEK
 * 420m"), never "Windows Server 2012 R2" or "the team of 12 won".
 */

import type { FuzzyDate } from '../../domain/fuzzy-date.ts';
import { sentenceEnd, sentenceStart } from './sentence-bounds.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const S = '[^\\S\\n]+';
const S0 = '[^\\S\\n]*';
const AP = "['’]";

/** The symbols read before a number (one character each: the main regex's first-character class). */
export const SYMBOLS = '$€£¥₹₦₩฿₪₺';

/** The codes read with no multiplier ("EUR 20", "20 000 USD"); every other code is weak. */
const STRONG_CODES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'CNY'];
// (not TRY, PHP, ILS, MAD, RON: words or names before numbers too often — "PHP 8.1")
const WEAK_CODES = [
  'NZD',
  'SGD',
  'HKD',
  'TWD',
  'INR',
  'PKR',
  'LKR',
  'MUR',
  'ZAR',
  'KES',
  'UGX',
  'TZS',
  'NGN',
  'GHS',
  'AED',
  'SAR',
  'QAR',
  'BRL',
  'MXN',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'KRW',
  'THB',
  'IDR',
  'MYR',
  'VND',
  'XOF',
  'XAF',
  'TND',
  'DZD',
  'EGP',
  'RWF',
  'RMB',
];
const CODES = [...STRONG_CODES, ...WEAK_CODES].join('|');

/**
 * A code or the local press's letters right before a number: "EUR 20 million", "INR 220 crore", "Rs 220 crore",
 * "Rs.500", "Dh55 million", "KSh 650 million", "R180m" (read by the money extractor's amount-at regex). Case-
 * sensitive, starting with an ASCII \b: a fast prefilter.
 */
export const BEFORE_NUMBER = new RegExp(
  `\\b(${CODES}|Rs\\.?|Dhs?|KShs?|Ksh|Shs?|Rp|RM|SR|QR|Bt|R)(?=[^\\S\\n]?\\d)`,
  'g',
);

/** "US$", "C$", "A$", "HK$", "NZ$", "NT$", "S$", "R$", "Mex$": the letters before a dollar sign. */
export const DOLLAR_PREFIX = /(?:^|[^\p{L}\p{N}])(US|HK|NZ|NT|AU|CA|Can|SG|MX|Mex|C|A|S|R|N)$/u;

/** A dollar's qualifier, before or after the amount ("US$20m", "20 M$ US", "20 millions de dollars US"). */
export const US_BEFORE = /(?:US|U\.S\.)\s?$/u;
export const US_AFTER = /^\s?(?:US|U\.S\.)(?![\p{L}])/u;

/** The currency's name after a number, per language (the money regex's alternative after the amount). */
export const NAMES_AFTER: Record<'fr' | 'en', string> = {
  fr:
    `(?:${CODES})${E}|` +
    `(?:d${AP}${S0}|de${S})?(?:F${S0}CFA|euros?|` +
    `dollars?(?:${S}(?:américains|US|canadiens|australiens|néo-zélandais|singapouriens|de${S}Singapour|` +
    `de${S}Hong${S}Kong|hongkongais|taïwanais|namibiens))?|` +
    `livres?${S}(?:sterling|égyptiennes|turques|libanaises)|francs?${S}suisses|` +
    `francs?${S}(?:CFA|CFP|congolais|rwandais|guinéens|burundais|djiboutiens|comoriens|malgaches|belges|` +
    `luxembourgeois|pacifique)|francs?|yens?|yuans?|renminbi|` +
    `roupies?(?:${S}(?:indiennes|mauriciennes|pakistanaises|indonésiennes|srilankaises|népalaises))?|rands?|` +
    `shillings?(?:${S}(?:kényans|kenyans|ougandais|tanzaniens))?|nairas?|cedis?|dirhams?|riyals?|rials?|` +
    `dinars?(?:${S}(?:tunisiens|algériens|koweïtiens|serbes))?|` +
    `couronnes?(?:${S}(?:suédoises|norvégiennes|danoises|tchèques|islandaises))?|zlotys?|złotys?|forints?|` +
    `wons?|bahts?|ringgits?|rupiahs?|pesos?(?:${S}(?:mexicains|argentins|chiliens|colombiens|philippins))?|` +
    `réa(?:is|ux)|reais|roubles?|hryvnias?|shekels?)${E}`,
  en:
    `(?:${CODES})${E}|F?CFA${S}francs?${E}|` +
    `(?:of${S})?(?:(?:US|American|Canadian|Australian|Hong${S}Kong|New${S}Zealand|Singapore|(?:New${S})?Taiwan|NT|` +
    `Namibian)${S})?dollars?${E}|` +
    `(?:of${S})?(?:(?:Egyptian|Lebanese)${S}pounds?|pounds?(?:${S}sterling)?|euros?|yen|yuan|renminbi|` +
    `Swiss${S}francs?|(?:CFA|CFP|Congolese|Rwandan|Guinean|Burundian|Djiboutian|Comorian|Belgian)${S}francs?|` +
    `francs?(?:${S}CFA)?|(?:(?:Indian|Mauritian|Pakistani|Sri${S}Lankan|Nepalese|Indonesian)${S})?rupees?|rand|` +
    `(?:(?:Kenyan|Ugandan|Tanzanian)${S})?shillings?|naira|cedis?|dirhams?|riyals?|rials?|` +
    `(?:(?:Tunisian|Algerian|Kuwaiti|Serbian)${S})?dinars?|kronor|krona|kroner|krone|korun[ay]?|` +
    `(?:Swedish|Norwegian|Danish|Czech|Icelandic)${S}crowns?|zloty|złoty|zlotys|zł|forints?|lei|won|baht|ringgit|` +
    `rupiah|(?:(?:Mexican|Argentine|Argentinian|Chilean|Colombian|Philippine)${S})?pesos?|reais|reals|lira|liras|` +
    `roubles?|rubles?|hryvnias?|shekels?|dong)${E}`,
};

/** A country's names, people and cities (accents and case aside), by the code of its currency. */
const COUNTRY_WORDS: Record<string, string> = {
  USD:
    `états-unis|etats-unis|américain(?:e|s|es)?|united${S}states|americans?|U\\.S\\.|USA|new${S}york|` +
    `californi[ae]|californien(?:ne)?s?|new-yorkais(?:es?)?|silicon${S}valley|san${S}francisco|seattle|texas|` +
    // (a US city's or state's people, press or company: "Boston-based X raised $15m to expand into Canada")
    `boston|bostonien(?:ne)?s?|chicago|austin|los${S}angeles|washington|miami|denver|atlanta|massachusetts|` +
    `delaware|colorado|florid[ae]|illinois|virgini[ae]|wall${S}street`,
  CAD:
    `canada|canadien(?:ne)?s?|canadian|québec|quebec|québécois(?:es?)?|montréal|montreal|ottawa|toronto|` +
    `vancouver|calgary|ontario|alberta|sherbrooke|gatineau|saguenay|manitoba|saskatchewan`,
  AUD:
    `australi(?:a|an|ans|e|en|enne|ens|ennes)|sydney|melbourne|brisbane|canberra|adelaide|queensland|` +
    `new${S}south${S}wales|NSW|tasmania|ASX`,
  NZD: `new${S}zealand(?:ers?)?|nouvelle-zélande|néo-zélandais(?:es?)?|auckland|christchurch|wellington`,
  SGD: `singapore(?:ans?)?|singapour|singapourien(?:ne)?s?|jurong`,
  HKD: `hong${S}kong(?:ers?)?|hongkongais(?:es?)?|kowloon`,
  INR:
    `india|indians?|inde|indien(?:ne)?s?|mumbai|bombay|delhi|bengaluru|bangalore|hyderabad|chennai|pune|` +
    `kolkata|noida|gurugram|gurgaon|SEBI`,
  MUR: `maurice|mauritius|mauritians?|mauricien(?:ne)?s?|port-louis|ébène|ebene|curepipe`,
  PKR: `pakistan|pakistanis?|pakistanais(?:es?)?|karachi|lahore|islamabad`,
  LKR: `sri${S}lanka|sri${S}lankans?|srilankais(?:es?)?|colombo`,
  NPR: `nepal|népal|nepalese|népalais(?:es?)?|kathmandu|katmandou`,
  KES: `kenya|kenyans?|kényan(?:e|s|es)?|nairobi|mombasa|kisumu`,
  UGX: `uganda|ugandans?|ouganda|ougandais(?:es?)?|kampala`,
  TZS: `tanzania|tanzanians?|tanzanie|tanzanien(?:ne)?s?|dar${S}es${S}salaam|dodoma|zanzibar`,
  AED: `emirates|emirati|emiratis|émirats|émirien(?:ne)?s?|UAE|dubai|dubaï|abu${S}dhabi|abou${S}dhabi|sharjah`,
  MAD: `maroc|morocco|moroccans?|marocain(?:e|s|es)?|casablanca|rabat|tanger|tangier|marrakech|agadir`,
  SEK: `sweden|swedish|swedes|suède|suédois(?:es?)?|stockholm|gothenburg|göteborg|malmö`,
  DKK: `denmark|danish|danes|danemark|danois(?:es?)?|copenhagen|copenhague|aarhus|odense`,
  NOK: `norway|norwegians?|norvège|norvégien(?:ne)?s?|oslo|bergen|stavanger|trondheim`,
  CZK: `czech|czechia|tchèques?|tchéquie|prague|brno`,
  SAR: `saudi|saudis|arabie${S}saoudite|saoudien(?:ne)?s?|riyadh|riyad|ryad|jeddah|djeddah|neom`,
  QAR: `qatar|qataris?|qatarie?s?|doha`,
  OMR: `oman|omanis?|omanais(?:es?)?|muscat|mascate`,
  XOF:
    `sénégal|senegal|sénégalais(?:es?)?|senegalese|côte${S}d${AP}ivoire|ivory${S}coast|ivoirien(?:ne)?s?|` +
    `ivorian|mali|malien(?:ne)?s?|malian|burkina|togo|togolais(?:es?)?|bénin|benin|béninois(?:es?)?|` +
    `dakar|abidjan|bamako|ouagadougou|niamey|lomé|cotonou|UEMOA|BCEAO|BRVM`,
  XAF:
    `cameroun|camerounais(?:es?)?|cameroon|cameroonian|gabon|gabonais(?:es?)?|congo|congolais(?:es?)?|` +
    `tchad|tchadien(?:ne)?s?|chad|centrafrique|centrafricain(?:e|s|es)?|douala|yaoundé|libreville|brazzaville|` +
    `CEMAC|BEAC`,
  TND: `tunisie|tunisia|tunisians?|tunisien(?:ne)?s?|tunis|sfax`,
  DZD: `algérie|algeria|algerians?|algérien(?:ne)?s?|alger|algiers|oran`,
  RSD: `serbia|serbian|serbie|serbes?|belgrade|novi${S}sad`,
  KWD: `kuwait|kuwaiti|koweït|koweïtien(?:ne)?s?`,
  MXN: `mexico|mexique|mexican|mexicain(?:e|s|es)?|monterrey|guadalajara`,
  PHP: `philippines|filipinos?|philippin(?:e|s|es)?|manila|manille`,
  ARS: `argentin(?:a|e|es|s|ian|ians)?|buenos${S}aires`,
  CLP: `chile|chilean|chili|chilien(?:ne)?s?|santiago`,
  COP: `colombia|colombian|colombie|colombien(?:ne)?s?|bogotá|bogota|medellín|medellin`,
};

/** The countries a shared name may belong to, the first one when none is told more than it. */
const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD'];
// (the French press writes the others' dollars with their country, "dollars singapouriens", "dollars australiens";
// its plain "dollars" are American, or Canadian in Quebec's press: not Singapore's for a firm opening an office there)
const FRENCH_DOLLARS = ['USD', 'CAD'];
const RUPEES = ['INR', 'MUR', 'PKR', 'LKR', 'NPR'];
const SHILLINGS = ['KES', 'UGX', 'TZS'];
const DIRHAMS = ['AED', 'MAD'];
const KRONER = ['DKK', 'NOK'];
const CROWNS = ['SEK', 'DKK', 'NOK', 'CZK'];
const RIYALS = ['SAR', 'QAR', 'OMR'];
const CFA = ['XOF', 'XAF'];
const DINARS = ['TND', 'DZD', 'RSD', 'KWD'];
const PESOS = ['MXN', 'PHP', 'ARS', 'CLP', 'COP'];

type Reading = string | readonly string[] | 'FRANCS';

/**
 * The raw currency text (lowercased), tried in order: the first test that matches gives the code, a list of
 * countries (resolved by the text) or plain francs. `weak`: money only with a multiplier or a number ≥ 1,000.
 */
const READINGS: readonly { test: RegExp; reading: Reading; weak?: true }[] = [
  { test: /€|euro|^eur$/u, reading: 'EUR' },
  { test: /^us\$|^u\.s\.\$|^usd$|^(?:us|u\.s\.)[\s$]|\s(?:us|u\.s\.)$|améric|americ/u, reading: 'USD' },
  { test: /^(?:c|ca|can)\$|canad|^cad$/u, reading: 'CAD' },
  { test: /^(?:a|au)\$|austral|^aud$/u, reading: 'AUD' },
  { test: /^hk\$|hong|^hkd$/u, reading: 'HKD' },
  { test: /^nz\$|zealand|zélandais|^nzd$/u, reading: 'NZD' },
  { test: /^(?:s|sg)\$|singap|^sgd$/u, reading: 'SGD' },
  { test: /^nt\$|taiwan|taïwan|^nt\s|^twd$/u, reading: 'TWD' },
  { test: /^r\$|^brl$|^rea(?:is|ls)$|^réa(?:is|ux)$/u, reading: 'BRL' },
  { test: /^(?:mx|mex)\$|^mxn$|mexic/u, reading: 'MXN' },
  { test: /^n\$|namibi/u, reading: 'NAD' },
  { test: /^₹|^inr$|indian|indienne/u, reading: 'INR' },
  { test: /mauriti|maurici|^mur$/u, reading: 'MUR' },
  { test: /pakistan|^pkr$/u, reading: 'PKR' },
  { test: /lank|^lkr$/u, reading: 'LKR' },
  { test: /nepal|népal/u, reading: 'NPR' },
  { test: /indonesia|indonésienne|rupiah|^rp$|^idr$/u, reading: 'IDR' },
  { test: /roupie|rupee|^rs\.?$/u, reading: RUPEES, weak: true },
  { test: /égyptienne|egyptian|^egp$/u, reading: 'EGP' },
  { test: /libanaise|lebanese/u, reading: 'LBP' },
  { test: /turque|^liras?$/u, reading: 'TRY' },
  { test: /£|livre|pound|^gbp$/u, reading: 'GBP' },
  { test: /^¥|yen|^jpy$/u, reading: 'JPY' },
  { test: /yuan|renminbi|^cny$|^rmb$/u, reading: 'CNY' },
  { test: /suisse|swiss|^chf$/u, reading: 'CHF' },
  { test: /cfa|^xof$|^xaf$/u, reading: CFA },
  { test: /cfp|pacifique/u, reading: 'XPF' },
  { test: /congol/u, reading: 'CDF' },
  { test: /rwand|^rwf$/u, reading: 'RWF' },
  { test: /guin/u, reading: 'GNF' },
  { test: /burund/u, reading: 'BIF' },
  { test: /djibout/u, reading: 'DJF' },
  { test: /comor/u, reading: 'KMF' },
  { test: /malgache/u, reading: 'MGF' },
  { test: /belg/u, reading: 'BEF' },
  { test: /luxemb/u, reading: 'LUF' },
  { test: /franc/u, reading: 'FRANCS' },
  { test: /^rands?$|^zar$/u, reading: 'ZAR', weak: true },
  { test: /^r$/u, reading: 'ZAR', weak: true },
  { test: /^ksh|kény|keny|^kes$/u, reading: 'KES' },
  { test: /ougand|ugand|^ugx$/u, reading: 'UGX' },
  { test: /tanzan|^tzs$/u, reading: 'TZS' },
  { test: /shilling|^shs?$/u, reading: SHILLINGS, weak: true },
  { test: /^₦|naira|^ngn$/u, reading: 'NGN' },
  { test: /cedi|^ghs$/u, reading: 'GHS' },
  { test: /^dhs?$|^aed$/u, reading: 'AED' },
  { test: /dirham/u, reading: DIRHAMS },
  { test: /^sr$|^sar$/u, reading: 'SAR', weak: true },
  { test: /^qr$|^qar$/u, reading: 'QAR', weak: true },
  { test: /riyal|rial/u, reading: RIYALS },
  { test: /tunisi|^tnd$/u, reading: 'TND' },
  { test: /algeri|algéri|^dzd$/u, reading: 'DZD' },
  { test: /koweït|kuwait/u, reading: 'KWD' },
  { test: /serb/u, reading: 'RSD' },
  { test: /dinar/u, reading: DINARS },
  { test: /kronor|krona|suédoise|swedish|^sek$/u, reading: 'SEK' },
  { test: /norvégienne|norwegian|^nok$/u, reading: 'NOK' },
  { test: /danoise|danish|^dkk$/u, reading: 'DKK' },
  { test: /tchèque|czech|korun|^czk$/u, reading: 'CZK' },
  { test: /islandaise|icelandic/u, reading: 'ISK' },
  { test: /kroner|krone/u, reading: KRONER },
  { test: /couronne|crown/u, reading: CROWNS },
  { test: /z[lł]oty|^zł$|^pln$/u, reading: 'PLN' },
  { test: /forint|^huf$/u, reading: 'HUF' },
  { test: /^lei$/u, reading: 'RON', weak: true },
  { test: /^₩|^wons?$|^krw$/u, reading: 'KRW', weak: true },
  { test: /^฿|baht|^bt$|^thb$/u, reading: 'THB', weak: true },
  { test: /ringgit|^rm$|^myr$/u, reading: 'MYR', weak: true },
  { test: /^dong$|^vnd$/u, reading: 'VND', weak: true },
  { test: /philippin/u, reading: 'PHP' },
  { test: /argentin/u, reading: 'ARS' },
  { test: /chil/u, reading: 'CLP' },
  { test: /colombi/u, reading: 'COP' },
  { test: /peso/u, reading: PESOS },
  { test: /rouble|ruble/u, reading: 'RUB' },
  { test: /hryvnia/u, reading: 'UAH' },
  { test: /^₪|shekel/u, reading: 'ILS' },
  { test: /^₺/u, reading: 'TRY' },
  { test: /\$|dollar/u, reading: DOLLARS },
];
const WEAK_CODE = new RegExp(`^(?:${WEAK_CODES.join('|')})$`, 'u');

/** The countries' words found in a text, counted once per text and country. */
export class CurrencyContext {
  private readonly scores = new Map<string, number>();
  private readonly resolved = new Map<readonly string[], string>();
  private plainFrancs: 'FRF' | 'CHF' | undefined;

  constructor(
    private readonly text: string,
    private readonly published: FuzzyDate | undefined,
    private readonly language?: 'fr' | 'en',
  ) {}

  /**
   * The code of the raw currency text at [start, end) of the text, and whether it is weak; null when it names no
   * currency.
   */
  read(raw: string, start: number, end: number): { code: string; weak: boolean } | null {
    // ("4 millions de rands", "3 milliards de wons": the readings anchored on a name read it without its "de")
    const s = raw
      .toLowerCase()
      .trim()
      .replace(/^(?:d['’]\s*|de\s+|of\s+)/u, '');
    const found = READINGS.find((r) => r.test.test(s));
    if (found === undefined) return null;
    const weak = found.weak === true || WEAK_CODE.test(raw.trim());
    const { reading } = found;
    if (reading === 'FRANCS') return { code: this.francsAt(start, end), weak };
    if (typeof reading === 'string') return { code: reading, weak };
    if (
      reading === DOLLARS &&
      (US_BEFORE.test(this.text.slice(Math.max(0, start - 5), start)) || US_AFTER.test(this.text.slice(end, end + 6)))
    )
      return { code: 'USD', weak };
    return { code: this.countryOf(reading === DOLLARS && this.language === 'fr' ? FRENCH_DOLLARS : reading), weak };
  }

  /** The country of the list the text tells most of, the first one on a tie. */
  private countryOf(countries: readonly string[]): string {
    let code = this.resolved.get(countries);
    if (code !== undefined) return code;
    const [first = '', ...others] = countries;
    code = first;
    let best = this.score(first);
    for (const other of others) {
      const score = this.score(other);
      if (score > best) [code, best] = [other, score];
    }
    this.resolved.set(countries, code);
    return code;
  }

  private score(code: string): number {
    let score = this.scores.get(code);
    if (score !== undefined) return score;
    // (most texts name none of a country's words: its other counts only when they do)
    const named = COUNTRY_WORDS[code] === undefined ? 0 : count(wordsOf(code), this.text);
    score =
      named === 0
        ? 0
        : named -
          (NAMED_AFTER[code] === undefined ? 0 : count(NAMED_AFTER[code], this.text)) +
          2 * count(homeOf(code), this.text);
    this.scores.set(code, score);
    return score;
  }

  private francsAt(start: number, end: number): 'FRF' | 'CHF' {
    this.plainFrancs ??=
      this.published === undefined || Number(this.published.value.slice(0, 4)) < 2002 || !SWISS.test(this.text)
        ? 'FRF'
        : 'CHF';
    if (this.plainFrancs === 'FRF') return 'FRF';
    return OLD_YEAR.test(this.text.slice(sentenceStart(this.text, start), sentenceEnd(this.text, end))) ? 'FRF' : 'CHF';
  }
}

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;
const cached = <T>(make: (code: string) => T) => {
  const made = new Map<string, T>();
  return (code: string): T => {
    let value = made.get(code);
    if (value === undefined) made.set(code, (value = make(code)));
    return value;
  };
};
const wordsOf = cached((code) => new RegExp(`${B}(?:${COUNTRY_WORDS[code]})${E}`, 'giu'));
// ("a New York start-up … offices in Toronto and Vancouver", "Toronto-based X … its New York office": where the
// company is based counts more than where it goes; "la start-up new-yorkaise", "une jeune pousse de Boston")
const homeOf = cached(
  (code) =>
    new RegExp(
      `${B}(?:(?:${COUNTRY_WORDS[code]})(?:-based|${S}start-?ups?)|(?:start-?up|jeune${S}pousse)${S}(?:(?:de|basée${S}à)${S})?(?:${COUNTRY_WORDS[code]}))${E}`,
      'giu',
    ),
);

/**
 * A country's word that is also a given name or a firm's first word, before a capitalised word: a person or a firm,
 * no place ("its founder Sydney Chen", "Adelaide Brown", "Wellington Management", "Maurice Lévy"): not counted.
 */
const NAMED_AFTER: Record<string, RegExp> = {
  AUD: /(?<![\p{L}\p{N}])(?:Sydney|Adelaide)[^\S\n]+\p{Lu}/gu,
  NZD: /(?<![\p{L}\p{N}])Wellington[^\S\n]+\p{Lu}/gu,
  MUR: /(?<![\p{L}\p{N}])Maurice[^\S\n]+\p{Lu}/gu,
  XAF: /(?<![\p{L}\p{N}])Chad[^\S\n]+\p{Lu}/gu,
  CLP: /(?<![\p{L}\p{N}])Santiago[^\S\n]+\p{Lu}/gu,
};

/** Words that place a text in Switzerland (not "canton", which France has too). */
const SWISS = new RegExp(
  `${B}(?:suisses?|swiss|switzerland|helvétiques?|zurich|zürich|genève|geneva|lausanne|bâle|basel|berne|bern|` +
    `lugano|(?:zurich|genev|lausann|vaud|bern|bâl)ois(?:es?)?)${E}`,
  'iu',
);
/**
 * A year before 2002 told of the amount's own sentence ("a levé 12 millions de francs en 1999", "In 1998 it raised 5
 * million francs"), not a founding's or a start's ("fondée en 1998", "since 1995"): francs of the time, French ones.
 */
const OLD_YEAR =
  /(?<![\p{L}\d]|(?:fondée?s?|créée?s?|founded|established|created|since|depuis|né|née)\s+(?:en\s+|in\s+)?)(?:1[89]\d\d|200[01])(?![\p{L}\d])/iu;
