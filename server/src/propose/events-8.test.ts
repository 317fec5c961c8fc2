import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { events, readWithRules } from './testing/readings.ts';

/**
 * Events, eighth round: constructions the blind sets 22–29 lost, probed on invented multi-paragraph articles of both
 * languages (every name and sentence invented), each rule beside look-alikes that must keep their reading: a founding
 * told by its founder in a relative clause, a customer tie whose provider a clitic stands for, a customer migrating
 * its files to a provider, a site inaugurated by its owner or by an official, a departure and a post taken in
 * English, a breach, a planning permission granted, a contract "attribué, le 12 mai, …", a choice confirmed.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

/** kind, actors (main first), date. */
const mainOf = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}`);

describe('a founding told by its founder in a relative clause, and ties whose provider a clitic names', () => {
  const article = fr(
    [
      'Mélèze Cloud, hébergeur savoyard, ouvre un second site près d’Annecy.',
      'Anne Sorbier, présidente de Mélèze Cloud, société qu’elle a cofondée en 2016 avec Hugo Tremble, y voit une parade aux coupures de courant de l’hiver dernier.',
      'La mutuelle Aulne y héberge ses dossiers depuis 2019. Le groupe Charme en est client depuis 2021. La banque Frêne n’en est plus cliente depuis 2020. Le cabinet Orme y est installé depuis 2018.',
    ].join('\n\n'),
  );

  it('reads "présidente de X, société qu’elle a cofondée en 2016" as X’s founding, the founder beside it', () => {
    expect(events(article)).toContain('founding meleze-cloud|anne-sorbier 2016');
  });

  it('reads "y héberge ses dossiers depuis", "en est client depuis" as the customer’s contract then', () => {
    const main = mainOf(article);
    expect(main).toContain('contract aulne 2019');
    expect(main).toContain('contract charme 2021');
  });

  it('leaves a denied tie and a company settled somewhere alone', () => {
    const main = mainOf(article);
    expect(main.filter((e) => e.endsWith(' 2020') || e.endsWith(' 2018'))).toEqual([]);
  });

  it('keeps a company in the title and reads a bare "l’entreprise qu’elle a fondée" as the founder’s founding', () => {
    expect(
      mainOf(
        fr('Lucie Genêt, directrice générale de l’entreprise qu’elle a fondée en 2011, refuse toute offre de rachat.'),
      ),
    ).toContain('founding lucie-genet 2011');
    // (the former employer in an apposition is not what was founded)
    const p = fr('Marc Bouleau, passé par Capgemini, dirige la société. Il l’a quittée en 2019.');
    expect(mainOf(p).filter((e) => e.startsWith('founding'))).toEqual([]);
  });
});

describe('an English founder’s relative clause and customers migrating to a provider', () => {
  const article = en(
    [
      'Rowan Storage, a Bristol-based provider, is hiring forty engineers.',
      'Among its customers is Alder Mutual, which moved its claims files to the platform in 2022. Birch Logistics migrated its mailboxes to Rowan Storage last year. Elm Retail has moved its data to the cloud in 2024.',
      '"I am proud," said Peter Lark, who founded a charity in 2010.',
    ].join('\n\n'),
  );

  it('reads "X\'s chief executive, who founded the company in 2014" as X\'s founding', () => {
    const p = en(
      [
        'Quill Robotics, a Leeds maker of warehouse robots, will build a plant near Wakefield.',
        "Sarah Finch, Quill Robotics' chief executive, who founded the company in 2014 after leaving the Royal Navy, expects to hire 200 people. Her deputy, Owen Rook, who founded a rowing club in 2008, runs the sales team.",
      ].join('\n\n'),
    );
    expect(events(p)).toContain('founding quill-robotics|sarah-finch 2014');
    expect(mainOf(p).filter((e) => e.endsWith(' 2008'))).toEqual([]);
  });

  it('reads "which moved its claims files to the platform", "migrated its mailboxes to X" as contracts', () => {
    const main = mainOf(article);
    expect(main).toContain('contract alder-mutual 2022');
    expect(events(article)).toContain('contract birch-logistics|rowan-storage 2024');
  });

  it('leaves data moved "to the cloud" and a charity founded alone', () => {
    const main = mainOf(article);
    expect(main.filter((e) => e.includes('elm-retail') || e.endsWith(' 2010'))).toEqual([]);
  });
});

describe('sites inaugurated, contracts awarded with the date set off, a choice confirmed, a post taken', () => {
  const article = fr(
    [
      'Lundi, Tilleul Data a inauguré son centre de données d’Aix-en-Provence, installé dans une ancienne minoterie.',
      'Mardi 4 mars, Louis Peuplier, le maire de Vannes, a inauguré le centre de données d’Érable Numérique.',
      'Le ministère des Armées a attribué, le 12 mai, un marché de 4 millions d’euros à Tilleul Data. Interrogée sur ses autres clients, Tilleul Data a confirmé avoir été retenue en avril par la Compagnie des Eaux de Bayonne pour relever à distance ses compteurs. Érable Numérique, elle, a démenti avoir été retenue en octobre par la même Compagnie des Eaux de Bayonne pour cette télérelève.',
      'Paul Cèdre, directeur général de Tilleul Data, arrivé en juin dernier, veut recruter. Jeanne Saule, directrice commerciale d’Érable Numérique, arrivée en France en 2019, se réjouit.',
    ].join('\n\n'),
  );

  it('gives a site opened "son centre de données de P" to its opener, and one opened by a mayor to its owner', () => {
    const main = mainOf(article);
    expect(main).toContain('launch tilleul-data 2025-11-17');
    expect(main).toContain('launch erable-numerique 2025-03-04');
    expect(main.filter((e) => e.includes('aix-en-provence') || e.startsWith('launch louis-peuplier'))).toEqual([]);
  });

  it('reads "a attribué, le 12 mai, un marché … à X" and "a confirmé avoir été retenue en avril par Y"', () => {
    const all = events(article);
    expect(all).toContain('contract ministere-des-armees|tilleul-data 2025-05-12');
    expect(all).toContain('contract compagnie-des-eaux-de-bayonne|tilleul-data 2025-04');
    expect(all.filter((e) => e.endsWith(' 2025-10'))).toEqual([]);
  });

  it('reads a head "arrivé en juin dernier" as an appointment, not one arrived in a country', () => {
    const main = mainOf(article);
    expect(main).toContain('appointment paul-cedre 2025-06');
    expect(main.filter((e) => e.includes('jeanne-saule'))).toEqual([]);
  });
});

describe('English: a site "which it opened", departures, a post taken up, a breach, a permit, a provider since', () => {
  const article = en(
    [
      'Juniper Compute rents out graphics chips from a data center in Reims, which it opened in April 2023 after two years of works.',
      'The chair had been empty since the summer. On October 6, Sir Martin Spruce took up the role at Juniper Compute; he had run the Royal Mint’s coin presses before retiring last year. When Lena Fir left Oracle in 2020 to start a company, her friends were sceptical. Lena Fir left Madrid in 2019 for Lisbon.',
      'In February, hackers breached Cypress Health, a customer. Juniper Compute breached its loan covenants in 2022.',
      "Cypress Health, which has provided the Ministry of Defence's payroll software since 2017, did not bid. Juniper Compute applied for planning permission in March.",
    ].join('\n\n'),
  );

  it('gives "a data center in P, which it opened" to the sentence’s subject, not the place', () => {
    const main = mainOf(article);
    expect(main).toContain('launch juniper-compute 2023-04');
    expect(main.filter((e) => e.startsWith('launch reims'))).toEqual([]);
  });

  it('reads "took up the role at X on …", "before retiring last year", "left Oracle in 2020" (a title dropped)', () => {
    const main = mainOf(article);
    expect(main).toContain('appointment martin-spruce 2025-10-06');
    expect(main).toContain('departure martin-spruce 2024');
    expect(main).toContain('departure lena-fir 2020');
    expect(main.filter((e) => e.endsWith(' 2019'))).toEqual([]);
  });

  it('reads "hackers breached X" as X’s incident, not a breach of covenants', () => {
    const main = mainOf(article);
    expect(main).toContain('incident cypress-health 2025-02');
    expect(main.filter((e) => e.endsWith(' 2022'))).toEqual([]);
  });

  it('reads "which has provided Y\'s software since" as Y’s contract with the provider, a permit applied for as none', () => {
    const all = events(article);
    expect(all).toContain('contract ministry-of-defence|cypress-health 2017');
    expect(mainOf(article).filter((e) => e.endsWith(' 2025-03'))).toEqual([]);
  });

  it('reads a planning permission granted by a public body, not one refused or applied for', () => {
    const granted = events(
      en(
        'Juniper Compute is expanding. The Reims Metropolitan Council granted planning permission on Monday to Juniper Compute.',
      ),
    );
    expect(granted.some((e) => e.startsWith('regulation') && e.includes('juniper-compute'))).toBe(true);
    const none = events(
      en('Juniper Compute was refused planning permission in March by the Reims Metropolitan Council.'),
    );
    expect(none.filter((e) => e.startsWith('regulation'))).toEqual([]);
  });
});

describe('an offer certified for the company spoken of, and a share of the capital taken', () => {
  it('gives "Sa plateforme X a obtenu la certification" opening a sentence to the article’s company', () => {
    const p = fr(
      [
        'Sureau Paiements, fintech nantaise qui encaisse les cartes des commerçants, ouvre un bureau à Lisbonne.',
        'Le projet a mûri deux ans. Sa plateforme Sureau Caisse a obtenu la certification PCI DSS en février. La plateforme Caisse Pro, d’un concurrent, a obtenu la même certification en août.',
      ].join('\n\n'),
    );
    expect(mainOf(p)).toContain('certification sureau-paiements 2025-02');
    expect(mainOf(p).filter((e) => e.startsWith('certification sureau-paiements 2025-08'))).toEqual([]);
  });

  it('reads "a pris 55 % du capital de" as the buyer’s acquisition, not a market share or a plan', () => {
    const p = fr(
      [
        'Aubépine Robotique, qui fabrique à Angers des robots de traite, ouvre une usine en Bretagne.',
        'Son actionnariat a changé au printemps : le constructeur de tracteurs Genévrier a pris 55 % du capital de l’entreprise en avril, pour un montant tenu secret. Le fonds Houx avait pris 20 % du capital d’Aubépine Robotique dès 2019.',
        'Le fonds Alisier pourrait prendre 10 % du capital en 2027. Genévrier a pris 8 % de parts de marché en 2023.',
      ].join('\n\n'),
    );
    const main = mainOf(p);
    expect(main).toContain('acquisition genevrier 2025-04');
    expect(main).toContain('acquisition houx 2019');
    expect(main.filter((e) => e.endsWith(' 2027') || e.endsWith(' 2023'))).toEqual([]);
  });
});

describe('a provider working for a customer since a date, and a purchase told before the bought company', () => {
  it('reads "X, qui travaille pour Y depuis 2020", "X, which has worked for Y since 2018" as Y’s contract with X', () => {
    expect(
      events(
        fr(
          'Le bureau d’études a trois agences. Saxifrage Ingénierie, qui travaille pour le Département du Cantal depuis 2020, ouvre la quatrième à Aurillac.',
        ),
      ),
    ).toContain('contract departement-du-cantal|saxifrage-ingenierie 2020');
    expect(
      events(en('Juniper Compute, which has worked for the Ministry of Defence since 2018, is hiring.')),
    ).toContain('contract ministry-of-defence|juniper-compute 2018');
    // (a person working for a body since a date has a job, no contract)
    const p = fr('Nadia Grive, qui travaille pour le Département du Cantal depuis 2020, témoigne.');
    expect(events(p).filter((e) => e.startsWith('contract'))).toEqual([]);
  });

  it('reads "Depuis son rachat en 2018 par Y, brasseur…, X a…" as X’s acquisition', () => {
    const p = fr(
      'La malterie exporte désormais au Japon. Depuis son rachat en 2018 par Pervenche, brasseur alsacien coté à Paris, Ortie Malterie a doublé ses volumes.',
    );
    expect(mainOf(p)).toContain('acquisition ortie-malterie 2018');
  });
});
