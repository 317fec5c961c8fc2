import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../server/src/domain/model.ts';
import { runIngest, type IngestResult } from '../../server/src/ingest/ingest.ts';
import { realCorpusDir, repoRoot } from '../support/fixture.ts';

const corpusPresent = existsSync(realCorpusDir) && readdirSync(realCorpusDir).some((f) => f.endsWith('.txt'));
if (!corpusPresent) {
  console.warn(
    `[real-corpus] skipped: no source texts in ${realCorpusDir}. Set CORPUS_DIR to the folder holding them (CI uses ../shared/corpus).`,
  );
}

/** The whole knowledge base against the five real texts. */
describe.skipIf(!corpusPresent)('ingest over the real corpus', () => {
  let result: IngestResult;
  let bundle: Bundle;
  beforeAll(async () => {
    result = await runIngest({
      kbDir: path.join(repoRoot, 'data/kb'),
      manifestPath: path.join(repoRoot, 'data/corpus/manifest.json'),
      corpusDir: realCorpusDir,
    });
    bundle = result.bundle;
  });

  const actor = (id: string) => bundle.actors.find((a) => a.id === id);
  const event = (id: string) => bundle.events.find((e) => e.id === id);
  const fundingsTo = (id: string) => bundle.fundings.filter((f) => f.to === id);
  const relationsOf = (type: string, to: string) =>
    bundle.relations
      .filter((r) => r.type === type && r.to === to)
      .map((r) => r.from)
      .sort();

  it('reads all five documents in the language the manifest gives', () => {
    expect(result.summary.documents).toBe(5);
    for (const source of bundle.sources) {
      expect(source.textAvailable).toBe(true);
      expect(source.detectedLanguage).toBe(source.language);
    }
  });

  it('anchors every evidence quote to offsets in its source', () => {
    expect(bundle.evidence.length).toBeGreaterThan(150);
    expect(bundle.evidence.every((e) => e.start !== null && e.end !== null && e.end > e.start)).toBe(true);
  });

  it('covers the whole story at the expected scale', () => {
    expect(bundle.actors.length).toBeGreaterThanOrEqual(80);
    expect(bundle.relations.length).toBeGreaterThanOrEqual(120);
    expect(bundle.events.length).toBeGreaterThanOrEqual(40);
    expect(bundle.disputes.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves no uncovered candidate: every gap was closed or reviewed', () => {
    const { values, ...gaps } = result.report;
    expect(gaps).toEqual({ names: [], dates: [], amounts: [] });
    // With the corpus present every value is checked: read in a quote, or derived and re-computed.
    expect(Object.values(values).every((tally) => tally.unchecked === 0)).toBe(true);
  });

  it('has Andromède with its funders, its disputed budget and its two offspring', () => {
    expect(actor('andromede')).toMatchObject({
      name: 'Andromède',
      aliases: { en: expect.arrayContaining(['Andromeda']) },
    });
    const pledges = Object.fromEntries(
      fundingsTo('andromede')
        .filter((f) => f.from)
        .map((f) => [f.from, [f.amount, f.currency, f.kind]]),
    );
    expect(pledges).toMatchObject({
      'caisse-des-depots': [135_000_000, 'EUR', 'pledged'],
      orange: [60_000_000, 'EUR', 'pledged'],
      thales: [60_000_000, 'EUR', 'pledged'],
      'dassault-systemes': [30_000_000, 'EUR', 'pledged'],
      'french-state': [150_000_000, 'EUR', 'pledged'],
    });
    const budget = bundle.disputes.find((d) => d.id === 'andromede-total-budget');
    expect(budget?.claims.flatMap((c) => (c.record ? [c.record] : (c.records ?? [])))).toEqual(
      expect.arrayContaining(['fundings/andromede-total-around-285m', 'fundings/french-state-andromede-150m']),
    );
    expect(relationsOf('derived-from', 'andromede')).toEqual(expect.arrayContaining(['cloudwatt', 'numergy']));
  });

  it('has Cloudwatt and Numergy with founders, launch, money and outcome', () => {
    expect(relationsOf('founded', 'cloudwatt')).toEqual(expect.arrayContaining(['orange', 'thales']));
    expect(relationsOf('founded', 'numergy')).toEqual(expect.arrayContaining(['bull', 'sfr']));
    expect(actor('cloudwatt')?.founded).toMatchObject({ value: '2012-09', precision: 'month', qualifier: 'early' });
    // "will be disconnected on February 1st" in a text of about 2019: a planned shutdown, dated no more precisely
    // than the publication date its year was resolved against; a planned end is not an end.
    expect(actor('cloudwatt')?.dissolved).toBeUndefined();
    expect(event('cloudwatt-shutdown')).toMatchObject({
      status: 'planned',
      date: {
        value: '2020',
        precision: 'approximate',
        basis: { fr: expect.stringContaining('February 1st'), en: expect.stringContaining('February 1st') },
      },
    });
    expect(fundingsTo('cloudwatt').map((f) => [f.amount, f.currency, f.kind])).toEqual(
      expect.arrayContaining([
        [150_000_000, 'EUR', 'invested'],
        [2_000_000, 'USD', 'revenue'],
      ]),
    );
    expect(fundingsTo('numergy').map((f) => [f.amount, f.currency, f.kind])).toEqual(
      expect.arrayContaining([[6_000_000, 'unspecified', 'revenue']]),
    );
  });

  it('resolves relative dates against the publication date', () => {
    expect(event('cloudwatt-numergy-launch-2012-09')?.date).toMatchObject({
      value: '2012-09',
      precision: 'month',
      qualifier: 'early',
    });
    expect(event('patrick-starck-june-2013-statement')?.date).toMatchObject({ value: '2013-06', precision: 'month' });
    expect(event('cloudwatt-storage-platform-launch')?.date).toMatchObject({
      value: '2013-spring',
      precision: 'season',
    });
  });

  it('has S3NS and Bleu as the later alliances, dated from the texts', () => {
    expect(
      relationsOf('founded', 's3ns').length +
        bundle.relations.filter((r) => r.from === 's3ns' || r.to === 's3ns').length,
    ).toBeGreaterThan(0);
    // A confirmed launch and an alliance in preparation are an announcement and a plan, not foundings.
    expect(actor('s3ns')?.founded).toBeUndefined();
    expect(actor('bleu')?.founded).toBeUndefined();
    expect(event('s3ns-launch-confirmed')).toMatchObject({ kind: 'announcement', date: { precision: 'approximate' } });
    expect(event('s3ns-bleu-delivery-planned-2024')?.date).toMatchObject({ value: '2024', precision: 'year' });
    const bleuPartners = bundle.relations
      .filter((r) => r.from === 'bleu' || r.to === 'bleu')
      .flatMap((r) => [r.from, r.to]);
    expect(bleuPartners).toEqual(expect.arrayContaining(['orange', 'capgemini', 'microsoft']));
  });

  it('has OVHcloud and Clever Cloud as the French challengers', () => {
    expect(actor('ovhcloud')?.founded).toMatchObject({ value: '1999', precision: 'year' });
    expect(event('ovh-ipo')?.date).toMatchObject({ value: '2021-10-15', precision: 'day' });
    const clever = bundle.relations.filter((r) => r.from === 'clever-cloud' || r.to === 'clever-cloud');
    expect(
      clever
        .filter((r) => r.type === 'customer-of')
        .map((r) => r.from)
        .sort(),
    ).toEqual(expect.arrayContaining(['airbus', 'maif', 'partouche']));
    expect(clever.some((r) => r.type === 'relies-on' && r.to === 'kalray')).toBe(true);
  });

  it('finds the named actors in the texts, and common-word aliases only with their case', () => {
    const mentioned = (id: string) => bundle.mentions.filter((m) => m.actor === id).reduce((n, m) => n + m.count, 0);
    for (const id of ['andromede', 'cloudwatt', 'numergy', 's3ns', 'bleu', 'ovhcloud', 'clever-cloud'])
      expect(mentioned(id), id).toBeGreaterThan(0);
    const orange = bundle.mentions.filter((m) => m.actor === 'orange');
    expect(orange.length).toBeGreaterThan(0);
    expect(bundle.coMentions.find((c) => c.a === 'cloudwatt' && c.b === 'numergy')?.weight).toBeGreaterThan(2);
  });
});
