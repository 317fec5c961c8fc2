import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { fundingLine, readWithRules } from './testing/readings.ts';

/**
 * How news tells who paid into a funding round, in French and English (the round's lead, its other participants,
 * existing investors, a round told again in the next sentence), on invented sentences, with their traps.
 */

const PUBLISHED: FuzzyDate = { value: '2023-06-15', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

const fundings = (p: Proposals) => p.fundings.map(fundingLine);
const funds = (p: Proposals) =>
  p.relations
    .filter((r) => r.type === 'funds')
    .map((r) => `${r.from} -> ${r.to}`)
    .sort();

describe("a round's lead and participants after its amount", () => {
  it('reads "led by A, with participation from B, C and existing backer D"', () => {
    const p = en(
      'Nimbus Labs raised $40 million in a Series C round led by Harbor Partners, with participation from Alder Capital, Atos and existing backer Kestrel.',
    );
    expect(fundings(p)).toEqual(['alder-capital+atos+harbor-partners+kestrel -> nimbus-labs 40000000 USD invested']);
    expect(funds(p)).toEqual([
      'alder-capital -> nimbus-labs',
      'atos -> nimbus-labs',
      'harbor-partners -> nimbus-labs',
      'kestrel -> nimbus-labs',
    ]);
  });

  it('reads "un tour de table mené par A, aux côtés de B et de C" and "apportés par A, qui mène le tour, aux côtés de B"', () => {
    expect(
      fundings(
        fr(
          "Nubo Cloud a bouclé un tour de table de 30 millions d'euros mené par Kestrel Ventures, aux côtés de Harbor Partners et d'Orange.",
        ),
      ),
    ).toEqual(['harbor-partners+kestrel-ventures+orange -> nubo-cloud 30000000 EUR invested']);
    expect(
      fundings(
        fr(
          "La société Nubo Cloud a signé la plus grosse levée de son histoire : 12 millions d'euros, apportés par Alder Capital, qui mène le tour, aux côtés de Harbor Partners et de Bpifrance.",
        ),
      ),
    ).toEqual(['alder-capital+bpifrance+harbor-partners -> nubo-cloud 12000000 EUR invested']);
  });

  it('reads a list past an aside after a payer, whose own names pay nothing ("A (filiale d\'Orange), B et C")', () => {
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 8 millions d'euros auprès de Harbor Partners (filiale d'Orange), Alder Capital et Bpifrance.",
        ),
      ),
    ).toEqual(['alder-capital+bpifrance+harbor-partners -> nubo-cloud 8000000 EUR invested']);
    expect(fundings(en('Nimbus Labs raised $8m from Harbor Partners (an Atos fund) and Alder Capital.'))).toEqual([
      'alder-capital+harbor-partners -> nimbus-labs 8000000 USD invested',
    ]);
  });

  it('reads "avec la participation de A" and "$N from A, B and C", "backed by A and B"', () => {
    expect(
      fundings(fr("Nubo Cloud lève 5 millions d'euros avec la participation de Harbor Partners et de Bpifrance.")),
    ).toEqual(['bpifrance+harbor-partners -> nubo-cloud 5000000 EUR invested']);
    expect(fundings(en('Nimbus Labs secured $8m from Alder Capital, Orange and Harbor Partners last year.'))).toEqual([
      'alder-capital+harbor-partners+orange -> nimbus-labs 8000000 USD invested',
    ]);
    expect(fundings(en('Nimbus Labs has landed a $15m round backed by Alder Capital and Harbor Partners.'))).toEqual([
      'alder-capital+harbor-partners -> nimbus-labs 15000000 USD invested',
    ]);
  });

  it('reads "with A joining existing backers B and C" and "with A and B tagging along", a country owning a payer', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs raised $25m, with Alder Capital joining existing backers Harbor Partners and Kestrel Ventures.',
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners+kestrel-ventures -> nimbus-labs 25000000 USD invested']);
    expect(
      fundings(
        en(
          "Nimbus Labs bagged $60m in a round led by Harbor Partners, with Qatar's Doha Growth Fund and France's Bpifrance tagging along.",
        ),
      ),
    ).toEqual(['bpifrance+doha-growth-fund+harbor-partners -> nimbus-labs 60000000 USD invested']);
  });

  it('takes a round verb of the news ("pocketed", "bagged", "empoche", "sécurise")', () => {
    expect(fundings(en('Nimbus Labs has pocketed $30 million from Harbor Partners.'))).toEqual([
      'harbor-partners -> nimbus-labs 30000000 USD invested',
    ]);
    expect(fundings(fr("Nubo Cloud empoche 7 millions d'euros auprès de Harbor Partners."))).toEqual([
      'harbor-partners -> nubo-cloud 7000000 EUR invested',
    ]);
    expect(fundings(fr("Nubo Cloud sécurise 3 millions d'euros auprès de Bpifrance."))).toEqual([
      'bpifrance -> nubo-cloud 3000000 EUR invested',
    ]);
  });

  it('does not make a leader, a customer or a place a payer', () => {
    // A company led by its chief executive: no round's lead.
    expect(
      fundings(en('Nimbus Labs, which raised $5m last year, is led by chief executive Jane Porter since 2020.')),
    ).toEqual(['- -> nimbus-labs 5000000 USD invested']);
    // "from" far from the amount, in another phrase: not the round's source.
    expect(
      fundings(
        en('Nimbus Labs raised $5m last year, a few months after the engineers who built it spun out from Orange.'),
      ),
    ).toEqual(['- -> nimbus-labs 5000000 USD invested']);
    // A city does not receive a round.
    expect(fundings(en('Lyon AI campus bags $600m as investors pile in.'))).toEqual([]);
    // "alongside" a plan, not a payer.
    expect(fundings(en('Nimbus Labs raised $9m alongside a partnership with Orange.'))).toEqual([
      '- -> nimbus-labs 9000000 USD invested',
    ]);
  });
});

describe('a round told again in the sentences after its amount', () => {
  it('adds "The round was led by A, with B and C joining" to the round the paragraph before told', () => {
    const p = en(
      'Nimbus Labs has pocketed $90 million to build a campus near Lyon.\n\nThe round, announced on Monday, was led by US infrastructure investor Harbor Bridge Capital, with Alder Capital and Bpifrance joining.',
    );
    expect(fundings(p)).toEqual(['alder-capital+bpifrance+harbor-bridge-capital -> nimbus-labs 90000000 USD invested']);
    // Cited where the amount is told and where the payers are.
    expect(p.fundings[0]!.evidence).toHaveLength(2);
    expect(funds(p)).toEqual([
      'alder-capital -> nimbus-labs',
      'bpifrance -> nimbus-labs',
      'harbor-bridge-capital -> nimbus-labs',
    ]);
  });

  it('adds "Le tour de table est mené par A" and "ses investisseurs historiques B et C ont remis au pot"', () => {
    const p = fr(
      "Nubo Cloud a levé 20 millions d'euros. Le tour de table est mené par Kestrel Ventures. Ses investisseurs historiques Harbor Partners et Alder Capital ont remis au pot.",
    );
    expect(fundings(p)).toEqual(['alder-capital+harbor-partners+kestrel-ventures -> nubo-cloud 20000000 EUR invested']);
  });

  it('adds "A and B co-led the round", "Existing investors C also took part", "A, déjà présent au capital, a suivi"', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs raised $12m on Tuesday. Harbor Partners and Alder Capital co-led the round. Existing investor Kestrel Ventures also took part.',
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners+kestrel-ventures -> nimbus-labs 12000000 USD invested']);
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 6 millions d'euros auprès de Harbor Partners. Bpifrance, déjà présent au capital, a suivi l'opération.",
        ),
      ),
    ).toEqual(['bpifrance+harbor-partners -> nubo-cloud 6000000 EUR invested']);
  });

  it('reads a round named by its amount ("The $12m round was led by A") and "X\'s €N seed round, led by A"', () => {
    expect(fundings(en('Nimbus Labs raised $12m on Tuesday. The $12m round was led by Harbor Partners.'))).toEqual([
      'harbor-partners -> nimbus-labs 12000000 USD invested',
    ]);
    expect(
      fundings(en("Nimbus Labs's €10 million seed round, led by Alder Capital and announced in 2021, was small.")),
    ).toEqual(['alder-capital -> nimbus-labs 10000000 EUR invested']);
  });

  it('does not add payers told with no round word, under a negation, or for another amount', () => {
    // No round word: a partner, not a payer.
    expect(
      fundings(en('Nimbus Labs raised $12m on Tuesday. Harbor Partners joined as a distribution partner.')),
    ).toEqual(['- -> nimbus-labs 12000000 USD invested']);
    // Negated.
    expect(
      fundings(
        en('Nimbus Labs raised $12m on Tuesday. Existing investor Harbor Partners did not take part in the round.'),
      ),
    ).toEqual(['- -> nimbus-labs 12000000 USD invested']);
    expect(
      fundings(fr("Nubo Cloud a levé 6 millions d'euros. Harbor Partners n'a pas participé au tour de table.")),
    ).toEqual(['- -> nubo-cloud 6000000 EUR invested']);
    // Too far from the round: four sentences later.
    expect(
      fundings(
        en(
          'Nimbus Labs raised $12m on Tuesday. It sells software. It has 40 staff. It is based in Lyon. The round was led by Harbor Partners.',
        ),
      ),
    ).toEqual(['- -> nimbus-labs 12000000 USD invested']);
  });

  it('keeps a valuation out of the round ("The round values X at N", "l\'opération valorise la société autour de N")', () => {
    expect(
      fundings(
        en('Nimbus Labs raised $40 million from Harbor Partners. The round values Nimbus Labs at $900 million.'),
      ),
    ).toEqual(['harbor-partners -> nimbus-labs 40000000 USD invested']);
    expect(
      fundings(
        fr(
          "Nubo Cloud lève 30 millions d'euros auprès de Kestrel Ventures. L'opération valorise la société autour de 200 millions d'euros.",
        ),
      ),
    ).toEqual(['kestrel-ventures -> nubo-cloud 30000000 EUR invested']);
  });
});

describe('several rounds in one story', () => {
  it('keeps each round with its own payers and currency (a round in dollars, an earlier one in euros)', () => {
    const p = en(
      "Nimbus Labs raised $220 million in a round led by Harbor Partners. Nimbus Labs's €80 million seed round, led by Alder Capital in 2021, was one of Europe's largest.",
    );
    expect(fundings(p).sort()).toEqual([
      'alder-capital -> nimbus-labs 80000000 EUR invested',
      'harbor-partners -> nimbus-labs 220000000 USD invested',
    ]);
  });

  it('reads "In 2021, A had led a €12m seed round" and "A a mené le tour de table de N" with the recipient told before', () => {
    expect(
      fundings(
        en('Nimbus Labs raised $50m from Harbor Partners this week. In 2021, Alder Capital had led a €12m seed round.'),
      ).sort(),
    ).toEqual([
      'alder-capital -> nimbus-labs 12000000 EUR invested',
      'harbor-partners -> nimbus-labs 50000000 USD invested',
    ]);
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 30 millions d'euros auprès de Harbor Partners. En 2020, Kestrel Ventures avait mené le tour de table de 4 millions d'euros.",
        ),
      ).sort(),
    ).toEqual([
      'harbor-partners -> nubo-cloud 30000000 EUR invested',
      'kestrel-ventures -> nubo-cloud 4000000 EUR invested',
    ]);
  });

  it('reads "A invested N in X" and "le fonds A a injecté N dans X" with the round\'s other payers', () => {
    expect(fundings(en('Harbor Partners invested $7m in Nimbus Labs, alongside Alder Capital and Orange.'))).toEqual([
      'alder-capital+harbor-partners+orange -> nimbus-labs 7000000 USD invested',
    ]);
    expect(
      fundings(fr("Le fonds Harbor Partners a injecté 4 millions d'euros dans Nubo Cloud, aux côtés de Bpifrance.")),
    ).toEqual(['bpifrance+harbor-partners -> nubo-cloud 4000000 EUR invested']);
  });

  it('does not read a hypothetical round or an acquisition price as one', () => {
    expect(fundings(en('Nimbus Labs could raise $40m in a round led by Harbor Partners.'))).toEqual([]);
    expect(fundings(fr("Nubo Cloud pourrait lever 10 millions d'euros auprès de Harbor Partners."))).toEqual([]);
    expect(fundings(en('Orange bought Nimbus Labs for $300m in a deal led by Harbor Partners.'))).toEqual([]);
  });
});

describe('revenue told in the ways news tells it', () => {
  it('reads "a réalisé N de chiffre d\'affaires" after a second verb sharing its subject, and "X said its revenue rose to N"', () => {
    expect(
      fundings(
        fr(
          "Créée en 2012 à Lille par Paul Martin, la start-up Nubo Cloud emploie 80 personnes et a réalisé 9,5 millions d'euros de chiffre d'affaires l'an dernier.",
        ),
      ),
    ).toEqual(['- -> nubo-cloud 9500000 EUR revenue']);
    expect(fundings(en('Nimbus Labs said its revenue rose 30% to $45 million last year.'))).toEqual([
      '- -> nimbus-labs 45000000 USD revenue',
    ]);
    expect(
      fundings(fr("Nubo Cloud a indiqué que son chiffre d'affaires avait atteint 7 millions d'euros en 2022.")),
    ).toEqual(['- -> nubo-cloud 7000000 EUR revenue']);
  });

  it('reads the revenue of a name an apposition or a relative clause describes ("for X, a group with €N of revenue")', () => {
    expect(fundings(en('The deal is a boost for Nimbus Labs, a group with €2.5bn of revenue.'))).toEqual([
      '- -> nimbus-labs 2500000000 EUR revenue',
    ]);
    expect(
      fundings(
        fr("Pour Nubo Cloud, qui a réalisé 40 millions d'euros de chiffre d'affaires en 2022, c'est un tournant."),
      ),
    ).toEqual(['- -> nubo-cloud 40000000 EUR revenue']);
  });

  it('gives "Son chiffre d\'affaires a atteint N" with no name before it to the company the article is about', () => {
    const p = fr(
      "Nubo Cloud ouvre un site à Lille. Nubo Cloud recrute. Fondée en 2015, la PME exploite deux centres de données. Son chiffre d'affaires a atteint 9 millions d'euros en 2022.",
    );
    expect(fundings(p)).toEqual(['- -> nubo-cloud 9000000 EUR revenue']);
  });

  it('keeps the traps out: a revenue target, a forecast, a definite article standing for nobody, a "with" clause not an apposition', () => {
    expect(
      fundings(fr("Nubo Cloud recrute. Nubo Cloud vise 40 millions d'euros de chiffre d'affaires en 2026.")),
    ).toEqual([]);
    expect(fundings(en('Nimbus Labs said its revenue is expected to reach $80m.'))).toEqual([]);
    // No possessive, no article's company: the revenue has no owner.
    expect(fundings(fr("Le chiffre d'affaires du secteur a atteint 9 milliards d'euros en 2022."))).toEqual([]);
    // "La start-up" opening the main clause is the subject, not an apposition of the name before it.
    expect(
      fundings(
        fr(
          "Créée à Lille par deux anciens de Capgemini, la jeune pousse emploie 30 personnes et a réalisé 3 millions d'euros de chiffre d'affaires.",
        ),
      ),
    ).toEqual([]);
  });
});

describe('a dated round is a funding event', () => {
  const fundingEvents = (p: Proposals) =>
    p.events.filter((e) => e.kind === 'funding').map((e) => `${e.actors.map((a) => a.id).join('+')} ${e.date.value}`);

  it('dates the event of "A invested N in X in 2021" and "le fonds A a injecté N dans X en 2020", payers as investors', () => {
    expect(fundingEvents(en('Harbor Partners invested $7m in Nimbus Labs in 2021.'))).toEqual([
      'nimbus-labs+harbor-partners 2021',
    ]);
    expect(fundingEvents(fr("Le fonds Harbor Partners a injecté 4 millions d'euros dans Nubo Cloud en 2020."))).toEqual(
      ['nubo-cloud+harbor-partners 2020'],
    );
  });

  it('dates each round of a sentence by its own date, past a valuation between them', () => {
    const p = en(
      'Nimbus Labs raised $15 million from Harbor Partners in 2019, and was valued at about $2bn after a second round in 2021, in which Alder Capital invested $300m.',
    );
    expect(fundings(p).sort()).toEqual([
      'alder-capital -> nimbus-labs 300000000 USD invested',
      'harbor-partners -> nimbus-labs 15000000 USD invested',
    ]);
    expect(fundingEvents(p).sort()).toEqual(['nimbus-labs+alder-capital 2021', 'nimbus-labs+harbor-partners 2019']);
  });

  it('gives no funding event to a date of another event, a planned round or a hypothetical one', () => {
    // "Founded in 2015": the year of the founding, not of the round.
    expect(fundingEvents(en('Founded in 2015, Nimbus Labs invested $3m of its own in Alder Capital.'))).toEqual([]);
    expect(fundingEvents(fr("Créée en 2012, Nubo Cloud a reçu 2 millions d'euros de Bpifrance."))).toEqual([]);
    // After the publication: a plan.
    expect(fundingEvents(en('Harbor Partners will invest $7m in Nimbus Labs in 2026.'))).toEqual([]);
    expect(fundingEvents(fr("Si Harbor Partners investissait 4 millions d'euros dans Nubo Cloud en 2022…"))).toEqual(
      [],
    );
  });
});

describe('amounts that are no round: valuations after the amount, totals raised so far', () => {
  it('keeps "at a $N valuation" out and gives the round its lead past it', () => {
    expect(fundings(en('Nimbus Labs raised $50 million at a $1 billion valuation, led by Harbor Partners.'))).toEqual([
      'harbor-partners -> nimbus-labs 50000000 USD invested',
    ]);
    expect(
      fundings(fr("Nubo Cloud lève 10 millions d'euros sur la base de 60 millions d'euros de valorisation.")),
    ).toEqual(['- -> nubo-cloud 10000000 EUR invested']);
  });

  it('keeps a total raised so far out ("brings its total funding to N", "N to date", "portant à N le total levé")', () => {
    expect(fundings(en("The new money brings Nimbus Labs's total funding to $80 million."))).toEqual([]);
    expect(fundings(en('Nimbus Labs has raised $80 million to date.'))).toEqual([]);
    expect(
      fundings(
        fr("Nubo Cloud a levé 15 millions d'euros auprès de Bpifrance, portant à 40 millions d'euros le total levé."),
      ),
    ).toEqual(['bpifrance -> nubo-cloud 15000000 EUR invested']);
  });

  it('reads "Other investors in the round include A and B", "Parmi les investisseurs figurent A et B"', () => {
    expect(
      fundings(en('Nimbus Labs raised $15m. Other investors in the round include Alder Capital and Harbor Partners.')),
    ).toEqual(['alder-capital+harbor-partners -> nimbus-labs 15000000 USD invested']);
    expect(
      fundings(
        fr("Nubo Cloud a levé 15 millions d'euros. Parmi les investisseurs figurent Harbor Partners et Bpifrance."),
      ),
    ).toEqual(['bpifrance+harbor-partners -> nubo-cloud 15000000 EUR invested']);
  });
});

describe('payers told by "also participated" and a round taken part in', () => {
  it('adds "B, C and D also participated", "B et C ont également participé" to the round just told', () => {
    expect(
      fundings(en('Nimbus Labs raised $30m led by Harbor Partners. Alder Capital, Orange and Atos also participated.')),
    ).toEqual(['alder-capital+atos+harbor-partners+orange -> nimbus-labs 30000000 USD invested']);
    expect(fundings(fr("Nubo Cloud a levé 10 millions d'euros. Orange et Atos ont également participé."))).toEqual([
      'atos+orange -> nubo-cloud 10000000 EUR invested',
    ]);
  });

  it('reads a sentence opening on its round\'s lead ("In a round led by A, X raised N from B"), not an earlier round\'s', () => {
    expect(
      fundings(en('In a round led by Harbor Partners, Nimbus Labs raised $20m from Alder Capital and Orange.')),
    ).toEqual(['alder-capital+harbor-partners+orange -> nimbus-labs 20000000 USD invested']);
    expect(
      fundings(en('Nimbus Labs, whose previous round was led by Harbor Partners, raised $20m from Alder Capital.')),
    ).toEqual(['alder-capital -> nimbus-labs 20000000 USD invested']);
  });

  it('reads "Harbor Partners led the round, which also saw participation from B"', () => {
    expect(
      fundings(
        en('Nimbus Labs raised $20m. Harbor Partners led the round, which also saw participation from Alder Capital.'),
      ),
    ).toEqual(['alder-capital+harbor-partners -> nimbus-labs 20000000 USD invested']);
  });

  it('reads "A a participé à la levée de fonds de N de X" as A paying X, not A raising', () => {
    expect(
      fundings(fr("Harbor Partners a participé à la levée de fonds de 10 millions d'euros de Nubo Cloud.")),
    ).toEqual(['harbor-partners -> nubo-cloud 10000000 EUR invested']);
  });

  it('adds the payers told after a round when a place follows them ("…also invested in the financing, the Brest-headquartered startup told")', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs has closed a $30m round led by Harbor Partners. Alder Bank and Kestrel Capital also invested in the financing, the Brest-headquartered startup told reporters.',
        ),
      ),
    ).toEqual(['alder-bank+harbor-partners+kestrel-capital -> nimbus-labs 30000000 USD invested']);
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 10 millions d'euros auprès de Harbor Partners. Alder Capital et Kestrel Capital ont aussi participé au tour, a précisé à Brest la dirigeante.",
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners+kestrel-capital -> nubo-cloud 10000000 EUR invested']);
    // ("ont aussi pris part à l'opération" follows a round as "participé" does)
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 10 millions d'euros auprès de Harbor Partners. La banque Alder et l'actionnaire historique Kestrel Capital ont aussi pris part à l'opération.",
        ),
      ),
    ).toEqual(['alder+harbor-partners+kestrel-capital -> nubo-cloud 10000000 EUR invested']);
  });

  it("reaches a round's subject past a long relative clause, so the round told again renews its payers' reach", () => {
    // The headline tells the round first; the body's sentence, its subject far before its verb past a relative clause,
    // tells it again, and the next sentence names its lead.
    expect(
      fundings(
        fr(
          "Nubo Cloud lève 6 millions d'euros\n\nNubo Cloud est né à Brest. Il compte trente salariés. Il vise l'Espagne.\n\nBonne nouvelle. La PME, dont les trois salles tournent depuis 2014 pour des mairies, des cliniques, des lycées, des ports de plaisance et des coopératives agricoles de toute la Bretagne et des Pays de la Loire, vient de boucler une levée de 6 millions d'euros. Le tour de table est mené par Harbor Partners.",
        ),
      ),
    ).toEqual(['harbor-partners -> nubo-cloud 6000000 EUR invested']);
    expect(
      fundings(
        en(
          'Nimbus Labs lands $6 million\n\nNimbus Labs was born in Leeds. It has thirty staff. It eyes Spain.\n\nGood news. The company, whose three server rooms have run since 2014 for town halls, clinics, schools, marinas and farming cooperatives across Yorkshire, Lancashire and the whole of the North East, has just closed a $6 million round. The round was led by Harbor Partners.',
        ),
      ),
    ).toEqual(['harbor-partners -> nimbus-labs 6000000 USD invested']);
  });

  it('reads a list whose second payer an English nationality describes ("A and the Finnish family office B")', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs raised $30m in a round led by Harbor Partners. Kestrel Capital and the Finnish family office Alder Invest co-invested.',
        ),
      ),
    ).toEqual(['alder-invest+harbor-partners+kestrel-capital -> nimbus-labs 30000000 USD invested']);
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 10 millions d'euros auprès de Harbor Partners. Kestrel Capital et le family office finlandais Alder Invest ont également participé.",
        ),
      ),
    ).toEqual(['alder-invest+harbor-partners+kestrel-capital -> nubo-cloud 10000000 EUR invested']);
  });

  it('adds "B, one of its investors, put fresh money in too", "B a de nouveau remis des fonds"', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs raised $14m in a round led by Harbor Ventures. Kestrel Capital, one of its investors since 2021, put fresh money in too.',
        ),
      ),
    ).toEqual(['harbor-ventures+kestrel-capital -> nimbus-labs 14000000 USD invested']);
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 14 millions d'euros auprès de Harbor Ventures. Actionnaire depuis 2021, Kestrel Capital a de nouveau remis des fonds.",
        ),
      ),
    ).toEqual(['harbor-ventures+kestrel-capital -> nubo-cloud 14000000 EUR invested']);
    // (money put into another company, or not put in, adds no payer)
    for (const text of [
      'Nimbus Labs raised €14m in a round led by Harbor Ventures. Kestrel Capital put money in a rival instead.',
      'Nimbus Labs raised €14m in a round led by Harbor Ventures. Kestrel Capital, an investor, did not put money in.',
    ])
      expect(fundings(en(text))).toEqual(['harbor-ventures -> nimbus-labs 14000000 EUR invested']);
  });

  it('reads a description opening the sentence with "that it had closed", "qu\'elle a bouclé" as the round\'s company', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs raises $9m\n\nNimbus Labs sells storage to banks. Its founders met at Inria. They hired forty people.\n\nThe Porto-born company said in a statement that it had closed a $9 million seed round. Harbor Ventures led the round.',
        ),
      ),
    ).toEqual(['harbor-ventures -> nimbus-labs 9000000 USD invested']);
    expect(
      fundings(
        fr(
          "Nubo Cloud lève 9 millions d'euros\n\nNubo Cloud vend du stockage aux banques. Ses fondateurs se sont connus à l'Inria. Ils emploient quarante personnes.\n\nL'entreprise portugaise a fait savoir jeudi qu'elle a bouclé un tour d'amorçage de 9 millions d'euros. Harbor Ventures a mené le tour.",
        ),
      ),
    ).toEqual(['harbor-ventures -> nubo-cloud 9000000 EUR invested']);
  });

  it('never gives a round to a certification: the subject of "X obtient le label C puis boucle un tour de N" raises', () => {
    expect(
      fundings(fr("Nubo Cloud grandit\n\nNubo Cloud obtient le label HDS puis boucle un tour de 8 millions d'euros.")),
    ).toEqual(['- -> nubo-cloud 8000000 EUR invested']);
    expect(
      fundings(en('Nimbus Labs grows\n\nNimbus Labs earned ISO 27001 certification and then closed an €8m round.')),
    ).toEqual(['- -> nimbus-labs 8000000 EUR invested']);
  });

  it('does not add a payer who invested in another company', () => {
    expect(
      fundings(
        fr("Nubo Cloud a levé 10 millions d'euros. Orange a également investi dans la société Kestrel Ventures."),
      ),
    ).toEqual(['- -> nubo-cloud 10000000 EUR invested']);
    expect(
      fundings(en('Nimbus Labs raised $12m. Harbor Partners also invested in Kestrel Ventures last year.')),
    ).toEqual(['- -> nimbus-labs 12000000 USD invested']);
  });
});

describe('a payer described in an apposition, and names inside it', () => {
  it('reads past an apposition after a payer, whose own names pay nothing', () => {
    expect(
      fundings(
        fr(
          "En 2022, Nubo Cloud avait levé 10 millions d'euros auprès de Harbor Partners, le fonds de la Région Normandie, et d'Alder Capital.",
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners -> nubo-cloud 10000000 EUR invested']);
    expect(
      fundings(en('Nimbus Labs raised $10m from Harbor Partners, the venture arm of Siemens, and Alder Capital.')),
    ).toEqual(['alder-capital+harbor-partners -> nimbus-labs 10000000 USD invested']);
  });

  it('keeps a name after a comma that opens no list out of the payers', () => {
    expect(fundings(en('Nimbus Labs raised $10m from Harbor Partners, Siemens said.'))).toEqual([
      'harbor-partners -> nimbus-labs 10000000 USD invested',
    ]);
    expect(fundings(fr("Nubo Cloud a levé 8 millions d'euros auprès de Harbor Partners, selon Orange."))).toEqual([
      'harbor-partners -> nubo-cloud 8000000 EUR invested',
    ]);
  });

  it('reads "par A, qui mène l\'opération, par B et par l\'actionnaire historique de la société, C"', () => {
    expect(
      fundings(
        fr(
          "Nubo Cloud a levé 20 millions d'euros, apportés par Harbor Partners, qui mène l'opération, par Alder Capital et par l'actionnaire historique de la société, Kestrel Ventures.",
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners+kestrel-ventures -> nubo-cloud 20000000 EUR invested']);
  });
});

describe('revenue with no owner named in its clause', () => {
  const known = 'Nimbus Labs sells storage to banks. Nimbus Labs was founded in Lyon. ';
  const connu = 'Nubo Cloud vend du stockage. Nubo Cloud est née à Caen. ';

  it('gives a bare revenue figure opening its sentence to the article\'s company ("Revenue rose…", "Le chiffre d\'affaires a progressé…")', () => {
    expect(
      fundings(en(`${known}Revenue rose 27 per cent to €40mn last year, and its customers include Orange and Atos.`)),
    ).toEqual(['- -> nimbus-labs 40000000 EUR revenue']);
    expect(
      fundings(fr(`${connu}Le chiffre d'affaires a progressé de 30 % à 12 millions d'euros l'an dernier.`)),
    ).toEqual(['- -> nubo-cloud 12000000 EUR revenue']);
  });

  it('gives a reported bare revenue figure to who reports it ("X says … that revenue reached N")', () => {
    expect(
      fundings(
        en(
          `${known}The startup says it now has 300 customers, including Orange and Atos, and that revenue reached €9m last year.`,
        ),
      ),
    ).toEqual(['- -> nimbus-labs 9000000 EUR revenue']);
    expect(fundings(en(`${known}Last week, Harbor Telecom said that revenue rose to $4bn.`))).toEqual([
      '- -> harbor-telecom 4000000000 USD revenue',
    ]);
    expect(
      fundings(
        fr(`${connu}La société Harbor Telecom indique que le chiffre d'affaires a atteint 40 millions d'euros.`),
      ),
    ).toEqual(['- -> harbor-telecom 40000000 EUR revenue']);
  });

  it('gives "The firm\'s revenue" to the article\'s company, and "up from N" too', () => {
    expect(
      fundings(
        en(
          `${known}Nimbus Labs designs its own servers. Harbor Telecom has been a customer since 2020. The firm's annual revenue reached $120m in 2021, up from $45m a year earlier.`,
        ),
      ),
    ).toEqual(['- -> nimbus-labs 120000000 USD revenue', '- -> nimbus-labs 45000000 USD revenue']);
  });

  it("leaves a market's revenue, another's, and a forecast alone", () => {
    expect(fundings(en(`${known}Industry revenue reached $40bn last year.`))).toEqual([]);
    expect(fundings(en(`${known}Revenue from cloud services at Orange rose to $4bn.`))).toEqual([]);
    expect(fundings(fr(`${connu}Le chiffre d'affaires du secteur a atteint 4 milliards d'euros.`))).toEqual([]);
    expect(fundings(fr(`${connu}Le chiffre d'affaires devrait atteindre 40 millions d'euros en 2027.`))).toEqual([]);
    expect(fundings(en(`${known}Revenue is expected to reach €50m next year.`))).toEqual([]);
  });
});

describe('payers told after the round with a pronoun or an apposition', () => {
  it('reads "A y participe aussi, aux côtés des investisseurs historiques de la société, B et C"', () => {
    expect(
      fundings(
        fr(
          "Nubo Cloud annonce une levée de 9 millions d'euros. Le tour est mené par Harbor Partners. Le fonds Orion Capital y participe aussi, aux côtés des investisseurs historiques de la société, Alder Capital et Kestrel Ventures.",
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners+kestrel-ventures+orion-capital -> nubo-cloud 9000000 EUR invested']);
  });

  it('reads "A also took part, alongside the startup\'s existing investors, B and C"', () => {
    expect(
      fundings(
        en(
          "Nimbus Labs raised $9m. The round was led by Harbor Partners. Orion Capital also took part, alongside the startup's existing investors, Alder Capital and Kestrel Ventures.",
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners+kestrel-ventures+orion-capital -> nimbus-labs 9000000 USD invested']);
    expect(fundings(en('Nimbus Labs raised $9m from existing investors, Alder Capital and Kestrel Ventures.'))).toEqual(
      ['alder-capital+kestrel-ventures -> nimbus-labs 9000000 USD invested'],
    );
  });

  it('adds nobody who does not take part, nor a name that reports', () => {
    expect(
      fundings(
        fr(
          "Nubo Cloud annonce une levée de 9 millions d'euros. Le tour est mené par Harbor Partners. Le fonds Orion Capital n'y participe pas.",
        ),
      ),
    ).toEqual(['harbor-partners -> nubo-cloud 9000000 EUR invested']);
    expect(fundings(en('Nimbus Labs raised $9m from existing investors, Alder Capital said.'))).toEqual([
      '- -> nimbus-labs 9000000 USD invested',
    ]);
  });
});

describe('public grants and subsidies', () => {
  const connu = 'Nubo Cloud vend du stockage. Nubo Cloud est née à Caen. ';
  const known = 'Nimbus Labs sells storage. Nimbus Labs was founded in Lyon. ';

  it("reads a grant promised with no recipient named as the article's company's (\"s'est engagée à verser une subvention de N\")", () => {
    expect(
      fundings(
        fr(
          `${connu}La Région Normandie s'est par ailleurs engagée à verser une subvention de 2 millions d'euros, votée le 3 mai.`,
        ),
      ),
    ).toEqual(['region-normandie -> nubo-cloud 2000000 EUR pledged']);
    expect(
      fundings(fr(`${connu}La Région Normandie a versé une subvention de 2 millions d'euros à la société.`)),
    ).toEqual(['region-normandie -> nubo-cloud 2000000 EUR disbursed']);
  });

  it('reads "awarded X a €N grant" and "X received a €N grant from Y" as pledged', () => {
    expect(
      fundings(en(`${known}Separately, the Bavarian development bank Kestrel Bank awarded Nimbus Labs a €2m grant.`)),
    ).toEqual(['kestrel-bank -> nimbus-labs 2000000 EUR pledged']);
    expect(fundings(en(`${known}Nimbus Labs received a €2m grant from Kestrel Bank.`))).toEqual([
      'kestrel-bank -> nimbus-labs 2000000 EUR pledged',
    ]);
  });

  it('gives no grant to the company when it goes elsewhere, or is only possible', () => {
    expect(
      fundings(fr(`${connu}La Région Normandie a versé une subvention de 2 millions d'euros à la filière.`)),
    ).toEqual([]);
    expect(fundings(fr(`${connu}La Région Normandie pourrait verser une subvention de 2 millions d'euros.`))).toEqual(
      [],
    );
    expect(fundings(en(`${known}Kestrel Bank has paid $3m in subsidies to the wind industry.`))).toEqual([]);
  });

  it('reads "la Région" after "la Région X" as X (not "la Région Y", not "la Ville de Z")', () => {
    expect(
      fundings(
        fr(
          `${connu}Le projet est suivi par la Région Normandie. La Région s'est engagée à verser une subvention de 2 millions d'euros.`,
        ),
      ),
    ).toEqual(['region-normandie -> nubo-cloud 2000000 EUR pledged']);
  });
});

describe("a round's amount followed by who put it in", () => {
  it('reads "N de fonds propres, apportés par A, qui mène l\'opération, et par B" for the article\'s company', () => {
    expect(
      fundings(
        fr(
          "Nubo Cloud vend du stockage. Nubo Cloud est née à Caen. Le tour de table se compose de 20 millions d'euros de fonds propres, apportés par Harbor Partners, qui mène l'opération, et par Alder Capital.",
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners -> nubo-cloud 20000000 EUR invested']);
    expect(
      fundings(
        en(
          'Nimbus Labs sells storage. Nimbus Labs was founded in Lyon. The $20m, provided by Harbor Partners and Alder Capital, will pay for a new site.',
        ),
      ),
    ).toEqual(['alder-capital+harbor-partners -> nimbus-labs 20000000 USD invested']);
  });

  it('reads no round where nobody is named after the participle, nor a cost', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs sells storage. Nimbus Labs was founded in Lyon. The new site will cost $20m, provided the permit is granted.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('"respectively" pairs payers and amounts in order', () => {
  it('gives the i-th payer the i-th amount, in both languages, past a valuation', () => {
    expect(
      fundings(
        en(
          'Nimbus Labs sells storage. Harbor Partners and Alder Capital invested $10m and $5m respectively in Nimbus Labs.',
        ),
      ).sort(),
    ).toEqual([
      'alder-capital -> nimbus-labs 5000000 USD invested',
      'harbor-partners -> nimbus-labs 10000000 USD invested',
    ]);
    expect(
      fundings(
        fr(
          "Nubo Cloud vend du stockage. Harbor Partners et Alder Capital ont investi respectivement 10 millions d'euros et 5 millions d'euros dans Nubo Cloud.",
        ),
      ).sort(),
    ).toEqual([
      'alder-capital -> nubo-cloud 5000000 EUR invested',
      'harbor-partners -> nubo-cloud 10000000 EUR invested',
    ]);
    expect(
      fundings(
        en(
          'Nimbus Labs sells storage. Harbor Partners and Alder Capital invested $10m and $5m respectively in Nimbus Labs, valuing it at $100m.',
        ),
      ).sort(),
    ).toEqual([
      'alder-capital -> nimbus-labs 5000000 USD invested',
      'harbor-partners -> nimbus-labs 10000000 USD invested',
    ]);
  });

  it('still gives each the whole amount with "each", and pairs nothing when the counts differ', () => {
    expect(
      fundings(
        en('Nimbus Labs sells storage. Harbor Partners and Alder Capital invested $10m each in Nimbus Labs.'),
      ).sort(),
    ).toEqual([
      'alder-capital -> nimbus-labs 10000000 USD invested',
      'harbor-partners -> nimbus-labs 10000000 USD invested',
    ]);
    expect(
      fundings(
        en(
          'Nimbus Labs sells storage. Harbor Partners, Orion Capital and Alder Capital invested $10m and $5m respectively in Nimbus Labs.',
        ),
      ).every((f) => f.startsWith('alder-capital+harbor-partners+orion-capital')),
    ).toBe(true);
  });
});

describe('new shares bought in an offering', () => {
  const known = 'Nimbus Labs sells storage. Nimbus Labs listed in Paris. ';
  it('reads "A and B acted as cornerstone investors, buying N1 and N2 of shares respectively" and "a souscrit N d\'actions nouvelles"', () => {
    expect(
      fundings(
        en(
          `${known}Harbor Partners and the insurer Alder Capital acted as cornerstone investors, buying €40mn and €25mn of shares respectively.`,
        ),
      ).sort(),
    ).toEqual([
      'alder-capital -> nimbus-labs 25000000 EUR invested',
      'harbor-partners -> nimbus-labs 40000000 EUR invested',
    ]);
    expect(
      fundings(
        fr(
          "Nubo Cloud vend du stockage. Nubo Cloud est cotée à Paris. Harbor Partners a souscrit 20 millions d'euros d'actions nouvelles.",
        ),
      ),
    ).toEqual(['harbor-partners -> nubo-cloud 20000000 EUR invested']);
  });

  it('reads no funding in existing shares sold or bought, a buy-back, or an acquisition price', () => {
    expect(fundings(en(`${known}Harbor Partners separately sold €90mn of existing shares.`))).toEqual([]);
    expect(fundings(en(`${known}Harbor Partners bought €90mn of existing shares from Alder Capital.`))).toEqual([]);
    expect(fundings(en(`${known}Nimbus Labs bought back €50mn of shares.`))).toEqual([]);
    expect(fundings(en(`${known}Harbor Partners bought Alder Capital for €50mn.`))).toEqual([]);
  });
});
