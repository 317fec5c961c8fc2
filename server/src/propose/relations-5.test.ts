import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules } from './testing/readings.ts';

/**
 * Relations told across sentences (round 5): the subject carried on by a pronoun, a description or a possessive
 * title, in invented articles of both languages (headline, lead, quotes, background), with the traps of two candidate
 * antecedents, plans and look-alikes that must not fire.
 */

const PUBLISHED: FuzzyDate = { value: '2025-11-18', precision: 'day' };
const relations = (language: 'fr' | 'en', text: string) =>
  readWithRules(text, language, PUBLISHED).relations.map((r) => `${r.from} ${r.type} ${r.to}`);
const fr = (text: string) => relations('fr', text);
const en = (text: string) => relations('en', text);

describe('a pronoun after a sentence opening on an adverbial', () => {
  it('takes the subject after "In June,", "En juin,"', () => {
    expect(
      en(
        'Cloud news came from Orvalis Systems and others. In June, Orvalis Systems raised new money. It has also partnered with Nerva Data.',
      ),
    ).toContain('nerva-data partner-of orvalis-systems');
    expect(
      fr(
        "La semaine a été chargée pour Orvane Cloud et d'autres. En juin, Orvane Cloud a levé des fonds. Elle a aussi racheté Nerva Data.",
      ),
    ).toContain('orvane-cloud acquired nerva-data');
  });

  it('keeps the subject, not the object, of two candidates', () => {
    const english = en(
      'Orvalis Systems signed a contract with Nerva Data in June. It has since acquired Kestrel Labs.',
    );
    expect(english).toContain('orvalis-systems acquired kestrel-labs');
    expect(english).not.toContain('nerva-data acquired kestrel-labs');
    const french = fr('Orvane Cloud a signé un contrat avec Nerva Data en juin. Elle a depuis racheté Kestrel Labs.');
    expect(french).toContain('orvane-cloud acquired kestrel-labs');
    expect(french).not.toContain('nerva-data acquired kestrel-labs');
  });

  it('leaves a description after such a sentence to the article\'s company ("En juin, Orange l\'a choisi. Le groupe…")', () => {
    const text =
      'Vaubrac Data construit un campus à Massy. Vaubrac Data exploite déjà deux sites. En juin, Nimbus Telecom l’a choisi pour héberger ses équipements. Le groupe a aussi racheté Kestrel Labs.';
    expect(fr(text)).toContain('vaubrac-data acquired kestrel-labs');
    expect(fr(text)).not.toContain('nimbus-telecom acquired kestrel-labs');
  });
});

describe('a description with where the company is based', () => {
  it('reads "The Lyon-based provider" as the subject before, placed there', () => {
    const p = en('Orvalis Systems reported strong sales on Monday. The Lyon-based provider has acquired Nerva Data.');
    expect(p).toEqual(
      expect.arrayContaining(['orvalis-systems acquired nerva-data', 'orvalis-systems located-in lyon']),
    );
  });

  it('does not place the object of the verb after "The Lyon-based company has acquired"', () => {
    expect(
      en('Analysts were surprised by Orvalis Systems. The Lyon-based company has acquired Nerva Data.'),
    ).not.toContain('nerva-data located-in lyon');
  });

  it('reads "the supplier X" as a subject a description takes up', () => {
    expect(
      en('The supplier Orvalis Systems published its accounts. The firm has chosen Nerva Data as its cloud provider.'),
    ).toContain('orvalis-systems customer-of nerva-data');
  });
});

describe('a possessive title inside a sentence ("said its chief executive, X")', () => {
  it('is the company of the sentence before, in a quote with the speaker after', () => {
    expect(
      en(
        'Orvalis Systems announced on Tuesday a partnership with Nerva Data. "We are proud," said its chief executive, Maria Kane.',
      ),
    ).toContain('maria-kane leads orvalis-systems');
    expect(
      fr(
        'La start-up Orvane Cloud a annoncé mardi un partenariat avec Nerva Data. « Nous sommes fiers », a déclaré son directeur général, Paul Picard.',
      ),
    ).toContain('paul-picard leads orvane-cloud');
  });

  it('is not a company named inside the quote, but the one the story opened on', () => {
    const p = en(
      'Orvalis buys storage start-up Nerva Data\n\nLyon-based cloud provider Orvalis Systems said on Tuesday it had agreed to buy Nerva Data, a Nantes start-up.\n\nThe deal gives the company a foothold in archiving. "Nerva brings us a product our customers want," said its chief executive, Maria Kane.',
    );
    expect(p).toContain('maria-kane leads orvalis-systems');
    expect(p).not.toContain('maria-kane leads nerva-data');
  });

  it('belongs to a person named before it with "and": "A et son associée B"', () => {
    const p = fr(
      'Vaubrac Data a levé des fonds. Vaubrac Data recrute. Fondé en 2012 par Aurélien Pasquin et son associée Bérengère Lodin, le groupe emploie 80 personnes.',
    );
    expect(p).not.toContain('aurelien-pasquin works-for vaubrac-data');
  });

  it('"Son fondateur" after a sentence opening on a person: the one company that sentence named', () => {
    const p = fr(
      'Orvane Cloud a racheté Pinsec. M. Paul Picard assure que les salariés de Pinsec seront conservés. Son fondateur, Luc Ambert, rejoindra Orvane Cloud.',
    );
    expect(p).toContain('luc-ambert founded pinsec');
    expect(p).not.toContain('paul-picard founded orvane-cloud');
    expect(p).not.toContain('luc-ambert founded orvane-cloud');
  });
});

describe('"They", "Ils", "Elles" for a coordinated subject', () => {
  it('gives each member of the subject before the relation', () => {
    expect(
      en('Orvalis Systems and Nerva Data have joined forces. They have also signed a partnership with Kestrel Labs.'),
    ).toEqual(
      expect.arrayContaining(['kestrel-labs partner-of orvalis-systems', 'kestrel-labs partner-of nerva-data']),
    );
    expect(
      fr(
        'Kerlan Data et Dunev Systèmes ont annoncé une alliance. Elles ont également noué un partenariat avec Clinéa Santé.',
      ),
    ).toEqual(
      expect.arrayContaining(['clinea-sante partner-of kerlan-data', 'clinea-sante partner-of dunev-systemes']),
    );
  });

  it('stands for nobody after a single subject, or as "Ils sont nombreux"', () => {
    expect(en('Orvalis Systems signed with Nerva Data. They have also partnered with Kestrel Labs.')).not.toContain(
      'kestrel-labs partner-of nerva-data',
    );
    expect(
      fr('Kerlan Data et Dunev Systèmes ont annoncé une alliance. Ils sont nombreux à avoir rejoint Numeum.'),
    ).not.toContain('kerlan-data member-of numeum');
  });
});

describe('traps the round found beside', () => {
  it('names no offer, rival or host that is a place', () => {
    expect(
      fr('Orvane Cloud a noué un partenariat avec le groupe Marval pour distribuer ses offres en Allemagne.'),
    ).not.toContain('allemagne brand-of marval');
    expect(en('Vexa Health competes with Harbor Care, which hosts its data with a US hyperscaler.')).not.toContain(
      'vexa-health hosted-by us',
    );
  });

  it('reads the backing of a fund with its adjective after as money', () => {
    expect(fr('Kerlan Data, créée en 2017, est soutenue par le fonds régional Ouest Capital.')).toContain(
      'ouest-capital funds kerlan-data',
    );
  });

  it('reads a purchase studied as no purchase', () => {
    expect(
      fr("Le groupe Selvane étudie le rachat de l'éditeur Tidal Logiciel, selon plusieurs sources."),
    ).not.toContain('selvane acquired tidal-logiciel');
    expect(en('Selvane Group is weighing a takeover of Tidal Software, people familiar said.')).not.toContain(
      'selvane-group acquired tidal-software',
    );
  });
});

describe('which antecedent, of two candidates', () => {
  it('"Il"/"Elle" agree with the gender the last description gave the subject', () => {
    const text =
      'Le groupe Nuvo et la société Tessel Systèmes ont annoncé la création de Nutess. Le groupe Nuvo détiendra 60 % de la coentreprise. Elle sera dirigée par Eva Janssens.';
    expect(fr(text)).not.toContain('eva-janssens leads nuvo');
    // ("l'hébergeur Nubéo…, la société… elle": the last description counts)
    const p = fr(
      "L'hébergeur Kestrane Cloud a été fondé à Roubaix. La société Kestrane Cloud a grandi vite. Elle a racheté la start-up Pinsec en 2021.",
    );
    expect(p).toContain('kestrane-cloud acquired pinsec');
  });

  it('"The new company", "la nouvelle société" is not the subject before', () => {
    const text =
      'Nuvo Group and Tessel Systems will combine their cloud units into Nutess. Nuvo Group will own 60% of the joint venture. The new company will be led by Eva Janssens.';
    expect(en(text)).not.toContain('eva-janssens leads nuvo-group');
  });

  it('"The firm" after a sentence opening on another description is not that sentence\'s object', () => {
    const p = en(
      'The trust chose Fennec Data. The Bristol start-up beat the US giant Cobalt Systems to the contract. The firm, founded in 2020 by Ada Price, is backed by Marlow Ventures.',
    );
    expect(p).not.toContain('ada-price founded cobalt-systems');
    expect(p).not.toContain('marlow-ventures funds cobalt-systems');
  });

  it('a singular pronoun or description is none of a coordinated subject', () => {
    expect(
      fr(
        "Nubo Cloud et Stellio ont été fondées en 2018. Sanctionnée en juin 2022 par l'Anssi pour des manquements, la start-up a perdu ses clients.",
      ),
    ).not.toContain('anssi regulates nubo-cloud');
    expect(en('Orvalis Systems and Nerva Data have joined forces. It has also acquired Kestrel Labs.')).not.toContain(
      'orvalis-systems acquired kestrel-labs',
    );
  });
});

describe('money and stakes told of the subject before', () => {
  it('reads "backed by the venture capital firm X" as funding', () => {
    expect(
      en(
        'Fennec Data won the contract. The firm, founded in 2020, is backed by the venture capital firm Marlow Ventures.',
      ),
    ).toContain('marlow-ventures funds fennec-data');
  });

  it('reads "owns 40% of the capital" of the article\'s company, a person holding it too', () => {
    expect(
      en('Quarto Cloud posted a record year. Quarto Cloud hires. Its founder Pieter Maas owns 40% of the capital.'),
    ).toContain('pieter-maas owns quarto-cloud');
    expect(
      en('Quarto Cloud posted a record year. Quarto Cloud hires. Pieter Maas sold 40% of the capital.'),
    ).not.toContain('pieter-maas owns quarto-cloud');
  });
});

describe('a deal told in two sentences', () => {
  const LEAD = { fr: 'Le marché a bougé cette semaine. ', en: 'Markets moved this week. ' };
  it('names the partner in the sentence after the partnership', () => {
    expect(
      fr(
        `${LEAD.fr}Orvane Cloud a annoncé mardi un nouveau partenariat. L'accord, signé avec Nerva Data, porte sur trois ans.`,
      ),
    ).toContain('nerva-data partner-of orvane-cloud');
    expect(
      fr(
        `${LEAD.fr}Orvane Cloud a noué un partenariat stratégique. Celui-ci associe l'hébergeur à la start-up Nerva Data.`,
      ),
    ).toContain('nerva-data partner-of orvane-cloud');
    expect(
      en(
        `${LEAD.en}Orvalis Systems announced a new partnership on Tuesday. The agreement, signed with Nerva Data, runs for three years.`,
      ),
    ).toContain('nerva-data partner-of orvalis-systems');
    expect(
      en(`${LEAD.en}Orvalis Systems has struck a strategic alliance. The deal with Nerva Data covers 40 sites.`),
    ).toContain('nerva-data partner-of orvalis-systems');
  });

  it('names the company bought in the sentence after the acquisition', () => {
    expect(
      en(
        `${LEAD.en}Orvalis Systems announced an acquisition on Tuesday. The target, Nerva Data, is a Nantes start-up.`,
      ),
    ).toContain('orvalis-systems acquired nerva-data');
    expect(
      fr(`${LEAD.fr}Orvane Cloud a annoncé mardi une acquisition. La cible, Nerva Data, est une start-up nantaise.`),
    ).toContain('orvane-cloud acquired nerva-data');
  });

  it('not after a deal denied, planned or supposed, nor a sentence later', () => {
    expect(
      fr(`${LEAD.fr}Orvane Cloud n'a pas signé de partenariat. L'accord avec Nerva Data a été abandonné.`),
    ).not.toContain('nerva-data partner-of orvane-cloud');
    expect(
      en(`${LEAD.en}Orvalis Systems plans to announce an acquisition. The target, Nerva Data, is a Nantes start-up.`),
    ).not.toContain('orvalis-systems acquired nerva-data');
    expect(
      en(`${LEAD.en}Orvalis Systems could sign a partnership. The deal with Nerva Data would cover 40 sites.`),
    ).not.toContain('nerva-data partner-of orvalis-systems');
    expect(
      en(`${LEAD.en}Orvalis Systems has struck an alliance. Prices rose. The deal with Nerva Data covers 40 sites.`),
    ).not.toContain('nerva-data partner-of orvalis-systems');
  });
});

describe('within the sentence: constructions round 4 did not read', () => {
  const LEAD = { fr: 'Les analystes suivent la banque Harbor. ', en: 'Analysts watched Harbor Bank. ' };
  it('reads a title after a copula: "X, 44, is Y\'s CEO", "X est le PDG de Y"', () => {
    expect(en(`${LEAD.en}Anna Berg, 44, is Ravelstone Data's CEO; Lars Mik runs engineering.`)).toContain(
      'anna-berg leads ravelstone-data',
    );
    expect(en(`${LEAD.en}Anna Berg is a former Ravelstone Data engineer.`)).not.toContain(
      'anna-berg leads ravelstone-data',
    );
  });

  it('reads a customer signed: "signed X as an anchor customer", "a signé X comme premier client"', () => {
    expect(
      en(`${LEAD.en}Ravelstone Data signed German carmaker Brennecke Auto as an anchor customer in January.`),
    ).toContain('brennecke-auto customer-of ravelstone-data');
    expect(
      fr(`${LEAD.fr}Ravelstone Data a signé le constructeur Brennecke Auto comme premier client en janvier.`),
    ).toContain('brennecke-auto customer-of ravelstone-data');
    expect(en(`${LEAD.en}Ravelstone Data signed Brennecke Auto's chief executive as an adviser.`)).not.toContain(
      'brennecke-auto customer-of ravelstone-data',
    );
  });

  it('reads years spent at a company as work there, a pronoun after an adverbial too', () => {
    expect(
      en('Anna Berg founded Ravelstone Data in 2020. Before that, she spent nine years at Google Cloud.'),
    ).toContain('anna-berg works-for google-cloud');
    expect(
      fr('Anna Berg a fondé Ravelstone Data en 2020. Auparavant, elle a passé dix ans chez Google Cloud.'),
    ).toContain('anna-berg works-for google-cloud');
    expect(en(`${LEAD.en}Anna Berg spent three days at Google Cloud's campus.`)).not.toContain(
      'anna-berg works-for google-cloud',
    );
  });

  it('reads "appartient depuis 2020 au groupe Y" as ownership', () => {
    expect(fr('Orvane Cloud a grandi vite. Elle appartient depuis 2020 au groupe Marval.')).toContain(
      'marval owns orvane-cloud',
    );
  });
});

describe('a founder told by a pronoun in an apposition', () => {
  it('is the person the sentences before opened on, or named before in the sentence; "with X" founded too', () => {
    const p = en(
      'Anna Berg has heard every objection. "We proved them wrong." On Tuesday, Ravelstone Data, the Oslo-based company she cofounded in 2020 with former Equinor engineer Lars Mik, announced a round.',
    );
    expect(p).toEqual(
      expect.arrayContaining(['anna-berg founded ravelstone-data', 'lars-mik founded ravelstone-data']),
    );
    expect(
      fr(
        "Hugues Ravel n'aime pas les superlatifs. Le financement est un record pour le groupe Marlaguet, l'opérateur de centres de données qu'il a fondé en 2009.",
      ),
    ).toContain('hugues-ravel founded marlaguet');
  });

  it('not with nobody to stand for, nor a negation', () => {
    expect(
      en('Markets moved. Prices rose. Rates fell. Costs rose. Ravelstone Data, the company she founded, grew.'),
    ).not.toEqual(expect.arrayContaining([expect.stringMatching(/founded ravelstone-data$/u)]));
    expect(
      en('Anna Berg has heard every objection. Ravelstone Data, the company she never founded, grew.'),
    ).not.toContain('anna-berg founded ravelstone-data');
  });
});

describe('a generic subject of a reported clause', () => {
  it('is the article\'s company: "Kane said the company had chosen X", "Selon X, l\'entreprise a choisi Y"', () => {
    expect(
      en(
        'The startup Orvalis Systems raised money in June. Maria Kane, who founded Orvalis Systems in 2019, is pleased. Kane said the company had also chosen Nerva Data as a supplier.',
      ),
    ).toContain('orvalis-systems customer-of nerva-data');
    expect(
      fr(
        "La start-up Orvane Cloud a levé des fonds en juin. Orvane Cloud recrute. Selon Paul Picard, l'entreprise a choisi Nerva Data pour héberger ses serveurs.",
      ),
    ).toContain('orvane-cloud customer-of nerva-data');
  });

  it('is nobody with no company named most', () => {
    expect(en('Analysts met Nerva Data. Kane said the company had chosen Kestrel Labs.')).not.toContain(
      'nerva-data customer-of kestrel-labs',
    );
  });
});

describe('a list of customers opening on an unnamed item', () => {
  it('reads the named item after "and the insurer", "et la banque"', () => {
    expect(
      en(
        "Quarto Cloud posted a record year. Quarto Cloud's customers include the Dutch tax office and the insurer Veldhuis.",
      ),
    ).toContain('veldhuis customer-of quarto-cloud');
    expect(
      fr(
        'Quartane Cloud a publié ses comptes. Les clients de Quartane Cloud incluent des mutuelles et la banque Veldane.',
      ),
    ).toContain('veldane customer-of quartane-cloud');
  });

  it('not a name past the list', () => {
    expect(
      en(
        "Quarto Cloud posted a record year. Quarto Cloud's customers include banks and insurers, according to Veldhuis Bank.",
      ),
    ).not.toContain('veldhuis-bank customer-of quarto-cloud');
  });
});

describe('the head of "la société" and a possessive in doubt', () => {
  it('reads "la présidente-directrice générale de la société" as the article\'s company\'s head', () => {
    expect(
      fr(
        "La PME Calvaert Hosting a gagné un contrat. Calvaert Hosting recrute. Pour Odile Tramecourt, la présidente-directrice générale de la société, l'enjeu dépasse la facture.",
      ),
    ).toContain('odile-tramecourt leads calvaert-hosting');
  });

  it('gives a possessive title no owner after a sentence naming another organisation and no subject', () => {
    const p = fr(
      'La société Sarvent Data a racheté la mutuelle Garonne Santé. Certifié, le centre accueille les données de la mutuelle Garonne Santé, cliente de Sarvent Data depuis 2022. « Nous voulions rester en Gironde », explique sa directrice générale, Anne Pédelabat.',
    );
    expect(p).not.toContain('anne-pedelabat leads sarvent-data');
  });
});

describe('a subject in apposition to a comma, not coordinated', () => {
  it('lets a singular pronoun take a subject whose apposition names another organisation', () => {
    expect(
      en(
        'Orvalis Systems, Nerva Data’s hosting service, will close in June. Launched in 2019, it has since acquired Kestrel Labs.',
      ),
    ).toContain('orvalis-systems acquired kestrel-labs');
    expect(
      fr(
        'Orvane Cloud, le service d’hébergement de Nerva Data, fermera en juin. Lancé en 2019, il a depuis racheté Kestrel Labs.',
      ),
    ).toContain('orvane-cloud acquired kestrel-labs');
  });

  it('still takes no single one of a list closed by "and"/"et"', () => {
    expect(
      en('Orvalis Systems, Nerva Data and Tessel Cloud will close in June. It has since acquired Kestrel Labs.'),
    ).not.toContain('orvalis-systems acquired kestrel-labs');
    expect(
      fr('Orvane Cloud, Nerva Data et Tessel Cloud fermeront en juin. Elle a depuis racheté Kestrel Labs.'),
    ).not.toContain('orvane-cloud acquired kestrel-labs');
  });
});

describe('review of round 5: look-alikes that must not give the record', () => {
  it('gives a possessive title inside no owner when a noun phrase of its clause may own it', () => {
    expect(
      en(
        'Orvalis Systems won a hospital contract in June. The deal was signed by the hospital and its chief executive, Paul Martin.',
      ),
    ).not.toContain('paul-martin leads orvalis-systems');
    expect(
      fr(
        'Orvane Cloud a remporté un contrat en juin. La région a salué le projet, par la voix de sa présidente, Anne Roy.',
      ),
    ).not.toContain('anne-roy leads orvane-cloud');
  });

  it('takes up no deal the first sentence does not make', () => {
    expect(
      en(
        'Markets moved this week. Orvalis Systems said the acquisition talks had ended. The target, Nerva Data, will stay independent.',
      ),
    ).not.toContain('orvalis-systems acquired nerva-data');
    expect(
      fr('Le marché a bougé. Orvane Cloud a refusé un accord. L’accord avec Nerva Data a été jugé trop cher.'),
    ).not.toContain('nerva-data partner-of orvane-cloud');
  });

  it("reads no head after a copula from another person's title or a past one", () => {
    expect(
      fr('Les analystes suivent la banque Harbor. Anna Berg est la fille du PDG de Ravelstone Data.'),
    ).not.toContain('anna-berg leads ravelstone-data');
    expect(en('Analysts watched Harbor Bank. Anna Berg was Ravelstone Data’s CEO until 2019.')).not.toContain(
      'anna-berg leads ravelstone-data',
    );
  });

  it('gives a reported subject no company when the speaker is of another one', () => {
    const lead = 'The startup Orvalis Systems raised money in June. Orvalis Systems hires. ';
    expect(
      en(`${lead}Nerva Data's chief executive said the company had chosen Tessel Cloud as a supplier.`),
    ).not.toContain('orvalis-systems customer-of tessel-cloud');
    expect(en(`${lead}A spokesman for Nerva Data said the company had chosen Tessel Cloud.`)).not.toContain(
      'orvalis-systems customer-of tessel-cloud',
    );
  });

  it('reads no stake in the company raising from a holder of another one', () => {
    expect(en('Orvalis Systems raised $5m from Nerva Capital, an existing investor in Kestrel Labs.')).not.toContain(
      'nerva-capital owns orvalis-systems',
    );
    expect(
      fr("Orvane Cloud a levé 5 millions d'euros auprès de Nerva Capital, actionnaire historique de Kestrel Data."),
    ).not.toContain('nerva-capital owns orvane-cloud');
  });
});

describe('years spent at a company, not in an idiom', () => {
  it('reads no employer in "at war with", and the helm as leading', () => {
    expect(en('News from Ravelstone Data. Anna Berg spent 20 years at war with Google Cloud.')).not.toContain(
      'anna-berg works-for google-cloud',
    );
    const helm = en('News from Ravelstone Data. Anna Berg spent five years at the helm of Google Cloud.');
    expect(helm).toContain('anna-berg leads google-cloud');
    expect(helm).not.toContain('anna-berg works-for google-cloud');
    expect(en('News from Ravelstone Data. Anna Berg spent nine years at Google Cloud.')).toContain(
      'anna-berg works-for google-cloud',
    );
  });
});
