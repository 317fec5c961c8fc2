/**
 * One-vs-rest logistic regression over sparse string features: each class has its own weights, so a pair of actors
 * may be two things at once (a founder who leads). Hand-written because the job is small and sparse: the libraries
 * at hand train dense matrices, where the features here are a few dozen words out of tens of thousands.
 * Deterministic: the same examples in the same order give the same weights, bit for bit.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../domain/seeded-random.ts';

export interface Example {
  features: readonly string[];
  /** The classes the example belongs to (none: a negative for every class). */
  labels: readonly string[];
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad's step. */
  rate: number;
  /** L2 penalty per update. */
  l2: number;
  /** Features seen in fewer examples are dropped (they only memorise). */
  minCount: number;
  /** Weights closer to zero are dropped from the saved model. */
  prune: number;
  seed: number;
}

/** The saved model: per feature, the weight of each class it moves ([class index, weight] pairs, flattened). */
export interface LogisticModelData {
  classes: string[];
  /** A class is proposed from this probability on (chosen on sets the model was not trained on). */
  threshold: number;
  bias: number[];
  weights: Record<string, number[]>;
}

export const defaultTrainOptions: TrainOptions = {
  epochs: 12,
  rate: 0.2,
  l2: 1e-5,
  minCount: 3,
  prune: 0.5,
  seed: 7,
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round = (x: number) => Math.round(x * 100) / 100;

export function trainLogistic(
  examples: readonly Example[],
  classes: readonly string[],
  threshold: number,
  options: TrainOptions = defaultTrainOptions,
): LogisticModelData {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  names.sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const k = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const w = new Float64Array(names.length * k);
  const g2 = new Float64Array(names.length * k).fill(1e-8);
  const bias = new Float64Array(k);
  const b2 = new Float64Array(k).fill(1e-8);
  const rows = examples.map((e) => ({
    features: [...new Set(e.features)].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])),
    labels: new Set(e.labels.map((l) => classIndex.get(l)).filter((i) => i !== undefined)),
  }));
  const order = rows.map((_, i) => i);
  // (the same order on every run: the models are trained the same, bit for bit)
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      for (let c = 0; c < k; c++) {
        let z = bias[c]!;
        for (const f of row.features) z += w[f * k + c]!;
        const gradient = sigmoid(z) - (row.labels.has(c) ? 1 : 0);
        b2[c]! += gradient * gradient;
        bias[c]! -= (options.rate * gradient) / Math.sqrt(b2[c]!);
        for (const f of row.features) {
          const at = f * k + c;
          const g = gradient + options.l2 * w[at]!;
          g2[at]! += g * g;
          w[at]! -= (options.rate * g) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((name, f) => {
    const kept: number[] = [];
    for (let c = 0; c < k; c++) if (Math.abs(w[f * k + c]!) >= options.prune) kept.push(c, round(w[f * k + c]!));
    if (kept.length > 0) weights[name] = kept;
  });
  return { classes: [...classes], threshold, bias: [...bias].map(round), weights };
}

/** A feature's weights ([class, weight] pairs) and the last scoring that read it (to read a feature once). */
interface FeatureWeights {
  pairs: readonly number[];
  seen: number;
}

/** A trained model ready to score: its features in a map, read once. */
export class LogisticModel {
  readonly classes: readonly string[];
  readonly threshold: number;
  /** The score (log-odds) a class needs to reach the threshold, a hair lower for rounding (`passes` decides). */
  readonly #floor: number;
  readonly #bias: readonly number[];
  readonly #weights: ReadonlyMap<string, FeatureWeights>;
  #scoring = 0;

  constructor(data: LogisticModelData) {
    this.classes = data.classes;
    this.threshold = data.threshold;
    this.#floor = Math.log(data.threshold / (1 - data.threshold)) - 1e-9;
    this.#bias = data.bias;
    this.#weights = new Map(Object.entries(data.weights).map(([f, pairs]) => [f, { pairs, seen: 0 }]));
  }

  /** Each class's score (log-odds) for an example with these features, each read once, into `z`. */
  scores(features: readonly string[], z: Float64Array = new Float64Array(this.classes.length)): Float64Array {
    const scoring = ++this.#scoring;
    for (let c = 0; c < z.length; c++) z[c] = this.#bias[c]!;
    for (const f of features) {
      const w = this.#weights.get(f);
      if (!w || w.seen === scoring) continue;
      w.seen = scoring;
      const pairs = w.pairs;
      for (let i = 0; i < pairs.length; i += 2) z[pairs[i]!]! += pairs[i + 1]!;
    }
    return z;
  }

  /** The probability of a class from its score, when it reaches the threshold; otherwise undefined. */
  passes(score: number): number | undefined {
    if (score < this.#floor) return undefined;
    const p = sigmoid(score);
    return p >= this.threshold ? p : undefined;
  }

  /** Each class's probability for an example with these features. */
  probabilities(features: readonly string[]): number[] {
    return [...this.scores(features)].map(sigmoid);
  }
}

/** A saved model that cannot be read: missing, not JSON, or not a model's shape; names the file and the way out. */
export class LearntModelError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`learnt model ${file}: ${reason}; \`npm run train\` writes it again`);
    this.name = 'LearntModelError';
  }
}

/** What is wrong with a parsed model file's shape, or undefined when it is a model (checked once, when read). */
function shapeProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return 'not an object';
  const { classes, threshold, bias, weights } = data as Partial<Record<keyof LogisticModelData, unknown>>;
  if (!Array.isArray(classes) || !classes.every((c) => typeof c === 'string'))
    return '"classes" is not a list of names';
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold < 1)) return '"threshold" is not a probability';
  if (!Array.isArray(bias) || bias.length !== classes.length || !bias.every((b) => typeof b === 'number'))
    return '"bias" is not one number per class';
  if (typeof weights !== 'object' || weights === null) return '"weights" is not an object';
  for (const [feature, pairs] of Object.entries(weights))
    if (
      !Array.isArray(pairs) ||
      pairs.length % 2 !== 0 ||
      !pairs.every(
        (x, i) => typeof x === 'number' && (i % 2 === 1 || (Number.isInteger(x) && x >= 0 && x < classes.length)),
      )
    )
      return `"weights" of ${JSON.stringify(feature)} are not [class, weight] pairs`;
  return undefined;
}

/** Reads a model saved by `npm run train`; a file missing, unreadable or out of shape is a `LearntModelError`. */
export function readLogisticModel(url: URL): LogisticModel {
  const file = fileURLToPath(url);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new LearntModelError(file, code === 'ENOENT' ? 'no such file' : (error as Error).message);
  }
  const problem = shapeProblem(data);
  if (problem) throw new LearntModelError(file, problem);
  return new LogisticModel(data as LogisticModelData);
}
