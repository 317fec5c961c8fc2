import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { readWithRules, relations } from './testing/readings.ts';

/**
 * Places, hosting and certification, eighth round (docs/proposals/places-8.md): a site named as another's, work run
 * on another's machines, and the look-alikes that placed the wrong actor (a fund's seat after "dont", a possessive
 * before a headline's verb, a name inside an opening adjunct). Every article is invented.
 */

const PUBLISHED: FuzzyDate = { value: '2026-03-10', precision: 'day' };
const fr = (text: string) => readWithRules(text, 'fr', PUBLISHED);
const en = (text: string) => readWithRules(text, 'en', PUBLISHED);

describe("a site named as another's: the owner is where the site is, the subject that runs there is its tenant", () => {
  it('reads "tourne dans les centres de données de X, à P et à Q", not a plan or a visit', () => {
    const p = fr(
      [
        "Gravier Logiciels lève 9 millions d'euros",
        "L'éditeur Gravier Logiciels a bouclé un tour de table de 9 millions d'euros. Sa suite bureautique tourne entièrement dans les centres de données de Scaleway, à Roubaix et à Vitry-sur-Seine.",
        "Le mois dernier, Gravier Logiciels a visité les centres de données d'OVHcloud, à Roubaix, sans rien signer. L'éditeur va basculer ses archives sur les serveurs d'OVHcloud l'an prochain.",
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'gravier-logiciels hosted-by scaleway',
        'scaleway located-in roubaix',
        'scaleway located-in vitry-sur-seine',
      ]),
    );
    // (the tenant is not where its host's sites are; a visit and a plan host nothing)
    expect(relations(p)).not.toContain('gravier-logiciels located-in roubaix');
    expect(relations(p)).not.toContain('gravier-logiciels located-in vitry-sur-seine');
    expect(relations(p)).not.toContain('gravier-logiciels hosted-by ovhcloud');
  });

  it('reads "stores its copies in X data centres in P", and "the P region" is not P', () => {
    const p = en(
      [
        'Osier Backup adds a second region',
        "Osier Backup stores its customers' copies in Scaleway data centres in Paris and in the Lyon region, the company said on Monday.",
        'Osier Backup was founded in 2019 and employs 40 people.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['osier-backup hosted-by scaleway', 'scaleway located-in paris']),
    );
    expect(relations(p)).not.toContain('osier-backup located-in paris');
    expect(relations(p)).not.toContain('scaleway located-in lyon');
  });

  it('places the fund, not the company it owns, at "X appartient à un fonds, dont le siège est à P"', () => {
    const p = fr(
      [
        'Meunier Paie vend des logiciels de bulletins de salaire aux artisans.',
        "Meunier Paie appartient depuis l'été dernier à un fonds d'investissement, dont le siège est à Lausanne.",
        'Le fonds Grésil Partenaires, basé à Lausanne, investit dans une dizaine de petits éditeurs.',
      ].join('\n\n'),
    );
    expect(relations(p)).toContain('gresil-partenaires located-in lausanne');
    expect(relations(p)).not.toContain('meunier-paie located-in lausanne');
  });
});

describe("work run on another's machines: hosted by their owner", () => {
  it('reads "which trains its models on X\'s clusters", "runs … on X\'s machines", "whose data sits on X\'s machines"', () => {
    const p = en(
      [
        'Halden Compute raises $80m',
        'Halden Compute, a GPU cloud, said on Tuesday it had raised $80m. Customers include Brisk Robotics, a Lyon startup which trains its vision models on Halden Compute’s clusters, and the lender Corvid Bank.',
        'The carmaker Stellan Motors, which runs crash simulations on Halden Compute’s machines, renewed its contract. The insurer Mutuelle Pivoine, whose claims data already sits on Halden Compute’s machines, is another client.',
        'Rival Kettle AI does not run on Halden Compute’s servers, and Pollen Labs plans to move its workloads onto Halden Compute’s cloud next year.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining([
        'brisk-robotics hosted-by halden-compute',
        'stellan-motors hosted-by halden-compute',
        'mutuelle-pivoine hosted-by halden-compute',
      ]),
    );
    // (a customer the relative does not speak of, a negation, a plan)
    expect(relations(p)).not.toContain('corvid-bank hosted-by halden-compute');
    expect(relations(p)).not.toContain('kettle-ai hosted-by halden-compute');
    expect(relations(p)).not.toContain('pollen-labs hosted-by halden-compute');
  });

  it('reads "tourne sur l\'infrastructure de X", "a basculé ses sauvegardes sur les serveurs d\'X"', () => {
    const p = fr(
      [
        'Alisier Sauvegarde séduit les cliniques',
        "Alisier Sauvegarde protège les données de 300 PME. Le groupe de cliniques Sorbier a basculé l'an dernier ses sauvegardes sur les serveurs d'Alisier Sauvegarde.",
        "Le distributeur Maison Viorne, qui compte 200 magasins, tourne déjà sur l'infrastructure de Scaleway. Le transporteur Cassier ne tourne pas sur les serveurs d'Alisier Sauvegarde, et la mutuelle Aubépine pourrait migrer ses données vers les serveurs d'Alisier Sauvegarde.",
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['sorbier hosted-by alisier-sauvegarde', 'maison-viorne hosted-by scaleway']),
    );
    expect(relations(p)).not.toContain('cassier hosted-by alisier-sauvegarde');
    expect(relations(p)).not.toContain('aubepine hosted-by alisier-sauvegarde');
  });
});

describe('look-alikes that placed the wrong actor', () => {
  it('places no name after a possessive\'s headline verb ("France\'s agency picks X")', () => {
    const p = en(
      [
        "Germany's digital ministry taps startup Ferrule Systems for audits",
        'Germany’s digital ministry picked Ferrule Systems on Monday. The firm says the American CLOUD Act does not bind it.',
        'Spain’s Telvanta Cloud, which also bid, lost.',
      ].join('\n\n'),
    );
    expect(relations(p)).toContain('telvanta-cloud located-in spain');
    expect(relations(p)).not.toContain('ferrule-systems located-in germany');
  });

  it("reads a demonym after an opening adjunct as the main subject's, not the adjunct's name", () => {
    const p = fr(
      [
        'Face à Amazon, une petite société nantaise gagne des contrats hospitaliers.',
        'Rachetée par le groupe Saule en 2022, la PME rennaise Frêne Cyber recrute 30 ingénieurs.',
        'Le contrat a été remporté par Charme Data, une société lilloise.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['frene-cyber located-in rennes', 'charme-data located-in lille']),
    );
    expect(relations(p)).not.toContain('amazon located-in nantes');
    expect(relations(p)).not.toContain('saule located-in rennes');
  });
});

describe('a participle that places the name an apposition or an opening clause belongs to', () => {
  it('reads "X, spécialiste … installé à P" and "Fondée en 2018 et basée à P, la société X", not a person', () => {
    const p = fr(
      [
        "Sureau Data lève 4 millions d'euros",
        "Sureau Data, spécialiste de la sauvegarde installé à Quimper, a levé 4 millions d'euros. Le tour est mené par Aulne Capital, un fonds qui travaille avec la banque Merisier basée à Brest.",
        'Fondée en 2018 et basée à Vannes, la société Bourdaine Cyber recrute. Le consultant Paul Alisier, basé à Lorient, conseille Sureau Data.',
      ].join('\n\n'),
    );
    expect(relations(p)).toEqual(
      expect.arrayContaining(['sureau-data located-in quimper', 'bourdaine-cyber located-in vannes']),
    );
    // (the fund's relative speaks of the bank; a consultant's city is no company's)
    expect(relations(p)).not.toContain('aulne-capital located-in brest');
    expect(relations(p)).not.toContain('sureau-data located-in lorient');
    expect(relations(p)).not.toContain('sureau-data located-in brest');
  });

  it('reads "Founded in 2020 and headquartered in P, X", not a plan nor a person\'s city', () => {
    const p = en(
      [
        'Founded in 2020 and headquartered in Ghent, Walnut Cloud has 50 staff.',
        'Its chief executive Mia Hazel, based in London, said the firm might be headquartered in Brussels by 2028.',
      ].join('\n\n'),
    );
    expect(relations(p)).toContain('walnut-cloud located-in ghent');
    expect(relations(p)).not.toContain('walnut-cloud located-in london');
    expect(relations(p)).not.toContain('walnut-cloud located-in brussels');
  });
});

describe('a site supposed is no place', () => {
  it.each<['fr' | 'en', string]>([
    ['fr', 'Si Ostrel Data avait ouvert un site à Lyon en 2019, Thales aurait suivi.'],
    ['en', 'If Ostrel Data had opened a site in Lyon in 2019, Thales would have followed.'],
  ])('reads no place under a condition (%s): %s', (language, text) => {
    expect(relations(readWithRules(text, language))).not.toContain('ostrel-data located-in lyon');
  });

  it('still places a site opened', () => {
    const p = readWithRules('Ostrel Data a ouvert un site à Lyon en 2019.', 'fr');
    expect(relations(p)).toContain('ostrel-data located-in lyon');
  });
});
