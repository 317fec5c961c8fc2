import { symmetricRelationTypes, type ActorKind, type Language, type RelationType } from '../domain/vocabulary.ts';
import { foldKey } from '../ingest/offset-preserving-fold.ts';
import { personNameShaped, slugify } from './actors.ts';
import { clamp01, CueScanner, type CueHit, type FundingDraft, type RelationDraft } from './drafts.ts';
import {
  ANY_TITLE,
  B,
  E,
  ASSEMBLY_TITLES,
  DEPUTY,
  DESCRIBED_ITEM,
  ELECTED_TITLES,
  EMPLOYER_AFTER,
  EMPLOYER_BEFORE_EN,
  STAFF_NOUN_AFTER,
  ENUMERATION_OPENERS,
  ENUMERATION_SEPARATOR,
  ALLIANCE_VEHICLE,
  AT_ITS_HEAD,
  AUTHOR_TITLES,
  CUSTOMER_LIST,
  FUNDER_NOUN,
  HOLDER_NOUN,
  RIVAL_NOUN,
  CUSTOMERS_NAMED_AFTER,
  CUSTOMERS_NAMED_BEFORE,
  COMPANY_HEAD_TITLES,
  COMPANY_OFFICER_TITLES,
  FOUNDERS_INVEST,
  MADE_BY,
  FOUNDER_TITLES,
  LEAD_TITLES,
  HANDED_OVER,
  Marker,
  RIVAL_AND_BODY_NOUNS,
  SITE_NOUNS,
  NATIONALITIES,
  word,
  PUBLISHED_AT,
  ORG_NOUNS,
  HOLDS_AFTER_EN,
  HOLDS_BEFORE,
  OWNER_NOUNS,
  ORGANISATION_KINDS,
  RELATION_CUES,
  WORK_TITLES,
  type Nationality,
  type RelationCue,
} from './lexicon.ts';
import {
  groupAfter,
  groupAfterParticiple,
  groupBefore,
  hasMarker,
  isComplement,
  hypothetical,
  insideActor,
  negated,
  passiveAgent,
  PREPOSITIONS,
  type ActorSpan,
  type AwardedContract,
  type Group,
  type SentenceView,
  type Span,
  POSSESSIVE_BEFORE,
} from './sentence.ts';
import { proposeTies } from './ties.ts';

/**
 * Relations of the closed vocabulary, read "from TYPE to":
 *  - verb and noun cues (RELATION_CUES): "X s'appuie sur Y", "Y, filiale de X", "hébergé chez Y", "X criticises Y";
 *    a passive ("créé par X", "founded by X") swaps the ends; partners and competitors pair every actor around;
 *  - titles between a person and an organisation: "X, CEO of Y", "le PDG de Y, X", "Y's president X" (leads),
 *    "directeur de la stratégie de Y" (works-for), "co-founder of Y" (founded);
 *  - elected titles and party in parentheses: "Senator X (Party)" -> member-of the Senate and of the party;
 *  - a nationality qualifying an organisation: "the French start-up X", "la société française X" -> located-in;
 *  - fundings with a named funder -> funds.
 */

const scanners: Record<Language, CueScanner> = {
  fr: new CueScanner(RELATION_CUES.map((c) => c.fr.pattern)),
  en: new CueScanner(RELATION_CUES.map((c) => c.en.pattern)),
};
/** The criticism cue alone, for sentences with one actor (its object may be the article's project). */
const CRITICISM_CUE = RELATION_CUES.findIndex((c) => c.en.type === 'criticises');
const criticismScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([RELATION_CUES[CRITICISM_CUE]!.fr.pattern]),
  en: new CueScanner([RELATION_CUES[CRITICISM_CUE]!.en.pattern]),
};

/** Actors by folded name, to find the countries and assemblies that titles and nationalities point to. */
export type ActorLookup = (names: readonly string[]) => ActorSpan | undefined;

export function relationKey(type: RelationType, from: string, to: string): string {
  // Joined, not templated: merging hashes every key, and a joined string is flat already (a template's is not).
  return (symmetricRelationTypes.has(type) && to < from ? [type, to, from] : [type, from, to]).join('\u0000');
}

/** A relation read in one sentence, symmetric types in a stable order, citing the words and both names. */
export function draft(
  s: SentenceView,
  type: RelationType,
  from: ActorSpan,
  to: ActorSpan,
  spans: Span[],
  confidence: number,
  rule: string,
): RelationDraft | undefined {
  if (from.id === to.id) return undefined;
  const [a, b] = symmetricRelationTypes.has(type) && to.id < from.id ? [to, from] : [from, to];
  return {
    key: relationKey(type, a.id, b.id),
    record: { type, from: a.id, to: b.id },
    source: s.source,
    spans: [...spans, from, to],
    confidence: clamp01(confidence),
    rule,
  };
}

const allowed = (kinds: readonly ActorKind[] | undefined, actor: ActorSpan) => !kinds || kinds.includes(actor.kind);

/** A leader's title, not a deputy's or a former one's ("deputy chief executive", "ancien PDG"). */
const headTitle = (s: SentenceView, words: string | undefined) =>
  words !== undefined && LEAD_TITLES[s.language].test(words) && !DEPUTY[s.language].test(words);
/** ", who remains chief executive,", ", qui en est toujours le PDG,": an apposition that says the founder still heads. */
const FOUNDER_STILL_HEAD =
  /^\s*,\s*(?:who|qui)\s+(?:(?:still|now|en|y|toujours|aujourd['’]hui)\s+)*(?:remains|is|serves as|est|reste|demeure)\s+[^,.;:]{0,40}/iu;

/**
 * A founder's apposition that says the role held now in what was founded: "Fondée par A, qui la préside toujours,",
 * "par A, qui en assure la direction,", "par B, aujourd'hui directrice technique,", "B, ancien de K devenu directeur
 * technique", "founded by A, who still runs the business,", "by B, now its chief technology officer".
 */
const FOUNDER_STILL_RUNS: Record<Language, RegExp> = {
  fr: /^\s*,\s*(?:[^,.;:«»]{0,60}\s)?qui\s+(?:(?:l['’]\s*|la\s+|le\s+)(?:préside|dirige|pilote)|en\s+(?:est|assure|a\s+pris|devient|reste)\s+(?:(?:toujours|aujourd['’]hui|désormais|encore)\s+)?(?:la\s+présidence|la\s+direction(?:\s+générale)?|l['’]\s*actuel(?:le)?\s+président(?:e)?))(?![\p{L}-])/iu,
  en: /^\s*,\s*(?:[^,.;:"“”]{0,60}\s)?who\s+(?:(?:still|now|also|currently)\s+)?(?:runs|heads|leads|chairs)\s+(?:it|the\s+(?:company|business|firm|group|start-?up|startup))(?![\p{L}-])/iu,
};
const FOUNDER_NOW_TITLE: Record<Language, RegExp> = {
  fr: /^\s*,\s*(?:(?:[^,.;:«»]{0,40}\s)?devenue?|aujourd['’]hui|désormais|actuel(?:le)?(?:ment)?|(?:qui\s+)?(?:est|reste|demeure)\s+(?:toujours\s+|aujourd['’]hui\s+|désormais\s+)?)\s+(?:(?:son|sa|leur|le|la|l['’])\s*)?([^,.;:«»()]{2,50})/iu,
  // ("a former BP engineer who is now its chief executive", "a former researcher, who remains chief executive", "who
  // will stay on as managing director")
  en: /^\s*,\s*(?:(?:[^,.;:"“”]{0,60}(?:,\s*|\s))?who\s+(?:(?:now|still|currently)\s+)?(?:(?:is|serves\s+as|remains)(?:\s+(?:now|still|currently))?|will\s+(?:stay|remain)(?:\s+on)?\s+as)|now|currently|today)\s+(?:(?:its|the|their)\s+)?([^,.;:"“”()]{2,50})/iu,
};
/** "… of Brisk", "… de France Digitale", "… at rival Y": the role named is held in another organisation. */
const ROLE_ELSEWHERE =
  /(?:^|\s)(?:of|at|for|with|de|du|des|d['’]|chez)\s*(?:(?:the|rival|la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}/u;
/** The same right after "runs the business", "assure la direction": " of Brisk", " de l'association Numeria". */
const RUNS_ELSEWHERE =
  /^\s+(?:of|at|for|with|de|du|des|d['’]|chez)\s*(?:(?:the|rival|la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}/u;
function founderRole(s: SentenceView, founder: ActorSpan): 'leads' | 'works-for' | undefined {
  if (founder.kind !== 'person') return undefined;
  const after = s.text.slice(founder.end, Math.min(s.end, founder.end + 140));
  const runs = FOUNDER_STILL_RUNS[s.language].exec(after);
  // ("who now runs the business of Brisk Hosting": another's business)
  if (runs) return RUNS_ELSEWHERE.test(after.slice(runs[0].length, runs[0].length + 40)) ? undefined : 'leads';
  const title = FOUNDER_NOW_TITLE[s.language].exec(after)?.[1];
  // ("aujourd'hui présidente de France Digitale", "now chief executive of rival Y": a post elsewhere)
  if (!title || ROLE_ELSEWHERE.test(title)) return undefined;
  // (the title opens the apposition's rest: "aujourd'hui présidente", not "aujourd'hui installé à Lyon")
  const head = LEAD_TITLES[s.language].exec(title);
  if (head && head.index === 0 && !DEPUTY[s.language].test(title)) return 'leads';
  const officer = new RegExp(COMPANY_OFFICER_TITLES.source, 'iu').exec(title);
  return officer && officer.index === 0 ? 'works-for' : undefined;
}

/**
 * "Dirigée par A, sa présidente, X…", "Founded by A, its chief executive, and B, X…": in the apposition of an opening
 * participle's agent, the possessive stands for the sentence's subject after it, which coreference cannot yet know.
 */
const PARTICIPLE_AGENT_OPENING = /^[\s\p{P}]*\p{Lu}\p{Ll}+(?:é|ée|és|ées|ed|led|run)\s[^,;:]{0,60}(?:par|by)\s+$/u;
const POSSESSIVE_BEFORE_TITLE = /(?:^|[\s,])(?:son|sa|ses|leur|its|their)\s+$/iu;
function participleSubject(s: SentenceView, holder: ActorSpan): ActorSpan | undefined {
  const agent = s.groups.find((g) => g.members.includes(holder));
  if (!agent || !PARTICIPLE_AGENT_OPENING.test(s.text.slice(s.start, agent.start))) return undefined;
  const subject = groupAfterParticiple(s, agent)?.members[0];
  return subject && isOrg(subject) && /\p{Lu}/u.test(s.text.charAt(subject.start)) ? subject : undefined;
}

/** ", la coentreprise", ", une joint venture", ", their joint venture": the noun in apposition to the venture's name. */
const VENTURE_APPOSED = /^\s*,\s*(?:(?:la|une|the|an?|leur|their)\s+)?(?:[\p{Ll}-]+\s+)?$/iu;
/** "d'A et de B", "of A and B", "between A and B", "formée par A et B": the parents, right after the noun. */
const VENTURE_PARENTS_AFTER =
  /^\s*(?:[\p{Ll}-]+\s+)?(?:de|des|du|d['’]|of|between|entre|(?:formée?|créée?|formed|created|set up)\s+(?:par|by))\s*(?:(?:la|le|les|l['’]|the)\s*)?$/iu;
/** "A et B ont créé X", "A and B set up X": the subject that made the venture, right before its name. */
const VENTURE_MADE_BEFORE =
  /^\s+(?:(?:ont|a|have|has|had|avaient|avait)\s+)?(?:(?:officiellement|officially|jointly|conjointement)\s+)?(?:cré|creat|fond|lanc|form|found|launch|establish|set up)\p{L}*\s+(?:(?:la|le|l['’]|the)\s*)?$/iu;
/**
 * "X, la coentreprise d'A et de B", "X, a joint venture between A and B", "A et B ont créé X, une coentreprise", "A
 * and B launch X, their joint venture": the parents own the venture (and, when they are the sentence's subject, are
 * partners). Undefined when the noun is no apposition to a named venture (then the cue pairs the actors around it).
 */
function jointVentureParents(s: SentenceView, start: number, end: number): RelationDraft[] | undefined {
  const venture = s.groups.findLast((g) => g.end <= start && VENTURE_APPOSED.test(s.text.slice(g.end, start)));
  if (!venture || venture.members.length !== 1) return undefined;
  const after = groupAfter(s, end, 60);
  const listed = after && VENTURE_PARENTS_AFTER.test(s.text.slice(end, after.start)) ? after : undefined;
  const maker = s.groups.findLast((g) => g.end <= venture.start);
  const made =
    !listed && maker && !isComplement(maker) && VENTURE_MADE_BEFORE.test(s.text.slice(maker.end, venture.start))
      ? maker
      : undefined;
  // ("d'A et de B, et de C, celle de…": a comma and a conjunction after two parents open another venture's)
  const members = (listed ?? made)?.members ?? [];
  const closed = members.findIndex(
    (m, i) => i >= 2 && /^\s*,\s*(?:et|and)\s/u.test(s.text.slice(members[i - 1]!.end, m.start)),
  );
  const parents = (closed < 0 ? members : members.slice(0, closed)).filter(
    (m) => ORGANISATION_KINDS.includes(m.kind) && m.kind !== 'programme',
  );
  if (parents.length === 0) return undefined;
  const cue = { start, end };
  const out: RelationDraft[] = [];
  for (const parent of parents) {
    const d = draft(s, 'owns', parent, venture.members[0]!, [cue], 0.55, 'relation.joint-venture-parent');
    if (d) out.push(d);
  }
  if (made)
    for (let i = 0; i < parents.length; i++)
      for (let j = i + 1; j < parents.length; j++) {
        const d = draft(s, 'partner-of', parents[i]!, parents[j]!, [cue], 0.55, 'relation.joint-venture-parent');
        if (d) out.push(d);
      }
  return out;
}

/** "X, la filiale de", "Y, maison mère de", "X, a subsidiary of": the name a noun cue is in apposition to. */
function apposedHead(s: SentenceView, at: number): Group | undefined {
  const g = s.groups.findLast((x) => x.end <= at);
  return g && !g.inParentheses && NOUN_APPOSED.test(s.text.slice(g.end, at)) ? g : undefined;
}
/** Noun cues that an apposition holds ("X, la filiale de Y", "Y, parent of X"), not a verb's words ending on "de". */
const APPOSABLE_NOUN_CUE =
  /^(?:filiale|branche|subsidiary|a unit|a division|arm|maison mère|société mère|groupe mère|parent|actionnaire|shareholder|propriétaire|marque|brand|a brand|membre|members?|clients?|customers?)[^]*(?:\s(?:de|du|des|of)|\sd['’])$/iu;
const NOUN_APPOSED = /^\s*,\s*(?:(?:la|le|l['’]|une?|the|an?)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/**
 * Between an organisation and where it is: an apposition, a relative, an auxiliary ("X, a start-up based in", "X,
 * qui est installée à", "X is now based in"), not a clause with a noun of its own ("X pledged N on a cloud based in").
 */
const SITUATED_SUBJECT =
  /^\s*(?:(?:de|du|des|d['’]|of)\s*(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+\s*(?=,))?(?:,\s*(?:(?:which|who|qui|dont|whose)\s+)?(?:(?:an?|une?|the|la|le|les|l['’]|its|son|sa|ses|leur)\s*(?:[\p{L}-]+\s+){0,4})?)?(?:(?:is|are|was|were|has been|have been|remains|est|sont|était|a été|reste|désormais|now|also|still|aussi|toujours|officially|officiellement|a|has)\s+(?:(?:son|sa|ses|its|their|leur)\s+)?)*$/iu;

/**
 * "revient à X, une société basée à", "went to X, headquartered in", "X, dont le siège est à": an apposition or a
 * relative right after a name, even a verb's complement, says where that name is.
 */
const SITUATED_APPOSITION =
  /^\s*,\s*(?:(?:qui|which|who|dont|whose)\s+)?(?:(?:(?<one>une?|an?|la|le|l['’])|the|les|its|son|sa|deux|trois|both|all|tou(?:te)?s deux)\s*(?:[\p{L}\p{N}'’-]+\s+){0,5})?(?:(?:is|are|was|est|sont|était|a été|has been|now|désormais)\s+)*$/iu;
function situatedApposition(s: SentenceView, at: number): Group | undefined {
  const g = s.groups.findLast((x) => x.end <= at);
  const m = g && !g.inParentheses ? SITUATED_APPOSITION.exec(s.text.slice(g.end, at)) : null;
  if (!g || !m) return undefined;
  // "de Kestrel et d'Orvalis, une société basée à": a singular noun is in apposition to the last name only.
  return m.groups?.one && g.members.length > 1 ? { ...g, members: [g.members.at(-1)!] } : g;
}
/** "headquartered in Oulu, Finland": the country after the city, closing the phrase. */
function placeAfterPlace(s: SentenceView, place: Group): Group | undefined {
  const next = s.groups.find((g) => g.start > place.end);
  return next &&
    /^\s*,\s*$/u.test(s.text.slice(place.end, next.start)) &&
    next.members.every((m) => m.kind === 'place') &&
    /^\s*(?:[,.;)]|$)/u.test(s.text.slice(next.end, next.end + 2))
    ? next
    : undefined;
}

/** "Nerva's 30% stake in", "Nerva's majority stake in": the possessor of a stake holds it. */
const STAKE_POSSESSOR =
  /^['’]s?\s+(?:(?:[\d.,]+\s*(?:%|per\s?cent|percent)|majority|minority|controlling|remaining|direct|indirect)[\s-]+){0,2}$/u;
/** "sold its stake in X", "a vendu ses parts de X": a stake given up is no longer held. */
const STAKE_SOLD =
  /(?<![\p{L}])(?:sold|sells|selling|divested|divests|offloaded|offloads|exited|exits|disposed of|disposes of|cédé|cède|cèdent|vendu|vend|vendent)\s+(?:(?:its|their|the|his|her|sa|ses|leur|leurs|la|les)\s+)?(?:(?:[\d.,]+\s*(?:%|per\s?cent|percent)|entire|whole|remaining|majority|minority)[\s-]+){0,2}$/iu;

/**
 * A verb of intention right before a cue, a few words between: "plans to take a", "envisage d'entrer au" (not
 * "are preparing to form an alliance", "s'apprête à": what is about to happen is told as done).
 */
const INTENDED_BEFORE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:prévoi(?:t|ent)|envisag(?:e|ent|eait|eaient)|souhait(?:e|ent|ait|aient)|veu(?:t|lent)|voudrai(?:t|ent)|projett?(?:e|ent)|espèr(?:e|ent)|cherch(?:e|ent) à|vis(?:e|ent) à|étudi(?:e|ent|ait|aient)|examin(?:e|ent|ait|aient)|lorgn(?:e|ent|ait|aient) sur)\s+(?:d['’]|de\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu,
  en: /(?<![\p{L}])(?:plans?|planned|planning|intends?|intended|wants?|wanted|seeks?|seeking|sought|aims?|aiming|hopes?|hoping|looking|considering)\s+to\s+(?:[\p{L}-]+\s+){0,3}$|(?<![\p{L}])(?:considering|weighing|exploring|studying|mulling|eyeing|considers|weighs|explores|studies|mulls|eyes)\s+(?:an?\s+|the\s+|its\s+)?(?:[\p{Ll}-]+\s+)?$/iu,
};
const intended = (s: SentenceView, at: number) =>
  INTENDED_BEFORE[s.language].test(s.text.slice(Math.max(s.start, at - 60), at));

const SENTENCE_OPENING =
  /^[\s\p{P}]*(?:(?:désormais|now|already|déjà|today|aujourd['’]hui|officially|officiellement)[\s,]+)?$/iu;
/**
 * What may follow a second agent joined past an apposition: the sentence's end, or its own apposition up to it ("and B,
 * a physicist who worked at CERN."), not a clause of its own ("and B, its first investor, owns 20%").
 */
const AGENT_CLOSES = /^\s*(?:[.;]|$|,[^,.;:]{1,100}(?:[.;]|$))/u;
function titledAgent(s: SentenceView, agent: Group, g: Group): boolean {
  const between = s.text.slice(agent.end, g.start);
  return g.members.every((m) => m.kind === 'person') && AGENT_TITLED_AFTER_AND.test(between) && ANY_TITLE.test(between);
}
// (the words a title only, no verb of a clause of its own: "founded by CEO A and later joined by CTO B", "et a recruté
// le directeur technique B" name no founder B)
const AGENT_TITLED_AFTER_AND =
  /^\s+(?:and|et)\s+(?:(?:by|par)\s+)?(?:(?:the|le|la|l['’]|son|sa|its|their)\s*)?(?:(?!(?:by|par|a|ont|est|sont|été|has|have|is|was|were)\s)(?![\p{L}-]*ed\s)[\p{L}-]+\s+){1,4}$/u;
/** ", and B", " et B": one more agent of an opening participle, after the first one's apposition. */
// (the preposition and a title may repeat: "et par l'ingénieur B", "and by engineer B")
const AGENT_JOINED =
  /(?:^|[\s,])(?:and|et)\s+(?:(?:by|par)\s+)?(?:(?:the|le|la|l['’])\s*)?(?:(?:ingénieur(?:e)?|engineer|chercheu(?:r|se)|researcher|docteur|doctor|professeur(?:e)?|professor)\s+)?$/u;

/**
 * "critique la consommation d'eau du futur site", "has criticised the project's water use": a criticism of the project
 * an article is about, named by a definite noun of a project or site and no name, is of the article's company (not
 * "the deal", "this plan": "criticised the deal struck by the operator" is another's).
 */
const PROJECT_NOUN_AFTER =
  /^[^.;:«»"“”]{0,60}?(?<![\p{L}])(?:le|du|au|the)\s+(?:(?:futur|nouveau|new|planned|proposed)\s+)?(?:projet|project|site|campus|chantier|centre de données|data ?cent(?:re|er)|datacenter)(?![\p{L}])/iu;
function criticisedProject(s: SentenceView, end: number, context: RelationContext): Group | undefined {
  if (!PROJECT_NOUN_AFTER.test(s.text.slice(end, Math.min(s.end, end + 90)))) return undefined;
  const topic = context.topic?.();
  return topic && (topic.kind === 'company' || topic.kind === 'joint-venture')
    ? { start: topic.start, end: topic.end, members: [topic], wordBefore: '', inParentheses: false }
    : undefined;
}

/**
 * "who founded the company in 2009 with his brother", "qui a cofondé la société": the company a founding verb's
 * description stands for is the article's company (the description's span is the object's, in this sentence).
 */
function foundedCompany(s: SentenceView, end: number, context: RelationContext): Group | undefined {
  const described = FOUNDED_DESCRIPTION.exec(s.text.slice(end, Math.min(s.end, end + 40)));
  if (!described) return undefined;
  const topic = context.topic?.();
  if (!topic || topic.kind !== 'company') return undefined;
  const start = end + described[0].length - described[1]!.length;
  const span = { ...topic, start, end: end + described[0].length };
  return { start, end: span.end, members: [span], wordBefore: '', inParentheses: false };
}
const FOUNDED_DESCRIPTION =
  /^\s+((?:the|this|la|le|l['’]|cette)\s*(?:company|business|firm|start-?up|société|entreprise|jeune pousse))(?![\p{L}])(?!\s*(?:that|which|who|qui|que|qu['’]|dont|of|de|du|d['’])(?![\p{L}]))/iu;

/** "se retirer du projet", "left the project": the project named earlier in the sentence. */
const PROJECT_ANAPHORA =
  /^\s*(?:(?:du|de la|de l['’]|le|la|l['’]|the|this|ce|cette)\s*)?(?:projet|project|programme|program|consortium|alliance)\b/iu;
function anaphoricProject(s: SentenceView, start: number, end: number, subject: Group | undefined): Group | undefined {
  if (!PROJECT_ANAPHORA.test(s.text.slice(end, end + 30))) return undefined;
  return [...s.groups]
    .reverse()
    .find(
      (g) =>
        g.end <= start && g !== subject && g.members.some((m) => m.kind === 'programme' || m.kind === 'joint-venture'),
    );
}

const APPOSED_NOUN = /^\s*,\s*(?:an?|une?|the|la|le|l['’])\s*(?:[\p{Ll}-]+\s+)?$/u;

const PASSIVE_AUXILIARY =
  /(?:^|\s)(?:was|were|is|are|been|being|a été|ont été|avait été|avaient été|est|sont|était|étaient|sera|seront)\s+(?:(?:[\p{Ll}-]+ly|déjà|not|pas|also|aussi)\s+)?$/u;

const PARTICIPLE_CUE = /^\p{L}+(?:é|ée|és|ées|ed|is|ise|ises)$/u;

/** A comma or semicolon (a colon may open the object itself: "to create two competitors: A and B"). */
const CLAUSE_BREAK = /[,;]/u;
/** "plusieurs opérateurs, dont A", "several banks, including A": a described object, then the names it stands for. */
const OBJECT_LIST_OPENING: Record<Language, RegExp> = {
  fr: /^(?:\s+[\p{Ll}\p{N}'’-]+){1,4},\s*(?:dont|notamment|comme|parmi lesquel(?:le)?s)\s*(?:(?:la|le|les|l['’])\s*)?$/u,
  en: /^(?:\s+[\p{Ll}\p{N}'’-]+){1,4},\s*(?:including|notably|such as|among them)\s*(?:the\s+)?$/u,
};
/** ", en 2015, ", ", in Paris, ": a short insertion between two commas. */
const INSERTION = /,\s[^,;:]{1,25},/gu;

const PARTICIPLE_AGENT =
  /\p{L}{3,}(?:é|ée|és|ées|ed|u|ue|us|ues|it|ite|its|ites)\s+(?:par|by)\s+(?:(?:the|le|la|les|l['’])\s*)?$/u;

/**
 * Gapping: "A est présent en P, et B en Q", "A relies on X and B on Y": the second clause drops the verb and keeps
 * the preposition that introduced the first object.
 */
function gapped(s: SentenceView, cue: RelationCue, cueSpan: Span, subject: Group, object: Group): RelationDraft[] {
  const preposition = /(?:^|\s)([\p{Ll}]+)\s+(?:(?:the|le|la|les|l['’])\s*)?$/u.exec(
    s.text.slice(cueSpan.start, object.start),
  )?.[1];
  if (!preposition || !PREPOSITIONS.has(preposition)) return [];
  const i = s.groups.indexOf(object);
  const [second, third] = [s.groups[i + 1], s.groups[i + 2]];
  if (!second || !third || subject.start >= object.start) return [];
  const link = s.text.slice(object.end, second.start);
  const gap = s.text.slice(second.end, third.start);
  if (!/^[^.;:!?]{0,40},?\s+(?:et|and)\s+$/u.test(link)) return [];
  if (!new RegExp(`^\\s+${preposition}\\s+(?:(?:the|le|la|les|l['’])\\s*)?$`, 'u').test(gap)) return [];
  const out: RelationDraft[] = [];
  for (const from of second.members)
    for (const to of third.members) {
      if (!allowed(cue.fromKinds, from) || !allowed(cue.toKinds, to)) continue;
      const d = draft(s, cue.type, from, to, [cueSpan], 0.5, `relation.cue:${cue.type}+gapped`);
      if (d) out.push(d);
    }
  return out;
}

const ENTRUSTED: Record<Language, RegExp> = { fr: /^confi/iu, en: /^(?:entrust|outsourc)/iu };
/** What a host keeps: "l'hébergement", "le stockage de ses archives", "its data", "the hosting of". */
const HOSTED_THING =
  /(?:hébergement|stockage|données|archives|serveurs|applications|hosting|storage|data|servers|archives)(?![\p{L}])/iu;
// (French puts the adjective after: "le fonds régional X")
const INVESTOR_NOUN =
  /(?:funds?|fonds|investors?|investisseurs?|banks?|banques?|(?:venture(?: capital)?|investment|private equity|VC) firms?)(?:\s+\p{Ll}+)?\s*$/iu;
const HOSTING_NOUN =
  /(?:serveurs|centres de données|datacenters?|infrastructures?)\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$/iu;
const HOSTING_NOUN_AFTER =
  /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:servers|data cent(?:re|er)s|datacenters|infrastructure|clouds?|GPUs)(?![\p{L}])/iu;

/** A part of an organisation one may head: "the cloud division of", "la filiale française de", "operations for". */
const DIVISION_NOUN =
  /(?<![\p{L}])(?:division|unit|branch|arm|team|department|business|operations|activities|activity|subsidiary|filiale|pôle|activité|activités|équipe|équipes|département|branche|direction|entité|opérations)(?![\p{L}])/iu;
/** "'s public-sector cloud business", "'s cloud unit": a part of the possessor. */
const DIVISION_OF_POSSESSOR = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}${DIVISION_NOUN.source}`, 'u');
/** "ran infrastructure at X", "dirige la cybersécurité d'X": a noun, then the organisation as its complement. */
const NOUN_OF_ORGANISATION =
  /^\s+(?:(?:the|its|la|le|les|l['’])\s*)?(?!(?:depuis|since|in|en|from|désormais|now|also|aussi)\s)[\p{Ll}-]{3,}(?:\s+[\p{Ll}-]+){0,2}\s+(?:at|for|within|of|chez|pour|au sein d(?:e|u|es)|de|du|des|d['’])\s*(?:(?:the|la|le|l['’])\s*)?$/u;
/** "joins X's board": a seat on the board, not a job. */
const NEAR_OWNER_CUE = /part(?:ie)? |branche|arm of/iu;
const OWNER_RIGHT_AFTER = /^\s*(?:(?:the|l['’]|le|la)\s*)?(?:(?:group|groupe)\s+)?$/iu;
const BOARD_AFTER = /^['’]s\s+(?:[\p{Ll}-]+\s+)?board(?![\p{L}])/u;
const DEPENDENCE_NOUN =
  /(?:^|[\s'’])(?:dépendances?|recours|reliance|dependence|dependency|dependencies|use|usage|utilisation)(?![\p{L}])/iu;
const JOINT_VENTURE_NOUN = /^(?:joint venture|coentreprise|co-entreprise)$/iu;
/** "created in 2021 by ", "créée par ": a participle and its agent's preposition, right before the list. */
const AGENT_AFTER_PARTICIPLE = /^\s+[\p{Ll}-]+(?:\s+[^,;:]{0,30})?\s+(?:by|par)\s+$/u;
/** A plural noun of rivals: "competitors", "rivals", "concurrents", "rivaux". */
const RIVALS_NOUN = /^(?:competitors|rivals|concurrents|concurrentes|rivaux)$/iu;
/** ", A and B" right after the noun. */
const APPOSED_LIST_AFTER = /^\s*,\s*$/u;
const RIVALS_THEN_SUBJECT = /^\s*,(?:[^,;:.«»"“”]{1,70},)?\s*(?:(?:l['’]|le |la |les |the )\s*)?$/iu;
/** "Nerva's rival Orvalis", "Nerva's main competitor, Orvalis": a possessor before a singular rival noun, its name after. */
const RIVAL_OWNER =
  /^['’]s?\s+(?:(?:main|chief|biggest|closest|nearest|direct|fiercest|longtime|long-time|arch-?)\s*)?$/u;
const RIVAL_NAMED_AFTER = /^\s*,?\s*$/u;
/** "A and B, its main rivals", "A et B, ses principaux concurrents". */
const RIVALS_APPOSED_BEFORE: Record<Language, RegExp> = {
  en: /^\s*,\s*(?:its|their|the)\s+(?:[\p{Ll}-]+\s+)?$/u,
  fr: /^\s*,\s*(?:ses|leurs|les)\s+(?:[\p{Ll}-]+\s+)?$/u,
};

const VERB_BEFORE_BASE_FORM = /(?<![\p{L}])(?:to|will|would|shall|should|must|can|also|and)\s+$/u;

/** Kinds one works for rather than is a member of. */
const EMPLOYERS: readonly ActorKind[] = ['company', 'joint-venture', 'media'];
/**
 * "X a rejoint Y", "X joined Y": a member of an association, but a person who joins a company works for it; and a
 * person who leaves a company ("a quitté l'entreprise", "left X") worked for it rather than withdrew from it.
 */
const joined = (type: RelationType, from: ActorSpan, to: ActorSpan): RelationType | undefined =>
  (type !== 'member-of' && type !== 'withdrew-from') || !EMPLOYERS.includes(to.kind)
    ? type
    : from.kind === 'person'
      ? 'works-for'
      : type === 'withdrew-from'
        ? type
        : undefined;

/**
 * "affronte l'américain A et B", "se heurte à A et à B", "concurrente de l'israélien A et de l'américain B": the rivals
 * after a cue, the list going on past a repeated preposition and a nationality used as a noun.
 */
// (past a relative clause describing the rival before: "competes with A, which runs …, and with local firm B")
const RIVAL_LIST_GOES_ON =
  /^(?:\s*,\s*(?:which|who|qui|que|dont)\s[^,.;:()]{1,90},)?\s+(?:et|ou|and|or)\s+(?:(?:à|de|d['’]|du|des|au|aux|with|against)\s*(?:(?:l['’]|le |la |les |the )\s*)?(?:(?!(?:of|from|by|de|du|des|par)\s)\p{L}\p{Ll}+\s+){0,2}|(?:(?:l['’]|le |la |les |the )\s*)?(?:\p{L}\p{Ll}+\s+)?)$/u;
const INSIDE_RELATIVE = /^\s*,\s*(?:which|who|qui|que|dont)\s[^,.;:()]{0,90}$/u;
function rivalList(s: SentenceView, first: Group): Group[] {
  const list = [first];
  for (const g of s.groups) {
    const last = list[list.length - 1]!;
    if (g.start < last.end || g === last) continue;
    const between = s.text.slice(last.end, g.start);
    // (a name inside the relative clause is skipped: "A, which operate campuses in Madrid, and B")
    if (INSIDE_RELATIVE.test(between)) continue;
    if (!RIVAL_LIST_GOES_ON.test(between)) break;
    list.push(g);
  }
  return list;
}

/** A cue's group's members it may relate (a named closure built per cue would cost a `__name` call under tsx). */
const eligibleFor = (cue: RelationCue, g: Group | undefined) =>
  (g?.members ?? []).filter((a) => allowed(cue.fromKinds, a) && (cue.shape === 'versus' || a.kind !== 'programme'));

function fromCues(
  s: SentenceView,
  context: RelationContext,
  cueScanners: Record<Language, CueScanner>,
): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const hit of cueScanners[s.language].scan(s)) {
    // (the criticism scanner has one cue: its index among all cues)
    const cue: RelationCue = RELATION_CUES[cueScanners === scanners ? hit.cue : CRITICISM_CUE]![s.language];
    const { start, end } = hit;
    if (insideActor(s, start, end) || negated(s, start, end) || hypothetical(s, start)) continue;
    // "plans to take a stake in X", "envisage d'entrer au capital de X": an intention is no relation yet.
    if (intended(s, start)) continue;
    if (cue.type === 'owns' && STAKE_SOLD.test(s.text.slice(Math.max(s.start, start - 50), start))) continue;
    // "the state-owned fund", "a family-owned group": the tail of a compound adjective is no verb (but "majority-owned
    // by X" still has its agent).
    if (
      s.text[start - 1] === '-' &&
      !/(?:^|[^\p{L}])co-$/iu.test(s.text.slice(start - 4, start)) &&
      !/^\s+(?:by|par)\s/u.test(s.text.slice(end, end + 5))
    )
      continue;
    // "cloud host X" names a host; "will host X", "to host X" are the verb.
    if (
      s.text.slice(start, end) === 'host' &&
      !VERB_BEFORE_BASE_FORM.test(s.text.slice(Math.max(s.start, start - 8), start))
    )
      continue;
    const cueSpan = { start, end };
    const rule = `relation.cue:${cue.type}`;
    if (cue.shape === 'pairs' && JOINT_VENTURE_NOUN.test(s.text.slice(start, end))) {
      const parents = jointVentureParents(s, start, end);
      if (parents) {
        out.push(...parents);
        continue;
      }
    }
    if (cue.shape === 'pairs' || cue.shape === 'versus') {
      // ("competes with France's Thales": a place owning the name only describes it)
      const after = listedAfter(s, end, 80);
      // "between A and B", "competitors: A and B": the list after the cue is the whole relation.
      const listAfter = after && /^\s*(?:entre|between|:)/iu.test(s.text.slice(end, after.start));
      // "fait face à une enquête de X": facing is rivalry only with the name itself.
      if (/^fac/iu.test(s.text.slice(start, end)) && after && !ARTICLE_ONLY.test(s.text.slice(end, after.start)))
        continue;
      // ("Pour X, qui affronte A": a relative's antecedent is its clause's subject, even as a complement)
      const nearest = listAfter
        ? undefined
        : (groupBefore(s, start, { reach: cue.shape === 'versus' ? 200 : 120 }) ?? relativeAntecedent(s, start));
      // "Cirra, a joint venture created by A and B": the name the noun is in apposition to is the venture itself.
      const before =
        nearest && cue.shape === 'pairs' && APPOSED_NOUN.test(s.text.slice(nearest.end, start)) ? undefined : nearest;
      // "a joint venture created in 2021 by A and B": the agents found the venture; being partners is not said.
      if (
        JOINT_VENTURE_NOUN.test(s.text.slice(start, end)) &&
        after &&
        AGENT_AFTER_PARTICIPLE.test(s.text.slice(end, after.start))
      )
        continue;
      const pairs: [ActorSpan, ActorSpan][] = [];
      // "chose Nerva's rival Orvalis", "Nerva's main competitor, Orvalis": the owner of the rival noun and its name.
      const rivalOwner =
        cue.shape === 'versus' && after && RIVAL_NAMED_AFTER.test(s.text.slice(end, after.start))
          ? s.groups.findLast((g) => g.end <= start && RIVAL_OWNER.test(s.text.slice(g.end, start)))
          : undefined;
      // "A and B form an alliance via the X project with C": X is what the partners found, C one more partner.
      const vehicle =
        cue.shape === 'pairs' && before && after && ALLIANCE_VEHICLE.test(s.text.slice(end, after.start))
          ? after
          : undefined;
      if (rivalOwner) {
        for (const a of eligibleFor(cue, rivalOwner)) for (const b of eligibleFor(cue, after)) pairs.push([a, b]);
      } else if (vehicle) {
        for (const founder of eligibleFor(cue, before))
          for (const made of vehicle.members) {
            const d = draft(s, 'founded', founder, made, [cueSpan], 0.5, 'relation.alliance-vehicle');
            if (d) out.push(d);
          }
        const also = groupAfter(s, vehicle.end, 30);
        const partners = [
          ...eligibleFor(cue, before),
          ...(also && also.wordBefore.match(/^(?:with|avec)$/) ? eligibleFor(cue, also) : []),
        ];
        for (let i = 0; i < partners.length; i++)
          for (let j = i + 1; j < partners.length; j++) pairs.push([partners[i]!, partners[j]!]);
      } else if (cue.shape === 'versus' && !listAfter && RIVALS_NOUN.test(s.text.slice(start, end))) {
        // "Two competitors, A and B, …", "A and B, its main rivals, …": a list in apposition to a plural noun of
        // rivals competes with the company the article is about, not within itself ("two competitors: A and B",
        // the list the colon opens, still pairs A with B).
        const list = APPOSED_LIST_AFTER.test(s.text.slice(end, after?.start ?? end))
          ? after
          : before && RIVALS_APPOSED_BEFORE[s.language].test(s.text.slice(before.end, start))
            ? before
            : undefined;
        if (list) {
          const topic = context.topic?.();
          for (const rival of eligibleFor(cue, list))
            if (topic && topic.id !== rival.id && !list.members.some((m) => m.id === topic.id))
              pairs.push([rival, topic]);
        } else if (before && after)
          for (const a of eligibleFor(cue, before)) for (const b of eligibleFor(cue, after)) pairs.push([a, b]);
      } else if (cue.shape === 'versus' && before && after) {
        // "took on X as a client" takes a customer, not a rival.
        if (/^\s+as\s/u.test(s.text.slice(after.end, after.end + 4))) continue;
        for (const a of eligibleFor(cue, before))
          for (const rivals of rivalList(s, after)) for (const b of eligibleFor(cue, rivals)) pairs.push([a, b]);
      } else if (cue.shape === 'versus' && after && !listAfter && /^\s*,/u.test(s.text.slice(after.end))) {
        // "Face à A et B, X mise sur…", "Up against A, X…": the rivals open the sentence, the subject follows.
        // ("Face à A et B, déjà qualifiés, X…", "Up against A, which is certified, X…": one insertion may describe them)
        const subject = groupAfter(s, after.end, 110);
        if (subject && !isComplement(subject) && RIVALS_THEN_SUBJECT.test(s.text.slice(after.end, subject.start)))
          for (const a of eligibleFor(cue, subject)) for (const b of eligibleFor(cue, after)) pairs.push([a, b]);
      } else {
        const members = [...eligibleFor(cue, before), ...eligibleFor(cue, after)];
        for (let i = 0; i < members.length; i++)
          for (let j = i + 1; j < members.length; j++) pairs.push([members[i]!, members[j]!]);
      }
      for (const [a, b] of pairs) {
        const d = draft(s, cue.type, a, b, [cueSpan], 0.55, rule);
        if (d) out.push(d);
      }
      continue;
    }
    // "le lancement de X par Y", "Y confirmed the launch of X": a noun cue's complement is what it acts on.
    if (
      (cue.type === 'founded' || cue.type === 'acquired') &&
      cue.shape === 'forward' &&
      /(?:\s(?:of|de|du)|\sd['’])\s*$/iu.test(s.text.slice(start, end))
    ) {
      // "le rachat de l'hébergeur lillois X par Y": a few lower-case words may describe the patient.
      const next = groupAfter(s, end, 40);
      const patient =
        next && /^\s*(?:(?:l['’]|le |la |les |the )?\s*(?:[\p{Ll}-]+\s+){0,3})?$/u.test(s.text.slice(end, next.start))
          ? next
          : undefined;
      // The agent follows the patient: "le rachat de X par Y".
      const by = patient ? passiveAgent(s, patient.end) : undefined;
      const actor = by ?? groupBefore(s, start);
      if (patient && actor) {
        const coAgents = by
          ? []
          : s.groups.filter((g) => g.start > actor.end && g.end <= start && /^(?:with|avec)$/.test(g.wordBefore));
        for (const from of [...actor.members, ...coAgents.flatMap((g) => g.members)])
          for (const to of patient.members) {
            if (!allowed(cue.fromKinds, from) || !allowed(cue.toKinds, to)) continue;
            const d = draft(s, cue.type, from, to, [cueSpan], 0.55, `${rule}+noun`);
            if (d) out.push(d);
          }
      }
      continue;
    }
    // "X, que dirige depuis 2019 Y": a French relative whose subject follows its verb; X is the object.
    const antecedent =
      cue.shape === 'forward' &&
      s.language === 'fr' &&
      s.groups.findLast((g) => g.end <= start && /^\s*,?\s*(?:que|qu['’])\s*$/iu.test(s.text.slice(g.end, start)));
    if (antecedent) {
      const doer = s.groups.find(
        (g) => g.start >= end && g.start - end <= 50 && !isComplement(g) && !/[,.;:]/u.test(s.text.slice(end, g.start)),
      );
      for (const from of doer?.members ?? [])
        for (const to of antecedent.members) {
          if (!allowed(cue.fromKinds, from) || !allowed(cue.toKinds, to)) continue;
          const d = draft(s, cue.type, from, to, [cueSpan], 0.6, `${rule}+inverted`);
          if (d) out.push(d);
        }
      continue;
    }
    const agent = passiveAgent(s, end);
    // "Fondée en 2015 par A et B, la société…": only a participle opening the sentence has its subject after it.
    // (an adverb may come first: "Désormais filiale à 100 % d'Y, X…", "Now based in P, X…")
    const opensSentence = SENTENCE_OPENING.test(s.text.slice(s.start, start));
    const before0 = groupBefore(s, start);
    const mainSubject = !before0 && agent && opensSentence ? groupAfterParticiple(s, agent) : undefined;
    const nearest = before0 ?? mainSubject ?? relativeAntecedent(s, start);
    // "Founded by A, a former G engineer, and B, who…, X raised…": the agents "and" joins past an apposition.
    const joinedAgents =
      agent && mainSubject
        ? s.groups.filter(
            (g) =>
              g.start > agent.end &&
              g.end <= mainSubject.start &&
              !isComplement(g) &&
              (AGENT_JOINED.test(s.text.slice(Math.max(agent.end, g.start - 24), g.start)) || titledAgent(s, agent, g)),
          )
        : agent && /^\s*,/u.test(s.text.slice(agent.end, agent.end + 2))
          ? // "was founded by A, previously head of X at Y, and B, a physicist": past the first agent's apposition,
            // the agent ", and" joins, itself closing on a comma or the sentence's end.
            s.groups.flatMap((g) =>
              g.members
                .filter(
                  (a) =>
                    a.start > agent.end &&
                    a.start - agent.end <= 160 &&
                    !/[.;:]/u.test(s.text.slice(agent.end, a.start)) &&
                    /,\s*(?:and|et)\s/u.test(s.text.slice(agent.end, a.start)) &&
                    AGENT_JOINED.test(s.text.slice(Math.max(agent.end, a.start - 24), a.start)) &&
                    AGENT_CLOSES.test(s.text.slice(a.end, Math.min(s.end, a.end + 120))),
                )
                .map((a) => ({ ...g, members: [a] })),
            )
          : agent
            ? // "founded by CEO A and CTO B", "by Chief Executive A and Chief Technology Officer B": a title before the
              // next agent splits the list.
              s.groups.filter((g) => g.start > agent.end && titledAgent(s, agent, g))
            : [];
    // "It is SecNumCloud certified by X": a name of the wrong kind right before the cue modifies it; the subject
    // is the group before that one.
    const beforeKinds = agent || cue.shape === 'backward' ? cue.toKinds : cue.fromKinds;
    const before =
      nearest && !nearest.members.some((m) => allowed(beforeKinds, m))
        ? (groupBefore(s, nearest.start) ?? nearest)
        : nearest;
    // The object: the first group after the cue with an actor of the kind the relation takes.
    const after =
      agent ??
      s.groups.find(
        (g) =>
          g.start >= end &&
          g.start - end <= 80 &&
          // ("bought a Thales-owned building", "hired a Paris-based lawyer": a compound's modifier is no object)
          !(s.text.charCodeAt(g.end) === 45 && /\p{Ll}/u.test(s.text.charAt(g.end + 1))) &&
          // ("bought X from Y": the seller is not bought; "cofounded in 2020 with former G engineer A": a co-founder's
          // phrase names no company founded)
          !(cue.type === 'acquired' && g.wordBefore === 'from') &&
          !(
            cue.type === 'founded' &&
            (CO_FOUNDER_BEFORE.test(s.text.slice(end, g.start)) || RELATIVE_WORD.test(s.text.slice(end, g.start)))
          ) &&
          g.members.some((m) => allowed(cue.shape === 'backward' ? cue.fromKinds : cue.toKinds, m)),
      );
    // "X, which Orange acquired in 2021", "X, qu'Orange a rachetée": the relative's antecedent is the object.
    const antecedentObject = !agent && cue.shape === 'forward' && before ? relativeObject(s, before) : undefined;
    const object =
      antecedentObject ??
      after ??
      anaphoricProject(s, start, end, before) ??
      (cue.type === 'criticises' ? criticisedProject(s, end, context) : undefined) ??
      (cue.type === 'founded' && cue.shape === 'forward' && !agent ? foundedCompany(s, end, context) : undefined);
    // "revient à X, la filiale cloud de Y", "par Y, maison mère de X": a noun cue in apposition to a name, even a
    // complement; "a obtenu la qualification de l'Anssi pour son offre X": the offer is what is certified.
    const apposed = APPOSABLE_NOUN_CUE.test(s.text.slice(start, end)) ? apposedHead(s, start) : undefined;
    const certifiedOffer =
      cue.type === 'certifies' && cue.shape === 'backward' && after ? certifiedFor(s, after.end) : undefined;
    // "Installée à Montpellier, Nuvalis…", "Based in Utrecht, X…": an opening participle's subject follows its object.
    const situated = cue.type === 'located-in' ? situatedApposition(s, start) : undefined;
    const stakeHolder =
      cue.type === 'owns'
        ? s.groups.findLast((g) => g.end <= start && STAKE_POSSESSOR.test(s.text.slice(g.end, start)))
        : undefined;
    const subject =
      certifiedOffer ??
      apposed ??
      situated ??
      stakeHolder ??
      before ??
      (!agent && opensSentence && object && cue.shape === 'forward' ? groupAfterParticiple(s, object) : undefined) ??
      (!agent && object && cue.shape === 'forward' ? apposedToNoun(s, start, end, object) : undefined) ??
      ((cue.type === 'hosted-by' || cue.type === 'relies-on') && cue.shape === 'forward'
        ? hostedThingOwner(s, start)
        : undefined);
    if (!subject || !object) continue;
    // (review 17: "The former Tessaro engineers who founded X": a name modifying a staff noun is no doer, its staff are)
    if (subject === before && !agent && s.language === 'en' && STAFF_NOUN_AFTER.test(s.text.slice(subject.end, start)))
      continue;
    // (review 16: "établi à" also tells where a contract, a quote or a partnership was drawn up: "Le partenariat avec
    // X, établi à Lyon", "Le devis de X, établi à Lyon"; a complement's name is not what it places)
    if (
      cue.type === 'located-in' &&
      !agent &&
      ESTABLISHED.test(s.text.slice(start, end)) &&
      isComplement(subject) &&
      /^\s*,?\s*$/u.test(s.text.slice(subject.end, start))
    )
      continue;
    // "AWS, which pledged to spend N on a cloud based in Germany": a place qualifies the noun right before the cue.
    if (
      cue.type === 'located-in' &&
      subject === before &&
      subject !== situated &&
      !agent &&
      !SITUATED_SUBJECT.test(s.text.slice(subject.end, start))
    )
      continue;
    // "Y was acquired for $N, and Z…": a passive whose agent is not named has no second end to read after it.
    if (
      !agent &&
      PARTICIPLE_CUE.test(s.text.slice(start, end)) &&
      before &&
      PASSIVE_AUXILIARY.test(s.text.slice(before.end, start))
    )
      continue;
    // "reprend l'infrastructure développée par X": X is the agent of another participle, not the cue's object.
    if (!agent && PARTICIPLE_AGENT.test(s.text.slice(end, object.start))) continue;
    // "who left in 2015, now backs start-ups through his fund, X": an object past a clause break is another clause's
    // (a short insertion between commas, "a choisi, en 2015, X", is no break).
    if (!agent && object === after) {
      const between = s.text.slice(end, object.start);
      // ("équipe plusieurs opérateurs, dont A", "supplies several banks, including A": the list names the object)
      if (
        CLAUSE_BREAK.test(between) &&
        CLAUSE_BREAK.test(between.replace(INSERTION, ' ').replace(OBJECT_LIST_OPENING[s.language], ' '))
      )
        continue;
    }
    // "is part of Y", "la branche cloud d'Y" name the parent right after them ("part of a consortium led by Y" does not).
    if (
      cue.type === 'subsidiary-of' &&
      NEAR_OWNER_CUE.test(s.text.slice(start, end)) &&
      !OWNER_RIGHT_AFTER.test(s.text.slice(end, object.start))
    )
      continue;
    // "dénoncent la dépendance aux services de X", "criticised the reliance on X": a use of X is criticised, not X.
    if (cue.type === 'criticises' && DEPENDENCE_NOUN.test(s.text.slice(end, object.start))) continue;
    // "X, a wholly owned Y subsidiary": Y owns X (`fromParentModifiers`), X owns nothing; "bought a Y subsidiary"
    // bought the subsidiary, not Y.
    if (
      (cue.type === 'owns' || cue.type === 'acquired') &&
      !agent &&
      PARENT_MODIFIES.test(s.text.slice(object.end, object.end + 30))
    )
      continue;
    // "bought back the shares of the State" is not buying the State.
    if (
      cue.type === 'acquired' &&
      /\b(?:shares?|stakes?|parts?|actions|participations?)\b/iu.test(s.text.slice(end, object.start))
    )
      continue;
    // Active "X cue Y": forward from X to Y; a passive agent ("par X") is the one who acts.
    let [fromGroup, toGroup] = cue.shape === 'forward' ? [subject, object] : [object, subject];
    if (agent) [fromGroup, toGroup] = [toGroup, fromGroup];
    const country = cue.type === 'located-in' && !agent ? placeAfterPlace(s, toGroup) : undefined;
    const toMembers = country ? [...toGroup.members, ...country.members] : toGroup.members;
    // "Thales, with Google, launched S3NS": a "with" group between the subject and a founding acts too; so does a
    // person after the object, in its clause ("A a cofondé X en 2018 avec B", "A co-founded X with B").
    const coAgents =
      cue.type === 'founded' && !agent
        ? s.groups.filter(
            (g) =>
              (/^(?:with|avec)$/.test(g.wordBefore) && g.start > subject.end && g.end <= start) ||
              // (a title or a kinship word may stand before the person: "with CEO A", "with his brother B")
              (g.start > object.end &&
                g.start - object.end <= 60 &&
                g.members.every((m) => m.kind === 'person') &&
                CO_FOUNDER_AFTER_OBJECT.test(s.text.slice(object.end, g.start)) &&
                // ("with B's support": B owns what the founder had)
                !/^['’]s?\s/u.test(s.text.slice(g.end, g.end + 3))),
          )
        : [];
    // "created by A and B with the same investment": the founders fund what they found.
    const invested =
      cue.type === 'founded' &&
      agent &&
      FOUNDERS_INVEST[s.language].test(s.text.slice(agent.end, agent.end + 60).split(',')[0]!);
    // "Founded by chief executive X", "fondée par son PDG X", "founded by X, who remains chief executive,": the founder
    // heads it still.
    const headingFounder =
      cue.type === 'founded' &&
      agent !== undefined &&
      (headTitle(s, s.text.slice(end, agent.start)) ||
        headTitle(s, FOUNDER_STILL_HEAD.exec(s.text.slice(agent.end))?.[0]));
    // "l'acquisition de 100 % du capital de X", "bought a 70% stake in X": the buyer of a share holds it.
    const stakeBought =
      cue.type === 'acquired' &&
      !agent &&
      STAKE_BOUGHT.test(s.text.slice(end, object.start)) &&
      !/^['’]s\s/u.test(s.text.slice(object.end, object.end + 3));
    const entrustedHosting =
      cue.type === 'customer-of' &&
      !agent &&
      ENTRUSTED[s.language].test(s.text.slice(start, end)) &&
      HOSTED_THING.test(s.text.slice(end, object.start));
    // "backed by the state-owned fund X", "soutenu par le fonds X": an investor's backing is money.
    const financialBacker =
      cue.type === 'supports' && agent !== undefined && INVESTOR_NOUN.test(s.text.slice(end, agent.start));
    // "relied on X servers", "s'appuie sur les serveurs de X": relying on someone's machines is being hosted by them.
    const hosting =
      cue.type === 'relies-on' &&
      (HOSTING_NOUN.test(s.text.slice(end, object.start)) ||
        HOSTING_NOUN_AFTER.test(s.text.slice(object.end, object.end + 20)));
    // "who ran the cloud division of X", "dirige la filiale française de X": heading a part of X is working for X.
    // (and "who ran SAP's public-sector cloud business", "ran Orange's cloud unit": the part after a possessive)
    const divisionHead =
      cue.type === 'leads' &&
      !agent &&
      (DIVISION_NOUN.test(s.text.slice(end, object.start)) ||
        NOUN_OF_ORGANISATION.test(s.text.slice(end, object.start)) ||
        DIVISION_OF_POSSESSOR.test(s.text.slice(object.end, object.end + 60)));
    if (
      (cue.type === 'member-of' || cue.type === 'works-for') &&
      BOARD_AFTER.test(s.text.slice(object.end, object.end + 30))
    )
      continue;
    for (const from of [...fromGroup.members, ...[...coAgents, ...joinedAgents].flatMap((g) => g.members)])
      for (const to of toMembers) {
        if (!allowed(cue.fromKinds, from) || !allowed(cue.toKinds, to)) continue;
        const type = hosting
          ? 'hosted-by'
          : financialBacker
            ? 'funds'
            : divisionHead
              ? 'works-for'
              : joined(cue.type, from, to);
        if (!type) continue;
        const why = hosting ? 'hosting' : financialBacker ? 'backer' : divisionHead ? 'division' : 'joined';
        const named = type === cue.type ? rule : `relation.cue:${type}+${why}`;
        const d = draft(s, type, from, to, [cueSpan], agent ? 0.65 : 0.6, named + (agent ? '+passive' : ''));
        if (d) out.push(d);
        // "a confié le stockage de ses archives à X": a customer whose data X keeps is hosted by X too.
        const hosted =
          entrustedHosting && draft(s, 'hosted-by', from, to, [cueSpan], 0.55, 'relation.entrusted-hosting');
        if (hosted) out.push(hosted);
        const funds = invested && draft(s, 'funds', from, to, [cueSpan], 0.55, 'relation.founders-invest');
        if (funds) out.push(funds);
        const owns =
          stakeBought && type === 'acquired' && draft(s, 'owns', from, to, [cueSpan], 0.55, 'relation.stake-bought');
        if (owns) out.push(owns);
        const heads =
          headingFounder &&
          from.kind === 'person' &&
          // (the title before the first agent is that agent's: "by CEO A and B", "by CEO A, and B, who ran…")
          from === fromGroup.members[0] &&
          draft(s, 'leads', from, to, [cueSpan], 0.55, 'relation.founder-heads');
        if (heads) out.push(heads);
        // (a role in a company a description stands for only when it is the article's: "Fondée par A, aujourd'hui
        // présidente, la société…" after another firm was named may read the description as that firm)
        const role =
          cue.type === 'founded' && agent && !heads && /\p{Lu}/u.test(s.text.charAt(to.start))
            ? founderRole(s, from)
            : undefined;
        const held = role && draft(s, role, from, to, [cueSpan], 0.55, `relation.founder-role:${role}`);
        if (held) out.push(held);
      }
    if (!agent && cue.shape === 'forward') out.push(...gapped(s, cue, cueSpan, subject, object));
    if (!agent && (cue.type === 'member-of' || cue.type === 'works-for'))
      out.push(...formerEmployer(s, cueSpan, fromGroup, object));
  }
  return out;
}

/** A share named between a purchase and the company: "de 100 % du capital de", "a 70% stake in", "60 per cent of". */
const STAKE_BOUGHT =
  /^\s*(?:de\s+|an?\s+)?(?:(?:près de|plus de|environ|about|around|nearly|some)\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)(?:[\s-]+(?:stake|share|holding|interest))?\s+(?:du capital\s+|des parts\s+|des actions\s+)?(?:de|du|des|d['’]|in|of)\s*(?:(?:la|le|l['’]|the)\s*)?$/iu;

/** The antecedent of an object relative pronoun right before the subject `g`: "X, which g…", "X, qu'g…". */
function relativeObject(s: SentenceView, g: Group): Group | undefined {
  const i = s.groups.indexOf(g);
  const antecedent = i > 0 ? s.groups[i - 1] : undefined;
  return antecedent && /^\s*,\s*(?:which|that|que|qu['’])\s*$/iu.test(s.text.slice(antecedent.end, g.start))
    ? antecedent
    : undefined;
}

/**
 * "Selon X, qui dirigeait…", "according to X, who runs…": the antecedent of a relative pronoun is the subject of its
 * clause, even where it is itself a complement.
 */
function relativeAntecedent(s: SentenceView, at: number): Group | undefined {
  const g = s.groups.findLast((x) => x.end <= at);
  return g && RELATIVE_PRONOUN_BEFORE.test(s.text.slice(g.end, at)) ? g : undefined;
}
const RELATIVE_PRONOUN_BEFORE = /^\s*,\s*(?:qui|who)\s+(?:[\p{Ll}'’-]+\s+){0,2}$/u;

/** "La plateforme de X est hébergée chez Y", "X's models are served from GPUs rented from Y": X is hosted. */
const HOSTED_THING_BEFORE_OWNER =
  /^[\s\p{P}]*(?:(?:la|le|les|l['’])\s*(?:[\p{Ll}-]+\s+){1,3}(?:de|du|des|d['’])\s*(?:l['’]|la\s+)?)$/iu;
const HOSTED_THING_AFTER_OWNER = /^['’]s\s+(?:[\p{Ll}-]+\s+){1,8}$/u;
function hostedThingOwner(s: SentenceView, at: number): Group | undefined {
  const g = s.groups[0];
  const next = s.groups[1];
  if (!g || g.end > at || (next && next.start < at)) return undefined;
  // (the participle may be in apposition: "La plateforme de X, hébergée chez Y")
  const apposed = /,\s*$/u.test(s.text.slice(g.end, at));
  const between = s.text.slice(g.end, at).replace(/,\s*$/u, ' ');
  if (/[,;:]/u.test(between)) return undefined;
  return HOSTED_THING_AFTER_OWNER.test(between) ||
    (HOSTED_THING_BEFORE_OWNER.test(s.text.slice(s.start, g.start)) &&
      (apposed ? /^\s*$/u : /^\s+(?:[\p{Ll}-]+\s+){0,6}$/u).test(between))
    ? g
    : undefined;
}

/** A noun cue opening the sentence with its article and adjectives: "Le principal actionnaire de", "The largest shareholder of". */
const NOUN_CUE_OPENING = /^[\s\p{P}]*(?:(?:le|la|les|l['’]|un|une|the|an?)\s*)?(?:[\p{Ll}-]+\s+)?$/iu;
const NOUN_CUE_END = /(?:\s(?:de|du|des|of|in)|\sd['’])$/iu;
/** ", le fonds Y,", ", the investment firm Y": the name the noun phrase is in apposition to, after its object. */
const APPOSED_AFTER_OBJECT = /^\s*,\s*(?:(?:le|la|les|l['’]|the)\s*)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * "Le principal actionnaire de Kerlan, le fonds Eurazeo, apportera…", "The largest shareholder of X, the fund Y,
 * said…": a noun cue opening the sentence whose holder is the name in apposition after its object.
 */
function apposedToNoun(s: SentenceView, start: number, end: number, object: Group): Group | undefined {
  if (!NOUN_CUE_END.test(s.text.slice(start, end)) || !NOUN_CUE_OPENING.test(s.text.slice(s.start, start)))
    return undefined;
  const next = s.groups[s.groups.indexOf(object) + 1];
  return next && APPOSED_AFTER_OBJECT.test(s.text.slice(object.end, next.start)) ? next : undefined;
}

/** "joined Y in 2018 from X", "a rejoint Y en provenance de X": where the person worked before. */
const JOINED_FROM: Record<Language, RegExp> = {
  en: /^[^,.;:]{0,30}?\sfrom\s+(?:the\s+)?$/u,
  fr: /^[^.;:]{0,30}?\s(?:en provenance|venue?s?|issue?s?)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$/u,
};
function formerEmployer(s: SentenceView, cue: Span, joiners: Group, joined: Group): RelationDraft[] {
  const next = s.groups[s.groups.indexOf(joined) + 1];
  if (!next || !JOINED_FROM[s.language].test(s.text.slice(joined.end, next.start))) return [];
  const out: RelationDraft[] = [];
  for (const person of joiners.members)
    for (const employer of next.members) {
      if (person.kind !== 'person' || !EMPLOYERS.includes(employer.kind)) continue;
      const d = draft(s, 'works-for', person, employer, [cue], 0.55, 'relation.joined-from');
      if (d) out.push(d);
    }
  return out;
}

const employerScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([EMPLOYER_AFTER.fr]),
  en: new CueScanner([EMPLOYER_AFTER.en, EMPLOYER_BEFORE_EN]),
};
/** Kinds a person works for. */
const WORKPLACES: readonly ActorKind[] = [...EMPLOYERS, 'public-body', 'organisation'];
/** Between the person and the words: an apposition's comma, a relative pronoun, a few lower-case words. */
// (past a title's apposition: "A, its CTO, who previously spent eight years at O", "A, its CTO, formerly of O")
const PERSON_BEFORE_EMPLOYER =
  /^\s*(?:,?\s*(?:(?:qui|who)\s+)?(?:[\p{Ll}\p{N}'’-]+\s+){0,4}|,\s*(?:its|their|his|her|son|sa|leur|the|le|la|l['’])\s*[^,;.()]{1,40},\s*(?:(?:qui|who)\s+(?:[\p{Ll}\p{N}'’-]+\s+){0,4})?)$/u;
const PERSON_BEFORE_TITLE =
  /^\s*,\s*(?:[\p{Ll}'’-]+\s+){1,6}(?:de|du|des|d['’]|of|at)\s*(?:l['’]|la\s+)?[\p{Lu}][^,.;:]{0,40}$/u;
// (a title or a kinship word only, no preposition: "with money from B", "with the backing of B" name no co-founder)
const CO_FOUNDER_AFTER_OBJECT =
  /^\s+(?:(?:in|en)\s+\d{4}\s+)?(?:with|avec)\s+(?:(?:his|her|their|its|son|sa|ses|leur)\s+)?(?:(?!(?:from|of|by|de|du|des|par)\s)(?![\p{L}-]*['’])[\p{L}-]+\s+){0,3}$/iu;
// ("founded the company that supplies Y": a relative clause's name is not what was founded)
const RELATIVE_WORD = /(?<![\p{L}])(?:that|which|who|qui|que|qu['’]|dont)(?![\p{L}])/iu;
const CO_FOUNDER_BEFORE = /(?<![\p{L}])(?:with|avec|alongside|aux côtés d(?:e|u|es|['’]))\s/iu;
const POSSESSIVE_WORD = /^(?:its|their|his|her|our|son|sa|ses|leur|leurs|notre)$/iu;
const STAFF_NOUN_AFTER_EMPLOYER = /^ (?:[\p{Ll}-]+ ){0,2}$/u;
const PLURAL_WORKERS =
  /(?<![\p{L}])(?:anciens|anciennes|vétérans|veterans|alumni|alumnae|deux|trois|both|two|three|ont|avaient|have|had|were|étaient|sont|are)(?![\p{L}])/iu;
const EMPLOYER_GOES_ON =
  /^\s*,?\s*(?:puis|ensuite|et|then|and(?: then)?|before|avant)\s+(?:(?:par|chez|at|with|for|de|d['’])\s*)?(?:(?:the|le|la|les|l['’])\s*)?$/iu;
const ARTICLE_ONLY = /^\s*(?:(?:le|la|les|l['’]|the)\s*)?$/iu;

/**
 * "A et B, deux anciens d'OVHcloud", "A, passée par Scaleway", "A, who spent ten years at X", "A, an Atos veteran":
 * where a person works or worked, told without a job title (past employment is `works-for` too).
 */
function fromEmployers(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { cue, start, end } of employerScanners[s.language].scan(s)) {
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    // (the English modifier form, "an Atos veteran": the employer is the name right before the word)
    const modified = cue === 1;
    // ("two former OVHcloud storage engineers": up to two lower-case words of the trade between)
    const employer = modified
      ? s.groups.findLast(
          (g) =>
            g.end <= start &&
            STAFF_NOUN_AFTER_EMPLOYER.test(s.text.slice(g.end, start)) &&
            // (a name, not a possessive standing for one: "its lead engineer" is a title, read elsewhere)
            !POSSESSIVE_WORD.test(s.text.slice(g.start, g.end)),
        )
      : groupAfter(s, end, 12);
    if (!employer || (!modified && !ARTICLE_ONLY.test(s.text.slice(end, employer.start)))) continue;
    const at = modified ? employer.start : start;
    // The person right before, or before a title's complement: "A, directrice des opérations de L après quinze ans
    // passés chez X" (A, not L).
    const person =
      s.groups.findLast(
        (g) =>
          g.end <= at &&
          g !== employer &&
          g.members.some((m) => m.kind === 'person') &&
          PERSON_BEFORE_EMPLOYER.test(s.text.slice(g.end, at)),
      ) ??
      s.groups.findLast(
        (g) =>
          g.end <= at &&
          g.members.every((m) => m.kind === 'person') &&
          PERSON_BEFORE_TITLE.test(s.text.slice(g.end, at)),
      );
    // ("Fondée par A, ancien de O, et B": the apposition inside a list of names, its name right before)
    const listed = person
      ? undefined
      : s.groups
          .find((g) => g.start < at && g.end > at && g !== employer)
          ?.members.findLast(
            (m) => m.kind === 'person' && m.end <= at && PERSON_BEFORE_EMPLOYER.test(s.text.slice(m.end, at)),
          );
    // ("former Equinor engineer Lars Mykletun", "the former BT engineers A and B": the staff named right after)
    const named = modified && !person && !listed ? groupAfter(s, end, 3) : undefined;
    if (named?.members.every((m) => m.kind === 'person')) {
      for (const worker of named.members) {
        const d = draft(s, 'works-for', worker, employer.members[0]!, [{ start, end }], 0.6, 'relation.employer');
        if (d) out.push(d);
      }
      continue;
    }
    if (!person && !listed) continue;
    // "A et B, deux anciens d'O", "A and B have worked at O": the whole list; else the name right before ("A, a
    // former X at P, and B, who spent six years at O": B only).
    const workers = listed
      ? [listed]
      : PLURAL_WORKERS.test(s.text.slice(person!.end, end))
        ? person!.members
        : person!.members.slice(-1);
    // "passée par A puis par B", "after years at A and then at B": the employers the words go on to.
    const employers = [employer];
    for (let next = groupAfter(s, employer.end, 20); next; next = groupAfter(s, next.end, 20)) {
      if (!EMPLOYER_GOES_ON.test(s.text.slice(employers.at(-1)!.end, next.start))) break;
      employers.push(next);
    }
    for (const worker of workers)
      for (const place of employers.flatMap((g) => g.members)) {
        if (worker.kind !== 'person' || !WORKPLACES.includes(place.kind)) continue;
        const d = draft(s, 'works-for', worker, place, [{ start, end }], 0.6, 'relation.employer');
        if (d) out.push(d);
      }
  }
  return out;
}

/**
 * "A, un ancien commercial de SFR", "A, a former product lead at Scaleway", "A, who previously ran infrastructure at
 * X", "A, qui a dirigé l'activité cloud chez X": a past job, whatever its title, is work for the organisation named
 * right after it (past employment is `works-for` too). Not a school's pupil, a member, a client or an investor.
 */
const FORMER_JOB_WORDS = /(?:ancien|former|previously|formerly|once|dirigé|piloté)/iu;
const FORMER_JOB: Record<Language, RegExp> = {
  fr: /^\s*,\s*(?:(?:un|une)\s+ancien(?:ne)?\s+((?:[\p{Ll}-]+\s+){1,3}?)(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*|chez\s+)|qui\s+a\s+(?:dirigé|piloté|géré)\s+((?:[\p{Ll}'’-]+\s+){1,4}?)(?:chez\s+|au\s+sein\s+d['’]\s*|au\s+sein\s+de\s+))$/u,
  en: /^\s*,\s*(?:(?:(?:(?:an?|both|two|three)\s+former|(?:previously|formerly)\s+an?)\s+((?:[\p{Ll}-]+\s+){1,3}?)(?:at|of|with)\s+(?:the\s+)?)|(?:who|having)\s+(?:previously|formerly|once)\s+(?:ran|run|led|headed|managed|oversaw|built)\s+((?:[\p{Ll}-]+\s+){1,4}?)at\s+(?:(?:the|rival)\s+)?)$/u,
};
const NOT_A_JOB =
  /(?<![\p{L}])(?:rivale?s?|rivals?|concurrente?s?|competitors?|critiques?|critics?|détracteu(?:r|se)s?|opposants?|opponents?|propriétaires?|owners?|fournisseu(?:r|se)s?|suppliers?|vendors?|prestataires?|régulateurs?|regulators?|candidate?s?|bidders?|acquéreurs?|acquirers?|buyers?|élèves?|étudiant(?:e)?s?|membres?|client(?:e)?s?|actionnaires?|investisseu(?:r|se)s?|adhérent(?:e)?s?|partenaires?|students?|pupils?|members?|customers?|clients?|investors?|shareholders?|partners?|graduates?|fellows?)(?![\p{L}])/iu;
/** "IBM Research", "Orange Labs": a known organisation's research unit, worked in as the organisation. */
const RESEARCH_UNIT = /^(.+?)\s+(?:Research|Labs?|Recherche)$/u;
function fromFormerJobs(s: SentenceView, lookup: ActorLookup): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (!FORMER_JOB_WORDS.test(s.text.slice(s.start, s.end))) return out;
  for (const place of s.actors) {
    if (!WORKPLACES.includes(place.kind)) continue;
    const person = s.actors.findLast((p) => p.kind === 'person' && p.end < place.start && place.start - p.end <= 90);
    if (!person) continue;
    const m = FORMER_JOB[s.language].exec(s.text.slice(person.end, place.start));
    if (!m || NOT_A_JOB.test(m[1] ?? m[2] ?? '')) continue;
    // ("who previously ran sales at Y's rival": the workplace is what Y owns, not Y)
    if (/^['’]s?(?![\p{L}])/u.test(s.text.slice(place.end, place.end + 3))) continue;
    const unitOf = RESEARCH_UNIT.exec(s.text.slice(place.start, place.end))?.[1];
    const employer = (unitOf && lookup([unitOf])) || place;
    const d = draft(
      s,
      'works-for',
      person,
      { ...employer, start: place.start, end: place.end },
      [{ start: person.end, end: place.start }],
      0.55,
      'relation.former-job',
    );
    if (d) out.push(d);
  }
  return out;
}

const ownerScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([OWNER_NOUNS.fr]),
  en: new CueScanner([OWNER_NOUNS.en]),
};
/** Before the noun: a possessor ("X's") or a resolved possessive ("Son", "Its"), and an adjective or two. */
const OWNED_BEFORE_NOUN = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Between the noun and the owner in apposition: ", the investment firm", ", le fonds", ", Luxembourg-based firm". */
const OWNER_APPOSED = /^\s*,\s*(?:(?:le|la|les|l['’]|the)\s*)?(?:[\p{L}-]+\s+){0,3}$/u;
const PARENT_NOUN = /^(?:parent|maison|société)/iu;

/**
 * "X's owner, the investment firm Y, …", "Son propriétaire, le fonds Y", "Its parent, Y": Y owns X (or is its
 * parent: X is a subsidiary of Y).
 */
function fromOwnerAppositions(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (!hasMarker(s, Marker.OWNERS)) return out;
  for (const { start, end } of ownerScanners[s.language].scan(s)) {
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    const owned = s.actors.findLast(
      (a) =>
        a.end <= start &&
        isOrg(a) &&
        OWNED_BEFORE_NOUN.test(s.text.slice(a.end, start)) &&
        (/^['’]s/u.test(s.text.slice(a.end, a.end + 2)) || OWNER_DETERMINER.test(s.text.slice(a.start, a.end))),
    );
    // (past a place naming the owner: "X's owner, Luxembourg-based investment firm Y")
    const owner = s.groups.find((g) => g.start >= end && g.start - end <= 60 && g.members.some(isOrg));
    if (!owned || !owner || !OWNER_APPOSED.test(s.text.slice(end, owner.start))) continue;
    const parent = PARENT_NOUN.test(s.text.slice(start, end));
    for (const holder of owner.members) {
      if (!isOrg(holder)) continue;
      const d = parent
        ? draft(s, 'subsidiary-of', owned, holder, [{ start, end }], 0.6, 'relation.owner-apposed')
        : draft(s, 'owns', holder, owned, [{ start, end }], 0.6, 'relation.owner-apposed');
      if (d) out.push(d);
    }
  }
  return out;
}

const STANDARDS_BODY = /^(?:ISO|IEC|AFNOR|CEN|ETSI)$/iu;
const CERTIFIER_KINDS: readonly ActorKind[] = ['public-body', 'organisation'];
const CERTIFIED_BY = /(?<![\p{L}])(?:par|by|from|de|d['’]|du)\s*(?:(?:l['’]|la |le |the )\s*)?$/iu;
/** Between a certificate (or its body) and the offer it is for: "pour son offre ", "for its ", ") pour ". */
const CERTIFIED_FOR =
  /^[^,.;:]{0,24}?(?:pour|for)\s+(?:(?:son|sa|ses|leur|leurs|its|their|the|le|la|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** The offer a certificate is for, named after "pour", "for" right after `at` (the certificate or its body). */
function certifiedFor(s: SentenceView, at: number): Group | undefined {
  return s.groups.find((g) => g.start >= at && g.start - at <= 50 && CERTIFIED_FOR.test(s.text.slice(at, g.start)));
}

/** A certification's participle ("certifiée", "qualified") right after a name and its comma: that name. */
const CERTIFICATE_PARTICIPLE = /^(?:certifi|qualifi|labellis|homologu|accredit)/iu;
function participleAfterName(s: SentenceView, cue: Span): Group | undefined {
  if (!CERTIFICATE_PARTICIPLE.test(s.text.slice(cue.start, cue.end))) return undefined;
  const named = s.groups.findLast(
    (g) =>
      g.end <= cue.start &&
      !g.inParentheses &&
      /^\s*,\s*(?:(?:déjà|already)\s+)?$/u.test(s.text.slice(g.end, cue.start)),
  );
  // ("Y, la filiale cloud de X, qualifiée C": a name after "de", "of" completes the noun the participle describes)
  return named && !OF_BEFORE.test(s.text.slice(Math.max(s.start, named.start - 40), named.start)) ? named : undefined;
}
const OF_BEFORE = /(?<![\p{L}])(?:de|du|des|d['’]|of)\s*(?:(?:la|le|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Between a certificate and the main clause's subject after an opening participle: "Qualifiée X par Y en 2024, Z". */
const MAIN_CLAUSE_AFTER = /^[^.;:]*,\s*(?:(?:l['’]|le |la |les |the )\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "X a obtenu la qualification C", "X, certifiée C", "X holds C certification", "X is C-certified", "Qualifiée C par
 * l'Anssi, X…": X holds the certification C.
 */
function fromCertificates(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const certificate of s.actors) {
    // ("ISO", "IEC" alone are the bodies that write standards; "ISO 27001" is a certificate)
    if (certificate.kind !== 'certification' || STANDARDS_BODY.test(s.text.slice(certificate.start, certificate.end)))
      continue;
    const before = s.text.slice(Math.max(s.start, certificate.start - 60), certificate.start);
    const m = HOLDS_BEFORE[s.language].exec(before);
    const after =
      m || s.language !== 'en' ? null : HOLDS_AFTER_EN.exec(s.text.slice(certificate.end, certificate.end + 14));
    if (!m && !after) continue;
    const cue = m
      ? { start: certificate.start - m[0].length, end: certificate.start }
      : { start: certificate.start, end: certificate.end + after![0].length };
    if (negated(s, cue.start, cue.end) || hypothetical(s, cue.start) || intended(s, cue.start)) continue;
    // "la qualification C délivrée par l'Anssi", "C qualification from ANSSI": the holder holds C and the body
    // certifies it (docs/held-out-guide.md: one sentence stating both gives both).
    const named = s.actors.find((a) => a.start >= certificate.end && a.start - certificate.end <= 70);
    const body =
      named && CERTIFIER_KINDS.includes(named.kind) && CERTIFIED_BY.test(s.text.slice(certificate.end, named.start))
        ? named
        : undefined;
    // "… de l'Anssi pour son offre X", "… for its X platform": the offer named after "pour", "for" holds it.
    const offer = certifiedFor(s, body?.end ?? certificate.end);
    const opensSentence = /^[\s\p{P}]*$/u.test(s.text.slice(s.start, cue.start));
    // "…, en partenariat avec l'hébergeur X, qualifié C": a participle right after a name's comma describes that name,
    // a verb's complement as much as its subject.
    const apposed = participleAfterName(s, cue);
    const holder =
      offer ??
      (opensSentence
        ? s.groups.find(
            (g) => g.start > cue.end && !isComplement(g) && MAIN_CLAUSE_AFTER.test(s.text.slice(cue.end, g.start)),
          )
        : (apposed ?? groupBefore(s, cue.start)));
    for (const h of holder?.members ?? []) {
      if (!isOrg(h) || h.kind === 'certification') continue;
      const held = draft(s, 'holds', h, certificate, [cue], 0.6, 'relation.certificate');
      if (held) out.push(held);
      const certified = body && draft(s, 'certifies', body, h, [cue], 0.6, 'relation.certificate-body');
      if (certified) out.push(certified);
    }
  }
  return out;
}

/** "X, which has A and B as customers", "X a pour clients A et B": each customer is a customer of the subject. */
function fromCustomerLists(s: SentenceView, hits: readonly CueHit[], context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of hits.filter((h) => h.cue === Structure.CUSTOMERS)) {
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    // "parmi ses clients la Maif", "dont la mutuelle X", "among them the German insurer X": an article, and a noun
    // describing the customer, may open the list.
    const after = listedAfter(s, end);
    const listed = after && LIST_OPENING.test(s.text.slice(end, after.start)) ? pastRelative(s, after) : undefined;
    // ("counts A and several banks among its customers": unnamed customers may follow the named ones)
    const last = s.groups.findLast((g) => g.end <= start && UNNAMED_TAIL.test(s.text.slice(g.end, start)));
    // ("counts A and the whisky maker B among its clients": a described item joins the list before it)
    const previous = last && !listed ? s.groups[s.groups.indexOf(last) - 1] : undefined;
    const before =
      previous && LIST_ITEM_DESCRIBED.test(s.text.slice(previous.end, last!.start))
        ? { ...last!, start: previous.start, members: [...previous.members, ...last!.members] }
        : last;
    const customers = listed ?? before;
    if (!customers) continue;
    // "…, la PME revendique 260 clients, parmi lesquels A": a subject the sentence does not name is the article's
    // company.
    // ("counts A among its customers": the possessive inside the words, resolved by coreference, is the supplier)
    const possessive = s.actors.find(
      (a) => a.start >= start && a.end <= end && isOrg(a) && OWNER_DETERMINER.test(s.text.slice(a.start, a.end)),
    );
    const supplier = possessive
      ? [possessive]
      : (groupBefore(s, customers.start)?.members ?? [context.topic?.()].filter((t) => t !== undefined));
    for (const customer of customers.members)
      for (const provider of supplier) {
        if (!isOrg(provider) || customer.kind === 'place') continue;
        const d = draft(
          s,
          listedAs(s, start, end),
          customer,
          provider,
          [{ start, end }],
          0.6,
          'relation.customer-list',
        );
        if (d) out.push(d, ...tenantHosted(s, start, end, customer, provider, 'relation.customer-list'));
      }
  }
  return out;
}

/**
 * A tenant ("locataire") of a data centre's operator is its customer; it is hosted by it when a relative says it
 * hosts there, right after its name or for the whole list: "Parmi ses locataires figurent A, qui y héberge ses
 * serveurs", "Tenants at its campus include A and B, which both host systems at the site" (a tenant alone may rent
 * offices or a hall not yet built: the curators' call).
 */
function tenantHosted(s: SentenceView, start: number, end: number, tenant: ActorSpan, host: ActorSpan, rule: string) {
  if (!TENANT_NOUN.test(s.text.slice(start, end))) return [];
  const after = s.text.slice(tenant.end, s.end);
  const own = HOSTING_RELATIVE.exec(after);
  if (!own || (own.index > 2 && !own[1])) return [];
  const d = draft(s, 'hosted-by', tenant, host, [{ start, end }], 0.55, rule);
  return d ? [d] : [];
}
// (group 1: the relative speaks of the whole list; "y", "there", "at the site": it hosts at the landlord's, not
// anywhere: "A, which hosts its servers in Dublin")
const HOSTING_RELATIVE =
  /,\s*(?:qui|which|that)\s+(both\s+|all\s+|tous\s+deux\s+|toutes\s+deux\s+)?(?:y\s+h[ée]berg\p{L}*|(?:hosts?|run)\s[^,.;:]{0,60}?(?<![\p{L}])(?:there|at\s+the\s+(?:site|campus|facility|centre|center)|on\s+site))(?![\p{L}])/iu;
const TENANT_NOUN = /locataire|tenant/iu;

/** What a list's noun makes its members: customers, investors (funds), shareholders (owns) or rivals. */
function listedAs(s: SentenceView, start: number, end: number): RelationType {
  const noun = s.text.slice(start, end);
  if (RIVAL_NOUN.test(noun)) return 'competes-with';
  return FUNDER_NOUN.test(noun) ? 'funds' : HOLDER_NOUN.test(noun) ? 'owns' : 'customer-of';
}

const LIST_ITEM_DESCRIBED = /^\s*,?\s+(?:and|et)\s+(?:the|le|la|l['’])\s*(?:[\p{Ll}-]+\s+){1,3}$/u;
const UNNAMED_TAIL = /^(?:\s+(?:and|et)(?:\s+[\p{Ll}\p{N}-]+){1,5})?\s*$/u;

const customerScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([CUSTOMERS_NAMED_AFTER.fr, CUSTOMERS_NAMED_BEFORE.fr]),
  en: new CueScanner([CUSTOMERS_NAMED_AFTER.en, CUSTOMERS_NAMED_BEFORE.en]),
};
/** The owner of the customers' noun: "Its customers", "X's clients", "X, whose customers", "X, dont les clients". */
const CUSTOMERS_OWNER = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?$|^\s*,\s*(?:whose|dont les)\s+(?:[\p{Ll}-]+\s+)?$/u;

/**
 * "Ses clients incluent A et B", "Its customers include A", "A and B are customers": the customers of the noun's
 * owner, or of the article's company when the noun has none ("Customers include A", "parmi ses clients figurent A").
 */
function fromCustomersNamed(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (!hasMarker(s, Marker.CUSTOMERS) && !hasMarker(s, Marker.OWNERS) && !hasMarker(s, Marker.STAKE)) return out;
  for (const { cue, start, end } of customerScanners[s.language].scan(s)) {
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    let customers =
      cue === 0
        ? listedAfter(s, end)
        : s.groups.findLast((g) => g.end <= start && /^\s*$/u.test(s.text.slice(g.end, start)));
    if (!customers || (cue === 0 && !LIST_OPENING.test(s.text.slice(end, customers.start)))) continue;
    if (cue === 0) customers = pastRelative(s, customers);
    // The owner: before the noun ("Its customers", "X, whose clients"), or a possessor inside the copula's words
    // ("A and B are X's biggest customers").
    // (or named inside the words: "Parmi les clients de X figurent", "Among X's customers are")
    const owner =
      // ("Tenants at BIO1 include": a site named inside the words is no owner)
      (cue === 0
        ? s.actors.find(
            (a) =>
              a.start > start && a.end < end && isOrg(a) && !/\sat\s+(?:the\s+)?$/u.test(s.text.slice(start, a.start)),
          )
        : undefined) ??
      (cue === 0
        ? s.actors.findLast((a) => a.end <= start && CUSTOMERS_OWNER.test(s.text.slice(a.end, start)))
        : s.actors.find((a) => a.start > start && a.end < end && /^['’]s\s/u.test(s.text.slice(a.end, a.end + 3))));
    const supplier = owner && isOrg(owner) ? owner : context.topic?.();
    if (!supplier) continue;
    const type = listedAs(s, start, end);
    for (const customer of customers.members) {
      if (customer.kind === 'place' || (customer.kind === 'person' && type === 'customer-of')) continue;
      const d = draft(s, type, customer, supplier, [{ start, end }], 0.55, 'relation.customers-named');
      if (d) out.push(d, ...tenantHosted(s, start, end, customer, supplier, 'relation.customers-named'));
    }
  }
  return out;
}

/**
 * "Nerva, an Orvalis customer since 2020,", "Nerva has been an Orvalis client", "A and B are Orvalis customers": the
 * supplier's name modifying the noun (English), after a copula or in apposition.
 */
const SUPPLIER_BEFORE_CUSTOMER =
  /^(?:\s*,\s*|\s+(?:(?:is|are|was|were|has been|have been|had been|became|becomes|remains|remained)\s+)+)(?:(?:an?|the|one|its)\s+)?(?:(?:long-?time|longstanding|long-standing|major|big|large|key|loyal|early|existing)\s+)?$/u;
const CUSTOMER_AFTER_SUPPLIER = /^\s+(?:customers?|clients?)(?![\p{L}-])/u;
function fromSupplierModifiers(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (s.language !== 'en' || !hasMarker(s, Marker.CUSTOMERS)) return out;
  for (const supplier of s.actors) {
    if (!isOrg(supplier) || !CUSTOMER_AFTER_SUPPLIER.test(s.text.slice(supplier.end, supplier.end + 12))) continue;
    const customers = s.groups.findLast(
      (g) => g.end <= supplier.start && SUPPLIER_BEFORE_CUSTOMER.test(s.text.slice(g.end, supplier.start)),
    );
    if (!customers || negated(s, customers.end, supplier.start) || hypothetical(s, supplier.start)) continue;
    for (const customer of customers.members) {
      if (customer.kind === 'place' || customer.kind === 'person') continue;
      const d = draft(s, 'customer-of', customer, supplier, [], 0.55, 'relation.supplier-modifier');
      if (d) out.push(d);
    }
  }
  return out;
}

// (past an unnamed first item: "include the Dutch tax office and the insurer X", "figurent des mutuelles et la banque X")
/**
 * The first item of a list after its words, past a place that only describes it: "include Milan-based startup X",
 * "is Portugal's Agency for X".
 */
function listedAfter(s: SentenceView, at: number, reach = 40): Group | undefined {
  const first = groupAfter(s, at, reach);
  if (!first) return first;
  // "with Deutsche Telekom's T-Systems", "with Airbus's unit Airbus Defence": the company owned, not its owner (an
  // offer stays its maker's: "against Microsoft's Azure")
  if (!first.members.every((m) => m.kind === 'place')) {
    if (!/^['’]s\s/u.test(s.text.slice(first.end, first.end + 3))) return first;
    const owned = groupAfter(s, first.end, 40);
    return owned &&
      PLACE_TO_NAME.test(s.text.slice(first.end, owned.start)) &&
      owned.members.every((m) => OWNED_COMPANY_KINDS.has(m.kind))
      ? owned
      : first;
  }
  if (!PLACE_DESCRIBING.test(s.text.slice(first.end, first.end + 16))) return first;
  // (the name right after a few modifiers, not one of another clause: "competes with France's incumbents, analysts
  // at X said")
  const named = groupAfter(s, first.end, 60);
  return named && PLACE_TO_NAME.test(s.text.slice(first.end, named.start)) ? named : first;
}
/**
 * A list that goes on past its first item's relative clause: "figurent A, qui y héberge ses serveurs, et la mutuelle
 * B", "include A, which hosts its platform there, and the insurer B".
 */
function pastRelative(s: SentenceView, first: Group): Group {
  const next = groupAfter(s, first.end, 120);
  return next && RELATIVE_THEN_ITEM.test(s.text.slice(first.end, next.start))
    ? { ...first, end: next.end, members: [...first.members, ...next.members] }
    : first;
}
const RELATIVE_THEN_ITEM = new RegExp(
  `^\\s*,\\s*(?:qui|which|who|that)\\s[^,.;:()]{1,90},\\s*(?:et|and)\\s+(?:(?:la|le|les|l['’]|the)\\s*)?${DESCRIBED_ITEM}$`,
  'iu',
);
const PLACE_DESCRIBING = /^(?:-(?:based|headquartered)|['’]s)\s/u;
const OWNED_COMPANY_KINDS: ReadonlySet<ActorKind> = new Set(['company', 'joint-venture']);
const PLACE_TO_NAME = /^(?:-(?:based|headquartered)|['’]s)\s+(?:[\p{L}-]+\s+){0,4}$/u;

// (and an English item described by its place or nationality and a modifier or two before the noun: "Milan-based
// legal AI startup X", "Basque telecoms firm X": the noun is then required)
const LIST_OPENING = new RegExp(
  `^\\s*(?:(?:désormais|aussi|également|déjà|notamment|now|also|already)\\s+)?(?:(?:the|an?|la|le|les|l['’]|une?|des|several|plusieurs)\\s*[\\p{L}'’ -]{1,40}?(?:,\\s*|\\s+(?:and|et)\\s+))?(?:(?:la|le|les|l['’]|the)\\s*)?(?:(?:[\\p{L}.'’-]+-(?:based|headquartered)|\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch|ic|i|que))\\s+(?:[\\p{L}-]+\\s+){0,2}${DESCRIBED_ITEM.slice(0, -1)}|\\p{Lu}[\\p{L}.-]*['’]s\\s+|${DESCRIBED_ITEM})$`,
  'iu',
);

/** "l'infrastructure développée par HP pour SFR", "built by X for Y": Y is a customer of X. */
function fromMadeFor(s: SentenceView, hits: readonly CueHit[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of hits.filter((h) => h.cue === Structure.MADE_FOR)) {
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    const maker = groupAfter(s, end, 6);
    const client = maker && groupAfter(s, maker.end, 12);
    if (!client || !/^\s*(?:for|pour)\s+(?:(?:the|le|la|l['’])\s*)?$/iu.test(s.text.slice(maker.end, client.start)))
      continue;
    for (const customer of client.members)
      for (const provider of maker.members) {
        if (!isOrg(provider) || !isOrg(customer)) continue;
        const d = draft(s, 'customer-of', customer, provider, [{ start, end }], 0.55, 'relation.made-for');
        if (d) out.push(d);
      }
  }
  return out;
}

/** "X a démarré avec Y à sa tête", "X, with Y at its helm": Y leads X. */
function fromHeads(s: SentenceView, hits: readonly CueHit[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of hits.filter((h) => h.cue === Structure.HEAD)) {
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    const person = s.groups.findLast((g) => g.end <= start && /^\s*$/u.test(s.text.slice(g.end, start)));
    const org = person && groupBefore(s, person.start);
    if (!person || !org) continue;
    for (const leader of person.members)
      for (const led of org.members) {
        if (leader.kind !== 'person' || !isOrg(led)) continue;
        const d = draft(s, 'leads', leader, led, [{ start, end }], 0.6, 'relation.at-its-head');
        if (d) out.push(d);
      }
  }
  return out;
}

/** "X, auteur de « A » et « B » chez Dunod", "X, author of "A" (published by Y)": X writes for the publisher. */
function fromAuthors(s: SentenceView, hits: readonly CueHit[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of hits.filter((h) => h.cue === Structure.AUTHOR)) {
    const person = s.actors.findLast(
      (a) =>
        a.kind === 'person' &&
        a.end <= start &&
        /^\s*,\s*(?:[\p{L}'’-]+[\s,]+){0,3}$/u.test(s.text.slice(a.end, start)),
    );
    if (!person) continue;
    // The titles between (quoted, or names of works) may hold commas; the publisher comes after a publishing word.
    const publisher = s.actors.find((a) => {
      if (a.start < end || a.start - end > 200 || !isOrg(a)) return false;
      const between = s.text.slice(end, a.start).replace(/[“«"][^”»"]*[”»"]/gu, '');
      return PUBLISHED_AT[s.language].test(between) && !/[.;:]/.test(between);
    });
    if (!publisher) continue;
    const d = draft(s, 'writes-for', person, publisher, [{ start, end }], 0.55, 'relation.author');
    if (d) out.push(d);
  }
  return out;
}

/** The structures read by words of their own, found in one scan of the sentence. */
enum Structure {
  CUSTOMERS,
  MADE_FOR,
  HEAD,
  AUTHOR,
}
const structureScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([CUSTOMER_LIST.fr, MADE_BY.fr, AT_ITS_HEAD.fr, AUTHOR_TITLES.fr]),
  en: new CueScanner([CUSTOMER_LIST.en, MADE_BY.en, AT_ITS_HEAD.en, AUTHOR_TITLES.en]),
};

const isOrg = (a: ActorSpan) => ORGANISATION_KINDS.includes(a.kind);

const TITLE_TYPES: RelationType[] = ['founded', 'leads', 'works-for'];
/** Between an organisation and the person it appoints: its verb, right before the person. */
const APPOINTED: Record<Language, RegExp> = {
  fr: /^[^.;:]{0,120}\s(?:a|ont|avait)\s+(?:nommé|désigné|choisi|recruté|promu)\s+$/u,
  en: /^[^.;:]{0,120}\s(?:(?:has|have|had)\s+)?(?:appointed|named|hired|promoted|picked|chosen)\s+$/u,
};
const titleScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([FOUNDER_TITLES.fr, LEAD_TITLES.fr, WORK_TITLES.fr]),
  en: new CueScanner([FOUNDER_TITLES.en, LEAD_TITLES.en, WORK_TITLES.en]),
};
const nationalityScanners: Record<Language, CueScanner> = {
  fr: new CueScanner(NATIONALITIES.fr.map((n) => n.pattern)),
  en: new CueScanner(NATIONALITIES.en.map((n) => n.pattern)),
};
const assemblyTitles: Record<Language, { before: RegExp; assembly: string[] }[]> = {
  fr: ASSEMBLY_TITLES.fr.map(({ pattern, assembly }) => ({
    before: new RegExp(`(?:${pattern.source})\\s*$`, 'iu'),
    assembly,
  })),
  en: ASSEMBLY_TITLES.en.map(({ pattern, assembly }) => ({
    before: new RegExp(`(?:${pattern.source})\\s*$`, 'iu'),
    assembly,
  })),
};

const ORG_NOUN_WORDS = {
  en: `(?:${ORG_NOUNS.en.source}|${B}(?:${RIVAL_AND_BODY_NOUNS.en})${E})`,
  fr: `(?:${ORG_NOUNS.fr.source}|${B}(?:${RIVAL_AND_BODY_NOUNS.fr})${E})`,
};
/** English: "French start-up", "American extraterritorial law" (up to two words between). */
const nounAfterAdjective = new RegExp(
  `^\\s+(?:(?!(?:and|or)\\s)(?:[\\p{Ll}-]+|\\p{Lu}{2,5})\\s+){0,2}${ORG_NOUN_WORDS.en}`,
  'u',
);
/** French: "société française", "clouds publics d'origine américaine". */
const ARTICLE_BEFORE = /(?:^|[\s(])(?:l['’]|le\s+|la\s+|the\s+)$/iu;
const nounBeforeAdjective = new RegExp(`${ORG_NOUN_WORDS.fr}(?:\\s+[\\p{Ll}'’-]+){0,3}\\s+$`, 'iu');

/** "'s ", "'s cybersecurity agency ": a place's possessive before the name, no superlative ("Europe's largest"). */
const PLACE_OWNS_NAME =
  /^['’]s\s+(?:(?!(?:largest|biggest|leading|top|main|first|second|only|oldest|newest|best|fastest|own)\s)[\p{Ll}-]+\s+){0,4}$/u;
/** "'s data protection regulator", "'s competition watchdog": a place's public body described after a name. */
const PLACE_OWNS_DESCRIPTION =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:regulator|watchdog|authority|agency|ministry|regulatory body)(?![\p{L}])/u;
const APPOSED_ARTICLE_BEFORE = /,\s*(?:the|an?)\s+$/u;
const PLACE_PHRASE = /^(?:-based)?(?:\s+[\p{Ll}-]+){0,3}/u;
/**
 * A noun naming a business after a place: an organisation's noun, or a trade's ("a Lyon audit boutique"), which
 * coreference does not read as an organisation. In apposition to a name already read as an organisation, a maker's too
 * ("X, the Cork payroll software developer"); before a name, "developer" may introduce a person.
 */
const describesBusiness = (language: Language, phrase: string, apposed = false) =>
  ORG_NOUNS[language].test(phrase) || TRADE_NOUNS[language].test(phrase) || (apposed && MAKER_NOUNS.test(phrase));
const TRADE_NOUNS: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:cabinets?|agences?|distributeurs?|revendeurs?|laboratoires?|studios?|boutiques?|ateliers?)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:boutiques?|consultanc(?:y|ies)|agenc(?:y|ies)|businesses|business|distributors?|resellers?|retailers?|labs?|laboratories|studios?)(?![\p{L}])/iu,
};
const MAKER_NOUNS = /(?<![\p{L}])(?:developers?|développeurs?)(?![\p{L}])/iu;

/** ", une start-up de", ", la PME d'": an apposition naming a business by where it is. */
const BUSINESS_NOUNS_OF_PLACE = `sociétés?|entreprises?|start-?ups?|PME|ETI|ESN|jeunes? pousses?|pépites?|cabinets?|éditeurs?|hébergeurs?|intégrateurs?|agences?|prestataires?|installateurs?|fournisseurs?|opérateurs?|fabricants?|spécialistes?|distributeurs?|équipementiers?|industriels?|sous-traitants?|constructeurs?`;
const BUSINESS_OF_PLACE = new RegExp(
  `,\\s*(?:une?|la|le|l['’])\\s*(?:${BUSINESS_NOUNS_OF_PLACE})(?:\\s+[\\p{Ll}-]+|\\s+(?:de|d['’])\\s*\\p{Ll}[\\p{Ll}-]+)?\\s+(?:de|d['’])\\s*$`,
  'iu',
);
const DESCRIBED_BUSINESS = new RegExp(`^(?:la|le|l['’]|cette|ce|cet)\\s*(?:${BUSINESS_NOUNS_OF_PLACE})$`, 'iu');

/**
 * "Face à Microsoft, une société brestoise…", "Rachetée par le groupe X, la PME roubaisienne…", "Unlike Y, the Dutch
 * firm…": a name in the opening adjunct (a preposition within its first words) is not what the noun phrase after
 * the comma describes; that noun phrase is the main clause's subject.
 */
const OPENING_ADJUNCT =
  /^\s*(?:(?:face|grâce|contrairement|comme|selon|avec|après|avant|malgré|unlike|like|alongside|after|before|with|despite|against|versus)\s|\p{L}+(?:ée?s?|ed)\s+(?:par|by)\s)(?:[\p{L}'’-]+\s+){0,3}$/iu;
function openingAdjunct(s: SentenceView, g: Group): boolean {
  return isComplement(g) && OPENING_ADJUNCT.test(s.text.slice(s.start, g.start));
}

/** The head noun of what a place's possessive names: "France's cyber agency", "Germany's biggest bank". */
const POSSESSED_HEAD = /^(?:agency|ministry|regulator|watchdog|authority|office|bank|council|government|state)$/u;
/**
 * "France's cyber agency picks startup X", "Germany's digital ministry picked X": the possessed noun phrase ended
 * before the name (a verb, and maybe the name's own noun, stand between), so the place owns the agency, not X.
 */
function possessedNounEndsBefore(between: string): boolean {
  const words = between
    .replace(/^['’]s\s+/u, '')
    .trim()
    .split(/\s+/u);
  const head = words.findIndex((w) => POSSESSED_HEAD.test(w) || ORG_NOUNS.en.test(w));
  return head >= 0 && head < words.length - 1;
}

const PLACE_IN_PARENTHESES = /^\s*\(\s*$/u;
const DATIVE_BEFORE_NAME = /(?<![\p{L}])(?:à|au|aux)\s+(?:(?:la|le|les|l['’])\s*)?$/iu;
const RESTRICTIVE_RELATIVE = /^\s+(?:that|which|whom|qui|que|qu['’]|dont)(?![\p{L}])/iu;
/** " software firm" after "the Leeds": lower-case modifiers and a business's noun close the description. */
function placeModifiesNoun(language: Language, after: string): boolean {
  const words = /^(?:\s+[\p{Ll}-]+){1,3}$/u.test(after) ? after.trim().split(/\s+/u) : [];
  return words.length > 0 && describesBusiness(language, words.at(-1)!);
}

/** "the Grenoble microprocessor manufacturer Kalray": a place naming an organisation's noun phrase. */
function fromPlaceModifiers(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const place of s.actors.filter((a) => a.kind === 'place')) {
    // "Ireland's Data Protection Commission", "France's cybersecurity agency ANSSI", "X, France's data protection
    // regulator": a place owning an organisation's name or its description places it (not "Europe's largest X").
    const owned = s.actors.find(
      (a) =>
        a.start > place.end &&
        a.start - place.end <= 50 &&
        ORGANISATION_KINDS.includes(a.kind) &&
        PLACE_OWNS_NAME.test(s.text.slice(place.end, a.start)) &&
        !possessedNounEndsBefore(s.text.slice(place.end, a.start)),
    );
    const described =
      !owned && PLACE_OWNS_DESCRIPTION.test(s.text.slice(place.end, place.end + 50))
        ? s.actors.findLast(
            (a) => a.end <= place.start && isOrg(a) && /^\s*,\s*(?:the\s+)?$/u.test(s.text.slice(a.end, place.start)),
          )
        : undefined;
    const placed = owned ?? described;
    const d = placed && draft(s, 'located-in', placed, place, [], 0.55, 'relation.place-possessive');
    if (d) out.push(d);
    // "X, the Boston-based maker of …", "X, a Lyon start-up,": the organisation the phrase is in apposition to.
    const phrase = PLACE_PHRASE.exec(s.text.slice(place.end, place.end + 60))![0];
    if (
      APPOSED_ARTICLE_BEFORE.test(s.text.slice(Math.max(s.start, place.start - 8), place.start)) &&
      (/^-(?:based|headquartered)\s/u.test(s.text.slice(place.end, place.end + 15)) ||
        (describesBusiness(s.language, phrase, true) &&
          // (review 16: "X, the Bristol agency's rival": the business is the possessive's owner, not X)
          !/^['’]s?(?![\p{L}])/u.test(s.text.slice(place.end + phrase.length, place.end + phrase.length + 3))))
    ) {
      const head = s.actors.findLast(
        (a) =>
          a.end <= place.start &&
          ORGANISATION_KINDS.includes(a.kind) &&
          /^\s*,\s*(?:the|an?)\s+$/u.test(s.text.slice(a.end, place.start)),
      );
      // (review 16: "Tom Greer, the Bristol games developer", "Tom Greer, a Dublin agency veteran": a maker's or a
      // trade's noun after a person's name, even one read as an organisation, tells where a person works, not where
      // an organisation is)
      const person =
        head !== undefined &&
        !/^-(?:based|headquartered)\s/u.test(s.text.slice(place.end, place.end + 15)) &&
        !ORG_NOUNS[s.language].test(phrase) &&
        personNameShaped(s.text.slice(head.start, head.end).split(/\s+/u));
      const d = head && !person && draft(s, 'located-in', head, place, [], 0.55, 'relation.place-modifier');
      if (d) out.push(d);
    }
    // "le rachat de X, à Martigny.", "la Fonderie X, à Firminy, et…", "X (Annecy)": a place set off right after an
    // organisation's name (not after a dative: "a livré ses serveurs à X, à Lyon" tells where the delivery went).
    const setOff = s.actors.findLast(
      (a) =>
        a.end <= place.start &&
        isOrg(a) &&
        // (a name of one word before a place in parentheses is most often a town: "Vitrolles (Bouches-du-Rhône)")
        (PLACE_IN_PARENTHESES.test(s.text.slice(a.end, place.start))
          ? /^\s*\)/u.test(s.text.slice(place.end, place.end + 3)) && /\s/u.test(s.text.slice(a.start, a.end))
          : s.language === 'fr' &&
            /^\s*,\s*(?:à|au)\s+$/u.test(s.text.slice(a.end, place.start)) &&
            /^\s*(?:[,.;]|$)/u.test(s.text.slice(place.end, place.end + 3)) &&
            !DATIVE_BEFORE_NAME.test(s.text.slice(Math.max(s.start, a.start - 12), a.start))),
    );
    const setOffDraft = setOff && draft(s, 'located-in', setOff, place, [], 0.5, 'relation.place-set-off');
    if (setOffDraft) out.push(setOffDraft);
    // "X, une start-up de Bayonne,", "La PME de Rodez, qui…" (a description resolved to the company): French names
    // where a business is by "de" after its noun.
    if (s.language === 'fr') {
      const before = s.text.slice(Math.max(s.start, place.start - 60), place.start);
      const apposed = BUSINESS_OF_PLACE.exec(before);
      const head = apposed
        ? s.actors.findLast((a) => a.end <= place.start - apposed[0].length && isOrg(a))
        : s.actors.findLast(
            (a) =>
              a.end <= place.start &&
              isOrg(a) &&
              DESCRIBED_BUSINESS.test(s.text.slice(a.start, a.end)) &&
              /^\s+(?:de|d['’])\s*$/u.test(s.text.slice(a.end, place.start)),
          );
      if (
        head &&
        (!apposed || /^\s*$/u.test(s.text.slice(head.end, place.start - apposed[0].length))) &&
        // (or what the description goes on with: "un prestataire de Hyères de 9 salariés", "… d'Argentan racheté en mai")
        /^\s*(?:[,.;:)]|\s(?:qui|spécialisée?|créée?|fondée?|rachetée?|acquise?|repris|reprise|implantée?|installée?|employant|comptant|de\s+\d+)\s)/u.test(
          s.text.slice(place.end, place.end + 16),
        )
      ) {
        const d = draft(s, 'located-in', head, place, [], 0.55, 'relation.place-of-business');
        if (d) out.push(d);
      }
    }
    // "The Lyon-based provider has…", "The Leeds software firm gets…": a description resolved to the actor it stands
    // for, the place modifying its noun.
    const describedBy = s.actors.find(
      (a) =>
        a.start < place.start &&
        a.end >= place.end &&
        isOrg(a) &&
        (/^-(?:based|headquartered)\s/u.test(s.text.slice(place.end, place.end + 14)) ||
          placeModifiesNoun(s.language, s.text.slice(place.end, a.end))) &&
        // (review 17: "The Leeds software firm that X acquired": a restrictive relative tells another firm than the one
        // the description would stand for)
        !RESTRICTIVE_RELATIVE.test(s.text.slice(a.end, a.end + 8)),
    );
    const org =
      describedBy ??
      s.actors.find((a) => a.start > place.end && a.start - place.end <= 60 && ORGANISATION_KINDS.includes(a.kind));
    if (!org) continue;
    const between = s.text.slice(place.end, org.start);
    const lastWord = /[\p{Ll}-]+\s+$/u.exec(between)?.[0] ?? '';
    // "the Grenoble manufacturer Kalray", "the Boston-based start-up Nimbus"; "Berlin-based Nubio" (no noun). The noun
    // is the last word before the name: "The Lyon-based company has acquired X" does not place X.
    if (
      org === describedBy ||
      // (an acronym among the modifiers: "Milan-based legal AI startup X")
      (/^(?:-based|-headquartered)?(?:\s+(?:[\p{Ll}-]+|\p{Lu}{2,4})){1,3}\s+$/u.test(between) &&
        describesBusiness(s.language, lastWord) &&
        // (review 16: "Madrid retailer Ana Lopez": a trade's noun before a person's name, even one read as a company)
        (ORG_NOUNS[s.language].test(lastWord) || !personNameShaped(s.text.slice(org.start, org.end).split(/\s+/u)))) ||
      /^-(?:based|headquartered)\s+$/u.test(between)
    ) {
      const d = draft(s, 'located-in', org, place, [], 0.55, 'relation.place-modifier');
      if (d) out.push(d);
    }
  }
  return out;
}

/**
 * "Thales-owned Nubio", "the Thales-owned start-up Nubio": the owner names the compound ("state-owned" names none);
 * "Nerva-backed Orvalis", "Nerva-funded": the backer funds it.
 */
const OWNER_COMPOUND = /^-(owned|backed|funded|financed)(?:\s+[\p{Ll}-]+){0,3}\s+$/u;
function fromOwnedCompounds(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const owner of s.actors) {
    if (s.text.charAt(owner.end) !== '-' || !ORGANISATION_KINDS.includes(owner.kind)) continue;
    const owned = s.actors.find((a) => a.start > owner.end && a.start - owner.end <= 50 && isOrg(a));
    const m = owned ? OWNER_COMPOUND.exec(s.text.slice(owner.end, owned.start)) : null;
    if (!owned || !m) continue;
    const type = m[1] === 'owned' ? 'owns' : 'funds';
    const d = draft(s, type, owner, owned, [{ start: owner.end, end: owned.start }], 0.55, `relation.${type}-compound`);
    if (d) out.push(d);
  }
  return out;
}

/**
 * "exploite deux centres de données, à Lille et à Valenciennes", "depuis ses bureaux de Brest et de Rennes", "operates
 * data centres in A and B", "data centres operated by X in P": a site of an organisation's places it where the site is.
 */
const SITE_NOUN = new RegExp(SITE_NOUNS, 'iu');
/** "sites in the UK", "centres de données dans la région de X": the article or region noun before a place's name. */
const PLACE_ARTICLE = `(?:(?:the|la|le|les|l['’])\\s*)?`;
const PLACE_LEAD = `${PLACE_ARTICLE}(?:(?:région|region|département|department|province|state)\\s+(?:de\\s+|d['’]|of\\s+)?)?`;
const SITE_BEFORE_PLACE = new RegExp(
  `(?:${SITE_NOUNS})(?:\\s+[\\p{Ll}-]+)?(?:\\s+(?:operated|run|built|exploités?|opérés?)\\s+(?:by|par)\\s+[^,.;:]{1,40}?|\\s+(?:que|qu['’]|that|which)\\s*[^,.;:]{1,40}?\\s+(?:exploite|exploitait|opère|operates|operated|runs|ran))?\\s*,?\\s+(?:(?:à|de|d['’]|du|in|at|dans)\\s*)${PLACE_LEAD}(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*\\s*(?:,|et|and)\\s+(?:(?:à|de|in|dans)\\s+|d['’])?${PLACE_LEAD})*$`,
  'u',
);
/**
 * "ouvrira un site à P", "plans to open offices in P", "va ouvrir": a site to come is no place yet; one opened ("a
 * ouvert un second centre de données à P", "opened offices in P") is a site, where the company is too.
 */
const SITE_PLANNED =
  /(?:ouvrir|ouvrira|ouvriront|inaugurer|inaugurera|implanter|open|will|plans?|prévoit|envisage|compte|would|could|pourrait)\s[^.;:]{0,40}$/iu;
/** "sells to sites in P", "pour les usines de P": someone else's sites. */
const SITE_OF_OTHERS = /(?:^|\s)(?:to|for|aux|pour|chez)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "loue plusieurs salles à P", "héberge ses serveurs dans deux salles de P", "rents space in a site in P": a tenant. */
const SITE_RENTED =
  /(?<![\p{L}])(?:lou(?:e|ent|ait|aient|é)|héberg\p{L}*|install\p{L}*|rent(?:s|ed|ing)?|leas(?:es|ed|ing)|hosts?|hosted|colocat\p{L}*)\s[^.;:]{0,40}$/iu;
// (or the subject of an object relative: "le centre de données que X exploite à P", "the site that X runs in P")
const SITE_AGENT_NAMED = /\s(?:by|par|que|that|which)\s|\squ['’]/u;
const SITE_AGENT = /(?:\s(?:by|par|que|that|which)\s+|\squ['’]\s*)$/u;
function fromSites(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (!hasMarker(s, Marker.SITE)) return out;
  for (const place of s.actors) {
    if (place.kind !== 'place') continue;
    const before = s.text.slice(Math.max(s.start, place.start - 140), place.start);
    const site = SITE_NOUN.test(before) ? SITE_BEFORE_PLACE.exec(before) : null;
    if (!site) continue;
    const siteStart = place.start - before.length + site.index;
    const lead = s.text.slice(Math.max(s.start, siteStart - 50), siteStart);
    if (SITE_PLANNED.test(lead) || SITE_OF_OTHERS.test(lead)) continue;
    // ("Si X avait ouvert un site à P, …", "If X had opened a site in P": a site supposed is no place)
    if (siteOfAnotherNoun(s, siteStart) || hypothetical(s, siteStart)) continue;
    // The owner: the operator named after the noun ("operated by X"), a possessor right before it ("Y's data
    // centres"), else the subject before the noun.
    const operator = s.groups.find(
      (g) => g.start > siteStart && g.end <= place.start && SITE_AGENT.test(s.text.slice(siteStart, g.start)),
    );
    const possessor = s.groups.find(
      (g) => g.end <= siteStart && /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.text.slice(g.end, siteStart)),
    );
    // (an operator named but not found as an actor leaves the owner unknown; French "sites en Région" is too vague)
    // (a subject renting or hosting in the site is a tenant, not where the site is its own)
    // ("les centres de données d'OVHcloud, à Roubaix", "Scaleway data centres in P": the site's named owner)
    const named = siteOwnerNamed(s, siteStart, place);
    const owner = named
      ? named
      : SITE_AGENT_NAMED.test(site[0])
        ? operator
        : (possessor ?? (SITE_RENTED.test(lead) ? undefined : groupBefore(s, siteStart, { reach: 100 })));
    if (named ?? possessor) out.push(...hostedAtSite(s, siteStart, (named ?? possessor)!));
    // ("a campus in the Paris region": a region named after a city is not the city)
    if (s.language === 'en' && /^\s+region(?![\p{L}])/u.test(s.text.slice(place.end, place.end + 8))) continue;
    for (const org of owner?.members ?? []) {
      if (!ORGANISATION_KINDS.includes(org.kind)) continue;
      const d = draft(s, 'located-in', org, place, [{ start: siteStart, end: place.start }], 0.5, 'relation.site');
      if (d) out.push(d);
    }
  }
  return out;
}

/** ", dont le siège est à P", ", whose headquarters are in P": a relative whose antecedent is the noun before it. */
const WHOSE_SITE = /,\s*(?:dont\s+(?:le|la|les|l['’])\s*|whose\s+)$/iu;
/**
 * A site that is not the subject's: "filiale du fonds, dont le siège est à New York" (the fund's seat: a noun, not a
 * name, stands before "dont").
 */
function siteOfAnotherNoun(s: SentenceView, siteStart: number): boolean {
  const lead = s.text.slice(Math.max(s.start, siteStart - 20), siteStart);
  const whose = WHOSE_SITE.exec(lead);
  if (!whose) return false;
  const comma = siteStart - lead.length + whose.index;
  return !s.actors.some((a) => a.end <= comma && /^\s*$/u.test(s.text.slice(a.end, comma)));
}

/** "centres de données d'", "data centres of ", "sites of the ": the site's owner named right after its noun. */
const SITE_OWNED_AFTER = new RegExp(`^(?:${SITE_NOUNS})\\s+(?:d['’]\\s*|de\\s+|du\\s+|of\\s+(?:the\\s+)?)$`, 'iu');
/** "Scaleway data centres", "OVHcloud's sites" (a modifier or a possessor right before the noun). */
const SITE_OWNED_BEFORE = /^(?:['’]s?)?\s+$/u;
/**
 * The organisation a site is named as belonging to, after its noun ("les centres de données d'OVHcloud, à Roubaix",
 * "the data centres of Telvia in Lille") or as its English modifier ("Scaleway data centres in P"), else undefined.
 */
function siteOwnerNamed(s: SentenceView, siteStart: number, place: ActorSpan): Group | undefined {
  const after = s.groups.find(
    (g) =>
      g.start > siteStart &&
      g.end <= place.start &&
      g.members.every(isOrg) &&
      SITE_OWNED_AFTER.test(s.text.slice(siteStart, g.start)),
  );
  if (after) return after;
  if (s.language !== 'en') return undefined;
  return s.groups.find(
    (g) => g.end <= siteStart && g.members.every(isOrg) && SITE_OWNED_BEFORE.test(s.text.slice(g.end, siteStart)),
  );
}
/**
 * "tourne dans les centres de données d'OVHcloud", "stores its backups in Scaleway data centres", "runs in Telvia's
 * data centres": what the subject runs or stores in another's site is hosted by it (not "visits", not a plan).
 */
const RUNS_IN_SITE =
  /(?<![\p{L}])(?:tourn(?:e|ent|ait|aient)|fonctionn(?:e|ent|ait|aient)|stock(?:e|ent|ait|aient|ée?s?)|héberg(?:e|ent|ait|aient|ée?s?)|sauvegard(?:e|ent|ait|aient|ée?s?)|runs?|running|stores?|stored|hosts?|hosted|keeps?|kept|lives?|sits?)\s(?:[^.;:,]{0,50}\s)?(?:dans|chez|sur|in|at|on|across)\s+(?:(?:les|des|ses|leurs|the|its|their|two|three|deux|trois)\s+)*$/iu;
function hostedAtSite(s: SentenceView, siteStart: number, owner: Group): RelationDraft[] {
  const lead = s.text.slice(Math.max(s.start, Math.min(siteStart, owner.start) - 90), Math.min(siteStart, owner.start));
  const m = RUNS_IN_SITE.exec(lead);
  if (!m) return [];
  const verb = Math.min(siteStart, owner.start) - lead.length + m.index;
  if (negated(s, verb, verb + m[0].length) || hypothetical(s, verb) || SITE_PLANNED.test(lead.slice(0, m.index + 12)))
    return [];
  const tenant = groupBefore(s, verb, { reach: 100 });
  const out: RelationDraft[] = [];
  for (const t of tenant?.members ?? [])
    for (const host of owner.members) {
      if (!isOrg(t) || t.kind === 'offer' || owner.members.includes(t)) continue;
      const d = draft(s, 'hosted-by', t, host, [{ start: verb, end: siteStart }], 0.5, 'relation.site-hosted');
      if (d) out.push(d);
    }
  return out;
}

/** What a host runs others' work on: "Damson's clusters", "les serveurs d'Obsidienne", "l'infrastructure de X". */
const INFRASTRUCTURE = {
  en: `(?:[\\p{Ll}-]+\\s+){0,2}(?:clusters?|machines|servers|cloud|infrastructure|platform|GPUs|hardware|data ?cent(?:er|re)s|facilities|racks|campus)(?![\\p{L}])`,
  fr: `(?:serveurs|machines|infrastructures?|cloud|plateforme|GPU|grappes|centres de données|datacenters|baies|salles)(?:\\s+[\\p{Ll}-]+)?`,
};
/** The verb of work done on another's machines, then the preposition before them ("runs part of its X on "). */
const RUNS_ON = {
  en: /(?<![\p{L}])(?:runs?|running|ran|trains?|trained|training|hosts?|hosted|stores?|stored|sits?|sat|lives?|moved|moves|migrated|migrates|keeps?|kept|processe[sd])\s(?:[^.;:,]{0,60}?\s)?(?:on|onto|in|into|at)\s+$/iu,
  fr: /(?<![\p{L}])(?:tourn(?:e|ent|ait|aient)|fonctionn(?:e|ent|ait|aient)|héberg(?:e|ent|eait|eaient|ée?s?)|stock(?:e|ent|ait|aient|ée?s?)|entraîn(?:e|ent|ait|aient)|install(?:ée?s?)|bascul(?:é|e|ent|ait)|migr(?:é|e|ent|ait)|sauvegard(?:e|ent|ait|aient|ée?s?))\s(?:[^.;:,]{0,60}?\s)?(?:sur|dans|chez|vers)\s+(?:les|la|le|l['’]|ses|leurs)\s*$/iu,
};
const INFRASTRUCTURE_OWNED = {
  en: new RegExp(`^['’]s?\\s+${INFRASTRUCTURE.en}`, 'u'),
  fr: new RegExp(`^${INFRASTRUCTURE.fr}\\s+(?:de\\s+(?:la\\s+|l['’]\\s*)?|du\\s+|d['’]\\s*)$`, 'iu'),
};
/** "de ", "du ", "d'" right before a name: the cheap test before the French pattern. */
const OF_BEFORE_NAME = /(?:de|du|d['’])\s*$/u;
/** A plan or a wish before the verb: "will run on", "plans to move to", "va tourner sur", "would host". */
const RUNS_ON_PLANNED =
  /(?<![\p{L}])(?:will|would|could|plans?|intends?|wants?|aims?|to|va|vont|pourrait|pourraient|prévoit|compte|veut|doit|devrait|souhaite)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** "ran benchmarks on Y's servers", "a fait tourner des tests sur les serveurs de Y": a trial, not a tenancy. */
const TRIED_ON =
  /(?<![\p{L}])(?:tests?|benchmarks?|trials?|pilots?|demos?|comparisons?|experiments?|essais?|démonstrations?|comparatifs?|expériences?)(?![\p{L}])/iu;
/** ", which ", ", whose data already ", ", qui ", ", dont les serveurs ": a relative opened right after a name. */
const TENANT_RELATIVE =
  /^\s*,\s*(?:(?:an?|the|une?|la|le|l['’])\s*[^,;:.]{0,40}?\s+)?(?:which|who|that|qui|whose\s+[\p{Ll}-]+|dont\s+(?:les?|la|l['’])\s*[\p{Ll}-]+)\s+(?:[\p{Ll}'’-]+\s+){0,2}$/u;
function whoseWorkRuns(s: SentenceView, at: number): Group | undefined {
  const g = s.groups.findLast((x) => x.end <= at && x.members.some(isOrg));
  if (!g || !TENANT_RELATIVE.test(s.text.slice(g.end, at))) return undefined;
  // (a relative after a list speaks of its last item: "A and Thales, which runs…")
  const last = g.members[g.members.length - 1]!;
  return { ...g, members: [last], start: last.start };
}
/**
 * "Thales, which runs part of its workloads on Damson's clusters", "trains its models on Oboe's clusters", "whose
 * data sits on Fennel's machines", "son site tourne sur l'infrastructure de Scaleway", "a basculé ses sauvegardes
 * sur les serveurs d'Obsidienne": the one whose work runs on another's machines is hosted by it (not a plan, not a
 * negation: "will move to Y's cloud", "does not run on Y's servers").
 */
function fromHostedOnInfrastructure(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const host of s.actors) {
    if (!isOrg(host)) continue;
    const lead = s.text.slice(Math.max(s.start, host.start - 120), host.start);
    let at: number;
    let m: RegExpExecArray | null;
    if (s.language === 'en') {
      if (!INFRASTRUCTURE_OWNED.en.test(s.text.slice(host.end, host.end + 40))) continue;
      m = RUNS_ON.en.exec(lead);
      at = host.start - lead.length + (m?.index ?? 0);
    } else {
      if (!OF_BEFORE_NAME.test(lead)) continue;
      // (the last article before the name: "sur les serveurs d'", "sur l'infrastructure de ")
      const of = /^.*(?<![\p{L}])(?:les|la|le|l['’]|ses|leurs)\s*([^.;:,]{0,40})$/isu.exec(lead);
      if (!of || !INFRASTRUCTURE_OWNED.fr.test(of[1]!)) continue;
      const before = lead.slice(0, of.index + of[0].length - of[1]!.length);
      m = RUNS_ON.fr.exec(before);
      at = host.start - lead.length + (m?.index ?? 0);
    }
    if (!m || TRIED_ON.test(m[0])) continue;
    if (negated(s, at, at + 1) || hypothetical(s, at)) continue;
    if (RUNS_ON_PLANNED.test(s.text.slice(Math.max(s.start, at - 30), at))) continue;
    // (who runs there: the relative's antecedent, "X, which runs…", else the subject before the verb)
    const tenant = whoseWorkRuns(s, at) ?? groupBefore(s, at, { reach: 120 });
    for (const t of tenant?.members ?? []) {
      // (an offer's hosting is its company's, as the guide's call for certificates: the offer is left out)
      if (!isOrg(t) || t.kind === 'offer' || t.id === host.id) continue;
      const d = draft(s, 'hosted-by', t, host, [{ start: at, end: host.end }], 0.5, 'relation.runs-on-infrastructure');
      if (d) out.push(d);
    }
  }
  return out;
}

/** "basée à ", "installé à ", "headquartered in ": the participle that places what it follows, right before the place. */
const PLACED_PARTICIPLE =
  /(?<![\p{L}])(?:basée?s?|installée?s?|implantée?s?|située?s?|établie?s?|domiciliée?s?|based|headquartered|located)\s+(?:à|au|en|in)\s+$/iu;
const IN_BEFORE_PLACE = /(?:à|au|en|in)\s+$/u;
/** "établi à": where an organisation is, and also where a document or an agreement was drawn up. */
const ESTABLISHED = /^établi/iu;
const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:avec|de|d['’]|du|des|par|pour|entre|sur|with|of|by|for|between)\s*$/iu;
const PLACED_ELSEWHEN =
  /(?<![\p{L}])(?:bientôt|prochainement|autrefois|anciennement|jadis|naguère|longtemps|initialement|auparavant|jusqu['’]ici|soon|once|formerly|previously|originally|initially|until\s+recently|long)\s+$/iu;
/** ", spécialiste de l'hébergement ", ", une jeune entreprise niçoise ", ", a colocation firm ": no clause inside. */
const PLACED_APPOSITION = /^\s*,\s*(?!(?:qui|dont|où|que|which|who|whose|that|where|and|et)\s)[^,;:()«»"]{1,80}?\s$/iu;
const CLAUSE_WORD = /(?<![\p{L}])(?:qui|dont|où|que|which|who|whose|that|where)(?![\p{L}])/iu;
/** "Fondée en 2011 et basée à Lille, ", "Founded in 2020 and based in ": an opening participle clause. */
const OPENING_PLACED =
  /^\s*(?:(?:\p{L}+\s+(?:en|in)\s+\p{N}{4}|\p{L}+\s+(?:par|by)\s+[^,;:]{1,60}?)\s+(?:et|and)\s+)?$/iu;
const MAIN_SUBJECT_NAMED = /^\s*,\s*(?:(?:the|la|le|l['’])\s*(?:[\p{Ll}-]+\s+){0,2})?$/iu;
/**
 * "X, spécialiste de l'hébergement installé à Lannion,", "X, une jeune entreprise niçoise installée à P", "X, a
 * colocation firm based in P": a participle ending an apposition places the name the apposition follows (not a
 * relative's: "X, qui travaille avec Y, basé à P"); "Founded in 2020 and based in Bordeaux, X…": an opening participle
 * clause places the main clause's subject.
 */
function fromPlacedAppositions(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const place of s.actors) {
    if (place.kind !== 'place') continue;
    if (!IN_BEFORE_PLACE.test(s.text.slice(Math.max(s.start, place.start - 4), place.start))) continue;
    const before = s.text.slice(Math.max(s.start, place.start - 130), place.start);
    const participle = PLACED_PARTICIPLE.exec(before);
    if (!participle) continue;
    const at = place.start - before.length + participle.index;
    if (negated(s, at, at + 1) || hypothetical(s, at)) continue;
    // ("une société autrefois installée à P", "bientôt basée à P", "a firm formerly based in P": not where it is)
    if (PLACED_ELSEWHEN.test(s.text.slice(Math.max(s.start, at - 30), at))) continue;
    let org: ActorSpan | undefined;
    if (OPENING_PLACED.test(s.text.slice(s.start, at))) {
      org = s.actors.find((a) => a.start > place.end && MAIN_SUBJECT_NAMED.test(s.text.slice(place.end, a.start)));
    } else {
      const named = s.actors.findLast((a) => a.end <= at && a.kind !== 'place');
      const apposition = named ? s.text.slice(named.end, at) : '';
      if (named && PLACED_APPOSITION.test(apposition) && !CLAUSE_WORD.test(apposition)) org = named;
      // (review 16: "Le contrat avec X, établi à Paris": what "établi" right after a complement's name places is the
      // noun the name complements; not "a racheté X, un fournisseur établi à P")
      if (
        named &&
        ESTABLISHED.test(participle[0]) &&
        /^\s*,?\s*$/u.test(apposition) &&
        COMPLEMENT_BEFORE.test(s.text.slice(s.start, named.start))
      )
        org = undefined;
    }
    if (!org || !isOrg(org) || org.kind === 'offer') continue;
    const d = draft(s, 'located-in', org, place, [{ start: at, end: place.start }], 0.5, 'relation.placed-apposition');
    if (d) out.push(d);
  }
  return out;
}

/**
 * A founding participle and where it happened, the place right after ("créée en 2017 à Rennes", "fondée à Lyon",
 * "founded in 2016 in Bristol", "was founded in London in 2019", "a lobby group launched in Brussels"): where an
 * organisation was founded places it (a product launched somewhere is no organisation).
 */
const FOUNDED_AT = {
  fr: word(`(?:co-?)?(?:fond|cré|lanc)(?:é|ée|és|ées)(?: en (?:\\p{L}+ )?\\p{N}{4},?)? (?:à|au|en)`),
  en: word(`(?:co-?)?(?:founded|established|created|launched)(?: in (?:\\p{L}+ )?\\p{N}{4},?)? in`),
};
const foundedAtScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([FOUNDED_AT.fr]),
  en: new CueScanner([FOUNDED_AT.en]),
};
const PLACE_RIGHT_AFTER = /^\s*(?:(?:la|le|l['’]|the)\s*)?$/iu;
/** ", la société X": the main clause's subject after the participle clause (its date, no other clause). */
const MAIN_SUBJECT_AFTER = /^[^,;:.]{0,40},\s*(?:(?:l['’]|(?:le|la|les|the)\s+)(?:[\p{Ll}-]+\s+){0,2})?$/u;
/**
 * "Créée en 2017 à Rennes par A, X…", "X, fondée à Lyon en 2015,", "X was founded in London in 2019": where an
 * organisation was founded places it (the place right after the participle; "founded in 2019 by A, who lives in P"
 * places nothing).
 */
function fromFoundingPlaces(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of foundedAtScanners[s.language].scan(s)) {
    const placed = s.groups.find((g) => g.start >= end && g.start - end <= 5);
    const place = placed?.members[0];
    if (!placed || place?.kind !== 'place' || !PLACE_RIGHT_AFTER.test(s.text.slice(end, placed.start))) continue;
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    // An opening participle's subject opens the main clause, past its agents ("Fondée à Nantes par A et B, X…");
    // else the organisation the participle follows ("X, créée en 2017 à Rennes,", "X was founded in P").
    const before = groupBefore(s, start);
    const agent = passiveAgent(s, placed.end);
    const subject = !SENTENCE_OPENING.test(s.text.slice(s.start, start))
      ? before && SITUATED_SUBJECT.test(s.text.slice(before.end, start))
        ? before
        : undefined
      : agent
        ? groupAfterParticiple(s, agent)
        : s.groups.find((g) => {
            const between = s.text.slice(placed.end, g.start);
            return g.start > placed.end && !g.inParentheses && !isComplement(g) && MAIN_SUBJECT_AFTER.test(between);
          });
    for (const org of subject?.members ?? []) {
      if (!isOrg(org)) continue;
      const d = draft(s, 'located-in', org, place, [{ start, end }], 0.5, 'relation.founded-at');
      if (d) out.push(d);
    }
  }
  return out;
}

/**
 * "The Cloudwatt, Orange's online hosting service": what the apposition names is the possessor's brand; "X, Y's
 * cloud subsidiary": its subsidiary.
 */
const BRAND_NOUNS = /\b(?:services?|offers?|offerings?|brands?|products?|platforms?|clouds?|solutions?)\b/u;
function fromPossessiveAppositions(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (let i = 0; i + 1 < s.actors.length; i++) {
    const [thing, owner] = [s.actors[i]!, s.actors[i + 1]!];
    if (!/^\s*,\s*$/.test(s.text.slice(thing.end, owner.start)) || !ORGANISATION_KINDS.includes(owner.kind)) continue;
    const phrase = /^['’]s\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)/u.exec(s.text.slice(owner.end, owner.end + 60));
    const subsidiary = phrase && /\bsubsidiar(?:y|ies)\b/u.test(phrase[1]!);
    if (subsidiary) {
      const d = draft(
        s,
        'subsidiary-of',
        thing,
        owner,
        [{ start: owner.end, end: owner.end + phrase[0].length }],
        0.6,
        'relation.possessive-apposition',
      );
      if (d) out.push(d);
    } else if (phrase && BRAND_NOUNS.test(phrase[1]!)) {
      const d = draft(
        s,
        'brand-of',
        thing,
        owner,
        [{ start: owner.end, end: owner.end + phrase[0].length }],
        0.55,
        'relation.possessive-apposition',
      );
      if (d) out.push(d);
    }
  }
  return out;
}

/** "X, a Hawkline subsidiary,", "runs X as a Hawkline subsidiary": a parent's name modifying "subsidiary". */
const PARENT_MODIFIES = /^\s+(?:[\p{Ll}-]+\s+)?(?:subsidiary|unit)(?![\p{L}])/u;
const SUBSIDIARY_ARTICLE = /(?:(?:^|\s)as\s+|,\s*)(?:a|an|its|the)\s+(?:(?:wholly[- ]owned|fully[- ]owned|new)\s+)?$/u;
function fromParentModifiers(s: SentenceView): RelationDraft[] {
  if (s.language !== 'en') return [];
  const out: RelationDraft[] = [];
  for (const parent of s.actors) {
    if (!isOrg(parent) || !PARENT_MODIFIES.test(s.text.slice(parent.end, parent.end + 30))) continue;
    const article = SUBSIDIARY_ARTICLE.exec(s.text.slice(Math.max(s.start, parent.start - 30), parent.start));
    if (!article) continue;
    const at = parent.start - article[0].length;
    // The subsidiary: the name the apposition follows, or the object "as" describes ("runs X as a Y subsidiary").
    const owned = s.groups.findLast((g) => g.end <= at && /^\s*$/u.test(s.text.slice(g.end, at)));
    for (const sub of owned?.members ?? []) {
      if (!isOrg(sub)) continue;
      const d = draft(
        s,
        'subsidiary-of',
        sub,
        parent,
        [{ start: at, end: parent.end }],
        0.55,
        'relation.parent-modifier',
      );
      if (d) out.push(d);
    }
  }
  return out;
}

/** A title followed by its organisation's complement, named or not: "directrice générale de l'Arcep". */
const TITLE_COMPLEMENT = /^\s*(?:of|at|de|du|des|d['’]|chez)(?![\p{L}])/iu;
const TITLE_JOIN = /^\s*,?\s*(?:and|et|&)\s+$/u;
type TitleHit = CueHit & { chainStart: number; chainEnd: number };
const OWNER_DETERMINER = /^(?:its|their|son|sa|ses|leur|leurs)$/iu;
const TITLE_AFTER_TITLE =
  /^(?:\s+[\p{Ll}'’-]+){0,3}\s*,?\s+(?:et|and)\s+(?:(?:ancien(?:ne)?|former|ex-?)\s*)?(?:[\p{Ll}-]+\s+)?$/u;
const TITLE_EXPECTED =
  /(?<![\p{L}])(?:(?:devrai(?:t|ent)|pourrai(?:t|ent)|doi(?:t|vent))\s+(?:\p{Ll}+\s+)?devenir|(?:expected|tipped|likely|poised|set|due)\s+to\s+become)\s+(?:(?:the|its|le|la|son|sa|l['’])\s*)?(?:[\p{Ll}-]+\s+)?$/u;
const SUCCEEDED_BEFORE =
  /(?<![\p{L}])(?:succeeds|succeeded|replaces|replaced|(?:will|to)\s+(?:succeed|replace)|succède\s+à|a\s+succédé\s+à|remplace|a\s+remplacé)\s+$/iu;
// (feminine too: "directrice générale déléguée")
const DEPUTY_AFTER = /^\s+(?:délégué(?:e)?s?|adjoint(?:e)?s?|deputy)(?![\p{L}])/iu;
const LEFT_POST =
  /(?<![\p{L}])(?:stepped down|steps down|resigned|retired|left|quit|démissionn\p{L}*|quitté ses fonctions|a quitté son poste)\s+(?:as|from|de|comme)\s+(?:(?:the|its|le|la|son|sa)\s+)?(?:[\p{Ll}-]+\s+)?$/iu;
const UNIT_BEFORE_ORGANISATION =
  /^\s*(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?\p{Ll}[^,;:]*?(?:\s(?:at|of|for|de|du|des|chez)\s+(?:(?:the|la|le|les|l['’])\s*)?(?:[\p{L}-]+\s+){0,3}|\sd['’])$/u;
/** "X, CEO of Y", "Y's president X", "le PDG de Y, X", "co-founder of Y". */
const BARE_HEAD_TITLE = /^(?:directeur|directrice|director|head)$/iu;
const HEAD_TITLE_TO_NAME = /^\s*(?:of|de|du|d['’]|de la|de l['’])\s*(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
function fromTitles(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  const people = s.actors.filter((a) => a.kind === 'person');
  if (people.length === 0) return out;
  {
    const hits = titleScanners[s.language].scan(s);
    // "cofondateur et PDG de Y", "Y founder and chief executive X": titles joined by "and" share person and
    // organisation, read before the first title and after the last.
    const joinedTitles = hits.map((h, i) => {
      const next = hits[i + 1];
      return next !== undefined && TITLE_JOIN.test(s.text.slice(h.end, next.start));
    });
    hits.forEach((hit, i) => {
      let first = i;
      while (first > 0 && joinedTitles[first - 1]) first--;
      let last = i;
      while (joinedTitles[last]) last++;
      (hit as TitleHit).chainStart = hits[first]!.start;
      (hit as TitleHit).chainEnd = hits[last]!.end;
    });
    let previous: { end: number; person: ActorSpan } | undefined;
    for (const hit of hits as TitleHit[]) {
      const type = TITLE_TYPES[hit.cue]!;
      const { chainStart, chainEnd: end } = hit;
      const start = hit.start;
      // (a title joined by "et"/"and" bounds this one's organisation: "directeur technique et ancien ingénieur
      // d'Orange" worked for Orange, it does not head its technique)
      const nextTitle =
        hits.find((h) => h.start >= end && /\s(?:et|and)\s/u.test(s.text.slice(end, h.start)))?.start ?? s.end;
      // "a former Proximus engineer": an organisation naming the title it qualifies, right before it.
      const modifier = s.actors.findLast(
        (a) => a.end <= chainStart && isOrg(a) && /^ $/u.test(s.text.slice(a.end, chainStart)),
      );
      const titleStart = modifier?.start ?? chainStart;
      // "the founder's granddaughter": a title owning a noun is no title held.
      if (/^['’]s\s/u.test(s.text.slice(end, end + 3))) continue;
      // The person: right after the title ("CTO Paul Marchetti"), right before it (", ", "jusqu'ici") or after it past
      // a comma.
      const person =
        people.find((p) => p.start > end && /^ $/u.test(s.text.slice(end, p.start))) ??
        people.find((p) => p.end <= titleStart && TITLE_HOLDER_BEFORE.test(s.text.slice(p.end, titleStart))) ??
        people.find(
          (p) =>
            p.start >= end &&
            /^[\s,]*(?:[\p{L}\s'’-]{0,60}?,\s*)?$/u.test(s.text.slice(end, p.start)) &&
            p.start - end <= 80,
        ) ??
        // "X, directeur technique et ancien ingénieur d'Orange": a title joined to the one before shares its holder.
        (previous && TITLE_AFTER_TITLE.test(s.text.slice(previous.end, titleStart)) ? previous.person : undefined);
      if (!person) continue;
      // "A succeeds B as chief executive", "A remplace B au poste de directeur": the title is A's.
      const succession =
        person.end <= titleStart &&
        SUCCEEDED_BEFORE.exec(s.text.slice(Math.max(s.start, person.start - 30), person.start));
      const holder = succession
        ? people.findLast(
            (p) =>
              p.end <= person.start - succession[0].length &&
              /^\s*$/u.test(s.text.slice(p.end, person.start - succession[0].length)),
          )
        : person;
      if (!holder) continue;
      previous = { end, person: holder };
      // "X devrait devenir PDG de Y", "is tipped to become chief executive": a guess names no head.
      if (
        hypothetical(s, chainStart) ||
        TITLE_EXPECTED.test(s.text.slice(Math.max(s.start, chainStart - 50), chainStart))
      )
        continue;
      // The organisation: "of/de/chez Y" after the title, or a possessive "Y's" right before it.
      const after = s.actors.find(
        (a) =>
          a.start >= end &&
          a.start - end <= 80 &&
          a.start < nextTitle &&
          !/[,.;:(]/.test(s.text.slice(end, a.start)) &&
          isOrg(a) &&
          // "présidente d'Hexaline": an elided "d'" ends right on the name, with no word boundary after it; "partner
          // at X": the title holds its preposition.
          (/\b(?:of|at|for|de|du|des|chez)\b|\bd['’]$/iu.test(s.text.slice(end, a.start)) ||
            /\sat$/u.test(s.text.slice(start, end))) &&
          // ("chief executive A previously worked for Y": past the person named after the title, a clause of their
          // own; only "of"/"at"/"de"/"chez" right after the name still completes the title, "CEO A of Y")
          !(
            people.some((p) => p.start >= end && p.end <= a.start) &&
            !TITLE_ORG_AFTER_HOLDER.test(s.text.slice(people.find((p) => p.start >= end)!.end, a.start))
          ),
      );
      const possessor = s.actors.find(
        (a) =>
          a.end <= chainStart &&
          // ("Nubio Labs' chief technology officer": a plural's bare apostrophe)
          /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}$/u.test(s.text.slice(a.end, chainStart)) &&
          isOrg(a),
      );
      // "Y has appointed X as chief executive", "Y a nommé X directeur général": the organisation that appointed.
      const appointer =
        person.end <= chainStart
          ? s.actors.findLast(
              (a) => a.end <= person.start && isOrg(a) && APPOINTED[s.language].test(s.text.slice(a.end, person.start)),
            )
          : undefined;
      // "Its chief executive, X", "Son fondateur, X": the possessive stands for the owner (resolved by coreference).
      const owner = s.actors.find(
        (a) =>
          a.end <= chainStart &&
          isOrg(a) &&
          OWNER_DETERMINER.test(s.text.slice(a.start, a.end)) &&
          /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.text.slice(a.end, chainStart)),
      );
      // "« … », said chief executive X", "X, la directrice générale,": a leader's title with no organisation in the
      // sentence is the article's company's.
      // ("X en est le directeur technique": the "en" stands for the company spoken of)
      const ofIt = person.end <= titleStart && TITLE_OF_IT.test(s.text.slice(person.end, titleStart));
      const org =
        after ??
        possessor ??
        (POSSESSIVE_BEFORE_TITLE.test(s.text.slice(Math.max(s.start, chainStart - 8), chainStart))
          ? participleSubject(s, holder)
          : undefined) ??
        modifier ??
        appointer ??
        owner ??
        (ofIt || (type !== 'works-for' ? headTitleAlone(s, chainStart, end) : officerTitleAlone(s, chainStart))
          ? topicHeaded(s, context, chainStart, person)
          : undefined);
      if (!org) continue;
      const ownStart = start === chainStart ? titleStart : start;
      // (and "directeur général délégué", "stepped down as chief executive": a deputy's or a former title)
      const deputy =
        DEPUTY[s.language].test(s.text.slice(Math.max(s.start, ownStart - 16), hit.end)) ||
        DEPUTY_AFTER.test(s.text.slice(end, end + 12)) ||
        LEFT_POST.test(s.text.slice(Math.max(s.start, ownStart - 40), ownStart)) ||
        // ("previously a managing director at Y": one of its heads, an indefinite article before the title)
        (org === after &&
          /(?<![\p{L}])(?:an?|un|une)\s+$/iu.test(s.text.slice(Math.max(s.start, ownStart - 6), ownStart)));
      // "head of sales at Y", "directeur de la stratégie d'Y": the title heads a function or a unit of Y, named between;
      // "directeur général France de Y", "Y's UK managing director": a country's unit.
      const unit =
        (org === after && UNIT_BEFORE_ORGANISATION.test(s.text.slice(end, org.start))) ||
        s.actors.some(
          (a) =>
            a.kind === 'place' &&
            ((org === after && a.start >= end && a.end <= org.start) ||
              (org === possessor && a.start >= org.end && a.end <= chainStart)),
        );
      // "directrice du centre hospitalier X", "director of the campaign group X": a bare director's title of a public
      // body or an association heads it (of a company, a director is one of many).
      const heads =
        type === 'works-for' &&
        org === after &&
        !deputy &&
        !unit &&
        (org.kind === 'public-body' || org.kind === 'organisation') &&
        BARE_HEAD_TITLE.test(s.text.slice(start, hit.end)) &&
        HEAD_TITLE_TO_NAME.test(s.text.slice(end, org.start));
      const relation = type === 'leads' && (deputy || unit) ? 'works-for' : heads ? 'leads' : type;
      // "A et B, deux anciens chercheurs du C": a plural title is every person of the list it follows.
      // ("Ses cofondateurs, A et B", "co-founders A and B": and the list it opens.)
      const plural = /(?<!s)s$/u.test(s.text.slice(start, hit.end));
      const holders = plural
        ? (s.groups.find((g) => g.members.includes(holder))?.members.filter((m) => m.kind === 'person') ?? [holder])
        : [holder];
      for (const holder of holders) {
        const d = draft(s, relation, holder, org, [{ start: chainStart, end }], 0.7, `relation.title:${relation}`);
        if (d) out.push(d);
      }
    }
  }
  return out;
}

/** Between the holder named after a title and the organisation: "CEO A of Y", "PDG A, de Y" is not told this way. */
const TITLE_ORG_AFTER_HOLDER = /^\s+(?:of|at|de|du|des|chez)\s+(?:(?:the|la|le|l['’])\s*)?$|^\s+d['’]$/iu;
/** "X en est le directeur technique": the "en" stands for the company spoken of. */
const TITLE_OF_IT_VERB = String.raw`en\s+(?:est|était|devient|deviendra|reste|demeure)`;
/**
 * A verb that gives a person a title of the company spoken of ("X en est le directeur technique", "X occupe le poste
 * de directrice financière", "X runs the engineering team as CTO", "X serves as chief financial officer").
 */
const TITLE_HELD_VERB = String.raw`(?:${TITLE_OF_IT_VERB}|occup(?:e|ait|ent|era)\s+(?:désormais\s+|aussi\s+)?(?:le\s+)?poste\s+de|(?:runs|ran|leads|led|heads|headed|joined|joins|serves|served|works|worked|acts|acted)\s+(?:[\p{Ll}'’-]+\s+){0,3}?as)\s+`;
const TITLE_OF_IT = new RegExp(String.raw`(?<![\p{L}])${TITLE_OF_IT_VERB}\s`, 'u');
/** Between a person and the title after it: "X, ", "X, 42 ans, ", "X, lui, occupe le poste de", "X is", "X, who … as". */
const TITLE_HOLDER_BEFORE = new RegExp(
  String.raw`^\s*,?\s*(?:\d{2}(?:\s*ans)?\s*,\s*)?(?:(?:lui|elle)(?:-même)?\s*,\s*)?(?:(?:as|comme|au\s+poste\s+de|is|remains|est|reste|demeure)\s+|${TITLE_HELD_VERB}|(?:who|qui)\s+(?:[\p{Ll}'’-]+\s+){1,3}(?:as|comme)\s+|(?:one\s+of|l['’]une?\s+des)\s+(?:(?:two|three|four|deux|trois|quatre)\s+)?)?(?:\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*['’]s\s+)?(?:(?:the|an?|le|la|l['’]|un|une|son|sa|its|their)\s+)?(?:(?!(?:du|de|des|of)\s)(?:[\p{Ll}'’-]+|\p{Lu}{2,3}|Chief|\p{Lu}\p{Ll}+(?=\s+Officer))\s+){0,2}(?:ex-)?$`,
  'u',
);

/**
 * A stake told with no company after it ("keeps a 38 per cent stake", "détient 65 % du capital"), or the holder named
 * as its largest shareholder ("is its largest shareholder", "est son principal actionnaire"): of the company the
 * possessive stands for, else of the article's company.
 */
const STAKE_HELD: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:(?:détient|détenait|détiennent|conserve|conservent|garde|gardent|possède|possèdent)\s+(?:(?:désormais|encore|toujours|aussi|également)\s+)?(?:près de |plus de |environ )?(?:\d[\d,]*\s*%|la majorité)\s+(?:du capital|de (?:son|leur) capital|des parts|des actions|des droits de vote)(?!\s+d(?:e|u|es)\s|\s+d['’])|(?:est|reste|demeure|devient)\s+(?:son|leur)\s+(?:premier\s+|principal\s+)?actionnaire(?:\s+(?:principal|majoritaire|de référence))?(?!\s+d(?:e|u|es)\s|\s+d['’])|(?:est|reste|demeure|devient)\s+actionnaire\s+(?:principal|majoritaire|minoritaire|de référence)(?!\s+d(?:e|u|es)\s|\s+d['’]))/iu,
  en: /(?<![\p{L}])(?:(?:holds|held|keeps|kept|retains|retained|owns|owned|has|had)\s+(?:a|an|its|the)\s+(?:remaining\s+)?(?:\d[\d.,]*\s*(?:%|per\s?cent|percent)|majority|controlling)\s+(?:stake|share|holding|interest)(?!\s+(?:in|of)\s)|(?:holds|held|keeps|kept|retains|retained|owns|owned|controls|controlled)\s+(?:(?:about|around|nearly|almost|some|more than|over)\s+)?(?:\d[\d.,]*\s*(?:%|per\s?cent|percent)|the majority)\s+of\s+(?:the|its|their)\s+(?:capital|shares|equity)(?!\s+(?:in|of)\s)|(?:is|remains|became|becomes)\s+(?:its|their)\s+(?:largest|biggest|main|majority|principal|controlling|sole)\s+(?:shareholder|owner|investor)(?!\s+(?:of|in)\s))/iu,
};
/** "existing shareholder", "actionnaire historique", "déjà présent au capital": one who holds a stake already. */
const EXISTING_HOLDER: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:(?:actionnaires?|investisseurs?)\s+(?:historiques?|existants?|actuels?|de (?:la )?première heure)|déjà\s+(?:présente?s?\s+au\s+capital|actionnaires?|investie?s?)|présente?s?\s+au\s+capital\s+depuis)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:existing|current|historic(?:al)?|long-?time|long-standing|early)\s+(?:shareholders?|investors?|backers?)|already\s+(?:an?\s+)?(?:shareholders?|investors?|backers?))(?![\p{L}])/iu,
};
/** A sentence's opening name raising money: "X a levé", "X raised". */
const RAISING_AFTER: Record<Language, RegExp> = {
  fr: /^[^.;:]{0,40}?(?<![\p{L}])(?:a|ont|vient de|viennent de)?\s*(?:lev(?:é|er)|lève|lèvent|bouclé|boucle|obtenu|sécurisé)(?![\p{L}])/iu,
  en: /^[^.;:]{0,40}?(?<![\p{L}])(?:raised|raises|has raised|secured|closed|completed|landed|bagged)(?![\p{L}])/iu,
};
/** The holder right after the words ("existing investors A and B") or in apposition before them ("A, déjà actionnaire"). */
const HOLDER_NAMED_AFTER = /^\s*$/u;
const HOLDER_APPOSED_BEFORE = /^\s*,\s*(?:(?:an?|the|one of (?:its|the))\s+)?$/iu;
/** The company the holder is said to hold already, named right after: "actionnaire historique de Y", "an investor in Y". */
const HELD_NAMED_AFTER = /^\s+(?:de|du|des|d['’]|in|of)\s*(?:(?:la|le|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/**
 * "from Lumo and existing shareholder Nerva", "auprès de son actionnaire historique Nerva", "Nerva, déjà présent au
 * capital,", "from Nerva, an existing shareholder": a shareholder said to be one already owns part of the company the
 * sentence opens on (the one raising), else of the article's company (docs/held-out-guide.md, "Stakes").
 */
function fromExistingShareholders(s: SentenceView, context: RelationContext): RelationDraft[] {
  // ("existing backer X": "backers" is a customers' marker word)
  if (!hasMarker(s, Marker.OWNERS) && !hasMarker(s, Marker.STAKE) && !hasMarker(s, Marker.CUSTOMERS)) return [];
  const m = EXISTING_HOLDER[s.language].exec(s.text.slice(s.start, s.end));
  if (!m) return [];
  const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
  if (negated(s, cue.start, cue.end) || hypothetical(s, cue.start)) return [];
  const after =
    s.groups.find((g) => g.start >= cue.end && HOLDER_NAMED_AFTER.test(s.text.slice(cue.end, g.start))) ??
    // ("de son actionnaire historique, X", "its existing backer, X": a possessed noun's name in apposition)
    (/(?:^|\s)(?:son|sa|ses|leur|leurs|its|their)\s+$/iu.test(s.text.slice(Math.max(s.start, cue.start - 8), cue.start))
      ? s.groups.find((g) => g.start >= cue.end && /^\s*,\s*$/u.test(s.text.slice(cue.end, g.start)))
      : undefined);
  const before = s.groups.findLast(
    (g) => g.end <= cue.start && HOLDER_APPOSED_BEFORE.test(s.text.slice(g.end, cue.start)),
  );
  const group = after ?? before;
  if (!group) return [];
  // ("Bpifrance et Elbe Ventures, actionnaire historique,": a singular noun describes one name, the nearest)
  const plural =
    /s$/iu.test(
      m[0].split(/\s+/u).find((w) => /^(?:actionnaire|investisseu|shareholder|investor|backer)/iu.test(w)) ?? '',
    ) || /(?<![\p{L}])(?:présente?s|investie?s)(?![\p{L}])/iu.test(m[0]);
  const holders = plural ? group.members : [after ? group.members[0]! : group.members.at(-1)!];
  // The company raising ("X raised N from … existing shareholder Y", "X a levé N auprès de …"), else the article's.
  const opening = s.groups[0];
  const raising =
    opening &&
    opening !== group &&
    !isComplement(opening) &&
    opening.members.length === 1 &&
    RAISING_AFTER[s.language].test(s.text.slice(opening.end, opening.end + 60));
  const owned = raising ? opening.members[0] : context.topic?.();
  // ("A a levé … auprès de B, actionnaire historique de C": B holds C, which the stake rules read, not A)
  const held = s.actors.find(
    (a) => a.start >= cue.end && isOrg(a) && HELD_NAMED_AFTER.test(s.text.slice(cue.end, a.start)),
  );
  if (held && held.id !== owned?.id) return [];
  const out: RelationDraft[] = [];
  for (const h of holders) {
    if (!owned || !isOrg(h) || !isOrg(owned)) continue;
    const d = draft(s, 'owns', h, owned, [cue], 0.5, 'relation.existing-shareholder');
    if (d) out.push(d);
  }
  return out;
}

const STAKE_RELATIVE = /^\s*,\s*(?:in which|of which|dans laquelle|dans lequel|dont)\s+(?:(?:the|le|la|l['’])\s*)?$/iu;
function fromStakes(s: SentenceView, context: RelationContext): RelationDraft[] {
  if (!hasMarker(s, Marker.STAKE) && !hasMarker(s, Marker.OWNERS)) return [];
  const m = STAKE_HELD[s.language].exec(s.text.slice(s.start, s.end));
  if (!m) return [];
  const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
  if (negated(s, cue.start, cue.end) || hypothetical(s, cue.start)) return [];
  const holder = groupBefore(s, cue.start) ?? relativeAntecedent(s, cue.start);
  // "X, in which Y holds a 20% stake", "X, dont Y détient 30 % du capital": the relative's antecedent is owned.
  const antecedent =
    holder && s.groups.findLast((g) => g.end <= holder.start && STAKE_RELATIVE.test(s.text.slice(g.end, holder.start)));
  const owned =
    s.actors.find((a) => a.start >= cue.start && a.end <= cue.end && isOrg(a)) ??
    antecedent?.members.at(-1) ??
    context.topic?.();
  const out: RelationDraft[] = [];
  for (const h of holder?.members ?? []) {
    // (a founder holding part of the capital owns it too: "Maas owns 40% of the capital")
    if (!owned || !(isOrg(h) || h.kind === 'person') || !isOrg(owned)) continue;
    const d = draft(s, 'owns', h, owned, [cue], 0.55, 'relation.stake-held');
    if (d) out.push(d);
  }
  return out;
}

/** "a cédé la direction générale à X", "sa présidence a été confiée à X", "handed the reins to X". */
const DIRECTION_HANDED: Record<Language, RegExp> = {
  fr: new RegExp(
    `(?:(?<![\\p{L}])(?:${HANDED_OVER.fr.verb})\\s+(?:[^,.;:]{0,30}?\\s+)?(?:${HANDED_OVER.fr.post})|(?:la|sa|leur)\\s+(?:${HANDED_OVER.fr.postGiven})\\s+(?:a été|ont été|avait été|est)\\s+(?:${HANDED_OVER.fr.given})(?:\\s+[^,.;:]{0,30}?)?)\\s+à\\s*$`,
    'iu',
  ),
  en: new RegExp(
    `(?:(?<![\\p{L}])(?:${HANDED_OVER.en.verb})\\s+(?:over\\s+)?(?:${HANDED_OVER.en.post})(?:\\s+of\\s+[^,.;:]{1,40}?)?|(?:the|its|his|her|their)\\s+(?:${HANDED_OVER.en.postGiven})(?:\\s+of\\s+[^,.;:]{1,40}?)?\\s+(?:was|has been|had been)\\s+(?:${HANDED_OVER.en.given})(?:\\s+[^,.;:]{0,30}?)?)\\s+to\\s*$`,
    'iu',
  ),
};

/**
 * "Le fondateur a cédé la direction générale à X", "Sa direction générale a été confiée à X", "He handed the reins of Y
 * to X": X leads the organisation named in the words (a resolved possessive, "of Y"), else the article's company.
 */
function fromHandedDirection(s: SentenceView, context: RelationContext): RelationDraft[] {
  if (!hasMarker(s, Marker.DIRECTION)) return [];
  const out: RelationDraft[] = [];
  for (const g of s.groups) {
    if (!g.members.every((m) => m.kind === 'person')) continue;
    const before = s.text.slice(Math.max(s.start, g.start - 120), g.start);
    const m = DIRECTION_HANDED[s.language].exec(before);
    if (!m) continue;
    const cueStart = g.start - before.length + m.index;
    if (negated(s, cueStart, g.start) || hypothetical(s, cueStart)) continue;
    // (before the cue, only the article's company may be named: "Son fondateur, X, a cédé la direction à Y")
    const org =
      s.actors.find((a) => a.start >= cueStart && a.end <= g.start && isOrg(a)) ??
      topicHeaded(s, context, cueStart, g.members[0]!);
    for (const person of g.members) {
      const d =
        org && draft(s, 'leads', person, org, [{ start: cueStart, end: g.start }], 0.6, 'relation.direction-handed');
      if (d) out.push(d);
    }
  }
  return out;
}

/**
 * A title's complement that names an organisation ("de Y", "of the Y board"): not the company's noun alone ("la
 * directrice générale de l'entreprise, X", "chief executive of the company"), which is the article's company.
 */
const COMPANY_NOUN_COMPLEMENT =
  /^\s*(?:de\s+la|de\s+l['’]|du|of\s+the|at\s+the)\s*(?:société|entreprise|start-?up|jeune\s+pousse|PME|company|firm|business)(?=\s*[,.;:)]|\s+(?:\p{Ll}|et\s|and\s))/u;
const complementNamed = (s: SentenceView, end: number) =>
  TITLE_COMPLEMENT.test(s.text.slice(end, end + 6)) && !COMPANY_NOUN_COMPLEMENT.test(s.text.slice(end, end + 40));

/** "PDG", "chief executive" with no organisation after it. */
const headTitleAlone = (s: SentenceView, start: number, end: number) =>
  COMPANY_HEAD_TITLES.test(s.text.slice(start, end)) && !complementNamed(s, end);

/** "directeur financier", "chief operating officer" with no organisation after it. */
function officerTitleAlone(s: SentenceView, at: number): boolean {
  // (the title cue may be its last word: "chief technology officer")
  const from = Math.max(s.start, at - 30);
  for (const title of s.text.slice(from, Math.min(s.end, at + 60)).matchAll(COMPANY_OFFICER_TITLES)) {
    const start = from + title.index;
    const end = start + title[0].length;
    if (start <= at && at < end) return !complementNamed(s, end);
  }
  return false;
}

/**
 * The article's company as the organisation of a head's title that names none, when the sentence names no other
 * organisation before the title ("X did not pay, chief executive Y told Z": Z, after the person, is whom Y spoke to).
 */
function topicHeaded(s: SentenceView, context: RelationContext, title: number, person: ActorSpan) {
  const others = s.actors.filter((a) => isOrg(a) && (a.end <= title || a.start < person.end));
  if (others.length === 0) return context.topic?.();
  const topic = context.topic?.();
  return topic && others.every((a) => a.id === topic.id) ? topic : undefined;
}

const ELECTED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ELECTED_TITLES})s?\\s+$`, 'iu');

/** "Senator X (Party)", "le député X (Parti)": membership of the assembly and of the party in parentheses. */
function fromElectedTitles(s: SentenceView, lookup: ActorLookup): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const person of s.actors.filter((a) => a.kind === 'person')) {
    const before = s.text.slice(Math.max(s.start, person.start - 30), person.start);
    for (const { before: title, assembly } of assemblyTitles[s.language]) {
      const m = title.exec(before);
      const body = m ? lookup(assembly) : undefined;
      if (m && body) {
        const d = draft(
          s,
          'member-of',
          person,
          body,
          [{ start: person.start - m[0].length, end: person.start }],
          0.7,
          'relation.elected-title',
        );
        if (d) out.push(d);
      }
    }
    const town = mayorOf(s, person);
    if (town) {
      const d = draft(s, 'leads', person, town, [], 0.65, 'relation.mayor');
      if (d) out.push(d);
    }
    // "X (LR)", "X, élue LR", "X, député RN", "X, a Green MEP": the party in parentheses, or by the elected title.
    const party = s.actors.find(
      (a) =>
        ((a.kind === 'political-group' || a.kind === 'organisation') &&
          /^\s*\(\s*$/.test(s.text.slice(person.end, a.start))) ||
        (a.kind === 'political-group' &&
          (PARTY_BY_TITLE.test(s.text.slice(person.end, a.start)) ||
            (PARTY_APPOSED.test(s.text.slice(person.end, a.start)) && MP_AFTER.test(s.text.slice(a.end, a.end + 6))))),
    );
    if (party) {
      const d = draft(s, 'member-of', person, party, [], 0.65, 'relation.party-in-parentheses');
      if (d) out.push(d);
    }
    // "selon Julie Marchand (Nubio Labs)", "said Jane Doe (Acme)": the employer in parentheses, alone in them (after
    // an elected title, the parentheses hold a party: "le sénateur X (LR)").
    const employer =
      !ELECTED_BEFORE.test(before) &&
      s.actors.find(
        (a) =>
          WORKPLACES.includes(a.kind) &&
          a.kind !== 'organisation' &&
          /^\s*\(\s*$/.test(s.text.slice(person.end, a.start)) &&
          s.text[a.end] === ')',
      );
    if (employer) {
      const d = draft(s, 'works-for', person, employer, [], 0.6, 'relation.employer-in-parentheses');
      if (d) out.push(d);
    }
  }
  return out;
}

const PARTY_BY_TITLE = new RegExp(
  `^\\s*,\\s*(?:(?:le|la|l['’]|un|une|the|an?)\\s*)?(?:${ELECTED_TITLES})s?\\s+$`,
  'iu',
);
const PARTY_APPOSED = /^\s*,\s*(?:(?:a|an|the)\s+)?$/u;
const MP_AFTER = /^\s+(?:MP|MEP)s?(?![\p{L}])/u;
/** "X, maire (LR) de P", "the mayor of P, X", "P mayor X": a mayor leads the town (never a deputy mayor). */
const MAYOR = `(?<![\\p{L}-])(?<!(?:adjoint(?:e)?|deputy|vice)[\\s-](?:au\\s+)?)(?:maire|mayor)(?:\\s*\\([^)]{1,20}\\))?`;
const MAYOR_BEFORE_TOWN = new RegExp(
  `^\\s*,\\s*(?:(?:le|la|the|l['’])\\s*)?${MAYOR}\\s+(?:de\\s+|du\\s+|d['’]|of\\s+)$`,
  'iu',
);
const MAYOR_OF_TOWN_BEFORE = new RegExp(`${MAYOR}\\s+(?:de\\s+|du\\s+|d['’]|of\\s+)$`, 'iu');
const MAYOR_AFTER_TOWN = new RegExp(`^\\s+${MAYOR}\\s+$`, 'iu');
function mayorOf(s: SentenceView, person: ActorSpan): ActorSpan | undefined {
  const places = s.actors.filter((a) => a.kind === 'place');
  return (
    places.find((p) => p.start >= person.end && MAYOR_BEFORE_TOWN.test(s.text.slice(person.end, p.start))) ??
    places.find(
      (p) =>
        p.end <= person.start &&
        /^\s*,?\s*$/u.test(s.text.slice(p.end, person.start)) &&
        MAYOR_OF_TOWN_BEFORE.test(s.text.slice(Math.max(s.start, p.start - 40), p.start)),
    ) ??
    places.find((p) => p.end <= person.start && MAYOR_AFTER_TOWN.test(s.text.slice(p.end, person.start)))
  );
}

/**
 * Every demonym's pattern, in one alternation per language. The word-start lookbehind each opens with (`word`) is
 * written once before the alternation: tried once per position rather than once per demonym, the same matches (an
 * alternation over 150 lookbehinds was most of `mayDescribeSubject` on real articles).
 */
function demonymAlternation(nationalities: readonly Nationality[]): string {
  const sources = nationalities.map((n) => n.pattern.source);
  if (!sources.every((source) => source.startsWith(B))) return sources.join('|');
  return `${B}(?:${sources.map((source) => source.slice(B.length)).join('|')})`;
}
const ANY_DEMONYM_SOURCE: Record<Language, string> = {
  fr: demonymAlternation(NATIONALITIES.fr),
  en: demonymAlternation(NATIONALITIES.en),
};

/** What one text's sentences pass on to the next: an enumeration that may go on after a full stop. */
export interface RelationContext {
  /** (`implied`: the place's names, when it is an implied place) */
  enumeration?: { place: ActorSpan; cue: Span; sentence: number; paragraph: number; implied?: string[] };
  /** The company the article is about so far (coreference's `articleTopic`), asked only when a rule needs it. */
  topic?: () => ActorSpan | undefined;
  /** The same, of two companies named equally often the one named last, as an opening description reads it. */
  describedTopic?: () => ActorSpan | undefined;
  /** The last people named together ("A et B"), whom a plural pronoun may stand for ("Ils ont fondé Y"). */
  people?: { members: ActorSpan[]; paragraph: number };
  /** The person the last sentences opened on ("Annika Solberg-Haas has heard…"), whom "she"/"il" may stand for. */
  person?: { actor: ActorSpan; sentence: number };
  /** A deal a sentence told with one side only ("X a noué un partenariat."), whose other side the next may name. */
  deal?: { subject: ActorSpan; type: 'partner-of' | 'acquired'; sentence: number; paragraph: number };
  /** The actors of the sentence before (coreference's), read when a description opens this one. */
  before?: readonly ActorSpan[];
  /**
   * Places no actor names that an adjective implied for a record ("the Dutch operator X" -> Netherlands), by id: the
   * document proposes them as new place actors, cited by the adjective.
   */
  implied?: Map<string, ImpliedPlace>;
}

/** A place named only by an adjective, proposed as an actor so that the relation placing a company there has an end. */
export interface ImpliedPlace {
  id: string;
  name: string;
  aliases: string[];
  start: number;
  end: number;
}

/**
 * The place a demonym implies when no actor has its name: read in lower case in French ("le breton X", not "Thierry
 * Breton"), capitalised in English ("the Dutch firm", not "us").
 */
function impliedPlace(s: SentenceView, hit: Span, nationality: Nationality): ActorSpan | undefined {
  if (!nationality.implied) return undefined;
  const first = s.text.charAt(hit.start);
  const lower = first === first.toLowerCase();
  if (lower !== (s.language === 'fr')) return undefined;
  return { id: slugify(nationality.implied), kind: 'place', name: nationality.implied, start: hit.start, end: hit.end };
}

const NAMING_GAP_END =
  /(?<![\p{L}])(?:(?:that|which|who)\s+(?:are|is|were|was)|(?:qui|que)\s+(?:sont|est|étaient|était)|such as|like|including|comme|notamment|tels? que|telles? que)\s*[:,]?\s*(?:(?:the|la|le|l['’]|les)\s+)?$/iu;
const WORD_IN_GAP = /[\p{L}'’-]+/gu;

/**
 * The opening of a sentence's main clause up to a demonym that describes its subject, no name given: "L'hébergeur
 * alsacien", "Installée à Brest depuis 2015, la jeune pousse bretonne", "The Polish startup". (An opening clause
 * before the comma names no actor but places.)
 */
const DESCRIBED_OPENING: Record<Language, RegExp> = {
  fr: /^(?:[^,;:]{0,100},\s*)?(?:l['’]|le\s+|la\s+)\s*(?:[\p{Ll}-]+\s+){1,3}$/iu,
  en: /^(?:[^,;:]{0,100},\s*)?the\s+$/iu,
};
/**
 * The nouns a description of the article's company opens on ("L'hébergeur", "la jeune pousse", "Le patron du groupe",
 * "the software firm").
 */
const DESCRIBED_NOUN: Record<Language, RegExp> = {
  fr: /^(?:l['’]|le\s+|la\s+)\s*(?:[\p{Ll}-]+\s+(?:du|de\s+la)\s+)?(?:société|entreprise|groupe|start-?up|jeune\s+pousse|pépite|licorne|scale-?up|PME|ETI|ESN|éditeur|hébergeur|opérateur|fournisseur|prestataire|intégrateur|spécialiste|fabricant|constructeur)\s+$/iu,
  // (a plural kept as the round had it: "the French technology groups called upon…" still places the article's company)
  en: /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:compan(?:y|ies)|(?:firm|group|start-?up|upstart|scale-?up|unicorn|provider|host|hoster|operator|publisher|vendor|maker|manufacturer|specialist|integrator|outfit|newcomer|supplier|developer)s?)$/u,
};
/** After the described noun: a verb, a comma, a relative, not a name ("la start-up lyonnaise Opaline"). */
const NO_NAME_AFTER = /^\s*(?:[,;:]|\p{Ll}|$)/u;

/**
 * The subject a description opening the sentence stands for: the actor coreference resolved it to, else the article's
 * company.
 */
function describedSubject(s: SentenceView, start: number, end: number, context: RelationContext) {
  const opening = s.text.slice(s.start, start);
  const m = DESCRIBED_OPENING[s.language].exec(opening);
  if (!m) return undefined;
  const descriptionStart = s.start + m[0].search(/(?:l['’]|le\s|la\s|the\s)\s*(?:[\p{Ll}-]+\s+){0,3}$/iu);
  let nounEnd = end;
  if (s.language === 'en') {
    const noun = nounAfterAdjective.exec(s.text.slice(end, end + 60));
    if (!noun) return undefined;
    nounEnd = end + noun[0].length;
  }
  if (!NO_NAME_AFTER.test(s.text.slice(nounEnd, nounEnd + 3))) return undefined;
  // (a noun the article's company is described by, singular: not "the German rival", "le régulateur néerlandais",
  // "the Swiss investors", "le géant américain", "le fonds luxembourgeois", who are others)
  const noun = s.language === 'en' ? s.text.slice(end, nounEnd) : s.text.slice(descriptionStart, start);
  if (!DESCRIBED_NOUN[s.language].test(noun)) return undefined;
  if (s.actors.some((a) => a.start < descriptionStart && a.kind !== 'place' && a.end > s.start)) return undefined;
  if (s.actors.some((a) => a.start >= nounEnd && a.start - nounEnd <= 2)) return undefined;
  const resolved = s.actors.find((a) => a.start === descriptionStart && a.kind !== 'place');
  // (coreference reads a description as the sentence before's subject; when that sentence named another organisation,
  // "A a investi dans B. La start-up bordelaise…", "A picked B. The Alsatian host…", the adjective may be B's: none)
  if (resolved)
    return context.before?.some((a) => a.id !== resolved.id && ORGANISATION_LIKE.has(a.kind)) ? undefined : resolved;
  // (not one the sentence names after the description: "L'éditeur toulousain a annoncé l'entrée du fonds X")
  const topic = context.describedTopic?.();
  return topic && !s.actors.some((a) => a.id === topic.id) ? topic : undefined;
}

/**
 * The items a description before a list qualifies: those joined bare ("la PME bretonne A, B et C"), up to one its own
 * description opens ("la PME bretonne A et l'intégrateur B": B is not Breton).
 */
function bareItems(s: SentenceView, group: Group): ActorSpan[] {
  const items = [group.members[0]!];
  for (let i = 1; i < group.members.length; i++) {
    if (!BARE_SEPARATOR.test(s.text.slice(group.members[i - 1]!.end, group.members[i]!.start))) break;
    items.push(group.members[i]!);
  }
  return items;
}
const BARE_SEPARATOR = /^\s*(?:,|,?\s*(?:et|and|ou|or|&)|\/)\s*$/iu;

/** The items of a list that runs across `at` which come after it ("A and the Lithuanian neobank B": B). */
function itemsAfter(s: SentenceView, at: number): Group | undefined {
  const g = s.groups.find((x) => x.start < at && x.end > at);
  const members = g?.members.filter((m) => m.start >= at);
  return g && members && members.length > 0 ? { ...g, start: members[0]!.start, members } : undefined;
}

/** "startup's ", "cloud provider's ": the noun a demonym qualifies owns what follows. */
const NOUN_OWNS = /^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s/u;

/** What a description opening a sentence may stand for besides the one coreference chose. */
const ORGANISATION_LIKE: ReadonlySet<ActorKind> = new Set(['company', 'joint-venture', 'organisation', 'public-body']);

/** The kinds an implied place places: a company's nationality (a public body's country goes without saying). */
const IMPLIED_PLACE_OF: ReadonlySet<ActorKind> = new Set(['company', 'joint-venture', 'organisation']);

/**
 * "X, a French company", "X, which is a Dutch firm": the apposition between a name and the adjective. (Not "X, which
 * serves Italian companies": a relative whose verb is no copula tells whom X deals with.)
 */
// (a noun's complement too: "X, le fonds de développement liégeois", "X, la société d'investissement bretonne")
const APPOSITION_BEFORE_ADJECTIVE =
  /^\s*,\s*(?:(?:which|who|that)\s+(?:is|was|are|were|has been|have been|remains|became)\s+|(?:qui|que)\s+(?:est|était|sont|étaient|reste|demeure|a été)\s+)?(?:(?:an?|une?|the|la|le|l['’])\s*)?(?:(?:(?!(?:of|de|du|des|d['’]|which|who|whose|that|qui|que|dont|where|où)\s)[\p{L}-]+|(?:de\s+|d['’])\p{Ll}[\p{Ll}-]*)\s+){0,3}$/iu;
/** A conjunction opening another clause between a noun phrase and a name. */
const SUBORDINATOR =
  /(?<![\p{L}])(?:if|unless|when|whenever|while|because|once|until|than|si|s['’]|quand|lorsque?|lorsqu['’]|puisque?|parce|car|tant que|dès que|sinon)(?![\p{L}])/iu;
/** An adverbial of contrast or comparison before the noun phrase ("Unlike Dutch firms, …"). */
const CONTRAST_BEFORE =
  /(?<![\p{L}])(?:unlike|like|compared (?:with|to)|contrary to|contrairement (?:à|aux?)|à la différence (?:de|des|du|d['’])|comme|face (?:à|aux?)|par rapport (?:à|aux?))\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * An adjective that qualifies no organisation though an organisation noun is near: a market ("the German market
 * leader X", "leader du marché allemand"), a product a singular noun makes ("fabricant de frites belges X": the
 * plural adjective agrees with the fries, not the maker).
 */
function describesNoOrganisation(s: SentenceView, start: number, end: number): boolean {
  // ("Swiss, Austrian and German banks like A and B": which of the three is each bank's is not told)
  if (COORDINATED_BEFORE.test(s.text.slice(Math.max(s.start, start - 30), start))) return true;
  if (COORDINATED_AFTER[s.language].test(s.text.slice(end, end + 30))) return true;
  // (and "French fries maker X": the fries are French)
  if (s.language === 'en') return /^\s+(?:markets?|fries)(?![\p{L}])/u.test(s.text.slice(end, end + 10));
  const before = s.text.slice(Math.max(s.start, start - 40), start);
  if (/(?<![\p{L}])marchés?\s+$/u.test(before)) return true;
  const noun = /^\S+/u.exec(nounBeforeAdjective.exec(before)?.[0] ?? '')?.[0];
  const plainlyPlural = /(?:[^ia]s|aux)$/u.test(s.text.slice(start, end));
  return !!noun && plainlyPlural && /\p{Ll}$/u.test(noun) && !/[sx]$/u.test(noun);
}

/** A demonym coordinated with another before or after it ("Swiss, Austrian and German", "suisses et allemandes"). */
const COORDINATED_BEFORE = new RegExp(
  `(?:${ANY_DEMONYM_SOURCE.en}|${ANY_DEMONYM_SOURCE.fr})\\s*(?:,|and|or|et|ou|&)\\s*$`,
  'u',
);
const COORDINATED_AFTER: Record<Language, RegExp> = {
  en: new RegExp(`^\\s*(?:,|and|or|&)\\s*(?:${ANY_DEMONYM_SOURCE.en})`, 'u'),
  fr: new RegExp(`^\\s*(?:,|et|ou)\\s*(?:${ANY_DEMONYM_SOURCE.fr})`, 'iu'),
};

/** Notes the implied places the drafts end at, for the document to propose them. */
function noteImplied(context: RelationContext, drafts: readonly RelationDraft[], place: ActorSpan, aliases: string[]) {
  if (!drafts.some((d) => d.record.to === place.id)) return;
  const implied = (context.implied ??= new Map());
  if (!implied.has(place.id))
    implied.set(place.id, { id: place.id, name: place.name, aliases, start: place.start, end: place.end });
}

const enumerationOpeners: Record<Language, RegExp> = {
  fr: new RegExp(ENUMERATION_OPENERS.fr.source, 'giu'),
  en: new RegExp(ENUMERATION_OPENERS.en.source, 'giu'),
};

const RELATIVE_IN_PHRASE = /(?<![\p{L}])(?:which|who|that|qui|que|dont)(?![\p{L}])/iu;

/**
 * The items of an enumeration opened within `reach` after `at` ("such as A, B or even C", "de A à B, via C"): the
 * actor right after the opener and every one chained to it by list separators. At least two, or none.
 */
function enumerationAfter(s: SentenceView, at: number, reach = 150): ActorSpan[] {
  const opener = enumerationOpeners[s.language];
  opener.lastIndex = 0;
  const window = s.text.slice(at, Math.min(s.end, at + reach));
  for (let m = opener.exec(window); m; m = opener.exec(window)) {
    // ("the French agency, in 2023, which helped it sign customers such as A": another clause's list)
    if (RELATIVE_IN_PHRASE.test(window.slice(0, m.index))) return [];
    const openerEnd = at + m.index + m[0].length;
    let i = s.actors.findIndex((a) => a.start >= openerEnd);
    const first = s.actors[i];
    if (!first || !/^\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu.test(s.text.slice(openerEnd, first.start))) continue;
    const items = [first];
    while (++i < s.actors.length && ENUMERATION_SEPARATOR.test(s.text.slice(items.at(-1)!.end, s.actors[i]!.start)))
      items.push(s.actors[i]!);
    return items.length >= 2 ? items : [];
  }
  return [];
}

/**
 * A sentence with no verb, only names and list words ("Jalios, Netframe or even Scalingo."): the rest of an
 * enumeration a full stop inside a name ("Rapid. Space", "Inc.") cut from the sentence before.
 */
const LIST_FRAGMENT =
  /^[\s,.;:]*(?:(?:\p{Lu}[\p{L}\p{N}.&'’-]*|and|or|et|ou|even|also|of course|finally|encore|même|aussi|bien sûr|enfin)[\s,.;:]*)*$/u;
function isListFragment(s: SentenceView): boolean {
  let rest = '';
  let at = s.start;
  for (const a of s.actors) {
    rest += s.text.slice(at, a.start) + ' ';
    at = a.end;
  }
  return LIST_FRAGMENT.test(rest + s.text.slice(at, s.end));
}

function locatedIn(
  s: SentenceView,
  members: readonly ActorSpan[],
  place: ActorSpan,
  cue: Span,
  confidence: number,
  rule: string,
) {
  const out: RelationDraft[] = [];
  for (const member of members) {
    if (['place', 'person', 'technology'].includes(member.kind) || member.id === place.id) continue;
    const d = draft(s, 'located-in', member, place, [cue], confidence, rule);
    if (d) out.push(d);
  }
  return out;
}

/** "French companies such as A, B", then the verbless fragments that carry the same list on. */
function fromEnumerations(s: SentenceView, context: RelationContext): RelationDraft[] {
  const open = context.enumeration;
  if (!open || open.paragraph !== s.paragraph || s.index !== open.sentence + 1 || !isListFragment(s)) {
    if (open && s.index > open.sentence) context.enumeration = undefined;
    return [];
  }
  open.sentence = s.index;
  const members = open.implied ? s.actors.filter((m) => IMPLIED_PLACE_OF.has(m.kind)) : s.actors;
  const drafts = locatedIn(s, members, open.place, { start: s.start, end: s.start }, 0.45, 'relation.nationality-list');
  if (open.implied) noteImplied(context, drafts, open.place, open.implied);
  return drafts;
}

/** "the French start-up X", "la société française X", "X, a French company", "clouds d'origine américaine, X, Y". */
function fromNationalities(s: SentenceView, lookup: ActorLookup, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  {
    for (const hit of nationalityScanners[s.language].scan(s)) {
      const nationality = NATIONALITIES[s.language][hit.cue]!;
      const { country } = nationality;
      const { start, end } = hit;
      // The adjective qualifies an organisation noun next to it: "French start-up", "société française".
      const qualified =
        (s.language === 'en'
          ? nounAfterAdjective.test(s.text.slice(end, Math.min(s.end, end + 40)))
          : nounBeforeAdjective.test(s.text.slice(Math.max(s.start, start - 40), start))) ||
        // The adjective as a noun right before a name: "l'américain Exten Data", "the German SAP".
        (ARTICLE_BEFORE.test(s.text.slice(Math.max(s.start, start - 4), start)) &&
          s.actors.some((a) => a.start > end && /^\s+$/u.test(s.text.slice(end, a.start))));
      if (!qualified || describesNoOrganisation(s, start, end)) continue;
      // Not the adjective of a name ("British Business Bank"), nor before a possessive ("the Luxembourg startup's
      // backers include X").
      // (A name cut to take the adjective in, "Italian GPU" of "Italian GPU cloud provider X", still describes X.)
      const inside = s.actors.find((a) => a.start < end && start < a.end && a.kind !== 'place');
      if (
        (inside &&
          !(
            s.language === 'en' &&
            inside.start === start &&
            nounAfterAdjective.test(s.text.slice(inside.end, inside.end + 60))
          )) ||
        NOUN_OWNS.test(s.text.slice(end, end + 50))
      )
        continue;
      const found = lookup(country);
      const place = found ?? impliedPlace(s, hit, nationality);
      if (!place) continue;
      const placed = out.length;
      // A company's nationality, not a public body's ("PMV, the Flemish government's investment company")
      // (nor a name shaped like a person's that a cue made a company: "Le parisien Mathieu Lenoir dirige…")
      const members = (list: readonly ActorSpan[]) =>
        found
          ? list
          : list.filter(
              (m) => IMPLIED_PLACE_OF.has(m.kind) && !personNameShaped(s.text.slice(m.start, m.end).split(/\s+/u)),
            );
      // "French companies …, from A to B, via C": every item of the enumeration the noun phrase opens.
      const items = enumerationAfter(s, end);
      if (items.length > 0) {
        out.push(...locatedIn(s, members(items), place, { start, end }, 0.55, 'relation.nationality-list'));
        context.enumeration = {
          place,
          cue: { start, end },
          sentence: s.index,
          paragraph: s.paragraph,
          ...(found ? {} : { implied: country }),
        };
        if (!found) noteImplied(context, out.slice(placed), place, country);
        continue;
      }
      // "L'hébergeur alsacien a …", "The Polish startup, which …": a description opening the sentence, no name.
      const described = describedSubject(s, start, end, context);
      if (described) {
        for (const member of members([described])) {
          const d = draft(s, 'located-in', member, place, [{ start, end }], 0.5, 'relation.nationality-described');
          if (d) out.push(d);
        }
        if (!found) noteImplied(context, out.slice(placed), place, country);
        continue;
      }
      // "X, a French company" first, else the name after the noun phrase ("the French start-up X"). (Not when a name
      // follows the noun phrase: "by Dutch provider A, German software firm B" describes B, not A.)
      const nounEnd =
        s.language === 'en' ? end + (nounAfterAdjective.exec(s.text.slice(end, end + 60))?.[0].length ?? 0) : end;
      const named = /^\s+\p{Lu}/u.test(s.text.slice(nounEnd, nounEnd + 3));
      const group: Group | undefined =
        s.groups.find(
          (g) =>
            !named &&
            g.end <= start &&
            APPOSITION_BEFORE_ADJECTIVE.test(s.text.slice(g.end, start)) &&
            !openingAdjunct(s, g),
        ) ??
        groupAfter(s, end, 60) ??
        // ("counts A and the Lithuanian neobank B among": the list's items after the adjective)
        itemsAfter(s, end);
      if (!group || (group.start > end && isComplement(group))) continue;
      // A name right after the noun phrase ("la start-up française X") or a list after a colon or comma.
      const between = s.text.slice(end, group.start);
      if (group.start > end && !/^[\s\p{Ll}'’-]*(?:[:,]\s*)?(?:(?:the|la|le|l['’]|les)\s+)?$/u.test(between)) continue;
      // ("French agency picks X": a headline's verb after the noun, not a noun of X)
      // ("Irish providers accredited under the government": a clause between the noun and the name)
      // (but "the American giants of the sector that are A, B and C" names them)
      if (group.start > end && (between.match(WORD_IN_GAP) ?? []).length > 3 && !NAMING_GAP_END.test(between)) continue;
      // ("could become a Latvian company if X buys it", "une société lettone si X": another clause's name)
      // ("Unlike Dutch firms, X kept…", "Contrairement aux entreprises néerlandaises, X…": a contrast, not X)
      if (
        group.start > end &&
        (SUBORDINATOR.test(between) ||
          (between.includes(',') && CONTRAST_BEFORE.test(s.text.slice(Math.max(s.start, start - 60), start))))
      )
        continue;
      const lastWord = /([\p{Ll}]{4,})\s+$/u.exec(between)?.[1];
      if (s.language === 'en' && lastWord?.endsWith('s') && !nounAfterAdjective.test(` ${lastWord}`)) continue;
      // (a singular noun qualifies the first item only: "Dutch rail operator A and B", "le groupe belge A et B")
      // (French: the adjective's or the noun's plural, "clouds publics d'origine américaine, A, B ou C")
      const plural =
        s.language === 'fr'
          ? /[sx]$/u.test(s.text.slice(start, end)) ||
            /^\S*[sx](?:\s|$)/u.test(
              nounBeforeAdjective.exec(s.text.slice(Math.max(s.start, start - 40), start))?.[0] ?? '',
            )
          : /s\s*$/u.test(nounAfterAdjective.exec(s.text.slice(end, end + 60))?.[0] ?? '');
      const listed = plural ? bareItems(s, group) : [group.members[0]!];
      for (const member of members(group.start > end ? listed : group.members)) {
        if (['place', 'person', 'technology'].includes(member.kind) || member.id === place.id) continue;
        const d = draft(s, 'located-in', member, place, [{ start, end }], 0.6, 'relation.nationality');
        if (d) out.push(d);
      }
      if (!found) noteImplied(context, out.slice(placed), place, country);
    }
  }
  return out;
}

function fromStructures(s: SentenceView, context: RelationContext): RelationDraft[] {
  const hits = structureScanners[s.language].scan(s);
  if (hits.length === 0) return [];
  return [
    ...fromCustomerLists(s, hits, context),
    ...fromMadeFor(s, hits),
    ...fromHeads(s, hits),
    ...fromAuthors(s, hits),
  ];
}

/**
 * "son concurrent X", "its rival X", "son offre d'hébergement X", "their platform X", right before a name; adjectives
 * before the noun and an apposition after it too ("Son principal rival, le nantais X", "its sovereign cloud, X").
 */
const POSSESSED_NOUN =
  /(?<![\p{L}])(son|sa|ses|leur|leurs|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(concurrente?|rival|competitor|offre|offer|service|plateforme|platform|marque|brand|produit|product|cloud|solution|logiciel|software)s?(?:\s+(?!(?:chez|vers|sur|à|au|aux|dans|par|pour|avec|on|to|with|at|from|for|in|by|into)(?![\p{L}]))[\p{Ll}'’-]+){0,3}?(?:\s*,\s*(?:(?:le|la|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+)?|\s+)$/iu;
const OWNER_KINDS: readonly ActorKind[] = ['company', 'joint-venture', 'organisation', 'public-body'];
/** "rival operator X", "l'opérateur concurrent X": a rival of the company the article is about. */
const RIVAL_DESCRIBED: Record<Language, RegExp> = {
  // (and the bare noun after an article or opening a clause: "Rival X cut its prices", "the rival X")
  en: /(?:(?<![\p{L}])(?:rival|competing)\s+(?:[\p{Ll}-]+\s+)?(?:operator|company|firm|group|provider|start-?up|host|publisher|vendor|maker|bank|insurer)|(?:^|[.,;:]\s*|(?<![\p{L}])(?:[Tt]he|[Aa])\s+)[Rr]ival)\s+$/u,
  fr: /(?:(?<![\p{L}])(?:opérateur|groupe|hébergeur|éditeur|acteur|société|entreprise|fournisseur|start-?up)\s+(?:concurrent|rival)e?|(?:^|[.,;:]\s*|(?<![\p{L}])(?:[Ll]e|[Ll]a|[Uu]ne?)\s+)[Cc]oncurrente?)\s+$/u,
};

/** "its Nubio Cloud platform", "sa plateforme X" read the other way: the name between a possessive and its noun. */
const BRAND_NOUN_AFTER_NAME =
  /^\s+(?:[\p{Ll}-]+\s+)?(platform|offer|offering|service|software|cloud|suite|app|product|solution|brand)s?(?![\p{L}])/iu;
function brandNamedBefore(s: SentenceView, named: ActorSpan, before: string): ArrayLike<string> | null {
  if (s.language !== 'en') return null;
  const possessive = POSSESSIVE_BEFORE.exec(before);
  const noun = possessive && BRAND_NOUN_AFTER_NAME.exec(s.text.slice(named.end, named.end + 40));
  return possessive && noun ? [possessive[0], possessive[1]!, noun[1]!] : null;
}

/** A name the sentence gives as its subject's competitor or offer: competes-with, brand-of. */
function fromPossessedNouns(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  if (!hasMarker(s, Marker.POSSESSED)) return out;
  for (const named of s.actors) {
    // ("distribuer ses offres en Allemagne": a place or a person is nobody's rival or offer)
    if (named.ownerOnly || named.kind === 'place' || named.kind === 'person') continue;
    const before = s.text.slice(Math.max(s.start, named.start - 60), named.start);
    const m: ArrayLike<string> | null = POSSESSED_NOUN.exec(before) ?? brandNamedBefore(s, named, before);
    if (!m) {
      const rival = RIVAL_DESCRIBED[s.language].exec(before);
      const cueSpan = rival && { start: named.start - rival[0].length, end: named.start };
      const topic = cueSpan && context.topic?.();
      const d = cueSpan && topic && draft(s, 'competes-with', named, topic, [cueSpan], 0.5, 'relation.rival-described');
      if (d) out.push(d);
      continue;
    }
    const at = named.start - m[0]!.length;
    // The owner: the possessive itself when coreference resolved it ("Son principal rival, …"), else the last
    // organisation named before it that is no complement.
    const owner =
      s.actors.find((a) => a.start === at && a.end === at + m[1]!.length && OWNER_KINDS.includes(a.kind)) ??
      s.groups
        .findLast(
          (g) =>
            g.end <= at && !isComplement(g) && !g.inParentheses && g.members.some((a) => OWNER_KINDS.includes(a.kind)),
        )
        ?.members.find((a) => OWNER_KINDS.includes(a.kind));
    if (!owner) continue;
    const rival = /^(?:concurrente?|rival|competitor)$/iu.test(m[2]!);
    const cueSpan = { start: at, end: named.start };
    const d = rival
      ? draft(s, 'competes-with', owner, named, [cueSpan], 0.55, 'relation.possessed:competes-with')
      : draft(s, 'brand-of', named, owner, [cueSpan], 0.55, 'relation.possessed:brand-of');
    if (d) out.push(d);
  }
  return out;
}

/** "attribué à X", "confié à X", "awarded to X": who receives a contract. */
const AWARDED_TO: Record<Language, RegExp> = {
  fr: /(?:attribu|confi|accord|octroy)(?:é|ée|és|ées)\s+à\s*(?:la\s+|l['’]|au\s+)?$/iu,
  en: /(?:awarded|granted|given)\s+to\s*(?:the\s+)?$/iu,
};
/** The contract noun that opens the passive, and the buyer it names: "le marché … de la Région Y", "Y's contract". */
const CONTRACT_NOUN: Record<Language, RegExp> = {
  fr: /(?:marché|contrat|appel d['’]offres|commande publique)(?![\p{L}])/iu,
  en: /(?:contract|tender)(?![\p{L}])/iu,
};

/** The contracts a sentence says were awarded, buyer and recipient (found once: fundings read them too). */
export function awardedContracts(s: SentenceView): AwardedContract[] {
  if (s.awarded) return s.awarded;
  const found: AwardedContract[] = [];
  s.awarded = found;
  if (s.actors.length < 2 || !hasMarker(s, Marker.AWARDING)) return found;
  for (const recipient of s.groups) {
    const before = s.text.slice(Math.max(s.start, recipient.start - 40), recipient.start);
    const cueWords = AWARDED_TO[s.language].exec(before);
    if (!cueWords) continue;
    const cueStart = recipient.start - before.length + cueWords.index;
    const clause = s.text.slice(s.start, cueStart);
    const noun = CONTRACT_NOUN[s.language].exec(clause);
    if (!noun) continue;
    const nounEnd = s.start + noun.index + noun[0].length;
    // The buyer: a complement of the contract noun ("de la Région Y", "of Y") or its possessor ("Y's contract").
    const buyer = s.groups.find(
      (g) =>
        (g.start >= nounEnd && g.end <= cueStart && isComplement(g)) ||
        (g.end <= s.start + noun.index &&
          /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(s.text.slice(g.end, s.start + noun.index))),
    );
    if (!buyer) continue;
    const cue = { start: cueStart, end: recipient.start };
    for (const from of buyer.members)
      for (const to of recipient.members)
        if (to.kind !== 'place' && to.kind !== 'person' && from.kind !== 'place')
          found.push({ buyer: from, recipient: to, cue });
  }
  return found;
}

/**
 * "Le marché d'hébergement de la Région Y a été attribué à X", "Y's cloud contract was awarded to X": the buyer named
 * in the contract's noun phrase (a complement, or a possessor) is a customer of the company that received it.
 */
function fromAwardedContracts(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { buyer, recipient, cue } of awardedContracts(s)) {
    const d = draft(s, 'customer-of', buyer, recipient, [cue], 0.55, 'relation.contract-awarded');
    if (d) out.push(d);
  }
  return out;
}

/** Any demonym in the opening of a sentence (`mayDescribeSubject`). */
const ANY_DEMONYM: Record<Language, RegExp> = {
  fr: new RegExp(ANY_DEMONYM_SOURCE.fr, 'iu'),
  en: new RegExp(ANY_DEMONYM_SOURCE.en, 'u'),
};
/**
 * Whether a sentence that names no actor may still place the article's company by a description opening it ("L'hébergeur
 * alsacien ouvre …"): its rules run then (`proposeRelations` reads only that).
 */
export function mayDescribeSubject(text: string, start: number, language: Language): boolean {
  const opening = text.slice(start, start + 120);
  return /^(?:[^,;:]{0,100},\s*)?(?:l['’]|le\s|la\s|the\s)/iu.test(opening) && ANY_DEMONYM[language].test(opening);
}

export function proposeRelations(s: SentenceView, lookup: ActorLookup, context: RelationContext = {}): RelationDraft[] {
  if (s.actors.length < 1) return fromNationalities(s, lookup, context);
  const out = [...fromEnumerations(s, context), ...fromNationalities(s, lookup, context)];
  // (a criticism of the article's project may name its critic alone: "Terre Claire has criticised the campus's…")
  out.push(...fromCues(s, context, s.actors.length === 1 ? criticismScanners : scanners));
  if (s.actors.length >= 2)
    out.push(
      ...fromStructures(s, context),
      ...fromPlaceModifiers(s),
      ...fromSites(s),
      ...fromHostedOnInfrastructure(s),
      ...fromPlacedAppositions(s),
      ...fromFoundingPlaces(s),
      ...fromOwnedCompounds(s),
      ...fromPossessiveAppositions(s),
      ...fromParentModifiers(s),
      ...fromAwardedContracts(s),
      ...fromEmployers(s),
      ...fromFormerJobs(s, lookup),
      ...fromOwnerAppositions(s),
      ...fromCertificates(s),
    );
  // (customers may be the sentence's one name, the article's company's: "Customers include A")
  out.push(...fromCustomersNamed(s, context));
  out.push(...fromSupplierModifiers(s));
  // (a rival of the article's company may be the sentence's one name)
  // (and a title's holder may be the sentence's one name: "chief executive X said")
  out.push(
    ...fromPossessedNouns(s, context),
    ...fromElectedTitles(s, lookup),
    ...fromTitles(s, context),
    ...fromHandedDirection(s, context),
    ...fromStakes(s, context),
    ...fromExistingShareholders(s, context),
    ...fromPluralFounders(s, context),
    ...proposeTies(s, context),
  );
  const together = s.groups.findLast((g) => g.members.filter((m) => m.kind === 'person').length >= 2);
  if (together)
    context.people = { members: together.members.filter((m) => m.kind === 'person'), paragraph: s.paragraph };
  out.push(...fromDealsTold(s, context), ...fromFoundersByPronoun(s, context));
  const opening = s.actors[0];
  if (opening?.kind === 'person' && opening.start - s.start <= 40)
    context.person = { actor: opening, sentence: s.index };
  return out;
}

/** "the Oslo-based company she cofounded", "l'opérateur de centres de données qu'il a fondé": a founder as a pronoun. */
const FOUNDED_BY_PRONOUN: Record<Language, { words: string[]; pattern: RegExp }> = {
  en: {
    words: ['founded', 'set up', 'started', 'created'],
    pattern:
      /(?<![\p{L}])(?:company|firm|start-?up|business|group|operator|provider|venture)\s+(?:(?:that|which)\s+)?(?:she|he)\s+(?:co-?founded|founded|set up|started|created)(?![\p{L}])/u,
  },
  fr: {
    words: ['fondé', 'créé'],
    pattern:
      /(?<![\p{L}])(?:société|entreprise|start-?up|groupe|opérateur|hébergeur|éditeur|PME|jeune pousse)(?:\s+[\p{Ll}'’-]+){0,4}?\s+qu['’](?:il|elle)\s+a\s+(?:co-?)?(?:fondée?|créée?)(?![\p{L}])/u,
  },
};
/** Between the organisation and the noun phrase in apposition to it: ", the Oslo-based ", ", l'". */
const APPOSED_TO_ORGANISATION = /^\s*,\s*(?:the|an?|l['’]|la|le|une?)\s*[^,.;:]{0,50}$/u;
const CO_FOUNDER_AFTER = /^[^,.;:]{0,40}?\s(?:with|avec)\s+(?:(?:former|ancien(?:ne)?)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * "Ravelstone, the Oslo-based company she cofounded in 2020 with former Equinor engineer Lars Mykletun", "le groupe
 * Marlaguet, l'opérateur qu'il a fondé en 2009": the pronoun is the person named before it in the sentence, else
 * the one the sentences just before opened on (three at most); a person after "with" founded it too.
 */
function fromFoundersByPronoun(s: SentenceView, context: RelationContext): RelationDraft[] {
  const { words, pattern } = FOUNDED_BY_PRONOUN[s.language];
  const sentence = s.text.slice(s.start, s.end);
  if (!words.some((w) => sentence.includes(w))) return [];
  const m = pattern.exec(sentence);
  if (!m) return [];
  const at = s.start + m.index;
  const end = at + m[0].length;
  if (negated(s, at, end)) return [];
  const org = s.actors.findLast(
    (a) => a.end <= at && isOrg(a) && APPOSED_TO_ORGANISATION.test(s.text.slice(a.end, at)),
  );
  if (!org) return [];
  const recent = context.person && s.index - context.person.sentence <= 3 ? context.person.actor : undefined;
  const founder = s.actors.findLast((a) => a.end <= org.start && a.kind === 'person') ?? recent;
  const partner = s.actors.find(
    (a) => a.kind === 'person' && a.start >= end && CO_FOUNDER_AFTER.test(s.text.slice(end, a.start)),
  );
  const out: RelationDraft[] = [];
  for (const person of [founder, partner]) {
    const d = person && draft(s, 'founded', person, org, [{ start: at, end }], 0.5, 'relation.founder-pronoun');
    if (d) out.push(d);
  }
  return out;
}

/** A deal's noun in a sentence naming one side: "X a noué un partenariat", "X announced an acquisition". */
const DEAL_NOUN: Record<Language, RegExp> = {
  fr: /(?<![\p{L}'’])(?:(partenariat|accord|alliance)|(acquisition|rachat))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(partnership|agreement|alliance|deal|tie-up)|(acquisition|takeover|purchase))(?![\p{L}])/iu,
};
/**
 * The verb that makes the deal, a few words before its noun: "a noué un", "announced a new" (not "said the acquisition
 * talks had ended", "a refusé un accord", "a fait l'objet d'une acquisition", "announced the end of its partnership").
 */
const DEAL_MADE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:annonc[ée]|sign[ée]|nou[ée]|conclu|conclut|scell[ée]|finalis[ée]|officialis[ée]|boucl[ée]|réalis[ée]|dévoil[ée])(?:\s+(?!(?:de|du|des|d['’]|fin)(?![\p{L}]))[\p{L}'’-]+){0,3}\s+$/u,
  en: /(?<![\p{L}])(?:announced|announces|signed|signs|struck|strikes|sealed|seals|agreed|agrees|concluded|concludes|completed|completes|finali[sz]ed|unveiled|unveils|formed|forms)(?:\s+(?!(?:of|end)(?![\p{L}]))[\p{L}'’-]+){0,3}\s+$/u,
};
/** The next sentence opening on that deal and naming the other side: "L'accord, signé avec Y", "The target, Y". */
const DEAL_TAKEN_UP: Record<Language, { partner: RegExp; target: RegExp }> = {
  fr: {
    partner:
      /^(?:L['’]accord|Le partenariat|L['’]alliance|Ce partenariat|Cet accord|Cette alliance|Celui-ci)(?![\p{L}])/u,
    target: /^(?:La cible|L['’]entreprise rachetée|La société rachetée)\s*,\s*$/u,
  },
  en: {
    partner: /^(?:The|This)\s+(?:new\s+)?(?:agreement|deal|partnership|alliance|tie-up)(?![\p{L}])/u,
    target: /^The\s+(?:target|company being (?:bought|acquired)|acquired company)\s*,\s*$/u,
  },
};
/** Between the deal's noun and the other side: "signé avec", "with", "associe l'hébergeur à". */
const OTHER_SIDE_BEFORE: Record<Language, RegExp> = {
  fr: /(?:(?<![\p{L}])avec|(?:associe|lie|unit)\s+[^,.;:]{0,40}?\s+à)\s+(?:(?:la|le|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}$/u,
  en: /(?<![\p{L}])(?:with|brings together [^,.;:]{0,40}? and)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u,
};

/**
 * A deal told in two sentences: "X a noué un partenariat. L'accord, signé avec Y, porte sur…", "X announced an
 * acquisition. The target, Y, is…" (the next sentence of the paragraph, opening on the deal): X partner of Y, X
 * acquired Y. The first names one organisation only, its subject, and states the deal (no negation, plan or
 * hypothesis).
 */
function fromDealsTold(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  const deal = context.deal;
  if (deal && deal.sentence === s.index - 1 && deal.paragraph === s.paragraph) {
    const { partner, target } = DEAL_TAKEN_UP[s.language];
    const opening = s.text.slice(s.start, s.start + 40);
    const other =
      deal.type === 'partner-of' && partner.test(opening)
        ? s.actors.find(
            (a) =>
              isOrg(a) && OTHER_SIDE_BEFORE[s.language].test(s.text.slice(Math.max(s.start, a.start - 70), a.start)),
          )
        : deal.type === 'acquired'
          ? s.actors.find((a) => isOrg(a) && target.test(s.text.slice(s.start, a.start)))
          : undefined;
    if (other && !negated(s, s.start, other.start) && !hypothetical(s, other.start)) {
      const d = draft(
        s,
        deal.type,
        deal.subject,
        other,
        [{ start: s.start, end: other.start }],
        0.5,
        'relation.deal-told',
      );
      if (d) out.push(d);
    }
  }
  context.deal = undefined;
  // The sentence telling the deal: one organisation, its subject, before the deal's noun.
  const orgs = s.actors.filter((a) => a.kind !== 'place');
  const subject = orgs[0];
  if (orgs.length !== 1 || !isOrg(subject!) || subject!.start - s.start > 40) return out;
  const m = DEAL_NOUN[s.language].exec(s.text.slice(subject!.end, s.end));
  if (!m) return out;
  const at = subject!.end + m.index;
  if (!DEAL_MADE[s.language].test(s.text.slice(subject!.end, at))) return out;
  if (negated(s, at, at + m[0].length) || hypothetical(s, at) || intended(s, at)) return out;
  context.deal = {
    subject: subject!,
    type: m[1] ? 'partner-of' : 'acquired',
    sentence: s.index,
    paragraph: s.paragraph,
  };
  return out;
}

/** "Ils ont fondé Y en 2017", "la société qu'ils ont fondée en 2017, Y", "They set up Y": the people just named. */
const pluralFoundingScanners: Record<Language, CueScanner> = {
  fr: new CueScanner([word(`(?:ils|elles)\\s+(?:ont|avaient)\\s+(?:co-?)?(?:fondé|créé|cofondé)(?:e|s|es)?`)]),
  en: new CueScanner([word(`they\\s+(?:(?:have|had)\\s+)?(?:co-?founded|founded|created|set up|started)`)]),
};
const RELATIVE_BEFORE_PRONOUN = /(?:qu['’]|which\s+|that\s+)$/iu;
function fromPluralFounders(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of pluralFoundingScanners[s.language].scan(s)) {
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    // The people: named together earlier in this sentence, else in the paragraph's last sentence that did.
    const here = s.groups.findLast((g) => g.end <= start && g.members.filter((m) => m.kind === 'person').length >= 2);
    const founders =
      here?.members.filter((m) => m.kind === 'person') ??
      (context.people?.paragraph === s.paragraph && !s.actors.some((a) => a.kind === 'person' && a.end <= start)
        ? context.people.members
        : []);
    // What they founded: right after the verb ("Ils ont fondé Y"), or the relative's antecedent ("Y, qu'ils ont
    // fondée"), or the name in apposition after the relative ("la société qu'ils ont fondée en 2017, Y").
    const relative = RELATIVE_BEFORE_PRONOUN.test(s.text.slice(Math.max(s.start, start - 6), start));
    const next = s.actors.find(
      (a) => a.start >= end && a.start - end <= 40 && !/[.;:]/u.test(s.text.slice(end, a.start)),
    );
    const antecedent = s.actors.findLast(
      (a) => a.end <= start && /^\s*,?\s*(?:qu['’]|which\s+|that\s+)$/iu.test(s.text.slice(a.end, start)),
    );
    // (the apposed name first: "la société qu'ils…, Y" names what "la société" only describes)
    const founded = relative
      ? ((next && /^\s+[^,]{0,30},\s*$/u.test(s.text.slice(end, next.start)) ? next : undefined) ?? antecedent)
      : next && /^\s+(?:(?:la|le|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+)?$/u.test(s.text.slice(end, next.start))
        ? next
        : undefined;
    if (!founded || !isOrg(founded)) continue;
    for (const person of founders) {
      const d = draft(s, 'founded', person, founded, [{ start, end }], 0.55, 'relation.plural-founders');
      if (d) out.push(d);
    }
  }
  return out;
}

/** A funding with a named funder says the funder funds the recipient. */
export function fundsRelations(fundings: readonly FundingDraft[]): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const f of fundings) {
    const payers = f.told ?? (f.record.from ? [f.record.from] : ((f.record as { funders?: string[] }).funders ?? []));
    // Who pays for a contract is a customer of whoever won it, and funds it with the contract's amount
    // (docs/held-out-guide.md, "Clients").
    const types = f.rule.startsWith('funding.contract') ? (['customer-of', 'funds'] as const) : (['funds'] as const);
    for (const payer of payers) {
      if (payer === f.record.to) continue;
      for (const type of types)
        out.push({
          key: relationKey(type, payer, f.record.to),
          record: { type, from: payer, to: f.record.to },
          source: f.source,
          spans: f.spans,
          confidence: clamp01(f.confidence - 0.05),
          rule: 'relation.from-funding',
        });
    }
  }
  return out;
}

/** Lookup over a list of actor spans by folded name. */
export function actorLookup(byName: ReadonlyMap<string, ActorSpan>): ActorLookup {
  return (names) => {
    for (const name of names) {
      const found = byName.get(foldKey(name));
      if (found) return found;
    }
    return undefined;
  };
}
