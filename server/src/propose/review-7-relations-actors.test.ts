import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { readWithRules } from './testing/readings.ts';

/**
 * Review of the seventh round's relations (places implied by an adjective, docs/proposals/relations-7.md): look-alike
 * sentences where a demonym is near an organisation noun and a name but places no company. Invented articles.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const located = (p: Proposals) =>
  p.relations.filter((r) => r.type === 'located-in').map((r) => `${r.from} located-in ${r.to}`);
const places = (p: Proposals) => p.actors.filter((a) => a.kind === 'place').map((a) => a.id);

describe('a market, a product, a contrast or another clause places no company', () => {
  it('the German market leader is not German: "X, the Danish market leader", "le leader du marché allemand, X"', () => {
    const p = en('Hallvard Systems, the Danish market leader, signed a hosting deal with Tollund Cloud.');
    expect(located(p)).toEqual([]);
    expect(places(p)).not.toContain('denmark');
    expect(located(fr('Le leader du marché allemand, Wendtal Data, a signé avec Tollund Cloud.'))).toEqual([]);
    // (still: the adjective of the leader itself)
    expect(located(fr('Le leader allemand du secteur, Wendtal Data, a racheté Tollund Cloud.'))).toContain(
      'wendtal-data located-in germany',
    );
  });

  it('a relative clause before the adjective tells whom the name serves, not its nationality', () => {
    expect(located(en('Hallvard Systems, which serves Italian companies, partnered with Tollund Cloud.'))).toEqual([]);
    expect(
      located(fr('Hallvard Systems, qui équipe des entreprises italiennes, a noué un partenariat avec Tollund Cloud.')),
    ).toEqual([]);
    // (a copula keeps the apposition: "X, which is a Dutch firm")
    expect(located(en('Hallvard Systems, which is a Dutch firm, partnered with Tollund Cloud.'))).toContain(
      'hallvard-systems located-in netherlands',
    );
  });

  it('"Unlike Dutch firms, X …", "Contrairement aux entreprises néerlandaises, X …": a contrast', () => {
    expect(located(en('Unlike Dutch firms, Hallvard Systems kept its servers at home, said Tollund Cloud.'))).toEqual(
      [],
    );
    expect(
      located(
        fr('Contrairement aux entreprises néerlandaises, Hallvard Systems garde ses serveurs, selon Tollund Cloud.'),
      ),
    ).toEqual([]);
    // (a name inside the contrast is still described: "Unlike the Dutch firm A, B …")
    expect(located(en('Unlike the Dutch firm Tollund Cloud, Hallvard Systems kept its servers at home.'))).toContain(
      'tollund-cloud located-in netherlands',
    );
  });

  it('a conjunction between the noun and the name opens another clause: "could become a Latvian company if X…"', () => {
    expect(located(en('Hallvard Systems could become a Latvian company if Tollund Cloud buys it.'))).toEqual([]);
    expect(located(fr('Hallvard Systems deviendrait une société lettone si Tollund Cloud la rachetait.'))).toEqual([]);
  });

  it('a plural adjective after a singular maker agrees with its product: "fabricant de frites belges X"', () => {
    const p = fr('Wendtal Data héberge la plateforme du fabricant de gaufres belges Maison Verhulst.');
    expect(located(p)).toEqual([]);
    expect(places(p)).not.toContain('belgium');
    // (the maker's own adjective still places it)
    expect(located(fr('Wendtal Data héberge la plateforme du fabricant belge de gaufres Maison Verhulst.'))).toContain(
      'maison-verhulst located-in belgium',
    );
    expect(located(en('Wendtal Data hosts the ordering platform of French fries maker Frituur Pauwels.'))).toEqual([]);
  });
});

describe('a description opening a sentence after one naming two organisations places neither', () => {
  it('"A a investi dans B. La start-up bordelaise…", "A picked B. The Alsatian host…": no place for A', () => {
    expect(
      located(fr('Ormeau Capital a investi dans Tressan Cloud. La start-up bordelaise compte 30 salariés.')),
    ).toEqual([]);
    expect(
      located(fr('Ormeau Capital a racheté Tressan Cloud. Le groupe bordelais a payé 20 millions d’euros.')),
    ).toEqual([]);
    expect(
      located(en('Ormeau Retail picked Tressan Cloud for its servers last year. The Polish company won the tender.')),
    ).toEqual([]);
    // (the sentence before naming the company alone: it is the one described)
    expect(
      located(fr('Tressan Cloud a levé 4 millions d’euros. La start-up bordelaise compte 30 salariés.')),
    ).toContain('tressan-cloud located-in bordeaux');
  });
});

describe('coordinated demonyms, people and a state’s suppliers', () => {
  it('"Swiss, Austrian and German banks like A and B" tell no bank’s country; nor "banques suisses et allemandes"', () => {
    const p = en('Tressan Cloud sells to Swiss, Austrian and German banks like Alpenkredit and Donau Spar.');
    expect(located(p)).toEqual([]);
    expect(places(p)).toEqual([]);
    expect(
      located(fr('Tressan Cloud équipe des banques suisses et allemandes comme Alpenkredit et Donau Spar.')),
    ).toEqual([]);
    // (one demonym still places the list: "German banks like A and B")
    expect(located(en('Tressan Cloud sells to German banks like Alpenkredit and Donau Spar.'))).toEqual(
      expect.arrayContaining(['alpenkredit located-in germany', 'donau-spar located-in germany']),
    );
  });

  it('a person a demonym describes is placed by no implied place: "Le parisien Mathieu Lenoir dirige…"', () => {
    const p = fr('Le rennais Tressan Cloud a choisi Ormeau Data. Le parisien Mathieu Lenoir dirige la société.');
    expect(located(p)).not.toContain('mathieu-lenoir located-in paris');
    expect(places(p)).not.toContain('paris');
    expect(located(p)).toContain('tressan-cloud located-in rennes');
  });

  it('"X, the Estonian government’s cloud provider" is a company, a supplier of the state, not a public body', () => {
    const p = en('Tressan Cloud, the Estonian government’s cloud provider, signed a deal with Ormeau Data.');
    expect(p.actors.find((a) => a.id === 'tressan-cloud')?.kind).toBe('company');
    // (the state's own investment company stays a public body)
    const q = en('Vaarka, the Estonian government’s investment company, backed Ormeau Data.');
    expect(q.actors.find((a) => a.id === 'vaarka')?.kind).toBe('public-body');
  });
});

describe('a description opening a sentence stands for the article’s company only by a noun of its own', () => {
  const opening = (sentence: string) =>
    `Tressan Cloud a levé 5 millions d’euros. Tressan Cloud va recruter. ${sentence}`;
  const openingEn = (sentence: string) => `Tressan Cloud raised 5 million euros. Tressan Cloud will hire. ${sentence}`;

  it('a rival, a regulator, an agency, a giant or a fund is someone else: none placed', () => {
    for (const sentence of [
      'Le concurrent allemand prépare sa riposte.',
      'Le régulateur néerlandais n’a pas réagi.',
      'Le géant américain, lui, ne commente pas.',
      'L’agence allemande de cybersécurité a salué l’opération.',
      'Le fonds luxembourgeois n’a pas suivi.',
    ])
      expect(located(fr(opening(sentence)))).toEqual([]);
    for (const sentence of [
      'The German rival is preparing a response.',
      'The Polish ministry said it would study the deal.',
      'The Swiss investors stayed away.',
    ])
      expect(located(en(openingEn(sentence)))).toEqual([]);
  });

  it('the company’s own nouns still place it: "La start-up lyonnaise", "Le fondateur du groupe nantais"', () => {
    expect(located(fr(opening('La start-up lyonnaise ne sera pas la seule.')))).toContain(
      'tressan-cloud located-in lyon',
    );
    expect(located(fr(opening('Le fondateur du groupe nantais a promis 40 embauches.')))).toContain(
      'tressan-cloud located-in nantes',
    );
    const p = en(
      'Tressan Cloud raised 5 million euros on Monday.\n\nThe Polish startup, which employs 40 people, will hire.',
    );
    expect(located(p)).toContain('tressan-cloud located-in poland');
  });
});
