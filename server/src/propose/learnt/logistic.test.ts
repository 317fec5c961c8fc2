import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  defaultTrainOptions,
  LearntModelError,
  LogisticModel,
  readLogisticModel,
  trainLogistic,
  type Example,
} from './logistic.ts';

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

describe('a saved model read from its file', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'logistic-'));
  const saved = (name: string, text: string | undefined) => {
    const file = path.join(folder, name);
    if (text !== undefined) writeFileSync(file, text);
    return { file, url: pathToFileURL(file) };
  };

  it('scores as the model it was written from', () => {
    const data = trainLogistic(examples(), ['a', 'b'], 0.5, { ...defaultTrainOptions, prune: 0.01 });
    const { url } = saved('good.json', JSON.stringify(data));
    expect(readLogisticModel(url).probabilities(['w:buys'])).toEqual(new LogisticModel(data).probabilities(['w:buys']));
  });

  it.each<[string, string | undefined, RegExp]>([
    ['missing.json', undefined, /no such file/],
    ['cut.json', '{"classes": ["a"], "thresh', /JSON/],
    ['list.json', '[1, 2]', /"classes"/],
    ['bias.json', '{"classes": ["a", "b"], "threshold": 0.5, "bias": [0.1], "weights": {}}', /"bias"/],
    ['threshold.json', '{"classes": ["a"], "threshold": 2, "bias": [0], "weights": {}}', /"threshold"/],
    ['class.json', '{"classes": ["a"], "threshold": 0.5, "bias": [0], "weights": {"w:x": [3, 1.5]}}', /"w:x"/],
  ])('names the file and what is wrong when it is not a model (%s)', (name, text, reason) => {
    const { file, url } = saved(name, text);
    let error: unknown;
    try {
      readLogisticModel(url);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LearntModelError);
    expect((error as LearntModelError).file).toBe(file);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain('npm run train');
  });
});
