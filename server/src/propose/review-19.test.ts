import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { propose } from './propose.ts';
import { actorsOnly, fixtureActors, frenchState, inlineDocument } from './testing/fixture-kb.ts';
import { actors, fundingLine, moneyMentions, readWithRules, RULES_ONLY } from './testing/readings.ts';

/**
 * Review of the nineteenth round (issue #13): look-alikes its rules read wrongly. The local press's letters before a
 * number ("R", "RM", "SR") and the names that are also words ("won", "rand") are money without a multiplier only
 * when the thousands are grouped ("R 1,500", "5,000 won"), not a model's number or a year ("the BMW R 1250", "its RM
 * 1200 sensor", "which in 2021 won the award"); a country's word that is a given name or a firm's first word ("its
 * founder Sydney Chen", "Wellington Management", "Maurice Dupont") places no text in that country; the French
 * press's plain "dollars" are American or Canadian, never Singapore's for a firm opening an office there; the names
 * the readings anchor ("rands", "wons") are read after "de"; "dans la Région wallonne" is a place, no actor; a world
 * city that is a common given name ("actress Sydney Sweeney", "Adelaide Kane", "Malte Berger") still opens a
 * person's name; a public body's head in a name ("Department of …") does not outrank an apposition naming a company;
 * a day's name after "the Government" or "the State" ("the French Government Tuesday granted…") opens no other name,
 * nor does an article opening a sentence before it ("Le Gouvernement a accordé…", "The Government has lent…") or, in
 * French, a capitalised adjective after it ("le Gouvernement Français").
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const money = (language: 'fr' | 'en', text: string) => moneyMentions(text, language, PUBLISHED);
const withCurrency = (language: 'fr' | 'en', text: string) =>
  readWithRules(text, language, PUBLISHED).fundings.map(fundingLine).sort();

const CORVANE_FR = 'Corvane Data accélère. La société Corvane Data emploie 40 personnes.';
const PELLWORTH_EN = 'Pellworth Labs is growing. The company Pellworth Labs employs 40 people.';

describe('the local press’s letters before a number', () => {
  it('are no money before a model’s number', () => {
    expect(
      money('en', 'The BMW R 1250 GS, its RM 1200 sensor, the SR 2000 and QR 2000 scanners, the Bt 1500 router.'),
    ).toEqual([]);
    expect(money('fr', 'La BMW R 1250 GS et le capteur RM 1200 de la société.')).toEqual([]);
    expect(
      withCurrency(
        'en',
        `${PELLWORTH_EN} Pellworth Labs has raised £3m from Octopus Ventures to build its RM 1200 sensor.`,
      ),
    ).toEqual(['octopus-ventures -> pellworth-labs 3000000 GBP invested']);
  });

  it('are no money after a year, nor are the names that are also words', () => {
    expect(
      money(
        'en',
        'The startup, which in 2021 won the Tech Nation award, raised £3m. A 2023 RAND report agreed; in 2022 Dong Energy rebranded.',
      ),
    ).toEqual(['£3m 3000000 GBP']);
    expect(money('en', 'It paid ₩1500, 5,000 won, 12,000 rand and 3 billion won.')).toEqual([
      '₩1500 1500 KRW',
      '5,000 won 5000 KRW',
      '12,000 rand 12000 ZAR',
      '3 billion won 3000000000 KRW',
    ]);
  });

  it('are still money with a multiplier or grouped thousands', () => {
    expect(money('en', 'R 1,500 of revenue, Rs 1,234.50 a share, RM50m, R180m, SEK 4,500.')).toEqual([
      'R 1,500 1500 ZAR',
      'Rs 1,234.50 1234.5 INR',
      'RM50m 50000000 MYR',
      'R180m 180000000 ZAR',
      'SEK 4,500 4500 SEK',
    ]);
  });
});

describe('a shared currency’s country', () => {
  it('is not told by a given name or a firm’s first word', () => {
    expect(
      money(
        'en',
        'Pellworth raised $40m in a round led by Wellington Management. Its founder, Sydney Chen, and chief executive Adelaide Brown said so.',
      ),
    ).toEqual(['$40m 40000000 USD']);
    expect(
      money('fr', 'Corvane a signé un contrat de 20 millions de roupies. Son PDG, Maurice Dupont, est ravi.'),
    ).toEqual(['20 millions de roupies 20000000 INR']);
  });

  it('is still told by the city and the firm’s home', () => {
    expect(money('en', 'Sydney-based Pellworth raised $40m; its founder Sydney Chen lives in Sydney.')).toEqual([
      '$40m 40000000 AUD',
    ]);
    expect(money('fr', 'Corvane, basée à Maurice, a levé 20 millions de roupies. Maurice Lévy y a investi.')).toEqual([
      '20 millions de roupies 20000000 MUR',
    ]);
  });

  it('of plain dollars in French is the United States or Canada', () => {
    expect(
      withCurrency(
        'fr',
        `${CORVANE_FR} Corvane Data, qui ouvre un bureau à Singapour et à Hong Kong, a levé 10 millions de dollars auprès de Kima Ventures.`,
      ),
    ).toEqual(['kima-ventures -> corvane-data 10000000 USD invested']);
    expect(money('fr', 'La start-up de Montréal a levé 10 millions de dollars et ouvre à Sydney.')).toEqual([
      '10 millions de dollars 10000000 CAD',
    ]);
    expect(
      money('fr', 'Elle a levé 10 millions de dollars australiens et 3 millions de dollars singapouriens.'),
    ).toEqual(['10 millions de dollars australiens 10000000 AUD', '3 millions de dollars singapouriens 3000000 SGD']);
  });
});

describe('a currency’s name after "de"', () => {
  it('is read as the name alone', () => {
    expect(money('fr', 'Elle a levé 4 millions de rands, puis 3 milliards de wons.')).toEqual([
      '4 millions de rands 4000000 ZAR',
      '3 milliards de wons 3000000000 KRW',
    ]);
  });
});

describe('a Belgian region', () => {
  it('is no actor as the place a firm settles in', () => {
    expect(
      actors(
        readWithRules(
          `${CORVANE_FR} Corvane Data s'installe dans la Région wallonne, où elle a reçu 500 000 euros de Wallonie Entreprendre.`,
          'fr',
          PUBLISHED,
        ),
      ),
    ).not.toContain('region-wallonne public-body');
    expect(
      withCurrency('fr', `${CORVANE_FR} Corvane Data a reçu une subvention de 500 000 euros de la Région flamande.`),
    ).toEqual(['region-flamande -> corvane-data 500000 EUR pledged']);
  });
});

describe('a world city that is a common given name', () => {
  it('still opens a person’s name', () => {
    expect(
      actors(readWithRules(`${PELLWORTH_EN} Actress Sydney Sweeney praised Pellworth Labs.`, 'en', PUBLISHED)),
    ).toContain('sydney-sweeney person');
    expect(
      actors(
        readWithRules(
          `${CORVANE_FR} L'investisseuse Adelaide Kane a parlé de Corvane Data. Malte Berger, son fondateur, est ravi.`,
          'fr',
          PUBLISHED,
        ),
      ),
    ).toEqual(expect.arrayContaining(['adelaide-kane person', 'malte-berger person']));
  });

  it('is still a place', () => {
    expect(
      actors(readWithRules(`${PELLWORTH_EN} Pellworth Labs opened offices in Sydney and Adelaide.`, 'en', PUBLISHED)),
    ).toEqual(expect.arrayContaining(['sydney place', 'adelaide place']));
  });
});

describe('a public body’s head in a name', () => {
  it('does not outrank an apposition naming a company', () => {
    expect(
      actors(
        readWithRules(
          `${PELLWORTH_EN} Pellworth Labs was acquired by Department of Product, a design consultancy.`,
          'en',
          PUBLISHED,
        ),
      ),
    ).toContain('department-of-product company');
    expect(
      actors(
        readWithRules(
          `${PELLWORTH_EN} Pellworth Labs signed with the Digital Services Directorate and the State Information Technology Agency.`,
          'en',
          PUBLISHED,
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'digital-services-directorate public-body',
        'state-information-technology-agency public-body',
      ]),
    );
  });
});

describe('"the Government", "the State" before a capitalised word', () => {
  const withState = (text: string, language: 'fr' | 'en' = 'en') =>
    propose(actorsOnly([...fixtureActors, frenchState]), [inlineDocument(text, language, PUBLISHED)], RULES_ONLY)
      .fundings.map((f) => `${f.from ?? f.funders?.join('+') ?? '-'} -> ${f.to} ${f.amount} ${f.kind}`)
      .sort();

  it('is still the French State before a day’s name', () => {
    expect(withState(`${PELLWORTH_EN} The French Government Tuesday granted Pellworth Labs €2m.`)).toEqual([
      'french-state -> pellworth-labs 2000000 pledged',
    ]);
    expect(withState(`${PELLWORTH_EN} In France, the State Monday agreed to lend Pellworth Labs €2m.`)).toEqual([
      'french-state -> pellworth-labs 2000000 pledged',
    ]);
  });

  it('is still the French State after an article opening a sentence, and before a French capitalised adjective', () => {
    expect(withState(`${CORVANE_FR} Le Gouvernement a accordé 3 millions d'euros à Corvane Data.`, 'fr')).toEqual([
      'french-state -> corvane-data 3000000 pledged',
    ]);
    expect(
      withState(`${CORVANE_FR} Le Gouvernement Français a accordé 3 millions d'euros à Corvane Data.`, 'fr'),
    ).toEqual(['french-state -> corvane-data 3000000 pledged']);
    expect(withState(`${PELLWORTH_EN} France's plan moves on. The Government has lent Pellworth Labs €2m.`)).toEqual([
      'french-state -> pellworth-labs 2000000 pledged',
    ]);
  });

  it('still opens another name', () => {
    expect(withState(`${PELLWORTH_EN} In France, the State Bank of India lent Pellworth Labs €2m.`)).toEqual([
      'state-bank-of-india -> pellworth-labs 2000000 pledged',
    ]);
    expect(withState(`${PELLWORTH_EN} In France, the Western Cape Government lent Pellworth Labs €2m.`)).toEqual([
      'western-cape-government -> pellworth-labs 2000000 pledged',
    ]);
  });
});
