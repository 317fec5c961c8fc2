import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { events, readWithRules } from './testing/readings.ts';

/**
 * Events, third round (after held-out sets 7 and 8): a standing tie told with its start ("partenaire de X depuis
 * 2020", "client depuis 2021"); the main verb after a relative clause that closes on a name ("X, who ran Y, founded Z"). Every sentence here is invented; each rule has its traps.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

/** kind, actors (main first), date. */

describe('a partnership or a customer tie dated by "depuis" / "since"', () => {
  it('dates a partnership by its start, in both languages', () => {
    expect(events(fr('Le groupe Valmeris est partenaire de Norvane Cloud depuis 2019.'))).toContain(
      'partnership valmeris|norvane-cloud 2019',
    );
    expect(
      events(fr("Valmeris Énergie, partenaire stratégique d'Ardelis Systèmes depuis mars 2021, ouvre un site.")),
    ).toContain('partnership valmeris-energie|ardelis-systemes 2021-03');
    expect(events(en('Valmeris Energy has been a partner of Norvane Cloud since 2019.'))).toContain(
      'partnership valmeris-energy|norvane-cloud 2019',
    );
    expect(
      events(en('Valmeris Energy, a strategic partner of Ardelis Systems since March 2021, opened a site.')),
    ).toContain('partnership valmeris-energy|ardelis-systems 2021-03');
  });

  it('makes the customer the main actor of the contract, its supplier named after the noun or before the customer', () => {
    expect(events(fr("La banque Kervalis est cliente d'Ardelis Systèmes depuis 2018."))).toContain(
      'contract kervalis|ardelis-systemes 2018',
    );
    expect(
      events(fr("Ardelis Systèmes sert plusieurs hôpitaux, à l'image de la Clinique Orvault, cliente depuis 2022.")),
    ).toContain('contract clinique-orvault|ardelis-systemes 2022');
    expect(events(en('The insurer Kervalis has been a customer of Ardelis Systems since 2018.'))).toContain(
      'contract kervalis|ardelis-systems 2018',
    );
    expect(
      events(en('Ardelis Systems serves hospitals such as Orvault Clinic, a longtime client since 2022.')),
    ).toContain('contract orvault-clinic|ardelis-systems 2022');
  });

  it('reads no tie that ended, no plan, and no plural noun standing for the customer base', () => {
    const none = (p: Proposals) => events(p).filter((e) => e.startsWith('partnership') || e.startsWith('contract'));
    // Negation: the tie is over, or never was.
    expect(none(fr("Kervalis n'est plus cliente d'Ardelis Systèmes depuis 2018."))).toEqual([]);
    expect(none(en('Kervalis is no longer a customer of Ardelis Systems since 2018.'))).toEqual([]);
    expect(none(en('Kervalis has not been a partner of Ardelis Systems since 2018.'))).toEqual([]);
    // Look-alike: the customers as a whole, or a figure that has grown since a date.
    expect(none(fr("Les clients d'Ardelis Systèmes depuis 2018 sont surtout des banques, dont Kervalis."))).toEqual([]);
    expect(none(en('Ardelis Systems has doubled its customers since 2018, Kervalis among them.'))).toEqual([]);
    // A start after the publication is no event yet.
    expect(none(fr("Kervalis sera partenaire d'Ardelis Systèmes depuis 2027."))).toEqual([]);
    // No other party named: nothing to pair ("Kervalis, a partner since 2019" alone).
    expect(none(en('Kervalis, a partner since 2019, declined to comment.'))).toEqual([]);
  });
});

describe("a name closing a relative clause is not the main verb's subject", () => {
  it('gives the founding to the company founded, not to the employer the relative clause names', () => {
    const english = en(
      'Orvane Compute rents GPUs. Lea Marchal, who previously ran the storage unit at Kestrel Data, founded Orvane Compute in 2021.',
    );
    expect(events(english)).toContain('founding orvane-compute|lea-marchal 2021');
    expect(events(english).some((e) => e.startsWith('founding kestrel-data'))).toBe(false);
    const french = fr(
      'Orvane Compute loue des GPU. Léa Marchal, qui dirigeait le stockage chez Kestrel Data, a fondé Orvane Compute en 2021.',
    );
    expect(events(french)).toContain('founding orvane-compute|lea-marchal 2021');
    expect(events(french).some((e) => e.startsWith('founding kestrel-data'))).toBe(false);
  });

  it('gives a departure or a raise to the antecedent of the relative clause', () => {
    expect(
      events(en('Lea Marchal, who ran the cloud division of Kestrel Data for six years, resigned in March 2025.')),
    ).toContain('departure lea-marchal 2025-03');
    expect(
      events(fr('Orvane Compute, qui loue des serveurs à Kestrel Data, a levé 9 millions d’euros en mars 2025.'))[0],
    ).toMatch(/^funding orvane-compute/u);
  });

  it('still reads a participle right after a name that no relative clause holds ("X, founded in 2019")', () => {
    expect(events(en('Its rival Kestrel Data, founded in 2019 by Lea Marchal, employs 80 people.'))).toContain(
      'founding kestrel-data|lea-marchal 2019',
    );
    expect(events(fr('Son concurrent Kestrel Data, fondé en 2019 par Léa Marchal, emploie 80 personnes.'))).toContain(
      'founding kestrel-data|lea-marchal 2019',
    );
  });
});

describe('the pronoun of a reported clause when an adverb sits between the reporter and its verb', () => {
  it('gives "X today announced that it has raised" to X, in both languages', () => {
    expect(events(en('Kestrel Data today announced that it has raised €12 million in March 2026.'))).toContain(
      'funding kestrel-data 2026-03',
    );
    expect(events(en('Kestrel Data also said it had raised €5 million in January 2026.'))).toContain(
      'funding kestrel-data 2026-01',
    );
    expect(
      events(fr("Kestrel Data a également indiqué qu'elle avait levé 12 millions d'euros en mars 2026.")),
    ).toContain('funding kestrel-data 2026-03');
    expect(events(fr("Kestrel Data annonce aujourd'hui qu'elle a levé 5 millions d'euros en janvier 2026."))).toContain(
      'funding kestrel-data 2026-01',
    );
  });

  it('does not give the clause to a person who reports, nor to a name the clause itself gives', () => {
    // A person speaking for a company: "it" is not the person.
    expect(
      events(en('Lea Marchal today said that it has raised €12 million in March 2026.')).some((e) =>
        e.startsWith('funding lea-marchal'),
      ),
    ).toBe(false);
    // The clause names its own subject: no pronoun to resolve.
    expect(
      events(en('Kestrel Data today announced that Orvane Compute has raised €12 million in March 2026.')),
    ).toContain('funding orvane-compute 2026-03');
  });
});
