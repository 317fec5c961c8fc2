import type { ActorKind, Language } from '../domain/vocabulary.ts';
import { foldKey } from '../ingest/offset-preserving-fold.ts';
import type { NameCandidate } from '../ingest/names.ts';
import {
  BANK_BRANDS,
  COMMON_CAPITALISED,
  CITY_NAMES,
  COUNTRY_NAMES,
  DEMONYMS,
  SITE_NOUNS,
  DESCRIBED_ITEM,
  ELECTED_TITLES,
  EMPLOYER_AFTER,
  STAFF_NOUN_AFTER,
  FOUNDER_TITLES,
  KIND_CUES_AFTER,
  KIND_CUES_BEFORE,
  KIND_CUES_INSIDE,
  LEAD_TITLES,
  LEGAL_FORMS,
  MEDIA_NAMES,
  PROGRAMME_NAMES,
  PUBLIC_BODY_NAMES,
  QUARTER_NAME,
  SPEECH_VERBS,
  WORK_TITLES,
} from './lexicon.ts';
import { foldedGivenNames } from './given-names.ts';
import { namesItsBusiness, readsAsPlaceName, toldAsAgent } from './place-readings.ts';

/**
 * New actors from the capitalised names the knowledge base does not know: a kind guessed from the words around
 * and inside the name, and the names that denote one actor grouped ("Fonds X (FSN)" and "FSN", "Thales" and
 * "Thalès", "Patrick Starck" and "Starck").
 */

export interface NewActorMention {
  /** Key of the actor it belongs to (the folded key of its main name). */
  key: string;
  text: string;
  start: number;
  end: number;
}

export interface NewActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Whether a word in or around a name told the kind (rather than a default). */
  kindCue: string | null;
  mentions: NewActorMention[];
}

// The next item may be described by a few lower-case words: "Bpifrance et du fonds régional X", "A and the venture firm B".
const LISTED_AFTER = new RegExp(
  `^\\s*(?:,|et|and|&|ou|or)\\s+(?:(?:de|du|des|d['’]|of|from|by|par)\\s*)?(?:(?:l['’]|la |le |les |the )\\s*)?${DESCRIBED_ITEM}\\p{Lu}`,
  'u',
);
const LISTED_BEFORE =
  /\p{Lu}[\p{L}\p{N}.'’-]*\s*(?:,|et|and|&|ou|or)\s+(?:(?:de|du|des|d['’]|of|from|by|par)\s*)?(?:(?:l['’]|la |le |les |the )\s*)?$/u;

/** A mention in a list beside another capitalised name ("Sequoia Capital and Accel", "de A et de la B"). */
export function listedWithName(text: string, mention: { start: number; end: number }): boolean {
  return (
    LISTED_AFTER.test(text.slice(mention.end, mention.end + 24)) ||
    LISTED_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))
  );
}

/** Latin letters that no accent-stripping decomposes: "Ørsted" is "orsted", not "rsted". */
const LETTERS_APART: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', þ: 'th', ð: 'd' };

/** French words that elide before a vowel and stay words of their own ("d'Orange", "qu'Atos", "jusqu'à"). */
const ELIDING_WORDS = ['d', 'l', 'qu', 'jusqu', 'lorsqu', 'puisqu'];
/** An eliding word with its first letter in either case, for a case-sensitive regex: "[Qq]u". */
const eitherCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const ELIDED_IN_SLUG = new RegExp(`(?<![a-z])(${ELIDING_WORDS.join('|')})['’](?=[a-z])`, 'g');

/**
 * Lower-case kebab-case id from a name: "Caisse des Dépôts" -> "caisse-des-depots"; a French elided article or
 * preposition is a word of its own ("Conseil d'État" -> "conseil-d-etat", as curators write it), another apostrophe
 * joins ("O'Neill" -> "oneill").
 */
export function slugify(name: string): string {
  return (
    foldKey(name)
      .replace(/[øæœßłđþð]/g, (c) => LETTERS_APART[c]!)
      .replace(ELIDED_IN_SLUG, '$1-')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/g, '') || 'actor'
  );
}

/**
 * "Dubai Electricity and Water Authority (Dewa)": the word in parentheses right after a name abbreviates all of it
 * and not its part before "and" (`left`), so the name is one.
 */
function spelledByAcronymAfter(text: string, end: number, name: string, left: string): boolean {
  const acronym = /^ \((\p{Lu}[\p{L}]{2,7})\)/u.exec(text.slice(end, end + 12))?.[1];
  return acronym !== undefined && abbreviates(acronym, name) && !abbreviates(acronym, left);
}

const isAcronym = (word: string) => /^[\p{Lu}\d&]{2,8}$/u.test(word) || /^\p{Lu}[\p{Ll}]{1,3}\p{Lu}/u.test(word);

/**
 * "Direction interministérielle du numérique (Dinum)", "Agence nationale … (Anssi)": a word in parentheses after a
 * name of several words, starting with its first letter and taking the rest of its letters in order.
 */
function abbreviates(short: string, name: string): boolean {
  const letters = foldKey(short).replace(/[^a-z]/g, '');
  const full = foldKey(name).replace(/[^a-z ]/g, '');
  if (short.includes(' ') || letters.length < 3 || !full.includes(' ') || letters[0] !== full[0]) return false;
  let i = 0;
  for (const c of full) if (c === letters[i]) i++;
  return i === letters.length;
}

/** "IPCEI-CIS" and "Important Project of Common European Interest": an acronym (its first part) and what it spells. */
const acronymOf = (short: string, name: string) => {
  const head = short.split('-')[0]!;
  return name.includes(' ') && isAcronym(head) && head.length >= 3 && spellsInitials(head, name);
};

/** Whether `acronym` spells the initials of `name`'s capitalised words (letters in order, small words skipped). */
export function spellsInitials(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length < 2) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}

/** Elected titles: "député", "MEP", "senator", "maire". */
const ELECTED_TITLE = new RegExp(`^(?:${ELECTED_TITLES})s?$`, 'iu');
/** A job, elected (ELECTED_TITLES) or courtesy title, in either language (French press writes "CEO" too). */
/** Courtesy titles, also the first word of some businesses' names ("Sir Speedy", "Dame Tartine"). */
const COURTESY_TITLE = /^(?:Dame|Sir)$/u;
const isTitle = (word: string) =>
  [LEAD_TITLES, WORK_TITLES, FOUNDER_TITLES].some((t) => t.fr.test(word) || t.en.test(word)) ||
  ELECTED_TITLE.test(word) ||
  /^(?:M\.|Mme|Me|Maître|Partner|Associée?|Mr|Mrs|Ms|Dr|Prof|Dame|Sir|DGA?|DSI|DRH|DAF|RSSI|CTO|CFO|COO|CIO|CISO)\.?$/u.test(
    word,
  );

/**
 * Nouns of this field that end a company's name after a word that is also a given name ("Opaline Compute", "Lumira
 * Cloud", "Garance Cyberdéfense"): no surname.
 */
const FIELD_NOUN =
  /^(?:Cloud|Compute|Data|Datacenters?|Digital|Tech|Numérique|Informatique|Energy|Énergies?|Capital|Partners|Ventures|Invest|Investments?|Security|Sécurité|Cyber\p{L}*|Solutions|Services|Consulting|Conseil|Analytics|Infra\p{L}*|Mountain|Ferries|Airlines|Airways|Rail|Motors|Mining|Shipping|Insurance|Assurances?|Construction|Engineering|Electric|Electronics|Pharma|Foods|Farms|Water|Transport|Telecoms|Semiconductors?|Devices|Materials|Resources|Properties|Estates|Hotels|Mobile|Wireless|Fib(?:re|er)|Broadband|Satellites?|Aviation|Marine|Ports?|Hosting|Hébergement|Networks?|Réseaux?|AI|IA|IT|Edge|Grid|Power|Storage|Quantum|Robotics|Space|Spatial|Aerospace|Defence|Defense|Défense|Health|Santé|Bank|Banque|Finance|Media|Médias|Studios?|Mobility|Mobilité|Logistics|Logistique|Industries|Industrie|Group|Groupe|Systems|Systèmes|Labs?|Software|Telecom|Télécom|Technologies|Technology|Holding|Fund|Fonds|Foundation|Fondation|Institute|Institut|Center|Centre|Campus|Park|Parc|Stack|Vault|Works|Forge|Link|Hub|Flow|Base|Scale|Core|Mind|Logic|Wave|Box|Net|Soft|Ops|Sys|Lab)$/u;
/** "Priya Raman", not "Opaline Compute": a given name, then no noun of the field. */
export const personNameShaped = (words: readonly string[]) =>
  words.length >= 2 && isGivenName(words[0]!) && !words.slice(1).some((w) => FIELD_NOUN.test(w));

/** "Jean-Noël", "Francois", "Émilie": the first given name of a (possibly hyphenated) first word. */
const isGivenName = (word: string) => foldedGivenNames.has(foldKey(word.split('-')[0]!));

// (the apostrophe first and the elided word a look back after it: the scan skips to apostrophes)
const ELIDED_NAME = new RegExp(
  `['’](?<=(?<![\\p{L}\\p{N}])(?:${ELIDING_WORDS.map(eitherCase).join('|')})['’])(\\p{Lu}[\\p{L}\\p{N}-]*(?:[ ]\\p{Lu}[\\p{L}\\p{N}-]*)*)`,
  'gu',
);

/** ", et de ", " et de la ", " and of ": what joins a list's next name to the one before it. */
const LIST_BEFORE = /\s*,?\s+(?:et|ou|and|or)\s+(?:(?:de|du|des|d['’]|of)\s*)?(?:(?:la|le|l['’]|the)\s*)?$/u;
const LIST_GOES_ON = /^\s*,?\s+(?:et|ou|and|or)\s+(?:(?:de|du|des|d['’]|of)\s*)?(?:(?:la|le|l['’]|the)\s*)?(?=\p{Lu})/u;

/**
 * French names after an elided article or preposition ("présidente d'Hexaline", "auprès d'Altavia"), which name
 * discovery reads as one lower-case word; spans already taken (known actors, dates, amounts, names) are left alone.
 */
export function withElidedNames(
  text: string,
  names: readonly NameCandidate[],
  taken: readonly { start: number; end: number }[],
): NameCandidate[] {
  const found: NameCandidate[] = [];
  ELIDED_NAME.lastIndex = 0;
  for (let m = ELIDED_NAME.exec(text); m; m = ELIDED_NAME.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    const overlaps = (t: { start: number; end: number }) => t.start < end && start < t.end;
    // A name discovery found inside it ("Cloud" of "d'Altea Cloud") gives way; anything else taken stays.
    const inside = (t: { start: number; end: number }) => t.start >= start && t.end <= end;
    // "d'Elaia Partners et de Kima Ventures": discovery's run starting inside the name and going on past "et de"
    // is this name's tail, then the next item of the list.
    const listedOn = (n: NameCandidate) =>
      n.start >= start && n.start < end && n.end > end && LIST_GOES_ON.test(text.slice(end, n.end));
    if (!taken.some(overlaps) && names.every((n) => !overlaps(n) || inside(n) || listedOn(n)))
      found.push({ text: m[1]!, start, end });
  }
  if (found.length === 0) return withOwnerNames(text, withKnownInside(text, names, taken), taken);
  // "le lyonnais Fil d'Ariane Sécurité": a word and the elided name right after it, neither written anywhere else, are
  // one name ("l'offre Vault d'Orvane … Orvane" stays two).
  for (const [k, f] of found.entries()) {
    const head = names.find((n) => n.end + 3 === f.start && / d['’]$/u.test(text.slice(n.start, f.start)));
    if (
      head &&
      /^\p{Lu}\p{Ll}+$/u.test(head.text) &&
      !isGivenName(head.text) &&
      !isTitle(head.text) &&
      writtenOnce(text, head.text) &&
      writtenOnce(text, f.text)
    )
      found[k] = { text: text.slice(head.start, f.end), start: head.start, end: f.end };
  }
  const kept: NameCandidate[] = [];
  for (const n of names) {
    const f = found.find((x) => n.start >= x.start && n.start < x.end);
    if (!f) kept.push(n);
    else if (n.end > f.end) {
      const next = LIST_GOES_ON.exec(text.slice(f.end, n.end))!;
      const start = f.end + next[0].length;
      kept.push({ text: text.slice(start, n.end), start, end: n.end });
    }
  }
  return withOwnerNames(
    text,
    withKnownInside(
      text,
      [...kept, ...found].sort((a, b) => a.start - b.start),
      taken,
    ),
    taken,
  );
}

/** Whether a word or name occurs once in the text as a whole word. */
function writtenOnce(text: string, name: string): boolean {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0 && count < 2; at = text.indexOf(name, at + name.length))
    if (!letterEndsAt(text, at) && !LETTER.test(text.charAt(at + name.length))) count++;
  return count === 1;
}

/** The noun of a group, a plan or a fund right after a name ("the Renew Europe group", "its France 2030 plan"). */
const GROUP_OR_PLAN_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:group|groupe|programme|program|plan|facility|initiative|project|projet|alliance|fund|fonds)(?![\p{L}])/u;
/** "France 2030, the €54 billion plan", "le plan France 2030": a plan's noun in apposition or before. */
const PLAN_APPOSED = /^\s*,\s*(?:the|a|an|le|la|l['’]|un|une)\s[^,.;]{0,40}?(?:plan|programme|program)(?![\p{L}])/u;
const PLAN_BEFORE = /(?:plan|programme|program|appel à projets|initiative|stratégie|strategy)\s+$/iu;
const YEAR_AFTER = /^ 20\d\d(?![\p{L}\p{N}])/u;

/**
 * Names that hold a known one: "Euronext Paris", "the Renew Europe group" (a new name right before a known place, or
 * before a known name and a group's or a plan's noun), "France 2030" (a known place and a year, a plan's noun around,
 * or listed).
 */
function withKnownInside(
  text: string,
  names: readonly NameCandidate[],
  taken: readonly { start: number; end: number }[],
): readonly NameCandidate[] {
  let out: NameCandidate[] | undefined;
  let ends: Set<number> | undefined;
  for (const t of taken) {
    // (first what costs nothing: " 20" right after, or a new name ending right before)
    const yearAfter =
      text.charCodeAt(t.end) === 32 && text.charCodeAt(t.end + 1) === 50 && text.charCodeAt(t.end + 2) === 48;
    if (!yearAfter) {
      if (text.charCodeAt(t.start - 1) !== 32) continue;
      ends ??= new Set(names.map((n) => n.end));
      if (!ends.has(t.start - 1)) continue;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.start + 2))) continue;
    const after = text.slice(t.end, t.end + 40);
    const year = YEAR_AFTER.exec(after);
    if (year) {
      const end = t.end + year[0].length;
      const rest = text.slice(end, end + 60);
      if (
        PROGRAMME_NAMES.has(text.slice(t.start, end).toLowerCase()) ||
        GROUP_OR_PLAN_AFTER.test(rest) ||
        PLAN_APPOSED.test(rest) ||
        PLAN_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))
      )
        (out ??= [...names]).push({ text: text.slice(t.start, end), start: t.start, end });
      continue;
    }
    if (text.charCodeAt(t.start - 1) !== 32) continue;
    const known = text.slice(t.start, t.end);
    const place = COUNTRY_NAMES.has(known.toLowerCase()) || CITY_NAMES.has(known.toLowerCase());
    if (!place && !GROUP_OR_PLAN_AFTER.test(after)) continue;
    const list = out ?? names;
    const k = list.findIndex((n) => n.end === t.start - 1);
    if (k < 0 || /\d/u.test(known) || /['’]s$/u.test(list[k]!.text)) continue;
    out ??= [...names];
    // ("the Digital Europe Programme": a plan's capitalised head after the known place closes the name)
    const head = PLAN_HEAD_AFTER.exec(after);
    const end = head ? t.end + head[0].length : t.end;
    out[k] = { text: text.slice(list[k]!.start, end), start: list[k]!.start, end };
    if (head) out = out.filter((n) => n === out![k] || n.start >= end || n.end <= t.end);
  }
  return out ? out.sort((a, b) => a.start - b.start) : names;
}

const CALENDAR_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu;

const LEGAL_FORM = /^(?:Corp|Corporation|Inc|Ltd|Plc|PLC|LLC|SA|SAS|SE|AG|GmbH|NV|BV|Co)\.?$/u;
/** "Nvidia Corp.", "Nebius Group NV", "Iliad SA": a legal form closing a name, which ids drop (held-out guide). */
const LEGAL_FORM_TAIL = new RegExp(`\\s(?:${LEGAL_FORMS})$`, 'u');
const STATUTORY_CORPORATION =
  /\s(?:Finance|Financial|Development|Banking|Investment|Funds?|Management|Energy|Broadcasting|Housing|Export|Credit|Insurance|Deposit|Guarantee|Industrial)\sCorporation$/u;
/** The legal form right after a name whose mention dropped it: the name is a company's. */
const LEGAL_FORM_AFTER = new RegExp(`^\\s(?:${LEGAL_FORMS})(?![\\p{L}])`, 'u');

/**
 * "Google Workspace", "Microsoft Azure", "France Télécom": a known name right before a new capitalised word is the
 * head of a longer name (a product, a unit), not an actor beside it. Not before a title or a given name ("Microsoft
 * CEO X", "Google Sundar Pichai").
 */
function withOwnerNames(
  text: string,
  names: readonly NameCandidate[],
  taken: readonly { start: number; end: number }[],
): NameCandidate[] {
  let out: (NameCandidate | null)[] | undefined;
  for (const [i, n] of names.entries()) {
    if (text.charCodeAt(n.start - 1) !== 32) continue;
    const head = taken.find((t) => t.end === n.start - 1);
    // (a known actor's name: no date or amount, which are taken too: "Last year Halvard signed")
    const headText = text.slice(head?.start ?? 0, head?.end ?? 0);
    if (!head || !('actor' in head) || !/^\p{Lu}\p{L}/u.test(headText) || /\d/u.test(headText)) continue;
    const first = n.text.split(/\s+/u)[0]!;
    if (isTitle(first) || isGivenName(first) || COMMON_CAPITALISED.en.has(first.toLowerCase())) continue;
    out ??= [...names];
    // "Microsoft Corp.", "Siemens AG": the known company's legal form, no name of its own.
    out[i] = LEGAL_FORM.test(n.text) ? null : { text: text.slice(head.start, n.end), start: head.start, end: n.end };
  }
  return out ? out.filter((n) => n !== null) : [...names];
}

/** Words that head an institution's name, which goes on past "of the" or in lower case ("Cour des comptes"). */
const EN_HEADS =
  'Ministry|Department|Bank|Fund|Court|Office|Institute|Agency|Commission|Council|Board|Authority|University|Directorate|Secretariat|Federation|Union|Parliament|Hospitals|Trust|Centre|Center';
const FR_HEADS =
  'Cour|Direction|Commission|Conseil|Centre|Agence|Service|Services|Fonds|Collectivité|Établissement|Régie|Hospices|Autorité|Banque|Caisse|Délégation|Inspection|Comité|Haute Autorité|Office|Institut|Fédération|Union|Observatoire|Mission|Assemblée|Secrétariat|Association|Chambre|Club|Cercle|Collectif|Syndicat|Groupement|Métropole|Marine|Gendarmerie|Police|Armée|Éducation|Bibliothèque';
const INSTITUTION_HEAD = new RegExp(`(?:^|\\s)(?:${EN_HEADS})$`, 'u');
/**
 * "Estonian Business and Innovation Agency", "Mauritius Research and Innovation Council": fields joined by "and" before
 * an institution's head are one name (up to three words a side, none a company's ending or a head of its own: "Orange
 * Cloud and Innovation Agency" is two).
 */
function oneInstitution(left: string, right: string): boolean {
  const words = left.split(' ');
  return (
    (PUBLIC_HEAD.test(right) || PLAN_OR_LAW_HEAD.test(right)) &&
    words.length <= 3 &&
    right.split(' ').length <= 3 &&
    !words.some((w) => COMPANY_NAME_ENDINGS.has(foldKey(w)) || INSTITUTION_HEAD.test(w))
  );
}
// (a public institution's head: "Hafnarbank UK and Brekke Bank" are two banks)
const PUBLIC_HEAD =
  /\s(?:Agency|Council|Authority|Commission|Ministry|Department|Office|Institute|Board|Directorate|Secretariat|Administration)$/u;
const MINISTRY_OF = /^(?:Ministry|Department) (?:of|for) \p{Lu}\p{Ll}+$/u;
/** The words that end a plan's or a law's name ("Digital Markets Act", "Recovery and Resilience Facility"). */
const PLAN_OR_LAW_HEADS =
  'Act|Directive|Regulation|Programme|Program|Project|Facility|Initiative|Strategy|Mechanism|Plan';
const PLAN_OR_LAW_HEAD = new RegExp(`(?:^|\\s)(?:${PLAN_OR_LAW_HEADS})$`, 'u');
const PLAN_HEAD_AFTER = new RegExp(`^ (?:${PLAN_OR_LAW_HEADS})(?![\\p{L}])`, 'u');
const PLAN_OR_LAW_WORD = new RegExp(`(?:^|\\s)(?:${PLAN_OR_LAW_HEADS})(?:\\s|$)`, 'u');
/** " European ", " French ": one nationality adjective alone between two runs of capitalised words. */
const nationalityBetween = (gap: string) => {
  const word = /^ (\p{Lu}\p{Ll}+) $/u.exec(gap)?.[1]?.toLowerCase();
  return word !== undefined && (DEMONYMS.has(word) || /^(?:européen|française?|allemande?)/u.test(word));
};
// (also the last item of a list discovery read as one name, "EDF et la Marine" before "nationale")
const FR_INSTITUTION_HEAD = new RegExp(`(?:^|\\s(?:et|ou)\\s+(?:de\\s+)?(?:la\\s+|le\\s+|l['’]))(?:${FR_HEADS})$`, 'u');
const BARE_HEAD = new RegExp(`^(?:${EN_HEADS}|${FR_HEADS})$`, 'iu');
/** "Commission européenne", "Direction interministérielle du numérique", "Cour des comptes": French puts them in lower case. */
// ("Caisse nationale d'assurance maladie": a second noun after the complement, when a punctuation mark ends the name)
const FR_INSTITUTION_REST =
  /^(?:\s+(?:(?:publi(?:c|que)s?|civils?|partagée?s?)(?![\p{L}])|\p{Ll}+(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|éen|éenne|éens|éennes|ique|iques|aire|aires|if|ive|ifs|ives|ier|ière|iers|ières|ais|aise|ois|oise)(?![\p{L}])))?(?:\s+(?:des|du|de la|de l['’]|d['’]|de|pour la|pour le|pour l['’]|pour les)\s*\p{Ll}[\p{Ll}-]+(?:\s+(?:d['’]|de\s+)\p{Ll}[\p{Ll}-]+(?=\s+\p{Ll}{4,}\s*[,.;:()]|\s*[,.;:()]))?(?:\s+\p{Ll}{4,}(?=\s*[,.;:()]))?(?:\s+et\s+(?:(?:des|du|de la|de l['’]|d['’]|de)\s*)?\p{Ll}[\p{Ll}-]{2,})?)?/u;
/** A body's complement naming people by what they are to a brand: "des utilisateurs", "des clients". */
const USERS_OF_BRAND = /\sdes\s+(?:utilisat(?:eurs|rices)|usagers|clients|abonnés|amis|partenaires|revendeurs)$/u;
const REGIE_PUBLICITAIRE = /(?:^|\s)Régie\s+publicitaires?(?![\p{L}])/iu;
/** An adjective a public body's name carries ("public", "territoriale", "partagés", "économique", "nationale"). */
const PUBLIC_ADJECTIVE =
  /^\s+(?:publi(?:c|que)s?|territoria(?:l|le|ux|les)|partagé(?:e|s|es)?|économiques?|nationa(?:l|le|ux|les)|régiona(?:l|le|ux|les)|départementa(?:l|le|ux|les)|communa(?:l|le|ux|les)|civils?|fédéra(?:l|le|ux|les)|européen(?:ne)?s?)(?![\p{L}])/u;
const FR_INSTITUTION_PLACE = /^\s+(?:de|d['’])\s*(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)(?![\p{L}])/u;
const OF_THE = /^\s+(?:of|for)(?:\s+the)?\s+$/u;
const EUROPEAN_BEFORE = /(?:European|Européen(?:ne)?)\s+$/u;
const FR_MINISTRY_BEFORE = /[Mm]inistère\s+(?:des|du|de la|de l['’]|de)\s*$/u;
const SECOND_DOMAIN = /^\s+et\s+(?:des|du|de la|de l['’]|de)\s*$/u;

/**
 * Institutions whose names discovery cuts: "Ministry of the Armed Forces" (two runs around "of the"), "European
 * Investment Bank" ("European" read as a nationality), "Cour des comptes" and "Commission européenne" (French writes
 * what follows the head in lower case), "ministère des Armées" (the head in lower case).
 */
const withoutPossessive = (name: string) => name.replace(/['’]s$/u, '');

/**
 * Letters every match of PLACE_INSTITUTION (below) holds, as it is case-sensitive: a text without any, most, is not
 * scanned by it (a third of its cost: its first letters are among the commonest).
 */
const PLACE_INSTITUTION_WORDS =
  /ribunal |our d['’]appel|onseil (?:de prud|régional|départemental)|entre hospitalier|HR?U|airie|étropole|réfecture|Ville|Département|niversité|ôpital|ectorat|gglomération|ommunauté/u;

/**
 * Institutions named after their place: "le tribunal de commerce de Paris", "la cour d'appel de Versailles", "le CHU
 * de Grenoble", "la Ville de Nantes", "le Département de l'Yonne" (capitalised: the council, not the territory),
 * "l'université de Lille", "la mairie de Lyon" (courts, town halls and universities in lower case, as French writes
 * them), "l'Agglomération du Cotentin", "l'Eurométropole de Strasbourg", "la Communauté d'agglomération Béziers
 * Méditerranée" (groupings of towns, the last with no "de", capitalised: in lower case, "la communauté urbaine Caen
 * la Mer", the name after it is the body's). The place inside, even a known one, is part of the name ("Côte-d'Or" whole).
 */
// (its first letter a character class and the word's start a look back after it: the scan skips other letters)
const PLACE_INSTITUTION =
  /[TtCcMmPpVUuHhRrDAaEe](?<![\p{L}].)(?:(?<=C)ommunauté (?:d['’]agglomération|de communes|urbaine)(?=\s+\p{Lu})|(?<=[Tt])ribunal (?:de commerce|judiciaire|administratif|correctionnel|de grande instance|des activités économiques)|(?<=[Cc])(?:our d['’]appel|onseil de prud['’]hommes|onseil (?:régional|départemental)|entre hospitalier(?: universitaire| régional| intercommunal)?)|(?<=C)HR?U|(?<=[Mm])(?:airie|étropole)|(?<=E)urométropole|(?<=A)gglomération|(?<=[Pp])réfecture|(?<=V)ille|(?<=D)épartement|(?<=[Uu])niversité|(?<=[Hh])ôpital|(?<=[Rr])ectorat)\s+(?:(?:des|de|du|d['’])\s*(?:la\s+|l['’])?)?(?<=(?:ommunauté (?:d['’]agglomération|de communes|urbaine)\s+)|(?:des|de|du|d['’])\s*(?:la\s+|l['’])?)\p{Lu}[\p{L}-]*(?:['’]\p{Lu}[\p{L}-]*)?(?:[ -]\p{Lu}[\p{L}-]*|\s(?:de\sla|de|du|des)\s\p{Lu}[\p{L}-]*)*/gu;
const PLACE_BEFORE_COURT =
  /(?<![\p{L}])the\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:\s(?:commercial|administrative|criminal|civil|district|regional|appeals?|high|labour|employment|supreme|constitutional|federal|insolvency|bankruptcy))?)$/u;
/** "Conseil d'État": a French institution's complement may be capitalised after an elision. */
const FR_INSTITUTION_ELIDED = /^\s+d['’]\p{Lu}\p{Ll}+/u;
/** "ISO 27001", "ISO/IEC 27017", "SOC 2", "EN 50600": a standard's body and its number are one name. */
// (also the last item of a list discovery read as one name, "HDS et ISO" before "27001")
const STANDARD_BODY = /(?:^|\s)(?:ISO(?:\/IEC)?|IEC|EN|NF|SOC)$/u;
const STANDARD_NUMBER = /^ \d+(?:[-:.]\d+)*(?![\p{L}\p{N}])/u;

function withPlaceInstitutions(text: string, names: readonly NameCandidate[]): readonly NameCandidate[] {
  const placed: NameCandidate[] = [];
  // (from past the end, the scan finds nothing at once)
  PLACE_INSTITUTION.lastIndex = PLACE_INSTITUTION_WORDS.test(text) ? 0 : text.length;
  for (let m = PLACE_INSTITUTION.exec(text); m; m = PLACE_INSTITUTION.exec(text))
    placed.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  // "the Paris commercial court", "the Berlin regional court": English puts the place first, the court in lower case.
  for (let at = text.indexOf(' court'); at >= 0; at = text.indexOf(' court', at + 6)) {
    const place = PLACE_BEFORE_COURT.exec(text.slice(Math.max(0, at - 60), at));
    const first = place?.[1]!.split(' ')[0]!.toLowerCase();
    if (place && !/\p{L}/u.test(text.charAt(at + 6)) && !DEMONYMS.has(first!)) {
      const start = at - place[0].length + place[0].indexOf(place[1]!);
      placed.push({ text: text.slice(start, at + 6), start, end: at + 6 });
    }
  }
  if (placed.length > 1) placed.sort((a, b) => a.start - b.start);
  if (placed.length === 0) return names;
  const out = [...placed];
  for (const n of names) {
    const p = placed.find((x) => n.start < x.end && x.start < n.end);
    if (!p) out.push(n);
    else if (n.start < p.start) {
      // "la Région Centre-Val de Loire et le Département de Loir-et-Cher": the list's item before the place's
      const before = LIST_BEFORE.exec(text.slice(n.start, p.start));
      if (before)
        out.push({ text: text.slice(n.start, n.start + before.index), start: n.start, end: n.start + before.index });
    } else if (n.end > p.end) {
      // "le CHU de Brest et la Marine": the list's next item, which discovery had joined to the place
      const next = LIST_GOES_ON.exec(text.slice(p.end, n.end));
      if (next)
        out.push({ text: text.slice(p.end + next[0].length, n.end), start: p.end + next[0].length, end: n.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "la Région Hauts-de-France", "la région Bretagne", "by the Région Sud": a French region after its noun and an
 * article is its regional council, one public body ("en région Bretagne", "dans la région Bretagne" place it). A French
 * compound place name holding a known name ("Hauts-de-France", "Île-de-France"), which discovery leaves out, is a
 * name too.
 */
const REGIONAL_COUNCIL =
  /(?<![\p{L}])(?<!dans )(?:[Ll]a|the)\s+([Rr]égion\s+(\p{Lu}[\p{L}'’-]*(?:\s(?:Est|de la Loire|d['’]Azur))?))(?![\p{L}'’-])/gu;
/** The mutual banks whose regional banks add their region to the name ("Caisse d'Épargne Île-de-France"). */
const MUTUAL_BANKS = "Caisse\\s+d['’][ÉE]pargne|Crédit\\s+Agricole|Banque\\s+Populaire|Crédit\\s+Mutuel";
const MUTUAL_BANK_HEAD = new RegExp(`^(?:${MUTUAL_BANKS})(?![\\p{L}])`, 'u');
const MUTUAL_BANK = new RegExp(`^(?:(?:La|la)\\s+)?(?:${MUTUAL_BANKS})$`, 'u');
/** "la Région wallonne", "la Région de Bruxelles-Capitale": a Belgian region, capitalised, is its government. */
// (not "dans la Région wallonne", a place, as REGIONAL_COUNCIL)
const BELGIAN_REGION =
  /(?<![\p{L}])(?<!dans )(?<!in )(?:[Ll]a|the|[Dd]e la|[Àà] la)\s+(Région\s+(?:wallonne|flamande|bruxelloise|de\s+Bruxelles-Capitale))(?![\p{L}'’-])/gu;
/**
 * English for a French region's council: "the Brittany regional council", and "The Occitanie region" opening a sentence
 * as its subject (not "across the Occitanie region", a place).
 */
const ENGLISH_REGIONAL_COUNCIL =
  /(?:(?<![\p{L}])[Tt]he\s+((\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)\s+regional council)|(?:^|[.!?]\s+|\n)The\s+((\p{Lu}[\p{L}'’-]*)\s+region)(?=\s+\p{Ll}))(?![\p{L}])/gu;
const HYPHENATED_PLACE =
  /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*-(?:de|du|des|sur|sous|en|lès|lez|aux?)-\p{Lu}[\p{L}-]*/gu;
/**
 * What every match of HYPHENATED_PLACE holds: a text without it is not scanned (the scan, a lookbehind tried at every
 * position of the text, cost about 2% of a run on texts that almost all hold a hyphen).
 */
const HYPHENATED_PLACE_JOIN = /-(?:de|du|des|sur|sous|en|lès|lez|aux?)-\p{Lu}/u;
const LIST_BEFORE_COUNCIL = /^(\p{Lu}.*?)(?:\s*,|\s+(?:et|and|ou|or))?\s+(?:la|the)\s+$/u;
function withRegionalCouncils(text: string, names: readonly NameCandidate[]): readonly NameCandidate[] {
  const found: NameCandidate[] = [];
  if (text.includes('égion '))
    for (const m of text.matchAll(REGIONAL_COUNCIL))
      if (REGION_NAMES.has(m[2]!.toLowerCase()) || m[2] === 'Sud') {
        const start = m.index + m[0].length - m[1]!.length;
        found.push({ text: m[1]!, start, end: start + m[1]!.length });
      }
  if (text.includes('Région '))
    for (const m of text.matchAll(BELGIAN_REGION)) {
      const start = m.index + m[0].length - m[1]!.length;
      found.push({ text: m[1]!, start, end: start + m[1]!.length });
    }
  if (text.includes('egion'))
    for (const m of text.matchAll(ENGLISH_REGIONAL_COUNCIL)) {
      const name = (m[1] ?? m[3])!;
      if (REGION_NAMES.has((m[2] ?? m[4])!.toLowerCase())) {
        const start = m.index + m[0].length - name.length;
        found.push({ text: name, start, end: start + name.length });
      }
    }
  if (HYPHENATED_PLACE_JOIN.test(text))
    for (const m of text.matchAll(HYPHENATED_PLACE)) {
      const end = m.index + m[0].length;
      if (!names.some((n) => n.start < end && m.index < n.end) && !found.some((n) => n.start < end && m.index < n.end))
        found.push({ text: m[0], start: m.index, end });
    }
  if (found.length === 0) return names;
  const kept: NameCandidate[] = [];
  for (const n of names) {
    const f = found.find((x) => n.start < x.end && x.start < n.end);
    // ("Nantes Métropole et la Région Pays de la Loire": the list's item before the council stays a name)
    const before = f && f.start > n.start ? LIST_BEFORE_COUNCIL.exec(text.slice(n.start, f.start)) : null;
    if (!f) kept.push(n);
    else if (before) kept.push({ text: before[1]!, start: n.start, end: n.start + before[1]!.length });
  }
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

export function joinInstitutionNames(text: string, discovered: readonly NameCandidate[]): NameCandidate[] {
  const names = withPlaceInstitutions(text, withRegionalCouncils(text, discovered));
  const out: NameCandidate[] = [];
  for (let i = 0; i < names.length; i++) {
    const original = names[i]!;
    let { start, end } = original;
    const next = names[i + 1];
    const name = () => text.slice(start, end);
    // "Competition and Markets Authority", "Food and Drug Administration", "Cloud and AI Development Act": two
    // nouns before the head
    if (
      next &&
      (INSTITUTION_HEAD.test(next.text) || PLAN_OR_LAW_HEAD.test(next.text)) &&
      / and $/u.test(text.slice(end, next.start)) &&
      (!name().includes(' ') || oneInstitution(name(), next.text))
    )
      [end, i] = [next.end, i + 1];
    // "Dubai Electricity and Water Authority (Dewa)", "Ministry of Electronics and Information Technology (MeitY)":
    // an acronym in parentheses whose letters need both sides of "and" makes them one name
    const acronym = names[i + 2];
    if (
      next &&
      acronym?.start === next.end + 2 &&
      /^ (?:and|&) $/u.test(text.slice(end, next.start)) &&
      spelledByAcronymAfter(text, next.end, text.slice(start, next.end), name()) &&
      !abbreviates(acronym.text, next.text)
    )
      [end, i] = [next.end, i + 1];
    if (next && INSTITUTION_HEAD.test(name()) && OF_THE.test(text.slice(end, next.start))) {
      end = next.end;
      i++;
    }
    // "Ministry of Economy, Trade and Industry": a ministry's or department's list of fields is its name
    const field = names[i + 1];
    const last = names[i + 2];
    if (
      field &&
      last &&
      MINISTRY_OF.test(name()) &&
      /^, $/u.test(text.slice(end, field.start)) &&
      / and $/u.test(text.slice(field.end, last.start)) &&
      !field.text.includes(' ') &&
      last.text.split(' ').length <= 2
    )
      [end, i] = [last.end, i + 2];
    // ("Department for Work and Pensions": two fields joined by "and")
    else if (
      field &&
      MINISTRY_OF.test(name()) &&
      / and $/u.test(text.slice(end, field.start)) &&
      field.text.split(' ').length <= 2 &&
      !INSTITUTION_HEAD.test(field.text) &&
      !field.text.split(' ').some(isKindWord)
    )
      [end, i] = [field.end, i + 1];
    // "Important Project of Common European Interest": a nationality adjective inside a plan's or a law's name
    const after = names[i + 1];
    if (after && PLAN_OR_LAW_WORD.test(name()) && nationalityBetween(text.slice(end, after.start))) {
      end = after.end;
      i++;
    }
    // ("European Investment Bank", "European Chips Act": "European" is read as a nationality)
    if (
      INSTITUTION_HEAD.test(withoutPossessive(text.slice(start, end).split(' of ')[0]!)) ||
      PLAN_OR_LAW_HEAD.test(name())
    ) {
      const european = EUROPEAN_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (european) start -= european[0].length;
    }
    // ("la Régie publicitaire Médiane": an advertising sales house is a trade's common noun, not a public body)
    if (FR_INSTITUTION_HEAD.test(name()) && !REGIE_PUBLICITAIRE.test(`${name()}${text.slice(end, end + 20)}`)) {
      const rest =
        FR_INSTITUTION_ELIDED.exec(text.slice(end, end + 30)) ?? FR_INSTITUTION_REST.exec(text.slice(end, end + 60));
      if (rest) end += rest[0].length;
      // "Club des utilisateurs Orvane", "Association des clients Kelvo": a body of a brand's users names the brand last.
      const brand = names[i + 1];
      if (rest && USERS_OF_BRAND.test(rest[0]) && brand?.start === end + 1 && text.charAt(end) === ' ') end = brand.end;
      // "Association des maires de France", "Métropole européenne de Lille": the place it serves ends the name.
      const place = FR_INSTITUTION_PLACE.exec(text.slice(end, end + 40));
      const placeName = place?.[1]!.toLowerCase() ?? '';
      // ("Service public de Wallonie", "Collectivité territoriale de Martinique": a public adjective, then its territory)
      if (
        place &&
        (CITY_NAMES.has(placeName) ||
          COUNTRY_NAMES.has(placeName) ||
          REGION_NAMES.has(placeName) ||
          /^(?:france|europe)$/u.test(placeName) ||
          (rest && PUBLIC_ADJECTIVE.test(rest[0]) && PLACE_SHAPED.test(place[1]!)))
      )
        end += place[0].length;
      // ("Services partagés Canada", "Développement économique Canada": a federal body names its country last)
      else if (rest && PUBLIC_ADJECTIVE.test(rest[0])) {
        const country = /^ (\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(end, end + 30));
        if (country && COUNTRY_NAMES.has(country[1]!.toLowerCase())) end += country[0].length;
      }
    }
    if (STANDARD_BODY.test(name())) {
      const number = STANDARD_NUMBER.exec(text.slice(end, end + 16));
      if (number) end += number[0].length;
    }
    // (the elided complement discovery read as a name of its own: "État" of "Conseil d'État")
    while (names[i + 1] && names[i + 1]!.start < end) i++;
    // "la Caisse d'Épargne Île-de-France", "Caisse d'Epargne Grand Est Europe": a mutual bank's regional bank names its
    // region last, a place's name that is part of its own
    const region = names[i + 1];
    if (region?.start === end + 1 && text.charAt(end) === ' ' && MUTUAL_BANK.test(name()))
      [end, i] = [region.end, i + 1];
    const ministry = FR_MINISTRY_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
    if (ministry) {
      start -= ministry[0].length;
      // "ministère de l'Économie et des Finances": a ministry's second domain is part of its name
      const second = names[i + 1];
      if (second && SECOND_DOMAIN.test(text.slice(end, second.start))) [end, i] = [second.end, i + 1];
    }
    out.push(start === original.start && end === original.end ? original : { text: name(), start, end });
  }
  return out;
}

const INNER_POSSESSIVE = /['’]s\s+(?=\p{Lu})/u;
/** A name of two or more capitalised words and nothing else ("Kestrel Data", not "Consignations" or "des Dépôts"). */
const WHOLE_NAME = /^\p{Lu}[\p{L}\p{N}'’-]*(?: \p{Lu}[\p{L}\p{N}'’-]*)+$/u;
/** A conjunction inside a name candidate, with the preposition or article after it (group 1, maybe empty). */
const JOINED = /\s(?:et|and|&)\s+((?:(?:de|du|des|of)\s+|d['’])?(?:(?:la|le|les|the)\s+|l['’])?)/u;

/** A measure written as one token: "300MW", "1,5GW", "40To", "5G", "4K": a number and its unit. */
const MEASURE = /^\d+(?:[.,]\d+)?\s?(?:[kMGTP]?W[hc]?|[kMGTP][oB]|[kMGT]bps|[kMG]Hz|nm|km|m[²³]|[GK])$/u;
/** "12MW", "30 MW", "2 GWh" opening a name: a site's capacity, no part of its name. */
const CAPACITY_LEAD = /^(?:\d+(?:[.,]\d+)?)?[kMGT]Wh?\s/u;
/** "Series B", "série A", "Round C": a round's name. */
const ROUND_NAME = /^(?:Series|Série|Serie|Round)(?:\s+[A-H]\d?\+?)?$/iu;

/** "RH", "SaaS", "IA", "OT": a domain's acronym that news writes in capitals but that names nobody. */
const isDomainAcronym = (word: string) => {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}[\p{L}&]*\p{Lu}[\p{L}&]*$/u.test(word) &&
    (COMMON_CAPITALISED.fr.has(lower) || COMMON_CAPITALISED.en.has(lower))
  );
};
/** What a name's kind words are ("Act", "Partners", "Systems"): a name made of an acronym and one of them stays whole. */
const isKindWord = (word: string) =>
  COMPANY_NAME_ENDINGS.has(foldKey(word)) ||
  [...KIND_CUES_INSIDE, ...KIND_CUES_AFTER].some(({ pattern }) => pattern.test(word));

/**
 * How many characters of a name are the end of the description before it: "l'éditeur de logiciels RH Lumeo", "le
 * spécialiste de l'IA Nerva", "la pépite SaaS Vantor" name Lumeo, Nerva and Vantor. Only a domain's acronym after a
 * lower-case word or an elided article, and not before a kind word ("the AI Act", "IT Partners").
 */
function descriptorTail(text: string, name: string, start: number): number {
  if (!/(?:\p{Ll}\s+|['’])$/u.test(text.slice(Math.max(0, start - 3), start))) return 0;
  const words = name.split(' ');
  let n = 0;
  while (n < words.length - 1 && isDomainAcronym(words[n]!)) n++;
  // ("the AI Act", "IT Partners", "AI Development Act": the acronym is the name's)
  if (n === 0 || (n === words.length - 1 && isKindWord(words[n]!)) || PLAN_OR_LAW_HEAD.test(name)) return 0;
  // ("une PME de Lyon", "an IT firm of Leeds": the particle before the place goes with the description)
  if (n < words.length - 1 && /^(?:de|du|des|of)$/iu.test(words[n]!)) n++;
  const elided = /^d['’](?=\p{Lu})/u.exec(words[n]!)?.[0].length ?? 0;
  return words.slice(0, n).join(' ').length + 1 + elided;
}

/** "Dunkirk AI campus", "Paris IA summit": a place followed by domain words only is the place. */
function withoutDomainTail(name: string): string {
  // "Nvidia H100 GPUs": a plural common word ends no name
  const words = name.split(' ');
  while (words.length > 1 && /s$/u.test(words.at(-1)!) && isDomainAcronym(words.at(-1)!)) words.pop();
  if (words.length < name.split(' ').length) return words.join(' ');
  let n = words.length;
  while (n > 1 && isDomainAcronym(words[n - 1]!)) n--;
  if (n === words.length) return name;
  const place = words.slice(0, n).join(' ');
  const key = place.toLowerCase();
  return COUNTRY_NAMES.has(key) || CITY_NAMES.has(key) ? place : name;
}

/** "la DGA", "the DGA": an article names the body an acronym also abbreviates as a title ("le DGA", a deputy head). */
const BODY_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:la|the)\s+$/iu;

const HEADLINE_WORD = /\p{L}[\p{L}'’-]{3,}/gu;
const LOWER_INITIAL = /^\p{Ll}/u;
/**
 * A headline in title case ("EU Picks Luxembourg's Lumira Over US Giants"): its capitals are style, so discovery's runs
 * there are no names (the names it holds are found again from the body's spellings). Its end, or 0.
 */
function titleCaseHeadlineEnd(text: string): number {
  const end = text.indexOf('\n');
  if (end <= 0) return 0;
  // Read word by word up to the first in lower case: a text opening on a paragraph is settled at its second word.
  const line = text.slice(0, end);
  let words = 0;
  HEADLINE_WORD.lastIndex = 0;
  for (let m = HEADLINE_WORD.exec(line); m; m = HEADLINE_WORD.exec(line)) {
    if (LOWER_INITIAL.test(m[0])) return 0;
    words++;
  }
  return words >= 4 ? end : 0;
}

/** "Chief Executive Officer Marc Weber", "Managing Director Jane Doe": a title of several words before a name. */
const TITLE_WORDS =
  /^(?:(?:Chief|Senior|Executive|Vice|Deputy|Managing|General|Interim|Acting|Operating|Financial|Technology|Officer|Director|Head|President|Chair(?:man|woman)?|Founder|Co-?founder|Directeur|Directrice|Président(?:e)?|Général(?:e)?|Délégué(?:e)?)\s+){2,}(?=\p{Lu})/u;
const TITLE_WORDS_INSIDE = new RegExp(`\\s${TITLE_WORDS.source.slice(1)}`, 'u');
const LEADING_GRAMMAR =
  /^(?:Since|After|Before|When|While|Although|Though|Despite|Unlike|Like|Following|Amid|Until|Once|Without|Within|Under|Through|Across|Dès|Depuis|Après|Avant|Lors|Pendant|Malgré|Contrairement|Comme|Quand|Lorsque|Sans|Chez|Selon|Pour|Par|Avec|Sur|Sous|Dans|Entre|Vers|Côté|About|Several|Many|Some|Most|Few|Plusieurs|Certains|Certaines|Quelques)(?:\s+(?:le|la|les|the)\s+|\s+l['’]|\s+)(?=\p{Lu})/u;
const MEMBER_OPENING =
  /^(?:Membres?|Members?)\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+|d['’])(?=\p{Lu})/u;
const BOILERPLATE_WORD =
  /^(?:Media|Press|Presse|Contacts?|Investors?|Relations|Reporting|Reportage|Editing|Writing|Additional|Source|Sources|Communiqué|Communique|Release|De|Of)$/iu;
/** "PARIS, 3 mai (AFP) -", "(Reuters) —": a wire's credit in parentheses before the dash of a dateline. */
const WIRE_CREDIT_AFTER = /^\)\s*[-–—]/u;
const IMPERATIVE_OPENING =
  /^(?:Consider|Take|Meet|Imagine|Picture|Remember|Enter|Prenez|Prenons|Regardez|Voyez|Imaginez|Songez à)\s+(?=\p{Lu})/u;
const GERUND_OPENING = /^\p{Lu}\p{Ll}{2,}ing\s+(?=\p{Lu})/u;
/** Adjectives of regions and kinds of firm that news capitalises but that name nobody (singular, folded). */
const NOT_NAMED_WORDS = new Set(
  'nordic nordique scandinavian scandinave baltic balte latin esn ssii msp mssp isv oem'.split(' '),
);
/** French elided pronouns and conjunctions, capitalised when they open a quote: "C'est", "J'ai", "Qu'il", "N'importe". */
const ELIDED_FUNCTION_WORD = new RegExp(
  `^(?:[CJNSMT]|${ELIDING_WORDS.slice(2)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('|')}|Quoiqu)['’]`,
  'u',
);
/** What precedes a word that opens a sentence, a paragraph or a quote. */
const CLAUSE_OPENS = /(?:^|[.!?»"”:]\s+|\n\s*|[«"“]\s*)$/u;
const SENTENCE_DESCRIPTOR =
  /^(?:Chipmaker|Carmaker|Automaker|Drugmaker|Start-?up|Fintech|Insurtech|Insurer|Lender|Investor|Regulator|Watchdog|Publisher|Operator|Provider|Rival|Retailer|Supplier|Vendor|Developer|Unicorn|Upstart|Firm|Competitor|Customer|Client|Backer|Shareholder|Analyst|Peer|Concurrent)s?\s+(?=\p{Lu})/u;
const PORTFOLIO_BEFORE =
  /(?:ministre|ministère|secrétaire d['’]État|secretary of state|minister)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:au|aux|à la|à l['’]|de la|de l['’]|du|des|de|d['’]|chargée? (?:de la|de l['’]|du|des|de|d['’])|for)\s*$/iu;
// (group 1 the article; the match longer than it when a lower-case word or a comma stands before, inside a sentence)
// (a space, not a line break: a headline's last word does not carry on into the standfirst's "The")
const NAME_ARTICLE = /(?:(?<=\p{Ll}|,) )?(?<![\p{L}])((?:Les|Le|La|The)\s|L['’])$/u;
const NAMED_AFTER_PERSON =
  /^(?:Fondation|Foundation|Institut|Institute|Centre|Center|Hôpital|Hospital|Lycée|École|Ecole|College|Collège|Université|University|Prix|Prize|Rue|Avenue|Boulevard|Place|Musée|Museum|Stade|Gare|Aéroport|Airport|Campus|Fort|Port|Saint|Sainte|St|San|Santa)$/u;
const PERSON_OF = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) of (?=\p{Lu})/u;
/** Where a person's name starts inside a run of capitalised words after another name, or 0. */
function personInside(name: string): number {
  const words = name.split(' ');
  // ("Fondation Jean Jaurès", "Hôpital Marie Curie", "Lycée Victor Hugo": places and bodies named after a person)
  if (NAMED_AFTER_PERSON.test(words[0]!)) return 0;
  // ("Eyja Green Hosting", "Kalda Rose Capital": a run ending on a company's word names no person inside it)
  if (COMPANY_NAME_ENDINGS.has(foldKey(words.at(-1)!))) return 0;
  for (let k = 1; k < words.length - 1 && words.length - k <= 3; k++) {
    if (!isGivenName(words[k]!) || isGivenName(words[k - 1]!) || !/^\p{Lu}\p{Ll}/u.test(words[k + 1]!)) continue;
    if (/^(?:de|du|des|la|le|of|von|van|et|and|&)$/iu.test(words[k - 1]!)) continue;
    return words.slice(0, k).join(' ').length + 1;
  }
  return 0;
}

/**
 * "Luxembourg-based Lumira", "London-headquartered Kestra": a place and a name; "Nasdaq-listed Kestra": where its
 * shares trade, no place of its own.
 */
const PLACE_SUFFIX = /^-(?:based|headquartered)(?![\p{L}])/u;
const BASED_INSIDE = /^(\p{Lu}[\p{L}'’ -]*?)-(?:based|headquartered|(listed))\s+(?=\p{Lu})/u;
/**
 * A name opening a sentence, which discovery skips as a mere capital, when a relative clause follows it ("Ardian,
 * which bought…", "Mistral, qui a levé…"), an apposition or a copula says what it is ("Talvia, a Lille integrator",
 * "Talvia est un intégrateur lillois"), or it is a listed public body or outlet ("Bpifrance joined the round").
 */
// (a leading character class, so the scan skips the positions that cannot open a sentence)
const OPENING_NAME = /[.!?»”\n]\s*(\p{Lu}[\p{L}\p{N}&-]*[\p{L}\p{N}])(,\s+(?:which|who|whose|qui|dont)\s)?/gu;
const NO_OPENING_NAME =
  /^(?:It|He|She|They|This|That|These|Those|There|Each|Everyone|Everybody|Nobody|Anyone|Someone|Neither|Either|Both|One|Which|What|Il|Elle|Ils|Elles|Ce|Cette|Ces|Celui|Celle|Cela|Ceux|Chacun|Chacune|Aucun|Aucune|Personne|Tout|Tous|Toutes|Laquelle|Lequel|Selon|Yet|But|And|Et|Mais|Or|Donc|Ainsi|Enfin|Puis|Then|Now|Today|Aujourd|Here|Ici|Même|Even|Meanwhile|However|Yesterday|Separately|Earlier|Later|Still|Instead|Also|Besides|Moreover|Finally|Overall|Hier|Récemment|Pourtant|Cependant|Toutefois|Néanmoins|Désormais|Depuis|Outre|Parallèlement|Ensuite|Enfin|Résultat|Bref|Concrètement|Surtout|Certes|Pour|For|In|En|Au|At|By|Par|With|Avec|Since|After|Before|Après|Avant)$/u;

/**
 * "Stahlbank arranged the loan", "Rabobank joined": a bank's compound name (not a common word that ends so:
 * "Riverbank residents", "Foodbank volunteers").
 */
const COMPOUND_BANK =
  /^(?!(?:River|Sand|Snow|Fog|Food|Blood|Mud|Seed|Gene|Sperm|Milk|Cloud)bank$)\p{Lu}\p{Ll}{2,}bank$/u;

/** Nouns English opens a sentence on with no article ("Revenue, which rose…", "Demand, which…"). */
const BARE_NOUN_OPENING =
  /^(?:Revenue|Revenues|Sales|Growth|Demand|Profit|Profits|Funding|Investment|Inflation|Spending|Regulation|Competition|Data|Software|Hardware|Energy|Power|Capacity|Security|Privacy|Storage|Pricing|Prices|Traffic|Usage|Adoption|Employment|Production|Research|Innovation)$/u;
const OPENING_PLACE = /^(\p{Lu}[\p{L}'’-]*?)-(?:based|headquartered)$/u;
// (a known place opening a sentence only before a name it places: "Lyon investor X", "Dublin's X")
// (its words modify the name, no verb or preposition: not "Toulouse métropole a soutenu X", "Paris has backed X")
const PLACE_OPENING_NAME =
  /^(?:['’]s\s+|(?:\s+(?!(?:a|ont|est|sont|était|avait|va|sera|has|have|had|is|was|were|will|would|did|does|said|says|et|and|de|du|des|la|le|les|the|of|to|in|for|at|on|par|pour|en|à|au|aux|dans|sur|with|by)\s)[\p{Ll}-]+){1,3}\s+)\p{Lu}/u;
/** The same at the text's start. */
const OPENING_NAME_FIRST = new RegExp(`^${OPENING_NAME.source.slice('[.!?»”\\n]'.length)}`, 'u');

const LETTER = /\p{L}/u;
/** Whether the code point ending right before `at` (a surrogate pair counts as one) is a letter. */
function letterEndsAt(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const pair =
    low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return LETTER.test(String.fromCodePoint(text.codePointAt(pair ? at - 2 : at - 1)!));
}
/** Whether `word` occurs in `text` exactly so, with no letter on either side. */
function writtenAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!letterEndsAt(text, at) && !(end < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(end)!))))
      return true;
  }
  return false;
}

function withOpeningNames(text: string, names: readonly NameCandidate[]): readonly NameCandidate[] {
  let found: NameCandidate[] | undefined;
  const headlineName = openingHeadlineName(text);
  OPENING_NAME.lastIndex = 0;
  for (let m = OPENING_NAME_FIRST.exec(text) ?? OPENING_NAME.exec(text); m; m = OPENING_NAME.exec(text)) {
    const word = m[1]!;
    const start = m.index + m[0].length - (m[2]?.length ?? 0) - word.length;
    const lower = word.toLowerCase();
    if (NO_OPENING_NAME.test(word) || CALENDAR_WORD.test(word) || BARE_NOUN_OPENING.test(word)) continue;
    // "Manchester-based firm X…", "Newcastle investor X…", "Lyon's X…": a place opening a sentence, by its suffix or
    // as a known city or country, is a name (the place of the name after it).
    // (not a dateline's capitals: "RENNES, le 3 mars –")
    const place =
      word === word.toUpperCase()
        ? undefined
        : (OPENING_PLACE.exec(word)?.[1] ??
          ((CITY_NAMES.has(lower) || COUNTRY_NAMES.has(lower)) &&
          PLACE_OPENING_NAME.test(text.slice(start + word.length, start + word.length + 60))
            ? word
            : undefined));
    if (place) {
      if (!names.some((n) => n.start <= start && start < n.end) && !writtenAsWord(text, place.toLowerCase()))
        (found ??= []).push({ text: place, start, end: start + place.length });
      continue;
    }
    if (
      !m[2] &&
      word !== headlineName &&
      !PUBLIC_BODY_NAMES.has(lower) &&
      !MEDIA_NAMES.has(lower) &&
      !BANK_BRANDS.has(lower) &&
      !COMPOUND_BANK.test(word) &&
      !describedAfter(text, start + word.length)
    )
      continue;
    if (names.some((n) => n.start <= start && start < n.end)) continue;
    // ("Revenue, which rose…": a word the text also writes in lower case is a common noun)
    if (writtenAsWord(text, lower)) continue;
    (found ??= []).push({ text: word, start, end: start + word.length });
  }
  return found ? [...names, ...found].sort((a, b) => a.start - b.start) : names;
}

/**
 * "iXBlue", "e-Cotiz", "eBay": a brand opening on one or two lower-case letters (one before a hyphen) before a
 * capital, which discovery (capitals first) never reads; not a unit ("kWh", "mRNA": lower case after the capital, twice
 * at least).
 */
// (the capital first and the lower-case lead a look back after it: the scan skips other letters)
// (the character before first, a space or an opening mark, and Latin letters: a property class at every capital cost
// ten times more; one letter before a hyphen: "ex-Capgemini", "co-Founder" are a prefix and a name or a word)
const LOWER_CASE_BRAND = /[\s(«"“/](?:[a-zß-öø-ÿ]{1,2}|[a-z]-)[A-ZÀ-ÖØ-Þ][\p{L}\p{N}]*\p{Ll}{2}[\p{L}\p{N}]*/gu;
function withLowerCaseBrands(text: string, names: readonly NameCandidate[]): readonly NameCandidate[] {
  let found: NameCandidate[] | undefined;
  LOWER_CASE_BRAND.lastIndex = 0;
  for (let m = LOWER_CASE_BRAND.exec(text); m; m = LOWER_CASE_BRAND.exec(text)) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    if (names.some((n) => n.start < end && start < n.end)) continue;
    (found ??= []).push({ text: text.slice(start, end), start, end });
  }
  return found ? [...names, ...found].sort((a, b) => a.start - b.start) : names;
}

const FRENCH_INSIDE = /(?:^|\s)French $/u;
const PLAN_YEAR_AFTER = /^ 20\d\d(?![\p{L}\p{N}])/u;
/**
 * "la French Tech", "la Mission French Tech", "le programme French Tech 2030": in a French text, English's "French"
 * before a capitalised word is part of a name (discovery reads it as a nationality and cuts the name there), and so is
 * a year after it when a plan's noun precedes.
 */
function withFrenchTech(text: string, names: readonly NameCandidate[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const name of names) {
    if (!FRENCH_INSIDE.test(text.slice(Math.max(0, name.start - 8), name.start))) {
      out.push(name);
      continue;
    }
    let start = name.start - 'French '.length;
    let end = name.end;
    // ("Mission French Tech": the run before "French" is the same name's)
    const previous = out.at(-1);
    if (previous && previous.end === start - 1 && text.charCodeAt(start - 1) === 32) start = out.pop()!.start;
    const year = PLAN_YEAR_AFTER.exec(text.slice(end, end + 6));
    if (year && PLAN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) end += year[0].length;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** Articles and words a headline opens on that name nothing ("Le Sénat…", "The EU…", "Exclusive: …"). */
const NO_HEADLINE_NAME =
  /^(?:Le|La|Les|Un|Une|Des|Du|De|The|An?|Exclusive|Exclusif|Breaking|Analysis|Analyse|Interview|Opinion|Update|Watch|Live|Shares|Stocks|Markets|Talks|Comment|Pourquoi|Why|How|What)$/u;
/**
 * "Pixelune raises €6m …" then "Pixelune was founded in 2020 …": one word opening the headline and a sentence of the
 * body, and never written in lower case, is the name the article is about (which discovery skips as a capital).
 */
function openingHeadlineName(text: string): string | undefined {
  const m = OPENING_NAME_FIRST.exec(text);
  const word = m?.[1];
  // ("Cybersécurité : …", "Exclusive: …": a rubric before its colon)
  if (!word || word.length < 3 || m![2] || /^\s?[:,]/u.test(text.slice(m![0].length, m![0].length + 2)))
    return undefined;
  if (NO_HEADLINE_NAME.test(word) || NO_OPENING_NAME.test(word) || CALENDAR_WORD.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (BARE_NOUN_OPENING.test(word) || DEMONYMS.has(lower) || isTitle(word)) return undefined;
  if (COMMON_CAPITALISED.fr.has(lower) || COMMON_CAPITALISED.en.has(lower) || writtenAsWord(text, lower))
    return undefined;
  const line = text.indexOf('\n');
  if (line < 0) return undefined;
  for (let at = text.indexOf(word, line); at >= 0; at = text.indexOf(word, at + word.length))
    if (OPENS_SENTENCE.test(text.slice(Math.max(0, at - 3), at)) && !LETTER.test(text.charAt(at + word.length)))
      return word;
  return undefined;
}

/** An apposition ("X, a Lille integrator") or a copula ("X est un intégrateur lillois") right after a name says what it is. */
function describedAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 64);
  return text.charCodeAt(end) === 44 ? APPOSITION.test(after) : COPULA_DESCRIPTION.test(after);
}

/**
 * Name candidates cleaned for actors: a leading title goes ("CEO of BrightStack" -> "BrightStack", "Senator X" ->
 * "X"), two people joined by "et"/"and" split ("Claire Martin et Julien Roche"), and nationality adjectives
 * ("Dutch") are not names.
 */
// (not a street's: "…moved to 12 Main St. Orbit Systems invested…" ends a sentence on it)
const SAINT_BEFORE =
  /(?:^|[^\p{L}\s]|\s(?<!(?:^|\s)(?!(?:In|At|Near|From|To|Of|And|For|On|By|With|Via|Le|La|Les|À|De|Du|Des|En|Et|Sur|Près)\s)\p{Lu}\p{Ll}*\s))((?:St|Ste|Mt|Ft)\. )$/u;
export function refineNames(text: string, discovered: readonly NameCandidate[], language: Language): NameCandidate[] {
  const out: NameCandidate[] = [];
  const opened = withLowerCaseBrands(text, withOpeningNames(text, discovered));
  const names = language === 'fr' && text.includes('French ') ? withFrenchTech(text, opened) : opened;
  const headlineEnd = titleCaseHeadlineEnd(text);
  const firstLineEnd = text.includes('\n') ? text.indexOf('\n') : 0;
  // Names seen on their own: "A et B" splits when either side is one ("France Telecom et Thalès", "Thalès").
  const alone = new Set(names.filter((n) => !/\s(?:et|and|&)\s/u.test(n.text)).map((n) => foldKey(n.text)));
  const push = (candidate: string, at: number) => {
    // A possessive is not part of the name: "Orange's" -> "Orange".
    // "Boston-based": the place, without the suffix that places something in it; "AI-ready", "GDPR-compliant": a
    // lower-case suffix makes a name an adjective.
    // ("Kestrel's 150-person staff": a number after the possessive is the thing owned, not the name's.)
    let trimmed = candidate
      .replace(/['’]s$/u, '')
      .replace(/[\s,.;:]+$/u, '')
      .replace(/-\p{Ll}+$/u, '')
      .replace(/['’]s\s\d+$/u, '');
    // ("International Finance Corporation", "Clean Energy Finance Corporation": a statutory body's "Corporation" after a
    // field of finance is its name's head, not a company's legal form)
    if (!STATUTORY_CORPORATION.test(trimmed)) trimmed = trimmed.replace(LEGAL_FORM_TAIL, '');
    let start = at;
    // "the 12MW Kestra-1", "48MW Lyon campus": a measure before a name is no part of it.
    const measure = CAPACITY_LEAD.exec(trimmed);
    if (measure && (/^\d/u.test(measure[0]) || /\d\s$/u.test(text.slice(start - 2, start))))
      [trimmed, start] = [trimmed.slice(measure[0].length), start + measure[0].length];
    // ("GUERNSEY'S Ambergris Data has raised…": a capitalised lead's possessive place opening a story, not the name)
    const capsLead = /^\p{Lu}{2,}['’][Ss]\s+(?=\p{Lu}\p{Ll})/u.exec(trimmed);
    if (capsLead) [trimmed, start] = [trimmed.slice(capsLead[0].length), start + capsLead[0].length];
    const lead = descriptorTail(text, trimmed, start);
    if (lead > 0) [trimmed, start] = [trimmed.slice(lead), start + lead];
    trimmed = withoutDomainTail(trimmed);
    // "Les Echos", "le groupe La Poste", "told The Register": an article capitalised inside a sentence, or an
    // outlet's, is part of the name.
    const article = NAME_ARTICLE.exec(text.slice(Math.max(0, start - 8), start));
    if (article) {
      const withArticle = text.slice(start - article[1]!.length, start) + trimmed;
      if (article[0] !== article[1] || MEDIA_NAMES.has(withArticle.toLowerCase().replace('’', "'")))
        [trimmed, start] = [withArticle, start - article[1]!.length];
    }
    // "St. Helens Ventures", "Mt. Hood Capital": a saint's or a mountain's abbreviation opens the name.
    const saint = SAINT_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (saint) [trimmed, start] = [saint[1] + trimmed, start - saint[1]!.length];
    // "Chipmaker Graphcore", "Rival Acme" opening a sentence: the capital is the sentence's, the noun a description.
    const described = SENTENCE_DESCRIPTOR.exec(trimmed);
    const rest = described ? trimmed.slice(described[0].length) : '';
    // ("Customers Bank": not before a noun the name needs)
    if (
      described &&
      OPENS_SENTENCE.test(text.slice(Math.max(0, start - 3), start)) &&
      !isKindWord(rest) &&
      !FIELD_NOUN.test(rest) &&
      !BARE_HEAD.test(rest)
    )
      [trimmed, start] = [trimmed.slice(described[0].length), start + described[0].length];
    // "Cloud landlords: Heavy metal": a headline's word after a colon is capitalised as a sentence's first; one the
    // body never writes again names nobody.
    if (
      !trimmed.includes(' ') &&
      start < firstLineEnd &&
      /:\s$/u.test(text.slice(Math.max(0, start - 2), start)) &&
      text.indexOf(trimmed, firstLineEnd) < 0
    )
      return;
    // "ministre déléguée au Numérique": a minister's portfolio, not an actor.
    if (!trimmed.includes(' ') && PORTFOLIO_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return;
    const folded = trimmed.toLowerCase();
    // ("Europeans", "Américains": the people of a nation; "Nordic data centres": a region's adjective; "une ESN", "a
    // MSP": a kind of firm)
    const singular = foldKey(folded).replace(/s$/u, '');
    if (trimmed.length === 0 || DEMONYMS.has(folded) || DEMONYMS.has(singular) || NOT_NAMED_WORDS.has(singular)) return;
    // "300MW", "5G", "Series B": a measure or a round names nobody; nor a number ("a 20-megawatt site").
    if (MEASURE.test(trimmed) || ROUND_NAME.test(trimmed) || !LETTER.test(trimmed)) return;
    // "« C'est… »", "J'ai", "Qu'il": an elided pronoun or conjunction opening a quote; "Qu'Atos" is Atos.
    const elision = ELIDED_FUNCTION_WORD.exec(trimmed);
    if (elision) {
      if (!/^\p{Lu}/u.test(trimmed.slice(elision[0].length))) return;
      [trimmed, start] = [trimmed.slice(elision[0].length), start + elision[0].length];
    }
    // "la Bourse", "un PDG", "GPU", "Q3": a common word alone names nobody.
    const lower = folded;
    const body = PUBLIC_BODY_NAMES.has(lower) && BODY_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    if ((COMMON_CAPITALISED[language].has(lower) && !body) || QUARTER_NAME.test(trimmed)) return;
    // Titles alone are not names: "CEO", "Managing Director"; nor a press release's or a wire's headings and credits
    // ("Media Contact", "Contact presse", "Reporting by", "Reportage").
    // "a Labour MP", "the Green MEP": the party before the title is the name (`KIND_CUES_AFTER` kinds it).
    const party = PARTY_BEFORE_MP.exec(trimmed);
    if (party && !DEMONYMS.has(party[1]!.toLowerCase())) trimmed = party[1]!;
    // ("Swedish MEP", "French Senator": a nationality before a title)
    const words = trimmed.split(/\s+/);
    if (
      !body &&
      words.some(isTitle) &&
      words.every((w) => isTitle(w) || DEMONYMS.has(w.toLowerCase()) || /^(?:of|de|du)$/iu.test(w))
    )
      return;
    if (words.every((w) => BOILERPLATE_WORD.test(w))) return;
    // "March 3, 2026 /PRNewswire/ --": the newswire of a press release's dateline, between slashes
    if (text.charCodeAt(start - 1) === 47 && text.charCodeAt(start + trimmed.length) === 47) return;
    if (
      text.charCodeAt(start - 1) === 40 &&
      WIRE_CREDIT_AFTER.test(text.slice(start + trimmed.length, start + trimmed.length + 4))
    )
      return;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  };
  const whole = text;
  for (const name of names) {
    if (name.start < headlineEnd) continue;
    let { text, start } = name;
    // "Since ChatGPT launched", "Depuis le Brexit…": a sentence's opening preposition or conjunction is no part of it.
    const grammar = LEADING_GRAMMAR.exec(text);
    if (grammar) [text, start] = [text.slice(grammar[0].length), start + grammar[0].length];
    // "Membre du Cercle X, Y défend…": a membership opening a sentence is the cue, not the name.
    const member = MEMBER_OPENING.exec(text);
    if (member) [text, start] = [text.slice(member[0].length), start + member[0].length];
    // "« Losing Vallier weakens us »", "Hiring Tran was…": a verb in -ing opening a sentence, before a name the text
    // names elsewhere, is the verb of that name.
    const gerund = GERUND_OPENING.exec(text);
    if (gerund && CLAUSE_OPENS.test(text.slice(Math.max(0, start - 3), start))) {
      const rest = text.slice(gerund[0].length);
      if (alone.has(foldKey(rest)) || names.some((n) => n.text.endsWith(` ${rest}`) && !n.text.startsWith(gerund[0])))
        [text, start] = [rest, start + gerund[0].length];
    }
    // "Consider Orvane, a…", "Take Kelvo:", "Prenez Nuvola" : a verb in the imperative opening a sentence is no part
    // of the name it introduces.
    const imperative = IMPERATIVE_OPENING.exec(text);
    if (imperative && CLAUSE_OPENS.test(whole.slice(Math.max(0, start - 3), start)))
      [text, start] = [text.slice(imperative[0].length), start + imperative[0].length];
    // "Ireland's Data Protection Commission", "AWS's UK unit": the owner and the thing owned are two names; so are
    // a place and what is based there ("Luxembourg-based Lumira").
    const owner = INNER_POSSESSIVE.exec(text) ?? BASED_INSIDE.exec(text);
    if (owner) {
      if (owner[2] === undefined) push(text.slice(0, owner.index + (owner[1]?.length ?? 0)), start);
      const rest = owner.index + owner[0].length;
      start += rest;
      text = text.slice(rest);
    }
    const titles = TITLE_WORDS.exec(text);
    if (titles) {
      start += titles[0].length;
      text = text.slice(titles[0].length);
    }
    // "Nimbus Labs CEO Maria Gonzalez": a title inside a run parts the organisation from its person.
    const inner = text.split(' ');
    const at = inner.findIndex((w, k) => k > 0 && k < inner.length - 1 && /^\p{Lu}{2,}$/u.test(w) && isTitle(w));
    if (at > 0) {
      push(inner.slice(0, at).join(' '), start);
      const rest = inner.slice(0, at + 1).join(' ').length + 1;
      start += rest;
      text = text.slice(rest);
    }
    // "Vertana Chief Executive Pieter de Vries": a title of several capitalised words does so too (wire style).
    const titleInside = TITLE_WORDS_INSIDE.exec(text);
    if (titleInside) {
      push(text.slice(0, titleInside.index), start);
      const rest = titleInside.index + titleInside[0].length;
      start += rest;
      text = text.slice(rest);
    }
    // "Renaissance Philippe Latombe", "Google Sundar Pichai": a given name inside a run starts a person's name.
    const person = personInside(text);
    if (person > 0) {
      push(text.slice(0, person).trimEnd(), start);
      start += person;
      text = text.slice(person);
    }
    const lead = /^(\S+)\s+(?:(?:of|de|du|des|d['’])\s+(?:the\s+|la\s+|l['’])?)?/u.exec(text);
    // ("Sir Tim Berners-Lee", "Dame Fiona Cole": a courtesy title before a full name or a given name; "Sir Speedy",
    // "Dame Tartine" are a franchise's and a bakery's names)
    const titled =
      lead !== null &&
      isTitle(lead[1]!) &&
      lead[0].length < text.length &&
      (!COURTESY_TITLE.test(lead[1]!) ||
        /\s/u.test(text.slice(lead[0].length)) ||
        isGivenName(text.slice(lead[0].length)));
    if (titled) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    // "Dario Maisto of Forrester" (after a title or from a given name): a person and where they work.
    const of = PERSON_OF.exec(text);
    if (of && (titled || titles !== null || isGivenName(of[1]!.split(' ')[0]!))) {
      push(of[1]!, start);
      start += of[0].length;
      text = text.slice(of[0].length);
    }
    const joined = JOINED.exec(text);
    if (joined && !spelledByAcronymAfter(whole, start + text.length, text, text.slice(0, joined.index))) {
      const left = text.slice(0, joined.index);
      const right = text.slice(joined.index + joined[0].length);
      // (a person by a given name and a surname: "Harbor & Vance" joins no one called Vance)
      const personLike = (part: string) => personNameShaped(part.split(/\s+/));
      // (a listed public body is a name of its own: "Bpifrance et Alto Ventures", "the EIB and Norvik Capital")
      const seen = (part: string) => alone.has(foldKey(part)) || PUBLIC_BODY_NAMES.has(part.toLowerCase());
      // "Serena et de Crédit Mutuel Innovation", "EDF et la Marine": a preposition or an article after the
      // conjunction joins a second complement to a plain name; a name that has its own complement goes on
      // ("Ministère de la Culture et de la Communication").
      const secondComplement = joined[1] !== '' && !/(?:^|\s)\p{Ll}/u.test(left);
      // ("Department for Work and Pensions": a ministry's fields, one name)
      const ministryFields =
        MINISTRY_OF.test(left) &&
        !seen(right) &&
        !personLike(right) &&
        right.split(' ').length <= 2 &&
        !right.split(' ').some(isKindWord);
      if (
        !ministryFields &&
        (personLike(left) ||
          personLike(right) ||
          seen(left) ||
          seen(right) ||
          secondComplement ||
          (left.includes(' ') && right.includes(' ') && !oneInstitution(left, right)) ||
          // "Brest, Quimper et Lorient": two single words joined by a word conjunction are two names ("&" joins one)
          (!left.includes(' ') && !right.includes(' ') && !joined[0].includes('&')) ||
          // "HDS et ISO 27001", "SNCF and RATP": an acronym on either side of a word conjunction is a name of its own
          (!joined[0].includes('&') && (/^\p{Lu}{2,}$/u.test(left) || /^\p{Lu}{2,}(?:\s\d[\d:.-]*)?$/u.test(right))) ||
          // "Orvane et Kestrel Data", "Nimbus and Harbor Vault": one word, then a name of capitalised words only
          // (not a law's, plan's or body's name: "Cloud and AI Development Act", "Science and Technology Committee")
          (!joined[0].includes('&') &&
            !left.includes(' ') &&
            WHOLE_NAME.test(right) &&
            !PLAN_OR_LAW_HEAD.test(right) &&
            !INSTITUTION_HEAD.test(right)) ||
          // "Digital Realty et Equinix": a name of capitalised words, then one word of its own (no kind word, noun of
          // the field or institution's head: "Orange Business et Services" is no list)
          (!joined[0].includes('&') &&
            WHOLE_NAME.test(left) &&
            /^\p{Lu}[\p{L}\p{N}-]+$/u.test(right) &&
            !isKindWord(right) &&
            !FIELD_NOUN.test(right) &&
            !BARE_HEAD.test(right) &&
            !INSTITUTION_HEAD.test(left) &&
            !PLAN_OR_LAW_WORD.test(left)))
      ) {
        push(left, start);
        push(right, start + joined.index + joined[0].length);
        continue;
      }
    }
    push(text, start);
  }
  return withSpelledOutAcronyms(text, out);
}

/** A certification's, programme's or organisation's noun around an acronym spelled out in lower case. */
const SPELLED_OUT_CUE =
  /(?<![\p{L}])(?:certifications?|certificats?|certificates?|qualifications?|labels?|accréditations?|accreditations?|attestations?|normes?|standards?|référentiels?|programmes?|programs?|agences?|agency|autorité|authority|office|institute?|institut|association|fédération|federation|alliance|consortium|organisation|organization|organisme|secrétariat|secretariat|délégation|commissariat)(?![\p{L}])/iu;
/** The small words an acronym skips ("hébergeur de données de santé (HDS)"). */
const SMALL_WORD = /^(?:de|des|du|la|le|les|et|à|au|aux|en|pour|sur|of|the|and|for|on|in|to)$/u;
/**
 * "une certification d'hébergeur de données de santé (HDS)", "security operations centre (SOC)": the lower-case words
 * right before an acronym in parentheses whose initials spell it are its full name, which French and English write in
 * lower case (capitalised full names are found by discovery).
 */
function withSpelledOutAcronyms(text: string, names: NameCandidate[]): NameCandidate[] {
  let out: NameCandidate[] | undefined;
  let common: Set<string> | undefined;
  for (const [i, name] of names.entries()) {
    if (text.charCodeAt(name.start - 1) !== 40 || text.charCodeAt(name.end) !== 41 || !isAcronym(name.text)) continue;
    const letters = foldKey(name.text).replace(/[^a-z]/g, '');
    if (letters.length < 3 || (names[i - 1] && names[i - 1]!.end >= name.start - 3)) continue;
    const words = /(?<![\p{L}'’-])(?:[\p{Ll}'’-]+ ){1,10}$/u.exec(
      text.slice(Math.max(0, name.start - 100), name.start - 1),
    );
    if (!words) continue;
    // Back from the parenthesis, word by word, until the initials read the acronym from its first letter.
    const tokens = words[0].trimEnd().split(' ');
    // (the spellings the words so far can give, a small word's initial kept or not: "pour" is the P of "SGPI", "de"
    // no letter of "HDS")
    let spelled = new Set(['']);
    for (let k = tokens.length - 1; k >= 0; k--) {
      const word = tokens[k]!.replace(/^[dl]['’]/u, '');
      const small = SMALL_WORD.test(word);
      const next = new Set<string>();
      for (const tail of spelled) {
        const longer = foldKey(word)[0] + tail;
        if (letters.endsWith(longer)) next.add(longer);
        if (small) next.add(tail);
      }
      spelled = next;
      if (!small && spelled.has(letters)) {
        // ("le produit intérieur brut (PIB)": a measure spelled out is no actor; a certification's or body's noun is
        // around one that is: "une qualification d'hébergeur … (HSC)", "the … (TSH) certification")
        const around = `${tokens.slice(Math.max(0, k - 3), k + 1).join(' ')} ${text.slice(name.end + 1, name.end + 24)}`;
        // "managed detection and response (MDR)": with no such noun, the acronym is a common noun's, no name
        if (!SPELLED_OUT_CUE.test(around)) {
          (common ??= new Set()).add(name.text);
          break;
        }
        const end = name.start - 2;
        const start = end - tokens.slice(k).join(' ').length + (tokens[k]!.length - word.length);
        (out ??= [...names]).push({ text: text.slice(start, end), start, end });
        break;
      }
      if (spelled.size === 0) break;
    }
    // "la Société fédérale de participations et d'investissement (SFPI)": the capitalised name the lower-case words
    // go on from gives the acronym's first letters, and the whole is one name.
    const head = names[i - 1];
    const wordsStart = name.start - 1 - words[0].length;
    if (head && head.end === wordsStart - 1 && !out?.some((n) => n.end === name.start - 2)) {
      const initials = head.text
        .split(/[\s'’-]+/u)
        .filter((w) => w && !SMALL_WORD.test(w))
        .map((w) => foldKey(w)[0])
        .join('');
      if ([...spelled].some((tail) => initials + tail === letters))
        (out ??= [...names]).push({
          text: text.slice(head.start, name.start - 2),
          start: head.start,
          end: name.start - 2,
        });
    }
  }
  if (common) out = (out ?? names).filter((n) => !common!.has(n.text));
  return out ? out.sort((a, b) => a.start - b.start) : names;
}

/**
 * Regions, French départements and federal states news names as places ("le département de l'Aude", "l'Essonne",
 * "in Bavaria"), lower case: a place when named alone, whatever the words around it. Not "Centre", a common word too.
 */
const REGION_NAMES: ReadonlySet<string> = new Set(
  `ain, aisne, allier, alpes-de-haute-provence, hautes-alpes, alpes-maritimes, ardèche, ardennes, ariège, aube, aude,
aveyron, bouches-du-rhône, calvados, cantal, charente, charente-maritime, cher, corrèze, corse-du-sud, haute-corse,
côte-d'or, côtes-d'armor, creuse, dordogne, doubs, drôme, eure, eure-et-loir, finistère, gard, haute-garonne, gers,
gironde, hérault, ille-et-vilaine, indre, indre-et-loire, isère, jura, landes, loir-et-cher, loire, haute-loire,
loire-atlantique, loiret, lot, lot-et-garonne, lozère, maine-et-loire, manche, marne, haute-marne, mayenne,
meurthe-et-moselle, meuse, morbihan, moselle, nièvre, nord, oise, orne, pas-de-calais, puy-de-dôme,
pyrénées-atlantiques, hautes-pyrénées, pyrénées-orientales, bas-rhin, haut-rhin, rhône, haute-saône, saône-et-loire,
sarthe, savoie, haute-savoie, seine-maritime, seine-et-marne, yvelines, deux-sèvres, somme, tarn, tarn-et-garonne, var,
vaucluse, vendée, haute-vienne, vosges, yonne, essonne, hauts-de-seine, seine-saint-denis, val-de-marne, val-d'oise,
guadeloupe, martinique, guyane, mayotte, auvergne-rhône-alpes, bourgogne-franche-comté, bretagne, centre-val de loire,
corse, grand est, hauts-de-france, île-de-france, ile-de-france, normandie, nouvelle-aquitaine, occitanie,
pays de la loire, provence-alpes-côte d'azur, alsace, lorraine, picardie, aquitaine, limousin, auvergne,
champagne-ardenne, languedoc-roussillon, midi-pyrénées, poitou-charentes, franche-comté, bourgogne, provence, brittany,
normandy, bavaria, bavière, baden-württemberg, bade-wurtemberg, hesse, saxony, saxe, north rhine-westphalia, styria,
styrie, tyrol, carinthia, catalonia, catalogne, andalusia, andalousie, lombardy, lombardie, piedmont, piémont, tuscany,
toscane, flanders, flandre, flandres, wallonia, wallonie, scotland, écosse, wales, northern ireland, yorkshire,
lancashire, cornwall, california, californie, texas, virginia, virginie, oregon, ohio, arizona, nevada, florida, floride,
massachusetts, utah, iowa`
    .split(/,\s*/)
    .map((region) => region.trim()),
);

/** An adjective French places after its noun: a demonym, a nationality, "spécialisée", "public". */
const FR_ADJECTIVE_AFTER_NOUN =
  '(?:\\s+\\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|al|ale|ique|if|ive|é|ée|ier|ière|aire))?';
/** French describes by a complement after the noun: "le spécialiste de la cybersécurité X", "l'association de défense des usagers X". */
const FR_COMPLEMENT = "(?:\\s+(?:de la|de l['’]|des|du|de|d['’])\\s*\\p{Ll}[\\p{Ll}-]+){0,2}";
/** "The plan, called X", "une offre baptisée X", "a joint venture named X": the noun names what follows. */
const NAMED =
  '(?:\\s*,?\\s+(?:called|named|dubbed|code-?named|baptisée?s?|nommée?s?|dénommée?s?|appelée?s?|intitulée?s?))?';
/**
 * The kind cues before a name, each compiled once per language to end right where the name starts (one space or an
 * apostrophe between), or a French adjective after it ("l'hébergeur lillois X", "la start-up rennaise X", "le
 * groupe américain X"), or a participle that names ("le projet baptisé X").
 */
const KIND_CUES_ENDING: Record<Language, { kind: ActorKind; pattern: RegExp; endsHere: RegExp }[]> = {
  fr: endingCues(`${FR_ADJECTIVE_AFTER_NOUN}${FR_COMPLEMENT}`),
  en: endingCues(''),
};
function endingCues(adjective: string): { kind: ActorKind; pattern: RegExp; endsHere: RegExp }[] {
  return KIND_CUES_BEFORE.map(({ kind, pattern }) => {
    // ("Quorvix's chief technology officer, Aisha Rahman, said": a title, a comma, a person's name)
    // ("le site, baptisé X": a place's name, no outlet's)
    const tail =
      kind === 'place'
        ? ''
        : kind === 'person'
          ? `${adjective}(?:\\s*,)?`
          : kind === 'media'
            ? adjective
            : `${adjective}${NAMED}`;
    // (a name in quotes: 'the project, called "Breton Cloud"')
    const cue = `(?:${pattern.source})${tail}\\s*[«"“]?\\s*`;
    // `endsHere`: whether the cue ends the text, asked once at its end (sticky, a lookbehind: read backwards) rather
    // than tried from every position of it as `pattern` is; the same answer as `pattern.test`, so `pattern` runs only
    // for its match on the few texts a cue ends (guessKind asks every cue about every mention of every new name).
    return { kind, pattern: new RegExp(`${cue}$`, 'iu'), endsHere: new RegExp(`(?<=${cue})`, 'iuy') };
  });
}

/** The kind cues ending a text, with their lookbehind twins (kind-cues-ending.test.ts checks that both agree). */
export const kindCuesEnding = (language: Language): readonly { pattern: RegExp; endsHere: RegExp }[] =>
  KIND_CUES_ENDING[language];

const OFFER_BEFORE: Record<Language, RegExp> = {
  fr: KIND_CUES_ENDING.fr.find((c) => c.kind === 'offer')!.pattern,
  en: KIND_CUES_ENDING.en.find((c) => c.kind === 'offer')!.pattern,
};
const OFFER_NOUN_AFTER = /^(?:platform|software|suite|app|service|offering|tool)s?$/iu;
/**
 * A certification's name before its noun: capitals or digits ("CSPN", "HDS", "C5", "ISO 27001") or one word with an
 * inner capital ("SecNumCloud"); a name shaped like a company's ("a Bureau Veritas certificate") is its issuer.
 */
const CERTIFICATION_SHAPED =
  /^(?:[\p{Lu}\d][\p{Lu}\d&.-]*(?:\s+[\p{Lu}\d][\p{Lu}\d&.:-]*)*|.*\d.*|\p{Lu}\p{Ll}+(?:\p{Lu}[\p{L}]*)+)$/u;
const POSSESSIVE_END = /(?:^|[^\p{L}])(?:its|their)\s+$/iu;
/** A French cue's complement that opens on a capital: another name ("président du Club des utilisateurs"). */
const CAPITAL_COMPLEMENT = /\s(?:de la|de l['’]|des|du|de|d['’])\s*\p{Lu}/u;

const PARTY_BEFORE_MP = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:MP|MEP)s?$/u;
/** An elected title, after a nationality or not: "MP", "sénateur", "a Swedish MEP". */
function elected(words: string): boolean {
  const [first, second] = words.split(/\s+/u);
  return (
    ELECTED_TITLE.test(first!) ||
    (second !== undefined && DEMONYMS.has(first!.toLowerCase()) && ELECTED_TITLE.test(second))
  );
}

const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:à|au|en|près de|dans)\s+$/u;
// ("accorde une subvention de 2 millions d'euros à Ovalto", "a confié à Ovalto la maintenance", "donne à Ovalto les
// moyens": "à" after a verb of giving names a recipient, not a town)
const GIVEN_TO_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:accord|attribu|confi|vers|octroy|prêt|allou|décern|apport|factur)(?:e|es|ent|er|é|ée|és|ées|era\\p{L}*|ait|aient)|` +
    `donn(?:e|ent|er|é|era\\p{L}*|ait|aient)|` +
    `cède|cédé\\p{L}*|vend(?:u|ue|us|ra\\p{L}*)?|offr(?:ent|ir|ira\\p{L}*)|offerte?s?|remise?s?|remet|permet|permis)` +
    `(?![\\p{L}])[^.!?\\n]{0,70}?\\sà\\s+$`,
  'iu',
);
const LOCATED_BEFORE = /(?<![\p{L}])(?:situ|install|bas|implant|établi|localis|sis)\p{L}*\s+à\s+$/iu;
/** A guess at an actor's kind from its name and the words around its first mentions. */
const PUBLIC_BODY_HEAD = /^(?:(Ministry|Department)\s+(?:of|for)\s.*|.*\s(Agency|Authority|Directorate|Ministry))$/u;
export function guessKind(
  text: string,
  mentions: readonly { text: string; start: number; end: number }[],
  language: Language,
): { kind: ActorKind; cue: string | null } {
  const name = mentions[0]?.text ?? '';
  const lower = name.toLowerCase();
  if (COUNTRY_NAMES.has(lower) || CITY_NAMES.has(lower) || REGION_NAMES.has(lower)) return { kind: 'place', cue: name };
  // "Fos-sur-Mer", "Aix-les-Bains", "Saint-Germain-en-Laye": a French place name joined by its small words.
  if (COMPOUND_PLACE.test(name)) return { kind: 'place', cue: name };
  if (PUBLIC_BODY_NAMES.has(lower)) return { kind: 'public-body', cue: name };
  if (MEDIA_NAMES.has(lower)) return { kind: 'media', cue: name };
  if (BANK_BRANDS.has(lower)) return { kind: 'company', cue: name };
  // "France 2030", "IPCEI-CIS": a listed programme, or one named by a year (found so only with a plan's noun).
  if (PROGRAMME_NAMES.has(lower) || PROGRAMME_NAMES.has(lower.split(/[- ]/u)[0]!) || NAME_AND_YEAR.test(name))
    return { kind: 'programme', cue: name };
  // "Ministry of Electronics and Information Technology", "State Information Technology Agency": an institution's
  // head outranks a field's word inside its name
  // ("Caisse d'Épargne Île-de-France": a bank, whatever "Caisse" heads elsewhere)
  const mutual = MUTUAL_BANK_HEAD.exec(name);
  if (mutual) return { kind: 'company', cue: mutual[0] };
  // ("International Finance Corporation", "Industrial Development Corporation": a statutory finance body)
  if (STATUTORY_CORPORATION.test(name)) return { kind: 'public-body', cue: 'Corporation' };
  const head = PUBLIC_BODY_HEAD.exec(name);
  // (not over its apposition's company noun: "Department of Product, a design consultancy", as before the head)
  if (head && !mentions.some((m) => apposedCompany(text.slice(m.end, m.end + 64))))
    return { kind: 'public-body', cue: head[1] ?? head[2]! };
  // "Open Rights Group, a digital rights organisation": "Group" in a name says company unless a cue says otherwise.
  let insideGroup: { kind: ActorKind; cue: string } | undefined;
  // "Union des groupements d'achats publics (Ugap)": a listed public body's other spelling outranks a party's word.
  const listed = mentions.find((m) => m.text !== name && PUBLIC_BODY_NAMES.has(m.text.toLowerCase()));
  for (const { kind, pattern } of KIND_CUES_INSIDE) {
    const m = pattern.exec(name);
    if (m && kind === 'company' && /^Groupe?$/u.test(m[0])) insideGroup ??= { kind, cue: m[0] };
    else if (m && kind === 'political-group' && listed) return { kind: 'public-body', cue: listed.text };
    else if (m) return { kind, cue: m[0] };
  }
  // "hébergeur de données de santé (HDS)": a kind word in another spelling of the name (its acronym) tells it too;
  // "Centre national d'études spatiales (CNES)": so does a listed public body's acronym.
  if (!insideGroup)
    for (const mention of mentions)
      if (mention.text !== name && PUBLIC_BODY_NAMES.has(mention.text.toLowerCase()))
        return { kind: 'public-body', cue: mention.text };
      else if (mention.text !== name)
        for (const { kind, pattern } of KIND_CUES_INSIDE) {
          const m = kind === 'company' ? null : pattern.exec(mention.text);
          if (m) return { kind, cue: m[0] };
        }
  // "Labège : Beauceron Data lève 6 M€": a French headline's kicker named elsewhere only after "à" is the dateline's
  // town ("installée à Labège"; a company's kicker, "Atos : le bénéfice recule", is a subject in the story).
  const kicker =
    language === 'fr'
      ? mentions.find(
          (m) => (m.start === 0 || text[m.start - 1] === '\n') && /^\s:\s/u.test(text.slice(m.end, m.end + 3)),
        )
      : undefined;
  if (
    kicker &&
    PLACE_SHAPED.test(kicker.text) &&
    mentions.every(
      (m) =>
        m === kicker ||
        (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
          (LOCATED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) ||
            !GIVEN_TO_BEFORE.test(text.slice(Math.max(0, m.start - 100), m.start)))),
    )
  )
    return { kind: 'place', cue: `${kicker.text} :` };
  // "Hamilton software firm Scoria": a business named after its place (before "A Hamilton company" reads as one).
  // (not a name told elsewhere as a payer or a buyer: "bought by Halvard… Halvard cloud business Corvane" is its owner)
  const business = mentions.find((m) => namesItsBusiness(text, m));
  if (business && !mentions.some((m) => toldAsAgent(text, m))) return { kind: 'place', cue: business.text };
  for (const mention of mentions) {
    // (not past a line break: a headline's last words describe no name opening the next line)
    const from = Math.max(0, mention.start - 40);
    const before = text.slice(Math.max(from, text.lastIndexOf('\n', mention.start - 1) + 1), mention.start);
    const after = text.slice(mention.end, Math.min(text.length, mention.end + 64));
    const legalForm = LEGAL_FORM_AFTER.exec(after);
    if (legalForm) return { kind: 'company', cue: legalForm[0].trim() };
    for (const { kind, pattern, endsHere } of KIND_CUES_ENDING[language]) {
      endsHere.lastIndex = before.length;
      const m = endsHere.test(before) ? pattern.exec(before) : null;
      if (m && (kind !== 'place' || PLACE_SHAPED.test(mention.text))) {
        // ("the city of X", "la commune de X", "mayor of X": the cue alone places it, whatever follows)
        // ("fondée à X en 2016", "founded in X in 2016": where a company was born, whatever follows)
        if (
          kind === 'place' &&
          !TOWN_OF.test(m[0]) &&
          !BORN_IN.test(before) &&
          (!placeLike(after, before) || DATIVE_BEFORE.test(before) || STAKE_IN.test(before))
        )
          continue;
        // "président du Club des utilisateurs X", "directrice de Lumen Conseil X": a complement that is a name of its
        // own describes that name, not this one (the cues read case-insensitively); a person's name keeps its title.
        if (CAPITAL_COMPLEMENT.test(m[0]) && !(kind === 'person' && personShaped(mention.text))) continue;
        // "député LFI", "MEP of the EPP": an acronym after an elected title is the party, after another no person.
        // (the comma only in an apposition: an owner's or an article's title, the name closed by a comma; not "who
        // remains chief executive, Orbital Vault stores…")
        if (
          kind === 'person' &&
          m[0].trimEnd().endsWith(',') &&
          (!personShaped(mention.text) || !TITLE_APPOSED_BEFORE.test(before) || !/^\s*,/u.test(after))
        )
          continue;
        if (kind === 'person' && /^[\p{Lu}\d-]{2,8}$/u.test(mention.text)) {
          if (ELECTED_TITLE.test(m[0].trim().split(/\s+/u).at(-1)!))
            return { kind: 'political-group', cue: m[0].trim() };
          continue;
        }
        // "a member of the Renew Europe group": a group one is a member of is an assembly's
        if (kind === 'organisation' && MEMBER_CUE.test(m[0]) && /^\s+group(?![\p{L}])/u.test(after))
          return { kind: 'political-group', cue: `${m[0].trim()} … group` };
        // "PDG du groupe X", "présidente de l'association X": a title's complement naming an organisation's noun
        // describes the name after it, which is that organisation.
        // (not a name shaped like a person's: "le président du groupe Jean Martin")
        const organisationNoun =
          kind === 'person' && !personNameShaped(mention.text.split(/\s+/u))
            ? TITLE_OF_ORGANISATION.exec(m[0].trimEnd())
            : null;
        if (organisationNoun)
          return {
            kind: ASSOCIATION_NOUN.test(organisationNoun[1]!) ? 'organisation' : 'company',
            cue: organisationNoun[0].trim(),
          };
        return { kind, cue: m[0].trim() };
      }
    }
    const based = PLACE_SUFFIX.exec(after);
    if (based) return { kind: 'place', cue: based[0] };
    // "… de l'UFC-Que Choisir. L'association reprochait…": the next sentence opens on the noun of what was last named.
    const anaphor = ORGANISATION_OPENS_NEXT.exec(after);
    // ("The group" only after a kind of group: "campaign group", "consumer group")
    if (anaphor && (anaphor[1] !== 'group' || /\s\p{Ll}[\p{Ll}-]*\s+group$/u.test(anaphor[0])))
      return { kind: 'organisation', cue: anaphor[0].replace(/^[^.!?]*[.!?]\s+/u, '') };
    // "à Brest, Quimper et Lorient", "in Lyon, Lille and Nantes": a list's later items after a known city.
    const places = PLACE_LIST_BEFORE.exec(before);
    // (or after a site's noun: "operates facilities in Cork and Limerick", "des bureaux à Rodez et Albi")
    if (
      places &&
      (CITY_NAMES.has(places[1]!.toLowerCase()) || SITES_BEFORE.test(before.slice(0, places.index))) &&
      placeLike(after) &&
      PLACE_SHAPED.test(mention.text)
    )
      return { kind: 'place', cue: places[0].trim() };
    // "engineer at Philips", "directrice technique d'Orange", "acquired by Intel": where people work, who buys.
    // "X, a joint venture …", "X, un service de …": the noun of an apposition right after the name.
    const apposed = APPOSITION.exec(after);
    const apposedNoun = apposed ? (apposed[1] ?? apposed[2])! : '';
    const apposedFound = APPOSED_KINDS.find((k) => k.pattern.test(apposedNoun.toLowerCase()));
    // (review 17: "Amy Hale, a bank manager,": a company's noun modifying a person's job)
    const apposedKind =
      apposedFound?.kind === 'company' && PERSON_JOB_AFTER.test(after.slice(apposed![0].length))
        ? undefined
        : apposedFound;
    // ("SNCI, the Luxembourg state investment company": a company of the state is a public body)
    // (not a supplier the state buys from: "X, the Estonian government's cloud provider")
    if (apposedKind?.kind === 'company' && STATE_OWNED.test(apposed![0]) && !STATE_SUPPLIER.test(apposed![0]))
      return { kind: 'public-body', cue: apposed![0].replace(/^\s*,\s*/u, '') };
    if (apposedKind) return { kind: apposedKind.kind, cue: apposedNoun };
    if (insideGroup) continue;
    // ("passée par X", "who previously worked for X", "formerly of X": where a person worked, told without a title)
    const employer = EMPLOYER_BEFORE[language].exec(before) ?? WORKED_AT_BEFORE[language].exec(before);
    if (employer && /^\p{Lu}/u.test(mention.text)) return { kind: 'company', cue: employer[0].trim() };
    // "Kestrane's co-founders", "Kestrane's UK managing director": a name owning a title is an employer's (a person's
    // name owns a title too: "Anna Berg's deputy").
    const ownedTitle = language === 'en' && !personShaped(mention.text) ? TITLE_OWNED.exec(after) : null;
    if (ownedTitle && [LEAD_TITLES, WORK_TITLES, FOUNDER_TITLES].some((t) => t.en.test(ownedTitle[1]!)))
      return { kind: 'company', cue: ownedTitle[0].trim() };
    // ("the trusted hosting (TSH) certification": an acronym's parenthesis closes before the noun)
    const next = /^\)?\s+([\p{L}]+)/u.exec(after);
    // "its Sentry platform", "their Vault service": a possessive's product.
    if (next && OFFER_NOUN_AFTER.test(next[1]!) && POSSESSIVE_END.test(before)) return { kind: 'offer', cue: next[1]! };
    // "X, the company's detection platform": an apposition naming its owner's product.
    const product = after.startsWith(',') ? OFFER_NOUN_NEXT.exec(after) : null;
    if (product) return { kind: 'offer', cue: product[0].replace(/^\s*,\s*/u, '') };
    for (const { kind, pattern } of KIND_CUES_AFTER)
      if (next && pattern.test(next[1]!) && (kind !== 'certification' || CERTIFICATION_SHAPED.test(mention.text)))
        return { kind, cue: next[1]! };
    // "X, CEO of Y", "X, directeur de la stratégie", "X, its chief technology officer": a title right after the name is
    // a person's.
    // "X, a former partner at Y", "X, ancienne directrice de Y": a former title is a person's too.
    const title =
      /^\s*,\s*(?:(?:le|la|l['’]|the|an?|un|une|its|their|son|sa|leur)\s+)?(?:(?:former|ancien(?:ne)?s?)\s+)?(chief\s+[\p{L}-]+\s+officer|[\p{L}.-]+(?:\s+[\p{L}.-]+)?)/u.exec(
        after,
      );
    if (
      title &&
      ([LEAD_TITLES, WORK_TITLES, FOUNDER_TITLES].some((t) => t[language].test(title[1]!)) || elected(title[1]!))
    )
      return { kind: 'person', cue: title[1]! };
    // "X, Norvane's chief executive": a title after an organisation's possessive.
    const owned = POSSESSIVE_TITLE.exec(after);
    if (owned && [LEAD_TITLES, WORK_TITLES, FOUNDER_TITLES].some((t) => t[language].test(owned[1]!)))
      return { kind: 'person', cue: owned[1]! };
    // "X, who…": English says "who" of people only ("which" of companies).
    if (language === 'en' && WHO_AFTER.test(after) && /^\p{Lu}\p{Ll}/u.test(mention.text))
      return { kind: 'person', cue: 'who' };
    if (personShaped(mention.text)) {
      // "par Marion Lefèvre et Karim Benali": listed with a person named by a common given name.
      // ("Green Mountain and Bulk Infrastructure": a partner whose last word is a noun of the trade is a company)
      const listedAfter = /^\s+(?:et|and|&)\s+(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(after);
      const listedBefore = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)\s+(?:et|and|&)\s+$/u.exec(before);
      const partner = listedAfter ?? listedBefore;
      if (partner && personNameShaped([partner[1]!, partner[2]!])) return { kind: 'person', cue: partner[1]! };
      // "que dirige X", "succède à X", "replaced X as": what only a person is.
      const role = PERSON_ONLY_BEFORE[language].exec(before);
      if (role) return { kind: 'person', cue: role[0].trim() };
    } else {
      // "obtenu de Belfius un prêt", "a €1m grant from Innoviris", "Belfius a accordé…": who lends, grants or invests
      // money is an organisation, even named once by one word.
      // (not a word modifying the name after it: "led by Sheffield venture firm X" names X, Sheffield its place)
      const funder = FUNDER_BEFORE[language].exec(before) ?? FUNDER_AFTER[language].exec(after);
      if (funder && !MODIFIES_NAME_AFTER.test(after)) return { kind: 'company', cue: funder[0].trim() };
      // "a former Belgacom engineer", "the former BT engineers A and B": an employer of staff.
      // (not a technology's or a product's name: "a former Azure engineer", "a Kubernetes consultant" name a trade)
      const staff =
        language === 'en' && STAFF_BEFORE.test(before) && !TRADE_TECHNOLOGY.test(mention.text)
          ? STAFF_NOUN_AFTER.exec(after)
          : null;
      if (staff) return { kind: 'company', cue: staff[0].trim() };
    }
  }
  if (insideGroup) return insideGroup;
  const words = name.split(/\s+/);
  if (words.length <= 4 && personNameShaped(words)) return { kind: 'person', cue: words[0]! };
  // "its Dunboyne campus", "in Port Melbourne", "la start-up de Valbonne": a name told only for where things stand.
  const place = readsAsPlaceName(text, mentions, language);
  if (place) return { kind: 'place', cue: place };
  // What news names without a cue is a company, acronyms too ("EDF", "SAP", "KPMG"): public bodies named by acronym
  // are listed, associations and regulators are described.
  return { kind: 'company', cue: null };
}

/** What the noun of an apposition after a name says it is: "X, a joint venture", "X, un éditeur nantais". */
const APPOSED_KINDS: { kind: ActorKind; pattern: RegExp }[] = [
  { kind: 'joint-venture', pattern: /^(?:joint venture|coentreprise|co-entreprise)$/u },
  { kind: 'offer', pattern: /^(?:service|offre|offer|offering|platform|plateforme|produit|product|logiciel)s?$/u },
  {
    kind: 'company',
    pattern:
      /^(?:company|firm|start-?up|provider|maker|manufacturer|publisher|operator|host|vendor|specialist|unicorn|scale-?up|integrator|supplier|developer|insurer|bank|lender|retailer|distributor|reseller|wholesaler|consultancy|carrier|outfit|société|entreprise|éditeur|opérateur|hébergeur|fabricant|fournisseur|constructeur|spécialiste|licorne|pépite|jeune pousse|intégrateur|prestataire|ESN|assureur|banque|distributeur|revendeur|grossiste|équipementier|sous-traitant|enseigne)s?$/u,
  },
  {
    kind: 'public-body',
    pattern:
      /^(?:agency|ministry|regulator|watchdog|authority|agence|ministère|autorité|administration|régulateur)s?$/u,
  },
  {
    kind: 'organisation',
    pattern:
      /^(?:association|federation|organi[sz]ation|ngo|non-?profit|charity|trade body|industry body|lobby group|think tank|campaign group|advocacy group|rights group|fédération|syndicat|ong|collectif|fondation|foundation)s?$/u,
  },
];
/**
 * The noun of an apposition right after a name: "X, a joint venture", "X, un éditeur nantais", "X, the German digital
 * industry association" (English modifiers before the noun, no "of" among them), not an owner's noun ("X, the
 * company's chief executive"). After a definite article the noun must close the apposition or go on with "of"
 * ("Agoria, the federation of…"): "Fondée par A et B, la société exploite…" opens the main clause on its subject.
 */
const STATE_OWNED = /(?<![\p{L}])(?:state|state-owned|public|government|publique?|d['’]État)(?![\p{L}])/iu;
/** "the government's cloud provider": a possessive state and a supplier's noun, a company that serves the state. */
const STATE_SUPPLIER =
  /(?:state|government)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:provider|supplier|host|vendor|integrator|developer|maker|manufacturer|publisher|specialist|contractor)s?(?![\p{L}])/iu;
const APPOSED_NOUN = `(?:(?!(?:of|the|de|du|des|la|le|and|et|an?|une?|at|in|for|with|from|on|by|to|à|en|pour|chez|avec|sur|par|dans)\\s)[\\p{L}-]+(?:['’]s)?\\s+){0,3}?(${APPOSED_KINDS.map(
  ({ pattern }) => pattern.source.slice(1, -1),
).join('|')})(?![\\p{L}'’])`;
// (review 17: "Amy Hale, a bank manager, …": a business noun modifying a person's job is no company's apposition)
const PERSON_JOB_AFTER =
  /^\s+(?:manager|clerk|teller|employee|worker|executive|director|official|economist|owner|founder|boss|chief|head|engineer|robber|customer|client)s?(?![\p{L}])/iu;
/** An apposition's noun of a company right after a name: ", a design consultancy", ", the record label". */
const apposedCompany = (after: string): boolean => {
  const apposed = APPOSITION.exec(after);
  const noun = apposed ? (apposed[1] ?? apposed[2])! : '';
  return APPOSED_KINDS.find((k) => k.pattern.test(noun.toLowerCase()))?.kind === 'company';
};
const APPOSITION = new RegExp(
  `^\\s*,\\s*(?:(?:an?|une?|son|sa|its|their|leur)\\s+${APPOSED_NOUN}|(?:the|la|le|l['’])\\s*${APPOSED_NOUN}(?=\\s*[,.;:)]|\\s+(?:of|de|du|des|d['’]|based|that|which|qui|dont|basée?s?|spécialisée?s?)(?![\\p{L}])))`,
  'iu',
);
/** What a sentence's first word is, told by a copula ("X est un intégrateur lillois", "X is a Lille integrator"). */
const COPULA_DESCRIPTION = new RegExp(`^\\s+(?:est|était|is|was)\\s+(?:an?|une?)\\s+${APPOSED_NOUN}`, 'iu');
/** A job or founder's title and its preposition, or a buyer's or owner's passive, right before an organisation's name. */
const EMPLOYER_BEFORE: Record<Language, RegExp> = {
  fr: new RegExp(
    `(?:(?:${LEAD_TITLES.fr.source}|${WORK_TITLES.fr.source}|${FOUNDER_TITLES.fr.source})(?:\\s+[\\p{Ll}-]+)?\\s+(?:chez|de|du|d['’])|rejoint\\s+[^.;:,]{1,40}?\\s+en provenance d(?:e|u|['’])|(?:rachetée?s?|acquise?s?|détenue?s?|reprise?s?) par)\\s*$`,
    'iu',
  ),
  // "partner at X", "head of public sector at X", "joined Y in 2019 from X": where a person worked.
  en: new RegExp(
    `(?:(?:${LEAD_TITLES.en.source}|${WORK_TITLES.en.source}|${FOUNDER_TITLES.en.source})(?:\\s+of\\s+(?:the\\s+)?[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?)?\\s+(?:at|of)(?:\\s+the)?|partner at|joined\\s+[^.;:,]{1,40}?\\s+from|(?:acquired|bought|owned|purchased|taken over) by)\\s*$`,
    'iu',
  ),
};
/** What comes before a lender's, a granter's or an investor's name: "obtenu de", "une aide de 1 M€ d'", "a loan from". */
const FUNDER_BEFORE: Record<Language, RegExp> = {
  // ("est mené par X", "rejoint par X", "aux côtés de X", "led by X", "joined by X": a round's lead and followers)
  fr: /(?:(?:(?:obtenu|reçu|décroché|emprunté|levé)\s+(?:(?:\p{Ll}+\s+){0,2}auprès\s+)?|(?:euros?|€|dollars?|livres?|francs?)\s+)(?:de|d['’])|(?:(?:co-?)?(?:men|emmen|pilot)ée?s?|rejointe?s?|financée?s?|soutenue?s?)\s+par|aux\s+côtés\s+(?:de|d['’]))\s*$/iu,
  en: /(?:(?:loan|grant|facility|investment|funding|contract|credit|subsidy|award|backing|financing|money|debt|cheque|check)s?\s+(?:[\p{Ll}-]+\s+){0,2}?from|(?:funded|backed|financed|granted|awarded|lent|loaned|provided|supported|underwritten|(?:co-)?led|joined)\s+by|alongside)\s+(?:the\s+)?$/iu,
};
const MODIFIES_NAME_AFTER = /^(?:\s+[\p{Ll}-]+){1,3}\s+\p{Lu}/u;
/** A granting, lending or investing verb right after a name: "Belfius a accordé", "Innoviris awarded it". */
const FUNDER_AFTER: Record<Language, RegExp> = {
  fr: /^\s+(?:(?:lui|leur|y|a|ont|avait|avaient|aussi|également|déjà)\s+){0,3}(?:accord|octroy|consenti|prêt|vers|investi|inject|apport|attribu|allou|financ)\p{L}*/iu,
  // ("MUFG led the financing", "X co-led the round": a round's lead)
  en: /^\s+(?:(?:has|have|had|also|already|will|would)\s+){0,2}(?:awarded|granted|lent|loaned|provided|committed|invested|injected|pumped|put|financed|funded|backed|awards|grants|lends|provides|invests|(?:co-)?led\s+(?:the|this|that|its)\s+(?:[\p{Ll}$€£\d.-]+\s+){0,2}?(?:round|raise|financing|funding|investment))(?![\p{L}])/iu,
};
const TITLE_OF_ORGANISATION =
  /(?:de la|de l['’]|des|du|de|d['’])\s*(groupe|société|entreprise|association|fédération|syndicat|cabinet|collectif|fondation|fonds|banque|mutuelle|start-?up|ong|coopérative)$/iu;
const ASSOCIATION_NOUN = /^(?:association|fédération|syndicat|collectif|fondation|ong)$/iu;
/** A technology or a product that qualifies a trade, no employer: "an Azure engineer", "a Linux developer". */
const TRADE_TECHNOLOGY =
  /^(?:Azure|Kubernetes|Linux|Unix|Windows|Android|iOS|Java|JavaScript|TypeScript|Python|Ruby|Rust|Cobol|COBOL|Excel|Hadoop|Kafka|OpenStack|Jenkins|Terraform|React|Blockchain|Bitcoin|Ethereum|Cloud|DevOps|Web|Data|AI|IA)$/u;
const STAFF_BEFORE = /(?<![\p{L}])(?:former|ex-|an?|the|two|three|both)\s*$/iu;
const WORKED_AT_BEFORE: Record<Language, RegExp> = {
  fr: new RegExp(`(?:${EMPLOYER_AFTER.fr.source})\\s*(?:(?:le|la|les|l['’])\\s*)?$`, 'iu'),
  en: new RegExp(`(?:${EMPLOYER_AFTER.en.source})\\s*(?:the\\s+)?$`, 'iu'),
};
const TITLE_OWNED = /^['’]s\s+(?:\p{Lu}{2,3}\s+)?((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)(?=[\s,.;:]|$)/u;
const POSSESSIVE_TITLE =
  /^\s*,\s*\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*['’]s\s+([\p{L}.-]+(?:\s+[\p{L}.-]+)?)/u;
const WHO_AFTER = /^\s*,\s*who\s/u;
/** Two or three capitalised words with no company ending: the shape of a person's name. */
const personShaped = (name: string) => {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w)) &&
    !COMPANY_NAME_ENDINGS.has(foldKey(words.at(-1)!))
  );
};
/** Verbs whose object or agent is a person: who runs, succeeds or replaces someone. */
// ("», souligne X", "," said X", "…, said X", "…, a précisé X": who is quoted after the quote or the clause; a company
// names itself in a statement, not so)
const PERSON_ONLY_BEFORE: Record<Language, RegExp> = {
  fr: new RegExp(
    `(?:(?:dirigée?s?|présidée?s?) par|que (?:dirige|préside)(?:\\s+depuis\\s+[^,.;]{1,30})?|succède à|succéder à|remplace|remplacer|a nommé|ont nommé|nomme|(?:[»"”],?|,)\\s*(?:${SPEECH_VERBS.fr.present}|a\\s+(?:${SPEECH_VERBS.fr.participle})))\\s*$`,
    'u',
  ),
  en: new RegExp(
    `(?:succeeds|succeeded|replaces|replaced|takes over from|took over from|appointed|hired|(?:[”"],?|,)\\s*(?:${SPEECH_VERBS.en.said}))\\s*$`,
    'u',
  ),
};

/** The spellings of a draft found in the text outside its discovered mentions, as whole words. */
function occurrences(text: string, draft: NewActorDraft): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const alias of draft.aliases)
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length)) {
      const end = at + alias.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      if (draft.mentions.some((m) => m.start === at)) continue;
      out.push({ text: alias, start: at, end });
    }
  return out;
}

/** What precedes a word that opens a sentence or a paragraph. */
const OPENS_SENTENCE = /(?:^|[.!?»"”]\s+|\n\s*)$/u;

/**
 * "attribué à X", "confié à X", "vendu à X": after a verb of giving, "à" names who receives, not a place; nor after
 * words that take a party with "à" ("revient à X", "face à X", "une alternative à X", "succède à X", "grâce à X").
 */
// ("verser 2 millions d'euros à X", "rembourser sa dette à X": a sum paid goes to someone, with its amount between)
// ("face à SAP et à X": the list goes on after a second "à")
const DATIVE_BEFORE =
  /(?:(?<![\p{L}])(?:attribu|confi|vend|cèd|céd|accord|octroy|livr|délivr|fourni|offert|offr|propos|transfér|destin|adress|envoy|lou|reproch|ordonn|interdi|demand|permet|reviens|revient|revenu|face|alternative|grâce|appel|recours|succède|succéd|appartien|associ|alli|adoss|rattach)\p{L}*\s+(?:(?:\p{Ll}+\s+){0,2}|à\s+[^.;:!?]{1,40}?\s(?:et|ou)\s+)|(?<![\p{L}])(?:vers|pay|accord|octroy|allou|rembours|rétrocéd|redevabl|inflig|impos)\p{L}*\s+[^.;:!?]{0,40}?)à\s*$/iu;
const TITLE_APPOSED_BEFORE =
  /(?:['’]s|(?<![\p{L}])(?:the|le|la|l['’]|son|sa|its|their|leur|notre|our|whose))\s*[^,.;]{0,40},\s*$/iu;
const COMPOUND_PLACE =
  /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*-(?:sur|sous|en|lès|lez|près|le|la|les|aux?|de|du|des)-\p{Lu}[\p{L}-]*$/u;
const MEMBER_CUE = /(?<![\p{L}])members?(?![\p{L}])/u;
const NAME_AND_YEAR = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2} 20\d\d$/u;
/**
 * The rest of a name's sentence with no other name in it, then the next sentence's subject, an organisation's noun
 * with its article and no complement of its own ("L'association reprochait…", "The charity said…"; not "La
 * fédération des…", which names another). Not "the union", "le syndicat" nor "the group": a company's workers'
 * union or a company's group follows a company as often ("Workers at X walked out. The union said…").
 */
const ORGANISATION_OPENS_NEXT =
  /^[^.!?\p{Lu}]{0,60}[.!?]\s+(?:L['’]|La |Le |The )(?:[\p{Ll}-]+\s+)?(association|fédération|ONG|collectif|federation|charity|NGO|non-?profit)(?=[\s,])(?!\s+(?:de|du|des|d['’]|of|\p{Lu}))/u;
/** "Rennes", "Aix-en-Provence", "Fos-sur-Mer": a place's name (hyphenated with its small words). */
const PLACE_SHAPED = /^\p{Lu}\p{Ll}+(?:-(?:\p{Lu}\p{Ll}+|sur|sous|en|lès|lez|le|la|les|de|du|des|aux?|et))*$/u;
const SITES_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SITE_NOUNS})(?:\\s+[\\p{Ll}-]+)?\\s+$`, 'iu');
const PLACE_LIST_BEFORE = /(?<![\p{L}])(?:à|in)\s+(\p{Lu}[\p{L}-]+)(?:\s*,\s*\p{Lu}[\p{L}-]+)*\s*(?:,|et|and)\s*$/u;
/** "Shares in X", "a stake in X", "invested in X": what is held or funded, not a place. */
const STAKE_IN = /(?:shares|stake|holding|interest|invest(?:ed|s|ing|ment)?|participation|parts)\s+in\s*$/iu;
/** "à Nantes" is a place only when nothing name-like follows ("à Nantes et Paris", "in Grenoble,"). */
// ("in Trafford near Manchester", "à Brignais, près de Lyon": a place located by another)
// (and a time since when after a verb of being placed: "Installée à Labège depuis sa création", "based in Leeds since
// 2019"; not "has been a shareholder in X since 2019")
// ("à Lannion (Côtes-d'Armor)", "à Plouzané (29)": a département after a town)
const placeLike = (after: string, before?: string) =>
  /^\s*(?:[,.;:)]|et\s|and\s|near\s|près\s|outside\s|$)/u.test(after) ||
  /^\s+\((?:\d{2,3}|(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?))\)/u.test(after) ||
  (/^\s*(?:depuis|since)\s/u.test(after) && (before === undefined || PLACED_BEFORE.test(before)));
const TOWN_OF = /(?:city|town|ville|commune|mayor|maire)\s+(?:of|de|d['’])\s*$/iu;
const BORN_IN = /(?<![\p{L}])(?:fondée?s?|créée?s?|née?s?|founded|established)\s+(?:à|in)\s*$/iu;
const PLACED_BEFORE =
  /(?<![\p{L}])(?:based|located|headquartered|settled|present|active|actifs?|actives?|installée?s?|basée?s?|implantée?s?|située?s?|établie?s?|présente?s?)\s+(?:in|à)\s*$/iu;

/** Groups one document's new names into actors. `knownKeys` are folded names the knowledge base already has. */
export function groupNewActors(
  text: string,
  names: readonly NameCandidate[],
  language: Language,
  knownKeys: ReadonlySet<string>,
): NewActorDraft[] {
  const byKey = new Map<string, NewActorDraft>();
  const order: NewActorDraft[] = [];
  const keyOf = new Map<string, string>();
  const add = (key: string, name: NameCandidate) => {
    let draft = byKey.get(key);
    if (!draft) {
      draft = { key, name: name.text, kind: 'company', aliases: [], kindCue: null, mentions: [] };
      byKey.set(key, draft);
      order.push(draft);
    }
    if (!draft.aliases.includes(name.text)) draft.aliases.push(name.text);
    draft.mentions.push({ key, text: name.text, start: name.start, end: name.end });
  };
  const shortForms = shortFormsOf(text, names, knownKeys, language);
  // (made when a lone word first needs it)
  let heads: Set<string> | undefined;
  for (const [i, name] of names.entries()) {
    const folded = foldKey(name.text);
    if (knownKeys.has(folded) || name.text.length < 2) continue;
    const previous = names[i - 1];
    // "Full Name (ACR)": the acronym is an alias of the name it follows; so is a full name after its acronym, in
    // parentheses or in apposition ("IPCEI-CIS, the Important Project of Common European Interest on cloud…").
    const between = previous ? text.slice(previous.end, name.start) : '';
    if (
      previous &&
      ((/^\s*\(\s*$/.test(between) &&
        ((isAcronym(name.text) && spellsInitials(name.text, previous.text)) ||
          abbreviates(name.text, previous.text))) ||
        (/^\s*(?:\(|,\s*(?:the|la|le|l['’]))\s*$/u.test(between) && acronymOf(previous.text, name.text)))
    ) {
      const owner = keyOf.get(foldKey(previous.text));
      if (owner) {
        keyOf.set(folded, owner);
        add(owner, name);
        continue;
      }
    }
    const key =
      keyOf.get(folded) ??
      surnameOwner(folded, order) ??
      shortFormOwner(shortForms.get(folded), keyOf) ??
      headOwner(folded, order) ??
      tailOwner(folded, order, (heads ??= longNameHeads(names))) ??
      folded;
    keyOf.set(folded, key);
    add(key, name);
  }
  for (const draft of order) {
    // Every occurrence tells the kind, also those discovery skips ("Cirra, a joint venture…" opening a sentence).
    // A person is named again by the surname alone ("Priya Raman" … "Raman joined…").
    const words = draft.name.split(' ');
    const surname = personNameShaped(words) ? words.at(-1)! : undefined;
    // A company's short form opening a sentence ("Nimbus chief executive X said…") names it too.
    const fulls = words.length >= 2 && !surname ? shortForms.get(foldKey(words[0]!)) : undefined;
    const shortForm = fulls?.size === 1 && draft.aliases.some((a) => fulls.has(foldKey(a))) ? words[0] : undefined;
    const also = surname ?? shortForm;
    let elsewhere = occurrences(text, also ? { ...draft, aliases: [...draft.aliases, also] } : draft);
    // (a spelling inside another name is that name's: "Nubo" of "Nubo Vault", the product of "Nubo Cloud"; a surname
    // of "la société Perrache Sécurité"; "Wexa" of "l'offre Wexa Sovereign", which tells nothing of Wexa's kind)
    elsewhere = elsewhere.filter(
      (o) => !names.some((n) => n.start <= o.start && n.end >= o.end && n.end - n.start > o.end - o.start),
    );
    const { kind, cue } = guessKind(text, [...draft.mentions, ...elsewhere], language);
    draft.kind = kind;
    draft.kindCue = cue;
    // The name opening a sentence ("Vertana will be chaired by…") is a mention too, which discovery cannot tell from
    // a capital letter unless the name was seen elsewhere.
    const opening = elsewhere.filter((o) => OPENS_SENTENCE.test(text.slice(Math.max(0, o.start - 3), o.start)));
    // The surname or short form opening a sentence names the actor too: an alias the rules then find there.
    if (also && opening.some((o) => o.text === also) && !draft.aliases.includes(also)) draft.aliases.push(also);
    if (opening.length > 0)
      draft.mentions = [...draft.mentions, ...opening.map((o) => ({ key: draft.key, ...o }))].sort(
        (a, b) => a.start - b.start,
      );
    // The longest spelling names the actor; the others are aliases.
    draft.name = [...draft.aliases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
  }
  for (const draft of order) launchedProduct(text, draft, order, language);
  return order;
}

/** A verb of launching right before a name, maybe with a day or a time word between ("a dévoilé mardi X"). */
const LAUNCHED_BEFORE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:lanc|dévoil|présent|commercialis|déploi|déploy)\p{L}*\s+(?:\p{Ll}+\s+)?$/iu,
  en: /(?<![\p{L}])(?:launch|unveil|roll(?:s|ed)? out|release|introduc|debut)\p{L}*\s+(?:(?:on|in|this|last)\s+\p{L}+\s+)?$/iu,
};
/**
 * "Nimbus Labs launched Nimbus Vault", "Nubo Cloud a dévoilé mardi Nubo Coffre": a name with no cue that shares its
 * first word with a company of the text and is launched, unveiled or sold is that company's product.
 */
function launchedProduct(text: string, draft: NewActorDraft, drafts: readonly NewActorDraft[], language: Language) {
  if (draft.kindCue !== null || draft.kind !== 'company' || !draft.name.includes(' ')) return;
  const words = draft.name.split(' ');
  // ("Nubo Ventures", "Nubo Systems": a company's ending names a company, launched or not; not a trade's, which
  // products end on as well: "Nimbus Labs launched Nimbus AI")
  const ending = foldKey(words.at(-1)!);
  if (COMPANY_NAME_ENDINGS.has(ending) && !TRADE_ENDINGS.has(ending)) return;
  const first = words[0]!;
  const maker = drafts.some((d) => d !== draft && d.kind === 'company' && d.name.startsWith(`${first} `));
  if (!maker) return;
  for (const m of draft.mentions) {
    const verb = LAUNCHED_BEFORE[language].exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!verb) continue;
    // ("a présenté X, sa nouvelle filiale", "unveiled X, a joint venture with Y": a company presented, no product)
    if (!COMPANY_APPOSED.test(text.slice(m.end, m.end + 60))) [draft.kind, draft.kindCue] = ['offer', verb[0].trim()];
    return;
  }
}
/** An apposition whose noun is a company's: "X, sa nouvelle filiale", "X, a joint venture with Y". */
const COMPANY_APPOSED =
  /^\s*,\s*(?:[\p{L}'’-]+\s+){0,3}?(?:filiale|coentreprise|entité|société|entreprise|start-?up|subsidiary|unit|division|joint venture|venture|entity|company|firm|spin-?off)(?![\p{L}])/iu;

/** The trades among those endings ("Security", "AI", "Analytics"), which a product's name ends on too. */
const TRADE_ENDINGS = new Set(
  'security securite cyber cybersecurity ai digital numerique informatique analytics'.split(' '),
);
/** Words that end a company's full name ("Quantel Systems", "Go Capital"): no person's, nor a description's. */
const COMPANY_NAME_ENDINGS = new Set(
  'systems technologies technology labs group groupe software solutions networks cloud data datacenters datacentres hosting telecom computing inc ltd sa sas corp corporation holdings industries partners ventures capital consulting services security securite cyber cybersecurity ai digital numerique informatique analytics'.split(
    ' ',
  ),
);

/**
 * "la Cour" after "la Cour des comptes", "the Ministry" after "the Ministry of Defence", "the Commission" after "the
 * European Commission": the institution again.
 */
function headOwner(folded: string, drafts: readonly NewActorDraft[]): string | undefined {
  if (!BARE_HEAD.test(folded)) return undefined;
  return drafts.find((d) => d.key.startsWith(`${folded} `) || d.key.endsWith(` ${folded}`))?.key;
}

/** The folded first word of every name of several words. */
const longNameHeads = (names: readonly NameCandidate[]) =>
  new Set(names.filter((n) => n.text.includes(' ')).map((n) => foldKey(n.text.split(' ')[0]!)));
const FOLDED_REGIONS: ReadonlySet<string> = new Set([...REGION_NAMES].map(foldKey));
/**
 * "Kestrel" after "Atelier Kestrel", "Arkéa" after "Crédit Mutuel Arkéa": an organisation named in full and then by
 * its last word, when that word is its own (no place, no noun of the field or of a kind: "Cloud" of "Wexa Cloud" is
 * no short form), ends only one name seen before and begins none ("Keystrand" beside "MSP Keystrand" and "Keystrand
 * IT" is not told).
 */
function tailOwner(folded: string, drafts: readonly NewActorDraft[], heads: ReadonlySet<string>): string | undefined {
  if (folded.includes(' ') || notShortForm(folded) || FOLDED_REGIONS.has(folded) || COMPANY_NAME_ENDINGS.has(folded))
    return undefined;
  // (the word heads a name of several words: that name's short form or another actor)
  if (heads.has(folded)) return undefined;
  let owner: string | undefined;
  for (const draft of drafts) {
    if (!draft.key.endsWith(` ${folded}`)) continue;
    // ("Club des utilisateurs Ondine": the last word after lower-case ones is a complement, a name of its own)
    if (/\s\p{Ll}/u.test(draft.name)) continue;
    const words = draft.name.split(' ');
    if (personNameShaped(words) || FIELD_NOUN.test(words.at(-1)!) || isKindWord(words.at(-1)!)) return undefined;
    // ("Belgian MSP Keystrand": an acronym before the word describes it as often as it names an owner)
    if (/^\p{Lu}{2,}$/u.test(words[0]!)) return undefined;
    if (owner !== undefined) return undefined;
    owner = draft.key;
  }
  return owner;
}

/**
 * "Opaline" for "Opaline Compute", "Quantel" for "Quantel Systems", "Meridian" for "Meridian Infrastructure
 * Partners": news names an organisation in full once and then by its first word(s), in a headline even before the
 * full name. Each leading part of a document's names of several words, folded, with the full names it begins (a
 * part beginning two names is ambiguous and names neither). A person's given name, a place, a title or a common
 * word is no short form, nor a word that is also a person's surname in the document ("Dassault" beside "Marcel
 * Dassault" and "Dassault Cloud").
 */
function shortFormsOf(
  text: string,
  names: readonly NameCandidate[],
  knownKeys: ReadonlySet<string>,
  language: Language,
): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  // "its flagship product, Oxalis Shield", "sa filiale Oxalis Défense": a full name a product's or a subsidiary's noun
  // introduces is the other one's product or unit.
  const productsAndUnits = new Set<string>();
  const surnames = new Set<string>();
  // A short form named on its own in the body before the full name is an actor of its own, the full name its
  // product or unit ("Hexaline a levé…", then "son offre Hexaline Souverain"); a headline may shorten first.
  const headlineEnd = Math.max(0, text.indexOf('\n'));
  const namedAloneFirst = (part: string, full: NameCandidate) => {
    // ("Tencha Compute Raises $85m" then "Tencha is also lining up debt" in the standfirst: the headline named it in
    // full first; not an acronym heading a name, "PIIEC Calcédoine" … "(PIIEC) Calcédoine", nor a unit or product the
    // body introduces, "Le groupe Kerlys cède sa filiale Kerlys Hosting")
    if (
      full.start >= headlineEnd &&
      text.indexOf(full.text) < headlineEnd &&
      !ACRONYM.test(part) &&
      !productsAndUnits.has(foldKey(full.text))
    )
      return false;
    for (let at = text.indexOf(part, headlineEnd); at >= 0 && at < full.start; at = text.indexOf(part, at + 1))
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + part.length] ?? ' '))
        if (!text.startsWith(full.text, at)) return true;
    return false;
  };
  const ambiguous = new Set<string>();
  // (each part's spelling, to find it alone in the text)
  const surfaces = new Map<string, string>();
  let bodyNames: Set<string> | undefined;
  for (const name of names) {
    const words = name.text.split(/\s+/u);
    if (words.length < 2) continue;
    // (a headline's name is read at its first mention in the body, where it may come after its short form alone)
    if (name.start < headlineEnd && (bodyNames ??= bodyNameTexts(names, headlineEnd)).has(name.text)) continue;
    const full = foldKey(name.text);
    if (knownKeys.has(full)) continue;
    const before = text.slice(Math.max(0, name.start - 40), name.start);
    if (
      OFFER_BEFORE[language].test(before) ||
      UNIT_BEFORE.test(before) ||
      OFFER_NOUN_NEXT.test(text.slice(name.end, name.end + 60))
    )
      productsAndUnits.add(full);
    if (personNameShaped(words)) {
      surnames.add(foldKey(words.at(-1)!));
      continue;
    }
    for (let n = 1; n < words.length; n++) {
      const last = words[n - 1]!;
      if (!/^\p{Lu}/u.test(last) || isTitle(last)) break;
      const shortText = words.slice(0, n).join(' ');
      const part = foldKey(shortText);
      if (notShortForm(part)) break;
      // (named alone after an earlier full name it begins: that name's short form, "Oxalis Security" … "Oxalis"; and
      // before a full name with a company's ending that is no unit of it, in a standfirst: "to lend Oxalis N" …
      // "Oxalis Datacenters"; not "le groupe Kerlys" … "sa filiale Kerlys Hosting")
      const companyEnding = COMPANY_NAME_ENDINGS.has(foldKey(words.at(-1)!)) && !productsAndUnits.has(full);
      if (!forms.has(part) && !companyEnding && namedAloneFirst(shortText, name)) {
        ambiguous.add(part);
        // "Cérulia" named alone first: "Cérulia Bastion" is its product, "Bastion" the product's short form.
        const tail = words.slice(n).join(' ');
        const product = foldKey(tail);
        if (n === 1 && /^\p{Lu}/u.test(tail) && !notShortForm(product) && !isKindWord(tail))
          forms.set(product, (forms.get(product) ?? new Set()).add(full));
      }
      forms.set(part, (forms.get(part) ?? new Set()).add(full));
      if (!surfaces.has(part)) surfaces.set(part, shortText);
    }
  }
  for (const part of [...surnames, ...ambiguous]) forms.delete(part);
  // "Kerlys" begins "Kerlys Group" and its unit "Kerlys Hosting": it names the group.
  for (const [part, fulls] of forms)
    if (fulls.size > 1) {
      const groups = [...fulls].filter((full) => GROUP_ENDING.test(full.slice(part.length)));
      if (groups.length === 1) forms.set(part, new Set(groups));
    }
  // "Oxalis" begins "Oxalis Security" and its product "Oxalis Shield": it names the company.
  if (productsAndUnits.size > 0)
    for (const [part, fulls] of forms) {
      const owners = [...fulls].filter((full) => !productsAndUnits.has(full));
      if (fulls.size > 1 && owners.length === 1) forms.set(part, new Set(owners));
    }
  // "Nightjar Cloud" … "Nightjar's platform" … "its platform, Nightjar Santé": a part that begins two full names
  // names the one the reader had met when it was first written alone (the other comes after it, a product or unit).
  for (const [part, fulls] of forms)
    if (fulls.size > 1) {
      const alone = firstAlone(text, surfaces.get(part)!, names);
      if (alone < 0) continue;
      const met = [...fulls].filter((full) => names.some((n) => n.start < alone && foldKey(n.text) === full));
      if (met.length === 1) forms.set(part, new Set(met));
    }
  return forms;
}

/** Where a short form is first written alone (not opening a longer name), or -1. */
function firstAlone(text: string, part: string, names: readonly NameCandidate[]): number {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[at + part.length] ?? ' ')) continue;
    if (text[at + part.length] === ' ' && /^\p{Lu}/u.test(text.slice(at + part.length + 1, at + part.length + 2)))
      continue;
    if (!names.some((n) => n.start === at && n.end - n.start > part.length)) return at;
  }
  return -1;
}

const GROUP_ENDING = /^ (?:group|groupe|holding|holdings)$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** "sa filiale X", "its second overseas subsidiary, X", "sa nouvelle filiale X": a unit of a company named before it. */
const UNIT_BEFORE =
  /(?:^|[^\p{L}])(?:[Ss]a|[Ss]on|[Ll]eur|[Ii]ts|[Tt]heir)\s+(?:(?:[\p{Ll}-]+|French|British|German|UK|US)\s+){0,2}(?:filiale|branche|subsidiary|unit|division|spin-off)\s*,?\s*$/u;
const bodyNameTexts = (names: readonly NameCandidate[], from: number) =>
  new Set(names.filter((n) => n.start >= from).map((n) => n.text));
/**
 * "the Oxalis Shield platform", "Oxalis Shield, the company's detection service", "Oxalis Bouclier, son offre…",
 * "Oxalis Gate, its zero-trust network access service".
 */
// (review 15: the words between the possessive and the noun modify it: "its partner for the platform" names a partner)
const OFFER_NOT_MODIFIER = String.raw`(?:for|of|in|on|at|by|to|with|the|and|a|an|de|du|des|pour|la|le|les|à|au|aux|avec|et|en|sur|un|une)`;
const OFFER_NOUN_NEXT = new RegExp(
  String.raw`^(?:\s|\s*,\s*(?:(?:the company['’]s|the group['’]s|its|their|son|sa|leur)\s*(?:(?!${OFFER_NOT_MODIFIER}\s)[\p{Ll}-]+\s+){0,3}?|(?:a|an|un|une|la|le|l['’])\s*(?:[\p{Ll}-]+\s+){0,2}?))(?:platform|software|suite|app|service|offering|offre|plateforme|logiciel|solution|gamme)s?(?=\s*[,.;:)]|\s+(?:d['’]|(?:de|du|des|for|pour|of|that|which|qui|to|à|in|en|and|et)\s))`,
  'u',
);

const notShortForm = (part: string) =>
  part.length < 3 ||
  COUNTRY_NAMES.has(part) ||
  CITY_NAMES.has(part) ||
  DEMONYMS.has(part) ||
  COMMON_CAPITALISED.fr.has(part) ||
  COMMON_CAPITALISED.en.has(part) ||
  BARE_HEAD.test(part);

/** The key of the one full name a short form begins (the full name's own key, if it was grouped already). */
function shortFormOwner(
  fulls: ReadonlySet<string> | undefined,
  keyOf: ReadonlyMap<string, string>,
): string | undefined {
  if (!fulls || fulls.size === 0) return undefined;
  // (several full names already grouped as one actor are one owner: "Nimbus Cloud" and "Nimbus Cloud Services")
  const owners = new Set([...fulls].map((full) => keyOf.get(full) ?? full));
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * "Starck" after "Patrick Starck", "Van der Berg" after "Hugo van der Berg": a lone word, or a surname opening on its
 * particle, that ends a person's name seen before is that person.
 */
function surnameOwner(folded: string, drafts: readonly NewActorDraft[]): string | undefined {
  if (folded.includes(' ') && !SURNAME_PARTICLE.test(folded)) return undefined;
  for (const draft of drafts) {
    const words = draft.key.split(' ');
    if (draft.key.endsWith(` ${folded}`) && words.length > folded.split(' ').length && personNameShaped(words))
      return draft.key;
  }
  return undefined;
}
const SURNAME_PARTICLE = /^(?:van|von|de|du|des|der|den|le|la|di|da|del|della|ten|ter|el|al|ben|bin|ibn|abu|ould) /u;
