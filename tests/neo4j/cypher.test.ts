import { lintCypherQuery, testData, type DbSchema, type SyntaxDiagnostic } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import {
  ACTORS_PAGE,
  allLabels,
  allRelationshipTypes,
  allStatements,
  relationRelationshipTypes,
  TIMELINE,
  type Statement,
} from '../../server/src/store/neo4j/cypher.ts';
import { propertyKeys } from '../../server/src/store/neo4j/mapper.ts';

/**
 * Every statement the Neo4j adapter can send goes through Neo4j's own parser and semantic analyser
 * (@neo4j-cypher/language-support: the ANTLR grammar of Cypher and the Scala.js build of Neo4j's front end), in
 * Cypher 5 (Neo4j 5 LTS) and Cypher 25, against a schema that declares exactly what the load writes: labels,
 * relationship types and which labels they join, property keys (from mapper.ts), the real catalogue of built-in
 * functions and procedures, and, per statement, only the parameters that statement declares. Any diagnostic, error
 * or warning, fails the test.
 */

const cypherVersions = ['CYPHER 5', 'CYPHER 25'] as const;

const graphSchema: DbSchema['graphSchema'] = [
  ...relationRelationshipTypes.map((relType) => ({ from: 'Actor', to: 'Actor', relType })),
  { from: 'Event', to: 'Actor', relType: 'INVOLVES' },
  { from: 'Funding', to: 'Actor', relType: 'FROM_FUNDER' },
  { from: 'Funding', to: 'Actor', relType: 'TO_RECIPIENT' },
  { from: 'Dispute', to: 'Claim', relType: 'HAS_CLAIM' },
  { from: 'Evidence', to: 'Source', relType: 'IN_SOURCE' },
  { from: 'Source', to: 'Actor', relType: 'MENTIONS' },
  { from: 'Actor', to: 'Actor', relType: 'CO_MENTIONED_WITH' },
];

function schemaFor(params: readonly string[], version: (typeof cypherVersions)[number]): DbSchema {
  return {
    // The catalogue of Neo4j's built-in functions and procedures (signatures included) that the package ships.
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    labels: [...allLabels],
    relationshipTypes: [...allRelationshipTypes],
    propertyKeys: [...new Set(Object.values(propertyKeys).flat())],
    graphSchema,
    parameters: Object.fromEntries(params.map((name) => [name, null])),
    defaultLanguage: version,
  };
}

function lint(text: string, params: readonly string[], version: (typeof cypherVersions)[number]) {
  return lintCypherQuery(text, schemaFor(params, version)).diagnostics;
}

const show = (text: string, diagnostics: SyntaxDiagnostic[]) =>
  diagnostics.map(
    (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message} at «${text.slice(d.offsets.start, d.offsets.end)}»`,
  );

const statements = allStatements();

describe('every Cypher statement of the Neo4j adapter', () => {
  it('is a known, non-trivial set', () => {
    expect(statements.length).toBeGreaterThan(100);
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
  });

  for (const version of cypherVersions) {
    describe(version, () => {
      it.each(statements.map((s) => [s.name, s.statement] as const))(
        '%s passes the parser and the semantic analyser',
        (_name, statement) => {
          expect(show(statement.text, lint(statement.text, statement.params, version))).toEqual([]);
        },
      );
    });
  }

  it.each(statements.map((s) => [s.name, s.statement] as const))(
    '%s uses every parameter it declares and declares every parameter it uses',
    (_name, statement: Statement) => {
      const used = new Set([...statement.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
      expect([...used].sort()).toEqual([...new Set(statement.params)].sort());
    },
  );

  it('writes no label or relationship type into the text but those of the closed vocabularies', () => {
    const declared = new Set([...allLabels, ...allRelationshipTypes]);
    for (const { name, statement } of statements) {
      for (const match of statement.text.matchAll(/[([]\w*:([A-Z][A-Za-z_|]*)/g)) {
        for (const label of match[1]!.split('|')) expect(declared.has(label), `${name}: ${label}`).toBe(true);
      }
    }
  });
});

describe('the check can fail', () => {
  // Each of these must be caught; if the analyser stopped running (its wrapper swallows its own crashes), the
  // semantic cases here would pass silently and this test would fail.
  const broken: [string, string, string[]][] = [
    ['a syntax error', 'MATCH (a:Actor) RETRN a', []],
    ['an undefined variable (semantic)', 'MATCH (a:Actor) WHERE a.dataset = $version RETURN b', ['version']],
    ['two columns with one name (semantic)', 'MATCH (a:Actor) RETURN a.id AS x, a.name AS x', []],
    ['an aggregation mixed wrongly (semantic)', 'MATCH (a:Actor) RETURN a.id, count(*) + a.community AS n', []],
    ['an undeclared parameter', 'MATCH (a:Actor {id: $id}) RETURN a.name', []],
    ['a label outside the vocabulary', 'MATCH (a:Company) RETURN a.id', []],
    ['a relationship type outside the vocabulary', 'MATCH (:Actor)-[r:EMPLOYS]->(:Actor) RETURN r.id', []],
    ['a property the load never writes', 'MATCH (a:Actor) RETURN a.foldedNme', []],
    ['a relationship drawn the wrong way', 'MATCH (a:Actor)-[:INVOLVES]->(e:Event) RETURN e.id', []],
    ['a function that does not exist', 'MATCH (a:Actor) RETURN fold(a.name) AS f', []],
    ['a built-in function with the wrong arity', 'MATCH (a:Actor) RETURN toLower(a.name, 1) AS f', []],
    ['a procedure that does not exist', "CALL db.index.fulltext.queryNode('actor_text', 'x')", []],
    ['a deprecated form', 'MATCH (a:Actor) CALL { WITH a RETURN a.id AS i } RETURN i', []],
  ];

  for (const version of cypherVersions) {
    it.each(broken)(`${version}: catches %s`, (_what, text, params) => {
      expect(lint(text, params, version).length).toBeGreaterThan(0);
    });
  }

  it('catches a real statement with a parameter left out of its declaration', () => {
    const params = TIMELINE.params.filter((p) => p !== 'actors');
    const messages = lint(TIMELINE.text, params, 'CYPHER 5').map((d) => d.message);
    expect(messages).toContain('Parameter $actors is not defined.');
  });

  it('catches a real statement broken by one changed character', () => {
    const text = ACTORS_PAGE.text.replace('WITH collect(a {.*}) AS matches', 'WITH collect(a {.*}) AS match');
    expect(lint(text, ACTORS_PAGE.params, 'CYPHER 5').some((d) => d.severity === 1)).toBe(true);
  });
});
