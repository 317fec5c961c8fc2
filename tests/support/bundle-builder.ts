import { createHash } from 'node:crypto';
import type { FuzzyDate } from '../../server/src/domain/fuzzy-date.ts';
import {
  BUNDLE_SCHEMA_VERSION,
  BundleSchema,
  type Actor,
  type AtlasEvent,
  type Bundle,
  type CoMention,
  type Dispute,
  type Evidence,
  type Funding,
  type Mention,
  type Relation,
  type RelationType,
  type Source,
} from '../../server/src/domain/model.ts';

/**
 * Tiny valid bundles for tests: a test names the few records it is about, with only the fields it is about, and the
 * builder fills in the rest (names, descriptions, one citation per record, the source they cite), sorts every
 * collection by id as the ingest does, and validates the result with BundleSchema. So a test states its facts in a
 * few lines and its expected answers follow from them, not from the curated knowledge base.
 *
 *   const bundle = buildBundle({
 *     actors: [actor('acme'), actor('globex', { kind: 'public-body' })],
 *     relations: [relation('acme', 'owns', 'globex', { since: day('2012-09-01') })],
 *   });
 */

/** A day, a month or a year, by the shape of the string ('2012-09-01', '2012-09', '2012'). */
export function day(value: string): FuzzyDate {
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return { value, precision };
}

/** The source every record cites unless it names another. */
export const TEST_SOURCE = 'test-source';

const title = (id: string) => ({ fr: id, en: id });
const citation = (id: string) => [`ev-${id}`];

export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  const name = id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return {
    id,
    name,
    kind: 'company',
    aliases: { fr: [], en: [] },
    description: { fr: `${name}.`, en: `${name}.` },
    evidence: citation(id),
    ...fields,
  };
}

export function relation(from: string, type: RelationType, to: string, fields: Partial<Relation> = {}): Relation {
  const id = fields.id ?? `${from}-${type}-${to}`;
  return { id, type, from, to, evidence: citation(id), ...fields };
}

export function event(id: string, date: FuzzyDate, actors: readonly string[], fields: Partial<AtlasEvent> = {}) {
  const record: AtlasEvent = {
    id,
    date,
    status: 'happened',
    kind: 'launch',
    title: title(id),
    actors: actors.map((a) => ({ id: a, role: { fr: 'sujet', en: 'subject' } })),
    evidence: citation(id),
    ...fields,
  };
  return record;
}

export function funding(id: string, fields: Partial<Funding> & Pick<Funding, 'to' | 'amount'>): Funding {
  return { id, currency: 'EUR', kind: 'pledged', evidence: citation(id), ...fields };
}

/** A dispute setting side by side the records each claim points at (`fundings/<id>`, `events/<id>`…). */
export function dispute(id: string, subject: string, about: Dispute['about'], claims: readonly string[][]): Dispute {
  return {
    id,
    subject,
    about,
    title: title(id),
    claims: claims.map((pointers, i) => ({
      ...(pointers.length === 1 ? { record: pointers[0]! } : { records: [...pointers] }),
      summary: title(`${id} claim ${i + 1}`),
      evidence: [`ev-${id}-${i + 1}`],
    })),
  };
}

export function source(id: string, published: FuzzyDate, fields: Partial<Source> = {}): Source {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    language: 'en',
    published: { ...published, basis: { fr: 'test', en: 'test' } },
    textAvailable: false,
    detectedLanguage: null,
    characters: null,
    sentences: null,
    textHash: null,
    ...fields,
  };
}

export interface BundleParts {
  actors?: Actor[];
  relations?: Relation[];
  events?: AtlasEvent[];
  fundings?: Funding[];
  disputes?: Dispute[];
  /** The sources cited; one published in 2000 (TEST_SOURCE) when none is given. */
  sources?: Source[];
  /** Evidence to use instead of the builder's (one unanchored quote per cited id, from the first source). */
  evidence?: Evidence[];
  mentions?: Mention[];
  coMentions?: CoMention[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildBundle(parts: BundleParts): Bundle {
  const actors = [...(parts.actors ?? [])].sort(byId);
  const relations = [...(parts.relations ?? [])].sort(byId);
  const events = [...(parts.events ?? [])].sort(byId);
  const fundings = [...(parts.fundings ?? [])].sort(byId);
  const disputes = [...(parts.disputes ?? [])].sort(byId);
  const sources = [...(parts.sources ?? [source(TEST_SOURCE, day('2000'))])].sort(byId);
  const cited = new Set<string>();
  for (const record of [...actors, ...relations, ...events, ...fundings]) record.evidence.forEach((e) => cited.add(e));
  for (const d of disputes) for (const claim of d.claims) claim.evidence.forEach((e) => cited.add(e));
  const evidence =
    parts.evidence ??
    [...cited].map((id) => ({ id, source: sources[0]!.id, quote: `quote ${id}`, start: null, end: null }));
  const content = {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    version: '',
    corpus: { present: false, documents: 0 },
    actors,
    relations,
    events,
    fundings,
    disputes,
    sources,
    evidence: [...evidence].sort(byId),
    mentions: parts.mentions ?? [],
    coMentions: parts.coMentions ?? [],
  };
  content.version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  return BundleSchema.parse(content);
}
