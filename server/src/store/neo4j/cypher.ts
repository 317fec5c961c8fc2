import { relationTypes, type RelationType } from '../../domain/model.ts';

/**
 * Every Cypher statement the Neo4j adapter can send, in one place, so that one test runs each through Neo4j's own
 * parser and semantic analyser (tests/neo4j/cypher.test.ts).
 *
 * Rules:
 * - Every value is a parameter. Labels and relationship types are written into the text only from the closed
 *   vocabularies below (never from a caller), and every statement is built once, when this module loads.
 * - Every data node and relationship carries `dataset`: the key `<graph>@<bundle version>/<graph model revision>`
 *   (see load.ts datasetKey) of the (:Dataset) it was
 *   loaded as. A graph is one series of datasets (NEO4J_GRAPH, `atlas` by default; tests use their own), and at
 *   most one dataset per graph is current. Readers pass the current key as `$dataset` (see CURRENT_DATASET) and
 *   never see a dataset that is still loading, nor another graph's.
 * - Dates are ISO day strings (`YYYY-MM-DD`), so "as of" and windows are string comparisons in the database.
 *
 * The graph model (properties are written by mapper.ts, which is the one place that knows their names):
 *   (:Actor {id, dataset, name, kind, foldedName, foldedNames[], searchText, foundedStart, dissolvedStart,
 *            centrality, community, begunDay, attestedDay, ...})
 *   (:Actor)-[:<RELATION TYPE> {id, dataset, relationType, fromId, toId, sinceStart, untilStart, spanStart,
 *                               spanEnd, begunDay, attestedDay, evidence[], ...}]->(:Actor)
 *       one relationship type per relation type, upper snake; begun*, attested*: the known span (mapper.ts)
 *   (:Event {id, dataset, kind, spanStart, spanEnd, actorIds[], actorRolesFr[], actorRolesEn[], ...})
 *       -[:INVOLVES {roleFr, roleEn}]->(:Actor)
 *   (:Funding {id, dataset, funder, jointFunders[], recipient, partOf, kind, currency, amount, spanStart, spanEnd, ...})
 *       -[:FROM_FUNDER]->(:Actor), -[:TO_RECIPIENT]->(:Actor)
 *   (:Dispute {id, dataset, subject, about, ...})-[:HAS_CLAIM]->(:Claim {id, dataset, position, record, records[], ...})
 *   (:Source {id, dataset, ...}), (:Evidence {id, dataset, source, start, end, quote})-[:IN_SOURCE]->(:Source)
 *   (:Source)-[:MENTIONS {id, dataset, source, actor, count, spans[]}]->(:Actor)
 *   (:Actor)-[:CO_MENTIONED_WITH {id, dataset, a, b, weight, sources[]}]->(:Actor)
 *   (:Dataset {key, graph, version, current, state, schemaVersion, startedAt, loadedAt})
 */

/** A statement and the parameters it expects: the adapter must pass exactly these, the linting test checks them. */
export interface Statement<P extends string = string> {
  readonly text: string;
  readonly params: readonly P[];
}

function cypher<const P extends string = never>(params: readonly P[], text: string): Statement<P> {
  return Object.freeze({ text: text.trim(), params });
}

/** Relation type → relationship type: `customer-of` → `CUSTOMER_OF`. */
export function relationshipType(type: RelationType): string {
  return type.toUpperCase().replace(/-/g, '_');
}

/** Node labels holding a dataset's records (the Dataset label itself excepted). */
export const dataLabels = ['Actor', 'Event', 'Funding', 'Dispute', 'Claim', 'Source', 'Evidence'] as const;
export type DataLabel = (typeof dataLabels)[number];

/** Relationship types that are not relation types. */
export const structuralRelationshipTypes = [
  'INVOLVES',
  'FROM_FUNDER',
  'TO_RECIPIENT',
  'HAS_CLAIM',
  'IN_SOURCE',
  'MENTIONS',
  'CO_MENTIONED_WITH',
] as const;

export const relationRelationshipTypes: readonly string[] = relationTypes.map(relationshipType);
export const allRelationshipTypes: readonly string[] = [...relationRelationshipTypes, ...structuralRelationshipTypes];
export const allLabels: readonly string[] = [...dataLabels, 'Dataset'];

/** `ACQUIRED|AUTHOR_OF|…`: every relation type, for patterns over relations of any type. */
const REL = relationRelationshipTypes.join('|');

/**
 * Full-text indexes: name → label, over `searchText`, the record's words already cut and folded the way the query's
 * are (domain/search-ranking.ts searchText), split on spaces by the whitespace analyser. Folding in the adapter, not
 * in Lucene, makes both sides fold alike (Lucene's standard analysers keep "l'état" as one word and drop English
 * stop words, which the embedded store does not).
 */
export const fullTextIndexes = {
  actor_words: { label: 'Actor' },
  event_words: { label: 'Event' },
  evidence_words: { label: 'Evidence' },
  source_words: { label: 'Source' },
} as const;
export type FullTextIndexName = keyof typeof fullTextIndexes;

const snake = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

// ------------------------------------------------------------------------------------------------ schema

/**
 * Applied before every load; each is idempotent (IF NOT EXISTS). No parameters.
 *
 * Uniqueness is on (id, dataset) rather than id alone: while a new version loads, the previous one is still being
 * read, so an id exists once per dataset version. Within one dataset, ids are unique per label and per relation type.
 */
export const SCHEMA: readonly Statement<never>[] = [
  ...dataLabels.map(
    (label) =>
      `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE (n.id, n.dataset) IS UNIQUE`,
  ),
  'CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (d:Dataset) REQUIRE d.key IS UNIQUE',
  ...[...relationRelationshipTypes, 'MENTIONS', 'CO_MENTIONED_WITH'].map(
    (type) =>
      `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE (r.id, r.dataset) IS UNIQUE`,
  ),
  ...dataLabels.map((label) => `CREATE INDEX ${snake(label)}_dataset IF NOT EXISTS FOR (n:${label}) ON (n.dataset)`),
  'CREATE INDEX dataset_graph IF NOT EXISTS FOR (d:Dataset) ON (d.graph, d.current)',
  'CREATE INDEX actor_folded_name IF NOT EXISTS FOR (n:Actor) ON (n.dataset, n.foldedName)',
  'CREATE INDEX event_span IF NOT EXISTS FOR (n:Event) ON (n.dataset, n.spanStart, n.spanEnd)',
  'CREATE INDEX funding_span IF NOT EXISTS FOR (n:Funding) ON (n.dataset, n.spanStart, n.spanEnd)',
  'CREATE INDEX funding_funder IF NOT EXISTS FOR (n:Funding) ON (n.dataset, n.funder)',
  'CREATE INDEX funding_recipient IF NOT EXISTS FOR (n:Funding) ON (n.dataset, n.recipient)',
  'CREATE INDEX evidence_source IF NOT EXISTS FOR (n:Evidence) ON (n.dataset, n.source)',
  'CREATE INDEX claim_record IF NOT EXISTS FOR (n:Claim) ON (n.dataset, n.record)',
  'CREATE INDEX dispute_subject IF NOT EXISTS FOR (n:Dispute) ON (n.dataset, n.subject)',
  ...Object.entries(fullTextIndexes).map(
    ([name, { label }]) =>
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [n.searchText] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } }",
  ),
  // The full-text indexes of graph model revisions up to 4, over the raw texts.
  ...['actor_text', 'event_text', 'evidence_text', 'source_text'].map((name) => `DROP INDEX ${name} IF EXISTS`),
].map((text) => cypher([], text));

/** Waits until every index is online (after SCHEMA, before loading). Parameters: $timeoutSeconds (integer). */
export const AWAIT_INDEXES = cypher(['timeoutSeconds'], 'CALL db.awaitIndexes($timeoutSeconds)');

// ------------------------------------------------------------------------------------------------ loading

/**
 * Registers a dataset before any of its data is written; leaves `current` alone when it exists (loading the current
 * bundle again must not hide it). Parameters: $dataset (key), $graph, $version (bundle version), $schemaVersion
 * (integer). Returns current (boolean).
 */
export const DATASET_BEGIN = cypher(
  ['dataset', 'graph', 'version', 'schemaVersion'],
  `
MERGE (d:Dataset {key: $dataset})
ON CREATE SET d.graph = $graph, d.version = $version, d.current = false, d.state = 'loading', d.startedAt = datetime()
SET d.schemaVersion = $schemaVersion
RETURN d.current AS current`,
);

/**
 * Node upserts: one statement per label. Parameters: $dataset (string), $rows: [{props: map, ...}] where props holds
 * every property of the node (id included; mapper.ts builds it). `SET n = row.props` replaces all properties, so a
 * reload leaves no stale property behind.
 */
export const UPSERT = {
  Actor: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MERGE (n:Actor {id: row.props.id, dataset: $dataset})
SET n = row.props, n.dataset = $dataset
RETURN count(n) AS written`,
  ),

  Source: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MERGE (n:Source {id: row.props.id, dataset: $dataset})
SET n = row.props, n.dataset = $dataset
RETURN count(n) AS written`,
  ),

  /** rows: [{props}] with props.source naming a Source already written. */
  Evidence: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MERGE (n:Evidence {id: row.props.id, dataset: $dataset})
SET n = row.props, n.dataset = $dataset
WITH n, row
MATCH (s:Source {id: row.props.source, dataset: $dataset})
MERGE (n)-[l:IN_SOURCE]->(s)
SET l.dataset = $dataset
RETURN count(n) AS written`,
  ),

  /** rows: [{props, actors: [{id, roleFr, roleEn}]}]. */
  Event: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MERGE (n:Event {id: row.props.id, dataset: $dataset})
SET n = row.props, n.dataset = $dataset
WITH n, row
UNWIND row.actors AS involved
MATCH (a:Actor {id: involved.id, dataset: $dataset})
MERGE (n)-[i:INVOLVES {roleFr: involved.roleFr, roleEn: involved.roleEn}]->(a)
SET i.dataset = $dataset
RETURN count(DISTINCT n) AS written`,
  ),

  /** rows: [{props}] with props.recipient (always) and props.funder or props.jointFunders (optional) naming actors. */
  Funding: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MERGE (n:Funding {id: row.props.id, dataset: $dataset})
SET n = row.props, n.dataset = $dataset
WITH n, row
MATCH (recipient:Actor {id: row.props.recipient, dataset: $dataset})
MERGE (n)-[t:TO_RECIPIENT]->(recipient)
SET t.dataset = $dataset
WITH n, row
UNWIND coalesce(row.props.jointFunders, [row.props.funder]) AS funderId
OPTIONAL MATCH (funder:Actor {id: funderId, dataset: $dataset})
FOREACH (f IN CASE WHEN funder IS NULL THEN [] ELSE [funder] END |
  MERGE (n)-[l:FROM_FUNDER]->(f)
  SET l.dataset = $dataset)
RETURN count(DISTINCT n) AS written`,
  ),

  /** rows: [{props, claims: [claim props]}] (a dispute has at least two claims). */
  Dispute: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MERGE (n:Dispute {id: row.props.id, dataset: $dataset})
SET n = row.props, n.dataset = $dataset
WITH n, row
UNWIND row.claims AS claim
MERGE (c:Claim {id: claim.id, dataset: $dataset})
SET c = claim, c.dataset = $dataset
MERGE (n)-[h:HAS_CLAIM]->(c)
SET h.dataset = $dataset
RETURN count(DISTINCT n) AS written`,
  ),

  /** rows: [{props}] with props.source and props.actor. */
  Mention: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MATCH (s:Source {id: row.props.source, dataset: $dataset})
MATCH (a:Actor {id: row.props.actor, dataset: $dataset})
MERGE (s)-[m:MENTIONS {id: row.props.id, dataset: $dataset}]->(a)
SET m = row.props, m.dataset = $dataset
RETURN count(m) AS written`,
  ),

  /** rows: [{props}] with props.a and props.b. */
  CoMention: cypher(
    ['dataset', 'rows'],
    `
UNWIND $rows AS row
MATCH (a:Actor {id: row.props.a, dataset: $dataset})
MATCH (b:Actor {id: row.props.b, dataset: $dataset})
MERGE (a)-[c:CO_MENTIONED_WITH {id: row.props.id, dataset: $dataset}]->(b)
SET c = row.props, c.dataset = $dataset
RETURN count(c) AS written`,
  ),
} as const;

/**
 * Relation upserts, one statement per relation type (a relationship type cannot be a parameter).
 * Parameters: $dataset, $rows: [{props}] with props.fromId and props.toId naming actors.
 */
export const UPSERT_RELATION = Object.fromEntries(
  relationTypes.map((type) => [
    type,
    cypher(
      ['dataset', 'rows'],
      `
UNWIND $rows AS row
MATCH (a:Actor {id: row.props.fromId, dataset: $dataset})
MATCH (b:Actor {id: row.props.toId, dataset: $dataset})
MERGE (a)-[r:${relationshipType(type)} {id: row.props.id, dataset: $dataset}]->(b)
SET r = row.props, r.dataset = $dataset
RETURN count(r) AS written`,
    ),
  ]),
) as Readonly<Record<RelationType, Statement<'dataset' | 'rows'>>>;

/** The counts that must match the bundle before a version becomes current: key → what is counted. */
export const DATASET_COUNT_KEYS = [
  'actors',
  'relations',
  'events',
  'involvements',
  'fundings',
  'recipients',
  'funders',
  'disputes',
  'claims',
  'sources',
  'evidence',
  'mentions',
  'coMentions',
] as const;

/**
 * The switch, in one transaction: counts what is stamped with $dataset, and only when every count equals
 * $expected (a map with the DATASET_COUNT_KEYS, integer values) marks it current and every other dataset of its
 * graph not current. Loading the current dataset again leaves it current when its counts hold.
 * Parameters: $dataset, $expected. Returns switched (boolean), counts (map), previous (list of the bundle versions
 * that were current).
 */
export const DATASET_SWITCH = cypher(
  ['dataset', 'expected'],
  `
MATCH (target:Dataset {key: $dataset})
WITH target, {
  actors: COUNT { MATCH (n:Actor) WHERE n.dataset = $dataset },
  relations: COUNT { MATCH (:Actor)-[r:${REL}]->(:Actor) WHERE r.dataset = $dataset },
  events: COUNT { MATCH (n:Event) WHERE n.dataset = $dataset },
  involvements: COUNT { MATCH (:Event)-[r:INVOLVES]->(:Actor) WHERE r.dataset = $dataset },
  fundings: COUNT { MATCH (n:Funding) WHERE n.dataset = $dataset },
  recipients: COUNT { MATCH (:Funding)-[r:TO_RECIPIENT]->(:Actor) WHERE r.dataset = $dataset },
  funders: COUNT { MATCH (:Funding)-[r:FROM_FUNDER]->(:Actor) WHERE r.dataset = $dataset },
  disputes: COUNT { MATCH (n:Dispute) WHERE n.dataset = $dataset },
  claims: COUNT { MATCH (:Dispute)-[:HAS_CLAIM]->(n:Claim) WHERE n.dataset = $dataset },
  sources: COUNT { MATCH (n:Source) WHERE n.dataset = $dataset },
  evidence: COUNT { MATCH (:Evidence)-[:IN_SOURCE]->(n:Source) WHERE n.dataset = $dataset },
  mentions: COUNT { MATCH (:Source)-[r:MENTIONS]->(:Actor) WHERE r.dataset = $dataset },
  coMentions: COUNT { MATCH (:Actor)-[r:CO_MENTIONED_WITH]->(:Actor) WHERE r.dataset = $dataset }
} AS counts
WITH target, counts, counts = $expected AS complete
OPTIONAL MATCH (other:Dataset)
WHERE other.graph = target.graph AND other.current = true AND other.key <> $dataset
WITH target, counts, complete, collect(other) AS others
FOREACH (o IN CASE WHEN complete THEN others ELSE [] END |
  SET o.current = false, o.state = 'superseded')
FOREACH (t IN CASE WHEN complete THEN [target] ELSE [] END |
  SET t.current = true, t.state = 'complete', t.loadedAt = coalesce(t.loadedAt, datetime()))
RETURN complete AS switched, counts, [o IN others | o.version] AS previous`,
);

/**
 * Datasets of a graph whose data may be deleted: every stamp with the graph's prefix but $dataset (leftovers of a
 * failed load included), and every Dataset node of the graph that is not current.
 * Parameters: $dataset (the key to keep), $graph, $prefix (`<graph>@`). Returns dataset (key).
 */
export const STALE_DATASETS = cypher(
  ['dataset', 'graph', 'prefix'],
  `
MATCH (n)
WHERE n.dataset STARTS WITH $prefix AND n.dataset <> $dataset
RETURN DISTINCT n.dataset AS dataset
UNION
MATCH (d:Dataset)
WHERE d.graph = $graph AND d.current = false AND d.key <> $dataset
RETURN d.key AS dataset`,
);

/** Makes no dataset of a graph current, before dropping the whole graph. Parameters: $graph. Returns retired. */
export const DATASET_RETIRE = cypher(
  ['graph'],
  `
MATCH (d:Dataset)
WHERE d.graph = $graph
SET d.current = false, d.state = 'retired'
RETURN count(d) AS retired`,
);

/**
 * Deletes one batch of a stale version's nodes (and so their relationships), one statement per label; never
 * touches a version that is current. Parameters: $stale (string), $batch (integer). Returns deleted.
 */
export const DELETE_STALE = Object.fromEntries(
  dataLabels.map((label) => [
    label,
    cypher(
      ['stale', 'batch'],
      `
MATCH (n:${label})
WHERE n.dataset = $stale AND NOT EXISTS { MATCH (d:Dataset) WHERE d.key = $stale AND d.current = true }
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted`,
    ),
  ]),
) as Readonly<Record<DataLabel, Statement<'stale' | 'batch'>>>;

/** Removes a stale version's Dataset node once its data is gone. Parameters: $stale. */
export const DELETE_STALE_DATASET = cypher(
  ['stale'],
  `
MATCH (d:Dataset)
WHERE d.key = $stale AND d.current = false
DELETE d
RETURN count(*) AS deleted`,
);

/** Every dataset of a graph, newest first, for the CLI. Parameters: $graph. */
export const DATASETS = cypher(
  ['graph'],
  `
MATCH (d:Dataset)
WHERE d.graph = $graph
RETURN d.key AS dataset, d.version AS version, d.current AS current, d.state AS state, d.startedAt AS startedAt,
  d.loadedAt AS loadedAt
ORDER BY d.startedAt DESC`,
);

// ------------------------------------------------------------------------------------------------ reading

/**
 * The dataset readers use; no row before any dataset of the graph is loaded. Parameters: $graph.
 * Returns dataset (key), version (bundle version).
 */
export const CURRENT_DATASET = cypher(
  ['graph'],
  `
MATCH (d:Dataset)
WHERE d.graph = $graph AND d.current = true
RETURN d.key AS dataset, d.version AS version
ORDER BY d.loadedAt DESC
LIMIT 1`,
);

/** Parameters: $dataset. Returns one row of integer counts. */
export const STATS_COUNTS = cypher(
  ['dataset'],
  `
RETURN
  COUNT { MATCH (n:Actor) WHERE n.dataset = $dataset } AS actors,
  COUNT { MATCH (:Actor)-[r:${REL}]->(:Actor) WHERE r.dataset = $dataset } AS relations,
  COUNT { MATCH (n:Event) WHERE n.dataset = $dataset } AS events,
  COUNT { MATCH (n:Funding) WHERE n.dataset = $dataset } AS fundings,
  COUNT { MATCH (n:Dispute) WHERE n.dataset = $dataset } AS disputes,
  COUNT { MATCH (n:Source) WHERE n.dataset = $dataset } AS sources,
  COUNT { MATCH (n:Evidence) WHERE n.dataset = $dataset } AS evidence`,
);

/** Parameters: $dataset. Returns key (actor kind), count. */
export const STATS_ACTOR_KINDS = cypher(
  ['dataset'],
  `
MATCH (n:Actor)
WHERE n.dataset = $dataset
RETURN n.kind AS key, count(*) AS count`,
);

/** Parameters: $dataset. Returns key (relation type), count. */
export const STATS_RELATION_TYPES = cypher(
  ['dataset'],
  `
MATCH (:Actor)-[r:${REL}]->(:Actor)
WHERE r.dataset = $dataset
RETURN r.relationType AS key, count(*) AS count`,
);

/** Whether a node's founding/dissolution makes it exist as of $asOf (null: no condition). Fragment. */
const actorActive = (n: string) =>
  `($asOf IS NULL OR ((${n}.foundedStart IS NULL OR ${n}.foundedStart <= $asOf) AND (${n}.dissolvedStart IS NULL OR ${n}.dissolvedStart > $asOf)))`;
/**
 * Relation shown as of $asOf (domain/time-spans.ts shownAsOf): its known start (own `since`, or a statement's
 * publication: begunDay) reached, its `until` not yet. Fragment.
 */
const relationActive = (r: string) =>
  `($asOf IS NULL OR ((${r}.begunDay IS NULL OR ${r}.begunDay <= $asOf) AND (${r}.untilStart IS NULL OR ${r}.untilStart > $asOf)))`;
/** Relation of one of $types (null: any). Fragment. */
const relationOfTypes = (r: string) => `($types IS NULL OR ${r}.relationType IN $types)`;
/** Relation span overlapping [$from, $to]; open ends on either side. Fragment. */
const relationInWindow = (r: string) =>
  `($from IS NULL OR ${r}.spanEnd IS NULL OR ${r}.spanEnd >= $from) AND ($to IS NULL OR ${r}.spanStart IS NULL OR ${r}.spanStart <= $to)`;
const actorOfKinds = (n: string) => `($kinds IS NULL OR ${n}.kind IN $kinds)`;

/**
 * One page of actors. Parameters: $dataset, $kinds (list of kinds or null), $text (folded text or null), $offset,
 * $limit (integers). Returns total (integer), items (list of property maps) sorted by folded name then id.
 */
export const ACTORS_PAGE = cypher(
  ['dataset', 'kinds', 'text', 'offset', 'limit'],
  `
MATCH (a:Actor)
WHERE a.dataset = $dataset
  AND ${actorOfKinds('a')}
  AND ($text IS NULL OR any(name IN a.foldedNames WHERE name CONTAINS $text))
WITH a
ORDER BY a.foldedName, a.id
WITH collect(a {.*}) AS matches
RETURN size(matches) AS total, matches[$offset..($offset + $limit)] AS items`,
);

/** Parameters: $dataset, $id. Returns actor (property map); no row for an unknown id. */
export const ACTOR = cypher(
  ['dataset', 'id'],
  `
MATCH (a:Actor {id: $id, dataset: $dataset})
RETURN a {.*} AS actor`,
);

/** Relations from or to one actor. Parameters: $dataset, $id. Returns relation (property map), by id. */
export const ACTOR_RELATIONS = cypher(
  ['dataset', 'id'],
  `
MATCH (:Actor {id: $id, dataset: $dataset})-[r:${REL}]-(:Actor)
WITH DISTINCT r
RETURN r {.*} AS relation
ORDER BY relation.id`,
);

/** Events involving one actor. Parameters: $dataset, $id. Returns event (property map), in timeline order. */
export const ACTOR_EVENTS = cypher(
  ['dataset', 'id'],
  `
MATCH (:Actor {id: $id, dataset: $dataset})<-[:INVOLVES]-(e:Event)
WITH DISTINCT e
RETURN e {.*} AS event
ORDER BY event.spanStart, event.spanEnd, event.id`,
);

/** Funding records to or from one actor. Parameters: $dataset, $id. Returns funding (property map), by id. */
export const ACTOR_FUNDINGS = cypher(
  ['dataset', 'id'],
  `
MATCH (f:Funding)
WHERE f.dataset = $dataset AND (f.recipient = $id OR f.funder = $id OR $id IN coalesce(f.jointFunders, []))
RETURN f {.*} AS funding
ORDER BY funding.id`,
);

/** Sources mentioning one actor. Parameters: $dataset, $id. Returns mention (property map), by source. */
export const ACTOR_MENTIONS = cypher(
  ['dataset', 'id'],
  `
MATCH (:Source)-[m:MENTIONS]->(:Actor {id: $id, dataset: $dataset})
RETURN m {.*} AS mention
ORDER BY mention.source`,
);

/**
 * Disputes about one actor: its subject, or a claim pointing at one of $pointers (`actors/<id>`, `relations/<id>`, …).
 * Parameters: $dataset, $id, $pointers. Returns dispute (property map), claims (list of property maps), by id.
 */
export const ACTOR_DISPUTES = cypher(
  ['dataset', 'id', 'pointers'],
  `
MATCH (d:Dispute)
WHERE d.dataset = $dataset
  AND (d.subject = $id OR EXISTS {
    MATCH (d)-[:HAS_CLAIM]->(c:Claim)
    WHERE c.record IN $pointers OR any(p IN coalesce(c.records, []) WHERE p IN $pointers)
  })
RETURN d {.*} AS dispute, [(d)-[:HAS_CLAIM]->(c:Claim) | c {.*}] AS claims
ORDER BY dispute.id`,
);

/** Parameters: $dataset, $ids (list). Returns evidence (property map), by id; unknown ids are left out. */
export const EVIDENCE_BY_IDS = cypher(
  ['dataset', 'ids'],
  `
MATCH (e:Evidence)
WHERE e.dataset = $dataset AND e.id IN $ids
RETURN e {.*} AS evidence
ORDER BY evidence.id`,
);

/**
 * One breadth-first step of a neighbourhood: the actors one relation away from $frontier, direction ignored.
 * Parameters: $dataset, $frontier (ids), $types (relation types or null), $asOf (day or null). Returns id.
 */
export const NEIGHBOURS = cypher(
  ['dataset', 'frontier', 'types', 'asOf'],
  `
MATCH (a:Actor)-[r:${REL}]-(b:Actor)
WHERE a.dataset = $dataset AND a.id IN $frontier
  AND ${relationOfTypes('r')}
  AND ${relationActive('r')}
RETURN DISTINCT b.id AS id`,
);

/** Parameters: $dataset, $ids. Returns actor (property map), by id. */
export const ACTORS_BY_IDS = cypher(
  ['dataset', 'ids'],
  `
MATCH (a:Actor)
WHERE a.dataset = $dataset AND a.id IN $ids
RETURN a {.*} AS actor
ORDER BY actor.id`,
);

/**
 * Relations among a set of actors that pass the filters. Parameters: $dataset, $ids, $types, $asOf.
 * Returns relation (property map), by id.
 */
export const RELATIONS_AMONG = cypher(
  ['dataset', 'ids', 'types', 'asOf'],
  `
MATCH (a:Actor)-[r:${REL}]->(b:Actor)
WHERE a.dataset = $dataset AND a.id IN $ids AND b.id IN $ids
  AND ${relationOfTypes('r')}
  AND ${relationActive('r')}
RETURN r {.*} AS relation
ORDER BY relation.id`,
);

/**
 * Subgraph nodes: actors of $kinds (null: all) existing as of $asOf (null: always), isolated ones included.
 * Parameters: $dataset, $kinds, $asOf. Returns actor (property map), by id.
 */
export const SUBGRAPH_NODES = cypher(
  ['dataset', 'kinds', 'asOf'],
  `
MATCH (a:Actor)
WHERE a.dataset = $dataset AND ${actorOfKinds('a')} AND ${actorActive('a')}
RETURN a {.*} AS actor
ORDER BY actor.id`,
);

/**
 * Subgraph edges: relations between two subgraph nodes, of $types, overlapping [$from, $to], active as of $asOf.
 * Parameters: $dataset, $kinds, $asOf, $types, $from, $to (each may be null). Returns relation, by id.
 */
export const SUBGRAPH_EDGES = cypher(
  ['dataset', 'kinds', 'asOf', 'types', 'from', 'to'],
  `
MATCH (a:Actor)-[r:${REL}]->(b:Actor)
WHERE a.dataset = $dataset
  AND ${actorOfKinds('a')} AND ${actorActive('a')}
  AND ${actorOfKinds('b')} AND ${actorActive('b')}
  AND ${relationOfTypes('r')}
  AND ${relationInWindow('r')}
  AND ${relationActive('r')}
RETURN r {.*} AS relation
ORDER BY relation.id`,
);

/**
 * Co-mention edges of at least $minWeight between two subgraph nodes. Parameters: $dataset, $kinds, $asOf,
 * $minWeight (number). Returns a, b, weight, by (a, b).
 */
export const SUBGRAPH_CO_MENTIONS = cypher(
  ['dataset', 'kinds', 'asOf', 'minWeight'],
  `
MATCH (a:Actor)-[c:CO_MENTIONED_WITH]->(b:Actor)
WHERE a.dataset = $dataset AND c.weight >= $minWeight
  AND ${actorOfKinds('a')} AND ${actorActive('a')}
  AND ${actorOfKinds('b')} AND ${actorActive('b')}
RETURN c.a AS a, c.b AS b, c.weight AS weight
ORDER BY a, b`,
);

export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 20;

/**
 * Shortest paths, direction ignored, at most `hops` hops: one statement per bound in 1..MAX_PATH_HOPS (a length
 * bound cannot be a parameter), SHORTEST_PATHS[hops - 1]. Parameters: $dataset, $from, $to (distinct ids), $types
 * (or null), $limit (integer). Returns actors (list of ids): distinct sequences in lexicographic order.
 */
export const SHORTEST_PATHS: readonly Statement<'dataset' | 'from' | 'to' | 'types' | 'limit'>[] = Array.from(
  { length: MAX_PATH_HOPS },
  (_, i) =>
    cypher(
      ['dataset', 'from', 'to', 'types', 'limit'],
      `
MATCH p = allShortestPaths((a:Actor {id: $from, dataset: $dataset})-[:${REL}*..${i + 1}]-(b:Actor {id: $to, dataset: $dataset}))
WHERE all(r IN relationships(p) WHERE ${relationOfTypes('r')})
WITH DISTINCT [n IN nodes(p) | n.id] AS actors
RETURN actors
ORDER BY actors
LIMIT $limit`,
    ),
);

/**
 * For each pair of adjacent actors, the smallest-id relation between them (either direction) of $types.
 * Parameters: $dataset, $pairs (list of [id, id]), $types. Returns pair, relation (property map).
 */
export const PATH_HOPS = cypher(
  ['dataset', 'pairs', 'types'],
  `
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0], dataset: $dataset})-[r:${REL}]-(b:Actor {id: pair[1], dataset: $dataset})
WHERE ${relationOfTypes('r')}
WITH pair, r
ORDER BY r.id
WITH pair, collect(r)[0] AS first
RETURN pair, first {.*} AS relation`,
);

/**
 * Events of $kinds involving one of $actors, overlapping [$from, $to]. Parameters: $dataset, $kinds, $actors,
 * $from, $to (each may be null). Returns event (property map), sorted by (span start, span end, id).
 */
export const TIMELINE = cypher(
  ['dataset', 'kinds', 'actors', 'from', 'to'],
  `
MATCH (e:Event)
WHERE e.dataset = $dataset
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.spanEnd >= $from)
  AND ($to IS NULL OR e.spanStart <= $to)
  AND ($actors IS NULL OR EXISTS { MATCH (e)-[:INVOLVES]->(a:Actor) WHERE a.id IN $actors })
RETURN e {.*} AS event
ORDER BY event.spanStart, event.spanEnd, event.id`,
);

/**
 * Funding records. Parameters: $dataset, $funder, $recipient, $kinds, $from, $to (each may be null); with a
 * window, only dated records whose span overlaps it (domain/record-filters.ts filterFundings). Returns funding (property
 * map), by id; flows and totals are computed from them and the disputes (domain/funding-aggregation.ts).
 */
export const FUNDINGS = cypher(
  ['dataset', 'funder', 'recipient', 'kinds', 'from', 'to'],
  `
MATCH (f:Funding)
WHERE f.dataset = $dataset
  AND ($funder IS NULL OR f.funder = $funder OR $funder IN coalesce(f.jointFunders, []))
  AND ($recipient IS NULL OR f.recipient = $recipient)
  AND ($kinds IS NULL OR f.kind IN $kinds)
  AND (($from IS NULL AND $to IS NULL)
    OR (f.spanStart IS NOT NULL AND ($from IS NULL OR f.spanEnd >= $from) AND ($to IS NULL OR f.spanStart <= $to)))
RETURN f {.*} AS funding
ORDER BY funding.id`,
);

/** What a search hit shows beside the record: for evidence, the title of its source. Fragments per index. */
const searchContext: Record<FullTextIndexName, string> = {
  actor_words: 'null',
  event_words: 'null',
  evidence_words: '[(node)-[:IN_SOURCE]->(s:Source) | s.title][0]',
  source_words: 'null',
};

/**
 * Full-text search in one index: one statement per index of fullTextIndexes. Parameters: $dataset, $query (a
 * Lucene query built by the adapter from folded words, never the caller's text as is), $limit (integer).
 * Returns item (property map), score, context (string or null), best first.
 */
export const SEARCH = Object.fromEntries(
  (Object.keys(fullTextIndexes) as FullTextIndexName[]).map((index) => [
    index,
    cypher(
      ['dataset', 'query', 'limit'],
      `
CALL db.index.fulltext.queryNodes('${index}', $query) YIELD node, score
WHERE node.dataset = $dataset
RETURN node {.*} AS item, score, ${searchContext[index]} AS context
ORDER BY score DESC, item.id
LIMIT $limit`,
    ),
  ]),
) as Readonly<Record<FullTextIndexName, Statement<'dataset' | 'query' | 'limit'>>>;

/** Parameters: $dataset. Returns source (property map), by id. */
export const SOURCES = cypher(
  ['dataset'],
  `
MATCH (s:Source)
WHERE s.dataset = $dataset
RETURN s {.*} AS source
ORDER BY source.id`,
);

/** Parameters: $dataset, $id. Returns source (property map); no row for an unknown id. */
export const SOURCE = cypher(
  ['dataset', 'id'],
  `
MATCH (s:Source {id: $id, dataset: $dataset})
RETURN s {.*} AS source`,
);

/** Parameters: $dataset, $id. Returns mention (property map), by actor. */
export const SOURCE_MENTIONS = cypher(
  ['dataset', 'id'],
  `
MATCH (:Source {id: $id, dataset: $dataset})-[m:MENTIONS]->(:Actor)
RETURN m {.*} AS mention
ORDER BY mention.actor`,
);

/** Parameters: $dataset, $id. Returns evidence (property map), by start (unanchored last) then id. */
export const SOURCE_EVIDENCE = cypher(
  ['dataset', 'id'],
  `
MATCH (e:Evidence)
WHERE e.dataset = $dataset AND e.source = $id
RETURN e {.*} AS evidence
ORDER BY evidence.start IS NULL, evidence.start, evidence.id`,
);

/** Parameters: $dataset. Returns dispute (property map), claims (list of property maps), by id. */
export const DISPUTES = cypher(
  ['dataset'],
  `
MATCH (d:Dispute)
WHERE d.dataset = $dataset
RETURN d {.*} AS dispute, [(d)-[:HAS_CLAIM]->(c:Claim) | c {.*}] AS claims
ORDER BY dispute.id`,
);

/** Every statement with a name, for the linting test and for logs. */
export function allStatements(): { name: string; statement: Statement }[] {
  const named: { name: string; statement: Statement }[] = [];
  SCHEMA.forEach((statement, i) => named.push({ name: `SCHEMA[${i}]`, statement }));
  for (const [label, statement] of Object.entries(UPSERT)) named.push({ name: `UPSERT.${label}`, statement });
  for (const [type, statement] of Object.entries(UPSERT_RELATION))
    named.push({ name: `UPSERT_RELATION.${type}`, statement });
  for (const [label, statement] of Object.entries(DELETE_STALE))
    named.push({ name: `DELETE_STALE.${label}`, statement });
  SHORTEST_PATHS.forEach((statement, i) => named.push({ name: `SHORTEST_PATHS[${i}]`, statement }));
  for (const [index, statement] of Object.entries(SEARCH)) named.push({ name: `SEARCH.${index}`, statement });
  const singles: Record<string, Statement> = {
    AWAIT_INDEXES,
    DATASET_BEGIN,
    DATASET_SWITCH,
    STALE_DATASETS,
    DATASET_RETIRE,
    DELETE_STALE_DATASET,
    DATASETS,
    CURRENT_DATASET,
    STATS_COUNTS,
    STATS_ACTOR_KINDS,
    STATS_RELATION_TYPES,
    ACTORS_PAGE,
    ACTOR,
    ACTOR_RELATIONS,
    ACTOR_EVENTS,
    ACTOR_FUNDINGS,
    ACTOR_MENTIONS,
    ACTOR_DISPUTES,
    EVIDENCE_BY_IDS,
    NEIGHBOURS,
    ACTORS_BY_IDS,
    RELATIONS_AMONG,
    SUBGRAPH_NODES,
    SUBGRAPH_EDGES,
    SUBGRAPH_CO_MENTIONS,
    PATH_HOPS,
    TIMELINE,
    FUNDINGS,
    SOURCES,
    SOURCE,
    SOURCE_MENTIONS,
    SOURCE_EVIDENCE,
    DISPUTES,
  };
  for (const [name, statement] of Object.entries(singles)) named.push({ name, statement });
  return named;
}
