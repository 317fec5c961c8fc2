import type { ActorKind, Language } from '../domain/vocabulary.ts';
import { FOUNDER_TITLES, LEAD_TITLES, ORG_NOUNS, ORGANISATION_KINDS, WORK_TITLES } from './lexicon.ts';
import { familiesHeld } from './cue-words.ts';
import type { Word } from './drafts.ts';
import type { ActorSpan, Complete } from './sentence.ts';

/**
 * A sentence that opens on a pronoun or a definite description ("It is certified…", "This software publisher…",
 * "Elle a levé…", "Cet éditeur…") speaks of an actor named just before. Resolved conservatively: to the subject of
 * the previous sentence of the same paragraph (the actor opening it, or its own resolved opener) when its kind fits
 * the anaphor; a description with an organisation noun may also take the last organisation the previous sentence
 * introduced with such a noun ("the French start-up X"). Impersonal pronouns ("It is clear that", "Il faut", "Il y
 * a") and names right after the description ("The company Acme") resolve to nothing.
 */

type Want = 'organisation' | 'person' | 'any';

const nounSource = (language: Language) => ORG_NOUNS[language].source;

/** An English nationality, capitalised: "The Norwegian firm", "the French start-up", "The Swedish company". */
const NATIONALITY = '\\p{Lu}\\p{Ll}+(?:an|ese|ish|ch|ic|i)';
const DESCRIPTION: Record<Language, RegExp> = {
  // ("The Lyon-based provider", "This Paris-headquartered firm", "The Bristol start-up": where it is based describes
  // it too; a name there, "The Orange group", is no description: `anaphorAt`.)
  en: new RegExp(
    `^(?:This|That|The)\\s+(?:\\p{Lu}[\\p{L}.'’-]*-(?:based|headquartered)\\s+|\\p{Lu}\\p{Ll}+\\s+(?=[\\p{Ll}-]+))?(?:(?:[\\p{Ll}-]+|${NATIONALITY})\\s+){0,2}?${nounSource('en')}`,
    'u',
  ),
  fr: new RegExp(`^(?:Ce|Cet|Cette|Le|La|L['’])\\s*(?:[\\p{Ll}-]+\\s+)?${nounSource('fr')}`, 'u'),
};

/**
 * Spans that only repeat the name just given ("Ce dernier"): they do not make their actor more what the article is
 * about (`named`), as a pronoun for the sentence's subject does.
 */
const repeats = new WeakSet<ActorSpan>();

/** "Ce dernier", "Cette dernière", "The latter": the last name of the sentence before. */
const LATTER: Record<Language, RegExp> = {
  fr: /^(?:Ce|Cette)\s+derni(?:er|ère)(?![\p{L}])/u,
  en: /^The\s+latter(?![\p{L}])/u,
};

/** Opening pronouns and possessive determiners ("Its revenue", "Son chiffre d'affaires": the owner is the antecedent). */
const PRONOUN: Record<Language, { pattern: RegExp; want: Want }[]> = {
  en: [
    { pattern: /^(?:It|Its)(?=\s)/u, want: 'organisation' },
    { pattern: /^(?:He|She|His|Her)(?=\s)/u, want: 'person' },
  ],
  fr: [{ pattern: /^(?:Il|Elle|Son|Sa|Ses)(?=\s)/u, want: 'any' }],
};

const POSSESSIVE = /^(?:Its|His|Her|Son|Sa|Ses)$/u;
const titled = (words: string, language: Language) =>
  [LEAD_TITLES, WORK_TITLES, FOUNDER_TITLES].some((t) => t[language].test(words));
/** A possessed noun, a comma, then a name (with its article and an adjective): "Its rival, the Dutch X". */
const APPOSED_NAME = /^\p{L}+\s[^,.;:!?]{1,40},\s*(?:(?:le|la|les|l['’]|the)\s*)?(?:[\p{Ll}-]+\s+)?\p{Lu}/u;

/** "It is clear that", "It was time to", "Il faut", "Il y a", "Il est difficile de": nobody is meant. */
const IMPERSONAL: Record<Language, RegExp> = {
  en: /^It\s+(?:(?:is|was|seems|seemed|appears|appeared|remains|remained|has been|had been|would be|will be|may be|might be)\s+(?:not\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:that|to|for|whether|if|how|why|what|when)\b|(?:takes|took|matters|follows|means)\b)/u,
  fr: /^Il\s+(?:faut|fallait|faudra|faudrait|y\s|s['’]agit|s['’]agissait|semble|semblait|paraît|reste|suffit|suffisait|arrive|importe|convient|vaut|est\s+(?:\p{Ll}+\s+){1,2}(?:de|d['’]|que|qu['’])|était\s+(?:\p{Ll}+\s+){1,2}(?:de|d['’]|que|qu['’]))/u,
};

/** An opening participle clause: a capitalised past participle, a few words, a comma ("Launched in 2012, "). */
const OPENING_PARTICIPLE: Record<Language, RegExp> = {
  en: /^(?:[A-Z]\p{Ll}+ed|Born|Built|Set up|Bought|Sold)\s[^,.;:!?]{1,160},\s*/u,
  fr: /^\p{Lu}\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|ites)\s[^,.;:!?]{1,160},\s*/u,
};

/** A short time or source phrase opening a sentence before a comma: "In June, ", "Last year, ", "Selon X, ". */
const OPENING_ADVERBIAL: Record<Language, RegExp> = {
  // (and a setting or manner: "In that market, ", "Sur ce créneau, ", "Pour l'heure, ", "However, "; a comparison:
  // "Comme Outscale, elle…", "Like its rival, it…"; a time counted back or on: "Two years ago, ", "Il y a deux ans, ",
  // "Five years later, ", "Cinq ans plus tard, "; a sentence adverb: "Financially, ", "Financièrement, ")
  en: /^(?:(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A few|\p{N}+)\s(?:[\p{L}-]+\s){0,2}(?:ago|later|earlier)|\p{Lu}\p{Ll}{3,}ly(?=,)|In|On|Last|Earlier|Later|Since|By|Early|Late|Then|Meanwhile|Separately|Yesterday|Today|This|After|Before|For|With|Under|Despite|Now|Still|However|Instead|Already|At|Like|Unlike|As with|According to|Previously|Prior to that|Until then|Additionally|In addition|Separately)(?:\s[^,.;:!?]{0,36})?,\s*/u,
  fr: /^(?:(?:Un|Une|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|Quelques|\p{N}+)\s(?:ans|an|années|mois|semaines|jours)\s(?:plus\s(?:tard|tôt)|après|auparavant)|\p{Lu}\p{Ll}{3,}ment(?=,)|Il y a|En|Le|Au|Aux|Depuis|Dès|Début|Fin|Mi|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier|Aujourd['’]hui|L['’]an|L['’]année|Cette|Ce|Puis|Ensuite|Entre-temps|Sur|Dans|Pour|Avec|Après|Avant|Pendant|Outre|Désormais|Enfin|Pourtant|Côté|Par ailleurs|Comme|Contrairement|À l['’]instar|Selon|D['’]après|Auparavant|Jusque-là|Jusqu['’]alors|Autrefois|Déjà|De son côté|Pour sa part|Parallèlement|En parallèle)(?:\s[^,.;:!?]{0,36})?,\s*/u,
};

/** A time opening the sentence with no comma, right before a subject pronoun: "In March it won…", "En mars elle a…". */
const BARE_TIME_OPENING: Record<Language, RegExp> = {
  en: /^(?:In|On|Last|Earlier|Later|Since|Early|Late|This|That|By)\s[^,.;:!?]{0,24}?\s(?=(?:it|they|she|he)\s)/u,
  // (not an impersonal "il": "En France il existe…", "Depuis mars il faut…", "En 2024 il a été décidé…")
  fr: /^(?:En|Le|Au|Depuis|Début|Fin|Mi|L['’]an|L['’]année|Cette|Ce|Il y a)\s[^,.;:!?]{0,24}?\s(?=(?:elle|elles|ils)\s|il\s(?!(?:existe|existait|existera|faut|fallait|faudra|y\s|s['’]agit|s['’]agissait|semble|semblait|reste|restait|manque|suffit|convient|importe|est\s+(?:question|temps|possible|impossible|difficile|rare|probable|prévu|nécessaire)|a\s+été\s+(?:décidé|annoncé|prévu|convenu|question))(?![\p{L}])))/u,
};

/** The length of the participle clause a sentence opens on ("Launched in 2012, "), 0 without one. */
function openingParticiple(text: string, start: number, language: Language): number {
  // Asked three times per sentence (anaphor, topic, remembering): the last answer is kept.
  if (text === lastOpening.text && start === lastOpening.start) return lastOpening.length;
  const length = OPENING_PARTICIPLE[language].exec(text.slice(start, start + 200))?.[0].length ?? 0;
  lastOpening = { text, start, length };
  return length;
}
let lastOpening = { text: '', start: -1, length: 0 };

/** A sentence opening on a participle whose clause holds commas ("Fondée par A, ancienne X chez Y, et B, …"). */
const OPENING_PARTICIPLE_WORD: Record<Language, RegExp> = {
  en: /^(?:[A-Z]\p{Ll}+ed|Born|Built|Set up|Bought|Sold)\s/u,
  fr: /^\p{Lu}\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|ites)\s/u,
};

export interface Discourse {
  /** The subject of the last sentence read, with where it was. */
  subject?: ActorSpan;
  /**
   * Whether that subject came after an opening adverbial ("En juin, Orange l'a choisi"): a pronoun takes it, not a
   * description ("Le groupe…" after it is still more likely the article's company).
   */
  afterAdverbial?: boolean;
  /** The first organisation a sentence of the document opened on (a headline's or a lead's subject). */
  opening?: ActorSpan;
  /** The subject with the names coordinated to it ("A and B have joined forces"), when there are two or more. */
  subjects?: readonly ActorSpan[];
  /**
   * How often each organisation has been named so far in the document: the most named is what it is about
   * (`investor`: introduced as a fund or investor at least once, "le fonds X", "led by X").
   */
  named: Map<
    string,
    {
      actor: ActorSpan;
      count: number;
      last: number;
      lastEnd: number;
      gender?: Gender;
      investor?: boolean;
      /** Introduced as a group ("le groupe lyonnais X", "the French group X"): "la PME", "the startup" is another. */
      group?: boolean;
      /** Introduced as a rival the article's company competes with ("an alternative to X", "son concurrent X"). */
      rival?: boolean;
      /** Whether the name is a fund's or a lender's (`FINANCIER_WORDS`), read once it is asked. */
      financierName?: boolean;
    }
  >;
  /**
   * `articleTopic`'s answers since the last sentence was remembered (without and with ties broken, for any company and
   * for a small one): the rules of a sentence ask for it many times, and only `rememberSentence` changes what it reads.
   */
  topics?: (ActorSpan | undefined)[];
  /** The last acquisition told: what "le repreneur", "the buyer", "la cible" stand for. */
  deal?: { buyer: ActorSpan; target: ActorSpan };
  /** The last sentence's actors, read again only when an anaphor needs them (most sentences open on none). */
  actors: readonly ActorSpan[];
  start: number;
  text: string;
  language: Language;
  sentence: number;
  paragraph: number;
}

export const newDiscourse = (): Discourse => {
  // (every field present from the start: `Complete`)
  const discourse: Complete<Discourse> = {
    subject: undefined,
    afterAdverbial: undefined,
    opening: undefined,
    subjects: undefined,
    named: new Map(),
    topics: undefined,
    deal: undefined,
    actors: [],
    start: 0,
    text: '',
    language: 'en',
    sentence: -2,
    paragraph: -1,
  };
  return discourse;
};

const fits = (want: Want, actor: ActorSpan) =>
  want === 'any'
    ? actor.kind === 'person' || ORGANISATION_KINDS.includes(actor.kind)
    : want === 'person'
      ? actor.kind === 'person'
      : ORGANISATION_KINDS.includes(actor.kind);

/**
 * Where a sentence's main clause may open: at its start, or after an opening participle clause ("Launched in 2012,
 * it was…"); when that clause holds commas of its own ("Fondée en 2017 par A et B, deux anciens de X, la PME…"),
 * after each of them (a few, within the sentence).
 */
function mainClauseStarts(text: string, start: number, language: Language): number[] {
  // Asked twice per sentence (anaphor, topic): the last answer is kept.
  if (text === lastStarts.text && start === lastStarts.start) return lastStarts.starts;
  const starts = clauseStarts(text, start, language);
  lastStarts = { text, start, starts };
  return starts;
}
let lastStarts = { text: '', start: -1, starts: [] as number[] };

function clauseStarts(text: string, start: number, language: Language): number[] {
  const lead = openingParticiple(text, start, language);
  if (lead === 0) {
    // "In June, the company won…", "En septembre dernier, l'entreprise a obtenu…": after a short opening adverbial.
    const adverbial = OPENING_ADVERBIAL[language].exec(text.slice(start, start + 48));
    // "Pour l'entreprise bordelaise, créée en 2020, c'est…", "For the company, founded in 2020, it is…": the
    // description after a framing preposition is the one the apposition tells of.
    const framed = FRAMING_PREPOSITION[language].exec(text.slice(start, start + 12));
    const starts = [start];
    if (framed) starts.push(start + framed[0].length);
    if (adverbial) starts.push(start + adverbial[0].length);
    else {
      const bare = BARE_TIME_OPENING[language].exec(text.slice(start, start + 40));
      if (bare) starts.push(start + bare[0].length);
    }
    return starts;
  }
  const starts = [start + lead];
  const end = Math.min(text.length, start + 280);
  for (let comma = text.indexOf(',', start + lead); comma >= 0 && comma < end && starts.length < 4;) {
    const stop = text.slice(start + lead, comma).search(/[.!?;:]\s/u);
    if (stop >= 0) break;
    let next = comma + 1;
    while (text.charCodeAt(next) === 32) next++;
    starts.push(next);
    comma = text.indexOf(',', next);
  }
  return starts;
}

/** A preposition that frames what the sentence says: "Pour l'entreprise, …", "For the firm, …". */
const FRAMING_PREPOSITION: Record<Language, RegExp> = {
  en: /^(?:For|At)\s+(?=the\s)/u,
  fr: /^(?:Pour|Chez)\s+(?=(?:l['’]|la\s|le\s))/u,
};

/** The words at `from` read as a sentence opening: after a participle clause the anaphor is lower-case. */
const openingAt = (text: string, from: number, start: number, length: number) => {
  const rest = text.slice(from, from + length);
  return from > start ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
};

/** The first letters an anaphor may open on (It, He, She, This, The, We, Our; Il, Elle, Son, Ce, Le, La, L', Nous): most words none. */
const ANAPHOR_INITIALS: Record<Language, string> = { en: 'ITHSWOtihswo', fr: 'ILECSNilecsn' };
const mayOpenAnaphor = (text: string, from: number, language: Language) => {
  const initial = text.charAt(from);
  if (!ANAPHOR_INITIALS[language].includes(initial)) return false;
  // (W, O, N open a first person only: "We", "Our", "Nous", "Notre", "Nos"; most such sentences open on a name)
  return !'WOwoNn'.includes(initial) || FIRST_PERSON.test(text.slice(from, from + 6));
};
const FIRST_PERSON = /^(?:We|Our|Nous|Notre|Nos)\s/iu;

/** The actor a sentence's opening anaphor stands for, as a span over the anaphor's own words, or undefined. */
export function resolveAnaphor(
  text: string,
  start: number,
  language: Language,
  actors: readonly ActorSpan[],
  discourse: Discourse,
  index: number,
  paragraph: number,
): ActorSpan | undefined {
  if (discourse.paragraph !== paragraph || discourse.sentence !== index - 1) return undefined;
  // "Launched in 2012, it was…", "Créée en 1999, elle…": the anaphor opens the main clause after a participle.
  for (const from of mainClauseStarts(text, start, language)) {
    if (!mayOpenAnaphor(text, from, language)) continue;
    const found = anaphorAt(text, from, start, language, actors, discourse);
    if (found !== null) return found;
  }
  return undefined;
}

/** The anaphor opening the main clause at `from`: an actor, undefined (one that resolves to nothing), null (none). */
function anaphorAt(
  text: string,
  from: number,
  start: number,
  language: Language,
  actors: readonly ActorSpan[],
  discourse: Discourse,
): ActorSpan | undefined | null {
  const head = openingAt(text, from, start, 80);
  // (no anaphor: the main clause may open after it, "Il y a deux ans, l'entreprise avait inauguré…")
  if (IMPERSONAL[language].test(head)) return null;
  // "Ce dernier", "The latter": the last one the previous sentence named, whoever opened it.
  const latter = LATTER[language].exec(head);
  if (latter) {
    const last = discourse.actors.findLast((a) => a.kind !== 'place' && !a.ownerOnly);
    if (!last) return undefined;
    const span = { ...last, start: from, end: from + latter[0].length };
    repeats.add(span);
    return span;
  }
  const description = DESCRIPTION[language].exec(head);
  // (An English plural, "The two companies", is two actors: `resolvePlurals`; "This"/"That" is singular, so "This
  // clouds sovereignty" is a possessive that lost its apostrophe.)
  if (description && !(language === 'en' && description[0].endsWith('s') && description[0].startsWith('The'))) {
    const end = from + description[0].length;
    // "The company Acme": the name follows, nothing to resolve; "The Orange group": the name is inside. "The new
    // company", "la nouvelle société": one the story has just announced, not the subject before.
    if (
      actors.some(
        (a) => (a.start >= end && a.start - end <= 2) || (a.start < end && a.end > from && a.kind !== 'place'),
      )
    )
      return undefined;
    if (NEW_ENTITY.test(description[0])) return undefined;
    // A business noun ("l'entreprise", "the firm") stands for a business, never for the ministry that chose it: "La
    // DGA a choisi X. L'entreprise bordelaise…" is X, the previous sentence's one business; so is a demonstrative's
    // ("La mairie a signé avec X. Cette PME…") when that sentence has no subject (else the article's company is meant:
    // "Parmi ses clients figurent X et Y. La société…").
    const business = BUSINESS_NOUN.test(description[0]);
    const fitting = (a: ActorSpan) => fits('organisation', a) && !(business && NOT_BUSINESS.includes(a.kind));
    // (a singular description does not take one of a coordinated subject: "A et B ont été fondées. … la start-up")
    const previous =
      discourse.subject && !discourse.afterAdverbial && !discourse.subjects && fitting(discourse.subject)
        ? discourse.subject
        : undefined;
    // (not when a business described before that subject is the sentence's own: "Parmi ses références, la PME
    // mentionne A et B. La société…" is that firm, whom the coreference did not name)
    const onlyBusiness =
      business &&
      !previous &&
      (discourse.subject
        ? !DESCRIBED_BUSINESS[language].test(discourse.text.slice(discourse.start, discourse.subject.start))
        : DEMONSTRATIVE.test(description[0]))
        ? onlyOne(discourse.actors.filter((a) => fitting(a) && !formerEmployer(discourse.text, discourse.start, a)))
        : undefined;
    // "Le fonds X, actionnaire historique, remet au pot. La société a réalisé…": a business noun after a sentence
    // whose subject the article introduced as an investor is the company the article is about, when it has one
    // ("la société de gestion", "the investment firm" still take the fund; so does any business noun when the article
    // opened on that fund: "Le fonds X investit dans Y. … X gère 900 millions. La société a été créée en 1999").
    const topic =
      previous &&
      business &&
      discourse.named.get(previous.id)?.investor &&
      discourse.opening?.id !== previous.id &&
      !FUND_COMPLEMENT.test(head.slice(end - from))
        ? articleTopic(discourse, true)
        : undefined;
    const antecedent =
      (topic && topic.id !== previous!.id ? topic : undefined) ?? previous ?? onlyBusiness ?? described(discourse);
    // "Une double annonce pour X. Le fournisseur lyonnais a reçu…": after a sentence with no subject, a company's noun
    // takes the one organisation it named when that is the article's company ("Parmi ses clients figure X. La
    // société…" is the article's company, not its client X, and is left to the rules' own reading). A repeat: it does
    // not make that company more what the article is about.
    const takenUp =
      !antecedent && !discourse.subject && COMPANY_DESCRIPTION.test(description[0])
        ? onlyTopic(
            discourse,
            discourse.actors.filter((a) => fitting(a) && !a.ownerOnly && namedThere(discourse, a)),
          )
        : undefined;
    if (takenUp) {
      const span = { ...takenUp, start: from, end };
      repeats.add(span);
      return span;
    }
    // "The company raised N from A and B. The fund put in N1": a fund, a bank or an investor is one the article
    // introduced as such or whose name says so, never the company it backs: the one such name of the sentence before
    // ("X secured a loan from A. The lender's package…"), else none (the funding rules read the round's).
    const financierNoun = FINANCIER_NOUN.exec(description[0]);
    if (antecedent && financierNoun && !financierLike(discourse, antecedent, financierNoun, head)) {
      const financier = onlyOne(discourse.actors.filter((a) => financierLike(discourse, a, financierNoun, head)));
      return financier && { ...financier, start: from, end };
    }
    return antecedent && { ...antecedent, start: from, end };
  }
  for (const { pattern, want } of PRONOUN[language]) {
    const m = pattern.exec(head);
    if (!m) continue;
    // "Son principal rival, le nantais X, a été…": the possessed noun is in apposition to a name, the subject.
    // ("Its chief executive, X, said": a title, whose holder the title rules pair with the owner, still resolves.)
    // The owner is still named ("Son principal rival, le nantais X": X competes with it), but is no subject.
    const ownerOnly = POSSESSIVE.test(m[0]) && APPOSED_NAME.test(head);
    const antecedent = discourse.subject;
    if (!antecedent || !fits(want, antecedent) || discourse.subjects) return undefined;
    const gender = PRONOUN_GENDER[m[0]];
    const given = gender && discourse.named.get(antecedent.id)?.gender;
    if (given && given !== gender) return undefined;
    // "Son fondateur, X" after a sentence opening on a person: a title's owner is an organisation, not that person;
    // the one organisation that sentence named, if only one ("M. Picard assure que les salariés de Pinsec…").
    if (
      POSSESSIVE.test(m[0]) &&
      antecedent.kind === 'person' &&
      titled(head.slice(m[0].length, m[0].length + 30), language)
    ) {
      const owner = onlyOne(discourse.actors.filter((a) => fits('organisation', a)));
      return owner && { ...owner, start: from, end: from + m[0].length, ...(ownerOnly ? { ownerOnly: true } : {}) };
    }
    return { ...antecedent, start: from, end: from + m[0].length, ...(ownerOnly ? { ownerOnly: true as const } : {}) };
  }
  return null;
}

type Gender = 'm' | 'f';
/**
 * The grammatical gender a French description gives the name after it ("le groupe Nuvo", "la société X", "l'éditeur
 * X", "une start-up, X"): "Il" and "Elle" agree with it, so "Le groupe Nuvo détiendra 60 % de la coentreprise. Elle
 * sera dirigée par…" is not Nuvo. Companies named bare have none.
 */
const GENDERED_DESCRIPTION =
  /(?<![\p{L}])(le|du|au|un|la|une|l['’]|d['’])\s*(groupe|fonds|opérateur|éditeur|hébergeur|fournisseur|intégrateur|assureur|fabricant|constructeur|géant|spécialiste|acteur|leader|champion|cabinet|conglomérat|consortium|laboratoire|ministère|conseil|société|entreprise|start-?up|jeune pousse|PME|ETI|banque|mutuelle|agence|association|fédération|licorne|pépite|filiale|coentreprise|plateforme)(?:\s+[\p{Ll}-]+){0,2}\s*,?\s*$/iu;
const FEMININE_NOUN =
  /^(?:société|entreprise|start-?up|jeune pousse|pme|eti|banque|mutuelle|agence|association|fédération|licorne|pépite|filiale|coentreprise|plateforme)$/u;
function genderBefore(before: string): Gender | undefined {
  const m = GENDERED_DESCRIPTION.exec(before);
  if (!m) return undefined;
  const article = m[1]!.toLowerCase();
  if (/^(?:le|du|au|un)$/u.test(article)) return 'm';
  if (/^(?:la|une)$/u.test(article)) return 'f';
  return FEMININE_NOUN.test(m[2]!.toLowerCase()) ? 'f' : 'm';
}
/** A French institution's name opening on its noun: "le Département de l'Eure" is no "Elle", "la Région X" no "Il". */
const HEAD_NOUN_GENDER =
  /^(?:(département|conseil|ministère|syndicat|centre|groupement|tribunal)|(région|ville|métropole|communauté|agglomération|agence|caisse|banque|mutuelle|direction|commission|cour|préfecture|mairie|chambre|université))(?![\p{L}])/iu;
function headGender(name: string): Gender | undefined {
  const m = HEAD_NOUN_GENDER.exec(name);
  return m ? (m[1] ? 'm' : 'f') : undefined;
}
/** "Il", "Elle": the gender a French subject pronoun asks of its antecedent. */
const PRONOUN_GENDER: Record<string, Gender> = { Il: 'm', Elle: 'f' };

/** A group's noun before a name: "le groupe lyonnais X", "the French group X". */
const GROUP_BEFORE =
  /(?<![\p{L}])(?:le|du|au|un|the|a)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:groupe|group)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** A small company's noun: "la PME", "la start-up", "la jeune pousse", "the startup". */
const SMALL_COMPANY = /(?:PME|start-?up|jeune\s+pousse)$/iu;

/** What "the company", "l'entreprise", "le groupe" may stand for. */
const TOPIC_KINDS: readonly ActorKind[] = ['company', 'joint-venture'];

/**
 * "The company", "L'entreprise": a definite generic noun, no demonstrative, no qualifier; and the first person opening
 * a company's own text ("Our revenue reached…", "Nous avons ouvert…": a press release, a letter to shareholders).
 */
const GENERIC_DESCRIPTION: Record<Language, RegExp> = {
  en: /^(?:The\s+(?:company|firm|group|start-?up)(?![\p{L}])|(?:We|Our)(?=\s))/u,
  fr: /^(?:(?:La\s+société|L['’]entreprise|Le\s+groupe|La\s+start-?up|La\s+jeune\s+pousse|La\s+PME|L['’]ETI)(?![\p{L}])|(?:Nous|Notre|Nos)(?=\s))/u,
};

/**
 * "The company raised…" where the sentence before names no subject it could stand for: in a news article, the
 * company it is about, when one is named more often than any other company so far (at least twice).
 */
export function resolveTopic(
  text: string,
  start: number,
  language: Language,
  actors: readonly ActorSpan[],
  discourse: Discourse,
): ActorSpan | undefined {
  for (const from of mainClauseStarts(text, start, language)) {
    if (!mayOpenAnaphor(text, from, language)) continue;
    const m = GENERIC_DESCRIPTION[language].exec(openingAt(text, from, start, 40));
    if (!m) continue;
    const end = from + m[0].length;
    if (actors.some((a) => a.start >= end && a.start - end <= 2)) return undefined;
    const top = articleTopic(discourse, true, SMALL_COMPANY.test(m[0]));
    return top && { ...top, start: from, end };
  }
  return undefined;
}

/**
 * The company an article is about so far: named more often than any other company, and at least twice. With
 * `breakTies`, of two companies named equally often the one named last ("Thales a finalisé l'acquisition de X. …
 * la start-up": X), as an opening description reads, unless they were last named together ("A and B hire"); the
 * rules that ask for a topic elsewhere keep the strict one.
 */
export function articleTopic(discourse: Discourse, breakTies = false, small = false): ActorSpan | undefined {
  const topics = (discourse.topics ??= []);
  const slot = (breakTies ? 1 : 0) + (small ? 2 : 0);
  // (a slot holding undefined is an answer: `in` tells it from a slot not yet asked)
  if (slot in topics) return topics[slot];
  return (topics[slot] = findTopic(discourse, breakTies, small));
}
function findTopic(discourse: Discourse, breakTies: boolean, small: boolean): ActorSpan | undefined {
  // One pass for the most named and the runner-up (asked at many sentences: no array, no sort).
  let top: NamedActor | undefined;
  let next: NamedActor | undefined;
  // ("X lève N… menée par Y… le fonds Y… la société": a company the article
  // introduced as an investor is what it is about only when no other company is named as often)
  let companies = 0;
  for (const n of discourse.named.values())
    if (TOPIC_KINDS.includes(n.actor.kind) && !readsAsInvestor(n) && !n.rival && n.count >= 2) companies++;
  for (const n of discourse.named.values()) {
    if (!TOPIC_KINDS.includes(n.actor.kind) || ((readsAsInvestor(n) || n.rival) && companies > 0)) continue;
    // ("Le groupe Orchidée prend 70 % de Capucine… La PME…": a small company's noun is not the group's)
    if (small && n.group) continue;
    if (!top || n.count > top.count || (breakTies && n.count === top.count && n.last > top.last)) {
      next = top;
      top = n;
    } else if (!next || n.count > next.count) next = n;
  }
  if (!top || top.count < 2) return undefined;
  if (next && next.count >= top.count && (!breakTies || namedTogether(discourse.text, next, top))) return undefined;
  return top.actor;
}
type NamedActor = Discourse['named'] extends Map<string, infer V> ? V : never;
/**
 * An organisation named as an investor, or a fund or a lender by its name ("Mimosa Capital acquires X… The company
 * generated revenue of N" is X's). A module function with the name's answer kept on its entry: `findTopic` asks it
 * of every organisation named, at nearly every sentence (a closure made per call cost a name defined under tsx).
 */
const readsAsInvestor = (n: NamedActor) => n.investor || (n.financierName ??= FINANCIER_WORDS.test(n.actor.name));
/**
 * What introduces an investor: "le fonds X", "a round led by X", "le tour de table est mené par X", "investor X", "private
 * equity firm X", "la société de capital-investissement X".
 */
const INVESTOR_BEFORE =
  /(?:(?<![\p{L}])(?:fonds|funds?|investisseurs?|investors?|backers?|capital-risqueurs?|capital-(?:investissement|risque)|(?:private[- ]equity|venture[- ]capital|buyout|investment)\s+(?:firms?|groups?|houses?|managers?)|(?:round|tour(?: de table)?|série [a-h]|series [a-h]|levée(?: de fonds)?)\s+(?:(?:est|was|is|a été)\s+)?(?:menée?|conduite?|pilotée?|led|co-led)\s+(?:par|by))(?:\s+(?:le|la|les|l['’]|the|d['’]|de|du|des|[\p{Ll}-]+)){0,3})\s*$/iu;
/**
 * An apposition that introduces an investor after its name: "X, un fonds d'investissement installé à Boston", "X,
 * actionnaire historique", "X, a Boston private equity firm", "X, an existing investor". (A singular noun, not past a
 * relative or a possessive: "X, dont les actionnaires remettent au pot", "X, its investors said" tell X's investors.)
 */
const INVESTOR_AFTER =
  /^\s*,\s*(?:(?:un|une|le|la|l['’]|son|sa|leur|a|an|the|its|their)\s*)?(?:(?!(?:dont|whose|which|who|qui|que|selon|according|les|des|ses|leurs|nos|our|his|her|its|their|say|says|said)(?![\p{L}-]))[\p{L}-]+\s+){0,2}?(?:fonds|fund|investisseur|investor|actionnaire|shareholder|backer|capital-risqueur|(?:private equity|venture capital|investment|buyout)\s+(?:firm|group|house|manager))(?![\p{L}-])/iu;
/**
 * What introduces a rival of the article's company: "an alternative to X", "to take on X", "son concurrent parisien
 * X", "its US rival X" (not "A and B compete with X", which may be told of the article's company, nor "Y, a rival of
 * X", "Y, concurrent d'X": Y is the rival there).
 */
const RIVAL_BEFORE =
  /(?<![\p{L}])(?:(?:alternatives?\s+(?:to|à)|(tak(?:e|es|ing)\s+on))(?:\s+(?:the|le|la|les|l['’]|d['’]|de|du|des|[\p{Ll}-]+)){0,3}|(?:rivals?|competitors?|concurrents?)(?:\s+(?!(?:of|de|du|des)(?![\p{L}]))[\p{Ll}-]+){0,3})\s*$/iu;
/**
 * What follows a rival taken on: an end, a preposition or a conjunction ("to take on X in Europe"), not a possessive
 * or a noun: "will take on X staff", "take on X's debts" take over what X had.
 */
const TAKEN_ON_AFTER =
  /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:with|in|on|for|at|across|and|or|as|by|from|over|head-on)(?![\p{L}]))/iu;
/**
 * Words one of which every match of `INVESTOR_BEFORE` (the first group) or of `RIVAL_BEFORE` (the second) holds, both
 * read case-insensitively (`familiesHeld`): most sentences hold neither, and those cues, read backwards from a name,
 * are tried from every position of the words before it.
 */
const INVESTOR_OR_RIVAL =
  /(fonds|fund|invest|backer|capital|round|tour|série|series|levée|equity|buyout)|(alternative|tak|rival|competitor|concurrent)/g;
const INVESTOR_CUE = 1;
const RIVAL_CUE = 2;
/** Which of those words the text holds from `start` to the last name's start (`INVESTOR_CUE`, `RIVAL_CUE`). */
function cueWordsBefore(text: string, start: number, actors: readonly ActorSpan[]): number {
  let end = start;
  for (const a of actors) if (a.start > end) end = a.start;
  return familiesHeld(text, start, end, INVESTOR_OR_RIVAL);
}
/**
 * A company named as where people worked before, or came out of: "deux anciens d'OVHcloud", "passés par Thales",
 * "issue du CNRS", "two former Google engineers", "veterans of X". It tells who they are, not what the article is
 * about, so it is not counted as named (nor taken by a description after it: "…, la société…").
 */
const FORMER_BEFORE =
  /(?<![\p{L}])(?:ancien(?:ne)?s?|passé(?:e)?s?\s+par|(?<!['’])issue?s?|essaimée?s?|ex|former|alumni|veterans?|spun\s+(?:out|off))(?:\s+[\p{Ll}-]+){0,3}?(?:\s+(?:de|du|des|chez|par|of|at|from)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?|\s+d['’]|-|\s+)$/iu;
const FORMER_WORDS = /ncien|pass|issu|essaim|ex-|former|alumni|veteran|spun/iu;
const formerEmployer = (text: string, start: number, a: ActorSpan) => {
  const before = text.slice(Math.max(start, a.start - 40), a.start);
  return FORMER_WORDS.test(before) && FORMER_BEFORE.test(before);
};
/** "la société de gestion", "the investment firm": a business noun that still names a fund. */
const FUND_COMPLEMENT = /^\s*(?:de\s+gestion|d['’]investissement|de\s+capital)/iu;
/** Two names coordinated: "A and B", "A, B", "A et B" (a few characters between them, read only then). */
const TOGETHER = /^\s*(?:,|and|et|&|or|ou)?\s*$/u;
const namedTogether = (text: string, earlier: NamedActor, later: NamedActor) =>
  later.last - earlier.lastEnd <= 6 && TOGETHER.test(text.slice(earlier.lastEnd, later.last));

/**
 * What may stand before a sentence's subject: "The", "Even the", "Même l'", "La société", "The company", a title's
 * abbreviation ("Ms.", "M.", "Mme").
 */
const SUBJECT_LEAD: Record<Language, RegExp> = {
  // ("Lille-based X", "the Paris-based company X": where it is based describes the subject.)
  en: new RegExp(
    `^\\s*(?:(?:even|also|only)\\s+)?(?:the\\s+)?(?:[\\p{L}.'’-]+-based\\s+)?(?:(?:[\\p{Ll}-]+\\s+)?${nounSource('en')}\\s+)?(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\\.\\s+)?$`,
    'iu',
  ),
  fr: new RegExp(
    `^\\s*(?:(?:même|seul(?:e|s|es)?|aussi)\\s+)?(?:(?:le|la|les|l['’])\\s*)?(?:${nounSource('fr')}(?:\\s+[\\p{Ll}'’-]+){0,5}\\s+)?(?:(?:M|MM|Mmes?|Mlle|Dr|Pr)\\.\\s+|(?:Mmes?|Mlle)\\s+)?$`,
    'iu',
  ),
};
const BASED_AFTER = /^-based(?![\p{L}])/u;
const NOUN_BEFORE: Record<Language, RegExp> = {
  en: new RegExp(`${nounSource('en')}\\s*$`, 'iu'),
  fr: new RegExp(`${nounSource('fr')}\\s*$`, 'iu'),
};

/** The actor a clause starting at `from` opens on, when only a subject's lead words come before it. */
function subjectAt(
  text: string,
  language: Language,
  actors: readonly ActorSpan[],
  from: number,
): ActorSpan | undefined {
  const first = actors.find((a) => a.start >= from && !a.ownerOnly && !BASED_AFTER.test(text.slice(a.end, a.end + 6)));
  return first &&
    first.start - from <= 60 &&
    first.kind !== 'place' &&
    SUBJECT_LEAD[language].test(text.slice(from, first.start))
    ? first
    : undefined;
}

/** What the next sentence may refer back to: its subject (the actor opening it) and an organisation it described. */
export function rememberSentence(
  text: string,
  start: number,
  language: Language,
  actors: readonly ActorSpan[],
  discourse: Discourse,
  index: number,
  paragraph: number,
): void {
  const lead = openingParticiple(text, start, language);
  // The first actor of the main clause, after any opening participle clause ("Fondée par A, la société X…"), or after
  // a short opening adverbial ("In June, X raised…", "En juin, X a levé…", "Like Y, X…").
  // (A place before "-based" describes the subject: "Lille-based X".)
  const adverbial = lead === 0 ? OPENING_ADVERBIAL[language].exec(text.slice(start, start + 48)) : null;
  const opening = subjectAt(text, language, actors, start + lead);
  discourse.subject =
    opening ?? (adverbial ? subjectAt(text, language, actors, start + adverbial[0].length) : undefined);
  discourse.afterAdverbial = !opening && discourse.subject !== undefined;
  discourse.subjects = discourse.subject && coordinated(text, actors, discourse.subject);
  if (!discourse.opening && discourse.subject && ORGANISATION_KINDS.includes(discourse.subject.kind))
    discourse.opening = discourse.subject;
  // "Fondée en 2019 par A, ancienne ingénieure chez B, et C, X emploie…": past the agents and their appositions, the
  // subject is the first actor a comma opens the main clause on.
  if (
    (!discourse.subject || discourse.subject.kind === 'person') &&
    actors.length > 1 &&
    OPENING_PARTICIPLE_WORD[language].test(text.slice(start, start + 24))
  )
    discourse.subject = actors.find((a) => {
      const comma = text.lastIndexOf(',', a.start);
      return (
        comma > start &&
        a.kind !== 'place' &&
        SUBJECT_LEAD[language].test(text.slice(comma + 1, a.start)) &&
        a.start - comma <= 40
      );
    });
  // (whether the words before the last name hold what an investor's or a rival's cue needs: most sentences hold
  // neither, and those cues, read backwards from a name, are tried from every position of the words before it)
  let cues = -1;
  for (const a of actors)
    if (ORGANISATION_KINDS.includes(a.kind) && !repeats.has(a) && !formerEmployer(text, start, a)) {
      if (cues < 0) cues = cueWordsBefore(text, start, actors);
      const seen = discourse.named.get(a.id);
      // (the last description counts: "l'hébergeur Nubéo… La société… Elle": a resolved span is its own description)
      const gender =
        language === 'fr'
          ? (genderBefore(text.slice(Math.max(start, a.start - 48), a.start)) ??
            genderBefore(text.slice(a.start, a.end)) ??
            headGender(a.name))
          : undefined;
      const investor =
        ((cues & INVESTOR_CUE) !== 0 && INVESTOR_BEFORE.test(text.slice(Math.max(start, a.start - 40), a.start))) ||
        (text.charCodeAt(a.end) === 44 && INVESTOR_AFTER.test(text.slice(a.end, a.end + 60)));
      const rivalCue =
        (cues & RIVAL_CUE) !== 0 ? RIVAL_BEFORE.exec(text.slice(Math.max(start, a.start - 40), a.start)) : null;
      const rival = rivalCue !== null && (!rivalCue[1] || TAKEN_ON_AFTER.test(text.slice(a.end, a.end + 12)));
      const group = GROUP_BEFORE.test(text.slice(Math.max(start, a.start - 30), a.start));
      if (seen) {
        seen.count++;
        if (rival) seen.rival = true;
        seen.last = a.start;
        seen.lastEnd = a.end;
        if (gender) seen.gender = gender;
        if (investor) seen.investor = true;
        if (group) seen.group = true;
      } else
        discourse.named.set(a.id, {
          actor: a,
          count: 1,
          last: a.start,
          lastEnd: a.end,
          gender,
          investor,
          rival,
          group,
          financierName: undefined,
        });
    }
  discourse.topics = undefined;
  discourse.actors = actors;
  discourse.start = start;
  discourse.text = text;
  discourse.language = language;
  discourse.sentence = index;
  discourse.paragraph = paragraph;
}

/** The nouns of a business ("l'entreprise", "la PME", "the firm"), and the kinds they never stand for. */
/** A description's noun that names a financier: "le fonds", "the lender", "the lead investor" (a bank: group 1). */
const FINANCIER_NOUN = /(?:fonds|funds?|investors?|(lenders?|banques?|banks?))$/iu;
/** A fund's, an investment firm's or a lender's name. */
const FINANCIER_WORDS =
  /(?<![\p{L}])(?:capital|ventures?|partners|fund|fonds|invest\p{L}*|equity|participations|debt|bank|banque|crédit|credit|caisse|bpi\p{L}*)(?![\p{L}])|\p{Ll}bank$/iu;
const BANK_WORDS = /(?<![\p{L}])(?:bank|banque|crédit|credit|caisse|bpi\p{L}*)(?![\p{L}])|\p{Ll}bank$/iu;
// ("la banque publique", "the public investment bank", "the state-owned lender": a public body)
const PUBLIC_AFTER = /^\s*publi(?:que|c)(?![\p{L}])/iu;
const PUBLIC_BEFORE = /(?:public|state(?:-owned)?)\s+(?:[\p{Ll}-]+\s+)?$/iu;
function financierLike(discourse: Discourse, actor: ActorSpan, noun: RegExpExecArray, head: string): boolean {
  const end = noun.index + noun[0].length;
  if (PUBLIC_AFTER.test(head.slice(end)) || PUBLIC_BEFORE.test(head.slice(0, noun.index)))
    return actor.kind === 'public-body';
  if (noun[1]) return BANK_WORDS.test(actor.name) || actor.kind === 'public-body';
  return (
    discourse.named.get(actor.id)?.investor === true || actor.kind === 'public-body' || FINANCIER_WORDS.test(actor.name)
  );
}
const BUSINESS_NOUN = /(?:entreprise|société|start-?up|PME|ETI|jeune\s+pousse|company|firm|startup)$/iu;
// (nor an offer or a programme: "La Ville a choisi l'offre X. L'entreprise…" is no offer)
const NOT_BUSINESS: readonly ActorKind[] = ['public-body', 'political-group', 'offer', 'programme'];
const DEMONSTRATIVE = /^(?:Ce|Cet|Cette|This|That)\s/u;
/** A business described at a sentence's start or after its opening comma: "Parmi ses références, la PME …". */
const DESCRIBED_BUSINESS: Record<Language, RegExp> = {
  fr: new RegExp(
    String.raw`(?:^|,)\s*(?:Le|La|L['’]|Ce|Cet|Cette|le|la|l['’]|ce|cet|cette)\s*(?:[\p{Ll}-]+\s+)?(?:${nounSource('fr')})`,
    'u',
  ),
  en: new RegExp(String.raw`(?:^|,)\s*(?:The|This|the|this)\s+(?:[\p{Ll}-]+\s+)?(?:${nounSource('en')})`, 'u'),
};
const NEW_ENTITY = /(?<![\p{L}])(?:new|newly|combined|merged|future|nouvel(?:le)?|fusionnée?)(?![\p{L}])/iu;
/** The one actor named (maybe several times), if only one. */
function onlyOne(actors: readonly ActorSpan[]): ActorSpan | undefined {
  return actors.length > 0 && actors.every((a) => a.id === actors[0]!.id) ? actors.at(-1) : undefined;
}

/** The last organisation the previous sentence introduced with an organisation noun ("the start-up X"). */
function described({ actors, text, start, language }: Discourse): ActorSpan | undefined {
  // "The Bristol start-up beat the US giant X. The firm…": the sentence before opened on a description (of another
  // company), so the one it introduced later is its object, not what "The firm" takes up.
  if (DESCRIPTION[language].test(text.slice(start, start + 80))) return undefined;
  return actors.findLast(
    (a) =>
      ORGANISATION_KINDS.includes(a.kind) &&
      NOUN_BEFORE[language].test(text.slice(Math.max(start, a.start - 30), a.start)),
  );
}

/** An actor the sentence wrote by (part of) its name, not by a pronoun or a description that stands for it. */
function namedThere({ text }: Discourse, actor: ActorSpan): boolean {
  const first = text.slice(actor.start, actor.end).split(/\s/u)[0]!.toLowerCase();
  return first.length > 1 && actor.name.toLowerCase().includes(first);
}

/** The one actor of `actors` (of one id) when it is the article's company. */
function onlyTopic(discourse: Discourse, actors: readonly ActorSpan[]): ActorSpan | undefined {
  const only = onlyOne(actors);
  return only && articleTopic(discourse, true)?.id === only.id ? only : undefined;
}

/** A description by a company's noun, the last word of the description (no fund, bank, regulator or law). */
const COMPANY_DESCRIPTION =
  /(?<![\p{L}])(?:société|entreprise|groupe|start-?up|PME|ETI|jeune pousse|spécialiste|prestataire|opérateur|éditeur|hébergeur|fournisseur|fabricant|constructeur|intégrateur|pépite|company|firm|group|upstart|specialist|supplier|outfit|scale-?up|operator|publisher|host|provider|manufacturer|maker|integrator|vendor)$/iu;

/** The last project, joint venture or offer the previous sentence named ("le projet X" counts whatever X's kind). */
function lastProject({ actors, text, start }: Discourse): ActorSpan | undefined {
  return actors.findLast(
    (a) =>
      PROJECT_KINDS.includes(a.kind) ||
      (ORGANISATION_KINDS.includes(a.kind) &&
        PROJECT_NOUN_BEFORE.test(text.slice(Math.max(start, a.start - 20), a.start))),
  );
}

const PROJECT_KINDS: readonly ActorKind[] = ['programme', 'joint-venture', 'offer'];
const PROJECT_NOUN_BEFORE = /(?:projet|project|programme|program|coentreprise|venture)\s+$/iu;

/** "this project", "ce projet", "cette coentreprise" inside a sentence: a demonstrative always points back. */
const DEMONSTRATIVE_PROJECT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:this|that)\s+(?:[\p{Ll}-]+\s+)?(?:project|programme|program|joint venture|venture|offer|offering)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:ce|cet|cette)\s+(?:[\p{Ll}-]+\s+)?(?:projet|programme|coentreprise|offre)(?![\p{L}])/giu,
};

/** A sentence as the resolvers read it: its span of the text, its language, its actors and the discourse before it. */
export interface SentenceScope {
  text: string;
  start: number;
  end: number;
  language: Language;
  actors: readonly ActorSpan[];
  discourse: Discourse;
  /** The sentence's number in the text, and its paragraph's. */
  index: number;
  paragraph: number;
}

/** The project a demonstrative inside the sentence points to: the last one the previous sentence named. */
export function resolveDemonstratives(scope: SentenceScope): ActorSpan[] {
  const { text, start, end, language, actors, discourse, index, paragraph } = scope;
  if (discourse.paragraph !== paragraph || discourse.sentence !== index - 1) return [];
  const found = descriptionsIn(DEMONSTRATIVE_PROJECT[language], text, start, end);
  if (found.length === 0) return [];
  const project = lastProject(discourse);
  if (!project) return [];
  const out: ActorSpan[] = [];
  // "ce projet Andromède": the name follows, nothing to resolve.
  for (const { from, to } of found) if (!namedAt(actors, from, to)) out.push({ ...project, start: from, end: to });
  return out;
}

/** The matches of a global pattern in the sentence [start, end), as offsets in the text, with their words. */
function descriptionsIn(pattern: RegExp, text: string, start: number, end: number) {
  const sentence = text.slice(start, end);
  const found: { from: number; to: number; words: string }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence))
    found.push({ from: start + m.index, to: start + m.index + m[0].length, words: m[0] });
  return found;
}

/** A name inside a description or right after it ("ce projet Andromède", "the two companies A and B"). */
const namedAt = (actors: readonly ActorSpan[], from: number, to: number) =>
  actors.some((a) => (a.start < to && a.end > from) || (a.start >= to && a.start - to <= 2));

const PLURAL_NOUNS = {
  en: 'companies|firms|groups|projects|clouds|operators|players|champions|start-ups|startups|ventures|offers|platforms|providers|partners',
  fr: 'sociétés|entreprises|groupes|projets|clouds|opérateurs|acteurs|champions|start-ups?|startups|offres|plateformes|fournisseurs|partenaires|coentreprises',
};
/** Plural nouns that name projects: only projects, joint ventures and offers fit them, never their funders. */
const PLURAL_PROJECT = /(?:projects|projets|ventures|coentreprises|offers|offres|clouds)$/iu;
/** "The two companies", "both clouds", "les deux projets", "nos deux champions": two organisations named before. */
const PLURAL_DESCRIPTION: Record<Language, RegExp> = {
  en: new RegExp(
    `(?<![\\p{L}])(?:(?:the|these|those|our|their)\\s+two|both(?:\\s+the)?)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${PLURAL_NOUNS.en})(?![\\p{L}])`,
    'giu',
  ),
  fr: new RegExp(
    `(?<![\\p{L}])(?:les|ces|nos|leurs|des)\\s+deux\\s+(?:[\\p{Ll}-]+\\s+)?(?:${PLURAL_NOUNS.fr})(?![\\p{L}])`,
    'giu',
  ),
};

/** The count every plural description holds (same flags): a sentence without it, most, is not searched. */
const PLURAL_COUNT: Record<Language, RegExp> = { en: /two|both/iu, fr: /deux/iu };

/**
 * The two organisations a plural description inside the sentence stands for: the two latest distinct ones named in
 * the previous sentence of the paragraph or earlier in this one, each as a span over the description's words (they
 * group as one coordinated subject). Fewer than two, or names right after the description, resolve to nothing.
 */
export function resolvePlurals(scope: SentenceScope): ActorSpan[] {
  const { text, start, end, language, actors, discourse, index, paragraph } = scope;
  const pronoun = pluralPronoun(scope);
  if (pronoun.length > 0) return pronoun;
  if (!PLURAL_COUNT[language].test(text.slice(start, end))) return [];
  const found = descriptionsIn(PLURAL_DESCRIPTION[language], text, start, end);
  if (found.length === 0) return [];
  const previous = discourse.paragraph === paragraph && discourse.sentence === index - 1 ? discourse.actors : [];
  const out: ActorSpan[] = [];
  for (const { from, to, words } of found) {
    if (namedAt(actors, from, to)) continue;
    const kinds = PLURAL_PROJECT.test(words) ? PROJECT_KINDS : ORGANISATION_KINDS;
    const latest = new Map<string, ActorSpan>();
    for (const a of [...previous, ...actors.filter((x) => x.end <= from)])
      if (kinds.includes(a.kind)) {
        latest.delete(a.id);
        latest.set(a.id, a);
      }
    const two = [...latest.values()].slice(-2);
    if (two.length === 2) out.push(...two.map((a) => ({ ...a, start: from, end: to })));
  }
  return out;
}

/** "They", "Ils", "Elles" opening a sentence or its main clause. */
const PLURAL_PRONOUN: Record<Language, RegExp> = { en: /^They(?=\s)/u, fr: /^(?:Ils|Elles)(?=\s)/u };
/** "They say", "Ils sont nombreux à", "Elles sont trois": nobody of the sentence before. */
const PLURAL_IMPERSONAL: Record<Language, RegExp> = {
  en: /^They\s+(?:say|said|were|are)\s+(?:many|few|not alone|all)\b/u,
  fr: /^(?:Ils|Elles)\s+(?:sont|étaient)\s+(?:nombreu|peu|plusieurs|\p{N}|deux|trois|quatre)/u,
};
/** The names coordinated with a sentence's subject: "A and B", "A, B et C" (itself first), if two or more. */
function coordinated(text: string, actors: readonly ActorSpan[], subject: ActorSpan): ActorSpan[] | undefined {
  const group = [subject];
  let closed = false;
  for (const a of actors) {
    const last = group.at(-1)!;
    if (a.start < last.end || a.kind === 'place') continue;
    const link = /^\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+)$/u.exec(text.slice(last.end, a.start));
    if (!link) break;
    if (a.id !== last.id) {
      group.push(a);
      closed = /(?:and|et)\s+$/u.test(link[0]);
    }
  }
  // A list closes on "and"/"et"; names joined by a comma alone are an apposition ("Cloudwatt, Orange's service, …").
  return group.length > 1 && closed ? group : undefined;
}

/**
 * "A and B have joined forces. They have also signed…", "A et B se sont alliés. Ils…": a plural pronoun opening the
 * sentence stands for the organisations coordinated as the subject of the sentence before (same paragraph), each over the
 * pronoun's words so that they group as one subject; a single subject, nothing.
 */
function pluralPronoun({ text, start, language, actors, discourse, index, paragraph }: SentenceScope): ActorSpan[] {
  const subjects = discourse.subjects;
  if (!subjects || discourse.paragraph !== paragraph || discourse.sentence !== index - 1) return [];
  // (people named together are the founders' rule's, `fromPluralFounders`: "Ils ont fondé Y")
  if (!subjects.every((a) => ORGANISATION_KINDS.includes(a.kind))) return [];
  for (const from of mainClauseStarts(text, start, language)) {
    const head = openingAt(text, from, start, 40);
    const m = PLURAL_PRONOUN[language].exec(head);
    if (!m || PLURAL_IMPERSONAL[language].test(head)) continue;
    if (actors.some((a) => a.start < from + m[0].length && a.end > from)) return [];
    return subjects.map((a) => ({ ...a, start: from, end: from + m[0].length }));
  }
  return [];
}

/** "said its chief executive, X", "a déclaré son directeur général, X": a possessive before a title, inside. */
const POSSESSIVE_INSIDE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])its\s+/gu,
  fr: /(?<![\p{L}'’])(?:son|sa)\s+/gu,
};
/** A noun phrase the possessive may stand for instead: "the hospital and its chief", "la région, par la voix de sa". */
const UNNAMED_OWNER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+\p{Ll}/u,
  fr: /(?<![\p{L}])(?:(?:[Ll]es?|[Ll]a|[Uu]ne?|[Dd]es|[Dd]u|[Aa]ux?|[Cc]e|[Cc]et|[Cc]ette)\s+|[Ll]['’])\p{Ll}/u,
};

/**
 * A possessive before a title inside a sentence that names no organisation before it ("« Nous sommes fiers », a
 * déclaré son directeur général, X", '"We are proud," said its chief executive, X') stands for the subject of the
 * sentence before (same paragraph), else the company the article is about (or, none yet, the one its first sentence
 * opened on), as an opening "Its" does: a span over the possessive, which the title rules pair with its holder.
 */
export function resolvePossessiveTitles(scope: SentenceScope): ActorSpan[] {
  const { text, start, end, language, actors, discourse, index, paragraph } = scope;
  if (!actors.some((a) => a.kind === 'person')) return [];
  const out: ActorSpan[] = [];
  for (const { from, to } of descriptionsIn(POSSESSIVE_INSIDE[language], text, start, end)) {
    // (a name inside the quotation before it is the speaker's subject, not the possessive's owner; a person before
    // it owns it, "A et son associée B", unless the title is in apposition to that person: "says Ms A, its chief")
    // (looked for in the sentence only: from `from` back to the text's start would be read at every possessive)
    const opening = text.slice(start, from);
    const quoted = start + Math.max(...['"', '”', '»'].map((q) => opening.lastIndexOf(q)));
    const before = actors.filter((a) => a.start > quoted && a.start < to);
    if (before.some((a) => ORGANISATION_KINDS.includes(a.kind))) break;
    const person = before.findLast((a) => a.kind === 'person');
    if (person && !/^\s*,\s*$/u.test(text.slice(person.end, from))) break;
    // (nor a noun phrase of the main clause before it: "The ministry said its chief executive, X", "la région, par la
    // voix de sa présidente, X"; an opening adverbial's is none, "In a statement, its chief executive, X, said")
    const lead = text.slice(quoted + 1, from);
    const adverbial = quoted < start ? (OPENING_ADVERBIAL[language].exec(lead)?.[0].length ?? 0) : 0;
    if (UNNAMED_OWNER[language].test(lead.slice(adverbial))) break;
    const after = text.slice(to, to + 40);
    const title = [LEAD_TITLES, WORK_TITLES, FOUNDER_TITLES].map((t) => t[language].exec(after)).find((m) => m);
    if (!title || title.index > 0) continue;
    const adjacent = discourse.paragraph === paragraph && discourse.sentence === index - 1;
    const previous = adjacent ? discourse.subject : undefined;
    // (with no topic yet, as when two companies were named as often, the one the story opened on)
    const owner =
      previous && fits('organisation', previous) ? previous : (articleTopic(discourse) ?? discourse.opening);
    // Not when the sentence before, with no subject, named another organisation: "…, le CHU, client de X depuis 2022.
    // « … », explique sa directrice des systèmes d'information, Y" may be the CHU's.
    const other =
      owner &&
      !previous &&
      adjacent &&
      discourse.actors.some((a) => ORGANISATION_KINDS.includes(a.kind) && a.id !== owner.id);
    if (owner && !other) out.push({ ...owner, start: from, end: from + text.slice(from, to).trimEnd().length });
  }
  return out;
}

/** "it", "they" (English), "qu" of "qu'il", "qu'elle" (French), read by code. */
function isPronounWord(text: string, w: Word, language: Language): boolean {
  const length = w.end - w.start;
  const c = text.charCodeAt(w.start) | 32;
  if (language === 'fr') return length === 2 && c === 113 && (text.charCodeAt(w.start + 1) | 32) === 117;
  return (
    (length === 2 && c === 105 && (text.charCodeAt(w.start + 1) | 32) === 116) ||
    (length === 4 && c === 116 && text.startsWith('hey', w.start + 1))
  );
}

/** A pronoun opening a reported clause: "X said it had joined…", "X a indiqué qu'il rejoindrait…". */
const REPORTED_PRONOUN: Record<Language, RegExp> = {
  // A few words of time or source may come between: "announced Tuesday that it", "said in a statement it", "a
  // annoncé mardi soir qu'elle", "a indiqué dans un communiqué qu'elle".
  en: /(?<![\p{L}])(?:said|says|announced|added|confirmed|stated|explained|indicated)\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:that\s+)?(it|they)(?=\s)/gu,
  fr: /(?<![\p{L}])(?:indiqué|annoncé|déclaré|expliqué|précisé|confirmé|affirmé|assuré|indique|annonce|déclare|explique|précise|confirme|affirme|assure)\s+(?:[\p{L}\p{N}]+\s+){0,3}?qu['’](il|elle|ils|elles)(?=\s)/gu,
};

/**
 * Between the reporter and its verb: an apposition at most, an auxiliary and an adverb ("X today announced that it",
 * "X also said it", "X a également indiqué qu'elle").
 */
const REPORTER_BEFORE =
  /^(?:\s*,[^,;:.]{1,100},)?\s*(?:(?:a|ont|has|have|had|also|today|yesterday|now|aussi|également|aujourd['’]hui|hier)\s+){0,2}$/u;

/**
 * The pronoun subject of a reported clause stands for who reports: "Nordnetz said it had joined Gaia-X" (Nordnetz
 * joined), "Nubo a indiqué qu'elle rejoindrait X". The reporter is the organisation named right before the verb,
 * with nothing but its description between; "they" and "ils"/"elles" take the whole group.
 */
export function resolveReportedPronouns(
  text: string,
  start: number,
  end: number,
  language: Language,
  actors: readonly ActorSpan[],
  words: readonly Word[],
): ActorSpan[] {
  // Most sentences hold no such pronoun: their words tell, before any string is made.
  if (actors.length === 0) return [];
  let pronoun = false;
  for (const w of words)
    if (isPronounWord(text, w, language)) {
      pronoun = true;
      break;
    }
  if (!pronoun) return [];
  const pattern = REPORTED_PRONOUN[language];
  const sentence = text.slice(start, end);
  pattern.lastIndex = 0;
  let out: ActorSpan[] | undefined;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const verb = start + m.index;
    // "X said", "X, the Y group, said", "X a indiqué": the reporter is the subject right before the verb (a place
    // inside its apposition, "X, a Lyon start-up, said", reports nothing).
    const reporter = actors.findLast(
      (a) => a.end <= verb && a.kind !== 'place' && REPORTER_BEFORE.test(text.slice(a.end, verb)),
    );
    if (!reporter || !ORGANISATION_KINDS.includes(reporter.kind)) continue;
    // French "qu'elle" as one span: the elided "qu'" opens the clause, it is no preposition before a complement.
    const pronounEnd = verb + m[0].length;
    const pronounStart = pronounEnd - m[1]!.length - (language === 'fr' ? 3 : 0);
    (out ??= []).push({ ...reporter, start: pronounStart, end: pronounEnd });
  }
  return out ?? [];
}

/** "… et le CHU de X ; ce dernier lui a confié…", "…, the latter…": inside a sentence, after a clause break. */
const LATTER_INSIDE: Record<Language, { word: string; pattern: RegExp }> = {
  fr: { word: 'derni', pattern: /[;,]\s+(?:ce\s+dernier|cette\s+dernière)(?![\p{L}])/gu },
  en: { word: 'latter', pattern: /[;,]\s+the\s+latter(?![\p{L}])/gu },
};

/**
 * "Ce dernier", "the latter" opening a clause inside a sentence stand for the last name before them in it (not a
 * place), like at a sentence's start for the sentence before; they repeat it without making it more the topic.
 */
export function resolveLatterInside(
  text: string,
  start: number,
  end: number,
  language: Language,
  actors: readonly ActorSpan[],
): ActorSpan[] {
  const { word, pattern } = LATTER_INSIDE[language];
  // Looked for in the sentence only: searching the text from `start` would read to its end at every sentence.
  if (actors.length === 0 || !text.slice(start, end + word.length - 1).includes(word)) return [];
  const out: ActorSpan[] = [];
  for (const { from, to } of descriptionsIn(pattern, text, start, end)) {
    const last = actors.findLast((a) => a.end <= from && a.kind !== 'place' && !a.ownerOnly);
    if (!last) continue;
    const words = text.slice(from, to);
    const span = { ...last, start: from + words.search(/[^\s;,]/u), end: to };
    repeats.add(span);
    out.push(span);
  }
  return out;
}

/** The parties of a deal by their roles: "le repreneur", "son acquéreur", "the buyer" (1); "la cible", "the target" (2). */
const DEAL_ROLE: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:(?:[Ll]e |[Ss]on |[Ll]['’]|[Cc]et )(repreneur|acquéreur|acheteur|nouveau propriétaire)|(?:[Ll]a |[Ss]a )(cible))(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:(?:[Tt]he |[Ii]ts )(buyer|acquirer|purchaser|new owner)|(?:[Tt]he |[Ii]ts )(target|acquired company))(?![\p{L}])/gu,
};
/**
 * "X rachète Y. … Le repreneur, présidé par A, a réalisé N", "The buyer reported revenue of N": a deal's party named by
 * its role stands for the buyer or the target of the last acquisition the document told (not before a name: "the
 * buyer, Z,").
 */
export function resolveDealRoles(scope: SentenceScope): ActorSpan[] {
  const { text, start, end, language, actors, discourse } = scope;
  const deal = discourse.deal;
  if (!deal) return [];
  const out: ActorSpan[] = [];
  const pattern = DEAL_ROLE[language];
  pattern.lastIndex = 0;
  const sentence = text.slice(start, end);
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const from = start + m.index;
    const to = from + m[0].length;
    if (namedAt(actors, from, to) || /^\s*,\s*\p{Lu}/u.test(text.slice(to, to + 4))) continue;
    const span = { ...(m[1] ? deal.buyer : deal.target), start: from, end: to };
    repeats.add(span);
    out.push(span);
  }
  return out;
}

/** "la Région", "la Métropole", "le Département", "la Ville": a local authority named by its head word alone. */
const AUTHORITY_HEAD: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(?:[Ll]a |[Ll]e )(Région|Métropole|Département|Ville|Collectivité)(?![\p{L}])/gu,
  // ("the university renewed its contract": English writes the head in lower case, the name capitalised)
  en: /(?<![\p{L}])(?:[Tt]he )(university|council|hospital|ministry|department|agency|authority|commission)(?![\p{L}])/gu,
};
const AUTHORITY_HEADS: Record<Language, string[]> = {
  fr: ['Région', 'Métropole', 'Département', 'Ville', 'Collectivité'],
  en: ['University', 'Council', 'Hospital', 'Ministry', 'Department', 'Agency', 'Authority', 'Commission'],
};
const HEAD_AS_MODIFIER =
  /^\s+(?:\p{L}+-\p{L}+|spin(?:out|off)s?|startups?|tax|estates?|leaders?|officials?|spokes\p{L}*|staff|press|researchers?|students?|graduates?|chief|sources?|elections?|meetings?|offices?)(?![\p{L}])/iu;
/** Whether `name` holds the head: opening it in French ("Région Bretagne"), anywhere in English ("Leeds City Council"). */
const headedBy = (name: string, head: string, language: Language) =>
  language === 'fr' ? name.startsWith(`${head} `) : ENGLISH_HEAD_WORD.get(head)!.test(name);
// (each English head as a whole word anywhere in a name, compiled once)
const ENGLISH_HEAD_WORD = new Map(
  AUTHORITY_HEADS.en.map((head) => [head, new RegExp(`(?:^|\\s)${head}(?:\\s|$)`, 'u')]),
);
/**
 * Whether an organisation named so far holds an authority's head word (most documents name none: no scan). Names
 * are only added to a discourse, each with the name it was first given, so each is read once: the answer per
 * discourse is kept with how many names it has read (every sentence asks).
 */
const authorityScans = new WeakMap<Discourse, { read: number; found: boolean }>();
function namesAuthority(discourse: Discourse, language: Language): boolean {
  let scan = authorityScans.get(discourse);
  if (!scan) authorityScans.set(discourse, (scan = { read: 0, found: false }));
  if (scan.found || scan.read === discourse.named.size) return scan.found;
  let index = 0;
  for (const { actor } of discourse.named.values())
    if (index++ >= scan.read && AUTHORITY_HEADS[language].some((head) => headedBy(actor.name, head, language))) {
      scan.found = true;
      break;
    }
  scan.read = discourse.named.size;
  return scan.found;
}

/**
 * News names a local authority or an institution once in full ("la Région Occitanie", "the University of St Andrews")
 * and then by its head word ("la Région s'est engagée à verser…", "the university renewed…"): the one of the
 * document's organisations named so far whose name holds that word (opens on it, in French); not before a name or a
 * complement ("la Région Bretagne", "la Ville de Brest"), not as a complement itself, nor when two such names were
 * given.
 */
export function resolveAuthorityHeads(
  text: string,
  start: number,
  end: number,
  language: Language,
  actors: readonly ActorSpan[],
  discourse: Discourse,
): ActorSpan[] {
  if (!namesAuthority(discourse, language)) return [];
  const out: ActorSpan[] = [];
  for (const { from, to, words } of descriptionsIn(AUTHORITY_HEAD[language], text, start, end)) {
    if (namedAt(actors, from, to) || /^\s*(?:de|du|des|d['’]|of)\s/u.test(text.slice(to, to + 5))) continue;
    // (a head word describing another noun is not the institution: "the university spin-out Helvora raised £2m", "the
    // council tax office paid")
    if (language === 'en' && HEAD_AS_MODIFIER.test(text.slice(to, to + 40))) continue;
    // A subject or an object, not a complement ("vice-président de la Région": a title's, which the title rules read;
    // "leader of the council").
    if (
      /(?<![\p{L}])(?:de|à|par|pour|avec|chez|sur|dans|auprès de|entre|of)\s+$/iu.test(
        text.slice(Math.max(start, from - 12), from),
      )
    )
      continue;
    const word = words.slice(words.indexOf(' ') + 1);
    const head = word[0]!.toUpperCase() + word.slice(1);
    let found: ActorSpan | undefined;
    let count = 0;
    for (const { actor } of discourse.named.values())
      if (headedBy(actor.name, head, language) && actor.kind !== 'place') {
        found = actor;
        count++;
      }
    if (!found || count > 1) continue;
    const span = { ...found, start: from, end: to };
    repeats.add(span);
    out.push(span);
  }
  return out;
}

/** "qui dirigeait l'entreprise", "who ran the company": a generic definite object right after a verb. */
const GENERIC_OBJECT: Record<Language, RegExp> = {
  fr: /(?:l['’]entreprise|la société|la start-?up)(?![\p{L}])/gu,
  en: /(?:the company|the firm|the start-?up)(?![\p{L}])/gu,
};
/**
 * Words after which such a phrase is a complement, not a verb's object. (A reported subject is one: "Kane said the
 * company had chosen X" is the article's company too; the French "a indiqué que l'entreprise avait…" is not read.)
 */
const NOT_A_VERB = new Set(
  'de du des à au aux par pour avec chez sur dans of to by for with at in on from into'.split(' '),
);
/** A name right after the phrase, or after its complement: "la société Acme", "la société de gestion Acme". */
const NAME_FOLLOWS = /^\s{0,2}$|^\s+(?:de|d['’]|du|des|of)\s*[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,2}\s+$/u;
/** Words after which such a phrase is a reported subject, whose speaker may be of another company. */
const REPORTING = new Set('said says told that que'.split(' '));

/**
 * A generic definite object ("qui dirigeait l'entreprise", "who ran the company") or reported subject ("said the
 * company had…") stands for the company the article is about, as an opening "L'entreprise" does (`resolveTopic`); not
 * after a preposition, not before a name ("the company Acme").
 */
export function resolveGenericObjects(
  text: string,
  start: number,
  end: number,
  language: Language,
  actors: readonly ActorSpan[],
  discourse: Discourse,
): ActorSpan[] {
  const found = descriptionsIn(GENERIC_OBJECT[language], text, start, end);
  if (found.length === 0) return [];
  const top = articleTopic(discourse);
  if (!top) return [];
  const out: ActorSpan[] = [];
  for (const { from, to } of found) {
    // right after a lower-case word and one space
    const before = /(\p{Ll}+) $/u.exec(text.slice(Math.max(start, from - 20), from))?.[1];
    if (!before || NOT_A_VERB.has(before)) continue;
    if (
      actors.some((a) => a.start >= to && NAME_FOLLOWS.test(text.slice(to, a.start))) ||
      actors.some((a) => a.id === top.id)
    )
      continue;
    // ("Nerva's chief executive said the company had chosen X", "A spokesman for Nerva said the company…": Nerva's)
    if (REPORTING.has(before) && actors.some((a) => a.end <= from && ORGANISATION_KINDS.includes(a.kind))) continue;
    out.push({ ...top, start: from, end: to });
  }
  return out;
}
