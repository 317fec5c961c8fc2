import type { FuzzyDate } from '../domain/dates.ts';
import type { FundingKind, Language } from '../domain/vocabulary.ts';
import { isAfterPublication } from '../domain/truth/status.ts';
import type { DateMention } from '../ingest/extract/dates.ts';
import type { MoneyMention } from '../ingest/extract/money.ts';
import { clamp01, CueScanner, type CueHit, type EventDraft, type FundingDraft } from './drafts.ts';
import { awardedContracts } from './relations.ts';
import {
  BANK_BRANDS,
  bi,
  COMPARED_BEFORE,
  CONTRACT,
  CUMULATIVE,
  DISBURSE,
  EACH,
  EQUITY_AFTER,
  EACH_BEFORE,
  FORECAST,
  FUNDING_VERB,
  GRANT,
  isFrenchFuture,
  ANY_TITLE,
  LOAN,
  NEGATION,
  ORGANISATION_KINDS,
  PLEDGE,
  PER_PERIOD,
  PRICE_PER_UNIT,
  RECEIVE,
  RESPECTIVELY,
  REVENUE,
  ROUND_AMOUNT,
  ROUND_NOUN,
  ROUND_PAYERS,
  RoundCue,
  SPEECH_VERBS,
  TARGET_AFTER,
  TOTAL_OR_VALUATION_HINT,
  VALUATION,
  VALUATION_AFTER,
  WITH_PAYERS_TAIL,
} from './lexicon.ts';
import {
  clauseStart,
  groupAfter,
  groupBefore,
  hypothetical,
  insideActor,
  isComplement,
  lastInSentence,
  nearestDate,
  negated,
  passiveAgent,
  type ActorSpan,
  type AwardedContract,
  type Group,
  type SentenceView,
  type Span,
  POSSESSIVE_BEFORE,
} from './sentence.ts';

/**
 * Fundings: an amount (from the money extractor, which already rejects counts such as "2 millions de serveurs")
 * with its funder and recipient read from the sentence's structure:
 *  - active:     "X devait investir N dans Y", "X invested N in Y"                  -> from X, to Y
 *  - passive:    "Y, financé par X à hauteur de N", "Y was created by X by adding N" -> from X, to Y
 *  - participle: "Financé à hauteur de N, le projet Y …"                             -> to Y
 *  - revenue:    "le chiffre d'affaires de Y atteint N", "Y claimed N in revenue", "Y … N billed"
 *  - ellipsis:   "X devait investir N1, A et B N2 chacun et C N3" -> the verb and recipient carry over
 * The kind comes from modality: "devait", "wanted to", "will" -> pledged; paid, versé -> disbursed; else invested.
 * Several funders sharing one amount are `funders`; "chacun"/"each" gives each funder the whole amount. With no
 * recipient in the sentence, the recipient of the funding just before (same paragraph) carries over.
 */

export interface FundingContext {
  last?: { to: ActorSpan; kind: FundingKind; sentence: number; paragraph: number };
  /** The company the article is about so far, for "Son chiffre d'affaires…" with no name before it. */
  topic?: () => ActorSpan | undefined;
  /** The last round told (money invested in a recipient), to which the next sentences may add payers. */
  round?: { draft: FundingDraft; funders: ActorSpan[]; recipient: ActorSpan; sentence: number; grant?: boolean };
  /**
   * Money granted or awarded with its payers but to recipients not named yet ("awarded €47m in grants from plan P to
   * four firms"): the shares the next sentences give ("X receives N1", "the largest award, N2, goes to Y") are its.
   */
  pool?: { payers: ActorSpan[]; kind: FundingKind; amount: number; date?: string; sentence: number };
  /** A public body that opened a tender ("La Dinum a notifié les lots de son appel d'offres"): the buyer of its lots. */
  tender?: { buyer: ActorSpan; sentence: number };
  /** The recipient of the headline's funding: the article's company while the coreference names none. */
  headline?: ActorSpan;
  /** The contract the sentence before awarded, whose value the next sentence may tell ("D'un montant de N, il…"). */
  contract?: { awarded: AwardedContract; sentence: number; paragraph: number };
  /** The sentence read before, where a supplier chosen may be told before its contract's value. */
  sentence?: SentenceView;
  /** The public bodies named in the sentences read before, the last named first. */
  bodies?: ActorSpan[];
  /** The funds and banks named in the sentences read before (by their names' words), the last named first. */
  financiers?: ActorSpan[];
  /** The company the article's first sentence opens on ("X s'offre Y et décroche…"): what a description stands for. */
  opening?: ActorSpan | null;
}

/** A contract's value opening its own phrase: "D'un montant de près de N", "Worth N", "valued at N". */
const CONTRACT_VALUE =
  /(?:montant|valeur|worth|valued at|value of)\s+(?:de\s+|d['’])?(?:(?:près de|environ|plus de|quelque|about|around|nearly|some|more than)\s+)?$/iu;

type Family = 'revenue' | 'verb' | 'receive';
const familyScanners: Record<Family, Record<Language, CueScanner>> = {
  revenue: { fr: new CueScanner([REVENUE.fr]), en: new CueScanner([REVENUE.en]) },
  verb: { fr: new CueScanner([FUNDING_VERB.fr]), en: new CueScanner([FUNDING_VERB.en]) },
  receive: { fr: new CueScanner([RECEIVE.fr]), en: new CueScanner([RECEIVE.en]) },
};

/** The readings of a contract's value (its buyer pays its supplier). */
const CONTRACT_RULES = new Set([
  'funding.contract',
  'funding.contract-won',
  'funding.contract-awarded',
  'funding.contract-value',
]);
const RECIPIENT_PREPOSITIONS = new Set(['in', 'into', 'to', 'for', 'dans', 'à', 'au', 'aux', 'en', 'pour', 'of']);

interface Hit extends Span {
  text: string;
}

const familyWords = (family: Family, s: SentenceView) =>
  familyScanners[family][s.language]
    .scan(s)
    .filter((h) => !insideActor(s, h.start, h.end) && !(family === 'receive' && signedToBorrower(s, h)));
/**
 * "A signed a €50m loan to B", "A a signé un prêt de N à B": the lender signed the loan its borrower, named after "to",
 * receives (the borrower signs "a loan to fund…", "un prêt pour financer…").
 */
const signedToBorrower = (s: SentenceView, h: Span) =>
  /^sign/iu.test(s.text.slice(h.start, h.end)) &&
  s.groups.some(
    (g) =>
      g.start > h.end &&
      g.start - h.end <= 70 &&
      (g.wordBefore === 'to' || g.wordBefore === 'à') &&
      g.members[0]!.kind !== 'place' &&
      !/[.;]|,\s/u.test(s.text.slice(h.end, g.start)),
  );

/** Each family's words in a sentence, found once (a sentence may hold several amounts). */
const familyHits = (s: SentenceView) =>
  (s.fundingWords ??= {
    revenue: familyWords('revenue', s),
    verb: familyWords('verb', s),
    receive: familyWords('receive', s),
  });
/** The last word of a family within [from, to), outside actor names ("Investment Bank" invests nothing). */
function lastMatch(family: Family, s: SentenceView, from: number, to: number): Hit | undefined {
  let last: Hit | undefined;
  for (const h of familyHits(s)[family])
    if (h.start >= from && h.end <= to) last = { start: h.start, end: h.end, text: s.text.slice(h.start, h.end) };
  return last;
}

const roundScanners: Record<Language, CueScanner> = {
  fr: new CueScanner(ROUND_PAYERS.fr),
  en: new CueScanner(ROUND_PAYERS.en),
};
/**
 * A sentence's round cues ("led by", "aux côtés de", "co-led the round"), found once: the last sentence's are kept
 * (its amounts ask in turn), rather than a map entry per sentence that most sentences would ask once.
 */
let roundHits: { sentence: SentenceView; hits: CueHit[] } | undefined;
function roundCues(s: SentenceView): CueHit[] {
  if (roundHits?.sentence !== s) roundHits = { sentence: s, hits: roundScanners[s.language].scan(s) };
  return roundHits.hits;
}
/**
 * A cue that states a fact, outside a name ("European Investment Bank"), not under a negation or a hypothesis
 * (asked only of the cues a rule uses).
 */
const stated = (s: SentenceView, hit: CueHit) =>
  !insideActor(s, hit.start, hit.end) && !negated(s, hit.start, hit.end) && !hypothetical(s, hit.start);

const roundNounScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([ROUND_NOUN.fr]),
  en: new CueScanner([ROUND_NOUN.en]),
};

/** Words no payer's description holds: a preposition or a relative pronoun opens another phrase. */
const NOT_DESCRIPTION = String.raw`(?!(?:and|et|with|avec|in|into|dans|for|pour|to|at|à|on|sur|as|comme|that|qui|which|who|of)\s)`;
/** Between a cue and the first payer: a preposition, an article or possessive, a few words that describe the payer. */
const PAYER_LEAD_IN = new RegExp(
  String.raw`^\s*(?:(?:de|du|des|d['’]|from|of|by|par)\s*)?(?:(?:l['’]|le |la |les |the |its |their |ses |son |sa |leurs? )\s*)?(?:${NOT_DESCRIPTION}(?:d['’])?[\p{L}-]+(?:['’]s)?\s+){0,4}$`,
  'u',
);
/** Between two payers of a list: a comma or a conjunction, the preposition again, a few describing words. */
const PAYER_SEPARATOR = new RegExp(
  String.raw`^\s*(,)?\s*(?:(and|et|as well as|ainsi que|&)\s+)?(?:(?:de|du|des|d['’]|from|par|by)\s*)?(?:(?:l['’]|le |la |les |the |its |ses |son |sa )\s*)?(?:${NOT_DESCRIPTION}[\p{L}-]+(?:['’]s)?\s+){0,5}$`,
  'u',
);
const POSSESSIVE_S = /^['’]s(?![\p{L}])/u;

/**
 * The payers a cue names right after `at`: "Harbor Partners, Atos and existing backer Kestrel", "de A et de B",
 * "auprès de A (qui mène le tour), B et C". A place or a group owning a payer is part of its description ("France's
 * Bpifrance", "Google's venture arm GV"); names joined by commas alone are two
 * clauses' ("from A, B said"), and after a conjunction a bare comma ends the list.
 */
function payersAfter(s: SentenceView, at: number): ActorSpan[] {
  const payers: ActorSpan[] = [];
  let from = at;
  let gap = '';
  let conjoined = false;
  for (const actor of s.actors) {
    if (actor.start < from) continue;
    gap += s.text.slice(from, actor.start);
    // A place describes a payer ("US infrastructure investor A") and never pays; a name in an aside after a payer
    // is the aside's ("auprès de A (filiale de B), C et D", "from A, the venture arm of B, and C").
    const aside =
      gap.lastIndexOf('(') > gap.lastIndexOf(')') ||
      (payers.length > 0 && APPOSITION_OPEN.test(gap) && !gap.includes(',', gap.indexOf(',') + 1));
    if (aside || actor.kind === 'place' || POSSESSIVE_S.test(s.text.slice(actor.end, actor.end + 3))) {
      from = actor.start;
      continue;
    }
    let bare = gap.includes('(') ? gap.replace(/\([^()]*\)/gu, '') : gap;
    if (payers.length > 0 && APPOSITION_OPEN.test(bare)) bare = bare.replace(APPOSITION, '');
    // "aux côtés des investisseurs historiques de la start-up, A et B": a described holder, then its names.
    if (bare.endsWith(', ') && HOLDER_BEFORE_NAME.test(bare)) bare = bare.slice(0, -2) + ' ';
    if (payers.length === 0) {
      // "alongside its existing investors, A and B": the investors' names in apposition to their noun.
      const apposed = /^\s*[,:]\s*$/u.test(bare) && INVESTORS_NOUN_BEFORE.test(s.text.slice(Math.max(0, at - 16), at));
      if (
        apposed
          ? SAID_AFTER.test(s.text.slice(actor.end, actor.end + 16))
          : !PAYER_LEAD_IN.test(bare) || ANY_TITLE.test(bare)
      )
        break;
    } else {
      const separator = PAYER_SEPARATOR.exec(bare);
      if (!separator || !(separator[1] || separator[2]) || (conjoined && !separator[2])) break;
      if (separator[2]) conjoined = true;
    }
    payers.push(actor);
    from = actor.end;
    gap = '';
  }
  // "A, B and existing backer C": the conjunction may come before an item no rule names.
  const last = payers.at(-1);
  const listed = conjoined || (last && LIST_GOES_ON.test(s.text.slice(last.end, last.end + 6)));
  return listed ? payers : payers.slice(0, 1);
}
const LIST_GOES_ON = /^\s*,?\s*(?:and|et|&)\s/u;
const INVESTORS_NOUN_BEFORE = /(?:investors|backers|shareholders|investisseurs|actionnaires)\s*$/iu;
/** "…, X said": after a comma, a name that reports is the clause's subject, no payer. */
const SAID_AFTER = new RegExp(
  `^\\s+(?:${SPEECH_VERBS.en.said}|${SPEECH_VERBS.en.addressed}|a (?:${SPEECH_VERBS.fr.participle})|${SPEECH_VERBS.fr.present})(?![\\p{L}])`,
  'u',
);
/**
 * An apposition after a payer, opening on a lower-case word that does not go on with the list ("A, le fonds de la
 * Région X, et B", "A, which led the round, and B"): its names pay nothing, and the list goes on after its comma.
 */
const APPOSITION_OPEN = /^\s*,\s*(?!(?:and|et|as well as|ainsi que|de|du|des|d['’]|from|par|by)(?![\p{L}]))\p{Ll}/u;
const APPOSITION = /^\s*,[^,]*(?=,)/u;
/** A description ending on its holder's complement, then a comma before the names it describes ("… de la société, A"). */
const HOLDER_BEFORE_NAME =
  /(?<![\p{L}])(?:de|du|des|of)\s+(?:(?:la|le|les|the|its|their|sa|son|ses|leurs?)\s+|l['’])?[\p{Ll}-]+, $/u;

interface Payers {
  payers: ActorSpan[];
  spans: Span[];
}

/** The payers one round cue names: after it, or (`RoundCue.Subject`) its subject before it. */
function payersOf(s: SentenceView, hit: CueHit): ActorSpan[] {
  if (!stated(s, hit)) return [];
  if (hit.cue === RoundCue.Subject) {
    const subject = groupBefore(s, hit.start, { reach: 100 });
    if (!subject) return [];
    // "Le cabinet A l'accompagne dans l'opération", "Depuis trois ans, la Région l'accompagne": an adviser, a support.
    if (ACCOMPANIES.test(s.text.slice(hit.start, hit.end)) && ADVISED_OR_SINCE.test(s.text.slice(s.start, hit.start)))
      return [];
    // "A et B l'accompagnent, de même que C", "A also took part, as did C": the list goes on after the verb.
    const also = AS_WELL_AS.exec(s.text.slice(hit.end, hit.end + 24));
    let more = also ? payersAfter(s, hit.end + also[0].length) : [];
    // ("y participe, comme Orbit l'avait fait chez Y", "took part, as did Orbit in Y's round", "comme le souligne
    // Orbit": C did the same elsewhere, or only says so)
    if (
      also &&
      SAID_AGAIN.test(also[0]) &&
      (REPORTED_BY.test(s.text.slice(hit.end + also[0].length, s.end)) ||
        (more.length > 0 && !/^\s*(?:[.;,)]|$)/u.test(s.text.slice(more.at(-1)!.end, s.end))))
    )
      more = [];
    return [...describedListBefore(s, subject), ...more];
  }
  const payers = payersAfter(s, hit.end);
  // "is led by Jane Porter": a person leading in the present leads a company, not a round.
  if (payers[0]?.kind === 'person' && /(?:\bis|\bare|\best|\bsont)\s+$/iu.test(s.text.slice(hit.start - 5, hit.start)))
    return [];
  const last = payers.at(-1);
  // ("with A, the venture arm of B, joining": past an apposition after the payer)
  const tail = last ? s.text.slice(last.end, last.end + 90).replace(APPOSITION_BEFORE_TAIL, ' ') : '';
  if (hit.cue === RoundCue.With && (!last || !WITH_PAYERS_TAIL[s.language].test(tail))) return [];
  return payers;
}

const ACCOMPANIES = /accompagn/iu;
const ADVISED_OR_SINCE =
  /(?<![\p{L}])(?:cabinets?|avocats?|conseils?|banques? d['’]affaires|incubateurs?|accélérateurs?|depuis)(?![\p{L}])/iu;
const APPOSITION_BEFORE_TAIL = /^\s*,\s*(?:the|an?|le|la|l['’]|un|une)\s[^,;.]{1,60},\s*/iu;
// ("…, tout comme C", "also took part, as did C": the same verb said again of C)
const AS_WELL_AS =
  /^\s*,?\s*(?:(?:de même|ainsi|tout comme|comme) qu['’]|(?:de même que|ainsi que|tout comme|comme|as well as|along with|as (?:did|does|do|has|have|had|were|was))(?![\p{L}]))/iu;
const SAID_AGAIN = /comme|as (?:did|does|do|has|have|had|were|was)/iu;
const REPORTED_BY =
  /^\s*(?:le|l['’]|les|en)\s*(?:(?:a|ont|avait|avaient)\s+)?(?:soulign|rappel|indiqu|précis|expliqu|not|confirm|annonc|affirm|relev|observ|dit|fait|prév|veut|souhait)/iu;
/**
 * Between two subjects of a list, a conjunction and the words describing the second: "A et le business angel B", "A
 * and the Norwegian state investor B" (an English nationality is capitalised).
 */
const AND_DESCRIBED =
  /^\s*(?:,\s*)?(?:et|and|ainsi que|as well as)\s+(?:(?:le|la|les|l['’]|the|son|sa|ses|its)\s*)?(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|ic|i))\s+){1,4}$/u;
// ("A, the Dutch lender, and the chipmaker B", "A, la banque publique, et le fonds B": the first payer's apposition
// before the conjunction)
const APPOSITION_ARTICLE = /^\s*,\s*(?:the|an?|le|la|l['’]|un|une)\s[^,;:.()]{0,30}$/iu;
// (or a bare noun, lower-case: "A, fonds d'investissement régional, et B l'accompagnent")
const APPOSED_AND =
  /^\s*,\s*(?:(?:the|an?|le|la|les|l['’]|un|une|son|sa|ses|its|their|leur)\s*|(?=\p{Ll}))[^,;:.()«»"“”]{1,60},\s*(?:et|and)\s+(?:(?:le|la|les|l['’]|the|son|sa|ses|its)\s*)?(?:[\p{Ll}-]+\s+){0,4}$/u;
// ("Intel Corp. and B", "Acme Inc. and B": a company's legal suffix left out of its name, then the list goes on)
const COMPANY_SUFFIX_AND = /^\s*(?:Corp|Inc|Ltd|Co|plc|LLC|AG|SE|SA|SAS|NV|BV|GmbH)\.?\s*(?:,\s*)?(?:and|et)\s+$/u;
// ("Les fondateurs de Y et le business angel B", "A former executive of Y and the angel investor B": Y pays nothing)
const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:de|du|des|d['’]|of)\s*$/iu;
/** A subject group and the groups a conjunction and a description join before it ("A et le business angel B"). */
const VIA_ITS_FUND =
  /^\s*,\s*(?:via|par l['’]intermédiaire de|through)\s+(?:son|sa|ses|its|their)\s+(?:fonds|fund|véhicule|vehicle)(?:\s+[\p{Ll}-]+){0,2}\s*$/u;
function describedListBefore(s: SentenceView, subject: Group): ActorSpan[] {
  const members = [...subject.members];
  for (let i = s.groups.indexOf(subject) - 1, next = subject; i >= 0; i--) {
    const g = s.groups[i]!;
    // "Bpifrance, via son fonds X, et la Région Y y participent": the fund is its owner's vehicle, the owner pays.
    if (next === subject && VIA_ITS_FUND.test(s.text.slice(g.end, next.start)) && g.members.length === 1) {
      members.splice(0, 1, ...g.members);
      next = g;
      continue;
    }
    // ("A, the French state-owned lender, and B": a name inside the first payer's apposition, after its article)
    const before = s.groups[i - 1];
    if (
      before &&
      APPOSITION_ARTICLE.test(s.text.slice(before.end, g.start)) &&
      APPOSED_AND.test(s.text.slice(before.end, next.start))
    )
      continue;
    const between = s.text.slice(g.end, next.start);
    if (
      g.inParentheses ||
      !(AND_DESCRIBED.test(between) || COMPANY_SUFFIX_AND.test(between) || APPOSED_AND.test(between))
    )
      break;
    if (COMPLEMENT_BEFORE.test(s.text.slice(Math.max(s.start, g.start - 8), g.start))) break;
    members.unshift(...g.members);
    next = g;
  }
  return members;
}

/**
 * The payers the sentence names for the amount at `money` with round cues after it and before the next amount
 * ("raised $N in a round led by A, with participation from B and C"), in its clause; a cue that names its payers
 * right after a preposition ("from", "auprès de") stands close to the amount.
 */
function roundPayers(s: SentenceView, money: MoneyMention, until: number, sourceOnly: boolean): Payers {
  const out: Payers = { payers: [], spans: [] };
  for (const hit of roundCues(s)) {
    if (hit.start < money.end && !opensOnRound(s, hit, money)) continue;
    if (hit.end > until || (clauseStart(s, hit.start) > money.start && !followsSemicolon(s, hit, money))) continue;
    // "A put in N1, while existing shareholder B contributed N2": a cue in the clause of the next amount is its own.
    if (until < s.end && CONTRASTED_CLAUSE.test(s.text.slice(money.end, hit.start))) continue;
    if (bareElsewhere(s, hit, false)) continue;
    // "a décroché un contrat de N avec la DGA": a contract's other party right after its amount is its buyer.
    if (sourceOnly && hit.cue === RoundCue.With && CONTRACT_THEN_WITH.test(s.text.slice(money.end, hit.start))) {
      const buyer = payersAfter(s, hit.end)[0];
      if (buyer && buyer.kind !== 'person' && buyer.kind !== 'place' && stated(s, hit)) {
        out.payers.push(buyer);
        out.spans.push(hit, buyer);
      }
      continue;
    }
    if (sourceOnly && hit.cue !== RoundCue.Source) continue;
    // "…, in which A invested $400m": a verb right before another amount pays that one.
    if (hit.cue === RoundCue.Subject && s.money.some((m) => m.start >= hit.end && m.start - hit.end <= 40)) continue;
    if (hit.cue === RoundCue.Source && hit.start - money.end > 60) continue;
    const payers = payersOf(s, hit);
    if (payers.length === 0) continue;
    out.payers.push(...payers);
    out.spans.push(hit, ...payers);
  }
  return out;
}

const CONTRASTED_CLAUSE = /(?<![\p{L}])(?:while|whereas|tandis que|alors que)(?![\p{L}])/iu;

/**
 * "raised N in a round led by A, a fund; B, an existing backer, also took part", "… mené par A ; B y a aussi
 * participé": a clause after a semicolon whose subject joins the round (its verb a round's, its subject opening the
 * clause, after the amount's clause and no other clause between).
 */
function followsSemicolon(s: SentenceView, hit: CueHit, money: MoneyMention): boolean {
  if (hit.cue !== RoundCue.Subject) return false;
  const clause = clauseStart(s, hit.start);
  if (s.text[clause - 1] !== ';' || clauseStart(s, clause - 1) > money.start) return false;
  const subject = groupBefore(s, hit.start, { reach: 100 });
  if (subject === undefined || !/^\s*$/u.test(s.text.slice(clause, subject.start))) return false;
  // ("; B also took part in a trade mission", "; B a aussi participé au salon X": another thing than the round)
  const tail = s.text.slice(hit.end, s.end).split(';')[0]!;
  return !PART_IN_ELSE.test(tail) || ROUND_NOUN[s.language].test(tail) || PART_IN_IT.test(tail);
}
const PART_IN_ELSE = /^\s*(?:in|à|au|aux)\s/iu;
const PART_IN_IT = /^\s*(?:in\s+(?:it|this one)|à\s+celle-ci|à\s+celui-ci)(?![\p{L}])/iu;

/** Between a contract's amount and "avec"/"with" its buyer: nothing, or the contract's noun ("a €N contract with"). */
const CONTRACT_THEN_WITH = /^\s*(?:(?:[\p{Ll}-]+\s+){0,2}?(?:contract|deal|order)\s*)?$/u;

/** A sentence opening on its round's lead: "In a round led by A, X raised N", "Menée par A, cette levée de N…". */
const ROUND_OPENING =
  /^[\s\p{P}]*(?:(?:(?:in|as part of|dans le cadre d['’]|lors d['’])\s*)?(?:a|an|the|its|un|une|le|la|l['’]|ce|cette|sa)?\s*(?:[\p{L}$€£\d.,'’-]+\s+){0,3}?(?:round|financing|funding|tour de table|levée(?: de fonds)?|opération|series [a-f]|série [a-f])\s*,?\s*)?$/iu;
function opensOnRound(s: SentenceView, hit: CueHit, money: MoneyMention): boolean {
  return (
    hit.cue === RoundCue.Part &&
    hit.end <= money.start &&
    !s.money.some((m) => m !== money && m.start < money.start) &&
    ROUND_OPENING.test(s.text.slice(s.start, hit.start))
  );
}

interface Reading {
  funders: ActorSpan[];
  to?: ActorSpan;
  kind: FundingKind;
  rule: string;
  spans: Span[];
  inherited: boolean;
  /** The grant's source is named (a programme): the payers after the amount are its agency's, not payers. */
  sourceNamed?: boolean;
  /** No recipient named, none told just before: the article's company receives (a grant, a round's payers told). */
  toTopic?: boolean;
  /** The subject is a pronoun opening the sentence ("In 2024 it raised N"): the previous sentence's subject if any. */
  pronoun?: boolean;
  /** A financier's money with no recipient told: the article's company's, unless that company is a financier too. */
  untold?: boolean;
  /** Where the verb of choosing stands whose subject is a description ("La collectivité a retenu X"): its buyer's. */
  buyerDescribedBefore?: number;
  /** A round named with its payers and nobody for it: with no company the article is about, the headline's subject's. */
  headlineMay?: boolean;
}

// ("A engage N dans le tour": committing an amount told right after is investing it; "s'engage à verser" promises)
const COMMITS_AMOUNT = /^engag/iu;
function kindFrom(s: SentenceView, verb: Hit): FundingKind {
  const clause = s.text.slice(clauseStart(s, verb.start), COMMITS_AMOUNT.test(verb.text) ? verb.start : verb.end);
  if (PLEDGE[s.language].test(clause)) return 'pledged';
  // ("gave it £80,000": money given, not a grant awarded, is paid)
  if (DISBURSE[s.language].test(verb.text) || GAVE.test(verb.text)) return 'disbursed';
  return 'invested';
}

const GAVE = /^gave$/iu;

/**
 * The recipient introduced by "in", "dans", "au projet", "to the X project" shortly after `at`; past a co-payer
 * ("aux côtés de A dans X", "alongside A in X"), the name after it.
 */
function recipientAfter(s: SentenceView, at: number, prepositions = RECIPIENT_PREPOSITIONS): Group | undefined {
  let from = at;
  for (let tries = 0; tries < 2; tries++) {
    const g = groupAfter(s, from, 60 - (from - at));
    if (!g) return undefined;
    const words = s.text
      .slice(from, g.start)
      .toLowerCase()
      .split(/[^\p{L}'’]+/u);
    // "N in grants from its plan X": the preposition nearest the name decides, and a source's names no recipient.
    // ("awarded N from the P programme to X", "une subvention obtenue dans le cadre de France 2030": the programme the
    // money comes from, then its recipient)
    const programme =
      g.members[0]!.kind === 'programme' && FROM_PROGRAMME.test(s.text.slice(Math.max(from, g.start - 40), g.start));
    const last = words.findLast((w) => prepositions.has(w) || SOURCE_PREPOSITIONS.has(w));
    // ("a contract to host government portals", "pour héberger X": a purpose, its object no recipient; "N en capital,
    // et B accorde…": a name after a clause's coordination opens the next clause)
    if (PURPOSE_BEFORE.test(s.text.slice(from, g.start)) || NEXT_CLAUSE_BEFORE.test(s.text.slice(from, g.start)))
      return undefined;
    if (last !== undefined && prepositions.has(last) && !programme) return g;
    if (last === undefined || !(ALONGSIDE.has(last) || programme)) return undefined;
    from = g.end;
  }
  return undefined;
}
// (a verb of funding or helping names its recipient: "a grant to fund X", "2 M€ pour aider X à s'implanter")
const PURPOSE_BEFORE =
  /(?<![\p{L}])(?:to\s+(?:help\s+)?(?:host|run|build|expand|develop|buy|hire|open|deploy|manage|operate|supply|provide|migrate|rehost|monitor|secure|moderni[sz]e|create|launch|accelerate|grow|scale|power|serve|equip)|pour\s+(?:aider\s+(?:à\s+)?)?(?!(?:aider|soutenir|accompagner|financer|cofinancer|subventionner|épauler|notre|votre)(?![\p{L}]))\p{Ll}+(?:er|ir|re))\s(?:(?!\s(?:to|à|au|aux)\s)[^,;.])*$/iu;
const NEXT_CLAUSE_BEFORE =
  /[,;]\s*(?:et|and|mais|but|while|whereas|tandis\s+que|alors\s+que)\s+(?:(?:the|la|le|l['’])\s*)?$/iu;
const FROM_PROGRAMME =
  /(?:from|under|dans le cadre d[eu'’]|au titre d[eu'’]|as part of)\s*(?:(?:the|its|la|le|l['’]|du|son|sa)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
// ("aux côtés de A", "alongside A": a co-payer, not a recipient, whatever "aux" says)
const ALONGSIDE = new Set(['côtés', 'alongside']);
const SOURCE_PREPOSITIONS = new Set(['from', 'by', 'par', 'auprès', ...ALONGSIDE]);
/** After taking part in a round, its recipient may be its complement: "a participé à la levée de N de X". */
const ROUND_RECIPIENT_PREPOSITIONS = new Set([...RECIPIENT_PREPOSITIONS, 'de', 'du', "d'", 'd’']);

/** Betting an amount on a company: "A mise N sur X", "A is betting $N on X" (an investment, its recipient after "sur"/"on"). */
const BETTING = /^(?:mis|pari|bet)/iu;
const BET_ON_PREPOSITIONS = new Set([...RECIPIENT_PREPOSITIONS, 'sur', 'on']);
/** Betting on buying a company ("a parié N sur le rachat de X") pays its sellers. */
const PURCHASE_NOUN = /(?<![\p{L}])(?:rachat|acquisition|reprise|takeover|purchase|buyout)(?![\p{L}])/iu;

/** A contract's partner between its noun and its value: "a contract with the group worth N", "un contrat avec X de N". */
const CONTRACT_WITH_PARTNER =
  /(?:contract|contrat|marché)\s+(?:with|avec)\s+[^,;.$€£\d]{1,40}?\s+(?:worth|valued at|de|d['’]un montant de)\s*$/iu;
/** The amount is what a contract is worth: "un marché de N", "a €N contract", "a contract worth N". */
function isContract(s: SentenceView, money: MoneyMention): boolean {
  const { before, after } = CONTRACT[s.language];
  const head = s.text.slice(Math.max(s.start, money.start - 70), money.start);
  const tail = s.text.slice(money.end, Math.min(s.end, money.end + 50));
  const contract =
    before.test(head) ||
    CONTRACT_WITH_PARTNER.test(head) ||
    // ("a €9m, three-year framework contract": its length and kind between)
    (after?.test(tail) ?? false);
  // ("a €50m agreement with the European Investment Bank", "un accord de N avec la banque A": a lender's agreement is
  // a financing, no contract)
  return (
    contract &&
    !(
      (AGREEMENT_BEFORE.test(head) || AGREEMENT_AFTER.test(tail)) &&
      s.actors.some((a) => a.kind !== 'person' && LENDER_NAME.test(a.name))
    )
  );
}
const AGREEMENT_BEFORE =
  /(?<![\p{L}])(?:agreement|accord)\s+(?:worth|of|valued at|de|d['’]un montant de|évalué à|estimé à|d['’]une valeur de)\s*$/iu;
const AGREEMENT_AFTER = /^\s*(?:,\s*(?:[\p{Ll}\d]+-)?(?:year|month)\s+)?(?:[\p{L}.-]+\s+){0,2}?agreement(?![\p{L}])/iu;

/** The amount is a public grant or subsidy ("une subvention de N", "a €2m grant"), or a loan (`LOAN`). */
function namedAs(cue: Record<Language, { before: RegExp; after: RegExp }>, s: SentenceView, money: MoneyMention) {
  const { before, after } = cue[s.language];
  // ("€310 million ($358 million) of debt financing": past the amount converted in parentheses)
  const next = s.text.slice(money.end, Math.min(s.end, money.end + 60)).replace(CONVERTED_AFTER, '');
  return before.test(s.text.slice(Math.max(s.start, money.start - 40), money.start)) || after.test(next.slice(0, 30));
}
const CONVERTED_AFTER = /^\s*\([^()]{1,30}\)/u;

/**
 * A revenue word before the amount that belongs to a clause before it: "booked N1 in revenue and raised N2 from A",
 * "a réalisé N1 de chiffre d'affaires et a obtenu une subvention de N2" (a verb of paying or receiving after a
 * conjunction or comma), "revenue rose to N1 and its net profit reached N2" (another amount between).
 */
const CLAUSE_JOIN = /(?:,|(?<![\p{L}])(?:and|et|but|mais|while|tandis que)(?![\p{L}]))/iu;
function revenueOfEarlierClause(s: SentenceView, revenue: Hit, money: MoneyMention): boolean {
  if (revenue.end > money.start) return false;
  if (s.money.some((m) => m.start >= revenue.end && m.end <= money.start))
    return !COMPARED_BEFORE.test(s.text.slice(Math.max(s.start, money.start - 24), money.start));
  // (the sentence's verbs scanned only past a conjunction or comma)
  const join = CLAUSE_JOIN.exec(s.text.slice(revenue.end, money.start));
  if (!join) return false;
  const from = revenue.end + join.index;
  return (lastMatch('receive', s, from, money.start) ?? lastMatch('verb', s, from, money.start)) !== undefined;
}

/** A verb of entrusting work, which makes the amount a contract's: "qui lui a confié … pour N", "entrusted X with …". */
const ENTRUSTED = /^(?:confi|entrust|command)/iu;

/** A dative pronoun before the verb of giving: "A lui accorde N", "A et B leur ont octroyé N". */
const DATIVE_BEFORE_VERB =
  /(?<![\p{L}])(?:lui|leur)\s+(?:(?:a|ont|avait|avaient|aura|auront|va|vont|doit|doivent)\s+)?(?:(?:\p{Ll}+ment|d['’]ailleurs|aussi|également|déjà|encore|ensuite|ainsi|donc|alors|enfin|même|bien)\s+)?$/iu;

/** Projects and offers: what an amount named with no recipient was most likely for. */
const PROJECT_KINDS = new Set(['programme', 'joint-venture', 'offer']);

/**
 * The owner a possessive before the revenue word stands for: the nearest organisation named before it, across a
 * reporting verb ("X said its revenue rose 30% to N", "X a indiqué que son chiffre d'affaires avait atteint N").
 */
function possessiveOwner(s: SentenceView, revenue: Span): Group | undefined {
  const possessive = POSSESSIVE_BEFORE.exec(s.text.slice(Math.max(s.start, revenue.start - 30), revenue.start));
  if (!possessive) return undefined;
  return s.groups.findLast(
    (g) =>
      g.end <= revenue.start - possessive[0].length &&
      !g.inParentheses &&
      !isComplement(g) &&
      g.members[0]!.kind !== 'person',
  );
}

/** An apposition or relative clause holding the revenue: "for X, a group with €N of revenue", "pour X, qui a réalisé N". */
// (French "a" is a verb: "X, a réalisé N" is no apposition.)
const DESCRIBED_BY: Record<Language, RegExp> = {
  en: /^\s*,\s*(?:which|that|whose|an?)(?![\p{L}])[^,;:()]*$/iu,
  fr: /^\s*,\s*(?:qui|dont|une?)(?![\p{L}])[^,;:()]*$/iu,
};
function describedOwner(s: SentenceView, at: number): Group | undefined {
  const g = s.groups.findLast((x) => x.end <= at);
  return g && !g.inParentheses && DESCRIBED_BY[s.language].test(s.text.slice(g.end, at)) ? g : undefined;
}

/**
 * "The firm's revenue", "The company's sales": a generic description owning a revenue figure is the article's company
 * (news tells its own company's figures so), whatever company opened the sentence before ("X has been a customer").
 */
function revenueOwnerNamed(
  s: SentenceView,
  possessor: ActorSpan | undefined,
  topic: (() => ActorSpan | undefined) | undefined,
): ActorSpan | undefined {
  if (!possessor || !GENERIC_POSSESSOR.test(s.text.slice(possessor.start, possessor.end))) return possessor;
  return topic?.() ?? possessor;
}
const GENERIC_POSSESSOR =
  /^(?:the\s+(?:company|firm|group|start-?up|business)|(?:la|le|l['’])\s*(?:société|entreprise|groupe|firme|start-?up|jeune pousse))$/iu;

/** Between a revenue word and its owner: "de X", "of X", "de l'éditeur X", "of the Lyon software maker X". */
const REVENUE_OF = new RegExp(
  String.raw`^\s*(?:de|du|d['’]|of)\s*(?:(?:la|le|l['’]|the)\s*(?:${NOT_DESCRIPTION}(?!(?:de|du|des|d['’]|en)\s)[\p{L}-]+\s+){1,3})?$`,
  'iu',
);

/** What may stand before a revenue word that opens its sentence: "Revenue rose…", "Le chiffre d'affaires annuel…". */
const BARE_REVENUE_OPENING =
  /^[\s\p{P}]*(?:(?:but|and|yet|however|mais|et|or|pourtant|cependant|en revanche)\s*,?\s*)?(?:(?:the|le|la|les|l['’])\s*)?(?:(?:annual|yearly|full-year|total|annuel)\s+)?$/iu;
/** A revenue word opening a reported clause: "X says … that revenue reached N", "X indique que le chiffre d'affaires…". */
const BARE_REVENUE_REPORTED =
  /(?<![\p{L}])(?:that|que|qu['’]|said|says|reported|reports|added)\s*(?:(?:the|le|la|les|l['’])\s*)?(?:(?:annual|yearly|full-year|total|annuel)\s+)?$/iu;
/** A complement after the revenue word names whose it is ("revenue of the sector", "le chiffre d'affaires du marché"). */
const REVENUE_COMPLEMENT = /^\s*(?:de|du|des|d['’]|of|from|at|in|for|pour|sur|on|par|per|generated|made)(?![\p{L}])/iu;
const bareRevenue = (s: SentenceView, revenue: Span) =>
  !REVENUE_COMPLEMENT.test(s.text.slice(revenue.end, revenue.end + 12));
/** A bare revenue word opening the sentence or a clause after a colon ("Mais le pari a échoué : le chiffre…"). */
const opensOnBareRevenue = (s: SentenceView, revenue: Span) => {
  const from = clauseStart(s, revenue.start);
  return (
    revenue.start - from <= 24 &&
    BARE_REVENUE_OPENING.test(s.text.slice(from, revenue.start)) &&
    bareRevenue(s, revenue)
  );
};
/** The organisation opening a sentence that reports a bare revenue figure ("The startup says … that revenue reached N"). */
function reporterOfBareRevenue(s: SentenceView, revenue: Span): Group | undefined {
  // (a place describing it is no reporter: "The Leeds startup X says revenue…")
  const first = s.groups.find((g) => g.members[0]!.kind !== 'place');
  if (!first || first.start - s.start > 40 || first.members[0]!.kind === 'person' || first.inParentheses)
    return undefined;
  const before = s.text.slice(Math.max(s.start, revenue.start - 30), revenue.start);
  return BARE_REVENUE_REPORTED.test(before) && bareRevenue(s, revenue) ? first : undefined;
}

/**
 * A revenue figure news tells of its own company without naming it: "le chiffre d'affaires de la société", "revenue
 * at the company"; "Accounts filed at Companies House show turnover of N" (the filing body is no owner); "CEO X said
 * revenue reached N" (an executive speaks of the company, no other organisation named before).
 */
const notAFinancier = (a: ActorSpan | undefined) => (a && FINANCIER_NAME.test(a.name) ? undefined : a);
function revenueOfTheTopic(s: SentenceView, revenue: Span): boolean {
  // (review 16: "show that revenue at X rose", "revenue at X": the owner named right after the revenue)
  if (
    s.groups.some(
      (g) =>
        g.start >= revenue.end &&
        g.start - revenue.end <= 12 &&
        g.members[0]!.kind !== 'place' &&
        /^\s*(?:at|of|for|de|d['’]|du|chez)\s*$/iu.test(s.text.slice(revenue.end, g.start)),
    )
  )
    return false;
  const generic = GENERIC_OWNER_AFTER.exec(s.text.slice(revenue.end, revenue.end + 30));
  // (review 16: "le chiffre d'affaires du groupe Sorvel", "revenue at the firm's rival X": a name or a possessive after
  // the noun tells another owner)
  if (generic && !NAMED_AFTER_GENERIC.test(s.text.slice(revenue.end + generic[0].length, revenue.end + 60)))
    return true;
  const before = s.text.slice(Math.max(s.start, revenue.start - 120), revenue.start);
  const accounts = ACCOUNTS_SHOW.exec(before);
  if (accounts) {
    const at = revenue.start - before.length + accounts.index;
    // (review 16: "X's accounts show", "accounts filed by X show", "les comptes déposés par X": X's filings, not the
    // article's company's)
    return !s.groups.some(
      (g) =>
        g.members[0]!.kind !== 'place' &&
        ((g.end <= at && /^['’]s?\s+$/u.test(s.text.slice(g.end, at))) ||
          (g.start >= at &&
            g.end <= revenue.start &&
            /(?<![\p{L}])(?:by|par)\s[^.;:]{0,30}$/iu.test(s.text.slice(at, g.start)))),
    );
  }
  const named = s.groups.filter((g) => g.end <= revenue.start && g.members[0]!.kind !== 'place');
  return (
    named.length > 0 &&
    named.every((g) => g.members[0]!.kind === 'person') &&
    named[0]!.start - s.start <= 40 &&
    BARE_REVENUE_REPORTED.test(s.text.slice(Math.max(s.start, revenue.start - 30), revenue.start)) &&
    bareRevenue(s, revenue) &&
    // (review 16: "said revenue across the sector reached N", "said revenue reached N at X, his previous company": a
    // sector's, or the company named after it)
    !SPREAD_REVENUE.test(s.text.slice(revenue.end, revenue.end + 12)) &&
    !s.groups.some(
      (g) =>
        g.start > revenue.end &&
        g.start - revenue.end <= 60 &&
        g.members[0]!.kind !== 'place' &&
        g.members[0]!.kind !== 'person' &&
        /(?<![\p{L}])(?:at|of|for|from|chez|de|d['’]|du)\s*$/iu.test(
          s.text.slice(Math.max(revenue.end, g.start - 6), g.start),
        ),
    )
  );
}
const SPREAD_REVENUE = /^\s*(?:across|among|within|throughout|dans|chez|parmi)(?![\p{L}])/iu;
// (review 16: nor a noun after it that names another, "the business unit", "la start-up cliente", nor a restrictive
// relative, "the group that owns the company")
const GENERIC_OWNER_AFTER =
  /^\s*(?:(?:at|of)\s+the\s+(?:company|firm|group|business|start-?up|provider|operator)|(?:de|d['’])\s*(?:la\s+société|l['’]entreprise|la\s+start-?up|la\s+PME|la\s+jeune\s+pousse|l['’]ESN|la\s+firme)|du\s+groupe)(?![\p{L}])(?!\s+(?:cible|rachetée|absorbée|acquise|reprise|target|acquired|being acquired|it (?:bought|acquired)))(?!\s+(?:that|which|who|qui|que|qu['’]|dont|auquel|à laquelle|unit|division|arm|segment|client|cliente|customer|partner|partenaire|rival|rivale|concurrente?|parent|mère)(?![\p{L}]))/iu;
const NAMED_AFTER_GENERIC = /^(?:['’]s?(?![\p{L}])|\s+(?:d['’])?\p{Lu})/u;
const ACCOUNTS_SHOW =
  /(?<![\p{L}])(?:accounts|filings|financial statements|comptes)(?:\s+(?:filed|published|lodged|déposés|publiés)\s+[^.;:]{0,60}?)?\s+(?:show|showed|shows|reveal|revealed|reveals|montrent|révèlent|indiquent)\s+(?:that\s+|que\s+|qu['’])?(?:(?:the|its|le|son)\s+)?(?:(?:annual|yearly|total|annuel)\s+)?$/iu;

/** A phrase opening the sentence on the revenue, its owner the subject after it: "With sales of N, X…". */
const WITH_REVENUE_OPENING =
  /^[\s\p{P}]*(?:with|avec|fort(?:e|s|es)? d['’]|riche d['’])\s*(?:(?:an?|un|une|des|the|le|la|l['’]|its|son|sa|ses)\s*)?(?:(?:annual|yearly|annuel)\s+)?$/iu;
function ownerAfterOpening(s: SentenceView, revenue: Span, money: MoneyMention): ActorSpan | undefined {
  if (!WITH_REVENUE_OPENING.test(s.text.slice(s.start, Math.min(revenue.start, money.start)))) return undefined;
  const g = groupAfter(s, Math.max(revenue.end, money.end), 80);
  return g && s.text.slice(money.end, g.start).includes(',') && g.members[0]!.kind !== 'person'
    ? g.members[0]
    : undefined;
}

function readFunding(
  s: SentenceView,
  money: MoneyMention,
  previous: Reading | undefined,
  topic: (() => ActorSpan | undefined) | undefined,
  headline?: ActorSpan,
  described?: () => ActorSpan | undefined,
): Reading | undefined {
  // "N1 l'an dernier, contre N2 en 2023", "N1, up from N2": the same owner's revenue for another period (not when
  // another figure lies between: "revenue of N1, while its loss narrowed to N2, contre N3" compares the loss). Read
  // before the revenue word near it, which would look for an owner of its own.
  if (
    previous?.kind === 'revenue' &&
    COMPARED_BEFORE.test(s.text.slice(Math.max(s.start, money.start - 24), money.start)) &&
    s.money.filter((m) => m.start >= previous.spans[0]!.start - 40 && m.end <= money.start).length <= 1
  )
    return { ...previous, rule: 'funding.revenue-compared' };
  // Revenue: a revenue word within a few words of the amount, not one of an earlier clause.
  const near = lastMatch('revenue', s, Math.max(s.start, money.start - 60), Math.min(s.end, money.end + 40));
  // ("lui a confié l'encaissement des factures, dans le cadre d'un marché de N": a contract's noun before the amount
  // names it, whatever a revenue word before says; so does a grant's or a loan's: "a encaissé une subvention de N")
  const revenue =
    near &&
    !revenueOfEarlierClause(s, near, money) &&
    !(near.end <= money.start && (isContract(s, money) || namedAs(GRANT, s, money) || namedAs(LOAN, s, money)))
      ? near
      : undefined;
  if (revenue) {
    // "X facturera N pour la reconstruction": what a company will bill is a price to come, not revenue made.
    if (s.language === 'fr' && isFrenchFuture(revenue.text.toLowerCase())) return undefined;
    const anchor = Math.min(revenue.start, money.start);
    const after = groupAfter(s, revenue.end, 40);
    const owner =
      (after && REVENUE_OF.test(s.text.slice(revenue.end, after.start)) ? after : undefined) ??
      describedOwner(s, anchor) ??
      possessiveOwner(s, revenue) ??
      reporterOfBareRevenue(s, revenue) ??
      groupBefore(s, anchor);
    // "X's annual revenue reached N", "The firm's revenue": the possessor (a name before "'s" is no subject).
    const possessor = owner ? undefined : revenueOwnerNamed(s, possessorOf(s, revenue.start), topic);
    // "Son chiffre d'affaires a atteint N", "Its revenue rose to N", "Revenue rose 27% to N", "Le chiffre d'affaires
    // a progressé à N" with no name before: the article's company.
    // "The firm posted revenue of N": a description is the article's company, not the last name it may repeat.
    // "Founded in 2018 by A, the company posted revenue of N", "L'ESN, créée par A, qui la dirige, revendique N": a
    // description of a company after an opening phrase or before an apposition whose names are not its subject.
    const aside = describedAfterAside(s, anchor);
    const to =
      (aside ? (aside.resolved ?? described?.() ?? headline ?? topic?.()) : undefined) ??
      // (review 16: not a fund's: in a fund's story "la société", "the company" is the company it backs)
      (revenueOfTheTopic(s, revenue) ? notAFinancier(topic?.()) : undefined) ??
      revenueOwnerNamed(s, owner?.members[0], topic) ??
      possessor ??
      (POSSESSIVE_BEFORE.test(s.text.slice(s.start, revenue.start)) || opensOnBareRevenue(s, revenue)
        ? topic?.()
        : undefined) ??
      // ("L'éditeur revendique N de chiffre d'affaires", "The outfit booked revenue of N": a description opening it
      // stands for the company the headline's money went to, else the article's)
      (!owner && descriptionOpening(s, anchor) ? (headline ?? topic?.()) : undefined) ??
      ownerAfterOpening(s, revenue, money);
    // "It reported revenue of N", "Elle a réalisé N" opening the sentence, a pronoun the coreference left unread: the
    // previous sentence's subject in its paragraph, else the article's company (as for a round). After a colon
    // ("Les comptes sont bons : elle a réalisé N", "L'entreprise se porte bien : elle a réalisé N"), the first clause's
    // subject when it names one, else the same.
    const clause = to ? s.start : clauseStart(s, anchor);
    const firstClauseSubject =
      clause > s.start && REVENUE_PRONOUN_OPENING.test(s.text.slice(clause, anchor))
        ? subjectBeforeColon(s, clause, anchor)
        : undefined;
    if (firstClauseSubject)
      return {
        funders: [],
        to: firstClauseSubject,
        kind: 'revenue',
        rule: 'funding.revenue',
        spans: [revenue, firstClauseSubject],
        inherited: false,
      };
    if (
      !to &&
      !owner &&
      REVENUE_PRONOUN_OPENING.test(s.text.slice(clause, anchor)) &&
      !s.actors.some((a) => a.end <= anchor)
    )
      return {
        funders: [],
        kind: 'revenue',
        rule: 'funding.revenue',
        spans: [revenue],
        inherited: false,
        toTopic: true,
        pronoun: true,
      };
    if (!to) return undefined;
    return {
      funders: [],
      to,
      kind: 'revenue',
      rule: 'funding.revenue',
      spans: [revenue, ...(owner?.members ?? [])],
      inherited: false,
    };
  }
  // Ellipsis in an enumeration: "…, A et B 60 millions chacun et C 30 millions".
  const verb = lastMatch('verb', s, Math.max(s.start, money.start - 140), money.start);
  const adjacent = s.groups.find((g) => g.end <= money.start && ELLIPSIS_GAP.test(s.text.slice(g.end, money.start)));
  if (previous && adjacent && (!verb || verb.start <= previous.spans[0]!.start)) {
    // "X receives N1 and Y N2", "X obtient N1, Y N2": after a verb of receiving, the name is the next recipient.
    if (previous.funders.length === 0 && previous.kind !== 'revenue')
      return { ...previous, to: adjacent.members[0], rule: 'funding.ellipsis', spans: [...adjacent.members] };
    return { ...previous, funders: adjacent.members, rule: 'funding.ellipsis', spans: [...adjacent.members] };
  }
  // "raised N in a round led by A with N1", "une série B menée par A avec N1": the lead's share of the amount before.
  const earlierAmount = s.money.findLast((m) => m.end <= money.start);
  if (previous && previous.kind === 'invested' && earlierAmount && earlierAmount.amount > money.amount) {
    const tail = s.text.slice(earlierAmount.end, money.start);
    const lead = LED_BY_WITH.exec(tail);
    const leader = lead
      ? s.groups.find((g) => g.start >= earlierAmount.end + lead.index && g.end <= money.start)?.members[0]
      : undefined;
    if (leader && leader.kind !== 'person' && leader.kind !== 'place' && leader.id !== previous.to?.id)
      return { ...previous, funders: [leader], rule: 'funding.round-share-lead', spans: [leader] };
  }
  const listed =
    eachProviding(s, money, previous) ??
    shareFrom(s, money) ??
    listedShare(s, money) ??
    openingRound(s, money) ??
    capitalIncreaseSubscribed(s, money) ??
    agreedToPay(s, money) ??
    (namedAs(LOAN, s, money) ? loanArranged(s, money) : undefined);
  if (listed) return listed;
  // ("le ministère a notifié à X le marché de …, pour un montant de N": the verb of notifying names a contract)
  const contract = isContract(s, money) || (verb !== undefined && /^notifi/iu.test(verb.text));
  // "A signed a €40m contract with B", "A a signé avec B un contrat de N": the public body of the two buys.
  const signed = contract ? contractSigned(s, money, topic) : undefined;
  if (signed) return signed;
  const grant = !contract && namedAs(GRANT, s, money);
  // A loan, like a grant, is promised until it is paid out ("un prêt de N", "a €5m loan", "N of debt from A").
  const loan = !contract && !grant && (namedAs(LOAN, s, money) || (verb !== undefined && LENDING.test(verb.text)));
  // "X was awarded N", "la Région a accordé N à X": money awarded, like a grant, is promised until it is paid.
  const awarded = !contract && verb !== undefined && AWARDING.test(verb.text);
  // "X a remboursé un prêt de N", "A €2m loan was repaid": money paid back is no new financing.
  if (loan && REPAID.test(semicolonClause(s, money))) return undefined;
  const promise = grant || awarded ? 'funding.grant' : loan ? 'funding.loan' : undefined;
  // "X lève N", "X raised N from Y", "X a remporté un marché de N auprès de Y": the subject receives (the payers
  // after the amount are read with the round's other cues); "X a bouclé la plus importante levée de son histoire :
  // N" reaches further back across the round's noun.
  const far = lastMatch('receive', s, Math.max(s.start, money.start - 200), money.start);
  // "A a participé à la levée de N de X": the round's noun inside a verb of paying receives nothing.
  const paying = verb && far && verb.start < far.start && verb.end >= far.end;
  // "X a remporté un marché du ministère Y pour …, d'un montant de N", "X won a contract from Y …, worth N": a
  // contract won, its value told at the end of its phrase.
  // ("n'a pas remporté le marché du ministère Y …, d'un montant de N": the verb itself negated, far from the amount)
  const wonFar =
    far && !paying && !negated(s, far.start, far.end) ? contractValuedAfter(s, far.end, money.start) : undefined;
  // ("X raised N1 in a round led by A; B invested N2 in Y": a semicolon closes the verb's clause)
  const receive =
    far &&
    !paying &&
    !s.text.slice(far.end, money.start).includes(';') &&
    (wonFar !== undefined ||
      (money.start - far.end <= 120 &&
        (money.start - far.end <= 60 || ROUND_NOUN[s.language].test(s.text.slice(far.end, money.start)))))
      ? far
      : undefined;
  if (receive) {
    // "X cherche à lever N", "X is in talks to raise N": money sought is no money got.
    if (SEEKING_BEFORE[s.language].test(s.text.slice(clauseStart(s, receive.start), receive.start))) return undefined;
    const before = groupBefore(s, receive.start);
    // "X décroche la qualification C et lève N": a certification is the first verb's object; its subject receives.
    const named = before?.members[0]!.kind === 'certification' ? certifiedSubject(s, before) : before;
    // "The Grenoble-based company has raised N" opening a paragraph, which the coreference left unread: the article's
    // company (`toTopic`), or the headline's.
    // "In 2022 it raised N", "En 2023, elle avait levé N" opening a paragraph, a pronoun the coreference left
    // unread: the article's company too.
    const described =
      (!named || named.members[0]!.kind === 'place') &&
      (descriptionOpening(s, receive.start) || pronounOpening(s, receive.start));
    const recipient = described ? undefined : named;
    if (!recipient && !described) return undefined;
    // "X, founded by Y, raised N": a person named in an apposition raises nothing; the name it describes does.
    const to = !recipient
      ? undefined
      : recipient.members[0]!.kind === 'person'
        ? describedSubject(s, recipient)
        : recipient.members[0];
    if (!to && !described) return undefined;
    // "X won the first lot for N", "X a remporté le marché pour N": a contract won, not a round.
    // "X a emprunté N", "X borrowed N from A": a loan by its verb (not past a colon: "a emprunté : sa dette atteint N"
    // is what it owes).
    const borrowed = BORROWING.test(receive.text);
    if (borrowed && /[:;]/u.test(s.text.slice(receive.end, money.start))) return undefined;
    const owed = promise ?? (borrowed ? 'funding.loan' : undefined);
    const won = contract || (!owed && CONTRACT_NOUN.test(s.text.slice(receive.end, money.start)));
    // "X recevra N de France 2030": a programme named as the source pays a grant, never a stake.
    // "a reçu une subvention de N de la Région X": a grant's or loan's source after it with "de".
    // "X won the backing of A, which granted it N": the relative clause's antecedent pays.
    const gift = verb && verb.start > receive.end ? relativeGift(s, verb) : undefined;
    const programme = won
      ? (wonFar?.buyer ?? sourceBetween(s, receive.end, money.start, BUYER_LEAD))
      : (programmeSource(s, money) ??
        (owed ? (publicSource(s, money) ?? sourceBetween(s, receive.end, money.start)) : undefined) ??
        (gift && (gift.to ? gift.to.members[0]!.id === to?.id : !to) ? gift.payer : undefined) ??
        // "X obtient 3 M€ de la Région Occitanie": money got (not raised) from a public body is its aid.
        (!owed && !RAISING.test(receive.text) ? publicBodySource(s, money) : undefined));
    const granted = owed ?? (programme ? 'funding.grant' : undefined);
    // "X will receive N", "X recevra N", "X va lever N": promised, not yet paid.
    const future =
      PLEDGE[s.language].test(s.text.slice(clauseStart(s, receive.start), receive.end)) ||
      FRENCH_FUTURE_RECEIVE.test(receive.text);
    // "X va lever N", "X plans to raise N": a raise planned is no money promised by anyone.
    if (future && !won && !granted && RAISING.test(receive.text)) return undefined;
    // ("has drawn €5m from its revolving facility": a drawdown not told as a loan is no new money)
    if (DRAWN.test(receive.text) && !granted) return undefined;
    return {
      funders: programme ? [programme] : [],
      to,
      sourceNamed: programme !== undefined,
      // "obtained a €5m loan, paid out in March": a grant or loan said paid is disbursed.
      // ("has drawn €5m in venture debt from A": a loan drawn is paid out; "avait reçu N en 2024", "received a grant of
      // N last year": money received at a past date is paid, its news undated its promise, like a loan lent)
      kind: won
        ? 'pledged'
        : granted
          ? paidOut(s, money) || DRAWN.test(receive.text) || (!future && receivedPaid(s, money, receive))
            ? 'disbursed'
            : 'pledged'
          : future
            ? 'pledged'
            : 'invested',
      rule: won ? 'funding.contract-won' : (granted ?? 'funding.raised'),
      spans: [receive, ...(recipient?.members ?? [])],
      inherited: false,
      toTopic: described,
      pronoun: described && !recipient && pronounOpening(s, receive.start),
    };
  }
  const part = financingPart(s, money, loan);
  if (part) return part;
  const selected =
    contract || promise
      ? (selectedFor(s, money, contract) ??
        (contract ? (chosenPronoun(s, money) ?? passiveChosenFor(s, money)) : undefined))
      : undefined;
  if (selected) return selected;
  const handed = contract || promise ? handedToPronoun(s, money, topic) : undefined;
  if (handed) return handed;
  // "The largest award, €18m, goes to X", "Le premier lot, 64 M€, revient à X": the name after receives.
  const goesTo =
    recipientGoingTo(s, money) ?? contractAwardedTo(s, money) ?? (contract ? contractWonBy(s, money) : undefined);
  if (goesTo) return goesTo;
  // "A bought €40mn of shares": the buyer invests (read before "investors" passes for a verb of paying).
  const shares = sharesBought(s, money);
  if (shares) return shares;
  const backed = stakeOrSupport(s, money, grant);
  if (backed) return backed;
  // ("Une subvention de N a été versée à X par A", "A £N grant was awarded to X": the amount is the passive's subject)
  const grantedAfter = contract || promise || !verb ? grantedAfterAmount(s, money, verb, contract, promise) : undefined;
  if (grantedAfter) return grantedAfter;
  if (!verb) return (promise ? financingByNoun(s, money, promise) : undefined) ?? roundReading(s, money);
  const verbEnd = verb.end;
  const stake = STAKE_TAKEN.test(verb.text);
  // (review 16: a stake's or a cheque's verb tells its own amount right after it; a later amount is another's: "A
  // entre au capital pour N1 et B pour N2", "A, qui était entré au capital pour N1, a revendu ses parts pour N2", "A
  // wrote a $N1 check, and B wrote one for $N2")
  if (
    (stake || CHEQUE_WRITTEN.test(verb.text)) &&
    s.money.some((m) => m !== money && m.start >= verbEnd && m.end <= money.start)
  )
    return undefined;
  // A grant is promised until it is paid ("a accordé une subvention de N", "awarded X a €2m grant"; "a versé"); work
  // entrusted for an amount is a contract ("qui lui a confié la gestion de sa paie pour N").
  const kind =
    contract || ENTRUSTED.test(verb.text)
      ? 'pledged'
      : promise
        ? (DISBURSE[s.language].test(verb.text) && !participleOfEarlierAmount(s, verb)) ||
          paidOut(s, money) ||
          // ("A lent X N in 2023", "En 2022, A lui a prêté N": a loan lent at a past date is paid out; the news of
          // a loan, undated, is its promise; not "would lend", "va prêter")
          (LENT.test(verb.text) &&
            !PLEDGE[s.language].test(s.text.slice(clauseStart(s, verb.start), verb.end)) &&
            pastDated(s))
          ? 'disbursed'
          : 'pledged'
        : kindFrom(s, verb);
  const spans: Span[] = [verb];
  // Passive: "financé par X", or a gerund after a passive agent ("created by A and B by adding N").
  // (review 16: a stake taken is active: "A est entré au capital pour N et a été rejoint par B" names no agent)
  const agent = stake
    ? undefined
    : (passiveAgent(s, verbEnd) ??
      s.groups.find(
        (g) =>
          /^(?:by|par)$/u.test(g.wordBefore) && /^\s*,?\s*(?:by|en|par)\s*$/iu.test(s.text.slice(g.end, verb.start)),
      ));
  if (agent) {
    const recipient = groupBefore(s, agent.start);
    return {
      funders: agent.members,
      to: recipient?.members[0],
      kind,
      rule: 'funding.passive',
      spans: [...spans, ...agent.members, ...(recipient?.members ?? [])],
      inherited: false,
    };
  }
  // "…avec la Région, qui a accordé N à X": a relative pronoun's antecedent is its verb's subject, a complement too.
  const subject = relativeAntecedent(s, verb) ?? groupBefore(s, verb.start);
  const gift = relativeGift(s, verb);
  if (gift)
    return {
      funders: [gift.payer],
      to: gift.to?.members[0],
      kind,
      rule: promise ?? 'funding.active',
      spans: [...spans, gift.payer, ...(gift.to?.members ?? [])],
      inherited: false,
      toTopic: gift.to === undefined,
      pronoun: gift.to === undefined,
    };
  // "X has been awarded a €2m grant from A", "X s'est vu accorder un prêt de N": the passive's subject receives.
  // A progressive is active ("is investing N in Y", "has been providing N to Y"): its subject pays.
  if (subject && !PROGRESSIVE.test(verb.text) && !ENTERED.test(verb.text) && passiveBefore(s, verb.start)) {
    const to = subject.members[0]!;
    if (to.kind === 'person') return undefined;
    // "X was awarded N under programme P", "X s'est vu accorder N au titre de France 2030": the programme pays.
    // ("X was awarded N by the council", "X s'est vu accorder N par la Région": the passive's agent after the amount)
    // ("X a été soutenue par une subvention de N de la Région A", "X is supported by a £N loan from A": the source)
    const programme =
      (promise === 'funding.grant' ? programmeSource(s, money) : undefined) ??
      (promise ? publicSource(s, money) : undefined) ??
      passiveAgent(s, money.end)?.members.find((m) => ORGANISATION_KINDS.includes(m.kind) && m.id !== to.id);
    return {
      funders: programme ? [programme] : [],
      to,
      kind,
      rule: contract ? 'funding.contract-won' : (promise ?? 'funding.raised'),
      spans: [...spans, ...subject.members, ...(programme ? [programme] : [])],
      inherited: false,
      sourceNamed: programme !== undefined,
    };
  }
  const opensSentence = /^[\s\p{P}]*$/u.test(s.text.slice(s.start, verb.start));
  if (!subject && opensSentence) {
    // "Financé autour de N, le projet Y": the participle's subject follows the amount.
    const follower = groupAfter(s, money.end, 40);
    if (!follower) return undefined;
    return {
      funders: [],
      to: follower.members[0],
      kind,
      rule: 'funding.participle',
      spans: [...spans, ...follower.members],
      inherited: false,
    };
  }
  // "The government awarded N in grants from P": a grant or contract may name its payer after it, or none.
  if (!subject && !contract && !promise) return undefined;
  const recipient =
    recipientAfter(
      s,
      money.end,
      // (review 16: taking part in a round, not "a pris une participation de N, aux côtés de B", whose "de" is no
      // round's complement)
      /^particip/iu.test(verb.text)
        ? ROUND_RECIPIENT_PREPOSITIONS
        : BETTING.test(verb.text)
          ? BET_ON_PREPOSITIONS
          : RECIPIENT_PREPOSITIONS,
    ) ??
    s.groups.find(
      (g) =>
        g.start >= verbEnd &&
        g.end <= money.start &&
        // ("awarded Amsterdam-based X a contract": the place describes the winner)
        !PLACE_DESCRIBING.test(s.text.slice(g.end, g.end + 16)) &&
        // "awarded X a €N contract", "granted X a €2m subsidy": the winner may be the verb's object with no preposition.
        // ("gave X £N": the giving verb's first object)
        (RECIPIENT_PREPOSITIONS.has(g.wordBefore) ||
          ((contract || promise || GAVE.test(verb.text)) && !isComplement(g))),
    ) ??
    // Any other actor of the sentence named before the funder ("At the origin of this project, called Y, X wanted…").
    (subject
      ? s.groups.find(
          (g) => g.end <= subject.start && !g.inParentheses && g.members.some((m) => PROJECT_KINDS.has(m.kind)),
        )
      : undefined);
  // "A paid N for the start-up X", "A a mis N sur la table pour racheter X": a company paid for is bought, its price
  // goes to its sellers.
  if (recipient && (PAID.test(verb.text) ? boughtFor(s, money, recipient) : toBuy(s, money, recipient)))
    return undefined;
  if (recipient && BETTING.test(verb.text) && PURCHASE_NOUN.test(s.text.slice(money.end, recipient.start)))
    return undefined;
  // "Bpifrance a attribué N de subventions de France 2030": the programme named as the grant's source pays it, not
  // the agency that runs the call.
  const programme = promise === 'funding.grant' ? programmeSource(s, money) : undefined;
  // "Le chantier a été financé par un prêt de N de la banque A": with no subject paying, the source after the amount.
  const source = !programme && !subject && promise ? publicSource(s, money) : undefined;
  const funders = programme ? [programme] : source ? [source] : (subject?.members ?? []);
  // "A, the investor that controls Y, injected N into the company": the company the sentence named before its verb.
  const intoNamed =
    !recipient && INTO_DESCRIBED.test(s.text.slice(money.end, Math.min(s.end, money.end + 60)))
      ? s.actors.findLast((a) => a.end <= verb.start && a.kind === 'company' && !funders.some((f) => f.id === a.id))
      : undefined;
  const to = recipient?.members[0] ?? intoNamed;
  // "La Région s'est engagée à verser une subvention de N (à la société)": a grant goes to the article's company, and
  // so do new shares ("A, qui injecte N par augmentation de capital"); "A et B lui accordent un prêt de N" too.
  const stakeOfAnother = stake && stakeElsewhere(s, verb, money);
  const dative = DATIVE_BEFORE_VERB.test(s.text.slice(Math.max(s.start, verb.start - 30), verb.start));
  const toCompany =
    dative ||
    describedRecipient(s, verb, money) ||
    (stake && !stakeOfAnother) ||
    promise !== undefined ||
    namedCapitalIncrease(s, money);
  const untold = !to && !contract && !toCompany && !stakeOfAnother && financierPaysUntold(s, funders, verb, money);
  return {
    funders,
    to,
    // ("La Région apporte N": a region's or a ministry's money, with no stake told, is a grant, promised until paid)
    kind:
      untold && kind === 'invested' && funders.every(grantGiver) && !EQUITY_WORD.test(s.text.slice(s.start, s.end))
        ? paidOut(s, money)
          ? 'disbursed'
          : 'pledged'
        : kind,
    rule: contract ? 'funding.contract' : (promise ?? 'funding.active'),
    spans: [...spans, ...funders, ...(to ? [to] : [])],
    inherited: false,
    // (a dative pronoun names the recipient: "A lui a accordé N pour un projet mené avec B" is still its money, not
    // "lui a versé N pour les associations du quartier", money it passes on)
    toTopic:
      (toCompany || untold) &&
      (dative
        ? !PASSED_ON_AFTER.test(s.text.slice(money.end, money.end + 80))
        : !OTHER_RECIPIENT_AFTER.test(s.text.slice(money.end, money.end + 80)) &&
          !NAMED_PURPOSE.test(s.text.slice(money.end, money.end + 80))),
    sourceNamed: programme !== undefined,
    untold,
  };
}

/**
 * "Bluebell Ventures committed €8m", "La Caisse des Dépôts met 4 millions", "Atlantis Bank lent £110m": a fund's, a
 * bank's or a public body's money with no recipient told goes to the article's company (news tells its own company's
 * financing so), not money it raised itself, nor money spread over many firms or put into a thing.
 */
function financierPaysUntold(s: SentenceView, funders: readonly ActorSpan[], verb: Hit, money: MoneyMention): boolean {
  if (funders.length === 0 || verb.end > money.start || NOT_PAYING_THE_TOPIC.test(verb.text)) return false;
  if (!funders.every((f) => f.kind === 'public-body' || (f.kind === 'company' && financierNamed(s, f)))) return false;
  // ("apporte à lui seul N": the payer's emphasis, no recipient)
  const between = s.text.slice(verb.end, money.start).replace(ALONE, '');
  const opening = clauseStart(s, verb.start);
  const clause = s.text.slice(opening, Math.min(s.end, money.end + 80));
  const pastShare = pastShareOrCoPayer(s, money);
  return (
    // (money to someone told between: "versera au syndicat N", "paid the contractor N")
    !/(?<![\p{L}])(?:à|au|aux|to)\s+\p{L}/iu.test(between) &&
    !(/^put/iu.test(verb.text) && /^\s*at(?![\p{L}])/iu.test(between)) &&
    !FUND_SIZE.test(s.text.slice(money.end, Math.min(s.end, money.end + 20))) &&
    !MANY_TARGETS[s.language].test(clause) &&
    !INTO_A_THING.test(s.text.slice(money.end, Math.min(s.end, money.end + 40))) &&
    // (review 16: past a share or a co-payer, which no longer name a recipient: "investi N aux côtés des collectivités
    // dans le réseau de chaleur", "à hauteur de 49 %, dans la société de projet")
    !INTO_A_THING.test(pastShare) &&
    !INTO_A_NAME.test(pastShare) &&
    // (review 15: "refuse d'investir N", "a renoncé à investir N", "declined to invest N": no money given)
    !REFUSED_BEFORE.test(s.text.slice(opening, verb.start)) &&
    // ("paid a £2m fine", "versé 2 M€ de dividendes", "$300m under management", "a mis 2 M€ de côté", "$2m per
    // company": money that is no financing of the company)
    !NOT_FINANCING_AFTER.test(s.text.slice(money.end, Math.min(s.end, money.end + 30))) &&
    // ("versé 2 M€ à 40 associations", "pour 12 projets", "across 20 projects": money spread over a count of others)
    !COUNTED_TARGETS_AFTER.test(s.text.slice(money.end, Math.min(s.end, money.end + 40))) &&
    // ("investit 2 M€ dans Velmor": a name the money goes into, even one not read as an actor)
    !INTO_A_NAME.test(s.text.slice(money.end, Math.min(s.end, money.end + 20)))
  );
}
/** A fund or a bank by its name's words, or by the noun that describes it: "le fonds Siparex", "the Dutch fund B". */
const financierNamed = (s: SentenceView, f: ActorSpan) =>
  FINANCIER_NAME.test(f.name) || FINANCIER_NOUN_BEFORE.test(s.text.slice(Math.max(s.start, f.start - 40), f.start));
const FINANCIER_NOUN_BEFORE =
  /(?<![\p{L}])(?:fonds|fund|banque|bank|lender|prêteur|investisseur|investor|family office)(?:\s+[\p{Ll}-]+){0,2}\s+$/iu;
const ALONE = /(?<![\p{L}])à (?:lui|elle|eux|elles) seule?s?(?![\p{L}])/iu;
const REFUSED_BEFORE =
  /(?<![\p{L}])(?:refus\p{L}*|renonc\p{L}*|declin\p{L}*|rejet\p{L}*|rejected)\s+(?:d['’]|de\s|à\s|to\s)\s*$/iu;
const NOT_FINANCING_AFTER =
  /^\s*(?:[\p{Ll}-]+\s+)?(?:fines?|penalt(?:y|ies)|settlement|dividends?|in assets|under management|amendes?|de dividendes|d['’]actifs|sous gestion|de pénalités|de côté|aside|per (?:company|firm|start-?up|project|deal)|par (?:entreprise|société|start-?up|projet|dossier))(?![\p{L}])/iu;
const COUNTED_TARGETS_AFTER =
  /^[^.;:]{0,12}?(?<![\p{L}])(?:à|aux|pour|entre|across|among|between|to|for)\s+(?:(?!(?:19|20)\d\d(?!\d))\p{N}+|plusieurs|several|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten|dozens)\s+\p{Ll}/iu;
const INTO_A_NAME = /^\s*(?:dans|into)\s+\p{Lu}/u;
/** The text after an amount past "à hauteur de …", "aux côtés de …", "alongside …" ("" when none opens it). */
function pastShareOrCoPayer(s: SentenceView, money: MoneyMention): string {
  const after = s.text.slice(money.end, Math.min(s.end, money.end + 100));
  const share = SHARE_OR_CO_PAYER.exec(after);
  return share ? after.slice(share[0].length) : '';
}
const SHARE_OR_CO_PAYER =
  /^\s*,?\s*(?:à hauteur d(?:e|u|es|['’])|à raison d(?:e|['’])|aux côtés d(?:e|u|es|['’])|à parts égales avec|alongside)[^.;:]{0,50}?(?=\s(?:dans|into|in)\s)/iu;
/** A public body that gives grants rather than takes stakes: a region, a ministry, not a public bank or fund. */
const grantGiver = (f: ActorSpan) => f.kind === 'public-body' && !PUBLIC_FINANCIER_NAME.test(f.name);
// (a fund's size: "investing from its fourth vehicle, a €600m fund")
const FUND_SIZE = /^\s*(?:[\p{Ll}-]+\s+)?(?:funds?|vehicles?)(?![\p{L}])/iu;
// (money a financier raised, spent or holds is not money it gave: "raised €300m for its fund", "dépense N par an",
// "son fonds, doté de N")
const NOT_PAYING_THE_TOPIC = /^(?:rais|lev|spen|dépens|dot)/iu;

/**
 * The article's company told by a business noun as the one the money goes to, between the verb and the amount or right
 * after it: "a attribué à l'entreprise un contrat de N", "avait versé N à l'entreprise", "awarded the company a €N
 * contract".
 */
// ("à l'entreprise de transport", "to the company's former owners": the noun with a complement is another business)
const DESCRIBED_END = String.raw`(?![\p{L}])(?!['’]s)(?=\s*(?:[,.;:)]|$|\p{N}|[$€£]|(?:un|une|des|le|la|les|en|pour|dans|sur|depuis|au|aux|lors|après|a|an|the|in|for|on|last|this|under|with|avec|when|after)(?![\p{L}])))`;
// (the trades that news names a company by: "à l'hébergeur", "to the operator")
const COMPANY_DESCRIPTION = String.raw`(?:l['’]entreprise|la société|la start-?up|la scale-?up|la jeune pousse|la pépite|la PME|l['’]ETI|l['’]hébergeur|l['’]éditeur|l['’]opérateur|l['’]intégrateur|l['’]ESN|the company|the firm|the start-?up|the scale-?up|the business|the operator|the provider|the vendor)`;
const DESCRIBED_COMPANY = String.raw`${COMPANY_DESCRIPTION}${DESCRIBED_END}`;
const DESCRIBED_RECIPIENT = new RegExp(
  String.raw`(?:^|\s)(?:(?:à|au|en faveur de|to|for)\s+)?${DESCRIBED_COMPANY}`,
  'iu',
);
/** The article's company told by its trade after the amount and one of `prepositions` ("… N into the company"). */
const describedAfter = (prepositions: string) =>
  new RegExp(String.raw`^[^.;:,]{0,30}?\s(?:${prepositions})\s+${DESCRIBED_COMPANY}`, 'iu');
const INTO_DESCRIBED = describedAfter('into|in|dans');
const DESCRIBED_RECIPIENT_AFTER = describedAfter('à|au|en faveur de|to|for|into|in|dans');
const describedRecipient = (s: SentenceView, verb: Hit, money: MoneyMention) =>
  (verb.end <= money.start &&
    !s.actors.some((a) => a.start >= verb.end && a.end <= money.start) &&
    DESCRIBED_RECIPIENT.test(s.text.slice(verb.end, money.start))) ||
  DESCRIBED_RECIPIENT_AFTER.test(s.text.slice(money.end, Math.min(s.end, money.end + 60)));

/**
 * "X a reçu le soutien de A, qui lui a accordé N", "X won backing from A, which granted it N": the payer is the
 * relative clause's antecedent, and its object pronoun stands for the sentence's first name.
 */
const PRONOUN_GIFT_BEFORE =
  /^\s*,?\s*(?:qui|laquelle|lequel)\s+(?:lui|leur)\s+(?:(?:a|ont|avait|avaient|aura|auront|va|vont|doit|doivent)\s+)?(?:\p{Ll}+ment\s+)?$/iu;
// ("which in 2024 awarded it", "which last year granted it": a time phrase before the verb)
const RELATIVE_BEFORE_VERB =
  /^\s*,?\s*(?:which|that|who)\s+(?:(?:in\s+\d{4}|last\s+(?:year|month|week)|this\s+year|in\s+\p{Lu}\p{Ll}+)\s+)?(?:(?:has|had|have)\s+)?(?:\p{Ll}+ly\s+)?$/iu;
const OBJECT_PRONOUN_AFTER = /^\s+(?:it|them)\s/iu;
const RELATIVE_SUBJECT =
  /^\s*,\s*(?:qui|which|who)\s+(?:(?:y|en)\s+)?(?:(?:a|ont|avait|avaient|has|had|have)\s+)?(?:\p{Ll}+(?:ment|ly)\s+)?$/iu;
function relativeAntecedent(s: SentenceView, verb: Hit): Group | undefined {
  const g = s.groups.findLast((x) => x.end <= verb.start && verb.start - x.end <= 30);
  return g && !g.inParentheses && RELATIVE_SUBJECT.test(s.text.slice(g.end, verb.start)) ? g : undefined;
}
function relativeGift(s: SentenceView, verb: Hit): { payer: ActorSpan; to?: Group } | undefined {
  // ("A, which awarded it a grant of N": the noun "grant" is no verb; the verb before it is the relative clause's)
  const earlier = NOUN_AFTER_ARTICLE.test(s.text.slice(Math.max(s.start, verb.start - 30), verb.start))
    ? lastMatch('verb', s, Math.max(s.start, verb.start - 40), verb.start)
    : undefined;
  return relativeGiftOf(s, verb) ?? (earlier ? relativeGiftOf(s, earlier) : undefined);
}
const NOUN_AFTER_ARTICLE = /(?<![\p{L}])(?:a|an|the)\s+(?:[\p{Ll}$€£\d.,-]+\s+){0,2}$/iu;
function relativeGiftOf(s: SentenceView, verb: Hit): { payer: ActorSpan; to?: Group } | undefined {
  const last = s.groups.findLast((g) => g.end <= verb.start && verb.start - g.end <= 40);
  if (!last) return undefined;
  // "le Conseil européen de l'innovation (EIC), qui lui accorde N": the name before its acronym in parentheses.
  const named = last.inParentheses ? s.groups[s.groups.indexOf(last) - 1] : undefined;
  const antecedent = named && /^\s*\(\s*$/u.test(s.text.slice(named.end, last.start)) ? named : last;
  const between = s.text.slice(last.end, verb.start).replace(/^\s*(?:\([^()]{1,40})?\)/u, '');
  const told =
    PRONOUN_GIFT_BEFORE.test(between) ||
    (RELATIVE_BEFORE_VERB.test(between) && OBJECT_PRONOUN_AFTER.test(s.text.slice(verb.end, verb.end + 8)));
  const payer = antecedent.members[0]!;
  if (!told || payer.kind === 'person' || payer.kind === 'place') return undefined;
  // "It won backing from A, which in May awarded it N": a pronoun opening the sentence stands for the article's company.
  if (PRONOUN_SUBJECT_OPENING.test(s.text.slice(s.start, s.groups[0]!.start))) return { payer };
  const first = s.groups[0];
  if (!first || first === antecedent || first.inParentheses) return undefined;
  const to = first.members[0]!.kind;
  return to === 'person' || to === 'place' ? undefined : { payer, to: first };
}
const PRONOUN_SUBJECT_OPENING = /^[\s\p{P}]*(?:it|elle|il)\s(?![^,;:]*\p{Lu})/iu;

// ("has drawn €5m", "a encaissé une subvention de N": money drawn or cashed in is paid out)
const DRAWN = /^(?:drawn|drew|encaissé\p{L}*)$/iu;
/**
 * The sentence dates what it tells before the publication (between `from` and `until` when given): not a founding's
 * date ("A, created in 1998, lent…").
 */
const pastDated = (s: SentenceView, until = s.end, from = s.start) =>
  s.dates.some(
    (d) =>
      d.start >= from &&
      d.start < until &&
      !isAfterPublication(d.date, s.published) &&
      !FOUNDED_BEFORE_DATE.test(s.text.slice(Math.max(s.start, d.start - 30), d.start)),
  );
/**
 * Money received at a past date, told of its own amount: "avait reçu N en 2024", "received a grant of N last year"
 * (not "a reçu le soutien de A, qui lui a accordé N": the relative clause's verb gives it; not a date of the next
 * amount's, nor money paid in instalments).
 */
function receivedPaid(s: SentenceView, money: MoneyMention, receive: Hit): boolean {
  if (!RECEIVED.test(receive.text) || RELATIVE_BETWEEN.test(s.text.slice(receive.end, money.start))) return false;
  const until = nextAmount(s, s.money.indexOf(money));
  // (the date in the verb's clause, or fronting the sentence: not "had revenue of N1 last year and received N2")
  const from = s.money.some((m) => m.end <= receive.start) ? receive.start : s.start;
  // (not money to be paid later: "avait reçu l'accord pour une subvention de N, qui sera versée en 2026")
  return (
    pastDated(s, until, from) &&
    !INSTALMENTS.test(s.text.slice(money.end, until)) &&
    !s.dates.some((d) => isAfterPublication(d.date, s.published))
  );
}
const RELATIVE_BETWEEN = /(?<![\p{L}])(?:qui|dont|which|who|that)(?![\p{L}])/iu;
// ("A, created in 1998, lent X N", "fondé en 1998": the lender's founding dates no loan)
const FOUNDED_BEFORE_DATE =
  /(?<![\p{L}])(?:cré(?:é|ée|és|ées)|fond(?:é|ée|és|ées)|founded|created|established|set\s+up|launched|lanc(?:é|ée))\s+(?:(?:in|en|on|le)\s+)?$/iu;
const RECEIVED = /^(?:reçu|perçu|touché|received)$/iu;

/** A verb of paying a price, and the company bought "for" it: "paid N for the start-up X". */
const PAID = /^(?:paid|pays|paying|payé|paie|paient|payait)$/iu;
const FOR_COMPANY = /^\s*(?:for|pour)\s+(?:(?:the|la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}$/iu;
const boughtFor = (s: SentenceView, money: MoneyMention, recipient: Group) =>
  recipient.members[0]!.kind === 'company' && FOR_COMPANY.test(s.text.slice(money.end, recipient.start));
/** The purpose of buying the name after the amount: "pour racheter X", "pour s'offrir X", "to buy X". */
const TO_BUY =
  /^[^.;:]{0,20}?(?<![\p{L}])(?:pour|afin d['’]|to|in order to)\s+(?:s['’]|l['’])?(?:rachet\p{L}*|acquérir|offrir|emparer|reprendre|buy|acquire|purchase|take over)(?![\p{L}])/iu;
const toBuy = (s: SentenceView, money: MoneyMention, recipient: Group) =>
  TO_BUY.test(s.text.slice(money.end, recipient.start));

/** A programme named as the source just after an amount, in its clause: "N de subventions de France 2030". */
function programmeSource(s: SentenceView, money: MoneyMention): ActorSpan | undefined {
  // (a loop, not a closure per amount)
  for (const a of s.actors)
    if (
      a.kind === 'programme' &&
      a.start >= money.end &&
      a.start - money.end <= 60 &&
      clauseStart(s, a.start) <= money.start &&
      // (a decimal comma is no clause's: "4,2 millions et 2,8 millions d'euros de subventions P"; past an aside when
      // the programme's own lead names it: "reçu 1,5 M€, versés l'an dernier, au titre de France 2030")
      (!/\(|,(?!\d)/u.test(s.text.slice(money.end, a.start)) ||
        (PROGRAMME_LEAD.test(s.text.slice(Math.max(money.end, a.start - 24), a.start)) &&
          !s.money.some((m) => m.start >= money.end && m.end <= a.start)))
    )
      return a;
  // ("L'État lui a accordé, au titre de France 2030, une aide de N": the programme told before the amount, no other
  // amount between, no source after it)
  const before = s.actors.findLast(
    (a) =>
      a.kind === 'programme' &&
      a.end <= money.start &&
      money.start - a.end <= 60 &&
      PROGRAMME_LEAD.test(s.text.slice(Math.max(s.start, a.start - 24), a.start)) &&
      !s.money.some((m) => m.start >= a.end && m.end <= money.start),
  );
  return before && !publicSource(s, money) ? before : undefined;
}
const PROGRAMME_LEAD =
  /(?:au titre d[eu]|dans le cadre d[eu]|under|as part of)\s+(?:l['’]|la\s+|le\s+|the\s+|its\s+)?$/iu;

/**
 * A public body or bank right after a grant's or loan's amount, by "de"/"from"/"with", its noun of kind between: "N
 * de la Région X", "N from A", "N de la banque X", "N from the state lender X", "a €N loan with X", "N sous forme
 * d'un prêt de la banque X", "N, versée par A", "N granted by A".
 */
const SOURCE_LEAD =
  /^\s*(?:de|du|d['’]|from|with|avec|,?\s*(?:accordé|octroyé|versé|attribué|consenti|apporté|alloué)(?:e|s|es)?\s+(?:par|en\s+\d{4}\s+par)|(?:[\p{Ll}-]+\s*){0,2}?,?\s*(?:granted|awarded|provided|paid(?: out)?|lent|extended)\s+(?:by|in\s+\d{4}\s+by)|(?:[\p{Ll}-]+\s+){0,2}?(?:loans?|grants?|subsid(?:y|ies)|facility|financing|debt)\s+with|sous (?:la )?forme (?:de\s+|d['’](?:une?\s+)?)(?:dettes?|prêts?|crédits?|subventions?)\s+(?:de|du|d['’]))\s*(?:(?:la|le|l['’]|the)\s*)?(?:(?:federal|provincial|state|national|regional|public|government|fédéral|régional)\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}(?:banque|fonds|caisse|bank|lender|fund|agency|agence|région|ville|métropole|département|ministère|ministry|conseil|council|mutuelle|assureur|insurer)\s+)?$/iu;
const SOURCE_KINDS = new Set(['public-body', 'programme', 'company']);
/** "a £450,000 Innovate UK grant", "a £5m NatWest loan": the payer named between the amount and its noun. */
const NAMED_BEFORE_NOUN =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:grants?|loans?|subsid(?:y|ies)|facility|award|funding|contracts?|backing)(?![\p{L}])/u;
function publicSource(s: SentenceView, money: MoneyMention): ActorSpan | undefined {
  const g = groupAfter(s, money.end, 50);
  const source = g?.members[0];
  if (!source || !SOURCE_KINDS.has(source.kind)) return undefined;
  const between = s.text.slice(money.end, g.start);
  if (SOURCE_LEAD.test(between)) return source;
  // (not "a €95m EU grant", "a $2m US contract": a union's or a country's initials describe the money)
  return s.language === 'en' &&
    !/^(?:EU|UK|US|USA)$/u.test(s.text.slice(g.start, g.end)) &&
    /^\s+$/u.test(between) &&
    g.members.length === 1 &&
    NAMED_BEFORE_NOUN.test(s.text.slice(g.end, g.end + 30))
    ? source
    : undefined;
}
function publicBodySource(s: SentenceView, money: MoneyMention): ActorSpan | undefined {
  const source = publicSource(s, money);
  return source?.kind === 'public-body' ? source : undefined;
}
/**
 * The source told between the verb of receiving and the amount: "a obtenu de la Région X une subvention de N"; with
 * `BUYER_LEAD`, a contract's buyer between the verb of winning and the amount: "a remporté auprès du ministère Y un
 * contrat de N".
 */
function sourceBetween(s: SentenceView, from: number, to: number, lead = SOURCE_LEAD): ActorSpan | undefined {
  const g = groupAfter(s, from, 50);
  const source = g?.members[0];
  return source && g.end <= to && SOURCE_KINDS.has(source.kind) && lead.test(s.text.slice(from, g.start))
    ? source
    : undefined;
}
const BUYER_LEAD = /^\s*(?:auprès\s+(?:de\s+|du\s+|des\s+|d['’])|from\s+)(?:(?:la|le|les|l['’]|the)\s*)?$/iu;

/**
 * Seeking money is no money got: "cherche à lever", "espère obtenir", "en discussion pour lever", "in talks to raise",
 * "is looking to raise", right before a verb of receiving (a word or two between: "espère pouvoir lever").
 */
const SEEKING_BEFORE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:cherch\p{L}* à|tent\p{L}* d(?:e|['’])|esp(?:ère|èrent|érait|éraient|érer)|ambitionn\p{L}* d(?:e|['’])|vis(?:e|ent|ait|aient) à|(?:en|des) (?:discussions?|négociations?|pourparlers) (?:pour|afin d(?:e|['’])|en vue d(?:e|['’]))|s['’]apprêt\p{L}* à|se prépar\p{L}* à|en quête d(?:e|['’]))\s*(?:[\p{L}-]+\s+){0,1}$/iu,
  en: /(?<![\p{L}])(?:seek(?:s|ing)? to|looking to|looks to|hop(?:e|es|ed|ing) to|aim(?:s|ed|ing)? to|tr(?:y|ies|ying|ied) to|attempt(?:s|ed|ing)? to|in (?:talks|discussions|negotiations) to|in (?:talks|discussions|negotiations) about|is (?:out|preparing) to|prepar(?:es|ing) to|on the hunt to|in the market to)\s*(?:[\p{L}-]+\s+){0,1}$/iu,
};

/**
 * Said paid out, after the amount and before the next one ("versée en mars", "paid out in March", "entièrement
 * débloqué en avril"), not to be paid in instalments or over years ("versée en trois fois", "paid out over three
 * years": promised until the last one), nor said paid in the future ("qui sera débloqué d'ici la fin de l'année",
 * "to be paid as the site expands").
 */
// (or released as work goes on: "débloqué au fil des travaux", "au rythme du chantier", "à la livraison", "par étapes",
// "as milestones are met")
const INSTALMENTS =
  /(?<![\p{L}])(?:en (?:deux|trois|quatre|cinq|six|plusieurs|\d+) (?:fois|tranches|versements|échéances|temps|étapes)|par (?:tranches|étapes)|au (?:fil|rythme) d(?:u|es) (?:travaux|chantier|construction|besoins|projet)|à la livraison|(?:in|over) (?:two|three|four|five|six|several|\d+) (?:instal?ments|tranches|payments|stages|phases)|in (?:instal?ments|tranches|stages)|as (?:milestones|the (?:work|project|site|build)) )(?![\p{L}])/iu;
/**
 * Paid over years, in the clause saying it paid ("versée sur trois ans", "paid out over three years"), not a purpose's
 * length after it ("versée en mars, pour un programme sur trois ans").
 */
const OVER_YEARS =
  /(?<![\p{L}])(?:over (?:two|three|four|five|six|several|\d+) years|(?:sur|en) (?:deux|trois|quatre|cinq|six|plusieurs|\d+) ans)(?![\p{L}])/iu;
const TO_BE_PAID: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:sera|seront|serait|seraient|(?:doit|doivent|devra|devront|devrait|devraient) être)\s+(?:(?:ensuite|intégralement|entièrement|progressivement|d['’]abord)\s+)?$/iu,
  en: /(?<![\p{L}])(?:will|would|shall|(?:is|are|was|were) (?:due |yet |still )?to|yet to|still to|(?<=,\s*)to)\s+(?:be\s+)?(?:(?:fully|gradually|then|first)\s+)?$/iu,
};
/**
 * "une subvention de N1 de la Région, versée en deux tranches, et un prêt de N2": a participle after an earlier
 * amount's phrase and its comma tells of that amount, not of the next one.
 */
function participleOfEarlierAmount(s: SentenceView, verb: Span): boolean {
  const earlier = s.money.findLast((m) => m.end <= verb.start);
  return (
    earlier !== undefined &&
    verb.start - earlier.end <= 60 &&
    /^[^,;:.]*,\s*$/u.test(s.text.slice(earlier.end, verb.start))
  );
}

/** Said not paid: "qui n'a pas encore été débloqué", "not yet drawn down", "has never been paid". */
const NOT_YET_PAID: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:pas|jamais|non|toujours pas)\s+(?:(?:encore|été|entièrement|intégralement)\s+)*$/iu,
  en: /(?<![\p{L}])(?:not|never|n['’]t)\s+(?:(?:yet|been|fully|entirely)\s+)*$/iu,
};
const BOTH_BEFORE =
  /(?<![\p{L}])(?:both|tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux)\s+(?:(?:been|été|were|sont|ont\s+été)\s+)*$/iu;
function paidOut(s: SentenceView, money: MoneyMention): boolean {
  let after = s.text.slice(money.end, nextAmount(s, s.money.indexOf(money)));
  let paid = DISBURSE[s.language].exec(after);
  if (paid === null) {
    // ("une subvention de N1 et un prêt de N2, tous deux versés en mars", "both paid out in March": after the last)
    after = s.text.slice(money.end, s.end);
    paid = DISBURSE[s.language].exec(after);
    if (paid === null || !BOTH_BEFORE.test(after.slice(Math.max(0, paid.index - 30), paid.index))) return false;
  }
  const clauseEnd = after.slice(paid.index + paid[0].length).search(/[,;]/u);
  const clause = clauseEnd < 0 ? after : after.slice(0, paid.index + paid[0].length + clauseEnd);
  // (the words right before the word of paying: "sera", "to be", "pas encore")
  const lead = after.slice(Math.max(0, paid.index - 30), paid.index);
  return (
    !INSTALMENTS.test(after) &&
    !OVER_YEARS.test(clause) &&
    !TO_BE_PAID[s.language].test(lead) &&
    !NOT_YET_PAID[s.language].test(lead)
  );
}

/** "also invested in Lyon-based Y", "in Berlin's Y": a place describing another recipient named after it. */
function placeOfAnother(s: SentenceView, place: Group, to: string | undefined): boolean {
  const named = groupAfter(s, place.end, 40);
  return (
    named !== undefined &&
    !named.members.some((m) => m.id === to || m.kind === 'place') &&
    /^(?:-(?:based|headquartered)|['’]s)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(s.text.slice(place.end, named.start))
  );
}

/**
 * The subject of "X décroche la qualification C et lève N"; past a verb's object ("X accompagne Y vers la
 * qualification C et lève N", "X helps Y toward C and raises N": Y is no subject), the subject before it.
 */
function certifiedSubject(s: SentenceView, certification: Group): Group | undefined {
  const named = groupBefore(s, certification.start);
  if (!named) return named;
  const subject = groupBefore(s, named.start);
  return subject && /^\s*[\p{L}'’-]+\s*$/u.test(s.text.slice(subject.end, named.start)) ? subject : named;
}

/** A verb of raising money (not of receiving it from someone): "lever", "raise". */
const RAISING = /^(?:lev|lèv|rais)/iu;
/** A French future of a verb of receiving: "recevra", "obtiendront", "lèvera". */
const FRENCH_FUTURE_RECEIVE = /(?:vra|vront|dra|dront|era|eront)$/u;

/**
 * Right before a verb of giving, a passive or "se voir" that makes its subject the one who receives ("has been
 * awarded", "a été attribuée", "s'est vu accorder", "se voit octroyer"): the word before the verb, read without a regex.
 */
const PASSIVE_WORDS = new Set(['been', 'is', 'was', 'are', 'were', 'be', 'été', 'est', 'sont', 'sera', 'seront']);
const SE_VOIR_WORDS = new Set(['vu', 'vue', 'vus', 'vues', 'voit', 'voient']);
// ("X was also awarded N", "X has since been granted N", "X s'est également vu accorder N": an adverb between)
const PASSIVE_ADVERB =
  /^(?:also|already|since|recently|just|now|then|finally|previously|aussi|également|déjà|récemment|ensuite|finalement|notamment)$/u;
function passiveBefore(s: SentenceView, at: number): boolean {
  let end = at;
  while (end > s.start && s.text[end - 1] === ' ') end--;
  let start = Math.max(s.start, s.text.lastIndexOf(' ', end - 1) + 1);
  let word = s.text.slice(start, end).toLowerCase();
  if (PASSIVE_ADVERB.test(word) && start > s.start) {
    end = start - 1;
    start = Math.max(s.start, s.text.lastIndexOf(' ', end - 1) + 1);
    word = s.text.slice(start, end).toLowerCase();
  }
  if (PASSIVE_WORDS.has(word)) return true;
  // "s'est vu accorder", "se voit octroyer", not "a vu": the reflexive before it.
  return (
    SE_VOIR_WORDS.has(word) &&
    /(?:s['’]est|se|s['’]étai(?:t|ent)|s['’]sont)\s*$/iu.test(s.text.slice(Math.max(s.start, start - 10), start))
  );
}

/** An English present participle after "is"/"has been", which `passiveBefore` must not read as a passive. */
const PROGRESSIVE = /ing$/iu;
/** A payer whose own amount a relative clause right after it tells: "B, qui a mis 1 million", "B, which put in N2". */
function ownAmountAfter(s: SentenceView, payer: Span, money: MoneyMention): boolean {
  const own = s.money.find((m) => m !== money && m.start > payer.end);
  return own !== undefined && OWN_AMOUNT_RELATIVE.test(s.text.slice(payer.end, own.start));
}
// (review 16: a verb of putting money in, not "which manages $300m", "qui a levé 50 M€": the co-payer's own size or
// fundraising tells no amount of its own in the company, and it stays among the first payer's)
const OWN_AMOUNT_RELATIVE =
  /^\s*,\s*(?:qui|which|who)\s(?:[^,;.()]{0,25}?\s)?(?:mis|met|mettent|apport\p{L}*|invest\p{L}*|inject\p{L}*|remis|souscrit|engag\p{L}*|put|puts|contribut\p{L}*|provid\p{L}*|add(?:s|ed)|commit\p{L}*|chip(?:s|ped)\s+in|wr(?:ote|ites|itten)|sign\p{L}*)\s[^,;.()]{0,30}$/iu;

/** "A est entré au capital pour N": French conjugates "entrer" with "être" in the active voice; its subject pays. */
const ENTERED = /^entr/iu;
/** "A entre au capital pour N", "A prend une participation de N": a stake in the company the article is about. */
const STAKE_TAKEN = /^(?:entr|pris|prend|prenn)/iu;
/** "A wrote a $N check", "A signe un chèque de N": the verb's own amount is the cheque's. */
const CHEQUE_WRITTEN = /^(?:wr|sign)/iu;
/**
 * Review 16: a stake that is not the article's company's: in a company the text describes without naming it ("entré
 * au capital d'une start-up lyonnaise pour N", "prend une participation de N dans une PME bretonne", "dans sa
 * filiale", "dans douze entreprises", "de chacune", "de la holding familiale") or by a name the reading did not know
 * ("dans Velmor").
 */
function stakeElsewhere(s: SentenceView, verb: Span, money: MoneyMention): boolean {
  const between = STAKE_OF_BETWEEN.exec(s.text.slice(verb.end, money.start));
  const after = STAKE_IN_AFTER.exec(s.text.slice(money.end, Math.min(s.end, money.end + 60)));
  const another = (rest: string) => UNNAMED_STAKE_COMPANY.test(rest) || /^\p{Lu}/u.test(rest);
  return (
    (between !== null && another(s.text.slice(verb.end + between[0].length, money.start))) ||
    (after !== null && another(s.text.slice(money.end + after[0].length, Math.min(s.end, money.end + 60))))
  );
}
const STAKE_OF_BETWEEN = /^\s*(?:de\s+|d['’]\s*|du\s+|des\s+)/iu;
const STAKE_IN_AFTER =
  /^\s*(?:d['’]euros\s+)?(?:(?:minoritaire|majoritaire)\s+)?(?:dans|au\s+capital|in)(?![\p{L}])\s*(?:de\s+|d['’]\s*|du\s+|des\s+)?/iu;
const UNNAMED_STAKE_COMPANY =
  /^(?:une?|des|ces|sa|son|ses|leurs?|its|their|plusieurs|quelques|several|chacune?|\p{N}+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|cent|(?:la|le|l['’])\s*(?:holding|filiale|maison[- ]mère|société[- ]mère|co-?entreprise|joint-venture|fonds))(?![\p{L}])/iu;

/** A verb of awarding money: "awarded", "granted", "a accordé", "octroyé", "attribué", "alloué". */
const AWARDING =
  /^(?:awarded|granted|vot(?:é|ée)|accord(?:é|ée|és|ées|e|ent|ait|era|er)|octroy\p{L}*|octroie\p{L}*|attribu(?:é|ée|és|ées|e|ent|ait|era|er)|allou(?:é|ée|és|ées|e|ent|ait|era|er))$/iu;

/** A verb of borrowing: "a emprunté N", "a contracté un emprunt", "borrowed N", "took out a loan". */
const BORROWING = /^(?:emprunt|contract|borrow|t(?:ook|aken|akes) out)/iu;

/** A verb of lending: "a prêté N à X", "lent N to X". */
const LENT = /^(?:lent|loaned|prêté|prêtée)$/iu;
const LENDING = /^(?:prêt|lent|lend|loan|consen)/iu;

/** The organisation opening the sentence before an apposition that holds `inner`: "X, founded in 2021 by Y, raised N". */
function describedSubject(s: SentenceView, inner: Group): ActorSpan | undefined {
  const first = s.groups[0];
  if (!first || first === inner || first.inParentheses || first.start - s.start > 30) return undefined;
  const head = first.members[0]!;
  return head.kind !== 'person' && s.text.startsWith(',', first.end) ? head : undefined;
}

/**
 * A recipient the amount goes to that is no name nor the article's company ("à la filière", "to the sector"); not in a
 * relative clause after a comma ("un prêt de N, qui sera tiré au fil des travaux").
 */
// ("pour héberger Y": a purpose naming another actor, whose money it may be; case-sensitive for the name)
const NAMED_PURPOSE = /^[^.;:]{0,60}?(?<![\p{L}])(?:à|pour)\s+\p{Ll}+(?:er|ir|re)\s+[^,.;]{0,40}?(?<![\p{L}])\p{Lu}/u;
// (what the money is for, not whom: "pour l'achat de…", "pour des travaux", "pour ses bâtiments", "for the
// construction of…")
const PURPOSE_NOUNS = [
  'achat',
  'acquisition',
  'construction',
  'rénovation',
  'modernisation',
  'extension',
  'développement',
  'recrutement',
  'travaux',
  'efficacité',
  'équipement',
  'installation',
  'déploiement',
  'création',
  'ouverture',
  'agrandissement',
  'mise',
  'bâtiments?',
  'locaux',
  'projet',
  'programme',
  'recherche',
  'purchase',
  'expansion',
  'development',
  'building',
  'hiring',
  'upgrade',
  'deployment',
  'refurbishment',
  'opening',
  'research',
  'project',
  // (a contract's service: "un marché de N pour l'hébergement d'applications", "a £N contract for the hosting of…")
  'hébergement',
  'sauvegarde',
  'surveillance',
  'maintenance',
  'infogérance',
  'fourniture',
  'migration',
  'exploitation',
  'gestion',
  'refonte',
  'sécurisation',
  'supervision',
  'numérisation',
  'stockage',
  'conception',
  'réalisation',
  'formation',
  'accompagnement',
  'audit',
  'hosting',
  'supply',
  'provision',
  'management',
  'backup',
  'storage',
  'monitoring',
  'design',
  'training',
  'support',
  'operation',
  'running',
  'delivery',
  'rollout',
].join('|');
const OTHER_RECIPIENT_AFTER = new RegExp(
  String.raw`^(?:(?!,\s*(?:qui|which|that|to be)\s)[^.;:]){0,60}?(?<![\p{L}])(?:(?:à|pour)\s+(?!\p{Ll}+(?:er|ir|re)(?![\p{L}]))(?!(?:hauteur|raison|parts?|peine|nouveau|(?:lui|elle|eux|elles)\s+seule?s?)(?![\p{L}]))|(?:au|aux)\s+(?!(?:fil|cours|terme|titre|total|moins|plus|début|final|lieu|sein|côtés|pot)(?![\p{L}]))|(?:to(?!\s+\p{Ll}+\s+(?:its|their|a|an|the|new|more|up|out|further|additional|some)(?![\p{L}]))|for)\s+)(?!${DESCRIBED_COMPANY})(?!(?:(?:ses|son|sa|leurs?|its|their)\s)|(?:(?:la|le|les|l['’]|des|the)\s*)?(?:${PURPOSE_NOUNS})(?![\p{L}]))(?:(?:la|le|les|l['’]|des|the|its|ses|son|sa)\s*)?\p{Ll}`,
  'iu',
);

// (money for others in the plural: "pour les associations", "to the schools"; not the payer's own, "pour ses services")
const PASSED_ON_AFTER = /^[^.;:]{0,60}?(?<![\p{L}])(?:pour|à|aux|to|for)\s+(?:les|des|the)\s+\p{Ll}+s(?![\p{L}])/iu;

const PLACE_DESCRIBING = /^-(?:based|headquartered)(?![\p{L}])/u;

/** Buying new shares in an offering or a capital increase: "buying €40mn of shares", "a souscrit N d'actions". */
const BUYING_BEFORE =
  /(?<![\p{L}])(?:buying|bought|buys|subscrib(?:ed|ing) (?:for|to)|took up|souscri(?:t|vent|vant)|achet(?:é|ant|ent)|acquis)\s+(?:(?:some|about|around|nearly|près de|environ)\s+)?$/iu;
const SHARES_AFTER =
  /^(?:(?:\s*,\s*|\s+(?:and|et)\s+)[^.;:]{1,20}?)?\s*(?:(?:of|in|worth of)\s+(?:new\s+)?(?:shares|stock)|d['’]actions(?: nouvelles)?|de titres)(?![\p{L}])(?!\s+(?:back|existing|existantes))/iu;
function sharesBought(s: SentenceView, money: MoneyMention): Reading | undefined {
  if (!BUYING_BEFORE.test(s.text.slice(Math.max(s.start, money.start - 30), money.start))) {
    // "buying €40mn and €25mn of shares": the second amount shares the first one's verb.
    const first = s.money.find(
      (m) => m.end <= money.start && /^\s*(?:and|et)\s*$/iu.test(s.text.slice(m.end, money.start)),
    );
    if (!first || !BUYING_BEFORE.test(s.text.slice(Math.max(s.start, first.start - 30), first.start))) return undefined;
  }
  if (!SHARES_AFTER.test(s.text.slice(money.end, Math.min(s.end, money.end + 50)))) return undefined;
  const buyer = groupBefore(s, money.start);
  if (!buyer) return undefined;
  const into = recipientAfter(s, money.end, ROUND_RECIPIENT_PREPOSITIONS);
  return {
    funders: buyer.members,
    to: into?.members[0],
    kind: 'invested',
    rule: 'funding.shares',
    spans: [...buyer.members, ...(into?.members ?? [])],
    inherited: false,
    toTopic: true,
  };
}

/**
 * New shares issued for the amount: "une augmentation de capital de N", "a €N capital increase", "N de capital",
 * "injecte N par augmentation de capital", "through a capital increase".
 */
const CAPITAL_INCREASE_BEFORE =
  /(?:augmentation de capital|capital increase|rights issue)\s+(?:de|d['’]un montant de|of|worth)\s+(?:(?:près de|environ|about|around|nearly)\s+)?$/iu;
const CAPITAL_INCREASE_AFTER =
  /^\s*(?:capital increase|rights issue|(?:par|via|through|in)\s+(?:(?:voie d['’]|une?\s+|an?\s+)?)(?:augmentation de capital|capital increase))(?![\p{L}])/iu;
const namedCapitalIncrease = (s: SentenceView, money: MoneyMention) =>
  CAPITAL_INCREASE_BEFORE.test(s.text.slice(Math.max(s.start, money.start - 40), money.start)) ||
  CAPITAL_INCREASE_AFTER.test(s.text.slice(money.end, Math.min(s.end, money.end + 40)));
/** Who took the new shares, in a participle after the amount: "souscrite par A et B", "subscribed by A". */
const SUBSCRIBED_BY =
  /^[^.;:()]{0,40}?(?<![\p{L}])(?:souscrite?s?|subscribed|taken up)\s+(?:\p{Ll}+\s+)?(?:par|by)(?![\p{L}])/iu;
const MAY_BE = /(?<![\p{L}])(?:pourrai(?:t|ent)|serai(?:t|ent)|devrai(?:t|ent)|could|would|might|may)(?![\p{L}])/iu;
/**
 * A capital increase and who subscribed it: "une augmentation de capital de N souscrite par A dans X", "a €N capital
 * increase subscribed by A": A invests in X (named after it, or the article's company); "qui pourrait être souscrite
 * par A" is no money put in yet.
 */
function capitalIncreaseSubscribed(s: SentenceView, money: MoneyMention): Reading | undefined {
  if (!namedCapitalIncrease(s, money)) return undefined;
  const until = nextAmount(s, s.money.indexOf(money));
  const by = SUBSCRIBED_BY.exec(s.text.slice(money.end, until));
  if (!by || MAY_BE.test(by[0]) || negated(s, money.end, money.end + by[0].length)) return undefined;
  const payers = payersAfter(s, money.end + by[0].length).filter((p) => p.end <= until);
  if (payers.length === 0 || (payers.length === 1 && payers[0]!.kind === 'person')) return undefined;
  const into = recipientAfter(s, payers.at(-1)!.end, ROUND_RECIPIENT_PREPOSITIONS);
  // Where the round's cues read the subscribers ("souscrite par"), they are the round's payers, as for "apportés par".
  const asRound = roundPayers(s, money, until, false).payers.length > 0;
  return {
    funders: asRound ? [] : payers,
    to: into?.members[0],
    kind: 'invested',
    rule: asRound ? 'funding.round' : 'funding.shares',
    spans: [...payers, ...(into?.members ?? [])],
    inherited: false,
    toTopic: true,
  };
}

/** Between an amount and the name it goes to: ", goes to", "will go to", "revient à", "ira à". */
const GOES_TO =
  /^\s*,?\s*(?:(?:goes|went|go|will go|is going|are going)\s+(?:\p{Ll}+ly\s+)?to|(?:revient|reviennent|reviendra|va|vont|ira|iront|est allée?s?|sont allée?s)\s+(?:\p{Ll}+ment\s+)?(?:à|au|aux))\s+(?:(?:the|la|le|l['’])\s*)?$/iu;
function recipientGoingTo(s: SentenceView, money: MoneyMention): Reading | undefined {
  const g = groupAfter(s, money.end, 40);
  if (!g || !GOES_TO.test(s.text.slice(money.end, g.start))) return undefined;
  const to = g.members[0]!;
  if (to.kind === 'person' || to.kind === 'place') return undefined;
  return { funders: [], to, kind: 'pledged', rule: 'funding.goes-to', spans: [to], inherited: false };
}

/**
 * A contract or lot awarded to a name for an amount, its buyer unnamed: "Le premier lot revient à X, filiale de Y,
 * pour N", "Le second est attribué pour N à X", "The contract was awarded to X for N" (pledged by the buyer).
 */
const AWARDED_BEFORE_NAME =
  /(?:attribuée?s?|confiée?s?|adjugée?s?|revien(?:t|nent|dra)|awarded|granted)\s+(?:(?:à|au|aux|to)\s+)(?:(?:the|la|le|l['’])\s*)?$/iu;
const FOR_AMOUNT = /^(?:\s*,[^,;.]*,)?\s*(?:pour|for)\s+(?:(?:un montant de|a total of|about|environ|près de)\s+)?$/iu;
const FOR_BEFORE = /(?:pour|for)\s+(?:(?:un montant de|a total of|about|environ|près de)\s+)?$/iu;
const AWARDED_FOR = /(?:attribuée?s?|confiée?s?|adjugée?s?|awarded|granted)\s+(?:pour|for)\s+$/iu;
const TO_NAME = /^\s*(?:[^,;.]{0,30}?\s)?(?:à|au|aux|to)\s+(?:(?:the|la|le|l['’])\s*)?$/iu;
function contractAwardedTo(s: SentenceView, money: MoneyMention): Reading | undefined {
  const before = s.text.slice(Math.max(s.start, money.start - 30), money.start);
  // Both shapes end on "pour"/"for" (and a hedge) right before the amount: most amounts stop here.
  if (!FOR_BEFORE.test(before)) return undefined;
  let to: ActorSpan | undefined;
  if (AWARDED_FOR.test(before)) {
    const g = groupAfter(s, money.end, 50);
    if (g && TO_NAME.test(s.text.slice(money.end, g.start))) to = g.members[0];
  } else {
    // The name may be followed by an apposition naming others ("à X, la filiale de Y, pour N").
    const g = s.groups.findLast(
      (x) =>
        x.end <= money.start &&
        money.start - x.end <= 80 &&
        FOR_AMOUNT.test(s.text.slice(x.end, money.start)) &&
        AWARDED_BEFORE_NAME.test(s.text.slice(Math.max(s.start, x.start - 30), x.start)),
    );
    to = g?.members[0];
  }
  if (!to || to.kind === 'person' || to.kind === 'place') return undefined;
  return { funders: [], to, kind: 'pledged', rule: 'funding.contract-awarded', spans: [to], inherited: false };
}

/**
 * Winners listed with their shares in parentheses: "Parmi les lauréats figurent A (4,2 M€), B (2,8 M€) et C (1,5 M€)",
 * "Recipients include A ($2m) and B ($1.5m)": each amount is the name's aid (pledged; the pool's payers when told). A
 * winners' noun, not "soutenu", "retenu", "selected", which tell a market or a ranking too ("Le marché, soutenu par
 * l'IA, est dominé par A (N1) et B (N2)").
 */
const WINNERS = /(?<![\p{L}])(?:lauréat|bénéficiaire|winner|recipient|beneficiar|awardee)\p{L}*/iu;
const OPEN_SHARE = /^\s*\(\s*$/u;
const CLOSE_SHARE = /^\s*\)/u;
function listedShare(s: SentenceView, money: MoneyMention): Reading | undefined {
  if (!CLOSE_SHARE.test(s.text.slice(money.end, money.end + 4))) return undefined;
  const to = s.actors.findLast((a) => a.end <= money.start && OPEN_SHARE.test(s.text.slice(a.end, money.start)));
  if (!to || to.kind === 'person' || to.kind === 'place' || !WINNERS.test(s.text.slice(s.start, s.end)))
    return undefined;
  return { funders: [], to, kind: 'pledged', rule: 'funding.listed', spans: [to], inherited: false };
}

/**
 * A round told in the phrase opening the sentence, its recipient the main clause's subject: "Cette levée de N, réalisée
 * auprès de A, doit permettre à X…" (not: the subject there is the round), "Fresh off a $N Series B, X is hiring",
 * "With the $N raised from A, X will hire", "Forte d'une levée de N, X accélère" (the payers after the amount are
 * read as a round's).
 */
const ROUND_OPENING_LEAD =
  /^[\s\p{P}]*(?:(?:fresh off|with|armed with|on the back of|after|following|thanks to|grâce à|avec|fort(?:e|s|es)? d['’]e?|après|à la suite d['’]e?|suite à)\s*)?(?:(?:a|an|the|its|this|these|cette|cet|ce|ces|une?|la|le|les|sa|son|ses|l['’])\s*)?(?:(?:nouvelle|dernière|récente|fresh|new|latest|recent)\s+)?(?:(?:levée(?: de fonds)?|tour de table)\s+(?:de|d['’]un montant de)\s+)?$/iu;
const ROUND_OPENING_NAMED: Record<Language, RegExp> = {
  fr: /^\s*(?:lev(?:é|ée)s?|de (?:levée|financement)|(?:en|de) (?:série|seed|amorçage))(?![\p{L}])/iu,
  en: /^\s*(?:raised|(?:in\s+)?(?:fresh\s+|new\s+)?(?:funding|financing)|(?:[\p{Ll}-]+\s+){0,2}?(?:round|raise|series [a-f]|seed))(?![\p{L}])/iu,
};
// (or the one the round serves: "…, doit permettre à la start-up X de recruter", "…, will help X expand")
const MAIN_SUBJECT_AFTER =
  /^[^;:.]*,\s*(?:(?:(?:doit|va|devrait|doivent|vont|devraient)\s+)?permett\p{L}*\s+(?:à|au)\s+|(?:will|should|would)\s+(?:allow|help|enable)\s+)?(?:(?:l['’]|le |la |les |the |cette |this )\s*)?(?:[\p{L}-]+\s+){0,3}$/u;
const ROUND_OF_ANOTHER =
  /^(?!\s*(?:auprès|de la part))\s*(?:[\p{L}-]+\s+){0,3}?(?:de|du|d['’]|of)\s+(?:(?:son|sa|ses|leur|leurs|its|their|the|le|la|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}/u;
const ROUND_NOT_YET =
  /(?<![\p{L}])(?:en (?:préparation|cours|vue|négociation)|prévue?|envisagée?|à venir|in the works|in preparation|planned|upcoming|under negotiation|in talks)(?![\p{L}])/iu;
function openingRound(s: SentenceView, money: MoneyMention): Reading | undefined {
  const lead = s.text.slice(s.start, money.start);
  if (!ROUND_OPENING_LEAD.test(lead)) return undefined;
  // The amount named as a round: by its noun before ("Cette levée de N") or its words after ("$N Series B").
  const nounBefore = /(?:levée|tour de table)/iu.test(lead);
  if (!nounBefore && !ROUND_OPENING_NAMED[s.language].test(s.text.slice(money.end, money.end + 40))) return undefined;
  const subject = s.groups.find(
    (g) => g.start > money.end && !g.inParentheses && MAIN_SUBJECT_AFTER.test(s.text.slice(money.end, g.start)),
  );
  // ("Après la levée de N de son concurrent Y, X…": Y's round; "Avec une levée de N en préparation": none yet)
  const phrase = subject ? s.text.slice(money.end, subject.start) : '';
  if (ROUND_OF_ANOTHER.test(phrase) || ROUND_NOT_YET.test(phrase)) return undefined;
  // (the first name of the main clause, not a payer inside the opening phrase)
  const to = subject?.members[0];
  if (!to || to.kind === 'person' || to.kind === 'place') return undefined;
  return { funders: [], to, kind: 'invested', rule: 'funding.round', spans: [to], inherited: false };
}

/**
 * The lenders or investors of the financing just told, each putting up the same share, after "with"/"avec": "a €300m
 * term loan, with A, B and C each providing €100m", "un prêt de 90 millions, avec A et B qui apportent chacune 45
 * millions". Each is its own record (the share's kind and recipient the financing's); the total, their sum, is told
 * by them.
 */
const EACH_PROVIDING: Record<Language, RegExp> = {
  fr: /^\s*,?\s*(?:qui\s+)?(?:(?:apport|prêt|fourniss|engag|souscri|mett)\p{L}*\s+chacune?|chacune?\s+(?:apport|prêt|fourniss|engag|souscri|mett)\p{L}*)\s*$/iu,
  en: /^\s*,?\s*(?:(?:which|that|who)\s+(?:will\s+|are\s+|have\s+)?)?(?:each|both)\s+(?:provid|commit|lend|lent|contribut|put|underwr|extend|tak)\p{L}*(?:\s+(?:up|in))?\s*$/iu,
};
// ("with A and B each providing N", or the financing's own payers: "a €40m loan arranged by A and B, each providing
// €20m")
const PAYERS_BEFORE =
  /(?<![\p{L}])(?:with|avec|by|par|from|auprès de|de la part de)\s+(?:(?:the|les|la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
function eachProviding(s: SentenceView, money: MoneyMention, previous: Reading | undefined): Reading | undefined {
  // (not a contract's: "won a €60m contract, with A and B each providing €10m of services" are subcontractors)
  if (!previous?.to || previous.kind === 'revenue' || CONTRACT_RULES.has(previous.rule)) return undefined;
  const group = s.groups.findLast((g) => g.end <= money.start);
  if (!group || !EACH_PROVIDING[s.language].test(s.text.slice(group.end, money.start))) return undefined;
  const payers = describedListBefore(s, group);
  const first = payers[0]!;
  if (!PAYERS_BEFORE.test(s.text.slice(Math.max(s.start, first.start - 30), first.start))) return undefined;
  if (payers.some((p) => p.kind === 'person' || p.kind === 'place' || p.id === previous.to!.id)) return undefined;
  return { ...previous, funders: payers, rule: 'funding.each-share', spans: [...payers], inherited: false };
}

/**
 * A share said to come from its payers, in its own clause: "les 2 millions restants proviennent de A", "the remaining
 * €8m came from B", "N was put up by C". The clause's own source pays (not an earlier clause's subject: "A y met N1 ;
 * les N2 restants proviennent de B"); the article's company, or the round told just before, receives.
 */
const SHARE_FROM =
  /^\s*(?:(?:restants?|restantes?|supplémentaires|additional|remaining)\s+)?(?:(?:proviennent|provient|provenaient|provenait|viennent|vient|venaient|venait|viendront|viendra)\s+(?:notamment\s+|principalement\s+|essentiellement\s+)?(?:de la part\s+)?(?:de|du|des|d['’])|(?:came|come|comes|coming|will come)\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+)?from|(?:was|were|is|are|has been|have been)\s+(?:provided|put up|contributed|supplied|put in)\s+by|(?:sont|est|ont été|a été)\s+(?:apporté|fourni|mis sur la table|injecté)(?:e|s|es)?\s+par)\s*/iu;
const SHARE_OPENING =
  /(?:^|[;:,]\s*(?:(?:and|et|while|tandis que|alors que)\s+)?|(?<![\p{L}])(?:and|et|while|tandis que|alors que)\s+)(?:(?:the|les|le|la|l['’])\s*)?(?:(?:remaining|other|autres?|derniers?|dernières?)\s+)?$/iu;
function shareFrom(s: SentenceView, money: MoneyMention): Reading | undefined {
  const cue = SHARE_FROM.exec(s.text.slice(money.end, money.end + 80));
  if (!cue || !SHARE_OPENING.test(s.text.slice(Math.max(s.start, money.start - 40), money.start))) return undefined;
  const payers = payersAfter(s, money.end + cue[0].length);
  if (payers.length === 0) return undefined;
  const kind: FundingKind = namedAs(LOAN, s, money) ? 'pledged' : 'invested';
  return { funders: payers, kind, rule: 'funding.share-from', spans: [...payers], inherited: false, toTopic: true };
}

/** A contract's winner in a participle after its amount: "Le marché de N remporté par X", "the $N contract won by X". */
const WON_BY_AFTER =
  /^\s*(?:(?:[\p{Ll}-]+\s+){0,2}?(?:contract|deal|order)\s*)?,?\s*(?:(?:remport|décroch|gagn|emport)(?:é|ée|és|ées)\s+par|(?:won|secured|landed)\s+by)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
function contractWonBy(s: SentenceView, money: MoneyMention): Reading | undefined {
  const g = groupAfter(s, money.end, 60);
  const to = g && WON_BY_AFTER.test(s.text.slice(money.end, g.start)) ? g.members[0] : undefined;
  if (!to || to.kind === 'person' || to.kind === 'place') return undefined;
  return { funders: [], to, kind: 'pledged', rule: 'funding.contract-awarded', spans: [to], inherited: false };
}

/**
 * A buyer or a funder choosing its recipient for the money: "La Dinum a retenu X pour un marché de N", "The Ministry
 * picked X for a £N contract" (the subject pays), "X has been selected for a €N grant from Y" (the payer after it).
 */
const SELECTING = String.raw`(?:retenu|choisi|sélectionné|désigné|préféré|mandaté|selected|chosen|picked|chose|tapped|appointed|hired|commissioned)`;
const SELECTED_FOR = new RegExp(
  String.raw`(?<![\p{L}])${SELECTING}(?:e|s|es)?\s+(?!(?:by|par)\s)(?:(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,3})?(?:\p{Lu}\p{L}*-(?:based|headquartered)\s+)?$`,
  'iu',
);
const PASSIVE_SELECTED_FOR = new RegExp(
  String.raw`^\s*,?\s*(?:a|ont|has|have|had)?\s*(?:été|been|est|sont|was|were|is|are)\s+${SELECTING}(?:e|s|es)?\s+(?:pour|for)\s+(?:(?:un|une|a|an|the|le|la)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:de|d['’]un montant de)\s+)?$`,
  'iu',
);
// ("picked X to host its archive in a contract worth N", "a retenu X pour héberger …, un marché de N": a purpose,
// then the contract the money is)
// ("l'a retenue dans le cadre d'un marché de N", "picked X over its rivals in a €N contract", "under a €N contract")
const FOR_THE_MONEY =
  /^\s*(?:(?:(?:to|pour)\s+\p{Ll}+[^.;:]{0,80}?)?\s*:\s*(?:le|the)\s+(?:contrat|marché|contract|deal)(?:\s*,[^,;:.()]{1,40},)?\s*(?:s['’]élève(?:\s+à)?|atteint|représente|porte sur|pèse|is worth|totals|amounts to)\s+|(?:(?:to|pour)\s+\p{Ll}+[^,;.]{0,80}?)?,\s*(?:in|under)\s+(?:an?)\s+(?:[\p{Ll}-]+,?\s+){0,3}$|(?:over\s+[^,;.]{1,40}?\s+)?(?:in|under)\s+an?\s+(?:[\p{Ll}-]+,?\s+){0,2}$|(?:to|pour)\s+\p{Ll}+[^,;.]{0,80}?(?:\s+(?:in|under|dans le cadre d['’])\s*|\s*[,:]\s*(?:in\s+(?=an?\s)|dans le cadre d['’]|under\s+(?=an?\s))?)(?=(?:(?:un|une|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:contract|deal|contrat|marché)|(?:a|an)\s*$)|(?:pour|for)\s+|dans le cadre d['’](?=(?:un|une)\s+(?:[\p{L}-]+\s+){0,2}?(?:contrat|marché)))(?:(?:un|une|a|an|the|le|la)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:(?:de|d['’]un montant de|worth|valued at)\s+)?$/iu;
/**
 * The chosen one told by a pronoun or a description: "Y l'a retenue en mai pour …, un contrat de N", "Y picked it to
 * host …, in a contract worth N", "Y a choisi la jeune pousse pour …": the article's company (a name chosen is
 * `selectedFor`'s).
 */
const CHOSEN_PRONOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:l['’]|les\s+)(?:a|ont|avait|avaient)\s+(?:(?:aussi|également|déjà|finalement)\s+)?${SELECTING}(?:e|s|es)?|${SELECTING}(?:e|s|es)?\s+(?:it|them|(?:la|le|l['’]|the)\s*(?:[\p{L}-]+\s+)?(?:start-?up|jeune pousse|société|entreprise|PME|ETI|ESN|hébergeur|éditeur|opérateur|intégrateur|prestataire|company|firm|group|groupe|provider|operator|vendor|supplier)(?:\s+(?!pour|to|for)\p{Ll}+)?))(?![\p{L}])`,
  'iu',
);
// (a time phrase between the choice and its purpose: "l'a retenue cette année-là pour", "picked it in June to")
const TIME_BEFORE_PURPOSE = /^\s*(?:[^\s,;.]+\s+){1,3}?(?=(?:pour|to|for)\s)/u;
const TIME_ONLY_BEFORE_PURPOSE =
  /^\s*(?:(?:en|in|au|à|at|last|this|next|early|late|cette|cet|ce|début|fin|mi-|le|on|dès|since|depuis|l['’]an|l['’]année|\p{N}{1,4}(?:er)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|dernier|dernière|passé|passée|year|année|month|mois|week|semaine|printemps|été|automne|hiver|spring|summer|autumn|fall|winter|ago|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday)\s+){1,3}?(?=(?:pour|to|for)\s)/iu;
function chosenPronoun(s: SentenceView, money: MoneyMention): Reading | undefined {
  const from = Math.max(s.start, money.start - 200);
  const cue = CHOSEN_PRONOUN.exec(s.text.slice(from, money.start));
  if (!cue) return undefined;
  const at = from + cue.index;
  const tail = s.text.slice(at + cue[0].length, money.start);
  if (!FOR_THE_MONEY.test(tail) && !FOR_THE_MONEY.test(tail.replace(TIME_BEFORE_PURPOSE, ''))) return undefined;
  if (negated(s, at, money.start) || hypothetical(s, at)) return undefined;
  const payer = groupBefore(s, at, { reach: 80 })?.members[0];
  if (!payer || payer.kind === 'person' || payer.kind === 'place') return undefined;
  return {
    funders: [payer],
    kind: 'pledged',
    rule: 'funding.contract',
    spans: [payer],
    inherited: false,
    toTopic: true,
  };
}

function selectedFor(s: SentenceView, money: MoneyMention, contract: boolean): Reading | undefined {
  const chosen = s.groups.findLast((g) => g.end <= money.start && money.start - g.end <= 100);
  if (!chosen) return undefined;
  const to = chosen.members[0]!;
  if (to.kind === 'person' || to.kind === 'place') return undefined;
  const between = s.text.slice(chosen.end, money.start);
  // "n'a pas retenu X pour…", "was not selected": no money for X.
  if (negated(s, chosen.end, money.start)) return undefined;
  if (PASSIVE_SELECTED_FOR.test(between))
    return {
      funders: [],
      to,
      kind: 'pledged',
      rule: contract ? 'funding.contract-won' : 'funding.grant',
      spans: [to],
      inherited: false,
    };
  const from = Math.max(s.start, chosen.start - 40);
  // ("a retenu X en juillet pour un contrat de N": a time before the purpose)
  // (review 15: only a time, "en juillet", "last year": not "mais pas pour …", nor "X's rival Y for …", whose words
  // tell another chosen one or none)
  const forTheMoney =
    FOR_THE_MONEY.test(between) ||
    (TIME_ONLY_BEFORE_PURPOSE.test(between) && FOR_THE_MONEY.test(between.replace(TIME_BEFORE_PURPOSE, '')));
  const verb = forTheMoney ? SELECTED_FOR.exec(s.text.slice(from, chosen.start)) : null;
  if (!verb || negated(s, from + verb.index, chosen.start)) return undefined;
  // (the buyer stands before the verb: "A has picked Paris-based X" names no buyer in "Paris")
  const buyer = groupBefore(s, from + verb.index, { reach: 100 });
  const payer = buyer?.members[0];
  // ("La collectivité a retenu X pour …, un marché de N": a public body told by its description, read with the bodies
  // the article named before)
  if (!payer && contract)
    return {
      funders: [],
      to,
      kind: 'pledged',
      rule: 'funding.contract',
      spans: [to],
      inherited: false,
      buyerDescribedBefore: from + verb.index,
    };
  if (!payer || payer.kind === 'person' || payer.kind === 'place') return undefined;
  return {
    funders: [payer],
    to,
    kind: 'pledged',
    rule: contract ? 'funding.contract' : 'funding.grant',
    spans: [payer, to],
    inherited: false,
  };
}

/**
 * A grant or a loan told by its noun with no verb before its amount: "Le solde prend la forme d'un prêt de N de la
 * banque A", "The rest is a €N loan from A" (the source after it), "Une subvention de N lui a été accordée au titre de
 * P", "A €N grant was awarded to it by A" (given to a pronoun after it): the article's company receives; not when a
 * name stands before the amount (its own), nor a loan repaid or refinanced.
 */
const GIVEN_TO_PRONOUN_AFTER =
  /^\s*(?:[^,;.]{0,40}?\s)?(?:(?:lui|leur)\s+(?:a|ont|avait|avaient|sera|seront|aura|auront)\s+été|(?:was|has been|had been|will be)\s+(?:awarded|granted|lent|given|provided)\s+to\s+(?:it|them)(?![\p{L}]))/iu;
// (repaid, in the past: not "remboursable", not "to be repaid over seven years")
const REPAID =
  /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+(?:déjà\s+|intégralement\s+)?rembours(?:é|ée)|(?:a|ont|avait|avaient)\s+été\s+(?:intégralement\s+)?rembours|(?:was|were|has been|have been|had been)\s+(?:fully\s+)?repaid|(?:has|have|had)\s+(?:fully\s+|already\s+)?repaid|repaid\s+(?:the|its|a|an)\s)/iu;
/** The amount's clause between semicolons: "secured a loan of N; an older loan was repaid" repaid another loan. */
function semicolonClause(s: SentenceView, money: MoneyMention): string {
  const open = lastInSentence(s, ';', money.start);
  const close = s.text.indexOf(';', money.end);
  return s.text.slice(Math.max(s.start, open + 1), close < 0 || close > s.end ? s.end : close);
}
// (a financing refused, withdrawn or cancelled)
const REFUSED =
  /(?<![\p{L}])(?:refus(?:é|ée|és|ées)|rejet(?:é|ée)|annul(?:é|ée)|retir(?:é|ée)|turned\s+down|rejected|refused|declined|withdrawn|cancell?ed|denied)(?![\p{L}])/iu;
// ("a €2m loan from A and B": the lenders right after the noun)
const NOUN_FROM = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:loans?|grants?|subsid(?:y|ies)|facility)\s+from\s+(?:the\s+)?$/iu;
function nounFrom(s: SentenceView, money: MoneyMention): ActorSpan[] | undefined {
  const g = groupAfter(s, money.end, 50);
  if (!g || !NOUN_FROM.test(s.text.slice(money.end, g.start))) return undefined;
  const lenders = g.members.filter((m) => SOURCE_KINDS.has(m.kind));
  return lenders.length > 0 ? lenders : undefined;
}
function financingByNoun(s: SentenceView, money: MoneyMention, rule: string): Reading | undefined {
  if (REPAID.test(semicolonClause(s, money)) || s.actors.some((a) => a.end <= money.start && a.kind !== 'place'))
    return undefined;
  const after = s.text.slice(money.end, Math.min(s.end, money.end + 80));
  // ("Un prêt de N de la banque A a été refusé", "A €N loan from A was turned down": no financing)
  if (REFUSED.test(semicolonClause(s, money))) return undefined;
  const given = GIVEN_TO_PRONOUN_AFTER.exec(after);
  const lenders = nounFrom(s, money);
  const source =
    programmeSource(s, money) ??
    publicSource(s, money) ??
    lenders?.[0] ??
    (given ? (passiveAgent(s, money.end + given[0].length)?.members[0] ?? undefined) : undefined);
  if (!source && !given) return undefined;
  if (source && (source.kind === 'person' || source.kind === 'place')) return undefined;
  const funders = lenders?.[0] === source && lenders ? lenders : source ? [source] : [];
  return {
    funders,
    kind: paidOut(s, money) ? 'disbursed' : 'pledged',
    rule,
    spans: funders,
    inherited: false,
    sourceNamed: source !== undefined,
    toTopic: true,
  };
}

/**
 * The amount as the subject of a passive verb of granting after it: "Une subvention de N a été versée à X (par A)", "un
 * marché de N a été attribué à X", "A £N grant was awarded to X by A", "£N was paid to the company". The agent pays,
 * else a source named with the amount ("de la Région A", "from A"), else the subject of a first clause the colon closes
 * ("La Région avait déjà soutenu le projet : une subvention de N a été versée à la start-up").
 */
const GRANTED_AFTER_AMOUNT: Record<Language, RegExp> = {
  fr: /^[^,;:.]{0,50}?\s(?:a|ont|avait|avaient|sera|seront|aura|auront|va|vont)\s+(?:(?:déjà|aussi|également|finalement|bien|ensuite)\s+)?été\s+(?:(?:intégralement|entièrement|directement)\s+)?(vers|accord|attribu|octroy|allou|prêt|consenti|débloqu|notifi)(?:é|ée|és|ées|i|ie|is|ies)\s+(?:[^,;:.]{0,30}?\s)?(?:à|au|aux|en faveur d['’]|en faveur de)(?=[\s'’])/iu,
  en: /^[^,;:.]{0,50}?\s(?:was|were|has been|have been|had been|will be|is being|is|are)\s+(?:(?:also|already|then|finally|fully|now)\s+)?(paid|granted|awarded|given|lent|loaned|provided|allocated|disbursed|transferred|made available)\s+(?:out\s+|over\s+)?(?:[^,;:.]{0,30}?\s)?to(?=\s)/iu,
};
function grantedAfterAmount(
  s: SentenceView,
  money: MoneyMention,
  verb: Hit | undefined,
  contract: boolean,
  promise: string | undefined,
): Reading | undefined {
  const clause = clauseStart(s, money.start);
  if (verb && verb.start >= clause) return undefined;
  const passive = GRANTED_AFTER_AMOUNT[s.language].exec(s.text.slice(money.end, s.end));
  if (!passive || s.money.some((m) => m.start >= money.end && m.start < money.end + passive[0].length))
    return undefined;
  const at = money.end + passive[0].length;
  // (not "une indemnité de N a été versée à X", "a £N refund was paid to X": without a grant's, loan's or contract's
  // noun, an amount named as what it pays for (a fine, a rent, a price, a settlement) is no financing; it stands bare
  // or is named as an investment, else it is lent)
  if (!contract && !promise && !/^(?:prêt|lent|loaned)/iu.test(passive[1]!)) {
    const noun =
      AMOUNT_NOUN_BEFORE.exec(s.text.slice(clause, money.start))?.[1] ??
      AMOUNT_NOUN_AFTER.exec(s.text.slice(money.end, money.end + passive[0].length))?.[1];
    if (noun && !FINANCING_NOUN.test(noun)) return undefined;
  }
  if (negated(s, money.end, at) || hypothetical(s, money.start)) return undefined;
  // (a name before the amount in its clause is the sentence's subject: "X a obtenu une subvention de N, qui a été…")
  if (s.actors.some((a) => a.start >= clause && a.end <= money.start && a.kind !== 'place')) return undefined;
  const named = groupAfter(s, at, 8);
  const to = named?.members[0];
  const described = !to && DESCRIBED_COMPANY_OPENS.test(s.text.slice(at, at + 40));
  if ((!to && !described) || (to && (to.kind === 'person' || to.kind === 'place'))) return undefined;
  const agent = passiveAgent(s, at);
  const before = s.actors.find((a) => a.start >= money.end && a.end <= at && insideSource(s, a, money));
  const colonSubject =
    clause > s.start && s.text.charAt(clause - 1) === ':' ? subjectBeforeColon(s, clause, money.start) : undefined;
  const payers = agent?.members ?? (before ? [before] : colonSubject ? [colonSubject] : []);
  if (payers.some((p) => p.kind === 'person' || p.kind === 'place' || p.id === to?.id)) return undefined;
  const paid = /^(?:vers|débloqu|paid|disbursed|transferred)/iu.test(passive[1]!) || paidOut(s, money);
  return {
    funders: payers,
    to,
    kind: contract ? 'pledged' : paid && !INSTALMENTS.test(s.text.slice(money.end, s.end)) ? 'disbursed' : 'pledged',
    rule: contract ? 'funding.contract-awarded' : (promise ?? 'funding.grant'),
    spans: [...payers, ...(to ? [to] : [])],
    inherited: false,
    sourceNamed: payers.length > 0,
    toTopic: described,
  };
}
const DESCRIBED_COMPANY_OPENS = new RegExp(String.raw`^\s*${DESCRIBED_COMPANY}`, 'iu');
const AMOUNT_NOUN_BEFORE =
  /([\p{L}-]+)\s+(?:de|d['’]un montant de|of|worth)\s+(?:(?:près de|environ|plus de|quelque|about|around|nearly|some|more than)\s+)?$/iu;
const AMOUNT_NOUN_AFTER = /^\s*(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:was|were|has|have|had|will|is|are)\s/u;
const FINANCING_NOUN =
  /^(?:investissements?|financements?|apports?|enveloppes?|tickets?|injections?|tranches?|investments?|funding|financing|capital|cash|prizes?|awards?|bourses?)$/iu;
/** "Une subvention de N de la Région A", "A €N grant from A": a source named between the amount and its verb. */
function insideSource(s: SentenceView, a: ActorSpan, money: MoneyMention): boolean {
  return (
    a.start >= money.end &&
    /^\s*(?:de|du|des|d['’]|from)\s+(?:(?:la|le|les|l['’]|the)\s*)?$/iu.test(s.text.slice(money.end, a.start))
  );
}

/**
 * A stake taken or a company supported, its amount told after the recipient: "L'Etat entre au capital de X à hauteur
 * de N", "A a pris une participation de 15 % dans X pour N", "la Région soutient X à hauteur de N", "A took a stake
 * in X for N", "Innovate UK is backing X with a £N grant". The subject pays: a stake is invested; support is a public
 * body's promise (pledged), a grant too.
 */
const STAKE_OR_SUPPORT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<stake>entr(?:e|ent|é|ée|era|ait) (?:au|dans le) capital d(?:e|u|['’])|(?:pris|prend|prennent|prendra) une participation(?: (?:minoritaire|majoritaire|de [\d,.]+ ?%))? (?:dans|au capital d(?:e|u|['’]))|souscri(?:t|vent|vait) à l['’]augmentation de capital d(?:e|u|['’])|t(?:ook|akes|aken) an? (?:(?:minority|majority|[\d.]+ ?%)\s+)?stake in|(?:bought|buys|acquired) an? (?:(?:minority|majority|[\d.]+ ?%)\s+)?stake in)|(?<support>soutien(?:t|nent|dra)|soutenu|accompagn(?:e|ent|é|era)|back(?:s|ed|ing)|support(?:s|ed|ing)))\s*(?:(?:la|le|les|l['’]|the|its)\s*(?:[\p{Ll}-]+\s+){0,3})?$`,
  'iu',
);
// ("est entrée au capital de X en 2021, en y investissant N", "took a stake in X in 2021, investing N": a year
// between, and the gerund of paying)
const AMOUNT_LEAD =
  /^\s*(?:(?:en|in)\s+\d{4}\s*)?,?\s*(?:à hauteur d['’]|à hauteur de|pour|avec|for|with|to the tune of|en y (?:investissant|injectant|apportant|mettant)|(?:by\s+)?(?:investing|injecting|putting in))\s+(?:(?:un|une|a|an|près de|environ|plus de|about|nearly|some)\s+)?$/iu;
const GERUND_LEAD = /(?:en y (?:investissant|injectant|apportant|mettant)|investing|injecting|putting in)\s/iu;
const INTO_ANOTHER = /^\s*(?:d['’]euros\s+)?(?:in|into|dans)\s/iu;
const SELLERS_AFTER =
  /^[^.;:]{0,20}?(?<![\p{L}])(?:from|auprès d[eu]|à|to)\s+(?:(?:its|their|ses|leurs|the|les|des)\s+)?(?:\p{Ll}+\s+)?(?:co-?)?(?:founders?|fondat\p{L}*|shareholders?|actionnaires?|owners?|propriétaires?)(?![\p{L}])/iu;
function stakeOrSupport(s: SentenceView, money: MoneyMention, grant: boolean): Reading | undefined {
  const chosen = s.groups.findLast((g) => g.end <= money.start && money.start - g.end <= 40);
  if (!chosen || !AMOUNT_LEAD.test(s.text.slice(chosen.end, money.start))) return undefined;
  const to = chosen.members[0]!;
  if (to.kind === 'person' || to.kind === 'place') return undefined;
  const from = Math.max(s.start, chosen.start - 90);
  const cue = STAKE_OR_SUPPORT.exec(s.text.slice(from, chosen.start));
  if (!cue || negated(s, from + cue.index, chosen.start) || hypothetical(s, from + cue.index)) return undefined;
  // "bought a stake in X for N from its founders": the price goes to the sellers.
  if (SELLERS_AFTER.test(s.text.slice(money.end, money.end + 60))) return undefined;
  // ("took a stake in X in 2021, investing N in Y": the gerund's own recipient after the amount)
  if (GERUND_LEAD.test(s.text.slice(chosen.end, money.start)) && INTO_ANOTHER.test(s.text.slice(money.end, s.end)))
    return undefined;
  const payer = groupBefore(s, from + cue.index, { reach: 60 })?.members[0];
  if (!payer || payer.kind === 'person' || payer.kind === 'place') return undefined;
  const promised = grant || (cue.groups?.support !== undefined && payer.kind === 'public-body');
  return {
    funders: [payer],
    to,
    kind: promised ? 'pledged' : 'invested',
    rule: promised ? 'funding.grant' : 'funding.active',
    spans: [payer, to],
    inherited: false,
  };
}

/** A contract's worth told at the end of its phrase: ", d'un montant de N", "pour un montant de N", ", worth N". */
const VALUE_AT_END =
  /(?:,\s*|\s(?:pour|for)\s+)(?:(?:d['’]un|un|a|an)\s*)?(?:montant|valeur|worth|valued at|value of)\s+(?:de\s+|d['’])?(?:(?:près de|environ|plus de|quelque|about|around|nearly|some|more than)\s+)?$/iu;
/** The buyer named as the contract noun's complement: "un marché du ministère des Armées", "a contract from Y". */
const CONTRACT_OF =
  /^\s*(?:(?:public|publics|cadre|pluriannuel|[\p{Ll}-]+)\s+)?(?:de|du|des|d['’]|of|from|with|avec)\s+(?:(?:la|le|les|l['’]|the)\s*)?$/iu;
/**
 * A contract won far before its value ("X a remporté un marché du ministère Y pour la supervision de sites, d'un
 * montant de N", "X won a contract from Y last year to run its platform, worth N"): the contract noun right after the
 * verb of winning, no other amount between, and its buyer the noun's complement (or none named).
 */
function contractValuedAfter(
  s: SentenceView,
  from: number,
  to: number,
  valued = true,
): { buyer?: ActorSpan } | undefined {
  const between = s.text.slice(from, to);
  const noun = CONTRACT_NOUN.exec(between);
  if (!noun || noun.index > 40 || (valued && !VALUE_AT_END.test(between))) return undefined;
  if (valued && ANOTHER_CLAUSE.test(between.slice(noun.index + noun[0].length))) return undefined;
  if (s.money.some((m) => m.start >= from && m.end <= to)) return undefined;
  const nounEnd = from + noun.index + noun[0].length;
  const g = groupAfter(s, nounEnd, 30);
  const owner = g && g.end <= to && CONTRACT_OF.test(s.text.slice(nounEnd, g.start)) ? g.members[0] : undefined;
  return { buyer: owner && owner.kind !== 'person' && owner.kind !== 'place' ? owner : undefined };
}

/**
 * A second clause before the value, which the value then belongs to ("a remporté un marché de Y et lance un fonds, d'un
 * montant de N", "won a contract from Y and this week launched a fund, worth N"): a conjunction not opening a noun
 * phrase ("la supervision et la maintenance de ses sites" goes on with the contract's purpose).
 */
const ANOTHER_CLAUSE =
  /(?<![\p{L}])(?:et|and|mais|but|while|tandis que)\s+(?!(?:la|le|les|des|du|de|un|une|the|a|an|its|their|ses|son|sa|leurs?)(?![\p{L}])|[ld]['’])/iu;

/** "won a contract from Y to run its platform, worth N": ", worth N" closing a contract's phrase is its value. */
function contractWorthAtEnd(s: SentenceView, money: MoneyMention): boolean {
  const from = Math.max(s.start, money.start - 160);
  const before = s.text.slice(from, money.start);
  return (
    VALUE_AT_END.test(before) &&
    CONTRACT_NOUN.test(before) &&
    !s.money.some((m) => m.start >= from && m.end <= money.start)
  );
}

/** "has agreed to pay X N", "will pay X N", "to provide X with a €N loan": the payee after the verb, then the amount. */
const PAY_BEFORE_NAME = /(?<![\p{L}])(?:to|will|would|shall)\s+(?:pay|provide)\s+(?:(?:the|its)\s+)?$/iu;
/** Between the payee and the amount: nothing ("pay X N"), or "with a" ("provide X with a €N loan"). */
const PAYEE_THEN_AMOUNT = /^\s*(?:with\s+(?:an?\s+)?)?$/iu;
/** What is provided is money only when named so: "a €N loan", not "a €N secure cloud" (a supply the payee buys). */
const FINANCING_PROVIDED =
  /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:loans?|grants?|debt|credit|facilit(?:y|ies)|funding|financing|investment|subsid(?:y|ies))(?![\p{L}])/iu;
/** What a payment "for" or "in" buys or settles is no funding: a stake, a company, damages, a fine. */
const PRICE_OR_PENALTY_AFTER =
  /^[^.;:]{0,40}?(?<![\p{L}])(?:for\s+(?:(?:a|an|its|the|their)\s+)?(?:[\d.]+\s?%\s+)?(?:\p{Ll}+\s+)?(?:stake|shares?|holding|company|business|unit|division|subsidiar(?:y|ies)|assets?|acquisition|takeover)|in\s+(?:damages|compensation|fines?|penalties|settlement|back taxes)|to (?:settle|end|resolve|drop))(?![\p{L}])/iu;
// (a company named after "for" is bought: "has agreed to pay X N for Y")
const NAME_BOUGHT_AFTER = /^[^.;:]{0,30}?(?<![\p{L}])for\s+\p{Lu}/u;
/**
 * A payment promised to a named payee: "A has agreed to pay X $N over five years for access to its capacity", "A will
 * pay X N": A pledges N to X, as a contract does. Not a price ("pay X N for its stake"), damages or a fine.
 */
function agreedToPay(s: SentenceView, money: MoneyMention): Reading | undefined {
  const payee = s.groups.findLast((g) => g.end <= money.start);
  if (!payee || !PAYEE_THEN_AMOUNT.test(s.text.slice(payee.end, money.start))) return undefined;
  const from = Math.max(s.start, payee.start - 30);
  const cue = PAY_BEFORE_NAME.exec(s.text.slice(from, payee.start));
  if (!cue || negated(s, from + cue.index, payee.start) || hypothetical(s, from + cue.index)) return undefined;
  const after = s.text.slice(money.end, s.end);
  if (PRICE_OR_PENALTY_AFTER.test(after) || NAME_BOUGHT_AFTER.test(after)) return undefined;
  if (/provide/iu.test(cue[0]) && !FINANCING_PROVIDED.test(s.text.slice(money.end, Math.min(s.end, money.end + 40))))
    return undefined;
  const payer = groupBefore(s, from + cue.index, { reach: 60 })?.members[0];
  const to = payee.members[0]!;
  if (!payer || [payer, to].some((a) => a.kind === 'person' || a.kind === 'place')) return undefined;
  const rule = namedAs(LOAN, s, money) ? 'funding.loan' : 'funding.contract';
  return { funders: [payer], to, kind: 'pledged', rule, spans: [payer, to], inherited: false };
}

/**
 * A loan the borrower arranges with its lender: "X has arranged a £N debt facility with A", "X signed a €N loan
 * agreement with A", "X a signé avec A un prêt de N", "X a négocié un prêt de N avec A": A lends, X borrows (pledged
 * until said paid). Not a bank that arranges a loan for another ("A arranged a €N loan for X": no "with").
 */
const LOAN_ARRANGED =
  /(?<![\p{L}])(?:arranged|agreed|signed|negotiated|lined up|put in place|struck|sign(?:é|e|ent)|négoci(?:é|e|ent)|conclu|concluent|mis en place)(?![\p{L}])/iu;
const WITH_LENDER = /^\s*(?:with|avec)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
function loanArranged(s: SentenceView, money: MoneyMention): Reading | undefined {
  const verb = LOAN_ARRANGED.exec(s.text.slice(Math.max(s.start, money.start - 120), money.start));
  if (!verb) return undefined;
  const verbStart = Math.max(s.start, money.start - 120) + verb.index;
  const verbEnd = verbStart + verb[0].length;
  if (negated(s, verbStart, money.start) || hypothetical(s, verbStart)) return undefined;
  // ("a négocié avec A le rééchelonnement d'un prêt de N", "signed with A to refinance a €N loan": a loan already
  // lent, reworked)
  if (REWORKED_LOAN.test(s.text.slice(verbEnd, money.start))) return undefined;
  // (the lender between the verb and the amount, "a signé avec A un prêt de N", or right after the loan's words)
  const between = s.groups.find((g) => g.start >= verbEnd && g.end <= money.start);
  const after = groupAfter(s, money.end, 60);
  const lender =
    between && WITH_LENDER.test(s.text.slice(verbEnd, between.start))
      ? between
      : after && LENDER_AFTER.test(s.text.slice(money.end, after.start))
        ? after
        : undefined;
  const subject = groupBefore(s, verbStart);
  if (!lender || !subject || isComplement(subject)) return undefined;
  // ("The EIB signed a €45m loan with X": a lender by its name as the subject, the other party borrows)
  const swapped = LENDER_NAME.test(subject.members[0]!.name) && !LENDER_NAME.test(lender.members[0]!.name);
  const funders = (swapped ? subject : lender).members;
  const to = (swapped ? lender : subject).members[0]!;
  if ([...funders, to].some((a) => a.kind === 'person' || a.kind === 'place' || (a !== to && a.id === to.id)))
    return undefined;
  return {
    funders,
    to,
    kind: paidOut(s, money) ? 'disbursed' : 'pledged',
    rule: 'funding.loan',
    spans: [to, ...funders],
    inherited: false,
  };
}
const REWORKED_LOAN =
  /(?<![\p{L}])(?:rééchelonn|restructur|renégoci|refinanc|rembours|prolong|repa(?:y|id)|reschedul|renegotiat|extend|extension)/iu;
const LENDER_WORDS =
  /(?<![\p{L}])(?:bank|banque|banco|bancaire|crédit|credit|caisse|lender|EIB|BEI|Bpifrance|Investment Fund|fonds d['’]investissement)(?![\p{L}])/iu;
const LENDER_NAME = { test: (name: string) => LENDER_WORDS.test(name) || BANK_BRANDS.has(name.toLowerCase()) };
// (", à tirer sur trois ans, avec A" is too far: the lender right after the loan's words)
const LENDER_AFTER =
  /^\s*(?:(?:[\p{Ll}-]+\s+){0,3}?(?:loans?|debt|facilit(?:y|ies)|financing|agreement|credit(?: line)?|prêts?|crédits?|emprunts?|dettes?))?\s+(?:with|avec|auprès\s+(?:de|du|des|d['’]))\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * "X a retenu Y parmi ses finalistes. Le marché, d'une valeur de N, …": with no contract named in the sentence before,
 * "le marché" valued is the market's size.
 */
const MARKET_SIZE_OPENING = /^[\s«"]*(?:le|ce)\s+marché\s*,?\s*d['’]une valeur/iu;
const marketSize = (opening: string, earlier: SentenceView | undefined) =>
  MARKET_SIZE_OPENING.test(opening) &&
  (earlier === undefined || !CONTRACT_NOUN.test(earlier.text.slice(earlier.start, earlier.end)));
const VALUE_OPENING = /^[\s«"]*(?:d['’]un montant|d['’]une valeur|worth|valued at)/iu;
/**
 * The sentence opens on the contract, its value in its first phrase: "Le contrat, de N, …", "The contract, worth N", "Le
 * marché, d'une durée de quatre ans, s'élève à N", "The deal, which runs for five years, is worth N".
 */
const CONTRACT_OPENING =
  /^[\s«"]*(?:(?:le|ce|the|this)\s+(?:contrat|marché|contract|deal)\s*(?:,\s*(?:d['’]une durée|sur une durée|conclu|signé|notifié|attribué|passé|renouvelé|which runs|running|signed|awarded|due to run)[^,;:.()]{0,40},\s*(?:s['’]élève à|atteint|représente|porte sur|is worth|totals|amounts to|is valued at|was worth)\s+|(?:is|was)\s+worth\s+|(?:s['’]élève à|pèse|porte sur)\s+|(?<=(?:contrat|contract|deal)\s*)(?:atteint|représente|totals|amounts to)\s+)?,?\s*(?:(?:d['’]un montant|d['’]une valeur|worth|valued at|of)\s+)?(?:de\s+|d['’])?|(?:montant|valeur)(?: du (?:contrat|marché))?\s*:\s*|(?:value|amount)(?: of the (?:contract|deal))?\s*:\s*)(?:(?:près de|environ|plus de|about|around|nearly|some)\s+)?$/iu;
// (Review 21: "Le marché atteint N" or "représente N" bare is a market's size as often: "Le marché atteint 40 milliards
// d'euros en Europe"; the contract's own noun, or a participle after "marché", tells its value.)
/**
 * A buyer choosing its supplier, the contract's value told in the next sentence: "la Région Y l'a retenue pour
 * héberger ses applications" (the article's company), "Y a attribué à X le marché de…", "Y a retenu X pour…", "Y picked
 * X to host…", "Y awarded X the contract". Not negated ("n'a pas retenu X").
 */
const SUPPLIER_CHOSEN: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:(?<pronoun>l['’])(?:a|ont|avait|avaient)\s+|(?:a|ont|avait|avaient)\s+)(?:(?:\p{Ll}+ment|en \p{Ll}+|le \d{1,2} \p{Ll}+|par ailleurs|aussi|en outre|déjà|enfin|de son côté|pour sa part)\s+)?(?:retenue?s?|choisie?s?|sélectionnée?s?|désignée?s?|(?<dative>attribué|confié|notifié)(?:\s+(?:en \p{Ll}+|le \d{1,2} \p{Ll}+(?: \d{4})?))?\s+(?:à|au))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?<!(?:been|be|being|was|were|is|are)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|just\s+)?)(?:picked|selected|chose|chosen|hired|tapped|awarded)(?![\p{L}])/iu,
};
/** A supplier chosen to raise money ("pour conduire sa levée de fonds", "to run its IPO"): the next amount is no fee. */
const CHOSEN_TO_RAISE =
  /(?<![\p{L}])(?:lev(?:ée|er|ées)|tour de table|introduction en [Bb]ourse|cotation|IPO|fund-?rais\p{L}*|rais(?:e|ing)|funding round|listing|flotation)(?![\p{L}])/u;
function supplierChosenIn(s: SentenceView, context: FundingContext): AwardedContract | undefined {
  const awarded = supplierChosen(s, context.topic);
  if (awarded && CHOSEN_TO_RAISE.test(s.text.slice(awarded.cue.end, s.end))) return undefined;
  // "L'entreprise avait remporté un marché…" after a round: a description the coreference took for one of the round's
  // payers stands for its recipient.
  const round = context.round;
  if (
    awarded &&
    round &&
    context.last?.to.id === round.draft.record.to &&
    round.funders.some((f) => f.id === awarded.recipient.id) &&
    standsFor(s, awarded.recipient)
  )
    awarded.recipient = context.last.to;
  return awarded;
}
function supplierChosen(
  s: SentenceView,
  topic: (() => ActorSpan | undefined) | undefined,
): AwardedContract | undefined {
  // ("X was selected by Y": the passive first, its agent buys)
  const passive = passiveChosen(s);
  if (passive) return passive;
  const cue = SUPPLIER_CHOSEN[s.language].exec(s.text.slice(s.start, s.end));
  if (!cue) return contractWonFrom(s);
  const start = s.start + cue.index;
  const end = start + cue[0].length;
  if (negated(s, start, end) || hypothetical(s, start)) return undefined;
  const buyer = groupBefore(s, start, { reach: 80 })?.members[0];
  // ("a choisi la PME de Baie-Mahault pour": a company's noun whose complement is a town stands for the company)
  const named = cue.groups?.pronoun ? undefined : groupAfter(s, end, 30)?.members[0];
  const chosen =
    cue.groups?.pronoun || ((!named || named.kind === 'place') && CHOSEN_DESCRIBED.test(s.text.slice(end, s.end)))
      ? topic?.()
      : named;
  if (!buyer || !chosen || buyer.id === chosen.id) return undefined;
  if ([buyer, chosen].some((a) => a.kind === 'person' || a.kind === 'place')) return undefined;
  return { buyer, recipient: chosen, cue: { start, end } };
}

/** "a choisi la PME de X pour", "a confié à l'entreprise installée à Namur", "picked the firm to": the article's company. */
const CHOSEN_DESCRIBED = new RegExp(String.raw`^\s*(?:(?:à|au)\s+)?${COMPANY_DESCRIPTION}(?![\p{L}-])`, 'iu');

/**
 * A supplier chosen in the passive, its buyer the agent: "X a été retenue en mars par Y pour …", "X was picked by Y
 * to …" (not negated, not a person or a place on either side).
 */
const PASSIVE_CHOSEN: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:a|ont|avait|avaient)\s+été\s+(?:retenue?s?|choisie?s?|sélectionnée?s?|désignée?s?)(?:\s+(?:en \p{Ll}+(?: \d{4})?|le \d{1,2} \p{Ll}+(?: \d{4})?|\p{Ll}+ment))?\s+par(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:was|were|has|have|had)\s+(?:(?:also|now|just|already|recently)\s+)?(?:been\s+)?(?:picked|selected|chosen|hired|tapped)(?:\s+(?:in \p{Lu}\p{Ll}+|last \p{Ll}+))?\s+by(?![\p{L}])/iu,
};
function passiveChosen(s: SentenceView, until = s.end): AwardedContract | undefined {
  const cue = PASSIVE_CHOSEN[s.language].exec(s.text.slice(s.start, until));
  if (!cue) return undefined;
  const start = s.start + cue.index;
  const end = start + cue[0].length;
  if (negated(s, start, end) || hypothetical(s, start)) return undefined;
  const recipient = groupBefore(s, start, { reach: 60 })?.members[0];
  const agent = groupAfter(s, end, 30);
  const buyer = agent?.members[0];
  if (!recipient || !buyer || !agent || recipient.id === buyer.id) return undefined;
  if ([buyer, recipient].some((a) => a.kind === 'person' || a.kind === 'place')) return undefined;
  return { buyer, recipient, cue: { start, end: agent.end } };
}
/** "X a été retenue par Y pour …, un contrat de N", "X was picked by Y to …, in a contract worth N". */
function passiveChosenFor(s: SentenceView, money: MoneyMention): Reading | undefined {
  const chosen = passiveChosen(s, money.start);
  if (!chosen || !FOR_THE_MONEY.test(s.text.slice(chosen.cue.end, money.start))) return undefined;
  return {
    funders: [chosen.buyer],
    to: chosen.recipient,
    kind: 'pledged',
    rule: 'funding.contract',
    spans: [chosen.buyer, chosen.recipient],
    inherited: false,
  };
}

// ("Le fonds avait remporté…", "La banque…" after a round: the coreference may take it for the round's recipient)
const INVESTOR_DESCRIPTION =
  /(?<![\p{L}])(?:fonds|banque|société de gestion|investisseur|prêteur|bank|fund|investor|lender|asset manager)(?![\p{L}])/iu;
/** A contract won from a buyer named as the noun's complement, its value told next: "X a remporté un marché du Y". */
function contractWonFrom(s: SentenceView): AwardedContract | undefined {
  for (const won of familyHits(s).receive) {
    const buyer = contractValuedAfter(s, won.end, s.end, false)?.buyer;
    const winner = buyer ? groupBefore(s, won.start, { reach: 60 })?.members[0] : undefined;
    if (!buyer || !winner || winner.kind === 'person' || winner.kind === 'place' || winner.id === buyer.id) continue;
    if (standsFor(s, winner) && INVESTOR_DESCRIPTION.test(s.text.slice(winner.start, won.start))) continue;
    if (negated(s, won.start, won.end) || hypothetical(s, won.start)) continue;
    return { buyer, recipient: winner, cue: won };
  }
  return undefined;
}

/**
 * A contract or grant given to "it" in a main clause: "the Ministry handed it a €42m contract", "A awarded them a €2m
 * grant": A pays the article's company (a relative clause's "which awarded it" is `relativeGift`'s).
 */
const HANDED_IT =
  /(?<![\p{L}])(?:handed|gave|awarded|granted|has given|has awarded|has handed)\s+(?:it|them)\s+(?:(?:an?|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/iu;
function handedToPronoun(
  s: SentenceView,
  money: MoneyMention,
  topic: (() => ActorSpan | undefined) | undefined,
): Reading | undefined {
  const from = Math.max(s.start, money.start - 50);
  const cue = HANDED_IT.exec(s.text.slice(from, money.start));
  if (!cue || negated(s, from + cue.index, money.start) || hypothetical(s, from + cue.index)) return undefined;
  const before = s.text.slice(Math.max(s.start, from + cue.index - 30), from + cue.index);
  if (/(?:which|that|who)\s+(?:[\p{L}\d]+\s+){0,3}$/iu.test(before)) return undefined;
  const payer = groupBefore(s, from + cue.index, { reach: 80 })?.members[0];
  if (!payer || payer.kind === 'person' || payer.kind === 'place') return undefined;
  // ("Its rival Y is doing well: the ministry handed it N": "it" is the other company named before, not the article's)
  const company = topic?.()?.id;
  const other = s.actors.some(
    (a) => a.end <= payer.start && a.id !== payer.id && a.id !== company && a.kind !== 'person' && a.kind !== 'place',
  );
  if (other) return undefined;
  return {
    funders: [payer],
    to: undefined,
    kind: 'pledged',
    rule: 'funding.contract',
    spans: [payer],
    inherited: false,
    toTopic: true,
  };
}

/** A contract's noun between a verb of winning and its amount: "won the first lot for N", "a décroché le marché". */
const CONTRACT_NOUN =
  /(?<![\p{L}])(?:lots?|marchés?|contrats?|contracts?|commandes?|orders?|tenders?|appels? d['’]offres)(?![\p{L}])/iu;
/** Readings of a contract whose buyer a tender told before may be. */
const TENDER_RULES = new Set(['funding.contract-awarded', 'funding.contract-won']);

/** A verb of signing a contract, and the partner named after "avec"/"with". */
// ("renewed a contract worth N", "a renouvelé un contrat de N": a contract signed again)
const SIGNED =
  /(?<![\p{L}])(?:sign(?:é|ée|e|ent|ed|s)|conclu|passé|signing|renew(?:ed|s)|renouvel(?:é|ée|le|lent))(?![\p{L}])/iu;
// ("signed a contract with the company": the article's company, named by its description, supplies)
const WITH_DESCRIBED_COMPANY =
  /(?<![\p{L}])(?:with|avec)\s+(?:the|la|le|l['’])\s*(?:company|group|firm|start-?up|société|groupe|entreprise|jeune pousse)(?![\p{L}])/iu;
const WITH_ANY = /(?<![\p{L}])(?:with|avec)(?![\p{L}])/iu;
// (the partner's apposition calls it a client, not a client word elsewhere: "with Y, whose clients include Z")
const CLIENT_WORD =
  /^\s*(?:,|\(|-|–|—)\s*(?:its|their|our|an?|the|son|sa|leur|notre|un|une|le|la|l['’])\s*(?:[\p{L}-]+\s+){0,3}?(?:clients?|clientes?|customers?)(?![\p{L}])/iu;
const SUPPLIER_APPOSITION =
  /(?<![\p{L}])(?:fournisseurs?|prestataires?|sous-traitants?|suppliers?|vendors?|providers?|contractors?)\s*,\s*$/iu;
const RELATIVE_SIGNER = /,\s*(?:which|who|qui)\s+(?:[^,;:.()]{0,25}?\s+)?(?:(?:has|had|a|avait)\s+)?$/iu;
// (not a description before its name: "a signé avec la société Y un contrat de N", "avec le groupe américain Y"; a
// date after it is no name: "with the firm in May")
const NAME_NEXT =
  /^(?:\s+(?!(?:in|on|at|last|since|for|en|dans|depuis|pour|au|le|la|les|fin|début)(?![\p{L}]))\p{Ll}+){0,2}\s+\p{Lu}/u;
function contractSigned(
  s: SentenceView,
  money: MoneyMention,
  topic: (() => ActorSpan | undefined) | undefined,
): Reading | undefined {
  const from = Math.max(s.start, money.start - 80);
  const signed = SIGNED.exec(s.text.slice(from, money.start));
  if (!signed) return undefined;
  // ("Deux clients ont signé : A et B ont chacun conclu un contrat de N": the clause after a colon has its own subject)
  const colon = lastInSentence(s, ':', from + signed.index);
  const opening = colon >= s.start ? colon + 1 : s.start;
  // (not a possessive standing for its owner: "Its largest customer, X, renewed a contract worth N")
  const first = s.groups.find((g) => g.start >= opening && !g.members.every((m) => m.ownerOnly));
  // (not a supplier set off before its name: "Son principal fournisseur, X, a renouvelé un contrat de N avec Y")
  if (first && SUPPLIER_APPOSITION.test(s.text.slice(opening, first.start))) return undefined;
  const partner = s.groups.find((g) => g !== first && (g.wordBefore === 'avec' || g.wordBefore === 'with'));
  // ("… un contrat de N avec la société", "a contract worth N with the startup": before or right after the amount)
  const to = Math.min(s.end, money.end + 40);
  const withCompany = partner ? null : WITH_DESCRIBED_COMPANY.exec(s.text.slice(from, to));
  const described =
    withCompany && !NAME_NEXT.test(s.text.slice(from + withCompany.index + withCompany[0].length, to))
      ? topic?.()
      : undefined;
  // (the company the description stands for signed with the name before the verb: "X, which signed … with the group")
  // (or the antecedent of a relative clause that signed: "Customers include A, which in July signed a deal worth N")
  const relative = RELATIVE_SIGNER.test(s.text.slice(Math.max(s.start, from + signed.index - 40), from + signed.index));
  const subject = described || relative ? groupBefore(s, from + signed.index, { reach: relative ? 40 : 60 }) : first;
  const a = relative ? subject?.members.at(-1) : subject?.members[0];
  // "Y signed a €N contract to host its servers", "Y a signé un contrat de N pour héberger ses données chez X": with no
  // partner after "with", the one it is hosted at ("chez"), else the article's company, supplies the signer.
  const host = partner ? undefined : s.groups.find((g) => g.start > money.end && g.wordBefore === 'chez');
  const article =
    partner || described || host || WITH_ANY.test(s.text.slice(s.start, Math.min(s.end, money.end + 60)))
      ? undefined
      : topic?.();
  // (a company supplies: not an offer the article is about)
  const b = partner?.members[0] ?? described ?? host?.members[0] ?? (article?.kind === 'company' ? article : undefined);
  if (!a || !b || (!described && !relative && subject!.start - opening > 40) || a.id === b.id) return undefined;
  const current = topic?.();
  const [buyer, seller] =
    described || host || article
      ? [a, b]
      : a.kind === 'public-body'
        ? [a, b]
        : b.kind === 'public-body'
          ? [b, a]
          : // (two companies: "X signed a contract with Y" in Y's story, Y supplies; in X's story, no buyer is told,
            // unless the sentence calls Y its client: "it signed a contract worth N with Y, its largest client")
            b.id === current?.id
            ? [a, b]
            : a.id === current?.id && partner && CLIENT_WORD.test(s.text.slice(partner.end, s.end))
              ? [b, a]
              : [undefined, undefined];
  if (!buyer || !seller || seller.kind === 'person' || seller.kind === 'place') return undefined;
  // "A et B ont chacun signé un contrat de N", "A and B each signed contracts worth N": every signer buys.
  const buyers =
    buyer === a && subject!.members.length > 1 && EACH_BEFORE.test(s.text.slice(subject!.end, money.end + 8))
      ? subject!.members.filter((m) => m.id !== seller.id)
      : [buyer];
  return {
    funders: buyers,
    to: seller,
    kind: 'pledged',
    rule: 'funding.contract',
    spans: [...buyers, seller],
    inherited: false,
  };
}

/** A tender's noun: "appel d'offres", "marché public", "call for tenders", "tender". */
const TENDER =
  /(?<![\p{L}])(?:appels? d['’]offres|marchés? publics?|call for tenders|tenders?|public procurement)(?![\p{L}])/iu;
/** The public body opening a sentence about its tender ("La Dinum a notifié les lots de son appel d'offres"). */
function tenderBuyer(s: SentenceView): ActorSpan | undefined {
  const first = s.groups[0];
  const body = first?.members[0];
  if (!body || body.kind !== 'public-body' || first.start - s.start > 40 || first.inParentheses) return undefined;
  return TENDER.test(s.text.slice(first.end, s.end)) ? body : undefined;
}

/** The actor whose round the amount is: "X's €N round", "X's latest $N Series B". */
function possessorOf(s: SentenceView, at: number): ActorSpan | undefined {
  const owner = s.groups.findLast((g) => g.end < at && at - g.end <= 30);
  if (!owner || !/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.text.slice(owner.end, at))) return undefined;
  return owner.members.at(-1);
}

/**
 * A financing's part, with its payers named after it: "The package combines €180m of equity, led by A, and €270m of
 * debt from B and C", "N de fonds propres, apportés par A, et N de dette bancaire auprès de B" (a debt with no lender
 * is what the company owes). Its recipient was told before ("X secured N."): its possessor, else the article's company.
 */
function financingPart(s: SentenceView, money: MoneyMention, loan: boolean): Reading | undefined {
  if (!loan && !EQUITY_AFTER[s.language].test(s.text.slice(money.end, Math.min(s.end, money.end + 30))))
    return undefined;
  const until = nextAmount(s, s.money.indexOf(money));
  if (roundPayers(s, money, until, false).payers.length === 0) return undefined;
  const owner = possessorOf(s, money.start);
  return {
    funders: [],
    to: owner,
    kind: !loan ? 'invested' : paidOut(s, money) ? 'disbursed' : 'pledged',
    rule: loan ? 'funding.loan' : 'funding.round',
    spans: owner ? [owner] : [],
    inherited: false,
    toTopic: true,
  };
}

/** A participle saying who put the money in: "apportés par", "provided by" (not "led by": a round's noun says that). */
const PUT_IN_BY =
  /^(?:apport|fourni|injecté|financ|souscrit|mis sur la table|provided|put up|contributed|invested|supplied|funded|financed)/iu;

/**
 * A round told by its noun, with no verb of giving or receiving: "A led the €N round in X", "A a mené le tour de
 * table de N", "X's €N seed round", "X a finalisé un tour de table de N", "A announced a $N investment in X". The
 * payers after the amount are read with the round's other cues; with no recipient, the one before carries over.
 */
function roundReading(s: SentenceView, money: MoneyMention): Reading | undefined {
  // "The round, led by A, came to $N", "X's Series A … totalled N": the round's noun is the subject, its owner the
  // possessor or the article's company (the names in its apposition are its payers, read as a round's).
  const totalled = ROUND_TOTALLED.exec(s.text.slice(s.start, money.start));
  if (totalled) {
    const first = s.groups[0];
    const owner =
      first && first.end <= s.start + totalled[0].length && POSSESSIVE_S.test(s.text.slice(first.end, first.end + 3))
        ? first.members[0]
        : undefined;
    return {
      funders: [],
      to: owner,
      kind: 'invested',
      rule: 'funding.round',
      spans: owner ? [owner] : [],
      inherited: false,
      toTopic: !owner,
    };
  }
  // "A led the €N round", "A et B ont mené le tour de table de N": the subject pays. (Its verb states it: the cue
  // may hold the round's owner, "led the company's $N round".)
  const lead = roundCues(s).find(
    (h) =>
      h.cue === RoundCue.Subject &&
      h.start < money.start &&
      (h.end >= money.end || money.start - h.end <= 40) &&
      stated(s, { ...h, end: h.start + /^[\p{L}-]*/u.exec(s.text.slice(h.start, h.end))![0].length }),
  );
  const { before, after } = ROUND_AMOUNT[s.language];
  // "N de fonds propres, apportés par A, qui mène l'opération", "$N, provided by A and B": who put it in follows.
  const putInBy = roundCues(s).some(
    (h) =>
      h.cue === RoundCue.Part &&
      h.start >= money.end &&
      h.start - money.end <= 40 &&
      PUT_IN_BY.test(s.text.slice(h.start, h.end)) &&
      clauseStart(s, h.start) <= money.start &&
      payersOf(s, h).length > 0,
  );
  const named =
    putInBy ||
    before.test(s.text.slice(Math.max(s.start, money.start - 50), money.start)) ||
    (after?.test(s.text.slice(money.end, Math.min(s.end, money.end + 40))) ?? false);
  if (!lead && !named) return undefined;
  const anchor = lead?.start ?? money.start;
  // ("The Grenoble-based company announced a €N round": a description's place is no subject)
  const described = descriptionOpening(s, anchor);
  const opening = groupBefore(s, anchor, { reach: 100 });
  const subject = described && opening?.members[0]!.kind === 'place' ? undefined : opening;
  const possessor = possessorOf(s, money.start);
  const into = recipientAfter(s, money.end);
  // "A announced a $N investment in X", "X's $N investment in Y": with a recipient after, the subject pays.
  const funders = lead || into ? (possessor && !lead ? [possessor] : (subject?.members ?? [])) : [];
  const to = into?.members[0] ?? (lead ? possessor : (possessor ?? subject?.members[0]));
  // "The €N round was led by A": a round's noun with no recipient takes the one told just before.
  if (funders.length === 0 && !to && !named) return undefined;
  return {
    funders,
    to,
    kind: 'invested',
    rule: 'funding.round',
    spans: [...(lead ? [lead] : []), ...funders, ...(to ? [to] : [])],
    inherited: false,
    // ("… two years after a €N seed round, led by A": a round named with its payers and nobody for it, the
    // article's company's)
    // ("A led the $N seed round": a round led by a payer and nobody for it is the article's company's)
    toTopic:
      putInBy ||
      (!to && (described || lead !== undefined)) ||
      (!to && funders.length === 0 && !subject && !possessor && ledRightAfter(s, money)),
    headlineMay: !to && !described && funders.length === 0 && !subject && !possessor,
  };
}
function ledRightAfter(s: SentenceView, money: MoneyMention): boolean {
  return roundCues(s).some(
    (h) =>
      h.cue === RoundCue.Part &&
      h.start >= money.end &&
      h.start - money.end <= 40 &&
      clauseStart(s, h.start) <= money.start &&
      payersOf(s, h).length > 0 &&
      // ("a €N round, led by A, for its rival B", "…, chez un concurrent": the round of another)
      !FOR_ANOTHER.test(s.text.slice(payersOf(s, h).at(-1)!.end, s.end)),
  );
}
// (not a date: "led by A in 2023", "menée par A en mars")
const FOR_ANOTHER =
  /^\s*,?\s*(?:(?:for|pour|chez|into)\s|(?:in|dans|at)\s+(?!\d|(?:early|late|mid|début|fin|mi)[\s-]|(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}])))/iu;

const ROUND_TOTALLED =
  /^[\s\p{P}]*(?:(?:the|its|this|la|le|l['’]|cette|ce|sa)\s*|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s\s+)?(?:(?:new|latest|nouvelle|dernière)\s+)?(?:round|raise|financing|funding round|series [a-f](?: round)?|tour de table|levée(?: de fonds)?|série [a-f])(?:\s*,[^;.]{0,100},)?\s+(?:came to|comes to|totall?ed|totals|amounted to|amounts to|s['’]élève à|s['’]élevait à|s['’]est élevée? à|a atteint|atteint)\s+(?:(?:about|around|nearly|some|more than|près de|environ|plus de)\s+)?$/iu;

// (a company that raises money, not a fund or a bank: "The fund has raised €500m" is another story)
const COMPANY_NOUN =
  /(?<![\p{L}])(?:société|entreprise|start-?up|jeune pousse|PME|ETI|ESN|coopérative|cooperative|groupe|éditeur|fabricant|spécialiste|hébergeur|opérateur|fournisseur|scale-?up|licorne|pépite|company|firm|group|business|maker|provider|specialist|developer|operator|unicorn|outfit|cabinet|intégrateur|consultancy)(?![\p{L}])/iu;
// ("Résultat, la société…", "Meanwhile, the company…": a connective and its comma before the description)
const DESCRIPTION_OPENING =
  /^[\s\p{P}]*(?:\p{Lu}\p{Ll}+\s*,\s*)?(?:la|le|l['’]|the|this|cette|ce)\s*[^,;:.()«»"“”]{0,80}$/iu;
const APPOSED_RELATIVE = /\s*,\s*(?:qui|which|that)\s[^,;:.()«»"“”]{0,60}$/iu;
// (a description of another company: "The largest company in the sector", "The company's biggest rival", "Le groupe
// américain qui domine le secteur"; not a conjunction before a pronoun: "The startup said that it has raised N")
const ANOTHER_COMPANY =
  /(?<![\p{L}])(?:qui|que(?!\s+(?:elle|il)s?(?![\p{L}]))|dont|who|which|that(?!\s+(?:it|they)(?![\p{L}]))|rivale?s?|concurrente?s?|competitors?|largest|biggest|plus grande?|autres?|other|another)(?![\p{L}])|\p{L}['’]s(?![\p{L}])/iu;
/**
 * The sentence opens on a description of a company and names none before `at`: "La société grenobloise a levé N",
 * "The Grenoble-based company announced a €N round".
 */
function descriptionOpening(s: SentenceView, at: number): boolean {
  // ("Elle n'en est pas à son coup d'essai : la PME, qui a réalisé N…", "The firm, which booked N…": a clause a colon
  // opens, and a relative clause set off by a comma, which tells of the description itself)
  let before = s.text.slice(clauseStart(s, at), at);
  const relative = APPOSED_RELATIVE.exec(before);
  if (relative) before = before.slice(0, relative.index);
  return (
    DESCRIPTION_OPENING.test(before) &&
    COMPANY_NOUN.test(before) &&
    !ANOTHER_COMPANY.test(before) &&
    !s.actors.some((a) => a.end <= at && a.kind !== 'place')
  );
}

/**
 * The subject of the clause before a colon, which a pronoun after it takes up ("L'entreprise se porte bien : elle a
 * réalisé N"): the first organisation there, not a complement; undefined when a name stands between the colon and the
 * amount, or the first clause names no subject.
 */
function subjectBeforeColon(s: SentenceView, clause: number, anchor: number): ActorSpan | undefined {
  if (s.actors.some((a) => a.start >= clause && a.end <= anchor)) return undefined;
  const first = s.groups.find((g) => g.end <= clause);
  const subject = first && !isComplement(first) ? first.members[0] : undefined;
  return subject && ORGANISATION_KINDS.includes(subject.kind) && first!.members.length === 1 ? subject : undefined;
}

// ("It reported revenue of N", "En 2025, elle a réalisé N": a subject pronoun and the verb's words, not "it is", "il y
// a", a modal; after a conjunction: "Et elle a réalisé N")
const REVENUE_PRONOUN_OPENING =
  /^[\s\p{P}]*(?:(?:et|mais|and|but)\s+)?(?:(?:in|en|last|this|earlier|début|fin|au|at)\s[^,;:.()]{0,25}?,?\s+)?(?:it|elle|il)\s+(?!(?:is|was|would|will|could|may|might|should|y|est|était|sera|serait|pourrait|devrait|doit)\s)(?:[\p{Ll}'’]+\s+){1,4}$/iu;
// (an opening phrase: "Founded in 2018 by A,", "Créée en 2012,", "Membre d'Hexatrust,", "Based in Lille,")
const ASIDE_OPENER =
  /^[\s\p{P}]*(?:(?:fond|cré|install|bas|implant|n)(?:é|ée|és|ées)|membre|founded|created|set up|launched|based|headquartered|member|born|spun out)(?![\p{L}])[^,;:.()«»"“”]{0,80},\s*/iu;
// (the description, up to its apposition's comma or to the verb's last words)
const ASIDE_DESCRIPTION =
  /^(?:la|le|l['’]|the|this|cette|ce)\s*[^,;:.()«»"“”]{1,60}?(?=\s*,|\s+[^,;:.()«»"“”]{0,40}$)/iu;
const ASIDE_AFTER = /^\s*,[^;:.()«»"“”]{1,120},\s*[^,;:.()«»"“”]{0,40}$/u;
const ASIDE_TAIL = /^\s+[^,;:.()«»"“”]{0,40}$/u;
/**
 * The sentence's subject is a description of a company set off by an opening phrase or an apposition ("Founded in 2018
 * by A, its chief executive, the company posted N", "L'ESN nantaise, créée en 2012 par A, revendique N"): the names
 * inside them are not the subject. `resolved`: the actor the coreference read the description as.
 */
function describedAfterAside(s: SentenceView, at: number): { resolved?: ActorSpan } | undefined {
  const before = s.text.slice(s.start, at);
  const opener = ASIDE_OPENER.exec(before);
  let openEnd = opener ? opener[0].length : /^[\s\p{P}]*/u.exec(before)![0].length;
  let description = ASIDE_DESCRIPTION.exec(before.slice(openEnd));
  // ("Founded in 2018 by A, its chief executive, the company…": an apposition inside the opening phrase)
  if (!description && opener) {
    const next = /^[^,;:.()«»"“”]{1,60},\s*/u.exec(before.slice(openEnd));
    if (next) {
      openEnd += next[0].length;
      description = ASIDE_DESCRIPTION.exec(before.slice(openEnd));
    }
  }
  if (!description) return undefined;
  const descEnd = openEnd + description[0].length;
  const rest = before.slice(descEnd);
  const apposed = ASIDE_AFTER.test(rest);
  if (!apposed && !(opener && ASIDE_TAIL.test(rest))) return undefined;
  const noun = description[0];
  if (!COMPANY_NOUN.test(noun) || ANOTHER_COMPANY.test(noun)) return undefined;
  // (the verb's words hold no name: "the company and its rival X posted N")
  const tail = s.start + (apposed ? descEnd + rest.lastIndexOf(',') : descEnd);
  const named = s.actors.filter((a) => a.end <= at);
  if (named.some((a) => a.start >= tail)) return undefined;
  // ("La société mère, Y, qui la détient, revendique N", "The parent company, Y, which owns it": a name opening the
  // apposition is the one the description stands for; left to the older readings)
  if (apposed) {
    const comma = s.start + descEnd + rest.indexOf(',');
    if (named.some((a) => a.start > comma && /^\s*$/u.test(s.text.slice(comma + 1, a.start)))) return undefined;
  }
  const resolved = named.find((a) => a.start >= s.start + openEnd && a.end <= s.start + descEnd);
  return resolved && resolved.kind !== 'person' && resolved.kind !== 'place' ? { resolved } : {};
}

/**
 * The sentence opens on a subject pronoun, after a time phrase at most, right before `at` and no name before it:
 * "It raised N", "In 2022 it had raised N", "En 2023, elle avait levé N" (not "It is", not "Il y a", not "it" after
 * a name: "X said it raised").
 */
const PRONOUN_OPENING =
  /^[\s\p{P}]*(?:(?:et|mais|and|but)\s+)?(?:(?:in|en|last|this|earlier|début|fin|au|at)\s[^,;:.()]{0,25}?,?\s+)?(?:it|elle|il)\s+(?:(?:has|had|have|also|already|a|avait|aussi|également|déjà|then|ensuite)\s+){0,3}$/iu;
function pronounOpening(s: SentenceView, at: number): boolean {
  const before = s.text.slice(s.start, at);
  return PRONOUN_OPENING.test(before) && !s.actors.some((a) => a.end <= at);
}

/** Readings of money a public body may give: a contract, a grant, a loan, money awarded. */
const PAYER_RULES = new Set([
  'funding.contract',
  'funding.contract-won',
  'funding.contract-awarded',
  'funding.grant',
  'funding.loan',
  'funding.active',
]);
// (a public body's description opening the sentence's subject, after a time or purpose phrase at most; the noun's
// stem for the name it stands for, none for a generic one; a hospital or a town by the words of their names)
const BODY_DESCRIPTION =
  /^[\s\p{P}]*(?:[^,;:.()«»"“”]{1,50},\s*)?(?:le|la|l['’]|the|this|cette|ce|cet)\s*(?:(minist)(?:ère|ry)|(régi)on|(region)(?:al council)?|(départ)ement|(métropole)|(agglo)mération|(hôpital|hospital|établissement|CHU|clinique|trust)|(ville|city|mairie|commune|town)|collectivité|administration|authority|council|municipalit[éy])(?![\p{L}])[^,;:.()«»"“”]{0,40}$/iu;
const HOSPITAL_NAME = /CHU|CHRU|hôpita|hospita|clinique|santé|health|NHS|GHT|groupement hospitalier/iu;
const LOCAL_AUTHORITY =
  /(?<![\p{L}])(?:communauté|communes?|ville|city|mairie|town|borough|county|council|conseil|département|région|region|métropole|metropol\p{L}*|agglomération|agglo|eurométropole|collectivité)(?![\p{L}])/iu;
const TOWN_NAME = /(?<![\p{L}])(?:ville|city|mairie|commune|town|borough)(?![\p{L}])/iu;
function describedBody(
  s: SentenceView,
  money: MoneyMention,
  bodies: ActorSpan[] | undefined,
  verbAt?: number,
): ActorSpan | undefined {
  if (!bodies?.length) return undefined;
  const at = verbAt ?? lastMatch('verb', s, s.start, money.start)?.start ?? money.start;
  const m = BODY_DESCRIPTION.exec(s.text.slice(s.start, at));
  if (!m || s.actors.some((a) => a.end <= at)) return undefined;
  if (m[7]) return bodies.find((b) => HOSPITAL_NAME.test(b.name));
  if (m[8]) return bodies.find((b) => TOWN_NAME.test(b.name));
  const stem = m
    .slice(1)
    .find((x) => x !== undefined)
    ?.toLowerCase();
  // (a generic description, "la collectivité", "the council", stands for a local authority, not a public bank)
  if (stem) return bodies.find((b) => b.name.toLowerCase().includes(stem));
  // (review 15: with two local authorities named, "la Ville de X et la Métropole Y", the description names neither)
  const local = bodies.filter((b) => LOCAL_AUTHORITY.test(b.name));
  return local.length === 1 ? local[0] : undefined;
}

/** A fund's or a bank's name: "Sleet Capital", "Banque Palladis", "Kestin Credit Partners". */
const FINANCIER_NAME =
  /(?<![\p{L}])(?:capital|ventures?|partners|fund|fonds|invest(?:ment|ments|issements?)?|equity|participations|bank|banque|crédit|credit|caisse|lenders?)(?![\p{L}])|\p{Ll}bank$/iu;
/**
 * A fund's or a lender's description opening the sentence's subject ("The London-based fund had put N into the
 * company", "Le fonds lyonnais y avait mis N", "The lender is providing N"): the last fund or bank named before, of
 * that kind (a bank's name for a bank or lender).
 */
const FINANCIER_DESCRIPTION =
  /^[\s\p{P}]*(?:[^,;:.()«»"“”]{1,50},\s*)?(?:le|la|l['’]|the|this|ce|cette)\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:fonds|fund|investisseur|investor|backer)|(banque|bank|lender|prêteur))(?![\p{L}])[^,;:.()«»"“”]{0,40}$/iu;
const BANK_NAME = /(?<![\p{L}])(?:bank|banque|crédit|credit|caisse)(?![\p{L}])|\p{Ll}bank$/iu;
// ("la banque publique", "the state-owned lender": a public body's, a public bank's)
const PUBLIC_FINANCIER_NAME = /bpi|(?<![\p{L}])(?:bank|banque|caisse|invest)|invest(?![\p{L}])/iu;
// (how far before the last bank named the other banks of its passage are)
const PASSAGE = 200;
const PUBLIC_QUALIFIER = /(?:publi(?:que|c)|state(?:-owned)?)(?![\p{L}])/iu;
function describedFinancier(
  s: SentenceView,
  money: MoneyMention,
  financiers: ActorSpan[] | undefined,
  bodies: ActorSpan[] | undefined,
) {
  const publicBanks = (bodies ?? []).filter((b) => PUBLIC_FINANCIER_NAME.test(b.name));
  if (!financiers?.length && !publicBanks.length) return undefined;
  const verb = lastMatch('verb', s, s.start, money.start);
  const at = verb?.start ?? money.start;
  const m = FINANCIER_DESCRIPTION.exec(s.text.slice(s.start, at));
  // (a place may describe it: "The London-based fund")
  if (!m || s.actors.some((a) => a.end <= at && a.kind !== 'place')) return undefined;
  // (a public one only when it says so; else the banks, public or not, named last: the first of that passage, not the
  // parent its apposition names, "A, the arm of the publicly owned B that lends to local projects")
  if (PUBLIC_QUALIFIER.test(m[0])) return publicBanks[0];
  if (!m[1]) return financiers?.[0];
  const banks = [...(financiers ?? []).filter((f) => BANK_NAME.test(f.name)), ...publicBanks];
  const last = Math.max(...banks.map((b) => b.start));
  return banks
    .filter((b) => last - b.start <= PASSAGE)
    .reduce<ActorSpan | undefined>((first, b) => (!first || b.start < first.start ? b : first), undefined);
}

/**
 * A payer of the round just told, named by its part in it or by what it is, as the subject of a verb of paying: "The
 * lead investor put in N", "Le premier a apporté N", "La banque publique, elle, engage N", "The fund supplied N".
 * Groups: the lead, the first, the second, a public financier, a fund, a bank.
 */
const ROUND_PAYER_DESCRIPTION = new RegExp(
  String.raw`^[\s\p{P}]*(?:[^,;:.()«»"“”]{1,50},\s*)?(?:le|la|l['’]|the|its|son|sa)\s*(?:(chef de file|lead(?:\s+(?:investor|backer))?|investisseur principal)|(premier|former)|(second|deuxième|latter)|(?:[\p{L}-]+\s+){0,2}?(banque publique|fonds public|public (?:investment )?bank|state(?:-owned)? (?:investment )?(?:bank|fund)|public investor|investisseur public)|(?:[\p{L}-]+\s+){0,2}?(fonds|fund|investisseur|investor|backer)|(?:[\p{L}-]+\s+){0,2}?(banque|bank|lender|prêteur))(?![\p{L}])(?:\s*,\s*(?:elle|il|lui)(?:-même)?\s*,)?(?:\s+(?:a|ont|avait|en|y|lui|has|had|have|is|was|also|aussi|également|then|enfin|finally))*\s*$`,
  'iu',
);
// (the round's lead: the payer named right after "led by", "mené par", or right before "led the round")
const LEAD_BEFORE =
  /(?:(?:(?:co-)?led|headed|spearheaded)\s+by|(?:men|emmen)(?:é|ée|és|ées)\s+par|pilot(?:é|ée|és|ées)\s+par|conduit(?:e|s|es)?\s+par|chef de file|lead investor)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:[\p{L}-]+\s+){0,3}$/iu;
const LEAD_AFTER = /^\s*,?\s*(?:(?:co-)?led|a mené|mène|menait|a pris la tête|took the lead)(?![\p{L}])/iu;
function roundPayerDescribed(
  s: SentenceView,
  from: number,
  at: number,
  round: NonNullable<FundingContext['round']>,
): ActorSpan | undefined {
  const m = ROUND_PAYER_DESCRIPTION.exec(s.text.slice(from, at));
  // (a name before the verb is its subject: the description only qualifies it)
  if (!m || s.actors.some((a) => a.start >= from && a.end <= at && a.kind !== 'place')) return undefined;
  const funders = [...round.funders].sort((a, b) => a.start - b.start);
  const only = (fits: (f: ActorSpan) => boolean) => {
    const found = funders.filter(fits);
    return found.length === 1 ? found[0] : undefined;
  };
  if (m[1])
    return (
      only((f) => LEAD_BEFORE.test(s.text.slice(Math.max(0, f.start - 30), f.start))) ??
      only((f) => LEAD_AFTER.test(s.text.slice(f.end, f.end + 30))) ??
      (funders.length === 1 ? funders[0] : undefined)
    );
  // ("the former", "the latter" of two only)
  if (m[2]) return funders.length === 2 || (funders.length > 2 && !/former/iu.test(m[2])) ? funders[0] : undefined;
  if (m[3]) return funders.length === 2 || (funders.length > 2 && !/latter/iu.test(m[3])) ? funders[1] : undefined;
  if (m[4]) return only((f) => f.kind === 'public-body' && PUBLIC_FINANCIER_NAME.test(f.name));
  if (m[5]) return only((f) => FINANCIER_NAME.test(f.name) && !BANK_NAME.test(f.name));
  return only((f) => BANK_NAME.test(f.name));
}

/** A round's lead and its share after the round's amount: "led by A with N1", "menée par A avec N1". */
const LED_BY_WITH =
  /(?<![\p{L}])(?:led|co-led|menée?|conduite?|pilotée?)\s+(?:by|par)\s+[^.;:()]{1,60}?\s+(?:with|avec)\s*(?:(?:about|some|nearly|près de|environ|quelque)\s+)?$/iu;

/**
 * A share of the round just told, its payer the lead named with it: "A led it with €20m", "C'est A qui mène la danse,
 * avec 8 millions sur la table", "A a pris le plus gros ticket, 12 M€", "A took the largest ticket, at €12m". The
 * round's recipient receives, as the round's kind.
 */
// (the lead's verb, then "with"/"avec" or a ticket's noun and a comma, right before the amount)
const LEAD_SHARE_BEFORE =
  /(?<![\p{L}])(?:led|leads|leading|co-led|took|takes|mène|mènent|menait|a mené|ont mené|a pris|prend|signe|a signé)(?![\p{L}])[^.;:()]{0,40}?(?:(?<![\p{L}])(?:with|avec)|(?<![\p{L}])(?:ticket|chèque|cheque|share|part)\s*,\s*(?:at|soit|de)?)\s*(?:(?:about|some|nearly|près de|environ|quelque)\s+)?$/iu;
// (not a month: "led it with €4m in June")
const INTO_ANOTHER_AFTER =
  /^\s*,?\s*(?:dans|into|in(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))|chez|au capital de)\s+(?:l['’])?\p{Lu}/u;
function namedLeadShare(s: SentenceView, money: MoneyMention, context: FundingContext): Reading | undefined {
  const round = context.round;
  if (!round || s.index === round.sentence || !roundStillTold(s, round.sentence)) return undefined;
  if (money.amount >= round.draft.record.amount || round.draft.record.kind !== 'invested') return undefined;
  // (across a comma: "qui mène la danse, avec N")
  const clause = Math.max(s.start, money.start - 90);
  const lead = LEAD_SHARE_BEFORE.exec(s.text.slice(clause, money.start));
  if (!lead) return undefined;
  const at = clause + lead.index;
  // (the payer before the verb: "C'est A qui mène", "A led it"; or in apposition before it: "Le chef de file, A, signe")
  const payer = s.groups.findLast((g) => g.end <= at && at - g.end <= 30)?.members.at(-1);
  if (!payer || payer.id === round.recipient.id || payer.kind === 'person' || payer.kind === 'place') return undefined;
  if (negated(s, payer.start, money.start)) return undefined;
  // (review 15: another company's round, "A also led Tamaro's round with N1", "A a pris un chèque de N1 dans Tamaro":
  // a name between the lead's verb and the amount, or the money going into a name after it)
  if (
    s.groups.some((g) => g.start >= at && g.end <= money.start && !g.members.some((m) => m.id === round.recipient.id))
  )
    return undefined;
  if (INTO_ANOTHER_AFTER.test(s.text.slice(money.end, Math.min(s.end, money.end + 20)))) return undefined;
  return {
    funders: [payer],
    to: round.recipient,
    kind: round.draft.record.kind,
    rule: 'funding.round-share-lead',
    spans: [payer],
    inherited: true,
  };
}

/**
 * A share of the round just told (up to three sentences before), its payer named by a description: "X raised N from A
 * and B. The lead investor put in N1", "…auprès de A et de Bpifrance. La banque publique, elle, engage N1". The
 * round's recipient receives, as the round's kind.
 */
function describedRoundShare(s: SentenceView, money: MoneyMention, context: FundingContext): Reading | undefined {
  const round = context.round;
  if (!round || s.index === round.sentence || s.index - round.sentence > 3) return undefined;
  if (money.amount >= round.draft.record.amount) return undefined;
  const verb = lastMatch('verb', s, clauseStart(s, money.start), money.start);
  // (no name between the verb and the amount, nor another recipient after it: "The fund put N into Y")
  if (!verb || s.actors.some((a) => a.start >= verb.end && a.end <= money.start)) return undefined;
  // (a payer described that raises or receives is the recipient of its own money: "The former had raised N itself")
  if (lastMatch('receive', s, clauseStart(s, money.start), money.start)) return undefined;
  if (OTHER_RECIPIENT_AFTER.test(s.text.slice(money.end, money.end + 80))) return undefined;
  const elsewhere = recipientAfter(s, money.end);
  if (elsewhere && !elsewhere.members.some((a) => a.id === round.recipient.id)) return undefined;
  // "Le premier apporte N1, le second N2": an amount after another one of the verb's has its own description.
  const before = s.money.findLast((other) => other.start >= verb.end && other.end <= money.start);
  const from = before?.end ?? s.start;
  const payer = roundPayerDescribed(s, from, before ? money.start : verb.start, round);
  if (!payer || payer.id === round.recipient.id) return undefined;
  // (the evidence holds the description: from its first word)
  const opening = from + (/^[\s\p{P}]*/u.exec(s.text.slice(from, money.start))?.[0].length ?? 0);
  return {
    funders: [payer],
    to: round.recipient,
    kind: round.draft.record.kind,
    rule: 'funding.round-share-described',
    spans: [{ start: opening, end: before ? money.start : verb.end }],
    inherited: true,
  };
}

/**
 * What a description opening a sentence with an aside stands for: the company the sentence before ends on, in its
 * paragraph ("Pour ce chantier, X s'appuie sur Y. L'ESN nantaise, créée en 2012, revendique N"), else the one the
 * article's first sentence opens on (its headline's subject).
 */
function describedCompany(s: SentenceView, earlier: SentenceView | undefined, context: FundingContext) {
  if (earlier && earlier.paragraph === s.paragraph && earlier.index === s.index - 1) {
    const last = earlier.groups.at(-1);
    const member = last?.members.at(-1);
    if (
      last &&
      member &&
      member.kind !== 'person' &&
      member.kind !== 'place' &&
      /^[\s\p{P}]*$/u.test(earlier.text.slice(last.end, earlier.end))
    )
      return member;
  }
  return context.opening ?? undefined;
}

/** The name a sentence opens on, as its subject ("X has grown…", "Founded in 2015, X…" is not read): a company. */
function openingSubject(s: SentenceView): ActorSpan | undefined {
  const first = s.groups[0];
  if (!first || first.members.length !== 1 || !/^[\s\p{P}]*$/u.test(s.text.slice(s.start, first.start)))
    return undefined;
  const subject = first.members[0]!;
  return subject.kind === 'person' || subject.kind === 'place' ? undefined : subject;
}

function forecast(s: SentenceView, money: MoneyMention, date: FuzzyDate | undefined): boolean {
  if (date && isAfterPublication(date, s.published)) return true;
  if (TARGET_AFTER[s.language].test(s.text.slice(money.end, Math.min(s.end, money.end + 60)))) return true;
  // "vise N1 en 2027, contre N2 l'an passé", "targets N1, up from N2 last year": the figure compared to a target is
  // what was made (dated in the past, not itself aimed at).
  const before = s.text.slice(Math.max(clauseStart(s, money.start), money.start - 60), money.start);
  if (COMPARED_BEFORE.test(before) && date !== undefined) return false;
  return FORECAST[s.language].test(before);
}

/**
 * A funding draft's record: payers first, then the fields in the knowledge base's order, set one by one rather than
 * spread (the same keys). A module function rather than a closure made per amount, which tsx names each time.
 */
function fundingRecord(
  payers: { from: string } | { funders: string[] } | Record<string, never>,
  to: string,
  money: MoneyMention,
  currency: FundingDraft['record']['currency'],
  kind: FundingDraft['record']['kind'],
  date: FundingDraft['record']['date'],
): FundingDraft['record'] {
  const record: Partial<FundingDraft['record']> = payers;
  record.to = to;
  record.amount = money.amount;
  record.currency = currency;
  // A hedged figure ("autour de", "about") is proposed as approximate, as the ingest's value check reads it.
  if (money.approximate) record.approximate = true;
  record.kind = kind;
  if (date) record.date = date;
  return record as FundingDraft['record'];
}

export function proposeFundings(s: SentenceView, context: FundingContext): FundingDraft[] {
  const contract = context.contract;
  const earlier = context.sentence;
  context.sentence = s;
  if (context.opening === undefined) context.opening = (s.index === 0 ? openingSubject(s) : undefined) ?? null;
  if (earlier)
    for (const a of earlier.actors)
      if (a.kind === 'public-body') context.bodies = [a, ...(context.bodies ?? []).filter((b) => b.id !== a.id)];
      else if (a.kind === 'company' && FINANCIER_NAME.test(a.name))
        context.financiers = [a, ...(context.financiers ?? []).filter((b) => b.id !== a.id)];
  const awarded = s.actors.length >= 2 ? awardedContracts(s)[0] : undefined;
  if (awarded) context.contract = { awarded, sentence: s.index, paragraph: s.paragraph };
  // "… a été attribué à X. D'un montant de N, il couvre…": the value told right after the award.
  const valued =
    contract && contract.paragraph === s.paragraph && s.index === contract.sentence + 1 ? contract.awarded : undefined;
  // "Y l'a retenue pour …. Le contrat, de N, …": the supplier chosen in the sentence before, read only when a sentence
  // opens on a contract's value (once per sentence).
  let chosen: AwardedContract | null | undefined;
  const buyer = tenderBuyer(s);
  if (buyer) context.tender = { buyer, sentence: s.index };
  if (s.money.length === 0) return roundFollowUp(s, context);
  const drafts: FundingDraft[] = [];
  let previous: Reading | undefined;
  // "A and B invested N1 and N2 respectively", "A et B ont apporté respectivement N1 et N2": one amount each, in order.
  const respective = s.money.length >= 2 ? respectiveAmounts(s) : undefined;
  s.money.forEach((money, m) => {
    if (negated(s, money.start, money.end) || hypothetical(s, money.start) || isConversion(s, m)) return;
    const lead = s.text.slice(Math.max(s.start, money.start - 40), money.start);
    const opening = s.text.slice(s.start, money.start);
    const opensOnValue = CONTRACT_OPENING.test(opening);
    // (a supplier chosen only tells the value of a contract the next sentence opens on, not "the budget, worth N")
    const contractTold =
      valued && (opensOnValue || CONTRACT_VALUE.test(lead))
        ? valued
        : !valued &&
            !marketSize(opening, earlier) &&
            (opensOnValue || (VALUE_OPENING.test(opening) && CONTRACT_VALUE.test(lead)))
          ? (chosen ??=
              earlier?.paragraph === s.paragraph && earlier.index === s.index - 1 && earlier.money.length === 0
                ? (supplierChosenIn(earlier, context) ?? null)
                : null) || undefined
          : undefined;
    const told = contractTold !== undefined;
    // A valuation is what a company is said to be worth, not money that moved (a contract's worth is).
    if (!told && isValuation(s, money)) return;
    // A price per unit or period moves no money between two named parties.
    const unitAfter = s.text.slice(money.end, Math.min(s.end, money.end + 24));
    if (PRICE_PER_UNIT.test(unitAfter) || (money.amount < 10_000 && PER_PERIOD.test(unitAfter))) return;
    const reading: Reading | undefined = told
      ? {
          funders: [contractTold.buyer],
          to: contractTold.recipient,
          kind: 'pledged',
          rule: 'funding.contract-value',
          spans: [],
          inherited: true,
        }
      : // "…, which put in N1 and N2 respectively": the second amount shares the first one's reading.
        respective && previous && respective.indexOf(money) > 0
        ? { ...previous }
        : (readFunding(s, money, previous, context.topic, context.headline, () =>
            describedCompany(s, earlier, context),
          ) ??
          describedRoundShare(s, money, context) ??
          namedLeadShare(s, money, context) ??
          servedUnderContract(s, money, context) ??
          nounedToTopic(s, money, context));
    if (!reading) return;
    // ("X won a €6m contract from A. The remaining €2m came from B": a share of a round only, the round just told)
    if (reading.rule === 'funding.share-from' && (!context.round || s.index - context.round.sentence > 3)) return;
    // "A et B recevront respectivement N1 et N2", "A and B received N1 and N2 respectively": one recipient each.
    if (respective?.includes(money) && reading.kind !== 'revenue') {
      const recipient = respectiveRecipient(s, reading, respective, money);
      if (recipient) reading.to = recipient;
    }
    // Revenue aimed at, forecast, or dated after the publication is a target, not money made.
    // (an ellipsis shares its date with the amount before it: "A avait investi N1 en 2019, et B N2")
    const date = recordDate(s, money, reading.rule === 'funding.ellipsis' || respective?.includes(money) === true);
    if (reading.kind === 'revenue' && forecast(s, money, date)) {
      // "Elle vise N1 de chiffre d'affaires en 2027, contre N2 l'an passé": the figure compared is revenue made.
      if (reading.rule === 'funding.revenue') previous = reading;
      return;
    }
    // "raised $N in a round led by A, with participation from B": the round's payers after its amount (a contract's
    // buyer only after "auprès de", "from"; revenue and an enumeration's items have none).
    const round =
      ROUND_RULES.has(reading.rule) && !reading.sourceNamed
        ? roundPayers(s, money, nextAmount(s, m), reading.rule === 'funding.contract-won')
        : undefined;
    // "Le tour est mené par A. B y participe. La start-up obtient un prêt de N": a description or pronoun that the
    // reading took for a payer of the round just told stands for the round's recipient.
    const lastRound = context.round;
    if (
      reading.to &&
      lastRound &&
      s.index - lastRound.sentence <= 3 &&
      context.last?.to.id === lastRound.draft.record.to &&
      lastRound.funders.some((f) => f.id === reading.to!.id) &&
      standsFor(s, reading.to)
    )
      reading.to = context.last.to;
    if (
      !reading.to &&
      context.last &&
      s.index - context.last.sentence <= 2 &&
      (context.last.paragraph === s.paragraph ||
        // ("X closed a €12m round.\n\nA led it, putting in €7m": a share of the round just told, in the next
        // paragraph; not a grant or a loan told there, another financing)
        (context.last.paragraph === s.paragraph - 1 &&
          context.last.kind === 'invested' &&
          reading.kind === 'invested' &&
          context.round?.draft.record.to === context.last.to.id &&
          money.amount < context.round.draft.record.amount &&
          !OTHER_FINANCING[s.language].test(s.text.slice(s.start, s.end)) &&
          // (not a fund's own investing, told of its many targets: "A invested €5m last year across 14 startups")
          !MANY_TARGETS[s.language].test(s.text.slice(s.start, s.end)) &&
          // (nor money put into a thing named after it: "L'État a investi N dans la recherche quantique")
          !INTO_A_THING.test(s.text.slice(money.end, Math.min(s.end, money.end + 40)))))
    ) {
      reading.to = context.last.to;
      reading.inherited = true;
    }
    // "X has grown fast since 2015. In 2024 it raised N": a pronoun stands for the name the sentence before opened on,
    // in its paragraph; else (opening a paragraph) for the article's company.
    if (!reading.to && reading.pronoun) {
      const antecedent =
        earlier?.paragraph === s.paragraph && earlier.index === s.index - 1 ? openingSubject(earlier) : undefined;
      if (antecedent) {
        reading.to = antecedent;
        reading.inherited = true;
      }
    }
    if (!reading.to && reading.toTopic) {
      // (the article's company so far, or the headline's recipient in the lead: "X lève N" then "La société a levé N")
      const headline = context.last?.sentence === 0 && s.index <= 3 ? context.last.to : undefined;
      const topic = context.topic?.();
      // (a fund's own story: "A committed €150m, while B put in €200m" are its investors' commitments to its fund, a
      // vehicle the article may not name as it names the manager)
      if (reading.untold && topic && FINANCIER_NAME.test(topic.name)) return;
      // (nor more than the round just told of the company: "X closed a €12m Series A. A invested €40m in June")
      const open = context.round;
      if (
        reading.untold &&
        open &&
        open.draft.record.to === topic?.id &&
        s.index - open.sentence <= 3 &&
        money.amount > open.draft.record.amount
      )
        return;
      reading.to =
        topic ?? headline ?? context.headline ?? (reading.headlineMay ? context.opening : undefined) ?? undefined;
      reading.inherited = true;
    }
    if (reading.inherited && lentShare(s, reading, money, context.round)) reading.kind = 'pledged';
    // "Le 28 mai, la collectivité a attribué à X un marché de N", "The ministry awarded X a €N contract": a public body
    // named by its description pays, the one named before (of its kind: "le ministère" a ministry).
    // (a place before the verb describes the payer, "The London-based fund", and pays nothing)
    if (!reading.funders.some(paying) && !reading.sourceNamed && PAYER_RULES.has(reading.rule)) {
      const body =
        describedBody(s, money, context.bodies, reading.buyerDescribedBefore) ??
        describedFinancier(s, money, context.financiers, context.bodies);
      if (body && body.id !== reading.to?.id) reading.funders = [body];
    }
    // (a buyer told by a description the article named no body for: no contract proposed, rather than one with no buyer)
    if (reading.buyerDescribedBefore !== undefined && !reading.funders.some(paying)) return;
    const to = reading.to;
    const payerNamed = reading.funders.some(paying) || (round?.payers.some(paying) ?? false);
    // A recipient carried over that pays the amount itself ("awarded N in grants from its France 2030 plan to four
    // firms" with France 2030 the topic): the amount goes to others, unnamed.
    // A place, a person or a certification receives no round, grant, loan or contract ("Dunkirk campus bags $N": its
    // company does; "Qualifiée SecNumCloud, X lève N": X does).
    if (
      !to ||
      to.kind === 'place' ||
      to.kind === 'person' ||
      to.kind === 'certification' ||
      (reading.inherited && [...reading.funders, ...(round?.payers ?? [])].some((f) => f.id === to.id))
    ) {
      if (POOL_RULES.has(reading.rule) && payerNamed)
        context.pool = {
          payers: [...reading.funders, ...(round?.payers ?? [])].filter(paying),
          kind: reading.kind,
          amount: money.amount,
          date: date?.value,
          sentence: s.index,
        };
      return;
    }
    // "Le premier lot revient à X pour N": the tender's buyer told in the sentences before pays.
    if (!payerNamed && TENDER_RULES.has(reading.rule) && context.tender) {
      if (s.index - context.tender.sentence <= 3 && context.tender.buyer.id !== to.id)
        reading.funders = [context.tender.buyer];
    }
    // "Clever Cloud receives €12m", "the largest award, €18m, goes to X": a share of the money awarded just before.
    const pool = context.pool;
    const pooled =
      pool &&
      !payerNamed &&
      SHARE_RULES.has(reading.rule) &&
      s.index > pool.sentence &&
      s.index - pool.sentence <= 3 &&
      // A share is smaller than the whole, and of its time ("X had raised N in 2019" is another story).
      money.amount < pool.amount &&
      (date === undefined || date.value === pool.date) &&
      !pool.payers.some((p) => p.id === to.id)
        ? pool.payers
        : undefined;
    if (pooled) {
      reading.kind = pool!.kind;
      reading.rule += '+pool';
    }
    previous = reading;
    context.last = { to, kind: reading.kind, sentence: s.index, paragraph: s.paragraph };
    if (s.index === 0 && reading.kind !== 'revenue') context.headline ??= to;
    const paired =
      respective?.includes(money) && reading.kind !== 'revenue'
        ? respectivePayer(s, reading, respective, money)
        : undefined;
    // "A put in N1, with the balance coming from B and C", "A apporte N1, B le reste": the payers of the rest are the
    // round's (the one open, for the same recipient), not N1's.
    const open = context.round;
    const rest =
      open && reading.inherited && open.draft.record.to === to.id && money.amount < open.draft.record.amount
        ? restPayers(s, money, round)
        : [];
    // ("A est entré au capital pour N, aux côtés de B, qui a mis N2": B's own amount is told beside A's, not a share of
    // N; a round's lead keeps its share of the round, "raised N in a round led by B, which invested N2")
    const roundPayersOwn = round?.payers.filter(
      (p) => !rest.includes(p) && !(reading.funders.length > 0 && ownAmountAfter(s, p, money)),
    );
    const named = paired ?? pooled ?? (roundPayersOwn ? [...reading.funders, ...roundPayersOwn] : reading.funders);
    // A place does not pay ("France wanted to invest" names no payer the knowledge base can hold).
    const funders = [
      ...new Map(named.filter((f) => f.id !== to.id && f.kind !== 'place').map((f) => [f.id, f])).values(),
    ];
    const firstFunder = reading.funders[0];
    const each =
      EACH.test(s.text.slice(money.end, money.end + 20)) ||
      (firstFunder !== undefined && EACH_BEFORE.test(s.text.slice(firstFunder.end, money.start)));
    // ("4,2 millions et 2,8 millions d'euros": amounts paired by "respectively" share the currency told once)
    // ("lève 20 millions d'euros. A suit avec 8 millions": a share of the round just told is in its currency)
    const currency =
      money.currency ??
      (respective?.includes(money) ? respective.find((m) => m.currency)?.currency : undefined) ??
      (context.round && s.index - context.round.sentence <= 3 && money.amount < context.round.draft.record.amount
        ? context.round.draft.record.currency
        : undefined) ??
      'unspecified';
    const confidence = clamp01(
      0.75 -
        (reading.inherited ? 0.2 : 0) -
        (funders.length === 0 && reading.kind !== 'revenue' ? 0.1 : 0) -
        (money.approximate ? 0.05 : 0),
    );
    const spans = [money, ...reading.spans, ...(round?.spans ?? [])];
    const records =
      funders.length <= 1 || each
        ? (funders.length === 0 ? [undefined] : funders).map((f) =>
            fundingRecord(f ? { from: f.id } : {}, to.id, money, currency, reading.kind, date),
          )
        : [fundingRecord({ funders: funders.map((f) => f.id).sort() }, to.id, money, currency, reading.kind, date)];
    for (const record of records) {
      const draft: FundingDraft = {
        key: fundingKey(record),
        record,
        source: s.source,
        spans,
        confidence,
        rule: reading.rule + (reading.inherited ? '+carried-recipient' : '') + (each ? '+each' : ''),
      };
      drafts.push(draft);
      // "X lève N. Le tour est mené par A, qui apporte N1. B engage N2": a share of the round open, told with its payer
      // after the round, names one more of the round's payers.
      const payer = funders.length === 1 && records.length === 1 ? funders[0]! : undefined;
      if (
        open &&
        payer &&
        reading.inherited &&
        reading.kind === 'invested' &&
        open.draft.record.kind === 'invested' &&
        // (a round its recipient raised, not a payer's own investment: "A investit N dans X. B participe aussi à
        // hauteur de N1" leaves A's N to A)
        !open.draft.rule.startsWith('funding.active') &&
        open.draft.record.to === to.id &&
        money.amount < open.draft.record.amount &&
        // (after the round's own sentence, or in the sentence of a share that named one more payer already)
        (s.index > open.sentence || open.draft.rule === 'funding.round-payers') &&
        roundStillTold(s, open.sentence) &&
        (date === undefined || date.value === open.draft.record.date?.value) &&
        // (not a loan or a grant told after it: another financing)
        !OTHER_FINANCING[s.language].test(s.text.slice(s.start, s.end)) &&
        // (nor an earlier round's share: "B had put N1 into its seed round", "B avait investi N1 lors de l'amorçage")
        !EARLIER_ROUND.test(s.text.slice(s.start, s.end)) &&
        // (nor money told going into another company: "A put N1 and B N2 into Y")
        !recipientAfter(s, money.end)?.members.some((a) => a.id !== to.id && a.kind !== 'place') &&
        [payer, ...rest].some((p) => !open.funders.some((f) => f.id === p.id))
      ) {
        const told = new Map(
          [payer, ...rest].filter((p) => !open.funders.some((f) => f.id === p.id)).map((p) => [p.id, p]),
        );
        drafts.push(extendRound(s, context, open, told, [money, ...reading.spans, ...rest]));
      }
      // A loan's lenders, like a round's investors, may be told in the next sentences ("B and C are also part of the
      // syndicate").
      const lent = reading.rule === 'funding.loan';
      // A grant awarded or paid is its recipient's funding event as a round is ("was awarded N under P in December",
      // "avait obtenu en 2021 une subvention de N, versée par A").
      const awarded = reading.rule === 'funding.grant' && reading.kind !== 'invested' && records.length === 1;
      if ((lent || awarded || (round && reading.kind === 'invested')) && records.length === 1) {
        // "…, composé d'une levée de N1 et d'un prêt de N2. La levée est menée par A": the round stays the one open.
        const equityBefore = context.round?.sentence === s.index && context.round.draft.record.kind === 'invested';
        // ("X lève N. A y met N1 ; les N2 restants…": a share of the round open leaves it open, for the next shares)
        const open = context.round?.draft.record;
        const share =
          reading.inherited &&
          open?.to === to.id &&
          open.kind === reading.kind &&
          money.amount < open.amount &&
          roundStillTold(s, context.round!.sentence);
        if (!(lent && equityBefore) && !share)
          context.round = { draft, funders, recipient: to, sentence: s.index, grant: awarded };
        // (a share told of the round keeps it open for the payers told next: "A, qui met N1. B et C complètent l'opération")
        else if (share) context.round = { ...context.round!, sentence: s.index };
        // "SoftBank invested $400m in X in 2021", "X a obtenu le 24 novembre un prêt de N": a dated round, grant or loan
        // is its recipient's funding event (with the events' own round words, "a levé N en 2021", one event: the same
        // key).
        const dated = roundDate(s, money);
        if (dated && reading.rule !== 'funding.contract-won')
          draft.event = fundingEvent(s, to, funders, dated.date, [...spans, dated]);
      } else if (CONTRACT_RULES.has(reading.rule) && records.length === 1 && funders.length === 1) {
        // "En juin, A a retenu X pour un marché de N", "X won a €N contract from A in 2024": a dated contract with its
        // buyer is the supplier's contract event, the buyer its client (unless the events' own rules told it).
        const dated = roundDate(s, money);
        if (dated) draft.event = fundingEvent(s, to, funders, dated.date, [...spans, dated], 'contract');
      }
    }
  });
  return drafts.length > 0 ? drafts : roundFollowUp(s, context);
}

/**
 * Whether a sentence may still tell of the round told at `sentence`: within three sentences, or further on when it
 * names the round ("Le tour est mené par A, qui met N1" after the headline's "X lève N").
 */
const roundStillTold = (s: SentenceView, sentence: number) =>
  s.index - sentence <= 3 || ROUND_NOUN[s.language].test(s.text.slice(s.start, s.end));

/** An actor's span that is not its name: a description or pronoun the coreference resolved ("La start-up", "Elle"). */
// (an elided article is followed by its noun: "L'entreprise")
const DESCRIPTION_OR_PRONOUN = /^(?:(?:la|le|les|cette|ce|the|this|its|elle|il|it)(?![\p{L}])|l['’])/iu;
const standsFor = (s: SentenceView, actor: ActorSpan) => {
  const text = s.text.slice(actor.start, actor.end);
  return DESCRIPTION_OR_PRONOUN.test(text) && !text.toLowerCase().includes(actor.name.toLowerCase());
};

/**
 * A total told beside its parts ("X secures €450m. The package combines €180m of equity … and €270m of debt"): the
 * parts are the records, the total adds up records already counted. A document's funding (not revenue) whose amount
 * is exactly the sum of two or more of its other fundings to the same recipient, in the same currency and of the same
 * date (a part dated otherwise is an earlier round told as background), is left out.
 */
// (a total told with some of its payers in one place and none in another is one total: dropped wherever it is told)
const identity = (f: { record: FundingDraft['record'] }) =>
  [f.record.to, f.record.amount, f.record.currency, f.record.kind].join('\u0000');
export function withoutTotals<F extends { key: string; record: FundingDraft['record']; cite: { start: number } }>(
  fundings: F[],
): F[] {
  let amounts = 0;
  for (const f of fundings) if (f.record.kind !== 'revenue') amounts++;
  if (amounts < 3) return fundings;
  const groups = fundings.map((f) => [f.record.to, f.record.currency].join('\u0000'));
  const parts = new Map<string, F[]>();
  const seen = new Set<string>();
  fundings.forEach((f, i) => {
    if (f.record.kind === 'revenue' || seen.has(f.key)) return;
    seen.add(f.key);
    const group = parts.get(groups[i]!);
    if (group) group.push(f);
    else parts.set(groups[i]!, [f]);
  });
  const totals = new Set<string>();
  fundings.forEach((f, i) => {
    // "autour de 285 millions": a rounded figure told on its own, which its parts may also be told beside.
    if (f.record.kind === 'revenue' || f.record.approximate) return;
    const total = f.record.amount;
    // Undated amounts share no date to tie them: only parts told in the same passage are its parts (an undated
    // round and a grant and a loan told paragraphs apart may add up by chance).
    const close = (p: F) => Math.abs(p.cite.start - f.cite.start) <= TOTAL_NEAR;
    const group = (parts.get(groups[i]!) ?? []).filter((p) => p.record.amount < total);
    const sameDate = (p: F) => p.record.date?.value === f.record.date?.value;
    // Beside an undated total and an undated part told near it, a dated part is the same financing's, dated by an
    // apposition of its own ("souscrite par A, entré au capital en 2022"); dated parts alone are earlier rounds.
    const mixed = f.record.date === undefined && group.some((p) => p.record.date === undefined && close(p));
    const candidates = group.filter((p) =>
      sameDate(p) ? f.record.date !== undefined || close(p) : mixed && p.record.date !== undefined && close(p),
    );
    // A total's payers, if it names any, are its parts' ("raised €12m from A and B, which put in €8m and €4m"): a
    // round paid by A is no sum of a grant and a loan from others.
    const payers = paidBy(f);
    if (payers.length > 0 && !payers.every((id) => candidates.some((p) => paidBy(p).includes(id)))) return;
    const smaller = candidates.map((p) => p.record.amount);
    if (smaller.length >= 2 && sumsTo(smaller, total)) totals.add(identity(f));
  });
  return totals.size === 0 ? fundings : fundings.filter((f) => !totals.has(identity(f)));
}
/** How far (characters) an undated part may be told from its total: the same passage, a few sentences. */
const TOTAL_NEAR = 1000;
/** The ids a funding names as its payers. */
const paidBy = (f: { record: FundingDraft['record'] }): readonly string[] =>
  f.record.funders ?? (f.record.from ? [f.record.from] : []);
/**
 * Whether some two or more of `amounts` (a document's few) add up to `total`, within half a percent. The search tries
 * every subset, 2^n sums, so it looks at the ten largest amounts only (news splits a total into two to five parts).
 */
function sumsTo(amounts: number[], total: number): boolean {
  const tolerance = total * 0.005;
  let all = 0;
  for (const a of amounts) all += a;
  // Most totals are no sum: all the smaller amounts together fall short of them.
  if (all < total - tolerance) return false;
  if (amounts.length > 10) amounts = [...amounts].sort((a, b) => b - a).slice(0, 10);
  const n = amounts.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    if ((mask & (mask - 1)) === 0) continue; // a single part is the same amount told again, not a sum
    let sum = 0;
    for (let k = 0; k < n; k++) if (mask & (1 << k)) sum += amounts[k]!;
    if (Math.abs(sum - total) <= tolerance) return true;
  }
  return false;
}

/**
 * "It hosts benefits systems for A under a £9.5m contract", "A, which hosts its records with the company under an
 * $85m contract", "A héberge ses serveurs chez elle en vertu d'un contrat de N": a contract a service runs under, its
 * buyer the one organisation of the sentence other than the article's company (after "for"/"pour" when it names one),
 * the article's company its supplier.
 */
const UNDER_CONTRACT_BEFORE =
  /(?:(?<![\p{L}])under\s+(?:a|an|its|their|the)\s+(?:[\p{L}\d,.-]+\s+){0,3}|(?:en vertu|dans le cadre|au titre)\s+d['’](?:un|une)\s+(?:contrat|marché|accord)(?:\s+[\p{Ll}-]+){0,2}\s+(?:de|d['’])\s*)$/iu;
const CONTRACT_AFTER = /^\s*(?:[\p{L}\d-]+\s+){0,3}?(?:contract|agreement)(?![\p{L}])/iu;
// (a service run for the buyer: not "sold its site to A under a £9.5m deal")
const SERVICE_VERB =
  /(?<![\p{L}])(?:host(?:s|ed|ing)?|run(?:s|ning)?|manag(?:es|ed|ing)|operat(?:es|ed|ing)|provid(?:es|ed|ing)|suppl(?:ies|ied|ying)|serv(?:es|ed|ing)|support(?:s|ed|ing)|monitor(?:s|ed|ing)|héberg\p{L}*|exploit\p{L}*|gère|gèrent|fourni\p{L}*|assur\p{L}*|surveill\p{L}*|maintien\p{L}*)(?![\p{L}])/iu;
const FOR_BUYER_BEFORE = /(?<![\p{L}])(?:for|pour)\s+(?:(?:the|la|le|l['’])\s*)?$/iu;
function servedUnderContract(s: SentenceView, money: MoneyMention, context: FundingContext): Reading | undefined {
  const lead = s.text.slice(Math.max(s.start, money.start - 80), money.start);
  if (!UNDER_CONTRACT_BEFORE.test(lead) || !SERVICE_VERB.test(s.text.slice(s.start, money.start))) return undefined;
  if (s.language === 'en' && !CONTRACT_AFTER.test(s.text.slice(money.end, money.end + 40))) return undefined;
  const topic = context.topic?.();
  if (!topic) return undefined;
  const others = s.actors.filter(
    (a) => a.end <= money.start && a.id !== topic.id && a.kind !== 'place' && a.kind !== 'person',
  );
  const named = others.find((a) => FOR_BUYER_BEFORE.test(s.text.slice(Math.max(s.start, a.start - 8), a.start)));
  const buyer = named ?? (new Set(others.map((a) => a.id)).size === 1 ? others[0] : undefined);
  if (!buyer) return undefined;
  return { funders: [buyer], to: topic, kind: 'pledged', rule: 'funding.contract', spans: [buyer], inherited: false };
}

/**
 * The last reading of an amount no rule read: a contract's, grant's or loan's noun right around it, one organisation
 * of the sentence besides the article's company, and the article's company not its subject ("Premier client, la
 * Collectivité X, pour un contrat de N sur trois ans", "Le CHU X a choisi d'héberger chez Y ses dossiers, un contrat de
 * N"): that organisation pays the article's company.
 */
const FUNDING_NOUN_AROUND: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(contrat|marché|accord-cadre|subvention|aide|prêt|crédit|avance remboursable)(?:\s+[\p{Ll}-]+){0,2}\s+(?:de|d['’]un montant de)\s+(?:(?:près de|environ|quelque|plus de)\s+)?$/iu,
  en: /(?<![\p{L}])(?:an?|the|its)\s+(?:[\p{L}\d,.-]+\s+){0,2}$/iu,
};
// ("a three-year contract worth £1.1m", "a grant worth about €2m")
const WORTH_BEFORE_EN =
  /(?<![\p{L}])(contract|grant|loan|subsidy|facility|agreement|deal)\s+(?:[\p{Ll}-]+\s+){0,2}?worth\s+(?:(?:about|around|some|nearly|up to)\s+)?$/iu;
// (what the rules read as no money given, which this last reading must not read either: denied, hoped for, refused,
// repaid, reworked, hypothetical, another's)
const FALLBACK_VETO: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:pas|ni|jamais|aucun\p{L}*|refus\p{L}*|rembours\p{L}*|rééchelonn\p{L}*|restructur\p{L}*|renégoci\p{L}*|espér\p{L}*|espère\p{L}*|pourrai\p{L}*|aurai\p{L}*|serai\p{L}*|si|dément\p{L}*|écart\p{L}*|perdu\p{L}*|candidat\p{L}*|brigu\p{L}*|vis(?:e|ent|ait)|pour le compte|arrang(?:é|ée|eur|eurs|e|ent)|étudi\p{L}*|envisag\p{L}*|sans engagement|prévoi\p{L}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:not|no|never|nor|n['’]t|refus\p{L}*|declin\p{L}*|repa(?:id|y\p{L}*)|reschedul\p{L}*|restructur\p{L}*|renegotiat\p{L}*|hop\p{L}*|would|could|might|may|if|denied|den(?:y|ies)|lost|bid\p{L}*|seek\p{L}*|sought|aims?|on behalf|arrang(?:ed|es|ing|er|ers|e)|consider\p{L}*|study\p{L}*|studies|weigh\p{L}*|plans?|planned|planning)(?![\p{L}])/iu,
};
const LOAN_NOUN = /^(?:prêt|crédit|loan|facility)$/u;
const FUNDING_NOUN_AFTER_EN = /^\s*(?:[\p{L}\d-]+\s+){0,2}?(contract|grant|loan|subsidy|facility)(?![\p{L}])/iu;
function nounedToTopic(s: SentenceView, money: MoneyMention, context: FundingContext): Reading | undefined {
  const lead = s.text.slice(Math.max(s.start, money.start - 60), money.start);
  // (the noun that governs the amount: before it in French, after it or before "worth" in English)
  const noun =
    s.language === 'fr'
      ? FUNDING_NOUN_AROUND.fr.exec(lead)?.[1]
      : ((FUNDING_NOUN_AROUND.en.test(lead)
          ? FUNDING_NOUN_AFTER_EN.exec(s.text.slice(money.end, money.end + 40))?.[1]
          : undefined) ?? WORTH_BEFORE_EN.exec(lead)?.[1]);
  if (!noun) return undefined;
  const topic = context.topic?.();
  if (!topic) return undefined;
  const others = s.actors.filter(
    (a) => a.id !== topic.id && a.kind !== 'place' && a.kind !== 'person' && a.kind !== 'programme',
  );
  const ids = new Set(others.map((a) => a.id));
  if (ids.size !== 1 || s.money.length > 1 || FALLBACK_VETO[s.language].test(s.text.slice(s.start, s.end)))
    return undefined;
  const payer = others[0]!;
  // (a public buyer's contract, a public body's grant, a lender's loan: two companies' deals are the rules' to read,
  // mergers and sales among them)
  const lender = LOAN_NOUN.test(noun.toLowerCase()) && financierNamed(s, payer);
  if (payer.kind !== 'public-body' && !HOSPITAL_NAME.test(payer.name) && !lender) return undefined;
  return {
    funders: [payer],
    to: topic,
    kind: paidOut(s, money) ? 'disbursed' : 'pledged',
    rule: 'funding.noun-to-topic',
    spans: [payer],
    inherited: false,
  };
}

/**
 * The amounts "respectively" pairs with names: the run of amounts joined by "and"/"et"/commas nearest the word ("from
 * A and B, which put in N1 and N2 respectively" is N1 and N2, not the N told before them); valuations aside.
 */
function respectiveAmounts(s: SentenceView): MoneyMention[] | undefined {
  const word = RESPECTIVELY.exec(s.text.slice(s.start, s.end));
  if (!word) return undefined;
  const at = s.start + word.index;
  let best: MoneyMention[] | undefined;
  let bestGap = Infinity;
  let run: MoneyMention[] = [];
  const consider = () => {
    if (run.length < 2) return;
    const gap = Math.min(Math.abs(at - run.at(-1)!.end), Math.abs(run[0]!.start - at));
    if (gap < bestGap) [best, bestGap] = [run, gap];
  };
  for (const m of s.money) {
    if (isValuation(s, m)) continue;
    const last = run.at(-1);
    if (last && !AMOUNTS_JOINED.test(s.text.slice(last.end, m.start))) {
      consider();
      run = [];
    }
    run.push(m);
  }
  consider();
  return best;
}
const AMOUNTS_JOINED = /^[\s,]*(?:and|et|&)?[\s,]*$/iu;

/**
 * What may stand between an enumeration's name and its amount: "(SFPI) 5 millions", "C, actionnaire depuis les débuts,
 * 3 millions", "B the remaining €1.5 million", "et B le solde, 2 millions".
 */
const ELLIPSIS_GAP =
  /^\s*\)?(?:\s*,\s*\p{Ll}[^,;:.()\d]{0,50},)?\s*(?:(?:the|le|la|les|l['’])\s*(?:remaining|rest|balance|other|final|last|solde|reste|restants?|derniers?|dernières?)(?:\s+of)?\s*(?:,\s*)?)?$/iu;

/** The payer the i-th amount pairs with: the reading's i-th payer, or the i-th name of a list as long before them. */
function respectivePayer(
  s: SentenceView,
  reading: Reading,
  amounts: MoneyMention[],
  money: MoneyMention,
): ActorSpan[] | undefined {
  const i = amounts.indexOf(money);
  if (reading.funders.length === amounts.length) return [reading.funders[i]!];
  const list = s.groups.findLast((g) => g.end <= amounts[0]!.start && g.members.length === amounts.length);
  if (list) return list.members[i]!.id !== reading.to?.id ? [list.members[i]!] : undefined;
  // ("A et le fonds belge B y ont mis respectivement N1 et N2": a description breaks the list, the names still pair)
  const named = describedList(s, amounts[0]!.start);
  if (named.length === amounts.length) return named[i]!.id !== reading.to?.id ? [named[i]!] : undefined;
  // ("A led the round, with B and C joining; the three put in N1, N2 and N3, respectively": the names told before)
  const before = s.actors.filter(
    (a) => a.end <= amounts[0]!.start && a.kind !== 'place' && a.kind !== 'person' && a.id !== reading.to?.id,
  );
  return before.length === amounts.length ? [before[i]!] : undefined;
}

/** The names joined by "and"/"et"/commas, descriptions between them allowed, that end right before the amounts. */
function describedList(s: SentenceView, until: number): ActorSpan[] {
  const before = s.actors.filter((a) => a.end <= until && a.kind !== 'place' && a.kind !== 'person');
  const list: ActorSpan[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const a = before[k]!;
    const next = list[0];
    if (next ? !LIST_JOIN.test(s.text.slice(a.end, next.start)) : !LIST_TAIL.test(s.text.slice(a.end, until))) break;
    list.unshift(a);
  }
  return list;
}
// ("A, B et le fonds belge C": a join, then at most a short lowercase description)
const LIST_JOIN =
  /^\s*(?:,\s*(?:(?:and|et)\s+)?|(?:and|et)\s+)(?:(?:the|le|la|les|l['’])\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,3})?$/iu;
// (from the last name to the amounts: a verb phrase, no other name or clause)
const LIST_TAIL = /^[^,;:.()]{0,60}$/u;

/**
 * The recipient the i-th amount pairs with: a list of as many names as amounts, the reading's recipient first of it
 * (read with a verb of receiving, no payer of its own).
 */
function respectiveRecipient(
  s: SentenceView,
  reading: Reading,
  amounts: MoneyMention[],
  money: MoneyMention,
): ActorSpan | undefined {
  if (reading.funders.length === amounts.length || !reading.to) return undefined;
  const list = s.groups.findLast((g) => g.end <= amounts[0]!.start && g.members.length === amounts.length);
  if (!list || list.members[0]!.id !== reading.to.id) return undefined;
  const to = list.members[amounts.indexOf(money)]!;
  return to.kind === 'person' || to.kind === 'place' ? undefined : to;
}

/** Words that date something else than the round: "founded in 2015", "créée en 2012", "since 2019". */
const OTHER_EVENT_BEFORE_DATE =
  /(?:(?<!rais|invest|lev)(?:ed|é|ée|és|ées)|since|depuis|set up)\s+(?:in|en|on|le|au|à)?\s*$/iu;

/** A participle of the deal itself before its date ("lui a confié en janvier un marché de N", "signed in May"). */
const DEAL_BEFORE_DATE =
  /(?<![\p{L}])(?:confié|attribué|accordé|octroyé|signé|notifié|remporté|décroché|alloué|voté|consenti|prêté|versé|apporté|injecté|financé|bouclé|finalisé|conclu|obtenu|reçu|officialisé|awarded|signed|granted|agreed|approved|extended|committed|pledged|injected|lent|won|secured|closed|completed|finali[sz]ed|received|obtained)(?:e|s|es)?\s+(?:in|en|on|le|au|à)?\s*$/iu;

/** A relative clause open before a date: "A, which took over B in 2019, lent…", "A, qui a racheté B en 2019, prête…". */
// (a past deal of the name's: not what "will" or "sera" pay, which may be the amount's own schedule)
const ASIDE_BEFORE_DATE =
  /,\s*(?:which|who|qui|dont)\s(?![^,;:.()]*(?<![\p{L}])(?:will|sera|seront|va|vont|doit|doivent|devrait)(?![\p{L}]))[^,;:.()]*$/iu;

/**
 * The date of a round: the date nearest its amount, when no other amount is nearer to it, it is not after the
 * publication (a plan), and it does not follow another event's participle ("Founded in 2015, X raised N").
 */
function roundDate(s: SentenceView, money: MoneyMention): DateMention | undefined {
  const d = nearestDate(s, money.start);
  if (!d || isAfterPublication(d.date, s.published)) return undefined;
  const gap = (m: Span) => (d.end <= m.start ? m.start - d.end : d.start >= m.end ? d.start - m.end : 0);
  if (s.money.some((m) => m !== money && gap(m) < gap(money) && !isValuation(s, m))) return undefined;
  // ("A, which took over B in 2019, lent X N": a relative clause's date, the amount outside it, dates no round)
  const aside = ASIDE_BEFORE_DATE.exec(s.text.slice(s.start, d.start));
  const asideEnd = d.end + s.text.slice(d.end, s.end).search(/,\s/u);
  // (the clause a name's, not the amount's: "une levée de N, qui pourrait intervenir avant l'été" dates it)
  const named = aside && s.groups.some((g) => /^\s*$/u.test(s.text.slice(g.end, s.start + aside.index)));
  if (named && asideEnd >= d.end && (money.start >= asideEnd || money.end <= s.start + aside!.index)) return undefined;
  const before = s.text.slice(Math.max(s.start, d.start - 20), d.start);
  return (OTHER_EVENT_BEFORE_DATE.test(before) && !DEAL_BEFORE_DATE.test(before)) ||
    SINCE_START_BEFORE_DATE.test(s.text.slice(Math.max(s.start, d.start - 40), d.start))
    ? undefined
    : d;
}

/**
 * The date nearest an amount, unless it dates the company's start: "Depuis sa création en 2019, X a levé N", "X has
 * raised N since it was founded in 2019", "since 2019" (all raised since then, not in that year), or another amount's.
 */
const SINCE_START_BEFORE_DATE =
  /(?:since|depuis|founded|fond(?:é|ée|és|ées)|cré(?:é|ée|és|ées)|création|founding|inception)\s+(?:[\p{L}'’]+\s+){0,3}?$/iu;
function recordDate(s: SentenceView, money: MoneyMention, shared: boolean): FuzzyDate | undefined {
  const d = nearestDate(s, money.start);
  if (!d || SINCE_START_BEFORE_DATE.test(s.text.slice(Math.max(s.start, d.start - 40), d.start))) return undefined;
  if (shared) return d.date;
  // "X, qui avait levé N1 en 2022, reçoit N2": a date told after an amount and nearer it than the next is its.
  if (d.end > money.start) return d.date;
  return s.money.some((m) => m.end <= d.start && d.start - m.end < money.start - d.end && !isValuation(s, m))
    ? undefined
    : d.date;
}

/**
 * The funding event of a dated round: its recipient the subject, its payers the investors; or a dated contract's event:
 * its supplier the subject, its buyer the client.
 */
function fundingEvent(
  s: SentenceView,
  to: ActorSpan,
  funders: ActorSpan[],
  date: FuzzyDate,
  spans: Span[],
  kind: 'funding' | 'contract' = 'funding',
): EventDraft {
  // (a round's others are its investors; a contract's, its client)
  const role = kind === 'funding' ? bi('investisseur', 'investor') : bi('client', 'client');
  const label = kind === 'funding' ? bi('financement', 'funding') : bi('contrat', 'contract');
  return {
    key: [kind, to.id, date.value].join('\u0000'), // the events' own key (events.ts)
    record: {
      date,
      kind,
      title: { fr: `${to.name} : ${label.fr}`, en: `${to.name}: ${label.en}` },
      actors: [
        { id: to.id, role: bi('sujet', 'subject') },
        ...funders.map((f) => ({ id: f.id, role })),
      ] as EventDraft['record']['actors'],
    },
    source: s.source,
    spans,
    confidence: 0.6,
    rule: 'event.from-funding',
  };
}

/** Where the next amount that is no valuation starts ("raised $N at a $M valuation, led by A": A is the round's). */
function nextAmount(s: SentenceView, m: number): number {
  for (let i = m + 1; i < s.money.length; i++)
    if (!isValuation(s, s.money[i]!) && !isConversion(s, i)) return s.money[i]!.start;
  return s.end;
}

/** Between an amount and its conversion: an opening parenthesis, maybe a hedge ("€400 million (about $413 million)"). */
const CONVERSION_OPEN = /^\s*\(\s*(?:(?:about|around|some|nearly|environ|soit|près de|ou|or)\s+)?$/iu;
const CONVERSION_CLOSE = /^\s*\)/u;
/** The m-th amount restates the one before it in another currency, in parentheses: the same money, told once. */
function isConversion(s: SentenceView, m: number): boolean {
  const before = s.money[m - 1];
  const money = s.money[m]!;
  return (
    before !== undefined &&
    before.currency !== money.currency &&
    CONVERSION_OPEN.test(s.text.slice(before.end, money.start)) &&
    CONVERSION_CLOSE.test(s.text.slice(money.end, Math.min(s.end, money.end + 3)))
  );
}

/** A place names no payer ("France wanted to invest"). */
const paying = (f: ActorSpan) => f.kind !== 'place';

/** Money promised to recipients a sentence may leave unnamed ("N in grants from P to four firms"). */
const POOL_RULES = new Set(['funding.grant', 'funding.contract', 'funding.loan']);
/** Readings of money received with no payer named: a share of a pool awarded just before. */
const SHARE_RULES = new Set([
  'funding.raised',
  'funding.ellipsis',
  'funding.goes-to',
  'funding.contract-awarded',
  'funding.listed',
]);

/** Readings whose amount is a round or an investment: payers may be named after the amount. */
const ROUND_RULES = new Set([
  'funding.raised',
  'funding.grant',
  'funding.loan',
  'funding.contract-won',
  'funding.active',
  'funding.passive',
  'funding.participle',
  'funding.round',
]);

const fundingKey = (record: FundingDraft['record']) =>
  [
    record.to,
    record.funders ? record.funders.join('+') : (record.from ?? ''),
    record.amount,
    record.currency,
    record.kind,
  ]
    // joined: see relationKey
    .join('\u0000');

/** A valuation ("valued at N", "at a $N valuation"), or all a company has raised so far ("N to date"): no round. */
const valuations = new WeakMap<MoneyMention, boolean>();
function isValuation(s: SentenceView, money: MoneyMention): boolean {
  let valuation = valuations.get(money);
  if (valuation === undefined)
    valuations.set(
      money,
      (valuation = readsAsValuation(s, money) && !contractWorthAtEnd(s, money) && !isContract(s, money)),
    );
  return valuation;
}
function readsAsValuation(s: SentenceView, money: MoneyMention): boolean {
  const before = s.text.slice(Math.max(s.start, money.start - 40), money.start);
  const after = s.text.slice(money.end, Math.min(s.end, money.end + 30));
  if (VALUATION[s.language].test(before)) return true;
  if (!TOTAL_OR_VALUATION_HINT.test(before) && !TOTAL_OR_VALUATION_HINT.test(after)) return false;
  const cumulative = CUMULATIVE[s.language];
  return VALUATION_AFTER[s.language].test(after) || cumulative.before.test(before) || cumulative.after.test(after);
}

/**
 * "A et B ont participé.", "A and B participated." closing a sentence tell a round's followers only in the sentence right
 * after it, opening on their names ("La semaine dernière, la start-up a organisé un hackathon ; A et B ont participé."
 * is another gathering's).
 */
const CLOSING_PARTICIPATION =
  /^(?:(?:ont|a) (?:participé|investi|suivi)|participated|took part|invested|co-invested|joined in|chipped in|followed|came in)$/iu;
// (the article a whole word: "La" of "Last week the firm hosted a fair; A and B followed" opens on no name)
const NAME_OPENING = /^[\s"“«]*(?:(?:[Ll]e|[Ll]a|[Ll]es|[Tt]he)(?![\p{L}])\s*|[Ll]['’]\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u;
// ("A et B l'ont suivi.": an object pronoun says what they followed, the round or its leader)
const closingParticipation = (s: SentenceView, hit: CueHit) =>
  CLOSING_PARTICIPATION.test(s.text.slice(hit.start, hit.end)) &&
  /^\s*[.;]/u.test(s.text.slice(hit.end, hit.end + 3)) &&
  !/(?<![\p{L}])l['’]$/u.test(s.text.slice(Math.max(s.start, hit.start - 2), hit.start));
/**
 * A verb of leading or following with no object ("A led, with B following", "B suit, tout comme C", "A en prend la
 * tête.") names a round's payer only when the sentence ends on it or goes on with another payer, and (after the round,
 * `opening`) opens on the payer's name: "Orbit followed, launching its own offer", "In the French market, Orbit took
 * the lead last year", "Sur le marché, Orbit en prend la tête" follow or lead something else.
 */
const BARE_ROUND_VERB =
  /^(?:(?:co-?)?led|followed|came in|(?:took|takes) the lead|sui(?:t|vent)|(?:en )?(?:(?:a|ont|avait|avaient) )?(?:pris|prend|prennent|prenait|prenaient) la tête)$/iu;
const BARE_TAIL =
  /^\s*(?:[.;]|$|,\s*(?:with|along with|alongside|as did|as well as|while|whereas|tout comme|comme|de même que|ainsi que|aux côtés de|avec|tandis qu['’]|alors qu['’]|tandis que|alors que|and|et)\s*(?:(?:le|la|les|l['’]|the|its|son|sa|ses)\s*)?\p{Lu})/u;
const bareElsewhere = (s: SentenceView, hit: CueHit, opening: boolean) =>
  BARE_ROUND_VERB.test(s.text.slice(hit.start, hit.end)) &&
  (!BARE_TAIL.test(s.text.slice(hit.end, s.end)) || (opening && !opensOnName(s)));
/**
 * The sentence opens on its first name: an article or a few lower-case words before it, or the investors' noun the
 * names stand in apposition to ("Deux actionnaires historiques, A et B, ont suivi").
 */
const opensOnName = (s: SentenceView, from = s.start) => {
  const first = s.groups.find((g) => g.start >= from);
  if (first === undefined) return false;
  const opening = s.text.slice(from, first.start);
  return NAME_OPENING.test(opening) || INVESTORS_OPENING.test(opening);
};
const INVESTORS_OPENING =
  /^[\s"“«]*(?:\p{L}+\s+){0,3}?(?:investisseurs|actionnaires|investors|backers|shareholders)(?:\s+\p{L}+){0,3}\s*[,:]\s*$/iu;
/**
 * The followers of the round told in the sentence before: the sentence opens on their names, or the clause after its
 * semicolon does ("Le tour est mené par A ; B et C ont suivi").
 */
const followers = (s: SentenceView, round: { sentence: number }, hit: CueHit, roundNouns: readonly CueHit[]) => {
  if (s.index !== round.sentence + 1) return false;
  if (opensOnName(s)) return true;
  // (the clause before the semicolon tells of the round: "Le salon est organisé par A ; B et C ont suivi" does not)
  const semicolon = lastInSentence(s, ';', hit.start);
  return semicolon > s.start && opensOnName(s, semicolon + 1) && roundNouns.some((h) => h.end <= semicolon);
};

/**
 * A sentence after a round that names more of its payers, with no amount of its own or the round's ("The round was
 * led by A", "Existing investors B and C also took part", "B et C ont remis au pot", "A, déjà présent au capital, a
 * suivi"): the round again, with them (`propose` merges it with the round told before, whose citation it joins).
 */
const ROUND_PRONOUN_LED =
  /^\s*(?:Elle|Il|It)\s+(?:(?:lui|leur)\s+)?(?:est|a été|était|avait été|was|is|has been|had been)\s+(?:co-?)?(?:menée?|led|conduite?|pilotée?|emmenée?|suivie?|rejointe?|spearheaded|anchored|accordée?|octroyée?|consentie?|attribuée?|granted|awarded|extended|provided|followed|joined)\s+(?:par|by)\s/u;
const RAISED_WORD = /(?<![\p{L}])(?:lev(?:é|ée)s?|réalis|boucl|obtenu|raised|secured|obtained)/iu;
const RAISED_BEFORE =
  /(?<![\p{L}])(?:l['’](?:a|ont|avait|avaient)|les (?:a|ont|avait|avaient)|(?:a|ont|avait|avaient) été|(?:was|were|been|is|are) (?:\p{Ll}+ly )?)\s*(?:lev(?:é|ée|és|ées)|réalis(?:é|ée|és|ées)|boucl(?:é|ée|és|ées)|obtenu(?:e|s|es)?|raised|secured|obtained)\s+(?:(?:notamment|principalement|essentiellement|mainly|mostly|largely)\s+)?$/iu;
/** A fund's investing told of its many targets: "réparti entre quatorze jeunes pousses", "across fourteen startups". */
const MANY_TARGETS: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:jeunes pousses|start-?ups|entreprises|sociétés|portefeuille)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:start-?ups|companies|firms|businesses|portfolio)(?![\p{L}])/iu,
};
/** Money put into a thing named after its amount ("dans la recherche", "in quantum research"), not into a company. */
const DETERMINER = String.raw`(?:la|le|les|l['’]|son|sa|ses|leur|leurs|its|their|own|propre|the|ce|cet|cette|this|that|a|an|un|une)(?![\p{L}])`;
const NO_COMPANY_NOUN = String.raw`(?!(?:tour|levée|opération|round|deal|financing|financement|funding|company|société|entreprise|start-?up|jeune pousse|business|firm|capital|equity|cash|total|it|them|elle|lui|PME|ETI|pot)(?![\p{L}'’]))`;
// (every determiner read before the noun: "in the round", "dans ce tour de table" put money into no thing; "into the
// company's new site", "dans la SEM" do)
const INTO_A_THING = new RegExp(
  String.raw`^[^.;:]{0,15}?(?<![\p{L}])(?:dans|into|in)\s+(?:(?:${DETERMINER}\s*)+${NO_COMPANY_NOUN}\p{L}|${NO_COMPANY_NOUN}(?!${DETERMINER}\s)\p{Ll})`,
  'u',
);
/** An equity word: a share of a loan said "invested" is a stake, not lent. */
// (a share of a round is equity too: "committed €8m of the round", "put in a further €1.5m alongside them")
const EQUITY_WORD =
  /(?<![\p{L}])(?:invest(?!isseu|or)\p{L}*|stake|equity|au capital|en capital|of the (?:round|total|raise)|du tour(?: de table)?|de la levée|alongside)(?![\p{L}])/iu;
// (a share told in the pluperfect or of an earlier round: no payer of the round just told)
const EARLIER_ROUND =
  /(?<![\p{L}])(?:had|avait|avaient|previously|earlier|seed|amorçage|précédent(?:e)?|précédemment|auparavant)(?![\p{L}])/iu;
// (lower case: "le Crédit Mutuel" is a bank's name)
const OTHER_FINANCING: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:prêts?|emprunts?|crédits?|subventions?|dettes?)(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:loans?|grants?|debt|credit facility|subsid(?:y|ies))(?![\p{L}])/u,
};
// (an indefinite loan or grant is another one: "Ce prêt s'ajoute à une subvention accordée par A", "The loan adds to a
// grant awarded by A"; "Il s'agit d'un prêt d'honneur accordé par A" is the same)
const ANOTHER_FINANCING: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?<!s['’]agit d['’])(?:une?|d['’]autres?)\s+(?:\p{Ll}+\s+)?(?:prêts?|emprunts?|subventions?|aides?|crédits?|dotations?)(?![\p{L}])/u,
  en: /(?<![\p{L}])(?<!(?:is|was|it['’]s)\s)(?:an?|another)\s+(?:[\p{Ll}$€£\d.,-]+\s+){0,2}(?:loans?|grants?|subsid(?:y|ies)|credit facility)(?![\p{L}])/u,
};
const GRANT_NOUN: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:subventions?|aides?|dotations?)(?![\p{L}])/u,
  en: /(?<![\p{L}])(?:grants?|subsid(?:y|ies)|award)(?![\p{L}])/u,
};
// ("Y en prend la tête", "Y et Z l'ont suivi", "Y suit, tout comme Z", "Y et Z complètent la table", "ont également
// souscrit", "Y led, with Z following", "Y took the lead": the round told just before, taken up by a pronoun or no
// object at all)
const PRONOUN_PARTICIPATION =
  /(?<![\p{L}])(?:y (?:a |ont |avait |avaient )?(?:aussi |également )?particip|l['’](?:(?:a|ont|avait|avaient) )?accompagn(?:e|ent|ait|aient|é|ée|és|ées)(?![\p{L}])(?!\s+depuis)|en (?:a |ont |avait |avaient )?(?:pris|prend|prennent|prenait|prenaient) la tête|l['’](?:ont|a|avait|avaient) suivie?(?![\p{L}])|sui(?:t|vent)(?=\s*[,.;])|compl(?:ète|ètent) la table|(?:ont|a) (?:également |aussi )?souscrit(?![\p{L}])(?!\s+(?:à|au|aux)\s+(?!(?:l['’]|la\s+|cette\s+|ce\s+)?(?:augmentation|levée|tour|opération|émission)))|(?:co-?)?led(?=\s*[,;.])|(?:took|takes) the lead|followed(?=\s*[,;.])|came in(?=\s*[,;.]))/iu;
/**
 * "X secures a €300m loan. A and B are each providing €100m", "X a signé un prêt de 15 millions. A en apporte 10
 * millions": a share of the loan just told, named by a bare verb of paying, is lent, not invested (a share promised,
 * "devait investir N", stays promised).
 */
function lentShare(s: SentenceView, reading: Reading, money: MoneyMention, round: FundingContext['round']): boolean {
  const whole = round?.draft.record;
  return (
    reading.rule === 'funding.active' &&
    reading.kind === 'invested' &&
    whole !== undefined &&
    whole.to === reading.to?.id &&
    whole.kind === 'pledged' &&
    !round!.grant &&
    money.amount < whole.amount &&
    s.index - round!.sentence <= 3 &&
    // ("X secures a €300m loan. A invested €50m in the company in 2021": a stake said invested stays one)
    !EQUITY_WORD.test(s.text.slice(s.start, s.end))
  );
}

function roundFollowUp(s: SentenceView, context: FundingContext): FundingDraft[] {
  const round = context.round;
  if (!round || s.index - round.sentence > 3 || s.actors.length === 0) return [];
  const record = round.draft.record;
  if (s.money.some((m) => m.amount !== record.amount && !isValuation(s, m))) return [];
  // The round's noun, or a pronoun standing for it right after: "Elle est menée par A", "It was led by A".
  const pronoun = s.index === round.sentence + 1 && ROUND_PRONOUN_LED.test(s.text.slice(s.start, s.start + 40));
  // "Elle l'a réalisé auprès de A et B", "The money was raised from A": the source right after the round's verb with
  // its object pronoun or in the passive ("Elle a obtenu auprès de l'Anssi la qualification" is something else).
  // (scanned only when neither a pronoun nor the round's noun told it)
  const raisedFrom = () =>
    RAISED_WORD.test(s.text.slice(s.start, s.end)) &&
    roundCues(s).some(
      (hit) =>
        hit.cue === RoundCue.Source && RAISED_BEFORE.test(s.text.slice(Math.max(s.start, hit.start - 30), hit.start)),
    );
  // (the sentence's round nouns, scanned once: the followers' test reads them again)
  const roundNouns = roundNounScanners[s.language].scan(s);
  const nouns = roundNouns.filter((h) => !closingParticipation(s, h) || followers(s, round, h, roundNouns));
  // "A et B l'accompagnent", "A et B y participent" right after the round: the pronoun stands for it or its company
  // (read last: the rarest).
  if (
    !pronoun &&
    nouns.length === 0 &&
    !raisedFrom() &&
    !(s.index - round.sentence <= 2 && PRONOUN_PARTICIPATION.test(s.text.slice(s.start, s.end)))
  )
    return [];
  // "X a levé N. Le prêt accordé par A en 2020…": a loan or grant told after a round of equity is another financing.
  const sentence = s.text.slice(s.start, s.end);
  if (record.kind === 'invested' && OTHER_FINANCING[s.language].test(sentence)) return [];
  if (record.kind !== 'invested' && !pronoun && ANOTHER_FINANCING[s.language].test(sentence)) return [];
  // A grant's giver only by a pronoun or the grant's noun ("Elle lui a été accordée par A", "The grant comes from A"),
  // not a consortium's leader told next ("Sa réalisation a été confiée au consortium Y, emmené par A").
  if (round.grant && !pronoun && !GRANT_NOUN[s.language].test(sentence)) return [];
  const told = new Map<string, ActorSpan>();
  const spans: Span[] = [];
  for (const hit of roundCues(s)) {
    if (closingParticipation(s, hit) && !followers(s, round, hit, roundNouns)) continue;
    if (bareElsewhere(s, hit, true)) continue;
    // "from" is too common a word to name a round's payers away from its amount, but after a verb of raising.
    if (hit.cue === RoundCue.Source && !RAISED_BEFORE.test(s.text.slice(Math.max(s.start, hit.start - 30), hit.start)))
      continue;
    // "The loan, backed by the InvestEU programme": a loan or grant backed is guaranteed, not paid.
    if (record.kind !== 'invested' && /^backed/iu.test(s.text.slice(hit.start, hit.end))) continue;
    // "A a également investi dans Y": another recipient, another investment (a place receives none: "also invested in
    // the financing, the Brest-headquartered startup said").
    const elsewhere = hit.cue === RoundCue.Subject ? recipientAfter(s, hit.end) : undefined;
    if (
      elsewhere &&
      !elsewhere.members.some((m) => m.id === record.to) &&
      (!elsewhere.members.every((m) => m.kind === 'place') || placeOfAnother(s, elsewhere, record.to))
    )
      continue;
    const payers = payersOf(s, hit).filter(
      (p) => p.id !== record.to && p.kind !== 'place' && !round.funders.some((f) => f.id === p.id),
    );
    for (const p of payers) told.set(p.id, p);
    if (payers.length > 0) spans.push(hit, ...payers);
  }
  if (told.size === 0) return [];
  // "Existing investor A did not take part in the round": a negation in the clause of the cues, up to the comma after
  // them (not in a source's clause: "…, said people who asked not to be named").
  // ("A arranged the loan and B joined; the split was not disclosed": a semicolon closes their clause too)
  const lastSpan = Math.max(...spans.map((span) => span.end));
  const close = s.text.slice(lastSpan, s.end).search(/[,;]/u);
  if (NEGATION[s.language].test(s.text.slice(s.start, close < 0 ? s.end : lastSpan + close))) return [];
  return [extendRound(s, context, round, told, spans)];
}

/**
 * The payers of a round's rest told beside a share of it: after "with the balance coming from", "le reste provenant
 * de" (the payers the round's cues read after the share), or a name followed by "the rest", "le reste".
 */
const REST_FROM =
  /(?:(?:balance|remainder|rest)(?:\s+of\s+the\s+\p{L}+)?\s+(?:coming|came|comes|provided|put up|contributed)\s+(?:from|by)|(?:reste|solde)(?:\s+\p{L}+){0,3}?\s+(?:venant|provenant|apporté|fourni|souscrit)\s+(?:de|par))\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]|du\s+|des\s+|d['’])?$/iu;
const REST_AFTER = /^\s+(?:the\s+(?:rest|remainder|balance)|le\s+(?:reste|solde))(?![\p{L}])/iu;
function restPayers(s: SentenceView, money: MoneyMention, round: Payers | undefined): ActorSpan[] {
  const first = round?.payers[0];
  if (first && first.start > money.end && REST_FROM.test(s.text.slice(money.end, first.start))) return round!.payers;
  const from = s.groups.find((g) => g.start > money.end && REST_FROM.test(s.text.slice(money.end, g.start)));
  if (from) return from.members.filter((a) => a.kind !== 'place');
  return s.actors.filter(
    (a) => a.start > money.end && a.kind !== 'place' && REST_AFTER.test(s.text.slice(a.end, a.end + 20)),
  );
}

/** The round open with payers added (`told`): proposed again with all its payers, and left open for the next ones. */
function extendRound(
  s: SentenceView,
  context: FundingContext,
  round: NonNullable<FundingContext['round']>,
  told: ReadonlyMap<string, ActorSpan>,
  spans: Span[],
): FundingDraft {
  const record = round.draft.record;
  const funders = [...round.funders, ...told.values()];
  const payers = funders.map((f) => f.id).sort();
  const { to, amount, currency, approximate, kind, date } = record;
  const extended = {
    ...(payers.length === 1 ? { from: payers[0]! } : { funders: payers }),
    to,
    amount,
    currency,
    ...(approximate ? { approximate } : {}),
    kind,
    ...(date ? { date } : {}),
  };
  const draft: FundingDraft = {
    key: fundingKey(extended),
    record: extended,
    source: s.source,
    spans,
    confidence: round.draft.confidence,
    rule: 'funding.round-payers',
    told: [...told.keys()],
  };
  context.round = { draft, funders, recipient: round.recipient, sentence: s.index, grant: round.grant };
  // (the round told again is the last money told: "X lands N. … raised N in a round led by A. A put in N1")
  context.last = { to: round.recipient, kind, sentence: s.index, paragraph: s.paragraph };
  return draft;
}
