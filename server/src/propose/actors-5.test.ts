import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { actors, ids, readWithRules } from './testing/readings.ts';

/**
 * Actors of long articles (headline, standfirst, quotes, names shortened after their first mention), on invented
 * paragraphs of both languages: what a curator would not accept, and the look-alikes that must keep their reading.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe('a word the sentence capitalises is no name', () => {
  it('reads no actor in an elided pronoun opening a quote ("« C\'est…", "« J\'ai…")', () => {
    const p = fr(
      "Le président de Wexa Cloud, Thibault Marchand, a déclaré : « C'est l'aboutissement de trois ans. » Il ajoute : « J'ai confiance. »",
    );
    expect(ids(p).some((id) => /^(?:cest|jai)/u.test(id))).toBe(false);
    expect(ids(p)).toContain('wexa-cloud');
  });

  it('reads the name after an elided conjunction ("parce qu\'Orvane", "« Qu\'Orvane…", "lorsqu\'Atelier Kestrel")', () => {
    const p = fr(
      "L'année a été bonne pour Nerva, parce qu'Orvane a signé. « Qu'Orvane rachète Nerva ne surprend personne », dit-il. Le prix a baissé lorsqu'Atelier Kestrel est arrivé.",
    );
    expect(ids(p)).toEqual(expect.arrayContaining(['orvane', 'atelier-kestrel']));
    expect(ids(p).some((id) => id.startsWith('qu'))).toBe(false);
  });

  it('reads no actor in a date opening a sentence before a name ("Last year Halvard signed")', () => {
    const p = en('The firm runs a site near Stavanger. Last year Halvard signed a deal with Schneider Electric.');
    expect(ids(p)).toContain('halvard');
    expect(ids(p).some((id) => id.startsWith('last'))).toBe(false);
  });

  it('still heads a longer name with a known one ("Google Workspace")', () => {
    expect(ids(en('The council moved its mail to Google Workspace in 2024, said Orvane.'))).toContain(
      'google-workspace',
    );
  });

  it('drops a plural description opening a sentence ("Rivals Datalis, Stenoware and 3Dcloud")', () => {
    const p = en(
      'Cloudora agreed to pay $900 million for Brightvault. Rivals Datalis, Stenoware and 3Dcloud are watching.',
    );
    expect(ids(p)).toEqual(expect.arrayContaining(['datalis', 'stenoware', '3dcloud']));
    expect(ids(p)).not.toContain('rivals-datalis');
  });

  it('keeps a name whose first word is such a noun when a kind word ends it ("Customers Bank")', () => {
    expect(ids(en('The deal was announced on Monday. Customers Bank lent $5 million to Orvane.'))).toContain(
      'customers-bank',
    );
  });

  it('reads no actor in a number ("a 20-megawatt site"), but keeps names with digits', () => {
    const p = en('Halvard runs a 20-megawatt site near Stavanger, beside 42Secure and 3DS Systems.');
    expect(ids(p)).not.toContain('20');
    expect(ids(p)).toEqual(expect.arrayContaining(['42secure', '3ds-systems']));
  });
});

describe('a line break ends what describes a name', () => {
  it('does not carry a headline\'s last word onto the standfirst ("…centres\\nThe Oslo-based start-up")', () => {
    const p = en(
      'Halvard Compute raises $40m to build data centres\nThe Oslo-based start-up plans three sites.\nHalvard Compute said so on Tuesday.',
    );
    expect(actors(p)).toContain('oslo place');
    expect(ids(p)).not.toContain('the-oslo');
  });

  it('keeps an article inside a sentence ("told The Register")', () => {
    expect(ids(en('Orvane chief executive Paul Arvieu told The Register that sales doubled.'))).toContain(
      'the-register',
    );
  });

  it('gives no kind from the headline\'s end to the name opening the next line ("l\'offre de Wexa\\nWexa Cloud")', () => {
    const p = fr(
      "L'Anssi qualifie l'offre de Wexa\nWexa Cloud rejoint le cercle des prestataires qualifiés.\nWexa Cloud, filiale du groupe Lemarchand, emploie 140 personnes.",
    );
    expect(actors(p)).toContain('wexa-cloud company');
  });

  it('still types a product after its noun on the same line ("l\'offre Wexa Sovereign")', () => {
    expect(actors(fr("La société Wexa Cloud a présenté l'offre Wexa Sovereign mardi."))).toContain(
      'wexa-sovereign offer',
    );
  });
});

describe('a name shortened after its first mention is the same actor', () => {
  it('reads an organisation by its last word ("Kestrel" after "Atelier Kestrel", "Arkéa")', () => {
    const p = fr(
      "Atelier Kestrel a levé 12 millions d'euros auprès du Crédit Mutuel Arkéa. Kestrel conçoit des serveurs, et Arkéa y voit un relais de croissance.",
    );
    expect(ids(p)).toEqual(expect.arrayContaining(['atelier-kestrel', 'credit-mutuel-arkea']));
    expect(ids(p)).not.toContain('kestrel');
    expect(ids(p)).not.toContain('arkea');
  });

  it('does not when the word also begins another name, or is a noun of the field or a place', () => {
    const two = fr(
      'Atelier Kestrel a signé avec Kestrel Data, a annoncé mardi Orvane. Selon Orvane, Kestrel restera indépendante.',
    );
    expect(ids(two)).not.toContain('atelier-kestrel-data');
    expect(two.actors.find((a) => a.id === 'atelier-kestrel')?.aliases?.fr).not.toContain('Kestrel');
    const place = fr('La Métropole de Lyon a choisi Orvane. Lyon compte 40 salariés chez Orvane, selon la société.');
    expect(place.actors.find((a) => a.id === 'metropole-de-lyon')?.aliases?.fr ?? []).not.toContain('Lyon');
  });

  it('reads "the Commission" after "the European Commission" as it, in English as in French', () => {
    const p = en(
      'The European Commission opened a probe into Cloudora on Monday. The Commission said the deal could raise prices.',
    );
    expect(ids(p)).toContain('european-commission');
    expect(ids(p)).not.toContain('commission');
  });

  it('reads a surname with its particle after the full name ("Van der Berg" after "Hugo van der Berg")', () => {
    const p = en(
      'Halvard was founded by Ingrid Solberg and Hugo van der Berg in 2020. Van der Berg, a former Google engineer, leads engineering.',
    );
    expect(ids(p)).toContain('hugo-van-der-berg');
    expect(ids(p)).not.toContain('van-der-berg');
  });

  it('keeps a particle surname of nobody named before as a name of its own', () => {
    expect(ids(en('The fund was advised by Orvane. Van der Berg Logistics also bid, said Orvane.'))).toContain(
      'van-der-berg-logistics',
    );
  });
});

describe('an id as curators write it', () => {
  it('keeps a French elided word as a word of its own ("conseil-d-etat", "ministere-de-l-interieur")', () => {
    const p = fr("Orvane a saisi le Conseil d'État, puis la Direction générale de l'armement a confirmé le contrat.");
    expect(ids(p)).toEqual(expect.arrayContaining(['conseil-d-etat', 'direction-generale-de-l-armement']));
  });
});

describe('regions and départements are places', () => {
  it('reads "l\'Aude", "l\'Essonne", "Bavaria" as places', () => {
    const p = fr(
      "Le département de l'Aude a attribué le marché à Occiweb. Jeudi, l'Essonne a lancé un appel d'offres.",
    );
    expect(actors(p)).toEqual(expect.arrayContaining(['aude place', 'essonne place']));
    expect(actors(en('Klarsicht Cloud opened a site in Bavaria, said Orvane.'))).toContain('bavaria place');
  });

  it('keeps a fund or a body named after one ("Rhône Amorçage", "la Région Occitanie")', () => {
    const p = fr(
      "Orvane a levé 3 millions d'euros auprès du fonds Rhône Amorçage. La Région Occitanie a aussi participé.",
    );
    expect(actors(p)).toEqual(expect.arrayContaining(['rhone-amorcage company', 'region-occitanie public-body']));
  });
});

describe('lists, short forms and kinds of a second set of articles', () => {
  it('splits "A B et C": a name of capitalised words, then one of its own', () => {
    const p = fr("L'opérateur concurrence Digital Realty et Equinix, selon Orvane.");
    expect(ids(p)).toEqual(expect.arrayContaining(['digital-realty', 'equinix']));
    // (a noun of the field after "et" ends one name)
    expect(ids(fr('Le contrat revient à Orvane Sécurité et Défense, selon la préfecture.'))).toContain(
      'orvane-securite-et-defense',
    );
  });

  it('reads a short form beginning a group and its unit as the group ("Kerlys" of "Kerlys Group")', () => {
    const p = en(
      "Kerlys Group, based in Brest, has sold its unit Kerlys Hosting to Arvato. According to Yves Le Bras, Kerlys's chairman, the deal secures 80 jobs.",
    );
    expect(ids(p)).toEqual(expect.arrayContaining(['kerlys-group', 'kerlys-hosting']));
    expect(ids(p)).not.toContain('kerlys');
  });

  it('keeps a group named alone in the body before its unit, even when the headline names the unit first', () => {
    const p = fr(
      "Le groupe Kerlys cède sa filiale Kerlys Hosting à Arvato\nLe groupe Kerlys, basé à Brest, a cédé sa filiale Kerlys Hosting à Arvato. Selon Yves Le Bras, le président de Kerlys, l'opération assure l'avenir des salariés.",
    );
    expect(ids(p)).toEqual(expect.arrayContaining(['kerlys', 'kerlys-hosting']));
  });

  it('reads a name after "whose chief executive," as a person', () => {
    expect(
      actors(en('The consortium was led by Ark, whose chief executive, Huw Owen, called it a vote of confidence.')),
    ).toContain('huw-owen person');
  });

  it('reads a surname with "El" after the full name as the person', () => {
    const p = fr(
      "Orbitale, dirigée par Nadia El Amrani, emploie 35 personnes. El Amrani a précisé que l'entreprise ouvrirait un site.",
    );
    expect(ids(p)).toContain('nadia-el-amrani');
    expect(ids(p)).not.toContain('el-amrani');
  });

  it('reads a French centre as a public body, whole ("Centre national d\'études spatiales (CNES)", "Centre hospitalier de Cholet")', () => {
    const p = fr(
      "Le Centre national d'études spatiales (CNES) a retenu Orbitale. Parmi ses clients figure aussi le Centre hospitalier de Cholet, client depuis 2023.",
    );
    expect(actors(p)).toEqual(
      expect.arrayContaining([
        'centre-national-d-etudes-spatiales public-body',
        'centre-hospitalier-de-cholet public-body',
      ]),
    );
    expect(ids(p)).not.toContain('cnes');
  });

  it('reads no person in a company whose first word is also a given name ("General Catalyst", "Alenia Space")', () => {
    const p = en(
      'Mistral AI has raised €600 million from General Catalyst. Thales Alenia Space was among the bidders.',
    );
    expect(actors(p)).toContain('general-catalyst company');
    expect(actors(p).filter((a) => a.endsWith(' person'))).toEqual([]);
  });

  it('takes no kind from a spelling inside a longer name ("Wexa" of "l\'offre Wexa Sovereign")', () => {
    const p = fr("Selon Orvane, Wexa a gagné un marché mardi. L'offre Wexa Sovereign a été retenue.");
    expect(actors(p)).toEqual(expect.arrayContaining(['wexa company', 'wexa-sovereign offer']));
  });

  it('reads no outlet in a site given a name ("Le site, baptisé MRS3"), but "le site Mediapart"', () => {
    const named = fr('Datanéo a inauguré son centre de données. Le site, baptisé MRS3, offrira 20 mégawatts.');
    expect(actors(named)).not.toContain('mrs3 media');
    expect(actors(fr("L'affaire a été révélée par le site Reflets, selon Orvane."))).toContain('reflets media');
  });
});

describe('one word opening the headline and a sentence of the body', () => {
  it('is the name the article is about ("Pixelune raises…" … "Pixelune was founded…")', () => {
    const p = en(
      'Pixelune raises €6m for its video tool\nThe Nantes start-up plans to hire 30 people.\nPixelune was founded in 2020 in Nantes by Camille Rousseau-Vidal.',
    );
    expect(actors(p)).toContain('pixelune company');
  });

  it('not an article, a rubric before a colon, nor a word the text writes in lower case', () => {
    const sénat = fr('Le Sénat adopte la loi SREN\nLe texte vise à réguler le numérique, selon Orvane.');
    expect(ids(sénat)).not.toContain('le');
    const rubric = fr('Cybersécurité : Vigilis rachète Sentrya\nCybersécurité toujours : Orvane recrute.');
    expect(ids(rubric)).not.toContain('cybersecurite');
    const common = en(
      'Construction begins at Orvane site\nConstruction will take two years, and construction costs are rising, said Orvane.',
    );
    expect(ids(common)).not.toContain('construction');
  });
});

describe('"French" inside a French name', () => {
  it('reads "la Mission French Tech", "le programme French Tech 2030" whole', () => {
    const p = fr(
      'Orvane et Hexalis font partie des lauréats du programme French Tech 2030. Elles seront suivies par la Mission French Tech.',
    );
    expect(actors(p)).toContain('french-tech-2030 programme');
    expect(ids(p)).toContain('mission-french-tech');
    expect(ids(p)).not.toContain('tech');
  });

  it('still reads "French" as a nationality in English and before a lower-case word', () => {
    expect(ids(en('The French Tech Minister met Orvane on Monday, said Hexalis.'))).not.toContain('french-tech');
    expect(ids(fr('Le groupe French Tech Partners a racheté Orvane.'))).toContain('french-tech-partners');
  });
});

describe('brands in lower case first, names in quotes', () => {
  it('finds "iXBlue", "e-Cotiz", "eBay", not a unit ("kWh", "mRNA") nor an elided article', () => {
    const p = fr(
      "Le projet associe aussi Néo-Soft, e-Cotiz et iXBlue, qui vendent sur eBay. Paul Arvieu, ex-Capgemini, pilote le projet. Le site consomme 40 kWh, selon l'Anssi et d'Orvane Data, qui étudie l'ARN messager (mRNA).",
    );
    expect(ids(p)).toEqual(expect.arrayContaining(['e-cotiz', 'ixblue', 'ebay', 'orvane-data']));
    expect(ids(p).some((id) => /kwh|mrna|^d-|^l-|^ex-/u.test(id))).toBe(false);
  });

  it('reads a kind cue across an opening quote ("the project, called "Breton Cloud"")', () => {
    expect(
      actors(en('Orvane and Hexalis signed on Monday. The project, called "Breton Cloud", opens in 2026.')),
    ).toContain('breton-cloud programme');
  });
});

describe('capitalised words that name nobody', () => {
  it('reads no actor in a region\'s adjective or a kind of firm ("Nordic data centres", "l\'ESN", "a MSP")', () => {
    const p = en('Halvard builds Nordic data centres for Orvane, a MSP based in Oslo, said Hexalis.');
    expect(ids(p).some((id) => /^(?:nordic|msp)$/u.test(id))).toBe(false);
    const q = fr("Orvane fournira l'infrastructure, tandis que l'ESN assurera l'intégration, selon Hexalis.");
    expect(ids(q)).not.toContain('esn');
    // (a name holding such a word stays: "Nordic Capital")
    expect(ids(en('The round was led by Nordic Capital, said Orvane.'))).toContain('nordic-capital');
  });
});
