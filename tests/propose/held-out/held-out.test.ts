import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateHeldOut, loadHeldOut, type HeldOutType } from './held-out.ts';

/**
 * The held-out evaluation: articles written for it, never used to write a rule's unit test, with the records a
 * curator would write (gold.yaml). The floors below are what the rules reached when it was last measured (see
 * docs/proposals.md): a change that loses held-out records fails here, whatever it gains on the corpus.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const kbActorIds = new Set(
  (parse(readFileSync(path.resolve(here, '../../../data/kb/actors.yaml'), 'utf8')) as { id: string }[]).map(
    (a) => a.id,
  ),
);

describe('held-out articles', () => {
  const { gold, documents } = loadHeldOut();

  it('are short news articles in both languages, with gold that names only actors it declares or the KB knows', () => {
    expect(gold.articles.filter((a) => a.language === 'fr').length).toBeGreaterThanOrEqual(4);
    expect(gold.articles.filter((a) => a.language === 'en').length).toBeGreaterThanOrEqual(3);
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

  const scores = evaluateHeldOut();
  const floors: Record<HeldOutType, { precision: number; recall: number }> = {
    actors: { precision: 0.75, recall: 0.85 },
    fundings: { precision: 0.9, recall: 0.75 },
    events: { precision: 0.9, recall: 0.7 },
    relations: { precision: 0.9, recall: 0.65 },
  };
  it.each(Object.entries(floors))('%s: precision and recall stay at or above their measured floors', (type, floor) => {
    const s = scores[type as HeldOutType];
    expect(s.precision, `wrong: ${s.wrong.join('; ')}`).toBeGreaterThanOrEqual(floor.precision);
    expect(s.recall, `missed: ${s.missed.join('; ')}`).toBeGreaterThanOrEqual(floor.recall);
  });

  it('proposes none of the traps it holds: an acquisition price, a valuation, a forecast, a hypothetical raise', () => {
    expect(scores.fundings.wrong.join('\n')).not.toMatch(
      /-> (?:stellio 45000000|trustcore 300000000|quantel-systems 3000000000|cirra 95000000|datavox 30000000) /u,
    );
  });
});
