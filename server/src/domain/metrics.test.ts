import { describe, expect, it } from 'vitest';
import { graphMetrics } from './metrics.ts';

const actor = (id: string) => ({ id }) as never;
const relation = (id: string, from: string, to: string) => ({ id, from, to }) as never;

describe('graphMetrics', () => {
  const bundle = {
    actors: ['a', 'b', 'c', 'd', 'e', 'f', 'lonely'].map(actor),
    relations: [
      relation('r1', 'a', 'b'),
      relation('r2', 'b', 'c'),
      relation('r3', 'a', 'c'),
      relation('r3b', 'c', 'a'),
      relation('r4', 'd', 'e'),
      relation('r5', 'e', 'f'),
      relation('r6', 'd', 'f'),
      relation('r7', 'c', 'd'),
    ],
  };
  it('measures degree centrality over distinct neighbours', () => {
    const metrics = graphMetrics(bundle);
    expect(metrics.get('c')!.centrality).toBeCloseTo(3 / 6);
    expect(metrics.get('a')!.centrality).toBeCloseTo(2 / 6);
    expect(metrics.get('lonely')!.centrality).toBe(0);
  });
  it('finds the two triangles as communities, numbered by their first member, deterministically', () => {
    const metrics = graphMetrics(bundle);
    const community = (id: string) => metrics.get(id)!.community;
    expect(community('a')).toBe(0);
    expect([community('b'), community('c')]).toEqual([0, 0]);
    expect([community('d'), community('e'), community('f')]).toEqual([1, 1, 1]);
    expect(community('lonely')).toBe(2);
    expect(graphMetrics(bundle)).toEqual(metrics);
  });
});
