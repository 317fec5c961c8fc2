import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateHeldOut, heldOutSets, loadHeldOut, type HeldOutSet, type HeldOutType } from './held-out.ts';

/**
 * The held-out evaluation: articles written for it, never used to write a rule's unit test, with the records a
 * curator would write (gold.yaml), in three sets (set-1: rules were tuned on it afterwards; set-2, then set-3: each
 * written blind after the tuning on the sets before it). The floors below are what the rules reached when each set was last measured (see docs/proposals.md): a
 * change that loses held-out records fails here, whatever it gains on the corpus.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const kbActorIds = new Set(
  (parse(readFileSync(path.resolve(here, '../../../data/kb/actors.yaml'), 'utf8')) as { id: string }[]).map(
    (a) => a.id,
  ),
);

describe.each(heldOutSets)('held-out articles, %s', (set) => {
  const { gold, documents } = loadHeldOut(set);

  it('are short news articles in both languages, with gold that names only actors it declares or the KB knows', () => {
    expect(gold.articles.filter((a) => a.language === 'fr').length).toBeGreaterThanOrEqual(2);
    expect(gold.articles.filter((a) => a.language === 'en').length).toBeGreaterThanOrEqual(2);
    for (const d of documents) {
      expect(d.text.length).toBeGreaterThanOrEqual(800);
      expect(d.text.length).toBeLessThanOrEqual(2000);
    }
    for (const a of gold.articles) {
      const declared = new Set([...a.actors.map((x) => x.id), ...a.implied]);
      for (const x of a.actors) expect(kbActorIds.has(x.id), `${a.id}: ${x.id} is already in the KB`).toBe(false);
      const used = [
        ...a.fundings.flatMap((f) => [f.to, ...(f.from ? [f.from] : []), ...(f.funders ?? [])]),
        ...a.events.flatMap((e) => e.subjects),
        ...a.relations.flatMap(([from, , to]) => [from, to]),
      ];
      for (const id of used) expect(declared.has(id) || kbActorIds.has(id), `${a.id}: unknown actor ${id}`).toBe(true);
    }
  });

  const scores = evaluateHeldOut(set);
  it.each(Object.entries(floors[set]))(
    '%s: precision and recall stay at or above their measured floors',
    (type, floor) => {
      const s = scores[type as HeldOutType];
      expect(s.precision, `wrong: ${s.wrong.join('; ')}`).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall, `missed: ${s.missed.join('; ')}`).toBeGreaterThanOrEqual(floor.recall);
    },
  );

  it('proposes none of the fundings it holds as traps: prices, valuations, forecasts, fines, plans, hypotheses', () => {
    expect(scores.fundings.wrong.join('\n')).not.toMatch(traps[set]);
  });
});

const floors: Record<HeldOutSet, Record<HeldOutType, { precision: number; recall: number }>> = {
  'set-1': {
    actors: { precision: 0.9, recall: 0.89 },
    fundings: { precision: 0.9, recall: 0.75 },
    events: { precision: 0.9, recall: 0.8 },
    relations: { precision: 0.97, recall: 0.7 },
  },
  // measured after the patterns its blind run revealed, then set 3's, then a second round on both (docs/proposals.md;
  // blind: actors 0.55/0.59, fundings 0.33/0.12, events 0.62/0.24, relations 0.47/0.11)
  'set-2': {
    actors: { precision: 0.79, recall: 0.8 },
    fundings: { precision: 1, recall: 0.62 },
    events: { precision: 0.96, recall: 0.75 },
    relations: { precision: 0.97, recall: 0.65 },
  },
  // measured after the patterns its blind run revealed, then a second round with set 2's (blind: actors 0.50/0.55,
  // fundings 0.67/0.33, events 0.67/0.38, relations 0.40/0.20)
  'set-3': {
    actors: { precision: 0.79, recall: 0.81 },
    fundings: { precision: 0.83, recall: 0.83 },
    events: { precision: 0.85, recall: 0.76 },
    relations: { precision: 0.92, recall: 0.79 },
  },
  // blind (actors 0.58/0.61, fundings 0.17/0.10, events 0.50/0.28, relations 0.83/0.17), then three rules its misses
  // showed: a list's "et de"/"and the" item split from a plain name, revenue targets not read as revenue, cities
  'set-4': {
    actors: { precision: 0.67, recall: 0.71 },
    fundings: { precision: 0.25, recall: 0.1 },
    events: { precision: 0.5, recall: 0.27 },
    relations: { precision: 0.85, recall: 0.2 },
  },
  // blind (actors 0.62/0.71, fundings 0.50/0.29, events 0.60/0.33, relations 0.67/0.20, rules of 609b922), then
  // measured after the first rules of the round on set 4's lessons (c384913)
  'set-5': {
    actors: { precision: 0.69, recall: 0.77 },
    fundings: { precision: 0.55, recall: 0.29 },
    events: { precision: 0.61, recall: 0.35 },
    relations: { precision: 0.78, recall: 0.27 },
  },
};
const traps: Record<HeldOutSet, RegExp> = {
  'set-1': /-> (?:stellio 45000000|trustcore 300000000|quantel-systems 3000000000|cirra 95000000|datavox 30000000) /u,
  'set-2':
    /-> (?:brumea 250000 |veltrix (?:12000000|1100000000) |kerdenio 210000000 |amazon\S* (?:120000000|2500000000) )/u,
  'set-3': /-> (?:stokalis 400000 |halden 2000000 )/u,
  'set-4':
    /-> (?:kelvane (?:280000000|40000000) |\S*lumeo (?:125000000|130000000|2300000) |talenza 2300000 |vigilis (?:210000000|4000000) |opaline\S* (?:2000000000|6000000000|8000000000) |datavia (?:1800000|9000000) |kairn 1900000000 )/u,
  'set-5':
    /-> (?:keryx 150000000 |quillon 620000000 |alcyon (?:1400000000|18\.5|90000000|900000000) |\S*qilin\S* 2000000 |amazon-web-services 7800000000 |lumira 180000000 |vantalis (?:66000000|180000000) |\S*oddo\S* 300000000 |\S*partech\S* 500000000 )/u,
};
