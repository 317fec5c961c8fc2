import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { ids, readWithRules } from './testing/readings.ts';

/**
 * A company's short form (its first word), seventh round, by the integrator: named alone in a standfirst before the
 * full name when that full name ends as companies' names do, and beside a subsidiary that shares its first word. On
 * invented articles of both languages, with the look-alikes the older rules guard (a product named after its maker's
 * short form).
 */

const PUBLISHED: FuzzyDate = { value: '2026-05-12', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const revenue = (p: Proposals) => p.fundings.filter((f) => f.kind === 'revenue').map((f) => `${f.to} ${f.amount}`);

describe('a short form named in a standfirst before the full name', () => {
  it('is the company whose full name ends as a company does (English wire, bullet standfirst)', () => {
    const p = en(
      [
        'Harbourline Agrees to Buy Corvane for €300 Million',
        '- Deal adds four sites near Lyon',
        '- Corvane to keep its brand after closing',
        'Harbourline Networks, the Dublin operator, agreed to buy Corvane Datacenters for about €300 million.',
        'Corvane had sales of €41 million last year, the company said.',
      ].join('\n\n'),
    );
    expect(ids(p)).toContain('corvane-datacenters');
    expect(ids(p)).not.toContain('corvane');
    expect(revenue(p)).toContain('corvane-datacenters 41000000');
  });

  it('is the company in French too ("Corvane Hosting" after a chapô naming "Corvane")', () => {
    const p = fr(
      [
        'Hébergement : Corvane change de mains',
        'Corvane passe sous le contrôle du fonds Astrelle. La transaction valorise la PME à 80 millions.',
        "Corvane Hosting, fondée à Angers en 2012, a réalisé l'an dernier un chiffre d'affaires de 14 millions d'euros.",
      ].join('\n\n'),
    );
    expect(ids(p)).toContain('corvane-hosting');
    expect(ids(p)).not.toContain('corvane');
  });

  it('is the company whose name ends on its trade ("Corvane Security", "Corvane Sécurité", "Corvane AI")', () => {
    for (const ending of ['Security', 'AI']) {
      const p = en(
        [
          `Airbus buys Corvane`,
          `Corvane's founders sell to a larger rival.`,
          `Airbus is taking over Corvane ${ending}, which protects hospital networks in Lyon. Corvane posted revenue of €21 million in 2025.`,
        ].join('\n\n'),
      );
      expect(revenue(p)).toEqual([`corvane-${ending.toLowerCase()} 21000000`]);
    }
    const q = fr(
      [
        'Airbus rachète Corvane',
        'Les fondateurs de Corvane passent la main.',
        "Airbus prend le contrôle de Corvane Sécurité, qui protège les réseaux d'hôpitaux lyonnais. Corvane a réalisé 21 millions d'euros de chiffre d'affaires en 2025.",
      ].join('\n\n'),
    );
    expect(revenue(q)).toEqual(['corvane-securite 21000000']);
  });

  it('stays an actor of its own when the longer name is its product (no company ending)', () => {
    const p = fr(
      [
        'Cybersécurité : Pellion lance un coffre-fort',
        "Pellion a levé 5 millions d'euros en mars. Elle présente ce mardi son offre Pellion Rempart, un coffre-fort de mots de passe.",
      ].join('\n\n'),
    );
    expect(ids(p)).toContain('pellion');
  });
});

describe('a short form beside a subsidiary that shares its first word', () => {
  it('names the company, not its subsidiary introduced as such (French)', () => {
    const p = fr(
      [
        'Défense : Orvalis remporte un marché',
        "Orvalis Sécurité a obtenu en avril un marché de 20 millions d'euros. Sa filiale Orvalis Industrie, créée l'an dernier, fabriquera les sondes.",
        "En 2025, Orvalis a réalisé un chiffre d'affaires de 9 millions d'euros.",
      ].join('\n\n'),
    );
    expect(revenue(p)).toContain('orvalis-securite 9000000');
    expect(ids(p)).toContain('orvalis-industrie');
  });

  it('names the company, not its subsidiary introduced as such (English)', () => {
    const p = en(
      [
        'Orvalis Security wins police contract',
        'Orvalis Security won a €20m contract in April. Its new subsidiary, Orvalis Defence, will run the sensors.',
        'Orvalis posted revenue of €9m in 2025.',
      ].join('\n\n'),
    );
    expect(revenue(p)).toContain('orvalis-security 9000000');
  });

  it('names the company beside its product and a subsidiary described by two words ("its second overseas subsidiary, X")', () => {
    const p = en(
      [
        'Orvalis Cloud opens in Spain',
        'Orvalis Cloud, a Dutch startup, sells backup. In 2024 it set up its second overseas subsidiary, Orvalis Iberia, in Madrid. Its app, Orvalis Go, came out in May.',
        'Orvalis booked €3 million of revenue last year.',
      ].join('\n\n'),
    );
    expect(revenue(p)).toEqual(['orvalis-cloud 3000000']);
    const q = fr(
      [
        'Orvalis Cloud s’installe en Belgique',
        'Orvalis Cloud, une jeune pousse lilloise, vend de la sauvegarde. En 2024, elle a créé sa plus jeune filiale, Orvalis Belgique, à Gand. Son offre Orvalis Go est sortie en mai.',
        "Orvalis a réalisé 3 millions d'euros de chiffre d'affaires l'an dernier.",
      ].join('\n\n'),
    );
    expect(revenue(q)).toEqual(['orvalis-cloud 3000000']);
  });

  it('names the company beside a product introduced by a possessor ("X\'s newest app, X Scribe") or "branded"', () => {
    for (const [text, id] of [
      [
        "Orvalis AI raises money\n\nOrvalis AI, a Paris firm, sells to insurers. Orvalis's newest app, Orvalis Scribe, reached 10,000 users in May. Orvalis earned revenue of $12 million in 2025.",
        'orvalis-ai',
      ],
      [
        'Orvalis Networks grows\n\nOrvalis Networks, a Lille reseller, sells cloud services. In June the group opened a consulting practice, branded Orvalis Advisory, in Lyon. Orvalis reported revenue of €40 million for 2025.',
        'orvalis-networks',
      ],
    ] as const) {
      const p = en(text);
      expect(revenue(p).map((r) => r.split(' ')[0])).toEqual([id]);
      expect(p.actors.filter((a) => a.id !== id && a.id.startsWith('orvalis')).map((a) => a.kind)).toEqual(['offer']);
    }
  });

  it('still names neither when two companies share the word and neither is a unit (ambiguous)', () => {
    const p = en(
      'Orvalis Security and Orvalis Energy are unrelated firms. Orvalis posted revenue of €9m in 2025, a spokesman said.',
    );
    expect(revenue(p).some((r) => r.startsWith('orvalis-security') || r.startsWith('orvalis-energy'))).toBe(false);
  });
});
