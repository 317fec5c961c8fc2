import { describe, expect, it } from 'vitest';
import { datingAsOf, ownDatesSpan } from '@atlas/server/domain/time-spans';
import type { GraphEdge, GraphNode } from '../../shared/api/types.ts';
import { mergeSubgraphs } from './graph-model.ts';
import { centralityRanks } from './layout.ts';
import { budgetRelations } from './relation-budget.ts';

const span = ownDatesSpan(undefined, undefined);
const node = (id: string, centrality: number): GraphNode => ({
  id,
  name: id,
  kind: 'company',
  aliases: { fr: [], en: [] },
  description: { fr: '-', en: '-' },
  evidence: [],
  centrality,
  community: 0,
  span,
  dating: datingAsOf(span),
});
const edge = (from: string, to: string): GraphEdge => ({
  id: `${from}-${to}`,
  type: 'partner-of',
  from,
  to,
  evidence: ['ev-1'],
  span,
  dating: datingAsOf(span),
});

// a, b, c are central; x, y, z are not.
const nodes = [node('a', 0.9), node('b', 0.8), node('c', 0.7), node('x', 0.1), node('y', 0.05), node('z', 0.01)];
const edges = [edge('a', 'b'), edge('b', 'c'), edge('a', 'x'), edge('x', 'y'), edge('y', 'z'), edge('c', 'z')];
const model = mergeSubgraphs([{ nodes, edges }]);
const ranks = centralityRanks(nodes);
const all = new Set(edges.map((e) => e.id));
const noFocus = { actors: [], relations: [], inView: null };

describe('relation budget', () => {
  it('draws everything when the relations in view fit the budget', () => {
    expect(budgetRelations(model, all, ranks, noFocus, 6)).toBeNull();
  });

  it('past the budget, draws the relations among the most central actors first', () => {
    expect([...budgetRelations(model, all, ranks, noFocus, 2)!]).toEqual(['a-b', 'b-c']);
    expect([...budgetRelations(model, all, ranks, noFocus, 3)!]).toEqual(['a-b', 'b-c', 'a-x']);
  });

  it('chooses among the visible relations only', () => {
    const visible = new Set(['a-x', 'x-y', 'y-z', 'c-z']);
    expect([...budgetRelations(model, visible, ranks, noFocus, 2)!].sort()).toEqual(['a-x', 'x-y']);
  });

  it('adds every relation of the selected actor and of a path', () => {
    const drawn = budgetRelations(model, all, ranks, { actors: ['z'], relations: ['x-y'], inView: null }, 2)!;
    expect([...drawn].sort()).toEqual(['a-b', 'b-c', 'c-z', 'x-y', 'y-z']);
  });

  it('zoomed in, adds the relations between actors in view, and not those leaving it', () => {
    const drawn = budgetRelations(model, all, ranks, { actors: [], relations: [], inView: new Set(['x', 'y']) }, 2)!;
    expect([...drawn].sort()).toEqual(['a-b', 'b-c', 'x-y']);
  });
});
