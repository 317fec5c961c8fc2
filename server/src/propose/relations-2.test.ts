import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules, relations } from './testing/readings.ts';

/**
 * Relations of the second round on unseen text: constructions that recurred in the misses of held-out sets 4 to 6,
 * each tested on invented sentences of its own in both languages, with the look-alikes that must not fire.
 */

const PUBLISHED: FuzzyDate = { value: '2024-05-15', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('an opening participle whose agents carry appositions', () => {
  it('finds the main subject past the appositions and every agent "and" joins', () => {
    const p = en(
      'Founded in 2018 by Lena Varga, a former Siemens Energy engineer, and Tomas Birk, who previously ran sales at Nordlys Data, Kestrel Grid raised a seed round in 2020.',
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['lena-varga founded kestrel-grid', 'tomas-birk founded kestrel-grid']),
    );
    // (the employer inside an apposition founded nothing)
    expect(relations(p)).not.toContain('lena-varga founded siemens-energy');
    const q = fr(
      'Fondée en 2019 par Claire Moulin, ancienne ingénieure de Thales Alenia, et Paul Serre, passé par Atos Origin, la société Brumaire Cloud emploie quarante personnes.',
    );
    expect(relations(q)).toEqual(
      expect.arrayContaining(['claire-moulin founded brumaire-cloud', 'paul-serre founded brumaire-cloud']),
    );
    expect(relations(q)).not.toContain('claire-moulin founded thales-alenia');
  });

  it('reads "by former Airbus engineer X" as the person, not the organisation naming the title', () => {
    const p = en('Helio Stack, founded in 2021 by former Safran Group engineer Nora Lind, sells edge servers.');
    expect(relations(p)).toContain('nora-lind founded helio-stack');
    expect(relations(p)).not.toContain('helio-stack founded safran-group');
    const q = fr('Helio Stack, fondée en 2021 par la directrice Nora Lind, vend des serveurs.');
    expect(relations(q)).toContain('nora-lind founded helio-stack');
  });

  it('gives "leads" to a founder told as the head ("by chief executive X", "who remains chief executive")', () => {
    expect(relations(en('Founded in 2016 by chief executive Ravi Menon, Orbital Vault stores backups.'))).toEqual(
      expect.arrayContaining(['ravi-menon founded orbital-vault', 'ravi-menon leads orbital-vault']),
    );
    expect(
      relations(en('Founded in 2016 by Ravi Menon, who remains chief executive, Orbital Vault stores backups.')),
    ).toContain('ravi-menon leads orbital-vault');
    expect(relations(fr('Fondée en 2016 par son PDG Ravi Menon, Orbital Vault stocke des sauvegardes.'))).toContain(
      'ravi-menon leads orbital-vault',
    );
    // Trap: a former head, or a founder with no title, leads nothing now.
    expect(
      relations(en('Founded in 2016 by former chief executive Ravi Menon, Orbital Vault stores backups.')),
    ).not.toContain('ravi-menon leads orbital-vault');
    expect(relations(en('Founded in 2016 by Ravi Menon, Orbital Vault stores backups.'))).not.toContain(
      'ravi-menon leads orbital-vault',
    );
  });

  it('does not read a name in the round after the founders as their money', () => {
    const p = en('Helio Stack, founded in 2021 by Nora Lind, raised €4 million from Arbor Capital Partners.');
    expect(relations(p)).not.toContain('nora-lind funds helio-stack');
  });
});

describe('a certificate and the body that grants it', () => {
  it('reads the body that grants the certificate as certifying its holder, who holds it (docs/held-out-guide.md)', () => {
    expect(relations(en('Nordlys Data obtained SecNumCloud qualification from ANSSI in March.')).sort()).toEqual([
      'anssi certifies nordlys-data',
      'nordlys-data holds secnumcloud',
    ]);
    expect(relations(fr("Nordlys Data a obtenu la qualification SecNumCloud de l'Anssi en mars.")).sort()).toEqual([
      'anssi certifies nordlys-data',
      'nordlys-data holds secnumcloud',
    ]);
    expect(relations(fr('Nordlys Data a obtenu la qualification SecNumCloud en mars.'))).toEqual([
      'nordlys-data holds secnumcloud',
    ]);
  });

  it('gives the certificate to the offer it is for ("pour son offre X", "for its X platform")', () => {
    const p = fr(
      "Nordlys Data a obtenu la qualification SecNumCloud de l'Anssi pour Nordlys Vault, son offre de stockage.",
    );
    expect(relations(p)).toContain('anssi certifies nordlys-vault');
    expect(relations(p)).not.toContain('anssi certifies nordlys-data');
    const q = en('Nordlys Data obtained SecNumCloud qualification for its Nordlys Vault platform in March.');
    expect(relations(q)).toContain('nordlys-vault holds secnumcloud');
    expect(relations(q)).not.toContain('nordlys-data holds secnumcloud');
  });

  it('proposes nothing for a certificate not obtained', () => {
    expect(relations(fr("Nordlys Data n'a pas obtenu la qualification SecNumCloud de l'Anssi."))).toEqual([]);
    expect(relations(en('Nordlys Data has not obtained SecNumCloud qualification from ANSSI.'))).toEqual([]);
  });
});

describe("a joint venture's parents", () => {
  it('reads the parents named after the noun in apposition as owners, not partners of the sentence', () => {
    const p = fr(
      'Kestrel Grid affronte Nimbo Cloud, la coentreprise de Banque Rivière et de Solis Énergie, sur le marché public.',
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['banque-riviere owns nimbo-cloud', 'solis-energie owns nimbo-cloud']),
    );
    expect(relations(p).filter((r) => r.includes('partner-of'))).toEqual([]);
    const q = en('Nimbo Cloud, a joint venture between Harbor Bank and Solis Energy, opened in Lyon.');
    expect(relations(q)).toEqual(
      expect.arrayContaining(['harbor-bank owns nimbo-cloud', 'solis-energy owns nimbo-cloud']),
    );
  });

  it('reads the subject that made "its" venture as owner and partner', () => {
    const p = fr('Banque Rivière et Solis Énergie lancent Nimbo Cloud, leur coentreprise de cloud souverain.');
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'banque-riviere owns nimbo-cloud',
        'solis-energie owns nimbo-cloud',
        'banque-riviere partner-of solis-energie',
      ]),
    );
    const q = en('Harbor Bank and Solis Energy have created Nimbo Cloud, a joint venture for public-sector data.');
    expect(relations(q)).toEqual(
      expect.arrayContaining(['harbor-bank owns nimbo-cloud', 'solis-energy owns nimbo-cloud']),
    );
  });

  it('keeps a second venture named after a comma out of the first one\'s parents ("…, et de X, celle de…")', () => {
    const p = fr(
      'Kestrel Grid affronte Nimbo Cloud, la coentreprise de Banque Rivière et de Solis Énergie, et de Vela Data, celle de Norda.',
    );
    expect(relations(p)).not.toContain('vela-data owns nimbo-cloud');
  });
});

describe('a noun cue in apposition to a complement', () => {
  it('reads "à X, la filiale cloud de Y" and "by Y, the parent company of Z"', () => {
    expect(
      relations(fr('Le premier lot revient à Vela Data, la filiale cloud de Norda Systèmes, pour quatre ans.')),
    ).toContain('vela-data subsidiary-of norda-systemes');
    expect(relations(en('The contract went to Vela Data, a subsidiary of Norda Systems, last week.'))).toContain(
      'vela-data subsidiary-of norda-systems',
    );
    expect(
      relations(fr("Nordlys Data a été rachetée en 2022 par Harbor Group, maison mère de Vela Data, l'an dernier.")),
    ).toContain('vela-data subsidiary-of harbor-group');
  });
});

describe('where an organisation is', () => {
  it('places the subject when "based in" follows it, an apposition or a relative', () => {
    expect(relations(en('Nordlys Data, a storage start-up based in Nantes, hired ten engineers.'))).toContain(
      'nordlys-data located-in nantes',
    );
    expect(relations(fr('Nordlys Data, qui est installée à Lyon, recrute dix ingénieurs.'))).toContain(
      'nordlys-data located-in lyon',
    );
  });

  it('does not place the subject where a noun of its clause is ("a cloud based in Germany")', () => {
    expect(
      relations(en('Nordlys Data pledged to spend €2 billion on a separate sovereign cloud based in Germany.')),
    ).not.toContain('nordlys-data located-in germany');
    expect(
      relations(fr('Nordlys Data a promis de dépenser 2 milliards dans un nouveau cloud souverain basé à Lyon.')),
    ).not.toContain('nordlys-data located-in lyon');
  });
});

describe('a nationality or a place told by a rival noun or a possessive', () => {
  it('places a rival and a public body described by their nationality', () => {
    expect(
      relations(en('Nordlys Data sells in Germany. It is suing its German rival Kestrel Grid over a patent.')),
    ).toContain('kestrel-grid located-in germany');
    expect(
      relations(fr('Nordlys Data vend en Allemagne. Elle poursuit son concurrent allemand Kestrel Grid en justice.')),
    ).toContain('kestrel-grid located-in allemagne');
  });

  it('places an organisation after a country\'s possessive and its description ("France\'s cybersecurity agency X")', () => {
    expect(relations(en("The audit was run by Germany's cybersecurity agency Bundesamt Digital."))).toContain(
      'bundesamt-digital located-in germany',
    );
    expect(
      relations(en("Nordlys Data notified Datenamt Nord, Germany's data protection regulator, on Monday.")),
    ).toContain('datenamt-nord located-in germany');
    // Trap: a superlative ranks, it does not place ("Europe's largest host X").
    expect(relations(en("Nordlys Data buys servers from Europe's largest host Kestrel Grid."))).not.toContain(
      'kestrel-grid located-in europe',
    );
  });

  it('reads no headline verb as the noun an adjective qualifies ("French agency picks X")', () => {
    expect(relations(en('French agency picks Nordlys Data for its archives'))).not.toContain(
      'nordlys-data located-in france',
    );
  });

  it('places a company at a site it opened, not at one it plans to open', () => {
    expect(relations(fr('Nordlys Data a ouvert en 2022 un second centre de données à Valenciennes.'))).toContain(
      'nordlys-data located-in valenciennes',
    );
    expect(relations(fr('Nordlys Data ouvrira un second centre de données à Valenciennes en 2027.'))).not.toContain(
      'nordlys-data located-in valenciennes',
    );
  });
});

describe('customers named around the noun of its owner', () => {
  it('reads "Parmi les clients de X figurent A et B" and "among the customers of X were A and B"', () => {
    expect(relations(fr('Parmi les clients de Nordlys Data figurent la Ville de Nantes et le groupe Auchan.'))).toEqual(
      ['auchan customer-of nordlys-data', 'ville-de-nantes customer-of nordlys-data'],
    );
    expect(relations(en('In 2023, among the customers of Nordlys Data were Harbor Bank and Solis Energy.'))).toEqual([
      'harbor-bank customer-of nordlys-data',
      'solis-energy customer-of nordlys-data',
    ]);
  });

  it('reads named customers before unnamed ones ("counts A and several banks among its customers")', () => {
    expect(
      relations(
        fr(
          'Nordlys Data exploite deux centres. La société compte Banque Rivière et plusieurs mutuelles parmi ses clients.',
        ),
      ),
    ).toContain('banque-riviere customer-of nordlys-data');
    // Trap: a negated count names no customer.
    expect(
      relations(
        en('Nordlys Data runs two centres. It does not count Harbor Bank and other lenders among its clients.'),
      ),
    ).toEqual([]);
  });
});

describe('past posts told in a chain, and the part of an organisation one ran', () => {
  it('reads every employer of "passée par A puis par B", "at A and then at B"', () => {
    expect(
      relations(fr('Hélène Marchal, passée par Orange Business Services puis par Thales Group, dirige Nordlys Data.')),
    ).toEqual(
      expect.arrayContaining([
        'helene-marchal works-for orange-business-services',
        'helene-marchal works-for thales-group',
      ]),
    );
    expect(
      relations(
        en('Ingrid Solberg, who spent ten years at Harbor Group and then at Solis Energy, joined Nordlys Data.'),
      ),
    ).toEqual(
      expect.arrayContaining(['ingrid-solberg works-for harbor-group', 'ingrid-solberg works-for solis-energy']),
    );
  });

  it("reads running a possessor's business as working for it, a national business as heading it", () => {
    const p = en(
      'The board named Ingrid Solberg, who previously ran Harbor Group’s public-sector cloud business, to the post.',
    );
    expect(relations(p)).toContain('ingrid-solberg works-for harbor-group');
    expect(relations(p)).not.toContain('ingrid-solberg leads harbor-group');
  });
});

describe("the article's company as the organisation of a head or of a criticised project", () => {
  const lead = {
    en: 'Nordlys Data sells storage. Nordlys Data is hiring. ',
    fr: 'Nordlys Data vend du stockage. Nordlys Data recrute. ',
  };

  it("reads a head with no organisation of its own as the company's, even beside whom he spoke to", () => {
    expect(
      relations(en(`${lead.en}Nordlys Data did not pay, chief executive Nora Lind told Harbor Times on Monday.`)),
    ).toContain('nora-lind leads nordlys-data');
    // Trap: another organisation named before the title may be the one the title is of.
    expect(
      relations(en(`${lead.en}Harbor Group was hit too, chief executive Nora Lind told Harbor Times on Monday.`)),
    ).not.toContain('nora-lind leads nordlys-data');
  });

  it('reads the direction handed to someone ("a cédé la direction générale à X", "handed the reins to X")', () => {
    expect(relations(fr(`${lead.fr}Le fondateur a cédé en novembre la direction générale à Claire Dumont.`))).toContain(
      'claire-dumont leads nordlys-data',
    );
    expect(relations(fr(`${lead.fr}Sa présidence a été confiée le 2 mars à Claire Dumont.`))).toContain(
      'claire-dumont leads nordlys-data',
    );
    expect(relations(en(`${lead.en}Last year its founder handed the reins to Ingrid Solberg.`))).toContain(
      'ingrid-solberg leads nordlys-data',
    );
    // Trap: a direction not handed.
    expect(relations(fr(`${lead.fr}Le fondateur n'a pas cédé la direction générale à Claire Dumont.`))).toEqual([]);
  });

  it("reads a criticism of the project the article is about as the company's, not of a named other's plan", () => {
    expect(
      relations(en(`${lead.en}The environmental group Terre Claire has criticised the campus's noise levels.`)),
    ).toContain('terre-claire criticises nordlys-data');
    expect(
      relations(fr(`${lead.fr}L'association Colomiers Environnement critique la consommation d'eau du futur site.`)),
    ).toContain('colomiers-environnement criticises nordlys-data');
    expect(relations(en(`${lead.en}The union Fair Work Group criticised the government's plan.`))).toEqual([]);
  });
});

describe('a stake told with no company after it', () => {
  const lead = {
    en: 'Nordlys Data sells storage. Nordlys Data is hiring. ',
    fr: 'Nordlys Data vend du stockage. Nordlys Data recrute. ',
  };

  it("reads the holder of a stake or the largest shareholder as an owner of the article's company", () => {
    expect(relations(fr(`${lead.fr}Banque Rivière détient 30 % du capital, le reste étant aux fondateurs.`))).toEqual([
      'banque-riviere owns nordlys-data',
    ]);
    expect(relations(en(`${lead.en}Harbor Capital sold shares and keeps a 38 per cent stake.`))).toEqual([
      'harbor-capital owns nordlys-data',
    ]);
    expect(
      relations(
        en(`${lead.en}Harbor Capital, which invested €60 million in 2022 and is its largest shareholder, said so.`),
      ),
    ).toContain('harbor-capital owns nordlys-data');
    expect(relations(fr(`${lead.fr}Banque Rivière est son principal actionnaire depuis 2021.`))).toEqual([
      'banque-riviere owns nordlys-data',
    ]);
  });

  it('reads no stake denied or hoped for, nor a share of a market', () => {
    expect(relations(fr(`${lead.fr}Banque Rivière ne détient plus 30 % du capital.`))).toEqual([]);
    expect(relations(en(`${lead.en}Harbor Capital could take a 30 per cent stake.`))).toEqual([]);
    expect(relations(en(`${lead.en}Harbor Capital has a 30 per cent share of the French market.`))).toEqual([]);
  });
});

describe("a parent named by its subsidiary's noun", () => {
  it('reads "X, a wholly owned Y subsidiary", "runs X as a Y subsidiary", "Désormais filiale à 100 % de Y, X"', () => {
    expect(relations(en('Vela Data, a wholly owned Norda Systems subsidiary, hired ten engineers.'))).toEqual([
      'vela-data subsidiary-of norda-systems',
    ]);
    expect(relations(en('Camille Tran will keep running Vela Data as a Hawkline Group subsidiary.'))).toContain(
      'vela-data subsidiary-of hawkline-group',
    );
    expect(relations(fr('Désormais filiale à 100 % de Norda Systèmes, Vela Data conserve sa marque.'))).toEqual([
      'vela-data subsidiary-of norda-systemes',
    ]);
    expect(relations(fr('Vela Data, filiale à part entière de Norda Systèmes, conserve sa marque.'))).toEqual([
      'vela-data subsidiary-of norda-systemes',
    ]);
  });

  it('reads buying "a Y subsidiary" as no purchase of Y', () => {
    expect(relations(en('Vela Data bought a Norda Systems subsidiary last year.'))).toEqual([]);
  });
});
