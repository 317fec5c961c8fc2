import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { type Proposals } from './propose.ts';
import { readWithRules, relations } from './testing/readings.ts';

/**
 * Who leads, founded or works for what, told by a title (round 4): invented sentences of both languages, the company
 * named twice before (what makes it the article's company), with the look-alikes that must not give the relation.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);
const LEAD_FR = 'Le contrat a été attribué à Kestrane lundi. Kestrane compte 80 salariés. ';
const LEAD_EN = 'The contract was awarded to Kestrane on Monday. Kestrane has 80 staff. ';

describe("a company's board chair with no company named", () => {
  it('heads the article\'s company ("président du directoire", "chair of the supervisory board")', () => {
    expect(relations(fr(`${LEAD_FR}Arnaud Delpech, président du directoire, a refusé de commenter.`))).toContain(
      'arnaud-delpech leads kestrane',
    );
    expect(relations(en(`${LEAD_EN}Mara Linden, chair of the supervisory board, declined to comment.`))).toContain(
      'mara-linden leads kestrane',
    );
  });

  it('of a company named after it too', () => {
    expect(relations(fr(`${LEAD_FR}Léa Morvan, présidente du conseil de surveillance de Thales, se tait.`))).toContain(
      'lea-morvan leads thales',
    );
  });
});

describe('the head of a function or a unit of a company', () => {
  it('works for it and does not lead it ("head of sales at Y", "directeur de la stratégie d\'Y")', () => {
    const english = relations(en(`${LEAD_EN}Ben Tarrow, head of sales at Orange, said the deal mattered.`));
    expect(english).toContain('ben-tarrow works-for orange');
    expect(english).not.toContain('ben-tarrow leads orange');
    const french = relations(fr(`${LEAD_FR}Marc Olier, directeur de la stratégie d'Orange, salue le contrat.`));
    expect(french).toContain('marc-olier works-for orange');
    expect(french).not.toContain('marc-olier leads orange');
  });

  it('keeps the head of the whole company described by lower-case words ("PDG de la société lyonnaise Y")', () => {
    expect(relations(fr(`${LEAD_FR}Paul Arvieu, PDG de la société lyonnaise Thales, salue le contrat.`))).toContain(
      'paul-arvieu leads thales',
    );
  });
});

describe("a company officer's title with no company named", () => {
  it('works for the article\'s company ("Son directeur financier, X", "X, chief technology officer")', () => {
    expect(relations(fr(`${LEAD_FR}Son directeur financier, Marc Olier, table sur 2027.`))).toContain(
      'marc-olier works-for kestrane',
    );
    expect(relations(fr(`${LEAD_FR}Marc Olier, directeur technique, a conçu le serveur.`))).toContain(
      'marc-olier works-for kestrane',
    );
    expect(relations(en(`${LEAD_EN}Ben Tarrow, chief technology officer, designed the server.`))).toContain(
      'ben-tarrow works-for kestrane',
    );
  });

  it('not a trade that any employer may have ("ingénieur", "analyst")', () => {
    expect(relations(fr(`${LEAD_FR}Marc Olier, ingénieur, a conçu le serveur.`))).not.toContain(
      'marc-olier works-for kestrane',
    );
    expect(relations(en(`${LEAD_EN}Ben Tarrow, an analyst, praised the server.`))).not.toContain(
      'ben-tarrow works-for kestrane',
    );
  });

  it('not when another organisation is named before the title', () => {
    expect(relations(en(`${LEAD_EN}At Orange, Ben Tarrow, chief technology officer, was less sure.`))).not.toContain(
      'ben-tarrow works-for kestrane',
    );
  });
});

describe('an age, and titles joined by "et"/"and"', () => {
  it('reads past the age, and gives the second title its own organisation', () => {
    const p = relations(
      fr(`${LEAD_FR}Julien Brassac, 44 ans, directeur technique et ancien ingénieur d'Orange, pilote le projet.`),
    );
    expect(p).toEqual(expect.arrayContaining(['julien-brassac works-for orange', 'julien-brassac works-for kestrane']));
    expect(relations(en(`${LEAD_EN}Tom Reilly, 44, chief executive of Thales, was pleased.`))).toContain(
      'tom-reilly leads thales',
    );
  });

  it('gives each title of "CEO A and CTO B" to the name right after it', () => {
    const p = relations(
      en(`${LEAD_EN}Kestrane was founded in 2018 by CEO Tom Reilly and CTO Ben Tarrow, two engineers.`),
    );
    expect(p).toEqual(expect.arrayContaining(['tom-reilly leads kestrane', 'ben-tarrow works-for kestrane']));
    expect(p).not.toContain('tom-reilly works-for kestrane');
  });

  it('reads no title in "the founder\'s granddaughter"', () => {
    const p = relations(
      en(`${LEAD_EN}"We are proud," said Anna Berg, chief executive and the founder's granddaughter.`),
    );
    expect(p).toContain('anna-berg leads kestrane');
    expect(p).not.toContain('anna-berg founded kestrane');
  });
});

describe('founders in the plural, before the list of their names', () => {
  it('gives the founding to every name ("Ses cofondateurs, A et B", "Kestrane co-founders A and B")', () => {
    expect(relations(fr(`${LEAD_FR}Ses cofondateurs, Paul Arvieu et Léa Morvan, restent actionnaires.`))).toEqual(
      expect.arrayContaining(['paul-arvieu founded kestrane', 'lea-morvan founded kestrane']),
    );
    expect(relations(en(`${LEAD_EN}The company's co-founders, Tom Reilly and Anna Berg, will stay on.`))).toEqual(
      expect.arrayContaining(['tom-reilly founded kestrane', 'anna-berg founded kestrane']),
    );
    expect(relations(en(`${LEAD_EN}Kestrane co-founders Tom Reilly and Anna Berg will stay on.`))).toEqual(
      expect.arrayContaining(['tom-reilly founded kestrane', 'anna-berg founded kestrane']),
    );
  });
});

describe('a head named without a title', () => {
  it('reads "who has run Y" as leading Y', () => {
    expect(relations(en(`${LEAD_EN}Anna Berg, who has run Thales since 2020, welcomed it.`))).toContain(
      'anna-berg leads thales',
    );
  });

  it('gives the handed direction to the article\'s company past a possessive for it ("Son fondateur, X, a cédé…")', () => {
    expect(relations(fr(`${LEAD_FR}Son fondateur, Paul Arvieu, a cédé la direction à Léa Morvan en 2023.`))).toContain(
      'lea-morvan leads kestrane',
    );
    expect(relations(en(`${LEAD_EN}Its founder, Tom Reilly, handed the top job to Anna Berg in 2023.`))).toContain(
      'anna-berg leads kestrane',
    );
  });

  it('not when another company is named before the cue', () => {
    expect(relations(en(`${LEAD_EN}At Orange, Tom Reilly handed the top job to Anna Berg in 2023.`))).not.toContain(
      'anna-berg leads kestrane',
    );
  });
});

describe('a head still to come', () => {
  it('reads no head in "devrait devenir PDG de Y", "is tipped to become chief executive of Y"', () => {
    expect(relations(fr(`${LEAD_FR}Paul Arvieu devrait devenir PDG de Thales l'an prochain.`))).not.toContain(
      'paul-arvieu leads thales',
    );
    expect(
      relations(en(`${LEAD_EN}Tom Reilly is tipped to become chief executive of Thales next year.`)),
    ).not.toContain('tom-reilly leads thales');
  });
});

describe('past employers told shortly, and founders by a passive "started"', () => {
  it('reads "X, ex-Capgemini," as having worked there', () => {
    expect(relations(fr(`${LEAD_FR}Paul Arvieu, ex-Capgemini, pilote le projet.`))).toContain(
      'paul-arvieu works-for capgemini',
    );
    expect(relations(en(`${LEAD_EN}Tom Reilly, ex-Capgemini, leads the project.`))).toContain(
      'tom-reilly works-for capgemini',
    );
  });

  it('reads "was started in 2015 by X", not "started operations"', () => {
    expect(relations(en(`${LEAD_EN}The firm was started in 2015 by Tom Reilly, a former engineer.`))).toContain(
      'tom-reilly founded kestrane',
    );
    expect(relations(en(`${LEAD_EN}Tom Reilly started operations at Thales in 2015.`))).not.toContain(
      'tom-reilly founded thales',
    );
  });
});

describe('a mayor', () => {
  it('leads the town ("X, maire (LR) de P", "the mayor of P, X", "P mayor X")', () => {
    expect(
      relations(fr('Le contrat a été signé lundi à Lyon. Claire Vasseur, maire (LR) de Lyon, salue le projet.')),
    ).toContain('claire-vasseur leads lyon');
    expect(
      relations(fr('Le contrat a été signé lundi à Lyon. La maire de Lyon, Claire Vasseur, salue le projet.')),
    ).toContain('claire-vasseur leads lyon');
    expect(relations(en('The contract was signed on Monday in Leeds, said Leeds mayor Mara Linden.'))).toContain(
      'mara-linden leads leeds',
    );
  });

  it('not a deputy mayor', () => {
    expect(
      relations(fr('Le contrat a été signé lundi à Lyon. Claire Vasseur, adjointe au maire de Lyon, salue le projet.')),
    ).not.toContain('claire-vasseur leads lyon');
    expect(
      relations(en('The contract was signed on Monday in Leeds. Mara Linden, deputy mayor of Leeds, welcomed it.')),
    ).not.toContain('mara-linden leads leeds');
  });
});

describe('elected people: their party and their constituency', () => {
  it('reads the party named after an elected title ("X, élue LR", "X, député RN")', () => {
    const p = fr(`${LEAD_FR}Sophie Marchal, élue LR au conseil régional, dénonce un gaspillage.`);
    expect(p.actors.map((a) => `${a.id} ${a.kind}`)).toContain('lr political-group');
    expect(relations(p)).toContain('sophie-marchal member-of lr');
  });

  it('reads the party before an MP\'s title ("X, a Labour MP"), and no party in "a Swedish MEP"', () => {
    const p = en(
      'The project was criticised on Monday by Tom Reilly, a Labour MP, and by Brigt Holmqvarn, a Swedish MEP.',
    );
    expect(p.actors.map((a) => `${a.id} ${a.kind}`)).toContain('labour political-group');
    expect(p.actors.some((a) => a.id.startsWith('swedish'))).toBe(false);
    expect(relations(p)).toContain('tom-reilly member-of labour');
  });

  it('reads the constituency after the title as a place, not a company ("sénateur du Morbihan", "MP for Leeds")', () => {
    const kinds = (p: Proposals) => p.actors.map((a) => `${a.id} ${a.kind}`);
    expect(kinds(fr(`${LEAD_FR}Jean Calvet, sénateur du Morbihan, dénonce un gaspillage.`))).not.toContain(
      'morbihan company',
    );
    expect(kinds(en(`${LEAD_EN}Tom Reilly, the MP for Wyreton, criticised it.`))).not.toContain('wyreton company');
  });
});

describe('a person named by a title after a possessive', () => {
  it('is a person whatever the given name ("Wei Zhang, its chief technology officer", "Xu Ming, son directeur")', () => {
    const kinds = (p: Proposals) => p.actors.map((a) => `${a.id} ${a.kind}`);
    expect(kinds(en(`${LEAD_EN}Wei Zhang, its chief technology officer, designed the server.`))).toContain(
      'wei-zhang person',
    );
    expect(kinds(fr(`${LEAD_FR}Xu Ming, son directeur technique, a conçu le serveur.`))).toContain('xu-ming person');
  });

  it('not a subsidiary in apposition ("Sovela, sa filiale")', () => {
    const kinds = (p: Proposals) => p.actors.map((a) => `${a.id} ${a.kind}`);
    expect(kinds(fr(`${LEAD_FR}Sovela, sa filiale, a conçu le serveur.`))).not.toContain('sovela person');
  });
});

describe('founders and heads named once, by a title', () => {
  it('reads a company named only after a founder\'s title ("co-founder of Y", "cofondateur de Y", "one of Y\'s co-founders")', () => {
    expect(
      relations(en('The contract was signed on Monday. Tom Reilly, co-founder of Kestrane, was pleased.')),
    ).toContain('tom-reilly founded kestrane');
    expect(
      relations(fr('Le contrat a été signé lundi par Orange. Paul Arvieu, cofondateur de Kestrane, se félicite.')),
    ).toContain('paul-arvieu founded kestrane');
    expect(
      relations(en("The contract was signed on Monday by Orange, said Tom Reilly, one of Kestrane's co-founders.")),
    ).toContain('tom-reilly founded kestrane');
    expect(
      relations(
        fr("Le contrat a été signé lundi par Orange, selon Paul Arvieu, l'un des trois cofondateurs de Kestrane."),
      ),
    ).toContain('paul-arvieu founded kestrane');
  });

  it('keeps a person\'s possessive a person ("Anna Berg\'s deputy")', () => {
    const p = en(
      "The contract was signed on Monday by Orange. Anna Berg's deputy, Tom Reilly, was pleased. Anna Berg said so.",
    );
    expect(p.actors.map((a) => `${a.id} ${a.kind}`)).toContain('anna-berg person');
  });
});

describe('titles that do not head the company', () => {
  it('a deputy after the title, a country\'s head, a post left ("directeur général délégué", "UK managing director")', () => {
    const deputy = relations(
      fr('Le contrat a été signé lundi par Orange, selon Paul Arvieu, directeur général délégué de Kestrane.'),
    );
    expect(deputy).toContain('paul-arvieu works-for kestrane');
    expect(deputy).not.toContain('paul-arvieu leads kestrane');
    const country = relations(
      fr('Le contrat a été signé lundi par Orange, selon Paul Arvieu, directeur général France de Kestrane.'),
    );
    expect(country).toContain('paul-arvieu works-for kestrane');
    expect(country).not.toContain('paul-arvieu leads kestrane');
    const uk = relations(
      en("The contract was signed on Monday by Orange, said Tom Reilly, Kestrane's UK managing director."),
    );
    expect(uk).toContain('tom-reilly works-for kestrane');
    expect(uk).not.toContain('tom-reilly leads kestrane');
    const left = relations(
      en(
        'The contract was signed on Monday by Orange. Tom Reilly, who stepped down as chief executive of Kestrane in 2023, was pleased.',
      ),
    );
    expect(left).toContain('tom-reilly works-for kestrane');
    expect(left).not.toContain('tom-reilly leads kestrane');
  });

  it('gives the title to the successor, not to whom they succeed', () => {
    const p = relations(
      en('The contract was signed on Monday by Orange. Anna Berg succeeds Tom Reilly as chief executive of Kestrane.'),
    );
    expect(p).toContain('anna-berg leads kestrane');
    expect(p).not.toContain('tom-reilly leads kestrane');
  });

  it('still reads "who became chief executive of Y" as heading it', () => {
    expect(
      relations(
        en(
          'The contract was signed on Monday by Orange. Tom Reilly, who became chief executive of Kestrane in 2023, was pleased.',
        ),
      ),
    ).toContain('tom-reilly leads kestrane');
  });
});

describe('a chairman and a founder told by a verb on "the company"', () => {
  it('reads "The chairman, X," as heading the article\'s company, and not "the chairman of the committee"', () => {
    expect(relations(en(`${LEAD_EN}The chairman, Tom Reilly, said demand was strong.`))).toContain(
      'tom-reilly leads kestrane',
    );
    expect(relations(en(`${LEAD_EN}The chair, Tom Reilly, said demand was strong.`))).not.toContain(
      'tom-reilly leads kestrane',
    );
  });

  it('reads "who started the company in 2015", not "started the project"', () => {
    expect(relations(en(`${LEAD_EN}Tom Reilly, who started the company in 2015, was pleased.`))).toContain(
      'tom-reilly founded kestrane',
    );
    expect(relations(en(`${LEAD_EN}Tom Reilly, who started the Thales project in 2015, was pleased.`))).not.toContain(
      'tom-reilly founded thales',
    );
  });
});

describe("a title's complement that is the company's noun alone", () => {
  it('is the article\'s company ("directrice générale de l\'entreprise, X", "chief executive of the company")', () => {
    expect(relations(fr(`${LEAD_FR}La directrice générale de l'entreprise, Léa Morvan, se félicite.`))).toContain(
      'lea-morvan leads kestrane',
    );
    expect(relations(en(`${LEAD_EN}Anna Berg, chief executive of the company, was pleased.`))).toContain(
      'anna-berg leads kestrane',
    );
    expect(relations(fr(`${LEAD_FR}Marc Olier, directeur financier de la société, reste prudent.`))).toContain(
      'marc-olier works-for kestrane',
    );
  });

  it('not when a name follows the noun ("directrice générale de la société Orvane")', () => {
    expect(relations(fr(`${LEAD_FR}Léa Morvan, directrice générale de la société Orvane, se félicite.`))).not.toContain(
      'lea-morvan leads kestrane',
    );
  });
});

describe('a plural pronoun for the people just named', () => {
  const LEAD = 'Le contrat a été signé par Kestrane. Paul Arvieu et Léa Morvan se sont rencontrés chez Orange. ';
  const both = ['paul-arvieu founded kestrane', 'lea-morvan founded kestrane'];

  it('gives the founding to both ("Ils ont fondé Y", "Y, qu\'ils ont créée", "la société qu\'ils ont fondée, Y")', () => {
    expect(relations(fr(`${LEAD}Ils ont fondé Kestrane en 2017.`))).toEqual(expect.arrayContaining(both));
    expect(relations(fr(`${LEAD}Kestrane, qu'ils ont créée en 2017, compte 80 salariés.`))).toEqual(
      expect.arrayContaining(both),
    );
    expect(relations(fr(`${LEAD}La société qu'ils ont fondée en 2017, Kestrane, a été choisie.`))).toEqual(
      expect.arrayContaining(both),
    );
    expect(
      relations(
        en('The contract went to Kestrane. Tom Reilly and Anna Berg met at Orange. They founded Kestrane in 2017.'),
      ),
    ).toEqual(expect.arrayContaining(['tom-reilly founded kestrane', 'anna-berg founded kestrane']));
  });

  it('not a negation, nor an organisation that is not what they founded', () => {
    const lead = 'The contract went to Kestrane. Tom Reilly and Anna Berg met at Orange. ';
    expect(relations(en(`${lead}They did not found Kestrane.`))).not.toContain('tom-reilly founded kestrane');
    expect(relations(en(`${lead}They founded a club with Orange staff.`))).not.toContain('tom-reilly founded orange');
  });
});
