import { describe, expect, it } from 'vitest';
import { datingAsOf, ownDatesSpan } from '@atlas/server/domain/time-spans';
import type { GraphEdge, GraphNode } from '../../shared/api/types.ts';
import { mergeSubgraphs, visibleDegrees, visibleElements, type GraphFilters } from './graph-model.ts';
import { drawnVisibility, groupByKind, isolatedActors } from './isolated-actors.ts';

const node = (id: string, kind: GraphNode['kind'], name = id): GraphNode => {
  const span = ownDatesSpan(undefined, undefined);
  return {
    id,
    name,
    kind,
    aliases: { fr: [], en: [] },
    description: { fr: '-', en: '-' },
    evidence: [],
    centrality: 0.1,
    community: 0,
    span,
    dating: datingAsOf(span),
  };
};
const edge = (id: string, from: string, to: string, type: GraphEdge['type'], until?: string): GraphEdge => {
  const span = ownDatesSpan(undefined, until ? { value: until, precision: 'year' } : undefined);
  return { id, type, from, to, evidence: ['ev-1'], span, dating: datingAsOf(span) };
};

const model = mergeSubgraphs([
  {
    nodes: [
      node('thales', 'company', 'Thales'),
      node('cloudwatt', 'joint-venture', 'Cloudwatt'),
      node('bercy', 'public-body', 'Bercy'),
      node('zeta', 'company', 'Zeta'),
      node('alpha', 'company', 'Alpha'),
      node('ovh', 'company', 'OVHcloud'),
    ],
    edges: [
      edge('thales-founded-cloudwatt', 'thales', 'cloudwatt', 'founded'),
      edge('bercy-funds-cloudwatt', 'bercy', 'cloudwatt', 'funds', '2015'),
      edge('ovh-partner-of-zeta', 'ovh', 'zeta', 'partner-of'),
    ],
  },
]);
const none: GraphFilters = { kinds: null, types: null, from: null, to: null, asOf: null, undated: true };
const isolatedUnder = (filters: GraphFilters) => {
  const visibility = visibleElements(model, filters);
  return isolatedActors(visibility, visibleDegrees(model, visibility));
};

describe('isolated actors', () => {
  it('are the visible actors with no visible relation', () => {
    expect([...isolatedUnder(none)]).toEqual(['alpha']);
  });

  it('follow the filters: an actor whose relations are all filtered out is set apart', () => {
    expect([...isolatedUnder({ ...none, types: ['founded', 'funds'] })].sort()).toEqual(['alpha', 'ovh', 'zeta']);
  });

  it('follow the "as of" day: an ended relation no longer links its ends', () => {
    expect([...isolatedUnder({ ...none, asOf: 2020 })].sort()).toEqual(['alpha', 'bercy']);
  });

  it('are none when no relation shows at all (the lone actors are drawn)', () => {
    expect(isolatedUnder({ ...none, types: ['acquired'] }).size).toBe(0);
  });

  it('leave the drawing without them, and the rest of the visibility as it was', () => {
    const visibility = visibleElements(model, none);
    const drawn = drawnVisibility(visibility, new Set(['alpha']));
    expect(drawn.nodes.has('alpha')).toBe(false);
    expect(drawn.nodes.size).toBe(visibility.nodes.size - 1);
    expect(drawn.edges).toBe(visibility.edges);
    expect(drawn.dating).toBe(visibility.dating);
    expect(drawnVisibility(visibility, new Set())).toBe(visibility);
  });
});

describe('grouping by kind', () => {
  it('takes the vocabulary order of kinds and sorts names within each, ignoring case', () => {
    const groups = groupByKind(['zeta', 'bercy', 'alpha', 'ovh', 'missing'], model, (n) => n.name, 'en');
    expect(groups.map((g) => g.kind)).toEqual(['company', 'public-body']);
    expect(groups[0]!.actors.map((a) => a.name)).toEqual(['Alpha', 'OVHcloud', 'Zeta']);
    expect(groups[1]!.actors).toEqual([{ id: 'bercy', name: 'Bercy', undated: false }]);
  });

  it('marks the actors undated as of the day shown', () => {
    const groups = groupByKind(
      ['alpha', 'zeta'],
      model,
      (n) => n.name,
      'en',
      (id) => id === 'zeta',
    );
    expect(groups[0]!.actors.map((a) => [a.id, a.undated])).toEqual([
      ['alpha', false],
      ['zeta', true],
    ]);
  });

  it('names each actor in the reader language', () => {
    const groups = groupByKind(['bercy'], model, (n) => `${n.name} (fr)`, 'fr');
    expect(groups[0]!.actors[0]!.name).toBe('Bercy (fr)');
  });
});
