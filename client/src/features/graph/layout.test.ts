import { describe, expect, it } from 'vitest';
import {
  batchesByRank,
  centralityRanks,
  fitViewport,
  hashString,
  labelBudget,
  LABELS_AT_FIT,
  placeApart,
  planLayout,
  relationRank,
  seedPositions,
  withSeededRandom,
} from './layout.ts';

describe('seeded randomness', () => {
  it('replaces Math.random only while running', () => {
    const original = Math.random;
    const values = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(values);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('x');
      }),
    ).toThrow('x');
    expect(Math.random).toBe(original);
  });

  it('hashes strings stably', () => {
    expect(hashString('cloudwatt')).toBe(hashString('cloudwatt'));
    expect(hashString('cloudwatt')).not.toBe(hashString('numergy'));
  });
});

describe('seedPositions', () => {
  const placed = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 0 }],
  ]);

  it('puts a newcomer near the centre of its placed neighbours', () => {
    const seeded = seedPositions(['n'], new Map([['n', ['a', 'b']]]), placed, 40);
    const p = seeded.get('n')!;
    expect(Math.hypot(p.x - 50, p.y - 0)).toBeCloseTo(40, 5);
  });

  it('places chains breadth first and never moves placed actors', () => {
    const neighbours = new Map([
      ['n1', ['a']],
      ['n2', ['n1']],
    ]);
    const seeded = seedPositions(['n2', 'n1', 'a'], neighbours, placed, 40);
    expect([...seeded.keys()].sort()).toEqual(['n1', 'n2']);
    const n1 = seeded.get('n1')!;
    const n2 = seeded.get('n2')!;
    expect(Math.hypot(n1.x, n1.y)).toBeCloseTo(40, 5);
    expect(Math.hypot(n2.x - n1.x, n2.y - n1.y)).toBeCloseTo(40, 5);
  });

  it('spreads siblings and puts unconnected newcomers on a ring outside the drawing', () => {
    const neighbours = new Map([
      ['s1', ['a']],
      ['s2', ['a']],
    ]);
    const seeded = seedPositions(['s1', 's2', 'lonely'], neighbours, placed, 40);
    const [s1, s2] = [seeded.get('s1')!, seeded.get('s2')!];
    expect(Math.hypot(s1.x - s2.x, s1.y - s2.y)).toBeGreaterThan(5);
    const lonely = seeded.get('lonely')!;
    expect(Math.hypot(lonely.x - 50, lonely.y)).toBeGreaterThan(100);
  });

  it('is deterministic', () => {
    const neighbours = new Map([['x', ['a']]]);
    expect(seedPositions(['x'], neighbours, placed)).toEqual(seedPositions(['x'], neighbours, placed));
  });
});

describe('planLayout', () => {
  it('lays a first drawing out from scratch, at draft quality past 500 actors', () => {
    expect(planLayout(120, [], 120)).toMatchObject({ run: true, quality: 'default', randomize: true });
    expect(planLayout(2000, [], 2000)).toMatchObject({ run: true, quality: 'draft', randomize: true });
    expect(planLayout(0, [], 0).run).toBe(false);
  });

  it('grows incrementally with the actors already drawn fixed, and leaves a shrinking graph alone', () => {
    expect(planLayout(30, ['a', 'b'], 28)).toEqual({
      run: true,
      quality: 'default',
      randomize: false,
      fixed: ['a', 'b'],
    });
    expect(planLayout(10, ['a'], 0).run).toBe(false);
    expect(planLayout(1200, ['a'], 10).run).toBe(false);
  });
});

describe('actors linked to nothing', () => {
  it('go in a grid below the drawing, one label-wide cell each', () => {
    const drawn = [
      { x: -300, y: -200 },
      { x: 300, y: 200 },
    ];
    const placed = placeApart(['a', 'b', 'c', 'd', 'e'], drawn, { width: 200, height: 80 });
    expect(placed.size).toBe(5);
    const points = [...placed.values()];
    for (const p of points) expect(p.y).toBeGreaterThan(200);
    // No two share a cell, and neighbours in a row are a label's width apart.
    const keys = new Set(points.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(5);
    expect(Math.abs(placed.get('b')!.x - placed.get('a')!.x)).toBe(200);
    // Four columns fit under a drawing 600 wide: the fifth starts a second row, centred.
    expect(placed.get('e')!.y).toBeGreaterThan(placed.get('a')!.y);
    expect(placed.get('e')!.x).toBe(0);
  });

  it('places nothing when there is nothing to place', () => {
    expect(placeApart([], [{ x: 0, y: 0 }]).size).toBe(0);
  });
});

describe('labels by centrality', () => {
  it('ranks the most central first, ties by id', () => {
    const ranks = centralityRanks([
      { id: 'b', centrality: 0.1 },
      { id: 'a', centrality: 0.1 },
      { id: 'hub', centrality: 0.9 },
    ]);
    expect([...ranks.entries()]).toEqual([
      ['hub', 0],
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('labels a few actors at the fitted zoom and more as one zooms in', () => {
    expect(labelBudget(0.5, 0.5, 200)).toBe(LABELS_AT_FIT);
    expect(labelBudget(0.3, 0.5, 200)).toBe(LABELS_AT_FIT);
    expect(labelBudget(1, 0.5, 200)).toBe(LABELS_AT_FIT * 4);
    expect(labelBudget(4, 0.5, 200)).toBe(200);
  });
});

describe('adding a large drawing in batches', () => {
  const ranks = new Map([
    ['hub', 0],
    ['second', 1],
    ['leaf', 2],
    ['other', 3],
  ]);

  it('puts the best ranked first, keeps the given order among equals, and cuts batches of the given size', () => {
    const items = ['leaf', 'other', 'hub', 'unranked', 'second'];
    expect(batchesByRank(items, (id) => ranks.get(id) ?? Infinity, 2)).toEqual([
      ['hub', 'second'],
      ['leaf', 'other'],
      ['unranked'],
    ]);
    expect(batchesByRank([], () => 0, 3)).toEqual([]);
  });

  it('ranks a relation by its better end, so the most central actors get their relations first', () => {
    const rank = relationRank(ranks);
    const relations = [
      { id: 'r1', source: 'leaf', target: 'other' },
      { id: 'r2', source: 'other', target: 'hub' },
      { id: 'r3', source: 'second', target: 'leaf' },
    ];
    expect(relations.map(rank)).toEqual([2, 0, 1]);
    expect(batchesByRank(relations, rank, 2).map((batch) => batch.map((r) => r.id))).toEqual([['r2', 'r3'], ['r1']]);
  });
});

describe('fitting a selection', () => {
  it('centres the box and zooms it to the viewport', () => {
    const { zoom, pan } = fitViewport({ x1: 0, y1: 0, w: 400, h: 200 }, { width: 1000, height: 600 }, 100, 4);
    expect(zoom).toBe(2);
    // The box's centre (200, 100) lands on the viewport's centre (500, 300).
    expect(pan.x + zoom * 200).toBe(500);
    expect(pan.y + zoom * 100).toBe(300);
  });

  it('does not blow a lone actor up past the cap', () => {
    expect(fitViewport({ x1: 10, y1: 10, w: 20, h: 20 }, { width: 800, height: 600 }, 40, 1.5).zoom).toBe(1.5);
  });
});
