import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi } from '../../server/src/api/openapi.ts';
import { ProblemSchema } from '../../server/src/api/schemas.ts';
import type { StoreStats } from '../../server/src/domain/graph-store.ts';
import { operations } from '../../server/src/api/operations.ts';
import { repoRoot } from '../support/fixture.ts';
import { expectShape, makeApp, type TestApp } from './support.ts';

/**
 * Property-based attack on every parameter of every operation the committed OpenAPI document (server/openapi.json)
 * lists: random and hostile values (injections, markup, huge and negative numbers, NaN, controls and bidi overrides,
 * traversals, repeated keys, unknown keys) on all parameters at once; every hostile string on each parameter alone;
 * one random hostile parameter at a time with the others plausible. Never a 5xx; every 4xx is problem+json; every
 * 200 has its declared shape; the graph is the same afterwards; and every parameter of every operation was given
 * plausible, hostile and repeated values. Prints the requests sent and the 5xx count.
 */

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  example?: unknown;
  schema?: { type?: string; enum?: string[]; items?: { enum?: string[] } };
}

const hostileStrings = [
  "' OR 1=1 --",
  '"; DROP TABLE actors; --',
  'MATCH (n) DETACH DELETE n',
  '}) MATCH (n) DETACH DELETE n //',
  '$where: 1',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '/etc/passwd',
  '..\\..\\windows\\win.ini',
  '\u0000',
  '\u202Eevil\u202C',
  '\u200B\uFEFF',
  '\uD800',
  'ǅ̈́̈́̈́̈́',
  '9'.repeat(400),
  '1e308',
  '-1',
  '-0',
  '0',
  '1.5',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '9007199254740993',
  '99999999999999999999999',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '',
  ' ',
  ',',
  ',,,',
  'company,,person',
  '2013-02-30',
  '2013-13-01',
  '0000-00-00',
  '%',
  '%zz',
  'a'.repeat(5_000),
];

const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
);

/** Percent-encodes every byte but the unreserved ones (lone surrogates go as U+FFFD, as UTF-8 does). */
const pct = (value: string) =>
  [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

/** A plausible value for a parameter: its example or one of its enum values. */
function plausibleValues(parameter: Parameter): string[] {
  const options: string[] = [];
  if (parameter.example !== undefined) options.push(String(parameter.example));
  if (parameter.schema?.enum) options.push(...parameter.schema.enum);
  if (parameter.schema?.items?.enum)
    options.push(...parameter.schema.items.enum, parameter.schema.items.enum.slice(0, 3).join(','));
  if (parameter.schema?.type === 'integer') options.push('1', '2', '3');
  return options.length > 0 ? options : ['cloudwatt'];
}

function plausible(parameter: Parameter): fc.Arbitrary<string> {
  return fc.constantFrom(...plausibleValues(parameter));
}

type Choice =
  { kind: 'omit' } | { kind: 'value'; value: string; hostile: boolean } | { kind: 'repeat'; values: string[] };

function choice(parameter: Parameter): fc.Arbitrary<Choice> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Choice>({ kind: 'omit' }) },
    {
      weight: 3,
      arbitrary: plausible(parameter).map((value): Choice => ({ kind: 'value', value, hostile: false })),
    },
    { weight: 4, arbitrary: hostileValue.map((value): Choice => ({ kind: 'value', value, hostile: true })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.oneof(plausible(parameter), hostileValue), { minLength: 2, maxLength: 3 })
        .map((values): Choice => ({ kind: 'repeat', values })),
    },
  );
}

/** How often each parameter of each operation was given a plausible value, a hostile one, several, or none. */
interface Exercised {
  plausible: number;
  hostile: number;
  repeated: number;
  omitted: number;
}
const exercised = new Map<string, Exercised>();
const tally = { requests: 0, serverErrors: 0, clientErrors: 0, ok: 0 };
const parameterKey = (operationId: string, parameter: Parameter) => `${operationId} ${parameter.in}:${parameter.name}`;

let t: TestApp;
let before: StoreStats;
beforeAll(async () => {
  t = await makeApp();
  before = await t.store.stats();
});
afterAll(async () => {
  const after = await t.store.stats();
  expect(after).toEqual(before);
  console.info(
    `fuzz: ${tally.requests} requests over ${paths.length} operations and ${declared.length} parameters: ` +
      `${tally.serverErrors} 5xx, ${tally.clientErrors} 4xx (all problem+json), ${tally.ok} 2xx/3xx; ` +
      `graph counts unchanged (${after.actors} actors, ${after.relations} relations)`,
  );
});

// The operations as the committed OpenAPI document lists them (tests/api/headers.test.ts holds it equal to the one
// the server serves); every one must be attacked, on every parameter it declares.
const committed = JSON.parse(readFileSync(path.join(repoRoot, 'server/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string; parameters?: Parameter[] }>>;
};
const { document } = openApi();
const paths = Object.entries(committed.paths) as [
  string,
  { get?: { operationId?: string; parameters?: Parameter[] } },
][];
const declared = paths.flatMap(([, item]) =>
  (item.get?.parameters ?? []).map((parameter) => parameterKey(item.get!.operationId!, parameter)),
);

describe('coverage of the OpenAPI document', () => {
  it('lists GET operations only, the same as the server declares and serves', () => {
    for (const [urlPath, item] of paths) expect(Object.keys(item), urlPath).toEqual(['get']);
    expect(paths.map(([, item]) => item.get!.operationId).sort()).toEqual(
      (operations as readonly { operationId: string }[]).map((op) => op.operationId).sort(),
    );
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(paths.map(([urlPath]) => urlPath).sort());
  });
});

/** The request URL for these choices, counting what each parameter was given. */
function buildUrl(
  path: string,
  operationId: string,
  parameters: readonly Parameter[],
  choices: readonly Choice[],
  extra: readonly [string, string] | null = null,
  rawSuffix: string | null = null,
): string {
  let url = path;
  const query: string[] = [];
  parameters.forEach((parameter, i) => {
    const c = choices[i]!;
    if (parameter.in === 'path') {
      const value = c.kind === 'value' ? c.value : c.kind === 'repeat' ? c.values.join('/') : 'cloudwatt';
      url = url.replace(`{${parameter.name}}`, pct(value) || 'x');
    } else if (c.kind === 'value') query.push(`${pct(parameter.name)}=${pct(c.value)}`);
    else if (c.kind === 'repeat') for (const v of c.values) query.push(`${pct(parameter.name)}=${pct(v)}`);

    const key = parameterKey(operationId, parameter);
    const counts = exercised.get(key) ?? { plausible: 0, hostile: 0, repeated: 0, omitted: 0 };
    if (c.kind === 'omit') counts.omitted++;
    else if (c.kind === 'repeat') counts.repeated++;
    else if (c.hostile) counts.hostile++;
    else counts.plausible++;
    exercised.set(key, counts);
  });
  if (extra) query.push(`${pct(extra[0])}=${pct(extra[1])}`);
  if (query.length > 0 || rawSuffix) url += `?${query.join('&')}${rawSuffix ?? ''}`;
  return url;
}

/** Sends the request: never a 5xx, every 4xx a problem, every JSON 200 of its declared shape. */
async function attack(operationId: string, url: string): Promise<void> {
  const res = await request(t.app).get(url);
  tally.requests++;
  if (res.status >= 500) tally.serverErrors++;
  else if (res.status >= 400) tally.clientErrors++;
  else tally.ok++;
  expect(res.status, `${url} → ${res.status} ${res.text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    const problem = ProblemSchema.safeParse(JSON.parse(res.text));
    expect(problem.success, `${url}: ${res.text.slice(0, 300)}`).toBe(true);
    expect(problem.data!.status).toBe(res.status);
    if (res.status === 400 && problem.data!.type.endsWith('invalid-parameters')) {
      expect(problem.data!.errors!.length).toBeGreaterThan(0);
    }
  } else if (
    res.status === 200 &&
    res.headers['content-type']?.startsWith('application/json') &&
    operationId !== 'exportGraph'
  ) {
    expectShape(operationId, res.body);
  }
}

describe.each(paths.map(([path, item]) => ({ path, op: item.get! })))('$op.operationId ($path)', ({ path, op }) => {
  const parameters = (op.parameters ?? []) as Parameter[];
  const operationId = op.operationId!;

  it('never answers 5xx to random and hostile parameters; every 4xx is problem+json', async () => {
    const arbitrary = fc.record({
      choices: fc.tuple(...parameters.map(choice)),
      extra: fc.option(fc.tuple(fc.constantFrom('zz', 'q[]', '__proto__', 'limit', 'kinds'), hostileValue), {
        freq: 4,
      }),
      rawSuffix: fc.option(fc.constantFrom('%', '%E0%A4%A', '&&&', '=', '#frag'), { freq: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, ({ choices, extra, rawSuffix }) =>
        attack(operationId, buildUrl(path, operationId, parameters, choices as Choice[], extra, rawSuffix)),
      ),
      { numRuns: 40 },
    );
  });

  // With several parameters, one that is refused hides what the others would have done: here one parameter at a
  // time is hostile and the others are plausible (or absent), so that each hostile value reaches as far as it can.
  if (parameters.length === 0) return;

  // Deterministic, so that the coverage below never depends on the draw: every hostile string on every parameter,
  // and each parameter given twice, the other required parameters plausible.
  it('every hostile string on each parameter, and each parameter twice', async () => {
    const base = (target: number): Choice[] =>
      parameters.map((parameter, i) =>
        i === target || !parameter.required
          ? { kind: 'omit' }
          : { kind: 'value', value: plausibleValues(parameter)[0]!, hostile: false },
      );
    for (const [target, parameter] of parameters.entries()) {
      for (const hostile of hostileStrings) {
        const choices = base(target);
        choices[target] = { kind: 'value', value: hostile, hostile: true };
        await attack(operationId, buildUrl(path, operationId, parameters, choices));
      }
      const choices = base(target);
      choices[target] = { kind: 'value', value: plausibleValues(parameter)[0]!, hostile: false };
      await attack(operationId, buildUrl(path, operationId, parameters, choices));
      choices[target] = { kind: 'repeat', values: [plausibleValues(parameter)[0]!, '<script>alert(1)</script>'] };
      await attack(operationId, buildUrl(path, operationId, parameters, choices));
    }
  });

  it('one hostile parameter at a time, the others plausible', async () => {
    const arbitrary = fc.record({
      target: fc.nat({ max: Math.max(0, parameters.length - 1) }),
      hostile: hostileValue,
      others: fc.tuple(
        ...parameters.map((parameter) =>
          fc.oneof(
            fc.constant<Choice>({ kind: 'omit' }),
            plausible(parameter).map((value): Choice => ({ kind: 'value', value, hostile: false })),
          ),
        ),
      ),
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, ({ target, hostile, others }) => {
        const choices = (others as Choice[]).map((c, i) =>
          i === target ? ({ kind: 'value', value: hostile, hostile: true } as Choice) : c,
        );
        return attack(operationId, buildUrl(path, operationId, parameters, choices));
      }),
      { numRuns: 10 * parameters.length },
    );
  });
});

describe('coverage of every parameter', () => {
  it('gave every parameter of every operation plausible, hostile and repeated values', () => {
    expect([...exercised.keys()].sort()).toEqual([...declared].sort());
    for (const [key, counts] of exercised) {
      expect(counts.plausible, `${key}: plausible values`).toBeGreaterThan(0);
      expect(counts.hostile, `${key}: hostile values`).toBeGreaterThan(0);
      expect(counts.repeated, `${key}: given twice or more`).toBeGreaterThan(0);
    }
  });
});
