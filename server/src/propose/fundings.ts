import type { FuzzyDate } from '../domain/dates.ts';
import type { FundingKind, Language } from '../domain/vocabulary.ts';
import { isAfterPublication } from '../domain/truth/status.ts';
import type { MoneyMention } from '../ingest/extract/money.ts';
import { clamp01, CueScanner, type CueHit, type FundingDraft } from './drafts.ts';
import { awardedContracts } from './relations.ts';
import {
  CONTRACT,
  DISBURSE,
  EACH,
  EACH_BEFORE,
  FORECAST,
  FUNDING_VERB,
  PLEDGE,
  RECEIVE,
  REVENUE,
  VALUATION,
} from './lexicon.ts';
import {
  clauseStart,
  groupAfter,
  groupBefore,
  hypothetical,
  insideActor,
  isComplement,
  nearestDate,
  negated,
  passiveAgent,
  type ActorSpan,
  type AwardedContract,
  type Group,
  type SentenceView,
  type Span,
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
  /** The contract the sentence before awarded, whose value the next sentence may tell ("D'un montant de N, il…"). */
  contract?: { awarded: AwardedContract; sentence: number; paragraph: number };
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
/** Each family's words in a sentence, found once (a sentence may hold several amounts). */
const familyHits = new WeakMap<SentenceView, Record<Family, CueHit[]>>();

const RECIPIENT_PREPOSITIONS = new Set(['in', 'into', 'to', 'for', 'dans', 'à', 'au', 'aux', 'en', 'pour', 'of']);

interface Hit extends Span {
  text: string;
}

/** The last word of a family within [from, to), outside actor names ("Investment Bank" invests nothing). */
function lastMatch(family: Family, s: SentenceView, from: number, to: number): Hit | undefined {
  let hits = familyHits.get(s);
  if (!hits) {
    const scan = (f: Family) => familyScanners[f][s.language].scan(s).filter((h) => !insideActor(s, h.start, h.end));
    hits = { revenue: scan('revenue'), verb: scan('verb'), receive: scan('receive') };
    familyHits.set(s, hits);
  }
  let last: Hit | undefined;
  for (const h of hits[family])
    if (h.start >= from && h.end <= to) last = { start: h.start, end: h.end, text: s.text.slice(h.start, h.end) };
  return last;
}

interface Reading {
  funders: ActorSpan[];
  to?: ActorSpan;
  kind: FundingKind;
  rule: string;
  spans: Span[];
  inherited: boolean;
}

function kindFrom(s: SentenceView, verb: Hit): FundingKind {
  const clause = s.text.slice(clauseStart(s, verb.start), verb.end);
  if (PLEDGE[s.language].test(clause)) return 'pledged';
  if (DISBURSE[s.language].test(verb.text)) return 'disbursed';
  return 'invested';
}

/** The recipient introduced by "in", "dans", "au projet", "to the X project" shortly after `at`. */
const recipientAfter = (s: SentenceView, at: number): Group | undefined => {
  const g = groupAfter(s, at, 60);
  if (!g) return undefined;
  const words = s.text
    .slice(at, g.start)
    .toLowerCase()
    .split(/[^\p{L}'’]+/u);
  return words.some((w) => RECIPIENT_PREPOSITIONS.has(w)) ? g : undefined;
};

/** The amount is what a contract is worth: "un marché de N", "a €N contract", "a contract worth N". */
function isContract(s: SentenceView, money: MoneyMention): boolean {
  const { before, after } = CONTRACT[s.language];
  return (
    before.test(s.text.slice(Math.max(s.start, money.start - 40), money.start)) ||
    (after?.test(s.text.slice(money.end, Math.min(s.end, money.end + 30))) ?? false)
  );
}

/** Projects and offers: what an amount named with no recipient was most likely for. */
const PROJECT_KINDS = new Set(['programme', 'joint-venture', 'offer']);

function readFunding(s: SentenceView, money: MoneyMention, previous: Reading | undefined): Reading | undefined {
  const sentenceText = (from: number, to: number) => s.text.slice(from, to);
  // Revenue: a revenue word within a few words of the amount.
  const revenue = lastMatch('revenue', s, Math.max(s.start, money.start - 60), Math.min(s.end, money.end + 40));
  if (revenue) {
    const anchor = Math.min(revenue.start, money.start);
    let owner = groupBefore(s, anchor);
    const after = groupAfter(s, revenue.end, 20);
    if (after && /^\s*(?:de|du|d['’]|of)\s*$/iu.test(sentenceText(revenue.end, after.start))) owner = after;
    if (!owner) return undefined;
    return {
      funders: [],
      to: owner.members[0]!,
      kind: 'revenue',
      rule: 'funding.revenue',
      spans: [revenue, ...owner.members],
      inherited: false,
    };
  }
  // Ellipsis in an enumeration: "…, A et B 60 millions chacun et C 30 millions".
  const verb = lastMatch('verb', s, Math.max(s.start, money.start - 140), money.start);
  const adjacent = s.groups.find((g) => g.end <= money.start && /^\s*$/.test(sentenceText(g.end, money.start)));
  if (previous && adjacent && (!verb || verb.start <= previous.spans[0]!.start)) {
    return { ...previous, funders: adjacent.members, rule: 'funding.ellipsis', spans: [...adjacent.members] };
  }
  const contract = isContract(s, money);
  // "X lève N", "X raised N from Y", "X a remporté un marché de N auprès de Y": the subject receives.
  const receive = lastMatch('receive', s, Math.max(s.start, money.start - 60), money.start);
  if (receive) {
    const recipient = groupBefore(s, receive.start);
    if (!recipient) return undefined;
    const from = groupAfter(s, money.end, 60);
    // "auprès du fonds X", "from the state-owned bank X": a few lower-case words may describe the payer.
    const funders =
      from &&
      /\b(?:from|auprès d[eu'’]|de la part d[eu'’])\s*(?:the\s+|l['’]|la\s+|le\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu.test(
        sentenceText(money.end, from.start),
      )
        ? from.members
        : [];
    return {
      funders,
      to: recipient.members[0],
      kind: contract ? 'pledged' : 'invested',
      rule: contract ? 'funding.contract-won' : 'funding.raised',
      spans: [receive, ...recipient.members, ...funders],
      inherited: false,
    };
  }
  if (!verb) return undefined;
  const verbEnd = verb.end;
  const kind = contract ? 'pledged' : kindFrom(s, verb);
  const spans: Span[] = [verb];
  // Passive: "financé par X", or a gerund after a passive agent ("created by A and B by adding N").
  const agent =
    passiveAgent(s, verbEnd) ??
    s.groups.find(
      (g) => /^(?:by|par)$/u.test(g.wordBefore) && /^\s*,?\s*(?:by|en|par)\s*$/iu.test(sentenceText(g.end, verb.start)),
    );
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
  const subject = groupBefore(s, verb.start);
  const opensSentence = /^[\s\p{P}]*$/u.test(sentenceText(s.start, verb.start));
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
  if (!subject) return undefined;
  const recipient =
    recipientAfter(s, money.end) ??
    s.groups.find(
      (g) =>
        g.start >= verbEnd &&
        g.end <= money.start &&
        // "awarded X a €N contract": a contract's winner may be the verb's object with no preposition.
        (RECIPIENT_PREPOSITIONS.has(g.wordBefore) || (contract && !isComplement(g))),
    ) ??
    // Any other actor of the sentence named before the funder ("At the origin of this project, called Y, X wanted…").
    s.groups.find(
      (g) => g.end <= subject.start && !g.inParentheses && g.members.some((m) => PROJECT_KINDS.has(m.kind)),
    );
  return {
    funders: subject.members,
    to: recipient?.members[0],
    kind,
    rule: contract ? 'funding.contract' : 'funding.active',
    spans: [...spans, ...subject.members, ...(recipient?.members ?? [])],
    inherited: false,
  };
}

function forecast(s: SentenceView, money: MoneyMention, date: FuzzyDate | undefined): boolean {
  if (date && isAfterPublication(date, s.published)) return true;
  return FORECAST[s.language].test(s.text.slice(Math.max(clauseStart(s, money.start), money.start - 60), money.start));
}

export function proposeFundings(s: SentenceView, context: FundingContext): FundingDraft[] {
  const contract = context.contract;
  const awarded = s.actors.length >= 2 ? awardedContracts(s)[0] : undefined;
  if (awarded) context.contract = { awarded, sentence: s.index, paragraph: s.paragraph };
  // "… a été attribué à X. D'un montant de N, il couvre…": the value told right after the award.
  const valued =
    contract && contract.paragraph === s.paragraph && s.index === contract.sentence + 1 ? contract.awarded : undefined;
  if (s.money.length === 0 || (s.actors.length === 0 && !valued)) return [];
  const drafts: FundingDraft[] = [];
  let previous: Reading | undefined;
  for (const money of s.money) {
    if (negated(s, money.start, money.end) || hypothetical(s, money.start)) continue;
    const told = valued && CONTRACT_VALUE.test(s.text.slice(Math.max(s.start, money.start - 40), money.start));
    // A valuation is what a company is said to be worth, not money that moved (a contract's worth is).
    if (!told && VALUATION[s.language].test(s.text.slice(Math.max(s.start, money.start - 30), money.start))) continue;
    const reading: Reading | undefined = told
      ? {
          funders: [valued.buyer],
          to: valued.recipient,
          kind: 'pledged',
          rule: 'funding.contract-value',
          spans: [],
          inherited: true,
        }
      : s.actors.length > 0
        ? readFunding(s, money, previous)
        : undefined;
    if (!reading) continue;
    // Revenue aimed at, forecast, or dated after the publication is a target, not money made.
    const date = nearestDate(s, money.start)?.date;
    if (reading.kind === 'revenue' && forecast(s, money, date)) continue;
    if (!reading.to && context.last && context.last.paragraph === s.paragraph && s.index - context.last.sentence <= 2) {
      reading.to = context.last.to;
      reading.inherited = true;
    }
    const to = reading.to;
    if (!to) continue;
    previous = reading;
    context.last = { to, kind: reading.kind, sentence: s.index, paragraph: s.paragraph };
    // A place does not pay ("France wanted to invest" names no payer the knowledge base can hold).
    const funders = [
      ...new Map(reading.funders.filter((f) => f.id !== to.id && f.kind !== 'place').map((f) => [f.id, f])).values(),
    ];
    const firstFunder = reading.funders[0];
    const each =
      EACH.test(s.text.slice(money.end, money.end + 20)) ||
      (firstFunder !== undefined && EACH_BEFORE.test(s.text.slice(firstFunder.end, money.start)));
    const currency = money.currency ?? 'unspecified';
    // Payers first, then the fields in the knowledge base's order; set one by one rather than spread (the same keys).
    const fundingRecord = (payers: { from: string } | { funders: string[] } | Record<string, never>) => {
      const record: Partial<FundingDraft['record']> = payers;
      record.to = to.id;
      record.amount = money.amount;
      record.currency = currency;
      // A hedged figure ("autour de", "about") is proposed as approximate, as the ingest's value check reads it.
      if (money.approximate) record.approximate = true;
      record.kind = reading.kind;
      if (date) record.date = date;
      return record as FundingDraft['record'];
    };
    const confidence = clamp01(
      0.75 -
        (reading.inherited ? 0.2 : 0) -
        (funders.length === 0 && reading.kind !== 'revenue' ? 0.1 : 0) -
        (money.approximate ? 0.05 : 0),
    );
    const spans = [money, ...reading.spans];
    const records =
      funders.length <= 1 || each
        ? (funders.length === 0 ? [undefined] : funders).map((f) => fundingRecord(f ? { from: f.id } : {}))
        : [fundingRecord({ funders: funders.map((f) => f.id).sort() })];
    for (const record of records) {
      const payers = record.funders ? record.funders.join('+') : (record.from ?? '');
      drafts.push({
        key: [record.to, payers, record.amount, record.currency, record.kind].join('\u0000'), // joined: see relationKey
        record,
        source: s.source,
        spans,
        confidence,
        rule: reading.rule + (reading.inherited ? '+carried-recipient' : '') + (each ? '+each' : ''),
      });
    }
  }
  return drafts;
}
