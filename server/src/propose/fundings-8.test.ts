import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * The eighth round, for fundings: the constructions the blind sets 22 to 29 lost most records to (revenue told by a
 * pronoun or by a description set off by an opening phrase or an apposition, a round's payer joining "également" or
 * after an apposition of its own in the next sentence, a round named with its payers whose company the headline
 * opens on), probed on invented articles in both languages, each beside look-alikes that must stay unread.
 */

const PUBLISHED: FuzzyDate = { value: '2026-06-09', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const funds = (p: Proposals) =>
  p.relations
    .filter((r) => r.type === 'funds')
    .map((r) => `${r.from} funds ${r.to}`)
    .sort();

describe('revenue told by a pronoun opening its sentence', () => {
  it('gives "It reported revenue" the article\'s company when the sentence before opens on no name', () => {
    expect(
      fundings(
        en(
          'Tarn Ferries adds a night crossing\n\nTarn Ferries will sail from Plymouth to Roscoff overnight from July. Alice Morel, who runs the operator, expects lorry drivers to fill it.\n\nFuel prices squeezed margins over the winter, when two ships sat in dry dock. It reported revenue of €41m in 2025 and carries 600,000 passengers a year.',
        ),
      ),
    ).toEqual(['- -> tarn-ferries 41000000 revenue']);
  });

  it('gives "Elle a réalisé" the name the sentence before opened on', () => {
    expect(
      fundings(
        fr(
          "Lozère Data ouvre un site à Mende\n\nLozère Data, hébergeur de Mende, inaugure un second bâtiment. Le chantier a duré un an.\n\nLozère Data emploie aujourd'hui 60 personnes. Elle a réalisé 9 millions d'euros de chiffre d'affaires en 2025.",
        ),
      ),
    ).toEqual(['- -> lozere-data 9000000 revenue']);
  });

  it('leaves "it is", a target and a market unread', () => {
    expect(
      fundings(
        en(
          'Tarn Hosting opens a site\n\nTarn Hosting opened a new hall on Friday. Tarn Hosting runs two sites.\n\nIt is worth about €52m, according to people familiar with the matter. It aims to reach revenue of €80m in 2028.',
        ),
      ),
    ).toEqual([]);
    expect(
      fundings(
        fr(
          "Lozère Data ouvre un site\n\nLozère Data inaugure un bâtiment. Lozère Data emploie 60 personnes.\n\nElle vise 20 millions d'euros de chiffre d'affaires en 2028.",
        ),
      ),
    ).toEqual([]);
  });
});

describe('revenue told by a description set off by an opening phrase or an apposition', () => {
  it('reads "Founded in … by A, its chairwoman, the company reported revenue of N" after a sentence naming a parent', () => {
    expect(
      fundings(
        en(
          'Vire Drones lands a coastguard order\n\nThe coastguard will fly twelve Vire Drones aircraft over the Channel from next spring. The drones are built in a former dairy near Saint-Lô.\n\nVire Drones, now part of the shipbuilder Odon Marine, was cleared to fly at sea by the Civil Aviation Authority in March. Founded in 2012 by Ruth Aulne, its chairwoman, the company reported revenue of £9 million in 2025.',
        ),
      ),
    ).toEqual(['- -> vire-drones 9000000 revenue']);
  });

  it('reads "Membre de X, l\'éditeur a réalisé N" as the headline\'s company, not the company it bought', () => {
    expect(
      fundings(
        fr(
          "Orne Compta rachète Bocage Paie\n\nL'éditeur caennais de logiciels comptables Orne Compta a repris Bocage Paie, qui vend un logiciel de paie aux artisans. Bocage Paie emploie douze personnes. « Bocage Paie complète notre offre », explique Léa Perche.\n\nMembre de Numeum, l'éditeur a réalisé un chiffre d'affaires de 22 millions d'euros en 2025.",
        ),
      ),
    ).toEqual(['- -> orne-compta 22000000 revenue']);
  });

  it('gives a description after a sentence ending on a name that name', () => {
    expect(
      fundings(
        fr(
          "La Mutuelle Sarthe migre son ERP\n\nLa Mutuelle Sarthe migre son ERP vers un cloud français. Pour mener le chantier, la mutuelle s'appuie sur Huisne Conseil. L'ESN manceaue, créée en 2009 par Paul Loir, qui la dirige toujours, revendique 30 millions d'euros de chiffre d'affaires.",
        ),
      ),
    ).toEqual(['- -> huisne-conseil 30000000 revenue']);
  });

  it('keeps another company named after the opening phrase, and a market, unread as the description', () => {
    expect(
      fundings(
        en(
          "Vire Drones lands a coastguard order\n\nThe coastguard will fly twelve Vire Drones aircraft. Vire Drones builds them near Saint-Lô.\n\nSet up in 2010, the company's main competitor Sée Aero reported revenue of £30 million in 2025.",
        ),
      ),
    ).toEqual(['- -> see-aero 30000000 revenue']);
    expect(
      fundings(
        en(
          'Vire Drones lands a coastguard order\n\nThe coastguard will fly twelve Vire Drones aircraft. Vire Drones builds them near Saint-Lô.\n\nAccording to analysts, the market for maritime drones reached £200 million in 2025.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("a round's payers told in the next sentence", () => {
  it('reads "remet également au pot" and "a, lui aussi, remis au pot"', () => {
    const p = fr(
      "Sèvre Biotech boucle son tour\n\nSèvre Biotech, qui met au point à Niort des tests vétérinaires, a levé 6 millions d'euros. Le tour est mené par Marais Capital aux côtés de Bpifrance. Venise Ventures, qui avait financé les premiers essais, remet également au pot.",
    );
    expect(fundings(p)).toEqual(['bpifrance+marais-capital+venise-ventures -> sevre-biotech 6000000 invested']);
    expect(funds(p)).toEqual([
      'bpifrance funds sevre-biotech',
      'marais-capital funds sevre-biotech',
      'venise-ventures funds sevre-biotech',
    ]);
  });

  it('reads a first payer with its apposition before "and the food group B also took part"', () => {
    expect(
      fundings(
        en(
          'Adour Foods raises $12 million\n\nAdour Foods, which bakes gluten-free bread in Bayonne, will open a second bakery with $12 million raised in a round led by Gave Partners, a Boston fund. Nive Bank, a Dutch farm lender, and the food group Bidouze also took part.',
        ),
      ),
    ).toEqual(['bidouze+gave-partners+nive-bank -> adour-foods 12000000 invested']);
    expect(
      fundings(
        fr(
          "Adour Compute lève 30 millions d'euros\n\nAdour Compute a levé 30 millions d'euros auprès de Gave Partners. Nive Banque, la banque régionale, et le fonds Bidouze Capital ont également participé.",
        ),
      ),
    ).toEqual(['bidouze-capital+gave-partners+nive-banque -> adour-compute 30000000 invested']);
  });

  it("reads a name inside the first payer's apposition as no payer", () => {
    expect(
      fundings(
        en(
          'Adour Foods raises $12 million\n\nAdour Foods, which bakes gluten-free bread in Bayonne, will open a second bakery with $12 million raised in a round led by Gave Partners. Nive Bank, the Spanish cooperative lender, and the food group Bidouze also took part.',
        ),
      ),
    ).toEqual(['bidouze+gave-partners+nive-bank -> adour-foods 12000000 invested']);
  });

  it('keeps a negated participation and another thing done together out', () => {
    expect(
      fundings(
        en(
          'Adour Foods raises $12 million\n\nAdour Foods will open a second bakery with $12 million raised in a round led by Gave Partners. Nive Bank, a Dutch farm lender, and the food group Bidouze did not take part.',
        ),
      ),
    ).toEqual(['gave-partners -> adour-foods 12000000 invested']);
    expect(
      fundings(
        en(
          'Adour Foods raises $12 million\n\nAdour Foods will open a second bakery with $12 million raised in a round led by Gave Partners. Nive Bank, a Dutch farm lender, and its rival Bidouze signed a partnership.',
        ),
      ),
    ).toEqual(['gave-partners -> adour-foods 12000000 invested']);
  });
});

describe('a round named with its payers, the article about two companies', () => {
  it('gives it the company the headline opens on when no company is named more than the other', () => {
    expect(
      fundings(
        en(
          'Lys Security buys Scarpe Backup\n\nLys Security has agreed to buy Scarpe Backup, a Lille firm that stores copies for 300 clients.\n\nThe purchase follows a €20 million funding round in March, led by Deule Capital with participation from existing investor Marque Ventures.',
        ),
      ),
    ).toEqual(['deule-capital+marque-ventures -> lys-security 20000000 invested']);
  });

  it('keeps a valuation and a price out', () => {
    expect(
      fundings(
        en(
          'Lys Security buys Scarpe Backup\n\nLys Security has agreed to buy Scarpe Backup for €60 million. Scarpe Backup stores copies for 300 clients.\n\nThe deal values Scarpe Backup at about €90 million, people familiar with the matter said.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a contract, grant or loan given by a payer to a dative pronoun, or told with an infinitive after it', () => {
  it('reads "A lui a attribué, le 3 mars, un marché de N … pour surveiller" and "lui a accordé un prêt de N, à rembourser"', () => {
    expect(
      fundings(
        fr(
          'Cèze Propreté décroche les collèges\n\nCèze Propreté nettoie des bureaux à Alès depuis 1998. Ses 140 agents travaillent surtout de nuit.\n\nÀ la rentrée, elle ajoutera douze établissements scolaires. Le Département du Gard lui a attribué, le 3 mars, un marché de 600 000 euros pour entretenir ses collèges pendant deux ans.',
        ),
      ),
    ).toEqual(['departement-du-gard -> ceze-proprete 600000 pledged']);
    expect(
      fundings(
        fr(
          "Cèze Conserves agrandit sa conserverie\n\nCèze Conserves, qui met en bocaux les châtaignes des Cévennes, double sa ligne d'Alès. Cèze Conserves emploie 45 personnes.\n\nPour payer les autoclaves, le Crédit Garrigue lui a accordé un prêt de 3,5 millions d'euros, à rembourser en dix ans.",
        ),
      ),
    ).toEqual(['credit-garrigue -> ceze-conserves 3500000 pledged']);
  });

  it('keeps a dative grant for another named recipient and a refusal out', () => {
    expect(
      fundings(
        fr(
          "Cèze Conserves agrandit sa conserverie\n\nCèze Conserves double sa ligne d'Alès. Cèze Conserves emploie 45 personnes.\n\nLe Crédit Garrigue ne lui a pas accordé les 3,5 millions d'euros qu'elle espérait.",
        ),
      ),
    ).toEqual([]);
  });

  it('reads "selected X to carry …, under a €N contract" in English', () => {
    expect(
      fundings(
        en(
          'Gard Couriers wins a ministry\n\nGard Couriers runs 60 vans out of Nîmes. Its drivers already serve three hospitals.\n\nLast month the Ministry of Agriculture selected Gard Couriers to carry samples to its laboratories, under a €3m contract that lasts three years.',
        ),
      ),
    ).toEqual(['ministry-of-agriculture -> gard-couriers 3000000 pledged']);
    expect(
      fundings(
        en(
          'Gard Couriers loses a ministry\n\nGard Couriers runs 60 vans out of Nîmes. Its drivers already serve three hospitals.\n\nLast month the Ministry of Agriculture did not select Gard Couriers to carry samples to its laboratories, under a €3m contract that lasts three years.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads a grant voted "en séance plénière" and a contract "notifié à X … pour un montant de N" (pledged)', () => {
    expect(
      fundings(
        fr(
          "Cèze Textile relance ses métiers à tisser\n\nCèze Textile tisse de la toile de Nîmes dans une ancienne filature d'Uzès. Ses 22 salariés y travaillent en deux équipes.\n\nPour moderniser l'atelier, la Région Occitanie a voté vendredi en séance plénière une subvention de 900 000 euros, destinée à Cèze Textile.",
        ),
      ),
    ).toEqual(['region-occitanie -> ceze-textile 900000 pledged']);
    expect(
      fundings(
        fr(
          "Cèze Radars équipe les phares\n\nCèze Radars fabrique à Sète des radars de navigation. L'entreprise compte 60 salariés.\n\nAprès un appel d'offres lancé l'an dernier, le ministère de la Mer a notifié à Cèze Radars le marché de maintenance de ses stations côtières, pour un montant de 2,4 millions d'euros sur trois ans.",
        ),
      ),
    ).toEqual(['ministere-de-la-mer -> ceze-radars 2400000 pledged']);
  });
});

describe('a public body named by its description pays', () => {
  it('gives "la collectivité" and "le ministère" the body named before, of its kind', () => {
    const p = fr(
      "Les bus rennais changent de garagiste\n\nRennes Métropole a reçu ses quarante premiers bus électriques à l'automne. Pour leur entretien, la collectivité a attribué en mars à Rance Mobilité un contrat de 1,8 million d'euros sur quatre ans, au terme d'un appel d'offres qui avait attiré trois candidats.",
    );
    expect(fundings(p)).toEqual(['rennes-metropole -> rance-mobilite 1800000 pledged']);
    // (a buyer of a contract is its supplier's customer, and funds it with the contract's amount)
    expect(funds(p)).toEqual(['rennes-metropole funds rance-mobilite']);
    expect(
      p.relations.some((r) => r.type === 'customer-of' && r.from === 'rennes-metropole' && r.to === 'rance-mobilite'),
    ).toBe(true);
    expect(
      fundings(
        en(
          'Tamar Cloud wins archives deal\n\nThe Ministry of Culture has chosen to move its archives out of Paris. In March, the ministry awarded Tamar Cloud a £5m contract to host them.',
        ),
      ),
    ).toEqual(['ministry-of-culture -> tamar-cloud 5000000 pledged']);
  });

  it('does not give a description of another kind the body named before', () => {
    expect(
      fundings(
        fr(
          "Rance Cloud lève des fonds\n\nLe ministère de la Mer a choisi un hébergeur pour ses archives. Le 12 février, la région a accordé à Rance Cloud une subvention de 2 millions d'euros.",
        ),
      ),
    ).toEqual(['- -> rance-cloud 2000000 pledged']);
  });
});
