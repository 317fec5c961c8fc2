import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../server/src/domain/dates.ts';
import { StoreUnavailableError } from '../../server/src/domain/graph-store.ts';
import { graphMetrics } from '../../server/src/domain/metrics.ts';
import {
  BUNDLE_SCHEMA_VERSION,
  relationTypes,
  type Bundle,
  type Evidence,
  type Relation,
  type RelationType,
} from '../../server/src/domain/model.ts';
import { PATH_RESULT_CAP } from '../../server/src/domain/query-limits.ts';
import { type RelationFilter, relationPasses } from '../../server/src/domain/record-filters.ts';
import { canonicalSequences, selectHop } from '../../server/src/domain/shortest-paths.ts';
import { actorActiveAsOf } from '../../server/src/domain/time-windows.ts';
import { computeKnownSpans } from '../../server/src/domain/time-spans.ts';
import { EmbeddedGraphStore } from '../../server/src/store/embedded/embedded-store.ts';
import { actor, source } from '../support/bundle-builder.ts';

/**
 * What the contract suite cannot reach on the real knowledge base: the indexed traversals checked against naive
 * reference implementations on random graphs (parallel relations, self-loops, fuzzy dates), the atomic swap, the
 * options, and odd inputs.
 */

// 'criticises' is a statement: without a date of its own it starts at its source's publication.
const types: RelationType[] = ['owns', 'founded', 'partner-of', 'funds', 'criticises'];
const kinds = ['company', 'person', 'programme'] as const;

/**
 * A bundle exactly as given: unsorted, unvalidated, with dangling references where a test wants them. (buildBundle
 * sorts and validates, which would hide what these tests feed the store.)
 */
function bundleOf(parts: Partial<Bundle> & Pick<Bundle, 'actors' | 'relations'>): Bundle {
  return {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    version: 'test',
    corpus: { present: false, documents: 0 },
    events: [],
    fundings: [],
    disputes: [],
    sources: [],
    evidence: [],
    mentions: [],
    coMentions: [],
    ...parts,
  };
}

// ---------------------------------------------------------------- random graphs

const fuzzyDate: fc.Arbitrary<FuzzyDate> = fc.oneof(
  fc.integer({ min: 2008, max: 2016 }).map((y) => ({ value: String(y), precision: 'year' as const })),
  fc.integer({ min: 2008, max: 2016 }).map((y) => ({ value: String(y), precision: 'approximate' as const })),
  fc
    .record({ y: fc.integer({ min: 2008, max: 2016 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => ({ value: `${y}-${String(m).padStart(2, '0')}`, precision: 'month' as const })),
  fc
    .record({
      y: fc.integer({ min: 2008, max: 2016 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => ({
      value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      precision: 'day' as const,
    })),
);

const randomBundle: fc.Arbitrary<Bundle> = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc
    .record({
      actors: fc.array(
        fc.record({ kind: fc.constantFrom(...kinds), founded: fc.option(fuzzyDate, { nil: undefined }) }),
        { minLength: n, maxLength: n },
      ),
      relations: fc.array(
        fc.record({
          from: fc.integer({ min: 0, max: n - 1 }),
          to: fc.integer({ min: 0, max: n - 1 }),
          type: fc.constantFrom(...types),
          since: fc.option(fuzzyDate, { nil: undefined }),
          until: fc.option(fuzzyDate, { nil: undefined }),
          rank: fc.integer({ min: 0, max: 999 }),
        }),
        { maxLength: 3 * n },
      ),
      published: fuzzyDate,
    })
    .map(({ actors, relations, published }) =>
      bundleOf({
        sources: [source('s', published)],
        evidence: [{ id: 'e', source: 's', quote: 'a quote', start: null, end: null }],
        // Ids out of order on purpose: the store numbers them in id order itself.
        actors: actors.map((a, i) => actor(`a${(i * 7) % 13}-${i}`, { kind: a.kind, founded: a.founded })).reverse(),
        relations: relations.map((r, i) => {
          const relation: Relation = {
            id: `r${r.rank}-${i}`,
            type: r.type,
            from: `a${(r.from * 7) % 13}-${r.from}`,
            to: `a${(r.to * 7) % 13}-${r.to}`,
            evidence: ['e'],
          };
          if (r.since) relation.since = r.since;
          if (r.until) relation.until = r.until;
          return relation;
        }),
      }),
    ),
);

const filterArbitrary: fc.Arbitrary<RelationFilter> = fc.record({
  relationTypes: fc.option(fc.subarray(types), { nil: undefined }),
  asOf: fc.option(fc.constantFrom('2009-06-15', '2012-01-01', '2014-07-01', '2016-12-31'), { nil: undefined }),
});

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Naive neighbourhood: BFS over the relation list. */
function naiveNeighbourhood(bundle: Bundle, centre: string, depth: number, filter: RelationFilter) {
  const spans = computeKnownSpans(bundle).relations;
  const passing = bundle.relations.filter((r) => relationPasses(r, filter, spans.get(r.id)));
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const r of passing) {
        const other = r.from === v ? r.to : r.to === v ? r.from : null;
        if (other !== null && !reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return {
    nodes: [...reached].sort(),
    edges: passing
      .filter((r) => reached.has(r.from) && reached.has(r.to))
      .sort(byId)
      .map((r) => r.id),
  };
}

/** Naive shortest paths: distances from both ends, then every path along them, sorted and capped. */
function naiveShortestPaths(bundle: Bundle, from: string, to: string, maxHops: number, filter: RelationFilter) {
  const passing = bundle.relations.filter((r) => relationPasses(r, filter));
  const neighbours = (v: string) => [
    ...new Set(passing.flatMap((r) => (r.from === v ? [r.to] : r.to === v ? [r.from] : []))),
  ];
  const distances = (start: string) => {
    const distance = new Map([[start, 0]]);
    let frontier = [start];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const v of frontier) {
        for (const u of neighbours(v)) {
          if (!distance.has(u)) {
            distance.set(u, distance.get(v)! + 1);
            next.push(u);
          }
        }
      }
      frontier = next;
    }
    return distance;
  };
  const fromStart = distances(from);
  const toEnd = distances(to);
  const length = fromStart.get(to);
  if (length === undefined || length > maxHops) return [];
  const sequences: string[][] = [];
  const walk = (path: string[]) => {
    const v = path.at(-1)!;
    if (v === to) return void sequences.push([...path]);
    for (const u of neighbours(v)) {
      if (fromStart.get(u) === path.length && toEnd.get(u) === length - path.length) walk([...path, u]);
    }
  };
  walk([from]);
  return canonicalSequences(sequences, PATH_RESULT_CAP).map((actors) => ({
    actors,
    hops: actors
      .slice(1)
      .map(
        (b, i) =>
          selectHop(
            passing.filter((r) => (r.from === actors[i] && r.to === b) || (r.from === b && r.to === actors[i])),
          )!.id,
      ),
  }));
}

describe('EmbeddedGraphStore against naive reference implementations', () => {
  it('finds the same neighbourhoods', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomBundle,
        filterArbitrary,
        fc.integer({ min: 1, max: 3 }),
        fc.nat(),
        async (bundle, filter, depth, pick) => {
          const store = new EmbeddedGraphStore();
          await store.load(bundle);
          const centre = bundle.actors[pick % bundle.actors.length]!.id;
          const result = (await store.neighbourhood({
            id: centre,
            depth,
            relationTypes: filter.relationTypes as RelationType[],
            asOf: filter.asOf,
          }))!;
          expect({ nodes: result.nodes.map((n) => n.id), edges: result.edges.map((e) => e.id) }).toEqual(
            naiveNeighbourhood(bundle, centre, depth, filter),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the same shortest paths and hops', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomBundle,
        fc.option(fc.subarray(types), { nil: undefined }),
        fc.integer({ min: 1, max: 6 }),
        fc.nat(),
        fc.nat(),
        async (bundle, relationTypesFilter, maxHops, i, j) => {
          const store = new EmbeddedGraphStore();
          await store.load(bundle);
          const from = bundle.actors[i % bundle.actors.length]!.id;
          const to = bundle.actors[j % bundle.actors.length]!.id;
          const paths = await store.shortestPaths({ from, to, maxHops, relationTypes: relationTypesFilter });
          const expected =
            from === to
              ? [{ actors: [from], hops: [] }]
              : naiveShortestPaths(bundle, from, to, maxHops, { relationTypes: relationTypesFilter });
          expect(paths.map((p) => ({ actors: p.actors, hops: p.hops.map((h) => h.id) }))).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('builds the same subgraphs', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomBundle,
        filterArbitrary,
        fc.option(fc.subarray([...kinds]), { nil: undefined }),
        fc.option(fc.constantFrom(['2010-01-01', '2011-12-31'], ['2013-05-01', undefined], [undefined, '2009-03-01']), {
          nil: undefined,
        }),
        async (bundle, filter, kindFilter, window) => {
          const store = new EmbeddedGraphStore();
          await store.load(bundle);
          const query = {
            kinds: kindFilter,
            relationTypes: filter.relationTypes as RelationType[] | undefined,
            asOf: filter.asOf,
            from: window?.[0],
            to: window?.[1],
          };
          const result = await store.subgraph(query);
          const nodes = bundle.actors
            .filter(
              (a) =>
                (!kindFilter || kindFilter.includes(a.kind as (typeof kinds)[number])) &&
                (!filter.asOf || actorActiveAsOf(a, filter.asOf)),
            )
            .map((a) => a.id)
            .sort();
          const members = new Set(nodes);
          const spans = computeKnownSpans(bundle).relations;
          const edges = bundle.relations
            .filter((r) => members.has(r.from) && members.has(r.to) && relationPasses(r, query, spans.get(r.id)))
            .sort(byId)
            .map((r) => r.id);
          expect({ nodes: result.nodes.map((n) => n.id), edges: result.edges.map((e) => e.id) }).toEqual({
            nodes,
            edges,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('EmbeddedGraphStore loading', () => {
  const small = bundleOf({
    actors: [actor('a'), actor('b'), actor('c')],
    relations: [
      { id: 'r1', type: 'owns', from: 'a', to: 'b', evidence: ['e1'] },
      { id: 'r2', type: 'owns', from: 'b', to: 'b', evidence: ['e1'] },
    ],
    evidence: [{ id: 'e1', source: 's', quote: 'a quote', start: null, end: null }],
  });
  const other = bundleOf({ version: 'other', actors: [actor('x'), actor('y')], relations: [] });

  it('keeps the previous dataset when a load fails', async () => {
    const store = new EmbeddedGraphStore();
    await store.load(small);
    const broken = bundleOf({
      actors: [actor('z', { founded: { value: '2012-monsoon', precision: 'season' } })],
      relations: [],
    });
    await expect(store.load(broken)).rejects.toThrow();
    expect(await store.health()).toEqual({ ready: true, version: 'test' });
    expect((await store.actor('a'))?.actor.id).toBe('a');
  });

  it('swaps datasets whole: an answer never mixes two bundles', async () => {
    const store = new EmbeddedGraphStore();
    await store.load(small);
    const pending = [store.subgraph({}), store.load(other), store.subgraph({}), store.load(small), store.subgraph({})];
    const [first, , second, , third] = (await Promise.all(pending)) as Awaited<ReturnType<typeof store.subgraph>>[];
    expect(first!.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(second!.nodes.map((n) => n.id)).toEqual(['x', 'y']);
    expect(third).toEqual(first);
  });

  it('neither mutates the bundle nor depends on its order', async () => {
    const shuffled = bundleOf({
      ...small,
      actors: [...small.actors].reverse(),
      relations: [...small.relations].reverse(),
    });
    const copy = structuredClone(shuffled);
    const a = new EmbeddedGraphStore();
    const b = new EmbeddedGraphStore();
    await a.load(small);
    await b.load(shuffled);
    expect(shuffled).toEqual(copy);
    expect(await b.subgraph({})).toEqual(await a.subgraph({}));
    expect(await b.actor('b')).toEqual(await a.actor('b'));
  });

  it('is unavailable after close, and can be loaded again', async () => {
    const store = new EmbeddedGraphStore();
    await store.load(small);
    await store.close();
    expect(await store.health()).toMatchObject({ ready: false, detail: 'closed' });
    await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.load(small);
    expect((await store.stats()).actors).toBe(3);
  });

  it('computes metrics lazily when asked to, or takes them precomputed, with the same numbers', async () => {
    const eager = new EmbeddedGraphStore();
    const lazy = new EmbeddedGraphStore({ metrics: 'lazy', search: 'lazy' });
    await eager.load(small);
    await lazy.load(small);
    expect(await lazy.subgraph({})).toEqual(await eager.subgraph({}));
    expect(await lazy.search('a')).toEqual(await eager.search('a'));
    const given = new Map([...graphMetrics(small)].map(([id, m]) => [id, { ...m, community: m.community + 10 }]));
    const precomputed = new EmbeddedGraphStore();
    await precomputed.load(small, { metrics: given });
    expect((await precomputed.subgraph({})).nodes.map((n) => n.community)).toEqual(
      (await eager.subgraph({})).nodes.map((n) => n.community + 10),
    );
  });
});

describe('EmbeddedGraphStore odd inputs', () => {
  const bundle = bundleOf({
    actors: [actor('a'), actor('b')],
    relations: [
      { id: 'r1', type: 'owns', from: 'a', to: 'b', evidence: ['e1'] },
      { id: 'r2', type: 'owns', from: 'a', to: 'a', evidence: ['e1'] },
      { id: 'r3', type: 'owns', from: 'a', to: 'ghost', evidence: ['e2'] },
      { id: 'r4', type: 'partner-of', from: 'b', to: 'a', evidence: ['e1'] },
    ],
    evidence: [
      { id: 'e1', source: 's', quote: 'one', start: 5, end: 8 },
      { id: 'e2', source: 's', quote: 'two', start: null, end: null },
    ] as Evidence[],
  });

  it('lists a self-loop once and ignores relations to unknown actors in traversal', async () => {
    const store = new EmbeddedGraphStore();
    await store.load(bundle);
    const around = (await store.neighbourhood({ id: 'a', depth: 3 }))!;
    expect(around.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(around.edges.map((e) => e.id)).toEqual(['r1', 'r2', 'r4']);
    expect((await store.actor('a'))!.relations.map((r) => r.id)).toEqual(['r1', 'r2', 'r4']);
    expect((await store.stats()).relations).toBe(4);
    expect((await store.subgraph({})).edges.map((e) => e.id)).toEqual(['r1', 'r2', 'r4']);
  });

  it('takes the smallest relation id among parallel relations, either direction', async () => {
    const store = new EmbeddedGraphStore();
    await store.load(bundle);
    expect((await store.shortestPaths({ from: 'b', to: 'a' }))[0]!.hops.map((h) => h.id)).toEqual(['r1']);
    expect(
      (await store.shortestPaths({ from: 'b', to: 'a', relationTypes: ['partner-of'] }))[0]!.hops.map((h) => h.id),
    ).toEqual(['r4']);
  });

  it('keeps repeated evidence ids, in the order asked', async () => {
    const store = new EmbeddedGraphStore();
    await store.load(bundle);
    expect((await store.evidence(['e2', 'e1', 'e2'])).map((e) => e.id)).toEqual(['e2', 'e1', 'e2']);
  });

  it('caps shortest paths at 20 distinct actor sequences, the first in lexicographic order', async () => {
    // Two layers of 6 actors fully connected between a and z: 36 shortest paths of 3 hops.
    const left = Array.from({ length: 6 }, (_, i) => `l${i}`);
    const right = Array.from({ length: 6 }, (_, i) => `r${i}`);
    const relations: Relation[] = [];
    const link = (from: string, to: string) =>
      relations.push({ id: `${from}-${to}`, type: 'owns', from, to, evidence: ['e'] });
    for (const l of left) link('a', l);
    for (const l of left) for (const r of right) link(l, r);
    for (const r of right) link(r, 'z');
    const store = new EmbeddedGraphStore();
    await store.load(bundleOf({ actors: ['a', 'z', ...left, ...right].map((id) => actor(id)), relations }));
    const paths = await store.shortestPaths({ from: 'a', to: 'z' });
    expect(paths).toHaveLength(20);
    expect(paths[0]!.actors).toEqual(['a', 'l0', 'r0', 'z']);
    expect(paths[19]!.actors).toEqual(['a', 'l3', 'r1', 'z']);
    expect(await store.shortestPaths({ from: 'a', to: 'z', maxHops: 2 })).toEqual([]);
  });

  it('ignores relation types outside the vocabulary in filters', async () => {
    const store = new EmbeddedGraphStore();
    await store.load(bundle);
    expect(relationTypes).not.toContain('likes');
    const result = await store.subgraph({ relationTypes: ['likes' as RelationType] });
    expect(result.edges).toEqual([]);
    expect(result.nodes).toHaveLength(2);
  });
});
