import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateHeldOut, heldOutSets, loadHeldOut, type HeldOutSet, type HeldOutType } from './held-out.ts';

/**
 * The held-out evaluation: articles written for it, with the records a curator would write (gold.yaml), in one hundred
 * and forty-nine sets (set-1: rules were tuned on it afterwards; set-2 to set-8: each written blind, then tuned on;
 * set-9 to set-93: written blind to docs/held-out-guide.md, set-9 never read by a session writing rules, sets 10 and 11
 * the judges of a learnt relation model, sets 12 and 13 of the fourth round, whose rules were tuned on sets 10 and 11,
 * sets 14 to 17 of the fifth, whose rules were probed on invented text, sets 18 to 21 of the sixth, whose rules were
 * chosen by counting the misses of sets 14 to 17: some of its unit tests are sentences of sets 14 to 17 with the names
 * changed, so those four sets no longer measure unseen text; sets 22 to 25 judged the seventh round at its middle, then
 * the integrator read their misses and changed short forms and sentence splitting on them; sets 26 to 29 judged the
 * seventh round's end; sets 30 to 37 judged the eighth round's end, whose rules were tuned on the misses of sets 22 to
 * 29; sets 38 to 45 judged the learnt models of the ninth round, then trained on sets 1 to 37 (since 7 Dec trained on
 * sets 1 to 93); sets 46 to 53 judged the tenth round of rules, tuned on sets 1 to 45; sets 54 to 61 judged the
 * eleventh round of rules, tuned on sets 1 to 53; sets 62 to 69 judged the second part of the eleventh round of rules,
 * tuned on sets 1 to 61; sets 70 to 77 judged the twelfth round of rules, tuned on sets 1 to 69; sets 78 to 85 judged
 * the thirteenth round of rules, tuned on sets 1 to 77; sets 86 to 93 judged the fourteenth round of rules, tuned on
 * sets 1 to 85; sets 94 to 101 written blind and judged the fifteenth round of rules, tuned on sets 1 to 93, and the
 * learnt models retrained on sets 1 to 93; sets 102 to 109 written blind and judged the sixteenth round of rules, tuned
 * on sets 1 to 101, and the learnt models trained on sets 1 to 93; sets 110 to 117 written blind and judged the
 * seventeenth round of rules, tuned on sets 1 to 109, and the learnt models trained on sets 1 to 93; sets 118 to 125
 * written blind and judged the eighteenth round of rules, tuned on sets 1 to 117, and the learnt models trained on sets
 * 1 to 93; sets 126 to 133 written blind and judged the nineteenth round of rules, tuned on sets 1 to 125, and the
 * learnt models trained on sets 1 to 93; sets 134 to 141 written blind and judged the twentieth round of rules, tuned
 * on sets 1 to 133, and the learnt models trained on sets 1 to 93; sets 142 to 149 written blind and judged the
 * twenty-first round of rules, tuned on sets 1 to 141, and the learnt models trained on sets 1 to 93).
 * The floors below are what the rules reached when each set was last measured (see docs/proposals/held-out.md,
 * rounds.md): a change that loses held-out records fails here, whatever it gains on the corpus. The learnt models
 * (trained on sets 1 to 93 since 7 Dec, judged blind by sets 94 to 149; sets 38 to 93 judged the first models, trained
 * on sets 1 to 37) have their own floors, learnt.test.ts.
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
      expect(d.text.length).toBeLessThanOrEqual(3000);
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
  // sets 1-53: measured at the eighth round's end (57ddd64, 6 Dec 2026, 13:25 UTC), truncated, and raised where the
  // tenth round's end (0b9d9d2, 17:46 UTC), the eleventh's (e42df6d, 19:29 UTC) or 7d515a4 (19:35 UTC) reads more
  // (sets 1-61 read again at a031426, the second part of the eleventh round's end: none higher; sets 1-69 read again
  // at 652c84a, the twelfth round's end: none higher than the floors its commits had raised; sets 1-77 raised where
  // the thirteenth round's end, e392db6, 7 Dec 2026, reads more; sets 1-85 raised where the fourteenth round's end,
  // c3a6b6b, reads more; sets 1-93 raised where the fifteenth round's end, 88d3e28, reads more; sets 1-101 raised
  // where the sixteenth round's end, 40b56b0, reads more; sets 1-109 raised where the seventeenth round's end, 3bf855a,
  // reads more; sets 1-117 raised where the eighteenth round's end with its review, 5789c70, reads more; sets 1-125
  // raised where the nineteenth round's end with its review, 0a99d7e, reads more; sets 1-141 raised where the
  // twenty-first round's end, 7d72749, reads more);
  // each set's blind figures and earlier rounds are in docs/proposals/held-out.md (sets 1-4) and
  // docs/proposals/rounds.md (sets 5-37)
  'set-1': {
    actors: { precision: 1, recall: 0.98 },
    fundings: { precision: 1, recall: 0.92 },
    // (0.93 until the twelfth round read "X has been a customer since 2020" as a contract, as the guide does; the
    // gold leaves it out)
    // (precision 0.9 until the twentieth round read 'the ministry' as the one named before: a launch dated wrong)
    events: { precision: 0.87, recall: 0.9 },
    // (0.98 until the eleventh round read "Deux ans plus tard, il lançait…": the maker-named rule now also gives the
    // old service "Stellio Drive" to Stellio, true, though the gold lists only the new one)
    // (precision 0.96 until the twentieth round read 'the ministry' as the one named before: one criticism too many)
    relations: { precision: 0.94, recall: 0.8 },
  },
  'set-2': {
    actors: { precision: 0.92, recall: 0.96 },
    fundings: { precision: 1, recall: 0.62 },
    events: { precision: 0.96, recall: 0.78 },
    relations: { precision: 0.97, recall: 0.69 },
  },
  'set-3': {
    actors: { precision: 0.89, recall: 0.92 },
    fundings: { precision: 1, recall: 1 },
    events: { precision: 1, recall: 0.95 },
    relations: { precision: 0.95, recall: 0.84 },
  },
  // tuned on (blind: actors 0.58/0.61, fundings 0.17/0.10, events 0.50/0.28, relations 0.83/0.17)
  'set-4': {
    actors: { precision: 1, recall: 1 },
    fundings: { precision: 1, recall: 0.9 },
    events: { precision: 1, recall: 0.91 },
    relations: { precision: 0.97, recall: 0.77 },
  },
  // tuned on (blind, rules of 609b922: actors 0.62/0.71, fundings 0.50/0.29, events 0.60/0.33, relations 0.67/0.20)
  'set-5': {
    actors: { precision: 0.95, recall: 1 },
    fundings: { precision: 1, recall: 0.88 },
    events: { precision: 0.95, recall: 0.86 },
    relations: { precision: 1, recall: 0.69 },
  },
  // tuned on in the second round (blind, rules of 609b922: actors 0.61/0.67, fundings 0.11/0.05, events 0.59/0.27,
  // relations 0.64/0.18; after the first round, 296f6fa: 0.77/0.85, 0.41/0.26, 0.72/0.43, 0.66/0.27)
  'set-6': {
    actors: { precision: 0.97, recall: 1 },
    fundings: { precision: 1, recall: 0.94 },
    // (1 until the twelfth round read a certification with no subject as the article's company's: one wrong more)
    events: { precision: 0.97, recall: 0.91 },
    relations: { precision: 0.98, recall: 0.63 },
  },
  // written blind to docs/held-out-guide.md; judged the second round (90b1097: actors 0.60/0.83, fundings 0.58/0.36,
  // events 0.84/0.55, relations 0.85/0.31; 46cae85: 0.63/0.84, 0.56/0.47, 0.86/0.63, 0.84/0.35), tuned on in the third
  // (set 7's relation precision fell one record in the seventh round: "L'entreprise trégorroise" places Armor
  // Calcul in the Trégor, which the guide makes gold and set 7's curator left out)
  'set-7': {
    actors: { precision: 0.74, recall: 0.95 },
    fundings: { precision: 0.86, recall: 0.68 },
    events: { precision: 0.93, recall: 0.73 },
    relations: { precision: 0.93, recall: 0.52 },
  },
  // as set 7 (90b1097: actors 0.63/0.80, fundings 0.43/0.31, events 0.84/0.54, relations 0.75/0.32; 46cae85:
  // 0.67/0.83, 0.43/0.31, 0.80/0.56, 0.78/0.35), tuned on in the third round
  'set-8': {
    actors: { precision: 0.75, recall: 0.88 },
    fundings: { precision: 0.8, recall: 0.72 },
    events: { precision: 0.92, recall: 0.72 },
    // (0.87 until the thirteenth round read "a new 250 million euro term loan" as the bought company's: it finances
    // its buyer's deal)
    relations: { precision: 0.86, recall: 0.52 },
  },
  // BLIND: written to the guide, kept out of the repository and never read by a session writing rules; judged the
  // third round (at its start, b6fc493: actors 0.70/0.83, fundings 0.29/0.23, events 0.72/0.56, relations 0.74/0.32;
  // at 90b1097, before the second: 0.69/0.82, 0.31/0.23, 0.77/0.53, 0.77/0.30)
  'set-9': {
    actors: { precision: 0.75, recall: 0.89 },
    fundings: { precision: 0.45, recall: 0.42 },
    events: { precision: 0.85, recall: 0.69 },
    relations: { precision: 0.87, recall: 0.52 },
  },
  // BLIND until 6 Dec 2026, 01:00 UTC: written to the guide, kept out of the repository; judged the learnt relation
  // model (docs/proposals/rounds.md, "A learnt relation model, tried and left out"; blind at 74b68b7: actors 0.52/0.69
  // and 0.64/0.82, fundings 0.73/0.33 and 0.70/0.54, events 0.71/0.40 and 0.79/0.55, relations 0.77/0.21 and
  // 0.79/0.37), then tuned on in the fourth round.
  'set-10': {
    actors: { precision: 0.66, recall: 0.84 },
    // (precision 0.85 until the twentieth round kept a dative pronoun's grant past its purpose: one wrong more)
    fundings: { precision: 0.8, recall: 0.5 },
    events: { precision: 0.82, recall: 0.66 },
    // (0.86 precision until the eighteenth round: "la mairie d'Aulnoy-sur-Orge (Essonne)": a town hall before its
    // department in parentheses, now placed there)
    // (precision 0.84 until its funds relation (twentieth round))
    relations: { precision: 0.83, recall: 0.39 },
  },
  // (set 11's relation precision fell one record in the fifth round, for two gained: "…, explique sa directrice des
  // systèmes d'information, X" gives X to the article's company, not to the customer named before)
  'set-11': {
    actors: { precision: 0.7, recall: 0.88 },
    fundings: { precision: 0.91, recall: 0.84 },
    events: { precision: 0.94, recall: 0.73 },
    // (0.82 until the twelfth round knew "Manchester" as a town: "Its clients" told of another company now read as
    // the article's company's, two wrongs for one site found)
    relations: { precision: 0.81, recall: 0.56 },
  },
  // BLIND until 6 Dec 2026, 02:10 UTC: written to the guide (01:00-01:07), kept out of the repository; they judged
  // the fourth round (docs/proposals/rounds.md, "Fourth round"). Floors at their blind figures.
  'set-12': {
    actors: { precision: 0.76, recall: 0.9 },
    fundings: { precision: 0.88, recall: 0.83 },
    events: { precision: 0.88, recall: 0.8 },
    relations: { precision: 0.92, recall: 0.58 },
  },
  'set-13': {
    actors: { precision: 0.61, recall: 0.84 },
    fundings: { precision: 0.81, recall: 0.61 },
    events: { precision: 0.96, recall: 0.73 },
    relations: { precision: 0.94, recall: 0.56 },
  },
  // BLIND until 6 Dec 2026, 05:00 UTC: written to the guide (03:20-03:35), kept out of the repository; they judged
  // the fifth round (docs/proposals/rounds.md, "Fifth round"; at its start, 860e3c9: set 14 actors 0.62/0.75,
  // fundings 0.46/0.33, events 0.86/0.67, relations 0.79/0.33; set 15 0.61/0.77, 0.78/0.61, 0.87/0.74, 0.87/0.34;
  // set 16 0.69/0.88, 0.58/0.47, 0.68/0.60, 0.78/0.49; set 17 0.58/0.81, 0.69/0.43, 0.87/0.60, 0.72/0.31). The
  // sixth round was tuned on them; floors at its end.
  'set-14': {
    actors: { precision: 0.75, recall: 0.87 },
    fundings: { precision: 0.86, recall: 0.72 },
    events: { precision: 0.95, recall: 0.83 },
    relations: { precision: 0.89, recall: 0.56 },
  },
  'set-15': {
    actors: { precision: 0.73, recall: 0.86 },
    fundings: { precision: 0.91, recall: 0.91 },
    events: { precision: 0.93, recall: 0.91 },
    relations: { precision: 0.95, recall: 0.62 },
  },
  'set-16': {
    actors: { precision: 0.78, recall: 0.94 },
    fundings: { precision: 0.8, recall: 0.8 },
    events: { precision: 0.88, recall: 0.86 },
    relations: { precision: 0.87, recall: 0.69 },
  },
  'set-17': {
    actors: { precision: 0.68, recall: 0.92 },
    fundings: { precision: 0.89, recall: 0.81 },
    events: { precision: 1, recall: 0.86 },
    // (precision 0.93 until the twentieth round read a deal's roles: one ownership too many)
    relations: { precision: 0.92, recall: 0.6 },
  },
  // BLIND until 6 Dec 2026, 07:40 UTC: written to the guide (05:55-06:00), kept out of the repository; they judged
  // the sixth round (docs/proposals/rounds.md, "Sixth round"; at its start, b3442ce: set 18 actors 0.74/0.90,
  // fundings 0.85/0.69, events 0.82/0.58, relations 0.81/0.49; set 19 0.63/0.77, 0.79/0.56, 0.94/0.71, 0.79/0.46;
  // set 20 0.74/0.93, 0.86/0.71, 1.00/0.72, 0.84/0.45; set 21 0.67/0.82, 0.46/0.29, 0.64/0.41, 0.83/0.40); the
  // seventh round counted their misses.
  'set-18': {
    actors: { precision: 0.75, recall: 0.93 },
    fundings: { precision: 0.93, recall: 0.93 },
    events: { precision: 0.86, recall: 0.76 },
    relations: { precision: 0.84, recall: 0.63 },
  },
  'set-19': {
    actors: { precision: 0.74, recall: 0.85 },
    fundings: { precision: 0.84, recall: 0.81 },
    events: { precision: 0.93, recall: 0.89 },
    relations: { precision: 0.82, recall: 0.61 },
  },
  'set-20': {
    actors: { precision: 0.77, recall: 0.95 },
    fundings: { precision: 1, recall: 1 },
    events: { precision: 1, recall: 0.86 },
    // (0.87 until the fourteenth round kept "Centre for Cybersecurity" whole: the unlisted body is now placed in the
    // country its name ends on, one wrong more)
    relations: { precision: 0.87, recall: 0.62 },
  },
  'set-21': {
    actors: { precision: 0.74, recall: 0.88 },
    fundings: { precision: 0.84, recall: 0.76 },
    events: { precision: 0.86, recall: 0.8 },
    // (0.92 precision until the seventeenth round: a bare "directeur" of the Secrétariat général pour
    // l'investissement, read as its head (seventeenth round: a director of a public body heads it))
    relations: { precision: 0.91, recall: 0.57 },
  },
  // BLIND until 6 Dec 2026, 10:25 UTC: written to the guide (08:36-08:40 and 09:50-09:55), kept out of the
  // repository; sets 22 to 25 judged the seventh round at its middle (their misses were then read: short forms,
  // sentence splitting), sets 26 to 29 its end (docs/proposals/rounds.md, "Seventh round"; at its start, bed5799,
  // pooled: sets 22-25 fundings 0.63/0.43, events 0.79/0.63, relations 0.75/0.35; sets 26-29 0.64/0.46, 0.78/0.64,
  // 0.75/0.40)
  'set-22': {
    actors: { precision: 0.83, recall: 0.91 },
    fundings: { precision: 0.84, recall: 0.73 },
    events: { precision: 0.88, recall: 0.85 },
    relations: { precision: 0.87, recall: 0.45 },
  },
  'set-23': {
    actors: { precision: 0.67, recall: 0.85 },
    fundings: { precision: 0.92, recall: 0.92 },
    events: { precision: 0.97, recall: 0.86 },
    relations: { precision: 0.79, recall: 0.48 },
  },
  'set-24': {
    actors: { precision: 0.67, recall: 0.85 },
    fundings: { precision: 0.88, recall: 0.53 },
    events: { precision: 0.87, recall: 0.8 },
    relations: { precision: 0.9, recall: 0.57 },
  },
  'set-25': {
    actors: { precision: 0.68, recall: 0.89 },
    fundings: { precision: 0.72, recall: 0.61 },
    // (0.81 until the twelfth round read "la PME, fondée en" and a certification with no subject as the article's
    // company's: two wrongs more)
    events: { precision: 0.75, recall: 0.66 },
    relations: { precision: 0.83, recall: 0.52 },
  },
  'set-26': {
    actors: { precision: 0.73, recall: 0.84 },
    fundings: { precision: 0.92, recall: 0.7 },
    events: { precision: 0.88, recall: 0.83 },
    relations: { precision: 0.86, recall: 0.56 },
  },
  'set-27': {
    actors: { precision: 0.73, recall: 0.94 },
    fundings: { precision: 0.78, recall: 0.73 },
    events: { precision: 0.91, recall: 0.89 },
    relations: { precision: 0.88, recall: 0.71 },
  },
  'set-28': {
    actors: { precision: 0.71, recall: 0.92 },
    // (precision 0.84 until the twentieth round kept a dative pronoun's grant past its purpose: one wrong more)
    fundings: { precision: 0.8, recall: 0.75 },
    events: { precision: 0.87, recall: 0.9 },
    // (precision 0.91 until its funds relation (twentieth round))
    relations: { precision: 0.9, recall: 0.62 },
  },
  'set-29': {
    actors: { precision: 0.69, recall: 0.83 },
    fundings: { precision: 0.83, recall: 0.76 },
    events: { precision: 0.93, recall: 0.8 },
    relations: { precision: 0.86, recall: 0.6 },
  },
  // sets 30-37: written blind; judged the eighth round's end (their start figures at 1a26978 are in rounds.md)
  'set-30': {
    actors: { precision: 0.7, recall: 0.97 },
    // (0.84 until the eleventh round read "mln": a headline's "X-Y venture secures 300 mln euro" gives it to X)
    fundings: { precision: 0.78, recall: 0.7 },
    events: { precision: 0.91, recall: 0.85 },
    // (0.81 before round 19: the EIB's loan, now read with its lender, still goes to the venture's owner named first)
    relations: { precision: 0.81, recall: 0.53 },
  },
  'set-31': {
    actors: { precision: 0.68, recall: 0.9 },
    // (0.73 and 0.8 until the fourteenth round read "a choisi l'hébergeur … pour …, un contrat de N": the contract is
    // right, but its buyer "la Mutuelle X" is read as "X", one funding and two relations wrong)
    fundings: { precision: 0.8, recall: 0.71 },
    // (0.8 until the eleventh round made a grant said paid a funding event too: one wrong more here, recall up overall)
    // (0.81 until the sixteenth round dated a deal by the date right after its own verb: a grant's month read for a loan told after it ("accordé en juillet …, tandis que B lui a versé le mois suivant"))
    events: { precision: 0.81, recall: 0.75 },
    // (0.81 precision until the eighteenth round: "dans les locaux d'Izoard Cyber, à Technocité": a place set off after
    // a name, a business park the gold does not list)
    relations: { precision: 0.8, recall: 0.52 },
  },
  'set-32': {
    actors: { precision: 0.88, recall: 0.97 },
    fundings: { precision: 0.75, recall: 0.75 },
    events: { precision: 0.88, recall: 0.74 },
    relations: { precision: 0.9, recall: 0.57 },
  },
  'set-33': {
    actors: { precision: 0.68, recall: 0.87 },
    fundings: { precision: 1, recall: 0.81 },
    events: { precision: 0.83, recall: 0.63 },
    relations: { precision: 0.74, recall: 0.38 },
  },
  'set-34': {
    actors: { precision: 0.86, recall: 0.97 },
    fundings: { precision: 0.81, recall: 0.68 },
    events: { precision: 1, recall: 0.8 },
    relations: { precision: 0.92, recall: 0.63 },
  },
  'set-35': {
    actors: { precision: 0.78, recall: 0.96 },
    fundings: { precision: 0.88, recall: 0.88 },
    events: { precision: 0.82, recall: 0.76 },
    // (0.8 until the twelfth round knew "Albi" as a town: a site only considered there)
    // (0.79 until the sixteenth round: the article's company read as the buyer, its founder's stake read as in it)
    relations: { precision: 0.8, recall: 0.57 },
  },
  'set-36': {
    actors: { precision: 0.73, recall: 0.89 },
    fundings: { precision: 0.75, recall: 0.47 },
    events: { precision: 0.8, recall: 0.6 }, // 0.76 before a duplicate of one right event went (tenth round)
    relations: { precision: 0.84, recall: 0.39 },
  },
  'set-37': {
    actors: { precision: 0.67, recall: 0.88 },
    fundings: { precision: 0.78, recall: 0.6 },
    // (0.56 until the eleventh round made a grant said paid a funding event too: one wrong more here, recall up overall)
    // (0.55 until the twelfth round made a dated contract its supplier's event: one wrong more)
    events: { precision: 0.65, recall: 0.59 },
    relations: { precision: 0.85, recall: 0.57 },
  },
  // sets 38-45: written blind; judged the learnt models of the ninth round (learnt.test.ts); the rules' floors at
  // 1a3252a (6 Dec 2026, 15:10 UTC), truncated
  'set-38': {
    actors: { precision: 0.71, recall: 0.94 },
    fundings: { precision: 0.86, recall: 0.76 },
    // (0.85 until the eleventh round made a grant said paid a funding event too: one wrong more here, recall up overall)
    events: { precision: 0.86, recall: 0.69 },
    relations: { precision: 0.81, recall: 0.52 },
  },
  'set-39': {
    actors: { precision: 0.72, recall: 0.85 },
    fundings: { precision: 0.83, recall: 0.75 },
    events: { precision: 0.78, recall: 0.69 },
    relations: { precision: 0.79, recall: 0.49 },
  },
  'set-40': {
    actors: { precision: 0.65, recall: 0.78 },
    // (precision 1 until the twentieth round gave a headline's bare amount its text's currency: one wrong more)
    fundings: { precision: 0.92, recall: 0.81 }, // Swiss francs read as such (was 0.58/0.43)
    // (0.94 until the twelfth round read "la PME, fondée en" as the article's company's: one wrong more)
    events: { precision: 0.93, recall: 0.76 },
    // (precision 0.85 until the twenty-first round read a contract's value after its award from a buyer whose name is
    // cut ("SPF Stratégie et Appui"): one wrong more)
    relations: { precision: 0.84, recall: 0.53 },
  },
  'set-41': {
    actors: { precision: 0.82, recall: 0.94 },
    // (precision 0.92 until the twentieth round kept a dative pronoun's grant past its purpose: one wrong more)
    fundings: { precision: 0.85, recall: 0.75 },
    events: { precision: 0.92, recall: 0.76 },
    relations: { precision: 0.92, recall: 0.51 },
  },
  'set-42': {
    actors: { precision: 0.64, recall: 0.8 },
    fundings: { precision: 0.83, recall: 0.38 },
    events: { precision: 0.82, recall: 0.61 },
    relations: { precision: 0.77, recall: 0.38 },
  },
  'set-43': {
    actors: { precision: 0.8, recall: 0.92 },
    fundings: { precision: 0.73, recall: 0.64 },
    events: { precision: 0.92, recall: 0.88 },
    relations: { precision: 0.95, recall: 0.58 },
  },
  'set-44': {
    // (0.75 before round 19: a known city joined by a hyphen to a capitalised word is part of a name now, and the
    // headline's "Paris-Saclay campus" names one the gold calls Saclay)
    actors: { precision: 0.74, recall: 0.89 },
    fundings: { precision: 0.77, recall: 0.58 },
    events: { precision: 0.87, recall: 0.58 },
    relations: { precision: 0.85, recall: 0.46 },
  },
  'set-45': {
    actors: { precision: 0.75, recall: 0.83 },
    // (0.82, 0.87 and 0.87 until the thirteenth round read "Airbus, which signed a three-year deal worth €9 million":
    // right, but to the article's offer, Halo, read as its company)
    fundings: { precision: 0.78, recall: 0.75 },
    events: { precision: 0.86, recall: 0.73 },
    relations: { precision: 0.87, recall: 0.49 },
  },
  // sets 46-53: written blind; judged the tenth round of rules, tuned on sets 1-45; at its end (0b9d9d2, 6 Dec 2026,
  // 17:46 UTC), truncated
  'set-46': {
    actors: { precision: 0.72, recall: 0.83 },
    // (0.78 and 0.77 until the fifteenth round read a region's money with no recipient told as the article's company's:
    // here the agglomeration of the company's town, which the gold names)
    fundings: { precision: 0.73, recall: 0.55 },
    events: { precision: 0.89, recall: 0.64 },
    relations: { precision: 0.76, recall: 0.43 },
  },
  'set-47': {
    actors: { precision: 0.71, recall: 0.92 },
    // (0.87 and 0.91 until the fifteenth round read a financier's money with no recipient told as the article's
    // company's: "State investment bank Bpifrance … bought N" names the State as the payer; a region's grant is found)
    fundings: { precision: 0.88, recall: 0.78 },
    events: { precision: 0.82, recall: 0.82 },
    // (0.9 before round 19: "a 120 million euro EIB loan" now names its lender, the headline's EIB apart from the
    // European Investment Bank the gold names)
    relations: { precision: 0.9, recall: 0.61 },
  },
  'set-48': {
    actors: { precision: 0.81, recall: 0.91 },
    fundings: { precision: 0.94, recall: 0.84 },
    events: { precision: 0.84, recall: 0.72 },
    relations: { precision: 0.85, recall: 0.57 },
  },
  'set-49': {
    actors: { precision: 0.69, recall: 0.87 },
    // (0.8 precision until the seventeenth round: an association named after "présidente de l'association"
    // (seventeenth round) takes the revenue figure of the article's company)
    fundings: { precision: 0.76, recall: 0.72 },
    // (0.86 precision until the seventeenth round: the same association takes that revenue's results event)
    events: { precision: 0.87, recall: 0.64 },
    relations: { precision: 0.91, recall: 0.55 },
  },
  'set-50': {
    actors: { precision: 0.69, recall: 0.88 },
    fundings: { precision: 0.88, recall: 0.88 },
    events: { precision: 0.92, recall: 0.72 },
    relations: { precision: 0.89, recall: 0.6 },
  },
  'set-51': {
    actors: { precision: 0.69, recall: 0.84 },
    fundings: { precision: 0.68, recall: 0.55 },
    events: { precision: 0.76, recall: 0.66 },
    relations: { precision: 0.87, recall: 0.57 },
  },
  'set-52': {
    actors: { precision: 0.68, recall: 0.89 },
    // (0.54 and 0.7 until the thirteenth round read "in a deal worth €27 million": right, its payer's id lacks
    // "German")
    fundings: { precision: 0.6, recall: 0.56 },
    events: { precision: 0.73, recall: 0.52 },
    // (0.72 until the eleventh round read "complètent la table": the round's payers, right, fund a recipient misread)
    relations: { precision: 0.74, recall: 0.42 },
  },
  'set-53': {
    actors: { precision: 0.75, recall: 0.88 },
    fundings: { precision: 0.93, recall: 0.65 },
    events: { precision: 0.91, recall: 0.8 },
    relations: { precision: 0.9, recall: 0.48 },
  },
  // sets 54-61: written blind; judged the eleventh round of rules, tuned on sets 1-53; at its end (e42df6d, 6 Dec
  // 2026, 19:29 UTC), truncated
  'set-54': {
    actors: { precision: 0.71, recall: 0.93 },
    fundings: { precision: 0.7, recall: 0.57 },
    events: { precision: 0.9, recall: 0.65 },
    relations: { precision: 0.76, recall: 0.44 },
  },
  'set-55': {
    actors: { precision: 0.67, recall: 0.88 },
    fundings: { precision: 0.84, recall: 0.78 },
    events: { precision: 0.9, recall: 0.79 },
    // (0.84 until the eleventh round read a lender's facility: an acquisition's lenders fund the bought company)
    relations: { precision: 0.85, recall: 0.63 },
  },
  'set-56': {
    actors: { precision: 0.77, recall: 0.88 },
    // (0.78 until the twelfth round carried a round's share into the next paragraph: an earlier round told in a
    // relative clause there, one wrong more)
    // (precision 0.79 until the twenty-first round gave three loans to the company, not its district (Canning Town);
    // "lent", undated, is read promised where the gold says paid)
    fundings: { precision: 0.7, recall: 0.67 },
    events: { precision: 0.94, recall: 0.75 },
    relations: { precision: 0.87, recall: 0.6 },
  },
  'set-57': {
    actors: { precision: 0.64, recall: 0.83 },
    fundings: { precision: 0.95, recall: 0.95 },
    events: { precision: 0.89, recall: 0.72 },
    relations: { precision: 0.9, recall: 0.61 },
  },
  'set-58': {
    actors: { precision: 0.77, recall: 0.92 },
    fundings: { precision: 0.89, recall: 0.81 },
    // (0.83 until the twelfth round read "la PME, fondée en" as the article's company's: one wrong more)
    events: { precision: 0.93, recall: 0.78 },
    // (0.82 until the eleventh round read a lender's unitranche: given to the buyer, not the bought company)
    relations: { precision: 0.89, recall: 0.52 },
  },
  'set-59': {
    actors: { precision: 0.71, recall: 0.83 },
    fundings: { precision: 0.83, recall: 0.73 },
    events: { precision: 0.87, recall: 0.77 },
    relations: { precision: 0.87, recall: 0.53 },
  },
  'set-60': {
    actors: { precision: 0.76, recall: 0.89 },
    // (0.84 until the sixteenth round read "The Nantes-based company raised N in its initial public offering" after a
    // sentence naming only it: money raised on a market, which the set's gold leaves out)
    fundings: { precision: 0.84, recall: 0.78 },
    // (0.85 until the twelfth round made a dated contract its supplier's event: one wrong more)
    // (0.85 again until the fifteenth round made "la coopérative X" a company: its dated announcement is one wrong more)
    events: { precision: 0.84, recall: 0.86 },
    relations: { precision: 0.83, recall: 0.6 },
  },
  'set-61': {
    actors: { precision: 0.67, recall: 0.88 },
    // (0.82 precision until the seventeenth round: "le fonds a souscrit une augmentation de capital de N" now read (a
    // round with nobody named is the company's), its payer, a fund's description, untold)
    fundings: { precision: 0.84, recall: 0.75 },
    events: { precision: 0.93, recall: 0.82 },
    relations: { precision: 0.93, recall: 0.55 },
  },
  // sets 62-69: written blind; judged the second part of the eleventh round of rules, tuned on sets 1-61; at its end
  // (280a57f, 6 Dec 2026), truncated
  'set-62': {
    actors: { precision: 0.71, recall: 0.88 },
    fundings: { precision: 0.54, recall: 0.51 },
    // (0.75 until the twelfth round read a certification with no subject as the article's company's: a place's)
    events: { precision: 0.76, recall: 0.58 },
    // (0.71 until the fourteenth round took a fund's name for no article's company: "Lanner", the short name of the
    // fund manager the article is about, is then no longer joined to its full name, one relation wrong)
    relations: { precision: 0.73, recall: 0.43 },
  },
  'set-63': {
    actors: { precision: 0.74, recall: 0.9 },
    // (precision 0.63 until the twentieth round read a dative pronoun and a funding's noun: two wrong more)
    fundings: { precision: 0.6, recall: 0.48 },
    // (0.8 until the twelfth round read "la PME, fondée en" as the article's company's: one wrong more)
    // (0.9 until the thirteenth round dated a loan "En janvier, Bpifrance lui a versé…": "lui" read as the group that
    // bought the company)
    // (0.87 until the sixteenth round dated a deal by the date right after its own verb: a grant's date read for its programme's funding event)
    events: { precision: 0.85, recall: 0.66 },
    // (0.87 precision until the eighteenth round: a demonym of Ghent ("un éditeur gantois") now read; the gold names
    // the city otherwise)
    // (precision 0.85 until their funds relations (twentieth round))
    relations: { precision: 0.83, recall: 0.5 },
  },
  'set-64': {
    actors: { precision: 0.68, recall: 0.86 },
    // (0.68 until the twelfth round: recall 0.46 -> 0.53; a loan "consenti" read with no payer, a share's payers on
    // the round)
    fundings: { precision: 0.83, recall: 0.71 },
    events: { precision: 0.93, recall: 0.77 },
    // (0.89 until the sixteenth round read "le Fonds X, établi à Québec": right, but the scorer resolves "quebec" to
    // the proposed "Investissement Québec", which takes the place's name as an alias)
    relations: { precision: 0.88, recall: 0.57 },
  },
  'set-65': {
    actors: { precision: 0.8, recall: 0.94 },
    // (precision 0.85 until the twentieth round gave a headline's bare amount its text's currency: one wrong more)
    fundings: { precision: 0.82, recall: 0.82 },
    events: { precision: 0.9, recall: 0.75 },
    // (precision 0.92 until its funds relation (twentieth round))
    relations: { precision: 0.91, recall: 0.56 },
  },
  'set-66': {
    actors: { precision: 0.66, recall: 0.87 },
    fundings: { precision: 0.8, recall: 0.64 },
    events: { precision: 0.93, recall: 0.67 },
    relations: { precision: 0.91, recall: 0.51 },
  },
  'set-67': {
    actors: { precision: 0.64, recall: 0.9 },
    // (0.78 and 0.82 until the fifteenth round read a financier's money with no recipient told as the article's
    // company's: "Bpifrance a mené le tour et apporte N" goes to the outlet's name, read here as the topic)
    fundings: { precision: 0.79, recall: 0.61 },
    events: { precision: 0.91, recall: 0.73 },
    // (precision 0.81 until the twentieth round read 'the authority' as the one named before: two wrong more)
    relations: { precision: 0.8, recall: 0.41 },
  },
  'set-68': {
    actors: { precision: 0.8, recall: 0.92 },
    fundings: { precision: 0.88, recall: 0.76 },
    events: { precision: 0.94, recall: 0.78 },
    relations: { precision: 0.96, recall: 0.67 },
  },
  'set-69': {
    actors: { precision: 0.76, recall: 0.92 },
    // (precision 0.91 until the twentieth round read an amount by its funding's noun: one wrong more)
    fundings: { precision: 0.87, recall: 0.77 },
    events: { precision: 0.85, recall: 0.73 },
    // (precision 0.87 until its funds relation (twentieth round))
    relations: { precision: 0.86, recall: 0.64 },
  },
  // sets 70-77: written blind; judged the twelfth round of rules, tuned on sets 1-69; at its end (652c84a, 6 Dec
  // 2026), truncated
  'set-70': {
    actors: { precision: 0.74, recall: 0.88 },
    fundings: { precision: 0.8, recall: 0.8 },
    events: { precision: 0.92, recall: 0.81 },
    // (0.88 until the fourteenth round read "a voté en faveur de l'entreprise une aide de N, financée par le Feder": the
    // region is read as its payer where the curator names the fund, one relation wrong)
    relations: { precision: 0.9, recall: 0.69 },
  },
  'set-71': {
    actors: { precision: 0.76, recall: 0.92 },
    fundings: { precision: 0.8, recall: 0.75 },
    events: { precision: 0.96, recall: 0.88 },
    relations: { precision: 0.91, recall: 0.7 },
  },
  'set-72': {
    actors: { precision: 0.78, recall: 0.92 },
    fundings: { precision: 0.77, recall: 0.72 },
    events: { precision: 0.97, recall: 0.84 },
    // (0.81 precision until the seventeenth round: a bank named once by one word now takes part ("former Morgan
    // Stanley banker"): a partner-of read from a list)
    relations: { precision: 0.8, recall: 0.59 },
  },
  'set-73': {
    actors: { precision: 0.83, recall: 0.93 },
    fundings: { precision: 0.85, recall: 0.8 },
    events: { precision: 0.97, recall: 0.82 },
    relations: { precision: 0.95, recall: 0.69 },
  },
  'set-74': {
    actors: { precision: 0.69, recall: 0.92 },
    // (precision 0.67 until the twenty-first round read a loan whose two banks follow a colon without its payers: one
    // wrong more)
    fundings: { precision: 0.65, recall: 0.61 },
    events: { precision: 0.71, recall: 0.57 },
    relations: { precision: 0.83, recall: 0.53 },
  },
  'set-75': {
    // (0.7 before round 19: the headline's "Paris-Saclay campus" is one name now, the gold's Saclay)
    actors: { precision: 0.7, recall: 0.91 },
    fundings: { precision: 0.88, recall: 0.69 },
    events: { precision: 0.87, recall: 0.67 },
    relations: { precision: 0.87, recall: 0.51 },
  },
  'set-76': {
    actors: { precision: 0.74, recall: 0.93 },
    fundings: { precision: 0.8, recall: 0.58 },
    // (0.91 precision until the seventeenth round: a one-word company now taking part (Siemens) gives a partnership
    // its date)
    events: { precision: 0.89, recall: 0.7 },
    relations: { precision: 0.83, recall: 0.61 },
  },
  'set-77': {
    actors: { precision: 0.77, recall: 0.91 },
    fundings: { precision: 0.84, recall: 0.8 },
    events: { precision: 0.94, recall: 0.85 },
    relations: { precision: 0.82, recall: 0.65 },
  },
  // sets 78-85: written blind; judged the thirteenth round of rules, tuned on sets 1-77; at its end (e392db6, 7 Dec
  // 2026), truncated
  'set-78': {
    actors: { precision: 0.83, recall: 0.95 },
    // (0.86 precision until the eighteenth round: an EU grant "it was also awarded" now read, its programme payer left
    // out)
    fundings: { precision: 0.84, recall: 0.76 },
    events: { precision: 0.91, recall: 0.76 },
    relations: { precision: 0.89, recall: 0.55 },
  },
  'set-79': {
    actors: { precision: 0.74, recall: 0.9 },
    fundings: { precision: 0.87, recall: 0.69 },
    events: { precision: 0.9, recall: 0.84 },
    // (0.55 until the fourteenth round read "The lender's package" as the lender's, not the borrower's: the borrower and
    // its buyer are then named as often, and "which backed the company" no longer finds the borrower)
    relations: { precision: 0.89, recall: 0.58 },
  },
  'set-80': {
    actors: { precision: 0.77, recall: 0.85 },
    fundings: { precision: 0.77, recall: 0.66 },
    events: { precision: 0.83, recall: 0.65 },
    // (0.85 until the fifteenth round read "L'établissement a choisi X …, un marché de N" with the hospital named before:
    // here a name cut to "centre hospitalier")
    relations: { precision: 0.85, recall: 0.56 },
  },
  'set-81': {
    actors: { precision: 0.71, recall: 0.84 },
    // (0.73 until the fifteenth round read "la collectivité a retenu X …, un marché de N" with the first local
    // authority named before: here the region, the gold's community of communes being no actor the rules know)
    // (0.7 precision until the eighteenth round: "Skua en avait apporté 4 millions à lui seul", a payer's share of a
    // round the gold lists whole, now read)
    fundings: { precision: 0.75, recall: 0.53 },
    events: { precision: 0.91, recall: 0.6 },
    // (precision 0.82 until the twentieth round made Innoviris a public body: one client relation wrong)
    relations: { precision: 0.81, recall: 0.45 },
  },
  'set-82': {
    actors: { precision: 0.7, recall: 0.85 },
    fundings: { precision: 0.79, recall: 0.6 },
    events: { precision: 0.94, recall: 0.78 },
    relations: { precision: 0.83, recall: 0.53 },
  },
  'set-83': {
    actors: { precision: 0.64, recall: 0.88 },
    // (precision 0.63 until the twenty-first round took "a confié à la PME" for the article's company; the gold's is
    // the story's other company)
    fundings: { precision: 0.61, recall: 0.44 },
    // (0.89 until the sixteenth round dated a deal by the date right after its own verb: a site mis-kinded as a company gets a round's and a grant's dates)
    events: { precision: 0.84, recall: 0.77 },
    // (precision 0.76 until the twenty-first round took "a confié à la PME" for the article's company; the gold's is
    // the story's other company)
    relations: { precision: 0.74, recall: 0.41 },
  },
  'set-84': {
    actors: { precision: 0.67, recall: 0.86 },
    fundings: { precision: 0.84, recall: 0.62 },
    events: { precision: 0.87, recall: 0.53 },
    relations: { precision: 0.92, recall: 0.52 },
  },
  'set-85': {
    actors: { precision: 0.78, recall: 0.93 },
    fundings: { precision: 0.66, recall: 0.6 },
    events: { precision: 0.89, recall: 0.66 },
    // (0.76 precision until the seventeenth round: a one-word acronym named once now taking part (GMAO, a software
    // category) holds a certification)
    relations: { precision: 0.78, recall: 0.55 },
  },
  // sets 86-93: written blind; judged the fourteenth round of rules, tuned on sets 1-85; at its end (c3a6b6b, 7 Dec
  // 2026), truncated
  'set-86': {
    actors: { precision: 0.76, recall: 0.87 },
    // (0.85 precision until the seventeenth round: two funds named once by one word now pay a round the gold calls
    // pledged (their funds relations are now right))
    fundings: { precision: 0.82, recall: 0.68 },
    // (0.8 precision and 0.76 recall until the eighteenth round: "The start-up was also awarded a grant" now read as a
    // passive; the coreference gives it to an angel investor named before)
    events: { precision: 0.77, recall: 0.71 },
    // (0.87 precision and 0.58 recall until the eighteenth round: the same grant's payers fund the angel investor the
    // coreference picked)
    relations: { precision: 0.86, recall: 0.57 },
  },
  'set-87': {
    actors: { precision: 0.73, recall: 0.88 },
    fundings: { precision: 0.67, recall: 0.55 },
    events: { precision: 0.77, recall: 0.55 },
    // (0.71 precision until the seventeenth round: a recipient read after a coordinated clause no longer (", et B
    // accorde…"): the region's and the banks' money goes to another wrong recipient, and one more)
    relations: { precision: 0.71, recall: 0.47 },
  },
  'set-88': {
    actors: { precision: 0.73, recall: 0.88 },
    // (precision 0.75 until the twenty-first round read "Hospices civils de Lyon" whole; its "lui" goes to another
    // company named before)
    fundings: { precision: 0.72, recall: 0.63 },
    events: { precision: 0.87, recall: 0.69 },
    // (precision 0.84 until the twenty-first round read "Hospices civils de Lyon" whole; its "lui" goes to another
    // company named before)
    relations: { precision: 0.82, recall: 0.54 },
  },
  'set-89': {
    actors: { precision: 0.63, recall: 0.85 },
    fundings: { precision: 0.81, recall: 0.75 },
    // (0.91 until the sixteenth round dated a deal by the date right after its own verb: a grant paid "en septembre" dated for the State that the sentence opens on)
    events: { precision: 0.89, recall: 0.68 },
    relations: { precision: 0.85, recall: 0.59 },
  },
  'set-90': {
    actors: { precision: 0.78, recall: 0.92 },
    fundings: { precision: 0.81, recall: 0.61 },
    events: { precision: 0.89, recall: 0.63 },
    // (0.8 precision until the seventeenth round: a person's name read as an employer after "a former … engineer" in
    // an apposition)
    relations: { precision: 0.82, recall: 0.45 },
  },
  'set-91': {
    actors: { precision: 0.75, recall: 0.88 },
    fundings: { precision: 0.75, recall: 0.6 },
    events: { precision: 0.9, recall: 0.75 },
    // (0.83 precision until the eighteenth round: "Baratière (Vitré Communauté)": a place mis-kinded as a company
    // before its community of towns in parentheses)
    relations: { precision: 0.84, recall: 0.5 },
  },
  'set-92': {
    actors: { precision: 0.69, recall: 0.83 },
    fundings: { precision: 0.69, recall: 0.65 },
    events: { precision: 0.88, recall: 0.68 },
    relations: { precision: 0.75, recall: 0.53 },
  },
  'set-93': {
    // (0.7 until the fifteenth round split "A et le Département de Y" into two names: the urban community told
    // beside one is now proposed, as a company)
    actors: { precision: 0.71, recall: 0.93 },
    fundings: { precision: 0.88, recall: 0.66 },
    events: { precision: 0.92, recall: 0.69 },
    relations: { precision: 0.85, recall: 0.5 },
  },
  // sets 94-101: written blind; judged the fifteenth round of rules, tuned on sets 1-93, and the learnt models retrained
  // on sets 1-93; at the round's end (88d3e28, 7 Dec 2026), truncated
  'set-94': {
    actors: { precision: 0.67, recall: 0.89 },
    fundings: { precision: 0.84, recall: 0.78 },
    events: { precision: 0.97, recall: 0.91 },
    relations: { precision: 0.86, recall: 0.65 },
  },
  'set-95': {
    actors: { precision: 0.66, recall: 0.86 },
    // (precision 0.85 and recall 0.74 until the twenty-first round read Dayton as a place: JobsOhio's grant for the
    // Dayton facility lost)
    fundings: { precision: 0.84, recall: 0.71 },
    events: { precision: 0.93, recall: 0.8 },
    // (0.83 precision until the seventeenth round: Innoviris, now a payer ("une aide de N d'Innoviris, l'agence
    // bruxelloise"), is placed in Brussels by the agency's adjective)
    // (precision 0.88 until the twenty-first round read Dayton as a place: JobsOhio's grant for the Dayton facility
    // lost)
    relations: { precision: 0.87, recall: 0.61 },
  },
  'set-96': {
    actors: { precision: 0.81, recall: 0.88 },
    // (0.58 and 0.87 until the sixteenth round read "la Banque des Territoires est entrée au capital à hauteur de N":
    // the article's company it goes to is Guyancourt, a town discovery reads as a company named more often)
    fundings: { precision: 0.75, recall: 0.67 },
    // (0.9 until the sixteenth round dated a deal by the date right after its own verb: a town mis-kinded as a company gets a stake's date)
    events: { precision: 0.95, recall: 0.83 },
    relations: { precision: 0.91, recall: 0.61 },
  },
  'set-97': {
    actors: { precision: 0.68, recall: 0.86 },
    fundings: { precision: 0.76, recall: 0.67 },
    events: { precision: 0.77, recall: 0.63 },
    // (0.85 precision until the eighteenth round: the demonym of Ghent now read ("le gantois Trakehner IT"): once for
    // the buyer of the headline, once for the short form)
    // (0.83 before round 19: "La PME avait touché un subside de N de VLAIO" is read now, given to the article's
    // company, not the one the sentence before names)
    relations: { precision: 0.86, recall: 0.47 },
  },
  'set-98': {
    actors: { precision: 0.59, recall: 0.79 },
    fundings: { precision: 0.75, recall: 0.64 },
    events: { precision: 0.9, recall: 0.66 },
    // (precision 0.82 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.81, recall: 0.51 },
  },
  'set-99': {
    actors: { precision: 0.7, recall: 0.84 },
    fundings: { precision: 0.8, recall: 0.76 },
    events: { precision: 0.84, recall: 0.76 },
    relations: { precision: 0.8, recall: 0.52 },
  },
  'set-100': {
    actors: { precision: 0.71, recall: 0.88 },
    fundings: { precision: 0.88, recall: 0.79 },
    // (precision 0.95 until the twenty-first round one of two proposals of the same event gone)
    events: { precision: 0.94, recall: 0.72 },
    relations: { precision: 0.93, recall: 0.73 },
  },
  'set-101': {
    actors: { precision: 0.64, recall: 0.87 },
    // (0.8 precision until the eighteenth round: a facility from NatWest (a bank named by its brand, now an actor) read
    // for the article's company; the gold gives it to the acquirer)
    fundings: { precision: 0.82, recall: 0.63 },
    events: { precision: 1, recall: 0.85 },
    // (0.78 precision until the eighteenth round: the same facility's funds relation)
    relations: { precision: 0.83, recall: 0.57 },
  },
  // sets 102-109: written blind; judged the sixteenth round of rules, tuned on sets 1-101, and the learnt models trained
  // on sets 1-93; at the round's end (40b56b0, 7 Dec 2026), truncated
  'set-102': {
    actors: { precision: 0.76, recall: 0.88 },
    fundings: { precision: 0.71, recall: 0.6 },
    events: { precision: 0.77, recall: 0.62 },
    // (0.74 before round 19: Derry is a known town now, and the gold places the firm in "derry-londonderry")
    relations: { precision: 0.82, recall: 0.52 },
  },
  'set-103': {
    actors: { precision: 0.71, recall: 0.86 },
    fundings: { precision: 0.69, recall: 0.6 },
    events: { precision: 0.82, recall: 0.82 },
    relations: { precision: 0.82, recall: 0.55 },
  },
  'set-104': {
    actors: { precision: 0.79, recall: 0.89 },
    fundings: { precision: 0.74, recall: 0.65 },
    events: { precision: 0.93, recall: 0.72 },
    relations: { precision: 0.92, recall: 0.61 },
  },
  'set-105': {
    actors: { precision: 0.68, recall: 0.85 },
    fundings: { precision: 0.89, recall: 0.8 },
    events: { precision: 0.95, recall: 0.75 },
    relations: { precision: 0.93, recall: 0.52 },
  },
  'set-106': {
    actors: { precision: 0.69, recall: 0.89 },
    // (0.62 precision until the eighteenth round: a loan from NatWest and a grant to "The group" read for the article's
    // company; the gold gives both to the acquirer, a one-word name told once)
    fundings: { precision: 0.66, recall: 0.57 },
    // (0.87 precision until the eighteenth round: the same two fundings' events)
    events: { precision: 0.92, recall: 0.78 },
    // (0.81 precision until the eighteenth round: the same two fundings' funds relations)
    relations: { precision: 0.84, recall: 0.5 },
  },
  'set-107': {
    actors: { precision: 0.77, recall: 0.92 },
    // (0.7 precision until the seventeenth round: a loan drawn from a one-word bank now read (Rabobank), its
    // recipient the wrong company of the article)
    fundings: { precision: 0.83, recall: 0.64 },
    events: { precision: 0.86, recall: 0.71 },
    // (0.81 precision until the seventeenth round: the same loan's funds relation)
    relations: { precision: 0.86, recall: 0.58 },
  },
  'set-108': {
    actors: { precision: 0.82, recall: 0.93 },
    fundings: { precision: 0.71, recall: 0.63 },
    events: { precision: 0.9, recall: 0.69 },
    // (precision 0.9 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.89, recall: 0.52 },
  },
  'set-109': {
    actors: { precision: 0.71, recall: 0.86 },
    // (0.66 precision until the seventeenth round: a one-word investor now taking part pays "Passant Identity"
    // (discovery drops the name's first word, "En"))
    fundings: { precision: 0.7, recall: 0.61 },
    events: { precision: 0.9, recall: 0.77 },
    // (0.83 precision until the seventeenth round: the same investor's funds relation)
    // (0.82 precision until the eighteenth round: "Le Fonds de solidarité FTQ … y participent aussi" now read as a
    // round's follower, under the acronym the name discovery splits off)
    // (precision 0.84 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.83, recall: 0.58 },
  },
  // sets 110-117: written blind; judged the seventeenth round of rules, tuned on sets 1-109, and the learnt models
  // trained on sets 1-93; at the round's end (3bf855a, 7 Dec 2026), truncated
  'set-110': {
    actors: { precision: 0.74, recall: 0.96 },
    fundings: { precision: 0.78, recall: 0.72 },
    events: { precision: 0.91, recall: 0.75 },
    relations: { precision: 0.91, recall: 0.59 },
  },
  'set-111': {
    actors: { precision: 0.78, recall: 0.96 },
    fundings: { precision: 0.78, recall: 0.72 },
    events: { precision: 0.92, recall: 0.76 },
    relations: { precision: 0.89, recall: 0.71 },
  },
  'set-112': {
    actors: { precision: 0.77, recall: 0.91 },
    fundings: { precision: 0.89, recall: 0.84 },
    events: { precision: 1, recall: 0.86 },
    relations: { precision: 0.94, recall: 0.64 },
  },
  'set-113': {
    actors: { precision: 0.78, recall: 0.91 },
    fundings: { precision: 0.76, recall: 0.68 },
    events: { precision: 0.88, recall: 0.65 },
    // (precision 0.84 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.83, recall: 0.46 },
  },
  'set-114': {
    actors: { precision: 0.65, recall: 0.84 },
    fundings: { precision: 0.67, recall: 0.56 },
    events: { precision: 0.8, recall: 0.68 },
    // (0.68 precision until the eighteenth round: "le Port du Rhin, à Strasbourg": a place mis-kinded as an
    // organisation, set off before its city)
    // (precision 0.73 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.72, recall: 0.39 },
  },
  'set-115': {
    actors: { precision: 0.72, recall: 0.85 },
    fundings: { precision: 0.72, recall: 0.69 },
    // (recall 0.8 until the twentieth round made Scottish Enterprise a public body: a grant's funding event told otherwise)
    events: { precision: 0.95, recall: 0.82 },
    relations: { precision: 0.86, recall: 0.5 },
  },
  'set-116': {
    actors: { precision: 0.78, recall: 0.93 },
    fundings: { precision: 0.74, recall: 0.63 },
    events: { precision: 0.97, recall: 0.75 },
    // (0.79 before round 19: "a £450,000 Innovate UK Smart grant" now names its payer, the programme's name for the
    // agency's)
    relations: { precision: 0.81, recall: 0.56 },
  },
  'set-117': {
    actors: { precision: 0.71, recall: 0.88 },
    fundings: { precision: 0.65, recall: 0.6 },
    // (0.76 before round 19: "Grenoble-Alpes Métropole a retenu X, le 20 août, pour un contrat" is read now, its
    // date after the publication read as next year's)
    events: { precision: 0.82, recall: 0.68 },
    relations: { precision: 0.78, recall: 0.5 },
  },
  // sets 118-125: written blind; judged the eighteenth round of rules, tuned on sets 1-117, and the learnt models
  // trained on sets 1-93; at the round's end with its review (5789c70, 7 Dec 2026), truncated
  'set-118': {
    actors: { precision: 0.67, recall: 0.85 },
    fundings: { precision: 0.8, recall: 0.73 },
    events: { precision: 0.92, recall: 0.72 },
    relations: { precision: 0.88, recall: 0.64 },
  },
  'set-119': {
    actors: { precision: 0.7, recall: 0.8 },
    fundings: { precision: 0.65, recall: 0.6 },
    events: { precision: 0.87, recall: 0.8 },
    // (precision 0.86 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.85, recall: 0.56 },
  },
  'set-120': {
    actors: { precision: 0.73, recall: 0.87 },
    fundings: { precision: 0.75, recall: 0.67 },
    events: { precision: 0.79, recall: 0.8 },
    relations: { precision: 0.81, recall: 0.7 },
  },
  'set-121': {
    actors: { precision: 0.65, recall: 0.82 },
    fundings: { precision: 0.8, recall: 0.72 },
    events: { precision: 0.9, recall: 0.75 },
    // (0.76 precision when registered: "$40-million", North American papers' hyphen, is now read as forty million, not
    // forty; the amounts right, some fundings' payers and relations now wrong)
    relations: { precision: 0.83, recall: 0.59 },
  },
  'set-122': {
    actors: { precision: 0.72, recall: 0.87 },
    fundings: { precision: 0.88, recall: 0.71 },
    events: { precision: 0.93, recall: 0.75 },
    // (0.91 before round 19: Dh and rand amounts read now bring a funding's relations whose payer is misnamed, 70/77)
    relations: { precision: 0.91, recall: 0.65 },
  },
  'set-123': {
    actors: { precision: 0.6, recall: 0.83 },
    fundings: { precision: 0.82, recall: 0.72 },
    events: { precision: 0.96, recall: 0.67 },
    relations: { precision: 0.78, recall: 0.51 },
  },
  'set-124': {
    actors: { precision: 0.7, recall: 0.85 },
    fundings: { precision: 0.78, recall: 0.68 },
    events: { precision: 0.91, recall: 0.81 },
    relations: { precision: 0.88, recall: 0.56 },
  },
  'set-125': {
    actors: { precision: 0.68, recall: 0.86 },
    fundings: { precision: 0.88, recall: 0.76 },
    events: { precision: 0.95, recall: 0.82 },
    relations: { precision: 0.87, recall: 0.61 },
  },
  // sets 126-133: written blind; judged the nineteenth round of rules, tuned on sets 1-125, and the learnt models
  // trained on sets 1-93; at the round's end with its review (0a99d7e, 7 Dec 2026), truncated
  'set-126': {
    actors: { precision: 0.68, recall: 0.87 },
    // (precision 0.7 until the twenty-first round read a contract's value after its award from a buyer whose name is
    // cut ("Centre hospitalier universitaire (CHU) de La Réunion"))
    fundings: { precision: 0.68, recall: 0.66 },
    events: { precision: 0.93, recall: 0.79 },
    // (precision 0.88 until the twenty-first round read a contract's value after its award from a buyer whose name is
    // cut ("Centre hospitalier universitaire (CHU) de La Réunion"))
    relations: { precision: 0.87, recall: 0.62 },
  },
  'set-127': {
    actors: { precision: 0.65, recall: 0.8 },
    fundings: { precision: 0.72, recall: 0.58 },
    events: { precision: 0.78, recall: 0.6 },
    relations: { precision: 0.81, recall: 0.5 },
  },
  'set-128': {
    actors: { precision: 0.74, recall: 0.86 },
    // (precision 0.85 until the twenty-first round read a contract's value after its award from "le groupe hospitalier
    // Fusée", which the gold names with its noun)
    fundings: { precision: 0.82, recall: 0.75 },
    events: { precision: 0.88, recall: 0.75 },
    // (precision 0.82 until the twenty-first round read a contract's value after its award from "le groupe hospitalier
    // Fusée", which the gold names with its noun)
    relations: { precision: 0.8, recall: 0.56 },
  },
  'set-129': {
    actors: { precision: 0.58, recall: 0.75 },
    fundings: { precision: 0.8, recall: 0.68 },
    events: { precision: 0.92, recall: 0.82 },
    relations: { precision: 0.77, recall: 0.51 },
  },
  'set-130': {
    actors: { precision: 0.5, recall: 0.73 },
    // (precision 0.51 until the twentieth round read two amounts by their funding's noun: one wrong more)
    fundings: { precision: 0.59, recall: 0.44 },
    events: { precision: 0.75, recall: 0.62 },
    // (precision 0.74 until its funds relation (twentieth round))
    relations: { precision: 0.75, recall: 0.48 },
  },
  'set-131': {
    actors: { precision: 0.6, recall: 0.81 },
    fundings: { precision: 0.78, recall: 0.68 },
    events: { precision: 0.94, recall: 0.87 },
    relations: { precision: 0.89, recall: 0.53 },
  },
  'set-132': {
    actors: { precision: 0.63, recall: 0.82 },
    fundings: { precision: 0.74, recall: 0.6 },
    events: { precision: 0.88, recall: 0.82 },
    // (precision 0.73 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.72, recall: 0.49 },
  },
  'set-133': {
    actors: { precision: 0.65, recall: 0.82 },
    fundings: { precision: 0.72, recall: 0.61 },
    events: { precision: 0.85, recall: 0.79 },
    relations: { precision: 0.85, recall: 0.53 },
  },
  // sets 134-141: written blind; judged the twentieth round of rules, tuned on sets 1-133, and the learnt models
  // trained on sets 1-93; at the round's end (87a35a0, 7 Dec 2026), truncated
  'set-134': {
    actors: { precision: 0.7, recall: 0.84 },
    fundings: { precision: 0.83, recall: 0.75 },
    events: { precision: 0.91, recall: 0.79 },
    relations: { precision: 0.86, recall: 0.61 },
  },
  'set-135': {
    actors: { precision: 0.65, recall: 0.88 },
    fundings: { precision: 0.72, recall: 0.61 },
    events: { precision: 0.89, recall: 0.7 },
    relations: { precision: 0.9, recall: 0.67 },
  },
  'set-136': {
    actors: { precision: 0.68, recall: 0.86 },
    fundings: { precision: 0.74, recall: 0.65 },
    events: { precision: 0.88, recall: 0.8 },
    // (precision 0.88 until the twenty-first round read a district or a town as a place: a company located in one the
    // gold does not list, one wrong more)
    relations: { precision: 0.87, recall: 0.62 },
  },
  'set-137': {
    actors: { precision: 0.66, recall: 0.87 },
    fundings: { precision: 0.67, recall: 0.67 },
    events: { precision: 0.81, recall: 0.68 },
    relations: { precision: 0.84, recall: 0.56 },
  },
  'set-138': {
    actors: { precision: 0.62, recall: 0.85 },
    fundings: { precision: 0.75, recall: 0.73 },
    events: { precision: 0.87, recall: 0.75 },
    relations: { precision: 0.83, recall: 0.56 },
  },
  'set-139': {
    actors: { precision: 0.65, recall: 0.8 },
    fundings: { precision: 0.54, recall: 0.45 },
    events: { precision: 0.82, recall: 0.67 },
    relations: { precision: 0.76, recall: 0.41 },
  },
  'set-140': {
    actors: { precision: 0.65, recall: 0.84 },
    fundings: { precision: 0.8, recall: 0.6 },
    events: { precision: 0.85, recall: 0.67 },
    relations: { precision: 0.91, recall: 0.52 },
  },
  'set-141': {
    actors: { precision: 0.66, recall: 0.85 },
    fundings: { precision: 0.65, recall: 0.57 },
    events: { precision: 0.84, recall: 0.72 },
    relations: { precision: 0.81, recall: 0.57 },
  },
  // sets 142-149: written blind; judged the twenty-first round of rules, tuned on sets 1-141, and the learnt models
  // trained on sets 1-93; at the round's end (7d72749, 8 Dec 2026), truncated
  'set-142': {
    actors: { precision: 0.64, recall: 0.87 },
    fundings: { precision: 0.75, recall: 0.56 },
    events: { precision: 0.83, recall: 0.66 },
    relations: { precision: 0.83, recall: 0.58 },
  },
  'set-143': {
    actors: { precision: 0.54, recall: 0.79 },
    fundings: { precision: 0.71, recall: 0.64 },
    events: { precision: 0.9, recall: 0.73 },
    relations: { precision: 0.75, recall: 0.52 },
  },
  'set-144': {
    actors: { precision: 0.64, recall: 0.84 },
    fundings: { precision: 0.75, recall: 0.68 },
    events: { precision: 0.95, recall: 0.97 },
    relations: { precision: 0.82, recall: 0.65 },
  },
  'set-145': {
    actors: { precision: 0.57, recall: 0.78 },
    fundings: { precision: 0.62, recall: 0.54 },
    events: { precision: 0.7, recall: 0.63 },
    relations: { precision: 0.68, recall: 0.44 },
  },
  'set-146': {
    actors: { precision: 0.62, recall: 0.85 },
    fundings: { precision: 0.44, recall: 0.33 },
    events: { precision: 0.75, recall: 0.63 },
    relations: { precision: 0.71, recall: 0.43 },
  },
  'set-147': {
    actors: { precision: 0.61, recall: 0.76 },
    fundings: { precision: 0.84, recall: 0.72 },
    events: { precision: 0.95, recall: 0.76 },
    relations: { precision: 0.84, recall: 0.61 },
  },
  'set-148': {
    actors: { precision: 0.67, recall: 0.82 },
    fundings: { precision: 0.64, recall: 0.57 },
    events: { precision: 0.9, recall: 0.8 },
    relations: { precision: 0.77, recall: 0.54 },
  },
  'set-149': {
    actors: { precision: 0.71, recall: 0.82 },
    fundings: { precision: 0.78, recall: 0.57 },
    events: { precision: 0.94, recall: 0.71 },
    relations: { precision: 0.83, recall: 0.5 },
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
  'set-6':
    /-> (?:calanque\S* 900000000 |oxalis\S* 320000000 |plumea\S* (?:40000000|1200000|4\.99) |nubeo\S* 19000000 |cirrea\S* 400000000 |nuvola\S* 85000000 |aurore\S* 40000000 |calanque\S* 450000000 |\S+ (?:47000000|54000000000|1200000000) )/u,
  'set-7':
    /-> (?:\S+ (?:150000000|2100000000|22000000|0\.04|1000000|2000000|6500000|4000000000|36000000000|2000000000|600000000|1000000000|100000000|38000000) |terrane\S* (?:45000000|420000000) )/u,
  'set-8': /-> \S+ (?:650000000|410000000|424000000|1100000000|2\.1|30000000|100000000|15000000) /u,
  // (one of set 9's traps is proposed and not listed here: the 3.4 M EUR that adds up the Région's five grants;
  // docs/proposals/rounds.md, Set 9)
  'set-9': /-> \S+ (?:260000000|90000000|700000000|2000000000|300000000) /u,
  'set-10': /-> \S+ (?:420000000|1500000|640000000|1500000000|75000000|30000000000|5000000|18000000|400000000) /u,
  'set-11':
    /-> \S+ (?:(?:40000000|300000000|2000000000|30000000|3000000|1500000000|210000000|0\.04|160000000|80000) |180000000 GBP)/u,
  'set-12':
    /-> \S+ (?:110000000|40000000|400000000|310000000|4200000|500000000|1200000000|19000000|30000000|4000000000) /u,
  'set-13': /-> (?:\S+ (?:90000000|2000000|50000000|110000000|1100000000|310000000) |ardoisiere\S* 4000000 )/u,
  'set-14': /-> \S+ (?:160000000|85000000|1500000000|240000000|400000000|1400000) /u,
  // (one of set 15's traps is proposed and not listed here: the 162 M EUR that adds up Sambre's loan and grant)
  'set-15': /-> \S+ (?:90000000|40000000|57000000|110000000|200000000|120000000|6000000000|18000000000|1000000000) /u,
  'set-16': /-> \S+ (?:20000000|10000000000|7600000|12000000|14000000|30000000|15000000) /u,
  // (one of set 17's traps is proposed and not listed here: the 380 M EUR that adds up Capella's loan and capital)
  'set-17': /-> \S+ (?:95000000|40000000|100000000|6000000000|170000000|1400000000|11\.5|180000000|1100000000) /u,
  'set-18': /-> \S+ (?:90000000|4800000|400000000|464000000|9000000000|4500000|1200000|20000|200000000) /u,
  'set-19': /-> \S+ (?:50000000|180000000|1200000000|200000000|120000000|1000000|1100000000|23000000|410000000) /u,
  // (one of set 20's traps is proposed and not listed here: the 3.5 M EUR that adds up Tweedle's grant and loan)
  'set-20': /-> \S+ (?:60000000|4000000|70000000|1800000|20000|150000000|300000000|210000000) /u,
  // (one of set 21's traps is proposed and not listed here: Plumbline's 1.2 M EUR of annual recurring revenue, a
  // run-rate the gold does not count as revenue)
  'set-21': /-> \S+ (?:70000000|40000000|50000000|800000|5000000000|310000000|2000000000) /u,
  'set-22': /-> \S+ (?:95000000|65000000|90000000|8|1100000000|162000000|4000000000|600000000) /u,
  // (one of set 23's traps is proposed and not listed here: Broadcom's $69 billion purchase of VMware)
  'set-23': /-> \S+ (?:130000000|10000000000|210000000|1800000000|50000000|9|90000000|120000000|250000) /u,
  'set-24': /-> \S+ (?:90000000|22000000|400000|1400000000|40000000000|640000000|87\.2|300000000|50000000) /u,
  // (one of set 25's traps is proposed and not listed here: Theremin's £400m valuation)
  'set-25': /-> \S+ (?:20000000|180000000|2000000|80000000|300000000|20000000000|240000000|90000000) /u,
  'set-26': /-> \S+ (?:25000000|2300000|9000000|1100000000|100000000|310000000|180000000|2000000|150000|100|25000) /u,
  'set-27': /-> \S+ (?:30000000|3000000|4000000000|80|1100000000|43000000|420000000|87\.2|0\.04) /u,
  // (two of set 28's traps are proposed and not listed here: Europe's $1.9 billion of cyber funding, a market total,
  // and Sorrel's €50 million that adds up its round and loan; Muscade's ~15 M€ price is a gold amount, not listed)
  'set-28': /-> \S+ (?:40000000|110000000|48000000|900000000|3000000|44000000|250000000|20000000|100000000) /u,
  'set-29': /-> \S+ (?:140000000|0\.04|90000000|2000000000|5000000|40000000) /u,
  'set-30':
    /-> \S+ (?:70000000|1200000000|450|40000000|150000000|2|2000000|600000000|104000000|2300000000|1100000000) /u,
  // (one of set 31's traps is proposed and not listed here: Iseran Cloud's ~20 M EUR round planned "avant l'été")
  'set-31': /-> \S+ (?:18000000|14000000|8000000000|3200000|110000000|40000000|140000000|600000000|300000000) /u,
  // (one of set 32's traps is proposed and not listed here: Denarya's GPU price of 2.40 EUR an hour, proposed as
  // revenue of its Forge)
  'set-32': /-> \S+ (?:200000000|9000000000|60000000|2100000000|100000000000|180000000|412|10000000) /u,
  'set-33': /-> \S+ (?:2000000|140000000|10000000|200000000|9\.99|1200000) /u,
  'set-34': /-> \S+ (?:310000000|450000000|1200000000|1100000000|18000000|70000000|3000000000|10000000) /u,
  'set-35': /-> \S+ (?:19000000|40000000|90000000|10000000|2000000000|30000000|300000000|12000000|20000000|60000000) /u,
  'set-36':
    /-> \S+ (?:45000000 CHF|90000000|2000000000|180|1200000000|140000000|37000000|1400000000|22000000|36000000|700000000) /u,
  // (one of set 37's traps is proposed and not listed here: Swallowtail's $65M total that adds up its three
  // investors' shares)
  'set-37': /-> \S+ (?:180000000|25000000|9\.99|349|399|449|3|420000000|120000000|19400000|400000000|60000000) /u,
  'set-38':
    /-> \S+ (?:14000000|20000000|85000000|3000000000|9000000000|1100000000|4000000000|196000000|640000000|2000000) /u,
  // (one of set 39's traps is proposed and not listed here: Quickstep's full-year outlook of 1.7bn EUR, a forecast
  // proposed as its revenue)
  'set-39': /-> \S+ (?:120000000|45000000|5000000|1400000000|1650000000|398000000|95000000|11000000|9000000000) /u,
  'set-40': /-> \S+ (?:95000000|40000000|85000000|140000000|10000000|150000|420000000|2000000000|0\.09|4000000) /u,
  'set-41': /-> \S+ (?:60000000|0\.04|120000000|22000000|1100000000|70|180) /u,
  'set-42': /-> \S+ (?:2000000|35000000|1000000000|2900|6000000|90000000000|7000000000|70000000|5000000|25000000) /u,
  'set-43': /-> \S+ (?:10000000000|150000000|45000000|900000000|1200000000|1000000000|4000000000|7500000) /u,
  'set-44': /-> \S+ (?:1|35000000|22000000|250000|98000000|2300000000|4000000|140000000|100000000) /u,
  // (one of set 45's traps is proposed and not listed here: Nimbus's ~120 M EUR bank debt, not yet closed, proposed
  // as pledged to it)
  'set-45':
    /-> \S+ (?:1200000000|38\.4|45|460000000|23000000|6100000|230000000|10\.85|30000000000|4500000|20000000|0\.04|140000000) /u,
  // (set 46's ~40 M EUR revenue target of Karreg Du is a gold amount of the set, listed for Karreg Du only)
  'set-46':
    /-> (?:\S+ (?:110000000|2000000000|74000000|85|15000000|18000000|400000000|3000000000|48000000|210000000|1800000|2000000) |karreg\S* 40000000 )/u,
  // (set 47's ~15 M EUR planned Series A is a gold amount of the set, listed for Picodonia only)
  'set-47':
    /-> (?:\S+ (?:190000000|3000000000|9000000|50000000|10000000000|200000000|26000000|400000000|139000000|21\.5|610000000|100000000|2300000|4\.99|1000000000) |picodonia\S* 15000000 )/u,
  // (set 48's ~9 M EUR possible extension is a gold amount of the set, listed for Deneb only)
  'set-48':
    /-> (?:\S+ (?:180000000|2000000000|10000000|60000000|2000000|900000000|310000000|210000000|110) |deneb\S* 9000000 )/u,
  'set-49':
    /-> \S+ (?:150000000|20000000|90000000|900|85|300000000|60000000000|7000000|520000000|22000000|2\.1|5000000) /u,
  'set-50': /-> \S+ (?:4\.99|9\.99|649|11000000|14000000|85000000|400000000|4100000|310000000|52000000|140000000) /u,
  // (one of set 51's traps is proposed and not listed here: Opéra Data's EUR 60m headline, the sum of its EUR 25m and
  // EUR 35m records, proposed as invested in it; the 9 M EUR that adds up two grants is a gold amount of the set,
  // listed for their two recipients only)
  'set-51': /-> (?:\S+ (?:2300000000|150000000|30|210000000|40000000|300000000) |(?:kouign|opera)\S* 9000000 )/u,
  'set-52':
    /-> \S+ (?:280000000|2000000|10000000|4000000|4\.99|1\.9|180000000|20000000000|9000000000|1000000000|233000000|1200000000|1400000000|30000000000) /u,
  'set-53':
    /-> \S+ (?:95000000|150000|9000000|400000000|48000000|30000000|85|1200000|3000000|40|250000000|180000000|600000000|1500000000|420000000|31000000) /u,
  // (one of set 54's traps is proposed and not listed here: the predecessor fund's EUR 450m, proposed as invested in
  // Headwater Digital II; the EUR 150m combined-revenue target and the EUR 40m smallest ticket are gold amounts of the
  // set, listed for Alluvion or Berge and for Headwater only, and the fund's EUR 150m largest ticket, its own gold
  // commitment's amount, is not listed)
  'set-54':
    /-> (?:\S+ (?:12000000|210000000|65000000|55000000|95000000|52000000|100000000 GBP|800000000|1200000000|1100000000|650000000|90000000) |(?:alluvion|berge)\S* 150000000 |headwater\S* 40000000 )/u,
  // (two of set 55's traps are proposed and not listed here: Magnolia Cyber's EUR 45m total of its three investors'
  // records, and Yewtree's EUR 2bn target for its next fund, proposed as invested in Yewtree)
  // (set 55's €150m facility of two lenders, each providing €75m, is proposed since the eleventh round reads a lender's
  // facility: its total, not gold, is left out here)
  'set-55': /-> \S+ (?:40000000|6500000|90000000|120000000|210000000|300000000|100000000|5000000|15000000) /u,
  'set-56': /-> \S+ (?:9000000|150000000|60000000|120000000|300000000|400000000|210000000|300|4000000) /u,
  // (one of set 57's traps is proposed and not listed here: Lavezzi Data's 7.5 M EUR total of its three funders'
  // records, proposed as invested by Capraia Partners)
  'set-57': /-> \S+ (?:30000000|25000000|11|120000000|70000000|40000000|42000000|90000000) /u,
  // (two of set 58's traps are proposed and not listed here: Lotus Nuage's 45 M CAD total of its three investors'
  // records, and Freesia's EUR 15m total, proposed as invested by Bluebell; Freesia's ~EUR 70m valuation is a gold
  // amount of the set, listed for Freesia only)
  'set-58':
    /-> (?:\S+ (?:25000000|9000000|210000000|17000000|140000000|18000000|120000000|600000000) |freesia\S* 70000000 )/u,
  // (set 59's 1.5 M EUR price of Pouzzolane and Etna's EUR 40m total are gold amounts of the set, listed for their own
  // actors only)
  'set-59':
    /-> (?:\S+ (?:55000000|80000000|30000000|45000000|140000000|48000000|60000000|310000000|2100000000) |(?:solfatare|pouzzolane)\S* 1500000 |etna\S* 40000000 )/u,
  // (set 60's 3.2 million Cicely shares are a gold amount of the set, listed for Cicely only)
  'set-60':
    /-> (?:\S+ (?:55000000|7000000|150000000|11000000|0\.19|25|30000000|210000000|65000000|40000000|1100000000|31000000|18\.4|410000000) |cicely\S* 3200000 )/u,
  // (one of set 61's traps is proposed and not listed here: Cantilever Fibre's EUR 120 mln total of its three
  // records, proposed as invested by the EIB and, its "mln" unread, as EUR 120; the EUR 210m price of Les Arches is a
  // gold amount of the set, listed for Les Arches and its buyer only)
  'set-61':
    /-> (?:\S+ (?:55000000|3000000|300000000|40000000|350000000|64000000|110000000|15|90000000) |(?:les-arches|span-harbor)\S* 210000000 )/u,
  // (three of set 62's traps are proposed and not listed here: Gerfaut Cloud's 14 M EUR total of its three funders'
  // records, Osprey's EUR 28m EBITDA, proposed as revenue, and Lanner's ~EUR 1.4bn under management, proposed as
  // pledged to it; the 25 M EUR valuation, 3 M EUR price, 40 M EUR valuation and $4 million ransom are gold amounts of
  // the set too, listed for their own actors or currency only)
  'set-62':
    /-> (?:\S+ (?:1500000|10000000|55000000|150000000|240000000|9000000000|500000000|210000000|9\.8|4000000 USD) |busard\S* 25000000 |(?:crecerelle|hobereau)\S* 3000000 |(?:balbuzard|harpie)\S* 40000000 )/u,
  // (set 63's 10 M EUR Laval site and Zincora's 1.5 M EUR fine are gold amounts of the set, listed for their own
  // actors only)
  'set-63':
    /-> (?:\S+ (?:12000000|120000000|20000000|15000000|50000000|19500000|90000000|2000000|410000000|300000000|650000000|41000000) |titanor\S* 10000000 |(?:zincora|argentis)\S* 1500000 )/u,
  // (set 64's 9 M EUR price of Crevasse's deal and its 40 M EUR market, as Katabatic's 40 M EUR target, are gold
  // amounts of the set, listed for their own actors only)
  'set-64':
    /-> (?:\S+ (?:55000000|210000000|65000000|320000000|150000000|120000000) |(?:crevasse|seracs)\S* 9000000 |(?:crevasse|seracs|katabatic)\S* 40000000 )/u,
  // (one of set 65's traps is proposed and not listed here: Pamplemousse's EUR 40m total of its three funders'
  // records, proposed as invested by Mango Growth Partners)
  'set-65': /-> \S+ (?:6500000|300000000|38000000|2000000000|150000000|310000000|200000000|420000000) /u,
  // (one of set 66's traps is proposed and not listed here: Mohair Compute's EUR 30m total of its three "respectively"
  // records, proposed as invested by Cretonne Partners; Brocart's 22 M EUR price and Satin's 90 M EUR valuation are
  // gold amounts of the set, listed for their own actors only)
  'set-66':
    /-> (?:\S+ (?:55000000|7000000|250000000|350000000|400000000|20000000|120000000|1200000000) |(?:brocart|tulle)\S* 22000000 |satin\S* 90000000 )/u,
  // (one of set 67's traps is proposed and not listed here: Gannet's £14m ARR, proposed as revenue; Goéland's 14 M EUR
  // project cost and Macareux's 60 M EUR valuation are listed for their own actors only, 60 M EUR being gold too)
  'set-67':
    /-> (?:\S+ (?:15000000|85000000|200000000|12000000|41000000|1100000000|380000000|280000000|10000000|300000000|35000000|100000000|3000000000) |goeland\S* 14000000 |macareux\S* 60000000 )/u,
  // (set 68's 15 M EUR price of Phoebe, Titania's 14 M EUR EBITDA and Triton's EUR 30m secondary are gold amounts of
  // the set, listed for their own actors only)
  'set-68':
    /-> (?:\S+ (?:45000000|100000000|260000000|120000000|180000000|16000000|2100000000|99\.4|14|1100000000|14\.3|6000000) |(?:phoebe|hyperion)\S* 15000000 |titania\S* 14000000 |triton\S* 30000000 )/u,
  // (one of set 69's traps is proposed and not listed here: Gyokuro Data's 7 M EUR total of its three funders'
  // records)
  'set-69': /-> \S+ (?:25000000|13|60000000|1000000000|600000000|210000000|200000000) /u,
  // (one of set 70's traps is proposed and not listed here: Ralinga Cloud's 0.08 EUR price per gigabyte, proposed as
  // revenue)
  'set-70': /-> \S+ (?:18000000|40000000|0\.04|2000000000|6000000|110000000) /u,
  // (one of set 71's traps is proposed and not listed here: Glandon's 11 M EUR EBITDA, proposed as revenue; the 15 M
  // EUR Vierzon site and Furka's 40 M EUR target are gold amounts of the set, listed for their own actors only)
  'set-71':
    /-> (?:\S+ (?:48000000|540000|190000000|450000000|150000000|220000000|8000000|4000000|480000000) |izoard\S* 15000000 |furka\S* 40000000 )/u,
  // (Garancia's 30 M EUR valuation is a gold amount of the set, listed for its own actors only)
  'set-72':
    /-> (?:\S+ (?:730|90000000|2000000000|45000000|62000000|650000000|775000000|12000000000|40000000|1200) |garancia\S* 30000000 )/u,
  // (one of set 73's traps is proposed and not listed here: Paphio's 2.3 million connected devices, a count proposed
  // as revenue; Dendrobe's EUR 3.1M pre-tax losses are a gold amount of the set, listed for their own actors only)
  'set-73':
    /-> (?:\S+ (?:25000000|700000|10000000000|90000000|10000000|49|400000000|95000000|150000000) |dendrobe\S* 3100000 )/u,
  // (Volute's 60 M EUR valuation of 2024 is a gold amount of the set, listed for its own actors only)
  'set-74':
    /-> (?:\S+ (?:6000000|75000|12000000|10000000|42000000|150000|2400000|30000000|300000000|70000000|85000000|200000000) |volute\S* 60000000 )/u,
  // (Holocène's 22 M EUR price is a gold amount of the set, listed for its deal's actors only)
  'set-75':
    /-> (?:\S+ (?:7500000|380000|15000000|1200000|10000000|60000000|300000000|320000000|150000000) |(?:holocene|mesozoique)\S* 22000000 )/u,
  // (Briochard's 12 M EUR valuation and Kouign's EUR 20m raise under discussion are gold amounts of the set, listed
  // for their own actors only)
  'set-76':
    /-> (?:\S+ (?:14000000|900|18\.4|21\.6|340000000|85000000|100000000|48000000|780000000|37\.2|0\.85|44|30000000|1600000000|112\.4|231\.4|47000000000|360000000|4000000|490) |briochard\S* 12000000 |kouign\S* 20000000 )/u,
  // (Pinochle's EUR 22m site cost is a gold amount of the set, listed for its own actors only)
  'set-77':
    /-> (?:\S+ (?:25000000|5000000|31000000|45|60000000|70000000|110000000|7000000000) |pinochle\S* 22000000 )/u,
  // (three of set 78's traps are proposed and not listed here: Eigg's 30 M EUR unitranche total, Tiree's EUR 55M
  // Series A valuation and Vatersay's EUR 155M headline sum; Eigg's ~6 M EUR Ebitda equals a gold amount of Eigg's
  // and is not listed; Stronsay's GBP 40m valuation and Raasay's GBP 45m price are gold amounts of the set, listed
  // for their own actors only)
  'set-78':
    /-> (?:\S+ (?:14000000|1000000|95000000|70000000|190000000|3400000000|310000000|2200000000) |stronsay\S* 40000000 |raasay\S* 45000000 )/u,
  // (one of set 79's traps is proposed and not listed here: Symphonia's EUR 14m EBITDA, proposed as revenue; the
  // 2,4 M EUR land price is a gold amount of the set, listed for Vielle only)
  'set-79':
    /-> (?:\S+ (?:200000|210000000|35000000|90000000|30000000|1100000000|1500000000|45000000000|3200000000|340000000|900000000) |vielle\S* 2400000 )/u,
  // (Galibier's own 38 M EUR investment and POST Luxembourg's EUR 10m "remainder" are gold amounts of the set,
  // listed for their own actors only)
  'set-80':
    /-> (?:\S+ (?:850000|11000000|250000|120000000|2300000000|140000000|52000000|3000000|96000000|300000000|1\.9) |galibier\S* 38000000 |sassiere\S* 10000000 )/u,
  // (Macareux's ~12 M EUR valuation and Sterne Capital's 4 M EUR "reste" are gold amounts of the set, listed for
  // their own actors only)
  'set-81':
    /-> (?:\S+ (?:14000000|90000000|42000000|60000000|75000000|1900000000|10000000) |macareux\S* 12000000 |guillemot\S* 4000000 )/u,
  // (one of set 82's traps is proposed and not listed here: Trofie's $78m raised since founding; Vermicelli's
  // unexercised EUR 5m option equals a gold amount of Vermicelli's and is not listed; Fusillo's ~45 M EUR valuation
  // and Rigatoni's ~20 M EUR price are gold amounts of the set, listed for their own actors only)
  'set-82':
    /-> (?:\S+ (?:2100000|150000000|42000000|70000000|2000000000|160000000|400000000|50000000|120000000|600000000) |fusillo\S* 45000000 |rigatoni\S* 20000000 )/u,
  // (one of set 83's traps is proposed and not listed here: Ar Men's ~5 M EUR round planned for 2027, proposed for
  // Fanad; Ar Men's ~4 M EUR price, the Health Data Hub's 5 M EUR option and Flamborough's $120M price are gold
  // amounts of the set, listed for their own actors only)
  'set-83':
    /-> (?:\S+ (?:380000|95000000|14000000|20000000|200000000) |(?:ar-men|fanad)\S* 4000000 |(?:longships|antifer)\S* 5000000 |flamborough\S* 120000000 )/u,
  // (one of set 84's traps is proposed and not listed here: Truffe Data's EUR 14 million project cost; Bolet's
  // GBP 1.2m saving and Hydne's GBP 45m valuation are gold amounts of the set, listed for their own actors only)
  'set-84':
    /-> (?:\S+ (?:20000000|45|1800000|50000|300000000|0\.04|40000000|310000000) |bolet\S* 1200000 |hydne\S* 45000000 )/u,
  // (three of set 85's traps are proposed and not listed here: the totals that add up their named shares, Asgard's
  // 6 M EUR, Skadi's EUR 15m and Bifrost's EUR 32m (proposed for OVHcloud); Mjolnir's own 2 M EUR investment is a
  // gold amount of the set, listed for Mjolnir only)
  'set-85':
    /-> (?:\S+ (?:9500000|5000000|12000000|20000000|900000000|85000000|410000000|12|150000000) |mjolnir\S* 2000000 )/u,
  // (one of set 86's traps is proposed and not listed here: Acerion's 65 M EUR total of its loan and equity; the
  // Athlone site's EUR 22m price and Alnus Ledger's ~EUR 20m revenue forecast are gold amounts of the set, listed for
  // their own actors only)
  'set-86':
    /-> (?:\S+ (?:55000000|110|6500000|1|200000|2600000|10500000|40000000|3000000000|150000000) |larchmont\S* 22000000 |alnus\S* 20000000 )/u,
  // (one of set 87's traps is proposed and not listed here: Enpassant's EUR 60m total, proposed as invested by the
  // EIF; Roquemont's 14 M EUR project total is a gold amount of the set, listed for Roquemont only)
  'set-87':
    /-> (?:\S+ (?:90000000|1200000000|1900|380000|95000|1100000000|210000000|4000000000|310000000|250000|3000000|1000) |roquemont\S* 14000000 )/u,
  // (one of set 88's traps is proposed and not listed here: Cleatwell's GBP 20.5m raised this year, a total of records
  // already counted; Demi-Clé's 4 M EUR price and Cabillot's USD 2m ransom are gold amounts of the set, listed for
  // their own actors only)
  'set-88':
    /-> (?:\S+ (?:38000000|1000000000|600000000|10500000|600000|1500|110000000|17000000|60000000|1800|75000000|40000000|20000000) |(?:chaise|demi-cle)\S* 4000000 |cabillot\S* 2000000 )/u,
  // (one of set 89's traps is proposed and not listed here: Epsilonia's 9 M EUR plan, the total of its three 3 M EUR
  // loans, proposed as invested by Phi Participations; Omikron's ~40 M EUR valuation, Epsilonia's USD 2m ransom and
  // Deltacore's ~EUR 25m valuation are gold amounts of the set, listed for their own actors only)
  'set-89':
    /-> (?:\S+ (?:12000000|2400000|30000000|1800000|11000000|3100000|180000000|55000000|7900000) |omikron\S* 40000000 |epsilonia\S* 2000000 |deltacore\S* 25000000 )/u,
  // (one of set 90's traps is proposed and not listed here: Vikstead's GBP 260M total of its GBP 220M and GBP 40M
  // records; Holtberg's 180 000 EUR land price is a gold amount of the set, listed for Holtberg only)
  'set-90':
    /-> (?:\S+ (?:31000000|600000000|44000000|9000000|12000000|150000000|90000000|1200000000|610000000|35000000) |holtberg\S* 180000 )/u,
  // (two of set 91's traps are proposed and not listed here: Hartstone's GBP 14m package and Moonwort's GBP 5m round,
  // totals of records already counted; Osmonde's 40 M EUR market, Marattia's ~EUR 40m valuation, Bryonis's 4 M EUR
  // of debt and ~6 M EUR price of Cétérach and Polytric's 14 M EUR project cost are gold amounts of the set, listed for
  // their own actors only)
  'set-91':
    /-> (?:\S+ (?:95000000|10000000|200000|310000000|60000000|250000000|100000000|99) |(?:osmonde|marattia)\S* 40000000 |bryonis\S* 4000000 |(?:bryonis|ceterach)\S* 6000000 |polytric\S* 14000000 )/u,
  // (two of set 92's traps are proposed and not listed here: Skat's EUR 12m headline total of its three records, and
  // the GBP 38,000 average salary, proposed as invested in Spoilfive by Invest Northern Ireland; Whist's ~12 M EUR
  // price of Coinche Labs is listed for Whist and Coinche only)
  'set-92':
    /-> (?:\S+ (?:95000000|1500000000|40000000|22000000|150000|45000000|60000000|10000000|24000000) |(?:whist|coinche)\S* 12000000 )/u,
  'set-93': /-> \S+ (?:60000000|500000|5000000|3000000|180000000|2000000|12000000000|900000000|210000000) /u,
  // (one of set 94's traps is proposed and not listed here: Bodoni's 4 M EUR total of its two funders' shares, proposed
  // as invested by Haut-de-Casse Partenaires; Folio's GBP 4m earn-out and Serifwall's $4m ransom are listed for their
  // own actors only; Massicot's ~12 M EUR price and the GBP 1.2m fine told by Galleyproof are gold amounts of the set,
  // listed for their own actors only)
  'set-94':
    /-> (?:\S+ (?:30000000|120000000|38000000|20000000|18000000|210000000) |(?:massicot|elzevir)\S* 12000000 |(?:folio|kerning|serifwall)\S* 4000000 |galleyproof\S* 1200000 )/u,
  // (the 2 M EUR ransom in Chenin's article equals a gold amount of Chenin's and is not listed; Bacchus's unconfirmed
  // GBP 14m valuation is a gold amount of the set, listed for Bacchus only)
  'set-95': /-> (?:\S+ (?:60000000|38000000|2600000|3500000|4000000000|540000000) |bacchus\S* 14000000 )/u,
  // (one of set 96's traps is proposed and not listed here: Russula's EUR 9.5 million headline total of its records;
  // Cèpe's 5 M EUR cost and Trompette's 2 M EUR revenue target are gold amounts of the set, listed for their own actors
  // only)
  'set-96': /-> (?:\S+ (?:40000000|10000000|30000000|70000000|3500000) |cepe\S* 5000000 |trompette\S* 2000000 )/u,
  // (one of set 97's traps is proposed and not listed here: the 2 M EUR ransom demanded from a mairie, proposed as
  // invested in "mairie-du-doubs"; Eriskay's GBP 8m total and Shetland Fibre's ~GBP 300,000 storm damage are gold
  // amounts of the set, listed for their own actors only)
  'set-97':
    /-> (?:\S+ (?:60000000|22000000|6500000|320000000|30000000|25000000) |eriskay\S* 8000000 |shetland\S* 300000 )/u,
  // (two of set 98's traps are proposed and not listed here: Bramley's ~EUR 50m valuation, proposed as invested, and
  // Egremont's EUR 8m price of the Ringaskiddy site, proposed as paid to EirGrid; the OGP framework's EUR 30 million
  // ceiling and Ambrosia's $5 million development fund are gold amounts of the set, listed for their own actors only)
  'set-98':
    /-> (?:\S+ (?:90000000|35000000|4000000|400000|140000000|6800000|250000|250000000|600000000) |bramley\S* 30000000 |ambrosia\S* 5000000 )/u,
  // (Aune's 9,8 M EUR standfirst total and the 2 M EUR ransom in Boisseau's article are gold amounts of the set, listed
  // for their own actors only)
  'set-99':
    /-> (?:\S+ (?:40000000|22000000|300000000|11000000|70000000|9000000|150000000) |aune\S* 9800000 |boisseau\S* 2000000 )/u,
  // (Drumlin's 1,2 M EUR loss is a gold amount of the set, listed for Drumlin only)
  'set-100':
    /-> (?:\S+ (?:24000000|700000|60000000|45000|70000|3000000|55000000|18000000|25000000|220000|4500000|22000000) |drumlin\S* 1200000 )/u,
  // (Tesson Labs' ~2 M EUR price, Terracotta's ~GBP 4m price and Porcelain's GBP 10m extension option are gold amounts of
  // the set, listed for their own actors only)
  'set-101':
    /-> (?:\S+ (?:40000000|4000|500000|20000000|90000000|0\.12|30000000|1300000000|145000) |(?:raku|tesson)\S* 2000000 |(?:sgraffito|terracotta)\S* 4000000 |porcelain\S* 10000000 )/u,
  // (one of set 102's traps is proposed and not listed here: Échappement's 6 M€ round total of its three funders'
  // shares, proposed as invested by Bpifrance and the Crédit Agricole des Savoie; Mainspring's GBP 6m expansion total
  // equals Lunette's 6 M€ bank loan and is listed for Mainspring only; Échappement's ~25 M€ valuation and Pinion's
  // ~GBP 12m valuation are gold amounts of the set (Bezel's GBP 25m, Balancewheel's GBP 12m), listed for their own
  // actors only)
  'set-102':
    /-> (?:\S+ (?:350000|6300000|9000000|38000|22000000|3000000|60000000) |echappement\S* 25000000 |pinion\S* 12000000 |mainspring\S* 6000000 )/u,
  // (one of set 103's traps is proposed and not listed here: the EUR 750 million Pillar Two threshold, proposed as
  // revenue of "pillar-two"; Brioche's ~30 M€ valuation is a gold amount of the set, listed for Brioche only)
  'set-103':
    /-> (?:\S+ (?:14000000|2000000|60000000|3000000|310000000|3400000|120000000|150000000) |brioche\S* 30000000 )/u,
  // (two of set 104's traps are proposed and not listed here: Murex's 20 M€ credit total, proposed as disbursed to
  // Porcelaine, and Porcelaine's ~12 M€ price, whose amount is proposed to Porcelaine (the Banque Populaire's 12 M€
  // share of Murex's credit, a gold amount of Murex's); Haliotis's planned 10-15 M€ raise is listed at 15 M€ for
  // Haliotis only, a gold amount of the set)
  'set-104':
    /-> (?:\S+ (?:40000000|500000000|90000000|14000000|0\.014|60000000|10000000|25000000) |haliotis\S* 15000000 )/u,
  // (one of set 105's traps is proposed and not listed here: Bracken's GBP 14m headline total of its three funders'
  // shares; Lycopode's ~14 M€ price of the same amount is listed for Lycopode only)
  'set-105':
    /-> (?:\S+ (?:30000000|9|185|350000000|50000|60000000|75000000|4100000|3500000|40000000|4) |lycopode\S* 14000000 )/u,
  // (one of set 106's traps is proposed and not listed here: Erg's 120 M€ total of its two banks' loans; Erg's 9 M€
  // land price, Namib's 4 M€ revenue target, Ténéré's ~60 M€ valuation and Oasis's GBP 12m deal value are gold amounts
  // of the set, listed for their own actors only)
  'set-106':
    /-> (?:\S+ (?:210000000|30000000|5000000|1\.2|40000000|175000000|140000000|400000000|14000000) |erg\S* 9000000 |namib\S* 4000000 |tenere\S* 60000000 |(?:danakil|oasis)\S* 12000000 )/u,
  // (one of set 107's traps is proposed and not listed here: Bélemnite's 15 M€ total of its three funders' shares,
  // proposed as invested by Stromatolithe Partenaires; Nautile's ~20 M€ price of Trilobite Data is a gold amount of
  // the set, listed for its own actors only)
  'set-107':
    /-> (?:\S+ (?:45000000|10000000000|30000000|90000000|75000000|9|48000000) |(?:nautile|trilobite)\S* 20000000 )/u,
  // (two of set 108's traps are proposed and not listed here: Tana's 15 M€ round total of its three funders' shares,
  // proposed as invested by Sevan Capital, and Inari's 25 M€ headline total, proposed as pledged; Léman's ~25 M€
  // valuation, of that amount, is listed for Léman only; Salagou's ~9 M€ price and its "total des investissements" of
  // over 4 M€ are gold amounts of the set, listed for Titicaca and Salagou only)
  'set-108':
    /-> (?:\S+ (?:60000000|150000|38|460000000|150|210000000|40000000|1900000|30000000) |leman\S* 25000000 |(?:titicaca|salagou)\S* (?:9000000|4000000) )/u,
  // (one of set 109's traps is proposed and not listed here: Queenside's GBP 35m funding package, the total of its
  // GBP 25m and GBP 10m records; En Passant's EUR 5m total is a gold amount of the set, listed for En Passant only)
  'set-109': /-> (?:\S+ (?:90000000|40000000|0\.05|38000000|70|60000000|14000000) |\S*passant\S* 5000000 )/u,
  // (three of set 110's traps are proposed and not listed here: Vétiver's 12 M€ total of its capital increase, proposed
  // as invested by Tonka Partenaires; Bergamote's 15 M€ total of its Société Générale loan, proposed as pledged to
  // Ambrette; Néroli's 30 M€ total of its convertibles, proposed as invested by Iris Partners)
  'set-110':
    /-> \S+ (?:7900000|14\.2|95000000|15\.08|70000000|22000000|31\.5|210000000|11200000|40000000|8\.74|61000000|11|18\.5|8100000|14\.62|18000000|1600000|1200000|60000000|35000000) /u,
  // (none of set 111's traps is proposed; Farfalle's ~14 M€ valuation, Rigatoni's ~6 M€ price, Fusilli's 40 M€ valuation
  // and Trofie's ~€450,000 module price are gold amounts of the set, listed for their own actors only)
  'set-111':
    /-> (?:\S+ (?:8000000|25000000|300000000|45000000|120000) |farfalle\S* 14000000 |(?:rigatoni|cavatappi)\S* 6000000 |fusilli\S* 40000000 |trofie\S* 450000 )/u,
  // (one of set 112's traps is proposed and not listed here: Fronton's £60bn market size, proposed as pledged to Nave
  // Systems; Abside Thermique's ~6 M€ price and Entablature's 20 M€ revenue target are gold amounts of the set, listed
  // for their own actors only)
  'set-112':
    /-> (?:\S+ (?:40000000|3500000|65|25000000|85|240000000|3000000000|1100000) |(?:claveau|abside)\S* 6000000 |entablature\S* 20000000 )/u,
  // (none of set 113's traps is proposed for its own actor, though Drisse's 18 M€ round total of its two funders' shares
  // is proposed as invested in the Banque des Territoires, which the pattern below does not catch; Bôme's ~40 M€
  // valuation, Étai's 5 M€ revenue target, that 18 M€ total, Bowsprit's £9m facility cost and its consortium's €3.2m
  // and Topsail's £300,000 yearly savings are gold amounts of the set, listed for their own actors only)
  'set-113':
    /-> (?:\S+ (?:2000000|60000000|20000000|30000000|55000000|1200000000|90000000|1100000000) |bome\S* 40000000 |etai\S* 5000000 |drisse\S* 18000000 |bowsprit\S* (?:9000000|3200000) |(?:topsail|oxfordshire)\S* 300000 )/u,
  // (one of set 114's traps is proposed and not listed here: Luciole's 14 M€ total cost of its site, proposed as
  // invested by the Banque des Territoires; Scarabée's ~40 M€ valuation and Cigale's 3 M€ revenue target are gold
  // amounts of the set, listed for their own actors only)
  'set-114':
    /-> (?:\S+ (?:900000|15000000|20000000|250000|120000000|9000000|18000000) |scarabee\S* 40000000 |cigale\S* 3000000 )/u,
  // (two of set 115's traps are proposed and not listed here: Bésigue's 15 M€ debt total of its two loans, proposed as
  // pledged, and Pontoon's £7m round total of its two funders' shares, proposed as invested; Solitaire's 7 M€ project
  // cost, of that amount, is listed for Solitaire only; Leeds's ~£12m yearly IT spend is a gold amount of the set,
  // listed for its own actors only)
  'set-115':
    /-> (?:\S+ (?:40000000|22000000|60000000|6500000000|2000000000|45000000|38000000) |solitaire\S* 7000000 |(?:pinochle|leeds)\S* 12000000 )/u,
  // (none of set 116's traps is proposed, though Blette's 12 M€ série A total, which the header's judgement calls say
  // adds up records already counted, is proposed as invested; Topinambour's ~7 M€ price and Celeriac's £6.5m price are
  // gold amounts of the set, listed for their own actors only)
  'set-116':
    /-> (?:\S+ (?:40000000|49|60000000|140000000|14200000000|2000000000|35000000|2000|9000000) |(?:topinambour|cardon)\S* 7000000 |(?:chard|celeriac)\S* 6500000 )/u,
  // (none of set 117's traps is proposed, though Hieratic's €3.2m headline total, which the header's judgement calls
  // say adds up its two funders' shares, is proposed as invested by Vellum Capital; Oghamis's ~12 M€ price and
  // Hieratic's ~€14m valuation are gold amounts of the set, listed for their own actors only)
  'set-117':
    /-> (?:\S+ (?:60000000|50000000|48|0\.28|40000000|30000000|150000) |(?:runique|oghamis)\S* 12000000 |hieratic\S* 14000000 )/u,
  // (two of set 118's traps are proposed and not listed here: Manuka's $14m round total of its three funders' shares,
  // proposed as invested by Mellifera Capital, and Ligustica's "around $4.4 million" conversion of its R$25m contract,
  // proposed as pledged by Serpro; Manuka's "about $5 million" conversion of its KSh 650m contract is a gold amount of
  // Manuka itself (and of Buckfast), not listed; Dadant's ~40 M€ valuation and Carnica's ~30 M€ price are gold amounts
  // of the set, listed for their own actors only)
  'set-118':
    /-> (?:\S+ (?:55000000|12|250000000|18000000|74000|90000000|0\.12) |dadant\S* 40000000 |carnica\S* 30000000 )/u,
  // (one of set 119's traps is proposed and not listed here: Endleaf's $40 million headline package, the total of its
  // Series B and facility, proposed as invested; the Pliure campaign's 1,5 M€ target and Quire's $25 million total and
  // $15 million ARR target are gold amounts of the set, listed for their own actors only)
  'set-119':
    /-> (?:\S+ (?:24000000|1000|50000|21\.4|190000000|27|23|1200000000|7500000|1|2400000|900000000|15400000|1100000000|19|83000000) |(?:filigrane|pliure)\S* 1500000 |quire\S* (?:25000000|15000000) )/u,
  // (none of set 120's traps is proposed; Foil's €5M ARR target and Lunge's €18M total are gold amounts of the set,
  // listed for their own actors only)
  'set-120':
    /-> (?:\S+ (?:60000000|900|5100000|45000|40000000|640000000|40000000000|12000000000|310000000000|30000000|30000) |foil\S* 5000000 |lunge\S* 18000000 )/u,
  // (one of set 121's traps is proposed and not listed here: Rajapalayam's "about $26 million", the same round as its
  // Rs 220 crore, proposed as invested by its three funders; Beauceron's ~30 M€ valuation and the Rs 1.2 crore RBI
  // penalty are gold amounts of the set, listed for their own actors only)
  // (and, since "$60-million" reads as sixty million: Kelpie's $60-million facility, the total of two banks' $30-million
  // shares, proposed as pledged by the first bank)
  'set-121':
    /-> (?:\S+ (?:18000000|300000000|45000000|7000000|20000000|25000000|400000000|350000000|8000000000|250000000|85000000|4\.12|10000000) |beauceron\S* 30000000 |(?:gaddi|rampur)\S* 12000000 )/u,
  // (one of set 122's traps is proposed and not listed here: Cartouche's 4 M€ capital-increase total of its two shares,
  // proposed as invested by Isobathe Capital; Boussole's 4 M€ building cost, of that amount, is listed for Boussole
  // only; Théodolite's ~15 M€ valuation and Alidade's >60 M€ valuation are gold amounts of the set, listed for their own
  // actors only)
  'set-122':
    /-> (?:\S+ (?:6000000|0\.04|300000000|147000000|65000000|400000000|48000000|160000000|170000000|14\.2) |boussole\S* 4000000 |theodolite\S* 15000000 |alidade\S* 60000000 )/u,
  // (none of set 123's traps is proposed; Paraison's ~40 M€ valuation and Fritte's ~12 M€ price are gold amounts of the
  // set, listed for their own actors only)
  'set-123':
    /-> (?:\S+ (?:15000000|1400000000|1200000000|650000000|2\.1|20000000|600000000) |paraison\S* 40000000 |fritte\S* 12000000 )/u,
  // (none of set 124's traps is proposed; Soutache's "inférieur à 5 millions d'euros", Macramé's "under $8 million"
  // price and its "about $5 million" are gold amounts of the set, listed for their own actors only)
  'set-124':
    /-> (?:\S+ (?:120000000|18000000|14000000|7500000|60000000|5200000|1200000000|90000000|17500000|3300000|4600000) |soutache\S* 5000000 |macrame\S* (?:8000000|5000000) )/u,
  // (one of set 125's traps is proposed and not listed here: Coxswain's $500 million package, the total of its three
  // loans, proposed as pledged; Écope's ~3 M€ price and Yole's ~6 M€ price are gold amounts of the set, listed for their
  // own actors only)
  'set-125':
    /-> (?:\S+ (?:90000000|4200000|220000000|310000000|18|45000000|34000000) |(?:tolet|ecope)\S* 3000000 |yole\S* 6000000 )/u, // (three of set 126's traps are proposed and not listed here: Parallaxe's "environ 3 millions d'euros", the euro
  // equivalent of its rupee round, proposed as invested by its three funders; Apogee Data's EUR 9m round total of its
  // three funders' shares, proposed as invested by Zenith Partners; Meridian's EUR 17 mln headline total of its two
  // loans, proposed as pledged; Apogée Capital's 40 M€ fund and Apogee Data's ~EUR 40m valuation, Zenith Partners' EUR
  // 60 million fund and Azimuth's ~EUR 60 mln valuation and Perigee Ventures' EUR 150 mln fund are gold amounts of the
  // set, listed for their own actors only)
  'set-126':
    /-> (?:\S+ (?:25000000|2000000|750000000|400000000|8000000|40000|1200000000|0\.12) |apogee\S* 40000000 |(?:zenith|azimuth)\S* 60000000 |perigee\S* 150000000 )/u,
  // (none of set 127's traps is proposed; Affinage's 9 M€ hall cost, Tomme's ~200 M$ valuation, Curdline's ~€75m
  // enterprise value and Havarti's DKK 1.2m fine are gold amounts of the set, listed for their own actors only)
  'set-127':
    /-> (?:\S+ (?:25000000|2000000|8000000000|70000000|0\.06|400000000|600000000) |affinage\S* 9000000 |tomme\S* 200000000 |curdline\S* 75000000 |havarti\S* 1200000 )/u,
  // (none of set 128's traps is proposed; Spiral's ~40 M€ price is a gold amount of the set, listed for Spiral and its
  // buyer Tourbillon only)
  'set-128':
    /-> (?:\S+ (?:30000000|120000000|18000000|12|300000000|650000000|1500000000|20000000) |(?:spiral|tourbillon)\S* 40000000 )/u,
  // (none of set 129's traps is proposed)
  'set-129': /-> \S+ (?:40000000|18000|18000000|25000000|350000000|500000000000|200000000000|21500000|45000000000) /u,
  // (none of set 130's traps is proposed; Émerillon's 1.5 M$ ransom and Autour's 40 M$ total investment are gold
  // amounts of the set, listed for their own actors only)
  'set-130':
    /-> (?:\S+ (?:90000000|31000000|2400000000|300000000|17000000000|40000000000|800000|1100000000|520000000) |emerillon\S* 1500000 |autour\S* 40000000 )/u,
  // (one of set 131's traps is proposed and not listed here: Jongleur's "about Sh3.2 billion", the shilling conversion
  // of its $25m round, proposed as invested; Voltige's ~40 M$ price, Funambule's ~300 M€ valuation and Big Top
  // Digital's 1.5-billion-baht valuation are gold amounts of the set, listed for their own actors only)
  'set-131':
    /-> (?:\S+ (?:70000000|1200000000|5000000000|110000000|150000|5800000000|10000000000|1050000000|14\.3) |voltige\S* 40000000 |funambule\S* 300000000 |big-top\S* 1500000000 )/u,
  // (two of set 132's traps are proposed and not listed here: Crease's 3,5 M€ round total of its two shares, proposed as
  // invested, and Tessellate's NT$1.2 billion round total of its three shares, proposed as invested; Washi's ~40 M€
  // valuation, Valée's 3 M€ building price and Kami's US$300 million valuation are gold amounts of the set, listed for
  // their own actors only)
  'set-132':
    /-> (?:\S+ (?:7\.99|5|2|9000000|30700000|2000000000|40800000|9000000000|2400000000|81600000|86\.5) |washi\S* 40000000 |valee\S* 3000000 |kami\S* 300000000 )/u,
  // (none of set 133's traps is proposed; Olivine's 11 M€ building cost, Calcite's ~3 M€ Mica Réseaux price, Fluorite's
  // £14m valuation, the ICO's £1.2m fine told in Fluorite's story and Rhodonite's $9.6m net profit are gold amounts of
  // the set, listed for their own actors only)
  'set-133':
    /-> (?:\S+ (?:70000000|7000000|420000000|75000000|31000000|2\.14|1\.85) |olivine\S* 11000000 |(?:calcite|mica)\S* 3000000 |fluorite\S* (?:14000000|1200000) |rhodonite\S* 9600000 )/u,
  // (none of set 134's traps is proposed; Tesson Réseaux's ~1,8 M€ price and Sgraffito's €7 million round total are
  // gold amounts of the set, listed for their own actors only)
  'set-134':
    /-> (?:\S+ (?:25000000|90000000|30000000|150000000|40|20000000|1500000|50000) |(?:tesson|anagama)\S* 1800000 |sgraffito\S* 7000000 )/u,
  // (none of set 135's traps is proposed; Molette's 3,2 M€ total and Lazur's ~$60m valuation are gold amounts of the
  // set, listed for their own actors only)
  'set-135':
    /-> (?:\S+ (?:30000000|4000000|50000|61250|150000|260000000|96000000|8\.5|900) |molette\S* 3200000 |lazur\S* 60000000 )/u,
  // (none of set 136's traps is proposed; Empattement's ~40 M€ valuation is a gold amount of the set, listed for
  // Empattement only)
  'set-136':
    /-> (?:\S+ (?:3000000|4000000|25000000|12000000|30000000|150000000|2100000000) |empattement\S* 40000000 )/u,
  // (none of set 137's traps is proposed; Neroli's ~900 000 € price of Orris Logiciel is a gold amount of the set,
  // listed for Neroli and Orris only)
  'set-137': /-> (?:\S+ (?:25000000|40000000|12000000|612000|20000|300000000|40000) |(?:neroli|orris)\S* 900000 )/u,
  // (one of set 138's traps is proposed and not listed here: Pharos Networks' "up to $5m" for Skerryvore, a target and
  // not a commitment, proposed as pledged; Fanal's ~25 millions price of Feu Rouge Informatique and the ~$40m and
  // ~EUR 40m valuations of Lamplight and Világító are gold amounts of the set, listed for their own actors only)
  'set-138':
    /-> (?:\S+ (?:2000000000|15000000|9000000|6000000|14000000|120000000) |(?:fanal|feu-rouge)\S* 25000000 |(?:lamplight|vilagito)\S* 40000000 )/u,
  // (none of set 139's traps is proposed; Spokeshave's ~£6m price of Kerf Digital is a gold amount of the set, listed
  // for Spokeshave and Kerf only)
  'set-139':
    /-> (?:\S+ (?:70000000|240000000|400000000|4\.99|40000000|25000000|20000000|1000000000|120000000|45000000) |(?:spokeshave|kerf)\S* 6000000 )/u,
  // (one of set 140's traps is proposed and not listed here: Ultramarine's €1.34 share price, proposed as invested;
  // Carmina's ~20 M$ valuation and Orpiment's 5 M$ revenue target for 2028 are gold amounts of the set, listed for
  // their own actors only)
  'set-140':
    /-> (?:\S+ (?:600000000|4000000000|210000000|3000000000|800000|0\.12|40000000|18000000|14|2\.1|300000000) |carmina\S* 20000000 |orpiment\S* 5000000 )/u,
  // (none of set 141's traps is proposed; Aiguillage's 1,5 M€ recruitment budget and Pantographe's earn-out of up to
  // 4 M€ are gold amounts of the set, listed for their own actors only)
  'set-141':
    /-> (?:\S+ (?:90000000|32000000|800000000|40000000|4500|1000000000|180000000|4000000000|2000000|12000000000|11) |aiguillage\S* 1500000 |(?:pantographe|catenaire)\S* 4000000 )/u,
  // (none of set 142's traps is proposed; the 90 M$ of "le marché algérien" told in Estrope's story is listed for
  // Estrope and Gréement only: 90 million is a gold amount of the set, Shroud's PKR 90 million)
  'set-142':
    /-> (?:\S+ (?:15000000|8000000|12000000000|75|2200|30000000|40|1750|80000000|40000000000) |(?:estrope|greement)\S* 90000000 )/u,
  // (none of set 143's traps is proposed; Stromboli's refused 6 M€ buy-out offer is listed for Stromboli only: 6 million
  // is a gold amount of the set, Meru Cloud's €6m)
  'set-143': /-> (?:\S+ (?:20000000|300000|50000000|9000000|40000000|500000000|15000000) |stromboli\S* 6000000 )/u,
  // (one of set 144's traps is proposed and not listed here: Dendrobium's 6 M€ "financement global", the total of its
  // 3,5 M€ loan and 2,5 M€ equity, proposed as invested; Vanda's ~18 M€ valuation is listed for Vanda only: 18 million
  // is a gold amount of the set, Phalaenopsis's €18 million)
  'set-144': /-> (?:\S+ (?:200000|15000000|40000000|3|1500000000|4000000|500) |vanda\S* 18000000 )/u,
  // (none of set 145's traps is proposed; Sparline's "30 millions en 2027", a revenue target, is listed for Sparline
  // only: 30 million is a gold amount of the set, Pipa's $30 million and Genki's €30 million)
  'set-145': /-> (?:\S+ (?:40000000|3200000|9|11000000|24000000|180000000|70000000|150000000) |sparline\S* 30000000 )/u,
  // (one of set 146's traps is proposed and not listed here: Quintaton's "close to US$10 million", the total of its
  // records, proposed as invested)
  'set-146': /-> \S+ (?:30000000|7\.9|1100000000|95000000|600000000|45000000|1000000000|15000000|7000000) /u,
  // (none of set 147's traps is proposed; Nacre's ~15 M€ valuation and the N$500,000 fine on Periwinkle Telecom told in
  // Scallop's story are listed for their own actors only: 15 million is a gold amount of the set, Abalone's €15 million,
  // and 500 000 is one, Cauri's 500 000 €)
  'set-147':
    /-> (?:\S+ (?:1200000|30000000|25000000|9000000|200000|20000000|4100000|5000000|40000000) |nacre\S* 15000000 |(?:scallop|periwinkle)\S* 500000 )/u,
  // (none of set 148's traps is proposed; Sirocco's ~12 M€ price and Stormcell's "about A$58m" conversion are listed
  // for their own actors only: 12 million is a gold amount of the set, Stormcell's A$12 million, and 58 million is
  // one, Altostratus's 58 M€)
  'set-148':
    /-> (?:\S+ (?:40000000|120000000|0\.8|90000000|30000000|400000000) |(?:sirocco|altostratus)\S* 12000000 |stormcell\S* 58000000 )/u,
  // (none of set 149's traps is proposed; the ~3 M CHF price of a Valais host told in Curcuma's story and the HK$1.2m
  // fine on Star Anise are listed for their own actors only: 3 million is a gold amount of the set, Cumin's €3 million
  // and Fenugreek's £3 million, and 1.2 million is one, Fenugreek's £1.2 million)
  'set-149':
    /-> (?:\S+ (?:40000000|1000000000|110000000|35000000|90000000|150000000|70000000|80000000) |curcuma\S* 3000000 |star-anise\S* 1200000 )/u,
};
