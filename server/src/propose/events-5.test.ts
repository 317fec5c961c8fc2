import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { extractDates } from '../ingest/extract/dates.ts';
import { events, readWithRules } from './testing/readings.ts';

/**
 * Events, fifth round: the ways long articles tell dated facts (background paragraphs, two facts in one sentence,
 * relative dates), probed on invented paragraphs of both languages, each rule with the look-alikes that must keep
 * their reading. Every name is invented.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

/** kind, actors (main first), date. */

describe('two facts of one sentence, each with its own date', () => {
  it('dates a second verb phrase by its own date ("founded in 2014 and opened its first site in 2016")', () => {
    const p = en(
      'Analysts follow Nordhaven and Corvane. Nordhaven was founded in 2014 and opened its first site in Stavanger in 2016.',
    );
    expect(events(p)).toEqual(expect.arrayContaining(['founding nordhaven 2014', 'launch nordhaven 2016']));
    expect(
      events(
        fr(
          'Le secteur suit Nordhaven et Corvane. Nordhaven a été fondée en 2014 et a ouvert son premier site à Stavanger en 2016.',
        ),
      ),
    ).toEqual(expect.arrayContaining(['founding nordhaven 2014', 'launch nordhaven 2016']));
  });

  it('leaves a date inside an apposition to the participle there ("Bluefin, created in 2018, was acquired last year")', () => {
    expect(
      events(en('Analysts follow Bluefin and Telnova. Bluefin, created in 2018, was acquired by Telnova last year.')),
    ).toEqual(expect.arrayContaining(['founding bluefin 2018', 'acquisition bluefin|telnova 2024']));
    expect(
      events(
        fr("Le secteur suit Bluefin et Telnova. Bluefin, créée en 2018, a été rachetée par Telnova l'an dernier."),
      ),
    ).toEqual(expect.arrayContaining(['founding bluefin 2018', 'acquisition bluefin|telnova 2024']));
  });

  it('keeps a date opening the sentence for the verb after its comma ("In 2019, Bluefin was acquired")', () => {
    // Look-alike: the comma clause holds no event word, so its date may still date the verb after it.
    const p = en('Analysts follow Bluefin and Telnova. In 2019, Bluefin was acquired by Telnova.');
    expect(events(p)).toEqual(['acquisition bluefin|telnova 2019']);
  });
});

describe('a list whose second item is described ("Orisa et l\'opérateur Néomer ont signé")', () => {
  it('keeps both partners, the first named first', () => {
    expect(
      events(
        fr(
          "Le marché suit Orisa et Néomer. L'éditeur nantais Orisa et l'opérateur Néomer ont signé mardi un partenariat pour les hôpitaux.",
        ),
      )[0],
    ).toMatch(/^partnership orisa\|neomer 2025-11-18$/u);
  });
});

describe('a person who joined an employer, told in the pluperfect with its year', () => {
  it('reads "avait rejoint X en 2020 comme directrice" as an appointment at X', () => {
    expect(
      events(
        fr(
          'Le marché suit Olvane et Sophie Marchal. Sophie Marchal avait rejoint Olvane en 2020 comme directrice commerciale.',
        ),
      ),
    ).toEqual(['appointment sophie-marchal|olvane 2020']);
  });
});

describe('job cuts told by their noun', () => {
  it('reads "la suppression de 45 postes" as an event of the company', () => {
    expect(
      events(fr('Le marché suit Datacentrix et Corvex. Datacentrix a annoncé vendredi la suppression de 45 postes.')),
    ).toEqual([expect.stringMatching(/^other datacentrix 2025-11-14$/u)]);
  });

  it('reads no cut in "la suppression des frais" nor a count that is not jobs', () => {
    expect(
      events(fr('Le marché suit Datacentrix et Corvex. Datacentrix a annoncé vendredi la suppression de 45 serveurs.')),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^other /u)]));
    // (a cut given up or opposed)
    expect(
      events(
        fr(
          'Le marché suit Datacentrix et Corvex. Datacentrix a renoncé à la suppression de 45 postes annoncée en mars.',
        ),
      ),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^other /u)]));
  });
});

describe('a yearless date after a background year in the pluperfect', () => {
  const dates = (text: string, language: 'fr' | 'en') =>
    extractDates(text, { language, published: PUBLISHED }).map((d) => d.date.value);

  it('dates it against the publication when the sentence returns to the story ("Elle a obtenu en juin")', () => {
    expect(
      dates('Fin 2023, la société avait mis en service un site. Elle a obtenu en juin la certification HDS.', 'fr'),
    ).toEqual(['2023', '2025-06']);
    expect(dates('The company had cut 40 jobs in 2019. It opened a site in March.', 'en')).toEqual(['2019', '2025-03']);
    const p = fr(
      'Le marché suit Sylvea et Heimel. Fin 2023, Sylvea avait mis en service un premier site. Sylvea a obtenu en juin la certification HDS.',
    );
    expect(events(p)).toContain('certification sylvea|hds 2025-06');
  });

  it('keeps the year when the digression goes on in the pluperfect, or when neither sentence is background', () => {
    expect(
      dates('L’entreprise avait été rachetée en 2019 par Corvex. Elle avait déjà fermé son centre en janvier.', 'fr'),
    ).toEqual(['2019', '2019-01']);
    expect(dates('In 2019 the company cut 40 jobs. It opened a site in March.', 'en')).toEqual(['2019', '2019-03']);
    // ("had", "avait" with no participle tell a state of that year, which the story goes on in)
    expect(dates('In 2019, the company had 40 employees. It opened a second site in March.', 'en')).toEqual([
      '2019',
      '2019-03',
    ]);
    expect(dates('En 2019, la société avait 40 salariés. Elle a ouvert un second site en mars.', 'fr')).toEqual([
      '2019',
      '2019-03',
    ]);
  });
});

describe('"this spring", "ce printemps" in a sentence telling the past', () => {
  const dates = (text: string, language: 'fr' | 'en') =>
    extractDates(text, { language, published: PUBLISHED }).map((d) => d.date.value);

  it('is the season before the publication, not the nearer one still to come', () => {
    expect(dates('Lumeo opened its site this spring.', 'en')).toEqual(['2025-spring']);
    expect(dates('Lumeo a ouvert son site ce printemps.', 'fr')).toEqual(['2025-spring']);
    expect(events(en('Analysts follow Lumeo and Inria. Lumeo has raised €5 million this spring from Inria.'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^funding lumeo.* 2025-spring$/u)]),
    );
  });

  it('stays the nearest one in a future or a present sentence', () => {
    expect(dates('Lumeo will open its site this spring.', 'en')).toEqual(['2026-spring']);
    expect(dates('Lumeo ouvrira son site ce printemps.', 'fr')).toEqual(['2026-spring']);
    expect(dates('Lumeo opens its site this spring.', 'en')).toEqual(['2026-spring']);
    // (a past told in another clause of the sentence)
    expect(dates("Lumeo, qui a levé 20 M€ en 2024, prévoit d'ouvrir un centre de données ce printemps.", 'fr')).toEqual(
      ['2024', '2026-spring'],
    );
  });
});

describe('"last year", "l\'an dernier" and a yearless month of the same sentence; a quarter without its year', () => {
  it('dates the month in the year the sentence names against the publication', () => {
    expect(events(en('Analysts follow Lumeo and Inria. Last year, Lumeo opened a site in March.'))).toEqual([
      'launch lumeo 2024-03',
    ]);
    expect(events(fr("Le marché suit Lumeo et Inria. L'an dernier, Lumeo a ouvert un site en mars."))).toEqual([
      'launch lumeo 2024-03',
    ]);
    // (a month of another clause is another fact's)
    expect(
      events(en('Analysts follow Lumeo and Inria. Last year, Lumeo acquired Inria, which it had approached in March.')),
    ).toEqual([expect.stringMatching(/^acquisition .* 2024$/u)]);
  });

  it('dates "in Q2", "au deuxième trimestre" as the latest such quarter, a second fact by its own date', () => {
    const p = en(
      'Analysts follow Corvane and Inria. Corvane raised $60 million earlier this year and opened an office in Paris in Q2.',
    );
    expect(events(p)).toEqual(expect.arrayContaining([expect.stringMatching(/^launch corvane.* 2025-05$/u)]));
    expect(
      events(fr('Le marché suit Kerval et Secura. Au deuxième trimestre, Kerval a ouvert un bureau à Munich.')),
    ).toEqual([expect.stringMatching(/^launch kerval.* 2025-05$/u)]);
  });
});

describe('a date that belongs to another fact of the sentence', () => {
  it('leaves "après le rachat de X par Y en 2021" its own date, with X bought and Y the buyer', () => {
    const p = fr(
      'Le marché suit Novacloud et Ardian. Pierre Aubry avait pris la tête de Novacloud en janvier 2022, après le rachat de Novacloud par Ardian en 2021.',
    );
    expect(events(p)).toEqual(
      expect.arrayContaining(['appointment pierre-aubry|novacloud 2022-01', 'acquisition novacloud|ardian 2021']),
    );
  });

  it('reads "Depuis son rachat en 2023, la société a ouvert…" as the takeover, not the openings since', () => {
    const p = fr(
      'Le marché suit Datalio et Solvéo. Datalio emploie 80 personnes. Depuis son rachat par Solvéo en 2023, la société a ouvert deux centres de données.',
    );
    expect(events(p)).toEqual([expect.stringMatching(/^acquisition datalio.* 2023$/u)]);
  });

  it('reads an opening clause\'s date as its own ("Créé il y a six ans, X avait lancé son offre en mars 2021")', () => {
    const p = fr('Le marché suit Datalio et Solvéo. Créé il y a six ans, Datalio avait lancé son offre en mars 2021.');
    expect(events(p)).toEqual(expect.arrayContaining(['founding datalio 2019', 'launch datalio 2021-03']));
  });

  it('dates no event by a title\'s "depuis" nor by a comparison\'s "since"', () => {
    const replaced = fr(
      'Le marché suit Novacloud et Ardian. Pierre Aubry est remplacé par Isabelle Roche, directrice financière de Novacloud depuis 2020.',
    );
    expect(events(replaced)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^departure .* 2020$/u)]));
    const ipo = fr(
      "Le marché suit Kerval et Secura. Kerval a levé 45 millions d'euros lors de son introduction en Bourse, la plus importante du secteur depuis 2021.",
    );
    expect(events(ipo)).not.toEqual(expect.arrayContaining([expect.stringMatching(/ 2021$/u)]));
    // Look-alike: a certification held since a year, its certifier named before "depuis", keeps it.
    expect(
      events(
        fr(
          'Le marché suit Keryx et Brest. Keryx est qualifiée PDIS, prestataire de détection des incidents, par l’ANSSI depuis 2021.',
        ),
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^certification keryx.* 2021$/u)]));
  });
});

describe('more event words of this economy', () => {
  it('reads a first day on the stock market as an IPO', () => {
    expect(
      events(
        fr(
          'Le marché suit Kerval et Secura. Kerval a fait jeudi ses premiers pas sur Euronext Growth, où son action a gagné 12 %.',
        ),
      ),
    ).toEqual(['ipo kerval 2025-11-13']);
    expect(
      events(en('Analysts follow Nordhaven and Statkraft. Nordhaven had its first day of trading on Friday.')),
    ).toEqual(['ipo nordhaven 2025-11-14']);
  });

  it('reads "agreed to merge" as a deal, and "n\'ont pas l\'intention de fusionner" as none', () => {
    expect(
      events(
        en(
          'Analysts follow Tessaro and Quillon. Tessaro and Quillon have agreed to merge, the companies said on Thursday.',
        ),
      )[0],
    ).toMatch(/^acquisition tessaro\|quillon 2025-11-13$/u);
    expect(
      events(
        fr(
          "Le marché suit Orisa et Néomer. Orisa et Néomer n'ont pas l'intention de fusionner en 2026, assure Jean Roux.",
        ),
      ),
    ).toEqual([]);
  });

  it('reads a contract won with its date between verb and noun ("a remporté en septembre un contrat")', () => {
    expect(
      events(
        fr(
          "Le marché suit Novacloud et l'AP-HP. Novacloud, qui a remporté en septembre un contrat avec l'AP-HP, a été créé en 2008.",
        ),
      ),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/^contract novacloud.* 2025-09$/u), 'founding novacloud 2008']),
    );
  });

  it('reads "avait pris la tête de X en janvier 2022" as an appointment, not "la tête d\'affiche"', () => {
    expect(
      events(fr('Le marché suit Novacloud et Ardian. Pierre Aubry avait pris la tête de Novacloud en janvier 2022.')),
    ).toEqual(['appointment pierre-aubry|novacloud 2022-01']);
    // (the lead of a market or a ranking is no post)
    expect(
      events(
        fr('Le marché suit Novacloud et Ardian. Novacloud a pris la tête du marché français en 2024, devant Ardian.'),
      ),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^appointment /u)]));
  });
});

describe('the start or the end of a year told against the publication', () => {
  const dates = (text: string, language: 'fr' | 'en') =>
    extractDates(text, { language, published: PUBLISHED }).map((d) => `${d.text}=${d.date.value}`);

  it('reads "en début d\'année", "à la fin de l\'année dernière", "at the end of last year"', () => {
    expect(dates("Olvane a signé en début d'année un contrat.", 'fr')).toEqual(["début d'année=2025"]);
    expect(dates("Olvane a levé 5 M€ à la fin de l'année dernière.", 'fr')).toEqual(["fin de l'année dernière=2024"]);
    expect(dates('Olvane raised €5m at the end of last year.', 'en')).toEqual(['the end of last year=2024']);
    expect(
      events(
        fr(
          "Le marché suit Olvane et Bretagne. Olvane a signé en début d'année un contrat de 12 millions d'euros avec la région Bretagne.",
        ),
      ),
    ).toEqual([expect.stringMatching(/^contract olvane.* 2025$/u)]);
  });

  it('reads no date in "les fêtes de fin d\'année" (no preposition) and leaves a year after it to the dated rule', () => {
    expect(dates("Les fêtes de fin d'année approchent.", 'fr')).toEqual([]);
    expect(dates("Olvane a levé des fonds au début de l'année 2024.", 'fr')).toEqual(["début de l'année 2024=2024"]);
  });
});

describe('a time counted back opening the sentence, then the company or a pronoun', () => {
  it('reads "Il y a deux ans, l\'entreprise…" and "Two years ago, the company…" as the article\'s company', () => {
    expect(
      events(
        fr(
          "Le marché suit Ardelis et Vaxel. Ardelis emploie 420 personnes. Il y a deux ans, l'entreprise avait inauguré un centre de données à Saint-Herblain.",
        ),
      ),
    ).toEqual([expect.stringMatching(/^launch ardelis.* 2023(?:-11)?$/u)]);
    expect(
      events(
        en(
          'Analysts follow Ardelis and Vaxel. Ardelis employs 420 people. Two years ago, the company opened a data centre in Leeds.',
        ),
      ),
    ).toEqual([expect.stringMatching(/^launch ardelis.* 2023(?:-11)?$/u)]);
  });

  it('still reads no anaphor in an impersonal "Il faut" with no clause after it', () => {
    expect(
      events(fr('Le marché suit Ardelis et Vaxel. Ardelis emploie 420 personnes. Il faut ouvrir un centre en 2023.')),
    ).toEqual([]);
  });
});

describe("a company's management opening the sentence", () => {
  it('reads "La direction de X a annoncé la suppression de 45 postes" as X\'s', () => {
    expect(
      events(
        fr(
          'Le marché suit Datacentrix et Corvex. La direction de Datacentrix a annoncé vendredi la suppression de 45 postes.',
        ),
      ),
    ).toEqual([expect.stringMatching(/^other datacentrix 2025-11-14$/u)]);
  });

  it('reads no company in "la direction de la communication"', () => {
    expect(
      events(
        fr(
          'Le marché suit Datacentrix et Corvex. La direction de la communication a annoncé vendredi la suppression de 45 postes chez Corvex.',
        ),
      ),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^other datacentrix/u)]));
    // (nor an act of the company's when its management only receives or meets)
    expect(
      events(
        fr('Le marché suit Datacentrix et Corvex. La direction de Datacentrix a reçu en mars une offre de rachat.'),
      ),
    ).toEqual([]);
  });
});

describe("a name after a second verb phrase is not the first event's", () => {
  it('does not make the buyer of "was founded in 2010 and was bought by Y in 2018" a founder', () => {
    const p = en(
      'Analysts follow Stratavault and Greyfield. Stratavault was founded in 2010 and was bought by Greyfield in 2018.',
    );
    expect(events(p)).toEqual(
      expect.arrayContaining(['founding stratavault 2010', 'acquisition stratavault|greyfield 2018']),
    );
    // Look-alike: a list of partners after one verb keeps them all.
    expect(
      events(
        en(
          'Analysts follow Stratavault and Greyfield. Stratavault signed a partnership with Greyfield and Orvane in 2018.',
        ),
      ),
    ).toEqual(['partnership stratavault|greyfield|orvane 2018']);
  });
});
