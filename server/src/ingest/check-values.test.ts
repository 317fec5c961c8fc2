import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../domain/dates.ts';
import {
  KbActorSchema,
  KbEventSchema,
  KbFundingSchema,
  KbRelationSchema,
  SourceManifestEntrySchema,
} from '../domain/model.ts';
import { analyseText } from './analyse.ts';
import type { AnalysedCorpus } from './bundle.ts';
import { checkValues } from './check-values.ts';
import { Gazetteer } from './gazetteer.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { normaliseText } from '../shared-io/source-text.ts';
import { parseYamlRecords } from './yaml-records.ts';

// Two small texts written for these tests, one per language.
const TEXTS = {
  'note-fr': {
    language: 'fr' as const,
    published: { value: '2012', precision: 'approximate', basis: { fr: 'test', en: 'test' } } as FuzzyDate,
    text:
      "Le programme Nuage Commun a été lancé en mars 2011. La Banque Publique devait investir 40 millions d'euros, " +
      'Acme et Beta 10 millions chacun. Le marché a démarré lentement. Le service fermera le 1er février. ' +
      'Nuage Commun compte déjà 2 millions de serveurs. Le projet se repositionne sur la santé. ' +
      "Le réseau est financé autour de 60 millions d'euros. L'an dernier, Acme a facturé 3 millions.",
  },
  'note-en': {
    language: 'en' as const,
    published: { value: '2015-06-10', precision: 'day', basis: { fr: 'test', en: 'test' } } as FuzzyDate,
    text:
      'Acme Cloud was founded in early 2012. Acme invested 5 million dollars. ' +
      'Two years after its launch, Acme Cloud billed 3 million. ' +
      'Last week, Beta confirmed the launch of Beta Cloud in 2015. Beta raised about 7 million dollars. ' +
      'Its French arm had cost 4 million euros.',
  },
};

const ACTOR = (id: string) => `- id: ${id}
  name: "${id}"
  kind: company
  aliases: { fr: [], en: [] }
  description: { fr: "x", en: "x" }
`;

/** A knowledge base and an analysed corpus from YAML snippets, as the ingest would load them. */
function setUp(yaml: { actors?: string; relations?: string; events?: string; fundings?: string }) {
  const parse = <S extends Parameters<typeof parseYamlRecords>[2]>(file: string, text: string, schema: S) => {
    const parsed = parseYamlRecords(text || '[]', file, schema);
    expect(parsed.issues).toEqual([]);
    return parsed.records;
  };
  const manifest = Object.entries(TEXTS)
    .map(
      ([id, t]) =>
        `- { id: ${id}, file: ${id}.txt, title: "${id}", language: ${t.language}, published: ${JSON.stringify(t.published)} }`,
    )
    .join('\n');
  const kb: KnowledgeBase = {
    actors: parse('actors.yaml', yaml.actors ?? '', KbActorSchema),
    relations: parse('relations.yaml', yaml.relations ?? '', KbRelationSchema),
    events: parse('events.yaml', yaml.events ?? '', KbEventSchema),
    fundings: parse('fundings.yaml', yaml.fundings ?? '', KbFundingSchema),
    disputes: [],
    reviewed: [],
    sources: parse('manifest.yaml', manifest, SourceManifestEntrySchema),
    rejectedIds: { actors: new Set(), relations: new Set(), events: new Set(), fundings: new Set() },
    files: {
      actors: 'actors.yaml',
      relations: 'relations.yaml',
      events: 'events.yaml',
      fundings: 'fundings.yaml',
      disputes: 'disputes.yaml',
      reviewed: 'reviewed.yaml',
      sources: 'manifest.yaml',
    },
  };
  const documents = kb.sources.map(({ value: source }) => ({
    source,
    text: normaliseText(TEXTS[source.id as keyof typeof TEXTS].text).text,
    removedFurniture: [],
    detectedLanguage: source.language,
  }));
  const analysed: AnalysedCorpus = {
    corpus: { present: true, directory: '/nowhere', documents },
    analyses: new Map(
      documents.map((d) => [
        d.source.id,
        analyseText(d.text, d.source.language, d.source.published, new Gazetteer([])),
      ]),
    ),
  };
  return checkValues(kb, analysed);
}

const funding = (id: string, amount: number, currency: string, quote: string, source = 'note-fr', extra = '') => `
- id: ${id}
  to: acme
  amount: ${amount}
  currency: "${currency}"
  kind: pledged
${extra}  evidence:
    - { source: ${source}, quote: "${quote}" }`;

const event = (id: string, date: string, quote: string, source = 'note-fr', extra = '') => `
- id: ${id}
  date: ${date}
${extra}  kind: other
  title: { fr: "x", en: "x" }
  actors: [{ id: acme, role: { fr: "sujet", en: "subject" } }]
  evidence:
    - { source: ${source}, quote: "${quote}" }`;

const where = (check: ReturnType<typeof checkValues>) => check.issues.map((i) => `${i.file}:${i.line}`);

describe('checkValues: amounts are read from their quotes', () => {
  it('reads a currency written once for an enumeration, in French', () => {
    const check = setUp({
      fundings:
        funding('a-40m', 40e6, 'EUR', "La Banque Publique devait investir 40 millions d'euros") +
        funding('b-10m', 10e6, 'EUR', 'Acme et Beta 10 millions chacun'),
    });
    expect(check.issues).toEqual([]);
    expect(check.tallies.fundings).toEqual({ read: 2, derived: 0, unchecked: 0 });
  });

  it('rejects a wrong amount at its line, naming the value, the reading and the quote', () => {
    const check = setUp({ fundings: funding('a-40m', 4e6, 'EUR', 'La Banque Publique devait investir 40 millions') });
    expect(where(check)).toEqual(['fundings.yaml:4']);
    expect(check.issues[0]!.message).toMatch(
      /funding "a-40m" amount 4000000 EUR .*"La Banque Publique devait investir 40 millions" reads '40 millions d'euros' as 40000000 EUR/,
    );
  });

  it('rejects a currency the quote does not give, at the currency line', () => {
    const check = setUp({ fundings: funding('a', 5e6, 'EUR', 'Acme invested 5 million dollars.', 'note-en') });
    expect(where(check)).toEqual(['fundings.yaml:5']);
    expect(check.issues[0]!.message).toMatch(/currency .* reads '5 million dollars' as 5000000 USD/);
  });

  it("reads a bare amount in the text's one currency, in French", () => {
    const billed = "L'an dernier, Acme a facturé 3 millions.";
    expect(setUp({ fundings: funding('a', 3e6, 'EUR', billed) }).issues).toEqual([]);
    expect(where(setUp({ fundings: funding('a', 3e6, 'unspecified', billed) }))).toEqual(['fundings.yaml:5']);
  });

  it('keeps a bare amount unspecified in a text of two currencies, in English', () => {
    const billed = 'Two years after its launch, Acme Cloud billed 3 million.';
    expect(setUp({ fundings: funding('a', 3e6, 'unspecified', billed, 'note-en') }).issues).toEqual([]);
    expect(where(setUp({ fundings: funding('a', 3e6, 'USD', billed, 'note-en') }))).toEqual(['fundings.yaml:5']);
  });

  it('keeps a hedged amount approximate, in French and English, and an exact one exact', () => {
    const hedged = "Le réseau est financé autour de 60 millions d'euros.";
    const unmarked = setUp({ fundings: funding('network', 60e6, 'EUR', hedged) });
    expect(where(unmarked)).toEqual(['fundings.yaml:4']);
    expect(unmarked.issues[0]!.message).toMatch(
      /the source hedges the amount: mark it approximate: .* as about 60000000 EUR/,
    );
    const approximate = (quote: string, amount: number, currency: string, source = 'note-fr') =>
      funding('a', amount, currency, quote, source).replace(
        `  amount: ${amount}\n`,
        `  amount: ${amount}\n  approximate: true\n`,
      );
    expect(setUp({ fundings: approximate(hedged, 60e6, 'EUR') }).issues).toEqual([]);
    expect(
      setUp({ fundings: approximate('Beta raised about 7 million dollars.', 7e6, 'USD', 'note-en') }).issues,
    ).toEqual([]);
    const exact = setUp({ fundings: approximate('La Banque Publique devait investir 40 millions', 40e6, 'EUR') });
    expect(exact.issues[0]!.message).toMatch(/without a hedge: it is not approximate/);
  });

  it('does not read a count of things as money', () => {
    const check = setUp({ fundings: funding('servers', 2e6, 'unspecified', 'compte déjà 2 millions de serveurs') });
    expect(where(check)).toEqual(['fundings.yaml:4']);
    expect(check.issues[0]!.message).toMatch(/reads no amount/);
  });
});

describe('checkValues: dates are read from their quotes', () => {
  it('reads a month and year in French, and rejects another day, month or precision', () => {
    const quote = 'Le programme Nuage Commun a été lancé en mars 2011.';
    expect(setUp({ events: event('launch', '{ value: "2011-03", precision: month }', quote) }).issues).toEqual([]);
    for (const wrong of ['{ value: "2011-04", precision: month }', '{ value: "2011", precision: year }'])
      expect(where(setUp({ events: event('launch', wrong, quote) }))).toEqual(['events.yaml:3']);
  });

  it('does not read "marché" as March', () => {
    const check = setUp({
      events: event('market', '{ value: "2012-03", precision: month }', 'Le marché a démarré lentement.'),
    });
    expect(check.issues[0]!.message).toMatch(/reads no date/);
  });

  it('keeps a relative date approximate when the publication date is approximate, and makes it planned', () => {
    const quote = 'Le service fermera le 1er février.';
    const exact = setUp({ events: event('close', '{ value: "2013-02-01", precision: day }', quote, 'note-fr') });
    expect(exact.issues[0]!.message).toMatch(/reads '1er février' as 2013 \(approximate\)/);
    const unplanned = setUp({ events: event('close', '{ value: "2013", precision: approximate }', quote) });
    expect(unplanned.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/after its source's publication .*: its status is "planned", not "happened"/),
    ]);
    const planned = setUp({
      events: event('close', '{ value: "2013", precision: approximate }', quote, 'note-fr', '  status: planned\n'),
    });
    expect(planned.issues).toEqual([]);
  });

  it('refuses an announcement as a founding or a launch, and a plan as an end', () => {
    const quote = 'Beta confirmed the launch of Beta Cloud in 2015.';
    const founded = setUp({
      actors: `${ACTOR('beta-cloud')}  founded: { value: "2015", precision: year }
  evidence: [{ source: note-en, quote: "${quote}" }]`,
    });
    expect(founded.issues[0]!.message).toMatch(
      /announces it \('confirmed'\): an announcement or a plan is not a beginning/,
    );
    const launch = setUp({
      events: event('beta', '{ value: "2015", precision: year }', quote, 'note-en', '  status: announced\n').replace(
        'kind: other',
        'kind: launch',
      ),
    });
    expect(launch.issues[0]!.message).toMatch(/an announcement is not a launch/);
    const plannedEnd = setUp({
      actors: `${ACTOR('service')}  dissolved: { value: "2013", precision: approximate }
  evidence: [{ source: note-fr, quote: "Le service fermera le 1er février." }]`,
    });
    expect(plannedEnd.issues[0]!.message).toMatch(/plans it \('fermera'\): an announcement or a plan is not an end/);
    const founding = setUp({
      actors: `${ACTOR('acme-cloud')}  founded: { value: "2012", precision: year, qualifier: early }
  evidence: [{ source: note-en, quote: "Acme Cloud was founded in early 2012." }]`,
    });
    expect(founding.issues).toEqual([]);
  });
});

describe('checkValues: derived values are re-computed', () => {
  const derived = (field: string, rule: string, from: string[], extra = '') => `  derived:
    ${field}:
      rule: ${rule}
      from: [${from.join(', ')}]
${extra}      reasoning: { fr: "parce que", en: "because" }
`;

  it('re-computes a sum, and refuses one that does not add up', () => {
    const parts =
      funding('b-10m', 10e6, 'EUR', 'Acme et Beta 10 millions chacun') +
      funding('c-40m', 40e6, 'EUR', 'La Banque Publique devait investir 40 millions');
    const total = (amount: number) =>
      funding(
        'a-total',
        amount,
        'EUR',
        'Acme et Beta 10 millions chacun',
        'note-fr',
        derived('amount', 'sum', ['fundings/b-10m', 'fundings/c-40m']),
      );
    const good = setUp({ fundings: total(50e6) + parts });
    expect(good.issues).toEqual([]);
    expect(good.tallies.fundings).toEqual({ read: 2, derived: 1, unchecked: 0 });
    const bad = setUp({ fundings: total(60e6) + parts });
    expect(where(bad)).toEqual(['fundings.yaml:4']);
    expect(bad.issues[0]!.message).toMatch(
      /derived by "sum" from fundings\/b-10m \(10000000 EUR\), fundings\/c-40m \(40000000 EUR\), which gives 50000000 EUR/,
    );
  });

  it('re-computes an offset from another record ("two years after its launch")', () => {
    const launch = event(
      'launch',
      '{ value: "2012", precision: year, qualifier: early }',
      'Acme Cloud was founded in early 2012.',
      'note-en',
    );
    const billing = (date: string) =>
      event(
        'billing',
        date,
        'Two years after its launch, Acme Cloud billed 3 million.',
        'note-en',
        derived('date', 'offset', ['events/launch'], '      offset: { amount: 2, unit: year }\n'),
      );
    expect(setUp({ events: launch + billing('{ value: "2014", precision: approximate }') }).issues).toEqual([]);
    const wrong = setUp({ events: launch + billing('{ value: "2014", precision: year }') });
    expect(wrong.issues[0]!.message).toMatch(
      /derived by "offset" from events\/launch .* which gives 2014 \(approximate\)/,
    );
  });

  it('dates a present-tense statement by its publication, only from a source it cites', () => {
    const statement = (source: string) =>
      event(
        'repositioning',
        '{ value: "2012", precision: approximate }',
        'Le projet se repositionne sur la santé.',
        'note-fr',
        derived('date', 'publication', [`sources/${source}`]),
      );
    expect(setUp({ events: statement('note-fr') }).issues).toEqual([]);
    expect(setUp({ events: statement('note-en') }).issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/derived by "publication" from sources\/note-en \(2015-06-10 \(day\)\)/),
      expect.stringMatching(/dated by the publication of sources\/note-en, which none of its quotes comes from/),
    ]);
  });

  it('refuses a derivation that points at nothing, or describes a value the record lacks', () => {
    const check = setUp({
      relations: `- id: acme-partner-of-beta
  type: partner-of
  from: acme
  to: beta
  since: { value: "2012", precision: approximate }
${derived('since', 'same-as', ['events/nowhere'])}${derived('until', 'same-as', ['events/nowhere']).replace('  derived:\n', '')}  evidence: [{ source: note-fr, quote: "Acme et Beta 10 millions chacun" }]`,
    });
    expect(check.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/since 2012 \(approximate\): events\/nowhere does not exist/),
      expect.stringMatching(/derived.until describes a value the record does not have/),
    ]);
  });
});
