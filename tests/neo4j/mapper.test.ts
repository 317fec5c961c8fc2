import path from 'node:path';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphMetrics } from '../../server/src/domain/metrics.ts';
import { computeKnownSpans } from '../../server/src/domain/time-spans.ts';
import type { Bundle } from '../../server/src/domain/model.ts';
import { runIngest } from '../../server/src/ingest/ingest.ts';
import { expectedCounts, writeSteps } from '../../server/src/store/neo4j/load.ts';
import {
  actorProps,
  claimProps,
  disputeProps,
  eventProps,
  evidenceProps,
  fundingProps,
  mentionProps,
  propertyKeys,
  relationProps,
  sourceProps,
  toActor,
  toDispute,
  toEvent,
  toEvidence,
  toFunding,
  toGraphEdge,
  toGraphNode,
  toMention,
  toNumber,
  toPlain,
  toRelation,
  toSource,
  type Props,
} from '../../server/src/store/neo4j/mapper.ts';
import { realCorpusDir, repoRoot } from '../support/fixture.ts';

/**
 * The mapper, both ways, on every record of the real knowledge base. What a query returns for `n {.*}` is the
 * property map the load wrote plus `dataset`, with integers as Neo4j Integers: that is what `stored()` gives, so
 * these tests exercise the conversions, not a database.
 */

let bundle: Bundle;
beforeAll(async () => {
  const result = await runIngest({
    kbDir: path.join(repoRoot, 'data/kb'),
    manifestPath: path.join(repoRoot, 'data/corpus/manifest.json'),
    corpusDir: realCorpusDir,
  });
  bundle = result.bundle;
});

/** A property map as Neo4j gives it back: the stamp added; floats that hold integers come back as numbers. */
const stored = (props: Props): Props => ({ ...props, dataset: bundle.version });

/** Neo4j stores no null and no nested map: every written value is a scalar or a list of scalars. */
function expectStorable(props: Props, keys: readonly string[]) {
  for (const [key, value] of Object.entries(props)) {
    expect(keys, `undeclared property ${key}`).toContain(key);
    expect(value, key).not.toBeNull();
    expect(value, key).not.toBeUndefined();
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const scalar = ['string', 'number', 'boolean'].includes(typeof item) || neo4j.isInt(item);
      expect(scalar, `${key} holds a ${typeof item}`).toBe(true);
    }
  }
}

describe('Neo4j mapper', () => {
  it('round-trips every actor, with its metrics and its known span', () => {
    const metrics = graphMetrics(bundle);
    const spans = computeKnownSpans(bundle);
    for (const actor of bundle.actors) {
      const span = spans.actors.get(actor.id)!;
      const props = actorProps(actor, metrics.get(actor.id), span);
      expectStorable(props, propertyKeys.Actor);
      expect(toActor(stored(props))).toStrictEqual(actor);
      expect(toGraphNode(stored(props))).toStrictEqual({ ...actor, ...metrics.get(actor.id), span });
    }
  });

  it('round-trips every relation, with its dates and its known span as ISO days', () => {
    const spans = computeKnownSpans(bundle);
    for (const relation of bundle.relations) {
      const span = spans.relations.get(relation.id)!;
      const props = relationProps(relation, span);
      expectStorable(props, propertyKeys.Relation);
      expect(toRelation(stored(props))).toStrictEqual(relation);
      expect(toGraphEdge(stored(props))).toStrictEqual({ ...relation, span });
      if (relation.since) expect(props.sinceStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (span.start) expect(props.begunDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('round-trips events, fundings, disputes (claims in order, whatever order they come in)', () => {
    for (const event of bundle.events) {
      expectStorable(eventProps(event), propertyKeys.Event);
      expect(toEvent(stored(eventProps(event)))).toStrictEqual(event);
    }
    for (const funding of bundle.fundings) {
      expectStorable(fundingProps(funding), propertyKeys.Funding);
      expect(toFunding(stored(fundingProps(funding)))).toStrictEqual(funding);
    }
    for (const dispute of bundle.disputes) {
      expectStorable(disputeProps(dispute), propertyKeys.Dispute);
      const claims = claimProps(dispute);
      for (const claim of claims) expectStorable(claim, propertyKeys.Claim);
      expect(toDispute(stored(disputeProps(dispute)), [...claims].reverse().map(stored))).toStrictEqual(dispute);
    }
  });

  it('round-trips sources, evidence and mentions, nullable fields as null', () => {
    for (const source of bundle.sources) {
      expectStorable(sourceProps(source), propertyKeys.Source);
      expect(toSource(stored(sourceProps(source)))).toStrictEqual(source);
      const bare = {
        ...source,
        textAvailable: false,
        detectedLanguage: null,
        characters: null,
        sentences: null,
        textHash: null,
      };
      expect(toSource(stored(sourceProps(bare)))).toStrictEqual(bare);
    }
    for (const evidence of bundle.evidence) {
      expectStorable(evidenceProps(evidence), propertyKeys.Evidence);
      expect(toEvidence(stored(evidenceProps(evidence)))).toStrictEqual(evidence);
    }
    const unanchored = { ...bundle.evidence[0]!, start: null, end: null };
    expect(toEvidence(stored(evidenceProps(unanchored)))).toStrictEqual(unanchored);
    for (const mention of bundle.mentions) {
      expectStorable(mentionProps(mention), propertyKeys.MENTIONS);
      expect(toMention(stored(mentionProps(mention)))).toStrictEqual(mention);
    }
  });

  it('converts Neo4j integers, refusing those a number cannot hold, and temporal values', () => {
    expect(toNumber(neo4j.int(42))).toBe(42);
    expect(toNumber(7.5)).toBe(7.5);
    expect(() => toNumber(neo4j.int('9007199254740993'))).toThrow(RangeError);
    expect(() => toNumber('3')).toThrow(TypeError);
    const when = new neo4j.types.DateTime(2024, 5, 6, 7, 8, 9, 0, 0);
    expect(toPlain({ n: neo4j.int(3), list: [neo4j.int(1), 'a'], when })).toEqual({
      n: 3,
      list: [1, 'a'],
      when: '2024-05-06T07:08:09Z',
    });
  });

  it('rejects a property map that is not a record of the kind asked for', () => {
    expect(() => toActor({ id: 'x' })).toThrow(TypeError);
    expect(() => toEvidence({ id: 'x', source: 's', quote: 'q', start: 'one' })).toThrow(TypeError);
  });
});

describe('Neo4j load plan', () => {
  it('writes every record once, nodes before what links them, and expects what it writes', () => {
    const steps = writeSteps(bundle, graphMetrics(bundle));
    const rows = (item: string) => steps.filter((s) => s.item === item).flatMap((s) => s.rows);
    expect(rows('Actor')).toHaveLength(bundle.actors.length);
    expect(steps.filter((s) => s.item.startsWith('relation ')).flatMap((s) => s.rows)).toHaveLength(
      bundle.relations.length,
    );
    expect(rows('MENTIONS')).toHaveLength(bundle.mentions.length);
    const order = steps.map((s) => s.item);
    expect(order.indexOf('Actor')).toBeLessThan(order.indexOf('Event'));
    expect(order.indexOf('Source')).toBeLessThan(order.indexOf('Evidence'));
    const counts = expectedCounts(bundle);
    expect(counts.actors).toBe(bundle.actors.length);
    expect(counts.claims).toBe(bundle.disputes.reduce((n, d) => n + d.claims.length, 0));
    expect(counts.funders).toBeLessThanOrEqual(counts.fundings);
  });
});
