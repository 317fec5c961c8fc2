import { describe, expect, it } from 'vitest';
import { savedEventModel } from '../../../server/src/propose/learnt/event-dates.ts';
import { savedRelationModel } from '../../../server/src/propose/learnt/relation-pairs.ts';
import { LEARNT, RULES_ONLY, type ProposeOptions } from '../../../server/src/propose/propose.ts';
import { heldOutSets, pooledHeldOut, type HeldOutSet, type PooledCounts } from './held-out.ts';

/**
 * The saved learnt models (server/src/propose/learnt/) on held-out sets 38 to 149.
 *
 * These sets were written blind, eight at a time, and judged the first models (trained on sets 1 to 37, 6 Dec 2026);
 * their blind figures are kept below and in docs/proposals/learnt.md. Since 7 Dec 2026 the saved models are trained on
 * sets 1 to 93 (`npm run train`), so **these sets are now training data**: the floors below say that the saved
 * models still read their own training articles as they did when saved (a retraining, or a change of what the models
 * or the rules read, that loses that fails here) and that they add to the rules there. They say nothing of unseen
 * text: the figures on unseen text are those of the validation runs (models trained on sets 1-77 and 1-85, judged on
 * sets 78-93 and 86-93, and the corpus's five real articles; docs/proposals/learnt.md), which a test cannot repeat
 * without training. A new block of blind sets is what judges the saved models again: sets 94 to 101, written blind after
 * the retraining, are unseen text for the saved models (unlike 38 to 93), their first blind judge; their floors are the
 * saved models' figures there on 7 Dec 2026 (88d3e28's rules), truncated to the hundredth. Sets 102 to 109, written blind
 * later, are their second blind judge (unseen text too for the models trained on sets 1 to 93); their floors are the
 * saved models' figures there on 7 Dec 2026 (40b56b0's rules), truncated to the hundredth. Sets 110 to 117, written
 * blind later still, are their third blind judge (unseen text too for those models); their floors are the saved models'
 * figures there on 7 Dec 2026 (3bf855a's rules), truncated to the hundredth. Sets 118 to 125, written blind after
 * those, are their fourth blind judge (unseen text too for those models); their floors are the saved models' figures
 * there on 7 Dec 2026 (5789c70's rules), truncated to the hundredth. Sets 126 to 133, written blind after those, are
 * their fifth blind judge (unseen text too for those models); their floors are the saved models' figures there on 7 Dec
 * 2026 (0a99d7e's rules), truncated to the hundredth. Sets 134 to 141, written blind after those, are their sixth blind
 * judge (unseen text too for those models); their floors are the saved models' figures there on 7 Dec 2026 (87a35a0's
 * rules), truncated to the hundredth. Sets 142 to 149, written blind after those, are their seventh blind judge
 * (unseen text too for those models); their floors are the saved models' figures there on 8 Dec 2026 (7d72749's
 * rules), truncated to the hundredth.
 *
 * Floors: the saved models' figures on 7 Dec 2026 (312a842's rules), cut to the hundredth below, so that the rules'
 * small moves (under a point on training data) do not trip them. Every one is above the blind floor it replaces.
 */

/** The held-out sets numbered from..to. */
function between(from: number, to: number) {
  return heldOutSets.filter((s) => Number(s.slice(4)) >= from && Number(s.slice(4)) <= to) as HeldOutSet[];
}

/** Pooled precision and recall, truncated to three decimals as the floors are. */
function rates(t: PooledCounts) {
  const ratio = (n: number, d: number) => Math.floor((1000 * n) / d) / 1000;
  return { precision: ratio(t.correct, t.proposed), recall: ratio(t.found, t.gold) };
}

function pooled(sets: HeldOutSet[], options: ProposeOptions) {
  const total = pooledHeldOut(sets, options);
  return { events: rates(total.events), relations: rates(total.relations) };
}

interface Floors {
  events: { precision: number; recall: number };
  relations: { precision: number; recall: number };
}

/**
 * Each block of eight: the floors (training data of the saved models), and in words the blind figures the models
 * trained on sets 1 to 37 read there (rules and models at 0.5 and 0.15), the old floors.
 */
const blocks: [from: number, to: number, floors: Floors, blind: string][] = [
  [
    38,
    45,
    { events: { precision: 0.87, recall: 0.83 }, relations: { precision: 0.87, recall: 0.66 } },
    'ninth round (8acdcb5): events P 80.9 / R 74.4, relations P 72.8 / R 51.2',
  ],
  [
    46,
    53,
    { events: { precision: 0.86, recall: 0.76 }, relations: { precision: 0.87, recall: 0.67 } },
    'tenth round (0b9d9d2): events P 78.1 / R 71.1, relations P 75.3 / R 55.3',
  ],
  [
    54,
    61,
    { events: { precision: 0.89, recall: 0.83 }, relations: { precision: 0.87, recall: 0.68 } },
    'eleventh round (e42df6d): events P 83.3 / R 76.0, relations P 72.2 / R 52.2',
  ],
  [
    62,
    69,
    { events: { precision: 0.89, recall: 0.83 }, relations: { precision: 0.88, recall: 0.67 } },
    'eleventh round, second part (a031426): events P 81.6 / R 75.0, relations P 73.6 / R 52.4',
  ],
  [
    70,
    77,
    { events: { precision: 0.9, recall: 0.81 }, relations: { precision: 0.87, recall: 0.72 } },
    'twelfth round (652c84a): events P 83.9 / R 77.1, relations P 76.7 / R 62.1',
  ],
  [
    78,
    85,
    { events: { precision: 0.87, recall: 0.76 }, relations: { precision: 0.85, recall: 0.62 } },
    'thirteenth round (e392db6): events P 83.4 / R 73.9, relations P 75.1 / R 51.9',
  ],
  [
    86,
    93,
    { events: { precision: 0.87, recall: 0.79 }, relations: { precision: 0.83, recall: 0.63 } },
    'fourteenth round (c3a6b6b): events P 83.5 / R 74.9, relations P 73.0 / R 54.3',
  ],
];

/**
 * Sets 94 to 101: the first blind judge of the models trained on sets 1 to 93 (unseen text for them), floored at the
 * saved models' blind figures (events P 84.7 / R 80.1, relations P 79.9 / R 57.4; the rules alone read events P 88.3 /
 * R 71.0, relations P 83.2 / R 50.0).
 */
/** The saved models on `sets`, pooled: at or above `floors`, and finding more than the rules alone. */
function expectAtFloorsAndAboveRules(sets: HeldOutSet[], floors: Floors) {
  const rules = pooled(sets, RULES_ONLY);
  const learnt = pooled(sets, LEARNT());
  expect(learnt.events.recall).toBeGreaterThanOrEqual(floors.events.recall);
  expect(learnt.events.precision).toBeGreaterThanOrEqual(floors.events.precision);
  expect(learnt.relations.recall).toBeGreaterThanOrEqual(floors.relations.recall);
  expect(learnt.relations.precision).toBeGreaterThanOrEqual(floors.relations.precision);
  expect(learnt.events.recall).toBeGreaterThan(rules.events.recall);
  expect(learnt.relations.recall).toBeGreaterThan(rules.relations.recall);
}

const blindJudge: [from: number, to: number, floors: Floors] = [
  94,
  101,
  { events: { precision: 0.84, recall: 0.8 }, relations: { precision: 0.79, recall: 0.57 } },
];

/** The second blind judge: sets 102 to 109, the saved models' figures there (40b56b0's rules), truncated. */
const secondBlindJudge: [from: number, to: number, floors: Floors] = [
  102,
  109,
  { events: { precision: 0.82, recall: 0.74 }, relations: { precision: 0.78, recall: 0.54 } },
];

/**
 * The third blind judge: sets 110 to 117, the saved models' figures there (3bf855a's rules; events P 84.1 / R 77.8,
 * relations P 77.3 / R 55.0; the rules alone read events P 88.5 / R 72.0, relations P 81.0 / R 47.3), truncated.
 */
const thirdBlindJudge: [from: number, to: number, floors: Floors] = [
  110,
  117,
  { events: { precision: 0.84, recall: 0.77 }, relations: { precision: 0.77, recall: 0.54 } },
];

/**
 * The fourth blind judge: sets 118 to 125, the saved models' figures there (5789c70's rules; events P 84.3 / R 77.9,
 * relations P 78.2 / R 58.8; the rules alone read events P 87.7 / R 72.3, relations P 81.4 / R 51.7), truncated.
 * (Relations precision 0.78 until the money extractor read "$40-million" as forty million, at the round's end: 77.9
 * since, some of the fundings now read paying wrongly in two Canadian articles.)
 */
const fourthBlindJudge: [from: number, to: number, floors: Floors] = [
  118,
  125,
  { events: { precision: 0.84, recall: 0.77 }, relations: { precision: 0.77, recall: 0.58 } },
];

/**
 * The fifth blind judge: sets 126 to 133, the saved models' figures there (0a99d7e's rules; events P 83.1 / R 81.6,
 * relations P 77.8 / R 55.3; the rules alone read events P 86.6 / R 75.1, relations P 79.6 / R 50.1), truncated.
 */
const fifthBlindJudge: [from: number, to: number, floors: Floors] = [
  126,
  133,
  { events: { precision: 0.83, recall: 0.81 }, relations: { precision: 0.77, recall: 0.55 } },
];

/**
 * The sixth blind judge: sets 134 to 141, the saved models' figures there (87a35a0's rules; events P 81.1 / R 77.1,
 * relations P 78.1 / R 60.3; the rules alone read events P 85.1 / R 71.4, relations P 82.8 / R 54.8), truncated.
 */
const sixthBlindJudge: [from: number, to: number, floors: Floors] = [
  134,
  141,
  { events: { precision: 0.81, recall: 0.77 }, relations: { precision: 0.78, recall: 0.6 } },
];

/**
 * The seventh blind judge: sets 142 to 149, the saved models' figures there (7d72749's rules; events P 84.1 / R 80.2,
 * relations P 74.8 / R 59.5; the rules alone read events P 87.0 / R 73.7, relations P 78.4 / R 53.6), truncated.
 */
const seventhBlindJudge: [from: number, to: number, floors: Floors] = [
  142,
  149,
  { events: { precision: 0.84, recall: 0.8 }, relations: { precision: 0.74, recall: 0.59 } },
];

describe('the saved learnt models', () => {
  it('propose from the thresholds chosen on sets they were not trained on (relations 0.7, events 0.2)', () => {
    expect(savedRelationModel().threshold).toBe(0.7);
    expect(savedEventModel().threshold).toBe(0.2);
  });

  it('are floored on every block of eight sets from 38 to 149', () => {
    const all = [
      ...blocks,
      blindJudge,
      secondBlindJudge,
      thirdBlindJudge,
      fourthBlindJudge,
      fifthBlindJudge,
      sixthBlindJudge,
      seventhBlindJudge,
    ];
    expect(all.flatMap(([from, to]) => between(from, to))).toEqual(between(38, 149));
    for (const [from, to] of all) expect(between(from, to)).toHaveLength(8);
  });
});

describe.each(blocks)(
  'the learnt models on sets %i to %i (training data since 7 Dec 2026)',
  (from, to, floors, blind) => {
    it(`read their training articles as when saved, and more than the rules alone (blind, 1-37 models: ${blind})`, () =>
      expectAtFloorsAndAboveRules(between(from, to), floors));
  },
);

describe('the learnt models on sets 94 to 101 (their first blind judge: unseen text for the models trained on 1 to 93)', () => {
  const [from, to, floors] = blindJudge;
  it('read unseen articles at or above their blind floors, and find more than the rules alone', () =>
    expectAtFloorsAndAboveRules(between(from, to), floors));
});

describe('the learnt models on sets 102 to 109 (their second blind judge: unseen text for the models trained on 1 to 93)', () => {
  const [from, to, floors] = secondBlindJudge;
  it('read unseen articles at or above their blind floors, and find more than the rules alone', () =>
    expectAtFloorsAndAboveRules(between(from, to), floors));
});

describe('the learnt models on sets 110 to 117 (their third blind judge: unseen text for the models trained on 1 to 93)', () => {
  const [from, to, floors] = thirdBlindJudge;
  it('read unseen articles at or above their blind floors, and find more than the rules alone', () =>
    expectAtFloorsAndAboveRules(between(from, to), floors));
});

describe('the learnt models on sets 118 to 125 (their fourth blind judge: unseen text for the models trained on 1 to 93)', () => {
  const [from, to, floors] = fourthBlindJudge;
  it('read unseen articles at or above their blind floors, and find more than the rules alone', () =>
    expectAtFloorsAndAboveRules(between(from, to), floors));
});

describe('the learnt models on sets 126 to 133 (their fifth blind judge: unseen text for the models trained on 1 to 93)', () => {
  const [from, to, floors] = fifthBlindJudge;
  it('read unseen articles at or above their blind floors, and find more than the rules alone', () =>
    expectAtFloorsAndAboveRules(between(from, to), floors));
});

describe('the learnt models on sets 134 to 141 (their sixth blind judge: unseen text for the models trained on 1 to 93)', () => {
  const [from, to, floors] = sixthBlindJudge;
  it('read unseen articles at or above their blind floors, and find more than the rules alone', () =>
    expectAtFloorsAndAboveRules(between(from, to), floors));
});

describe('the learnt models on sets 142 to 149 (their seventh blind judge: unseen text for the models trained on 1 to 93)', () => {
  const [from, to, floors] = seventhBlindJudge;
  it('read unseen articles at or above their blind floors, and find more than the rules alone', () =>
    expectAtFloorsAndAboveRules(between(from, to), floors));
});
