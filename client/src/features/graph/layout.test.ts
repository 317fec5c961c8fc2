import { describe, expect, it } from 'vitest';
import { hashString, planLayout, seededRandom, seedPositions, withSeededRandom } from './layout.ts';

describe('seeded randomness', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

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
