import { describe, expect, it } from 'vitest';
import { datingAsOf, ownDatesSpan, type KnownSpan } from '@atlas/server/domain/time-spans';
import type { GraphEdge, GraphNode, Relation } from '../../shared/api/types.ts';
import {
  mergeSubgraphs,
  neighbourhoodOf,
  nodeSize,
  pathSubgraph,
  sortRows,
  visibleDegrees,
  visibleElements,
  type GraphFilters,
} from './graph-model.ts';

/** A source of summer 2022 that speaks of whatever is given `attestedIn2022`. */
const interview = { date: { value: '2022-summer', precision: 'season' as const }, source: 'interview', record: null };

/** A node known by its own dates, unless a span is given (the API computes it from the evidence). */
const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => {
  const span = extra.span ?? ownDatesSpan(extra.founded, extra.dissolved);
  return {
    id,
    name: id.toUpperCase(),
    kind: 'company',
    aliases: { fr: [], en: [] },
    description: { fr: '-', en: '-' },
    evidence: [],
    centrality: 0.1,
    community: 0,
    ...extra,
    span,
    dating: datingAsOf(span),
  };
};
const edge = (id: string, from: string, to: string, extra: Partial<Relation> = {}, known?: KnownSpan): GraphEdge => {
  const span = known ?? ownDatesSpan(extra.since, extra.until);
  return { id, type: 'founded', from, to, evidence: ['ev-1'], ...extra, span, dating: datingAsOf(span) };
};

const nodes = [
  node('thales'),
  node('orange'),
  node('cloudwatt', { kind: 'joint-venture', founded: { value: '2012-09', precision: 'month', qualifier: 'early' } }),
  node('s3ns', { kind: 'joint-venture', founded: { value: '2022-summer', precision: 'season' } }),
  node('bleu', { kind: 'joint-venture', founded: { value: '2022-summer', precision: 'season' } }),
  node('bercy', { kind: 'public-body' }),
];
const edges = [
  edge('thales-founded-cloudwatt', 'thales', 'cloudwatt', { since: { value: '2012-09', precision: 'month' } }),
  edge('orange-founded-cloudwatt', 'orange', 'cloudwatt'),
  edge('thales-founded-s3ns', 'thales', 's3ns', { since: { value: '2022-summer', precision: 'season' } }),
  edge('orange-founded-bleu', 'orange', 'bleu'),
  edge('bercy-funds-cloudwatt', 'bercy', 'cloudwatt', {
    type: 'funds',
    until: { value: '2015', precision: 'approximate' },
    status: 'ended',
  }),
];
const model = mergeSubgraphs([{ nodes, edges }]);
const none: GraphFilters = { kinds: null, types: null, from: null, to: null, asOf: null, undated: true };

describe('mergeSubgraphs', () => {
  it('unites subgraphs without duplicates and drops edges whose ends are missing', () => {
    const merged = mergeSubgraphs([
      { nodes: [nodes[0]!, nodes[2]!], edges: [edges[0]!, edges[1]!] },
      { nodes: [nodes[2]!, nodes[1]!], edges: [edges[1]!] },
      undefined,
    ]);
    expect([...merged.nodes.keys()]).toEqual(['thales', 'cloudwatt', 'orange']);
    expect([...merged.edges.keys()]).toEqual(['thales-founded-cloudwatt', 'orange-founded-cloudwatt']);
    expect(mergeSubgraphs([{ nodes: [nodes[0]!], edges: [edges[0]!] }]).edges.size).toBe(0);
  });

  it('adds path actors from a dictionary, and path relations with their known spans from the whole graph', () => {
    const { span: _span, dating: _dating, ...hop } = edges[2]!;
    const part = pathSubgraph(['thales', 'nobody', 's3ns'], [hop], model.nodes, model.edges);
    expect(part.nodes.map((n) => n.id)).toEqual(['thales', 's3ns']);
    expect(part.edges).toEqual([edges[2]]);
    // A relation the whole graph lacks is known by its own dates.
    expect(pathSubgraph([], [hop], model.nodes).edges[0]!.span).toEqual(edges[2]!.span);
  });
});

describe('visibleElements', () => {
  it('shows everything without filters', () => {
    const v = visibleElements(model, none);
    expect(v.nodes.size).toBe(6);
    expect(v.edges.size).toBe(5);
  });

  it('replays the network: as of 2013, S3NS and Bleu do not exist yet', () => {
    const v = visibleElements(model, { ...none, asOf: 2013 });
    expect(v.nodes.has('s3ns')).toBe(false);
    expect(v.nodes.has('bleu')).toBe(false);
    expect(v.nodes.has('cloudwatt')).toBe(true);
    expect([...v.edges].sort()).toEqual([
      'bercy-funds-cloudwatt',
      'orange-founded-cloudwatt',
      'thales-founded-cloudwatt',
    ]);
    expect(visibleElements(model, { ...none, asOf: 2022 }).nodes.has('s3ns')).toBe(true);
    // "c. 2015" is reached from its first possible day (July 2014): Bercy's funding has ended by the end of 2014.
    expect(visibleElements(model, { ...none, asOf: 2014 }).edges.has('bercy-funds-cloudwatt')).toBe(false);
  });

  it('filters kinds (hiding their relations) and relation types (keeping isolated actors)', () => {
    const byKind = visibleElements(model, { ...none, kinds: ['company', 'public-body'] });
    expect(byKind.nodes.has('cloudwatt')).toBe(false);
    expect(byKind.edges.size).toBe(0);
    const byType = visibleElements(model, { ...none, types: ['funds'] });
    expect([...byType.edges]).toEqual(['bercy-funds-cloudwatt']);
    expect(byType.nodes.size).toBe(6);
    expect(visibleElements(model, { ...none, kinds: [] }).nodes.size).toBe(0);
  });

  it('keeps relations overlapping the date window, and undated ones', () => {
    const v = visibleElements(model, { ...none, from: '2018-01-01', to: '2019-12-31' });
    expect(v.edges.has('bercy-funds-cloudwatt')).toBe(false);
    expect(v.edges.has('thales-founded-s3ns')).toBe(false);
    expect(v.edges.has('orange-founded-bleu')).toBe(true);
  });

  it('marks what has no date of its own as undated, counts it apart, and leaves it out when asked', () => {
    const v = visibleElements(model, { ...none, asOf: 2013 });
    // thales, orange and bercy have no founding date and no source in this model.
    expect(v.dating.nodes.get('thales')).toBe('undated');
    expect(v.dating.nodes.get('cloudwatt')).toBe('dated');
    expect(v.dating.edges.get('orange-founded-cloudwatt')).toBe('undated');
    expect(v.dating.edges.get('thales-founded-cloudwatt')).toBe('dated');
    expect(v.counts.nodes).toEqual({ dated: 1, attested: 0, undated: 3 });
    expect(v.counts.edges).toEqual({ dated: 1, attested: 0, undated: 2 });
    const hidden = visibleElements(model, { ...none, asOf: 2013, undated: false });
    expect([...hidden.nodes]).toEqual(['cloudwatt']);
    // thales-founded-cloudwatt is dated, but Thales is undated and left out, so the relation goes too.
    expect(hidden.edges.size).toBe(0);
    expect(hidden.counts).toEqual(v.counts);
  });

  it('attests from a source, and starts a statement at its publication', () => {
    const attested = mergeSubgraphs([
      {
        nodes: [
          node('quentin-adam', { span: { start: null, end: null, attested: interview } }),
          node('s3ns', { span: { start: null, end: null, attested: interview } }),
        ],
        edges: [
          edge(
            'quentin-adam-criticises-s3ns',
            'quentin-adam',
            's3ns',
            { type: 'criticises' },
            {
              start: { date: interview.date, basis: 'publication', source: 'interview' },
              end: null,
              attested: interview,
            },
          ),
        ],
      },
    ]);
    const in2021 = visibleElements(attested, { ...none, asOf: 2021 });
    expect(in2021.dating.nodes.get('s3ns')).toBe('undated');
    expect(in2021.edges.size).toBe(0);
    const in2022 = visibleElements(attested, { ...none, asOf: 2022 });
    expect(in2022.dating.nodes.get('s3ns')).toBe('attested');
    expect(in2022.dating.edges.get('quentin-adam-criticises-s3ns')).toBe('dated');
    expect(in2022.edges.has('quentin-adam-criticises-s3ns')).toBe(true);
  });

  it('counts visible relations and finds the selection’s neighbours', () => {
    const v = visibleElements(model, none);
    expect(visibleDegrees(model, v).get('cloudwatt')).toBe(3);
    expect([...neighbourhoodOf(model, v, 'cloudwatt')].sort()).toEqual(['bercy', 'cloudwatt', 'orange', 'thales']);
  });
});

describe('nodeSize', () => {
  it('grows with the square root of the weight, within bounds', () => {
    expect(nodeSize(0, 10)).toBe(18);
    expect(nodeSize(10, 10)).toBe(64);
    expect(nodeSize(2.5, 10)).toBe(41);
    expect(nodeSize(50, 10)).toBe(64);
    expect(nodeSize(5, 0)).toBe(18);
  });
});

describe('sortRows', () => {
  const rows = [
    { id: 'b', name: 'Élysée', kind: 'Public body', relations: 2, centrality: 0.2 },
    { id: 'a', name: 'Amazon', kind: 'Company', relations: 5, centrality: 0.5 },
    { id: 'c', name: 'cloudwatt', kind: 'Joint venture', relations: 5, centrality: 0.3 },
  ];
  it('sorts by a column, either way, accent-aware, ties by name', () => {
    expect(sortRows(rows, 'name', 'ascending', 'fr').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'relations', 'descending', 'en').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'centrality', 'ascending', 'en').map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});
