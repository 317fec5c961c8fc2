import { strToU8, zipSync } from 'fflate';
import { csvText, xmlAttribute, xmlText } from './escape.ts';
import { edgeColumns, nodeColumns, type ExportGraph } from './graph-export.ts';

/**
 * The export formats. Each is a pure function of the export graph, so that the same bundle gives the same bytes.
 * Edge ids are the relation ids; every edge keeps its citations (evidence ids, sources, quotes as a JSON array).
 */

const CREATOR = 'Sovereign Cloud Atlas';

/** GraphML (yEd, Gephi, NetworkX, igraph): attributes declared as <key>s, values as <data>. */
export function toGraphMl(graph: ExportGraph): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  out.push(`  <!-- ${CREATOR}, bundle ${xmlText(graph.version)} -->`);
  const graphmlType = (type: string) => (type === 'integer' ? 'int' : type);
  nodeColumns.forEach((column, i) =>
    out.push(`  <key id="n${i}" for="node" attr.name="${column.name}" attr.type="${graphmlType(column.type)}"/>`),
  );
  edgeColumns.forEach((column, i) =>
    out.push(`  <key id="e${i}" for="edge" attr.name="${column.name}" attr.type="${graphmlType(column.type)}"/>`),
  );
  out.push('  <graph id="sovereign-cloud-atlas" edgedefault="directed">');
  for (const node of graph.nodes) {
    out.push(`    <node id="${xmlAttribute(node.id)}">`);
    nodeColumns.forEach((column, i) => {
      out.push(`      <data key="n${i}">${xmlText(String(column.value(node, graph)))}</data>`);
    });
    out.push('    </node>');
  }
  for (const edge of graph.edges) {
    out.push(
      `    <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.from)}" target="${xmlAttribute(edge.to)}">`,
    );
    edgeColumns.forEach((column, i) => {
      out.push(`      <data key="e${i}">${xmlText(String(column.value(edge, graph)))}</data>`);
    });
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}

/** GEXF 1.3 (Gephi): attributes declared per class, values as <attvalue>s; the label is the name or the type. */
export function toGexf(graph: ExportGraph): string {
  const out: string[] = [];
  const day = graph.generatedAt.toISOString().slice(0, 10);
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push(`  <meta lastmodifieddate="${day}">`);
  out.push(`    <creator>${CREATOR}</creator>`);
  out.push(`    <description>Bundle ${xmlText(graph.version)}: actors and relations, with citations</description>`);
  out.push('  </meta>');
  out.push('  <graph defaultedgetype="directed" mode="static">');
  out.push('    <attributes class="node">');
  nodeColumns.forEach((column, i) =>
    out.push(`      <attribute id="${i}" title="${column.name}" type="${column.type}"/>`),
  );
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  edgeColumns.forEach((column, i) =>
    out.push(`      <attribute id="${i}" title="${column.name}" type="${column.type}"/>`),
  );
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const node of graph.nodes) {
    out.push(`      <node id="${xmlAttribute(node.id)}" label="${xmlAttribute(node.name)}">`);
    out.push('        <attvalues>');
    nodeColumns.forEach((column, i) => {
      out.push(`          <attvalue for="${i}" value="${xmlAttribute(String(column.value(node, graph)))}"/>`);
    });
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const edge of graph.edges) {
    out.push(
      `      <edge id="${xmlAttribute(edge.id)}" source="${xmlAttribute(edge.from)}" target="${xmlAttribute(edge.to)}" label="${xmlAttribute(edge.type)}">`,
    );
    out.push('        <attvalues>');
    edgeColumns.forEach((column, i) => {
      out.push(`          <attvalue for="${i}" value="${xmlAttribute(String(column.value(edge, graph)))}"/>`);
    });
    out.push('        </attvalues>');
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}

export function nodesCsv(graph: ExportGraph): string {
  return csvText(
    ['id', ...nodeColumns.map((c) => c.name)],
    graph.nodes.map((node) => [node.id, ...nodeColumns.map((c) => c.value(node, graph))]),
  );
}

export function edgesCsv(graph: ExportGraph): string {
  return csvText(
    ['id', 'source', 'target', ...edgeColumns.map((c) => c.name)],
    graph.edges.map((edge) => [edge.id, edge.from, edge.to, ...edgeColumns.map((c) => c.value(edge, graph))]),
  );
}

/**
 * The money, one row per aggregate: totals per recipient and per funder (group), then flows; per kind and currency,
 * never converted; `low`–`high` the range the sources support (equal unless rival claims meet), `claims` the
 * competing claims as `amount:record+record` separated by spaces. A total is never added to its parts: flows show
 * the parts, totals the total.
 */
export function moneyCsv(graph: ExportGraph): string {
  const { totalsByRecipient, totalsByFunder, flows } = graph.money;
  const claims = (rivalries: { claims: { records: string[]; amount: number }[] }[]) =>
    rivalries.flatMap((r) => r.claims.map((c) => `${c.amount}:${c.records.join('+')}`)).join(' ');
  return csvText(
    ['role', 'funders', 'recipient', 'kind', 'currency', 'low', 'high', 'disputed', 'disputes', 'claims', 'records'],
    [
      ...totalsByRecipient.map((t) => [
        'recipient',
        '',
        t.to,
        t.kind,
        t.currency,
        t.low,
        t.high,
        t.disputed,
        t.disputes.join(' '),
        claims(t.rivalries),
        t.records.join(' '),
      ]),
      ...totalsByFunder.map((t) => [
        'funder',
        t.funders.join('+'),
        t.to ?? '',
        t.kind,
        t.currency,
        t.low,
        t.high,
        t.disputed,
        t.disputes.join(' '),
        claims(t.rivalries),
        t.records.join(' '),
      ]),
      ...flows.map((f) => [
        'flow',
        f.funders.join('+'),
        f.to,
        f.kind,
        f.currency,
        f.amount,
        f.amount,
        f.disputed,
        f.disputes.join(' '),
        f.claim ? `claim ${f.claim.index + 1} of ${f.claim.of}` : '',
        f.records.join(' '),
      ]),
    ],
  );
}

/** nodes.csv, edges.csv and money.csv in one zip, stamped with the bundle's time so that the bytes are reproducible. */
export function csvZip(graph: ExportGraph): Uint8Array {
  const mtime = graph.generatedAt;
  return zipSync(
    {
      'nodes.csv': [strToU8(nodesCsv(graph)), { mtime }],
      'edges.csv': [strToU8(edgesCsv(graph)), { mtime }],
      'money.csv': [strToU8(moneyCsv(graph)), { mtime }],
    },
    { level: 6 },
  );
}
