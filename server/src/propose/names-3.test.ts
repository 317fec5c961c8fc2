import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, ids, readWithRules } from './testing/readings.ts';

/**
 * Third round (sets 7 and 8): constructions that made names of what names nobody, or a second actor of one. Each on
 * invented sentences of both languages, with the look-alikes that must keep their reading.
 */

const PUBLISHED: FuzzyDate = { value: '2024-04-04', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('legal forms closing a name', () => {
  it('drops "Corp.", "Inc.", "NV", "SA", "SAS" from the id and keeps the company kind they tell', () => {
    expect(actors(en('Corvell Corp. sells chips to Marlin Data Inc. and to Norvik Group NV.'))).toEqual(
      expect.arrayContaining(['corvell company', 'marlin-data company', 'norvik-group company']),
    );
    expect(actors(en('Talvane Ltd signed a deal with Ostrel AG in 2023.'))).toEqual(
      expect.arrayContaining(['talvane company', 'ostrel company']),
    );
    expect(actors(fr('En 2023, Grenat SA a signé un contrat avec Ardoise SAS.'))).toEqual(
      expect.arrayContaining(['grenat company', 'ardoise company']),
    );
    expect(actors(fr("Le groupe Brévane SE a racheté Carmin SARL l'an dernier."))).toEqual(
      expect.arrayContaining(['brevane company', 'carmin company']),
    );
  });

  it('keeps "Group", "Groupe" and words that merely look like a form inside a name', () => {
    expect(ids(en('Norvik Group NV raised money.'))).toContain('norvik-group');
    expect(ids(fr('Groupe Vantel a levé des fonds auprès de Bpifrance.'))).toContain('groupe-vantel');
    // (a form alone is no name, and no name is made of it)
    expect(ids(en('The firm became an SA in 2021, said Corvell Corp.'))).toEqual(['corvell']);
  });
});

describe('a place or a market written before a name with a hyphenated participle', () => {
  it('parts "London-headquartered X" into a place and a name, as "-based" does', () => {
    expect(actors(en('London-headquartered Corvell opened a site.'))).toEqual(
      expect.arrayContaining(['london place', 'corvell company']),
    );
  });

  it('drops the market of "Oslo-listed X": where shares trade is no place of the company', () => {
    const p = en('Corvell competes with Oslo-listed Norvik Group NV and Paris-based Ostrel.');
    expect(ids(p)).toEqual(expect.arrayContaining(['norvik-group', 'ostrel', 'paris']));
    expect(ids(p)).not.toContain('oslo');
    expect(ids(p).some((id) => id.includes('listed'))).toBe(false);
  });
});

describe('a capacity before a name', () => {
  it('is no part of the name ("the 20MW …", "a 30 MW …")', () => {
    expect(ids(en('Corvell opened the 20MW Brest campus in 2022.'))).toEqual(expect.arrayContaining(['brest']));
    expect(ids(en('Corvell builds a 30 MW Lorient site.')).some((id) => id.includes('mw'))).toBe(false);
    expect(ids(fr('Kestrane a inauguré le campus 24MW Rennes Nord en 2023.')).some((id) => id.includes('mw'))).toBe(
      false,
    );
  });

  it('keeps a name whose letters merely resemble a unit ("MW Capital", "5G Networks")', () => {
    expect(ids(en('MW Capital invested in Corvell in 2022.'))).toContain('mw-capital');
    expect(
      ids(fr('Ondine 5G Réseaux a levé des fonds auprès de Bpifrance.')).some((id) => id.startsWith('ondine')),
    ).toBe(true);
  });
});

describe("a press release's heading and a wire's credit", () => {
  it('reads no actor in "COMMUNIQUÉ DE PRESSE" or "PRESS RELEASE"', () => {
    expect(
      ids(fr('COMMUNIQUÉ DE PRESSE\nRennes, le 4 avril 2024\n\nKestrane Défense a levé 5 millions d’euros.')),
    ).toEqual(['kestrane-defense']);
    expect(ids(en('PRESS RELEASE\n\nCorvell Labs raised $5 million from Orange.'))).not.toContain('press-release');
  });

  it('reads no actor in the agency credited in a dateline, "(AFP) -", "(Reuters) —"', () => {
    const wire = fr('Rennes, 4 avril 2024 (AFP) - La société Kestrane Défense a levé 5 millions d’euros.');
    expect(ids(wire)).not.toContain('afp');
    expect(ids(en('OSLO, March 3 (Reuters) — Corvell Labs said on Tuesday it raised $9 million.'))).not.toContain(
      'reuters',
    );
  });

  it('keeps a name in parentheses that no dash follows', () => {
    expect(ids(en('Its owner (Norvik Capital) invested $9 million in Corvell Labs in 2023.'))).toContain(
      'norvik-capital',
    );
  });
});

describe('a short form beside a company and its product', () => {
  it('names the company when the other full name is told a product by the noun after it', () => {
    const p = en(
      'Corvix Security raised €5m to expand the Corvix Beacon platform. Corvix said the money will help. Corvix Beacon, the company’s detection service, runs in Lyon.',
    );
    expect(ids(p)).not.toContain('corvix');
    expect(actors(p)).toEqual(expect.arrayContaining(['corvix-security company', 'corvix-beacon offer']));
    expect(p.fundings.map((f) => f.to)).toEqual(['corvix-security']);
    const q = fr(
      'Corvix Sécurité a levé 5 millions d’euros pour Corvix Phare, son offre de détection. Corvix recrute 30 ingénieurs.',
    );
    expect(ids(q)).not.toContain('corvix');
    expect(actors(q)).toEqual(expect.arrayContaining(['corvix-securite company', 'corvix-phare offer']));
  });

  it('does not make a product of a company described by a noun phrase ("a software company")', () => {
    expect(actors(en('Corvix Labs, a software company, hired 20 engineers in 2023.'))).toContain('corvix-labs company');
    expect(actors(fr('Corvix Études, une société de services, a recruté 20 ingénieurs en 2023.'))).toContain(
      'corvix-etudes company',
    );
  });
});

describe('an acronym spelled out in lower-case words', () => {
  it('is a common noun, no actor ("managed detection and response (MDR)")', () => {
    const p = en('Corvell Labs sells managed detection and response (MDR) services. Its MDR business grew.');
    expect(ids(p)).not.toContain('mdr');
    const q = fr('Kestrane exploite un centre opérationnel de sécurité (COS) à Rennes. Le COS emploie 40 analystes.');
    expect(ids(q)).not.toContain('cos');
  });

  it('still reads a certification or a body spelled out beside its noun', () => {
    const p = fr('Kestrane Défense a obtenu la certification hébergeur de données de santé (HDS) en 2023.');
    expect(p.actors.filter((a) => a.kind === 'certification')).toHaveLength(1);
  });
});

describe('a possessive before a number', () => {
  it('closes the name ("Kestrel\'s 150-person staff")', () => {
    expect(ids(en("The money will double Kestrel's 150-person staff. Kestrel raised money from Orange."))).toContain(
      'kestrel',
    );
    expect(ids(en("Corvell Labs's 2023 revenue rose, it said.")).some((id) => /\d/u.test(id))).toBe(false);
  });
});

describe('a listed public body joined to a name by "et" / "and"', () => {
  it('is a name of its own, so the two are two actors', () => {
    const p = fr(
      'Le tour est mené par Capital Ardent. Bpifrance et Alto Ventures, déjà actionnaires, remettent au pot.',
    );
    expect(ids(p)).toContain('alto-ventures');
    expect(ids(p).some((id) => id.includes('-et-'))).toBe(false);
    const q = en('The round was led by Ardent Capital. The EIB and Alto Ventures also took part in 2023.');
    expect(ids(q).some((id) => id.includes('-and-'))).toBe(false);
  });

  it('keeps one name that merely contains "et" between words no list knows ("Martin et Fils")', () => {
    expect(ids(fr('En 2022, Vernaz Martin et Fils a levé 3 millions d’euros.')).some((id) => id.includes('fils'))).toBe(
      true,
    );
  });
});
