import { describe, expect, it } from 'vitest';
import { defaultTrainOptions, LogisticModel, trainLogistic, type Example } from './logistic.ts';

/** Examples where the word "buys" tells class a, "hires" class b, both together both, and "meets" neither. */
function examples(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 30; i++) {
    const noise = `n:${i % 5}`;
    out.push({ features: ['w:buys', noise], labels: ['a'] });
    out.push({ features: ['w:hires', noise], labels: ['b'] });
    out.push({ features: ['w:buys', 'w:hires', noise], labels: ['a', 'b'] });
    out.push({ features: ['w:meets', noise], labels: [] });
  }
  return out;
}

describe('one-vs-rest logistic regression', () => {
  const data = trainLogistic(examples(), ['a', 'b'], 0.5, { ...defaultTrainOptions, prune: 0.01 });
  const model = new LogisticModel(data);
  const p = (...features: string[]) => model.probabilities(features);

  it('learns which words tell which class, and both classes at once', () => {
    expect(p('w:buys', 'n:1')[0]).toBeGreaterThan(0.9);
    expect(p('w:buys', 'n:1')[1]).toBeLessThan(0.1);
    expect(p('w:hires', 'n:2')[1]).toBeGreaterThan(0.9);
    const both = p('w:buys', 'w:hires', 'n:3');
    expect(both[0]).toBeGreaterThan(0.9);
    expect(both[1]).toBeGreaterThan(0.9);
    expect(Math.max(...p('w:meets', 'n:4'))).toBeLessThan(0.1);
  });

  it('reads a feature once however often it is given, and ignores features it never saw', () => {
    expect(p('w:buys', 'w:buys', 'n:1')).toEqual(p('w:buys', 'n:1'));
    expect(p('w:buys', 'n:1', 'w:unseen')).toEqual(p('w:buys', 'n:1'));
  });

  it('trains the same weights from the same examples, bit for bit', () => {
    const again = trainLogistic(examples(), ['a', 'b'], 0.5, { ...defaultTrainOptions, prune: 0.01 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it('drops features seen fewer times than minCount and weights under the pruning floor', () => {
    const rare = [...examples(), { features: ['w:once'], labels: ['a'] }];
    const kept = trainLogistic(rare, ['a', 'b'], 0.5, { ...defaultTrainOptions, minCount: 2, prune: 0.01 });
    expect(kept.weights['w:once']).toBeUndefined();
    const pruned = trainLogistic(examples(), ['a', 'b'], 0.5, { ...defaultTrainOptions, prune: 100 });
    expect(pruned.weights).toEqual({});
  });

  it('keeps the threshold it was given with the model', () => {
    expect(model.threshold).toBe(0.5);
    expect(model.classes).toEqual(['a', 'b']);
  });
});
