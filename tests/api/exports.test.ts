import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../server/src/api/export/escape.ts';
import { edgesCsv, nodesCsv, toGexf, toGraphMl } from '../../server/src/api/export/formats.ts';
import type { ExportGraph } from '../../server/src/api/export/graph-export.ts';
import type { GraphNode } from '../../server/src/domain/graph-store.ts';
import type { Evidence, Relation } from '../../server/src/domain/model.ts';
import { UNKNOWN_SPAN } from '../../server/src/domain/time-spans.ts';
import { binaryParser, expectProblem, makeApp, type TestApp } from './support.ts';
import { findAll, parseCsv, parseXml } from './xml-csv.ts';

/**
 * Exports parse back to the graph they came from: as many nodes and edges as the bundle has actors and relations,
 * every edge with its citations; and any string, however hostile, survives XML and CSV escaping.
 */

let t: TestApp;
beforeAll(async () => {
  t = await makeApp();
});

const download = (url: string) => request(t.app).get(url).buffer(true).parse(binaryParser);

describe('GET /api/export/{format}', () => {
  it('graphml: one node per actor, one edge per relation, citations kept', async () => {
    const res = await download('/api/export/graphml').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="sovereign-cloud-atlas-${t.bundle.version}.graphml"`,
    );
    const root = parseXml((res.body as Buffer).toString('utf8'));
    expect(root.name).toBe('graphml');
    expect(findAll(root, 'node')).toHaveLength(t.bundle.actors.length);
    const edges = findAll(root, 'edge');
    expect(edges).toHaveLength(t.bundle.relations.length);
    const keys = new Map(findAll(root, 'key').map((k) => [k.attributes.id!, k.attributes['attr.name']!]));
    const edge = edges.find((e) => e.attributes.id === 'orange-founded-cloudwatt')!;
    expect(edge.attributes).toMatchObject({ source: 'orange', target: 'cloudwatt' });
    const data = Object.fromEntries(edge.children.map((d) => [keys.get(d.attributes.key!)!, d.text]));
    expect(data.type).toBe('founded');
    const relation = t.bundle.relations.find((r) => r.id === 'orange-founded-cloudwatt')!;
    expect(data.evidence_ids).toBe(relation.evidence.join(' '));
    const quotes = (JSON.parse(data.citations!) as { quote: string }[]).map((c) => c.quote);
    expect(quotes).toContain(
      'Cloudwatt was created by Orange and Thales by adding 150 million euros to the amount provided by the State.',
    );
  });

  it('gexf: one node per actor, one edge per relation, citations kept', async () => {
    const res = await download('/api/export/gexf').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    const root = parseXml((res.body as Buffer).toString('utf8'));
    expect(root.name).toBe('gexf');
    expect(root.attributes.version).toBe('1.3');
    expect(findAll(root, 'node')).toHaveLength(t.bundle.actors.length);
    const edges = findAll(root, 'edge');
    expect(edges).toHaveLength(t.bundle.relations.length);
    const edgeAttributes = findAll(root, 'attributes').find((a) => a.attributes.class === 'edge')!;
    const titles = new Map(edgeAttributes.children.map((a) => [a.attributes.id!, a.attributes.title!]));
    const edge = edges.find((e) => e.attributes.id === 'orange-founded-cloudwatt')!;
    expect(edge.attributes.label).toBe('founded');
    const values = Object.fromEntries(
      findAll(edge, 'attvalue').map((v) => [titles.get(v.attributes.for!)!, v.attributes.value!]),
    );
    expect(JSON.parse(values.citations!)).toHaveLength(
      t.bundle.relations.find((r) => r.id === 'orange-founded-cloudwatt')!.evidence.length,
    );
  });

  it('csv: a zip of nodes.csv, edges.csv and money.csv with a row per actor and per relation', async () => {
    const res = await download('/api/export/csv').expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'money.csv', 'nodes.csv']);
    const nodes = parseCsv(strFromU8(files['nodes.csv']!));
    const edges = parseCsv(strFromU8(files['edges.csv']!));
    expect(nodes).toHaveLength(t.bundle.actors.length + 1);
    expect(edges).toHaveLength(t.bundle.relations.length + 1);
    expect(nodes[0]!.slice(0, 3)).toEqual(['id', 'name', 'kind']);
    expect(edges[0]!.slice(0, 4)).toEqual(['id', 'source', 'target', 'type']);
    const width = edges[0]!.length;
    for (const row of edges) expect(row).toHaveLength(width);
    const row = edges.find((r) => r[0] === 'orange-founded-cloudwatt')!;
    expect(row.slice(1, 4)).toEqual(['orange', 'cloudwatt', 'founded']);
  });

  it('csv with ?kind=: one CSV file', async () => {
    const nodes = await request(t.app).get('/api/export/csv?kind=nodes').expect(200);
    expect(nodes.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(nodes.text)).toHaveLength(t.bundle.actors.length + 1);
    const edges = await request(t.app).get('/api/export/csv?kind=edges').expect(200);
    expect(parseCsv(edges.text)).toHaveLength(t.bundle.relations.length + 1);
  });

  it('csv money: totals and flows by the one aggregation rule, a disputed total as the range the sources support', async () => {
    const res = await request(t.app).get('/api/export/csv?kind=money').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(res.text);
    const header = rows[0]!;
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    const andromede = rows.find(
      (r) => r[0] === 'recipient' && at(r, 'recipient') === 'andromede' && at(r, 'kind') === 'pledged',
    )!;
    // Never 720,000,000 (the total, its four parts and the State's rival figure added up).
    expect([at(andromede, 'low'), at(andromede, 'high'), at(andromede, 'disputed')]).toEqual([
      '150000000',
      '285000000',
      'true',
    ]);
    expect(at(andromede, 'claims')).toBe('150000000:french-state-andromede-150m 285000000:andromede-total-around-285m');
    const joint = rows.find(
      (r) => r[0] === 'flow' && at(r, 'recipient') === 'cloudwatt' && at(r, 'kind') === 'invested',
    )!;
    expect([at(joint, 'funders'), at(joint, 'low')]).toEqual(['orange+thales', '150000000']);
    // Flows draw the total as its parts: their pledges to Andromède add up to the total plus the rival claim, each
    // flow marked with its claim so that no reader adds them.
    const pledges = rows.filter(
      (r) => r[0] === 'flow' && at(r, 'recipient') === 'andromede' && at(r, 'kind') === 'pledged',
    );
    expect(pledges.every((r) => at(r, 'claims')!.startsWith('claim '))).toBe(true);
  });

  it('json: the bundle, byte for byte', async () => {
    const res = await download('/api/export/json').expect(200);
    expect((res.body as Buffer).toString('utf8')).toBe(t.bundleJson);
  });

  it('refuses an unknown format, a traversal, and ?kind= outside csv', async () => {
    expectProblem(await request(t.app).get('/api/export/pdf'), 400);
    expectProblem(await request(t.app).get(`/api/export/${encodeURIComponent('../../etc/passwd')}`), 400);
    const body = expectProblem(await request(t.app).get('/api/export/graphml?kind=nodes'), 400);
    expect(body.errors).toEqual([{ name: 'kind', in: 'query', reason: 'only with format csv' }]);
  });
});

// ---------------------------------------------------------------- hostile strings

const hostile = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    ']]><!--',
    '&amp; &#0; &#xD800; &lt;',
    '=HYPERLINK("http://evil","x")',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\tTab first',
    'a,b;c\r\nd\ne\rf',
    '\u202Eevil\u202C',
    '\u0000\u0001\u0008\u000B\u000C\u001F\u007F',
    '\uD800 lone surrogate \uDFFF',
    '\uFFFE\uFFFF',
    '  spaced  ',
    '"""',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** What XML can carry of a string: characters XML 1.0 forbids become U+FFFD. */
const xmlVisible = (value: string) =>
  value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

function hostileGraph(name: string, quote: string, role: string): ExportGraph {
  const node = (id: string): GraphNode => ({
    id,
    name,
    kind: 'company',
    aliases: { fr: [name], en: [] },
    description: { fr: quote, en: role },
    evidence: ['ev-1'],
    centrality: 0.5,
    community: 1,
    span: UNKNOWN_SPAN,
    dating: 'undated',
  });
  const relation: Relation = {
    id: 'r-1',
    type: 'founded',
    from: 'a',
    to: 'b',
    role: { fr: role, en: name },
    evidence: ['ev-1'],
  };
  const evidence: Evidence = { id: 'ev-1', source: 's', quote, start: null, end: null };
  return {
    version: 'v',
    generatedAt: new Date(0),
    nodes: [node('a'), node('b')],
    edges: [relation],
    evidence: new Map([['ev-1', evidence]]),
    sources: new Map(),
    money: { flows: [], totalsByRecipient: [], totalsByFunder: [] },
  };
}

describe('escaping hostile strings', () => {
  it('GraphML and GEXF stay well-formed XML and give every string back', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, quote, role) => {
        const graph = hostileGraph(name, quote, role);
        const graphml = parseXml(toGraphMl(graph));
        expect(findAll(graphml, 'node')).toHaveLength(2);
        expect(findAll(graphml, 'edge')).toHaveLength(1);
        const keys = new Map(findAll(graphml, 'key').map((k) => [k.attributes.id!, k.attributes['attr.name']!]));
        const nodeData = Object.fromEntries(
          findAll(graphml, 'node')[0]!.children.map((d) => [keys.get(d.attributes.key!)!, d.text]),
        );
        expect(nodeData.name).toBe(xmlVisible(name));
        const edgeData = Object.fromEntries(
          findAll(graphml, 'edge')[0]!.children.map((d) => [keys.get(d.attributes.key!)!, d.text]),
        );
        expect(edgeData.role_fr).toBe(xmlVisible(role));
        expect(edgeData.role_en).toBe(xmlVisible(name));
        expect(edgeData.citations).toBe(xmlVisible(JSON.stringify([{ evidence: 'ev-1', source: 's', quote }])));

        const gexf = parseXml(toGexf(graph));
        const node = findAll(gexf, 'node')[0]!;
        expect(node.attributes.label).toBe(xmlVisible(name));
        const edge = findAll(gexf, 'edge')[0]!;
        const values = findAll(edge, 'attvalue').map((v) => v.attributes.value);
        expect(values).toContain(xmlVisible(role));
      }),
      { numRuns: 300 },
    );
  });

  it('CSV gives every string back, formulas defused, one row per record', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (name, quote, role) => {
        const graph = hostileGraph(name, quote, role);
        const nodes = parseCsv(nodesCsv(graph));
        expect(nodes).toHaveLength(3);
        const header = nodes[0]!;
        const defused = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        expect(nodes[1]![header.indexOf('name')]).toBe(defused(name));
        const edges = parseCsv(edgesCsv(graph));
        expect(edges).toHaveLength(2);
        expect(edges[1]).toHaveLength(edges[0]!.length);
        expect(edges[1]![edges[0]!.indexOf('role_fr')]).toBe(defused(role));
        expect(edges[1]![edges[0]!.indexOf('role_en')]).toBe(defused(name));
        expect(JSON.parse(edges[1]![edges[0]!.indexOf('citations')]!)).toEqual([
          { evidence: 'ev-1', source: 's', quote },
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes exactly what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(Number.NaN)).toBe('');
  });
});
