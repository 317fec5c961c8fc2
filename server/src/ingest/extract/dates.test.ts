import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSpan, FuzzyDateSchema, type DateQualifier, type FuzzyDate } from '../../domain/dates.ts';
import { extractDates, type DateMention } from './dates.ts';

const AUTUMN_2013: FuzzyDate = { value: '2013-autumn', precision: 'season' };
const SUMMER_2022: FuzzyDate = { value: '2022-summer', precision: 'season' };
const ABOUT_2019: FuzzyDate = { value: '2019', precision: 'approximate' };
const NOV_21_2021: FuzzyDate = { value: '2021-11-21', precision: 'day' };

/** Checks the invariants every result must hold, then returns the mentions. */
function checked(text: string, mentions: DateMention[]): DateMention[] {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = m.end;
    expect(FuzzyDateSchema.safeParse(m.date).success, JSON.stringify(m.date)).toBe(true);
    expect(m.basis.en.length).toBeGreaterThan(0);
    expect(m.date.basis).toEqual(m.basis);
  }
  return mentions;
}
const en = (text: string, published: FuzzyDate = NOV_21_2021) =>
  checked(text, extractDates(text, { language: 'en', published }));
const fr = (text: string, published: FuzzyDate = AUTUMN_2013) =>
  checked(text, extractDates(text, { language: 'fr', published }));

/** [text, value, precision, qualifier?] of each mention, for compact assertions. */
const brief = (mentions: DateMention[]) =>
  mentions.map((m) => [m.text, m.date.value, m.date.precision, ...(m.date.qualifier ? [m.date.qualifier] : [])]);

function one(mentions: DateMention[], text: string): DateMention {
  const found = mentions.filter((m) => m.text === text);
  expect(found, `one mention "${text}" in ${JSON.stringify(brief(mentions))}`).toHaveLength(1);
  return found[0]!;
}

describe('extractDates: full dates (chrono on candidate windows)', () => {
  it('reads English full dates with their exact offsets', () => {
    const text = 'Posted on November 21, 2021 by the editor.';
    const [m] = en(text);
    expect(m).toMatchObject({ start: 10, end: 27, text: 'November 21, 2021' });
    expect(m!.date).toMatchObject({
      value: '2021-11-21',
      precision: 'day',
      basis: { fr: 'explicite dans le texte', en: 'explicit in the text' },
    });
  });

  it('reads the other English shapes', () => {
    expect(brief(en('On February 1st, 2020 it closed.'))).toEqual([['February 1st, 2020', '2020-02-01', 'day']]);
    expect(brief(en('It closed on the 1st of February 2020.'))).toEqual([
      ['1st of February 2020', '2020-02-01', 'day'],
    ]);
    expect(brief(en('It closed on Nov. 21, 2021.'))).toEqual([['Nov. 21, 2021', '2021-11-21', 'day']]);
    expect(brief(en('It closed on 21 November 2021.'))).toEqual([['21 November 2021', '2021-11-21', 'day']]);
    expect(brief(en('Logged 2021-11-21 and 11/21/2021.'))).toEqual([
      ['2021-11-21', '2021-11-21', 'day'],
      ['11/21/2021', '2021-11-21', 'day'],
    ]);
  });

  it('reads French full dates with chrono.fr', () => {
    const text = "L'offre sera lancée le 1er février 2020 à Paris.";
    const [m] = fr(text);
    expect(m).toMatchObject({ text: '1er février 2020', start: text.indexOf('1er') });
    expect(m!.date).toMatchObject({ value: '2020-02-01', precision: 'day' });
    expect(brief(fr('Le lundi 3 juin 2013, puis le 21/11/2021.'))).toEqual([
      ['lundi 3 juin 2013', '2013-06-03', 'day'],
      ['21/11/2021', '2021-11-21', 'day'],
    ]);
  });

  it('takes a missing year from the nearest earlier explicit year, and says so', () => {
    const text = "Posted on November 21, 2021. With OVH's IPO on October 15, it's time to look at the cloud.";
    const m = one(en(text), 'October 15');
    expect(m.date.value).toBe('2021-10-15');
    expect(m.basis.en).toContain("'November 21, 2021'");
  });

  it('dates a future day after the publication when the text has no earlier year', () => {
    const text = 'The service will be disconnected on February 1st. Launched in 2012, it never found customers.';
    const m = one(en(text, ABOUT_2019), 'February 1st');
    // Publication "about 2019": reference day 2019-07-02, the next February 1 is in 2020; the year rests on an
    // approximate date, so the result is approximate, at that date's granularity (a year).
    expect(m.date).toMatchObject({ value: '2020', precision: 'approximate' });
    expect(m.basis.en).toMatch(/future \('will'\)/);
    expect(one(en(text, { value: '2019-01-10', precision: 'day' }), 'February 1st').date.value).toBe('2019-02-01');
    expect(one(en(text, ABOUT_2019), '2012').date).toMatchObject({ value: '2012', precision: 'year' });
  });

  it('never resolves a relative date to more than an approximate publication date knows', () => {
    // Resolved against "about 2019" (or "vers 2019"), the year is a guess: the date is approximate, at a year.
    expect(one(en('We met last June.', ABOUT_2019), 'last June').date).toMatchObject({
      value: '2019',
      precision: 'approximate',
    });
    expect(one(fr('Le service fermera le 1er février.', ABOUT_2019), '1er février').date).toMatchObject({
      value: '2020',
      precision: 'approximate',
    });
    expect(one(fr("L'an dernier, rien.", ABOUT_2019), "L'an dernier").date).toMatchObject({
      value: '2018',
      precision: 'approximate',
    });
    // "About May 2019" knows its month: the date keeps a month, still approximate.
    expect(
      one(en('It closed on February 1st.', { value: '2019-05', precision: 'approximate' }), 'February 1st').date,
    ).toMatchObject({
      value: '2019-02',
      precision: 'approximate',
    });
    // A year written in the text is read as it is, whatever the publication date.
    expect(one(fr('Le service a fermé le 1er février 2020.', ABOUT_2019), '1er février 2020').date).toMatchObject({
      value: '2020-02-01',
      precision: 'day',
    });
  });

  it('dates a past day in the publication year, or the year before when it would follow the publication', () => {
    expect(
      one(
        en('The service was disconnected on February 1st.', { value: '2019-03-01', precision: 'day' }),
        'February 1st',
      ).date.value,
    ).toBe('2019-02-01');
    const early = one(
      en('The service was disconnected on February 1st.', { value: '2019-01-10', precision: 'day' }),
      'February 1st',
    );
    expect(early.date.value).toBe('2018-02-01');
    expect(early.basis.en).toContain('before the publication date');
    const pubYear = one(en('In October, the firm went public.'), 'October');
    expect(pubYear.date).toMatchObject({ value: '2021-10', precision: 'month' });
    expect(pubYear.basis.en).toBe('year taken from the publication date (2021-11-21)');
    expect(one(en('In December, the firm went public.'), 'December').date.value).toBe('2020-12');
  });

  it('prefers an explicit year in the same sentence over the tense', () => {
    const m = one(en('In 2012 the firm said it will open in March.'), 'March');
    expect(m.date.value).toBe('2012-03');
    expect(m.basis.en).toBe("year from '2012' earlier in the same sentence");
  });

  it('drops impossible days', () => {
    expect(en('It closed on February 30, 2021.').filter((m) => m.date.precision === 'day')).toEqual([]);
    expect(fr('Fermé le 31 février.')).toEqual([]);
  });
});

describe('extractDates: months and qualifiers', () => {
  it('reads month + year with month precision', () => {
    const text = "avant l'élection présidentielle de mai 2012. Après le retrait en avril 2012, rien.";
    expect(brief(fr(text))).toEqual([
      ['mai 2012', '2012-05', 'month'],
      ['avril 2012', '2012-04', 'month'],
    ]);
    expect(brief(en('In May 2012 and in June of 2013.'))).toEqual([
      ['May 2012', '2012-05', 'month'],
      ['June of 2013', '2013-06', 'month'],
    ]);
  });

  it('reads début/fin/mi- + month with a qualifier and the year from context', () => {
    const text = 'Le retrait date d’avril 2012.\nLes deux projets ont été lancés début septembre avec le FSN.';
    const m = one(fr(text), 'début septembre');
    expect(m.date).toMatchObject({ value: '2012-09', precision: 'month', qualifier: 'early' });
    expect(m.basis.en).toBe("year from 'avril 2012' in the sentence before");
    expect(brief(fr('Prévu fin mai 2012, puis à la mi-juin.'))).toEqual([
      ['fin mai 2012', '2012-05', 'month', 'late'],
      ['mi-juin', '2012-06', 'month', 'mid'],
    ]);
  });

  it('reads début/fin/mi- + year and early/mid/late + year', () => {
    expect(brief(fr('Lancé fin 2012, relancé mi-2013, arrêté début 2014, revu courant 2015.'))).toEqual([
      ['fin 2012', '2012', 'year', 'late'],
      ['mi-2013', '2013', 'year', 'mid'],
      ['début 2014', '2014', 'year', 'early'],
      ['courant 2015', '2015', 'year'],
    ]);
    expect(
      brief(en('Planned for early 2012, delayed to mid-2012, shipped late 2012 or at the end of May 2013.')),
    ).toEqual([
      ['early 2012', '2012', 'year', 'early'],
      ['mid-2012', '2012', 'year', 'mid'],
      ['late 2012', '2012', 'year', 'late'],
      ['the end of May 2013', '2013-05', 'month', 'late'],
    ]);
  });

  it('reads "juin dernier" / "last June" as the last June before publication', () => {
    const m = one(fr('En juin dernier, Patrick Starck nous expliquait tout.'), 'juin dernier');
    expect(m.date).toMatchObject({ value: '2013-06', precision: 'month' });
    expect(m.basis.en).toBe("'juin dernier': the last June before publication (2013-autumn)");
    expect(m.basis.fr).toBe("'juin dernier' : le dernier « juin » avant la publication (2013-autumn)");
    // Said in mid-June, "juin dernier" is the June of the year before.
    expect(
      one(fr('En juin dernier, rien.', { value: '2013-06-15', precision: 'day' }), 'juin dernier').date.value,
    ).toBe('2012-06');
    expect(one(en('Last June, they said so.', AUTUMN_2013), 'Last June').date.value).toBe('2013-06');
    expect(one(en('They will say so next May.', AUTUMN_2013), 'next May').date.value).toBe('2014-05');
    expect(one(fr('Ce sera fait en mai prochain.'), 'mai prochain').date.value).toBe('2014-05');
  });

  it('never reads English modal verbs or French words as months', () => {
    expect(en('It may rain, and they march on.')).toEqual([]);
    expect(fr('Le marché du cloud, mais aussi la mission vers Mars, en sept ans.')).toEqual([]);
    // The English parser would read "march" inside "marché"; the French one is used for French text.
    expect(fr('Le marché a démarré avec le marchand.')).toEqual([]);
  });

  it('needs a preposition before a bare English month', () => {
    expect(brief(en('In March, the firm moved; May said no.', { value: '2021', precision: 'year' }))).toEqual([
      ['March', '2021-03', 'month'],
    ]);
  });
});

describe('extractDates: quarters', () => {
  it('reads a quarter with its year as an approximate date whose span is exactly the quarter', () => {
    const [q3] = en('Trustcore was acquired in Q3 2020 by a chip maker.');
    expect(brief([q3!])).toEqual([['Q3 2020', '2020-08', 'approximate']]);
    expect(dateSpan(q3!.date)).toEqual({ start: '2020-07-01', end: '2020-09-30' });
    expect(brief(en('Sales fell in the fourth quarter of 2019 and rose in the first quarter 2020.'))).toEqual([
      ['fourth quarter of 2019', '2019-11', 'approximate'],
      ['first quarter 2020', '2020-02', 'approximate'],
    ]);
    expect(brief(fr('Le contrat a été signé au troisième trimestre 2020, la livraison attendue au T1 2021.'))).toEqual([
      ['troisième trimestre 2020', '2020-08', 'approximate'],
      ['T1 2021', '2021-02', 'approximate'],
    ]);
    expect(
      dateSpan(one(fr('Au dernier trimestre de 2022, la société a recruté.'), 'dernier trimestre de 2022').date),
    ).toEqual({
      start: '2022-10-01',
      end: '2022-12-31',
    });
  });

  it('reads a quarter without its year after a preposition as a bare month is read', () => {
    expect(brief(en('The firm opened an office in Paris in Q2.'))).toEqual([['Q2', '2021-05', 'approximate']]);
    expect(brief(en('It will open in the first quarter.'))).toEqual([['the first quarter', '2022-02', 'approximate']]);
    expect(brief(en('In 2019 it raised funds, and in the third quarter it opened.'))).toEqual([
      ['2019', '2019', 'year'],
      ['the third quarter', '2019-08', 'approximate'],
    ]);
    expect(brief(fr('Au troisième trimestre, les ventes ont chuté.'))).toEqual([
      ['troisième trimestre', '2013-08', 'approximate'],
    ]);
  });

  it('reads no quarter without a preposition, nor a quarter that is not a date', () => {
    expect(en('Q2 results beat forecasts; a quarter of the staff left.')).toEqual([]);
    expect(brief(en('A quarter of 2020 revenue came from Europe, in 2020.'))).toEqual([['2020', '2020', 'year']]);
    // (a period of figures: "for the third quarter" is the results' period, told when they are reported)
    expect(en('It reported a drop in revenue for the third quarter.')).toEqual([]);
    expect(fr('Il loue un T2 à Lyon.')).toEqual([]);
    // (a quarter of a fiscal year: its calendar months are not told)
    expect(en('The deal closed in the second quarter of its fiscal year.')).toEqual([]);
    expect(fr("L'opération a été bouclée au deuxième trimestre de son exercice.")).toEqual([]);
  });
});

describe('extractDates: days of the week', () => {
  const WED_18_SEPT_2024: FuzzyDate = { value: '2024-09-18', precision: 'day' };
  it('reads a weekday told alone against a publication known to the day: the latest one, or the next one', () => {
    expect(brief(en('The minister on Monday presented a plan and will sign it on Friday.', WED_18_SEPT_2024))).toEqual([
      ['Monday', '2024-09-16', 'day'],
      ['Friday', '2024-09-20', 'day'],
    ]);
    expect(brief(en('Kestrel said on Wednesday it would bid; last Wednesday it had not.', WED_18_SEPT_2024))).toEqual([
      ['Wednesday', '2024-09-18', 'day'],
      ['last Wednesday', '2024-09-11', 'day'],
    ]);
    expect(
      brief(fr('Le ministre a présenté mardi son plan, qu’il signera vendredi prochain.', WED_18_SEPT_2024)),
    ).toEqual([
      ['mardi', '2024-09-17', 'day'],
      ['vendredi prochain', '2024-09-20', 'day'],
    ]);
  });

  it('reads a bare English weekday right after a reporting verb ("said Tuesday"), not elsewhere', () => {
    expect(brief(en('Kestrel said Tuesday it would bid, and announced Monday a deal.', WED_18_SEPT_2024))).toEqual([
      ['Tuesday', '2024-09-17', 'day'],
      ['Monday', '2024-09-16', 'day'],
    ]);
    expect(en('Tuesday was calm; the Monday meeting moved.', WED_18_SEPT_2024)).toEqual([]);
  });

  it('reads no weekday as a habit, in lower-case English, or against a publication not known to the day', () => {
    const WED = { value: '2024-09-18', precision: 'day' } as const;
    expect(fr('Le lundi, les équipes se réunissent ; chaque mardi, elles publient.', WED)).toEqual([]);
    expect(en('He spoke on Monday.', { value: '2024-09', precision: 'month' })).toEqual([]);
    expect(en('The monday meeting was moved.', WED)).toEqual([]);
  });
});

describe('extractDates: seasons', () => {
  it('reads a season with its year, leaving the preposition out', () => {
    const text = 'une timide plate-forme de stockage au printemps 2013 alors que';
    const [m] = fr(text);
    expect(m).toMatchObject({ text: 'printemps 2013', start: text.indexOf('printemps') });
    expect(m!.date).toMatchObject({ value: '2013-spring', precision: 'season' });
    expect(brief(fr("Pendant l'été 2012 et l’hiver 2013."))).toEqual([
      ["l'été 2012", '2012-summer', 'season'],
      ['l’hiver 2013', '2013-winter', 'season'],
    ]);
    expect(brief(en('in the spring of 2013 and summer 2022'))).toEqual([
      ['the spring of 2013', '2013-spring', 'season'],
      ['summer 2022', '2022-summer', 'season'],
    ]);
  });

  it('takes the year of a bare season from context', () => {
    expect(brief(fr("Lancé en 2011, le service a ouvert à l'automne."))).toEqual([
      ['2011', '2011', 'year'],
      ["l'automne", '2011-autumn', 'season'],
    ]);
    const future = one(en('The Government should sign a contract in the fall.', ABOUT_2019), 'the fall');
    expect(future.date).toMatchObject({ value: '2019', precision: 'approximate' });
    const hot = one(en('It will be one of the hot topics of the summer.', SUMMER_2022), 'the summer');
    expect(hot.date.value).toBe('2022-summer');
  });

  it('resolves cet été / last summer / next spring against the publication', () => {
    expect(one(fr('Cet été, rien.'), 'Cet été').date.value).toBe('2013-summer');
    expect(one(fr("L'été dernier, rien."), "L'été dernier").date.value).toBe('2013-summer');
    expect(one(en('Last summer they moved.', AUTUMN_2013), 'Last summer').date.value).toBe('2013-summer');
    expect(one(en('Next spring they move.', AUTUMN_2013), 'Next spring').date.value).toBe('2014-spring');
  });

  it('does not read "été" the participle, "the fall of", or "fall" the verb as seasons', () => {
    expect(fr('Les deux projets ont été lancés. Ils ont-ils été plus difficiles ? La société a été créée.')).toEqual(
      [],
    );
    expect(en('After the fall of the Berlin Wall, prices fall and spring back.')).toEqual([]);
    expect(fr("Les sports d'hiver.")).toEqual([]);
  });
});

describe('extractDates: the year of a yearless date, by paragraph and tense', () => {
  const MARCH_2025: FuzzyDate = { value: '2025-03-12', precision: 'day' };

  it('does not give a past statement the year of a target told earlier (after the publication)', () => {
    const text =
      "Norvia vise 60 millions d'euros de revenus en 2028. Son directeur technique a quitté le groupe à l'automne.";
    const m = one(fr(text, MARCH_2025), "l'automne");
    expect(m.date).toMatchObject({ value: '2024-autumn', precision: 'season' });
    expect(m.basis.en).toContain('before the publication date');
    const english = 'Brightwell expects revenue of $90m in 2027. Its finance chief stepped down in the fall.';
    expect(one(en(english, MARCH_2025), 'the fall').date.value).toBe('2024-autumn');
    expect(one(en('Brightwell targets 2027. It hired a new CEO in January.', MARCH_2025), 'January').date.value).toBe(
      '2025-01',
    );
  });

  it('dates a future statement at the next one from the publication, whatever year was told before', () => {
    const text = "Norvia vise 60 millions d'euros de revenus en 2028. Elle ouvrira un site à l'automne.";
    expect(one(fr(text, MARCH_2025), "l'automne").date.value).toBe('2025-autumn');
    expect(
      one(fr("Norvia a levé 5 M€ en 2021. Le tribunal doit se prononcer à l'automne.", MARCH_2025), "l'automne").date
        .value,
    ).toBe('2025-autumn');
    expect(
      one(en('Brightwell was founded in 2019. It will open a lab in the fall.', MARCH_2025), 'the fall').date.value,
    ).toBe('2025-autumn');
  });

  it('carries a year to the next sentence of its paragraph, not further nor into the next paragraph', () => {
    const same = 'Norvia a ouvert un site en mai 2019. En janvier, elle a recruté son premier salarié.';
    expect(one(fr(same, MARCH_2025), 'janvier').date.value).toBe('2019-01');
    const next = 'Norvia a été fondée en mai 2019.\n\nEn janvier, elle a recruté un directeur financier.';
    const m = one(fr(next, MARCH_2025), 'janvier');
    expect(m.date.value).toBe('2025-01');
    expect(m.basis.en).toBe('year taken from the publication date (2025-03-12)');
    const english = 'Brightwell raised $4m in May 2020.\n\nIn September, it named a new chair.';
    expect(one(en(english, MARCH_2025), 'September').date.value).toBe('2024-09');
    const further = 'Norvia a été fondée en mai 2019. Elle emploie 40 personnes. En janvier, elle a recruté X.';
    expect(one(fr(further, MARCH_2025), 'janvier').date.value).toBe('2025-01');
    // A past year still carries to the next sentence: the story is told in that year.
    expect(
      one(en('In 2018 Brightwell moved to Leeds. In September, it named a new chair.', MARCH_2025), 'September').date
        .value,
    ).toBe('2018-09');
  });

  it('does not carry a background year (a founding, "since", a relative or an opening participle clause)', () => {
    const cases: [string, (t: string, p?: FuzzyDate) => DateMention[], string, string][] = [
      ['Fondée en 2015, Norvia emploie 40 personnes. Elle a levé 5 M€ en mai.', fr, 'mai', '2024-05'],
      ['Norvia a été créée en 2015 à Lille. En janvier, elle a recruté un directeur.', fr, 'janvier', '2025-01'],
      [
        'Norvia, qui a levé 3 M€ en 2019, emploie 40 personnes. En février, elle a ouvert un site.',
        fr,
        'février',
        '2025-02',
      ],
      ['Norvia est cotée depuis 2019. Elle a racheté Brevia en janvier.', fr, 'janvier', '2025-01'],
      ['Brightwell was founded in 2014 by two engineers. It raised $5m in May.', en, 'May', '2024-05'],
      [
        'Acquired in 2021 by Halden, Brightwell now employs 80. In February, it opened a lab.',
        en,
        'February',
        '2025-02',
      ],
      ['Brightwell, which went public in 2019, employs 80. It opened a lab in January.', en, 'January', '2025-01'],
    ];
    for (const [text, read, mention, value] of cases)
      expect(one(read(text, MARCH_2025), mention).date.value).toBe(value);
    // The story told in that year goes on in it, in both languages.
    expect(
      one(fr('En 2019, Norvia a ouvert un site à Lyon. En mai, elle a recruté.', MARCH_2025), 'mai').date.value,
    ).toBe('2019-05');
    expect(one(en('Brightwell opened a lab in 2019. In May, it hired 20 people.', MARCH_2025), 'May').date.value).toBe(
      '2019-05',
    );
    // A participle clause in its own sentence keeps its year for what follows it there.
    expect(one(fr('Créée en janvier 2015, Norvia a ouvert un site en mai.', MARCH_2025), 'mai').date.value).toBe(
      '2015-05',
    );
  });

  it("reads a date inside a relative clause by that clause's tense, not the future after it", () => {
    const english = 'Bpifrance, which ran the call launched in February, will pay the grants in instalments.';
    const m = one(en(english, MARCH_2025), 'February');
    expect(m.date.value).toBe('2025-02');
    expect(m.future).toBeUndefined();
    const french = "Bpifrance, qui a lancé l'appel à projets en février, versera les aides par tranches.";
    expect(one(fr(french, MARCH_2025), 'février').date.value).toBe('2025-02');
    // The relative clause's own future still counts.
    expect(one(fr('Norvia, qui ouvrira un site en février, a levé 5 M€.', MARCH_2025), 'février').date.value).toBe(
      '2026-02',
    );
    expect(
      one(en('Brightwell, which will open a lab in February, raised $5m.', MARCH_2025), 'February').date.value,
    ).toBe('2026-02');
  });

  it('stays approximate against an approximate publication when the earlier year is a target', () => {
    const m = one(fr('Norvia vise 2030. Son fondateur est parti en janvier.', ABOUT_2019), 'janvier');
    expect(m.date).toMatchObject({ value: '2019', precision: 'approximate' });
  });

  it('reads "expects to", "intends to" as speaking of the future', () => {
    expect(one(en('Norvia expects to close the deal in June.', MARCH_2025), 'June').date.value).toBe('2025-06');
    expect(one(en('Norvia intends to open a site in January.', MARCH_2025), 'January').date.value).toBe('2026-01');
    expect(one(en('Norvia opened a site in January.', MARCH_2025), 'January').date.value).toBe('2025-01');
  });

  it('does not take the year of a relative clause closed before the mention', () => {
    const text = 'Paul Martin, qui dirige Norvia depuis sa création en 2008, quittera ses fonctions le 31 octobre.';
    expect(one(fr(text, MARCH_2025), '31 octobre').date.value).toBe('2025-10-31');
    const english = 'Paul Martin, who has led Norvia since 2008, will step down on October 31.';
    expect(one(en(english, MARCH_2025), 'October 31').date.value).toBe('2025-10-31');
    // The main clause's own year still counts: "In 2012 the firm said it will open in March" is March 2012 (above).
    expect(one(fr('En 2008, Norvia, qui était petite, a ouvert en mars.', MARCH_2025), 'mars').date.value).toBe(
      '2008-03',
    );
  });

  it('reads "doit" before an infinitive as the future, not "doit" before a noun', () => {
    expect(fr('La décision doit être rendue en juin.', MARCH_2025)[0]!.future).toMatch(/^doit /u);
    expect(fr('Le service doit son nom à son fondateur, arrivé en juin.', MARCH_2025)[0]!.future).toBeUndefined();
  });
});

describe('extractDates: bare years', () => {
  it('reads years after a date preposition', () => {
    const text = 'Launched in 2012, it started in 1999 with clouds, since 2006 and by 2025. Depuis 1999.';
    expect(brief(en(text))).toEqual([
      ['2012', '2012', 'year'],
      ['1999', '1999', 'year'],
      ['2006', '2006', 'year'],
      ['2025', '2025', 'year'],
    ]);
    expect(brief(fr('Créée en 2011, active depuis 1999, dès 2012 et jusqu’en 2020.'))).toEqual([
      ['2011', '2011', 'year'],
      ['1999', '1999', 'year'],
      ['2012', '2012', 'year'],
      ['2020', '2020', 'year'],
    ]);
  });

  it('reads ranges and parenthesised years', () => {
    expect(brief(en('between 2010 and 2012, from 2013 to 2014, the report (2016).')).map((b) => b[0])).toEqual([
      '2010',
      '2012',
      '2013',
      '2014',
      '2016',
    ]);
    expect(brief(fr('entre 2010 et 2012, de 2013 à 2014')).map((b) => b[0])).toEqual(['2010', '2012', '2013', '2014']);
    expect(brief(en('in 2010-2012 and since 2014–2015.')).map((b) => b[0])).toEqual(['2010', '2012', '2014', '2015']);
  });

  it('rejects numbers that are not years', () => {
    expect(en('It controlled the 21,893 sites it hosted, with 30% less invoice and 2 million dollars.')).toEqual([]);
    expect(en('It runs 2000 servers in 2000 machines, on Windows 2000, since 1850, for $2012, in 2000 TB.')).toEqual(
      [],
    );
    expect(
      fr(
        'Google dispose de 2 millions de serveurs et Amazon d’environ 500 000, soit 2000 serveurs en 2000 exemplaires.',
      ),
    ).toEqual([]);
    expect(fr('En 1 2012 et 2012,5 et 2 2012 ; la S3NS 2012x.')).toEqual([]);
    expect(en('in the 2000s')).toEqual([]);
  });

  it('keeps the longest mention where rules overlap', () => {
    expect(brief(en('Since May 2012, and since November 21, 2021.'))).toEqual([
      ['May 2012', '2012-05', 'month'],
      ['November 21, 2021', '2021-11-21', 'day'],
    ]);
  });
});

describe('extractDates: relative to the publication', () => {
  it('reads "last month", "le mois dernier", "ce mois-ci" and "June last year", "juin de l\'année dernière"', () => {
    const NOV_2025: FuzzyDate = { value: '2025-11-20', precision: 'day' };
    expect(brief(en('They filed an appeal last month and will decide next month.', NOV_2025))).toEqual([
      ['last month', '2025-10', 'month'],
      ['next month', '2025-12', 'month'],
    ]);
    expect(brief(en('It moved in June last year, and in January of this year.', NOV_2025))).toEqual([
      ['June last year', '2024-06', 'month'],
      ['January of this year', '2025-01', 'month'],
    ]);
    const JAN_2026: FuzzyDate = { value: '2026-01-11', precision: 'day' };
    expect(
      brief(fr("Ils ont fait appel le mois dernier ; ce mois-ci, rien. En juin de l'année dernière, si.", JAN_2026)),
    ).toEqual([
      ['le mois dernier', '2025-12', 'month'],
      ['ce mois-ci', '2026-01', 'month'],
      ["juin de l'année dernière", '2025-06', 'month'],
    ]);
    expect(one(fr("En mars l'an dernier, rien.", JAN_2026), "mars l'an dernier").date.value).toBe('2025-03');
    // Against an approximate publication the month is a guess: approximate, at the publication's granularity.
    expect(one(en('They appealed last month.', ABOUT_2019), 'last month').date).toMatchObject({
      value: '2019',
      precision: 'approximate',
    });
    // Not a date: "months", "per month", "le mois de juin" (the month's own rule reads it).
    expect(en('It costs $5 per month, for months.')).toEqual([]);
  });

  it('counts back "a few days ago" and "two years ago" as approximate dates', () => {
    const text = 'Let’s summarize: a few days ago, Thales confirmed. Two years ago, she asked the government.';
    const mentions = en(text, SUMMER_2022);
    expect(one(mentions, 'a few days ago').date).toMatchObject({ value: '2022-07', precision: 'approximate' });
    expect(one(mentions, 'Two years ago').date).toMatchObject({ value: '2020', precision: 'approximate' });
    expect(one(mentions, 'a few days ago').basis.en).toBe(
      "'a few days ago': counted back from the publication date (2022-summer)",
    );
    expect(one(en('3 months ago it shipped.'), '3 months ago').date).toMatchObject({
      value: '2021-08',
      precision: 'approximate',
    });
    // A publication known to the year only gives a year.
    expect(one(en('a few days ago', ABOUT_2019), 'a few days ago').date).toMatchObject({
      value: '2019',
      precision: 'approximate',
    });
    expect(en('a few years ago')).toEqual([]);
  });

  it('reads the French forms', () => {
    const mentions = fr('Il y a deux ans, le projet est né ; il y a quelques jours, il a fermé.');
    expect(one(mentions, 'Il y a deux ans').date).toMatchObject({ value: '2011', precision: 'approximate' });
    expect(one(mentions, 'il y a quelques jours').date).toMatchObject({ value: '2013-10', precision: 'approximate' });
  });

  it('reads last/this/next year', () => {
    expect(brief(en('Last year and this year, not next year.'))).toEqual([
      ['Last year', '2020', 'year'],
      ['this year', '2021', 'year'],
      ['next year', '2022', 'year'],
    ]);
    expect(brief(fr("L'an dernier, cette année et l’année prochaine."))).toEqual([
      ["L'an dernier", '2012', 'year'],
      ['cette année', '2013', 'year'],
      ['l’année prochaine', '2014', 'year'],
    ]);
  });
});

describe('extractDates: windows', () => {
  const phrases = [
    ['en', 'Posted on November 21, 2021.'],
    ['en', 'Launched in 2012.'],
    ['en', 'In May 2012 it moved.'],
    ['en', 'a few days ago'],
    ['en', 'early 2012'],
    ['fr', 'Lancée en avril 2012.'],
    ['fr', 'au printemps 2013'],
    ['fr', 'le 1er février 2020'],
    ['fr', 'il y a deux ans'],
    ['fr', 'fin 2012'],
  ] as const;

  it('finds the same mentions whatever surrounds them (trigger windows never cut a mention)', () => {
    const filler = fc.stringMatching(/^[a-z ,.'\n]{0,200}$/);
    fc.assert(
      fc.property(fc.constantFrom(...phrases), filler, filler, ([language, phrase], before, after) => {
        const alone = extractDates(phrase, { language, published: AUTUMN_2013 });
        const text = `${before} ${phrase} ${after}`;
        const shifted = extractDates(text, { language, published: AUTUMN_2013 }).filter(
          (m) => m.start >= before.length + 1 && m.end <= before.length + 1 + phrase.length,
        );
        expect(shifted.map((m) => [m.start - before.length - 1, m.text, m.date.value])).toEqual(
          alone.map((m) => [m.start, m.text, m.date.value]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('handles mentions at the very start and end of the text and long texts', () => {
    expect(brief(en('2012'))).toEqual([]);
    expect(brief(en('May 2012'))).toEqual([['May 2012', '2012-05', 'month']]);
    const long = `${'lorem ipsum dolor '.repeat(2000)}in 2012 ${'sit amet '.repeat(2000)}in 2013`;
    expect(en(long).map((m) => m.text)).toEqual(['2012', '2013']);
  });
});

describe('extractDates: shortcuts agree with the long way', () => {
  const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
  const EN_TOKENS = [...EN_MONTHS, 'October', 'November', 'December', 'Jan', 'Feb.', 'Mar', 'Apr.', 'Jun', 'Jul.'];
  const MORE_EN_TOKENS = ['Aug', 'Sept.', 'Sep', 'Oct.', 'Nov', 'Dec.', 'MAY', 'SEPT'];
  const FR_TOKENS = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout'];
  const MORE_FR_TOKENS = [
    'septembre',
    'octobre',
    'novembre',
    'décembre',
    'decembre',
    'janv.',
    'févr.',
    'juil.',
    'déc.',
  ];
  const DAYS = [...Array.from({ length: 31 }, (_, i) => String(i + 1)), '01', '09'];

  /** The mention chrono alone would give for a whole text that is one full-date window. */
  function chronoReading(parser: typeof chrono.en.strict, text: string) {
    const r = parser
      .parse(text, new Date(Date.UTC(2000, 0, 1)))
      .find((r) => r.start.isCertain('day') && r.start.isCertain('month'));
    if (!r) return [];
    const day = `${String(r.start.get('month')).padStart(2, '0')}-${String(r.start.get('day')).padStart(2, '0')}`;
    return [[r.text, r.start.isCertain('year') ? `${r.start.get('year')}-${day}` : day]];
  }
  const reading = (mentions: DateMention[]) =>
    mentions.map((m) => [m.text, m.basis.en === 'explicit in the text' ? m.date.value : m.date.value.slice(5)]);

  it('reads the plain full-date shapes ("May 3rd, 2012", "3 of May", "1er juin") exactly as chrono does', () => {
    const suffixes = ['', 'st', 'nd', 'rd', 'th', 'TH'];
    const years = ['', ' 2012', ', 2021', ' 1900', ', 2000'];
    let n = 0;
    for (const token of [...EN_TOKENS, ...MORE_EN_TOKENS])
      for (const day of DAYS) {
        const d = `${day}${suffixes[n % suffixes.length]}`;
        const shapes = [`${token} ${d}`, `${d} ${token}`, `${d} of ${token}`];
        const text = `${shapes[n % shapes.length]}${years[n++ % years.length]}`;
        expect(reading(en(text)), text).toEqual(chronoReading(chrono.en.strict, text));
      }
    for (const token of [...FR_TOKENS, ...MORE_FR_TOKENS])
      for (const day of [...DAYS, '1er']) {
        const text = `${day} ${token}${years[n++ % years.length]!.replace(',', '')}`;
        expect(reading(fr(text)), text).toEqual(chronoReading(chrono.fr.strict, text));
      }
  });

  it('tries each rule from every word its matches can start with', () => {
    const cases: Array<[DateMention[], unknown[][]]> = [
      [en('It reopened on Monday, the 1st of May 2017, after the works.'), [['1st of May 2017', '2017-05-01', 'day']]],
      [en('It reopened on Monday, May 1, 2017.'), [['Monday, May 1, 2017', '2017-05-01', 'day']]],
      [en('They met a couple of days ago.', AUTUMN_2013), [['a couple of days ago', '2013-10', 'approximate']]],
      [
        en('They left at the end of the year 2012 and came back at the beginning of May.'),
        [
          ['the end of the year 2012', '2012', 'year', 'late'],
          ['the beginning of May', '2012-05', 'month', 'early'],
        ],
      ],
      [
        // "mars" is a month only after a preposition.
        fr('Fermé jusqu’en juin, puis du mois d’avril au mois de mars, ou d’ici mars.'),
        [
          ['juin', '2013-06', 'month'],
          ['avril', '2013-04', 'month'],
          ['mars', '2013-03', 'month'],
          ['mars', '2013-03', 'month'],
        ],
      ],
      [
        fr('Lancé début du mois de juin, arrêté fin de l’année 2012.'),
        [
          ['début du mois de juin', '2013-06', 'month', 'early'],
          ['fin de l’année 2012', '2012', 'year', 'late'],
        ],
      ],
      [
        fr('Ouvert dimanche 1er juin 2014, fermé le 21/11/2021.'),
        [
          ['dimanche 1er juin 2014', '2014-06-01', 'day'],
          ['21/11/2021', '2021-11-21', 'day'],
        ],
      ],
      [
        fr('Ouvert après l’été 2012, rouvert au printemps.'),
        [
          ['l’été 2012', '2012-summer', 'season'],
          ['printemps', '2012-spring', 'season'],
        ],
      ],
    ];
    for (const [mentions, expected] of cases) expect(brief(mentions)).toEqual(expected);
  });

  it('hears the French future in a text held in UTF-16 (a "’" in it), and only there', () => {
    expect(one(fr('L’offre sera lancée en juin.'), 'juin').basis.en).toContain("future ('sera')");
    expect(one(fr('Les équipes d’Orange partiront en mars.'), 'mars').date.value).toBe('2014-03');
    // "opéra" ends like "sera" but is no verb.
    expect(one(fr('L’opéra a fermé en juin.'), 'juin').date.value).toBe('2013-06');
  });

  it('dates yearless mentions by the spans dateSpan gives them', () => {
    type Case = { text: string; mention: string; date: (year: number) => FuzzyDate };
    const cases: Case[] = [];
    EN_MONTHS.concat('October', 'November', 'December').forEach((month, i) => {
      const mm = String(i + 1).padStart(2, '0');
      const monthDate =
        (qualifier?: DateQualifier) =>
        (year: number): FuzzyDate =>
          qualifier
            ? { value: `${year}-${mm}`, precision: 'month', qualifier }
            : { value: `${year}-${mm}`, precision: 'month' };
      cases.push({ text: `Last ${month}, they left.`, mention: `Last ${month}`, date: monthDate() });
      cases.push({ text: `They leave next ${month}.`, mention: `next ${month}`, date: monthDate() });
      cases.push({ text: `They left this ${month}.`, mention: `this ${month}`, date: monthDate() });
      for (const qualifier of ['early', 'mid', 'late'] as const) {
        cases.push({
          text: `They will leave in ${qualifier} ${month}.`,
          mention: `${qualifier} ${month}`,
          date: monthDate(qualifier),
        });
        cases.push({
          text: `They left in ${qualifier} ${month}.`,
          mention: `${qualifier} ${month}`,
          date: monthDate(qualifier),
        });
      }
      for (const day of [1, 29, 31]) {
        const date = (year: number) =>
          ({ value: `${year}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' }) as const;
        cases.push({ text: `It will close on ${month} ${day}.`, mention: `${month} ${day}`, date });
        cases.push({ text: `It closed on ${month} ${day}.`, mention: `${month} ${day}`, date });
      }
    });
    for (const season of ['spring', 'summer', 'autumn', 'winter'] as const) {
      const date = (year: number) => ({ value: `${year}-${season}`, precision: 'season' }) as const;
      cases.push({ text: `Last ${season}, they left.`, mention: `Last ${season}`, date });
      cases.push({ text: `They leave next ${season}.`, mention: `next ${season}`, date });
      cases.push({ text: `They left this ${season}.`, mention: `this ${season}`, date });
      cases.push({ text: `They will leave in the ${season}.`, mention: `the ${season}`, date });
      cases.push({ text: `They left in the ${season}.`, mention: `the ${season}`, date });
    }

    // The rules at the top of dates.ts, on each candidate year's span.
    const dayNumber = (iso: string) => Date.parse(iso) / 86_400_000;
    function expected(c: Case, published: string): string | undefined {
      const ref = dayNumber(published);
      const year = Number(published.slice(0, 4));
      const spans = [-3, -2, -1, 0, 1, 2, 3]
        .map((k) => c.date(year + k))
        .filter((d) => FuzzyDateSchema.safeParse(d).success)
        .map((d) => ({ value: d.value, first: dayNumber(dateSpan(d).start), last: dayNumber(dateSpan(d).end) }));
      if (c.mention.startsWith('Last')) return spans.findLast((s) => s.last < ref)?.value;
      if (c.mention.startsWith('next')) return spans.find((s) => s.first > ref)?.value;
      if (c.mention.startsWith('this')) {
        const distance = (s: (typeof spans)[number]) =>
          s.first > ref ? s.first - ref : s.last < ref ? ref - s.last : 0;
        return spans
          .filter((s) => Math.abs(Number(s.value.slice(0, 4)) - year) <= 1)
          .reduce((best, s) => (distance(s) < distance(best) ? s : best)).value;
      }
      if (c.text.includes('will')) return spans.find((s) => s.last >= ref)?.value;
      return spans.findLast((s) => s.first <= ref)?.value;
    }

    const published: string[] = [];
    for (let day = Date.UTC(2019, 11, 1); day <= Date.UTC(2021, 2, 31); day += 13 * 86_400_000)
      published.push(new Date(day).toISOString().slice(0, 10));
    // and the edges of months, seasons and early/mid/late
    published.push('2020-02-28', '2020-02-29', '2020-03-01', '2020-05-10', '2020-05-11', '2020-05-20', '2020-05-21');
    published.push('2020-05-31', '2020-06-01', '2020-08-31', '2020-11-30', '2020-12-01', '2020-12-31', '2021-01-01');
    for (const day of published)
      for (const c of cases) {
        const found = extractDates(c.text, { language: 'en', published: { value: day, precision: 'day' } });
        const mention = found.find((m) => m.text === c.mention);
        expect(mention?.date.value, `${c.text} published ${day}`).toBe(expected(c, day));
      }
  });
});

// ---------------------------------------------------------------------------------------------------------

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const corpusDir = resolve(repoRoot, process.env.CORPUS_DIR ?? '../shared/corpus');
const corpusPresent = existsSync(corpusDir);
const readCorpus = (file: string) => readFileSync(resolve(corpusDir, file), 'utf8').normalize('NFC');

describe.skipIf(!corpusPresent)(
  `extractDates on the corpus in ${corpusDir}${corpusPresent ? '' : ' (skipped: directory absent; set CORPUS_DIR)'}`,
  () => {
    const cases: Array<{ file: string; language: 'fr' | 'en'; published: FuzzyDate; expected: unknown[][] }> = [
      {
        file: '000_5ca4a9e8247b9c43.txt',
        language: 'en',
        published: SUMMER_2022,
        expected: [
          ['the summer', '2022-summer', 'season'],
          ['a few days ago', '2022-07', 'approximate'],
          ['2024', '2024', 'year'],
          ['two years ago', '2020', 'approximate'],
          ['2024', '2024', 'year'],
        ],
      },
      {
        file: '001_b4d6d6d1a6f582eb.txt',
        language: 'en',
        published: ABOUT_2019,
        expected: [
          ['February 1st', '2020', 'approximate'],
          ['2012', '2012', 'year'],
          ['the fall', '2019', 'approximate'],
        ],
      },
      {
        file: '002_bfb67685b602f4f6.txt',
        language: 'fr',
        published: { value: '2015', precision: 'approximate' },
        expected: [],
      },
      {
        file: '003_7e534490006a18fa.txt',
        language: 'en',
        published: NOV_21_2021,
        expected: [
          ['November 21, 2021', '2021-11-21', 'day'],
          ['October 15', '2021-10-15', 'day'],
          ['1999', '1999', 'year'],
          ['2006', '2006', 'year'],
          ['2010', '2010', 'year'],
          ['2000', '2000', 'year'],
          ['2012', '2012', 'year'],
          ['2011', '2011', 'year'],
        ],
      },
      {
        file: '004_e43f900966f42abb.txt',
        language: 'fr',
        published: AUTUMN_2013,
        expected: [
          ['mai 2012', '2012-05', 'month'],
          ['avril 2012', '2012-04', 'month'],
          ['début septembre', '2012-09', 'month', 'early'],
          ['printemps 2013', '2013-spring', 'season'],
          ['juin dernier', '2013-06', 'month'],
        ],
      },
    ];

    for (const { file, language, published, expected } of cases) {
      it(`${file}: ${expected.length} date mentions`, () => {
        const text = readCorpus(file);
        const mentions = checked(text, extractDates(text, { language, published }));
        expect(brief(mentions)).toEqual(expected);
      });
    }

    it('explains how each relative date of 004 was resolved', () => {
      const mentions = extractDates(readCorpus('004_e43f900966f42abb.txt'), { language: 'fr', published: AUTUMN_2013 });
      expect(one(mentions, 'début septembre').basis.en).toBe("year from 'avril 2012' in the sentence before");
      expect(one(mentions, 'juin dernier').basis.en).toBe(
        "'juin dernier': the last June before publication (2013-autumn)",
      );
    });
  },
);
