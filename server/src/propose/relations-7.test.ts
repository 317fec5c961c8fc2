import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { readWithRules, relations } from './testing/readings.ts';

/**
 * Relations of the seventh round (docs/proposals/relations-7.md): places an adjective implies ("le groupe
 * néerlandais X" -> a new place actor netherlands), probed on invented articles of both languages, with traps.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const places = (p: Proposals) =>
  p.actors
    .filter((a) => a.kind === 'place')
    .map((a) => a.id)
    .sort();

describe('a place implied by an adjective is proposed as a place actor, the company located in it', () => {
  it('reads French country, region and city adjectives before and after the name', () => {
    const p = fr(
      [
        'Le néerlandais Kooijman Data rachète la start-up lyonnaise Pivoine Systems',
        "Le groupe néerlandais Kooijman Data a signé lundi l'acquisition de Pivoine Systems, une jeune pousse fondée en 2019 par Amandine Rocher. Pivoine Systems, éditeur lyonnais de logiciels de supervision, compte 40 salariés.",
        "Le fonds occitan Cassagne Capital, entré au capital de Pivoine Systems en 2022, cède sa part. L'opération a été conseillée par le cabinet bordelais Lacanau Avocats.",
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'kooijman-data located-in netherlands',
        'pivoine-systems located-in lyon',
        'cassagne-capital located-in occitanie',
      ]),
    );
    expect(places(p)).toEqual(expect.arrayContaining(['lyon', 'netherlands', 'occitanie']));
    // A person is placed by no adjective.
    expect(relations(p).filter((r) => r.startsWith('amandine-rocher located-in'))).toEqual([]);
  });

  it('reads English demonyms: "Polish hoster X", "X, a Danish software firm", "the Estonian neobank X"', () => {
    const p = en(
      [
        'Polish hoster Wislok Cloud wins Estonian bank',
        'Wislok Cloud, founded in 2017 by Marta Zielinska, said on Monday that the Estonian neobank Kuusk had moved its core systems to its data centres. Wislok Cloud counts Baltrum Bank and the Latvian insurer Riga Mutual among its customers.',
        'Hobro Analytics, a Danish software firm, also runs its platform on Wislok Cloud infrastructure.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'wislok-cloud located-in poland',
        'kuusk located-in estonia',
        'riga-mutual located-in latvia',
        'hobro-analytics located-in denmark',
      ]),
    );
    expect(places(p)).toEqual(expect.arrayContaining(['denmark', 'estonia', 'latvia', 'poland']));
    expect(relations(p)).not.toContain('baltrum-bank located-in latvia');
  });

  it('places the article company a description opening a sentence stands for, no name given', () => {
    const p = fr(
      [
        'Menhir Hosting lève 12 millions',
        'Menhir Hosting, fondé en 2016 à Quimper par Gwenaëlle Tanguy, a annoncé mardi une levée de 12 millions d’euros auprès de Bpifrance.',
        "L'hébergeur breton ouvre un deuxième centre de données. Installée à Quimper depuis sa création, la jeune pousse finistérienne compte 60 salariés.",
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['menhir-hosting located-in bretagne', 'menhir-hosting located-in finistere']),
    );
    const q = en(
      [
        'Gintaras Labs raises €9m for database encryption',
        'Gintaras Labs, founded in 2020 by Ruta Vaitkute, has raised €9m from Nordhaven Ventures, the company said on Tuesday.',
        'The Lithuanian startup, which sells encryption for databases, plans to hire 30 engineers.',
      ].join('\n\n'),
    );
    expect(relations(q)).toContain('gintaras-labs located-in lithuania');
    // (the investor named once is no subject of the description)
    expect(relations(q)).not.toContain('nordhaven-ventures located-in lithuania');
  });

  it('keeps a place the knowledge base knows and adds no actor for it', () => {
    const p = fr(
      "Le groupe français Aubrac Numérique, fondé en 2008, a choisi l'hébergeur roubaisien Ferrand Cloud pour ses serveurs.",
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['aubrac-numerique located-in france', 'ferrand-cloud located-in roubaix']),
    );
    expect(places(p)).toEqual([]);
  });
});

describe('look-alikes of an implied place: no record, no actor', () => {
  it('does not read a surname, a name holding the adjective, a possessive or a public body', () => {
    const p = en(
      [
        'Harwick Compute raises £20m',
        'Harwick Compute, a start-up founded by Joel Breton, said on Tuesday the British Business Bank had led its £20m round. The Irish startup’s backers include Corrib Ventures.',
        'Lodz Data also won a contract from the Polish Digital Agency, the government said.',
      ].join('\n\n'),
    );
    expect(relations(p).filter((r) => r.includes('located-in'))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:harwick-compute|corrib-ventures) located-in/)]),
    );
    expect(relations(p)).not.toContain('corrib-ventures located-in ireland');
    expect(places(p)).not.toContain('united-kingdom');
    expect(places(p)).not.toContain('ireland');
    expect(relations(p).filter((r) => r.endsWith('located-in poland'))).toEqual([]);
  });

  it('does not read a French adjective written as a name, nor a demonym far from the name after a clause', () => {
    const p = fr(
      [
        'Kerbrat Cloud recrute',
        "Kerbrat Cloud, dont le conseil compte l'ancien commissaire Thierry Breton, a recruté quarante personnes. Des hébergeurs italiens accrédités par le ministère ont aussi candidaté, selon Kerbrat Cloud.",
      ].join('\n\n'),
    );
    expect(relations(p).filter((r) => r.includes('located-in'))).toEqual([]);
    expect(places(p)).toEqual([]);
  });

  it('gives each described list item its own place, not the item before ("by Dutch provider A, German firm B")', () => {
    const p = en(
      'The Weft alliance was set up in 2024 by Dutch provider Linnen Cloud, Austrian software firm Tweedmark Systems and Scaleway.',
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['linnen-cloud located-in netherlands', 'tweedmark-systems located-in austria']),
    );
    expect(relations(p)).not.toContain('linnen-cloud located-in austria');
    expect(relations(p)).not.toContain('scaleway located-in austria');
  });

  it('does not take a description for the company the same sentence names after it', () => {
    const p = fr(
      [
        'Un investisseur catalan chez Tramontane Logiciels',
        "Tramontane Logiciels emploie 80 personnes. Mardi, l'éditeur perpignanais a confirmé que Garrotxa Partners avait acquis 30 % de ses parts.",
      ].join('\n\n'),
    );
    expect(relations(p)).not.toContain('garrotxa-partners located-in perpignan');
    expect(relations(p)).toContain('tramontane-logiciels located-in perpignan');
  });
});
