import type { RelationDraft } from './drafts.ts';
import { ORGANISATION_KINDS } from './lexicon.ts';
import { familiesHeld } from './cue-words.ts';
import { draft as tie, type RelationContext } from './relations.ts';
import { hypothetical, negated, type ActorSpan, type SentenceView, type Span } from './sentence.ts';

/**
 * Ties between organisations (eighth round, docs/proposals/ties-8.md): customers named in described lists or by a
 * standing phrase ("X figure parmi ses clients", "has been a client since"), advisers of a deal ("conseillé par le
 * cabinet X"), a joint venture's owners ("the A-B venture", "a joint venture owned 50/50 by A and B"), takeovers agreed
 * ("agreed to acquire X", "depuis son rachat par Y"), rivals ("se frotte à X", "beat A"), and a product named after
 * its maker ("Orvane Vault" of Orvane).
 */

const isOrg = (a: ActorSpan) => ORGANISATION_KINDS.includes(a.kind);
/**
 * Whether the sentence may hold one of these ties at all: tried once a family's words are found (`proposeTies`), each
 * family's rules running only then.
 */
const TRIGGER =
  /client|customer|tenant|locataire|conseill|advised|accompagn|venture|coentreprise|vehicle|véhicule|agree|accord|member|membre|rachat|rachet|bought|acquired|acquis|%|acquisition|takeover|reprise|frott|competition|beat|confi|offre|offer|suite|brand|marque|produit|product|platform|plateforme|[\p{Lu}][\p{L}]+ [\p{Lu}]/u;

/** The spans where a global cue matches in the sentence, neither negated nor hypothetical. */
function* assertedCues(s: SentenceView, cue: RegExp): Generator<Span> {
  cue.lastIndex = 0;
  const text = s.text.slice(s.start, s.end);
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (!negated(s, start, end) && !hypothetical(s, start)) yield { start, end };
  }
}

/** The first actor after `at` (within `reach`) whose gap from `at` the pattern accepts, with the gap's end. */
function actorAfterGap(s: SentenceView, at: number, gap: RegExp, reach = 120): ActorSpan | undefined {
  for (const a of s.actors) {
    // (a place is part of the words before the name: "by German carrier A")
    if (a.start < at || a.ownerOnly || a.kind === 'place') continue;
    if (a.start - at > reach) return undefined;
    if (gap.test(s.text.slice(at, a.start))) return a;
  }
  return undefined;
}
/** The items joined to `first` by commas and "et"/"and" (a preposition repeated: "à A et à B"). */
const RIVAL_JOIN =
  /^(?:\s*,\s*(?:the|la|le|l['’])\s[^,.;]{1,60},)?(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and|ou|or)\s+)(?:(?:à|au|aux|with|avec)\s+)?(?:(?:la|le|les|l['’]|the)\s*)?$/iu;
function joinedAfter(s: SentenceView, first: ActorSpan): ActorSpan[] {
  const items = [first];
  for (const a of s.actors) {
    if (a.start < items.at(-1)!.end || a.ownerOnly) continue;
    const gap = s.text.slice(items.at(-1)!.end, a.start);
    if (!(RIVAL_JOIN.test(gap) || JOIN_DESCRIBED.test(gap)) || items.length >= 6) break;
    items.push(a);
  }
  return items.filter(isOrg);
}

// ------------------------------------------------------------------------------------------------ described lists

/** Words that end a list's descriptive words: a clause goes on ("but rival X", "while X", "said X"). */
const NOT_DESCRIPTION = String.raw`(?!(?:but|mais|while|whereas|tandis|alors|although|said|says|selon|according|who|which|that|qui|que|dont|with|avec|for|pour|in|en|to|à|at|by|par|on|sur|from|de|du|des|d|has|have|had|is|are|was|were|a|ont|est|sont|était|will|va|its|their|son|sa|ses|leur|leurs|other|autres?|rival|rivals|concurrents?|competitors?)(?![\p{L}'’-]))`;
/** An item's description before its name: an article, then lower-case words or a demonym ("the Dutch lender"). */
const DESCRIPTION = String.raw`(?:(?:the|an?|la|le|les|l['’]|une?)\s*)?(?:${NOT_DESCRIPTION}(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{Ll}-]+(?:an|ese|ish|ch|ic|i|que|-based)|\p{Lu}{2,4})\s+){0,4}`;
/** "A and French IT firm B", "A et le groupe B": a joined item with its description. */
const JOIN_DESCRIBED = new RegExp(String.raw`^\s*,?\s+(?:and|et)\s+${DESCRIPTION}$`, 'u');
const FIRST_ITEM = new RegExp(
  String.raw`^\s*,?\s*(?:(?:désormais|aussi|également|déjà|notamment|now|also|already|notably)\s+)?${DESCRIPTION}$`,
  'u',
);
/** Between two items: a comma or "et"/"and", past a relative clause or an apposition of the item before. */
const NEXT_ITEM = new RegExp(
  String.raw`^(?:\s*,\s*(?:qui|which|who|dont|that|an?|une?|the|le|la|l['’])\s*[^,.;:()«»"“”]{1,140},)?(?:\s*,\s*(?:(?:et|and|ainsi que|as well as)\s+)?|\s+(?:et|and|ainsi que|as well as)\s+)${DESCRIPTION}$`,
  'iu',
);
const MODIFIER_AFTER =
  /^\s+(?!(?:et|and|ou|or|as|ainsi|qui|which|who|dont|that|sont|are|is|est|figure|figurent|among|parmi|also|aussi|both|tous|toutes|which|whose|said|says|according|selon)(?![\p{L}]))\p{Ll}/u;
const DESCRIBES_NEXT = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu}/u;
const JOINED_LAST = /(?:^|[\s,])(?:et|and|ainsi que|as well as)\s/iu;

/** The organisations a list names from `at` on, each with its description ("online lender A and the chain B"). */
function describedItems(s: SentenceView, at: number): ActorSpan[] {
  const items: ActorSpan[] = [];
  let end = at;
  for (const a of s.actors) {
    // (a place inside a description is part of it: "l'éditeur quimpérois A", "the Lyon-based B")
    if (a.start < end || a.ownerOnly || a.kind === 'place') continue;
    // (and so is a description coreference read as a name, right before the name: "l'éditeur quimpérois A")
    if (/^\p{Ll}/u.test(s.text.charAt(a.start)) && DESCRIBES_NEXT.test(s.text.slice(a.end, a.end + 60))) continue;
    // (a possessor is no item: "the regional government's IT agency")
    if (/^['’]s?\s/u.test(s.text.slice(a.end, a.end + 3))) break;
    if (a.start - end > 170) break;
    const gap = s.text.slice(end, a.start);
    if (!(items.length === 0 ? FIRST_ITEM : NEXT_ITEM).test(gap)) break;
    // (a name that modifies a noun after it is no item: "A, the Edinburgh lender")
    if (MODIFIER_AFTER.test(s.text.slice(a.end, a.end + 30))) break;
    if (a.kind !== 'person') items.push(a);
    end = a.end;
    if (items.length > 0 && JOINED_LAST.test(gap.replace(/,\s*(?:qui|which|who|dont|that)\s[^,]*,/giu, ','))) {
      // ("A, B and C": the item after "and" is the last, unless a list of the same shape goes on)
      if (!/^\s*,\s*(?:et|and)\s/iu.test(s.text.slice(a.end, a.end + 8))) break;
    }
    if (items.length >= 8) break;
  }
  return items;
}

/**
 * Customer nouns a list follows, verb or not: "Parmi ses clients, A", "Its customers include online lender A and the
 * chain B", "Those customers include A", "Ses clients comptent la mutuelle A, qui…, et le distributeur B".
 */
const CUSTOMER_LIST: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}])(?:parmi\s+(?:ses|leurs|les)\s+(?:(?:principaux|premiers|nombreux|grands)\s+)?(?:clients|locataires)(?:\s+d(?:e|u|es|['’])\s*[^,.;:]{1,40}?)?\s*(?:,|(?:figurent|figure|on\s+(?:re)?trouve|on\s+compte|se\s+trouvent|citons)(?:\s+(?:déjà|notamment|aussi|également|désormais))?)|(?:clients|clientèle|locataires)(?:\s+\p{Ll}+)?\s+(?:incluent|comprennent|comptent))(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:(?:customers|clients|tenants)(?:\s+\p{Ll}+)?(?:\s+(?:of|at)\s+[^,.;:]{1,40}?)?\s+(?:include|includes|included|range\s+from)|among\s+(?:its|their|the)\s+(?:\p{Ll}+\s+)?(?:customers|clients|tenants)\s*(?:,|(?:are|is|were)))(?![\p{L}])/giu,
};

function supplierOf(s: SentenceView, start: number, end: number, context: RelationContext): ActorSpan | undefined {
  // ("Tenants at BIO1 include": a site named inside the words is no supplier)
  const inside = s.actors.find(
    (a) =>
      a.start > start &&
      a.end < end &&
      isOrg(a) &&
      !a.ownerOnly &&
      !/\s(?:at|à)\s+(?:the\s+)?$/u.test(s.text.slice(start, a.start)),
  );
  if (inside) return inside;
  const before = s.actors.findLast(
    (a) =>
      a.end <= start &&
      !a.ownerOnly &&
      /^(?:['’]s?\s+(?:[\p{Ll}-]+\s+)?|\s*,\s*(?:whose|dont les)\s+(?:[\p{Ll}-]+\s+)?)$/u.test(
        s.text.slice(a.end, start),
      ),
  );
  if (before && isOrg(before)) return before;
  return context.topic?.();
}

function fromDescribedCustomerLists(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of assertedCues(s, CUSTOMER_LIST[s.language])) {
    const supplier = supplierOf(s, start, end, context);
    if (!supplier || !isOrg(supplier)) continue;
    for (const customer of describedItems(s, end)) {
      const d = tie(s, 'customer-of', customer, supplier, [{ start, end }], 0.55, 'relation.customers-described');
      if (d) out.push(d);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ customers standing

/** The customer before the words, the supplier their possessor (else the article's company). */
const STANDING_BEFORE: Record<'fr' | 'en', RegExp> = {
  fr: /^\s*,?\s*(?:(?:qui|déjà|aussi|également)\s+)*(?:(?:figure|figurent|compte|comptent)\s+(?:aussi\s+|déjà\s+|également\s+)?parmi\s+(?:ses|leurs|les)\s+(?:[\p{Ll}-]+\s+){0,2}clients|en\s+(?:est|sont|était|étaient|reste|restent|demeure)\s+(?:(?:aussi|déjà|également|toujours)\s+)?(?:l['’]un\s+des\s+|un\s+|le\s+|la\s+)?(?:(?:premier|première|principal|principale|plus\s+gros|plus\s+grand)\s+)?client(?:e|s|es)?|(?:son|sa|leur)\s+(?:premier|première|principal|principale|plus\s+gros|plus\s+grand|plus\s+important)\s+client(?:e)?|client(?:e|s|es)?\s+depuis)(?![\p{L}])/iu,
  en: /^\s*,?\s*(?:(?:which|who)\s+)?(?:(?:has|have|had)\s+(?:also\s+|long\s+|already\s+)?been\s+(?:an?\s+|its\s+)?(?:[\p{Ll}-]+\s+)?(?:customer|client)|(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:its|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:customers|clients)|signed\s+(?:up|on)\s+as\s+(?:its|the\s+[\p{L}-]+['’]s|an?|the)\s+(?:(?:first|anchor|new|biggest|largest)\s+)?(?:customer|client|tenant)|one\s+of\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:customers|clients)|(?:an?|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:customer|client)\s+(?:since|for\s+(?:the\s+past\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years))(?![\p{L}])/iu,
};
/** The customer after the words: "One of its best-known customers is A", "L'un de ses premiers clients est A". */
const STANDING_AFTER: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}])l['’]un(?:e)?\s+de\s+(?:ses|leurs)\s+(?:[\p{Ll}-]+\s+){0,2}clients\s+(?:est|était)\s*$/iu,
  en: /(?<![\p{L}])one\s+of\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:customers|clients)\s+(?:is|was)\s+(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/iu,
};
/** "lands A as (its) anchor tenant", "a signé A comme premier client": the supplier is the subject. */
const LANDS_AS: Record<'fr' | 'en', RegExp> = {
  fr: /^\s+comme\s+(?:(?:premier|nouveau|principal)\s+)?(?:client|locataire)(?![\p{L}])/iu,
  en: /^\s+as\s+(?:(?:its|an?|the)\s+)?(?:(?:first|anchor|new|biggest|largest|key)\s+)?(?:customer|client|tenant)(?![\p{L}])/iu,
};
const LANDS_VERB: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}])(?:décroche|décroché|signe|signé|accueille|accueilli)\s+$/iu,
  en: /(?<![\p{L}])(?:lands?|landed|signs?|signed|wins?|won)\s+$/iu,
};
/** "A lui confie ses données", "A lui a confié la surveillance de ses réseaux": A is the article company's customer. */
const ENTRUSTS_IT =
  /^\s+(?:lui|leur)\s+(?:a\s+|ont\s+|avait\s+)?(?:confi\p{L}*|délègu\p{L}*)\s+(?:(?:aussi|déjà|également)\s+)?(?:ses|leurs|la|le|l['’]|les|son|sa)\s*(?:[\p{Ll}-]+\s+){0,3}?(?:données|serveurs|applications|archives|sauvegardes|messagerie|surveillance|sécurité|hébergement|infrastructures?|réseaux|systèmes|dossiers|informatique|cloud)(?![\p{L}])/iu;

function fromCustomersStanding(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  const lang = s.language;
  for (const a of s.actors) {
    if (!isOrg(a)) continue;
    const after = s.text.slice(a.end, Math.min(s.end, a.end + 140));
    const standing = STANDING_BEFORE[lang].exec(after);
    if (standing && !negated(s, a.end, a.end + standing[0].length) && !hypothetical(s, a.end + standing[0].length)) {
      const span = { start: a.end, end: a.end + standing[0].length };
      const supplier = supplierOf(s, span.start, span.end, context);
      if (supplier && isOrg(supplier)) {
        const d = tie(s, 'customer-of', a, supplier, [span], 0.5, 'relation.customer-standing');
        if (d) out.push(d);
      }
    }
    if (lang === 'fr' && context.topic) {
      const entrusted = ENTRUSTS_IT.exec(after);
      if (entrusted && !negated(s, a.end, a.end + entrusted[0].length) && !hypothetical(s, a.end + 10)) {
        const supplier = context.topic();
        const d =
          supplier &&
          tie(s, 'customer-of', a, supplier, [{ start: a.end, end: a.end + 20 }], 0.5, 'relation.entrusts-it');
        if (d) out.push(d);
      }
    }
    const before = s.text.slice(Math.max(s.start, a.start - 90), a.start);
    const named = STANDING_AFTER[lang].exec(before);
    if (named && !negated(s, a.start - named[0].length, a.start)) {
      const span = { start: a.start - named[0].length, end: a.start };
      const supplier = supplierOf(s, span.start, span.end, context);
      if (supplier && isOrg(supplier)) {
        const d = tie(s, 'customer-of', a, supplier, [span], 0.5, 'relation.customer-standing');
        if (d) out.push(d);
      }
    }
    const landed = LANDS_AS[lang].exec(after);
    if (landed && LANDS_VERB[lang].test(s.text.slice(Math.max(s.start, a.start - 20), a.start))) {
      const verbAt = a.start - 12;
      const supplier = s.groups.findLast((g) => g.end <= verbAt && g.members.every(isOrg))?.members.at(-1);
      if (supplier && !negated(s, verbAt, a.start) && !hypothetical(s, verbAt)) {
        const d = tie(
          s,
          'customer-of',
          a,
          supplier,
          [{ start: a.start, end: a.end + landed[0].length }],
          0.5,
          'relation.lands-customer',
        );
        if (d) out.push(d);
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ advisers

/** "X était conseillée par le cabinet Y", "advised by law firm Y": X is Y's customer. */
const ADVISED_BY: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}])(?:(?:était|étaient|est|sont|a\s+été|ont\s+été|sera|seront)\s+)?(?:conseill(?:é|ée|és|ées)|accompagn(?:é|ée|és|ées)(?=\s+par\s+(?:le\s+cabinet|les\s+avocats)))\s+par\s+(?:(?:le\s+cabinet|les\s+avocats\s+du\s+cabinet|le\s+cabinet\s+d['’]avocats)\s+)?$/iu,
  en: /(?<![\p{L}])(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?advised\s+by\s+(?:(?:the\s+)?(?:law\s+firm|firm|lawyers\s+(?:at|from))\s+)?$/iu,
};
/** "Le cabinet Y a conseillé A et B", "Y conseille A dans sa levée", "Y advised A on": A is Y's customer. */
const ADVISES = {
  fr: /^\s+(?:a\s+|ont\s+|avait\s+)?(?:conseill(?:é|e|ent|ait))\s+(?:(?:la|le|l['’]|les)\s*)?(?:(?!(?:à|au|aux|de|d|sur|que|qu)(?![\p{L}]))[\p{Ll}-]+\s+){0,2}$/iu,
  en: /^\s+(?:has\s+|have\s+|had\s+)?(?:advised|advises)\s+(?:(?:the)\s+)?(?:(?!(?:that|against|on|to|whether)(?![\p{L}]))[\p{Ll}-]+\s+){0,2}$/iu,
};

function fromAdvisers(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  const lang = s.language;
  for (const adviser of s.actors) {
    if (!isOrg(adviser)) continue;
    const before = s.text.slice(Math.max(s.start, adviser.start - 80), adviser.start);
    const m = ADVISED_BY[lang].exec(before);
    if (m) {
      const at = adviser.start - m[0].length;
      const client = s.groups.findLast((g) => g.end <= at && /^\s*(?:,\s*)?$/u.test(s.text.slice(g.end, at)));
      if (client && !negated(s, at, adviser.start))
        for (const c of client.members) {
          if (!isOrg(c)) continue;
          const d = tie(s, 'customer-of', c, adviser, [{ start: at, end: adviser.start }], 0.5, 'relation.advised-by');
          if (d) out.push(d);
        }
    }
    const client = actorAfterGap(s, adviser.end, ADVISES[lang], 50);
    if (client && !negated(s, adviser.end, client.start) && !hypothetical(s, adviser.end))
      for (const c of joinedAfter(s, client)) {
        const d = tie(
          s,
          'customer-of',
          c,
          adviser,
          [{ start: adviser.end, end: client.start }],
          0.5,
          'relation.advises',
        );
        if (d) out.push(d);
      }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ joint ventures

const VENTURE_NOUN = String.raw`(?:joint\s+venture|venture|vehicle|coentreprise|co-entreprise|filiale\s+commune)`;
/** "X, the A-B venture", "X, la coentreprise A-B": A and B own X (a hyphen joins the two owners' names). */
const PAIR_VENTURE_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}?${VENTURE_NOUN}(?![\p{L}])`, 'iu');
const PAIR_VENTURE_BEFORE = /,\s*(?:the|an?|la|une|leur|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** "X is a joint venture owned 50/50 by A and B", "X est une coentreprise détenue à parts égales par A et B". */
const VENTURE_OWNED_BY = new RegExp(
  String.raw`^\s*(?:,\s*|\s+(?:is|was|est|était|, a)\s+)(?:an?|une|the|la)\s+(?:[\p{Ll}-]+\s+){0,2}?${VENTURE_NOUN}\s+(?:(?:jointly\s+)?owned|held|détenue?|contrôlée?)(?:\s+[^,.;:]{0,25}?)?\s+(?:by|par)\s+(?:(?:the|la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|ic|i|que)\s+){0,4}$`,
  'iu',
);
/** "X, the joint venture between A and B", "X, la coentreprise d'A et de B" (the group after: `describedItems`). */
const VENTURE_BETWEEN = new RegExp(
  String.raw`^\s*,\s*(?:the|an?|la|une|leur|their)\s+(?:[\p{Ll}-]+\s+){0,2}?${VENTURE_NOUN}\s+(?:between|of|formed\s+by|set\s+up\s+by|entre|de|d['’]|formée\s+par|créée\s+par)\s*$`,
  'iu',
);
/** "A and B are teaming up on a joint venture, X", "A et B créent une coentreprise baptisée X". */
const VENTURE_MADE = new RegExp(
  String.raw`^\s+(?:(?:are|is|have|has|ont|a|sont)\s+)?(?:teaming\s+up\s+on|team\s+up\s+on|teamed\s+up\s+on|set\s+up|sets\s+up|launch(?:ed|es)?|form(?:ed|s)?|create[sd]?|créent|créé|ont\s+créé|lancent|lancé|fondent|fondé)\s+(?:an?|une|a\s+new|une\s+nouvelle|their|leur)\s+${VENTURE_NOUN}\s*(?:,\s*|\s+(?:called|named|baptisée|nommée|dénommée)\s+)$`,
  'iu',
);

function owners(
  s: SentenceView,
  venture: ActorSpan,
  parents: readonly ActorSpan[],
  span: Span,
  rule: string,
): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const p of parents) {
    if (!isOrg(p) || p.kind === 'programme') continue;
    const d = tie(s, 'owns', p, venture, [span], 0.5, rule);
    if (d) out.push(d);
  }
  return out;
}

/** `nouns`: whether the sentence holds a venture noun (else only the hyphenated pairs are read). */
function fromJointVentures(s: SentenceView, nouns: boolean): RelationDraft[] {
  const out: RelationDraft[] = [];
  const actors = s.actors;
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i]!;
    const b = actors[i + 1]!;
    // "the Thales-Google venture": A, a hyphen, B, the noun; X before in apposition
    if (s.text.slice(a.end, b.start) === '-' && PAIR_VENTURE_AFTER.test(s.text.slice(b.end, b.end + 40))) {
      const venture = actors
        .slice(0, i)
        .findLast((v) => isOrg(v) && PAIR_VENTURE_BEFORE.test(s.text.slice(v.end, a.start)));
      if (venture) out.push(...owners(s, venture, [a, b], { start: a.start, end: b.end }, 'relation.venture-pair'));
    }
  }
  if (!nouns) return out;
  for (const venture of actors) {
    if (!isOrg(venture)) continue;
    const parent =
      actorAfterGap(s, venture.end, VENTURE_OWNED_BY, 150) ?? actorAfterGap(s, venture.end, VENTURE_BETWEEN, 150);
    if (parent && !negated(s, venture.end, parent.start) && !hypothetical(s, venture.end))
      out.push(
        ...owners(
          s,
          venture,
          joinedAfter(s, parent),
          { start: venture.end, end: parent.start },
          'relation.venture-owned',
        ),
      );
    const makers = s.groups.findLast(
      (g) => g.end <= venture.start && VENTURE_MADE.test(s.text.slice(g.end, venture.start)),
    );
    if (makers && makers.members.length >= 2 && !negated(s, makers.end, venture.start) && !hypothetical(s, makers.end))
      out.push(
        ...owners(s, venture, makers.members, { start: makers.end, end: venture.start }, 'relation.venture-made'),
      );
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ takeovers agreed

/**
 * "Y agreed to acquire X", "Y a signé un accord pour acquérir 70 % de X", "said it had agreed to buy X": the takeover
 * agreed is an acquisition (docs/held-out-guide.md; not yet ownership). Not "talks to buy", "could agree", "wants to".
 */
const AGREED_TO_BUY: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+(?:signé|conclu|paraphé)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?\s+(?:un|une)\s+(?:accord|protocole|promesse)(?:\s+[\p{Ll}-]+)?\s+(?:pour|en\s+vue\s+d['’])\s*(?:acquérir|racheter|reprendre)|a\s+accepté\s+de\s+racheter)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:(?:has\s+|had\s+)?agree[sd]?(?:\s+(?:on|last|this|earlier)\s+\p{L}+)?\s+to\s+(?:acquire|buy|purchase|take\s+over)|(?:signed|struck|reached)\s+(?:an?\s+|a\s+definitive\s+)?(?:agreement|deal)\s+to\s+(?:acquire|buy|purchase|take\s+over))(?![\p{L}])/giu,
};
const BOUGHT_OBJECT = new RegExp(
  String.raw`^\s*(?:(?:\d+(?:[.,]\d+)?\s*%\s+(?:of|de|du\s+capital\s+de|des\s+parts\s+de)|(?:la|le|l['’]|les|the)|d['’])\s*)?${DESCRIPTION}$`,
  'iu',
);
/** "Depuis son rachat en 2021 par le groupe Y, X…", "since its takeover by Y": Y acquired X and X is its subsidiary. */
const TAKEN_OVER_BY: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}])(?:depuis|après)\s+(?:son|sa)\s+(?:rachat|acquisition|reprise)(?:\s+(?:en|fin|début)\s+\d{4})?\s+par\s+(?:(?:le|la|l['’])\s*)?(?:groupe\s+|fonds\s+)?$/iu,
  en: /(?<![\p{L}])(?:since|after)\s+its\s+(?:acquisition|takeover|purchase)(?:\s+in\s+\d{4})?\s+by\s+(?:the\s+)?$/iu,
};
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:it|il|elle)\s+(?:had\s+|has\s+|a\s+|avait\s+)?$/iu;

function fromTakeovers(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  const re = AGREED_TO_BUY[s.language];
  re.lastIndex = 0;
  const text = s.text.slice(s.start, s.end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (negated(s, start, end) || hypothetical(s, start)) continue;
    const bought = s.actors.find(
      (a) => a.start >= end && a.start - end <= 90 && BOUGHT_OBJECT.test(s.text.slice(end, a.start)),
    );
    if (!bought || !isOrg(bought)) continue;
    const lead = s.text.slice(Math.max(s.start, start - 30), start);
    const buyer = PRONOUN_SUBJECT.test(lead)
      ? s.actors.find((a) => a.end <= start && isOrg(a))
      : s.groups
          .findLast(
            (g) =>
              g.end <= start && /^\s*(?:,[^,.;:]{1,90},\s*)?(?:[\p{Ll}]+\s+){0,3}$/u.test(s.text.slice(g.end, start)),
          )
          ?.members.at(-1);
    if (!buyer || !isOrg(buyer)) continue;
    const d = tie(s, 'acquired', buyer, bought, [{ start, end }], 0.5, 'relation.takeover-agreed');
    if (d) out.push(d);
  }
  for (const buyer of s.actors) {
    if (!isOrg(buyer)) continue;
    const m = TAKEN_OVER_BY[s.language].exec(s.text.slice(Math.max(s.start, buyer.start - 70), buyer.start));
    if (!m) continue;
    const at = buyer.start - m[0].length;
    // the company taken over: the subject after the opening phrase, or the name right before "depuis son rachat"
    const bought =
      s.groups.find((g) => g.start > buyer.end && /^[^.;:]{0,90},\s*$/u.test(s.text.slice(buyer.end, g.start)))
        ?.members[0] ??
      s.groups
        .findLast(
          (g) => g.end <= at && /^\s+(?:(?:est|is|a|has)\s+(?:[\p{Ll}-]+\s+)?)?$/u.test(s.text.slice(g.end, at)),
        )
        ?.members.at(-1);
    if (!bought || !isOrg(bought) || negated(s, at, buyer.end)) continue;
    const span = { start: at, end: buyer.start };
    const d1 = tie(s, 'acquired', buyer, bought, [span], 0.5, 'relation.taken-over-by');
    const d2 = tie(s, 'subsidiary-of', bought, buyer, [span], 0.5, 'relation.taken-over-by');
    if (d1) out.push(d1);
    if (d2) out.push(d2);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ stakes taken

/**
 * "Y a pris 70 % du capital de l'entreprise", "Y bought a 60% stake in 2022", "Y acquired a 45% stake": a stake
 * taken with no company named after it is a stake in the article's company; a majority is also its acquisition.
 */
const STAKE_TAKEN: Record<'fr' | 'en', RegExp> = {
  fr: /^\s+(?:a|ont|avait|avaient)\s+(?:(?:déjà|aussi|alors)\s+)?(?:pris|acquis|racheté|repris)\s+(?:près\s+de\s+|environ\s+)?(\d{1,3}(?:[,.]\d+)?)\s*%\s+(?:du\s+capital|des\s+parts|des\s+actions)/iu,
  en: /^\s+(?:has\s+|had\s+)?(?:bought|acquired|took|purchased|picked\s+up)\s+(?:a|an)\s+(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)\s+(?:stake|share|holding)/iu,
};

function fromStakesTaken(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const holder of s.actors) {
    if (!isOrg(holder) || holder.ownerOnly) continue;
    const after = s.text.slice(holder.end, Math.min(s.end, holder.end + 140));
    // (the holder may have an apposition: "le groupe Badiane, spécialiste lillois des services, a pris 70 %")
    const past = /^\s*,[^,.;:]{1,80},/u.exec(after);
    const rest = past && !STAKE_TAKEN[s.language].test(after) ? after.slice(past[0].length) : after;
    const m = STAKE_TAKEN[s.language].exec(rest);
    if (!m) continue;
    const at = holder.end + (after.length - rest.length);
    const cueEnd = at + m[0].length;
    // the company after the stake ("du capital de X", "a stake in X", a description coreference resolved), else the
    // article's company when the words name none ("du capital de l'entreprise", "a 60% stake in 2022")
    const named = s.actors.find(
      (a) =>
        a.start >= cueEnd &&
        a.start - cueEnd <= 12 &&
        /^\s*(?:de|du|d['’]|in)\s*$/iu.test(s.text.slice(cueEnd, a.start)),
    );
    if (named && !isOrg(named)) continue;
    const describedOnly =
      /^\s*(?:de\s+l['’]entreprise|de\s+la\s+(?:société|start-up|PME)|in\s+the\s+(?:company|firm|business))?(?:\s*[,.;]|\s+(?:en|pour|à|depuis|fin|début|in|for|from|last|this|at)\s|$)/iu;
    const owned = named ?? (describedOnly.test(s.text.slice(cueEnd, cueEnd + 40)) ? context.topic?.() : undefined);
    if (!owned || !isOrg(owned) || owned.id === holder.id) continue;
    if (negated(s, at, cueEnd) || hypothetical(s, at)) continue;
    const span = { start: at, end: cueEnd };
    const d = tie(s, 'owns', holder, owned, [span], 0.5, 'relation.stake-taken');
    if (d) out.push(d);
    if (Number(m[1]!.replace(',', '.')) > 50) {
      const a = tie(s, 'acquired', holder, owned, [span], 0.5, 'relation.stake-taken');
      if (a) out.push(a);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ members

/**
 * "set up by founding members A, B and C", "It counts 19 members, including A and B", "ses membres fondateurs, A et B",
 * "compte 30 membres, dont A et B": the items are members of the organisation the words belong to (named after "of",
 * else the article's subject), which must be an organisation (an alliance, an association), not a company's staff.
 */
const MEMBERS_LISTED: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}])(?:membres\s+fondateurs|(?:\d+\s+)?membres,?\s+(?:dont|parmi\s+lesquels|notamment|comme))(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:founding\s+members|(?:\d+\s+)?members,?\s+(?:including|among\s+them|such\s+as|like))(?![\p{L}])/giu,
};

function fromMembersListed(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const { start, end } of assertedCues(s, MEMBERS_LISTED[s.language])) {
    const named = s.actors.find(
      (a) =>
        a.end <= start &&
        /^\s+(?:(?:a|has|have|now|already|compte|counts|réunit|brings\s+together|gathers|désormais|déjà|aujourd['’]hui)\s+)+$/iu.test(
          s.text.slice(a.end, start),
        ),
    );
    // ("X … was set up by founding members A and B": the passive's subject)
    const made = /(?:by|par)\s+(?:(?:ses|its|the|les)\s+)?$/iu.test(s.text.slice(Math.max(s.start, start - 12), start))
      ? s.actors.find((a) => a.end <= start && !a.ownerOnly)
      : undefined;
    const body = named ?? made ?? context.topic?.();
    if (!body || body.kind !== 'organisation') continue;
    for (const member of describedItems(s, end)) {
      if (!isOrg(member)) continue;
      const d = tie(s, 'member-of', member, body, [{ start, end }], 0.5, 'relation.members-listed');
      if (d) out.push(d);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ rivals

/** "X se frotte à A et à B", "puts X in direct competition with A", "X beat (bids from) A": rivals. */
const RIVALRY_AFTER: Record<'fr' | 'en', RegExp> = {
  fr: /^\s+(?:se\s+frott(?:e|ent|ait|aient)|est\s+en\s+concurrence\s+(?:directe\s+)?avec)\s+(?:(?:aussi|déjà|notamment)\s+)?(?:à|au|aux|avec)?\s*(?:(?:la|le|les|l['’])\s*)?$/iu,
  en: /^\s+(?:(?:has\s+)?beat(?:s)?\s+(?:out\s+)?(?:(?:bids?|offers?|rival\s+bids?)\s+from\s+)?|(?:is|are|was)\s+in\s+(?:direct\s+)?competition\s+with\s+)(?:the\s+)?$/iu,
};
const IN_COMPETITION = /(?<![\p{L}])puts?\s+(?:it\s+)?$/iu;

function fromRivalries(s: SentenceView): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const a of s.actors) {
    if (!isOrg(a) || a.ownerOnly) continue;
    let first = actorAfterGap(s, a.end, RIVALRY_AFTER[s.language], 70);
    if (!first && s.language === 'en' && IN_COMPETITION.test(s.text.slice(Math.max(s.start, a.start - 20), a.start)))
      first = actorAfterGap(s, a.end, /^\s+in\s+(?:direct\s+)?competition\s+with\s+(?:the\s+)?$/iu, 40);
    if (!first || negated(s, a.end, first.start) || hypothetical(s, a.end)) continue;
    for (const rival of joinedAfter(s, first)) {
      const d = tie(s, 'competes-with', a, rival, [{ start: a.end, end: first.start }], 0.5, 'relation.rivalry');
      if (d) out.push(d);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ brands

/**
 * A product named after its maker: "Orvane Vault" (an offer) of the organisation "Orvane", or "Stratus Santé" of
 * "Stratus Cloud", the article's company: the maker's first word opens the product's name.
 */
function fromMakerNamedProducts(s: SentenceView, context: RelationContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (const product of s.actors) {
    if (product.kind !== 'offer') continue;
    const first = product.name.split(/\s+/u)[0] ?? '';
    if (first.length < 4 || first === product.name) continue;
    const makers = [
      ...s.actors.filter((a) => isOrg(a) && a.kind !== 'offer'),
      ...(context.topic ? [context.topic()] : []),
    ];
    const maker = makers.find((m) => {
      if (!m || m.id === product.id) return false;
      if (product.id.startsWith(`${m.id}-`)) return true;
      // ("Stratus Santé" of "Stratus Cloud": the same first word, the maker the article's company)
      return m === makers.at(-1) && m.name.split(/\s+/u)[0] === first && m.name.split(/\s+/u).length > 1;
    });
    if (!maker) continue;
    const d = tie(s, 'brand-of', product, maker, [], 0.5, 'relation.maker-named-product');
    if (d) out.push(d);
  }
  return out;
}

/**
 * Words each family's regexes need (ninth perf round): a family runs only on a sentence holding one of its words, in
 * any case (`familiesHeld`). Every regex of a family holds one of them in every match, inside the sentence (the pair
 * venture's noun may follow the sentence: that loop is not gated). The groups, in this order: customers (lists,
 * standing phrases, "lui confie", "lands as"), advisers, ventures, takeovers (agreed, taken over by), rivals, stakes,
 * members.
 */
const FAMILY_WORDS: Record<'fr' | 'en', RegExp> = {
  fr: /(client|locataire|confi|délègu)|(conseill|accompagn)|(venture|vehicle|coentreprise|co-entreprise|filiale)|(accord|protocole|promesse|accepté|rachat|acquisition|reprise)|(frott|concurrence)|(%)|(membres)/g,
  en: /(customer|client|tenant)|(advise)|(venture|vehicle|coentreprise|co-entreprise|filiale)|(agree|deal|acquisition|takeover|purchase)|(beat|competition)|(%|cent)|(members)/g,
};
const CUSTOMERS = 1;
const ADVISERS = 2;
const VENTURES = 4;
const TAKEOVERS = 8;
const RIVALS = 16;
const STAKES = 32;
const MEMBERS = 64;

/** The eighth round's ties between organisations, read in one sentence. */
export function proposeTies(s: SentenceView, context: RelationContext): RelationDraft[] {
  if (s.actors.length === 0) return [];
  const two = s.actors.length >= 2;
  let held = familiesHeld(s.text, s.start, s.end, FAMILY_WORDS[s.language]);
  // (the families of two actors or more)
  if (!two) held &= ~(ADVISERS | VENTURES | TAKEOVERS | RIVALS);
  const pairs = two && hasHyphenPair(s);
  const products = s.actors.some((a) => a.kind === 'offer');
  if (held === 0 && !pairs && !products) return [];
  if (!TRIGGER.test(s.text.slice(s.start, s.end))) return [];
  const customers = (held & CUSTOMERS) !== 0;
  const ventures = (held & VENTURES) !== 0;
  return [
    ...(customers ? fromDescribedCustomerLists(s, context) : []),
    ...(customers ? fromCustomersStanding(s, context) : []),
    ...(held & ADVISERS ? fromAdvisers(s) : []),
    ...(ventures || pairs ? fromJointVentures(s, ventures) : []),
    ...(held & TAKEOVERS ? fromTakeovers(s) : []),
    ...(held & RIVALS ? fromRivalries(s) : []),
    ...(products ? fromMakerNamedProducts(s, context) : []),
    ...(held & STAKES ? fromStakesTaken(s, context) : []),
    ...(held & MEMBERS ? fromMembersListed(s, context) : []),
  ];
}

/** Two actors joined by a hyphen ("the A-B venture"), which the pair venture rule reads. */
function hasHyphenPair(s: SentenceView): boolean {
  const actors = s.actors;
  for (let i = 0; i + 1 < actors.length; i++)
    if (actors[i + 1]!.start === actors[i]!.end + 1 && s.text.charCodeAt(actors[i]!.end) === 45) return true;
  return false;
}
