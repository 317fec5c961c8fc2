import type { FuzzyDate } from '../domain/dates.ts';
import type { ActorKind, Language } from '../domain/vocabulary.ts';
import type { DateMention } from '../ingest/extract/dates.ts';
import type { MoneyMention } from '../ingest/extract/money.ts';
import { isWordChar } from '../ingest/offset-preserving-fold.ts';
import { CueScanner, type CueHit, type Word } from './drafts.ts';
import {
  ANY_TITLE,
  AUTHORED_WORK,
  BY,
  DESCRIBED_ITEM,
  FR_NEGATION_CLOSE,
  HYPOTHESIS,
  LEGAL_FORMS,
  MARKER_WORDS,
  NEGATION,
  ORG_NOUNS,
  REPORTING,
  type Marker,
} from './lexicon.ts';

/**
 * One sentence as the rules see it: its actors (known to the knowledge base or newly proposed), dates and amounts,
 * with the light clause reading the rules share: coordinated groups ("Orange, Thales et Bull"), the group before
 * or after a cue, a passive agent ("by X"), and whether a cue sits under a negation or a hypothesis.
 */

export interface ActorSpan {
  id: string;
  kind: ActorKind;
  name: string;
  start: number;
  end: number;
  /** A possessive determiner standing for its owner where the possessed noun is not the subject ("Son rival, X,"). */
  ownerOnly?: true;
}

/** Coordinated actors: "A, B et C", "A and B", "A/B", "A & B". */
export interface Group {
  members: ActorSpan[];
  start: number;
  end: number;
  /** The word right before the group, lower-cased ("par", "of", "de"…), or "" at a clause start. */
  wordBefore: string;
  inParentheses: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * T with every field present, the optional ones `undefined` until set: for objects read at many places (a sentence's
 * view, a document's contexts). V8 gives an object a new shape for each field added after it is made, one per order
 * the fields come in; a place that has met more than four shapes looks each field up in a shared cache (a
 * "megamorphic" load), several times slower. Made with all its fields, such an object keeps the one shape.
 */
export type Complete<T> = T & { [K in keyof T]-?: unknown };

export interface SentenceView {
  /** The whole document text: offsets below index it. */
  text: string;
  /** The whole text folded (`foldText`: lower case, no accents), offset for offset. */
  folded: string;
  source: string;
  language: Language;
  published: FuzzyDate;
  index: number;
  start: number;
  end: number;
  /** Paragraph number, so discourse context does not cross a blank line. */
  paragraph: number;
  actors: ActorSpan[];
  groups: Group[];
  dates: DateMention[];
  money: MoneyMention[];
  /** The sentence's words, read once for every cue scanner. */
  words: Word[];
  /** Negation and hypothesis words, found on first use. */
  mood?: { negations: CueHit[]; hypotheses: CueHit[] };
  /** `groupBefore`'s answers by offset, found on first use (several rules ask about the same cue). */
  groupsBefore?: Map<number, GroupBefore | null>;
  /** Contracts the sentence says were awarded, found on first use (relations.ts `awardedContracts`). */
  awarded?: AwardedContract[];
  /** Which `Marker` words the sentence holds, found on first use. */
  markers?: boolean[];
  /** Future tenses and plans (events.ts `futureWords`), found on first use. */
  futures?: Span[];
  /** Revenue, funding-verb and receiving words outside names (fundings.ts `lastMatch`), found on first use. */
  fundingWords?: Record<'revenue' | 'verb' | 'receive', CueHit[]>;
}

/** "Le marché de Y a été attribué à X": who bought, who won, and the words that say so. */
export interface AwardedContract {
  buyer: ActorSpan;
  recipient: ActorSpan;
  cue: Span;
}

const COORDINATION =
  /^\s*(?:,|et|and|&|\/|ou|or|ainsi que|as well as|,\s*(?:et|and|ou|or))?\s*(?:(?:even|also|même|aussi|encore)\s+)?(?:(?:l['’]|le |la |les |the )\s*)?$/iu;
/** After a conjunction the next item may be described ("A et le groupe hospitalier B"); after a bare comma that is an apposition. */
const DESCRIBED_COORDINATION = new RegExp(
  `^\\s*,?\\s*(?:et|and|ou|or)\\s+(?:l['’]|le |la |les |the )\\s*${DESCRIBED_ITEM}$`,
  'iu',
);

/** Words after which a group is a complement, not a subject: "par X", "of X", "avec X". */
export const PREPOSITIONS = new Set(
  (
    "par de du des d' d’ à au aux avec chez pour contre entre via dans en sur sous vers comme selon que qu' qu’ " +
    'by of with at for from to into in on than like between via against versus about according'
  ).split(' '),
);

const ARTICLES = new Set(["l'", 'le', 'la', 'les', 'the']);
/**
 * A possessive and at most one word right before a point ("its revenue", "son chiffre d'affaires annuel", "its Nubio
 * Cloud platform" read backwards): group 1 is the possessive.
 */
export const POSSESSIVE_BEFORE = /(?<![\p{L}])(son|sa|ses|leur|leurs|its|their)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** A letter of Latin script (the atlas reads French and English), by code: no string made per character. */
const isLetter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** The word (lower-cased, "’" as "'") that ends right before `at`, spaces skipped; "" at a punctuation mark. */
function wordEndingAt(text: string, at: number, floor: number): string {
  let end = at;
  while (end > floor && text[end - 1] === ' ') end--;
  let start = end;
  // An elided article or preposition is a word of its own: "l'", "d'".
  if (start > floor && (text[start - 1] === "'" || text[start - 1] === '’')) start--;
  while (start > floor && isLetter(text.charCodeAt(start - 1))) {
    start--;
    if (start < end - 1 && (text[start] === "'" || text[start] === '’')) break;
  }
  return text.slice(start, end).toLowerCase().replace('’', "'");
}

/** Groups of coordinated actors in a sentence, in text order. */
export function groupActors(text: string, actors: readonly ActorSpan[], sentenceStart: number): Group[] {
  const groups: Group[] = [];
  const conjoined = new Set<Group>();
  // Parenthesis depth, read forward once.
  let depth = 0;
  let scanned = sentenceStart;
  for (const actor of actors) {
    const last = groups.at(-1);
    for (; scanned < actor.start; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    const inParentheses = depth > 0;
    // "Cloudwatt, Orange's service": a possessor is an apposition's, not a list item.
    const possessor = isPossessive(text, actor.end);
    const separator = last ? text.slice(last.end, actor.start) : '';
    // "par A, ancienne ingénieure chez O, et B", "by A, a former engineer at O, and B": after an item's apposition
    // (whose complement O is no item), the list goes on with the item before it.
    const apposed = groups.at(-2);
    if (
      last &&
      apposed &&
      apposed.members.length === 1 &&
      !inParentheses &&
      PREPOSITIONS.has(last.wordBefore) &&
      /^\s*,\s*(?:et|and)\s+$/u.test(separator) &&
      /^\s*,\s*(?:[\p{Ll}'’-]+\s+){1,5}$/u.test(text.slice(apposed.end, last.start))
    ) {
      conjoined.add(apposed);
      apposed.members.push(actor);
      apposed.end = actor.end;
      continue;
    }
    if (
      last &&
      !possessor &&
      last.inParentheses === inParentheses &&
      // "A et B, la société X": after a conjunction, a bare comma ends the list.
      !(conjoined.has(last) && /^\s*,\s*(?:(?:l['’]|le |la |les |the )\s*)?$/u.test(separator)) &&
      (COORDINATION.test(separator) ||
        DESCRIBED_COORDINATION.test(separator) ||
        repeatsPreposition(last.wordBefore, separator))
    ) {
      if (CONJUNCTION.test(separator)) conjoined.add(last);
      last.members.push(actor);
      last.end = actor.end;
      continue;
    }
    // "CloudWatt (Orange & Thales) and Numergy (SFR & Bull)": a parenthesis after a list item does not end the list.
    const beforeAside = groups.at(-2);
    if (
      last?.inParentheses &&
      !inParentheses &&
      beforeAside &&
      !beforeAside.inParentheses &&
      /^\s*\(\s*$/.test(text.slice(beforeAside.end, last.start)) &&
      COORDINATION.test(text.slice(beforeAside.end, actor.start).replace(/\([^()]*\)/gu, ''))
    ) {
      beforeAside.members.push(actor);
      beforeAside.end = actor.end;
      continue;
    }
    let wordBefore = wordEndingAt(text, actor.start, sentenceStart);
    // "l'État", "le projet X", "the State": an article is not the word that tells a complement; the one before it is.
    if (ARTICLES.has(wordBefore)) {
      const previous = wordEndingAt(text, actor.start - wordBefore.length - 1, sentenceStart);
      wordBefore = PREPOSITIONS.has(previous) ? previous : '';
    }
    groups.push({ members: [actor], start: actor.start, end: actor.end, wordBefore, inParentheses });
  }
  // Names joined by commas alone are two clauses' ("…la plate-forme OpenStack, Cloudwatt est resté…"); a list
  // has a conjunction ("IBM, HP ou Rackspace").
  if (groups.every((g) => g.members.length === 1)) return groups;
  const lists: Group[] = [];
  for (const g of groups)
    if (g.members.length > 1 && !hasConjunction(text, g)) lists.push(...splitGroup(g));
    else lists.push(g);
  return lists;
}

/** Whether "'s" or "’s" ends a word at `at` (/^['’]s\b/, without a string to test). */
function isPossessive(text: string, at: number): boolean {
  const quote = text.charCodeAt(at);
  if ((quote !== 39 && quote !== 0x2019) || text.charCodeAt(at + 1) !== 115) return false;
  const next = text.charCodeAt(at + 2);
  // \b after "s": no ASCII word character next (NaN past the end).
  return !((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95);
}

/** The preposition's forms that may recur after a conjunction: "auprès de A et de la B", "from A and from B". */
const PREPOSITION_FORMS = [
  ['de', 'du', 'des', "d'"],
  ['à', 'au', 'aux'],
];
const REPEATED_PREPOSITION = new RegExp(
  `^\\s*,?\\s*(?:et|and|ou|or)\\s+(\\p{L}+['’]?)\\s*(?:(?:l['’]|le |la |les |the )\\s*)?${DESCRIBED_ITEM}$`,
  'iu',
);

/** "A et de B" after "de A": the conjunction repeats the first item's preposition, so B is a second item. */
function repeatsPreposition(wordBefore: string, between: string): boolean {
  if (!PREPOSITIONS.has(wordBefore)) return false;
  const repeated = REPEATED_PREPOSITION.exec(between)?.[1]?.toLowerCase().replace('’', "'");
  if (!repeated) return false;
  const forms = PREPOSITION_FORMS.find((f) => f.includes(wordBefore)) ?? [wordBefore];
  return forms.includes(repeated);
}

const CONJUNCTION = /(?:^|\s)(?:et|and|&|ou|or|ainsi que|as well as)\s|\//iu;
function hasConjunction(text: string, group: Group): boolean {
  // Members over one span ("the two companies" standing for two names) are a list too.
  return group.members.some(
    (m, i) =>
      i > 0 &&
      (m.start < group.members[i - 1]!.end || CONJUNCTION.test(text.slice(group.members[i - 1]!.end, m.start))),
  );
}

function splitGroup(group: Group): Group[] {
  return group.members.map((m, i) =>
    i === 0
      ? { ...group, members: [m], end: m.end }
      : { members: [m], start: m.start, end: m.end, wordBefore: '', inParentheses: group.inParentheses },
  );
}

export const isComplement = (group: Group) => PREPOSITIONS.has(group.wordBefore);

/**
 * The subject-like group nearest before `at`: not in parentheses, not a complement ("par X", "of X"), not a
 * possessor ("Orange's service"), and not separated from `at` by a reporting verb ("X said the platform…").
 */
export function groupBefore(s: SentenceView, at: number, options: { reach?: number } = {}): Group | undefined {
  const found = nearestGroupBeforeOnce(s, at);
  return found && found.distance <= (options.reach ?? 160) ? found.group : undefined;
}

/** `nearestGroupBefore`, answered once per offset of a sentence (several rules ask about the same cue). */
function nearestGroupBeforeOnce(s: SentenceView, at: number): GroupBefore | null {
  s.groupsBefore ??= new Map();
  let found = s.groupsBefore.get(at);
  if (found === undefined) s.groupsBefore.set(at, (found = nearestGroupBefore(s, at)));
  return found;
}

/**
 * What `groupBefore` finds at any reach, with the reach it needs: the groups are visited from the nearest, so a
 * reach only cuts the answer off where a step to it is longer than that (a group in or before parentheses needs none).
 */
function nearestGroupBefore(s: SentenceView, at: number): GroupBefore | null {
  const open = openParenthesis(s, at);
  if (open >= 0) {
    // A cue inside parentheses speaks of the name inside them before it, else of the name the parentheses follow:
    // "(Capgemini avait préféré se retirer…)", "Linxo (hébergé chez Amazon…)".
    const group =
      s.groups.findLast((g) => g.start > open && g.end <= at) ??
      s.groups.find((g) => g.end <= open && /^\s*$/.test(s.text.slice(g.end, open)));
    return group ? { group, distance: 0 } : null;
  }
  // "X, which has A and B as customers, relies on Y": the names inside a closed relative clause are not the subject.
  const relative = relativeClauseBefore(s, at) ?? appositionBefore(s, at);
  for (let i = s.groups.length - 1; i >= 0; i--) {
    const g = s.groups[i]!;
    if (g.end > at || (relative && g.start > relative.start && g.end <= relative.end)) continue;
    if (g.members[0]!.ownerOnly && g.members.length === 1) continue;
    // "A report by MP X criticises Y": the author of the work the sentence opens on is its subject.
    const author = isComplement(g) && AUTHORED_WORK[s.language].test(s.text.slice(s.start, g.start));
    // "une semaine après que l'Anssi l'a sanctionnée", "alors que X…": a conjunction's "que" opens a clause whose
    // subject is the name after it.
    const clauseSubject =
      (g.wordBefore === 'que' || g.wordBefore === "qu'") &&
      SUBORDINATOR_BEFORE.test(s.text.slice(Math.max(s.start, g.start - 24), g.start));
    if (
      !author &&
      !clauseSubject &&
      (g.inParentheses || isComplement(g) || /^['’]s\b/u.test(s.text.slice(g.end, g.end + 3)))
    )
      continue;
    // A closed relative clause or apposition between them is not the sentence's own reporting verb.
    const between =
      relative && g.end <= relative.start
        ? s.text.slice(g.end, relative.start) + s.text.slice(relative.end, at)
        : s.text.slice(g.end, at);
    if (REPORTING[s.language].test(between)) return null;
    // "X's offering, Y, is built on Z, and the firm signed…": a clause with a described subject of its own, which an
    // offer, a place or a person before it cannot be.
    if (g.members.every((m) => NOT_DESCRIBED_AS_FIRM.has(m.kind)) && OWN_SUBJECT_CLAUSE[s.language].test(between))
      continue;
    // "X a rejoint Y en 2022 et a obtenu…", "X joined Y in 2022 and was certified": Y is the first verb's object; the
    // second verb shares the first one's subject.
    const coordinated = (between.includes(' et ') || between.includes(' and ')) && VERB_COORDINATION.exec(between);
    if (coordinated && !VERB_BEFORE.test(between.slice(0, coordinated.index + 1))) {
      const shared = nearestGroupBeforeOnce(s, g.start);
      if (shared) return { group: shared.group, distance: Math.max(at - g.end, shared.distance) };
      // "Créée en 2015, la start-up X emploie 40 personnes et a réalisé…": with no verb before it in its clause, X
      // is the subject of both verbs.
      const clause = s.text.slice(Math.max(s.start, s.text.lastIndexOf(',', g.start) + 1), g.start);
      return VERB_BEFORE.test(clause) ? null : { group: g, distance: at - g.end };
    }
    // (a closed relative clause or apposition between them is no distance: "La start-up, qui développe X, une
    // plateforme …, annonce une levée de N")
    const skipped = relative && g.end <= relative.start ? relative.end - relative.start : 0;
    return { group: g, distance: at - g.end - skipped };
  }
  return null;
}

const NOT_DESCRIBED_AS_FIRM: ReadonlySet<ActorKind> = new Set(['offer', 'place', 'person', 'certification']);
const OWN_SUBJECT_CLAUSE: Record<Language, RegExp> = {
  fr: new RegExp(
    String.raw`\s(?:et|mais)\s+(?:la|le|l['’]|cette|ce|cet)\s*(?:[\p{Ll}-]+\s+){0,2}?(?:${ORG_NOUNS.fr.source})\s+[^,;]*$`,
    'u',
  ),
  en: new RegExp(
    String.raw`\s(?:and|but)\s+(?:the|this)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${ORG_NOUNS.en.source})\s+[^,;]*$`,
    'u',
  ),
};

/** The group before a point, and the longest step from the point to it (the reach it needs). */
interface GroupBefore {
  group: Group;
  distance: number;
}

/** A second verb phrase with no subject of its own: "… et a obtenu", "… and was certified". */
const VERB_COORDINATION =
  /\s(?:et|and)\s+(?:a|ont|avait|avaient|est|sont|était|étaient|has|have|had|is|are|was|were|will)\s[^,;]*$/u;
/** A verb between a group and that coordination makes the group the subject: "X a rejoint … et a…". */
const VERB_BEFORE =
  /(?:^|\s)(?:a|ont|avait|avaient|est|sont|était|étaient|has|have|had|is|are|was|were|will|\p{Ll}{2,}ed)\s/u;

// (", qu'Orange a rachetée": a relative "que" after a comma has its own subject too)
const SUBORDINATOR_BEFORE =
  /(?:(?:après|avant|dès|parce|alors|tandis|bien|pendant|depuis|lors)\s+|,\s*)qu(?:e\s+|['’])(?:(?:l['’]|le |la |les )\s*)?$/iu;

const RELATIVE_OPENER = /,\s*(?:which|who|whose|qui|dont|lequel|laquelle|lesquels|lesquelles)\s/giu;

/** The last relative clause ", which …," opened and closed by commas before `at`, if any. */
function relativeClauseBefore(s: SentenceView, at: number): Span | undefined {
  const close = s.text.lastIndexOf(',', at - 1);
  if (close < s.start) return undefined;
  // The clause closes right before the verb: only words between the closing comma and `at`.
  if (!/^[\p{L}\s'’-]*$/u.test(s.text.slice(close + 1, at))) return undefined;
  const head = s.text.slice(s.start, close);
  RELATIVE_OPENER.lastIndex = 0;
  let open = -1;
  for (let m = RELATIVE_OPENER.exec(head); m; m = RELATIVE_OPENER.exec(head)) open = s.start + m.index;
  return open >= 0 ? { start: open, end: close } : undefined;
}

/** An apposition opens on a lower-case word that is no conjunction: ", filiale du groupe X,", ", a unit of X,". */
const PARTICIPLE_PHRASE = /^\p{L}+\s+(?:by|in|at|on|from|par|à|en|au|aux|dans|chez|sur)\s/u;
const NOUN_PHRASE_APPOSITION = /^\s*(?:an?|the|une?|l['’]|la|le|les|deux|two)\s/iu;
const APPOSITION_OPENER = /^\s*(?!(?:et|and|or|ou|mais|but|puis|then)\s)[\p{Ll}\d]/u;

/**
 * The apposition in "X, filiale de Y, a remporté…" or "X, the maker of Y, has appointed…": closed by a comma right
 * before the verb at `at` (an auxiliary or adverb between: a cue right after the comma is itself a participle, "Y,
 * based in P"), opened by a comma right after a name (without it, ", le projet X," is no apposition but the subject).
 */
function appositionBefore(s: SentenceView, at: number): Span | undefined {
  const close = s.text.lastIndexOf(',', at - 1);
  const verbAfter = s.text.slice(close + 1, at);
  if (close < s.start || !/^\s+(?:[\p{L}'’-][\p{L}\s'’-]*)?$/u.test(verbAfter)) return undefined;
  const open = s.text.lastIndexOf(',', close - 1);
  const apposition = s.text.slice(open + 1, close);
  if (open < s.start || !APPOSITION_OPENER.test(apposition)) return undefined;
  // A cue right after the comma may be a participle of its own ("X, rachetée par Y, …", "X, the maker of Y, based
  // in P"), unless the apposition is a noun phrase and a verb's object follows: "X, a former Y executive, joined Z".
  // A participle apposition with its complement ("X, founded in 2017 by Y, raised…", "X, fondée en 2011 par Y, a
  // levé…") is closed too: the verb after it is the main one's.
  if (
    /^\s*$/u.test(verbAfter) &&
    ((!NOUN_PHRASE_APPOSITION.test(apposition) && !PARTICIPLE_PHRASE.test(apposition.trimStart())) ||
      PARTICIPLE_PHRASE.test(s.text.slice(at, at + 40)))
  )
    return undefined;
  if (!s.groups.some((g) => g.end <= open && NAME_CLOSED.test(s.text.slice(g.end, open)))) return undefined;
  return { start: open, end: close };
}
/** Between a name and the comma after it: nothing, or the legal form its mention left out ("X BV, a Lyon-based…"). */
const NAME_CLOSED = new RegExp(`^(?:\\s+(?:${LEGAL_FORMS})\\.?)?\\s*$`, 'u');

/** Offset of the parenthesis still open at `at` in the sentence, or -1. */
function openParenthesis(s: SentenceView, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= s.start; i--) {
    const c = s.text.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The group a participle opening the sentence qualifies: "Fondée en 2019 par A, la société X …" -> X. */
export function groupAfterParticiple(s: SentenceView, agent: Group): Group | undefined {
  // "Sanctionnée en 2022 par la CNIL d'une amende…, la start-up a…": the clause goes on after its agent; the subject
  // opens the main clause, right after a comma.
  if (!/^\s*,/.test(s.text.slice(agent.end, agent.end + 3)))
    return s.groups.find(
      (g) =>
        g.start > agent.end &&
        g.start - agent.end <= 160 &&
        !g.inParentheses &&
        /,\s*(?:(?:l['’]|le |la |les |the )\s*)?$/u.test(s.text.slice(agent.end, g.start)) &&
        !/[;:.]/u.test(s.text.slice(agent.end, g.start)),
    );
  // "Fondée par A et B, deux anciens chercheurs du C, X a…", "Founded by A, a former G engineer, and B, who ran
  // infrastructure at C, X raised…": the agents' appositions (their names too) and the agents "and" joins are
  // skipped; the subject follows a comma, with a definite article and a noun or two at most ("la société X").
  let at = agent.end;
  // ("Fondée par A, sa présidente, et B, son directeur technique, X…": a possessive in an apposition is no subject,
  // unless the subject after is a noun no actor names: "par A, son directeur général, l'entreprise…" is its company)
  let pronoun: Group | undefined;
  for (const g of s.groups) {
    if (g.start < at) continue;
    const between = s.text.slice(at, g.start);
    if (g.start - agent.end > 200 || /[;:.]/u.test(between)) return pronoun;
    if (g.members.length === 1 && (g.members[0]!.ownerOnly || PRONOUN.test(s.text.slice(g.start, g.end)))) {
      pronoun ??= SUBJECT_AFTER_AGENTS.test(between) ? g : undefined;
      continue;
    }
    if (!g.inParentheses && !isComplement(g) && SUBJECT_AFTER_AGENTS.test(between)) return g;
    at = g.end;
  }
  return pronoun;
}
const PRONOUN = /^(?:sa|son|ses|leurs?|la|le|l['’]|en|y|its|their|it|her|his)$/iu;
const SUBJECT_AFTER_AGENTS = /,\s*(?:(?:l['’]|(?:le|la|les|the)\s+)(?:[\p{Ll}-]+\s+){0,2})?$/u;

/** The first group after `at`, within `reach` characters. */
export function groupAfter(s: SentenceView, at: number, reach = 90): Group | undefined {
  for (const g of s.groups) {
    if (g.start < at || (g.members[0]!.ownerOnly && g.members.length === 1)) continue;
    return g.start - at <= reach ? g : undefined;
  }
  return undefined;
}

// Not the tail of a compound adjective ("the state-owned fund X" is still X's passive).
// (and the short or irregular English ones: "a group led by X", "a fund run by X")
const PARTICIPLE =
  /(?<![\p{L}-])(?:\p{L}{3,}(?:é|ée|és|ées|ed)|led|run|held|built|made|chosen|taken|given|known|owned|bought|sold)(?![\p{L}\p{N}])/u;

/** The agent of a passive: "lancé par X", "created by X", "qualifiée SecNumCloud par X", shortly after the cue. */
const FORMER_ROLE = /^(?:former|ex-|anciens?|anciennes?)\s/iu;
export function passiveAgent(s: SentenceView, cueEnd: number): Group | undefined {
  for (const g of s.groups) {
    if (g.start < cueEnd) continue;
    if (g.start - cueEnd > 60) return undefined;
    const between = s.text.slice(cueEnd, g.start);
    // The agent follows its verb: no clause break and no other participle between them ("sur base VMware
    // développée par HP": HP developed, it is not the agent of the cue).
    if (/[,;:]/.test(between) || PARTICIPLE.test(between)) return undefined;
    // "par X", "by the X", or the agent described by an organisation noun: "by the American group X", "by the
    // state-owned fund X", "par le groupe américain X".
    const lastWords =
      /(?:^|\s)((?:jointly\s+)?(?:by|par|de la part d[eu'’]))\s*(?:l['’]|le |la |les |the )?\s*((?:[\p{L}-]+\s+){0,4})$/iu.exec(
        between,
      );
    const described = lastWords?.[2] ?? '';
    // …or a person described by a title: "by chief executive X", "par son PDG X", "by its founder X".
    // ("by former Airbus engineer X": any title, its organisation's name among the words)
    // ("by former penetration testers A and B", "par d'anciens consultants A et B": a past role is a title too)
    const titled =
      g.members.every((m) => m.kind === 'person') && (ANY_TITLE.test(described) || FORMER_ROLE.test(described));
    if (
      lastWords &&
      BY[s.language].test(lastWords[1]!) &&
      (described === '' || titled || ORG_NOUNS[s.language].test(described))
    )
      return g;
  }
  return undefined;
}

/**
 * The last `char` (one code unit) at or before `at` inside the sentence, or -1: `s.text.lastIndexOf(char, at)` read
 * back no further than the sentence's start. (A semicolon or a colon looked for in the whole text was read back to
 * its start at each call: 1,563 characters a call over the synthetic articles, the whole article before the anchor.)
 */
export function lastInSentence(s: SentenceView, char: string, at: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.min(at, s.text.length - 1); i >= s.start; i--) if (s.text.charCodeAt(i) === code) return i;
  return -1;
}

/** Start of the clause holding `at`: the sentence start, or the last ";", ":" or dash before it. */
export function clauseStart(s: SentenceView, at: number): number {
  for (let i = at - 1; i > s.start; i--) {
    const c = s.text[i];
    if (c === ';' || c === ':' || c === '—' || c === '–') return i + 1;
  }
  return s.start;
}

/** Whether [start, end) lies in an actor's name: a cue word inside a name ("Investment Bank") is no cue. */
export const insideActor = (s: SentenceView, start: number, end: number) =>
  s.actors.some((a) => a.start < end && start < a.end);

const negationScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([NEGATION.fr]),
  en: new CueScanner([NEGATION.en]),
};
const hypothesisScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([HYPOTHESIS.fr]),
  en: new CueScanner([HYPOTHESIS.en]),
};
/** "even if", "même si" concede a fact; they do not make it a hypothesis. */
const CONCESSIVE = /(?:even|même|meme)\s+$/iu;

const markerScanners: Record<Language, CueScanner> = {
  fr: new CueScanner(MARKER_WORDS.fr),
  en: new CueScanner(MARKER_WORDS.en),
};
/** Whether the sentence holds one of a `Marker`'s words (one scan of its words answers every marker). */
export function hasMarker(s: SentenceView, marker: Marker): boolean {
  if (!s.markers) {
    s.markers = MARKER_WORDS[s.language].map(() => false);
    for (const hit of markerScanners[s.language].scan(s)) s.markers[hit.cue] = true;
  }
  return s.markers[marker]!;
}

/** The sentence's negation and hypothesis words, found once (every cue of the sentence asks about them). */
export function mood(s: SentenceView): { negations: CueHit[]; hypotheses: CueHit[] } {
  s.mood ??= {
    negations: negationScanners[s.language].scan(s),
    hypotheses: hypothesisScanners[s.language]
      .scan(s)
      .filter((h) => !CONCESSIVE.test(s.text.slice(Math.max(s.start, h.start - 8), h.start))),
  };
  return s.mood;
}

/** Whether a cue at [start, end) is negated: a negation in its clause just before it (French: "ne … pas" around it). */
export function negated(s: SentenceView, start: number, end: number): boolean {
  const { negations } = mood(s);
  if (negations.length === 0) return false;
  const from = Math.max(clauseStart(s, start), start - 45);
  // A negation inside a relative clause closed before the cue is that clause's: "X, qui ne compte plus…, sera fermé".
  const own = (n: CueHit) =>
    !(
      RELATIVE_OPEN.test(s.text.slice(Math.max(s.start, n.start - 60), n.start)) &&
      s.text.slice(n.end, start).includes(',')
    ) && !quotedBefore(s, n, start);
  if (!negations.some((n) => n.start >= from && n.end <= start && own(n))) return false;
  if (s.language === 'en') return true;
  const before = s.text.slice(from, start);
  // ("dément avoir levé N", "a démenti avoir racheté X": a denial needs no "pas")
  if (/\bsans\b|\bjamais\b|\baucun|\bdément|\bdémenti/iu.test(before)) return true;
  return FR_NEGATION_CLOSE.test(before) || FR_NEGATION_CLOSE.test(s.text.slice(end, Math.min(s.end, end + 20)));
}

/** A relative clause opened before this point and not yet closed by a comma. */
const RELATIVE_OPEN = /,\s*(?:qui|dont|which|who|that)\s[^,]*$/iu;

/** Whether a cue stands under a condition or a guess ("if", "could", "si", "pourrait") in its clause. */
export function hypothetical(s: SentenceView, start: number): boolean {
  const { hypotheses } = mood(s);
  if (hypotheses.length === 0) return false;
  const from = Math.max(clauseStart(s, start), start - 80);
  return hypotheses.some((h) => h.start >= from && h.end <= start && !factualSi(s, h) && !quotedBefore(s, h, start));
}

/**
 * A marker inside a quotation closed before the cue is the speaker's: "« Sans la banque, le chantier n'aurait jamais
 * démarré », reconnaît X, président de Y" (X still leads Y), "\"We would never have…,\" said X, CEO of Y".
 */
function quotedBefore(s: SentenceView, marker: Span, cue: number): boolean {
  const between = s.text.slice(marker.end, cue);
  // (a quotation then its attribution after a comma: « … », reconnaît X; not a phrase quoted inside a clause:
  // 'Le groupe « n'exclut pas » une acquisition')
  const close = Math.max(between.indexOf('»'), between.indexOf('”'), between.indexOf('"'));
  // (English puts the comma inside: "…," said X)
  if (close < 0 || !(/^\s*,/u.test(between.slice(close + 1)) || between.charAt(close - 1) === ',')) return false;
  if (between.charAt(close) !== '"') return true;
  let open = false;
  for (let i = s.start; i < marker.start; i++) if (s.text.charCodeAt(i) === 34) open = !open;
  return open;
}

/**
 * French "si" with a present perfect states a fact it contrasts with ("Si X a pu démarrer vite, Y…"); only a
 * present, imperfect or pluperfect after "si" is a condition ("si X rachetait", "si X avait racheté").
 */
const PRESENT_PERFECT =
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:a|ont|est|sont)\s+(?:pu|été|dû|\p{L}+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite))(?![\p{L}])/u;
function factualSi(s: SentenceView, h: CueHit): boolean {
  return (
    s.language === 'fr' &&
    /^si$/iu.test(s.text.slice(h.start, h.end)) &&
    PRESENT_PERFECT.test(s.text.slice(h.end, h.end + 60))
  );
}

/** The shortest span of the sentence holding every given span, widened to whole words, at least 3 characters. */
export function evidenceSpan(s: SentenceView, spans: readonly Span[]): Span {
  // (no span cites the whole sentence: the widening below would never end from infinite bounds)
  let start = s.end;
  let end = s.start;
  for (const x of spans) {
    if (x.start < start) start = x.start;
    if (x.end > end) end = x.end;
  }
  if (start >= end) [start, end] = [s.start, s.end];
  start = Math.max(s.start, start);
  end = Math.min(s.end, end);
  while (start > s.start && isWordChar(s.text[start - 1])) start--;
  while (end < s.end && isWordChar(s.text[end])) end++;
  while (end - start < 3 && (start > s.start || end < s.end)) {
    if (end < s.end) end++;
    else start--;
  }
  if (end - start > 400) end = start + 400;
  return { start, end };
}

/** The date mention nearest to `at` in the sentence. */
export function nearestDate(s: SentenceView, at: number): DateMention | undefined {
  let best: DateMention | undefined;
  let distance = Infinity;
  for (const d of s.dates) {
    const gap = d.end <= at ? at - d.end : d.start >= at ? d.start - at : 0;
    if (gap < distance) [best, distance] = [d, gap];
  }
  return best;
}
