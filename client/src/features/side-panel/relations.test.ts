import { describe, expect, it } from 'vitest';
import type { Relation } from '../../shared/api/types.ts';
import { symmetricRelationTypes } from '../../shared/vocabulary.ts';
import { groupRelations } from './relations.ts';

const rel = (id: string, type: Relation['type'], from: string, to: string, since?: string): Relation => ({
  id,
  type,
  from,
  to,
  evidence: ['ev'],
  ...(since ? { since: { value: since, precision: 'year' as const } } : {}),
});

describe('groupRelations', () => {
  const relations = [
    rel('c-competes-amazon', 'competes-with', 'cloudwatt', 'amazon'),
    rel('numergy-competes-c', 'competes-with', 'numergy', 'cloudwatt'),
    rel('thales-founded-c', 'founded', 'thales', 'cloudwatt', '2012'),
    rel('orange-founded-c', 'founded', 'orange', 'cloudwatt', '2012'),
    rel('state-founded-c', 'founded', 'french-state', 'cloudwatt', '2011'),
    rel('c-brand-of-orange', 'brand-of', 'cloudwatt', 'orange'),
    rel('bercy-funds-c', 'funds', 'bercy', 'cloudwatt'),
    rel('unrelated', 'owns', 'x', 'y'),
  ];
  const groups = groupRelations('cloudwatt', relations, symmetricRelationTypes);

  it('groups by type and end, founding and money first', () => {
    expect(groups.map((g) => g.key)).toEqual(['founded:in', 'funds:in', 'brand-of:out', 'competes-with:out']);
  });

  it('names the other actor and orders by date, undated first, then by name', () => {
    expect(groups[0]!.items.map((i) => i.other)).toEqual(['french-state', 'orange', 'thales']);
    expect(groups[3]!.items.map((i) => i.other)).toEqual(['amazon', 'numergy']);
  });
});
