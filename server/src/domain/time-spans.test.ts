import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from './fuzzy-date.ts';
import {
  computeKnownSpans,
  datedSubgraph,
  datingAsOf,
  ownDatesSpan,
  shownAsOf,
  spanOverlapsWindow,
  statementRelationTypes,
  UNKNOWN_SPAN,
  type SpanInputs,
} from './time-spans.ts';
import { relationTypes } from './vocabulary.ts';

const day = (value: string): FuzzyDate => ({ value, precision: 'day' });

/**
 * A small world: an interview published in summer 2022, an article of around 2015, a newsletter of 2019-03-01.
 * - acme: founded 2012-09-05, dissolved early 2020 (month 2020-02); cited in the 2015 article.
 * - hub: no dates; cited only by the newsletter (2019-03-01) and mentioned by the interview.
 * - ghost: no dates, no evidence, no mention.
 * - critic-criticises-hub: a statement, no date of its own, cited in the interview (and the newsletter, earlier).
 * - critic-supports-acme: a statement with its own `since` (2010).
 * - acme-owns-hub: a state of the world, no dates, cited in the 2015 article.
 */
const world: SpanInputs = {
  sources: [
    { id: 'interview', published: { value: '2022-summer', precision: 'season' } },
    { id: 'article', published: { value: '2015', precision: 'approximate' } },
    { id: 'newsletter', published: day('2019-03-01') },
  ],
  evidence: [
    { id: 'e-interview', source: 'interview' },
    { id: 'e-article', source: 'article' },
    { id: 'e-newsletter', source: 'newsletter' },
  ],
  mentions: [
    { source: 'interview', actor: 'hub' },
    { source: 'interview', actor: 'critic' },
  ],
  actors: [
    {
      id: 'acme',
      founded: day('2012-09-05'),
      dissolved: { value: '2020-02', precision: 'month' },
      evidence: ['e-article'],
    },
    { id: 'hub', evidence: ['e-newsletter'] },
    { id: 'critic', evidence: [] },
    { id: 'ghost', evidence: [] },
  ],
  relations: [
    {
      id: 'critic-criticises-hub',
      type: 'criticises',
      from: 'critic',
      to: 'hub',
      evidence: ['e-interview', 'e-newsletter'],
    },
    {
      id: 'critic-supports-acme',
      type: 'supports',
      from: 'critic',
      to: 'acme',
      since: { value: '2010', precision: 'year' },
      evidence: ['e-article'],
    },
    { id: 'acme-owns-hub', type: 'owns', from: 'acme', to: 'hub', evidence: ['e-article'] },
  ],
  events: [],
};

const spans = computeKnownSpans(world);
const actor = (id: string) => spans.actors.get(id)!;
const relation = (id: string) => spans.relations.get(id)!;

describe('known spans', () => {
  it('takes an actor’s own founding and dissolution, and attests it from its earliest source or fact', () => {
    expect(actor('acme')).toEqual({
      start: { date: day('2012-09-05'), basis: 'own', source: null },
      end: { value: '2020-02', precision: 'month' },
      // Cited in the c. 2015 article, but critic supports it since 2010.
      attested: { date: { value: '2010', precision: 'year' }, source: null, record: 'relations/critic-supports-acme' },
    });
  });

  it('attests an undated actor from the earliest source citing or mentioning it, and knows nothing of the rest', () => {
    expect(actor('hub')).toEqual({
      start: null,
      end: null,
      attested: { date: day('2019-03-01'), source: 'newsletter', record: null },
    });
    expect(actor('ghost')).toEqual(UNKNOWN_SPAN);
  });

  it('attests an actor from a dated fact it takes part in, when that is earlier than any source', () => {
    // critic is mentioned in the 2022 interview, but supports acme since 2010.
    expect(actor('critic').attested).toEqual({
      date: { value: '2010', precision: 'year' },
      source: null,
      record: 'relations/critic-supports-acme',
    });
  });

  it('attests from events that happened, never from planned or announced ones', () => {
    const withEvents = computeKnownSpans({
      ...world,
      events: [
        { id: 'hub-planned-2001', date: day('2001-01-01'), status: 'planned', actors: [{ id: 'hub' }] },
        { id: 'hub-announced-2002', date: day('2002-01-01'), status: 'announced', actors: [{ id: 'hub' }] },
        { id: 'hub-launch-2003', date: { value: '2003', precision: 'year' }, actors: [{ id: 'hub' }] },
      ],
    });
    expect(withEvents.actors.get('hub')!.attested).toEqual({
      date: { value: '2003', precision: 'year' },
      source: null,
      record: 'events/hub-launch-2003',
    });
  });

  it('never attests from a relation that is only planned or announced', () => {
    const planned = computeKnownSpans({
      ...world,
      relations: [
        {
          id: 'ghost-owns-hub',
          type: 'owns',
          from: 'ghost',
          to: 'hub',
          since: day('2005-01-01'),
          status: 'planned',
          evidence: [],
        },
      ],
    });
    expect(planned.actors.get('ghost')!.attested).toBeNull();
  });

  it('starts a statement without a date of its own at the earliest publication reporting it', () => {
    expect(relation('critic-criticises-hub').start).toEqual({
      date: day('2019-03-01'),
      basis: 'publication',
      source: 'newsletter',
    });
  });

  it('prefers a statement’s own date to its publication', () => {
    expect(relation('critic-supports-acme').start).toEqual({
      date: { value: '2010', precision: 'year' },
      basis: 'own',
      source: null,
    });
  });

  it('only attests a state of the world from its source, never starts it there', () => {
    expect(relation('acme-owns-hub')).toEqual({
      start: null,
      end: null,
      attested: { date: { value: '2015', precision: 'approximate' }, source: 'article', record: null },
    });
  });

  it('calls statements exactly the relation types that report what someone said', () => {
    expect([...statementRelationTypes].sort()).toEqual(['criticises', 'questions', 'supports']);
    for (const type of statementRelationTypes) expect(relationTypes).toContain(type);
  });

  it('picks the earliest source by the one fuzzy-date order, not by the first possible day', () => {
    // "c. 2014" may begin in July 2013, before autumn 2013 begins, but autumn 2013 comes first.
    const both = computeKnownSpans({
      sources: [
        { id: 'around-2014', published: { value: '2014', precision: 'approximate' } },
        { id: 'autumn-2013', published: { value: '2013-autumn', precision: 'season' } },
      ],
      evidence: [
        { id: 'a', source: 'around-2014' },
        { id: 'b', source: 'autumn-2013' },
      ],
      mentions: [],
      actors: [{ id: 'x', evidence: ['a', 'b'] }],
      relations: [],
      events: [],
    });
    expect(both.actors.get('x')!.attested!.source).toBe('autumn-2013');
  });
});

describe('as of a day', () => {
  it('hides what had not begun or had ended, from the first day a fuzzy bound can denote', () => {
    expect(shownAsOf(actor('acme'), '2012-09-04')).toBe(false);
    expect(shownAsOf(actor('acme'), '2012-09-05')).toBe(true);
    expect(shownAsOf(actor('acme'), '2020-01-31')).toBe(true);
    expect(shownAsOf(actor('acme'), '2020-02-01')).toBe(false);
  });

  it('hides a statement before its publication: summer 2022 is reached on 1 June 2022', () => {
    const interviewOnly = computeKnownSpans({
      ...world,
      relations: [{ ...world.relations[0]!, evidence: ['e-interview'] }],
    });
    const statement = interviewOnly.relations.get('critic-criticises-hub')!;
    expect(shownAsOf(statement, '2008-01-01')).toBe(false);
    expect(shownAsOf(statement, '2022-05-31')).toBe(false);
    expect(shownAsOf(statement, '2022-06-01')).toBe(true);
    expect(datingAsOf(statement, '2022-06-01')).toBe('dated');
  });

  it('shows what has no start of its own, marked undated until a source speaks of it, attested after', () => {
    const hub = actor('hub');
    expect(shownAsOf(hub, '2008-01-01')).toBe(true);
    expect(datingAsOf(hub, '2008-01-01')).toBe('undated');
    expect(datingAsOf(hub, '2019-02-28')).toBe('undated');
    expect(datingAsOf(hub, '2019-03-01')).toBe('attested');
    expect(datingAsOf(hub)).toBe('attested');
    expect(datingAsOf(actor('ghost'))).toBe('undated');
    expect(datingAsOf(actor('acme'), '2013-01-01')).toBe('dated');
  });

  it('attests from the first day an approximate publication can denote (c. 2015: July 2014)', () => {
    const owns = relation('acme-owns-hub');
    expect(datingAsOf(owns, '2014-06-30')).toBe('undated');
    expect(datingAsOf(owns, '2014-07-01')).toBe('attested');
  });

  it('bounds windows by the known start, leaving unknown ends open', () => {
    const statement = relation('critic-criticises-hub');
    expect(spanOverlapsWindow(statement, { to: '2019-02-28' })).toBe(false);
    expect(spanOverlapsWindow(statement, { to: '2019-03-01' })).toBe(true);
    expect(spanOverlapsWindow(relation('acme-owns-hub'), { from: '1900-01-01', to: '1900-12-31' })).toBe(true);
    expect(spanOverlapsWindow(actor('acme'), { from: '2020-03-01' })).toBe(false);
    expect(spanOverlapsWindow(actor('acme'), { from: '2020-02-29' })).toBe(true);
  });
});

describe('datedSubgraph', () => {
  const nodes = ['acme', 'critic', 'ghost', 'hub'].map((id) => ({ id, span: actor(id) }));
  const edges = [
    { id: 'acme-owns-hub', from: 'acme', to: 'hub', span: relation('acme-owns-hub') },
    { id: 'critic-supports-acme', from: 'critic', to: 'acme', span: relation('critic-supports-acme') },
  ];

  it('marks every node and edge with its dating as of the day and counts them apart', () => {
    const graph = datedSubgraph(nodes, edges, '2013-01-01');
    expect(graph.nodes.map((n) => [n.id, n.dating])).toEqual([
      ['acme', 'dated'],
      ['critic', 'attested'],
      ['ghost', 'undated'],
      ['hub', 'undated'],
    ]);
    expect(graph.edges.map((e) => [e.id, e.dating])).toEqual([
      ['acme-owns-hub', 'undated'],
      ['critic-supports-acme', 'dated'],
    ]);
    expect(graph.datings).toEqual({
      nodes: { dated: 1, attested: 1, undated: 2 },
      edges: { dated: 1, attested: 0, undated: 1 },
    });
  });

  it('leaves the undated out when asked, still counting them', () => {
    const graph = datedSubgraph(nodes, edges, '2013-01-01', 'hide');
    expect(graph.nodes.map((n) => n.id)).toEqual(['acme', 'critic']);
    expect(graph.edges.map((e) => e.id)).toEqual(['critic-supports-acme']);
    expect(graph.datings.nodes.undated).toBe(2);
    expect(graph.datings.edges.undated).toBe(1);
  });

  it('leaves out a dated edge whose end is an undated node it hides', () => {
    const dated = ownDatesSpan(day('2000-01-01'), undefined);
    const graph = datedSubgraph(
      [
        { id: 'a', span: dated },
        { id: 'b', span: UNKNOWN_SPAN },
      ],
      [{ id: 'a-b', from: 'a', to: 'b', span: dated }],
      '2001-01-01',
      'hide',
    );
    expect(graph.nodes.map((n) => n.id)).toEqual(['a']);
    expect(graph.edges).toEqual([]);
    expect(graph.datings.edges).toEqual({ dated: 1, attested: 0, undated: 0 });
  });

  it('dates as of now when no day is given: whatever a source speaks of is attested', () => {
    const graph = datedSubgraph(nodes, edges, undefined, 'hide');
    expect(graph.nodes.map((n) => [n.id, n.dating])).toEqual([
      ['acme', 'dated'],
      ['critic', 'attested'],
      ['hub', 'attested'],
    ]);
    expect(graph.edges.map((e) => e.id)).toEqual(['acme-owns-hub', 'critic-supports-acme']);
  });
});
