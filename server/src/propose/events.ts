import { dateSpan, type FuzzyDate } from '../domain/dates.ts';
import type { DateMention } from '../ingest/extract/dates.ts';
import { deriveDate, type Derivation, type OffsetUnit } from '../domain/truth/derived.ts';
import { announcingWord, isAfterPublication, type EventStatus } from '../domain/truth/status.ts';
import type { EventKind, Language } from '../domain/vocabulary.ts';
import { clamp01, CueScanner, type EventDraft, type FundingDraft } from './drafts.ts';
import { awardedContracts } from './relations.ts';
import {
  ALLIANCE_VEHICLE,
  bi,
  CHAINED_LATER,
  STAFF_NOUN_AFTER,
  EVENT_TRIGGERS,
  FUTURE,
  isFrenchFuture,
  LEAD_TITLES,
  Marker,
  NEWS_PERFECT,
  PLAN,
  RECENCY,
  type Bilingual,
  type EventTrigger,
} from './lexicon.ts';
import {
  clauseStart,
  groupAfter,
  groupAfterParticiple,
  groupBefore,
  hasMarker,
  isComplement,
  hypothetical,
  lastInSentence,
  nearestDate,
  insideActor,
  negated,
  passiveAgent,
  type ActorSpan,
  type Group,
  type SentenceView,
  type Span,
} from './sentence.ts';

/**
 * Events: a date expression and an event word in one sentence ("lancé au printemps 2013", "IPO on October 15"),
 * or an event word with a recency cue ("vient de", "has just", "recent"), dated at the publication. The actor the
 * event happens to is its subject: the object of "launched X" or "the launch of X", the subject of "X shut down",
 * the subject of a passive "X was created by Y" (Y gets the trigger's other role).
 */

const scanners: Record<Language, CueScanner> = {
  fr: new CueScanner(EVENT_TRIGGERS.map((t) => t.fr.pattern)),
  en: new CueScanner(EVENT_TRIGGERS.map((t) => t.en.pattern)),
};

const recencyScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([RECENCY.fr]),
  en: new CueScanner([RECENCY.en]),
};
const newsPerfectScanner = new CueScanner([NEWS_PERFECT]);

const KIND_LABELS: Record<EventKind, Bilingual> = {
  founding: bi('création', 'founding'),
  launch: bi('lancement', 'launch'),
  announcement: bi('annonce', 'announcement'),
  funding: bi('financement', 'funding'),
  shutdown: bi('fermeture', 'shutdown'),
  withdrawal: bi('retrait', 'withdrawal'),
  appointment: bi('nomination', 'appointment'),
  departure: bi('départ', 'departure'),
  ipo: bi('introduction en Bourse', 'IPO'),
  election: bi('élection', 'election'),
  regulation: bi('réglementation', 'regulation'),
  report: bi('rapport', 'report'),
  partnership: bi('partenariat', 'partnership'),
  acquisition: bi('rachat', 'acquisition'),
  certification: bi('certification', 'certification'),
  publication: bi('publication', 'publication'),
  incident: bi('incident', 'incident'),
  question: bi('question au gouvernement', 'question to the government'),
  statement: bi('déclaration', 'statement'),
  results: bi('résultats', 'results'),
  contract: bi('contrat', 'contract'),
  protest: bi('mouvement de protestation', 'protest'),
  other: bi('déclaration', 'statement'),
};

interface Anchor extends Span {
  date: FuzzyDate;
  rule: string;
  derived?: Derivation;
  /** The words that tell a chained date ("two years after"). */
  cue?: string;
  /** "The launch comes a month after the company signed…": the event after the cue is the earlier one. */
  comesAfter?: boolean;
}

/**
 * A text's latest dated event so far, for the dates the text tells only against it ("two years later", "then").
 * `derived` pointers name it as `events/<draft key>`; the assembly turns the key into the event's id.
 */
export interface EventChain {
  last?: { key: string; date: FuzzyDate };
  /**
   * An interval told since that event by a sentence that proposed nothing ("two years after their launch, X had
   * only 2 M€ of revenue"): the next "a few months later" counts from there.
   */
  since?: Offset | undefined;
  /**
   * When `last` is background told in the pluperfect ("Telvia had signed a partnership in 2022"), the paragraph it
   * was told in and the story's event before it: a digression's dates chain within its paragraph ("X avait levé N en
   * 2019. Deux ans plus tard, il lançait Y"), a later paragraph's "a week later" counts from the story again.
   */
  background?: { paragraph: number; story: { key: string; date: FuzzyDate } | undefined };
  /** The day a sentence set its scene on ("Ils étaient cent, jeudi 15 mai, à…"), for the event told right after. */
  scene?: { sentence: number; paragraph: number; date: DateMention };
  /** The company the article is about so far (coreference's topic), for a company its founder calls "the company". */
  topic?: () => ActorSpan | undefined;
}

/** Keeps a sentence's one day-precise date as the scene of the next sentence (read before any rule runs). */
export function noteScene(chain: EventChain, sentence: number, paragraph: number, dates: readonly DateMention[]) {
  if (dates.length === 1 && dates[0]!.date.precision === 'day') chain.scene = { sentence, paragraph, date: dates[0]! };
}

/**
 * "Ils étaient une centaine, jeudi 15 mai, à se presser dans le hall. X a inauguré son centre": a news lead sets its
 * day in one sentence and tells the event in the next, which has no date of its own. Only a day (a year or a month
 * before is background), only when that sentence told no event of its own, only the very next sentence.
 */
function sceneAnchor(s: SentenceView, chain: EventChain): Anchor | undefined {
  const scene = chain.scene;
  if (!scene || scene.sentence !== s.index - 1 || scene.paragraph !== s.paragraph) return undefined;
  // "…mitigée mercredi matin. La veille, X a annoncé…": the day before the scene's, "le lendemain" the day after.
  const shift = DAY_AROUND.exec(s.text.slice(s.start, s.start + 30));
  if (shift) {
    const step = /veille|before|previous/iu.test(shift[1]!) ? -1 : 1;
    const day = new Date(`${scene.date.date.value}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) return undefined;
    day.setUTCDate(day.getUTCDate() + step);
    const value = day.toISOString().slice(0, 10);
    const date: FuzzyDate = {
      value,
      precision: 'day',
      basis: {
        fr: `« ${shift[1]} » : ${step < 0 ? 'la veille' : 'le lendemain'} du ${scene.date.date.value}`,
        en: `'${shift[1]}': the day ${step < 0 ? 'before' : 'after'} ${scene.date.date.value}`,
      },
    };
    return { start: s.start, end: s.start, date, rule: 'event.scene' };
  }
  return { start: s.start, end: s.start, date: scene.date.date, rule: 'event.scene' };
}
/** A sentence opening on the day before or after the scene's day, then a comma ("La veille de Noël" is another day). */
const DAY_AROUND =
  /^[\s\p{P}]*(la veille|le lendemain|the day before|the previous day|the next day|the following day|the day after)(?=\s*,)/iu;
type Offset = { amount: number; unit: OffsetUnit };

/** Two intervals told one after the other, in one unit; undefined when they do not add up (months and days). */
function addOffsets(a: Offset | undefined, b: Offset | undefined): Offset | undefined {
  if (!a || !b) return a ?? b;
  if (a.unit === b.unit) return { amount: a.amount + b.amount, unit: a.unit };
  const months = (o: Offset) => (o.unit === 'year' ? 12 * o.amount : o.unit === 'month' ? o.amount : undefined);
  const days = (o: Offset) => (o.unit === 'week' ? 7 * o.amount : o.unit === 'day' ? o.amount : undefined);
  const [ma, mb, da, db] = [months(a), months(b), days(a), days(b)];
  if (ma !== undefined && mb !== undefined) return { amount: ma + mb, unit: 'month' };
  if (da !== undefined && db !== undefined) return { amount: da + db, unit: 'day' };
  return undefined;
}

/** Between "after" and the earlier event's word: a determiner at most ("after their launch", "après son rachat"). */
const REFERENCE_EVENT =
  /^\s*(?:the|its|their|his|her|this|that|le|la|les|l['’]|son|sa|ses|leur|leurs|ce|cet|cette)?\s*$/iu;

export const DRAFT_POINTER = 'events/draft:';

const COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  eight: 8,
  huit: 8,
  nine: 9,
  neuf: 9,
  ten: 10,
  dix: 10,
  // "A few", "several", "quelques": 3, as the knowledge base's offset rule reads a vague count.
  'a few': 3,
  several: 3,
  quelques: 3,
};
const UNITS: [RegExp, OffsetUnit][] = [
  [/^(?:day|jour)/iu, 'day'],
  [/^(?:week|semaine)/iu, 'week'],
  [/^(?:month|mois)/iu, 'month'],
  [/^(?:year|an)/iu, 'year'],
];

interface ChainedCue {
  cue: string;
  start: number;
  /** The interval the cue states ("two years"), none for "then", "later". */
  offset?: Offset | undefined;
}

function chainedCue(s: SentenceView): ChainedCue | undefined {
  // Every match holds one of the interval words: a sentence without any (most) is not searched.
  if (!hasMarker(s, Marker.INTERVAL)) return undefined;
  const m = CHAINED_LATER[s.language].exec(s.text.slice(s.start, s.end));
  if (!m) return undefined;
  const { count, unit: countedUnit, nextUnit, nextDay, previousUnit, previousDay, sameDay } = m.groups ?? {};
  // "with immediate effect", "avec effet immédiat": the day of the event told before.
  if (sameDay !== undefined) return { cue: m[0], start: s.start + m.index, offset: { amount: 0, unit: 'day' } };
  // "le mois suivant", "the following year": one unit; "le lendemain", "the next day": one day; "le mois
  // précédent", "la veille": one unit or day before.
  const before = previousUnit !== undefined || previousDay !== undefined;
  const day = nextDay !== undefined || previousDay !== undefined ? 'day' : undefined;
  const unit = countedUnit ?? nextUnit ?? previousUnit ?? day;
  const amount =
    count !== undefined
      ? (COUNTS[count.toLowerCase()] ?? Number(count))
      : unit === undefined
        ? undefined
        : before
          ? -1
          : 1;
  const offsetUnit = unit === undefined ? undefined : UNITS.find(([re]) => re.test(unit))?.[1];
  return {
    cue: m[0],
    start: s.start + m.index,
    offset: amount !== undefined && offsetUnit ? { amount, unit: offsetUnit } : undefined,
  };
}

/**
 * "Two years later" after an event dated 2012: about 2014, derived by `offset` from that event ("then": `after`).
 * An interval an earlier sentence told since that event adds to this one.
 */
function chainedAnchor(found: ChainedCue, chain: EventChain): Anchor | undefined {
  const previous = chain.last;
  if (!previous) return undefined;
  const { cue, start } = found;
  const offset = addOffsets(chain.since, found.offset);
  if (chain.since && found.offset && !offset) return undefined;
  const since = chain.since ? `${chain.since.amount} ${chain.since.unit} + ` : '';
  const backwards = (offset?.amount ?? 0) < 0;
  const derivation: Derivation = {
    rule: offset ? 'offset' : 'after',
    from: [`${DRAFT_POINTER}${previous.key}`],
    ...(offset ? { offset } : {}),
    reasoning: {
      fr: `« ${cue} »${since ? ` (${since}cet intervalle)` : ''} ${backwards ? 'avant' : 'après'} l'événement daté ${previous.date.value} raconté avant.`,
      en: `'${cue}'${since ? ` (${since}this interval)` : ''} ${backwards ? 'before' : 'after'} the event dated ${previous.date.value} told before it.`,
    },
  };
  const derived = deriveDate(derivation, [previous.date]);
  if (!('value' in derived)) return undefined;
  return { start, end: start + cue.length, date: derived.value, rule: 'event.chained', derived: derivation, cue };
}

interface Found {
  trigger: EventTrigger;
  start: number;
  end: number;
}

function findTriggers(s: SentenceView): Found[] {
  const found: Found[] = [];
  for (const hit of scanners[s.language].scan(s)) {
    if (insideActor(s, hit.start, hit.end) || negated(s, hit.start, hit.end) || hypothetical(s, hit.start)) continue;
    const trigger = EVENT_TRIGGERS[hit.cue]![s.language];
    // "a retenu X", "started X": a supplier chosen, a company founded; not "a choisi de", "a retenu l'attention",
    // "started work".
    // ("la Région l'a retenue pour…": a clitic before the auxiliary names the one chosen, the article's subject)
    // ("X a été retenue en mars par Y pour…": a passive names the one chosen before it, the chooser after "par")
    if (
      NEEDS_A_NAME.test(s.text.slice(hit.start, hit.end)) &&
      !NAME_AFTER.test(s.text.slice(hit.end, hit.end + 40)) &&
      !(
        PASSIVE_CHOSEN.test(s.text.slice(Math.max(s.start, hit.start - 12), hit.start)) &&
        PASSIVE_FOR_A_TASK.test(s.text.slice(hit.end, Math.min(s.end, hit.end + 160)))
      ) &&
      !(
        CLITIC_CHOSEN.test(s.text.slice(Math.max(s.start, hit.start - 16), hit.start)) &&
        CHOSEN_FOR_A_TASK.test(s.text.slice(hit.end, hit.end + 60))
      )
    )
      continue;
    // "hackers breached X": an active "breached" names who was hit right after it ("breached its covenants" is none).
    if (
      /^breached$/iu.test(s.text.slice(hit.start, hit.end)) &&
      ((!/(?:was|were|been)\s+$/iu.test(s.text.slice(Math.max(s.start, hit.start - 8), hit.start)) &&
        !s.actors.some((a) => a.start >= hit.end && /^\s+(?:the\s+)?$/iu.test(s.text.slice(hit.end, a.start)))) ||
        // ("no hacker breached X", "nobody has breached X": a denial)
        /(?<![\p{L}])(?:no|nobody|no one|never|not)\s+(?:[\p{Ll}-]+\s+)?(?:has\s+|had\s+|ever\s+)?$/iu.test(
          s.text.slice(Math.max(s.start, hit.start - 30), hit.start),
        ))
    )
      continue;
    // "en rachetant ses propres actions", "by buying back its own shares": a buyback buys no company.
    if (trigger.kind === 'acquisition' && OWN_SHARES.test(s.text.slice(hit.end, hit.end + 40))) continue;
    // "by buying X in 2023", "en rachetant en 2023 X": a gerund buys the company named right after it, not "servers
    // from X", "X's software" nor "des serveurs à X".
    if (
      GERUND.test(s.text.slice(hit.start, hit.end)) &&
      !GERUND_OBJECT.test(s.text.slice(hit.end, Math.min(s.end, hit.end + 80)))
    )
      continue;
    // "Sa direction générale a été confiée à X": the post handed over owns the verb, no contract of its own.
    const handed = found.at(-1);
    if (trigger.kind === 'contract' && handed?.trigger.toWhom && hit.start - handed.end <= 40) continue;
    found.push({ trigger, start: hit.start, end: hit.end });
  }
  return found;
}

/**
 * "of X", "de X", "entre X" after a noun trigger, a few adjectives between: "the launch of S3NS", "le retrait de
 * Dassault", "l'espionnage systématique de la NSA"; never across a new noun phrase ("avec le concours du X").
 */
const NOUN_COMPLEMENT =
  /^(?:\s+(?!(?:avec|with|par|by|pour|for|dans|in|into|from|sur|on|chez|at|via|le|la|les|the|un|une|an?)\s)[\p{Ll}-]+){0,5}?\s*(?:of|de|du|des|d['’]|de l['’]|de la|between|entre)\s*(?:the\s+|l['’]|la\s+|le\s+)?$/iu;
/**
 * Only a comma (and an adverb) between a name and a participle: "Imperva, rachetée", "X, later acquired"; or a short
 * noun phrase in apposition: "X, une PME grenobloise fondée en 2016", "X, a Toulouse start-up founded in 2021"; in
 * French, an adjective may close the name's description first ("l'entreprise bordelaise, créée en 2020").
 */
const PARTICIPLE_AFTER_COMMA: Record<Language, RegExp> = {
  fr: /^(?:\s+\p{Ll}[\p{Ll}-]*)?\s*,\s*(?:(?:déjà|ensuite|puis|finalement|récemment)\s+|(?:une?|la|le|l['’])\s*(?:[\p{L}-]+\s+){1,3})?$/u,
  en: /^\s*,\s*(?:(?:already|then|later|eventually|recently)\s+|(?:an?|the)\s+(?:[\p{L}-]+\s+){1,3})?$/iu,
};
/** An apposition right after a name: "Patrick Starck, aujourd'hui sur le départ", "X, recently appointed". */
const APPOSITION = /^\s*,\s*[^,;:.]{0,30}$/u;
/** Who has results: businesses. */
const RESULTS_KINDS = new Set<string>(['company', 'joint-venture', 'organisation', 'offer']);
/** A comma and the main verb's auxiliaries only: what is before the comma closed an apposition ("…by A, was"). */
const APPOSITION_CLOSED = /^\s*,\s*(?:(?:was|were|is|are|has|have|had|been|a|ont|avait|avaient|est|sont|été)\s+)*$/u;
/** Words that put a name in a circumstance, not in the object: "launched following Snowden's revelations". */
const TIME_WORDS = new Set([
  'following',
  'after',
  'before',
  'since',
  'during',
  'suite',
  'après',
  'avant',
  'depuis',
  'pendant',
  'lors',
]);
/** "OVH's IPO", "X's €105 million seed round": a possessive right before the trigger. */
const POSSESSIVE = /^['’]s\s+(?:\p{Sc}?\p{N}[\p{N}.,]*\s*(?:\p{Sc}\s*)?(?:\p{L}+\s+)?)?(?:[\p{L}-]+\s+){0,2}$/u;

/** "son lancement", "its stock-market listing": a possessive determiner and at most one word before the event noun. */
const POSSESSIVE_DETERMINER = /(?:^|\s)(?:son|sa|ses|leur|leurs|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** A preposition and a possessive opening the sentence: "Depuis sa création", "Since its founding", "Dès son lancement". */
const OPENING_PREPOSITION =
  /^[\s\p{P}]*(?:depuis|dès|après|since|after|from)\s+(?:son|sa|ses|leur|its|their)\s+(?:[\p{Ll}-]+\s+)?$/iu;
/** A sentence opening on a company's shares: "Shares in X rose … on their first day of trading", "Les actions d'X". */
const SHARES_OF: Record<Language, RegExp> = {
  en: /^[\s\p{P}]*(?:The\s+)?(?:shares|stock)\s+(?:in|of)\s+$/iu,
  fr: /^[\s\p{P}]*(?:Les\s+actions|Le\s+titre|L['’]action)\s+(?:de\s+|d['’]|du\s+)$/iu,
};
/** The determiners alone, unanchored: a cheap first test (most event words follow none). */
const DETERMINER_WORD = /(?:^|\s)(?:son|sa|ses|leurs?|its|their|his|her)\s/iu;

/** A pluperfect auxiliary in the trigger's clause: "had signed a first", "avait levé". */
const PLUPERFECT = /(?:^|\s)(?:had|avait|avaient)\s[^,;]*$/u;
/** A relative clause opened before a name and not closed: ", which is backed by [X]". */
const RELATIVE_OPENED = /,\s*(?:which|who|that|qui|dont|que|qu['’])\s[^,]*$/iu;

/** Nothing but an auxiliary between a subject and its verb. */
const AUXILIARY_ONLY = /^\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+)?$/u;
/** A governing body's noun before the place that names it: "the state government of", "la ville de". */
const GOVERNED_BY =
  /(?:^|\s)(?:government|gouvernement|council|conseil(?:\s+(?:régional|départemental|municipal))?|ville|city|town|mairie|municipality|commune)\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?$/iu;
/** A sentence opening on a site and its owner: "Le centre de données d'", "Le nouveau site de ", "The new campus of". */
const SITE_OF_OPENING: Record<Language, RegExp> = {
  en: /^[\s\p{P}]*The\s+(?:new\s+)?(?:data\s+cent(?:re|er)|site|campus|plant|factory|office|headquarters)\s+of\s+$/u,
  fr: /^[\s\p{P}]*(?:Le|La|L['’])\s*(?:nouve(?:au|l|lle)\s+)?(?:centre(?:\s+de\s+données)?|data\s?cent(?:er|re)|site|campus|usine|siège|bureau)\s+(?:de\s+|d['’]|du\s+)$/u,
};
const HEAD_OF_OPENING: Record<Language, RegExp> = {
  en: new RegExp(
    `^[\\s\\p{P}]*(?:The|Its)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${LEAD_TITLES.en.source})\\s+of\\s+(?:the\\s+)?$`,
    'u',
  ),
  fr: new RegExp(
    `^[\\s\\p{P}]*(?:Le|La|L['’])\\s*(?:${LEAD_TITLES.fr.source})\\s+(?:de\\s+(?:la\\s+|l['’])?|du\\s+|d['’])$`,
    'u',
  ),
};

/** A sentence opening on a company's management: "La direction de X a annoncé", "The board of X approved". */
const MANAGEMENT_OF_OPENING: Record<Language, RegExp> = {
  fr: /^[\s\p{P}]*(?:La direction(?: générale)?|Les dirigeants|Le conseil d['’]administration|Le directoire|La formation restreinte|Le collège|La commission des sanctions)\s+(?:de\s+(?:la\s+|l['’])?|du\s+|d['’])$/u,
  en: /^[\s\p{P}]*The\s+(?:management|board(?:\s+of\s+directors)?|leadership|restricted committee|sanctions committee)\s+of\s+(?:the\s+)?$/u,
};
/** Its verb of deciding or telling before the event word: "a annoncé", "said", "approved". */
const MANAGEMENT_DECIDES =
  /(?<![\p{L}])(?:annonc\p{L}*|décid\p{L}*|confirm\p{L}*|valid\p{L}*|approuv\p{L}*|engag\p{L}*|lanc\p{L}*|acté|prononcé|infligé|said|says|announc\p{L}*|decided|approved|confirmed|agreed|launched|imposed)(?![\p{L}])/iu;

const AGENT_WORD = /(?:^|\s)(?:by|par)\s/u;
/** A second verb phrase joined to the event's: "and was bought", "et a été rachetée", "and opened". */
const SECOND_VERB_PHRASE = /\s(?:and|et)\s+\p{Ll}/u;
/** Where from, not what: "bought from X" (the seller), "bought it from X", "spun out of X" (the parent). */
const SOURCE_WORD = /^\s+(?:(?:it|them)\s+)?(?:from|(?:out|off)\s+(?:of|from))\s/u;
/** A name closing an agent in its clause: "X, founded in 2017 by former Y engineer [Z], raised…". */
function closesAgent(s: SentenceView, g: Group): boolean {
  const from = Math.max(s.start, s.text.lastIndexOf(',', g.start) + 1);
  return AGENT_WORD.test(s.text.slice(Math.max(from, g.start - 60), g.start));
}
// (the words between may hold a name that does not act: "X, which also secured SecNumCloud qualification")
/** A relative clause closed by a comma before the main verb, and one opened right after a name. */
/** A comma closing an apposition right before its verb (an auxiliary may come between). */
const APPOSITION_ENDS = /^\s*,\s*(?:(?:has|have|had|also|then|a|ont|avait|aussi)\s+)*$/u;
const RELATIVE_CLOSED =
  /^[^,;:.()]{0,40},\s*(?:(?:has|have|had|is|was|also|then|later|a|ont|avait|est|aussi|ensuite)\s+)*$/u;
const RELATIVE_AFTER_NAME = /^\s*,\s*(?:who|which|qui|dont)\s[^,;:.()]*$/iu;
const RELATIVE_SUBJECT = /^\s*,?\s*(?:which|that|who|qui)\s+(?:[^\s,;:.]+\s+){0,3}$/u;
/** A comparison opening the sentence: "Comme X, elle…", "Like X, it…", "Unlike X", "À l'instar de X". */
const COMPARED =
  /^[\s\p{P}]*(?:comme|like|unlike|as with|contrairement à|à l['’]instar d(?:e|u|es|['’]))\s*(?:l['’]|la |le |les |the )?$/iu;

/**
 * Whether a group can act for this trigger: a place is where things happen, not who acts (except where an election
 * is held); a certificate is what is obtained ("obtained ISO 27001 certification"), not who obtains it.
 */
const acts = (trigger: EventTrigger, g: Group) =>
  trigger.kind === 'election' || !g.members.every((m) => m.kind === 'place' || m.kind === 'certification');

/** "was acquired", "a été rachetée": a passive between a relative pronoun and its verb. */
const PASSIVE_AUXILIARY = /\s(?:was|were|been|is|are|été|est|sont|fut)\s/u;

/**
 * The object of a patient trigger: "launched S3NS", "lancé le projet X"; not "launched in 2010 following X",
 * "lancés avec le concours du X". A place is where something opens, not what opens ("opened a data centre near
 * Toulouse"); a name after "by" is the agent's side, never what was founded ("founded in 2018 by two former X
 * engineers").
 */
function objectAfter(s: SentenceView, f: Found): Group | undefined {
  const found = groupAfter(s, f.end, 60);
  // (review 17: "hired former Tessaro engineer A", "hired a former Tessaro engineer": a name modifying a staff noun is
  // no object; the staff named right after it are)
  const staff = found && s.language === 'en' ? STAFF_NOUN_AFTER.exec(s.text.slice(found.end, s.end)) : null;
  const named = staff ? groupAfter(s, found!.end + staff[0].length, 3) : undefined;
  const after = staff ? (named?.members.every((m) => m.kind === 'person') ? named : undefined) : found;
  return after &&
    !after.members.every((m) => m.kind === 'place') &&
    !after.inParentheses &&
    !isComplement(after) &&
    !ofAnotherNoun(s, f, after) &&
    !TIME_WORDS.has(after.wordBefore) &&
    !AGENT_WORD.test(s.text.slice(f.end, after.start)) &&
    !SOURCE_WORD.test(s.text.slice(f.end, after.start))
    ? after
    : undefined;
}

/** A noun of a tie to another actor and its "de"/"of", closing the text before a name ("filiale du groupe Y"). */
const RELATED_TO: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:filiale|maison mère|actionnaire|cliente?|concurrente?|rivale?|partenaire|fournisseur|sous-traitant|ancien(?:ne)?)\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’])?(?:groupe(?:\s+(?:de\s+|d['’])?[\p{L}-]+){0,3}\s+)?$/iu,
  en: /(?<![\p{L}])(?:subsidiary|parent|shareholder|customer|client|rival|competitor|partner|supplier|unit|division)\s+of\s+(?:the\s+)?(?:group\s+)?$/iu,
};
/** Between a name and the noun apposed to it: "X, filiale de", "X, a rival of". */
const APPOSED_HEAD = /^\s*,\s*(?:(?:la|le|l['’]|une?|the|an?)\s*)?(?:[\p{Ll}-]+\s+)?$/u;

/** Verbs of choosing or starting, and the name they need right after (case-sensitive: a capital). */
const NEEDS_A_NAME = /^(?:retenue?s?|choisie?s?|sélectionnée?s?|started)$/iu;
/** The gerunds of buying, and the name they need right after (a date may come between). */
const GERUND = /^(?:rachetant|acquérant|reprenant|buying|acquiring|purchasing)$/iu;
const GERUND_OBJECT =
  /^\s+(?:(?:en|in)\s+(?:\p{L}+\s+)?\d{4}\s+)?(?:(?:la|le|les|l['’]|the)\s*)?(?:(?:société|entreprise|start-up|groupe|company|firm|group|start-?up)\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*(?![\p{L}\p{N}&.-]|['’]s\s|\s+\p{Lu})/u;
/** A company's own shares after a verb of buying: "ses propres actions", "back its own shares". */
const OWN_SHARES =
  /^\s+(?:back\s+)?(?:ses|leurs|its|their)\s+(?:own\s+|propres\s+)?(?:shares|stock|actions|titres)(?![\p{L}])/iu;
/** A possessive opening the noun phrase that ends on an offer's name: "its managed Kubernetes service, ", "son offre ". */
const POSSESSED_OFFER =
  /(?:^|\s)(?:its|their|son|sa|leur)\s(?:[^,;:.'’]{0,40}\s)?(?:service|offer|offering|platform|product|solution|software|offre|plateforme|produit|logiciel|solution|IaaS|PaaS|SaaS)(?:\s[^,;:.]{0,40})?,?\s*$/iu;
const OWNER_KINDS = new Set<string>(['company', 'organisation', 'joint-venture']);
/**
 * "X said that its managed Kubernetes service, X Kube, has received SecNumCloud", "X a annoncé que son offre Y avait
 * obtenu la qualification": an offer its owner's possessive introduces is certified for its owner, who is the
 * event's main actor (the curators' guide: the company first, the offer second).
 */
function withOfferOwner(s: SentenceView, subject: Group, topic?: ActorSpan): Group {
  const offer = subject.members[0]!;
  if (subject.members.length !== 1 || offer.kind === 'person' || offer.kind === 'place') return subject;
  const before = s.text.slice(Math.max(s.start, subject.start - 70), subject.start);
  const possessive = POSSESSED_OFFER.exec(before);
  if (!possessive) return subject;
  // (the nearest name before the possessive, across a reporting verb: "X said on Tuesday that its service…")
  const at = subject.start - before.length + possessive.index + 1;
  const owner = s.groups.findLast((g) => g.end <= at && !isComplement(g));
  const member = owner?.members.find((m) => OWNER_KINDS.has(m.kind));
  if (member) return { ...subject, members: [member, offer] };
  // "Sa plateforme X a obtenu en juin la certification", "Its platform, X, was certified" opening the sentence: the
  // owner is the company the article is about, named before.
  if (
    !owner &&
    topic?.kind === 'company' &&
    topic.id !== offer.id &&
    /^[\s\p{P}]*$/u.test(s.text.slice(s.start, at - 1))
  )
    return { ...subject, members: [{ ...topic, start: at, end: at + 3 }, offer] };
  return subject;
}

/** "l'a retenue", "les ont choisis": the one chosen told by a clitic pronoun before the auxiliary. */
const CLITIC_CHOSEN = /(?:^|\s)(?:l['’]|les\s+)(?:a|ont|avait|avaient)\s+$/iu;
/** The task the one chosen will do ("l'a retenue pour héberger"), not a ranking or a grant ("dans son classement"). */
const CHOSEN_FOR_A_TASK = /^(?:\s+[^\s,;:.]+){0,3}?\s+pour\s+(?:l['’]|les?\s+|la\s+)?\p{Ll}+(?:er|ir|re)(?![\p{L}])/u;
/** "a été retenue", "avaient été choisis": the auxiliaries of a passive choice (the lexicon wants "par" after it). */
const PASSIVE_CHOSEN = /(?:^|\s)(?:a|ont|avait|avaient|avoir)\s+été\s+$/u;
/**
 * The chooser, then the task the one chosen will do or the contract: "par Y pour héberger", "par Y dans le cadre d'un
 * marché"; not a programme joined ("par Bpifrance pour rejoindre son accélérateur", "dans le cadre du programme P").
 */
const PASSIVE_FOR_A_TASK =
  /^[^.;:]{0,80}?\spar\s[^.;:]{0,60}?\s(?:pour\s+(?:l['’]|les?\s+|la\s+)?(?!(?:rejoindre|intégrer|participer|concourir|suivre|représenter)(?![\p{L}]))\p{Ll}+(?:er|ir|re)(?![\p{L}])|(?:pour|dans\s+le\s+cadre\s+d['’])\s*(?:un|une|le|la)\s+(?:[\p{L}-]+\s+){0,2}?(?:contrat|marché|appel\s+d['’]offres|accord-cadre))/iu;
const NAME_AFTER = /^\s+(?:(?:la|le|les)\s+|l['’])?(?:(?:société|entreprise|start-up|PME|groupe)\s+)?\p{Lu}/u;

/** A site's noun and the comma before its name: "its first facility, ", "son nouveau bâtiment, ". */
/**
 * A site named with its place or its owner after an opening verb: "X a inauguré son centre de données de Sophia
 * Antipolis" (the place is where: X's launch), "Le maire a inauguré le centre de données d'X" (X's site: X's launch,
 * not the mayor's). Group 1: a possessive determiner.
 */
const SITE_OF_AFTER =
  /^\s+(?:(son|sa|ses|leurs?|its|their)|le|la|les|l['’]|the|a|an|un|une)\s*(?:[\p{L}-]+\s+){0,2}?(?:centres?\s+de\s+données|data\s?cent(?:er|re)s?|datacenters?|sites?|campus|bâtiments?|usines?|facilit(?:y|ies)|plants?|buildings?)(?:\s+[\p{Ll}-]+){0,2}?\s+(?:de|du|d['’]|of|à|in|at)\s*(?:la\s+|l['’]|the\s+)?$/iu;
const SITE_APPOSED: Record<Language, RegExp> = {
  en: /^\s+(?:its|their|a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:facility|site|data\s+cent(?:re|er)|campus|building|plant|hall)\s*,\s*$/u,
  fr: /^\s+(?:son|sa|leur|un|une|le|la)\s+(?:[\p{Ll}-]+\s+){0,2}(?:site|bâtiment|centre(?:\s+de\s+données)?|campus|data\s?cent(?:er|re)|usine)(?:\s+[\p{Ll}-]+)?\s*,\s*$/u,
};
/** A sentence opening on a thing no name says: "The service, launched by X", "L'offre, lancée par X". */
const UNNAMED_THING_BEFORE =
  /^[\s\p{P}]*(?:The|This|Le|La|L['’]|Cette|Ce|Cet)\s*(?:[\p{Ll}-]+\s+)?(?:service|offer|offering|platform|product|software|tool|offre|plateforme|produit|logiciel|outil|solution)\s*,\s*$/u;

/** "X's rival Y": the name before "'s" owns the one that acts. */
const POSSESSIVE_AFTER = /^['’]s\s/u;

/** Between an attack and whom it hit: "on", "against", "contre", "visant". */
const HIT_BY = /^\s+(?:on|against|contre|visant)\s+(?:(?:the|la|le|les)\s+|l['’])?$/iu;

/** A name closing "de/du/of" (and "groupe", "group", a few words: "du groupe de BTP girondin"): a noun's complement. */
const OF_NAME =
  /\s(?:de|du|des|d['’]|of)\s*(?:(?:la|le|les|the)\s+|l['’])?(?:(?:groupe|group|société|company|firm|entreprise)(?:\s+(?:de\s+|d['’])?[\p{L}-]+){0,3})?\s*$/iu;
/**
 * A name that complements another noun than the trigger: in "l'entreprise, créée en 2020 et filiale du groupe Y",
 * "launched in 2021 as a unit of Y", Y is not what was founded or launched ("la création de Y" is: NOUN_COMPLEMENT).
 */
function ofAnotherNoun(s: SentenceView, f: Found, g: Group): boolean {
  const between = s.text.slice(f.end, g.start);
  return OF_NAME.test(between) && !NOUN_COMPLEMENT.test(between);
}

/**
 * The name before a verb that is its subject: "X, who ran the cloud unit of Y for years, founded Z", "X, qui a dirigé
 * Y, a rejoint Z": a name closing a relative clause is the clause's; the main verb is its antecedent's.
 */
function subjectBefore(s: SentenceView, f: Found): Group | undefined {
  const before = groupBefore(s, f.start);
  if (before) {
    // "La filiale du groupe Y a ouvert", "X, a rival of Y, raised": Y is the noun's complement, not the subject; the
    // name the noun is apposed to is.
    const lead = s.text.slice(Math.max(s.start, before.start - 80), before.start);
    const related = RELATED_TO[s.language].exec(lead);
    if (related) {
      const at = before.start - lead.length + related.index;
      return s.groups.findLast((g) => g.end <= at && APPOSED_HEAD.test(s.text.slice(g.end, at)));
    }
  }
  // "X, founded in 2009 by A and B, posted…", "X, créée en 2012 par A et B, a réalisé…": the agent closes the
  // subject's apposition; the name before the apposition is the subject.
  if (before && APPOSITION_ENDS.test(s.text.slice(before.end, f.start)) && closesAgent(s, before)) {
    const opener = s.text.lastIndexOf(',', before.start);
    const head =
      opener > s.start
        ? s.groups.findLast((g) => g.end <= opener && /^\s*$/u.test(s.text.slice(g.end, opener)))
        : undefined;
    if (head && !isComplement(head)) return head;
  }
  // "Marta Lind, a former Siemens engineer, resigned": a name inside a noun apposition describes the head before it.
  if (
    before &&
    NOUN_APPOSITION_OPENS.test(s.text.slice(Math.max(s.start, before.start - 40), before.start)) &&
    NOUN_APPOSITION_CLOSES.test(s.text.slice(before.end, f.start))
  ) {
    const opener = s.text.lastIndexOf(',', before.start);
    const head = s.groups.findLast((g) => g.end <= opener && /^\s*$/u.test(s.text.slice(g.end, opener)));
    if (head && !isComplement(head)) return head;
  }
  if (!before || !RELATIVE_CLOSED.test(s.text.slice(before.end, f.start))) return before;
  const antecedent = s.groups.findLast(
    (g) => g.end <= before.start && RELATIVE_AFTER_NAME.test(s.text.slice(g.end, before.start)),
  );
  return antecedent ?? before;
}

const NOUN_APPOSITION_OPENS = /,\s*(?:an?|the|un|une|le|la|l['’])\s*(?:[\p{Ll}-]+\s+){0,3}$/u;
const NOUN_APPOSITION_CLOSES = /^(?:\s+[\p{Ll}-]+){1,3}\s*,\s*$/u;

/** ", and ", ", et " closing an apposition to the name before: "A, the Amsterdam provider of X, and B announced". */
const AND_AFTER_APPOSITION = /^\s*,\s*[^,;:.()]{1,80},\s*(?:and|et)\s+$/u;
/**
 * A subject coordinated across the first one's apposition ("Dekker, the Amsterdam-based provider of storage, and
 * Orange today announced a partnership"): both act, the first named first.
 */
function withApposedFirst(s: SentenceView, subject: Group): Group {
  const first = s.groups.findLast(
    (g) =>
      g.end < subject.start &&
      !isComplement(g) &&
      g.members.every((m) => m.kind !== 'place') &&
      AND_AFTER_APPOSITION.test(s.text.slice(g.end, subject.start)),
  );
  // (the apposition names no one but a place: "A, a unit of B, and C" is left as it was)
  if (
    !first ||
    s.groups.some(
      (h) =>
        h.start > first.end && h.end <= subject.start && h !== subject && h.members.some((m) => m.kind !== 'place'),
    )
  )
    return subject;
  return { ...subject, members: [...first.members, ...subject.members] };
}

/**
 * A founding told from its founder's side in a relative clause whose object is the company: "Julie Mauve,
 * présidente d'Ortie, société qu'elle a cofondée en 2018", "La fondatrice de X, qu'elle a créée en 2016",
 * "directrice générale de l'entreprise qu'elle a fondée en 2015", "Peter Lark, Ortie's chief executive, who founded
 * the company in 2012". The relative pronoun (FR "qu'elle/qu'il a", EN "who … the company/firm/it") leaves the
 * company either in the title right before the clause or unnamed; the founder is the person named before.
 */
const FOUNDER_RELATIVE: Record<Language, RegExp> = {
  fr: /(?:^|[\s,])qu['’](?:elle|il)s?\s+(?:l['’])?(?:a|ont|avait|avaient)\s+$/iu,
  en: /(?:^|[\s,])who\s+(?:had\s+|later\s+|also\s+|then\s+)?$/iu,
};
/** What an English "who founded" founded: a description of the company or "it", never a name (read by `parties`). */
const FOUNDED_DESCRIPTION =
  /^\s+(?:(?:the|this|that|her|his|their)\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|business|start-?up|group|venture|platform|provider|operator)|it)(?![\p{L}])/iu;
/** A head's or founder's title naming the company: "présidente d'X", "fondatrice de X", "X's chief executive". */
const TITLE_OF_COMPANY: Record<Language, RegExp> = {
  fr: /(?:président|présidente|PDG|directeur|directrice|dirigeant|dirigeante|fondateur|fondatrice|cofondateur|cofondatrice|patron|patronne|gérant|gérante)(?:\s+générale?)?\s+(?:de\s+(?:la\s+société\s+)?|d['’]|du\s+)$/iu,
  en: /^['’]s\s+(?:co-?)?(?:chief executive|CEO|founder|boss|chairman|chairwoman|chair|president|head|managing director)\s*,\s*$/iu,
};
/** Between the company and the relative: ", ", ", société ", ", a firm ". */
const COMPANY_CLOSES_TITLE =
  /^\s*,\s*(?:(?:la\s+|une\s+|the\s+|an?\s+)?(?:société|entreprise|start-up|jeune pousse|firme|company|firm|startup)\s*)?$/iu;

/** The French relative's antecedent, a company's noun: "l'entreprise qu'elle a fondée", "la société qu'il a créée". */
const COMPANY_BEFORE_RELATIVE =
  /(?<![\p{L}])(?:société|entreprise|start-?up|jeune pousse|firme|PME|ESN|groupe|éditeur|hébergeur)(?:\s+[\p{Ll}-]+)?\s*,?\s*qu['’](?:elle|il)s?\s+(?:l['’])?(?:a|ont|avait|avaient)\s+$/iu;

function founderRelative(s: SentenceView, f: Found, topic?: ActorSpan): { subject: Group; other?: Group } | undefined {
  if (f.trigger.kind !== 'founding') return undefined;
  if (!FOUNDER_RELATIVE[s.language].test(s.text.slice(Math.max(s.start, f.start - 30), f.start))) return undefined;
  if (s.language === 'en' && !FOUNDED_DESCRIPTION.test(s.text.slice(f.end, Math.min(s.end, f.end + 40))))
    return undefined;
  const before = s.groups.filter((g) => g.end <= f.start);
  const founder = before.findLast((g) => g.members.every((m) => m.kind === 'person'));
  // The company in the title closing the apposition right before the relative.
  const company = before.findLast((g) => {
    if (founder && g.start < founder.end) return false;
    if (!g.members.every((m) => OWNER_KINDS.has(m.kind))) return false;
    const tail = s.text.slice(g.end, f.start).replace(FOUNDER_RELATIVE[s.language], '');
    if (s.language === 'en') return TITLE_OF_COMPANY.en.test(tail);
    return (
      COMPANY_CLOSES_TITLE.test(tail) &&
      TITLE_OF_COMPANY.fr.test(s.text.slice(Math.max(s.start, g.start - 40), g.start))
    );
  });
  if (company) return { subject: company, ...(founder ? { other: founder } : {}) };
  if (!founder) return undefined;
  // No company named ("directrice générale de l'entreprise qu'elle a fondée en 2015", "who co-founded the company"):
  // the company the article is about, else the founder's founding. In French the relative's antecedent must be a
  // company's noun ("de l'association qu'elle a fondée", "du festival qu'il a créé" found no company).
  if (s.language === 'fr' && !COMPANY_BEFORE_RELATIVE.test(s.text.slice(Math.max(s.start, f.start - 60), f.start)))
    return undefined;
  if (topic?.kind === 'company')
    return {
      subject: { ...founder, members: [{ ...topic, start: f.start, end: f.end }], start: f.start, end: f.end },
      other: founder,
    };
  return { subject: founder };
}

function parties(s: SentenceView, f: Found, topic?: ActorSpan): { subject?: Group; other?: Group } {
  const { trigger } = f;
  const founded = founderRelative(s, f, topic);
  if (founded) return founded;
  const last = groupBefore(s, f.start, { reach: 400 });
  // "a cédé la direction générale à X": the one handed the post.
  if (trigger.toWhom) {
    const to = groupAfter(s, f.end, 90);
    return to && /(?:à|to)\s+$/u.test(s.text.slice(f.end, to.start))
      ? { subject: to, other: groupBefore(s, f.start) }
      : {};
  }
  const possessor = s.groups.find((g) => g.end <= f.start && POSSESSIVE.test(s.text.slice(g.end, f.start)));
  if (possessor) return { subject: possessor };
  // "Créée en 2012 à Rennes, l'entreprise…", "Founded in 2015 by A, X…": an opening participle's subject follows
  // the clause's comma.
  if (/^[\s\p{P}]*$/u.test(s.text.slice(s.start, f.start))) {
    const main = s.groups.find(
      (g) => g.start > f.end && !g.inParentheses && /,\s*$/u.test(s.text.slice(f.end, g.start)),
    );
    if (main) return { subject: main, other: passiveAgent(s, f.end) };
  }
  // "depuis son lancement", "since its launch": the event is the owner's, named earlier, never a name after it; "its"
  // and "their" own what an organisation is ("Ronan Keane, who chaired Veltrix's board since its listing": Veltrix's).
  const lead = s.text.slice(Math.max(s.start, f.start - 24), f.start);
  const determiner = DETERMINER_WORD.test(lead) ? POSSESSIVE_DETERMINER.exec(lead) : null;
  if (determiner) {
    // "Depuis sa création en 2019, X a levé…", "Since its founding in 2019, X has…": the main clause's subject owns it.
    const owner =
      groupBefore(s, f.start) ??
      s.groups.find((g) => g.end <= f.start && SHARES_OF[s.language].test(s.text.slice(s.start, g.start))) ??
      (OPENING_PREPOSITION.test(s.text.slice(s.start, f.start))
        ? // (an apposition to the agent may come first: "Depuis son rachat en 2021 par Y, spécialiste lyonnais de…, X a…";
          // a purchase's agent only: "Depuis son arrivée en 2021 chez Y, fonds lyonnais, A" launches nothing of A's)
          s.groups.find(
            (g) =>
              g.start > f.end &&
              (/^[^,;:]*,\s*$/u.test(s.text.slice(f.end, g.start)) ||
                (trigger.kind === 'acquisition' &&
                  /^[^,;:]*?(?<![\p{L}])(?:par|by)\s[^,;:]*,[^,;:()]{1,80},\s*$/u.test(s.text.slice(f.end, g.start)))),
          )
        : undefined);
    // English says whose: "its" an organisation's, "his"/"her" a person's.
    const want = /^\s*(?:its|their)\s/iu.test(determiner[0])
      ? (m: ActorSpan) => m.kind !== 'person' && m.kind !== 'place'
      : /^\s*(?:his|her)\s/iu.test(determiner[0])
        ? (m: ActorSpan) => m.kind === 'person'
        : undefined;
    if (!owner || !want || owner.members.some(want)) return owner ? { subject: owner } : {};
    const fitting = s.actors.findLast((a) => a.end <= f.start && want(a));
    return fitting ? { subject: { ...owner, members: [fitting] } } : {};
  }
  // "X, which should see the light of day in 2024", "X qui verra le jour": the relative pronoun's antecedent.
  const antecedent = s.groups.findLast((g) => g.end <= f.start && RELATIVE_SUBJECT.test(s.text.slice(g.end, f.start)));
  // "a data center in Rennes, which it opened in May 2024", "un site à Brest, qu'elle a ouvert en 2021": the pronoun
  // stands for the sentence's subject; the place the clause hangs on is only where.
  if (
    antecedent &&
    antecedent.members.every((m) => m.kind === 'place') &&
    /^\s*,?\s*(?:which|that)\s+(?:it|they)\s+(?:[^\s,;:.]+\s+)?$|^\s*,?\s*qu['’](?:elle|il)s?\s+(?:a|ont|avait|avaient)\s+$/iu.test(
      s.text.slice(antecedent.end, f.start),
    )
  ) {
    const first = s.groups[0];
    return first && first.start < antecedent.start && acts(trigger, first) ? { subject: first } : {};
  }
  if (antecedent) {
    // "X, which the Commission approved in 2023", "X, que Thales a lancé": the relative clause has a subject of its
    // own; the antecedent is its object.
    const own = s.groups.find((h) => h.start >= antecedent.end && h.end <= f.start && acts(trigger, h));
    if (own) return trigger.patient ? { subject: antecedent, other: own } : { subject: own, other: antecedent };
    // "X, who founded Y in 2019", "X, qui a lancé Y en 2023": an active verb's antecedent acts; what it names is
    // the event's ("X, which was acquired in 2023", "qui a été rachetée" stay X's). A buyer is its purchase's main
    // actor (the curators' guide): "X, qui a racheté Y" is X's, with Y.
    const object =
      trigger.patient && !PASSIVE_AUXILIARY.test(s.text.slice(antecedent.end, f.start)) && objectAfter(s, f);
    if (!object) return { subject: antecedent };
    return trigger.kind === 'acquisition'
      ? { subject: antecedent, other: object }
      : { subject: object, other: antecedent };
  }
  // (No name between them: in "…du C, X avait levé", C's comma opens X's clause, not an apposition to C.)
  // (Not a name closing a relative clause: "X, which is backed by Y, raised…" is X's raise; nor a complement closing
  // an apposition: in "X, a venture created by A and B, was certified", A and B are not what is certified.)
  const apposed = s.groups.find(
    (g) =>
      g.end <= f.start &&
      acts(trigger, g) &&
      APPOSITION.test(s.text.slice(g.end, f.start)) &&
      !((isComplement(g) || closesAgent(s, g)) && APPOSITION_CLOSED.test(s.text.slice(g.end, f.start))) &&
      !COMPARED.test(s.text.slice(s.start, g.start)) &&
      !s.groups.some((h) => h.start >= g.end && h.end <= f.start) &&
      !RELATIVE_OPENED.test(s.text.slice(Math.max(s.start, g.start - 80), g.start)),
  );
  if (apposed && !trigger.patient) return { subject: apposed };
  // "Imperva, rachetée fin 2023", "a rival of X, acquired in 2023 by Y": a participle right after a name's comma
  // tells what happened to that name, the patient (a complement too).
  const participle =
    trigger.patient &&
    s.groups.findLast(
      (g) =>
        g.end <= f.start &&
        acts(trigger, g) &&
        PARTICIPLE_AFTER_COMMA[s.language].test(s.text.slice(g.end, f.start)) &&
        // (not a name closing a relative clause: "X, who ran Y, founded Z" is a past tense, not Y's participle)
        !RELATIVE_OPENED.test(s.text.slice(Math.max(s.start, g.start - 80), g.start)),
    );
  if (participle) return { subject: participle, other: passiveAgent(s, f.end) };
  // ("was founded in 2010 and was bought by Y": Y is the second verb's agent, not the founder)
  const ownAgent = passiveAgent(s, f.end);
  const agent = ownAgent && !SECOND_VERB_PHRASE.test(s.text.slice(f.end, ownAgent.start)) ? ownAgent : undefined;
  // Only a participle clause opening the sentence has its subject after its agent ("Fondée par A, X…").
  const opensSentence = /^[\s\p{P}]*$/u.test(s.text.slice(s.start, f.start));
  // "le rachat de X par Y": the noun's complement is what was bought, the agent the buyer.
  const complement = agent && groupAfter(s, f.end, 60);
  if (complement && complement.start < agent.start && NOUN_COMPLEMENT.test(s.text.slice(f.end, complement.start)))
    return { subject: complement, other: agent };
  // ("The service, launched by X in 2021, …": what was launched is no actor; its launcher's launch)
  if (agent)
    return {
      subject:
        last ??
        (opensSentence ? groupAfterParticiple(s, agent) : undefined) ??
        (trigger.kind === 'launch' &&
        UNNAMED_THING_BEFORE.test(s.text.slice(s.start, f.start)) &&
        !POSSESSIVE_AFTER.test(s.text.slice(agent.end, agent.end + 3))
          ? agent
          : undefined),
      other: agent,
    };
  const after = groupAfter(s, f.end, 60);
  const siteOf = trigger.kind === 'launch' && after ? SITE_OF_AFTER.exec(s.text.slice(f.end, after.start)) : null;
  if (siteOf && after) {
    const opener = subjectBefore(s, f);
    // (its site: the opener's; the site of a named organisation: that organisation's, whoever cut the ribbon)
    if (siteOf[1] !== undefined) {
      if (opener && acts(trigger, opener) && !opener.members.every((m) => m.kind === 'person'))
        return { subject: opener };
    } else if (
      after.members.every((m) => OWNER_KINDS.has(m.kind)) &&
      /(?:de|du|d['’]|of)\s*(?:la\s+|l['’]|the\s+)?$/iu.test(siteOf[0])
    )
      return { subject: after, ...(opener ? { other: opener } : {}) };
  }
  // "A and B form an alliance via the X project": the alliance is X's, A and B its partners.
  if (trigger.kind === 'partnership' && after && ALLIANCE_VEHICLE.test(s.text.slice(f.end, after.start)))
    return { subject: after, other: groupBefore(s, f.start) };
  // "The attack on X", "l'attaque contre X": who was hit.
  if (trigger.kind === 'incident' && after && acts(trigger, after) && HIT_BY.test(s.text.slice(f.end, after.start)))
    return { subject: after };
  // "hackers breached X", "des pirates ont piraté X": a transitive incident verb's object is who was hit.
  if (
    trigger.kind === 'incident' &&
    after &&
    acts(trigger, after) &&
    /^(?:breached|hacked)$/iu.test(s.text.slice(f.start, f.end)) &&
    /^\s+(?:the\s+)?$/iu.test(s.text.slice(f.end, after.start))
  )
    return { subject: after };
  // ("took over as chief executive of X": the newcomer's post, whose holder is before the verb.)
  const newcomer = trigger.kind === 'appointment' && !trigger.patient;
  // ("a inauguré son centre de Mérignac": a place is where, not what, as in objectAfter)
  const between = after && s.text.slice(f.end, after.start);
  if (after && !newcomer && acts(trigger, after) && NOUN_COMPLEMENT.test(between!) && !SOURCE_WORD.test(between!))
    return { subject: after, other: groupBefore(s, f.start) };
  const object = trigger.patient ? objectAfter(s, f) : undefined;
  // "X opened its first facility, BIO1, in 2022", "a inauguré son premier bâtiment, P1": a site named in apposition
  // is where, the opener's launch.
  const opener =
    object && trigger.kind === 'launch' && SITE_APPOSED[s.language].test(s.text.slice(f.end, object.start))
      ? subjectBefore(s, f)
      : undefined;
  // (the site is no launcher: it takes no part in the event's actors)
  if (opener && acts(trigger, opener)) return { subject: opener };
  if (object) return { subject: object, other: subjectBefore(s, f) };
  // "The state government of Styria selected X", "la ville de Lyon a choisi X": the body is named by its place.
  const governed = s.groups.findLast((g) => g.end <= f.start && AUXILIARY_ONLY.test(s.text.slice(g.end, f.start)));
  if (governed && GOVERNED_BY.test(s.text.slice(Math.max(s.start, governed.start - 50), governed.start)))
    return { subject: governed, other: after };
  // "X, a provider based in P, has signed…": a place the subject's apposition names is not who acts.
  let before = subjectBefore(s, f);
  while (before && !acts(trigger, before)) before = groupBefore(s, before.start);
  if (before)
    return {
      subject: withApposedFirst(s, before),
      other:
        after &&
        !ofAnotherNoun(s, f, after) &&
        // (review 17: "hired a former Tessaro engineer": the staff noun's modifier takes no part)
        !(s.language === 'en' && STAFF_NOUN_AFTER.test(s.text.slice(after.end, s.end))) &&
        !SECOND_VERB_PHRASE.test(s.text.slice(f.end, after.start)) &&
        !SOURCE_WORD.test(s.text.slice(f.end, after.start))
          ? after
          : undefined,
    };
  // "The chairman of X, …, has resigned", "Le président de X a démissionné": a departure or appointment at the head
  // of X is X's.
  const headed = (trigger.kind === 'departure' || trigger.kind === 'appointment') && s.groups[0];
  if (headed && headed.end <= f.start && HEAD_OF_OPENING[s.language].test(s.text.slice(s.start, headed.start)))
    return { subject: headed };
  // "La direction de X a annoncé la suppression de 45 postes": the management speaks and acts for X (by a verb of
  // deciding or telling: "a reçu une offre de rachat", "met Y to discuss a takeover" is no act of X's).
  const managed = s.groups[0];
  if (
    managed &&
    managed.end <= f.start &&
    MANAGEMENT_OF_OPENING[s.language].test(s.text.slice(s.start, managed.start)) &&
    MANAGEMENT_DECIDES.test(s.text.slice(managed.end, f.start))
  )
    return { subject: managed };
  // "Le centre d'X à Lille a ouvert ses portes", "The new campus of X opened": the site's owner opened (or closed) it.
  const owner = (trigger.kind === 'launch' || trigger.kind === 'shutdown') && s.groups[0];
  if (owner && owner.end <= f.start && SITE_OF_OPENING[s.language].test(s.text.slice(s.start, owner.start)))
    return { subject: owner };
  // "A prend la direction générale de X" with A no actor: the post's organisation.
  if (newcomer && after && acts(trigger, after) && /^\s*(?:de|du|d['’]|of)\s*$/iu.test(between!))
    return { subject: after };
  // "Le départ, annoncé hier, de X": a subject after the trigger only when close and not a complement.
  return after &&
    after.start - f.end <= 30 &&
    !isComplement(after) &&
    !ofAnotherNoun(s, f, after) &&
    acts(trigger, after)
    ? { subject: after }
    : {};
}

/**
 * A decision's parties: the public body that made it first ("Bercy cleared the deal", "approuvé par la Commission"),
 * the others affected; none when no public body takes part (shareholders approving a deal decide nothing public).
 */
function decided({ subject, other }: { subject?: Group; other?: Group }): { subject?: Group; other?: Group } {
  const members = [...(subject?.members ?? []), ...(other?.members ?? [])];
  const body = members.find((m) => m.kind === 'public-body');
  // (the body may be the passive's agent alone: "The ruling, handed down on 15 January by the court")
  const group = subject ?? other;
  if (!body || !group) return {};
  const affected = members.filter((m) => m !== body && m.kind !== 'place');
  return {
    subject: { ...group, members: [body] },
    ...(affected.length > 0 ? { other: { ...group, members: affected } } : {}),
  };
}

function recencyDate(s: SentenceView, cue: string): FuzzyDate {
  const { value, precision } = s.published;
  // "Has just", "récemment": shortly before publication, never more precise than the month of it.
  const month = precision === 'day' || precision === 'month' ? value.slice(0, 7) : value.slice(0, 4);
  return {
    value: month,
    precision: 'approximate',
    basis: {
      fr: `« ${cue} » : peu avant la publication (${value}, ${precision})`,
      en: `'${cue}': shortly before the publication (${value}, ${precision})`,
    },
  };
}

const futureScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([FUTURE.fr, PLAN.fr]),
  en: new CueScanner([FUTURE.en, PLAN.en]),
};
/** Whether a word's last letter is a or t, as every French future ending is: most words need no lower-cased copy. */
const endsInAOrT = (text: string, end: number) => {
  const c = text.charCodeAt(end - 1) | 32;
  return c === 97 || c === 116;
};
/** A sentence's future tenses and plans ("sera", "lancera", "will", "is to"), found once. */
export function futureWords(s: SentenceView): Span[] {
  let found = s.futures;
  if (!found) {
    found = futureScanners[s.language].scan(s);
    if (s.language === 'fr')
      found.push(
        ...s.words.filter(
          (w) => endsInAOrT(s.text, w.end) && isFrenchFuture(s.text.slice(w.start, w.end).toLowerCase()),
        ),
      );
    s.futures = found;
  }
  return found;
}

/**
 * What the sentence says of the event: planned (a future tense, or a date after the publication), announced (an
 * announcing word in its clause: an announced launch is an announcement, not a launch), or happened (no status).
 */
function kindAndStatus(s: SentenceView, f: Found, date: FuzzyDate): { kind: EventKind; status?: EventStatus } {
  // The words just before the trigger: "Thales confirmed the launch", "will be disconnected".
  const from = Math.max(clauseStart(s, f.start), f.start - 60);
  const clause = s.text.slice(from, f.end);
  if (isAfterPublication(date, s.published) || futureWords(s).some((w) => w.start >= from && w.end <= f.end))
    return { kind: f.trigger.kind, status: 'planned' };
  if (f.trigger.kind !== 'announcement' && announcingWord(clause)) {
    const beginning = f.trigger.kind === 'founding' || f.trigger.kind === 'launch';
    return { kind: beginning ? 'announcement' : f.trigger.kind, status: 'announced' };
  }
  return { kind: f.trigger.kind };
}

/** Denying or ruling out what the event word tells. */
const DENIAL: Record<Language, RegExp> = {
  fr: /(?:^|\s)(?:dément(?:ent)?|démenti|démentait|a\s+nié|nie|exclut|a\s+exclu|écarte|a\s+écarté|renonc(?:é|e|ent|ait)\s+à)\s/iu,
  en: /(?:^|\s)(?:denied|denies|deny|ruled\s+out|rules\s+out|dismissed\s+(?:reports|rumou?rs)|gave\s+up(?:\s+on)?|walked\s+away\s+from|abandoned\s+(?:its\s+|the\s+)?(?:plans?|bid|attempt|idea)\s+(?:to|of))\s/iu,
};

/**
 * An event only thought of, its verb right before the event's noun: "had explored an initial public offering", "a
 * étudié une introduction en Bourse", "weighed a sale" (not done: "shelved the plan" often follows).
 */
const CONSIDERED =
  /(?<![\p{L}])(?:explored|considered|weighed|mulled|studied|contemplated|exploré|étudié|envisagé|étudiait|envisageait)\s+(?:(?:an?|the|its|their|une?|la|le|les|l['’]|son|sa|ses)\s*)?(?:(?:possible|potential|éventuelle?)\s+)?$/iu;
/** A purpose right before the event word: "en vue d'un rachat", "with a view to a listing", "for a possible sale". */
const PURPOSE =
  /(?:en vue d['’](?:une?|son|sa)|with a view to (?:an?|its)|pour (?:une? )?éventuel(?:le)?|for (?:a|an) (?:possible|potential))\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** An aim, beside PLAN's intentions and hopes: "vise la qualification", "table sur", "targets a listing". */
const AIM: Record<Language, RegExp> = {
  fr: /(?:^|\s)(?:vis(?:e|ent|ait|aient)|tabl(?:e|ent|ait) sur)\s/iu,
  en: /(?:^|\s)(?:targets?|targeting|wants? to)\s/iu,
};

/** "X, président d'Y depuis 2016", "X, CEO of Y since 2019": the title's holder was appointed then. */
const SINCE: Record<Language, RegExp> = {
  fr: /^\s+depuis\s+(?:le\s+|l['’]|début\s+|fin\s+)?$/iu,
  en: /^\s+since\s+(?:the\s+|early\s+|late\s+)?$/iu,
};
const SINCE_WORD = /(?:depuis|since)\s+(?:\p{L}+\s+)?$/iu;
const TITLE_OF: Record<Language, RegExp> = {
  fr: new RegExp(
    `^\\s*,\\s*(?:(?:le|la|l['’]|un|une)\\s*)?(?:${LEAD_TITLES.fr.source})\\s+(?:de\\s+(?:la\\s+|l['’])?|du\\s+|d['’])$`,
    'iu',
  ),
  en: new RegExp(`^\\s*,\\s*(?:(?:the|an?|its)\\s+)?(?:${LEAD_TITLES.en.source})\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'iu'),
};
/**
 * "X, directrice générale de l'entreprise depuis janvier 2024", "X, chief executive since 2021": a title with no name
 * of its organisation (or a description of it) still tells when its holder took the post.
 */
const TITLE_ALONE: Record<Language, RegExp> = {
  fr: new RegExp(
    `^\\s*,\\s*(?:(?:le|la|l['’]|son|sa)\\s*)?(?:${LEAD_TITLES.fr.source})(?:\\s+(?:de\\s+l['’](?:entreprise|opérateur|éditeur|hébergeur)|de\\s+la\\s+(?:société|start-up|PME|jeune\\s+pousse)|du\\s+groupe))?\\s+depuis\\s+(?:le\\s+|l['’]|début\\s+|fin\\s+)?$`,
    'iu',
  ),
  en: new RegExp(
    `^\\s*,\\s*(?:(?:the|its)\\s+)?(?:${LEAD_TITLES.en.source})(?:\\s+of\\s+the\\s+(?:company|firm|group|start-?up))?\\s+since\\s+(?:the\\s+|early\\s+|late\\s+)?$`,
    'iu',
  ),
};
function appointmentsSince(s: SentenceView): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of s.dates) {
    // "since" right before the date first: one short string per date, none per actor.
    if (!SINCE_WORD.test(s.text.slice(Math.max(s.start, d.start - 16), d.start))) continue;
    const org = s.actors.findLast((a) => a.end <= d.start && SINCE[s.language].test(s.text.slice(a.end, d.start)));
    const holder = org
      ? undefined
      : s.actors.findLast(
          (a) => a.kind === 'person' && a.end <= d.start && TITLE_ALONE[s.language].test(s.text.slice(a.end, d.start)),
        );
    if (holder) {
      out.push(
        datedEvent(s, 'appointment', d, holder, undefined, [d, holder], {
          confidence: 0.5,
          rule: 'event.title-since:appointment',
        }),
      );
      continue;
    }
    if (!org || org.kind === 'person' || org.kind === 'place') continue;
    const person = s.actors.findLast(
      (a) => a.end <= org.start && a.kind === 'person' && TITLE_OF[s.language].test(s.text.slice(a.end, org.start)),
    );
    if (!person) continue;
    out.push(
      datedEvent(
        s,
        'appointment',
        d,
        person,
        { actor: org, role: bi('organisation', 'organisation') },
        [d, person, org],
        {
          confidence: 0.55,
          rule: 'event.title-since:appointment',
        },
      ),
    );
  }
  return out;
}

/** "dirigée depuis 2022 par", "led since 2019 by": a participle of leading and its agent's "par"/"by". */
const LED_BY: Record<Language, RegExp> = {
  fr: /(?:^|\s)dirig(?:é|ée|és|ées)\s+(?:[^,;:.]{0,40}\s)?par\s+(?:M\.\s*|Mme\s+)?$/iu,
  en: /(?:^|\s)(?:led|run|headed|chaired)\s+(?:[^,;:.]{0,40}\s)?by\s+$/iu,
};
/** "À la tête d'X depuis 2019, P…", "At the helm of X since 2019, P…": the head's opening phrase. */
const AT_THE_HEAD: Record<Language, RegExp> = {
  fr: /^[\s\p{P}]*(?:À|A)\s+la\s+(?:tête|direction)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|d['’]|de\s+)$/u,
  en: /^[\s\p{P}]*At\s+the\s+(?:helm|head)\s+of\s+(?:the\s+)?$/u,
};
/**
 * A head told with the start of the post: "X, dirigée depuis septembre 2022 par P", "Depuis mars, X est dirigée par
 * P", "X has been led by P since 2019", "À la tête d'X depuis 2019, P a…": P's appointment at X then.
 */
function headsSince(s: SentenceView): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of s.dates) {
    if (!SINCE_WORD.test(s.text.slice(Math.max(s.start, d.start - 16), d.start))) continue;
    const person = s.actors.find(
      (a) =>
        a.kind === 'person' &&
        Math.abs(a.start - d.start) < 90 &&
        LED_BY[s.language].test(s.text.slice(Math.max(s.start, a.start - 60), a.start)),
    );
    const led = person && s.actors.findLast((a) => a.end <= person.start && a.kind !== 'person' && a.kind !== 'place');
    if (person && led) {
      out.push(
        datedEvent(
          s,
          'appointment',
          d,
          person,
          { actor: led, role: bi('organisation', 'organisation') },
          [d, person, led],
          {
            confidence: 0.5,
            rule: 'event.led-since:appointment',
          },
        ),
      );
      continue;
    }
    const org = s.actors.find(
      (a) =>
        a.end <= d.start &&
        AT_THE_HEAD[s.language].test(s.text.slice(s.start, a.start)) &&
        SINCE[s.language].test(s.text.slice(a.end, d.start)),
    );
    const head =
      org &&
      s.actors.find((a) => a.start > d.end && a.kind === 'person' && /^\s*,\s*$/u.test(s.text.slice(d.end, a.start)));
    if (org && head && org.kind !== 'person' && org.kind !== 'place')
      out.push(
        datedEvent(
          s,
          'appointment',
          d,
          head,
          { actor: org, role: bi('organisation', 'organisation') },
          [d, head, org],
          {
            confidence: 0.5,
            rule: 'event.head-since:appointment',
          },
        ),
      );
  }
  return out;
}

/**
 * A standing tie told with its start: "Y est partenaire de Z depuis 2020", "le CHU, client depuis 2021", "Y has been a
 * customer of Z since 2019", "Y, a partner since May": the partnership, or the contract of the customer (the buyer
 * first), began then. Nothing before the noun but a copula, a comma or a relative pronoun, so "n'est plus client", "no
 * longer a partner" and "les clients de Z depuis 2021" do not read. The same with a verb of using or being hosted
 * ("X, qui utilise Z depuis 2023", "X, dont les serveurs sont hébergés chez Z depuis 2020", "X has used Z since"): a
 * contract; of working together ("X has worked with Z, the firewall maker, since 2019"): a partnership; of being owned
 * ("X est filiale de Z depuis 2022", "X has been majority-owned by Z since 2023", "a subsidiary of Z since"): Z's
 * acquisition of X. Those need Z named.
 */
const TIE_SINCE: Record<Language, RegExp> = {
  fr: /(?:(?:^|\s)(?:est|sont|était|étaient|a été|ont été|qui)|,|(?=\s(?:travaill|utilis))|,\s*dont\s+(?:les|le|la|ses|son|sa|leurs?)\s+[\p{L}-]+\s+(?:sont|est))\s+(?:(?:déjà|aussi|également|toujours)\s+)?(?:(?:un|une|le|la|l['’]|son|sa|leur)\s*)?(?:(clientes?|clients?)|(utilis(?:e|ent|ait|aient)|hébergée?s?\s+(?:chez|par))|(filiale|détenue?s?(?:\s+majoritairement)?|contrôlée?s?|propriété)|partenaires?|(travaill(?:e|ent|ait|aient)\s+avec))(?:\s+(?:historiques?|privilégiée?s?|stratégiques?))?(?:\s+(?:(?:de|d['’]|du|des|par)\s*)?[^\s,;:.]+(?:\s+[^\s,;:.]+){0,5})?(?:\s*,[^,;:.]{1,50},)?\s+$/iu,
  en: /(?:(?:^|\s)(?:is|are|was|were|has been|have been|had been|has|have|had)|,)\s+(?:(?:already|also|still|long)\s+)?(?:(?:a|an|the|its|their)\s+)?(?:(?:long-?time|longstanding|key|strategic)\s+)?(?:(customers?|clients?)|(used(?!\s+by\s)|using|hosted\s+(?:by|at|with))|(subsidiary|(?:majority-|majority\s+|wholly\s+|fully\s+)?owned|controlled)|partners?|(worked|working))(?:\s+(?:(?:of|to|by|with)\s+)?[^\s,;:.]+(?:\s+[^\s,;:.]+){0,5})?(?:\s*,[^,;:.]{1,50},)?\s+$/iu,
};
const SINCE_BEFORE = /(?:depuis|since)\s+(?:\p{L}+\s+)?$/iu;
/** Where "since"/"depuis" starts right before a date not after the publication ("client de X depuis 2022"), if it does. */
function sinceBefore(s: SentenceView, d: DateMention): number | undefined {
  const lead = s.text.slice(Math.max(s.start, d.start - 16), d.start);
  const since = SINCE_BEFORE.exec(lead);
  return since && !isAfterPublication(d.date, s.published) ? d.start - lead.length + since.index : undefined;
}
/** "has owned X", "has controlled X": the owner is the tie's holder. */
const ACTIVE_OWNER = /(?:^|\s)(?:owned|controlled)\s+(?!by\s)/iu;
/** A stake told in the tie: a share or a percentage of a half or less ("à 30 %", "shares in", "a 20% stake"). */
const MINORITY_TIE =
  /(?<![\p{L}\d])(?:[1-4]?\d|50)(?:[.,]\d+)?\s*(?:%|per\s?cent)|(?<![\p{L}])(?:shares|stake|actions|parts)(?![\p{L}])/iu;
/** What each of TIE_SINCE's groups makes: the event's kind and the other side's role. */
const TIE_KINDS: { kind: EventKind; role: Bilingual; needsOther: boolean }[] = [
  { kind: 'contract', role: bi('fournisseur', 'supplier'), needsOther: false },
  { kind: 'contract', role: bi('fournisseur', 'supplier'), needsOther: true },
  { kind: 'acquisition', role: bi('acheteur', 'buyer'), needsOther: true },
  { kind: 'partnership', role: bi('partenaire', 'partner'), needsOther: true },
];
/**
 * The article's company as the supplier of a customer "since" a date, unless the supplier is named right after the date
 * ("Orange est client depuis 2021 de la solution d'Atos", "a customer since 2021 of Atos's offer").
 */
function customerOfTopic(s: SentenceView, holder: ActorSpan, dateEnd: number, topic: ActorSpan | undefined) {
  const another = s.actors.some(
    (a) =>
      a.start >= dateEnd &&
      a.start - dateEnd <= 40 &&
      a.kind !== 'person' &&
      a.kind !== 'place' &&
      a.id !== holder.id &&
      /^\s*(?:de|du|des|d['’]|of|with|chez|auprès)(?![\p{L}])[^,.;:]*$/iu.test(s.text.slice(dateEnd, a.start)),
  );
  return another ? undefined : topic;
}
function tiesSince(s: SentenceView, topic?: () => ActorSpan | undefined): EventDraft[] {
  const fronted = frontedTie(s);
  const out: EventDraft[] = fronted ? [fronted] : [];
  for (const d of s.dates) {
    const sinceStart = sinceBefore(s, d);
    if (sinceStart === undefined) continue;
    const before = s.text.slice(Math.max(s.start, sinceStart - 100), sinceStart);
    const tie = TIE_SINCE[s.language].exec(before);
    if (!tie) continue;
    const nounStart = sinceStart - before.length + tie.index;
    // The holder of the tie: the actor right before its copula or comma; the other party: one named after the noun,
    // else the organisation the sentence named before the holder ("la société … à l'image du CHU, client depuis").
    const holder = s.actors.findLast((a) => a.end <= nounStart + 1 && nounStart - a.end <= 16);
    if (!holder || holder.kind === 'place') continue;
    const named = s.actors.find((a) => a.start > nounStart && a.end <= sinceStart && a.kind !== 'place');
    const group = [1, 2, 3, 4].find((i) => tie[i] !== undefined) ?? 0;
    const { kind, role, needsOther } = group === 0 ? TIE_KINDS[3]! : TIE_KINDS[group - 1]!;
    if (needsOther && !named) continue;
    // (a person is hired or appointed, never a subsidiary: "X, détenue par…" reads of organisations only; nor a
    // partner: "Jane Doe has worked with X since 2019" is a job)
    if ((kind === 'acquisition' || group === 4) && holder.kind === 'person') continue;
    // (a minority stake is no acquisition: "détenue à 30 % par Z", "has owned shares in Z")
    if (kind === 'acquisition' && MINORITY_TIE.test(tie[0])) continue;
    // ("X, dont le fondateur est partenaire de Y depuis", "X, whose founder has worked with Y since": the founder's tie;
    // "X, dont les serveurs sont hébergés chez Y depuis" stays X's contract)
    if (group !== 2 && /(?:^|[\s,])(?:dont|whose)\s/iu.test(s.text.slice(holder.end, sinceStart))) continue;
    // ("Thales has been a customer since 2023" in an article about its supplier: the article's company serves it)
    const other =
      named ??
      s.actors.findLast((a) => a.end <= holder.start && a.kind !== 'person' && a.kind !== 'place') ??
      // (a person is no customer of the article's company: "Jean Morel has been a customer since 2020"; nor is one of
      // a company named after it: "Orange est client depuis 2021 de la solution d'Atos")
      (group === 1 && holder.kind !== 'person' ? customerOfTopic(s, holder, d.end, topic?.()) : undefined);
    if (!other || other.id === holder.id || other.kind === 'place') continue;
    // ("Y has owned X since 2019": the active voice names the owner first; X is what was bought)
    if (kind === 'acquisition' && ACTIVE_OWNER.test(tie[0])) {
      out.push(
        datedEvent(s, kind, d, other, { actor: holder, role }, [d, holder, other], {
          confidence: 0.55,
          rule: 'event.tie-since',
        }),
      );
      continue;
    }
    out.push(
      datedEvent(s, kind, d, holder, { actor: other, role }, [d, holder, other], {
        confidence: 0.55,
        rule: 'event.tie-since',
      }),
    );
  }
  return out;
}

/**
 * A customer tie since a date whose provider a clitic stands for (named in an earlier sentence): "Naval Group en est
 * client depuis 2022", "La mutuelle X, qui y héberge ses données depuis 2021", "Orange y loge une partie de ses
 * plateformes depuis 2017", "Bercy l'utilise depuis 2022": the customer's contract then, its provider left unnamed
 * (the event's main actor is the customer, the buyer first). A place, a person or a denial makes none ("X n'en est
 * plus client depuis", "Paul Lin en est client depuis").
 */
const CLITIC_TIE =
  /(?:^|\s)(?:(?:y|en)\s+(?:est|sont|était|étaient)\s+(?:(?:déjà|aussi|toujours)\s+)?(?:cliente?s?|locataires?)|(?:y|l['’])\s*(?:héberg|log|utilis)(?:e|ent|eait|eaient|ait|aient)(?:\s+[^\s,;:.]+){0,10}?)\s+$/iu;
/**
 * A provider serving a customer named in the possessive since a date: "Microsoft, which has provided the Commission's
 * office software since 2019", "X, qui fournit depuis… / fournit le logiciel de paie de Y depuis 2018": Y's contract
 * with X (the buyer first).
 */
const SERVES_BEFORE: Record<Language, RegExp> = {
  fr: /(?:^|\s)(?:(?:fourni(?:t|ssent|ssait|ssaient)|gère|gèrent|gérait|héberge|hébergent|hébergeait|exploite|exploitent|infogère|infogèrent)\s+(?:le|la|les|l['’])\s*[^,;:.]{0,40}?\s(?:de|du|des|d['’])|travaill(?:e|ent|ait|aient)\s+(?:déjà\s+|aussi\s+|notamment\s+)?pour)\s*(?:la\s+|le\s+|les\s+|l['’])?$/iu,
  en: /(?:^|\s)(?:has|have|had)\s+(?:(?:provided|supplied|hosted|run|managed|operated)\s+(?:the\s+)?(?=\S*$)|(?:already\s+|also\s+)?worked\s+for\s+(?:the\s+)?$)/iu,
};
const SERVED_AFTER: Record<Language, RegExp> = { fr: /^\s+$/u, en: /^(?:['’]s?\s+[^,;:.]{0,40}?)?\s+$/u };

/** A customer's contract with its supplier since a date ("client since 2021": the held-out guide's tie event). */
function customerSince(s: SentenceView, d: DateMention, customer: ActorSpan, supplier: ActorSpan): EventDraft {
  return datedEvent(
    s,
    'contract',
    d,
    customer,
    { actor: supplier, role: bi('fournisseur', 'supplier') },
    [d, customer, supplier],
    {
      confidence: 0.5,
      rule: 'event.tie-since',
    },
  );
}

function cliticTiesSince(s: SentenceView): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of s.dates) {
    const sinceStart = sinceBefore(s, d);
    if (sinceStart === undefined) continue;
    const from = Math.max(s.start, sinceStart - 120);
    const before = s.text.slice(from, sinceStart);
    const tie = CLITIC_TIE.exec(before);
    if (s.language === 'fr' && tie) {
      const verbStart = from + tie.index;
      const holder = s.actors.findLast((a) => a.end <= verbStart + 1 && verbStart - a.end <= 20);
      if (
        holder &&
        holder.kind !== 'place' &&
        holder.kind !== 'person' &&
        HOST_SUBJECT_THEN_VERB.test(s.text.slice(holder.end, Math.max(holder.end, verbStart))) &&
        !negated(s, verbStart, sinceStart)
      )
        out.push(
          datedEvent(s, 'contract', d, holder, undefined, [d, holder], { confidence: 0.45, rule: 'event.tie-since' }),
        );
      continue;
    }
    // The customer in the possessive (EN) or the complement (FR) right before "since".
    const customer = s.actors.findLast(
      (a) => a.end <= sinceStart && a.start >= from && SERVED_AFTER[s.language].test(s.text.slice(a.end, sinceStart)),
    );
    if (!customer || customer.kind === 'place' || customer.kind === 'person') continue;
    const lead = s.text.slice(Math.max(s.start, customer.start - 100), customer.start);
    const verb = SERVES_BEFORE[s.language].exec(lead);
    if (!verb) continue;
    const verbStart = customer.start - lead.length + verb.index;
    const provider = s.actors.findLast((a) => a.end <= verbStart + 1 && verbStart - a.end <= 20);
    if (
      !provider ||
      provider.kind === 'place' ||
      provider.kind === 'person' ||
      provider.id === customer.id ||
      !HOST_SUBJECT_THEN_VERB.test(s.text.slice(provider.end, Math.max(provider.end, verbStart))) ||
      negated(s, verbStart, sinceStart)
    )
      continue;
    out.push(customerSince(s, d, customer, provider));
  }
  return out;
}

/**
 * A tie told since a date in an apposition opening the sentence, its holder the main clause's subject: "Filiale du
 * groupe Y depuis 2018, X a réalisé…", "Membre d'Hexatrust depuis 2022, la jeune pousse…", "A customer of Y since
 * 2020, X…", "Partner of Y since 2019, X…". Group 1: the noun.
 */
const FRONTED_TIE: Record<Language, RegExp> = {
  fr: /^[\s\p{P}]*(?:(?:déjà|aussi)\s+)?(?:(?:une?|la|le|l['’])\s*)?(filiale|membre|cliente?|partenaire)\s+(?:historique\s+|privilégiée?\s+)?(?:de|du|des|d['’])\s*[^,;:.]{1,60}?\s+depuis\s+(?:le\s+|la\s+|l['’]|début\s+|fin\s+)?$/iu,
  en: /^[\s\p{P}]*(?:(?:an?|the)\s+)?(?:(?:long-?time|longstanding|key)\s+)?(subsidiary|member|customer|client|partner)\s+of\s+[^,;:.]{1,60}?\s+since\s+(?:early\s+|late\s+)?$/iu,
};
const FRONTED_KINDS: Record<string, { kind: EventKind; role: Bilingual }> = {
  filiale: { kind: 'acquisition', role: bi('acheteur', 'buyer') },
  subsidiary: { kind: 'acquisition', role: bi('acheteur', 'buyer') },
  membre: { kind: 'other', role: bi('rejoint', 'joined') },
  member: { kind: 'other', role: bi('rejoint', 'joined') },
  client: { kind: 'contract', role: bi('fournisseur', 'supplier') },
  cliente: { kind: 'contract', role: bi('fournisseur', 'supplier') },
  customer: { kind: 'contract', role: bi('fournisseur', 'supplier') },
  partenaire: { kind: 'partnership', role: bi('partenaire', 'partner') },
  partner: { kind: 'partnership', role: bi('partenaire', 'partner') },
};
function frontedTie(s: SentenceView): EventDraft | undefined {
  const d = s.dates[0];
  if (!d || isAfterPublication(d.date, s.published)) return undefined;
  const tie = FRONTED_TIE[s.language].exec(s.text.slice(s.start, d.start));
  if (!tie || !/^\s*,/u.test(s.text.slice(d.end, d.end + 3))) return undefined;
  const { kind, role } = FRONTED_KINDS[tie[1]!.toLowerCase()]!;
  const named = s.actors.find((a) => a.start > s.start + tie.index && a.end <= d.start && a.kind !== 'place');
  // (the holder: the first name after the apposition's comma, the main clause's subject; an organisation)
  const holder = s.actors.find((a) => a.start >= d.end && /^\s*,\s*[^,;:.]{0,30}$/u.test(s.text.slice(d.end, a.start)));
  if (!named || !holder || holder.id === named.id || holder.kind === 'person' || holder.kind === 'place')
    return undefined;
  return datedEvent(s, kind, d, holder, { actor: named, role }, [d, holder, named], {
    confidence: 0.5,
    rule: 'event.tie-since',
  });
}

/** A site's noun: what is operated since a date ("un centre de données", "its first facility"). */
const SITE_NOUN =
  /(?:centres?\s+de\s+données|data\s?cent(?:er|re)s?|datacenters?|sites?|campus(?:es)?|bâtiments?|usines?|salles?\s+(?:blanches?|informatiques?)|facilit(?:y|ies)|plants?|buildings?)(?![\p{L}])/iu;
/**
 * A site operated since a date, before "depuis"/"since": "X, qui exploite depuis 2022 un centre de données",
 * "X exploite un centre à Y depuis 2021", "X has operated a data centre in Y since 2019", "Its first facility, in Y,
 * has been operating since early 2025", "Son site de Y, en service depuis 2021". The verb (group 1) with a site object
 * before the date, or the verb alone (the site then follows the date, or opens the clause as the subject).
 */
const OPERATES_SINCE: Record<Language, RegExp> = {
  fr: /(?:^|[\s,])(exploit(?:e|ent|ait|aient)|opèr(?:e|ent)|opérait|opéraient|en\s+service|en\s+activité|en\s+exploitation|opérationnel(?:le)?s?)(?:\s+(?:déjà\s+)?(?:un|une|deux|trois|quatre|son|sa|ses|leur|leurs|le|la|les|l['’])\s*(?:(?!(?:from|in|at|of|for|with|on|de|du|des|d['’]|à|au|aux|dans|pour|avec|sur)\s)[\p{L}-]+\s+){0,3}?(?:centres?\s+de\s+données|data\s?cent(?:er|re)s?|datacenters?|sites?|campus|bâtiments?|usines?)(?:\s+[^,;:.]{0,40}?)?)?\s+$/iu,
  en: /(?:^|[\s,])((?:has|have|had)\s+(?:been\s+operating|operated|run|been\s+running|been\s+in\s+operation|been\s+operational))(?:\s+(?:an?|its|their|the|two|three|four)\s+(?:(?!(?:from|in|at|of|for|with|on|de|du|des|d['’]|à|au|aux|dans|pour|avec|sur)\s)[\p{L}-]+\s+){0,3}?(?:data\s+cent(?:re|er)s?|datacenters?|facilit(?:y|ies)|sites?|campus(?:es)?|plants?|buildings?)(?:\s+[^,;:.]{0,40}?)?)?\s+$/iu,
};
/** Between an operator and its verb: nothing, a relative pronoun, an auxiliary or an adverb. */
// (a description's adjectives after its noun: "La société haut-alpine, qui exploite")
const OPERATOR_THEN_VERB =
  /^(?:\s+[\p{Ll}-]+){0,2}\s*(?:,\s*(?:qui|which|that)\s*)?(?:(?:has|have|had|also|already|still|a|ont|avait|aussi|déjà|toujours)\s+)*$/iu;
/** Between a possessor and its verb: the site it owns opening the subject ("Its first facility, in P, has"). */
const SITE_OF_OPERATOR = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?${SITE_NOUN.source}[^;:.]{0,40}$`,
  'iu',
);
/** The site right after the date: "exploite depuis 2022 un centre de données à Embrun". */
const SITE_AFTER_DATE =
  /^\s*(?:un|une|deux|trois|quatre|son|sa|ses|leur|leurs|le|la|les|l['’]|an?|its|their|the|two|three)\s*(?:[\p{L}-]+\s+){0,3}?(?:centres?\s+de\s+données|data\s?cent(?:er|re)s?|datacenters?|sites?|campus|bâtiments?|usines?|facilit(?:y|ies)|plants?)(?![\p{L}])/iu;

/**
 * A customer hosting with a provider since a date, the date before the data: "X, qui héberge depuis 2023 ses données
 * de santé chez Y", "X héberge depuis mars 2022 une partie de ses serveurs chez Y", "X has hosted its records with Y
 * since 2021" (the date after: `TIE_SINCE` reads "hébergés chez Y depuis"). X's contract with Y, Y named.
 */
const HOSTS_SINCE: Record<Language, { before: RegExp; after: RegExp }> = {
  fr: {
    before: /(?:^|\s)héberg(?:e|ent|eait|eaient)\s+$/iu,
    after: /^\s+(?:ses|leurs|son|sa|une\s+partie\s+de\s+ses)\s+[^,;:.]{0,50}?\s+chez\s+$/iu,
  },
  en: {
    before: /(?:^|\s)(?:has|have|had)\s+hosted\s+(?:its|their)\s+[^,;:.]{0,50}?\s+(?:with|at)\s+$/iu,
    after: /^$/u,
  },
};
const HOST_SUBJECT_THEN_VERB = /^\s*(?:,\s*(?:qui|which|that)\s*)?$/iu;
function hostsSince(s: SentenceView): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of s.dates) {
    const sinceStart = sinceBefore(s, d);
    if (sinceStart === undefined) continue;
    const rule = HOSTS_SINCE[s.language];
    let host: ActorSpan | undefined;
    let verbStart: number;
    if (s.language === 'fr') {
      const verb = rule.before.exec(s.text.slice(Math.max(s.start, sinceStart - 20), sinceStart));
      if (!verb) continue;
      verbStart = sinceStart - Math.min(20, sinceStart - s.start) + verb.index;
      host = s.actors.find(
        (a) => a.start > d.end && a.start - d.end <= 80 && rule.after.test(s.text.slice(d.end, a.start)),
      );
    } else {
      // (the provider named before "since": "has hosted its records with Y since 2021")
      host = s.actors.findLast((a) => a.end <= sinceStart && sinceStart - a.end <= 2);
      const before = host && s.text.slice(Math.max(s.start, host.start - 90), host.start);
      const verb = before ? rule.before.exec(before) : null;
      if (!host || !verb) continue;
      verbStart = host.start - before!.length + verb.index;
    }
    if (!host || host.kind === 'place' || host.kind === 'person' || negated(s, verbStart, sinceStart)) continue;
    const customer = s.actors.findLast(
      (a) => a.end <= verbStart + 1 && verbStart - a.end <= 40 && a.kind !== 'place' && a.id !== host.id,
    );
    // (the verb's subject: not a name in an apposition before it, "Z, cliente de X, héberge…", nor "X said Z has…")
    if (!customer || !HOST_SUBJECT_THEN_VERB.test(s.text.slice(customer.end, Math.max(customer.end, verbStart))))
      continue;
    out.push(customerSince(s, d, customer, host));
  }
  return out;
}

/**
 * A site operated since a date is the operator's launch then (the curators' guide counts the opening): "X, qui exploite
 * depuis 2022 un centre de données à Embrun", "Its first facility has been operating since early 2025". Only a site
 * (not "exploite depuis 2019 des licences", "has operated in France since 2019"), never a denied one ("n'exploite
 * plus depuis"), by the operator before the verb (an organisation, not a place or a person).
 */
function sitesSince(s: SentenceView): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of s.dates) {
    const sinceStart = sinceBefore(s, d);
    if (sinceStart === undefined) continue;
    const before = s.text.slice(Math.max(s.start, sinceStart - 120), sinceStart);
    const verb = OPERATES_SINCE[s.language].exec(before);
    if (!verb) continue;
    const verbStart = sinceStart - before.length + verb.index;
    // The site: in the verb's object, right after the date, or in the clause's subject before the verb.
    const clause = s.text.slice(Math.max(clauseStart(s, verbStart), verbStart - 80), verbStart);
    const sited =
      verb[0].length > verb[1]!.length + 2
        ? SITE_NOUN.test(verb[0])
        : SITE_AFTER_DATE.test(s.text.slice(d.end, d.end + 80)) || SITE_NOUN.test(clause);
    if (!sited || negated(s, verbStart + verb[0].indexOf(verb[1]!), sinceStart)) continue;
    const operator = s.actors.findLast(
      (a) => a.end <= verbStart + 1 && a.kind !== 'place' && a.kind !== 'person' && a.kind !== 'certification',
    );
    if (!operator || verbStart - operator.end > 90) continue;
    // (the verb's subject or the site's possessor, not a name in an apposition or a relative clause before the verb:
    // "Le site de Y, racheté par X, est en service depuis", "The facility, which Y leased to X, has been operating")
    const between = s.text.slice(operator.end, verbStart);
    if (!OPERATOR_THEN_VERB.test(between) && !SITE_OF_OPERATOR.test(between)) continue;
    out.push(
      datedEvent(s, 'launch', d, operator, undefined, [d, operator], { confidence: 0.5, rule: 'event.site-since' }),
    );
  }
  return out;
}

/** An event of `subject`, with one other actor in the role given if any, dated by `date` (one rule's drafts). */
export function datedEvent(
  s: SentenceView,
  kind: EventKind,
  date: DateMention,
  subject: ActorSpan,
  other: { actor: ActorSpan; role: Bilingual } | undefined,
  spans: Span[],
  { confidence, rule }: { confidence: number; rule: string },
): EventDraft {
  const label = KIND_LABELS[kind];
  return {
    key: [kind, subject.id, date.date.value].join('\u0000'), // joined: see relationKey
    record: {
      date: date.date,
      kind,
      title: { fr: `${subject.name} : ${label.fr}`, en: `${subject.name}: ${label.en}` },
      actors: [
        { id: subject.id, role: bi('sujet', 'subject') },
        ...(other ? [{ id: other.actor.id, role: other.role }] : []),
      ] as EventDraft['record']['actors'],
    },
    source: s.source,
    spans,
    confidence,
    rule,
  };
}

/**
 * A dated revenue the funding rules read ("le chiffre d'affaires est tombé à N l'an dernier, contre M en 2023",
 * "reported $N in revenue in 2025") is its business's results for that period (the curators' guide): one event per
 * period, with the events' own key. The date is the amount's own: the nearest to it, and no other amount nearer to
 * that date; a period after the publication is a target, not results.
 */
export function resultsOfRevenue(s: SentenceView, revenue: FundingDraft, carried?: ActorSpan): EventDraft | undefined {
  const money = revenue.spans[0];
  const owner =
    s.actors.find((a) => a.id === revenue.record.to) ?? (carried?.id === revenue.record.to ? carried : undefined);
  if (revenue.record.kind !== 'revenue' || !money || !owner || !RESULTS_KINDS.has(owner.kind)) return undefined;
  // (the year before only for an owner the sentence names: a carried one is a guess already)
  const named = s.actors.some((a) => a.id === owner.id);
  const d = (named ? yearBefore(s, money) : undefined) ?? revenueDate(s, money);
  if (!d || isAfterPublication(d.date, s.published)) return undefined;
  const gap = (m: Span) => (d.end <= m.start ? m.start - d.end : d.start >= m.end ? d.start - m.end : 0);
  if (s.money.some((m) => m.start !== money.start && gap(m) < gap(money))) return undefined;
  return datedEvent(s, 'results', d, owner, undefined, [d, ...revenue.spans], {
    confidence: 0.6,
    rule: 'event.from-revenue',
  });
}

/** The period before the one compared with: "contre N un an plus tôt", "up from N a year earlier". */
const A_YEAR_EARLIER =
  /^[^,;.()]{0,24}?\s(un an (?:plus tôt|auparavant)|l['’]année (?:précédente|d['’]avant)|l['’]exercice précédent|a year (?:earlier|before)|the (?:previous|prior|preceding) year|the year before)(?![\p{L}])/iu;
/**
 * An amount compared with the year before the sentence's own: "Sur l'exercice 2025, la PME a réalisé N, contre M un
 * an plus tôt", "revenue of N in 2025, up from M a year earlier": M is the results of the year before that date.
 */
function yearBefore(s: SentenceView, money: Span): DateMention | undefined {
  const after = s.text.slice(money.end, Math.min(s.end, money.end + 60));
  const cue = A_YEAR_EARLIER.exec(after);
  if (!cue) return undefined;
  // (not a founding's or a standing state's year: "Founded in 2019, X made N, up from M a year earlier")
  const told = s.dates.findLast(
    (d) =>
      d.end <= money.start &&
      d.date.precision === 'year' &&
      !OTHER_FACT_DATE.test(s.text.slice(Math.max(s.start, d.start - 16), d.start)),
  );
  if (!told) return undefined;
  const value = String(Number(told.date.value) - 1);
  const words = cue[1]!;
  const span = { start: money.end + cue[0].length - words.length, end: money.end + cue[0].length };
  return {
    ...told,
    ...span,
    text: s.text.slice(span.start, span.end),
    date: {
      value,
      precision: 'year',
      basis: {
        fr: `« ${words} » : l'année avant ${told.date.value}, dite dans la même phrase`,
        en: `'${words}': the year before ${told.date.value}, told in the same sentence`,
      },
    },
  };
}

/** A date that is another fact's: a founding's or a standing state's ("fondée en 2016 qui a réalisé N"). */
const OTHER_FACT_DATE =
  /(?:fondée?s?|créée?s?|founded|established|launched|lancée?s?|depuis|since)\s+(?:en\s+|in\s+)?$/iu;
/**
 * The period of an amount of revenue: a date after it in its clause ("N de chiffre d'affaires l'an dernier", "N in
 * revenue in 2025"), else the nearest one that is no other fact's ("En 2024, X a réalisé N").
 */
function revenueDate(s: SentenceView, money: Span): DateMention | undefined {
  const after = s.dates.find((d) => d.start >= money.end && d.start - money.end <= 50);
  if (after && !/[,;:]/u.test(s.text.slice(money.end, after.start))) return after;
  const d = nearestDate(s, money.start);
  return d && !OTHER_FACT_DATE.test(s.text.slice(Math.max(s.start, d.start - 24), d.start)) ? d : undefined;
}

/** "Le marché de Y a été attribué à X le 6 juin 2023": a contract event of the winner, with the buyer. */
function awardedContractEvents(s: SentenceView): EventDraft[] {
  const out: EventDraft[] = [];
  for (const { buyer, recipient, cue } of awardedContracts(s)) {
    const d = nearestDate(s, cue.start);
    if (!d) continue;
    out.push(
      datedEvent(
        s,
        'contract',
        d,
        recipient,
        { actor: buyer, role: bi('client', 'customer') },
        [d, cue, recipient, buyer],
        {
          confidence: 0.6,
          rule: 'event.contract-awarded',
        },
      ),
    );
  }
  return out;
}

/** The verb of a sentence whose subject is the event told before: "The launch comes", "Le rachat intervient". */
const COMES_AFTER =
  /(?<![\p{L}])(?:comes|came|arrives|arrived|follows|followed|intervient|intervenait|arrive|survient|tombe)\s+(?:just\s+|only\s+|juste\s+|seulement\s+)?$/iu;

/** A year told as the one just spoken of: "cette année-là", "la même année", "that year", "the same year". */
const YEAR_THEN =
  /(?<![\p{L}])(?:cette\s+année-là|(?:la|cette)\s+même\s+année|that\s+(?:same\s+)?year|the\s+same\s+year)(?![\p{L}-])/giu;
const YEAR_THEN_GATE = /année-là|même année|that year|same year/iu;

/**
 * A sentence whose "cette année-là", "that year" is the year last spoken of: the year of the sentence's previous
 * date, else of the text's last event ("Le tournant date de 2021 : le ministère l'a choisie cette année-là" is 2021,
 * not the publication's year the date reader gives "cette année"); with neither, the words date nothing.
 */
function withYearThen(s: SentenceView, chain: EventChain): SentenceView {
  if (!YEAR_THEN_GATE.test(s.text.slice(s.start, s.end))) return s;
  let dates = [...s.dates];
  YEAR_THEN.lastIndex = s.start;
  for (let m = YEAR_THEN.exec(s.text); m && m.index < s.end; m = YEAR_THEN.exec(s.text)) {
    const start = m.index;
    const end = start + m[0].length;
    // (the date reader's own mention inside these words: "cette année" of "cette année-là")
    dates = dates.filter((d) => d.end <= start || d.start >= end);
    const before = dates.findLast((d) => d.end <= start);
    const year = (before?.date ?? chain.last?.date)?.value.slice(0, 4);
    if (!year || !/^\d{4}$/u.test(year)) continue;
    const date: FuzzyDate = {
      value: year,
      precision: 'year',
      basis: { fr: `« ${m[0]} » : l'année dite avant (${year})`, en: `'${m[0]}': the year told before (${year})` },
    };
    dates.push({ start, end, text: m[0], date, basis: date.basis! });
  }
  dates.sort((a, b) => a.start - b.start);
  return { ...s, dates };
}

// (a sentence naming no one may tell the founding of a company it names by its trade: "La PME, fondée en 2017, …")
const FOUNDING_WORD = /(?<![\p{L}])(?:co-?)?(?:fond|found|cré)/iu;
export function proposeEvents(view: SentenceView, chain: EventChain = {}): EventDraft[] {
  if (view.actors.length === 0 && !(chain.topic && FOUNDING_WORD.test(view.text.slice(view.start, view.end))))
    return [];
  const s = withYearThen(view, chain);
  const recency =
    recencyScanners[s.language].scan(s)[0] ??
    (s.language === 'en' && s.dates.length === 0 ? newsPerfectScanner.scan(s)[0] : undefined);
  if (s.dates.length === 0 && !recency && !chain.last && !chain.scene) return [];
  // A sentence with no date of its own may tell one against the text's previous event.
  const chainedAt = s.dates.length === 0 && !recency && chain.last ? chainedCue(s) : undefined;
  // "The launch comes a month after the company signed a partnership", "Le rachat intervient deux mois après que…":
  // the event the sentence's subject names is the one told before; what follows "after" happened that long before it.
  const comesAfter =
    chainedAt?.offset !== undefined &&
    /(?:after|après)$/iu.test(chainedAt.cue) &&
    COMES_AFTER.test(s.text.slice(Math.max(s.start, chainedAt.start - 24), chainedAt.start));
  const cue =
    comesAfter && chainedAt?.offset
      ? { ...chainedAt, offset: { amount: -chainedAt.offset.amount, unit: chainedAt.offset.unit } }
      : chainedAt;
  const told =
    chain.background && chain.background.paragraph !== s.paragraph && chain.background.story
      ? { ...chain, last: chain.background.story }
      : chain;
  const scene = s.dates.length === 0 && !recency && !cue ? sceneAnchor(s, chain) : undefined;
  const chained = cue && chainedAnchor(cue, told);
  const drafts = eventDrafts(
    s,
    recency,
    (chained && (comesAfter ? { ...chained, comesAfter } : chained)) || scene,
    chain.topic,
  );
  // (a scene's day dates one event: the sentence after the one it is told in does not get it)
  if (drafts.length > 0) chain.scene = undefined;
  // (background: added after the story's anchor is chosen below, so it never anchors a chain)
  // (a title's holder alone: "X, chief executive since 2021")
  const since =
    s.dates.length === 0
      ? []
      : s.actors.length > 1
        ? [
            ...appointmentsSince(s),
            ...headsSince(s),
            ...tiesSince(s, chain.topic),
            ...awardedContractEvents(s),
            ...sitesSince(s),
            ...hostsSince(s),
            ...cliticTiesSince(s),
          ]
        : [...appointmentsSince(s), ...sitesSince(s), ...cliticTiesSince(s), ...tiesSince(s, chain.topic)];
  // The last dated event read so far anchors the text's next "later" (a chained date anchors too: "then" chains).
  // An event told as before the last one ("le mois précédent") leaves the story's anchor where it was.
  if (cue?.offset && cue.offset.amount < 0) return [...drafts, ...since];
  // (Nor does background told in a relative clause: "la Caisse, qui a confié fin 2022…".)
  const latest = drafts.findLast((d) => {
    // (A plan has not happened; a period's results are no moment of the story: "a week later" counts from neither.)
    if (d.record.status === 'planned' || d.record.kind === 'results') return false;
    const words = textBefore(s, d);
    return !words.includes(',') || !RELATIVE_OPENED.test(words);
  });
  if (latest) {
    const story = chain.background ? chain.background.story : chain.last;
    const words = textBefore(s, latest).slice(-40);
    const pluperfect = (words.includes('had ') || words.includes('avai')) && PLUPERFECT.test(words);
    chain.background = pluperfect ? { paragraph: s.paragraph, story } : undefined;
    chain.last = { key: latest.key, date: latest.record.date };
  }
  chain.since = latest ? undefined : cue?.offset ? addOffsets(chain.since, cue.offset) : chain.since;
  return since.length > 0 ? [...drafts, ...since] : drafts;
}

/** The 80 characters of the sentence before a draft's event word. */
const textBefore = (s: SentenceView, d: EventDraft) =>
  s.text.slice(Math.max(s.start, d.spans[1]!.start - 80), d.spans[1]!.start);

const NEW_CLAUSE = /[,;]\s+(?:and|but|while|whereas|et|mais|tandis que|alors que)\s/iu;
/** A second verb phrase with no subject of its own: "… and led", "… et a obtenu". */
const VERB_PHRASE_AFTER = /^[^,;]*\s(?:and|et)\s+\p{Ll}/u;
const CLAUSE_PENALTY = 10_000;
/** Nothing but "and"/"et" between a date and the next event word: a second verb phrase ("in 2014 and opened"). */
const COORDINATED_VERB = /^[^,;]*\s(?:and|et)\s*$/u;

/**
 * Whether another event word stands between the opening of a date's clause (a comma, or the sentence's start) and the
 * date: "X, créée en 2018,", "Créé il y a six ans, X…", "Depuis son rachat en 2023, la société…".
 */
function ownClauseEvent(s: SentenceView, a: Anchor, f: Found, triggers: readonly Found[]): boolean {
  const open = Math.max(lastInSentence(s, ',', a.start), lastInSentence(s, ';', a.start), s.start - 1);
  return triggers.some((t) => t !== f && t.start > open && t.end <= a.start);
}
/** An earlier event named after a preposition of time: "en janvier 2022, après le rachat de X", "after its launch". */
const EARLIER_EVENT =
  /(?:^|\s)(?:après|avant|suite à|after|before|following)\s+(?:(?:le|la|les|son|sa|ses|leur|the|its|their)\s+|l['’])?$/iu;
/**
 * A date that is no event's: "depuis 2020" in a person's apposition after the event word ("remplacé par Y, directrice
 * financière depuis 2020") is the title's, and "since 2021" after a superlative ("la plus importante du secteur
 * depuis 2021", "the largest since 2021") is a comparison. ("qualifiée PDIS, prestataire…, par l'ANSSI depuis 2021"
 * is the certification's: no person stands before the comma.)
 */
const SINCE_BEFORE_DATE = /(?:depuis|since)\s+(?:(?:le|la|l['’]|the|début|fin|early|late)\s*)?$/iu;
const SUPERLATIVE =
  /(?:^|\s)(?:l[ea] plus|les plus|l[ea] moins|the (?:most|least|largest|biggest|highest|lowest|best|worst|first)|(?:largest|biggest|highest|lowest|first)|l[ea] (?:premier|première))\s/iu;
/** A verb in a sentence's opening words: an auxiliary or a copula. */
const OPENING_VERB =
  /(?<![\p{L}])(?:est|sont|était|étaient|a|ont|avait|avaient|is|are|was|were|has|have|had|been)(?![\p{L}])/iu;
function anotherFactsSince(s: SentenceView, f: Found, a: Anchor): boolean {
  if (a.rule !== 'event.dated') return false;
  const lead = s.text.slice(Math.max(s.start, a.start - 20), a.start);
  if (!SINCE_BEFORE_DATE.test(lead)) return false;
  const before = s.text.slice(Math.max(s.start, a.start - 70), a.start);
  if (SUPERLATIVE.test(before)) return true;
  // "Présent à Lyon depuis 2019, X recrute", "Filiale de Y depuis 2018, X a réalisé…": an apposition opening the
  // sentence holds its own "since"; the main clause's verb after its comma is not dated by it.
  const opening = s.text.slice(s.start, a.start);
  if (f.start >= a.end && /^\s*,/u.test(s.text.slice(a.end, a.end + 3)) && !opening.includes(',')) {
    // (verbless: "It has been a subsidiary of Y since 2022, when Y bought it" is a clause of its own)
    if (/\p{L}{3,}[^\p{L}]+(?:depuis|since)\s/iu.test(opening) && !OPENING_VERB.test(opening)) return true;
  }
  const comma = s.text.lastIndexOf(',', a.start);
  return (
    comma >= f.end &&
    s.actors.some((p) => p.kind === 'person' && p.end <= comma && /^\s*$/u.test(s.text.slice(p.end, comma)))
  );
}

/** A stated interval after one of the sentence's dates ("en janvier 2022 … le mois suivant"), with that date. */
function innerChainedCue(s: SentenceView): (ChainedCue & { after: DateMention }) | undefined {
  if (!hasMarker(s, Marker.INTERVAL)) return undefined;
  const found = chainedCue(s);
  if (!found?.offset) return undefined;
  const after = s.dates.findLast((d) => d.end <= found.start);
  if (!after) return undefined;
  // "…on 14 March, a week after the regulator fined it": what "after" introduces happened that long before.
  const end = found.start + found.cue.length;
  const introduces =
    /(?:after|après|apres)$/iu.test(found.cue) && !/^\s*(?:[,.;:!?]|$)/u.test(s.text.slice(end, end + 3));
  return {
    ...found,
    after,
    offset: introduces ? { amount: -found.offset.amount, unit: found.offset.unit } : found.offset,
  };
}

/**
 * How far a trigger is from an anchor. A clause joined by ", and"/", et" between them ("X was acquired in 2020, and
 * Y shut down in 2021") parts them. A date before the trigger that closes the verb phrase before ", and"/" et"
 * ("joined X in 2018 and led the launch") is that phrase's.
 */
function gapTo(s: SentenceView, f: Found, a: Anchor, triggers: readonly Found[] = []): number {
  const gap = f.end <= a.start ? a.start - f.end : Math.max(0, f.start - a.end);
  const between = s.text.slice(Math.min(f.end, a.end), Math.max(f.start, a.start));
  if (NEW_CLAUSE.test(between)) return gap + CLAUSE_PENALTY;
  // ("was founded in 2014 and opened its first site in 2016": the event word itself may open the second phrase)
  const coordinated =
    a.end <= f.start &&
    (between.includes(' and ') || between.includes(' et ')) &&
    (VERB_PHRASE_AFTER.test(between) || COORDINATED_VERB.test(between));
  // "Bluefin, created in 2018, was acquired last year": a date inside a comma clause that tells an event of its own
  // is that event's; the main verb after the clause's comma is not dated by it.
  if (a.end <= f.start && between.trimStart().startsWith(',') && ownClauseEvent(s, a, f, triggers))
    return gap + CLAUSE_PENALTY / 2;
  if (a.end <= f.start && EARLIER_EVENT.test(between)) return gap + CLAUSE_PENALTY / 2;
  // "X, qui dirige l'entreprise depuis sa création en 2008, quittera…": the date closes a relative clause; the
  // verb after its comma is the main clause's.
  const closesRelative =
    a.end <= f.start &&
    /^\s*,/u.test(between) &&
    RELATIVE_OPENED.test(s.text.slice(Math.max(s.start, a.start - 120), a.start));
  return gap + (coordinated || closesRelative ? CLAUSE_PENALTY / 2 : 0);
}

/** Removes the dated anchors within whose span another dated anchor falls ("last year" beside "in March"). */
function dropCoarser(s: SentenceView, anchors: Anchor[], told: Found): void {
  const dated = anchors.filter((a) => a.rule === 'event.dated');
  const spans = new Map(dated.map((a) => [a, dateSpan(a.date)]));
  const coarser = dated.filter((a) =>
    dated.some((b) => {
      // (the finer date in the event word's own clause: "acquired Y last year, which it had approached in March")
      if (b === a || s.text.slice(Math.min(told.end, b.end), Math.max(told.start, b.start)).includes(',')) return false;
      const [sa, sb] = [spans.get(a)!, spans.get(b)!];
      return sa.start <= sb.start && sb.end <= sa.end && (sa.start !== sb.start || sa.end !== sb.end);
    }),
  );
  for (const a of coarser) anchors.splice(anchors.indexOf(a), 1);
}

/** The anchor nearest to a trigger (the first of those as near), each gap measured once. */
function nearestOf(s: SentenceView, f: Found, anchors: readonly Anchor[], triggers: readonly Found[]): Anchor {
  let nearest = anchors[0]!;
  let nearestGap = gapTo(s, f, nearest, triggers);
  for (let i = 1; i < anchors.length; i++) {
    const gap = gapTo(s, f, anchors[i]!, triggers);
    if (gap < nearestGap) {
      nearest = anchors[i]!;
      nearestGap = gap;
    }
  }
  return nearest;
}

/**
 * The trigger a stable sort by (generic, gap to the anchor) would put first: a specific one (launched) before a
 * generic one (said), then the nearest, then the first; found in one pass, each gap measured once.
 */
function firstSpecificNearest(
  s: SentenceView,
  candidates: readonly Found[],
  anchor: Anchor,
  triggers: readonly Found[],
): Found | undefined {
  let best: Found | undefined;
  let bestGap = 0;
  for (const f of candidates) {
    const gap = gapTo(s, f, anchor, triggers);
    const order = best ? Number(f.trigger.generic) - Number(best.trigger.generic) || gap - bestGap : -1;
    if (order < 0) {
      best = f;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * A company named by its trade (or a pronoun) right around a founding's or a certification's word: before it ("La PME nantaise, fondée en", "The firm,
 * founded in", "L'hébergeur fondé en", "The company was founded in"), after a fronted participle ("Créée en 2012 par A,
 * la société…"), or as the object of a verb of founding ("a fondé l'entreprise en", "co-founded the business in").
 * ("la cible", a target bought, is another company; so is a trade with a complement: "la PME de transport")
 */
const TRADE_NAMED = String.raw`(?:(?:la|le|l['’]|the|cette|this)\s*(?:[\p{Lu}][\p{L}]*-(?:based|headquartered)\s+)?(?:(?:jeune|petite|young|small)\s+)?(?:société|entreprise|start-?up|jeune pousse|PME|ETI|hébergeur|éditeur|opérateur|intégrateur|ESN|firme|company|firm|business|operator|provider|vendor|scale-?up|site)(?:\s+(?!(?:de|du|des|d['’]|of|qui|que|which|who|that|a|an|est|was|is|has|had|avait)(?![\p{L}]))[\p{Ll}-]+){0,2}|elle|il|it)`;
const TRADE_BEFORE_FOUNDED = new RegExp(
  String.raw`(?:^|[,;:]\s*|\s)${TRADE_NAMED}\s*,?\s*(?:(?:a été|avait été|était|est|was|is|had been|has been)\s+)?(?:co-?)?$`,
  'iu',
);
const TRADE_AFTER_FRONTED = new RegExp(String.raw`^[^.;:]{0,120}?,\s*${TRADE_NAMED}(?![\p{L}])`, 'iu');
const TRADE_AFTER_VERB = new RegExp(String.raw`^\s*${TRADE_NAMED}(?![\p{L}])`, 'iu');
function tradeAround(s: SentenceView, f: Found): boolean {
  const before = s.text.slice(Math.max(s.start, f.start - 80), f.start);
  if (TRADE_BEFORE_FOUNDED.test(before)) return true;
  const after = s.text.slice(f.end, Math.min(s.end, f.end + 160));
  if (/^[\s\p{P}]*$/u.test(s.text.slice(s.start, f.start))) return TRADE_AFTER_FRONTED.test(after);
  return TRADE_AFTER_VERB.test(after);
}

/** A trigger's parties, a decision's body first, a contract's buyer first. */
function partiesOf(s: SentenceView, f: Found, topic?: ActorSpan): { subject?: Group; other?: Group } {
  const read = parties(s, f, topic);
  // A contract names its buyer first (the curators' guide): "X a été retenue par Y" is Y's contract with X; a chooser
  // read as a place only ("par la région Bretagne" cut to its place) names no buyer, and makes no contract.
  if (
    f.trigger.kind === 'contract' &&
    NEEDS_A_NAME.test(s.text.slice(f.start, f.end)) &&
    PASSIVE_CHOSEN.test(s.text.slice(Math.max(s.start, f.start - 12), f.start))
  )
    // (the one chosen an organisation: "le projet a été retenu par Y", "Anne Morel a été choisie par Y" are no supplier)
    return read.other?.members.some((m) => m.kind !== 'place') &&
      read.subject &&
      !(
        read.subject.members.every((m) => m.kind === 'person') &&
        /^\s*(?:a|ont|avait|avaient|avoir)\s+été\s+$/u.test(s.text.slice(read.subject.end, f.start))
      )
      ? { subject: read.other, other: read.subject }
      : {};
  return f.trigger.decider ? decided(read) : read;
}

function eventDrafts(
  s: SentenceView,
  recency: Span | undefined,
  chained: Anchor | undefined,
  topicOf?: () => ActorSpan | undefined,
): EventDraft[] {
  const triggers = findTriggers(s);
  if (triggers.length === 0) return [];
  // "X a rejoint Y en janvier 2022 et a obtenu Z le mois suivant": an interval told against the sentence's own date
  const inner = s.dates.length > 0 ? innerChainedCue(s) : undefined;
  // One event per date: the nearest trigger, a specific one (launched) before a generic one (said).
  const anchors: Anchor[] = s.dates.map((d) => ({ start: d.start, end: d.end, date: d.date, rule: 'event.dated' }));
  // Dated once the event of the date it counts from is drafted (that anchor comes first, the inner one last).
  const innerAnchor: Anchor | undefined = inner && {
    start: inner.start,
    end: inner.start + inner.cue.length,
    date: inner.after.date,
    rule: 'event.chained',
  };
  if (innerAnchor) anchors.push(innerAnchor);
  if (recency) {
    const cue = s.text.slice(recency.start, recency.end);
    anchors.push({ start: recency.start, end: recency.end, date: recencyDate(s, cue), rule: 'event.recency' });
  }
  if (chained) anchors.push(chained);
  if (anchors.length === 0) return [];
  // (asked only of a sentence with an event word and an anchor: the article's company so far)
  const topic = topicOf?.();
  // "Two years after their launch": the event word after "after" is the earlier event, not this one.
  const reference = chained?.cue && /(?:after|après|apres)$/iu.test(chained.cue) ? chained.end : undefined;
  const told =
    reference === undefined
      ? triggers
      : chained?.comesAfter
        ? triggers.filter((f) => f.start >= reference)
        : triggers.filter((f) => f.start < reference || !REFERENCE_EVENT.test(s.text.slice(reference, f.start)));
  // A trigger belongs to the anchor (a date, or a recency word) nearest to it (gapTo).
  // "Last year, X opened a site in March": one fact told with its year and its month is dated by the finer one.
  if (told.length === 1 && s.dates.length > 1) dropCoarser(s, anchors, told[0]!);
  const nearestAnchor = told.map((f) => nearestOf(s, f, anchors, told));
  const drafts: EventDraft[] = [];
  const used = new Set<Found>();
  for (const slot of anchors) {
    // (the inner anchor's derived date has the slot's own span)
    let anchor = slot;
    // A generic trigger (said, announced) only when right beside its anchor.
    const candidates = told.filter(
      (f, i) =>
        !used.has(f) &&
        nearestAnchor[i] === slot &&
        (!f.trigger.generic || gapTo(s, f, slot) <= 40) &&
        !anotherFactsSince(s, f, slot),
    );
    if (slot === innerAnchor && candidates.length > 0) {
      const from = drafts.find((d) => d.spans[0]!.start === inner!.after.start);
      const derived = from && chainedAnchor(inner!, { last: { key: from.key, date: from.record.date } });
      // With no event drafted at the date it counts from, the sentence's date is all there is.
      anchor = derived ?? { ...inner!.after, date: inner!.after.date, rule: 'event.dated' };
    }
    const best = firstSpecificNearest(s, candidates, slot, told);
    if (!best) continue;
    used.add(best);
    const read = partiesOf(s, best, topic);
    // "La PME nantaise, fondée en 2019 par A et B", "The firm, founded in 2016", "Créée en 2012, la société…", "co-founded
    // the business in 2022": a company named by its trade was founded, the article's company (its founders, if named,
    // the others).
    // Likewise a certification with no subject named ("Le site est certifié HDS depuis 2024").
    const bestKind = best.trigger.kind;
    const described =
      (bestKind === 'founding' || bestKind === 'certification') &&
      topic &&
      topic.kind !== 'place' &&
      topic.kind !== 'person' &&
      (!read.subject || (bestKind === 'founding' && read.subject.members.every((m) => m.kind === 'person'))) &&
      tradeAround(s, best);
    const reported: Group | undefined = described
      ? { members: [topic], start: best.start, end: best.start, wordBefore: '', inParentheses: false }
      : read.subject;
    const other = described && bestKind === 'founding' ? read.subject : read.other;
    if (!reported) continue;
    const subject = best.trigger.kind === 'certification' ? withOfferOwner(s, reported, topic) : reported;
    const main = subject.members[0]!;
    const reading = kindAndStatus(s, best, anchor.date);
    const { status } = reading;
    // An aim, an intention or a hope is no event (the curators' guide: "vise la qualification d'ici 2027", "compte
    // racheter X en juin", "expects to be certified in 2025"); a future or a forecast is a planned one ("sera fermé
    // en décembre", "will be switched off", "should see the light of day").
    if (status === 'planned') {
      const words = s.text.slice(Math.max(s.start, best.start - 80), Math.min(s.end, best.end + 1));
      if (PLAN[s.language].test(words) || AIM[s.language].test(words)) continue;
    }
    // A denial is no event either: "a démenti en mars tout projet de rachat", "denied in March that it would buy",
    // "dément avoir été approchée par X en vue d'un rachat"; nor an aim ("en vue d'un rachat", "with a view to a
    // listing").
    const lead = s.text.slice(Math.max(clauseStart(s, best.start), best.start - 100), best.start);
    if (DENIAL[s.language].test(lead) || PURPOSE.test(lead.slice(-24)) || CONSIDERED.test(lead.slice(-40))) continue;
    // A person is born, not founded ("Marie Durand, née à Lyon en 1975" is no founding), and a company, not its
    // chief, goes public ("X, CEO of Y, ruled out an IPO").
    if (
      (reading.kind === 'founding' || reading.kind === 'ipo') &&
      main.kind === 'person' &&
      !founderRelative(s, best, topic)
    )
      continue;
    // Revenue is a business's: not a person's, a place's or a public body's (a customer named before "and that
    // revenue reached N").
    if (reading.kind === 'results' && !RESULTS_KINDS.has(main.kind)) continue;
    // "left London in 2019" leaves a place, no employer.
    if (
      reading.kind === 'departure' &&
      /^left$/iu.test(s.text.slice(best.start, best.end)) &&
      other?.members.every((m) => m.kind === 'place')
    )
      continue;
    // A person who quits leaves an employer: "X a quitté l'entreprise", "X quit the board" is X's departure.
    const kind = reading.kind === 'withdrawal' && main.kind === 'person' ? 'departure' : reading.kind;
    // A post goes to a person: "la commission a désigné les lauréats du programme X", "named the winners" name none.
    if (
      kind === 'appointment' &&
      /^\s+(?:les|des|the)\s/iu.test(s.text.slice(best.end, best.end + 6)) &&
      ![...subject.members, ...(other?.members ?? [])].some((m) => m.kind === 'person')
    )
      continue;
    const actors = subject.members.map((a) => ({ id: a.id, role: best.trigger.roles.subject }));
    for (const a of other?.members ?? []) {
      if (!actors.some((x) => x.id === a.id))
        actors.push({
          id: a.id,
          role: status === 'announced' ? bi('annonceur', 'announcer') : best.trigger.roles.other,
        });
    }
    const label = KIND_LABELS[kind];
    const names = subject.members.map((a) => a.name).join(s.language === 'fr' ? ' et ' : ' and ');
    // The fields in the knowledge base's order, the optional ones set only when told: assigned one by one rather than
    // spread from an object made for each (the same keys in the same order).
    const record: Partial<EventDraft['record']> = { date: anchor.date };
    if (status) record.status = status;
    if (anchor.derived) record.derived = { date: anchor.derived };
    record.kind = kind;
    record.title = { fr: `${names} : ${label.fr}`, en: `${names}: ${label.en}` };
    record.actors = actors as EventDraft['record']['actors'];
    drafts.push({
      key: [kind, main.id, anchor.date.value].join('\u0000'), // joined: see relationKey
      record: record as EventDraft['record'],
      source: s.source,
      spans: [anchor, best, ...subject.members],
      confidence: clamp01(
        (anchor.rule === 'event.dated' ? 0.7 : anchor.rule === 'event.chained' ? 0.4 : 0.5) +
          (best.trigger.generic ? -0.2 : 0) +
          (other ? 0.05 : 0),
      ),
      rule: `${anchor.rule}:${best.trigger.kind}${status ? `+${status}` : ''}`,
    });
  }
  return drafts;
}
