import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules } from './testing/readings.ts';

/**
 * Relations between organisations and places or each other (located-in, customer-of, hosted-by, relies-on, owns), on
 * invented sentences of both languages: the common ways news states them, and the plans, negations and look-alikes
 * that must not fire. A lead sentence names the actors, as an article's would.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const LEAD = {
  fr: "L'année a été bonne pour Nerva, Lumo, Tessel et Orvalis. ",
  en: 'It was a good year for Nerva, Lumo, Tessel and Orvalis. ',
};
const relations = (language: 'fr' | 'en', text: string) =>
  readWithRules(LEAD[language] + text, language, PUBLISHED).relations.map((r) => `${r.from} ${r.type} ${r.to}`);
const fr = (text: string) => relations('fr', text);
const en = (text: string) => relations('en', text);

describe('where an organisation is, told in apposition to a complement', () => {
  it('places the name a participle or a relative follows, even after a preposition', () => {
    expect(fr("Le secteur attend beaucoup de Kestrel et d'Orvalis, une société basée à Massy.")).toContain(
      'orvalis located-in massy',
    );
    expect(fr('Nerva a choisi Orvalis, dont le siège est à Massy.')).toContain('orvalis located-in massy');
    expect(en('The deal went to Orvalis, a startup based in Oulu.')).toContain('orvalis located-in oulu');
  });

  it('places a singular apposition on the last name of a list only', () => {
    expect(fr("Le secteur attend beaucoup de Kestrel et d'Orvalis, une société basée à Massy.")).not.toContain(
      'kestrel located-in massy',
    );
  });

  it('reads the country after the city ("headquartered in Oulu, Finland")', () => {
    expect(en('The deal went to Orvalis, headquartered in Oulu, Finland, last week.')).toEqual(
      expect.arrayContaining(['orvalis located-in oulu', 'orvalis located-in finland']),
    );
  });

  it('does not place an investor by the place of what it invests in', () => {
    expect(en('The bank Nerva invested in a cloud based in Oulu.')).not.toContain('nerva located-in oulu');
  });
});

describe('customers', () => {
  it('reads an adverb between the auxiliary and "choisi", "chosen"', () => {
    expect(fr('La banque Nerva a également choisi Orvalis pour sa messagerie.')).toContain('nerva customer-of orvalis');
    expect(en('The bank Nerva has also chosen Orvalis.')).toContain('nerva customer-of orvalis');
  });

  it('reads the supplier named after the noun of the list ("Customers of X include", "Les clients d\'X incluent")', () => {
    expect(en('The customers of Orvalis include Nerva and Lumo.')).toEqual(
      expect.arrayContaining(['nerva customer-of orvalis', 'lumo customer-of orvalis']),
    );
    expect(fr("Les clients d'Orvalis incluent Nerva et Lumo.")).toEqual(
      expect.arrayContaining(['nerva customer-of orvalis', 'lumo customer-of orvalis']),
    );
  });

  it('reads the supplier modifying the noun ("an Orvalis customer", "are Orvalis customers")', () => {
    expect(en('The bank Nerva has been an Orvalis customer since 2020.')).toContain('nerva customer-of orvalis');
    expect(en('The bank Nerva, a longtime Orvalis client, renewed its contract.')).toContain(
      'nerva customer-of orvalis',
    );
    expect(en('The banks Nerva and Lumo are Orvalis customers.')).toEqual(
      expect.arrayContaining(['nerva customer-of orvalis', 'lumo customer-of orvalis']),
    );
  });

  it('reads no customer in a former one, a negation, or customers of another verb', () => {
    expect(en('The bank Nerva, a former Orvalis customer, renewed its contract.')).not.toContain(
      'nerva customer-of orvalis',
    );
    expect(en('The bank Nerva is not an Orvalis customer.')).not.toContain('nerva customer-of orvalis');
    expect(en('The bank Nerva polled Orvalis customers last week.')).not.toContain('nerva customer-of orvalis');
  });

  it('gives no hosting yet for a supplier chosen to host (the guide: a contract to host is not hosting)', () => {
    expect(en('The bank Nerva chose Orvalis to host its data.')).toEqual(['nerva customer-of orvalis']);
  });
});

describe('hosting and reliance', () => {
  it('reads renting servers out to a customer as hosting it', () => {
    expect(en('The provider Orvalis rents servers to the bank Nerva.')).toContain('nerva hosted-by orvalis');
    expect(en('The provider Orvalis leases GPUs to the bank Nerva.')).toContain('nerva hosted-by orvalis');
    expect(en('The provider Orvalis plans to lease GPUs to the bank Nerva.')).not.toContain('nerva hosted-by orvalis');
  });

  it('reads an offer built on a technology ("a bâti son offre sur X", "built its platform on X")', () => {
    expect(fr('Le fournisseur Orvalis a bâti son offre sur OpenStack.')).toContain('orvalis relies-on openstack');
    expect(en('The provider Orvalis built its platform on OpenStack.')).toContain('orvalis relies-on openstack');
    expect(en('The provider Orvalis built its headquarters on land near OpenStack.')).not.toContain(
      'orvalis relies-on openstack',
    );
  });

  it('reads the owner of the offer that relies on it ("L\'offre d\'X repose sur Y")', () => {
    expect(fr("L'offre d'Orvalis repose sur OpenStack.")).toContain('orvalis relies-on openstack');
  });
});

describe('stakes', () => {
  it('reads a qualified shareholder ("l\'actionnaire majoritaire d\'X")', () => {
    expect(fr("La banque Nerva est l'actionnaire majoritaire d'Orvalis.")).toContain('nerva owns orvalis');
  });

  it('reads no stake in a plan or a wish', () => {
    expect(en('The bank Nerva plans to take a stake in the startup Orvalis.')).not.toContain('nerva owns orvalis');
    expect(en('The bank Nerva wants to take a stake in the startup Orvalis.')).not.toContain('nerva owns orvalis');
    expect(fr('La banque Nerva envisage de prendre une participation dans Orvalis.')).not.toContain(
      'nerva owns orvalis',
    );
    expect(fr("La banque Nerva souhaite entrer au capital d'Orvalis.")).not.toContain('nerva owns orvalis');
  });

  it('keeps an alliance being prepared: what is about to happen is told as done', () => {
    expect(en('Orvalis and Nerva are preparing to form an alliance with Lumo.')).toEqual(
      expect.arrayContaining(['lumo partner-of orvalis']),
    );
  });
});

describe('where an organisation is, told by its headquarters or sites', () => {
  it('reads an apposition with a number in it ("une entreprise de 50 salariés installée à P")', () => {
    expect(fr('Nerva a choisi Orvalis, une entreprise de 50 salariés installée à Nantes.')).toContain(
      'orvalis located-in nantes',
    );
  });

  it('reads a headquarters or an office as a site ("depuis son siège de P", "from its headquarters in P")', () => {
    expect(fr('Le fournisseur Orvalis, depuis son siège de Montpellier, sert Nerva.')).toContain(
      'orvalis located-in montpellier',
    );
    expect(en('The provider Orvalis, from its headquarters in Munich, serves Nerva.')).toContain(
      'orvalis located-in munich',
    );
    expect(fr('Le fournisseur Orvalis a ouvert un bureau à Londres en 2023.')).toContain('orvalis located-in londres');
    expect(fr('Le fournisseur Orvalis va ouvrir un bureau à Londres en 2026.')).not.toContain(
      'orvalis located-in londres',
    );
  });

  it('reads a headquarters moved ("moved its headquarters to P", "a transféré son siège à P")', () => {
    expect(en('The provider Orvalis moved its headquarters to Munich in 2021.')).toContain('orvalis located-in munich');
    expect(fr('Le fournisseur Orvalis a transféré son siège à Lyon en 2021.')).toContain('orvalis located-in lyon');
    expect(en('The provider Orvalis plans to move its headquarters to Munich.')).not.toContain(
      'orvalis located-in munich',
    );
  });
});

describe('hosting told by a migration or by what runs where', () => {
  it('reads data moved to a host as hosted there', () => {
    expect(fr('La banque Nerva a migré ses données vers Orvalis en 2023.')).toContain('nerva hosted-by orvalis');
    expect(en('The bank Nerva migrated its workloads to Orvalis in 2023.')).toContain('nerva hosted-by orvalis');
    expect(en('The bank Nerva may move its data to Orvalis next year.')).not.toContain('nerva hosted-by orvalis');
  });

  it("reads applications run on a host's servers as hosting, on a technology as reliance", () => {
    expect(en('The bank Nerva runs its applications on Orvalis servers.')).toContain('nerva hosted-by orvalis');
    expect(en('The bank Nerva runs its platform on OpenStack.')).toContain('nerva relies-on openstack');
    expect(fr('Le fournisseur Orvalis a construit sa plateforme sur OpenStack.')).toContain(
      'orvalis relies-on openstack',
    );
  });
});

describe('a tender won, a rival owned, an alternative', () => {
  it('reads the buyer of a tender won ("a remporté l\'appel d\'offres de Y")', () => {
    expect(fr("Le fournisseur Orvalis a remporté l'appel d'offres de Nerva.")).toContain('nerva customer-of orvalis');
    expect(fr("Le fournisseur Orvalis n'a pas remporté l'appel d'offres de Nerva.")).not.toContain(
      'nerva customer-of orvalis',
    );
  });

  it('reads the owner of a rival noun ("Nerva\'s rival Orvalis") and "an alternative to"', () => {
    expect(en("The bank chose Nerva's rival Orvalis.")).toContain('nerva competes-with orvalis');
    expect(en("The bank chose Nerva's main competitor, Orvalis.")).toContain('nerva competes-with orvalis');
    expect(en('The provider Orvalis pitches itself as an alternative to Nerva.')).toContain(
      'nerva competes-with orvalis',
    );
  });
});

describe('stakes told by a possessor, a relative, a raise; a stake sold', () => {
  it('reads "Y\'s 30% stake in X", "X, in which Y holds a 20% stake", "a porté sa participation dans X"', () => {
    expect(en("The bank Nerva's 30% stake in Orvalis is worth more.")).toContain('nerva owns orvalis');
    expect(en('The provider Orvalis, in which Nerva holds a 20% stake, hired 20 people.')).toContain(
      'nerva owns orvalis',
    );
    expect(fr('La banque Nerva a porté sa participation dans Orvalis à 40 %.')).toContain('nerva owns orvalis');
  });

  it('reads no stake in one sold', () => {
    expect(en('The bank Nerva sold its stake in Orvalis last year.')).not.toContain('nerva owns orvalis');
    expect(en('The bank Nerva sold its 30% stake in Orvalis last year.')).not.toContain('nerva owns orvalis');
  });
});

describe('certificates granted or awarded', () => {
  it('reads the body that grants a certificate, and the holder', () => {
    expect(en('The ANSSI granted Orvalis the SecNumCloud qualification.')).toContain('anssi certifies orvalis');
    expect(en('The provider Orvalis has been awarded the SecNumCloud qualification by ANSSI.')).toEqual(
      expect.arrayContaining(['orvalis holds secnumcloud', 'anssi certifies orvalis']),
    );
    expect(fr('Le fournisseur Orvalis décroche le visa de sécurité SecNumCloud.')).toContain(
      'orvalis holds secnumcloud',
    );
    expect(fr("L'Anssi a délivré la qualification SecNumCloud au fournisseur Orvalis.")).toContain(
      'anssi certifies orvalis',
    );
  });

  it('reads no certificate sought', () => {
    expect(en('The provider Orvalis hopes to be awarded the SecNumCloud qualification by ANSSI.')).not.toContain(
      'anssi certifies orvalis',
    );
  });
});

describe("told in a second sentence, of the article's company", () => {
  const topic = { fr: 'Orvalis recrute. Orvalis grandit. ', en: 'Orvalis is hiring. Orvalis is growing. ' };

  it('reads "Nerva fait partie de ses clients", "Nerva is one of its customers"', () => {
    expect(fr(`${topic.fr}Nerva fait partie de ses clients.`)).toContain('nerva customer-of orvalis');
    expect(fr(`${topic.fr}Nerva est l'un de ses clients.`)).toContain('nerva customer-of orvalis');
    expect(en(`${topic.en}Nerva is one of its customers.`)).toContain('nerva customer-of orvalis');
    expect(en(`${topic.en}Nerva is not one of its customers.`)).not.toContain('nerva customer-of orvalis');
  });

  it('reads a share "de son capital"', () => {
    expect(fr(`${topic.fr}Nerva détient 30 % de son capital.`)).toContain('nerva owns orvalis');
  });
});

describe('two organisations placed by one apposition', () => {
  it('places both ("deux entreprises basées à P", "both based in P")', () => {
    expect(fr('Orvalis et Nerva, deux entreprises basées à Massy, recrutent.')).toEqual(
      expect.arrayContaining(['orvalis located-in massy', 'nerva located-in massy']),
    );
    expect(en('Orvalis and Nerva, both based in Oulu, are hiring.')).toEqual(
      expect.arrayContaining(['orvalis located-in oulu', 'nerva located-in oulu']),
    );
  });
});

describe('investors named with no amount', () => {
  it('reads an investment or a round joined ("a investi dans X", "took part in the funding round of X")', () => {
    expect(en('The fund Nerva invested in Orvalis in 2020.')).toContain('nerva funds orvalis');
    expect(fr('Le fonds Nerva a investi dans Orvalis en 2020.')).toContain('nerva funds orvalis');
    expect(fr("Le fonds Nerva a participé au tour de table d'Orvalis.")).toContain('nerva funds orvalis');
    expect(en('The fund Nerva took part in the funding round of Orvalis.')).toContain('nerva funds orvalis');
  });

  it('reads money raised from named investors ("raised money from", "a levé des fonds auprès de")', () => {
    expect(en('The provider Orvalis raised money from Nerva and Lumo.')).toEqual(
      expect.arrayContaining(['nerva funds orvalis', 'lumo funds orvalis']),
    );
    expect(fr('Le fournisseur Orvalis a levé des fonds auprès de Nerva et Lumo.')).toEqual(
      expect.arrayContaining(['nerva funds orvalis', 'lumo funds orvalis']),
    );
  });

  it('reads a list of investors as a list of customers is read, and shareholders as owners', () => {
    expect(fr('Le fournisseur Orvalis compte Nerva et Lumo parmi ses investisseurs.')).toEqual(
      expect.arrayContaining(['nerva funds orvalis', 'lumo funds orvalis']),
    );
    expect(en("The provider Orvalis's investors include Nerva and Lumo.")).toEqual(
      expect.arrayContaining(['nerva funds orvalis', 'lumo funds orvalis']),
    );
    expect(fr("Parmi les actionnaires d'Orvalis figurent Nerva et Lumo.")).toEqual(
      expect.arrayContaining(['nerva owns orvalis', 'lumo owns orvalis']),
    );
    expect(fr("Parmi les investisseurs d'Orvalis figurent Nerva et Lumo.")).not.toContain('nerva customer-of orvalis');
  });

  it('reads the backer of a compound ("the Nerva-backed startup X")', () => {
    expect(en('The deal went to the Nerva-backed startup Orvalis last week.')).toContain('nerva funds orvalis');
  });

  it('reads no investment denied, possible or planned', () => {
    expect(en('The fund Nerva did not invest in Orvalis.')).not.toContain('nerva funds orvalis');
    expect(en('The fund Nerva may invest in Orvalis next year.')).not.toContain('nerva funds orvalis');
    expect(fr("Le fonds Nerva envisage d'investir dans Orvalis.")).not.toContain('nerva funds orvalis');
    expect(en('The fund Nerva plans to invest in Orvalis.')).not.toContain('nerva funds orvalis');
  });
});

describe('an organisation launched somewhere, server rooms operated or rented', () => {
  it('places an organisation launched in a city ("a lobby group launched in Brussels", "lancée à Lyon")', () => {
    expect(en('Nerva criticised the Orvalis Alliance, a lobby group launched in Brussels in 2024.')).toContain(
      'orvalis-alliance located-in brussels',
    );
    expect(fr('Nerva a critiqué Orvalis, une association lancée à Lyon en 2024.')).toContain('orvalis located-in lyon');
  });

  it('places an operator by its rooms, not a tenant by the rooms it rents', () => {
    expect(fr('Le fournisseur Orvalis exploite deux salles à Vénissieux et à Saint-Priest.')).toEqual(
      expect.arrayContaining(['orvalis located-in venissieux', 'orvalis located-in saint-priest']),
    );
    expect(fr('Le fournisseur Orvalis loue plusieurs salles à Vénissieux.')).not.toContain(
      'orvalis located-in venissieux',
    );
    expect(fr('Le fournisseur Orvalis héberge ses serveurs dans deux salles de Vénissieux.')).not.toContain(
      'orvalis located-in venissieux',
    );
  });
});

describe('rivals named as such, or before the subject past an insertion', () => {
  it('reads "cite A et B comme ses principaux concurrents", "names A and B as its main rivals"', () => {
    expect(fr('Le fournisseur Orvalis cite Nerva et Lumo comme ses principaux concurrents.')).toEqual(
      expect.arrayContaining(['nerva competes-with orvalis', 'lumo competes-with orvalis']),
    );
    expect(en('The provider Orvalis names Nerva and Lumo as its main rivals.')).toEqual(
      expect.arrayContaining(['nerva competes-with orvalis', 'lumo competes-with orvalis']),
    );
  });

  it('reads the rivals opening the sentence past a described insertion ("Up against A and B, which…, X")', () => {
    expect(en('Up against Nerva and Lumo, which are already certified, Orvalis bets on price.')).toEqual(
      expect.arrayContaining(['nerva competes-with orvalis', 'lumo competes-with orvalis']),
    );
    // (French "Face à A, déjà installée, X" is read so too, but a name after "à" is read as a place today)
  });

  it('reads no rivalry in a face-off with an inquiry', () => {
    expect(fr('Face à une enquête de Nerva, Orvalis se tait.')).not.toContain('nerva competes-with orvalis');
  });
});

describe('a shareholder said to be one already owns part of the company (the guide, "Stakes")', () => {
  it('reads an existing investor named after the words or in apposition before them, in a round or on its own', () => {
    expect(en('Tessel raised €12m from Lumo and existing shareholder Nerva.')).toContain('nerva owns tessel');
    expect(en('Tessel raised €12m in a round led by Lumo and joined by existing investors Nerva and Orvalis.')).toEqual(
      expect.arrayContaining(['nerva owns tessel', 'orvalis owns tessel']),
    );
    expect(fr('Tessel a levé 12 millions d’euros auprès de Lumo et de son actionnaire historique Nerva.')).toContain(
      'nerva owns tessel',
    );
    expect(fr('Tessel a levé 12 millions d’euros auprès de Lumo et de Nerva, déjà présent au capital.')).toContain(
      'nerva owns tessel',
    );
  });

  it('reads none in a negation, a hypothesis, or with no holder named', () => {
    expect(en('Tessel raised €12m from Lumo; Nerva is not an existing shareholder.')).not.toContain(
      'nerva owns tessel',
    );
    expect(en('Tessel raised €12m. If existing investors such as Nerva follow, the round will grow.')).not.toContain(
      'nerva owns tessel',
    );
    expect(
      fr('Tessel a levé 12 millions d’euros. Les actionnaires historiques ont été dilués, selon Nerva.'),
    ).not.toContain('nerva owns tessel');
  });
});
