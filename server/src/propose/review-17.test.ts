import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, events, readWithRules, relations } from './testing/readings.ts';

/**
 * Review of the seventeenth round (issue #13): look-alikes its rules read wrongly. A title before a person heads the
 * company named before it, not one the person "previously worked for" after the name (a one-word employer now takes
 * part); a technology or a product before a staff noun ("a former Azure engineer", "a Kubernetes consultant") is no
 * employer; a title after "and" in a list of founders is a founder's only when no verb of another clause stands
 * between ("and later joined by CTO B"); "founded the company with money from B", "with the backing of B", "with B's
 * support" name no co-founder B; a name modifying a staff noun ("the former Tessaro engineers who founded X", "hired a
 * former Tessaro engineer") is neither the doer of a relation nor an actor of the event, the staff are; "The Leeds
 * software firm that X acquired" is another firm than the article's company, which the place does not place; a person
 * told as "a film producer", "a mortgage broker", "a building contractor", "un industriel", or "a bank manager" (a
 * business noun modifying a person's job) is no company.
 */
const PUBLISHED: FuzzyDate = { value: '2026-11-15', precision: 'day' };
const frRelations = (text: string) => relations(readWithRules(text, 'fr', PUBLISHED));
const enRelations = (text: string) => relations(readWithRules(text, 'en', PUBLISHED));
const enEvents = (text: string) =>
  events(readWithRules(text, 'en', PUBLISHED)).filter((e) => e.startsWith('appointment '));

const CORVANE_FR = 'Corvane Data accélère. Fondée en 2019 à Dijon, la société Corvane Data emploie 40 personnes.';
const CORVANE_EN = 'Corvane Data is growing. Founded in 2019 in Dijon, Corvane Data employs 40 people.';

describe('a title before the person', () => {
  it('heads the company named before it, not the one the person worked for after the name', () => {
    const read = enRelations(
      `${CORVANE_EN} Corvane Data's chief executive Nadia Ferrant previously worked for Tessaro.`,
    );
    expect(read).toContain('nadia-ferrant leads corvane-data');
    expect(read).toContain('nadia-ferrant works-for tessaro');
    expect(read).not.toContain('nadia-ferrant leads tessaro');
    expect(
      enRelations(`${CORVANE_EN} Corvane Data chief executive Nadia Ferrant previously worked at Tessaro.`),
    ).not.toContain('nadia-ferrant leads tessaro');
    const fr = frRelations(`${CORVANE_FR} La directrice générale Nadia Ferrant a auparavant travaillé chez Tessaro.`);
    expect(fr).not.toContain('nadia-ferrant leads tessaro');
    expect(fr).toContain('nadia-ferrant works-for tessaro');
  });

  it('still heads the company told right after the name ("chief executive A of Y")', () => {
    expect(enRelations(`${CORVANE_EN} Chief executive Colm Rigby of Pellow Labs called it a rival.`)).toContain(
      'colm-rigby leads pellow-labs',
    );
  });
});

describe('a staff noun after a one-word name', () => {
  it('names no employer when the word is a technology or a product', () => {
    for (const sentence of [
      'Nadia Ferrant, a former Azure engineer, joined Corvane Data.',
      'Nadia Ferrant, a Kubernetes consultant, joined Corvane Data.',
      'The former Linux engineers Nadia Ferrant and Colm Rigby founded Corvane Data.',
    ]) {
      const read = enRelations(`${CORVANE_EN} ${sentence}`);
      expect(read.filter((r) => / works-for (?:azure|kubernetes|linux)$/u.test(r))).toEqual([]);
    }
  });

  it('still names a company told once', () => {
    expect(enRelations(`${CORVANE_EN} Nadia Ferrant, a former Tessaro engineer, joined Corvane Data.`)).toContain(
      'nadia-ferrant works-for tessaro',
    );
  });
});

describe('a list of founders with titles', () => {
  it('ends at a verb of another clause after "and"', () => {
    expect(
      enRelations(`${CORVANE_EN} Corvane Data was founded by CEO Nadia Ferrant and later joined by CTO Colm Rigby.`),
    ).not.toContain('colm-rigby founded corvane-data');
    expect(
      frRelations(
        `${CORVANE_FR} Corvane Data a été fondée par la PDG Nadia Ferrant et rejointe par le directeur technique Colm Rigby.`,
      ),
    ).not.toContain('colm-rigby founded corvane-data');
  });

  it('still reads a title before each founder', () => {
    const read = enRelations(`${CORVANE_EN} Corvane Data was founded by CEO Nadia Ferrant and CTO Colm Rigby.`);
    expect(read).toContain('nadia-ferrant founded corvane-data');
    expect(read).toContain('colm-rigby founded corvane-data');
  });
});

describe("a founder's 'with'", () => {
  it('names no co-founder past a preposition or before a possessive', () => {
    for (const sentence of [
      'Nadia Ferrant, who founded the company with money from Colm Rigby, remains its chief executive.',
      'Nadia Ferrant founded the company with the backing of Colm Rigby.',
      "Nadia Ferrant founded the company with Colm Rigby's support.",
    ])
      expect(enRelations(`${CORVANE_EN} ${sentence}`)).not.toContain('colm-rigby founded corvane-data');
    for (const sentence of [
      "Nadia Ferrant, qui a fondé la société avec l'argent de Colm Rigby, la dirige.",
      'Nadia Ferrant, qui a fondé la société avec le soutien de Colm Rigby, la dirige.',
    ])
      expect(frRelations(`${CORVANE_FR} ${sentence}`)).not.toContain('colm-rigby founded corvane-data');
  });

  it('still names a relative or a titled co-founder', () => {
    expect(
      enRelations(`${CORVANE_EN} Nadia Ferrant, who founded the company in 2019 with her brother Colm Rigby, runs it.`),
    ).toContain('colm-rigby founded corvane-data');
    expect(
      frRelations(`${CORVANE_FR} Nadia Ferrant, qui a fondé la société avec son associé Colm Rigby, la dirige.`),
    ).toContain('colm-rigby founded corvane-data');
  });
});

describe('a name modifying a staff noun', () => {
  it('is not the doer of a relation: its staff are', () => {
    for (const sentence of [
      'The former Tessaro engineers who founded Corvane Data left in March.',
      'Two Tessaro engineers founded Corvane Data in 2019.',
    ])
      expect(enRelations(`${CORVANE_EN} ${sentence}`)).not.toContain('tessaro founded corvane-data');
  });

  it('is not an actor of an appointment: the staff named after it are', () => {
    expect(enEvents(`${CORVANE_EN} Corvane Data hired former Tessaro engineer Nadia Ferrant in March.`)).toEqual([
      'appointment nadia-ferrant|corvane-data 2026-03',
    ]);
    expect(enEvents(`${CORVANE_EN} Corvane Data hired a former Tessaro engineer in March.`)).toEqual([
      'appointment corvane-data 2026-03',
    ]);
  });
});

describe('a place modifying a business noun', () => {
  it("does not place the article's company when a restrictive relative tells another firm", () => {
    for (const sentence of [
      'The Leeds software firm that Corvane Data acquired raised $5m.',
      'The Leeds-based firm which Corvane Data bought in 2020 raised $5m.',
    ])
      expect(enRelations(`${CORVANE_EN} ${sentence}`)).not.toContain('corvane-data located-in leeds');
  });

  it('still places it otherwise', () => {
    expect(enRelations(`${CORVANE_EN} The Leeds software firm, which Nadia Ferrant founded, raised $5m.`)).toContain(
      'corvane-data located-in leeds',
    );
  });
});

describe("a person's apposition", () => {
  it('tells no company by a trade a person has, nor by a business noun before a job', () => {
    for (const apposition of [
      'a film producer',
      'a mortgage broker',
      'a building contractor',
      'a local builder',
      'a bank manager',
    ]) {
      const read = actors(
        readWithRules(`${CORVANE_EN} Nadia Ferrant, ${apposition}, invested $1m in Corvane Data.`, 'en', PUBLISHED),
      );
      expect(read).toContain('nadia-ferrant person');
    }
    expect(
      actors(
        readWithRules(
          `${CORVANE_FR} Nadia Ferrant, une industrielle lyonnaise, a investi 1 million d'euros dans Corvane Data.`,
          'fr',
          PUBLISHED,
        ),
      ),
    ).toContain('nadia-ferrant person');
  });

  it('still tells a company by a business noun', () => {
    expect(
      actors(readWithRules(`${CORVANE_EN} Corvane Data signed with Tessaro, a Leeds insurer.`, 'en', PUBLISHED)),
    ).toContain('tessaro company');
  });
});
