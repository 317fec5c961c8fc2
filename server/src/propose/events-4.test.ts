import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { events, readWithRules } from './testing/readings.ts';

/**
 * Events, fourth round: the most common ways news dates a fact and names who it happened to, probed on invented
 * paragraphs of both languages, each rule with the look-alikes that must keep their reading.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

/** kind, actors (main first), date. */
/** main actor and date only, as the scorer compares them. */
const mains = (p: Proposals) => p.events.map((e) => `${e.actors[0]!.id} ${e.date.value}`);

describe('"last week", "la semaine dernière", "this week": dated against the publication', () => {
  it('dates the event in the week before the publication, in both languages', () => {
    expect(mains(en('The sector is consolidating. Last week, Orvane Cloud acquired Kestrel Data.'))).toEqual([
      expect.stringMatching(/ 2025-11$/u),
    ]);
    expect(mains(fr('Le secteur se concentre. La semaine dernière, Orvane Cloud a racheté Kestrel Data.'))).toEqual([
      expect.stringMatching(/ 2025-11$/u),
    ]);
  });

  it('reads no date in "every week" or "la semaine de quatre jours"', () => {
    expect(events(en('Orvane Cloud is growing. Every week, Orvane Cloud opened a site.'))).toEqual([]);
    expect(events(fr('Orvane Cloud grandit. La semaine de quatre jours a été lancée par Orvane Cloud.'))).toEqual([]);
  });
});

describe('a business noun stands for a business, and a name complementing another noun is not what was founded', () => {
  it('reads "L\'entreprise" after a sentence whose subject is a public body as the business it named', () => {
    expect(
      events(
        fr(
          "La DGA a choisi Kestrel Data pour ses serveurs. L'entreprise bordelaise, créée en 2020 et filiale du groupe Marval, emploie 40 personnes.",
        ),
      ),
    ).toContain('founding kestrel-data 2020');
    expect(
      events(
        en(
          'The Ministry of Defence picked Kestrel Data for its servers. The company, founded in 2020 and a subsidiary of the Marval group, employs 40 people.',
        ),
      ),
    ).toContain('founding kestrel-data 2020');
  });

  it('reads a demonstrative after a sentence with no subject as its one business', () => {
    expect(
      mains(
        fr(
          'Pour réparer son réseau, la municipalité a signé lundi une convention avec Perrache Sécurité. Basée à Massy, cette PME fondée en 2018 par Lucie Perrache emploie 40 personnes.',
        ),
      ),
    ).toContain('perrache-securite 2018');
  });

  it('never makes the group a company belongs to its founding, nor a public body "the company"', () => {
    const founded = (p: Proposals) => events(p).filter((e) => e.startsWith('founding'));
    // Look-alike: the name complements "filiale", not the participle.
    expect(
      founded(fr('Le marché compte Kestrel Data. Créée en 2020 et filiale du groupe Marval, elle grandit.')),
    ).not.toEqual(expect.arrayContaining([expect.stringContaining('marval')]));
    expect(
      founded(
        en(
          'Pour la ville, Kestrel Data compte. For the firm, founded in 2020 as a unit of the Marval group, it counts.',
        ),
      ),
    ).not.toEqual(expect.arrayContaining([expect.stringContaining('marval')]));
    // "Parmi ses clients figurent X et Y. La société…": the article's company, not the one customer named.
    const p = fr(
      "Keryon Sécurité surveille des réseaux. Keryon Sécurité emploie 300 personnes. Parmi ses clients figurent Arvela et Brest Métropole. La société a réalisé l'an dernier un chiffre d'affaires de 28 millions d'euros.",
    );
    expect(mains(p)).toContain('keryon-securite 2024');
    expect(mains(p).some((e) => e.startsWith('arvela'))).toBe(false);
  });
});

describe('a possessive opening the sentence after "depuis" / "since": the main clause owns the event', () => {
  it('reads "Depuis sa création en 2019, X…", "Since its founding in 2019, X…" as X\'s founding', () => {
    expect(
      events(fr("Le marché compte Orvane Labs. Depuis sa création en 2019, Orvane Labs a levé 20 millions d'euros.")),
    ).toContain('founding orvane-labs 2019');
    expect(
      events(en('The market counts Orvane Labs. Since its founding in 2019, Orvane Labs has raised $20 million.')),
    ).toContain('founding orvane-labs 2019');
  });

  it('finds no owner when the clause after the comma names none', () => {
    expect(
      events(fr("Orvane Labs grandit. Depuis sa création en 2019, les clients d'Orvane Labs ont doublé.")).filter((e) =>
        e.startsWith('founding'),
      ),
    ).toEqual([]);
  });
});

describe('the first person of a company\'s own text ("Our revenue", "Nous avons ouvert") is the article\'s company', () => {
  it('reads a letter\'s "Our revenue reached N in 2025" as the company\'s results', () => {
    expect(
      events(
        en(
          'Letter from the chief executive of Orvane Cloud. Orvane Cloud had a good year. Our revenue reached €62 million in 2025.',
        ),
      ),
    ).toContain('results orvane-cloud 2025');
    expect(
      events(
        fr(
          "Lettre du président d'Orvane Cloud. Orvane Cloud a connu une bonne année. Notre chiffre d'affaires a atteint 62 millions d'euros en 2024.",
        ),
      ),
    ).toContain('results orvane-cloud 2024');
    expect(
      mains(fr('Orvane Cloud grandit. Orvane Cloud recrute. Nous avons ouvert un centre à Lyon en mars.')),
    ).toContain('orvane-cloud 2025-03');
  });

  it('reads no company for a first person in a quote, or in an article about no company named twice', () => {
    // A quote's "Nous" is its speaker's, told by the quote rules, not the article's company.
    expect(
      mains(
        fr('Orvane Cloud grandit. Orvane Cloud recrute. « Nous avons ouvert un centre en mars », dit Léa Marchal.'),
      ),
    ).not.toContain('orvane-cloud 2025-03');
    expect(events(en('Orvane Cloud had a good year. Our revenue reached €62 million in 2025.'))).toEqual([]);
  });
});

describe('the day a lead sets in one sentence dates the event told in the next', () => {
  it('dates "X a inauguré son centre" by the day of the sentence before, in both languages', () => {
    expect(
      events(
        fr(
          'Orvane Cloud grandit. Ils étaient une centaine, jeudi 15 mai, à se presser dans le hall. Orvane Cloud a inauguré son centre de données de Mérignac.',
        ),
      ),
    ).toContain('launch orvane-cloud 2025-05-15');
    expect(
      mains(
        en(
          'Orvane Cloud is growing. On Thursday, May 15, about a hundred guests crowded into the hall. Orvane Cloud opened its data centre in Merignac.',
        ),
      ),
    ).toContain('orvane-cloud 2025-05-15');
  });

  it('carries no month or year, nothing past the next sentence, and no day the sentence before used itself', () => {
    const launched = (p: Proposals) => events(p).filter((e) => e.startsWith('launch'));
    // Look-alike: a background year or month is no scene.
    expect(
      launched(
        fr('Orvane Cloud grandit. En 2019, le marché était petit. Orvane Cloud a inauguré son centre de Mérignac.'),
      ),
    ).toEqual([]);
    // The next sentence only.
    expect(
      launched(
        fr(
          'Orvane Cloud grandit. Le 15 mai, le hall était plein. Il faisait beau. Orvane Cloud a inauguré son centre de Mérignac.',
        ),
      ),
    ).toEqual([]);
    // The day dated the sentence's own event.
    expect(
      mains(
        fr(
          "Orvane Cloud grandit. Le 15 mai, Orvane Cloud a levé 5 millions d'euros. Orvane Cloud a inauguré son centre.",
        ),
      ),
    ).toEqual(['orvane-cloud 2025-05-15']);
  });
});

describe('a name complementing a noun of a tie ("filiale du groupe Y", "a rival of Y") is not the subject', () => {
  it('reads the subsidiary, not its group, and the name the noun is apposed to', () => {
    expect(
      mains(fr('Sarvel Data grandit. Le nouveau centre de la filiale du groupe Lauzet-Ferrand a ouvert le 15 mai.')),
    ).toEqual([]);
    expect(mains(fr("Sarvel Data, concurrente de Kestrel Data, a levé 5 millions d'euros en mars."))).toContain(
      'sarvel-data 2025-03',
    );
    expect(mains(en('Sarvel Data, a rival of Kestrel Data, raised €5 million in March.'))).toContain(
      'sarvel-data 2025-03',
    );
  });

  it('reads the description after "Pour" / "For" as the company the apposition tells of', () => {
    expect(
      events(
        fr(
          "Sarvel Data a inauguré son centre de Mérignac. Pour l'entreprise bordelaise, créée en 2020 et filiale du groupe de BTP girondin Lauzet-Ferrand, c'est un changement d'échelle.",
        ),
      ),
    ).toContain('founding sarvel-data 2020');
    expect(
      events(
        en(
          'Sarvel Data opened its site in Merignac. For the company, founded in 2020 as a unit of the Lauzet group, it is a change of scale.',
        ),
      ),
    ).toContain('founding sarvel-data 2020');
  });

  it('keeps "le lancement de X" as X\'s, but a place after a site noun is where, not who', () => {
    expect(mains(fr('Le marché change. Orvane Cloud a inauguré en mai son centre de données de Mérignac.'))).toEqual([
      'orvane-cloud 2025-05',
    ]);
    expect(mains(fr('Le marché change. Orvane Cloud a annoncé en mai le lancement de Kestrel Vault.'))).toEqual([
      'kestrel-vault 2025-05',
    ]);
  });
});

describe('a buyer choosing a supplier, a contract awarded to a named winner', () => {
  it('reads "la DGA a retenu X pour", "la ville de Lyon a retenu X", "it awarded X a contract" as the buyer\'s contract', () => {
    expect(
      events(
        fr('La défense renforce ses moyens. En septembre, la DGA a retenu Kestrel Data pour héberger ses données.'),
      ),
    ).toContain('contract dga|kestrel-data 2025-09');
    // The buyer named by its place: "la ville de Lyon a retenu X".
    expect(
      mains(fr('Lyon modernise ses écoles. En juin, la ville de Lyon a retenu Kestrel Data pour ses serveurs.')),
    ).toEqual(['lyon 2025-06']);
    expect(
      events(en('The Ministry of Defence is upgrading. On July 2, it awarded Kestrel Data a €30 million contract.')),
    ).toContain('contract ministry-of-defence|kestrel-data 2025-07-02');
  });

  it('reads no contract in "a choisi de", "a retenu l\'attention", and leaves the slot to the real event', () => {
    const contracts = (p: Proposals) => events(p).filter((e) => e.startsWith('contract'));
    expect(contracts(fr("La DGA a retenu l'offre en septembre. La DGA a choisi de ne rien dire en mai."))).toEqual([]);
    expect(mains(fr('Orvane Cloud grandit. En mai, Orvane Cloud a choisi de lancer Orvane Vault.'))).toEqual([
      'orvane-vault 2025-05',
    ]);
  });
});

describe('incidents and listings', () => {
  it('reads "the attack on X", "l\'attaque contre X" as X\'s incident', () => {
    expect(
      mains(
        en('Hospitals use Kestrel Data. The attack on Kestrel Data, on 22 February, paralysed its services for days.'),
      ),
    ).toContain('kestrel-data 2025-02-22');
    expect(
      mains(
        fr(
          "Les hôpitaux utilisent Kestrel Data. L'attaque contre Kestrel Data, le 22 février, a paralysé ses services.",
        ),
      ),
    ).toContain('kestrel-data 2025-02-22');
  });

  it('reads "s\'est introduite en Bourse" as an IPO', () => {
    expect(events(fr("Orvane Cloud grandit. La société s'est introduite en Bourse en juin 2021."))).toContain(
      'ipo orvane-cloud 2021-06',
    );
  });
});

describe('more words of certifications, results, takeovers, spin-outs and attacks', () => {
  it('reads a label or an approval obtained, a loss or a profit posted, control taken, a spin-out, a ransomware hit', () => {
    expect(mains(fr('Orvane Cloud progresse. Orvane Cloud a décroché le label SecNumCloud en juillet.'))).toContain(
      'orvane-cloud 2025-07',
    );
    expect(mains(fr("Orvane Cloud progresse. Orvane Cloud a obtenu en 2019 l'agrément HDS."))).toContain(
      'orvane-cloud 2019',
    );
    expect(events(en('Orvane Cloud is struggling. Orvane Cloud posted a net loss of €5 million for 2024.'))).toContain(
      'results orvane-cloud 2024',
    );
    expect(
      events(fr("Orvane Cloud souffre. Orvane Cloud a enregistré une perte nette de 3 millions d'euros en 2024.")),
    ).toContain('results orvane-cloud 2024');
    expect(
      events(fr("Kestrel Data grandit. En 2021, Kestrel Data est passée sous le contrôle d'Orvane Cloud.")).some((e) =>
        e.startsWith('acquisition'),
      ),
    ).toBe(true);
    expect(mains(en('Orvane Labs is growing. Orvane Labs was spun out of the University of Lyon in 2016.'))).toEqual([
      'orvane-labs 2016',
    ]);
    expect(events(en('Kestrel Data is recovering. Kestrel Data was hit by ransomware in February.'))).toContain(
      'incident kestrel-data 2025-02',
    );
  });

  it("keeps a seller, a label's complement and an expected loss out", () => {
    // The seller is where the unit came from, not what was bought.
    expect(
      mains(en('Orvane Cloud grows. Orvane Cloud bought the storage unit from Kestrel Data in 2020.')),
    ).not.toContain('kestrel-data 2020');
    expect(events(fr('Orvane Cloud progresse. Orvane Cloud a obtenu le label de qualité en juillet.'))).toEqual([]);
    expect(events(en('Orvane Cloud is struggling. Orvane Cloud expects a net loss of €5 million for 2026.'))).toEqual(
      [],
    );
  });
});

describe('a denial is no event', () => {
  it('reads no takeover denied or ruled out, but keeps one confirmed', () => {
    expect(
      events(fr('Orvane Cloud grandit. Orvane Cloud a démenti en mars tout projet de rachat de Kestrel Data.')),
    ).toEqual([]);
    expect(
      events(en('Orvane Cloud is growing. In March, Orvane Cloud denied any plan to acquire Kestrel Data.')),
    ).toEqual([]);
    expect(mains(fr('Orvane Cloud grandit. Orvane Cloud a confirmé en mars le rachat de Kestrel Data.'))).toContain(
      'kestrel-data 2025-03',
    );
  });
});

describe('a head told with the start of the post', () => {
  it('reads "dirigée depuis N par P", "led by P since N", "À la tête d\'X depuis N, P" as P\'s appointment', () => {
    expect(
      events(
        fr(
          'Orvane Cloud grandit. Orvane Cloud, dirigée depuis septembre 2022 par Mme Claire Ostrowski, emploie 50 personnes.',
        ),
      ),
    ).toContain('appointment claire-ostrowski|orvane-cloud 2022-09');
    expect(events(fr('Orvane Cloud change. Depuis mars, Orvane Cloud est dirigée par Marie Dulac.'))).toContain(
      'appointment marie-dulac|orvane-cloud 2025-03',
    );
    expect(events(en('Orvane Cloud is changing. Orvane Cloud has been led by Marie Dulac since 2019.'))).toContain(
      'appointment marie-dulac|orvane-cloud 2019',
    );
    expect(
      events(fr("Orvane Cloud change. À la tête d'Orvane Cloud depuis 2019, Marie Dulac a doublé les effectifs.")),
    ).toContain('appointment marie-dulac|orvane-cloud 2019');
  });

  it('reads no appointment for a date that is no start, or a leader with no "since"', () => {
    const appointed = (p: Proposals) => events(p).filter((e) => e.startsWith('appointment'));
    expect(appointed(fr('Orvane Cloud change. En 2019, Orvane Cloud était dirigée par Marie Dulac.'))).toEqual([]);
    expect(
      appointed(en('Orvane Cloud is changing. Led by Marie Dulac, Orvane Cloud doubled its staff in 2019.')),
    ).toEqual([]);
  });
});

describe('words put apart by a date, and sites opened or shut', () => {
  it('reads "a signé en mai un contrat de trois ans avec", "succède en janvier à", "will take over as"', () => {
    expect(
      mains(fr('Orvane Cloud grandit. Orvane Cloud a signé en mai un contrat de trois ans avec la ville de Lyon.')),
    ).toContain('orvane-cloud 2025-05');
    expect(
      events(fr("Orvane Cloud change. Marie Dulac succède en janvier à Paul Arvieu à la tête d'Orvane Cloud.")),
    ).toEqual([expect.stringMatching(/^appointment marie-dulac\|.* 2025-01$/u)]);
    expect(
      mains(en('Orvane Cloud changes. Marie Dulac will take over as chief executive of Orvane Cloud on 1 January.')),
    ).toContain('marie-dulac 2026-01-01');
  });

  it('gives a site opened or shut to the owner the opening names ("Le centre d\'X à Lille a ouvert ses portes")', () => {
    expect(mains(fr("Orvane Cloud grandit. Le centre d'Orvane Cloud à Lille a ouvert ses portes en mars."))).toEqual([
      'orvane-cloud 2025-03',
    ]);
    expect(mains(en("Orvane Cloud is growing. Orvane Cloud's Lille region went live in March."))).toEqual([
      'orvane-cloud 2025-03',
    ]);
    expect(mains(en('Orvane Cloud is shrinking. Orvane Cloud shut its Lille data centre in March.'))).toEqual([
      'orvane-cloud 2025-03',
    ]);
    // Look-alike: a customer's building is not the supplier's site.
    expect(mains(fr("Orvane Cloud grandit. Le siège de la banque d'Arvela à Lille a ouvert en mars."))).not.toContain(
      'orvane-cloud 2025-03',
    );
  });
});

describe('"hier", "yesterday", "a decade ago": dated against the publication', () => {
  it("dates an event told yesterday in the publication's month, and a decade ago ten years back", () => {
    expect(mains(fr('Le secteur bouge. Orvane Cloud a annoncé hier le rachat de Kestrel Data.'))).toEqual([
      expect.stringMatching(/ 2025-11$/u),
    ]);
    expect(mains(en('The sector moves. Orvane Cloud said yesterday it had bought Kestrel Data.'))).toEqual([
      expect.stringMatching(/ 2025-11$/u),
    ]);
    expect(events(en('Orvane Labs is growing. Founded a decade ago, Orvane Labs employs 50 people.'))).toContain(
      'founding orvane-labs 2015',
    );
  });

  it('reads no date in "cahier", "hierarchy" or "a few decades ago"', () => {
    expect(events(fr('Orvane Cloud grandit. Orvane Cloud a lancé le cahier des charges.'))).toEqual([]);
    expect(events(en('Orvane Labs is growing. Founded a few decades ago, Orvane Labs employs 50 people.'))).toEqual([]);
  });
});

describe('a year after a period noun ("exercice 2024", "premier semestre 2025", "fiscal 2024")', () => {
  it("dates a period's results by that year", () => {
    expect(
      events(
        fr(
          "Orvane Cloud grandit. Sur l'exercice 2024, Orvane Cloud a réalisé un chiffre d'affaires de 30 millions d'euros.",
        ),
      ),
    ).toContain('results orvane-cloud 2024');
    expect(
      events(
        fr(
          "Orvane Cloud grandit. Au premier semestre 2025, le chiffre d'affaires d'Orvane Cloud a atteint 30 millions d'euros.",
        ),
      ),
    ).toContain('results orvane-cloud 2025');
    expect(
      events(en('Orvane Cloud is growing. In fiscal 2024, Orvane Cloud reported revenue of €30 million.')),
    ).toContain('results orvane-cloud 2024');
  });

  it('reads no year in a count after a period noun ("trimestre 2000 serveurs")', () => {
    expect(events(fr('Orvane Cloud grandit. Ce trimestre 2000 serveurs ont été livrés par Orvane Cloud.'))).toEqual([]);
  });
});

describe('"The Norwegian firm", "started X": a capitalised nationality before a description, a founder starting a company', () => {
  it('reads "The Norwegian firm, founded in 2017" as the previous subject\'s founding', () => {
    expect(
      events(
        en(
          'Halvard Compute does not accept the verdict. The Norwegian firm, founded in Oslo in 2017 by Ingrid Aasheim, sells compute.',
        ),
      ),
    ).toContain('founding halvard-compute|ingrid-aasheim 2017');
  });

  it('reads "started X in 2019" as X\'s founding, not "started work"', () => {
    expect(
      mains(
        en(
          'Brenndorf Cloud had a good year. When Lena Hold and I started Brenndorf Cloud in Graz in 2019, we had four servers.',
        ),
      ),
    ).toEqual(['brenndorf-cloud 2019']);
    expect(events(en('Brenndorf Cloud grew. In 2019, Brenndorf Cloud started work on its Graz site.'))).toEqual([]);
  });
});
