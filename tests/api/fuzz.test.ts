import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi } from '../../server/src/api/openapi.ts';
import { ProblemSchema } from '../../server/src/api/schemas.ts';
import type { StoreStats } from '../../server/src/domain/graph-store.ts';
import { expectShape, makeApp, type TestApp } from './support.ts';

/**
 * Property-based attack on every parameter of every operation the generated OpenAPI document lists: random and
 * hostile values (injections, markup, huge and negative numbers, NaN, controls and bidi overrides, traversals,
 * repeated keys, unknown keys). Never a 5xx; every 4xx is problem+json; every 200 has its declared shape; and the
 * graph is the same afterwards.
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
function plausible(parameter: Parameter): fc.Arbitrary<string> {
  const options: string[] = [];
  if (parameter.example !== undefined) options.push(String(parameter.example));
  if (parameter.schema?.enum) options.push(...parameter.schema.enum);
  if (parameter.schema?.items?.enum)
    options.push(...parameter.schema.items.enum, parameter.schema.items.enum.slice(0, 3).join(','));
  if (parameter.schema?.type === 'integer') options.push('1', '2', '3');
  return options.length > 0 ? fc.constantFrom(...options) : fc.constant('cloudwatt');
}

type Choice = { kind: 'omit' } | { kind: 'value'; value: string } | { kind: 'repeat'; values: string[] };

function choice(parameter: Parameter): fc.Arbitrary<Choice> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<Choice>({ kind: 'omit' }) },
    { weight: 3, arbitrary: plausible(parameter).map((value): Choice => ({ kind: 'value', value })) },
    { weight: 4, arbitrary: hostileValue.map((value): Choice => ({ kind: 'value', value })) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.oneof(plausible(parameter), hostileValue), { minLength: 2, maxLength: 3 })
        .map((values): Choice => ({ kind: 'repeat', values })),
    },
  );
}

let t: TestApp;
let before: StoreStats;
beforeAll(async () => {
  t = await makeApp();
  before = await t.store.stats();
});
afterAll(async () => {
  expect(await t.store.stats()).toEqual(before);
});

const { document } = openApi();
const paths = Object.entries(document.paths ?? {}) as [
  string,
  { get?: { operationId?: string; parameters?: Parameter[] } },
][];

describe.each(paths.map(([path, item]) => ({ path, op: item.get! })))('$op.operationId ($path)', ({ path, op }) => {
  const parameters = (op.parameters ?? []) as Parameter[];

  it('never answers 5xx to random and hostile parameters; every 4xx is problem+json', async () => {
    const arbitrary = fc.record({
      choices: fc.tuple(...parameters.map(choice)),
      extra: fc.option(fc.tuple(fc.constantFrom('zz', 'q[]', '__proto__', 'limit', 'kinds'), hostileValue), {
        freq: 4,
      }),
      rawSuffix: fc.option(fc.constantFrom('%', '%E0%A4%A', '&&&', '=', '#frag'), { freq: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ choices, extra, rawSuffix }) => {
        let url = path;
        const query: string[] = [];
        parameters.forEach((parameter, i) => {
          const c = choices[i] as Choice;
          if (parameter.in === 'path') {
            const value = c.kind === 'value' ? c.value : c.kind === 'repeat' ? c.values.join('/') : 'cloudwatt';
            url = url.replace(`{${parameter.name}}`, pct(value) || 'x');
          } else if (c.kind === 'value') query.push(`${pct(parameter.name)}=${pct(c.value)}`);
          else if (c.kind === 'repeat') for (const v of c.values) query.push(`${pct(parameter.name)}=${pct(v)}`);
        });
        if (extra) query.push(`${pct(extra[0])}=${pct(extra[1])}`);
        if (query.length > 0 || rawSuffix) url += `?${query.join('&')}${rawSuffix ?? ''}`;

        const res = await request(t.app).get(url);
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
          op.operationId !== 'exportGraph'
        ) {
          expectShape(op.operationId!, res.body);
        }
      }),
      { numRuns: 40 },
    );
  });
});
