import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { fundingLine, readWithRules } from './testing/readings.ts';

/**
 * The second round on unseen text, for fundings: the kind of money told by its context (grants, loans, a financing's
 * parts), who pays a share of money awarded to several winners, whose revenue a figure is, and the money that is no
 * record (a total of parts, a target, a price), in French and English, on invented sentences with their traps.
 */

const PUBLISHED: FuzzyDate = { value: '2023-06-15', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const fundings = (p: Proposals) => p.fundings.map(fundingLine).sort();

describe('an enumeration after a verb of receiving', () => {
  it('gives each name after the first its own amount as recipient ("X receives N1 and Y N2")', () => {
    const expected = ['- -> caldera-data 4000000 EUR invested', '- -> vireo-systems 6000000 EUR invested'];
    expect(fundings(en('Vireo Systems receives €6 million and Caldera Data €4 million.'))).toEqual(expected);
    expect(fundings(fr("Vireo Systems obtient 6 millions d'euros et Caldera Data 4 millions."))).toEqual(expected);
    expect(fundings(fr("Vireo Systems a reçu 6 millions d'euros, Caldera Data 4 millions."))).toEqual(expected);
  });

  it('still reads a name after a verb of paying as the next payer', () => {
    expect(fundings(en('Harbor Partners invested €8 million in Vireo Systems, and Alder Capital €4 million.'))).toEqual(
      ['alder-capital -> vireo-systems 4000000 EUR invested', 'harbor-partners -> vireo-systems 8000000 EUR invested'],
    );
  });
});

describe('a person in an apposition before a verb of receiving', () => {
  it('gives the round to the company the apposition describes, not to its founder', () => {
    expect(
      fundings(en('Vireo Systems, founded in 2019 by engineer Marc Delorme, raised €9 million from Harbor Partners.')),
    ).toEqual(['harbor-partners -> vireo-systems 9000000 EUR invested']);
    expect(
      fundings(
        fr("Vireo Systems, fondée en 2018 par Claire Dufour, a levé 9 millions d'euros auprès de Harbor Partners."),
      ),
    ).toEqual(['harbor-partners -> vireo-systems 9000000 EUR invested']);
  });

  it('proposes no round to a person alone', () => {
    expect(fundings(en('Marc Delorme raised €2 million from friends.'))).toEqual([]);
  });
});

describe('whose revenue a figure is', () => {
  it('reads "The firm posted revenue" as the article\'s company, not the investor named just before', () => {
    expect(
      fundings(
        en(
          'Vireo Systems builds edge servers in Lille. Vireo Systems employs 80 people. Harbor Partners first invested in Vireo Systems in 2021. The firm posted revenue of €22m last year.',
        ),
      ),
    ).toEqual(['- -> vireo-systems 22000000 EUR revenue']);
    expect(
      fundings(
        fr(
          "Vireo Systems fabrique des serveurs à Lille. Vireo Systems emploie 80 personnes. Harbor Partners est entré au capital de Vireo Systems en 2021. La société a réalisé 22 millions d'euros de chiffre d'affaires l'an dernier.",
        ),
      ),
    ).toEqual(['- -> vireo-systems 22000000 EUR revenue']);
  });

  it('reads a bare revenue word after a colon or a reporting verb, and the figure it is compared with', () => {
    expect(
      fundings(
        fr(
          "Vireo Systems traverse une passe difficile. Vireo Systems a perdu des clients. Mais le pari a échoué : le chiffre d'affaires est tombé à 27 millions d'euros en 2022, contre 34 millions en 2021.",
        ),
      ),
    ).toEqual(['- -> vireo-systems 27000000 EUR revenue', '- -> vireo-systems 34000000 EUR revenue']);
    expect(
      fundings(en('Vireo Systems had a hard year: revenue fell to €27m in 2022, compared with €34m in 2021.')),
    ).toEqual(['- -> vireo-systems 27000000 EUR revenue', '- -> vireo-systems 34000000 EUR revenue']);
    expect(fundings(en('Vireo Systems said revenue rose to €14m last year.'))).toEqual([
      '- -> vireo-systems 14000000 EUR revenue',
    ]);
  });

  it('does not read a target told after its amount, nor a price per unit or per month, as revenue', () => {
    expect(
      fundings(
        en(
          'Vireo Systems said revenue rose to €14m last year, well short of the €40m target set in its business plan.',
        ),
      ),
    ).toEqual(['- -> vireo-systems 14000000 EUR revenue']);
    expect(
      fundings(
        fr(
          "Vireo Systems a réalisé 14 millions d'euros de chiffre d'affaires l'an dernier, loin des 40 millions d'euros visés par son business plan.",
        ),
      ),
    ).toEqual(['- -> vireo-systems 14000000 EUR revenue']);
    expect(fundings(en('Vireo Systems sells its software at $12 per seat and bills $9 a month for support.'))).toEqual(
      [],
    );
    expect(fundings(fr("L'abonnement de Vireo Systems est facturé 9,99 euros par mois."))).toEqual([]);
    // A large figure a year is revenue, and "l'an dernier" is no unit.
    expect(fundings(en('Vireo Systems billed $9 million a year to its public clients.'))).toEqual([
      '- -> vireo-systems 9000000 USD revenue',
    ]);
    expect(fundings(fr("Vireo Systems a facturé 12 millions d'euros l'an dernier."))).toEqual([
      '- -> vireo-systems 12000000 EUR revenue',
    ]);
  });
});

describe('loans', () => {
  it('reads a loan obtained or granted as pledged by the lender, disbursed when said paid out', () => {
    expect(fundings(en('Vireo Systems secured a €5 million loan from BNP Paribas and Natixis.'))).toEqual([
      'bnp-paribas+natixis -> vireo-systems 5000000 EUR pledged',
    ]);
    expect(
      fundings(
        fr("Vireo Systems a obtenu un prêt de 3 millions d'euros auprès de BNP Paribas, à tirer au fil des travaux."),
      ),
    ).toEqual(['bnp-paribas -> vireo-systems 3000000 EUR pledged']);
    expect(fundings(fr("BNP Paribas a prêté 2 millions d'euros à Vireo Systems."))).toEqual([
      'bnp-paribas -> vireo-systems 2000000 EUR pledged',
    ]);
    expect(fundings(en('Vireo Systems obtained a €5m loan from BNP Paribas, which was paid out in March.'))).toEqual([
      'bnp-paribas -> vireo-systems 5000000 EUR disbursed',
    ]);
    expect(fundings(fr("BNP Paribas a accordé à Vireo Systems un prêt de 2 millions d'euros, versé en mars."))).toEqual(
      ['bnp-paribas -> vireo-systems 2000000 EUR disbursed'],
    );
  });

  it('reads no debt owed as a loan', () => {
    expect(fundings(en('Vireo Systems says its net debt stands at €19m.'))).toEqual([]);
    expect(fundings(en('Vireo Systems carries €19m of debt.'))).toEqual([]);
    expect(
      fundings(fr("Vireo Systems a emprunté sans garantie : sa dette nette atteint 19 millions d'euros.")),
    ).toEqual([]);
  });
});

describe("a financing's parts and its total", () => {
  it('reads equity and debt parts with their payers, and leaves out the total they add up to', () => {
    expect(
      fundings(
        en(
          'Vireo Systems has secured €50m to build a second site, Vireo Systems said. The financing combines €30m of equity, led by Harbor Partners with participation from Alder Capital, and €20m of debt from BNP Paribas and Natixis, to be drawn as the works progress.',
        ),
      ),
    ).toEqual([
      'alder-capital+harbor-partners -> vireo-systems 30000000 EUR invested',
      'bnp-paribas+natixis -> vireo-systems 20000000 EUR pledged',
    ]);
    expect(
      fundings(
        fr(
          "Vireo Systems lève 50 millions d'euros pour son deuxième site, selon Vireo Systems. Le financement se compose de 30 millions d'euros de fonds propres, apportés par Harbor Partners et Alder Capital, et de 20 millions d'euros de dette bancaire auprès de BNP Paribas et de Natixis.",
        ),
      ),
    ).toEqual([
      'alder-capital+harbor-partners -> vireo-systems 30000000 EUR invested',
      'bnp-paribas+natixis -> vireo-systems 20000000 EUR pledged',
    ]);
  });

  it('keeps a round whose amount earlier, dated rounds happen to add up to, and a rounded total', () => {
    expect(
      fundings(
        fr(
          "Vireo Systems lève 12 millions d'euros. Harbor Partners avait investi 8 millions d'euros dans Vireo Systems en 2019, et Alder Capital 4 millions.",
        ),
      ),
    ).toContain('- -> vireo-systems 12000000 EUR invested');
    expect(
      fundings(
        en(
          'Vireo Systems raised around €30m this spring. Harbor Partners put €20m into Vireo Systems and Alder Capital €10m.',
        ),
      ),
    ).toContain('- -> vireo-systems 30000000 EUR invested');
  });
});

describe('money awarded to several winners', () => {
  it('gives each share the payer and kind of the grants told before it (the programme named as their source)', () => {
    const expected = [
      'france-2030 -> caldera-data 10000000 EUR pledged',
      'france-2030 -> nimbus-labs 6000000 EUR pledged',
      'france-2030 -> vireo-systems 14000000 EUR pledged',
    ];
    expect(
      fundings(
        en(
          'The government awarded €30 million in grants from France 2030 to three robotics firms. The largest award, €14 million, goes to Vireo Systems. Caldera Data receives €10 million and Nimbus Labs €6 million.',
        ),
      ),
    ).toEqual(expected);
    expect(
      fundings(
        fr(
          "Bpifrance a attribué 30 millions d'euros de subventions de France 2030 à trois entreprises de robotique. La plus grosse enveloppe, 14 millions d'euros, revient à Vireo Systems. Caldera Data obtient 10 millions d'euros et Nimbus Labs 6 millions.",
        ),
      ),
    ).toEqual(expected);
  });

  it('does not make an older, dated raise a share of the grants', () => {
    expect(
      fundings(
        en(
          'The government awarded €30 million in grants from France 2030 to three robotics firms. The largest award, €14 million, goes to Vireo Systems. Caldera Data had raised €10 million in 2019.',
        ),
      ),
    ).toEqual(['- -> caldera-data 10000000 EUR invested', 'france-2030 -> vireo-systems 14000000 EUR pledged']);
  });
});

describe('a contract or lot awarded for an amount', () => {
  it("reads 'revient à X pour N', 'attribué pour N à X', a lot won, each pledged by the tender's buyer told before", () => {
    expect(
      fundings(
        fr(
          "Le ministère des Armées a lancé en mars un appel d'offres pour héberger ses données. Le premier lot revient à Vireo Systems, la filiale cloud de Caldera Data, pour 40 millions d'euros sur trois ans. Le second est attribué pour 12 millions d'euros à Nimbus Labs.",
        ),
      ),
    ).toEqual([
      'ministere-des-armees -> nimbus-labs 12000000 EUR pledged',
      'ministere-des-armees -> vireo-systems 40000000 EUR pledged',
    ]);
    expect(
      fundings(
        en(
          'The Ministry of Defence launched a tender for secure hosting in March. The first lot was awarded to Vireo Systems, a unit of Caldera Data, for €40 million over three years. The second was awarded for €12 million to Nimbus Labs.',
        ),
      ),
    ).toEqual([
      'ministry-of-defence -> nimbus-labs 12000000 EUR pledged',
      'ministry-of-defence -> vireo-systems 40000000 EUR pledged',
    ]);
    expect(fundings(en('Vireo Systems won the first lot for €40 million.'))).toEqual([
      '- -> vireo-systems 40000000 EUR pledged',
    ]);
  });

  it('keeps money raised for orders a round', () => {
    expect(fundings(fr("Vireo Systems a levé 5 millions d'euros pour financer sa commande de serveurs."))).toEqual([
      '- -> vireo-systems 5000000 EUR invested',
    ]);
    expect(fundings(en('Vireo Systems raised €5 million to fund orders.'))).toEqual([
      '- -> vireo-systems 5000000 EUR invested',
    ]);
  });
});

describe('an investment announced', () => {
  it('reads an investment announced as made, and one announced for the future as pledged', () => {
    expect(
      fundings(fr("Harbor Partners a annoncé un investissement de 15 millions d'euros dans Vireo Systems.")),
    ).toEqual(['harbor-partners -> vireo-systems 15000000 EUR invested']);
    expect(fundings(en('Harbor Partners announced a €15m investment in Vireo Systems.'))).toEqual([
      'harbor-partners -> vireo-systems 15000000 EUR invested',
    ]);
    expect(fundings(fr("Harbor Partners a annoncé qu'il investira 15 millions d'euros dans Vireo Systems."))).toEqual([
      'harbor-partners -> vireo-systems 15000000 EUR pledged',
    ]);
    expect(fundings(en('Harbor Partners announced plans to invest €15m in Vireo Systems.'))).toEqual([
      'harbor-partners -> vireo-systems 15000000 EUR pledged',
    ]);
  });
});

describe('who gives a grant or loan received, and money received in the future', () => {
  it('reads the source after the amount ("de la Région X", "from the Council", "de France 2030") as its payer', () => {
    expect(fundings(fr('Vireo Systems a reçu une subvention de 500 000 euros de la Région Bretagne.'))).toEqual([
      'region-bretagne -> vireo-systems 500000 EUR pledged',
    ]);
    expect(fundings(fr("Vireo Systems a obtenu un prêt de 2 millions d'euros de BNP Paribas."))).toEqual([
      'bnp-paribas -> vireo-systems 2000000 EUR pledged',
    ]);
    expect(fundings(fr("Vireo Systems a reçu 2 millions d'euros de France 2030."))).toEqual([
      'france-2030 -> vireo-systems 2000000 EUR pledged',
    ]);
    expect(fundings(en('Vireo Systems will receive €2m from France 2030.'))).toEqual([
      'france-2030 -> vireo-systems 2000000 EUR pledged',
    ]);
  });

  it('reads a passive or "se voir accorder" as its subject receiving', () => {
    expect(fundings(en('Vireo Systems has been awarded a €2m grant from the European Innovation Council.'))).toEqual([
      'european-innovation-council -> vireo-systems 2000000 EUR pledged',
    ]);
    expect(
      fundings(fr("Vireo Systems s'est vu accorder une subvention de 300 000 euros par la Région Bretagne.")),
    ).toEqual(['region-bretagne -> vireo-systems 300000 EUR pledged']);
    expect(fundings(fr("Bpifrance accorde un prêt d'amorçage de 1 million d'euros à Vireo Systems."))).toEqual([
      'bpifrance -> vireo-systems 1000000 EUR pledged',
    ]);
  });

  it('reads a raise planned as no funding, and a raise made as one', () => {
    expect(fundings(fr("Vireo Systems compte lever 5 millions d'euros d'ici 2025."))).toEqual([]);
    expect(fundings(fr("Vireo Systems va lever 5 millions d'euros."))).toEqual([]);
    expect(fundings(en('Vireo Systems plans to raise €5m next year.'))).toEqual([]);
    expect(fundings(en('Vireo Systems raised €5m and plans to hire.'))).toEqual([
      '- -> vireo-systems 5000000 EUR invested',
    ]);
  });
});

describe('more ways to tell a round or revenue', () => {
  it('reads a lead investor told "comme chef de file"', () => {
    expect(
      fundings(
        fr(
          "La start-up Vireo Systems a finalisé une levée de 5 millions d'euros avec Harbor Partners comme chef de file.",
        ),
      ),
    ).toEqual(['harbor-partners -> vireo-systems 5000000 EUR invested']);
  });

  it('reads revenue opening the sentence ("With sales of N, X…", "Fort d\'un chiffre d\'affaires de N, X…")', () => {
    expect(fundings(en('With sales of €12m in 2022, Vireo Systems is growing.'))).toEqual([
      '- -> vireo-systems 12000000 EUR revenue',
    ]);
    expect(
      fundings(fr("Forte d'un chiffre d'affaires de 12 millions d'euros, la société Vireo Systems recrute.")),
    ).toEqual(['- -> vireo-systems 12000000 EUR revenue']);
    // A market's size is no company's revenue.
    expect(fundings(en('With sales of €12bn in 2022, the cloud market keeps growing.'))).toEqual([]);
  });
});

describe('a person as recipient', () => {
  it('proposes no round, grant or contract to a person', () => {
    expect(fundings(fr("Harbor Partners a versé 2 millions d'euros à Marc Delorme."))).toEqual([]);
    expect(fundings(en('Harbor Partners paid €2m to Marc Delorme.'))).toEqual([]);
  });
});

describe('"respectively" after a relative clause', () => {
  it('pairs the amounts joined before the word with the names listed before them, and drops their total', () => {
    expect(
      fundings(
        en('Vireo Systems raised €12m from Harbor Partners and Alder Capital, which put in €8m and €4m respectively.'),
      ),
    ).toEqual([
      'alder-capital -> vireo-systems 4000000 EUR invested',
      'harbor-partners -> vireo-systems 8000000 EUR invested',
    ]);
    expect(
      fundings(en('Harbor Partners and Alder Capital invested €8m and €4m respectively in Vireo Systems.')),
    ).toEqual([
      'alder-capital -> vireo-systems 4000000 EUR invested',
      'harbor-partners -> vireo-systems 8000000 EUR invested',
    ]);
  });
});

describe('a contract signed or entrusted', () => {
  it('reads the public body of a contract signed as its buyer, whichever side opens the sentence', () => {
    const expected = ['ministry-of-defence -> vireo-systems 40000000 EUR pledged'];
    expect(fundings(en('The Ministry of Defence signed a €40m contract with Vireo Systems.'))).toEqual(expected);
    expect(fundings(en('Vireo Systems signed a €40m contract with the Ministry of Defence.'))).toEqual(expected);
    expect(
      fundings(fr("Le ministère des Armées a signé avec Vireo Systems un contrat de 40 millions d'euros.")),
    ).toEqual(['ministere-des-armees -> vireo-systems 40000000 EUR pledged']);
    expect(fundings(fr("Le ministère des Armées a confié à Vireo Systems un marché de 40 millions d'euros."))).toEqual([
      'ministere-des-armees -> vireo-systems 40000000 EUR pledged',
    ]);
  });

  it('names no buyer between two companies', () => {
    expect(fundings(en('Vireo Systems signed a €40m contract with Caldera Data.'))).toEqual([]);
  });
});
