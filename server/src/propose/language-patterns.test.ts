import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { propose, type Proposals } from './propose.ts';
import { actorsOnly, fixtureActors, inlineDocument } from './testing/fixture-kb.ts';
import { actors, fundingLine, readWithRules, relations, RULES_ONLY } from './testing/readings.ts';

/**
 * Patterns of French and English that the held-out evaluation (tests/propose/held-out) showed the rules missing,
 * each tested here on sentences of its own (never the held-out articles' sentences), with its traps.
 */

const PUBLISHED: FuzzyDate = { value: '2023-06-15', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

const fundings = (p: Proposals) => p.fundings.map(fundingLine);
const events = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}`);

describe('funders after the amount', () => {
  it('reads "auprès de A et de B" and "from A and from B" as two funders (the preposition repeats)', () => {
    expect(fundings(fr("Nubo Cloud a levé 30 millions d'euros auprès de Bpifrance et d'Orange en 2022."))).toEqual([
      'bpifrance+orange -> nubo-cloud 30000000 EUR invested',
    ]);
    expect(fundings(en('Nimbus Labs raised $12 million from Capgemini and from Atos in 2021.'))).toEqual([
      'atos+capgemini -> nimbus-labs 12000000 USD invested',
    ]);
  });

  it('reads a funder described by a few lower-case words ("auprès du fonds X", "from the venture firm X")', () => {
    expect(fundings(fr("Nubo Cloud a levé 8 millions d'euros auprès du fonds Alpes Capital en 2021."))).toEqual([
      'alpes-capital -> nubo-cloud 8000000 EUR invested',
    ]);
    expect(fundings(en('Nimbus Labs raised $9 million from the venture firm Harbor Partners in 2020.'))).toEqual([
      'harbor-partners -> nimbus-labs 9000000 USD invested',
    ]);
  });

  it('lets a one-word name take part when it is listed beside another name, or spelt like a brand', () => {
    expect(fundings(en('Nimbus Labs raised $15 million from Harbor Partners and Kestrel in 2019.'))).toEqual([
      'harbor-partners+kestrel -> nimbus-labs 15000000 USD invested',
    ]);
    expect(fundings(en('Last year, DeepRiver invested $40m in Nimbus Labs.'))).toEqual([
      'deepriver -> nimbus-labs 40000000 USD invested',
    ]);
    // A lone capitalised word mentioned once, in no list, takes part when a verb of investing says what it is
    // (seventeenth round); with no such cue it takes part in nothing, so pays nothing.
    expect(fundings(en('Last year, Kestrel invested $40m in Nimbus Labs.'))).toEqual([
      'kestrel -> nimbus-labs 40000000 USD invested',
    ]);
    expect(fundings(en('Last year, Kestrel watched as Nimbus Labs raised $40m.'))).toEqual([
      '- -> nimbus-labs 40000000 USD invested',
    ]);
  });

  it('splits a list whose next item follows "et de", "et la", "and the" after a plain name into two names', () => {
    const p = fr("Nubo Cloud a levé 20 millions d'euros auprès de Kestrel Ventures et de Banque Rivière en 2022.");
    expect(fundings(p)).toEqual(['banque-riviere+kestrel-ventures -> nubo-cloud 20000000 EUR invested']);
    expect(actors(fr('Ses clients sont des opérateurs, dont Altrium et la Poste Régionale, depuis 2020.'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^altrium /u), expect.stringMatching(/^poste-regionale /u)]),
    );
    expect(actors(en('Nimbus Labs sells to Harbor Bank and the Kestrel Fund.'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^harbor-bank /u), expect.stringMatching(/^kestrel-fund /u)]),
    );
  });

  it('proposes one amount told twice (a headline without its payers, the body with them) once, with its payers', () => {
    const p = fr("Nubo Cloud lève 30 millions d'euros\n\nNubo Cloud a levé 30 millions d'euros auprès d'Orange.");
    expect(fundings(p)).toEqual(['orange -> nubo-cloud 30000000 EUR invested']);
  });
});

describe('cities', () => {
  it('reads a city as a place whatever the words around it, and a person named like one as a person', () => {
    expect(actors(fr('Nubo Cloud veut grandir hors de Bordeaux, puis vers Munich.'))).toEqual(
      expect.arrayContaining(['bordeaux place', 'munich place']),
    );
    expect(actors(en('Nimbus Labs moved its engineers out of Seattle and Tel Aviv last year.'))).toEqual(
      expect.arrayContaining(['seattle place', 'tel-aviv place']),
    );
    expect(actors(fr("Nancy Martin, ingénieure, a rejoint Nubo Cloud l'an dernier."))).toContain('nancy-martin person');
  });
});

describe('revenue targets and forecasts', () => {
  it('does not read a revenue figure aimed at, forecast or dated after the publication as revenue made', () => {
    expect(fundings(fr("Nubo Cloud vise 60 millions d'euros de chiffre d'affaires."))).toEqual([]);
    expect(fundings(fr("Nubo Cloud a réalisé un chiffre d'affaires de 25 millions d'euros en 2028."))).toEqual([]);
    expect(fundings(en('Nimbus Labs expects revenue of $80 million this year.'))).toEqual([]);
    expect(fundings(en('Nimbus Labs targets $80 million in revenue.'))).toEqual([]);
    // Revenue made, told in the past, stays.
    expect(fundings(fr("Nubo Cloud a réalisé un chiffre d'affaires de 25 millions d'euros en 2022."))).toEqual([
      '- -> nubo-cloud 25000000 EUR revenue',
    ]);
    expect(fundings(en('Nimbus Labs reported revenue of $30 million for 2022.'))).toEqual([
      '- -> nimbus-labs 30000000 USD revenue',
    ]);
  });
});

describe('contracts', () => {
  it('reads a contract won or awarded as pledged by the buyer, who is a customer and funds it (held-out guide, Clients)', () => {
    const won = fr("Nubo Cloud a remporté un marché de 20 millions d'euros auprès de Capgemini en 2022.");
    expect(fundings(won)).toEqual(['capgemini -> nubo-cloud 20000000 EUR pledged']);
    expect(relations(won).sort()).toEqual(['capgemini customer-of nubo-cloud', 'capgemini funds nubo-cloud']);
    const awarded = en('In 2021, Atos awarded Nimbus Labs a $5 million contract to run its data centres.');
    expect(fundings(awarded)).toEqual(['atos -> nimbus-labs 5000000 USD pledged']);
    expect(relations(awarded).sort()).toEqual(['atos customer-of nimbus-labs', 'atos funds nimbus-labs']);
    expect(fundings(en('Nimbus Labs won a contract worth $3 million from Atos.'))).toEqual([
      'atos -> nimbus-labs 3000000 USD pledged',
    ]);
  });

  it('does not read the size of a market ("marché") as a contract', () => {
    expect(fundings(fr("Selon Capgemini, le marché européen du cloud pèsera 4 milliards d'euros en 2025."))).toEqual(
      [],
    );
  });
});

describe('funding rounds as events', () => {
  it('dates a raise of money as a funding event of whoever raised it', () => {
    expect(events(fr("Nubo Cloud a levé 30 millions d'euros en mars 2021 auprès d'Orange."))).toContain(
      'funding nubo-cloud 2021-03',
    );
    expect(events(en('Nimbus Labs raised $12 million from Atos in 2020.'))).toContain('funding nimbus-labs 2020');
  });

  it('does not take "raised concerns" or "lever le voile" for a round', () => {
    expect(events(en('Nimbus Labs raised concerns about Amazon in 2020.'))).not.toContain('funding nimbus-labs 2020');
    expect(events(fr('Nubo Cloud a levé le voile sur sa stratégie en 2020.'))).not.toContain('funding nubo-cloud 2020');
  });
});

describe('acquisitions', () => {
  it('reads "X a annoncé le rachat de Y" and "X announced the acquisition of Y" as X acquired Y', () => {
    expect(relations(fr('Orange a annoncé en 2022 le rachat de Nubo Cloud.'))).toContain('orange acquired nubo-cloud');
    expect(relations(en('Capgemini announced the acquisition of Nimbus Labs in 2020.'))).toContain(
      'capgemini acquired nimbus-labs',
    );
  });

  it('reads nothing after a passive with no agent ("Y was acquired …, and Z")', () => {
    expect(relations(en('Nimbus Labs was acquired in 2020 for $30 million, and Atos lost customers.'))).toEqual([]);
    expect(relations(fr('Nubo Cloud a été racheté en 2020, et Atos a perdu des clients.'))).toEqual([]);
  });
});

describe('leaders', () => {
  it('reads "X is led by P" like "X est dirigé par P"', () => {
    expect(relations(en('Nimbus Labs is led by Claire Martin.'))).toContain('claire-martin leads nimbus-labs');
    expect(relations(fr('Nubo Cloud est dirigée par Claire Martin.'))).toContain('claire-martin leads nubo-cloud');
    // "led to" is not leading.
    expect(relations(en('The outage at Nimbus Labs led to a complaint by Atos.'))).toEqual([]);
  });
});

describe('institution names', () => {
  it('keeps "of the" inside an English institution name and "European" before one', () => {
    const p = en(
      'The Ministry of the Armed Forces chose Nimbus Labs in 2021, with a loan from the European Investment Bank.',
    );
    expect(actors(p)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ministry-of-the-armed-forces /u),
        expect.stringMatching(/^european-investment-bank /u),
      ]),
    );
  });

  it('keeps the lower-case words of a French institution name, and a lower-case "ministère" before its name', () => {
    const p = fr(
      'La Cour des comptes critique la Direction générale des entreprises. La Commission européenne a ouvert une enquête. Le ministère des Armées a choisi Nubo Cloud.',
    );
    const ids = p.actors.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'cour-des-comptes',
        'direction-generale-des-entreprises',
        'commission-europeenne',
        'ministere-des-armees',
      ]),
    );
  });

  it('reads a head word alone after the full name ("la Cour", "the Ministry") as that institution again', () => {
    const p = fr('La Cour des comptes critique Nubo Cloud. Selon Nubo Cloud, la Cour se trompe.');
    expect(p.actors.find((a) => a.id === 'cour-des-comptes')?.aliases.fr).toEqual(
      expect.arrayContaining(['Cour des comptes', 'Cour']),
    );
    expect(p.actors.map((a) => a.id)).not.toContain('cour');
    const q = en('The Ministry of Defence chose Nimbus Labs. According to Nimbus Labs, the Ministry pays well.');
    expect(q.actors.map((a) => a.id)).not.toContain('ministry');
  });
});

describe('the company an article is about', () => {
  const about = (language: 'fr' | 'en') =>
    language === 'fr'
      ? "Nubo Cloud ouvre un site à Lyon. Selon Nubo Cloud, le site sera prêt en mai. Les clients de Nubo Cloud sont des hôpitaux.\n\nLe marché est tendu. L'entreprise a levé 10 millions d'euros auprès d'Orange en 2022."
      : 'Nimbus Labs opens a site in Lyon. According to Nimbus Labs, it will be ready in May. The customers of Nimbus Labs are hospitals.\n\nThe market is tight. The company raised $10 million from Atos in 2022.';

  it('reads "The company"/"L\'entreprise" with no antecedent as the organisation named clearly most often', () => {
    expect(fundings(fr(about('fr')))).toEqual(['orange -> nubo-cloud 10000000 EUR invested']);
    expect(fundings(en(about('en')))).toEqual(['atos -> nimbus-labs 10000000 USD invested']);
  });

  it('resolves nothing when no organisation is named clearly more often than another', () => {
    const even =
      'Nimbus Labs and Stratus Works open sites. Nimbus Labs and Stratus Works hire.\n\nThe company raised $10 million from Atos in 2022.';
    expect(fundings(en(even))).toEqual([]);
  });
});

describe('appositions and valuations', () => {
  it('skips an apposition between the subject and its verb ("X, filiale de Y, a remporté", "X, a unit of Y, has raised")', () => {
    expect(
      fundings(
        fr("Nubo Cloud, filiale du groupe Capgemini, a remporté un marché de 6 millions d'euros auprès d'Atos."),
      ),
    ).toEqual(['atos -> nubo-cloud 6000000 EUR pledged']);
    expect(fundings(en('Nimbus Labs, a unit of Capgemini, has raised $7 million from Atos.'))).toEqual([
      'atos -> nimbus-labs 7000000 USD invested',
    ]);
    // A participle right after the comma qualifies the name before it: "Y, based in P" keeps Y.
    expect(relations(en('Nimbus Labs hired the founder of the start-up Stratus Works, based in Roubaix.'))).toContain(
      'stratus-works located-in roubaix',
    );
  });

  it('does not read a valuation as money that moved', () => {
    expect(fundings(en('Nimbus Labs raised $10 million from Atos, and was valued at about $2bn.'))).toEqual([
      'atos -> nimbus-labs 10000000 USD invested',
    ]);
    expect(
      fundings(
        fr("Nubo Cloud a levé 10 millions d'euros auprès d'Atos, et se trouve valorisée à 2 milliards d'euros."),
      ),
    ).toEqual(['atos -> nubo-cloud 10000000 EUR invested']);
  });
});

describe('a company named without its generic ending', () => {
  it('groups "Quantel" with "Quantel Systems" (and "Nubo" with "Nubo Cloud"), not "Stellio" with "Stellio Vault"', () => {
    const p = en('Nimbus Systems sells chips to Atos. Since 2020, Nimbus has also sold them to Orange.');
    expect(p.actors.find((a) => a.id === 'nimbus-systems')?.aliases.en).toEqual(
      expect.arrayContaining(['Nimbus Systems', 'Nimbus']),
    );
    const q = fr('Nubo Vault est une offre de Nubo Cloud. Depuis 2020, Nubo la vend à Orange.');
    expect(q.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['nubo-vault', 'nubo-cloud']));
    expect(q.actors.find((a) => a.id === 'nubo-vault')?.aliases.fr).not.toContain('Nubo');
  });
});

describe('French elision before a name', () => {
  it('finds a new name after "d\'" or "l\'" and reads a title\'s organisation after "d\'"', () => {
    expect(fr("Orange a racheté 20 % du capital d'Altea Cloud en 2021.").actors.map((a) => a.id)).toContain(
      'altea-cloud',
    );
    expect(
      relations(fr("Altea Cloud recrute. Selon Claire Martin, présidente d'Altea Cloud, tout va bien.")),
    ).toContain('claire-martin leads altea-cloud');
  });
});

describe('people told by the sentence, whatever their given name', () => {
  it('reads a person listed with a person, one after a possessive title, one an organisation appointed', () => {
    const kinds = (p: Proposals) => Object.fromEntries(p.actors.map((a) => [a.id, a.kind]));
    expect(
      kinds(fr('La société Nubo Cloud a été fondée en 2015 par Claire Martin et Yannick Roux.'))['yannick-roux'],
    ).toBe('person');
    const owned = en('"Prices will fall," said Piet Jansen, Atos\'s chief executive.');
    expect(kinds(owned)['piet-jansen']).toBe('person');
    expect(relations(owned)).toContain('piet-jansen leads atos');
    const appointed = en('In 2021, Atos appointed Piet Jansen as chief executive.');
    expect(relations(appointed)).toContain('piet-jansen leads atos');
    expect(relations(fr('En 2021, Atos a nommé Yannick Roux directeur général.'))).toContain('yannick-roux leads atos');
    expect(kinds(fr('Nubo Cloud, que dirige depuis 2019 Yannick Roux, recrute.'))['yannick-roux']).toBe('person');
  });

  it('reads the kind an apposition gives ("X, a joint venture", "X, un service")', () => {
    const kinds = (p: Proposals) => Object.fromEntries(p.actors.map((a) => [a.id, a.kind]));
    expect(kinds(en('Nimbus Works, a joint venture of Atos and Orange, opened in 2020.'))['nimbus-works']).toBe(
      'joint-venture',
    );
    expect(kinds(fr('Nubo Vault, un service de sauvegarde, ouvre en 2024.'))['nubo-vault']).toBe('offer');
  });

  it('groups a short form in parentheses that takes the name\'s letters in order ("Onaclo")', () => {
    const p = fr("L'Observatoire national du cloud (Onaclo) critique Orange. Selon l'Onaclo, Orange a tort.");
    expect(p.actors.find((a) => a.id === 'observatoire-national-du-cloud')?.aliases.fr).toEqual(
      expect.arrayContaining(['Onaclo']),
    );
    expect(p.actors.map((a) => a.id)).not.toContain('onaclo');
  });
});

describe('places named by adjectives', () => {
  it('places an organisation by "X-based", a city\'s demonym, or a nationality used as a noun', () => {
    expect(relations(en('Nimbus Labs, the Roubaix-based maker of servers, hired 40 people.'))).toContain(
      'nimbus-labs located-in roubaix',
    );
    expect(relations(en('Atos hired the Roubaix-based start-up Nimbus Labs in 2021.'))).toContain(
      'nimbus-labs located-in roubaix',
    );
    expect(relations(fr("Le groupe roubaisien Nubo Cloud a levé 5 millions d'euros auprès d'Orange."))).toContain(
      'nubo-cloud located-in roubaix',
    );
    expect(relations(fr('Orange a racheté le français Nubo Cloud en 2021.'))).toContain('nubo-cloud located-in france');
    expect(fr('Atos travaille avec une société basée à Boston-based.').actors.map((a) => a.id)).not.toContain(
      'boston-based',
    );
  });

  it('places a company in a city no actor names, as an implied place ("l\'éditeur lyonnais X" with no Lyon)', () => {
    // (seventh round: the city is proposed as a new place actor; Orange is placed nowhere)
    expect(
      relations(fr("L'éditeur lyonnais Nubo Cloud a levé 5 millions d'euros auprès d'Orange.")).filter((r) =>
        r.includes('located-in'),
      ),
    ).toEqual(['nubo-cloud located-in lyon']);
  });
});

describe('relative clauses before the verb', () => {
  it('keeps a negation or a "que" inside a closed relative clause to that clause', () => {
    expect(
      events(fr('Nubo Drive ferme. Nubo Drive, qui ne compte plus que 300 clients, sera fermé en décembre 2024.')),
    ).toContain('shutdown nubo-drive 2024-12');
    expect(
      events(en('Nimbus Drive closes. Nimbus Drive, which never made money, will shut down in December 2024.')),
    ).toContain('shutdown nimbus-drive 2024-12');
    // The sentence's own negation still holds.
    expect(
      events(fr('Nubo Drive ferme. Nubo Drive, qui compte 300 clients, ne sera pas fermé en décembre 2024.')),
    ).not.toContain('shutdown nubo-drive 2024-12');
  });

  it('reads the imperfect "lançait" as a launch', () => {
    expect(events(fr('En 2021, Orange lançait Nubo Vault, un service de sauvegarde.'))).toContain(
      'launch nubo-vault 2021',
    );
  });
});

describe('what an event or a partnership belongs to', () => {
  it('gives an event after a possessive determiner to its owner, never to a name after it', () => {
    const p = fr('Nubo Cloud, hébergé chez Orange depuis son lancement en 2019, vise la qualification SecNumCloud.');
    expect(events(p)).toContain('launch nubo-cloud 2019');
    expect(events(en('Nimbus Labs, hosted by Orange since its launch in 2019, seeks Anssi approval.'))).toContain(
      'launch nimbus-labs 2019',
    );
  });

  it('does not make a joint venture a partner of its founders ("X, a joint venture of A and B")', () => {
    const r = relations(en('Nimbus Works, a joint venture created by Atos and Orange, opened in 2020.'));
    expect(r).not.toContain('atos partner-of nimbus-works');
    expect(r).not.toContain('nimbus-works partner-of orange');
    expect(r).toEqual(expect.arrayContaining(['atos founded nimbus-works', 'orange founded nimbus-works']));
  });
});

describe('kinds read from every occurrence', () => {
  it('reads a cue at a mention discovery skips (a sentence opening on the name)', () => {
    const kinds = (p: Proposals) => Object.fromEntries(p.actors.map((a) => [a.id, a.kind]));
    expect(kinds(en('Atos picked Nimbra. Nimbra, a joint venture of Orange and Thales, opened in 2020.')).nimbra).toBe(
      'joint-venture',
    );
  });

  it('reads "en P", "near P" as a place, a brand with an inner capital as a company, and never launches a place', () => {
    const p = fr(
      'Nubo Cloud exploite trois sites en Rhône-Alpes et emploie 40 personnes. Nubo Cloud vend à DeepRiver.',
    );
    expect(p.actors.find((a) => a.id === 'rhone-alpes')?.kind).toBe('place');
    expect(p.actors.find((a) => a.id === 'deepriver')?.kind).toBe('company');
    const q = en('Nimbus Labs grew. In 2021, Nimbus Labs opened a data centre near Grenoble.');
    expect(events(q)).toContain('launch nimbus-labs 2021');
    expect(events(q).some((e) => e.includes('grenoble'))).toBe(false);
  });
});

describe('opening participles, inverted relatives and possessed nouns', () => {
  it('reads "Fondée en 2015 par A et B, la société…" as A and B founding the company the sentence before named', () => {
    const p = fr(
      "L'éditeur breton de logiciels Nubo Cloud recrute. Fondée en 2015 par Claire Martin et Yannick Roux, la société emploie 40 personnes.",
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['claire-martin founded nubo-cloud', 'yannick-roux founded nubo-cloud']),
    );
    expect(events(p)).toContain('founding nubo-cloud 2015');
    const q = en('Founded in 2015 by Atos and Orange, Nimbus Works employs 40 people.');
    expect(events(q)).toContain('founding nimbus-works 2015');
  });

  it('reads "X, que dirige depuis 2019 P," as P leads X', () => {
    expect(relations(fr('Nubo Cloud, que dirige depuis 2019 Claire Martin, recrute.'))).toContain(
      'claire-martin leads nubo-cloud',
    );
  });

  it('reads "son offre X" as X a brand of the subject and "its rival X" as a competitor', () => {
    expect(relations(fr("Nubo Cloud a été qualifié par l'Anssi pour son offre d'hébergement Nubo Vault."))).toContain(
      'nubo-vault brand-of nubo-cloud',
    );
    expect(relations(en('Nimbus Labs grew faster than its rival Stratus Works in 2022.'))).toContain(
      'nimbus-labs competes-with stratus-works',
    );
  });
});

describe('employers and buyers named once', () => {
  it('lets a one-word name after a job title or a buyer\'s passive take part ("engineer at X", "acquired by X")', () => {
    expect(relations(en('Nimbus Labs hired Piet Jansen, a former engineer at Kestrel, in 2020.'))).toContain(
      'piet-jansen works-for kestrel',
    );
    expect(relations(en('In 2020, Nimbus Labs was acquired by Kestrel.'))).toContain('kestrel acquired nimbus-labs');
    expect(relations(fr('Selon Claire Martin, chercheuse chez Kestrel, le marché ralentit.'))).toContain(
      'claire-martin works-for kestrel',
    );
    expect(relations(fr('En 2020, Nubo Cloud a été rachetée par Kestrel.'))).toContain('kestrel acquired nubo-cloud');
  });
});

describe('common capitalised words (found missing by held-out set 2)', () => {
  it('proposes no actor for a common noun, title, acronym or quarter written with capitals', () => {
    const names = actors(
      fr(
        "Nubo Cloud, dont le PDG Claire Martin vise la Bourse, a vendu des GPU au T2 et en Q3 ; la Région et les PME l'attendent.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['nubo-cloud company']));
    for (const word of ['pdg', 'bourse', 'gpu', 't2', 'q3', 'region', 'pme'])
      expect(names.map((n) => n.split(' ')[0])).not.toContain(word);
    const english = actors(en('Nimbus Labs, whose CEO ruled out an IPO, sold GPU capacity in Q3 to the Board.'));
    for (const word of ['ceo', 'ipo', 'gpu', 'q3', 'board'])
      expect(english.map((n) => n.split(' ')[0])).not.toContain(word);
  });
});

describe('rivals in apposition (found missing by held-out set 2)', () => {
  const topic = (text: string) => `${text} ${text}`;
  it('"Two competitors, A and B" and "A and B, its main rivals" compete with the company the article is about', () => {
    const p = en(
      `${topic('Nimbus Labs sells storage.')} Two competitors, Kestrel Data and Harbor Cloud, have struggled since 2020.`,
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['kestrel-data competes-with nimbus-labs', 'harbor-cloud competes-with nimbus-labs']),
    );
    expect(relations(p)).not.toContain('harbor-cloud competes-with kestrel-data');
    const q = fr(
      `${topic('Nubo Cloud vend du stockage.')} Microsoft et Amazon, ses principaux concurrents, recrutent.`,
    );
    expect(relations(q)).toEqual(
      expect.arrayContaining(['microsoft competes-with nubo-cloud', 'amazon competes-with nubo-cloud']),
    );
    expect(relations(q)).not.toContain('amazon competes-with microsoft');
  });

  it('pairs no rivals with each other when the article is about no single company', () => {
    expect(relations(en('Two competitors, Kestrel Data and Harbor Cloud, have struggled.'))).toEqual([]);
  });

  it('still pairs the two items of a list a colon opens ("two competitors: A and B")', () => {
    expect(relations(en('The State created two competitors: Kestrel Data and Harbor Cloud.'))).toContain(
      'harbor-cloud competes-with kestrel-data',
    );
    expect(relations(fr("L'État a créé deux offres concurrentes : Kestrel Data et Harbor Cloud."))).toContain(
      'harbor-cloud competes-with kestrel-data',
    );
  });
});

describe("a joint venture's founders (found on held-out set 1)", () => {
  it('reads the agents of "a joint venture created by A and B" as founders, not as partners of each other', () => {
    expect(relations(en('Scaleway, a joint venture created in 2021 by Thales and Orange, hires.'))).not.toContain(
      'orange partner-of thales',
    );
    expect(relations(fr('Scaleway, une coentreprise créée par Thales et Orange, recrute.'))).not.toContain(
      'orange partner-of thales',
    );
    // Said outright, they are partners.
    expect(relations(en('Thales and Orange formed a partnership in 2021.'))).toContain('orange partner-of thales');
  });
});

describe('a date and its clause (found on held-out set 1 once quarters were read)', () => {
  it('gives an event the date of its own clause, not the nearer date of the clause before ", and"', () => {
    const p = en('Kestrel Data was acquired by Orange in 2020, and Harbor Cloud shut down its service in May 2021.');
    expect(events(p)).toContain('shutdown harbor-cloud 2021-05');
    const q = fr('Kestrel Data a été rachetée par Orange en 2020, et Harbor Cloud a fermé son service en mai 2021.');
    expect(events(q)).toContain('shutdown harbor-cloud 2021-05');
  });
});

describe('names and kinds (found missing by held-out set 2)', () => {
  it('reads a person from "X, who", a former title, or a local councillor before the name', () => {
    expect(actors(en('Nimbus Labs hired Ronan Keller, who had run Kestrel Data, in 2020.'))).toContain(
      'ronan-keller person',
    );
    expect(actors(en('Nimbus Labs named Moira Dunne, a former partner at Kestrel Data, in 2020.'))).toContain(
      'moira-dunne person',
    );
    expect(actors(fr('Pour le conseiller régional Gaël Morvan, le choix est mauvais.'))).toContain(
      'gael-morvan person',
    );
  });

  it('splits an owner and what it owns ("Ireland\'s Data Protection Commission"), and a country is a place', () => {
    const names = actors(en("Spain's Competition Authority fined Kestrel Data in 2021.")).join(' ');
    expect(names).toContain('spain place');
    expect(names).toContain('competition-authority public-body');
    expect(actors(en("The European Union's fund paid Nimbus Labs in 2021."))).toContain('european-union public-body');
  });

  it('spells an id with the letters accents do not decompose ("Ørsted" -> "orsted")', () => {
    expect(actors(en('Nimbus Labs buys power from Ørsted and from Capgemini since 2020.'))).toContain('orsted company');
  });
});

describe('funders after an elided article (found missing by held-out set 2)', () => {
  it('reads "auprès d\'A et de B" as two funders when the first name follows "d\'"', () => {
    expect(
      fundings(fr("Nubo Cloud a levé 9 millions d'euros auprès d'Alto Partners et de Kestrel Ventures en 2020.")),
    ).toEqual(['alto-partners+kestrel-ventures -> nubo-cloud 9000000 EUR invested']);
    // Discovery's run past "et de" is the elided name's tail, then the list's next name: no third actor.
    expect(
      actors(fr("Nubo Cloud a levé 9 millions d'euros auprès d'Alto Partners et de Kestrel Ventures.")).sort(),
    ).toEqual(['alto-partners company', 'kestrel-ventures company', 'nubo-cloud company']);
  });
});

describe("an opening participle's agents in apposition (found missing by held-out set 2)", () => {
  it('skips the apposition describing the agents: the subject is the name after its comma', () => {
    const p = fr(
      "Fondée en 2018 par Lucas Perrin et Inès Haddad, deux anciens chercheurs du Kestrel Lab, Nubo Cloud a levé 14 millions d'euros en 2021 auprès d'Orange.",
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['lucas-perrin founded nubo-cloud', 'ines-haddad founded nubo-cloud']),
    );
    expect(relations(p).join(' ')).not.toContain('founded kestrel-lab');
    expect(events(p)).toContain('funding nubo-cloud 2021');
    const q = en(
      'Founded in 2015 by Piet Jansen, a former engineer at Kestrel Lab, Nimbus Labs raised $9 million from Orange in 2020.',
    );
    expect(relations(q)).toContain('piet-jansen founded nimbus-labs');
    expect(events(q)).toContain('funding nimbus-labs 2020');
  });
});

describe('places and recipients (found on held-out sets 1 and 2)', () => {
  it('never makes a place the subject of an event ("X, a provider based in P, has signed…")', () => {
    const p = en(
      'Nimbus Labs sells storage. Nimbus Labs, a provider based in Utrecht, has signed a partnership with Orange, the two companies said on Tuesday.',
    );
    expect(events(p)).toContain('partnership nimbus-labs 2023-06-13');
    expect(events(p).join(' ')).not.toContain('utrecht');
  });

  it('reads "attribué à X", "confié à X" as a recipient, not a place', () => {
    expect(actors(fr('Le marché a été attribué à Kestrel, a-t-on appris en 2023.'))).not.toContain('kestrel place');
    expect(actors(fr('Le chantier a été confié à Kestrel, en 2023.'))).not.toContain('kestrel place');
    expect(actors(fr('Le siège est installé à Kestrel, en 2023.'))).toContain('kestrel place');
  });
});

describe('particle surnames and given names (found missing by held-out sets 2 and 3)', () => {
  it('keeps a surname whole with its particle, capitalised or not', () => {
    const p = fr('La société Nubo Cloud a été fondée en 2017 par Maëlle Le Guen et Jean-Baptiste Du Plessis.');
    expect(actors(p)).toEqual(expect.arrayContaining(['maelle-le-guen person', 'jean-baptiste-du-plessis person']));
    expect(relations(p)).toEqual(
      expect.arrayContaining(['maelle-le-guen founded nubo-cloud', 'jean-baptiste-du-plessis founded nubo-cloud']),
    );
    const q = en('Nimbus Labs appointed Sanne van den Broek as chief executive; Pieter De Smet chairs its board.');
    expect(actors(q)).toEqual(expect.arrayContaining(['sanne-van-den-broek person', 'pieter-de-smet person']));
  });

  it('does not join two names across a capitalised article with no name after it', () => {
    const p = fr('Selon Orange La décision reste à prendre.');
    expect(actors(p).some((a) => a.includes('orange-la'))).toBe(false);
  });

  it('reads a person from given names beyond French and English ("Markus", "Priya", "Karim")', () => {
    const p = en('Nimbus Labs hired Markus Weber and Priya Natarajan, while Karim Benali left for Capgemini.');
    expect(actors(p)).toEqual(
      expect.arrayContaining(['markus-weber person', 'priya-natarajan person', 'karim-benali person']),
    );
  });
});

describe('regulators, supporters and members (found missing by held-out sets 2 and 3)', () => {
  it('reads a sanction or a fine as the regulator regulating the company, active or passive, and dates it', () => {
    const active = en('The Data Protection Authority fined Nimbus Labs in March 2021 for storing data outside Europe.');
    expect(relations(active)).toContain('data-protection-authority regulates nimbus-labs');
    expect(events(active)).toContain('regulation data-protection-authority 2021-03');
    const passive = fr("La société Nubo Cloud a été sanctionnée en mai 2022 par l'Anssi pour un défaut de sécurité.");
    expect(relations(passive)).toContain('anssi regulates nubo-cloud');
    expect(events(passive)).toContain('regulation nubo-cloud 2022-05');
  });

  it('reads "X, soutenu par Y" as Y supporting X (the passive agent acts), and "Y soutient X" the same way', () => {
    expect(relations(fr('Le fonds Alpes Capital, soutenu par Bpifrance, a investi dans Nubo Cloud.'))).toContain(
      'bpifrance supports alpes-capital',
    );
    expect(relations(en('Harbor Partners, which is backed by Capgemini, invested in Nimbus Labs.'))).toContain(
      'capgemini supports harbor-partners',
    );
  });

  it('reads "a rejoint l\'association X", "joined the X alliance" as membership of an organisation', () => {
    const p = fr("L'entreprise Nubo Cloud a rejoint l'association Cloud Libre en 2021.");
    expect(actors(p)).toContain('cloud-libre organisation');
    expect(relations(p)).toContain('nubo-cloud member-of cloud-libre');
    expect(relations(en('Nimbus Labs joined the Open Edge alliance last year.'))).toContain(
      'nimbus-labs member-of open-edge',
    );
    // joining a company is a job, not a membership
    expect(relations(en('Laura Chen joined Capgemini in 2019.'))).not.toContain('laura-chen member-of capgemini');
  });
});

describe('a possessive opening a sentence (found missing by held-out sets 2 and 3)', () => {
  it('gives "Son chiffre d\'affaires", "Its revenue" to the subject of the sentence before', () => {
    expect(
      fundings(
        fr("Nubo Cloud emploie 60 personnes à Lyon. Son chiffre d'affaires a atteint 9 millions d'euros en 2023."),
      ),
    ).toEqual(['- -> nubo-cloud 9000000 EUR revenue']);
    expect(
      fundings(en('Nimbus Labs signed a deal with Capgemini in 2022. Its revenue rose to €40m last year.')),
    ).toEqual(['- -> nimbus-labs 40000000 EUR revenue']);
  });

  it('leaves the possessive alone when its noun is in apposition to a name, the real subject', () => {
    const p = fr(
      "Nubo Cloud emploie 60 personnes à Lyon. Son principal rival, le lyonnais Datalis, a été sanctionné en mai 2022 par l'Anssi.",
    );
    expect(relations(p)).not.toContain('anssi regulates nubo-cloud');
    expect(events(p)).not.toContain('regulation nubo-cloud 2022-05');
  });
});

describe('one unit after the event before (found missing by held-out sets 2 and 3)', () => {
  const dated = (p: Proposals) =>
    p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value} ${e.date.precision}`);
  it('dates "le mois suivant", "l\'année suivante", "the following year" one unit after the event told before', () => {
    expect(
      dated(
        fr(
          "Nubo Cloud a été fondée en mars 2019 à Lyon. Elle a été qualifiée SecNumCloud par l'Anssi le mois suivant.",
        ),
      ),
    ).toContain('certification nubo-cloud 2019-04 approximate');
    expect(
      dated(en('Nimbus Labs launched its platform in March 2021. It was certified by the Anssi the following year.')),
    ).toContain('certification nimbus-labs 2022 approximate');
  });

  it('dates nothing by "le mois suivant" with no event told before it', () => {
    expect(events(fr("Nubo Cloud a été qualifiée SecNumCloud par l'Anssi le mois suivant."))).toEqual([]);
  });
});

describe('a name opening a sentence (found missing by held-out set 3)', () => {
  it('reads a name seen elsewhere in the text also where it opens a sentence', () => {
    const p = en('The venture, named Vertana, will be run from Frankfurt. Vertana will be chaired by Markus Hoffmann.');
    expect(relations(p)).toContain('markus-hoffmann leads vertana');
  });

  it('takes the subject after a participle clause only when the clause opens the sentence', () => {
    const p = en(
      'The start-up Cloudlyne, founded in 2020 by Sarah Peeters, a former Proximus engineer, said so. Proximus said it would bid.',
    );
    expect(relations(p)).toContain('sarah-peeters founded cloudlyne');
    expect(relations(p)).not.toContain('sarah-peeters founded proximus');
  });
});

describe('what a relation is not (found wrong on held-out set 3)', () => {
  it('reads criticism of a dependence on X as no criticism of X', () => {
    const p = fr('Le député Marc Petit dénonce la dépendance des administrations aux services de Microsoft.');
    expect(relations(p)).not.toContain('marc-petit criticises microsoft');
    expect(relations(en('MP Laura Chen criticised the reliance of ministries on Microsoft.'))).not.toContain(
      'laura-chen criticises microsoft',
    );
    // criticism of the company itself still is
    expect(relations(fr('Le député Marc Petit dénonce Microsoft.'))).toContain('marc-petit criticises microsoft');
  });

  it('reads no verb in the tail of a compound adjective ("state-owned")', () => {
    const p = en('Nimbus Labs, which is backed by the state-owned fund Harbor Partners, grew fast.');
    expect(relations(p)).not.toContain('nimbus-labs owns harbor-partners');
    expect(relations(en('Nimbus Labs, which is backed by Harbor Partners, grew fast.'))).toContain(
      'harbor-partners supports nimbus-labs',
    );
  });
});

describe('mergers and lawsuits (found missing by held-out sets 2 and 3)', () => {
  it('reads a merger as the two companies partnering, and dates it as an acquisition', () => {
    const p = fr('Orange et Capgemini ont annoncé le 4 avril 2023 leur fusion.');
    expect(relations(p)).toContain('capgemini partner-of orange');
    expect(events(p)).toContain('acquisition orange 2023-04-04');
    expect(relations(en('In May 2022, Atos merged with Capgemini.'))).toContain('atos partner-of capgemini');
  });

  it('dates a lawsuit ("a assigné en justice", "sued") as an event of both parties', () => {
    expect(events(en('In 2023, Atos sued Capgemini in a Paris court.'))).toContain('other atos 2023');
    expect(events(fr('En 2021, Atos a assigné Capgemini en justice.'))).toContain('other atos 2021');
  });
});

describe('contracts told in the passive (found missing by held-out set 2)', () => {
  it("reads the buyer named in the contract's noun phrase as a customer of whoever received it", () => {
    expect(relations(en("The Ministry of Defence's cloud contract was awarded to Capgemini in 2022."))).toContain(
      'ministry-of-defence customer-of capgemini',
    );
    expect(
      relations(fr("Le marché d'hébergement du ministère de l'Intérieur a été attribué à Capgemini en 2022.")),
    ).toContain('ministere-de-l-interieur customer-of capgemini');
    // no contract noun: nothing
    expect(relations(fr("Le prix de l'Anssi a été attribué à Capgemini en 2022."))).not.toContain(
      'anssi customer-of capgemini',
    );
  });
});

describe('a participle clause inside the sentence (found wrong on held-out set 2)', () => {
  it("dates no event of a name after the agent's apposition when the participle does not open the sentence", () => {
    const p = en(
      'Unions reacted, while the Dutch start-up Cloudlyne, founded in 2020 by Sarah Peeters, a former Proximus engineer, said so. Proximus said it would bid.',
    );
    expect(events(p).some((e) => e.startsWith('founding proximus'))).toBe(false);
  });
});

describe('customers listed after an article, and a person leaving to join (found missing by held-out set 3)', () => {
  it('reads "compte parmi ses clients la X" as X a customer', () => {
    expect(relations(fr("Nubo Cloud compte parmi ses clients l'Anssi depuis 2021."))).toContain(
      'anssi customer-of nubo-cloud',
    );
  });

  it('reads "to join X", "pour rejoindre X" as the person working for X', () => {
    expect(relations(en('Laura Chen has resigned to join its rival Capgemini as chief operating officer.'))).toContain(
      'laura-chen works-for capgemini',
    );
    expect(relations(fr('Marie Durand a quitté Atos pour rejoindre Capgemini.'))).toContain(
      'marie-durand works-for capgemini',
    );
  });
});

describe('where a company is (found missing by held-out sets 2 and 3)', () => {
  it('reads an opening participle\'s subject after its object ("Installée à P, X…", "Based in P, X…")', () => {
    expect(relations(fr('Installée à Roubaix, Nubo Cloud a été fondée en 2014.'))).toContain(
      'nubo-cloud located-in roubaix',
    );
    expect(relations(en('Based in Utrecht, Norvane Cloud signed a deal with Capgemini.'))).toContain(
      'norvane-cloud located-in utrecht',
    );
    // not when the clause does not open the sentence
    expect(relations(en('Capgemini, based in Paris, signed with Norvane Cloud.'))).not.toContain(
      'norvane-cloud located-in paris',
    );
  });

  it('reads "emploie N personnes à P", "employs N people in P" as located in P', () => {
    expect(relations(fr('Nubo Cloud emploie 60 personnes à Roubaix.'))).toContain('nubo-cloud located-in roubaix');
    expect(relations(en('Nimbus Labs employs 1,200 people in France.'))).toContain('nimbus-labs located-in france');
  });
});

describe('a title after a possessive (found missing by held-out set 3)', () => {
  it('pairs "Its chief executive, X", "Son fondateur, X" with the subject of the sentence before', () => {
    expect(
      relations(en('Corvex Systems raised €45 million in January. Its chief executive, Jonas Berg, said so.')),
    ).toContain('jonas-berg leads corvex-systems');
    expect(
      relations(fr("Nubo Cloud a levé 5 millions d'euros en 2020. Son fondateur, Marc Petit, a quitté le groupe.")),
    ).toContain('marc-petit founded nubo-cloud');
  });
});

describe('an acquisition told as a noun with its agent (found missing by held-out set 3)', () => {
  it('reads "le rachat de [description] X par Y" as Y acquiring X', () => {
    expect(relations(fr("Les députés saluent le rachat de l'hébergeur lillois Cloudia par OVHcloud."))).toContain(
      'ovhcloud acquired cloudia',
    );
    expect(relations(fr('Les députés saluent le rachat de la société Cloudia par OVHcloud.'))).toContain(
      'ovhcloud acquired cloudia',
    );
    expect(relations(en('Analysts welcomed the acquisition of the start-up Cloudia by Capgemini.'))).toContain(
      'capgemini acquired cloudia',
    );
  });
});

describe('a person joining a company, named again by the surname (found missing by held-out set 3)', () => {
  it('reads "X joined Y", "X a rejoint Y" as working for a company, membership of an association', () => {
    expect(relations(en('Laura Chen joined Capgemini in 2019.'))).toContain('laura-chen works-for capgemini');
    expect(relations(fr('Marie Durand a rejoint Capgemini en 2019.'))).toContain('marie-durand works-for capgemini');
    // an organisation joining a company is neither
    expect(relations(en('Nimbus Labs joined Capgemini in 2019.'))).toEqual([]);
  });

  it('finds the person where the surname alone opens a sentence', () => {
    const p = en('Priya Raman has resigned, Capgemini said. Raman joined Atos in 2018.');
    expect(relations(p)).toContain('priya-raman works-for atos');
  });
});

describe('a passive agent described by an organisation noun (found missing by held-out sets 2 and 3)', () => {
  it('reads "taken over by the American group X", "backed by the investment firm Y" with the described agent (an investor backs with money: funds)', () => {
    expect(relations(en('Nimbus Labs was taken over in 2014 by the American group Brightline Software.'))).toContain(
      'brightline-software acquired nimbus-labs',
    );
    expect(
      relations(en('Nimbus Labs, which is backed by the state-owned investment firm Harbor Partners, grew.')),
    ).toContain('harbor-partners funds nimbus-labs');
    // a description that is no organisation noun is not an agent's ("by the end of…" has no name after it anyway)
    expect(relations(en('Nimbus Labs was taken over by the time Capgemini arrived.'))).not.toContain(
      'capgemini acquired nimbus-labs',
    );
  });
});

describe('one unit before the event told before (found missing by held-out set 3)', () => {
  const dated = (p: Proposals) =>
    p.events.map((e) => `${e.kind} ${e.actors.map((a) => a.id).join('+')} ${e.date.value}`);
  it('dates "le mois précédent", "the previous month" one unit before, and keeps the story\'s anchor', () => {
    const p = fr(
      'Capgemini a lancé son offre le 3 mars 2023. OVHcloud avait racheté Scaleway le mois précédent. Atos a lancé une offre une semaine plus tard.',
    );
    expect(dated(p)).toEqual(expect.arrayContaining(['acquisition scaleway+ovhcloud 2023-02', 'launch atos 2023-03']));
    const q = en(
      'Capgemini launched its offer on 3 March 2023. OVHcloud had acquired Scaleway the previous month. Atos launched a rival offer a week later.',
    );
    expect(dated(q)).toEqual(expect.arrayContaining(['acquisition scaleway+ovhcloud 2023-02', 'launch atos 2023-03']));
    // derived by a negative offset from the launch
    expect(JSON.stringify(q.events.find((e) => e.kind === 'acquisition'))).toContain('"amount":-1');
  });
});

describe('taking part in a round (found missing by held-out set 3)', () => {
  it('reads "participe au tour de table à hauteur de N", "took part in the round with N" as an investment', () => {
    expect(
      fundings(
        fr(
          "Bpifrance a investi 15 millions d'euros dans Nubo Cloud en 2023. Le fonds Alpes Capital participe aussi au tour de table à hauteur de 3 millions d'euros.",
        ),
      ),
    ).toContain('alpes-capital -> nubo-cloud 3000000 EUR invested');
    expect(
      fundings(
        en(
          'Capgemini invested $15 million in Nimbus Labs in 2023. Harbor Partners also took part in the round with $3 million.',
        ),
      ),
    ).toContain('harbor-partners -> nimbus-labs 3000000 USD invested');
  });
});

describe('names described by an organisation noun (found missing by held-out sets 2 and 3)', () => {
  it('lets a name named once take part when a noun describes it, with modifiers before it in English', () => {
    expect(relations(en('In 2021, Capgemini acquired the Austrian insurer Kalvora.'))).toContain(
      'capgemini acquired kalvora',
    );
    expect(actors(en('Rival operator Telmora said it would bid.'))).toContain('telmora company');
    expect(relations(fr('En 2021, Atos a racheté la mutuelle Sarvia.'))).toContain('atos acquired sarvia');
    // a city's adjective as the noun: "le nantais X", "l'américain X"
    expect(relations(fr('En 2022, Capgemini a racheté le lyonnais Brivel.'))).toContain('capgemini acquired brivel');
    // a lone capitalised word with no description still takes part in nothing
    expect(relations(en('In 2021, Capgemini acquired Kalvora.'))).toEqual([]);
  });

  it('lets a funder take part when the next item of its list is described ("et du fonds régional X")', () => {
    expect(
      fundings(
        fr("Nubo Cloud a levé 9 millions d'euros en 2020 auprès de Kestrel et du fonds régional Alpes Capital."),
      ),
    ).toEqual(['alpes-capital+kestrel -> nubo-cloud 9000000 EUR invested']);
    expect(
      fundings(en('Nimbus Labs raised $9 million in 2020 from Kestrel and the venture firm Harbor Partners.')),
    ).toEqual(['harbor-partners+kestrel -> nimbus-labs 9000000 USD invested']);
  });

  it('reads where a person worked from "partner at X", "head of sales at X", "joined Y from X"', () => {
    expect(actors(en('Margaret Quinn, a former partner at Brackwell, chairs the board.'))).toContain(
      'brackwell company',
    );
    expect(actors(en('Conor Byrne joined Atos in 2019 from Telcova.'))).toEqual(
      expect.arrayContaining(['conor-byrne person', 'telcova company']),
    );
  });
});

describe('titles held once (found wrong on held-out set 3)', () => {
  it('reads "formerly head of X at Y", "ancienne directrice générale de Y" as having worked for Y, not leading it', () => {
    const p = en('Laura Chen, formerly head of sales at Capgemini, joined Atos in 2022.');
    expect(relations(p)).toContain('laura-chen works-for capgemini');
    expect(relations(p)).not.toContain('laura-chen leads capgemini');
    const q = fr('Marie Durand, ancienne directrice générale de Capgemini, a rejoint Atos en 2022.');
    expect(relations(q)).toContain('marie-durand works-for capgemini');
    expect(relations(q)).not.toContain('marie-durand leads capgemini');
    // a title held now still leads
    expect(relations(en('Laura Chen, chief executive of Capgemini, spoke in 2022.'))).toContain(
      'laura-chen leads capgemini',
    );
  });
});

describe("a verb's object is in its own clause (found wrong on held-out set 2)", () => {
  it('reads no object past a comma that opens another clause, but reads one past a short insertion', () => {
    expect(
      relations(en('Paul Martin, who left in 2015, now backs young companies through his fund, Harbor Partners.')),
    ).not.toContain('paul-martin supports harbor-partners');
    expect(
      relations(
        fr(
          'Marie Durand, qui est partie en 2015, soutient désormais des jeunes pousses avec son fonds, Alpes Capital.',
        ),
      ),
    ).not.toContain('marie-durand supports alpes-capital');
    expect(relations(fr('En 2015, la société Nubo Cloud a choisi, après un appel d’offres, Scaleway.'))).toContain(
      'nubo-cloud customer-of scaleway',
    );
  });
});

describe('where a person worked before (found missing by held-out sets 2 and 3)', () => {
  it('reads "joined Y from X", "a rejoint Y en provenance de X" as working for both', () => {
    const p = en('Laura Chen joined Atos in 2019 from Capgemini.');
    expect(relations(p)).toEqual(
      expect.arrayContaining(['laura-chen works-for atos', 'laura-chen works-for capgemini']),
    );
    const q = fr('Marie Durand a rejoint Atos en 2019 en provenance de Capgemini.');
    expect(relations(q)).toEqual(
      expect.arrayContaining(['marie-durand works-for atos', 'marie-durand works-for capgemini']),
    );
    // a place after "from" is no employer, and a company joining is neither
    expect(relations(en('Laura Chen joined Atos in 2019 from France.'))).not.toContain('laura-chen works-for france');
    expect(relations(en('Nimbus Labs joined Atos in 2019 from Capgemini.'))).toEqual([]);
  });

  it('reads "a former Y engineer" as having worked for Y', () => {
    expect(relations(en('The start-up was founded by Sarah Peeters, a former Capgemini engineer, in 2020.'))).toContain(
      'sarah-peeters works-for capgemini',
    );
    expect(relations(fr('Marie Durand, jusqu’ici directrice générale d’Atos, rejoint Capgemini.'))).toContain(
      'marie-durand leads atos',
    );
  });
});

describe('a plural title after a list of people (found missing by held-out set 2)', () => {
  it('gives "A et B, deux anciens ingénieurs d’X" and "A and B, two former engineers at X" to both', () => {
    const p = fr(
      'Fondée en 2020 par Marie Durand et Paul Martin, deux anciens ingénieurs de Capgemini, Nubo Cloud a levé des fonds.',
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['marie-durand works-for capgemini', 'paul-martin works-for capgemini']),
    );
    const q = en('Nimbus Labs was founded by Laura Chen and Tom Baker, two former engineers at Atos, in 2019.');
    expect(relations(q)).toEqual(expect.arrayContaining(['laura-chen works-for atos', 'tom-baker works-for atos']));
    // a singular title is the last person's only
    const r = en('Nimbus Labs was founded by Laura Chen and Tom Baker, a former engineer at Atos, in 2019.');
    expect(relations(r)).toContain('tom-baker works-for atos');
    expect(relations(r)).not.toContain('laura-chen works-for atos');
  });
});

describe('the main clause after a long opening participle clause (found missing by held-out sets 2 and 3)', () => {
  it('finds the subject past the agents and their appositions, for a possessive in the next sentence', () => {
    const p = fr(
      "Fondée en 2018 par Marie Durand, ancienne ingénieure chez Atos, et Paul Martin, Nubo Cloud emploie 30 personnes. Son chiffre d'affaires a atteint 4 millions d'euros en 2022.",
    );
    expect(fundings(p)).toEqual(['- -> nubo-cloud 4000000 EUR revenue']);
    const q = en(
      'Founded in 2018 by Laura Chen, a former engineer at Atos, and Tom Baker, Nimbus Labs employs 30 people. Its revenue rose to $4 million in 2022.',
    );
    expect(fundings(q)).toEqual(['- -> nimbus-labs 4000000 USD revenue']);
  });

  it('reads the agent of a participle whose clause goes on, and "la start-up" after it as the article’s company', () => {
    const p = fr(
      "La start-up Nubo Cloud a été fondée en 2018. Nubo Cloud a levé des fonds en 2020. Mais tout a changé. Sanctionnée en juin 2022 par l'Anssi pour des manquements répétés, la start-up a perdu ses clients.",
    );
    expect(relations(p)).toContain('anssi regulates nubo-cloud');
    expect(events(p)).toContain('regulation nubo-cloud 2022-06');
    const q = en(
      'The start-up Nimbus Labs was founded in 2018. Nimbus Labs raised money in 2020. Then things changed. Sanctioned in June 2022 by Anssi for repeated failings, the start-up lost its customers.',
    );
    expect(relations(q)).toContain('anssi regulates nimbus-labs');
    // with no company named clearly most often, "la start-up" stands for nobody
    const r = fr(
      "Nubo Cloud et Stellio ont été fondées en 2018. Sanctionnée en juin 2022 par l'Anssi pour des manquements répétés, la start-up a perdu ses clients.",
    );
    expect(relations(r)).not.toContain('anssi regulates nubo-cloud');
  });
});

describe('two verb phrases sharing one subject (found missing by held-out set 3)', () => {
  const dated = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}`);
  it('gives the second verb the first one’s subject, not its object ("X joined Y in 2018 and led…")', () => {
    const p = en('Laura Chen joined Atos in 2018 and led the launch of Nimbus Cloud in May 2020.');
    expect(dated(p)).toEqual(expect.arrayContaining(['other laura-chen 2018', 'launch nimbus-cloud 2020-05']));
    const q = fr("Nubo Cloud a rejoint l'association Hexatrust en janvier 2022 et a racheté Scaleway en 2023.");
    expect(relations(q)).toContain('nubo-cloud acquired scaleway');
    expect(relations(q)).not.toContain('hexatrust acquired scaleway');
    // a second subject after the conjunction keeps its own verb
    const r = en('In 2018, Atos and Capgemini launched Nimbus Cloud.');
    expect(dated(r)).toContain('launch nimbus-cloud 2018');
  });

  it('dates "le mois suivant", "a week later" against the sentence’s own earlier date', () => {
    const p = fr(
      "Nubo Cloud a rejoint l'association Hexatrust en janvier 2022 et a été qualifiée par l'Anssi le mois suivant.",
    );
    expect(dated(p)).toEqual(expect.arrayContaining(['certification nubo-cloud 2022-02']));
    const q = en(
      'Nimbus Labs joined the Hexatrust alliance in March 2021 and was certified by Anssi two months later.',
    );
    expect(dated(q)).toEqual(expect.arrayContaining(['certification nimbus-labs 2021-05']));
    // no interval ("later") gives no date of its own
    const r = en('Nimbus Labs joined the Hexatrust alliance in March 2021 and was certified by Anssi later.');
    expect(dated(r)).not.toContain('certification nimbus-labs 2021-05');
  });
});

describe('a certificate obtained from a body (found missing by held-out sets 2 and 3)', () => {
  it('reads "a obtenu la qualification X de l’Anssi", "received the X certification from Anssi" as Anssi certifying', () => {
    expect(relations(fr("En 2022, Nubo Cloud a obtenu la qualification SecNumCloud de l'Anssi."))).toContain(
      'anssi certifies nubo-cloud',
    );
    expect(relations(en('In 2022, Nimbus Labs received the SecNumCloud certification from Anssi.'))).toContain(
      'anssi certifies nimbus-labs',
    );
    // a company named after the certificate is no certifier; nor is a certificate only hoped for
    expect(relations(en('In 2022, Nimbus Labs obtained the ISO certification, like Capgemini.'))).toEqual([]);
    expect(relations(fr("Nubo Cloud pourrait obtenir la qualification SecNumCloud de l'Anssi en 2025."))).toEqual([]);
  });
});

describe('possessed nouns with adjectives and appositions, and described rivals (found missing by held-out set 3)', () => {
  it('reads "Son principal rival, le lyonnais X" and "its sovereign cloud, X"', () => {
    const p = fr(
      "Nubo Cloud emploie 60 personnes à Lyon. Son principal rival, le lyonnais Datalis, a été sanctionné en mai 2022 par l'Anssi.",
    );
    expect(relations(p)).toContain('datalis competes-with nubo-cloud');
    expect(relations(p)).toContain('anssi regulates datalis');
    expect(relations(p)).not.toContain('anssi regulates nubo-cloud');
    expect(relations(en('In 2021, Nimbus Labs launched its sovereign cloud, Nimbus Vault.'))).toContain(
      'nimbus-vault brand-of nimbus-labs',
    );
    // a cloud that is not the subject's own is no brand of it
    expect(relations(en('In 2021, Nimbus Labs moved to a sovereign cloud, Nimbus Vault.'))).not.toContain(
      'nimbus-vault brand-of nimbus-labs',
    );
  });

  it('reads "rival operator X", "l’opérateur concurrent X" as competing with the company the article is about', () => {
    const p = en(
      'Nimbus Labs opened a site in 2021. Nimbus Labs hired 40 people. A week later, rival operator Stratus Works said it would bid.',
    );
    expect(relations(p)).toContain('nimbus-labs competes-with stratus-works');
    const q = fr(
      "Nubo Cloud a ouvert un site en 2021. Nubo Cloud a recruté 40 personnes. L'opérateur concurrent Stratus Works a réagi.",
    );
    expect(relations(q)).toContain('nubo-cloud competes-with stratus-works');
    // with no company the article is about, no rival
    expect(relations(en('A week later, rival operator Stratus Works said it would bid.'))).toEqual([]);
  });
});

describe('event words and owners (found missing by held-out set 2)', () => {
  it('dates "née à P", "taken over", "who left in" and gives "its listing" to the organisation, not a person', () => {
    expect(events(fr('Nubo Cloud, née à Lyon en 2013, emploie 60 personnes.'))).toContain('founding nubo-cloud 2013');
    // a person born somewhere founds nothing, and is founded by nobody
    expect(
      events(fr('Marie Durand, née à Lyon en 1975, dirige Capgemini.')).filter((e) => e.startsWith('founding')),
    ).toEqual([]);
    expect(events(en('Nimbus Labs was taken over in 2014 by Capgemini.'))).toContain('acquisition nimbus-labs 2014');
    expect(events(en('Laura Chen, who left in 2015, now invests in start-ups.'))).toContain(
      'departure laura-chen 2015',
    );
    const p = en('Laura Chen, who has chaired Nimbus Labs since its stock-market listing in 2017, will retire.');
    expect(events(p)).toContain('ipo nimbus-labs 2017');
    expect(events(p)).not.toContain('ipo laura-chen 2017');
    // "his", "her" stay with the person
    expect(events(en('Laura Chen joined Atos after her departure in 2017.'))).toContain('departure laura-chen 2017');
  });

  it('lets a brand spelt with capitals then lower case ("UKCloud") take part when named once', () => {
    expect(events(en('NLCloud went into liquidation in October 2022.'))).toContain('shutdown nlcloud 2022-10');
    // a capitalised word alone does not
    expect(events(en('Nlcloud went into liquidation in October 2022.'))).toEqual([]);
  });
});

describe('customers, hosts, parents and places told in a noun phrase (found missing by held-out sets 2 and 3)', () => {
  it('reads "clients, dont la mutuelle X" and "its clients, among them the German insurer X" as customers', () => {
    expect(relations(fr('En 2022, Nubo Cloud a perdu plusieurs clients, dont la mutuelle Sarvia.'))).toContain(
      'sarvia customer-of nubo-cloud',
    );
    expect(
      relations(en('Nimbus Labs stores data for its clients, among them the Austrian insurer Kalvora.')),
    ).toContain('kalvora customer-of nimbus-labs');
    // a list of partners is no list of customers
    expect(relations(en('Nimbus Labs works with partners, among them Capgemini.'))).not.toContain(
      'capgemini customer-of nimbus-labs',
    );
  });

  it('reads "hébergeait ses serveurs chez X" and "relied on X servers" as hosted by X', () => {
    expect(relations(fr('Nubo Cloud hébergeait ses serveurs chez Scaleway.'))).toContain(
      'nubo-cloud hosted-by scaleway',
    );
    const p = en('Nimbus Labs relied on Amazon servers in Ireland.');
    expect(relations(p)).toContain('nimbus-labs hosted-by amazon');
    expect(relations(p)).not.toContain('nimbus-labs relies-on amazon');
    // relying on software is no hosting
    expect(relations(en('Nimbus Labs relied on Kubernetes to run its platform.'))).toContain(
      'nimbus-labs relies-on kubernetes',
    );
  });

  it('reads "X, the parent company of Y", "X, maison mère de Y" as Y a subsidiary of X', () => {
    expect(relations(en('Capgemini, the parent company of Nimbus Labs, said so.'))).toContain(
      'nimbus-labs subsidiary-of capgemini',
    );
    expect(relations(fr('Capgemini, maison mère de Nubo Cloud, a confirmé.'))).toContain(
      'nubo-cloud subsidiary-of capgemini',
    );
  });

  it('places "France\'s Agency X" and "X, the German … association" in their country', () => {
    expect(relations(en("In 2022, France's Data Ethics Authority fined Nimbus Labs."))).toContain(
      'data-ethics-authority located-in france',
    );
    // a person is placed by nothing
    expect(relations(en("France's minister, Laura Chen, spoke."))).toEqual([]);
    const p = en('The plan was welcomed by Numeria, the French digital industry association.');
    expect(relations(p)).toContain('numeria located-in france');
    // an apposition that names another thing ("the co-founder of the French start-up X") places X, not the person
    const q = en('Laura Chen, the co-founder of the French start-up Nimbus Labs, spoke.');
    expect(relations(q)).toContain('nimbus-labs located-in france');
  });
});

describe('names inside compounds and relative clauses (found wrong on held-out set 3)', () => {
  it('reads no actor in the head of a hyphenated compound ("the state-owned fund")', () => {
    const kb = actorsOnly([
      ...fixtureActors,
      {
        id: 'french-state',
        name: 'French State',
        kind: 'public-body',
        aliases: { fr: ["l'État"], en: ['the state'] },
        caseSensitive: [],
        description: { fr: 'État.', en: 'State.' },
        evidence: [],
      },
    ]);
    const p = propose(
      kb,
      [
        inlineDocument(
          'Nimbus Labs, which is backed by the state-owned fund Harbor Partners, grew in 2022.',
          'en',
          PUBLISHED,
        ),
      ],
      RULES_ONLY,
    );
    expect(relations(p)).toEqual(['harbor-partners funds nimbus-labs']);
    // the State itself is still named
    const q = propose(
      kb,
      [inlineDocument('Nimbus Labs is backed by the state since 2022.', 'en', PUBLISHED)],
      RULES_ONLY,
    );
    expect(relations(q)).toContain('french-state supports nimbus-labs');
  });

  it('gives a raise to the subject, not to the name closing its relative clause', () => {
    expect(events(en('Nimbus Labs, which is backed by Capgemini, raised $45 million in January 2023.'))).toEqual([
      'funding nimbus-labs 2023-01',
    ]);
    expect(
      events(fr("Nubo Cloud, qui est soutenue par Capgemini, a levé 45 millions d'euros en janvier 2023.")),
    ).toEqual(['funding nubo-cloud 2023-01']);
  });
});

describe('work entrusted to a provider (found missing by held-out set 3)', () => {
  it('reads "a confié le stockage de ses archives à X", "entrusted its data to X" as customer and hosted', () => {
    const p = fr('Nubo Cloud a confié fin 2022 le stockage de ses archives à Scaleway.');
    expect(relations(p)).toEqual(
      expect.arrayContaining(['nubo-cloud customer-of scaleway', 'nubo-cloud hosted-by scaleway']),
    );
    expect(events(p)).toContain('contract nubo-cloud 2022');
    const q = en('In 2021, Nimbus Labs entrusted its data to Capgemini.');
    expect(relations(q)).toEqual(
      expect.arrayContaining(['nimbus-labs customer-of capgemini', 'nimbus-labs hosted-by capgemini']),
    );
    // entrusting something that is no data or hosting makes a customer only
    expect(relations(en('In 2021, Nimbus Labs entrusted its marketing to Capgemini.'))).toEqual([
      'nimbus-labs customer-of capgemini',
    ]);
  });

  it('keeps the story’s anchor when the event is told in a relative clause (background)', () => {
    const dated = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}`);
    const p = fr(
      'Capgemini a lancé son offre le 3 mars 2023 avec Nubo Cloud, qui a confié fin 2021 ses données à Scaleway. Atos a lancé une offre une semaine plus tard.',
    );
    expect(dated(p)).toContain('launch atos 2023-03');
  });
});

describe('names discovery cuts or splits (found wrong on held-out set 3)', () => {
  it('keeps "Office for …" and a second noun after a French complement ("d’assurance maladie,") in the name', () => {
    expect(actors(en('The Federal Office for Digital Safety certified Nimbus Labs in 2022.'))).toContain(
      'federal-office-for-digital-safety public-body',
    );
    expect(actors(fr("La Caisse nationale d'assurance vieillesse, qui a choisi Scaleway, a réagi."))).toContain(
      'caisse-nationale-d-assurance-vieillesse public-body',
    );
    // a verb after the complement stays out of the name
    expect(actors(fr('La Cour des comptes estime le coût à un milliard.'))).toContain('cour-des-comptes public-body');
  });

  it('reads a known name before a new capitalised word as the head of a longer name ("Microsoft Teams")', () => {
    const p = en('In 2022, Nimbus Labs agreed to host Microsoft Teamspace in its data centres.');
    expect(relations(p)).toContain('microsoft-teamspace hosted-by nimbus-labs');
    expect(relations(p)).not.toContain('microsoft hosted-by nimbus-labs');
    // not before a title or a given name
    expect(actors(en('Microsoft CEO Laura Chen said so in 2022.'))).toContain('laura-chen person');
  });
});

describe('reported clauses and digressions (found missing by held-out set 3)', () => {
  const dated = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}`);
  it('reads the pronoun of "X said it had joined Y", "X a indiqué qu’elle avait rejoint Y" as X', () => {
    expect(relations(en('In 2022, Nimbus Labs said it had joined the Hexatrust association.'))).toContain(
      'nimbus-labs member-of hexatrust',
    );
    expect(relations(fr("En 2022, Nubo Cloud a indiqué qu'elle avait rejoint l'association Hexatrust."))).toContain(
      'nubo-cloud member-of hexatrust',
    );
    // a person reporting is no "it"
    expect(relations(en('In 2022, Laura Chen said it had joined the Hexatrust association.'))).toEqual([]);
  });

  it('chains a later paragraph’s "a week later" to the story, not to a digression in the pluperfect', () => {
    const p = en(
      'Capgemini launched its offer on 3 March 2023.\n\nCapgemini had signed a partnership with Atos in 2021.\n\nA week later, Nimbus Labs said it had joined the Hexatrust association.',
    );
    expect(dated(p)).toContain('other nimbus-labs 2023-03');
    // within the digression's own paragraph, its date anchors
    const q = fr(
      "Capgemini a lancé son offre le 3 mars 2023. Nubo Cloud avait levé 8 millions d'euros en 2019. Deux ans plus tard, elle lançait Nubo Vault.",
    );
    expect(dated(q)).toContain('launch nubo-vault 2021');
  });
});

describe('a contract’s value told in the next sentence (found missing by held-out set 2)', () => {
  it('reads "D’un montant de N, il…", "It is worth N" after an award as pledged by the buyer', () => {
    const p = fr(
      "Le marché d'hébergement de Capgemini a été attribué à Scaleway en mars 2023. D'un montant de près de 12 millions d'euros sur quatre ans, il couvre trois sites.",
    );
    expect(fundings(p)).toEqual(['capgemini -> scaleway 12000000 EUR pledged']);
    const q = en(
      "Capgemini's hosting contract was awarded to Scaleway in March 2023. Worth €12 million over four years, it covers three sites.",
    );
    expect(fundings(q)).toEqual(['capgemini -> scaleway 12000000 EUR pledged']);
    // an amount two sentences on, or with no award before it, is no contract's value
    const r = fr(
      "Le marché d'hébergement de Capgemini a été attribué à Scaleway en mars 2023. Le chantier commence. D'un montant de 12 millions d'euros, il couvre trois sites.",
    );
    expect(fundings(r)).toEqual([]);
  });
});

describe('heads, holders and proceedings told by nouns (found missing by held-out set 2)', () => {
  const dated = (p: Proposals) => p.events.map((e) => `${e.kind} ${e.actors[0]!.id} ${e.date.value}`);
  it('dates insolvency proceedings ("placée en redressement judiciaire", "went into administration")', () => {
    expect(dated(fr('Nubo Cloud a été placée en redressement judiciaire en mars 2023.'))).toContain(
      'other nubo-cloud 2023-03',
    );
    expect(dated(en('Nimbus Labs went into administration in March 2023.'))).toContain('other nimbus-labs 2023-03');
  });

  it('reads the holder in apposition after a noun cue’s object ("Le principal actionnaire de X, le fonds Y,")', () => {
    expect(
      relations(fr('Le principal actionnaire de Nubo Cloud, le fonds Alpes Capital, a investi en 2022.')),
    ).toContain('alpes-capital owns nubo-cloud');
    expect(
      relations(en('The largest shareholder in Nimbus Labs, the fund Harbor Partners, said so in 2022.')),
    ).toContain('harbor-partners owns nimbus-labs');
    // a noun cue inside the sentence keeps its subject before it
    expect(relations(en('Capgemini became a shareholder of Nimbus Labs, the cloud start-up, in 2022.'))).toContain(
      'capgemini owns nimbus-labs',
    );
  });

  it('gives the departure of "The chairman of X" to X', () => {
    expect(
      dated(en('The chairman of Nimbus Labs, the Boston-based host, has resigned, the company said on 14 March 2022.')),
    ).toContain('departure nimbus-labs 2022-03-14');
    expect(dated(fr('Le président de Nubo Cloud a démissionné le 14 mars 2022.'))).toContain(
      'departure nubo-cloud 2022-03-14',
    );
  });

  it('dates what "a week after" introduces a week before the sentence’s date', () => {
    const p = en('Nimbus Labs quit the Hexatrust association on 14 March 2022, a week after Anssi fined it.');
    expect(JSON.stringify(p.events.find((e) => e.kind === 'regulation'))).toContain('"amount":-1');
    const q = fr(
      "Nubo Cloud a quitté l'association Hexatrust le 14 mars 2022, une semaine après que l'Anssi l'a sanctionnée.",
    );
    expect(dated(q)).toContain('regulation anssi 2022-03');
    expect(JSON.stringify(q.events.find((e) => e.kind === 'regulation'))).toContain('"amount":-1');
    // "a week later" at the end of the clause is after the date, as before
    const r = en('Nimbus Labs quit the Hexatrust association on 14 March 2022 and was fined by Anssi a week later.');
    expect(JSON.stringify(r.events.find((e) => e.kind === 'regulation'))).toContain('"amount":1');
  });
});

describe('a title holding its preposition (found missing by held-out set 2)', () => {
  it('reads "X, a former partner at Y" as working for Y', () => {
    expect(relations(en('In 2022, Capgemini hired Margaret Quinn, a former partner at Brackwell.'))).toContain(
      'margaret-quinn works-for brackwell',
    );
    expect(relations(fr('En 2022, Capgemini a recruté Marie Durand, ancienne associée chez Brackwell.'))).toContain(
      'marie-durand works-for brackwell',
    );
  });
});

describe('a plan presented, and a title held since a date (found missing by held-out set 2)', () => {
  it('dates "presented a plan" as an announcement, as "a présenté son plan" already was', () => {
    expect(events(en('Capgemini presented a plan on 3 March 2023.'))).toContain('announcement capgemini 2023-03-03');
    expect(events(fr('Capgemini a présenté son plan le 3 mars 2023.'))).toContain('announcement capgemini 2023-03-03');
  });

  it('reads "X, président d’Y depuis 2016", "X, CEO of Y since 2019" as X appointed then', () => {
    expect(events(fr('Selon Marie Durand, présidente de Capgemini depuis 2016, le marché ralentit.'))).toContain(
      'appointment marie-durand 2016',
    );
    expect(
      events(en('According to Laura Chen, chief executive of Capgemini since 2019, demand is slowing.')),
    ).toContain('appointment laura-chen 2019');
    // a title with a date that is no "since" is no appointment
    expect(events(en('Laura Chen, chief executive of Capgemini, spoke in 2019.'))).not.toContain(
      'appointment laura-chen 2019',
    );
  });
});

describe('a list going on after an item’s apposition (found missing by held-out set 3)', () => {
  it('reads "par A, ancienne ingénieure chez O, et B" and "by A, a former engineer at O, and B" as A and B', () => {
    const p = fr(
      'Fondée en 2019 par Marie Durand, ancienne ingénieure chez Atos, et Paul Martin, Nubo Cloud emploie 30 personnes.',
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['marie-durand founded nubo-cloud', 'paul-martin founded nubo-cloud']),
    );
    expect(relations(p)).not.toContain('paul-martin founded atos');
    const q = en('Nimbus Labs was founded in 2019 by Laura Chen, a former engineer at Atos, and Tom Baker.');
    expect(relations(q)).toEqual(
      expect.arrayContaining(['laura-chen founded nimbus-labs', 'tom-baker founded nimbus-labs']),
    );
    // the apposition's complement stays out of the list
    expect(relations(q)).not.toContain('atos founded nimbus-labs');
  });
});

describe('a relative clause’s subject and a generic object (found missing by held-out set 2)', () => {
  it('reads "Selon X, qui dirigeait l’entreprise" as X leading the company the article is about', () => {
    const p = fr(
      "Nubo Cloud a été fondée en 2018. Nubo Cloud a levé des fonds en 2020. Selon Marie Durand, qui dirigeait l'entreprise depuis 2020, le marché ralentit.",
    );
    expect(relations(p)).toContain('marie-durand leads nubo-cloud');
    const q = en(
      'Nimbus Labs was founded in 2018. Nimbus Labs raised money in 2020. According to Laura Chen, who headed the company until 2022, demand slowed.',
    );
    expect(relations(q)).toContain('laura-chen leads nimbus-labs');
    // with no company the article is about, "the company" is nobody; after a preposition it is no object
    expect(relations(en('According to Laura Chen, who headed the company until 2022, demand slowed.'))).toEqual([]);
    expect(
      relations(
        en(
          'Nimbus Labs was founded in 2018. Nimbus Labs raised money in 2020. Laura Chen spoke for the company in 2022.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a contract awarded, dated (found missing by held-out set 2)', () => {
  it('dates "Le marché de Y a été attribué à X" and "Y’s contract was awarded to X" as X’s contract with Y', () => {
    const p = fr("Le marché d'hébergement de Capgemini a été attribué à Scaleway le 6 juin 2023.");
    expect(p.events.map((e) => `${e.kind} ${e.actors.map((a) => a.id).join('+')} ${e.date.value}`)).toContain(
      'contract scaleway+capgemini 2023-06-06',
    );
    const q = en("Capgemini's hosting contract was awarded to Scaleway on 6 June 2023.");
    expect(events(q)).toContain('contract scaleway 2023-06-06');
    // no award, no contract: a contract merely mentioned
    expect(events(en('Scaleway signed nothing on 6 June 2023, Capgemini said.'))).not.toContain(
      'contract scaleway 2023-06-06',
    );
  });
});
