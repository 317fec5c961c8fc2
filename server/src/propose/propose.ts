// (first: V8 flags for the rules' regexes, before any of them runs)
import './regexp-tiering.ts';
import { createHash } from 'node:crypto';
import type {
  Derivation,
  Evidence,
  EvidenceRef,
  KbActor,
  KbEvent,
  KbFunding,
  KbRelation,
  Source,
  SourceManifestEntry,
} from '../domain/model.ts';
import type { ActorKind } from '../domain/vocabulary.ts';
import { extractDates, type DateMention } from '../ingest/extract/dates.ts';
import { extractMoney, type MoneyMention } from '../ingest/extract/money.ts';
import { foldKey, foldText } from '../ingest/offset-preserving-fold.ts';
import { Gazetteer, gazetteerEntries } from '../ingest/gazetteer.ts';
import { discoverNames } from '../ingest/names.ts';
import { detectLanguage, splitSentences, type Span as TextSpan } from '../ingest/text.ts';
import {
  groupNewActors,
  joinInstitutionNames,
  listedWithName,
  refineNames,
  slugify,
  withElidedNames,
  type NewActorDraft,
} from './actors.ts';
import { clamp01, tokenise, type Draft, type EventDraft, type RelationDraft } from './drafts.ts';
import { DRAFT_POINTER, noteScene, proposeEvents, resultsOfRevenue, type EventChain } from './events.ts';
import { proposeFundings, withoutTotals, type FundingContext } from './fundings.ts';
import {
  eventConflict,
  eventsMatch,
  fundingConflict,
  fundingsMatch,
  mainActors,
  matchKeys,
  relationsMatch,
} from './match.ts';
import {
  articleTopic,
  type Discourse,
  newDiscourse,
  rememberSentence,
  resolveAnaphor,
  resolveTopic,
  resolveDemonstratives,
  resolvePlurals,
  resolveAuthorityHeads,
  resolveDealRoles,
  resolveGenericObjects,
  resolvePossessiveTitles,
  resolveLatterInside,
  resolveReportedPronouns,
} from './coreference.ts';
import {
  actorLookup,
  fundsRelations,
  proposeRelations,
  mayDescribeSubject,
  type ImpliedPlace,
  type RelationContext,
} from './relations.ts';
import { evidenceSpan, groupActors, type ActorSpan, type Complete, type SentenceView, type Span } from './sentence.ts';
import type { LogisticModel } from './learnt/logistic.ts';
import { learntEvents, savedEventModel } from './learnt/event-dates.ts';
import { learntRelations, savedRelationModel } from './learnt/relation-pairs.ts';

/**
 * From source texts and a knowledge base to proposed records: each in the knowledge base's own shape, with the
 * shortest exact span that supports it (offsets into the normalised text), a status against the knowledge base
 * (new, matches, conflicts), a confidence and the rule that made it. Pure and deterministic: the same inputs give
 * the same proposals, byte for byte once serialised.
 */

export type ProposalStatus = 'new' | 'matches' | 'conflicts';
type Collection = 'actors' | 'relations' | 'events' | 'fundings';

export interface ProposalMeta {
  status: ProposalStatus;
  confidence: number;
  /** Which extractor and pattern produced it (several when merged). */
  rule: string;
  /** Evidence records (top-level `evidence`, with offsets) behind `evidence`. */
  evidenceIds: string[];
  /** With status "matches": the knowledge-base record it repeats. */
  matches?: string;
  /** With status "conflicts": the knowledge-base record it disagrees with, and on what. */
  conflictsWith?: { record: string; about: string; existing: object };
}

/**
 * A proposal is a knowledge-base record plus `proposal`: drop that key and what is left is a record to accept as it
 * is (events have a `status` of their own, planned/announced/happened, hence the separate key).
 */
export type ActorProposal = KbActor & { proposal: ProposalMeta };
export type RelationProposal = KbRelation & { proposal: ProposalMeta };
export type EventProposal = KbEvent & { proposal: ProposalMeta };
export type FundingProposal = KbFunding & { proposal: ProposalMeta };

export interface Proposals {
  schemaVersion: 1;
  summary: Record<Collection, Record<ProposalStatus, number>>;
  actors: ActorProposal[];
  relations: RelationProposal[];
  events: EventProposal[];
  fundings: FundingProposal[];
  evidence: Evidence[];
  sources: Source[];
}

export interface KnowledgeBaseRecords {
  actors: readonly KbActor[];
  relations: readonly KbRelation[];
  events: readonly KbEvent[];
  fundings: readonly KbFunding[];
}

export interface ProposalDocument {
  source: SourceManifestEntry;
  /** The normalised text (normaliseText): offsets index it. */
  text: string;
}

interface Cited<R> {
  key: string;
  record: R;
  cites: { source: string; start: number; end: number }[];
  /** The highest confidence among the drafts merged into it. */
  confidence: number;
  /** The rules that proposed it, each once, in the order first met (one or two: a list costs less than a set). */
  rules: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A citation: a span of a source's normalised text. */
interface Cite {
  source: string;
  start: number;
  end: number;
}

/**
 * A fact one document's rules propose, with the span that cites it: what the run's collectors merge. Plain data,
 * so a worker thread can hand it over (see pool.ts).
 */
export interface ProposedFact<R> {
  key: string;
  record: R;
  confidence: number;
  rule: string;
  cite: Cite;
}

type EventRecord = Omit<KbEvent, 'id' | 'evidence'>;
type FundingRecord = Omit<KbFunding, 'id' | 'evidence'>;
type RelationRecord = Omit<KbRelation, 'id' | 'evidence'>;

/** What one document's rules propose, in the order they proposed it. */
export interface DocumentProposals {
  events: ProposedFact<EventRecord>[];
  fundings: ProposedFact<FundingRecord>[];
  relations: ProposedFact<RelationRecord>[];
  /** Places the relations end at that only an adjective named ("le groupe néerlandais X"): new place actors. */
  implied?: ImpliedPlace[];
}

const fact = <R>(draft: Draft<R>, cite: Cite): ProposedFact<R> => ({
  key: draft.key,
  record: draft.record,
  confidence: draft.confidence,
  rule: draft.rule,
  cite,
});

/**
 * Whether `cites` holds `cite`. Documents are merged one after the other, so the same citation can only be among
 * the last ones, those of its source.
 */
function citedAlready(cites: readonly Cite[], cite: Cite): boolean {
  for (let i = cites.length - 1; i >= 0 && cites[i]!.source === cite.source; i--)
    if (cites[i]!.start === cite.start && cites[i]!.end === cite.end) return true;
  return false;
}

class Collector<R> {
  readonly items = new Map<string, Cited<R>>();
  add(draft: ProposedFact<R>) {
    const cite = draft.cite;
    let item = this.items.get(draft.key);
    if (!item) {
      item = {
        key: draft.key,
        record: draft.record,
        cites: [],
        confidence: 0,
        rules: [],
      };
      this.items.set(draft.key, item);
    }
    if (!citedAlready(item.cites, cite)) item.cites.push(cite);
    item.confidence = Math.max(item.confidence, draft.confidence);
    if (!item.rules.includes(draft.rule)) item.rules.push(draft.rule);
  }
}

/**
 * A name matched by a lower-case alias at the head of a hyphenated compound ("the state" in "the state-owned fund"):
 * an adjective, not the actor.
 */
function compoundHead(text: string, span: ActorSpan): boolean {
  if (text.charCodeAt(span.end) !== 45) return false;
  // Lower case as written ("the state"), unlike a proper name ("Roubaix-based" still names Roubaix).
  const first = text.charCodeAt(span.start);
  return first >= 97 && first <= 122 && /^\p{Ll}/u.test(text.slice(span.end + 1, span.end + 2));
}

/** Known actors' spans plus the new names' spans, in text order and without overlaps (known names win). */
function actorSpans(known: ActorSpan[], fresh: ActorSpan[]): ActorSpan[] {
  const all = [...known, ...fresh].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ActorSpan[] = [];
  for (const span of all) {
    const last = out.at(-1);
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}

interface NewActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  kindCue: string | null;
  mentions: number;
  /** Named in a list beside another name ("Sequoia Capital and Accel"). */
  listed: boolean;
  cites: { source: string; start: number; end: number }[];
}

/** Minimum confidence for a new name to take part in the rules as an actor. */
const NEW_ACTOR_FLOOR = 0.45;

/** A name of several words, or spelt like a brand with a capital inside ("SoftBank"): not a capitalised word. */
// ("UKCloud": capitals then lower case, a brand too)
const nameLike = (name: string) => name.includes(' ') || /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(name);

function newActorConfidence(a: { name: string; kindCue: string | null; mentions: number; listed: boolean }): number {
  return clamp01(
    0.35 +
      (a.kindCue ? 0.25 : 0) +
      (a.mentions >= 2 ? 0.15 : 0) +
      (nameLike(a.name) ? 0.1 : 0) +
      (a.listed && !nameLike(a.name) ? 0.1 : 0),
  );
}

/** What reading any document needs from the knowledge base: built once per run (and once per worker thread). */
export interface ProposalContext {
  gazetteer: Gazetteer;
  knownById: ReadonlyMap<string, KbActor>;
  /** Folded names the knowledge base already has. */
  knownKeys: ReadonlySet<string>;
  /** Countries and assemblies that nationalities and elected titles point to, looked up by name. */
  knownByName: ReadonlyMap<string, ActorSpan>;
  /** The learnt relation model (learnt/relation-pairs.ts), or null to read relations with the rules alone. */
  relationModel: LogisticModel | null;
  /** The learnt event model (learnt/event-dates.ts), or null to read events with the rules alone. */
  eventModel: LogisticModel | null;
  /** Called with each sentence the rules read and what they read there (training reads what they see). */
  observe?: ((view: SentenceView, read: RuleReading) => void) | undefined;
}

/** What the rules read in one sentence (events include those the funding rules date). */
export interface RuleReading {
  relations: readonly RelationDraft[];
  events: readonly EventDraft[];
}

/**
 * How a run reads: by default with the rules alone; a learnt model given (`LEARNT()`: the saved ones, trained by
 * `npm run train`) also reads its record type where the rules read nothing (docs/proposals/learnt.md says why they
 * are not the default: on the corpus's real articles they add more wrong records than right ones).
 */
export interface ProposeOptions {
  relationModel?: LogisticModel | null;
  eventModel?: LogisticModel | null;
  observe?: (view: SentenceView, read: RuleReading) => void;
}

/** The rules alone, no learnt model: the default, said explicitly (the rule tests, training). */
export const RULES_ONLY: ProposeOptions = Object.freeze({ relationModel: null, eventModel: null });

/** The rules and the saved learnt models (read from disk once). */
export const LEARNT = (): ProposeOptions => ({ relationModel: savedRelationModel(), eventModel: savedEventModel() });

export function proposalContext(kb: KnowledgeBaseRecords, options: ProposeOptions = {}): ProposalContext {
  const entries = gazetteerEntries(kb.actors);
  const knownByName = new Map<string, ActorSpan>();
  for (const actor of kb.actors)
    for (const alias of [actor.name, ...actor.aliases.fr, ...actor.aliases.en])
      knownByName.set(foldKey(alias), { id: actor.id, kind: actor.kind, name: actor.name, start: 0, end: 0 });
  return {
    gazetteer: new Gazetteer(entries),
    knownById: new Map(kb.actors.map((a) => [a.id, a])),
    knownKeys: new Set(entries.map((e) => foldKey(e.alias))),
    knownByName,
    relationModel: options.relationModel ?? null,
    eventModel: options.eventModel ?? null,
    observe: options.observe,
  };
}

/** What a document's reading gives the whole run: its source record and the new names it groups into actors. */
export interface DocumentFindings {
  source: Source;
  newActors: NewActorDraft[];
}

/** One document read: what the rules need from it that does not depend on any other document. */
export interface DocumentReading {
  document: ProposalDocument;
  sentences: TextSpan[];
  dates: DateMention[];
  money: MoneyMention[];
  /** Mentions of the knowledge base's actors. */
  known: ActorSpan[];
  /** The text folded (`foldText`), for the new actors' gazetteer too. */
  folded: string;
  findings: DocumentFindings;
}

/**
 * A state or government the words name as another's or as an adjective: "the state government of Styria", "le
 * gouvernement de la Bavière", "State-owned lender X" name no actor the knowledge base calls "the State" ("le
 * gouvernement de Michel Barnier" still does).
 */
const STATE_WORD = /^(?:the\s+)?(?:state|government|gouvernement|état|etat)$/iu;
// ("the French state investment bank": France's own State named so, read by `STATE_ADJECTIVE` only)
const FRENCH_STATE_WORDS = /^French\s+state$/iu;
// (France's own and its leaders' are still the State: "the government of France", "le gouvernement de la France",
// "the government of Prime Minister X", "le gouvernement du Premier ministre X")
const OF_ANOTHER =
  /^(?:-(?:owned|backed|run|controlled|funded)|\s+(?:government\s+)?of\s+(?:the\s+)?(?!(?:France|French|Prime|President|Premier)(?![\p{L}]))\p{Lu}|\s+(?:du|des|de\s+la|de\s+l['’])\s*(?!(?:France|République|Premier|Président|Présidente)(?![\p{L}]))\p{Lu})/u;
// ("the Dutch government", "Belgium's federal government", "the Welsh Government", "le gouvernement belge": another
// country's or a region's)
const ANOTHER_BEFORE =
  /(?:(?<![\p{L}])(?!French\s)\p{Lu}\p{Ll}+(?:an|ese|ish|ch|sh|ic|i|ss)|(?<![\p{L}])(?!France['’]s)\p{Lu}[\p{L}-]+['’]s|(?<![\p{L}])(?:UK|US|EU)|(?<![\p{L}])(?:federal|regional|local|provincial|devolved|county|city|municipal|state))\s+$/u;
const ANOTHER_AFTER =
  /^\s+(?:belge|néerlandais|allemand|britannique|irlandais|italien|espagnol|luxembourgeois|suisse|québécois|canadien|américain|fédéral|régional|wallon|flamand|écossais|gallois|danois|suédois|norvégien|finlandais|polonais|autrichien|portugais|grec|chinois|japonais|indien)(?![\p{L}])/u;
const GOVERNMENT_NAMED = /^(?:Government|Gouvernement)$/u;
// (a name's word, not an article opening a sentence: "Le Gouvernement a accordé…", "The Government has lent…" are
// the State's)
const CAPITALISED_BEFORE =
  /(?<![\p{L}'’])(?!(?:The|Le|La|Les|A|An|Un|Une|This|Ce|Cet|Cette|Our|Notre|Its|Son|Sa)\s)\p{Lu}[\p{L}-]*\s+$/u;
// ("the State Bank of India", "the State Information Technology Agency": a capitalised word after it goes on with the
// name it opens)
// (not a day's or a month's name, the wires' "the French Government Tuesday granted…", "the State Monday agreed…")
const CAPITALISED_AFTER =
  /^ (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))\p{Lu}[\p{L}-]/u;
// (English only: French capitalises an adjective after it, "le Gouvernement Français a accordé…", the State)
const nameGoesOn = (text: string, mention: { start: number; end: number }, language: string) =>
  language === 'en' && CAPITALISED_AFTER.test(text.slice(mention.end, mention.end + 12));
const governmentNamed = (text: string, mention: { start: number; end: number }, language: string) =>
  (GOVERNMENT_NAMED.test(text.slice(mention.start, mention.end)) &&
    CAPITALISED_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))) ||
  nameGoesOn(text, mention, language);
// ("the Western Cape Government", "the Scottish Government": a capitalised name's end, not France's "French Government")
const FRENCH_BEFORE = /(?:French|France['’]s)\s+$/u;
const anotherState = (text: string, mention: { start: number; end: number }, language: string) =>
  (STATE_WORD.test(text.slice(mention.start, mention.end)) ||
    FRENCH_STATE_WORDS.test(text.slice(mention.start, mention.end))) &&
  (nameGoesOn(text, mention, language) ||
    (governmentNamed(text, mention, language) &&
      !FRENCH_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))) ||
    OF_ANOTHER.test(text.slice(mention.end, mention.end + 40)) ||
    ANOTHER_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)) ||
    ANOTHER_AFTER.test(text.slice(mention.end, mention.end + 20)) ||
    STATE_ADJECTIVE.test(text.slice(mention.end, mention.end + 30)));
// ("Bpifrance, the French state investment bank", "the state lender X": the State's word describing a body, no State)
const STATE_ADJECTIVE =
  /^\s+(?:(?:investment|development|export)\s+)?(?:banks?|lenders?|funds?|investors?|agency|broadcaster|utility|railway|insurer|holding|company|firm)(?![\p{L}])/u;

const HYPHEN_CAPITAL_AFTER = /^-\p{Lu}\p{Ll}/u;
export function readDocument(context: ProposalContext, document: ProposalDocument): DocumentReading {
  const { source, text } = document;
  const language = source.language;
  const sentences = splitSentences(text, language);
  const folded = foldText(text);
  // ("Grenoble-Alpes Métropole", "Paris-Saclay": a known name joined by a hyphen to a capitalised word is part of
  // another name (not "la coentreprise Thales-Google": a pair of known names)
  const all = context.gazetteer.find(text, folded);
  const found = all.filter(
    (m) => !HYPHEN_CAPITAL_AFTER.test(text.slice(m.end, m.end + 3)) || all.some((n) => n.start === m.end + 1),
  );
  const another = found.filter((m) => anotherState(text, m, language));
  const mentions = found.filter((m) => !another.includes(m));
  const dates = extractDates(text, { language, published: source.published });
  const money = extractMoney(text, { language, published: source.published });
  // (another's state is no actor, but its word is no part of a name either: "State-backed Bpifrance" names Bpifrance;
  // but a capitalised one after a capitalised word is the end of a name: "the Welsh Government", "Scottish Government")
  const taken = [
    ...found.filter((m) => !(another.includes(m) && governmentNamed(text, m, language))),
    ...dates,
    ...money,
  ];
  const joined = joinInstitutionNames(text, withElidedNames(text, discoverNames(text, sentences, taken), taken));
  const names = refineNames(text, joined, language);
  const known: ActorSpan[] = mentions.map((m) => {
    const actor = context.knownById.get(m.actor)!;
    return { id: actor.id, kind: actor.kind, name: actor.name, start: m.start, end: m.end };
  });
  return {
    document,
    sentences,
    dates,
    money,
    known,
    folded,
    findings: {
      source: {
        ...source,
        textAvailable: true,
        detectedLanguage: detectLanguage(text),
        characters: text.length,
        sentences: sentences.length,
        textHash: sha256(text),
      },
      newActors: groupNewActors(text, names, language, context.knownKeys),
    },
  };
}

/** A new actor that takes part in a document's rules: its spellings there, its name and kind as the run has them. */
export interface ParticipatingActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

/**
 * The run's new actors, grown document by document in source-id order. A name's kind comes from the first document
 * that gives a cue for it, and that cue decides whether its mentions elsewhere are confident enough to take part in
 * the rules: the one step where a document depends on the ones before it (cheap, and sequential in every mode).
 */
export class NewActorRegistry {
  readonly actors = new Map<string, NewActor>();
  readonly #knownById: ReadonlyMap<string, KbActor>;

  constructor(knownById: ReadonlyMap<string, KbActor>) {
    this.#knownById = knownById;
  }

  /**
   * A place only an adjective named, which a relation ends at ("the Dutch operator X"): a new place actor cited by the
   * adjective, unless the knowledge base or a document named it already. Called once every document was registered,
   * so that a name wins over an adjective whatever the order of the documents.
   */
  imply(source: string, place: ImpliedPlace): void {
    if (this.#knownById.has(place.id) || this.actors.has(place.id)) return;
    this.actors.set(place.id, {
      id: place.id,
      name: place.name,
      kind: 'place',
      aliases: new Set(place.aliases),
      kindCue: null,
      mentions: 1,
      listed: false,
      cites: [{ source, start: place.start, end: place.end }],
    });
  }

  /** Adds a document's new names; answers those that take part in its rules. */
  register(document: ProposalDocument, drafts: readonly NewActorDraft[]): ParticipatingActor[] {
    const { source, text } = document;
    const kept: { id: string; aliases: string[] }[] = [];
    for (const draft of drafts) {
      const id = slugify(draft.name);
      if (this.#knownById.has(id)) continue;
      const actor = this.actors.get(id) ?? {
        id,
        name: draft.name,
        kind: draft.kind,
        aliases: new Set<string>(),
        kindCue: draft.kindCue,
        mentions: 0,
        listed: false,
        cites: [],
      };
      draft.aliases.forEach((alias) => actor.aliases.add(alias));
      actor.mentions += draft.mentions.length;
      const listed = draft.mentions.some((m) => listedWithName(text, m));
      actor.listed ||= listed;
      if (!actor.kindCue && draft.kindCue) [actor.kind, actor.kindCue] = [draft.kind, draft.kindCue];
      const first = draft.mentions[0]!;
      actor.cites.push(citeName(text, source.id, first, draft.kindCue));
      this.actors.set(id, actor);
      if (newActorConfidence({ ...actor, mentions: draft.mentions.length, listed }) >= NEW_ACTOR_FLOOR)
        kept.push({ id, aliases: draft.aliases });
    }
    return kept.map(({ id, aliases }) => {
      const actor = this.actors.get(id)!;
      return { id, name: actor.name, kind: actor.kind, aliases };
    });
  }
}

/** The rules over one read document, its new actors resolved by the registry. */
export function proposeFromDocument(
  context: ProposalContext,
  reading: DocumentReading,
  participating: readonly ParticipatingActor[],
): DocumentProposals {
  const { document, sentences, dates, money, known } = reading;
  const { source, text } = document;
  const language = source.language;
  const proposed: DocumentProposals = { events: [], fundings: [], relations: [] };
  // The learnt model's events, kept apart until the rules' events of the whole document are known.
  const modelEvents: ProposedFact<EventRecord>[] = [];
  // Every mention of a new actor, including those name discovery skips (a name opening a sentence).
  const byId = new Map(participating.map((p) => [p.id, p]));
  const fresh: ActorSpan[] =
    participating.length === 0
      ? []
      : new Gazetteer(
          participating.flatMap(({ id, aliases }) =>
            aliases.map((alias) => ({ actor: id, alias, caseSensitive: true })),
          ),
        )
          .find(text, reading.folded)
          .map((m) => {
            const actor = byId.get(m.actor)!;
            return { id: actor.id, kind: actor.kind, name: actor.name, start: m.start, end: m.end };
          });
  const spans = actorSpans(
    known.filter((k) => !compoundHead(text, k)),
    fresh,
  );
  let byName = context.knownByName;
  if (fresh.length > 0) {
    const withFresh = new Map(byName);
    for (const span of fresh) withFresh.set(foldKey(span.name), span);
    byName = withFresh;
  }
  const lookup = actorLookup(byName);

  // (every field present from the start, as the rules set them in any order: `Complete`)
  const fundingContext: Complete<FundingContext> = {
    topic: () => articleTopic(discourse),
    last: undefined,
    round: undefined,
    pool: undefined,
    tender: undefined,
    headline: undefined,
    contract: undefined,
    sentence: undefined,
    bodies: undefined,
    financiers: undefined,
    opening: undefined,
  };
  const discourse = newDiscourse();
  const relationContext: Complete<RelationContext> = {
    topic: () => articleTopic(discourse),
    describedTopic: () => articleTopic(discourse, true) ?? soleCompany(discourse),
    enumeration: undefined,
    people: undefined,
    person: undefined,
    deal: undefined,
    before: undefined,
    implied: undefined,
  };
  const chain: Complete<EventChain> = {
    topic: relationContext.describedTopic,
    last: undefined,
    since: undefined,
    background: undefined,
    scene: undefined,
  };
  let paragraph = 0;
  // The next paragraph break, found once per paragraph rather than searched for again at each sentence.
  let nextBreak = text.indexOf('\n\n');
  let a = 0;
  let d = 0;
  let mo = 0;
  sentences.forEach((sentence, index) => {
    // Paragraphs are separated by a blank line (normaliseText keeps them as "\n\n").
    while (nextBreak >= 0 && nextBreak < sentence.start) {
      paragraph++;
      nextBreak = text.indexOf('\n\n', nextBreak + 2);
    }
    // Each list is in text order: the sentence's items follow those of the sentences before.
    const firstActor = firstFrom(spans, a, sentence.start);
    const firstDate = firstFrom(dates, d, sentence.start);
    const firstMoney = firstFrom(money, mo, sentence.start);
    a = firstFrom(spans, firstActor, sentence.end);
    d = firstFrom(dates, firstDate, sentence.end);
    mo = firstFrom(money, firstMoney, sentence.end);
    let sentenceActors = spans.slice(firstActor, a);
    const sentenceDates = dates.slice(firstDate, d);
    const sentenceMoney = money.slice(firstMoney, mo);
    noteScene(chain, index, paragraph, sentenceDates);
    // "It is certified…", "Cet éditeur a…": the actor the sentence's opening anaphor stands for.
    const anaphor =
      resolveAnaphor(text, sentence.start, language, sentenceActors, discourse, index, paragraph) ??
      resolveTopic(text, sentence.start, language, sentenceActors, discourse);
    // In text order: after an opening participle clause the anaphor follows the names inside that clause.
    if (anaphor) sentenceActors = [anaphor, ...sentenceActors].sort((x, y) => x.start - y.start);
    const scope = {
      text,
      start: sentence.start,
      end: sentence.end,
      language,
      actors: sentenceActors,
      discourse,
      index,
      paragraph,
    };
    const pointed = resolveDemonstratives(scope);
    const plural = resolvePlurals(scope);
    const generic = resolveGenericObjects(text, sentence.start, sentence.end, language, sentenceActors, discourse);
    const latter = resolveLatterInside(text, sentence.start, sentence.end, language, sentenceActors);
    const authorities = resolveAuthorityHeads(text, sentence.start, sentence.end, language, sentenceActors, discourse);
    const titled = resolvePossessiveTitles(scope);
    const roles = resolveDealRoles(scope);
    const resolved = [...pointed, ...plural, ...generic, ...latter, ...authorities, ...titled, ...roles];
    if (resolved.length > 0) sentenceActors = [...sentenceActors, ...resolved].sort((x, y) => x.start - y.start);
    // (the sentence before's actors, for a description opening this one: `RelationContext.before`)
    relationContext.before = discourse.actors;
    rememberSentence(text, sentence.start, language, sentenceActors, discourse, index, paragraph);
    // A sentence naming nobody may still tell the value of the contract the one before awarded, or an amount only
    // the funding rules read (the article's company's revenue: "Son chiffre d'affaires a atteint N").
    const fundingsOnly = sentenceActors.length === 0 && fundingContext.contract?.sentence !== index - 1;
    // (or a description placing the article's company: "L'hébergeur alsacien ouvre …")
    const described = fundingsOnly && mayDescribeSubject(text, sentence.start, language);
    if (fundingsOnly && sentenceMoney.length === 0 && !described) return;
    const words = tokenise(text, sentence.start, sentence.end);
    // "X said it had joined Y": after remembering, so a pronoun neither names X again nor opens the sentence.
    const reported = resolveReportedPronouns(text, sentence.start, sentence.end, language, sentenceActors, words);
    if (reported.length > 0) sentenceActors = [...sentenceActors, ...reported].sort((x, y) => x.start - y.start);
    const view: Complete<SentenceView> = {
      text,
      folded: reading.folded,
      source: source.id,
      language,
      published: source.published,
      index,
      start: sentence.start,
      end: sentence.end,
      paragraph,
      actors: sentenceActors,
      groups: groupActors(text, sentenceActors, sentence.start),
      dates: sentenceDates,
      money: sentenceMoney,
      words,
      // (found on first use, but present from the start: `Complete`)
      mood: undefined,
      groupsBefore: undefined,
      awarded: undefined,
      markers: undefined,
      futures: undefined,
      fundingWords: undefined,
    };
    const eventDrafts = fundingsOnly ? [] : proposeEvents(view, chain);
    const fundingDrafts = proposeFundings(view, fundingContext);
    for (const draft of fundingDrafts) {
      proposed.fundings.push(fact(draft, cite(view, draft.spans)));
      // (a contract the events' rules told already, its buyer first, is told once)
      if (draft.event && !toldAlready(draft.event, eventDrafts)) eventDrafts.push(draft.event);
      // (a revenue's owner may be carried from before: the funding rules' last recipient)
      const results = resultsOfRevenue(view, draft, fundingContext.last?.to);
      if (results) eventDrafts.push(results);
    }
    for (const draft of eventDrafts) proposed.events.push(fact(draft, cite(view, draft.spans)));
    const relationDrafts = fundingsOnly && !described ? [] : proposeRelations(view, lookup, relationContext);
    context.observe?.(view, { relations: relationDrafts, events: eventDrafts });
    if (context.eventModel)
      for (const draft of learntEvents(view, context.eventModel, eventDrafts))
        modelEvents.push(fact(draft, cite(view, draft.spans)));
    const learntDrafts = context.relationModel ? learntRelations(view, context.relationModel, relationDrafts) : [];
    for (const draft of [...relationDrafts, ...fundsRelations(fundingDrafts), ...learntDrafts])
      proposed.relations.push(fact(draft, cite(view, draft.spans)));
    // (the buyer and the target of the last acquisition told, for "le repreneur", "the target" in the next sentences)
    const acquired = relationDrafts.findLast((d) => d.record.type === 'acquired');
    const buyer = acquired && sentenceActors.find((a) => a.id === acquired.record.from);
    const target = acquired && sentenceActors.find((a) => a.id === acquired.record.to);
    if (buyer && target) discourse.deal = { buyer, target };
  });
  proposed.events.push(...withoutRuleEvents(modelEvents, proposed.events));
  if (relationContext.implied) proposed.implied = [...relationContext.implied.values()];
  publicationEvent(source, text, known, proposed.events);
  proposed.fundings = withFullestPayers(withoutTotals(proposed.fundings));
  return proposed;
}

/** A sentence's contract event its events' rules drafted already, between the same actors on the same date. */
function toldAlready(event: EventDraft, drafts: readonly EventDraft[]): boolean {
  if (event.record.kind !== 'contract') return false;
  const ids = actorIds(event);
  return drafts.some(
    (d) => d.record.kind === 'contract' && d.record.date.value === event.record.date.value && actorIds(d) === ids,
  );
}
const actorIds = (event: EventDraft) =>
  event.record.actors
    .map((a) => a.id)
    .sort()
    .join('\u0000');

/** Learnt events whose main actor and date an event of the rules has anywhere in the document: the rules' stand. */
function withoutRuleEvents(learnt: ProposedFact<EventRecord>[], rules: readonly ProposedFact<EventRecord>[]) {
  if (learnt.length === 0) return learnt;
  const told = new Set(rules.map((f) => `${mainActors(f.record)[0]}\u0000${f.record.date.value}`));
  return learnt.filter((f) => !told.has(`${mainActors(f.record)[0]}\u0000${f.record.date.value}`));
}

/** The one company named so far, early in an article ("Le brestois X lève 18 M€. L'hébergeur finistérien …"). */
function soleCompany(discourse: Discourse): ActorSpan | undefined {
  let sole: ActorSpan | undefined;
  for (const { actor } of discourse.named.values()) {
    if (actor.kind !== 'company') continue;
    if (sole) return undefined;
    sole = actor;
  }
  return sole;
}

/** The citation of a sentence's draft: its evidence span (a function of the module, not a closure per sentence). */
function cite(view: SentenceView, spansOf: Span[]): Cite {
  const { start, end } = evidenceSpan(view, spansOf);
  return { source: view.source, start, end };
}

/** The index of the first item from `from` on that starts at or after `at`. */
function firstFrom(list: readonly { start: number }[], from: number, at: number): number {
  let i = from;
  while (i < list.length && list[i]!.start < at) i++;
  return i;
}

/**
 * One round told several times in a text, with some of its payers or none ("X lève N" in a headline, "X a levé N
 * auprès de A", then "The round was led by A, with B joining"): the same fact, proposed once with all the payers
 * told, cited wherever it is told.
 */
function withFullestPayers(fundings: ProposedFact<FundingRecord>[]): ProposedFact<FundingRecord>[] {
  const payers = (r: FundingRecord) => r.funders ?? (r.from ? [r.from] : []);
  const same = (a: FundingRecord, b: FundingRecord) =>
    a.to === b.to && a.amount === b.amount && a.currency === b.currency && a.kind === b.kind;
  return fundings.map((f) => {
    const told = payers(f.record);
    let fullest: ProposedFact<FundingRecord> | undefined;
    for (const g of fundings) {
      const all = payers(g.record);
      if (all.length > (fullest ? payers(fullest.record).length : told.length) && same(g.record, f.record))
        if (told.every((p) => all.includes(p))) fullest = g;
    }
    return fullest ? { ...f, key: fullest.key, record: fullest.record } : f;
  });
}

/** Merges documents' proposals, in source-id order, into the run's proposals. */
export class ProposalMerger {
  readonly #events = new Collector<EventRecord>();
  readonly #fundings = new Collector<FundingRecord>();
  readonly #relations = new Collector<RelationRecord>();
  readonly #implied: { source: string; place: ImpliedPlace }[] = [];
  readonly #texts = new Map<string, string>();
  readonly #sources: Source[] = [];

  add(document: ProposalDocument, findings: DocumentFindings, proposed: DocumentProposals) {
    this.#texts.set(document.source.id, document.text);
    this.#sources.push(findings.source);
    for (const f of proposed.events) this.#events.add(f);
    for (const f of proposed.fundings) this.#fundings.add(f);
    for (const f of proposed.relations) this.#relations.add(f);
    for (const place of proposed.implied ?? []) this.#implied.push({ source: document.source.id, place });
  }

  finish(kb: KnowledgeBaseRecords, newActors: NewActorRegistry): Proposals {
    for (const { source, place } of this.#implied) newActors.imply(source, place);
    return assemble(kb, {
      events: this.#events,
      fundings: this.#fundings,
      relations: this.#relations,
      newActors: newActors.actors,
      texts: this.#texts,
      sources: this.#sources,
    });
  }
}

/** Documents in the order every run reads them: by source id. */
export const inSourceOrder = (documents: readonly ProposalDocument[]) =>
  [...documents].sort((a, b) => (a.source.id < b.source.id ? -1 : 1));

export function propose(
  kb: KnowledgeBaseRecords,
  documents: readonly ProposalDocument[],
  options: ProposeOptions = {},
): Proposals {
  const context = proposalContext(kb, options);
  const newActors = new NewActorRegistry(context.knownById);
  const merger = new ProposalMerger();
  for (const document of inSourceOrder(documents)) {
    const reading = readDocument(context, document);
    const participating = newActors.register(document, reading.findings.newActors);
    merger.add(document, reading.findings, proposeFromDocument(context, reading, participating));
  }
  return merger.finish(kb, newActors);
}

/** The span that names a new actor, with the word that told its kind when there is one ("la société X"). */
function citeName(
  text: string,
  source: string,
  mention: { start: number; end: number },
  cue: string | null,
): { source: string; start: number; end: number } {
  let start = mention.start;
  if (cue) {
    const at = text.lastIndexOf(cue, mention.start);
    if (at >= 0 && mention.start - (at + cue.length) <= 2) start = at;
  }
  let end = mention.end;
  while (end - start < 3 && end < text.length) end++;
  return { source, start, end };
}

/**
 * The source's own publication, from its manifest entry, when its author or outlet is an actor named in it (or,
 * failing those, when its title, as the text gives it, names actors).
 */
function publicationEvent(
  source: SourceManifestEntry,
  text: string,
  known: readonly ActorSpan[],
  events: ProposedFact<EventRecord>[],
) {
  const named = (name: string | undefined) =>
    name === undefined ? undefined : known.find((k) => foldKey(k.name) === foldKey(name));
  const author = named(source.author);
  const outlet = named(source.outlet?.replace(/\s*\(.*\)$/, ''));
  const actors = [
    ...(author ? [{ id: author.id, role: { fr: 'auteur', en: 'author' } }] : []),
    ...(outlet ? [{ id: outlet.id, role: { fr: 'éditeur', en: 'publisher' } }] : []),
  ];
  const title = source.title;
  // With no author or outlet among the actors, the actors the title names are what the piece is about.
  const titleAt = text.indexOf(title);
  const about =
    actors.length > 0 || titleAt < 0 ? [] : known.filter((k) => k.start >= titleAt && k.end <= titleAt + title.length);
  for (const a of about)
    if (!actors.some((x) => x.id === a.id)) actors.push({ id: a.id, role: { fr: 'sujet', en: 'subject' } });
  const first = author ?? outlet ?? about[0];
  if (!first) return;
  events.push(
    fact(
      {
        key: `publication\u0000${first.id}\u0000${source.published.value}`,
        record: {
          date: source.published,
          kind: 'publication',
          title: { fr: `Publication : « ${title} »`, en: `Publication: “${title}”` },
          actors: actors as KbEvent['actors'],
        },
        source: source.id,
        spans: [first],
        confidence: 0.8,
        rule: 'event.publication-manifest',
      },
      { source: source.id, start: first.start, end: Math.max(first.end, first.start + 3) },
    ),
  );
}

const citeOrder = (a: Cite, b: Cite) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start);

/** Citations by source and start: mostly in that order already, as documents merge in source order. */
function inCiteOrder(cites: readonly Cite[]): readonly Cite[] {
  for (let i = 1; i < cites.length; i++) if (citeOrder(cites[i - 1]!, cites[i]!) > 0) return [...cites].sort(citeOrder);
  return cites;
}

interface Collected {
  events: Collector<Omit<KbEvent, 'id' | 'evidence'>>;
  fundings: Collector<Omit<KbFunding, 'id' | 'evidence'>>;
  relations: Collector<Omit<KbRelation, 'id' | 'evidence'>>;
  newActors: Map<string, NewActor>;
  texts: Map<string, string>;
  sources: Source[];
}

/**
 * Evidence by id (`ev-<source>-<start>-<end>`). Sorting each source's spans apart and then placing the sources in
 * the order of their ids' prefixes gives that order with far fewer comparisons, unless one source's prefix begins
 * another's ("ev-a-" and "ev-a-b-"), whose ids may then interleave: those are sorted as one list.
 */
function evidenceInIdOrder(bySource: ReadonlyMap<string, ReadonlyMap<number, Evidence>>): Evidence[] {
  const prefixes = [...bySource.keys()].map((source) => ({ source, prefix: `ev-${source}-` }));
  prefixes.sort((a, b) => (a.prefix < b.prefix ? -1 : 1));
  // In sorted order, a prefix that begins another begins the one right after it.
  const nested = prefixes.some((p, i) => i > 0 && p.prefix.startsWith(prefixes[i - 1]!.prefix));
  if (nested) return [...bySource.values()].flatMap((bySpan) => [...bySpan.values()]).sort(byId);
  return prefixes.flatMap(({ source }) => [...bySource.get(source)!.values()].sort(byId));
}

function assemble(kb: KnowledgeBaseRecords, c: Collected): Proposals {
  // Each quoted span once, by source and then by its offsets as one number (no id string made per citation):
  // start × (length + 1) + end is one number per span of a text, exact below 2^53 (texts of 94 M characters).
  const evidence = new Map<string, Map<number, Evidence>>();
  const evidenceOf = (source: string, start: number, end: number): Evidence => {
    let bySpan = evidence.get(source);
    if (!bySpan) evidence.set(source, (bySpan = new Map()));
    const text = c.texts.get(source)!;
    const key = start * (text.length + 1) + end;
    let found = bySpan.get(key);
    if (!found)
      bySpan.set(
        key,
        (found = { id: `ev-${source}-${start}-${end}`, source, quote: text.slice(start, end), start, end }),
      );
    return found;
  };
  const cite = (cites: readonly { source: string; start: number; end: number }[]) => {
    const refs: EvidenceRef[] = [];
    const ids: string[] = [];
    for (const { source, start, end } of inCiteOrder(cites)) {
      const { id, quote } = evidenceOf(source, start, end);
      // In source order: a quote already given from this source is among the last refs.
      let quoted = false;
      for (let i = refs.length - 1; i >= 0 && refs[i]!.source === source && !quoted; i--)
        quoted = refs[i]!.quote === quote;
      if (!quoted) refs.push({ source, quote });
      ids.push(id);
    }
    return { evidence: refs, ids };
  };
  const meta = (
    item: Cited<unknown>,
    evidenceIds: string[],
    status: Pick<ProposalMeta, 'status' | 'matches' | 'conflictsWith'>,
  ): ProposalMeta =>
    // `status` is the record's own (withStatus answers a new one each time): completed rather than copied.
    Object.assign(status, {
      // Each further citation of the same fact adds a little confidence.
      confidence: clamp01(item.confidence + 0.05 * Math.min(item.cites.length - 1, 4)),
      rule: item.rules.length === 1 ? item.rules[0]! : [...item.rules].sort().join(', '),
      evidenceIds,
    });
  // The knowledge base's ids, read once: a proposal's id must not take one of them.
  const kbIds = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
  const ids = {
    events: new ProposalIds(kbIds(kb.events)),
    fundings: new ProposalIds(kbIds(kb.fundings)),
    relations: new ProposalIds(kbIds(kb.relations)),
  };

  const actors: ActorProposal[] = [...c.newActors.values()].sort(byId).map((a) => {
    const aliases = [...a.aliases].sort();
    const cited = cite(a.cites.slice(0, 3));
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: { fr: aliases, en: aliases },
      caseSensitive: [],
      description: {
        fr: `Nom relevé automatiquement dans les sources ; nature devinée (${a.kind})${a.kindCue ? ` d'après « ${a.kindCue} »` : ''}.`,
        en: `Name found automatically in the sources; kind guessed (${a.kind})${a.kindCue ? ` from “${a.kindCue}”` : ''}.`,
      },
      evidence: cited.evidence,
      proposal: {
        status: 'new' as const,
        confidence: newActorConfidence(a),
        rule: a.kindCue ? 'actor.name+kind-cue' : 'actor.name',
        evidenceIds: cited.ids,
      },
    };
  });

  // Each existing record filed under its match keys, in knowledge-base order, so that the first match or conflict
  // found among a proposal's candidates is the first in the whole list.
  const filed = <K>(existing: readonly K[], keys: (k: K) => string[]) => {
    const index = new Map<string, K[]>();
    for (const k of existing)
      for (const key of new Set(keys(k))) {
        const list = index.get(key);
        if (list) list.push(k);
        else index.set(key, [k]);
      }
    // A proposal has one key at most (none: an event with no actor, which matches nothing).
    return ([key]: string[]): readonly K[] => (key === undefined ? [] : (index.get(key) ?? []));
  };
  const existingEvents = filed(kb.events, matchKeys.existingEvent);
  const existingFundings = filed(kb.fundings, matchKeys.funding);
  const existingRelations = filed(kb.relations, matchKeys.relation);

  const withStatus = <R, K extends { id: string }>(
    record: R,
    existing: readonly K[],
    collection: Collection,
    match: (r: R, k: K) => boolean,
    conflict: (r: R, k: K) => string | null,
  ): Pick<ProposalMeta, 'status' | 'matches' | 'conflictsWith'> => {
    const same = existing.find((k) => match(record, k));
    if (same) return { status: 'matches', matches: same.id };
    for (const k of existing) {
      const about = conflict(record, k);
      if (about) return { status: 'conflicts', conflictsWith: { record: `${collection}/${k.id}`, about, existing: k } };
    }
    return { status: 'new' };
  };

  // An event's id and status in one pass, its main actor read once for both (`matchKeys.proposedEvent` is the first).
  const eventIds = new Map<string, string>();
  const eventStatus = new Map<string, Pick<ProposalMeta, 'status' | 'matches' | 'conflictsWith'>>();
  for (const item of c.events.items.values()) {
    const main = mainActors(item.record)[0];
    eventIds.set(item.key, ids.events.unique(`${main ?? 'event'}-${item.record.kind}-${item.record.date.value}`));
    eventStatus.set(
      item.key,
      withStatus(item.record, existingEvents(main === undefined ? [] : [main]), 'events', eventsMatch, eventConflict),
    );
  }
  // A date told against an earlier proposed event points at that event's id, or at the knowledge-base record that
  // event repeats (the repeat never reaches the queue, the record is known already).
  const anchorId = (key: string) => {
    const status = eventStatus.get(key)!;
    return status.status === 'matches' && status.matches ? status.matches : eventIds.get(key)!;
  };
  const pointing = (derivation: Derivation): Derivation => ({
    ...derivation,
    from: derivation.from.map((f) =>
      f.startsWith(DRAFT_POINTER) ? `events/${anchorId(f.slice(DRAFT_POINTER.length))}` : f,
    ),
  });
  const events: EventProposal[] = [...c.events.items.values()]
    .map((item) => {
      const cited = cite(item.cites);
      const derivedDate = item.record.derived?.date;
      return {
        id: eventIds.get(item.key)!,
        ...item.record,
        ...(derivedDate ? { derived: { date: pointing(derivedDate) } } : {}),
        evidence: cited.evidence,
        proposal: meta(item, cited.ids, eventStatus.get(item.key)!),
      };
    })
    .sort(byId);

  const fundings: FundingProposal[] = [...c.fundings.items.values()]
    .map((item) => {
      const r = item.record as KbFunding & { funders?: string[] };
      const payer = r.from ?? r.funders?.join('-') ?? '';
      const cited = cite(item.cites);
      return {
        id: ids.fundings.unique(`${payer ? `${payer}-` : ''}${r.to}-${r.kind}-${amountLabel(r.amount)}`),
        ...item.record,
        evidence: cited.evidence,
        proposal: meta(
          item,
          cited.ids,
          withStatus(
            item.record,
            existingFundings(matchKeys.funding(item.record)),
            'fundings',
            fundingsMatch,
            fundingConflict,
          ),
        ),
      };
    })
    .sort(byId);

  const relations: RelationProposal[] = [...c.relations.items.values()]
    .map((item) => {
      const cited = cite(item.cites);
      return {
        id: ids.relations.unique(`${item.record.from}-${item.record.type}-${item.record.to}`),
        ...item.record,
        evidence: cited.evidence,
        proposal: meta(
          item,
          cited.ids,
          withStatus(
            item.record,
            existingRelations(matchKeys.relation(item.record)),
            'relations',
            relationsMatch,
            () => null,
          ),
        ),
      };
    })
    .sort(byId);

  const count = (list: readonly { proposal: ProposalMeta }[]) => {
    const counts = { new: 0, matches: 0, conflicts: 0 };
    for (const p of list) counts[p.proposal.status]++;
    return counts;
  };
  return {
    schemaVersion: 1,
    summary: { actors: count(actors), relations: count(relations), events: count(events), fundings: count(fundings) },
    actors,
    relations,
    events,
    fundings,
    evidence: evidenceInIdOrder(evidence),
    sources: c.sources.sort(byId),
  };
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A collection's proposal ids: a base's slug, or the slug with the first free suffix (-2, -3…), none the knowledge
 * base's. Many events share a base (an actor's rounds of one year): each slug's next suffix to try is kept, so the
 * n-th repeat does not try the n − 1 taken before it (the ids taken only grow, so the same id as trying from -2).
 */
class ProposalIds {
  readonly #used = new Set<string>();
  readonly #nextSuffix = new Map<string, number>();
  readonly #taken: ReadonlySet<string>;
  constructor(taken: ReadonlySet<string>) {
    this.#taken = taken;
  }
  unique(base: string): string {
    const slug = KEBAB.test(base) ? base : slugify(base);
    let n = this.#nextSuffix.get(slug) ?? 1;
    let id = n === 1 ? slug : `${slug}-${n}`;
    while (this.#used.has(id) || this.#taken.has(id)) id = `${slug}-${++n}`;
    this.#nextSuffix.set(slug, n + 1);
    this.#used.add(id);
    return id;
  }
}

const amountLabel = (amount: number) =>
  amount >= 1e9 && amount % 1e8 === 0
    ? `${amount / 1e9}bn`.replace('.', '-')
    : amount >= 1e6 && amount % 1e5 === 0
      ? `${amount / 1e6}m`.replace('.', '-')
      : String(amount).replace('.', '-');

/** Canonical bytes: the same proposals always serialise the same way. */
export function serialiseProposals(proposals: Proposals): string {
  return `${JSON.stringify(proposals, null, 1)}\n`;
}
