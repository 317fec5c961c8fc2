import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * The fifth round, for fundings: a round, loan or grant told across two sentences (the amount in one, who gave it in
 * the next), the financing's form named after the amount, a contract's buyer named before its noun in a headline, and
 * a total raised since the company's start; probed on invented sentences and on long invented articles in both
 * languages, each fix beside the look-alikes that must stay unread.
 */

const PUBLISHED: FuzzyDate = { value: '2025-10-14', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const dated = (p: Proposals) => p.fundings.map((f) => `${f.to} ${f.amount} ${f.date?.value ?? '-'}`).sort();

describe('a loan or grant whose giver is told in the next sentence', () => {
  it('reads "Il lui a été accordé par A", "Ce prêt est accordé par A", "Les fonds proviennent de A et B"', () => {
    expect(
      fundings(
        fr("La start-up Corvane a obtenu un prêt de 2 millions d'euros. Il lui a été accordé par la Banque Populaire."),
      ),
    ).toEqual(['banque-populaire -> corvane 2000000 pledged']);
    expect(
      fundings(
        fr(
          'La start-up Semavert a reçu une subvention de 500 000 euros. Elle lui a été accordée par la Région Occitanie.',
        ),
      ),
    ).toEqual(['region-occitanie -> semavert 500000 pledged']);
    expect(
      fundings(
        fr(
          "La start-up Semavert a obtenu un prêt de 5 millions d'euros. Les fonds proviennent de la banque Ardoise et du Crédit Mutuel.",
        ),
      ),
    ).toEqual(['ardoise+credit-mutuel -> semavert 5000000 pledged']);
  });

  it('reads "The loan was provided by A", "It was awarded by A", "The money comes from A and B"', () => {
    expect(
      fundings(en('The startup Tessaly has secured a $8 million loan. The loan was provided by Harbor Bank.')),
    ).toEqual(['harbor-bank -> tessaly 8000000 pledged']);
    expect(fundings(en('The startup Tessaly has received a £2 million grant. It was awarded by Innovate UK.'))).toEqual(
      ['innovate-uk -> tessaly 2000000 pledged'],
    );
    expect(
      fundings(
        en('The startup Tessaly has raised €20 million. The money comes from Aldric Capital and Korven Ventures.'),
      ),
    ).toEqual(['aldric-capital+korven-ventures -> tessaly 20000000 invested']);
  });

  it("does not take a bank's name for a loan, nor a consortium's leader for a grant's giver", () => {
    expect(
      fundings(
        fr(
          "La start-up Semavert a levé 5 millions d'euros. Elle est menée par Aldric Capital. Le Crédit Mutuel et Korven Ventures complètent le tour de table.",
        ),
      ),
    ).toEqual(['aldric-capital+credit-mutuel+korven-ventures -> semavert 5000000 invested']);
    expect(
      fundings(
        fr(
          "Le projet Sillon a obtenu 48 millions d'euros de subventions au titre de France 2030. Sa réalisation a été confiée au consortium Amarre, emmené par Orvane.",
        ),
      ),
    ).toEqual(['france-2030 -> sillon 48000000 pledged']);
  });

  it('does not give a loan or a grant the giver of another one told after it', () => {
    expect(
      fundings(
        fr(
          "La start-up Tessaly a obtenu un prêt de 2 millions d'euros de la banque Ardoise. Ce prêt s'ajoute à une subvention accordée par la Région Occitanie en 2023.",
        ),
      ),
    ).toEqual(['ardoise -> tessaly 2000000 pledged']);
    expect(
      fundings(
        en(
          'The startup Tessaly secured a $2 million loan from Aldric Bank. The loan adds to a grant awarded by Innovate UK in 2023.',
        ),
      ),
    ).toEqual(['aldric-bank -> tessaly 2000000 pledged']);
  });

  it('does not give a round of equity the lender of another loan told after it', () => {
    expect(
      fundings(
        fr(
          "La start-up Semavert a levé 5 millions d'euros. Le prêt accordé par la banque Ardoise en 2020 a été remboursé.",
        ),
      ),
    ).toEqual(['- -> semavert 5000000 invested']);
    expect(
      fundings(en('The startup Tessaly has raised €20 million. The loan it took in 2021 was provided by Harbor Bank.')),
    ).toEqual(['- -> tessaly 20000000 invested']);
  });
});

describe("the financing's form named after its amount", () => {
  it('reads "un financement de N sous forme de dette", "sous la forme d\'un prêt" as a loan', () => {
    expect(
      fundings(fr("La start-up Semavert a sécurisé un financement de 5 millions d'euros sous forme de dette.")),
    ).toEqual(['- -> semavert 5000000 pledged']);
    expect(
      fundings(fr("La start-up Semavert a obtenu 5 millions d'euros sous la forme d'un prêt de la banque Ardoise.")),
    ).toEqual(['ardoise -> semavert 5000000 pledged']);
    // (a round's amount with no form named stays a round)
    expect(fundings(fr("La start-up Semavert a sécurisé un financement de 5 millions d'euros."))).toEqual([
      '- -> semavert 5000000 invested',
    ]);
  });
});

describe("a contract's buyer named before its noun", () => {
  it('reads "$N Army contract", "£N MoD deal" as a contract, in a title too', () => {
    expect(
      fundings(
        en('Defense contractor Brightline secures $120 million Army contract\n\nBrightline Systems makes radios.'),
      ),
    ).toEqual(['- -> brightline-systems 120000000 pledged']);
    expect(fundings(en('The startup Tessaly has won a £31m MoD deal.'))).toEqual(['- -> tessaly 31000000 pledged']);
    // (a round whose amount a capitalised word follows stays a round)
    expect(fundings(en('The startup Tessaly has raised $12 million Series A funding.'))).toEqual([
      '- -> tessaly 12000000 invested',
    ]);
  });
});

describe("a total raised since the company's start is not dated by its start", () => {
  it('leaves undated "Depuis sa création en 2019, X a levé N", "has raised N since it was founded in 2019"', () => {
    expect(dated(fr("Depuis sa création en 2019, la start-up Tessaly a levé 40 millions d'euros."))).toEqual([
      'tessaly 40000000 -',
    ]);
    expect(dated(en('The startup Tessaly has raised $65 million since it was founded in 2019.'))).toEqual([
      'tessaly 65000000 -',
    ]);
    // (nor is the round's funding event)
    expect(fr("Depuis sa création en 2019, la start-up Tessaly a levé 40 millions d'euros.").events).toEqual([]);
    // (a round dated in its own words keeps its year)
    expect(dated(fr("Créée en 2019, la start-up Tessaly a levé 40 millions d'euros en 2023."))).toEqual([
      'tessaly 40000000 2023',
    ]);
  });
});

describe('a giver or a date that belongs elsewhere in the sentence', () => {
  it('reads the giver named before its acronym: "le Conseil européen de la recherche (ERC), qui lui accorde N"', () => {
    expect(
      fundings(
        fr(
          "La start-up Batteo a été sélectionnée par le Conseil européen de la recherche (ERC), qui lui accorde une subvention de 2,5 millions d'euros.",
        ),
      ),
    ).toEqual(['conseil-europeen-de-la-recherche -> batteo 2500000 pledged']);
  });

  it("does not date an amount by the year of another amount's clause", () => {
    expect(
      dated(
        fr(
          "La start-up Batteo, qui avait levé 6 millions d'euros en 2022, reçoit une subvention de 2,5 millions d'euros de la Région Occitanie.",
        ),
      ),
    ).toEqual(['batteo 2500000 -', 'batteo 6000000 2022']);
    expect(
      dated(
        en(
          'The startup Batteo, which raised €6 million in 2022, will also receive €2.5 million from the European Innovation Council.',
        ),
      ),
    ).toEqual(['batteo 2500000 -', 'batteo 6000000 2022']);
  });

  it('does not take a guarantee for a loan\'s payer: "The loan, backed by the InvestEU programme"', () => {
    expect(
      fundings(
        en(
          'The startup Quillon has secured a €10 million loan from the European Investment Bank. The loan, backed by the InvestEU programme, will fund a factory.',
        ),
      ),
    ).toEqual(['european-investment-bank -> quillon 10000000 pledged']);
    // (a round backed by an investor told next is the investor's)
    expect(fundings(en('The startup Quillon has raised €10 million. The round was backed by Aldric Capital.'))).toEqual(
      ['aldric-capital -> quillon 10000000 invested'],
    );
  });
});

describe("a round's payers told in the next sentence by its verb", () => {
  it('reads "Elle l\'a réalisé auprès de A et B", "Les fonds ont été levés auprès de A", "The money was raised from A"', () => {
    expect(
      fundings(
        fr(
          "La start-up Tessaly a levé 8 millions d'euros. Elle l'a réalisé auprès d'Aldric Capital et de Korven Ventures.",
        ),
      ),
    ).toEqual(['aldric-capital+korven-ventures -> tessaly 8000000 invested']);
    expect(
      fundings(fr("La start-up Tessaly a levé 8 millions d'euros. Les fonds ont été levés auprès d'Aldric Capital.")),
    ).toEqual(['aldric-capital -> tessaly 8000000 invested']);
    expect(
      fundings(
        en('The startup Tessaly has raised $8 million. The money was raised from Aldric Capital and Korven Ventures.'),
      ),
    ).toEqual(['aldric-capital+korven-ventures -> tessaly 8000000 invested']);
  });

  it('reads "A et B ont participé.", "A and B participated." closing the sentence', () => {
    expect(
      fundings(fr("La start-up Tessaly a levé 8 millions d'euros. Aldric Capital et Korven Ventures ont participé.")),
    ).toEqual(['aldric-capital+korven-ventures -> tessaly 8000000 invested']);
    expect(
      fundings(en('The startup Tessaly has raised $8 million. Aldric Capital and Korven Ventures participated.')),
    ).toEqual(['aldric-capital+korven-ventures -> tessaly 8000000 invested']);
  });

  it('reads no payer from something else obtained or taken part in', () => {
    // (a gathering told in the sentence, or a person's former employer: "qui vient de A", "who comes from A")
    expect(
      fundings(
        fr(
          "La start-up Tessaly a levé 8 millions d'euros auprès d'Aldric Capital. La semaine dernière, elle a organisé un hackathon à Lyon ; Nuvéa Cloud et Opsera Systems ont participé.",
        ),
      ),
    ).toEqual(['aldric-capital -> tessaly 8000000 invested']);
    expect(
      fundings(
        fr(
          "La start-up Tessaly a levé 8 millions d'euros auprès d'Aldric Capital. Son directeur financier, qui vient de Nuvéa Cloud, a piloté l'opération.",
        ),
      ),
    ).toEqual(['aldric-capital -> tessaly 8000000 invested']);
    expect(
      fundings(
        en(
          'The startup Tessaly secured a $2 million loan from Aldric Bank. Its new finance chief, who comes from Nuvea Cloud, negotiated the loan.',
        ),
      ),
    ).toEqual(['aldric-bank -> tessaly 2000000 pledged']);
    expect(
      fundings(
        fr(
          "La start-up Tessaly a levé 8 millions d'euros. Elle a par ailleurs obtenu auprès de l'Anssi la qualification SecNumCloud.",
        ),
      ),
    ).toEqual(['- -> tessaly 8000000 invested']);
    expect(
      fundings(
        fr(
          "La start-up Tessaly a levé 8 millions d'euros. Aldric Capital et Korven Ventures ont participé au salon VivaTech.",
        ),
      ),
    ).toEqual(['- -> tessaly 8000000 invested']);
    expect(
      fundings(
        en(
          'The startup Tessaly has raised $8 million. Aldric Capital and Korven Ventures participated in a conference on AI.',
        ),
      ),
    ).toEqual(['- -> tessaly 8000000 invested']);
  });
});

describe('a round denied', () => {
  it('reads none from "dément avoir levé N" (a denial needs no "pas"), as from "denied it had raised N"', () => {
    expect(fundings(fr("La start-up Tessaly dément avoir levé 20 millions d'euros."))).toEqual([]);
    expect(fundings(en('The startup Tessaly denied it had raised $20 million.'))).toEqual([]);
    expect(fundings(fr("La start-up Tessaly a levé 20 millions d'euros."))).toEqual(['- -> tessaly 20000000 invested']);
  });
});

describe("a description standing for the round's recipient, not for its last payer", () => {
  it('gives "La start-up obtient un prêt de N" after a round\'s followers to the round\'s recipient', () => {
    expect(
      fundings(
        fr(
          'La start-up Quillon annonce une levée de fonds de 8 M€. Le tour est mené par Kerlouan Ventures. Saltmarsh Capital y participe aux côtés de business angels. La start-up obtient en parallèle un prêt de 1,5 M€ accordé par Bpifrance.',
        ),
      ),
    ).toEqual([
      'bpifrance -> quillon 1500000 pledged',
      'kerlouan-ventures+saltmarsh-capital -> quillon 8000000 invested',
    ]);
    // (a payer named again by its name may raise money of its own)
    expect(
      fundings(
        fr(
          'La start-up Quillon a levé 8 M€ auprès de Saltmarsh Capital. Saltmarsh Capital a par ailleurs levé un fonds de 200 M€.',
        ),
      ),
    ).toContain('- -> saltmarsh-capital 200000000 invested');
  });
});

describe('more ways to give a grant or a contract, and revenue as ARR', () => {
  it('reads "a voté une subvention de N en faveur de X" (not "a voté un budget de N")', () => {
    expect(
      fundings(
        fr('Le conseil régional de Bretagne a voté une subvention de 500 000 euros en faveur de la société Armoric.'),
      ),
    ).toEqual(['conseil-regional-de-bretagne -> armoric 500000 pledged']);
    expect(fundings(fr("Le Parlement a voté un budget de 50 milliards d'euros pour la défense."))).toEqual([]);
  });

  it('reads "a notifié à X un marché de N" (not "notifié à X le rejet de son offre pour un marché")', () => {
    expect(
      fundings(fr("Le ministère des Armées a notifié à la société Armoric un marché de 12 millions d'euros.")),
    ).toEqual(['ministere-des-armees -> armoric 12000000 pledged']);
    expect(
      fundings(
        fr(
          "Le ministère des Armées a notifié à la société Armoric le rejet de son offre pour un marché de 12 millions d'euros.",
        ),
      ),
    ).toEqual([]);
  });

  it('reads the winner after the amount: "Le marché de N remporté par X", "the $N contract won by X"', () => {
    expect(
      fundings(fr("Le marché de 12 millions d'euros remporté par la société Armoric porte sur des radios.")),
    ).toEqual(['- -> armoric 12000000 pledged']);
    expect(fundings(en('The $12 million contract won by the startup Armoric covers radios.'))).toEqual([
      '- -> armoric 12000000 pledged',
    ]);
    expect(fundings(fr("Le marché de 12 millions d'euros convoité par la société Armoric a été annulé."))).toEqual([]);
  });

  it('reads "ARR" as revenue', () => {
    expect(fundings(en('The company Doravel said its ARR had doubled to $12 million.'))).toEqual([
      '- -> doravel 12000000 revenue',
    ]);
  });
});

describe('a financing of several parts, money from a public body, winners listed with their shares', () => {
  it('keeps the round open over a loan of the same sentence: "…, composé d\'une levée de N1 et d\'un prêt de N2"', () => {
    expect(
      fundings(
        fr(
          "La PME Kelvane Spatial annonce un financement de 20 millions d'euros, composé d'une levée de fonds de 14 millions d'euros et d'un prêt de 6 millions d'euros de Bpifrance. La levée est menée par Aldric Capital.",
        ),
      ),
    ).toEqual(['aldric-capital -> kelvane-spatial 14000000 invested', 'bpifrance -> kelvane-spatial 6000000 pledged']);
  });

  it('reads money got (not raised) from a public body as its aid: "X obtient N de la Région Y"', () => {
    expect(fundings(fr("La start-up Opsera obtient 3 millions d'euros de la Région Occitanie."))).toEqual([
      'region-occitanie -> opsera 3000000 pledged',
    ]);
    // (a round raised from a public investor stays a round)
    expect(fundings(fr("La start-up Opsera a levé 3 millions d'euros auprès de Bpifrance."))).toEqual([
      'bpifrance -> opsera 3000000 invested',
    ]);
  });

  it('reads "Parmi les lauréats figurent A (N1) et B (N2)", "Recipients include A (N1) and B (N2)"', () => {
    expect(
      fundings(
        fr(
          "L'État soutient douze projets. Parmi les lauréats figurent Nuvéa Cloud (4,2 millions d'euros) et Opsera Systems (2,8 millions d'euros).",
        ),
      ),
    ).toEqual(['- -> nuvea-cloud 4200000 pledged', '- -> opsera-systems 2800000 pledged']);
    expect(
      fundings(
        en(
          'Innovate UK has awarded £20 million in grants to twelve projects. Recipients include Nuvea Cloud (£4.2 million) and Opsera Systems (£2.8 million).',
        ),
      ),
    ).toEqual(['innovate-uk -> nuvea-cloud 4200000 pledged', 'innovate-uk -> opsera-systems 2800000 pledged']);
    // (a figure in parentheses with no winners named is no aid, nor a market "soutenu" by something)
    expect(
      fundings(
        fr(
          "Le marché français, soutenu par la demande en IA, est dominé par Nuvéa Cloud (900 millions d'euros) et Opsera Systems (200 millions d'euros).",
        ),
      ),
    ).toEqual([]);
    expect(
      fundings(fr("Les deux sociétés, Nuvéa Cloud (4,2 millions d'euros) et Opsera Systems, se sont associées.")),
    ).toEqual([]);
  });
});

describe('a round told in the phrase opening the sentence', () => {
  it('gives it to the main clause\'s subject: "Fresh off a $N Series B, X…", "Forte d\'une levée de N, X…"', () => {
    expect(fundings(en('Fresh off a $30 million Series B, the startup Tessaly is hiring.'))).toEqual([
      '- -> tessaly 30000000 invested',
    ]);
    expect(fundings(fr("Forte d'une levée de 20 millions d'euros, la start-up Tessaly accélère."))).toEqual([
      '- -> tessaly 20000000 invested',
    ]);
    expect(
      fundings(en('With the $20 million raised from Aldric Capital, the startup Tessaly will hire 50 people.')),
    ).toEqual(['aldric-capital -> tessaly 20000000 invested']);
    expect(
      fundings(fr("Avec les 20 millions d'euros levés auprès d'Aldric Capital, la start-up Tessaly va recruter.")),
    ).toEqual(['aldric-capital -> tessaly 20000000 invested']);
  });

  it('gives "Cette levée de N, réalisée auprès de A, doit permettre à X…" to X, from A', () => {
    expect(
      fundings(
        fr("Cette levée de 20 M€, réalisée auprès d'Aldric Capital, doit permettre à la start-up Tessaly de recruter."),
      ),
    ).toEqual(['aldric-capital -> tessaly 20000000 invested']);
  });

  it('reads no round from an opening amount that is no round, nor gives one to a person', () => {
    expect(fundings(en('With a $20 billion market at stake, the startup Tessaly is hiring.'))).toEqual([]);
    expect(fundings(fr("Avec un budget de 20 millions d'euros, la start-up Tessaly va recruter."))).toEqual([]);
    expect(fundings(en('Fresh off a $30 million Series B, chief executive Anna Roy said she would hire.'))).toEqual([]);
    // (another company's round, or one still to come)
    expect(
      fundings(fr('Après la levée de 20 M€ de son concurrent Opsera Systems, la start-up Tessaly cherche des fonds.')),
    ).not.toContain('- -> tessaly 20000000 invested');
    expect(
      fundings(fr("Avec une levée de 20 M€ en préparation, la start-up Tessaly recrute une trentaine d'ingénieurs.")),
    ).toEqual([]);
  });
});

describe('a description opening the lead after a headline', () => {
  const lead = (sentence: string, language: 'fr' | 'en') =>
    language === 'fr'
      ? fr(
          `Batteo lève 25 M€\n\n${sentence} « Nous allons recruter », explique Paul Morin, le président de Batteo.\n\nL'entreprise Batteo emploie 20 personnes.`,
        )
      : en(
          `Batteo raises €25m\n\n${sentence} "We will hire," said Paul Morin, chief executive of Batteo.\n\nThe startup Batteo employs 20 people.`,
        );

  it('gives the lead\'s round, with its payers, to the headline\'s company: "La société grenobloise a levé N auprès de A"', () => {
    expect(fundings(lead("La société grenobloise a levé 25 millions d'euros auprès d'Aldric Capital.", 'fr'))).toEqual([
      'aldric-capital -> batteo 25000000 invested',
    ]);
    expect(
      fundings(
        lead(
          "La société grenobloise annonce avoir finalisé une levée de fonds de 25 millions d'euros auprès d'Aldric Capital.",
          'fr',
        ),
      ),
    ).toEqual(['aldric-capital -> batteo 25000000 invested']);
    expect(fundings(lead('The Grenoble-based company has raised €25 million from Aldric Capital.', 'en'))).toEqual([
      'aldric-capital -> batteo 25000000 invested',
    ]);
    expect(
      fundings(lead('The Grenoble-based company announced a €25 million funding round from Aldric Capital.', 'en')),
    ).toEqual(['aldric-capital -> batteo 25000000 invested']);
  });

  it('does not give a fund\'s own money to the company: "The fund has raised €500m"', () => {
    expect(fundings(lead('The fund has raised €500 million for its third vehicle.', 'en'))).toEqual([
      '- -> batteo 25000000 invested',
    ]);
    // (nor another company's, told by a description: a superlative, a rival, a relative clause)
    for (const [text, language] of [
      ['The largest company in the sector raised $200 million last year from Blackstone.', 'en'],
      ["The company's biggest rival raised $200 million last year from Blackstone.", 'en'],
      ["Le groupe américain qui domine le secteur a levé 200 millions d'euros l'an dernier.", 'fr'],
    ] as const)
      expect(fundings(lead(text, language))).not.toContain('- -> batteo 200000000 invested');
  });
});

describe("a round's noun as the subject, its amount after", () => {
  it('reads "The round, led by A, came to $N", "X\'s Series A, led by A, totalled N", "Le tour de table, mené par A, s\'élève à N"', () => {
    expect(
      fundings(
        en(
          'Kelvane completes Series A\n\nKelvane, a Seattle-based maker of satellite parts, has completed its Series A. The round, led by Aldric Capital, came to $20 million, Kelvane said.',
        ),
      ),
    ).toEqual(['aldric-capital -> kelvane 20000000 invested']);
    expect(
      fundings(
        en(
          "The startup Kelvane has completed its Series A. Kelvane's Series A, led by Aldric Capital, totalled $20 million.",
        ),
      ),
    ).toEqual(['aldric-capital -> kelvane 20000000 invested']);
    expect(
      fundings(
        fr(
          "Kelvane boucle sa série A\n\nLa start-up Kelvane a bouclé sa série A. Le tour de table, mené par Aldric Capital, s'élève à 20 millions d'euros.",
        ),
      ),
    ).toEqual(['aldric-capital -> kelvane 20000000 invested']);
  });

  it('reads no round from another noun totalling an amount ("The market for radios totalled $N")', () => {
    expect(
      fundings(
        en('The startup Kelvane sells radios. The startup Kelvane grows. The market for radios totalled $20 billion.'),
      ),
    ).toEqual([]);
  });
});
