import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMoney, type MoneyMention } from './money.ts';

function checked(text: string, mentions: MoneyMention[]): MoneyMention[] {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = m.end;
    expect(Number.isFinite(m.amount) && m.amount > 0).toBe(true);
    if (m.currency !== null) expect(m.currency).toMatch(/^[A-Z]{3}$/);
  }
  return mentions;
}
const fr = (text: string) => checked(text, extractMoney(text, { language: 'fr' }));
const en = (text: string) => checked(text, extractMoney(text, { language: 'en' }));

/** [text, amount, currency, approximate] of each mention. */
const brief = (mentions: MoneyMention[]) => mentions.map((m) => [m.text, m.amount, m.currency, m.approximate]);

describe('extractMoney: amounts with a currency', () => {
  it('reads French amounts with their offsets', () => {
    const text = 'Financé autour de 285 millions d’euros, le projet Andromède.';
    const [m] = fr(text);
    expect(m).toEqual({
      start: text.indexOf('285'),
      end: text.indexOf(','),
      text: '285 millions d’euros',
      amount: 285_000_000,
      currency: 'EUR',
      approximate: true,
    });
    expect(brief(fr("La Caisse devait investir 135 millions d'euros."))).toEqual([
      ["135 millions d'euros", 135e6, 'EUR', false],
    ]);
  });

  it('reads English amounts', () => {
    expect(brief(en('France wanted to invest 150 million euros in a shared server service.'))).toEqual([
      ['150 million euros', 150e6, 'EUR', false],
    ]);
    expect(brief(en('Cloudwatt claimed only 2 million dollars in revenue.'))).toEqual([
      ['2 million dollars', 2e6, 'USD', false],
    ]);
    expect(brief(en('After investing 285 million euros, they both went out of business.'))).toEqual([
      ['285 million euros', 285e6, 'EUR', false],
    ]);
  });

  it('reads a number joined to its multiplier by a hyphen, as North American papers write it', () => {
    expect(brief(en('It raised $40-million from Kelpie Capital and C$1.2-billion in debt.'))).toEqual([
      ['$40-million', 40e6, 'USD', false],
      ['C$1.2-billion', 1.2e9, 'CAD', false],
    ]);
    // (a range keeps its first number: no multiplier after the hyphen)
    expect(brief(en('Tickets cost $5-10 each.'))).toEqual([['$5', 5, 'USD', false]]);
  });

  it('reads symbols and short multipliers', () => {
    expect(brief(fr('Il a levé €150m, puis 150 M€ et 3 Md€ ; enfin 20 k€.'))).toEqual([
      ['€150m', 150e6, 'EUR', false],
      ['150 M€', 150e6, 'EUR', false],
      ['3 Md€', 3e9, 'EUR', false],
      ['20 k€', 20e3, 'EUR', false],
    ]);
    expect(brief(en('It raised $2 million, then US$ 3bn, £4.5 million and EUR 20 million.'))).toEqual([
      ['$2 million', 2e6, 'USD', false],
      ['US$ 3bn', 3e9, 'USD', false],
      ['£4.5 million', 4.5e6, 'GBP', false],
      ['EUR 20 million', 20e6, 'EUR', false],
    ]);
    expect(brief(en('A bill of 2 billion Canadian dollars and 5 Swiss francs.'))).toEqual([
      ['2 billion Canadian dollars', 2e9, 'CAD', false],
      ['5 Swiss francs', 5, 'CHF', false],
    ]);
  });

  it('reads the wire services\' "mln" and "bln"', () => {
    expect(brief(en('The lenders put in EUR 120 mln, and the bank USD 1.2 bln; the app has 40 mln users.'))).toEqual([
      ['EUR 120 mln', 120e6, 'EUR', false],
      ['USD 1.2 bln', 1.2e9, 'USD', false],
    ]);
  });

  it('reads plain "francs" as Swiss francs only in a text published after 2001 that speaks of Switzerland', () => {
    const day = (value: string) => ({ value, precision: 'day' as const });
    const currencies = (text: string, language: 'fr' | 'en', published?: string) =>
      extractMoney(text, { language, published: published === undefined ? undefined : day(published) }).map(
        (m) => m.currency,
      );
    const genevan = "La société genevoise Brisolin a levé 12 millions de francs auprès d'un fonds bâlois.";
    expect(currencies(genevan, 'fr', '2025-04-02')).toEqual(['CHF']);
    expect(currencies('Zurich-based Morlax took in 3 million francs in sales last year.', 'en', '2024-11-20')).toEqual([
      'CHF',
    ]);
    // Before the euro, or with no word of Switzerland, or with no date: the French franc.
    expect(currencies(genevan, 'fr', '1998-06-01')).toEqual(['FRF']);
    const rennes =
      "En 1996, la société rennaise Tavel avait levé 20 millions de francs, puis elle s'est installée dans le canton de Liffré.";
    expect(currencies(rennes, 'fr', '2025-04-02')).toEqual(['FRF']);
    expect(currencies(genevan, 'fr')).toEqual(['FRF']);
    // Stated francs keep their country whatever the text: "francs suisses", "Swiss francs", "CHF".
    expect(currencies('Elle a levé 5 millions de francs suisses.', 'fr', '1999-01-01')).toEqual(['CHF']);
  });

  it('reads a plain "$" or "dollars" as Canadian dollars in a text that speaks of Canada more than of the US', () => {
    const currencies = (text: string, language: 'fr' | 'en') =>
      extractMoney(text, { language }).map((m) => `${m.text} ${m.currency}`);
    expect(
      currencies(
        "La jeune pousse de Gatineau a obtenu 8 M$ d'un fonds québécois, puis 2 millions de dollars d'Ottawa.",
        'fr',
      ),
    ).toEqual(['8 M$ CAD', '2 millions de dollars CAD']);
    expect(currencies('The Calgary start-up took in $8 million from two Alberta pension funds.', 'en')).toEqual([
      '$8 million CAD',
    ]);
    // A dollar said American stays one; so does a plain one in a text that speaks of the US as much or more.
    expect(
      currencies(
        "L'éditeur de Gatineau a levé 8 M$ US auprès d'un fonds d'Ottawa et 3 millions de dollars américains.",
        'fr',
      ),
    ).toEqual(['8 M$ USD', '3 millions de dollars américains USD']);
    expect(currencies('The Calgary firm raised US$8 million in Texas and Silicon Valley.', 'en')).toEqual([
      'US$8 million USD',
    ]);
    expect(currencies('La start-up bordelaise a levé 8 M$ auprès de fonds américains.', 'fr')).toEqual(['8 M$ USD']);
    expect(
      currencies('A Seattle fund put $8 million into the Toronto firm, its first deal in the United States.', 'en'),
    ).toEqual(['$8 million USD']);
  });

  it('reads French decimal commas and (no-break, thin, narrow no-break) space thousands separators', () => {
    expect(brief(fr("Un budget de 1,5 milliard d'euros."))).toEqual([["1,5 milliard d'euros", 1.5e9, 'EUR', false]]);
    expect(brief(fr('Soit 1\u202F500\u202F000 €, 2\u00A0000 euros, 3\u2009000 € et 4 000 €.'))).toEqual([
      ['1\u202F500\u202F000 €', 1_500_000, 'EUR', false],
      ['2\u00A0000 euros', 2000, 'EUR', false],
      ['3\u2009000 €', 3000, 'EUR', false],
      ['4 000 €', 4000, 'EUR', false],
    ]);
    expect(brief(fr('Soit 1.500.000 € et 12,5 millions de dollars.'))).toEqual([
      ['1.500.000 €', 1_500_000, 'EUR', false],
      ['12,5 millions de dollars', 12.5e6, 'USD', false],
    ]);
  });

  it('reads numbers by the convention of the language', () => {
    expect(brief(en('It cost 1,500 euros and 2.5 billion dollars.'))).toEqual([
      ['1,500 euros', 1500, 'EUR', false],
      ['2.5 billion dollars', 2.5e9, 'USD', false],
    ]);
    expect(brief(fr('Il a coûté 1,500 euros.'))).toEqual([['1,500 euros', 1.5, 'EUR', false]]);
  });

  it('reads "un million d’euros" and "a million dollars", but not "plus d’un million" of servers', () => {
    expect(brief(fr("Il a coûté un million d'euros."))).toEqual([["un million d'euros", 1e6, 'EUR', false]]);
    expect(brief(en('It cost a million dollars.'))).toEqual([['a million dollars', 1e6, 'USD', false]]);
    expect(fr("Microsoft dispose de plus d'un million de serveurs.")).toEqual([]);
  });
});

describe('extractMoney: bare amounts tied to money by context', () => {
  it('gives "60 millions chacun" and "30 millions" the currency of the enumeration they continue', () => {
    const text = "L'État devait investir 135 millions d'euros, Alpha et Beta 60 millions chacun et Gamma 30 millions.";
    expect(brief(fr(text))).toEqual([
      ["135 millions d'euros", 135e6, 'EUR', false],
      ['60 millions', 60e6, 'EUR', false],
      ['30 millions', 30e6, 'EUR', false],
    ]);
    const sixty = fr(text)[1]!;
    expect(sixty.start).toBe(text.indexOf('60'));
  });

  it('ties "chacun"/"each" to a money mention earlier in the paragraph, not in another paragraph', () => {
    expect(brief(fr("Le projet a reçu 100 millions d'euros. Alpha et Beta, 60 millions chacun."))).toEqual([
      ["100 millions d'euros", 100e6, 'EUR', false],
      ['60 millions', 60e6, 'EUR', false],
    ]);
    expect(brief(fr("Le projet a reçu 100 millions d'euros.\nAlpha et Beta, 60 millions chacun."))).toEqual([
      ["100 millions d'euros", 100e6, 'EUR', false],
    ]);
    expect(brief(en('The state put in 150 million euros. Orange and Thales added 60 million each.'))).toEqual([
      ['150 million euros', 150e6, 'EUR', false],
      ['60 million', 60e6, 'EUR', false],
    ]);
  });

  it('accepts a bare amount after a money verb, without inventing a currency', () => {
    expect(brief(fr('Gamma a investi 30 millions.'))).toEqual([['30 millions', 30e6, null, false]]);
    expect(brief(en('Even if Numergy was doing better with 6 million billed, these are crumbs.'))).toEqual([
      ['6 million', 6e6, null, false],
    ]);
    expect(brief(en('Microsoft will invest 2 billion in France.'))).toEqual([['2 billion', 2e9, null, false]]);
    expect(brief(fr("Le chiffre d'affaires atteint 30 millions."))).toEqual([['30 millions', 30e6, null, false]]);
  });

  it('does not carry a currency across sentences of a text told in two ("6 million billed" after dollars)', () => {
    const text =
      'France wanted to invest 150 million euros. Cloudwatt claimed only 2 million dollars in revenue. ' +
      'Even if Numergy was doing better with 6 million billed.';
    expect(brief(en(text))).toEqual([
      ['150 million euros', 150e6, 'EUR', false],
      ['2 million dollars', 2e6, 'USD', false],
      ['6 million', 6e6, null, false],
    ]);
  });

  it("counts a bare amount in the text's one currency, in both languages", () => {
    const fr = 'Quartzia lève 14 millions de francs suisses. La banque lui consent aussi un crédit de 3 millions.';
    expect(brief(extractMoney(fr, { language: 'fr' }))).toEqual([
      ['14 millions de francs suisses', 14e6, 'CHF', false],
      ['3 millions', 3e6, 'CHF', false],
    ]);
    const text = 'Cloudwatt claimed only 2 million dollars in revenue. Numergy was doing better with 6 million billed.';
    expect(brief(en(text))).toEqual([
      ['2 million dollars', 2e6, 'USD', false],
      ['6 million', 6e6, 'USD', false],
    ]);
  });

  it('rejects a bare amount with no money context', () => {
    expect(fr('La ville compte 30 millions.')).toEqual([]);
    expect(en('They counted 60 million each.')).toEqual([]);
  });
});

describe('extractMoney: approximate amounts', () => {
  it('flags hedges and bounds before or after the amount, keeping them out of the span', () => {
    expect(brief(fr("autour de 285 millions d'euros"))).toEqual([["285 millions d'euros", 285e6, 'EUR', true]]);
    expect(brief(fr("environ 12 millions d'euros, près de 3 M€, quelque 40 millions d'euros"))).toEqual([
      ["12 millions d'euros", 12e6, 'EUR', true],
      ['3 M€', 3e6, 'EUR', true],
      ["40 millions d'euros", 40e6, 'EUR', true],
    ]);
    expect(brief(fr("Soit 285 millions d'euros environ."))).toEqual([["285 millions d'euros", 285e6, 'EUR', true]]);
    expect(brief(en('They spent around 150 million.'))).toEqual([['150 million', 150e6, null, true]]);
    expect(brief(en('It cost about $2 million, more than €3m, or 5 million euros or so.'))).toEqual([
      ['$2 million', 2e6, 'USD', true],
      ['€3m', 3e6, 'EUR', true],
      ['5 million euros', 5e6, 'EUR', true],
    ]);
    expect(brief(en('It cost exactly 150 million euros.'))).toEqual([['150 million euros', 150e6, 'EUR', false]]);
  });
});

describe('extractMoney: counts and numbers that are not money', () => {
  it('rejects servers, users, sites and other counted things', () => {
    expect(
      fr("Google dispose d'environ 2 millions de serveurs, Microsoft de plus d'un million, Amazon d'environ 500 000."),
    ).toEqual([]);
    expect(fr('les parcs de dizaines de milliers de serveurs')).toEqual([]);
    expect(en('The company, which invested heavily, has 2 million users and 3 million customers.')).toEqual([]);
    expect(en('The state funded 2 million servers.')).toEqual([]);
    expect(fr("L'État a financé 67 millions d'habitants.")).toEqual([]);
  });

  it('rejects plain numbers, percentages, years and lengths', () => {
    expect(en('French law required it to control the 21,893 sites it hosted.')).toEqual([]);
    expect(en('our customers summarize it in two figures: 30% less invoice and 20% time recovered.')).toEqual([]);
    expect(en('It was launched in 2012 and invested in 2013.')).toEqual([]);
    expect(en('A 150m tower and 3 MB of data, S3NS and 3DS Outscale, CAC40.')).toEqual([]);
    expect(fr('Un investissement de 1,5 pour 3 et 2 M de visiteurs.')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const corpusDir = resolve(repoRoot, process.env.CORPUS_DIR ?? '../shared/corpus');
const corpusPresent = existsSync(corpusDir);
const readCorpus = (file: string) => readFileSync(resolve(corpusDir, file), 'utf8').normalize('NFC');

describe.skipIf(!corpusPresent)(
  `extractMoney on the corpus in ${corpusDir}${corpusPresent ? '' : ' (skipped: directory absent; set CORPUS_DIR)'}`,
  () => {
    const cases: Array<{ file: string; language: 'fr' | 'en'; expected: unknown[][] }> = [
      // "30% less invoice and 20% time recovered" are not money.
      { file: '000_5ca4a9e8247b9c43.txt', language: 'en', expected: [] },
      {
        file: '001_b4d6d6d1a6f582eb.txt',
        language: 'en',
        expected: [
          ['150 million euros', 150e6, 'EUR', false],
          ['150 million euros', 150e6, 'EUR', false],
          ['2 million dollars', 2e6, 'USD', false],
          ['6 million', 6e6, null, false],
        ],
      },
      // Server counts only: "2 millions de serveurs", "plus d'un million", "environ 500 000", "dizaines de milliers".
      { file: '002_bfb67685b602f4f6.txt', language: 'fr', expected: [] },
      // "21,893 sites" is not money.
      { file: '003_7e534490006a18fa.txt', language: 'en', expected: [['285 million euros', 285e6, 'EUR', false]] },
      {
        file: '004_e43f900966f42abb.txt',
        language: 'fr',
        expected: [
          ["285 millions d'euros", 285e6, 'EUR', true],
          ["135 millions d'euros", 135e6, 'EUR', false],
          // "France Telecom et Thalès 60 millions chacun": one mention, worth 60 millions for each of the two.
          ['60 millions', 60e6, 'EUR', false],
          ['30 millions', 30e6, 'EUR', false],
        ],
      },
    ];
    for (const { file, language, expected } of cases) {
      it(`${file}: ${expected.length} money mentions`, () => {
        const text = readCorpus(file);
        expect(brief(checked(text, extractMoney(text, { language })))).toEqual(expected);
      });
    }
  },
);
