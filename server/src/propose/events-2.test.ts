import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { readWithRules } from './testing/readings.ts';

/**
 * Events, second round on unseen text (after held-out set 6): background sentences (a founding told in a relative
 * clause or an apposition), decisions, results, posts. Every sentence here is invented; each rule has its traps.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string, published = PUBLISHED) => readWithRules(text, 'fr', published);
const en = (text: string, published = PUBLISHED) => readWithRules(text, 'en', published);

/** kind, main actor, date, and status when not happened. */
const events = (p: Proposals) =>
  p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}${e.status ? ` ${e.status}` : ''}`);

describe('who acts in a relative clause and after a participle apposition', () => {
  it('makes what an active relative clause names the event\'s main actor ("who founded X in 2017")', () => {
    const english = en(
      'The French start-up Quorvex sells software. Marta Lind, who founded Quorvex in 2017 and built it into a leader, resigned on Friday.',
    );
    expect(events(english)).toContain('founding quorvex 2017');
    const french = fr(
      'La start-up Quorvex vend des logiciels. Marta Lind, qui a fondé Quorvex en 2017, a démissionné vendredi.',
    );
    expect(events(french)).toContain('founding quorvex 2017');
    // A passive relative clause stays its antecedent's; a buyer stays its purchase's main actor.
    expect(events(en('Quorvex Systems, which was acquired in 2023 by Velmar Group, employs 80 people.'))).toContain(
      'acquisition quorvex-systems 2023',
    );
    expect(events(fr('Velmar Group, qui a racheté Quorvex Systems en 2023, recrute.'))).toContain(
      'acquisition velmar-group 2023',
    );
  });

  it("does not take the agent closing a participle apposition for the main verb's subject", () => {
    const english = en(
      'The French start-up Quorvex sells software to banks. Quorvex, founded in 2017 by former Siemens engineer Marta Lind, raised €9 million last year from Elaia.',
    );
    expect(events(english)).toEqual(['founding quorvex 2017', 'funding quorvex 2025']);
    const french = fr(
      "La start-up Quorvex vend des logiciels. Quorvex, fondée en 2017 par l'ingénieure Marta Lind, a levé 9 millions d'euros l'an dernier.",
    );
    expect(events(french)).toEqual(['founding quorvex 2017', 'funding quorvex 2025']);
    // Trap: a name in a noun apposition is still the one it describes ("Marta Lind, a former engineer, …").
    expect(events(en('Marta Lind, a former Siemens engineer, resigned from Quorvex Systems on Friday.'))).toEqual([
      'departure marta-lind 2026-03-06',
    ]);
  });
});

describe('decisions: a fine, a clearance, a ruling', () => {
  it('reads a fine told by its noun and amount or by the verb that imposes it, the decider first', () => {
    expect(events(fr('La CNIL a infligé le 12 février une amende de 800 000 euros à Quorvex Systems.'))).toEqual([
      'regulation cnil 2026-02-12',
    ]);
    expect(
      events(fr("La CNIL a rendu publique jeudi une sanction de 1,2 million d'euros contre Quorvex Systems.")),
    ).toEqual(['regulation cnil 2026-03-05']);
    expect(events(en('The regulator Ofcom imposed a £2m fine on Quorvex Systems in January.'))).toEqual([
      'regulation ofcom 2026-01',
    ]);
    expect(events(en('Ofcom issued a fine of £2m to Quorvex Systems in January.'))).toEqual([
      'regulation ofcom 2026-01',
    ]);
    // Traps: a law's ceiling, a fine that may come.
    expect(events(en('Since 2024, the law lets Ofcom set a fine of up to 4% of turnover.'))).toEqual([]);
    expect(events(fr("Quorvex Systems pourrait écoper d'une amende de 2 millions d'euros en juin."))).toEqual([]);
  });

  it('reads a public body clearing or approving as its decision, and a vote of shareholders as none', () => {
    expect(
      events(en('The deal closed after the Ministry of Economy cleared it under screening rules last month.')),
    ).toEqual(['regulation ministry-of-economy 2026-02']);
    expect(
      events(
        en(
          'Quorvex Systems takes part in the Sky Grid Project, which the European Commission approved in December 2023.',
        ),
      ),
    ).toEqual(['regulation european-commission 2023-12']);
    expect(
      events(fr("L'Autorité de la concurrence a autorisé le 4 février le rachat de Quorvex Systems par Velmar Group.")),
    ).toEqual(['regulation autorite-de-la-concurrence 2026-02-04']);
    expect(
      events(
        fr(
          "Le ministère de l'Économie a donné son feu vert en janvier à la fusion de Quorvex Systems et Velmar Group.",
        ),
      ),
    ).toEqual(['regulation ministere-de-l-economie 2026-01']);
    // Traps: no public body decides; a clearance denied.
    expect(events(en('Quorvex Systems shareholders approved the new board in January.'))).toEqual([]);
    expect(events(fr("Le ministère de l'Économie n'a pas autorisé en janvier le rachat de Quorvex Systems."))).toEqual(
      [],
    );
  });
});

describe('a comparison opening the sentence names no subject', () => {
  it('reads "Comme X, elle…", "Like X, it…" as the previous subject\'s, never X\'s', () => {
    const french = fr(
      'La société Nuvola Systems a remporté le second lot. Comme Outscale, elle est qualifiée SecNumCloud depuis juin 2024.',
    );
    expect(events(french)).toEqual(['certification nuvola-systems 2024-06']);
    const english = en('Nuvola Systems won the second lot. Like Outscale, it was certified in June 2024.');
    expect(events(english)).toEqual(['certification nuvola-systems 2024-06']);
    // Trap: with no subject to stand for, nothing rather than the compared name.
    expect(events(en('Like Outscale, the new lot was certified in June 2024.'))).toEqual([]);
  });

  it('takes the antecedent of "which" past a name that does not act ("which also secured X qualification")', () => {
    const english = en(
      '"It matters," said Quentin Adam, chief executive of Clever Cloud, which also secured SecNumCloud qualification in June.',
    );
    expect(events(english)).toEqual(['certification clever-cloud 2025-06']);
    const french = fr(
      '« Cela compte », dit Quentin Adam, président de Clever Cloud, qui a aussi obtenu la qualification SecNumCloud en juin 2025.',
    );
    expect(events(french)).toEqual(['certification clever-cloud 2025-06']);
  });
});

describe('aims and intentions are no events; a future is a planned one', () => {
  it('drops an aim or an intention, keeps a future', () => {
    expect(
      events(fr("La coentreprise Cirrea Defense vise la qualification SecNumCloud de l'Anssi d'ici à la fin de 2027.")),
    ).toEqual([]);
    expect(events(en('Vertana Cloud expects to be certified by the BSI in early 2027.'))).toEqual([]);
    expect(events(en('Vertana Cloud aims to launch Vertana Vault in September.'))).toEqual([]);
    expect(events(fr('Le service Stellio Drive sera fermé en décembre 2026.'))).toEqual([
      'shutdown stellio-drive 2026-12 planned',
    ]);
    expect(events(en('The Vertana Vault service will shut down in December.'))).toEqual([
      'shutdown vertana-vault 2026-12 planned',
    ]);
  });
});

describe("results: a dated revenue is its business's results for the period", () => {
  it('reads each period of a revenue sentence, the founding beside it not its period', () => {
    const french = fr(
      "La société Nubéo Cloud souffre. Le chiffre d'affaires de Nubéo Cloud est tombé à 27 millions d'euros l'an dernier, contre 34 millions en 2023.",
    );
    expect(events(french).sort()).toEqual(['results nubeo-cloud 2023', 'results nubeo-cloud 2025']);
    const english = en(
      'For Hawkline Security, which went public in 2021 and reported $610 million in revenue in 2025, the deal is small.',
    );
    expect(events(english)).toEqual(['ipo hawkline-security 2021', 'results hawkline-security 2025']);
    const apposed = fr(
      "Le lot revient à la société Nuvola Systems, une PME grenobloise fondée en 2016 qui a réalisé 9 millions d'euros de chiffre d'affaires l'an dernier.",
    );
    expect(events(apposed)).toEqual(['founding nuvola-systems 2016', 'results nuvola-systems 2025']);
    expect(events(en('Hawkline Security posted €38m of revenue last year.'))).toEqual([
      'results hawkline-security 2025',
    ]);
  });

  it('reads no results from a target, a forecast or a price', () => {
    expect(events(fr("Nubéo Cloud vise 40 millions d'euros de chiffre d'affaires en 2027."))).toEqual([]);
    expect(events(en('Hawkline Security expects revenue of $40m in 2027.'))).toEqual([]);
    expect(
      events(en('Hawkline Security paid €40m for Patrowl Labs in 2024.')).filter((e) => e.startsWith('results')),
    ).toEqual([]);
  });
});

describe('a participle after a short noun apposition tells what happened to the name', () => {
  it('reads "X, une PME fondée en 2016", "X, a Toulouse start-up founded in 2021" as X\'s founding', () => {
    expect(events(fr('Le marché revient à Nuvola Systems, une PME fondée en 2016.'))).toEqual([
      'founding nuvola-systems 2016',
    ]);
    expect(events(en('The grant goes to Lumis Edge, a Toulouse start-up founded in 2021.'))).toEqual([
      'founding lumis-edge 2021',
    ]);
    // Trap: a French "a" is a verb, not an article ("X, la filiale de Y, a finalisé le rachat de Z").
    expect(
      events(fr('Orange Cyberdefense, la filiale de Thales, a finalisé lundi le rachat de Keryx Systems.')),
    ).toEqual(['acquisition keryx-systems 2026-03-09']);
  });
});

describe('an opening description when two companies are named equally often', () => {
  it('stands for the one named last ("X a racheté Y … la start-up": Y)', () => {
    const french = fr(
      "Velmar Group rachète Quorvex Systems. Velmar Group a finalisé lundi l'acquisition de Quorvex Systems.\n\nCréée en 2015 à Rennes par Paul Girard, ancien de Thales, la start-up emploie 190 personnes.",
    );
    expect(events(french)).toContain('founding quorvex-systems 2015');
    const english = en(
      'Velmar Group buys Quorvex Systems. Velmar Group said on Monday it had completed its purchase of Quorvex Systems.\n\nThe startup raised €12m in 2021 from Elaia Partners.',
    );
    expect(events(english)).toContain('funding quorvex-systems 2021');
    // Trap: each named once, the article has no company it is about yet.
    const once = fr("Velmar Group rachète Quorvex Systems.\n\nLa start-up a levé 5 millions d'euros en 2021.");
    expect(events(once)).toEqual([]);
    // Trap: named together as often, neither is the article's company.
    const together = fr(
      "Velmar Group et Quorvex Systems recrutent. Velmar Group et Quorvex Systems ouvrent des sites.\n\nLa société a levé 5 millions d'euros en 2021.",
    );
    expect(events(together)).toEqual([]);
  });
});

describe('posts handed over, successions and investors', () => {
  it('reads a post given to someone as their appointment, not a contract', () => {
    const french = fr(
      'La coentreprise Cirrea Defense est installée à Meudon. Sa direction générale a été confiée le 2 mars à Hélène Marchal, passée par Orange.',
    );
    expect(events(french)).toEqual(['appointment helene-marchal 2026-03-02']);
    const english = en(
      'Cirrea Defense is based in Meudon. The chief executive role was handed on March 2 to Helen Marsh, a former Orange executive.',
    );
    expect(events(english)).toEqual(['appointment helen-marsh 2026-03-02']);
    // Trap: work entrusted is still a contract.
    expect(events(fr('La société Cirrea Defense a confié le 2 mars la gestion de ses serveurs à Orange.'))).toEqual([
      'contract cirrea-defense 2026-03-02',
    ]);
  });

  it('dates a succession "with immediate effect" at the departure told just before', () => {
    const english = en(
      'Bertrand Vallier stepped down as chief executive of Aurore Cloud on Monday. The board named Ingrid Solberg, a Norwegian executive, to succeed him with immediate effect.',
    );
    expect(events(english)).toContain('appointment ingrid-solberg 2026-03');
    const french = fr(
      "Bertrand Vallier a quitté lundi la direction d'Aurore Cloud. Le conseil a nommé Ingrid Solberg pour lui succéder avec effet immédiat.",
    );
    expect(events(french)).toContain('appointment ingrid-solberg 2026-03');
    // Trap: with no dated event before, nothing.
    expect(events(en('The board named Ingrid Solberg to lead Aurore Cloud with immediate effect.'))).toEqual([]);
  });

  it('reads "first invested in 2022" as the investor\'s funding event', () => {
    expect(events(en('Calanque Data is backed by Eurazeo Partners. Eurazeo Partners first invested in 2022.'))).toEqual(
      ['funding eurazeo-partners 2022'],
    );
    expect(
      events(
        fr(
          'Calanque Data est soutenue par Eurazeo Partners. Eurazeo Partners a investi pour la première fois en 2022.',
        ),
      ),
    ).toEqual(['funding eurazeo-partners 2022']);
    // Trap: "invested in" a thing, no year after it.
    expect(events(en('Eurazeo Partners invested in 2,000 servers last year. Eurazeo Partners grew.'))).toEqual([]);
  });
});

describe('a decision dated by its participle, and a buyer awarding a contract', () => {
  it('dates a sanction by the day it was decided as well as the day it was made public', () => {
    const french = fr(
      "La CNIL sanctionne Plumea Cloud. La CNIL a rendu publique jeudi une sanction de 1,2 million d'euros contre Plumea Cloud, décidée le 15 janvier par sa formation restreinte.",
    );
    expect(events(french).sort()).toEqual(['regulation cnil 2026-01-15', 'regulation cnil 2026-03-05']);
    const english = en(
      'The Paris Commercial Court ruled against Plumea Cloud. The ruling, handed down on January 15 by the Paris Commercial Court, ordered a review.',
    );
    expect(events(english)).toContain('regulation paris-commercial-court 2026-01-15');
    // Trap: "a prononcé" is the court's verb, not a decision's participle; the liquidation stays the company's.
    const verb = fr(
      'Le tribunal de commerce de Lyon a prononcé le 18 janvier la liquidation judiciaire de Plumea Cloud.',
    );
    expect(events(verb).filter((e) => e.startsWith('regulation'))).toEqual([]);
  });

  it('reads a buyer awarding or notifying a contract as its contract event', () => {
    const french = fr(
      "La Direction interministérielle du numérique (Dinum) a notifié vendredi 6 mars les deux lots de son appel d'offres.",
    );
    expect(events(french)).toEqual(['contract direction-interministerielle-du-numerique 2026-03-06']);
    const english = en(
      'The Ministry of Defence awarded the two lots of its cloud tender to Outscale and Nuvola Systems on Friday.',
    );
    expect(events(english)).toEqual(['contract ministry-of-defence 2026-03-06']);
    // Trap: a contract not awarded.
    expect(events(en('The Ministry of Defence has not awarded the contract to Nuvola Systems in May.'))).toEqual([]);
  });
});
