import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * The fourth round, for fundings: the common ways news tells a round, a grant, a loan, a contract and revenue, written
 * as invented sentences in both languages, each fix beside the look-alikes (money sought, a price paid for a company)
 * that must stay unread.
 */

const PUBLISHED: FuzzyDate = { value: '2025-10-14', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('money sought is no money got', () => {
  it('reads no round from "cherche à lever", "espère lever", "en discussion pour lever", "in talks to raise"', () => {
    expect(fundings(fr('La start-up Neoval cherche à lever 50 M€.'))).toEqual([]);
    expect(fundings(fr("La start-up Neoval espère lever 30 millions d'euros d'ici à fin 2026."))).toEqual([]);
    expect(
      fundings(fr("La start-up Neoval est en discussion pour lever 30 millions d'euros auprès d'Aldric Capital.")),
    ).toEqual([]);
    expect(fundings(en('The startup Neoval is in talks to raise €30 million from Aldric Capital.'))).toEqual([]);
    expect(fundings(en('The startup Neoval is looking to raise €30 million from Aldric Capital.'))).toEqual([]);
  });

  it('still reads the round raised, and the money got after seeking it', () => {
    expect(fundings(fr("La start-up Neoval a levé 30 millions d'euros auprès d'Aldric Capital."))).toEqual([
      'aldric-capital -> neoval 30000000 invested',
    ]);
    expect(
      fundings(en('After months of trying to raise money, the startup Neoval raised €30 million from Aldric Capital.')),
    ).toEqual(['aldric-capital -> neoval 30000000 invested']);
  });
});

describe('the lender or grantor named after the amount or before it', () => {
  it('reads the lender after "a bénéficié d\'un prêt", "bénéficie d\'une subvention"', () => {
    expect(fundings(fr("La start-up Neoval a bénéficié d'un prêt de 1,5 M€ de Bpifrance."))).toEqual([
      'bpifrance -> neoval 1500000 pledged',
    ]);
    expect(fundings(fr("L'éditeur Neoval bénéficie d'une subvention de 800 000 euros de la Région Bretagne."))).toEqual(
      ['region-bretagne -> neoval 800000 pledged'],
    );
    // (what a company enjoys is no money: "bénéficie de 20 ans d'expérience", no amount)
    expect(fundings(fr("L'éditeur Neoval bénéficie de vingt ans d'expérience et de 300 clients."))).toEqual([]);
  });

  it('reads the bank after "de la banque"', () => {
    expect(fundings(fr('La société Neoval a obtenu un prêt de 3 M€ de la banque Ardoise.'))).toEqual([
      'ardoise -> neoval 3000000 pledged',
    ]);
  });

  it('reads the source told between the verb and the amount ("a obtenu de X un prêt de N")', () => {
    expect(
      fundings(fr('La start-up Neoval a obtenu de la Région Bretagne une subvention de 800 000 euros en 2024.')),
    ).toEqual(['region-bretagne -> neoval 800000 pledged']);
  });

  it('does not take a company described after the amount for its source', () => {
    expect(fundings(fr('La start-up Neoval a obtenu un prêt de 3 M€ pour racheter la société Ardoise.'))).toEqual([
      '- -> neoval 3000000 pledged',
    ]);
  });
});

describe('a contract won "avec" or "with" its buyer', () => {
  it('reads the other party right after the amount as the buyer', () => {
    expect(fundings(fr('La société Neoval a décroché un contrat de 31 M€ avec la DGA.'))).toEqual([
      'dga -> neoval 31000000 pledged',
    ]);
    expect(fundings(en('The startup Neoval has won a £31 million contract with the Ministry of Defence.'))).toEqual([
      'ministry-of-defence -> neoval 31000000 pledged',
    ]);
  });

  it('reads no buyer from a "with" that does not follow the amount, nor a person', () => {
    expect(fundings(fr('La société Neoval a décroché avec Arvane un contrat de 31 M€.'))).toEqual([
      '- -> neoval 31000000 pledged',
    ]);
    expect(fundings(en('The startup Neoval has won a £31 million contract with Paul Arvieu as its lead.'))).toEqual([
      '- -> neoval 31000000 pledged',
    ]);
  });
});

describe('a price paid for a company', () => {
  it('is no funding of the company bought', () => {
    expect(fundings(en('Arvane Group paid €80 million for the startup Neoval.'))).toEqual([]);
    expect(fundings(en('Arvane Group paid €80 million for Neoval, the Lyon software maker.'))).toEqual([]);
    expect(
      fundings(fr("Le groupe Arvane a mis 80 millions d'euros sur la table pour s'offrir la start-up Neoval.")),
    ).toEqual([]);
    expect(fundings(en('Arvane Group invested €80 million to buy the startup Neoval.'))).toEqual([]);
  });

  it('keeps money paid to a company', () => {
    expect(fundings(en('Innovate UK paid £2 million to the startup Neoval in 2024.'))).toEqual([
      'innovate-uk -> neoval 2000000 disbursed',
    ]);
  });
});

describe('the revenue of a company described after "de", "of"', () => {
  it('reads "le chiffre d\'affaires de l\'éditeur X", "the revenue of the software maker X"', () => {
    expect(fundings(fr("Le chiffre d'affaires de l'éditeur Neoval a atteint 62 millions d'euros en 2024."))).toEqual([
      '- -> neoval 62000000 revenue',
    ]);
    expect(fundings(en('The revenue of the software maker Neoval reached €62 million in 2024.'))).toEqual([
      '- -> neoval 62000000 revenue',
    ]);
  });

  it('gives no revenue to a company that only owns what the revenue is of', () => {
    expect(fundings(fr("Le chiffre d'affaires du marché de Neoval a atteint 62 millions d'euros en 2024."))).toEqual(
      [],
    );
  });
});

describe('a co-payer "aux côtés de", "alongside"', () => {
  it('is no recipient of the round its subject leads', () => {
    expect(
      fundings(
        fr(
          "La pépite grenobloise Neoval boucle une levée de 20 M€. Aldric Capital mène l'opération, aux côtés de Korven Capital.",
        ),
      ),
    ).toEqual(['aldric-capital+korven-capital -> neoval 20000000 invested']);
    expect(fundings(en('Aldric Capital invested €5 million in the startup Neoval alongside Korven Capital.'))).toEqual([
      'aldric-capital+korven-capital -> neoval 5000000 invested',
    ]);
  });

  it('still reads the recipient named after "dans", "in"', () => {
    expect(
      fundings(fr("Aldric Capital a investi 5 millions d'euros aux côtés de Korven Capital dans la start-up Neoval.")),
    ).toEqual(['aldric-capital+korven-capital -> neoval 5000000 invested']);
  });
});

describe('money awarded', () => {
  it('is pledged, by the programme it is awarded under', () => {
    expect(
      fundings(en('The German provider Ostwerk Cloud was awarded €48 million under the Horizon Europe programme.')),
    ).toEqual(['horizon-europe -> ostwerk-cloud 48000000 pledged']);
    expect(
      fundings(fr("La start-up Neoval s'est vu attribuer 4 millions d'euros au titre du plan France 2030.")),
    ).toEqual(['france-2030 -> neoval 4000000 pledged']);
    expect(fundings(fr('La Région Bretagne a accordé 800 000 euros à la start-up Neoval.'))).toEqual([
      'region-bretagne -> neoval 800000 pledged',
    ]);
  });

  it("dates the award as its recipient's funding event", () => {
    const p = en(
      'The German provider Ostwerk Cloud was awarded €48 million under the Horizon Europe programme in March.',
    );
    expect(p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}`)).toContain(
      'funding ostwerk-cloud 2025-03',
    );
  });

  it('keeps money invested, and the noun "grants" no verb of awarding', () => {
    expect(fundings(en('Aldric Capital invested €5 million in the startup Neoval.'))).toEqual([
      'aldric-capital -> neoval 5000000 invested',
    ]);
    expect(
      fundings(
        en('The grants are a small part of the Horizon Europe programme, a €95 billion plan announced in 2021.'),
      ),
    ).toEqual([]);
  });
});

describe('what a company will bill', () => {
  it('is a price to come, not revenue', () => {
    expect(
      fundings(
        fr(
          'La ville a confié le chantier à la société Perrache Sécurité. Cette PME fondée en 2018 facturera 280 000 euros pour le réseau.',
        ),
      ),
    ).toEqual([]);
  });

  it('keeps what it billed', () => {
    expect(
      fundings(fr("L'an dernier, la société Perrache Sécurité a facturé 2 millions d'euros à ses clients.")),
    ).toEqual(['- -> perrache-securite 2000000 revenue']);
  });
});

describe('a loan taken out', () => {
  it('reads "a contracté un emprunt", "a emprunté", "has taken out a loan", "borrowed" with their lender', () => {
    expect(fundings(fr('La start-up Neoval a contracté un emprunt de 5 M€ auprès de la Banque Postale.'))).toEqual([
      'banque-postale -> neoval 5000000 pledged',
    ]);
    expect(fundings(en('The French startup Neoval has taken out a €5 million loan from Harbor Bank.'))).toEqual([
      'harbor-bank -> neoval 5000000 pledged',
    ]);
    expect(fundings(en('The French startup Neoval borrowed €5 million from Harbor Bank in 2024.'))).toEqual([
      'harbor-bank -> neoval 5000000 pledged',
    ]);
  });
});

describe('a recipient chosen for the money', () => {
  it('reads the buyer choosing its supplier for a contract, and the one selected for a grant', () => {
    expect(fundings(fr('La Dinum a retenu la société Neoval pour un marché de 9 M€.'))).toEqual([
      'dinum -> neoval 9000000 pledged',
    ]);
    expect(fundings(en('The Ministry of Defence has picked the startup Neoval for a £9 million contract.'))).toEqual([
      'ministry-of-defence -> neoval 9000000 pledged',
    ]);
    expect(
      fundings(en('The French startup Neoval has been selected for a €2.5 million grant from the EIC Accelerator.')),
    ).toEqual(['eic-accelerator -> neoval 2500000 pledged']);
    expect(fundings(fr('La société Neoval a été retenue pour un marché de 9 M€.'))).toEqual([
      '- -> neoval 9000000 pledged',
    ]);
  });

  it('reads nothing when it is denied, hoped for or a guess', () => {
    expect(fundings(fr("La Dinum n'a pas retenu la société Neoval pour un marché de 9 M€."))).toEqual([]);
    expect(fundings(en('The Ministry of Defence did not pick the startup Neoval for a £9 million contract.'))).toEqual(
      [],
    );
    expect(
      fundings(en('The startup Neoval could be selected for a €2.5 million grant from the EIC Accelerator.')),
    ).toEqual([]);
    expect(fundings(fr('La start-up Neoval espère être retenue pour un marché de 9 M€.'))).toEqual([]);
  });
});

describe('a stake taken or a company supported, the amount after its name', () => {
  it("reads the subject as the payer: a stake is invested, a public body's support pledged", () => {
    expect(fundings(fr("L'Etat entre au capital de la start-up Neoval à hauteur de 20 millions d'euros."))).toEqual([
      'etat -> neoval 20000000 invested',
    ]);
    expect(
      fundings(fr("Aldric Capital a pris une participation de 15 % dans la start-up Neoval pour 20 millions d'euros.")),
    ).toEqual(['aldric-capital -> neoval 20000000 invested']);
    expect(fundings(en('Aldric Capital took a minority stake in the startup Neoval for €20 million.'))).toEqual([
      'aldric-capital -> neoval 20000000 invested',
    ]);
    expect(fundings(fr('La Région Bretagne soutient la start-up Neoval à hauteur de 800 000 euros.'))).toEqual([
      'region-bretagne -> neoval 800000 pledged',
    ]);
    expect(fundings(en('Innovate UK is backing the startup Neoval with an £800,000 grant.'))).toEqual([
      'innovate-uk -> neoval 800000 pledged',
    ]);
  });

  it('reads nothing for a guess, a denial, or a stake bought from its holders', () => {
    expect(
      fundings(fr("L'Etat pourrait entrer au capital de la start-up Neoval à hauteur de 20 millions d'euros.")),
    ).toEqual([]);
    expect(
      fundings(fr("L'Etat n'est pas entré au capital de la start-up Neoval à hauteur de 20 millions d'euros.")),
    ).toEqual([]);
    expect(
      fundings(en('Aldric Capital bought a 15% stake in the startup Neoval for €20 million from its founders.')),
    ).toEqual([]);
    expect(
      fundings(
        en(
          'Aldric Capital is backing the startup Neoval, said Paul Arvieu, whose firm has €20 million under management.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a loan "with" its lender', () => {
  it('reads the bank after the loan noun', () => {
    expect(fundings(en('The French startup Neoval has taken out a €40 million loan with Harbor Bank.'))).toEqual([
      'harbor-bank -> neoval 40000000 pledged',
    ]);
  });

  it('reads no lender from "with the support of"', () => {
    expect(
      fundings(en('The French startup Neoval has taken out a €40 million loan with the support of its owners.')),
    ).toEqual(['- -> neoval 40000000 pledged']);
  });
});

describe('followers that complete the operation', () => {
  it('adds the payers of "complètent l\'opération", "complète la levée" to the round told before', () => {
    expect(
      fundings(
        fr(
          "La start-up nantaise Neoval a annoncé une levée de fonds de 9 millions d'euros. Le tour de table est mené par Aldric Capital. Bpifrance complète l'opération.",
        ),
      ),
    ).toEqual(['aldric-capital+bpifrance -> neoval 9000000 invested']);
  });

  it('adds no one said not to complete it', () => {
    expect(
      fundings(
        fr(
          "La start-up nantaise Neoval a annoncé une levée de fonds de 9 millions d'euros. Le tour de table est mené par Aldric Capital. Bpifrance ne complète pas l'opération.",
        ),
      ),
    ).toEqual(['aldric-capital -> neoval 9000000 invested']);
  });
});

describe('a grant paid in instalments', () => {
  it('stays pledged until paid ("versée en trois fois", "paid in three instalments")', () => {
    expect(
      fundings(
        fr(
          "La start-up Neoval a obtenu une subvention de 2,4 millions d'euros de la Région Bretagne, versée en trois fois.",
        ),
      ),
    ).toEqual(['region-bretagne -> neoval 2400000 pledged']);
    expect(
      fundings(en('The startup Neoval received a £2.4 million grant from Innovate UK, paid in three instalments.')),
    ).toEqual(['innovate-uk -> neoval 2400000 pledged']);
  });

  it('is disbursed when said paid out', () => {
    expect(
      fundings(
        fr("La start-up Neoval a obtenu une subvention de 2,4 millions d'euros de la Région Bretagne, versée en mars."),
      ),
    ).toEqual(['region-bretagne -> neoval 2400000 disbursed']);
  });
});

describe('a payer in a relative clause, the recipient its object pronoun', () => {
  it('reads "X a reçu le soutien de A, qui lui a accordé N", "X won backing from A, which granted it N"', () => {
    expect(
      fundings(
        fr(
          "La start-up Neoval a reçu le soutien de la Région Bretagne, qui lui a accordé en novembre une subvention de 2,4 millions d'euros.",
        ),
      ),
    ).toEqual(['region-bretagne -> neoval 2400000 pledged']);
    expect(
      fundings(en('The startup Neoval won the backing of Innovate UK, which granted it a £2.4 million subsidy.')),
    ).toEqual(['innovate-uk -> neoval 2400000 pledged']);
  });

  it("reads the relative clause's own object otherwise", () => {
    expect(
      fundings(
        fr(
          "La start-up Neoval travaille avec la Région Bretagne, qui a accordé 2,4 millions d'euros à la société Arvane.",
        ),
      ),
    ).toEqual(['region-bretagne -> arvane 2400000 pledged']);
  });
});

describe('an amount bet on a company', () => {
  it('reads "A mise N sur X", "A is betting $N on X" as an investment', () => {
    expect(fundings(fr("Aldric Capital mise 30 millions d'euros sur la start-up lyonnaise Neoval."))).toEqual([
      'aldric-capital -> neoval 30000000 invested',
    ]);
    expect(fundings(en('Aldric Capital is betting $30 million on the French startup Neoval.'))).toEqual([
      'aldric-capital -> neoval 30000000 invested',
    ]);
  });

  it('reads no bet without an amount, nor a bet on buying a company', () => {
    expect(
      fundings(fr("Aldric Capital mise sur la start-up lyonnaise Neoval, qui a réalisé 8 M€ de chiffre d'affaires.")),
    ).toEqual(['- -> neoval 8000000 revenue']);
    expect(fundings(fr("Le groupe Arvane a parié 80 millions d'euros sur le rachat de la start-up Neoval."))).toEqual(
      [],
    );
  });
});
