import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import { extractMoney } from '../ingest/extract/money.ts';
import { fundings, readWithRules } from './testing/readings.ts';

/**
 * Review of the eleventh round of rules (issue #13): look-alikes, invented in both languages, that its new rules read
 * wrongly — a verb of leading or following with no object that leads or follows something else, customers who subscribe
 * to an offer, a loan reworked rather than lent, a plain dollar in an American text that mentions Canada.
 */
const PUBLISHED: FuzzyDate = { value: '2026-05-01', precision: 'day' };
const fr = (text: string) => fundings(readWithRules(text, 'fr', PUBLISHED));
const en = (text: string) => fundings(readWithRules(text, 'en', PUBLISHED));

describe("a verb of leading or following with no object after a round, that is not the round's", () => {
  const RAISED_FR = "La start-up Quillon Data héberge des serveurs à Annecy. Quillon Data a levé 20 millions d'euros.";
  const RAISED_EN = 'The start-up Quillon Data hosts servers in Derby. Quillon Data has raised €20 million.';
  const ROUND_FR = ['- -> quillon-data 20000000 invested'];
  const ROUND_EN = ['- -> quillon-data 20000000 invested'];

  it('reads no payer in a rival that follows with something else, or leads a market', () => {
    expect(fr(`${RAISED_FR} Son concurrent Brisval Hosting suit, avec une offre semblable à Grenoble.`)).toEqual(
      ROUND_FR,
    );
    expect(fr(`${RAISED_FR} Sur le marché savoyard, Brisval Hosting en prend la tête.`)).toEqual(ROUND_FR);
    expect(en(`${RAISED_EN} Brisval Hosting followed, opening its own hall in Hull.`)).toEqual(ROUND_EN);
    expect(en(`${RAISED_EN} In the Midlands market, Brisval Hosting took the lead last year.`)).toEqual(ROUND_EN);
    expect(en(`${RAISED_EN} Its rival Brisval Hosting led, with a third of the market.`)).toEqual(ROUND_EN);
  });

  it('reads no payer in a round\'s sentence whose other clause leads a market ("alors que X prend la tête du marché")', () => {
    expect(
      fr(
        "Quillon Data a levé 20 millions d'euros auprès de Tarnis Capital, alors que Brisval Hosting prend la tête du marché.",
      ),
    ).toEqual(['tarnis-capital -> quillon-data 20000000 invested']);
    // (still read: the round's own noun after "prend la tête")
    expect(fr("Quillon Data a levé 20 millions d'euros ; Tarnis Capital prend la tête du tour.")).toEqual([
      'tarnis-capital -> quillon-data 20000000 invested',
    ]);
  });

  it('reads no payer in customers who subscribed to an offer ("ont également souscrit à son offre")', () => {
    expect(
      fr(
        `${RAISED_FR} Deux clients, Brisval Hosting et Marlon Assurances, ont également souscrit à son offre de stockage.`,
      ),
    ).toEqual(ROUND_FR);
    expect(
      en(`${RAISED_EN} Two customers, Brisval Hosting and Marlon Insurance, followed, signing up for its storage.`),
    ).toEqual(ROUND_EN);
  });
});

describe('a loan reworked, not lent', () => {
  const STAFF_FR = 'La start-up Quillon Data héberge des serveurs à Annecy.';
  const STAFF_EN = 'The start-up Quillon Data hosts servers in Derby.';
  it('reads no new loan in a loan rescheduled, restructured or repaid', () => {
    expect(
      fr(`${STAFF_FR} Quillon Data a négocié avec Tarnis Banque le rééchelonnement d'un prêt de 5 millions d'euros.`),
    ).toEqual([]);
    expect(en(`${STAFF_EN} Quillon Data agreed to repay a €30m loan to Tarnis Bank early.`)).toEqual([]);
    expect(en(`${STAFF_EN} Tarnis Bank agreed to restructure a €30m loan to Quillon Data.`)).toEqual([]);
  });
});

describe('a plain dollar in a text about an American company that mentions Canada', () => {
  const currencies = (text: string, language: 'fr' | 'en') =>
    extractMoney(text, { language }).map((m) => `${m.text} ${m.currency}`);
  it('stays American when a US city says where the company is', () => {
    expect(currencies('Boston-based Quillon Data raised $15 million to expand into Canada.', 'en')).toEqual([
      '$15 million USD',
    ]);
    expect(
      currencies(
        'La start-up bostonienne Quillon Data a levé 15 millions de dollars pour s’implanter au Canada.',
        'fr',
      ),
    ).toEqual(['15 millions de dollars USD']);
  });
});

describe('a payer said again after the verb, who did the same elsewhere or only says so', () => {
  const ROUND_FR = "La start-up Quillon Data héberge des serveurs à Annecy. Quillon Data lève 20 millions d'euros.";
  const ROUND_EN = 'The start-up Quillon Data hosts servers in Derby. Quillon Data has raised €20 million.';
  it('reads no payer in "comme C l\'avait fait chez Y", "as did C in Y\'s round", "comme le souligne C"', () => {
    expect(
      fr(`${ROUND_FR} Tarnis Capital y participe, comme Brisval Ventures l'avait fait chez Marlon Cloud en 2022.`),
    ).toEqual(['tarnis-capital -> quillon-data 20000000 invested']);
    expect(
      fr(`${ROUND_FR} Tarnis Capital l'accompagne, comme le souligne Brisval Hosting, son principal client.`),
    ).toEqual(['tarnis-capital -> quillon-data 20000000 invested']);
    expect(
      en(`${ROUND_EN} Tarnis Capital also took part, as did Brisval Ventures in Marlon Cloud's round last year.`),
    ).toEqual(['tarnis-capital -> quillon-data 20000000 invested']);
  });
});

describe('a plain dollar in a text about a company based in the US that opens offices in Canada', () => {
  const currencies = (text: string, language: 'fr' | 'en') =>
    extractMoney(text, { language }).map((m) => `${m.text} ${m.currency}`);
  it('stays American: where the company is based counts more than where it goes', () => {
    expect(
      currencies(
        'Quillon Data, a New York start-up, raised $5 million to open offices in Toronto and Vancouver.',
        'en',
      ),
    ).toEqual(['$5 million USD']);
    expect(
      currencies(
        'La start-up new-yorkaise Quillon Data a levé 5 millions de dollars pour ouvrir des bureaux à Toronto et à Montréal.',
        'fr',
      ),
    ).toEqual(['5 millions de dollars USD']);
    // (and the other way round)
    expect(
      currencies('Quillon Data, a Toronto start-up, raised $5 million to open offices in New York and Boston.', 'en'),
    ).toEqual(['$5 million CAD']);
  });
});

describe('"remet N" that pays no round, and a street\'s "St." that ends a sentence', () => {
  it('reads no funding in a fine handed over ("remet N à l\'État au titre d\'une amende")', () => {
    expect(
      fr(
        "Quillon Data a levé 20 millions d'euros. Brisval Hosting remet 2 millions d'euros à l'État au titre d'une amende.",
      ),
    ).toEqual(['- -> quillon-data 20000000 invested']);
  });

  it("reads the payer after a street's \"St.\" as the next sentence's subject, not a saint's name", () => {
    expect(en('The start-up moved to 12 Baker St. Tarnis Capital invested €5 million in Quillon Data.')).toEqual([
      'tarnis-capital -> quillon-data 5000000 invested',
    ]);
    expect(
      fr("La start-up s'est installée au 12 Main St. Tarnis Capital a investi 5 millions d'euros dans Quillon Data."),
    ).toEqual(['tarnis-capital -> quillon-data 5000000 invested']);
    // (still one name: "in St. Helens", "from Mt. Hood Capital")
    expect(en('Quillon Data raised €5 million from St. Helens Ventures.')).toEqual([
      'st-helens-ventures -> quillon-data 5000000 invested',
    ]);
  });

  it('reads a leader whose clause goes on with "while" another followed', () => {
    expect(
      en(
        'The start-up Quillon Data hosts servers in Derby. Quillon Data has raised €20 million. Tarnis Capital took the lead, while Brisval Ventures followed.',
      ),
    ).toEqual(['brisval-ventures+tarnis-capital -> quillon-data 20000000 invested']);
  });
});

describe("a business noun with a complement, another business than the article's company", () => {
  const STAFF_FR = 'La start-up Quillon Data héberge des serveurs à Annecy. Quillon Data emploie 40 salariés.';
  const STAFF_EN = 'The start-up Quillon Data hosts servers in Derby. Quillon Data employs 40 people.';
  it('reads no money to the company in "à l\'entreprise de nettoyage", "to the company\'s former owners"', () => {
    expect(
      fr(`${STAFF_FR} La Région Sud avait versé 4 millions d'euros à l'entreprise de transport voisine en 2021.`),
    ).toEqual([]);
    expect(
      fr(`${STAFF_FR} La Métropole de Lyon a attribué à l'entreprise de nettoyage un contrat de 80 000 euros.`),
    ).toEqual([]);
    expect(en(`${STAFF_EN} The Welsh government paid €4 million to the company's former owners in 2021.`)).toEqual([]);
    // (still the company's: "à l'entreprise en 2021")
    expect(fr(`${STAFF_FR} La Région Sud avait versé 4 millions d'euros à l'entreprise en 2021.`)).toEqual([
      'region-sud -> quillon-data 4000000 disbursed',
    ]);
  });
});
