import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules, relations } from './testing/readings.ts';

/**
 * The eighteenth round of rules (issue #13), on invented articles in both languages. Blockers removed: an amount told
 * as the subject of a passive verb of granting ("une subvention de N a été versée à X par A", "a £N loan was granted
 * to X by A"); the agent after the amount of "X was (also) awarded N by A"; a date between "entré au capital" and its
 * amount; "a complété le dispositif avec un prêt de N"; "signe un ticket de N"; a facility from a lender; banks named
 * by a brand with no word of their kind ("Barclays", "NatWest").
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));
const frRelations = (text: string) => relations(readWithRules(text, 'fr', PUBLISHED));
const enRelations = (text: string) => relations(readWithRules(text, 'en', PUBLISHED));

// No place told for the company: what a test's sentence places is the only place.
const MERIDEN_FR = 'Meriden Calcul accélère. La société Meriden Calcul compte 45 salariés.';
const MERIDEN_EN = 'Meriden Compute is growing fast. The company Meriden Compute employs 45 people.';

describe('an amount as the subject of a passive verb of granting', () => {
  it('goes to the name after "à" or "to", paid by the agent or the source named with it', () => {
    expect(
      fr(
        `${MERIDEN_FR} En février, une subvention de 450 000 euros a été versée à Meriden Calcul par la Région Bretagne.`,
      ),
    ).toEqual(['region-bretagne -> meriden-calcul 450000 disbursed']);
    expect(
      fr(`${MERIDEN_FR} Un prêt de 2 millions d'euros a été accordé à Meriden Calcul par le Crédit Agricole.`),
    ).toEqual(['credit-agricole -> meriden-calcul 2000000 pledged']);
    expect(en(`${MERIDEN_EN} A £450,000 grant was paid to Meriden Compute by Innovate UK.`)).toEqual([
      'innovate-uk -> meriden-compute 450000 disbursed',
    ]);
    expect(en(`${MERIDEN_EN} A £2m loan was granted to Meriden Compute by Barclays.`)).toEqual([
      'barclays -> meriden-compute 2000000 pledged',
    ]);
  });

  it('is paid by the subject of the clause a colon closes, and goes to the company a description names', () => {
    expect(
      fr(
        `${MERIDEN_FR} La Région Bretagne avait déjà soutenu le projet : une subvention de 450 000 euros a été versée à la start-up en février.`,
      ),
    ).toEqual(['region-bretagne -> meriden-calcul 450000 disbursed']);
  });

  it('is not read when negated, nor when the clause has its own subject', () => {
    expect(fr(`${MERIDEN_FR} Une subvention de 450 000 euros n'a jamais été versée à Meriden Calcul.`)).toEqual([]);
    // ("X a obtenu une subvention de N, qui a été versée à…": the subject's own reading, not a second one)
    expect(fr(`${MERIDEN_FR} Meriden Calcul a obtenu une subvention de 450 000 euros de la Région Bretagne.`)).toEqual([
      'region-bretagne -> meriden-calcul 450000 pledged',
    ]);
  });
});

describe('a passive of awarding with its agent after the amount', () => {
  it('is paid by the agent, an adverb between the auxiliary and the verb', () => {
    expect(
      en(`${MERIDEN_EN} Meriden Compute was also awarded £500,000 by the West Yorkshire Combined Authority.`),
    ).toEqual(['west-yorkshire-combined-authority -> meriden-compute 500000 pledged']);
    expect(en(`${MERIDEN_EN} Meriden Compute was awarded £500,000 by Leeds City Council in October.`)).toEqual([
      'leeds-city-council -> meriden-compute 500000 pledged',
    ]);
  });
});

describe('the shapes of a stake, a ticket and a loan', () => {
  it('reads "entré au capital en mai à hauteur de N", "signe un ticket de N", "complété le dispositif avec un prêt"', () => {
    expect(fr(`${MERIDEN_FR} Le fonds Quoin Capital est entré au capital en mai à hauteur de 2 M€.`)).toEqual([
      'quoin-capital -> meriden-calcul 2000000 invested',
    ]);
    expect(fr(`${MERIDEN_FR} Kivu Partners signe un ticket de 4 M€.`)).toEqual([
      'kivu-partners -> meriden-calcul 4000000 invested',
    ]);
    expect(fr(`${MERIDEN_FR} Bpifrance a complété le dispositif avec un prêt de 300 000 €.`)).toEqual([
      'bpifrance -> meriden-calcul 300000 pledged',
    ]);
  });

  it('reads a facility from a lender as a loan, a bank by its brand lending', () => {
    expect(en(`${MERIDEN_EN} Meriden Compute secured a £10m facility from Bank of Scotland.`)).toEqual([
      'bank-of-scotland -> meriden-compute 10000000 pledged',
    ]);
    expect(en(`${MERIDEN_EN} NatWest signed a £120m senior facility with Meriden Compute.`)).toEqual([
      'natwest -> meriden-compute 120000000 pledged',
    ]);
    // (a facility that is a building is no loan)
    expect(en(`${MERIDEN_EN} Meriden Compute opened a £10m facility in Leeds.`)).toEqual([]);
  });
});

describe('a payer of a round by its verb and its words', () => {
  it('reads "qui a souscrit N", "apporte à lui seul N", "remet N au pot"', () => {
    expect(fr(`${MERIDEN_FR} L'opération a été menée par Bpifrance, qui a souscrit 7 M€.`)).toEqual([
      'bpifrance -> meriden-calcul 7000000 invested',
    ]);
    expect(en(`${MERIDEN_EN} The round was led by Rook Capital, which subscribed £7m.`)).toEqual([
      'rook-capital -> meriden-compute 7000000 invested',
    ]);
    expect(fr(`${MERIDEN_FR} Le fonds Ladoga Ventures apporte à lui seul 9 M€.`)).toEqual([
      'ladoga-ventures -> meriden-calcul 9000000 invested',
    ]);
    expect(fr(`${MERIDEN_FR} Sevan Capital remet 2 M€ au pot.`)).toEqual([
      'sevan-capital -> meriden-calcul 2000000 invested',
    ]);
    // (shares subscribed are no money)
    expect(fr(`${MERIDEN_FR} Les salariés ont souscrit 2 000 actions.`)).toEqual([]);
  });
});

describe('a contract signed or renewed', () => {
  it("is bought by the partner the sentence calls the article's company's client", () => {
    expect(
      en(
        `${MERIDEN_EN} Last month it signed a three-year contract worth £1.2m with Fyne Building Society, its largest client to date.`,
      ),
    ).toEqual(['fyne-building-society -> meriden-compute 1200000 pledged']);
    // (with no client told, either may buy)
    expect(fr(`${MERIDEN_FR} Meriden Calcul a signé avec Oud Logistique un contrat de 2,8 M€ sur cinq ans.`)).toEqual(
      [],
    );
  });

  it("is renewed by its buyer, a possessive before the buyer standing for the article's company", () => {
    expect(
      en(
        `${MERIDEN_EN} Its largest customer, Sandwell Council, renewed a three-year support contract worth £2.2m in January.`,
      ),
    ).toEqual(['sandwell-council -> meriden-compute 2200000 pledged']);
    expect(
      fr(`${MERIDEN_FR} Le Département du Rhône a renouvelé son contrat de 3,2 millions d'euros avec Meriden Calcul.`),
    ).toEqual(['departement-du-rhone -> meriden-calcul 3200000 pledged']);
  });

  it('is no revenue of its buyer when a revenue word names the service bought', () => {
    expect(
      fr(
        `${MERIDEN_FR} La Ville de Lyon lui a ainsi confié l'encaissement des factures, dans le cadre d'un marché de 600 000 euros sur trois ans.`,
      ),
    ).toEqual(['ville-de-lyon -> meriden-calcul 600000 pledged']);
  });
});

describe('a grant or loan that helped its recipient', () => {
  it('goes to the subject "helped by", "soutenue par", paid by the source after the amount', () => {
    expect(en(`${MERIDEN_EN} Meriden Compute was helped by a £600,000 grant from Innovate UK.`)).toEqual([
      'innovate-uk -> meriden-compute 600000 pledged',
    ]);
    expect(
      fr(`${MERIDEN_FR} Meriden Calcul a été soutenue par une subvention de 600 000 euros de la Région Bretagne.`),
    ).toEqual(['region-bretagne -> meriden-calcul 600000 pledged']);
    // (help that is no money)
    expect(en(`${MERIDEN_EN} Meriden Compute was helped by a partnership with Leeds University.`)).toEqual([]);
  });
});

describe("a round's followers told in the next sentences", () => {
  const ROUND_FR = `${MERIDEN_FR} Meriden Calcul lève 10 millions d'euros auprès de Baikal Capital.`;
  const ROUND_EN = `${MERIDEN_EN} Meriden Compute raised €10m from Baikal Capital.`;
  const payers = (found: string[]) => found.map((f) => f.split(' ')[0]);

  it('reads "partagé entre A et B", "tout comme C", "auquel participent A et B", "suivi par A, …, et par B"', () => {
    expect(
      payers(
        fr(
          `${ROUND_FR} Le tour est mené par Croissant Capital. Le solde est partagé entre Bpifrance et Pissaladière Invest.`,
        ),
      ),
    ).toEqual(['baikal-capital+bpifrance+croissant-capital+pissaladiere-invest']);
    expect(
      payers(fr(`${ROUND_FR} Bpifrance y participe également, tout comme Polypode Invest, actionnaire historique.`)),
    ).toEqual(['baikal-capital+bpifrance+polypode-invest']);
    expect(
      payers(
        fr(`${ROUND_FR} Buttress Partners mène le tour, auquel participent la Caisse des Dépôts et Corbel Invest.`),
      ),
    ).toEqual(['baikal-capital+buttress-partners+caisse-des-depots+corbel-invest']);
    expect(
      payers(fr(`${ROUND_FR} Il est suivi par Marne Angels, un réseau de business angels, et par le Crédit Estragon.`)),
    ).toEqual(['baikal-capital+credit-estragon+marne-angels']);
  });

  it('reads a first payer in apposition, "de même qu\'A", "led that round", a lead by its verb', () => {
    expect(
      payers(
        fr(`${ROUND_FR} Turritelle Investissement, fonds d'investissement régional, et Bpifrance l'accompagnent.`),
      ),
    ).toEqual(['baikal-capital+bpifrance+turritelle-investissement']);
    expect(
      payers(fr(`${ROUND_FR} Bpifrance l'accompagne, de même qu'Arbouse Invest, déjà présent au capital.`)),
    ).toEqual(['arbouse-invest+baikal-capital+bpifrance']);
    expect(payers(en(`${ROUND_EN} Truss Ventures and Archivolt Capital led that round.`))).toEqual([
      'archivolt-capital+baikal-capital+truss-ventures',
    ]);
    expect(payers(en(`${ROUND_EN} MUFG led the financing.`))).toEqual(['baikal-capital+mufg']);
    expect(
      payers(
        en(`${ROUND_EN} Rabo Investments, the investment arm of Rabobank, and ROM Utrecht Region made up the rest.`),
      ),
    ).toEqual(['baikal-capital+rabo-investments+rom-utrecht-region']);
  });

  it('adds nobody named in another clause or for another financing', () => {
    // (a loan's arrangers after an equity round finance another thing)
    expect(payers(en(`${ROUND_EN} ING and Natixis acted as mandated lead arrangers on the facility.`))).toEqual([
      'baikal-capital',
    ]);
  });
});

describe('a grouping of towns named after its place', () => {
  it('is one public body: "l\'Agglomération du Cotentin", "l\'Eurométropole de Strasbourg", "la Communauté d\'agglomération X"', () => {
    expect(fr(`${MERIDEN_FR} L'Agglomération du Cotentin lui a confié un contrat de 2 M€.`)).toEqual([
      'agglomeration-du-cotentin -> meriden-calcul 2000000 pledged',
    ]);
    expect(fr(`${MERIDEN_FR} L'Eurométropole de Strasbourg lui a confié un contrat de 2 M€.`)).toEqual([
      'eurometropole-de-strasbourg -> meriden-calcul 2000000 pledged',
    ]);
    expect(
      fr(
        `${MERIDEN_FR} La Communauté d'agglomération Béziers Méditerranée lui a accordé une subvention de 200 000 euros.`,
      ),
    ).toEqual(['communaute-d-agglomeration-beziers-mediterranee -> meriden-calcul 200000 pledged']);
    // (in lower case, the name after the noun is the body's)
    expect(
      fr(
        `${MERIDEN_FR} La communauté d'agglomération Versailles Grand Parc lui a accordé une subvention de 200 000 euros.`,
      ),
    ).toEqual(['versailles-grand-parc -> meriden-calcul 200000 pledged']);
  });
});

describe('a place by its name opening a sentence, its demonym, or set off after a name', () => {
  it('reads a place opening a sentence: "Manchester-based X", "Lyon investor X", "Dublin\'s X"', () => {
    expect(
      enRelations(`${MERIDEN_EN} Manchester-based firmware security startup Galleyproof Security has won a contract.`),
    ).toContain('galleyproof-security located-in manchester');
    expect(enRelations(`${MERIDEN_EN} Newcastle-based provider Icefall Group has acquired Meriden Compute.`)).toContain(
      'icefall-group located-in newcastle',
    );
    expect(enRelations(`${MERIDEN_EN} Lyon investor Ortega Ventures added £1.5m to the round.`)).toContain(
      'ortega-ventures located-in lyon',
    );
    // (a place opening a sentence places nobody by itself)
    expect(enRelations(`${MERIDEN_EN} Paris has become a hub for start-ups such as Mistral AI.`)).toEqual([]);
  });

  it('reads the demonyms of Belgian, Swiss and European cities, after a noun and its complement too', () => {
    expect(
      frRelations(`${MERIDEN_FR} L'opération est menée par Calville Partners, fonds zurichois spécialisé.`),
    ).toContain('calville-partners located-in zurich');
    expect(
      frRelations(`${MERIDEN_FR} Le tour de table est emmené par Noshaq, le fonds de développement liégeois.`),
    ).toContain('noshaq located-in liege');
  });

  it('reads a place set off after a name: "X, à P,", "X (P)", "un prestataire de P de 9 salariés"', () => {
    expect(frRelations(`${MERIDEN_FR} Meriden Calcul a finalisé le rachat de Truffe Systèmes, à Annecy.`)).toContain(
      'truffe-systemes located-in annecy',
    );
    expect(enRelations(`${MERIDEN_EN} Meriden Compute bought Truffe Systems (Leeds) in March.`)).toContain(
      'truffe-systems located-in leeds',
    );
    expect(
      frRelations(`${MERIDEN_FR} Meriden Calcul a racheté Kame Informatique, un prestataire de Hyères de 9 salariés.`),
    ).toContain('kame-informatique located-in hyeres');
    // (a dative's place is where something went; a town before its department is no organisation's place)
    expect(frRelations(`${MERIDEN_FR} Meriden Calcul a livré ses serveurs à Orange, à Lyon, en mars.`)).not.toContain(
      'orange located-in lyon',
    );
  });
});
