import { summariseFunding } from '../../server/src/domain/funding-aggregation.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore, Subgraph } from '../../server/src/domain/graph-store.ts';
import { graphMetrics } from '../../server/src/domain/metrics.ts';
import type { Bundle, Relation } from '../../server/src/domain/model.ts';
import { filterFundings, filterTimeline } from '../../server/src/domain/record-filters.ts';
import { foldSearchText } from '../../server/src/domain/search-text.ts';
import {
  compareActorsByName,
  compareEventsChronologically,
  compareEvidenceInText,
} from '../../server/src/domain/sort-orders.ts';
import {
  computeKnownSpans,
  datingAsOf,
  shownAsOf,
  statementRelationTypes,
  type KnownSpan,
} from '../../server/src/domain/time-spans.ts';
import { ingestRealKnowledgeBase } from '../support/fixture.ts';

import {
  expectSpansAndDatings,
  expectWellFormed,
  idSet,
  ids,
  isSorted,
  loadedStore,
  sortedCopy,
  within,
  type ContractContext,
} from './support.ts';

/**
 * The checks on the real knowledge base (data/kb/*.yaml, built in-process by the ingest; the corpus texts are used
 * when CORPUS_DIR or ../shared/corpus holds them, else the evidence is unanchored): the stories the atlas tells, as
 * every store must tell them. The concrete answers are cited from data/kb beside each test: when a curator changes a
 * fact, the test that states it changes with it. Counts are derived from the bundle, never pinned.
 * The capabilities themselves are held to their rules on small built bundles (tests/contract/*.ts).
 */

let bundlePromise: Promise<Bundle> | null = null;
/** The real bundle, built once per test file whichever stores the file checks. */
export function realBundle(): Promise<Bundle> {
  bundlePromise ??= ingestRealKnowledgeBase().then((result) => result.bundle);
  return bundlePromise;
}

export function describeRealKnowledgeBaseChecks(context: ContractContext): void {
  describe('the real knowledge base (data/kb)', () => {
    const loaded = loadedStore(context, realBundle);
    let store: GraphStore;
    let bundle: Bundle;
    beforeAll(() => {
      ({ store, bundle } = loaded);
    });
    const make = context.make;

    describe('loaded with the real bundle', () => {
      it('is ready, at the bundle version', async () => {
        expect(await store.health()).toMatchObject({ ready: true, version: bundle.version });
      });

      it('counts what the bundle holds', async () => {
        const stats = await store.stats();
        expect(stats).toMatchObject({
          version: bundle.version,
          actors: bundle.actors.length,
          relations: bundle.relations.length,
          events: bundle.events.length,
          fundings: bundle.fundings.length,
          disputes: bundle.disputes.length,
          sources: bundle.sources.length,
          evidence: bundle.evidence.length,
        });
        const sum = (counts: Record<string, number | undefined>) =>
          Object.values(counts).reduce<number>((n, c) => n + (c ?? 0), 0);
        expect(sum(stats.actorsByKind)).toBe(bundle.actors.length);
        expect(sum(stats.relationsByType)).toBe(bundle.relations.length);
        expect(stats.actorsByKind['joint-venture']).toBe(
          bundle.actors.filter((a) => a.kind === 'joint-venture').length,
        );
        expect(stats.relationsByType.founded).toBe(bundle.relations.filter((r) => r.type === 'founded').length);
      });

      // relations.yaml: orange-, thales-, french-state-founded-cloudwatt; sfr-, bull-, french-state-founded-numergy.
      it('knows who founded Cloudwatt and Numergy', async () => {
        const founders = async (id: string) => {
          const detail = await store.actor(id);
          return sortedCopy(detail!.relations.filter((r) => r.type === 'founded' && r.to === id).map((r) => r.from));
        };
        expect(await founders('cloudwatt')).toEqual(['french-state', 'orange', 'thales']);
        expect(await founders('numergy')).toEqual(['bull', 'french-state', 'sfr']);

        const founded = await store.subgraph({ relationTypes: ['founded'] });
        expectWellFormed(founded);
        expect(founded.edges.every((e) => e.type === 'founded')).toBe(true);
        expect(sortedCopy(founded.edges.filter((e) => e.to === 'cloudwatt').map((e) => e.from))).toEqual([
          'french-state',
          'orange',
          'thales',
        ]);
        expect(sortedCopy(founded.edges.filter((e) => e.to === 'numergy').map((e) => e.from))).toEqual([
          'bull',
          'french-state',
          'sfr',
        ]);
      });

      // relations.yaml: thales-partner-of-google ("The rise of the Thales and Google alliance…").
      it('finds the shortest path from Thales to Google, with its evidence', async () => {
        const paths = await store.shortestPaths({ from: 'thales', to: 'google' });
        expect(paths).toHaveLength(1);
        expect(paths[0]!.actors).toEqual(['thales', 'google']);
        expect(ids(paths[0]!.hops)).toEqual(['thales-partner-of-google']);
        const hop = paths[0]!.hops[0]!;
        expect(hop).toMatchObject({ type: 'partner-of', from: 'thales', to: 'google' });
        const evidence = await store.evidence(hop.evidence);
        expect(ids(evidence)).toEqual(hop.evidence);
        expect(evidence.length).toBeGreaterThan(0);
        for (const e of evidence) expect(e.quote.length).toBeGreaterThan(3);
        expect(evidence.some((e) => /Thal[eè]s/.test(e.quote) && e.quote.includes('Google'))).toBe(true);

        // Direction is ignored: the same relation links Google back to Thales.
        const back = await store.shortestPaths({ from: 'google', to: 'thales' });
        expect(back.map((p) => [p.actors, ids(p.hops)])).toEqual([
          [['google', 'thales'], ['thales-partner-of-google']],
        ]);
      });

      // thales-founded-s3ns, google-founded-s3ns and s3ns-relies-on-google: the hop is the smallest id.
      it('follows only the relation types asked for, taking the smallest relation id per hop', async () => {
        const paths = await store.shortestPaths({
          from: 'thales',
          to: 'google',
          relationTypes: ['founded', 'relies-on'],
        });
        expect(paths.map((p) => [p.actors, ids(p.hops)])).toEqual([
          [
            ['thales', 's3ns', 'google'],
            ['thales-founded-s3ns', 'google-founded-s3ns'],
          ],
        ]);
        const onlyRelies = await store.shortestPaths({ from: 'thales', to: 'google', relationTypes: ['relies-on'] });
        expect(onlyRelies).toEqual([]);
      });

      // rene-ricol-leads-cgi, cgi-funds-cloudwatt / cgi-funds-numergy, cloudwatt- / numergy-competes-with-google.
      it('returns every shortest path in lexicographic order, within maxHops', async () => {
        const paths = await store.shortestPaths({ from: 'rene-ricol', to: 'google' });
        expect(paths.map((p) => p.actors.join('>'))).toEqual([
          'rene-ricol>cgi>cloudwatt>google',
          'rene-ricol>cgi>numergy>google',
        ]);
        expect(ids(paths[1]!.hops)).toEqual([
          'rene-ricol-leads-cgi',
          'cgi-funds-numergy',
          'numergy-competes-with-google',
        ]);
        for (const path of paths) {
          path.hops.forEach((hop, i) => {
            expect(sortedCopy([hop.from, hop.to])).toEqual(sortedCopy([path.actors[i]!, path.actors[i + 1]!]));
          });
        }
        expect(await store.shortestPaths({ from: 'rene-ricol', to: 'google', maxHops: 2 })).toEqual([]);
        expect(await store.shortestPaths({ from: 'rene-ricol', to: 'google', maxHops: 3 })).toEqual(paths);
      });

      it('answers trivial and impossible paths', async () => {
        expect(await store.shortestPaths({ from: 'thales', to: 'thales' })).toEqual([{ actors: ['thales'], hops: [] }]);
        expect(await store.shortestPaths({ from: 'thales', to: 'no-such-actor' })).toEqual([]);
        expect(await store.shortestPaths({ from: 'no-such-actor', to: 'thales' })).toEqual([]);
      });

      // fundings.yaml: the andromede records, and disputes.yaml claims pointing at them.
      it('follows the money into Andromède, flow by flow, without converting currencies', async () => {
        const { records, flows } = await store.funding({ recipient: 'andromede' });
        expect(ids(records)).toEqual([
          'andromede-285m-invested-jolain',
          'andromede-total-around-285m',
          'caisse-des-depots-andromede-135m',
          'dassault-systemes-andromede-30m',
          'french-state-andromede-150m',
          'orange-andromede-60m',
          'thales-andromede-60m',
        ]);
        // The 285 M€ total is drawn as its four parts (never beside them), and the State's rival 150 M€ as the other
        // side of the claims (claim 0 of 2, the smaller; the total's parts are claim 1).
        expect(flows.map((f) => [f.funders, f.kind, f.currency, f.amount, f.records, f.claim?.index ?? null])).toEqual([
          [[], 'invested', 'EUR', 285_000_000, ['andromede-285m-invested-jolain'], null],
          [['caisse-des-depots'], 'pledged', 'EUR', 135_000_000, ['caisse-des-depots-andromede-135m'], 1],
          [['dassault-systemes'], 'pledged', 'EUR', 30_000_000, ['dassault-systemes-andromede-30m'], 1],
          [['french-state'], 'pledged', 'EUR', 150_000_000, ['french-state-andromede-150m'], 0],
          [['orange'], 'pledged', 'EUR', 60_000_000, ['orange-andromede-60m'], 1],
          [['thales'], 'pledged', 'EUR', 60_000_000, ['thales-andromede-60m'], 1],
        ]);
        expect(flows.every((f) => f.to === 'andromede')).toBe(true);
        const disputes = (funder: string | null, kind: string) =>
          flows.find((f) => (f.funders[0] ?? null) === funder && f.kind === kind)!.disputes;
        expect(disputes(null, 'invested')).toEqual(['andromede-money-spent', 'andromede-total-budget']);
        expect(disputes('caisse-des-depots', 'pledged')).toContain('andromede-public-contribution');
        expect(disputes('orange', 'pledged')).toContain('andromede-industrial-contributions');
        // Dassault Systèmes's share is disputed only as a part of the total the State's figure competes with.
        expect(disputes('dassault-systemes', 'pledged')).toEqual([
          'andromede-public-contribution',
          'andromede-total-budget',
        ]);
        // Totals per recipient: never the total plus its parts plus the rival figure, but the range the sources support.
        const { totalsByRecipient } = await store.funding({ recipient: 'andromede' });
        expect(totalsByRecipient.map((t) => [t.kind, t.currency, t.low, t.high, t.disputed])).toEqual([
          ['pledged', 'EUR', 150_000_000, 285_000_000, true],
          ['invested', 'EUR', 285_000_000, 285_000_000, true],
        ]);
        expect(totalsByRecipient[0]!.rivalries).toEqual([
          {
            disputes: ['andromede-public-contribution', 'andromede-total-budget'],
            claims: [
              { records: ['french-state-andromede-150m'], amount: 150_000_000 },
              { records: ['andromede-total-around-285m'], amount: 285_000_000 },
            ],
          },
        ]);
      });

      it('follows the money into its offspring, Cloudwatt and Numergy', async () => {
        const cloudwatt = await store.funding({ recipient: 'cloudwatt' });
        // Joint funders behind one undivided amount: both named, the amount counted once.
        expect(cloudwatt.flows.map((f) => [f.funders, f.kind, f.currency, f.amount, f.records, f.disputed])).toEqual([
          [[], 'revenue', 'USD', 2_000_000, ['cloudwatt-revenue-2m-usd'], false],
          [['orange', 'thales'], 'invested', 'EUR', 150_000_000, ['orange-thales-cloudwatt-150m'], true],
        ]);
        expect(cloudwatt.totalsByRecipient.map((t) => [t.kind, t.currency, t.low, t.high])).toEqual([
          ['invested', 'EUR', 150_000_000, 150_000_000],
          ['revenue', 'USD', 2_000_000, 2_000_000],
        ]);
        const numergy = await store.funding({ recipient: 'numergy' });
        expect(numergy.flows.map((f) => [f.funders, f.kind, f.currency, f.amount, f.records, f.disputed])).toEqual([
          [[], 'revenue', 'unspecified', 6_000_000, ['numergy-revenue-6m'], true],
          [['bull', 'sfr'], 'invested', 'EUR', 150_000_000, ['sfr-bull-numergy-150m'], true],
        ]);
      });

      it('filters funding by funder, kind and window, dropping undated records once a window is set', async () => {
        // A joint funder finds the amounts it is behind with others too.
        expect(ids((await store.funding({ funder: 'thales' })).records)).toEqual([
          'orange-thales-cloudwatt-150m',
          'thales-andromede-60m',
        ]);
        expect(ids((await store.funding({ kinds: ['revenue'] })).records)).toEqual([
          'cloudwatt-revenue-2m-usd',
          'numergy-revenue-6m',
        ]);
        // orange-thales-cloudwatt-150m is dated 2012, cloudwatt-revenue-2m-usd around 2014 (mid-2013 to mid-2015).
        expect(ids((await store.funding({ recipient: 'cloudwatt', from: '2013-01-01' })).records)).toEqual([
          'cloudwatt-revenue-2m-usd',
        ]);
        expect(ids((await store.funding({ recipient: 'cloudwatt', to: '2012-12-31' })).records)).toEqual([
          'orange-thales-cloudwatt-150m',
        ]);
        expect((await store.funding({ recipient: 'andromede', from: '2000-01-01' })).records).toEqual([]);
        expect(await store.funding({ funder: 'no-such-actor' })).toEqual({
          records: [],
          flows: [],
          totalsByRecipient: [],
          totalsByFunder: [],
        });
      });

      it('agrees with the reference funding and timeline semantics of domain/record-filters.ts', async () => {
        const fundingQueries = [
          {},
          { recipient: 'andromede' },
          { kinds: ['pledged' as const] },
          { from: '2012-06-01' },
        ];
        for (const query of fundingQueries) {
          const records = filterFundings(bundle.fundings, query);
          expect(await store.funding(query)).toEqual({ records, ...summariseFunding(records, bundle.disputes) });
        }
        const timelineQueries = [
          {},
          { actors: ['orange', 'sfr'] },
          { kinds: ['launch' as const, 'shutdown' as const] },
          { from: '2012-01-01', to: '2013-06-30' },
        ];
        for (const query of timelineQueries) {
          expect(ids(await store.timeline(query))).toEqual(ids(filterTimeline(bundle.events, query)));
        }
      });

      // actors.yaml: cloudwatt founded early Sept. 2012 (its disconnection is only planned: no dissolution date);
      // numergy founded early Sept. 2012; bleu and s3ns have no founding date (only announced or planned): the first text that names
      // them is the Le Point interview of summer 2022 (from June 2022).
      it('tells which sovereign clouds existed as of a day, and which are only attested or undated', async () => {
        const clouds = new Set(['bleu', 'cloudwatt', 'numergy', 's3ns']);
        const datings = async (asOf: string) =>
          Object.fromEntries(
            (await store.subgraph({ asOf })).nodes.filter((n) => clouds.has(n.id)).map((n) => [n.id, n.dating]),
          );
        expect(await datings('2011-06-01')).toEqual({ bleu: 'undated', s3ns: 'undated' });
        const in2013 = { bleu: 'undated', cloudwatt: 'dated', numergy: 'dated', s3ns: 'undated' };
        expect(await datings('2013-01-01')).toEqual(in2013);
        expect(await datings('2019-06-30')).toEqual(in2013);
        expect(await datings('2022-05-31')).toEqual(in2013);
        expect(await datings('2022-06-01')).toEqual({ ...in2013, bleu: 'attested', s3ns: 'attested' });
        const existing = async (asOf: string) => within(await store.subgraph({ asOf, undated: 'hide' }), [...clouds]);
        expect(await existing('2011-06-01')).toEqual([]);
        expect(await existing('2013-01-01')).toEqual(['cloudwatt', 'numergy']);
        expect(await existing('2022-07-01')).toEqual(['bleu', 'cloudwatt', 'numergy', 's3ns']);
      });

      // thales-owns-cloudwatt: since early Sept. 2012, until around 2014 (July 2013 – June 2015); sfr-owns-numergy:
      // no end.
      it('keeps relations active as of a day, and those overlapping a window', async () => {
        const owns = async (query: { asOf?: string; from?: string; to?: string }) =>
          ids((await store.subgraph({ relationTypes: ['owns'], ...query })).edges);
        expect(await owns({ asOf: '2013-01-01' })).toEqual(
          expect.arrayContaining(['thales-owns-cloudwatt', 'sfr-owns-numergy']),
        );
        expect(await owns({ asOf: '2012-08-31' })).not.toContain('thales-owns-cloudwatt');
        expect(await owns({ asOf: '2013-07-01' })).not.toContain('thales-owns-cloudwatt');
        expect(await owns({ asOf: '2016-01-01' })).toContain('sfr-owns-numergy');
        // The span of thales-owns-cloudwatt runs to the end of "around 2014" (June 2015).
        expect(await owns({ from: '2015-06-01', to: '2015-12-31' })).toContain('thales-owns-cloudwatt');
        expect(await owns({ from: '2015-07-01' })).not.toContain('thales-owns-cloudwatt');
        expect(await owns({ to: '2012-08-31' })).not.toContain('thales-owns-cloudwatt');
      });

      it('gives every node and edge its known span and its dating as of the day, by the domain’s rules', async () => {
        const spans = computeKnownSpans(bundle);
        for (const asOf of [undefined, '2008-01-01', '2013-01-01', '2019-07-01', '2022-06-01']) {
          const graph = await store.subgraph({ asOf });
          const shown = (span: KnownSpan) => asOf === undefined || shownAsOf(span, asOf);
          const nodes = bundle.actors.filter((a) => shown(spans.actors.get(a.id)!));
          const nodeIds = idSet(nodes);
          const edges = bundle.relations.filter(
            (r) => nodeIds.has(r.from) && nodeIds.has(r.to) && shown(spans.relations.get(r.id)!),
          );
          expect(ids(graph.nodes), `nodes as of ${asOf}`).toEqual(sortedCopy(ids(nodes)));
          expect(ids(graph.edges), `edges as of ${asOf}`).toEqual(sortedCopy(ids(edges)));
          expectSpansAndDatings(graph, spans, asOf);

          const dated = await store.subgraph({ asOf, undated: 'hide' });
          expectWellFormed(dated);
          expect(dated.datings, 'counted before the undated are left out').toEqual(graph.datings);
          const kept = graph.nodes.filter((n) => n.dating !== 'undated');
          const keptIds = idSet(kept);
          expect(ids(dated.nodes)).toEqual(ids(kept));
          expect(ids(dated.edges)).toEqual(
            ids(graph.edges.filter((e) => e.dating !== 'undated' && keptIds.has(e.from) && keptIds.has(e.to))),
          );
        }
      });

      // relations.yaml: Quentin Adam's criticisms have no date of their own; the Le Point interview reporting them
      // was published in summer 2022 (from June 2022). The Health Data Hub and the Cloud Act have no founding date.
      it('hides a statement until its source was published, and never shows an undated actor as dated', async () => {
        const criticism = 'quentin-adam-criticises-s3ns';
        const edgeIds = async (asOf: string) => idSet((await store.subgraph({ asOf })).edges);
        expect((await edgeIds('2022-05-31')).has(criticism)).toBe(false);
        expect((await edgeIds('2022-06-01')).has(criticism)).toBe(true);
        const in2008 = await store.subgraph({ asOf: '2008-01-01' });
        const statements = in2008.edges.filter((e) => statementRelationTypes.has(e.type) && !e.since);
        expect(statements, 'no statement reported by a text of 2013 or later').toEqual([]);
        for (const id of ['health-data-hub', 'cloud-act']) {
          const node = in2008.nodes.find((n) => n.id === id);
          if (node) expect(node.dating, id).toBe('undated');
        }
        const hidden = await store.subgraph({ asOf: '2008-01-01', undated: 'hide' });
        expect(within(hidden, ['health-data-hub', 'cloud-act'])).toEqual([]);
        expect(hidden.nodes.every((n) => n.dating !== 'undated')).toBe(true);
        // A neighbourhood follows the same rule and dates its nodes and edges too.
        const around = (await store.neighbourhood({ id: 'quentin-adam', depth: 1, asOf: '2022-05-31' }))!;
        expect(idSet(around.edges).has(criticism)).toBe(false);
        for (const node of around.nodes) expect(node.dating).toBe(datingAsOf(node.span, '2022-05-31'));
      });

      it('finds Andromède by name, with or without its accent, first among actors', async () => {
        for (const query of ['andromede', 'Andromède', 'ANDROMEDE']) {
          const hits = await store.search(query);
          const actors = hits.filter((h) => h.kind === 'actor');
          expect(actors[0]?.id, query).toBe('andromede');
          expect(actors[0]!.label).toBe('Andromède');
        }
        // The English alias finds it too.
        expect((await store.search('Andromeda', { kinds: ['actor'] }))[0]?.id).toBe('andromede');
      });

      it('puts the actor named exactly as the query first, before longer names that contain it', async () => {
        expect((await store.search('Orange'))[0]?.id).toBe('orange');
        expect((await store.search('orange business services'))[0]?.id).toBe('obs');
        expect((await store.search('OVH'))[0]?.id).toBe('ovhcloud');
      });

      it('searches accent- and case-insensitively, highlighting inside the snippet', async () => {
        const accented = await store.search('Thalès');
        const plain = await store.search('thales');
        expect(accented).toEqual(plain);
        expect(accented.find((h) => h.kind === 'actor')?.id).toBe('thales');
        for (const hit of accented) {
          const { text, highlights } = hit.snippet;
          expect(text.length).toBeGreaterThan(0);
          let previousEnd = 0;
          for (const [start, end] of highlights) {
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(text.length);
            previousEnd = end;
          }
        }
        const top = accented.find((h) => h.kind === 'actor')!;
        expect(top.snippet.highlights.map(([s, e]) => foldSearchText(top.snippet.text.slice(s, e)))).toContain(
          'thales',
        );
      });

      it('limits search results and filters them by kind', async () => {
        expect(await store.search('cloud', { limit: 3 })).toHaveLength(3);
        const evidence = await store.search('Thales', { kinds: ['evidence'] });
        expect(evidence.length).toBeGreaterThan(0);
        expect(evidence.every((h) => h.kind === 'evidence')).toBe(true);
        const found = await store.evidence(ids(evidence));
        expect(found.every((e) => foldSearchText(e.quote).includes('thales'))).toBe(true);
        expect(await store.search('zzzzqqqq')).toEqual([]);
        expect(await store.search('   ')).toEqual([]);
      });

      // events.yaml: every event listing cloudwatt, by the middle of the span its date denotes (compareFuzzyDates).
      it('orders Cloudwatt’s timeline by the middle of each date’s span, narrower first, then id', async () => {
        expect(ids(await store.timeline({ actors: ['cloudwatt'] }))).toEqual(
          [...bundle.events]
            .filter((e) => e.actors.some((a) => a.id === 'cloudwatt'))
            .sort(compareEventsChronologically)
            .map((e) => e.id),
        );
        const order = ids(await store.timeline({ actors: ['cloudwatt'] }));
        const before = (a: string, b: string) =>
          expect(order.indexOf(a), `${a} before ${b}`).toBeLessThan(order.indexOf(b));
        // Around 2013 (July 2012 – June 2014, its middle about 1 July 2013) comes after early September 2012, spring
        // 2013 and June 2013, though it may begin before all of them.
        before('cloudwatt-numergy-launch-2012-09', 'cloudwatt-openstack-havana-switch');
        before('patrick-starck-june-2013-statement', 'cloudwatt-openstack-havana-switch');
        // Autumn 2013 before around 2014 (July 2013 – June 2015), though "around 2014" may begin first.
        before('patrick-starck-departure', 'cloudwatt-numergy-revenue-figures');
        before('publication-numergy-vs-cloudwatt', 'cloudwatt-numergy-revenue-figures');
        // The same span (autumn 2013): by id.
        before('patrick-starck-departure', 'publication-numergy-vs-cloudwatt');
        expect(ids(await store.timeline({ actors: ['cloudwatt'], from: '2016-07-01' }))).toEqual([
          'cloudwatt-shutdown',
        ]);
        expect(ids(await store.timeline({ kinds: ['shutdown'] }))).toEqual([
          'altern-shutdown-2000',
          'cloudwatt-shutdown',
        ]);
        const all = await store.timeline({});
        expect(all).toHaveLength(bundle.events.length);
        expect(ids(all)).toEqual(ids([...bundle.events].sort(compareEventsChronologically)));
        expect(await store.timeline({ actors: ['no-such-actor'] })).toEqual([]);
      });

      // relations.yaml founded: french-state → andromede, cloudwatt, numergy; orange → bleu, cloudwatt;
      // thales → cloudwatt, s3ns; sfr, bull → numergy; google → s3ns; capgemini → bleu.
      it('expands a neighbourhood hop by hop, within the relation types asked for', async () => {
        const founded = (depth: number, asOf?: string) =>
          store.neighbourhood({ id: 'cloudwatt', depth, relationTypes: ['founded'], asOf });
        const one = (await founded(1))!;
        expectWellFormed(one);
        expect(ids(one.nodes)).toEqual(['cloudwatt', 'french-state', 'orange', 'thales']);
        expect(ids(one.edges)).toEqual([
          'french-state-founded-cloudwatt',
          'orange-founded-cloudwatt',
          'thales-founded-cloudwatt',
        ]);
        expect(one.coMentions).toEqual([]);
        const two = (await founded(2))!;
        expect(ids(two.nodes)).toEqual([
          'andromede',
          'bleu',
          'cloudwatt',
          'french-state',
          'numergy',
          'orange',
          's3ns',
          'thales',
        ]);
        expect(ids(two.edges)).toEqual([
          'french-state-founded-andromede',
          'french-state-founded-cloudwatt',
          'french-state-founded-numergy',
          'orange-founded-bleu',
          'orange-founded-cloudwatt',
          'thales-founded-cloudwatt',
          'thales-founded-s3ns',
        ]);
        const three = (await founded(3))!;
        expect(ids(three.nodes)).toEqual(expect.arrayContaining(['bull', 'capgemini', 'google', 'sfr']));
        expect(ids(three.edges)).toEqual(expect.arrayContaining(['google-founded-s3ns', 'sfr-founded-numergy']));
        // Depth is at most 3.
        expect(await founded(9)).toEqual(three);
        // Before early September 2012 none of Cloudwatt's founding relations was active yet.
        const early = (await founded(2, '2012-08-31'))!;
        expect(ids(early.nodes)).toEqual(['cloudwatt']);
        expect(early.edges).toEqual([]);
        expect(await store.neighbourhood({ id: 'no-such-actor', depth: 1 })).toBeNull();
      });

      it('gives the direct neighbours of Cloudwatt at depth 1, whatever the direction', async () => {
        const neighbours = new Set<string>(['cloudwatt']);
        for (const r of bundle.relations) {
          if (r.from === 'cloudwatt') neighbours.add(r.to);
          if (r.to === 'cloudwatt') neighbours.add(r.from);
        }
        const one = (await store.neighbourhood({ id: 'cloudwatt', depth: 1 }))!;
        expect(ids(one.nodes)).toEqual([...neighbours].sort());
        expect(ids(one.nodes)).toEqual(expect.arrayContaining(['andromede', 'numergy', 'orange', 'thales']));
        expect(ids(one.nodes)).not.toContain('s3ns');
        const two = (await store.neighbourhood({ id: 'cloudwatt', depth: 2 }))!;
        expect(ids(two.nodes)).toContain('s3ns');
      });

      it('pages through actors sorted by folded name, filtered by kind and text', async () => {
        const all = await store.actors({ limit: 500 });
        expect(all.total).toBe(bundle.actors.length);
        expect(ids(all.items)).toEqual(ids([...bundle.actors].sort(compareActorsByName)));
        const pages = [];
        for (let offset = 0; offset < all.total; offset += 25) {
          const page = await store.actors({ offset, limit: 25 });
          expect(page).toMatchObject({ total: all.total, offset, limit: 25 });
          pages.push(...page.items);
        }
        expect(ids(pages)).toEqual(ids(all.items));
        expect(await store.actors({})).toMatchObject({ offset: 0, limit: 50, total: all.total });
        expect((await store.actors({ limit: 10_000 })).limit).toBe(500);
        expect((await store.actors({ offset: all.total })).items).toEqual([]);

        // actors.yaml: the four joint ventures.
        expect(sortedCopy(ids((await store.actors({ kinds: ['joint-venture'] })).items))).toEqual([
          'bleu',
          'cloudwatt',
          'numergy',
          's3ns',
        ]);
        // Text matches the name or an alias, whatever the accents and case.
        expect(ids((await store.actors({ text: 'THALÈS' })).items)).toContain('thales');
        expect(ids((await store.actors({ text: 'andromeda' })).items)).toContain('andromede');
        expect(ids((await store.actors({ text: 'telecom' })).items)).toContain('orange');
        const jv = await store.actors({ kinds: ['joint-venture'], text: 'watt' });
        expect(ids(jv.items)).toEqual(['cloudwatt']);
        expect(jv.total).toBe(1);
      });

      it('tells everything about Cloudwatt', async () => {
        const detail = (await store.actor('cloudwatt'))!;
        expect(detail.actor.id).toBe('cloudwatt');
        // "will be disconnected on February 1st": a planned end is not an end.
        expect(detail.actor.dissolved).toBeUndefined();
        const touching = bundle.relations.filter((r) => r.from === 'cloudwatt' || r.to === 'cloudwatt');
        expect(ids(detail.relations)).toEqual(sortedCopy(ids(touching)));
        expect(ids(detail.events)).toEqual(ids(await store.timeline({ actors: ['cloudwatt'] })));
        expect(ids(detail.fundingIn)).toEqual(['cloudwatt-revenue-2m-usd', 'orange-thales-cloudwatt-150m']);
        expect(detail.fundingOut).toEqual([]);
        const cited = new Set(detail.actor.evidence);
        for (const record of [...detail.relations, ...detail.events, ...detail.fundingIn]) {
          record.evidence.forEach((e) => cited.add(e));
        }
        expect(ids(detail.evidence)).toEqual([...cited].sort());
        expect(detail.mentions.every((m) => m.actor === 'cloudwatt')).toBe(true);
        expect(isSorted(detail.mentions.map((m) => m.source))).toBe(true);
        expect(detail.mentions).toEqual(
          bundle.mentions.filter((m) => m.actor === 'cloudwatt').sort((a, b) => (a.source < b.source ? -1 : 1)),
        );
        // disputes.yaml: two about cloudwatt, four pointing at its records (its joint funding, in two amount
        // disputes; events listing it).
        expect(ids(detail.disputes)).toEqual([
          'andromede-industrial-contributions',
          'andromede-money-spent',
          'andromede-start-date',
          'andromede-total-budget',
          'cloudwatt-numergy-customers',
          'cloudwatt-numergy-fate',
        ]);
        expect(await store.actor('no-such-actor')).toBeNull();
      });

      it('shows a source with its mentions and evidence, and lists sources and disputes in id order', async () => {
        const sources = await store.sources();
        expect(ids(sources)).toEqual(sortedCopy(ids(bundle.sources)));
        const detail = (await store.source('numergy-vs-cloudwatt'))!;
        expect(detail.source.id).toBe('numergy-vs-cloudwatt');
        expect(detail.source.language).toBe('fr');
        expect(detail.mentions.every((m) => m.source === 'numergy-vs-cloudwatt')).toBe(true);
        expect(isSorted(detail.mentions.map((m) => m.actor))).toBe(true);
        const own = bundle.evidence.filter((e) => e.source === 'numergy-vs-cloudwatt');
        expect(ids(detail.evidence)).toEqual(ids([...own].sort(compareEvidenceInText)));
        expect(await store.source('no-such-source')).toBeNull();
        const disputes = await store.disputes();
        expect(ids(disputes)).toEqual(sortedCopy(ids(bundle.disputes)));
      });

      it('resolves evidence in the order asked, skipping unknown ids', async () => {
        const [a, b] = [bundle.evidence[3]!, bundle.evidence[1]!];
        expect(await store.evidence([a.id, 'no-such-evidence', b.id])).toEqual([a, b]);
        expect(await store.evidence([])).toEqual([]);
      });

      it('sizes and colours nodes with the shared whole-graph metrics', async () => {
        const metrics = graphMetrics(bundle);
        const { nodes } = await store.subgraph({});
        expect(nodes).toHaveLength(bundle.actors.length);
        for (const node of nodes) {
          expect(node.centrality).toBeCloseTo(metrics.get(node.id)!.centrality, 12);
          expect(node.community).toBe(metrics.get(node.id)!.community);
        }
      });

      it('gives co-mentions only when asked, at or above the weight asked', async () => {
        expect((await store.subgraph({})).coMentions).toEqual([]);
        const weighted = await store.subgraph({ minCoMention: 2 });
        expectWellFormed(weighted);
        const expected = bundle.coMentions
          .filter((c) => c.weight >= 2)
          .map((c) => `${c.a}|${c.b}|${c.weight}`)
          .sort();
        expect(weighted.coMentions.map((c) => `${c.a}|${c.b}|${c.weight}`)).toEqual(expected);
        const companies = await store.subgraph({ kinds: ['company'], minCoMention: 1 });
        const companyIds = idSet(companies.nodes);
        expect(companies.coMentions.every((c) => companyIds.has(c.a) && companyIds.has(c.b))).toBe(true);
      });

      it('gives the same answers after loading the same bundle again', async () => {
        const ask = async (s: GraphStore) => [
          await s.stats(),
          await s.subgraph({ asOf: '2015-01-01', minCoMention: 1 }),
          await s.neighbourhood({ id: 'orange', depth: 2 }),
          await s.shortestPaths({ from: 'quentin-adam', to: 'cloudwatt' }),
          await s.timeline({ actors: ['numergy'] }),
          await s.funding({}),
          await s.search('souverain'),
          await s.actor('numergy'),
          await s.actors({ text: 'cloud', limit: 7, offset: 2 }),
        ];
        const before = await ask(store);
        await store.load(bundle);
        expect(await ask(store)).toEqual(before);
        const other = await make();
        await other.load(bundle);
        expect(await ask(other)).toEqual(before);
      });
    });

    describe('properties over the real bundle', () => {
      it('keeps every subgraph well formed and shrinks it as filters tighten', async () => {
        const everything = await store.subgraph({});
        expectWellFormed(everything);
        expect(ids(everything.edges)).toEqual(sortedCopy(ids(bundle.relations)));
        const contains = (outer: Subgraph, inner: Subgraph) => {
          const nodes = idSet(outer.nodes);
          const edges = idSet(outer.edges);
          expect(inner.nodes.every((n) => nodes.has(n.id))).toBe(true);
          expect(inner.edges.every((e) => edges.has(e.id))).toBe(true);
        };
        for (const asOf of ['2005-01-01', '2012-10-01', '2016-01-01', '2022-07-01']) {
          const dated = await store.subgraph({ asOf });
          expectWellFormed(dated);
          contains(everything, dated);
          const companies = await store.subgraph({ asOf, kinds: ['company'] });
          expectWellFormed(companies);
          contains(dated, companies);
          const typed = await store.subgraph({ asOf, kinds: ['company'], relationTypes: ['owns', 'founded'] });
          contains(companies, typed);
        }
        const decade = await store.subgraph({ from: '2010-01-01', to: '2019-12-31' });
        const year = await store.subgraph({ from: '2012-01-01', to: '2012-12-31' });
        contains(everything, decade);
        contains(decade, year);
        // Relations with neither a known start nor an end overlap every window.
        const spans = computeKnownSpans(bundle).relations;
        const undated = bundle.relations.filter((r) => !spans.get(r.id)!.start && !r.until);
        expect(undated.length).toBeGreaterThan(0);
        const yearEdges = idSet(year.edges);
        expect(undated.every((r) => yearEdges.has(r.id))).toBe(true);
        expect((await store.subgraph({ relationTypes: [] })).edges).toEqual([]);
      });

      it('grows neighbourhoods with depth, symmetrically', async () => {
        for (const id of ['thales', 'andromede', 'quentin-adam']) {
          let previous: Subgraph | null = null;
          for (const depth of [1, 2, 3]) {
            const current = (await store.neighbourhood({ id, depth }))!;
            expectWellFormed(current);
            expect(ids(current.nodes)).toContain(id);
            if (previous) {
              const nodes = idSet(current.nodes);
              expect(previous.nodes.every((n) => nodes.has(n.id))).toBe(true);
            }
            previous = current;
          }
          const one = (await store.neighbourhood({ id, depth: 1 }))!;
          for (const neighbour of one.nodes) {
            const back = (await store.neighbourhood({ id: neighbour.id, depth: 1 }))!;
            expect(ids(back.nodes)).toContain(id);
          }
        }
      });

      it('resolves every piece of evidence a relation cites, with its quote', async () => {
        const cited = [...new Set(bundle.relations.flatMap((r: Relation) => r.evidence))];
        const found = await store.evidence(cited);
        expect(ids(found)).toEqual(cited);
        expect(found.every((e) => e.quote.trim().length >= 3)).toBe(true);
      });

      it('links each path hop to the two actors it joins, passing the type filter', async () => {
        const pairs: [string, string][] = [
          ['quentin-adam', 'cloudwatt'],
          ['bull', 'microsoft'],
          ['altern', 'google'],
        ];
        for (const [from, to] of pairs) {
          for (const relationTypes of [undefined, ['founded', 'owns', 'partner-of', 'competes-with'] as const]) {
            const paths = await store.shortestPaths({ from, to, relationTypes: relationTypes && [...relationTypes] });
            const sequences = paths.map((p) => p.actors.join('\u0000'));
            expect(sequences).toEqual([...new Set(sequences)].sort());
            expect(paths.length).toBeLessThanOrEqual(20);
            for (const path of paths) {
              expect(path.actors[0]).toBe(from);
              expect(path.actors.at(-1)).toBe(to);
              expect(path.hops).toHaveLength(path.actors.length - 1);
              expect(path.actors.length - 1).toBe(paths[0]!.actors.length - 1);
              path.hops.forEach((hop, i) => {
                expect(sortedCopy([hop.from, hop.to])).toEqual(sortedCopy([path.actors[i]!, path.actors[i + 1]!]));
                if (relationTypes) expect(relationTypes).toContain(hop.type);
              });
            }
          }
        }
      });
    });
  });
}
