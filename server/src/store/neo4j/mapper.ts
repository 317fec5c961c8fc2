import neo4j from 'neo4j-driver';
import { dateSpan, type FuzzyDate } from '../../domain/dates.ts';
import type { CoMentionEdge, GraphEdge, GraphNode } from '../../domain/graph-store.ts';
import type { ActorMetrics } from '../../domain/metrics.ts';
import type {
  Actor,
  AtlasEvent,
  CoMention,
  Dispute,
  Evidence,
  Funding,
  Mention,
  Relation,
  Source,
} from '../../domain/model.ts';
import { foldSearchText } from '../../domain/search-text.ts';
import { searchText } from '../../domain/search-ranking.ts';
import { attestedDay, spanStartDay, type KnownSpan, type SpanStartBasis } from '../../domain/time-spans.ts';

/**
 * The one module that knows how domain records are laid out as Neo4j properties, both ways:
 * - `*Props(record)` builds the property map a load writes (integers sent as Neo4j integers, optional fields left
 *   out because Neo4j stores no null, nested values flattened: a fuzzy date becomes `<prefix>Value`,
 *   `<prefix>Precision`, … plus its span as ISO day strings);
 * - `to*(props)` rebuilds the domain record from what a query returns (Neo4j integers → numbers, temporal values
 *   → ISO strings, missing properties → absent optional fields or null where the domain says nullable).
 * Ids are strings throughout.
 */

export type Props = Record<string, unknown>;

/**
 * Revision of the property layout below. Bump it whenever a `*Props` function changes what it writes: it is part of
 * the dataset key, so the same bundle is then loaded as a new dataset beside the old one and switched to at once.
 */
export const GRAPH_MODEL_REVISION = 8;

// ------------------------------------------------------------------------------------------ Neo4j values → JS

/** A Neo4j integer (or a float holding an integer) as a JS number; refuses values a number cannot hold exactly. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) throw new RangeError(`integer ${value.toString()} is outside JavaScript's safe range`);
    return value.toNumber();
  }
  if (typeof value === 'bigint') {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`integer ${value} is outside JavaScript's safe range`);
    return n;
  }
  if (typeof value === 'number') return value;
  throw new TypeError(`expected a number, got ${describe(value)}`);
}

const isTemporal = (value: unknown) =>
  neo4j.isDate(value) ||
  neo4j.isDateTime(value) ||
  neo4j.isLocalDateTime(value) ||
  neo4j.isTime(value) ||
  neo4j.isLocalTime(value) ||
  neo4j.isDuration(value);

/** Any value a query returns, as plain JSON-like data: integers → numbers, temporal values → ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value) || typeof value === 'bigint') return toNumber(value);
  if (isTemporal(value)) return (value as { toString(): string }).toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Props).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

function str(props: Props, key: string): string {
  const value = props[key];
  if (typeof value !== 'string') throw new TypeError(`property ${key}: expected a string, got ${describe(value)}`);
  return value;
}
function optStr(props: Props, key: string): string | undefined {
  const value = props[key];
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') throw new TypeError(`property ${key}: expected a string, got ${describe(value)}`);
  return value;
}
function num(props: Props, key: string): number {
  const value = props[key];
  if (value === null || value === undefined) throw new TypeError(`property ${key}: missing`);
  return toNumber(value);
}
function optNum(props: Props, key: string): number | null {
  const value = props[key];
  return value === null || value === undefined ? null : toNumber(value);
}
function strings(props: Props, key: string): string[] {
  const value = props[key];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`property ${key}: expected a list, got ${describe(value)}`);
  return value.map((item, i) => {
    if (typeof item !== 'string') throw new TypeError(`property ${key}[${i}]: expected a string`);
    return item;
  });
}
function numbers(props: Props, key: string): number[] {
  const value = props[key];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`property ${key}: expected a list, got ${describe(value)}`);
  return value.map(toNumber);
}

/** Drops undefined and null entries: Neo4j stores no null, so absence is how "not set" is written. */
function compact(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}

/**
 * How inferred values are derived (`derived`: field → rule, pointers, offset, reasoning), stored as one JSON string:
 * Neo4j properties hold no maps, and nothing queries inside it.
 */
function derivedProp(derived: object | undefined): string | undefined {
  return derived === undefined ? undefined : JSON.stringify(derived);
}

function toDerived<T>(props: Props): T | undefined {
  const json = optStr(props, 'derived');
  return json === undefined ? undefined : (JSON.parse(json) as T);
}

const int = (n: number) => neo4j.int(n);

// ------------------------------------------------------------------------------------------ fuzzy dates

function fuzzyProps(prefix: string, date: FuzzyDate | undefined): Props {
  if (!date) return {};
  return {
    [`${prefix}Value`]: date.value,
    [`${prefix}Precision`]: date.precision,
    [`${prefix}Qualifier`]: date.qualifier,
    [`${prefix}BasisFr`]: date.basis?.fr,
    [`${prefix}BasisEn`]: date.basis?.en,
  };
}

function toFuzzy(props: Props, prefix: string): FuzzyDate | undefined {
  const value = optStr(props, `${prefix}Value`);
  if (value === undefined) return undefined;
  const date: FuzzyDate = { value, precision: str(props, `${prefix}Precision`) as FuzzyDate['precision'] };
  const qualifier = optStr(props, `${prefix}Qualifier`);
  if (qualifier !== undefined) date.qualifier = qualifier as FuzzyDate['qualifier'];
  const basisFr = optStr(props, `${prefix}BasisFr`);
  if (basisFr !== undefined) date.basis = { fr: basisFr, en: str(props, `${prefix}BasisEn`) };
  return date;
}

const fuzzyKeys = (prefix: string) =>
  ['Value', 'Precision', 'Qualifier', 'BasisFr', 'BasisEn'].map((k) => `${prefix}${k}`);

// ------------------------------------------------------------------------------------------ known spans

/**
 * A known span (domain/time-spans.ts) as properties: its start as the fuzzy date `begun*` with `begunFrom` ('own' or
 * 'publication'), `begunSource` and `begunDay` (its first day, which "as of" compares); its attestation as `attested*`
 * with `attestedSource` or `attestedRecord`, and `attestedDay`. Its end is the record's own end (dissolved, until), already written.
 */
function spanProps(span: KnownSpan): Props {
  return {
    ...fuzzyProps('begun', span.start?.date),
    begunFrom: span.start?.basis,
    begunSource: span.start?.source ?? undefined,
    begunDay: spanStartDay(span) ?? undefined,
    ...fuzzyProps('attested', span.attested?.date),
    attestedSource: span.attested?.source ?? undefined,
    attestedRecord: span.attested?.record ?? undefined,
    attestedDay: attestedDay(span) ?? undefined,
  };
}

const spanKeys = [
  ...fuzzyKeys('begun'),
  'begunFrom',
  'begunSource',
  'begunDay',
  ...fuzzyKeys('attested'),
  'attestedSource',
  'attestedRecord',
  'attestedDay',
];

function toSpan(props: Props, end: FuzzyDate | undefined): KnownSpan {
  const begun = toFuzzy(props, 'begun');
  const attested = toFuzzy(props, 'attested');
  return {
    start: begun
      ? { date: begun, basis: str(props, 'begunFrom') as SpanStartBasis, source: optStr(props, 'begunSource') ?? null }
      : null,
    end: end ?? null,
    attested: attested
      ? {
          date: attested,
          source: optStr(props, 'attestedSource') ?? null,
          record: optStr(props, 'attestedRecord') ?? null,
        }
      : null,
  };
}

// ------------------------------------------------------------------------------------------ domain → properties

const unique = (values: string[]) => [...new Set(values)];

export function actorProps(actor: Actor, metrics: ActorMetrics | undefined, span: KnownSpan): Props {
  const names = unique([actor.name, ...actor.aliases.fr, ...actor.aliases.en]);
  return compact({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    aliasesFr: actor.aliases.fr,
    aliasesEn: actor.aliases.en,
    descriptionFr: actor.description.fr,
    descriptionEn: actor.description.en,
    country: actor.country,
    ...fuzzyProps('founded', actor.founded),
    ...fuzzyProps('dissolved', actor.dissolved),
    foundedStart: actor.founded ? dateSpan(actor.founded).start : undefined,
    dissolvedStart: actor.dissolved ? dateSpan(actor.dissolved).start : undefined,
    derived: derivedProp(actor.derived),
    evidence: actor.evidence,
    foldedName: foldSearchText(actor.name),
    foldedNames: unique(names.map(foldSearchText)),
    searchText: searchText({ kind: 'actor', record: actor }),
    centrality: metrics?.centrality ?? 0,
    community: int(metrics?.community ?? -1),
    ...spanProps(span),
  });
}

/** `spanStart`/`spanEnd` bound windows: the first day of the known start, the last day of `until`. */
export function relationProps(relation: Relation, span: KnownSpan): Props {
  return compact({
    id: relation.id,
    relationType: relation.type,
    fromId: relation.from,
    toId: relation.to,
    ...fuzzyProps('since', relation.since),
    ...fuzzyProps('until', relation.until),
    sinceStart: relation.since ? dateSpan(relation.since).start : undefined,
    untilStart: relation.until ? dateSpan(relation.until).start : undefined,
    spanStart: spanStartDay(span) ?? undefined,
    spanEnd: relation.until ? dateSpan(relation.until).end : undefined,
    roleFr: relation.role?.fr,
    roleEn: relation.role?.en,
    status: relation.status,
    derived: derivedProp(relation.derived),
    evidence: relation.evidence,
    ...spanProps(span),
  });
}

export function eventProps(event: AtlasEvent): Props {
  const span = dateSpan(event.date);
  return compact({
    id: event.id,
    ...fuzzyProps('date', event.date),
    spanStart: span.start,
    spanEnd: span.end,
    kind: event.kind,
    titleFr: event.title.fr,
    titleEn: event.title.en,
    actorIds: event.actors.map((a) => a.id),
    actorRolesFr: event.actors.map((a) => a.role.fr),
    actorRolesEn: event.actors.map((a) => a.role.en),
    status: event.status,
    derived: derivedProp(event.derived),
    evidence: event.evidence,
    searchText: searchText({ kind: 'event', record: event }),
  });
}

export function fundingProps(funding: Funding): Props {
  const span = funding.date ? dateSpan(funding.date) : undefined;
  return compact({
    id: funding.id,
    funder: funding.from,
    jointFunders: funding.funders,
    recipient: funding.to,
    partOf: funding.partOf,
    amount: funding.amount,
    approximate: funding.approximate,
    currency: funding.currency,
    kind: funding.kind,
    ...fuzzyProps('date', funding.date),
    spanStart: span?.start,
    spanEnd: span?.end,
    noteFr: funding.note?.fr,
    noteEn: funding.note?.en,
    derived: derivedProp(funding.derived),
    evidence: funding.evidence,
  });
}

export function disputeProps(dispute: Dispute): Props {
  return compact({
    id: dispute.id,
    subject: dispute.subject,
    about: dispute.about,
    titleFr: dispute.title.fr,
    titleEn: dispute.title.en,
  });
}

/** A dispute's claims as Claim nodes, in order; a claim's id is `<dispute id>#<position>`. */
export function claimProps(dispute: Dispute): Props[] {
  return dispute.claims.map((claim, position) =>
    compact({
      id: `${dispute.id}#${position}`,
      dispute: dispute.id,
      position: int(position),
      record: claim.record,
      records: claim.records,
      summaryFr: claim.summary.fr,
      summaryEn: claim.summary.en,
      evidence: claim.evidence,
    }),
  );
}

export function sourceProps(source: Source): Props {
  return compact({
    id: source.id,
    file: source.file,
    title: source.title,
    outlet: source.outlet,
    outletNoteFr: source.outletNote?.fr,
    outletNoteEn: source.outletNote?.en,
    author: source.author,
    language: source.language,
    url: source.url,
    ...fuzzyProps('published', source.published),
    textAvailable: source.textAvailable,
    detectedLanguage: source.detectedLanguage,
    characters: source.characters === null ? undefined : int(source.characters),
    sentences: source.sentences === null ? undefined : int(source.sentences),
    textHash: source.textHash,
    searchText: searchText({ kind: 'source', record: source }),
  });
}

export function evidenceProps(evidence: Evidence): Props {
  return compact({
    id: evidence.id,
    source: evidence.source,
    quote: evidence.quote,
    start: evidence.start === null ? undefined : int(evidence.start),
    end: evidence.end === null ? undefined : int(evidence.end),
    searchText: searchText({ kind: 'evidence', record: evidence, sourceTitle: undefined }),
  });
}

/** A mention's id is `<source>/<actor>`; spans are flattened to [start0, end0, start1, end1, …]. */
export function mentionProps(mention: Mention): Props {
  return {
    id: `${mention.source}/${mention.actor}`,
    source: mention.source,
    actor: mention.actor,
    count: int(mention.count),
    spans: mention.spans.flat().map(int),
  };
}

export function coMentionProps(coMention: CoMention): Props {
  return {
    id: `${coMention.a}/${coMention.b}`,
    a: coMention.a,
    b: coMention.b,
    weight: int(coMention.weight),
    sources: coMention.sources,
  };
}

/**
 * Every property key the load writes, per label or relationship, for the schema declared to the Cypher linter and
 * the test that checks the mapper writes nothing else.
 */
export const propertyKeys = {
  Actor: [
    'id',
    'dataset',
    'name',
    'kind',
    'aliasesFr',
    'aliasesEn',
    'descriptionFr',
    'descriptionEn',
    'country',
    ...fuzzyKeys('founded'),
    ...fuzzyKeys('dissolved'),
    'foundedStart',
    'dissolvedStart',
    'derived',
    'evidence',
    'foldedName',
    'foldedNames',
    'searchText',
    'centrality',
    'community',
    ...spanKeys,
  ],
  Relation: [
    'id',
    'dataset',
    'relationType',
    'fromId',
    'toId',
    ...fuzzyKeys('since'),
    ...fuzzyKeys('until'),
    'sinceStart',
    'untilStart',
    'spanStart',
    'spanEnd',
    'roleFr',
    'roleEn',
    'status',
    'derived',
    'evidence',
    ...spanKeys,
  ],
  Event: [
    'id',
    'dataset',
    ...fuzzyKeys('date'),
    'spanStart',
    'spanEnd',
    'kind',
    'titleFr',
    'titleEn',
    'actorIds',
    'actorRolesFr',
    'actorRolesEn',
    'status',
    'derived',
    'evidence',
    'searchText',
  ],
  INVOLVES: ['roleFr', 'roleEn', 'dataset'],
  Funding: [
    'id',
    'dataset',
    'funder',
    'jointFunders',
    'recipient',
    'partOf',
    'amount',
    'approximate',
    'currency',
    'kind',
    ...fuzzyKeys('date'),
    'spanStart',
    'spanEnd',
    'noteFr',
    'noteEn',
    'derived',
    'evidence',
  ],
  Dispute: ['id', 'dataset', 'subject', 'about', 'titleFr', 'titleEn'],
  Claim: ['id', 'dataset', 'dispute', 'position', 'record', 'records', 'summaryFr', 'summaryEn', 'evidence'],
  Source: [
    'id',
    'dataset',
    'file',
    'title',
    'outlet',
    'outletNoteFr',
    'outletNoteEn',
    'author',
    'language',
    'url',
    ...fuzzyKeys('published'),
    'textAvailable',
    'detectedLanguage',
    'characters',
    'sentences',
    'textHash',
    'searchText',
  ],
  Evidence: ['id', 'dataset', 'source', 'quote', 'start', 'end', 'searchText'],
  MENTIONS: ['id', 'dataset', 'source', 'actor', 'count', 'spans'],
  CO_MENTIONED_WITH: ['id', 'dataset', 'a', 'b', 'weight', 'sources'],
  Dataset: ['key', 'graph', 'version', 'current', 'state', 'schemaVersion', 'startedAt', 'loadedAt'],
  structural: ['dataset'],
} as const satisfies Record<string, readonly string[]>;

// ------------------------------------------------------------------------------------------ properties → domain

export function toActor(raw: unknown): Actor {
  const p = toPlain(raw) as Props;
  // Keys in the schema's order, so a record reads like the bundle's.
  const actor: Partial<Actor> = {
    id: str(p, 'id'),
    name: str(p, 'name'),
    kind: str(p, 'kind') as Actor['kind'],
    aliases: { fr: strings(p, 'aliasesFr'), en: strings(p, 'aliasesEn') },
    description: { fr: str(p, 'descriptionFr'), en: str(p, 'descriptionEn') },
  };
  const country = optStr(p, 'country');
  if (country !== undefined) actor.country = country;
  const founded = toFuzzy(p, 'founded');
  if (founded) actor.founded = founded;
  const dissolved = toFuzzy(p, 'dissolved');
  if (dissolved) actor.dissolved = dissolved;
  const derived = toDerived<Actor['derived']>(p);
  if (derived) actor.derived = derived;
  actor.evidence = strings(p, 'evidence');
  return actor as Actor;
}

/** A graph node but its dating, which depends on the query's day (domain/time-spans.ts datedSubgraph). */
export function toGraphNode(raw: unknown): Omit<GraphNode, 'dating'> {
  const p = toPlain(raw) as Props;
  const actor = toActor(p);
  return {
    ...actor,
    centrality: num(p, 'centrality'),
    community: num(p, 'community'),
    span: toSpan(p, actor.dissolved),
  };
}

/** A relation with its known span; its dating depends on the query's day. */
export function toGraphEdge(raw: unknown): Omit<GraphEdge, 'dating'> {
  const p = toPlain(raw) as Props;
  const relation = toRelation(p);
  return { ...relation, span: toSpan(p, relation.until) };
}

export function toRelation(raw: unknown): Relation {
  const p = toPlain(raw) as Props;
  const relation: Partial<Relation> = {
    id: str(p, 'id'),
    type: str(p, 'relationType') as Relation['type'],
    from: str(p, 'fromId'),
    to: str(p, 'toId'),
  };
  const since = toFuzzy(p, 'since');
  if (since) relation.since = since;
  const until = toFuzzy(p, 'until');
  if (until) relation.until = until;
  const roleFr = optStr(p, 'roleFr');
  const roleEn = optStr(p, 'roleEn');
  if (roleFr !== undefined && roleEn !== undefined) relation.role = { fr: roleFr, en: roleEn };
  const status = optStr(p, 'status');
  if (status !== undefined) relation.status = status as Relation['status'];
  const derived = toDerived<Relation['derived']>(p);
  if (derived) relation.derived = derived;
  relation.evidence = strings(p, 'evidence');
  return relation as Relation;
}

export function toEvent(raw: unknown): AtlasEvent {
  const p = toPlain(raw) as Props;
  const ids = strings(p, 'actorIds');
  const rolesFr = strings(p, 'actorRolesFr');
  const rolesEn = strings(p, 'actorRolesEn');
  if (ids.length !== rolesFr.length || ids.length !== rolesEn.length)
    throw new TypeError(`event ${String(p.id)}: actorIds, actorRolesFr and actorRolesEn differ in length`);
  const event: Partial<AtlasEvent> = { id: str(p, 'id'), date: toFuzzy(p, 'date')! };
  const status = optStr(p, 'status');
  if (status !== undefined) event.status = status as AtlasEvent['status'];
  const derived = toDerived<AtlasEvent['derived']>(p);
  if (derived) event.derived = derived;
  event.kind = str(p, 'kind') as AtlasEvent['kind'];
  event.title = { fr: str(p, 'titleFr'), en: str(p, 'titleEn') };
  event.actors = ids.map((id, i) => ({ id, role: { fr: rolesFr[i]!, en: rolesEn[i]! } }));
  event.evidence = strings(p, 'evidence');
  return event as AtlasEvent;
}

export function toFunding(raw: unknown): Funding {
  const p = toPlain(raw) as Props;
  const funding: Partial<Funding> = { id: str(p, 'id') };
  const from = optStr(p, 'funder');
  if (from !== undefined) funding.from = from;
  if (p.jointFunders != null) funding.funders = strings(p, 'jointFunders');
  funding.to = str(p, 'recipient');
  const partOf = optStr(p, 'partOf');
  if (partOf !== undefined) funding.partOf = partOf;
  funding.amount = num(p, 'amount');
  if (typeof p.approximate === 'boolean') funding.approximate = p.approximate;
  funding.currency = str(p, 'currency');
  funding.kind = str(p, 'kind') as Funding['kind'];
  const date = toFuzzy(p, 'date');
  if (date) funding.date = date;
  const noteFr = optStr(p, 'noteFr');
  const noteEn = optStr(p, 'noteEn');
  if (noteFr !== undefined && noteEn !== undefined) funding.note = { fr: noteFr, en: noteEn };
  const derived = toDerived<Funding['derived']>(p);
  if (derived) funding.derived = derived;
  funding.evidence = strings(p, 'evidence');
  return funding as Funding;
}

/** A dispute from its node and its Claim nodes (in any order: they are put back in position order). */
export function toDispute(raw: unknown, rawClaims: unknown): Dispute {
  const p = toPlain(raw) as Props;
  const claims = (toPlain(rawClaims) as Props[] | null) ?? [];
  return {
    id: str(p, 'id'),
    subject: str(p, 'subject'),
    about: str(p, 'about') as Dispute['about'],
    title: { fr: str(p, 'titleFr'), en: str(p, 'titleEn') },
    claims: [...claims]
      .sort((a, b) => num(a, 'position') - num(b, 'position'))
      .map((c) => {
        const record = optStr(c, 'record');
        return {
          ...(record !== undefined ? { record } : {}),
          ...(c.records != null ? { records: strings(c, 'records') } : {}),
          summary: { fr: str(c, 'summaryFr'), en: str(c, 'summaryEn') },
          evidence: strings(c, 'evidence'),
        };
      }),
  };
}

export function toSource(raw: unknown): Source {
  const p = toPlain(raw) as Props;
  const source: Partial<Source> = { id: str(p, 'id'), file: str(p, 'file'), title: str(p, 'title') };
  const outlet = optStr(p, 'outlet');
  if (outlet !== undefined) source.outlet = outlet;
  const outletNoteFr = optStr(p, 'outletNoteFr');
  const outletNoteEn = optStr(p, 'outletNoteEn');
  if (outletNoteFr !== undefined && outletNoteEn !== undefined)
    source.outletNote = { fr: outletNoteFr, en: outletNoteEn };
  const author = optStr(p, 'author');
  if (author !== undefined) source.author = author;
  source.language = str(p, 'language') as Source['language'];
  const url = optStr(p, 'url');
  if (url !== undefined) source.url = url;
  source.published = toFuzzy(p, 'published')!;
  source.textAvailable = p.textAvailable === true;
  source.detectedLanguage = (optStr(p, 'detectedLanguage') ?? null) as Source['detectedLanguage'];
  source.characters = optNum(p, 'characters');
  source.sentences = optNum(p, 'sentences');
  source.textHash = optStr(p, 'textHash') ?? null;
  return source as Source;
}

export function toEvidence(raw: unknown): Evidence {
  const p = toPlain(raw) as Props;
  return {
    id: str(p, 'id'),
    source: str(p, 'source'),
    quote: str(p, 'quote'),
    start: optNum(p, 'start'),
    end: optNum(p, 'end'),
  };
}

export function toMention(raw: unknown): Mention {
  const p = toPlain(raw) as Props;
  const flat = numbers(p, 'spans');
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) spans.push([flat[i]!, flat[i + 1]!]);
  return { source: str(p, 'source'), actor: str(p, 'actor'), count: num(p, 'count'), spans };
}

export function toCoMentionEdge(a: unknown, b: unknown, weight: unknown): CoMentionEdge {
  return { a: String(a), b: String(b), weight: toNumber(weight) };
}
