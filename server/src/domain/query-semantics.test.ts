import { describe, expect, it } from 'vitest';
import { summariseFunding } from './funding-aggregation.ts';
import type { Actor, AtlasEvent, Dispute, Evidence, Funding, Relation } from './model.ts';
import { clampDepth, clampMaxHops, clampPage, clampSearchLimit } from './query-limits.ts';
import { filterCoMentions, filterFundings, filterTimeline, relationPasses } from './record-filters.ts';
import { actorMatchesText, EXACT_NAME_BONUS, exactNameBonus, foldSearchText, wordsOf } from './search-text.ts';
import { canonicalSequences, selectHop } from './shortest-paths.ts';
import { compareActorSequences, compareEventsChronologically, compareEvidenceInText } from './sort-orders.ts';
import { bundleStats } from './stats.ts';
import {
  actorActiveAsOf,
  dayNumber,
  eventHappenedBy,
  relationActiveAsOf,
  relationOverlapsWindow,
  relationSpan,
} from './time-windows.ts';

const funding = (id: string, fields: Partial<Funding> = {}): Funding => ({
  id,
  to: 'x',
  amount: 1,
  currency: 'EUR',
  kind: 'pledged',
  evidence: ['e'],
  ...fields,
});
const relation = (id: string, fields: Partial<Relation> = {}): Relation => ({
  id,
  type: 'owns',
  from: 'a',
  to: 'b',
  evidence: ['e'],
  ...fields,
});
const event = (
  id: string,
  value: string,
  precision: AtlasEvent['date']['precision'],
  fields: Partial<AtlasEvent> = {},
) =>
  ({
    id,
    date: { value, precision },
    kind: 'launch',
    title: { fr: id, en: id },
    actors: [{ id: 'a', role: { fr: 'sujet', en: 'subject' } }],
    evidence: ['e'],
    ...fields,
  }) as AtlasEvent;

describe('limits', () => {
  it('clamps depth, hops, pages and search limits', () => {
    expect([0, 1, 2.7, 3, 9, Number.NaN].map(clampDepth)).toEqual([1, 1, 2, 3, 3, 1]);
    expect([undefined, 0, 3, 6, 60].map(clampMaxHops)).toEqual([4, 1, 3, 6, 6]);
    expect(clampPage({})).toEqual({ offset: 0, limit: 50 });
    expect(clampPage({ offset: -5, limit: 10_000 })).toEqual({ offset: 0, limit: 500 });
    expect([undefined, 0, 5, 1000].map(clampSearchLimit)).toEqual([20, 0, 5, 100]);
  });
});

describe('text', () => {
  it('folds accents, case, ligatures and curly apostrophes', () => {
    expect(foldSearchText('Thalès')).toBe('thales');
    expect(foldSearchText('ÉTATS-UNIS')).toBe('etats-unis');
    expect(foldSearchText('Œuvre d’État')).toBe("oeuvre d'etat");
    expect(foldSearchText('İstanbul')).toBe('istanbul');
  });

  it('cuts words with their offsets', () => {
    expect(wordsOf("l'État, S3NS!")).toEqual([
      { word: 'l', start: 0, end: 1 },
      { word: 'État', start: 2, end: 6 },
      { word: 'S3NS', start: 8, end: 12 },
    ]);
  });

  it('matches an actor by a folded substring of its name or an alias', () => {
    const actor = { name: 'Orange', aliases: { fr: ['France Télécom'], en: [] } } as unknown as Actor;
    expect(actorMatchesText(actor, 'telecom')).toBe(true);
    expect(actorMatchesText(actor, 'rang')).toBe(true);
    expect(actorMatchesText(actor, 'sfr')).toBe(false);
    expect(actorMatchesText(actor, '')).toBe(true);
  });
});

describe('time', () => {
  it('counts an actor from the first day of its founding to the day before its dissolution begins', () => {
    const cloudwatt = {
      founded: { value: '2012-09', precision: 'month', qualifier: 'early' },
      dissolved: { value: '2020-02-01', precision: 'day' },
    } as const;
    expect(actorActiveAsOf(cloudwatt, '2012-08-31')).toBe(false);
    expect(actorActiveAsOf(cloudwatt, '2012-09-01')).toBe(true);
    expect(actorActiveAsOf(cloudwatt, '2020-01-31')).toBe(true);
    expect(actorActiveAsOf(cloudwatt, '2020-02-01')).toBe(false);
    expect(actorActiveAsOf({}, '1900-01-01')).toBe(true);
  });

  it('spans a relation from its since start to its until end, open when undated', () => {
    const owns = relation('r', {
      since: { value: '2012-09', precision: 'month', qualifier: 'early' },
      until: { value: '2015', precision: 'approximate' },
    });
    expect(relationSpan(owns)).toEqual({ start: '2012-09-01', end: '2016-06-30' });
    expect(relationSpan(relation('u'))).toEqual({ start: null, end: null });
    expect(relationOverlapsWindow(owns, { from: '2016-06-30' })).toBe(true);
    expect(relationOverlapsWindow(owns, { from: '2016-07-01' })).toBe(false);
    expect(relationOverlapsWindow(owns, { to: '2012-08-31' })).toBe(false);
    expect(relationOverlapsWindow(relation('u'), { from: '3000-01-01', to: '3000-01-02' })).toBe(true);
    // "As of" uses the first day of until: ended from mid-2014 on.
    expect(relationActiveAsOf(owns, '2014-06-30')).toBe(true);
    expect(relationActiveAsOf(owns, '2014-07-01')).toBe(false);
  });

  it('counts an event from the first day its date can denote', () => {
    expect(eventHappenedBy(event('e', '2013', 'approximate'), '2012-07-01')).toBe(true);
    expect(eventHappenedBy(event('e', '2013', 'approximate'), '2012-06-30')).toBe(false);
  });

  it('filters relations by type, as of a day and window together', () => {
    const r = relation('r', { type: 'founded', since: { value: '2012', precision: 'year' } });
    expect(relationPasses(r, {})).toBe(true);
    expect(relationPasses(r, { relationTypes: ['owns'] })).toBe(false);
    expect(relationPasses(r, { relationTypes: [] })).toBe(false);
    expect(relationPasses(r, { asOf: '2011-12-31' })).toBe(false);
    expect(relationPasses(r, { from: '2013-01-01' })).toBe(true);
    expect(relationPasses(r, { to: '2011-12-31' })).toBe(false);
  });

  it('numbers days so that they sort like their ISO form', () => {
    expect(dayNumber('2012-09-01')).toBe(20120901);
    expect(dayNumber('0999-12-31') < dayNumber('1000-01-01')).toBe(true);
  });
});

describe('orders', () => {
  it('orders events by compareFuzzyDates (middle of the span, narrower first), then id', () => {
    const events = [
      event('c', '2013', 'year'),
      event('b', '2013-01', 'month'),
      event('a', '2013', 'year'),
      event('z', '2012', 'approximate'),
    ];
    expect(events.sort(compareEventsChronologically).map((e) => e.id)).toEqual(['z', 'b', 'a', 'c']);
  });

  it('orders evidence by offset with unanchored evidence last', () => {
    const evidence = (id: string, start: number | null) => ({ id, start }) as Evidence;
    const sorted = [
      evidence('n2', null),
      evidence('b', 5),
      evidence('n1', null),
      evidence('a', 5),
      evidence('c', 1),
    ].sort(compareEvidenceInText);
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b', 'n1', 'n2']);
  });

  it('orders actor sequences lexicographically and keeps distinct ones, capped', () => {
    expect(compareActorSequences(['a', 'b'], ['a', 'c'])).toBeLessThan(0);
    expect(compareActorSequences(['a'], ['a', 'b'])).toBeLessThan(0);
    expect(
      canonicalSequences(
        [
          ['a', 'c', 'z'],
          ['a', 'b', 'z'],
          ['a', 'c', 'z'],
        ],
        5,
      ),
    ).toEqual([
      ['a', 'b', 'z'],
      ['a', 'c', 'z'],
    ]);
    expect(canonicalSequences([['b'], ['a'], ['c']], 2)).toEqual([['a'], ['b']]);
  });

  it('picks the hop with the smallest id', () => {
    expect(selectHop([relation('m'), relation('c'), relation('x')])?.id).toBe('c');
    expect(selectHop([])).toBeUndefined();
  });
});

describe('funding', () => {
  const records = [
    funding('f3', { from: 'state', to: 'cloud', amount: 10, currency: 'EUR' }),
    funding('f1', {
      to: 'cloud',
      amount: 5,
      currency: 'USD',
      kind: 'revenue',
      date: { value: '2014', precision: 'year' },
    }),
    funding('f2', { from: 'state', to: 'cloud', amount: 7, currency: 'EUR' }),
    funding('f4', { from: 'state', to: 'cloud', amount: 1, currency: 'USD' }),
    funding('f5', {
      to: 'cloud',
      amount: 2,
      currency: 'USD',
      kind: 'revenue',
      date: { value: '2016', precision: 'year' },
    }),
  ];
  const disputes = [
    {
      id: 'd',
      subject: 'cloud',
      about: 'amount',
      title: { fr: 'd', en: 'd' },
      claims: [
        { record: 'fundings/f2', summary: { fr: 's', en: 's' }, evidence: ['e'] },
        { summary: { fr: 's', en: 's' }, evidence: ['e'] },
      ],
    },
  ] as Dispute[];

  it('groups by funder, recipient, kind and currency, never converting, unknown funders first', () => {
    const undisputed = { disputed: false, disputes: [], claim: null };
    expect(summariseFunding(records, disputes).flows).toEqual([
      { funders: [], to: 'cloud', kind: 'revenue', currency: 'USD', amount: 7, records: ['f1', 'f5'], ...undisputed },
      {
        funders: ['state'],
        to: 'cloud',
        kind: 'pledged',
        currency: 'EUR',
        amount: 17,
        records: ['f2', 'f3'],
        disputed: true,
        disputes: ['d'],
        claim: null,
      },
      { funders: ['state'], to: 'cloud', kind: 'pledged', currency: 'USD', amount: 1, records: ['f4'], ...undisputed },
    ]);
  });

  it('keeps undated records only without a window', () => {
    expect(filterFundings(records, {}).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(filterFundings(records, { from: '2015-01-01' }).map((f) => f.id)).toEqual(['f5']);
    expect(filterFundings(records, { to: '2014-06-01' }).map((f) => f.id)).toEqual(['f1']);
    expect(filterFundings(records, { funder: 'state', kinds: ['pledged'] }).map((f) => f.id)).toEqual([
      'f2',
      'f3',
      'f4',
    ]);
    expect(filterFundings(records, { recipient: 'nobody' })).toEqual([]);
  });
});

describe('timeline and co-mentions', () => {
  it('filters events by actors, kinds and window', () => {
    const events = [
      event('e1', '2012', 'year', { actors: [{ id: 'a', role: { fr: 'r', en: 'r' } }] }),
      event('e2', '2013', 'year', { actors: [{ id: 'b', role: { fr: 'r', en: 'r' } }], kind: 'shutdown' }),
      event('e3', '2014', 'year', { actors: [{ id: 'a', role: { fr: 'r', en: 'r' } }] }),
    ];
    expect(filterTimeline(events, { actors: ['a'] }).map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(filterTimeline(events, { kinds: ['shutdown'] }).map((e) => e.id)).toEqual(['e2']);
    expect(filterTimeline(events, { from: '2012-12-31', to: '2013-01-01' }).map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('keeps co-mentions at or above the weight among the nodes, sorted', () => {
    const coMentions = [
      { a: 'b', b: 'c', weight: 3 },
      { a: 'a', b: 'c', weight: 1 },
      { a: 'a', b: 'b', weight: 2 },
      { a: 'a', b: 'z', weight: 9 },
    ];
    expect(filterCoMentions(coMentions, new Set(['a', 'b', 'c']), 2)).toEqual([
      { a: 'a', b: 'b', weight: 2 },
      { a: 'b', b: 'c', weight: 3 },
    ]);
    expect(filterCoMentions(coMentions, new Set(['a', 'b', 'c']), undefined)).toEqual([]);
  });
});

describe('stats', () => {
  it('counts only the kinds and types present, in vocabulary order', () => {
    const stats = bundleStats({
      version: 'v',
      actors: [{ kind: 'person' }, { kind: 'company' }, { kind: 'person' }] as Actor[],
      relations: [relation('a', { type: 'owns' }), relation('b', { type: 'acquired' })],
      events: [],
      fundings: [],
      disputes: [],
      sources: [],
      evidence: [],
    });
    expect(stats.actors).toBe(3);
    expect(Object.entries(stats.actorsByKind)).toEqual([
      ['company', 1],
      ['person', 2],
    ]);
    expect(Object.keys(stats.relationsByType)).toEqual(['acquired', 'owns']);
  });
});

describe('exactNameBonus', () => {
  const actor = { name: 'Google Cloud', aliases: { fr: ['Google Cloud'], en: ['Google Cloud Platform'] } };
  it('rewards a name or alias equal to the query, word for word, accents and case aside', () => {
    expect(exactNameBonus(actor, 'google  CLOUD')).toBe(EXACT_NAME_BONUS);
    expect(exactNameBonus(actor, 'Google Cloud Platform')).toBe(EXACT_NAME_BONUS);
    expect(exactNameBonus({ name: 'Andromède', aliases: { fr: [], en: [] } }, 'andromede')).toBe(EXACT_NAME_BONUS);
  });
  it('gives nothing for a part of a name or an empty query', () => {
    expect(exactNameBonus(actor, 'Google')).toBe(0);
    expect(exactNameBonus(actor, '  ')).toBe(0);
  });
});
