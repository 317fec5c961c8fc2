import seedrandom from 'seedrandom';
import type { FuzzyDate } from '../../server/src/domain/dates.ts';
import {
  actorKinds,
  BUNDLE_SCHEMA_VERSION,
  eventKinds,
  fundingKinds,
  relationTypes,
  type Actor,
  type AtlasEvent,
  type Bundle,
  type CoMention,
  type Evidence,
  type Funding,
  type Mention,
  type Relation,
  type Source,
} from '../../server/src/domain/model.ts';

/**
 * Synthetic graph bundles of any size, shaped like BundleSchema (ids, kinds, fuzzy dates, evidence ids all valid),
 * deterministic for a seed. Endpoints are drawn uniformly, so degrees are Poisson-like around 2 * relations / actors.
 */
export interface SyntheticOptions {
  actors: number;
  relations: number;
  /** Shared evidence records cited by relations and events (a few thousand). */
  evidence?: number;
  events?: number;
  fundings?: number;
  sources?: number;
  seed?: string;
}

const syllables = [
  'ba',
  'cloud',
  'de',
  'é',
  'fra',
  'go',
  'hé',
  'is',
  'jo',
  'ka',
  'lu',
  'mè',
  'nor',
  'o',
  'pa',
  'qui',
  'ré',
  'sa',
  'té',
  'u',
  'val',
  'wat',
  'xé',
  'yo',
  'zen',
  'ç',
  'an',
  'on',
  'ter',
  'num',
  'ser',
  'vo',
  'lia',
  'tra',
];
const words = [
  'souverain',
  'cloud',
  'données',
  'réseau',
  'opérateur',
  'hébergement',
  'sécurité',
  'État',
  'marché',
  'offre',
  'sovereign',
  'network',
  'hosting',
  'security',
  'market',
  'provider',
  'public',
  'private',
  'alliance',
  'project',
  'investment',
  'launch',
  'partner',
  'regulation',
  'certification',
  'datacenter',
  'platform',
  'service',
  'énergie',
];

export function syntheticBundle(options: SyntheticOptions): Bundle {
  const rng = seedrandom(options.seed ?? 'atlas-bench');
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const word = () => {
    const parts = 2 + int(3);
    let w = '';
    for (let i = 0; i < parts; i++) w += pick(syllables);
    return w;
  };
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  const fuzzyDate = (): FuzzyDate => {
    const year = 1995 + int(30);
    const month = 1 + int(12);
    switch (int(5)) {
      case 0:
        return { value: `${year}-${pad(month, 2)}-${pad(1 + int(28), 2)}`, precision: 'day' };
      case 1:
        return { value: `${year}-${pad(month, 2)}`, precision: 'month' };
      case 2:
        return { value: `${year}-${pick(['spring', 'summer', 'autumn', 'winter'])}`, precision: 'season' };
      case 3:
        return { value: String(year), precision: 'year' };
      default:
        return { value: String(year), precision: 'approximate' };
    }
  };

  const sourceCount = options.sources ?? 50;
  const sources: Source[] = Array.from({ length: sourceCount }, (_, i) => ({
    id: `s-${pad(i, 4)}`,
    file: `s-${pad(i, 4)}.txt`,
    title: `${capital(word())} ${sentence(4)}`,
    language: i % 2 === 0 ? 'fr' : 'en',
    published: { value: String(2000 + (i % 24)), precision: 'year', basis: { fr: 'synthétique', en: 'synthetic' } },
    textAvailable: false,
    detectedLanguage: null,
    characters: null,
    sentences: null,
    textHash: null,
  }));

  const evidenceCount = options.evidence ?? 5000;
  const evidence: Evidence[] = Array.from({ length: evidenceCount }, (_, i) => {
    const start = int(100_000);
    const quote = sentence(6 + int(10));
    return { id: `ev-${pad(i, 6)}`, source: sources[int(sourceCount)]!.id, quote, start, end: start + quote.length };
  });
  const evidenceIds = () => {
    const first = evidence[int(evidenceCount)]!.id;
    return rng() < 0.3 ? [first, evidence[int(evidenceCount)]!.id] : [first];
  };

  const width = String(options.actors).length;
  const actors: Actor[] = Array.from({ length: options.actors }, (_, i) => {
    const name = `${capital(word())} ${capital(word())}`;
    const actor: Actor = {
      id: `a-${pad(i, width)}`,
      name,
      kind: pick(actorKinds),
      aliases: { fr: rng() < 0.5 ? [capital(word())] : [], en: rng() < 0.3 ? [capital(word())] : [] },
      description: { fr: sentence(8), en: sentence(8) },
      evidence: [],
    };
    if (rng() < 0.3) actor.founded = fuzzyDate();
    if (rng() < 0.1) actor.dissolved = { value: `${2025 + int(5)}`, precision: 'year' };
    if (actor.founded || actor.dissolved) actor.evidence = evidenceIds();
    return actor;
  });

  const relationWidth = String(options.relations).length;
  const relations: Relation[] = new Array(options.relations);
  for (let i = 0; i < options.relations; i++) {
    const from = int(options.actors);
    let to = int(options.actors - 1);
    if (to >= from) to++;
    const relation: Relation = {
      id: `r-${pad(i, relationWidth)}`,
      type: pick(relationTypes),
      from: actors[from]!.id,
      to: actors[to]!.id,
      evidence: evidenceIds(),
    };
    if (rng() < 0.4) relation.since = fuzzyDate();
    if (rng() < 0.15) relation.until = { value: `${2025 + int(5)}`, precision: 'year' };
    relations[i] = relation;
  }

  const eventCount = options.events ?? Math.ceil(options.actors / 10);
  const events: AtlasEvent[] = Array.from({ length: eventCount }, (_, i) => ({
    id: `e-${pad(i, 6)}`,
    date: fuzzyDate(),
    kind: pick(eventKinds),
    title: { fr: `${capital(word())} ${sentence(5)}`, en: `${capital(word())} ${sentence(5)}` },
    actors: Array.from({ length: 1 + int(3) }, () => ({
      id: actors[int(options.actors)]!.id,
      role: { fr: 'sujet', en: 'subject' },
    })),
    evidence: evidenceIds(),
  }));

  const fundingCount = options.fundings ?? Math.ceil(options.actors / 100);
  const fundings: Funding[] = Array.from({ length: fundingCount }, (_, i) => {
    const funding: Funding = {
      id: `f-${pad(i, 6)}`,
      to: actors[int(options.actors)]!.id,
      amount: 1_000_000 * (1 + int(300)),
      currency: pick(['EUR', 'USD', 'unspecified']),
      kind: pick(fundingKinds),
      evidence: evidenceIds(),
    };
    if (rng() < 0.7) funding.from = actors[int(options.actors)]!.id;
    if (rng() < 0.6) funding.date = fuzzyDate();
    return funding;
  });

  const mentionMap = new Map<string, Mention>();
  for (let i = 0; i < options.actors; i++) {
    const source = sources[int(sourceCount)]!.id;
    const actor = actors[int(options.actors)]!.id;
    const key = `${source}\u0000${actor}`;
    if (!mentionMap.has(key)) mentionMap.set(key, { source, actor, count: 1, spans: [] });
  }
  const coMentionMap = new Map<string, CoMention>();
  for (let i = 0; i < options.actors * 2; i++) {
    const x = actors[int(options.actors)]!.id;
    const y = actors[int(options.actors)]!.id;
    if (x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const existing = coMentionMap.get(key);
    if (existing) existing.weight++;
    else coMentionMap.set(key, { a, b, weight: 1 + int(5), sources: [sources[int(sourceCount)]!.id] });
  }

  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    version: `synthetic-${options.actors}-${options.relations}`,
    corpus: { present: false, documents: sourceCount },
    actors,
    relations,
    events,
    fundings,
    disputes: [],
    sources,
    evidence,
    mentions: [...mentionMap.values()],
    coMentions: [...coMentionMap.values()],
  };
}
