import type { FuzzyDate } from '../domain/dates.ts';
import type { EvidenceRef, KbFunding } from '../domain/model.ts';
import { deriveAmount, deriveDate, RECORD_POINTER, type Amount, type Derivation } from '../domain/truth/derived.ts';
import { describeDate, sameDate } from '../domain/truth/precision.ts';
import { announcingWord, isAfterPublication, statusProblem } from '../domain/truth/status.ts';
import type { AnalysedCorpus } from './bundle.ts';
import type { DateMention } from './extract/dates.ts';
import type { MoneyMention } from './extract/money.ts';
import type { IngestIssue } from './issues.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { locateQuote } from './quotes.ts';
import type { Located } from './yaml-records.ts';

/**
 * Values are read from the evidence, or derived and re-computed; never typed beside it.
 *
 * Reading: the extractors run over each whole normalised text (so a currency written once for an enumeration, a
 * year given earlier in the sentence or the text, and the publication date for relative expressions are all the
 * context they use), and a value is read in a quote when a mention the extractor found overlaps that quote's span.
 * A funding's amount, currency and hedge (`approximate`), and a date's value, precision and qualifier, must equal such
 * a mention in one of the record's quotes. A value the record marks `derived` is instead re-computed from what it points at
 * (domain/truth/derived.ts) and must equal the result.
 *
 * Status: an event whose date, as read, begins after its source's publication is planned; an event's kind and status
 * must fit (domain/truth/status.ts); an actor's founding and dissolution dates and a relation's bounds (unless the
 * relation itself is planned or announced) may not rest on a date in a sentence that plans it ("will be disconnected",
 * "devrait") nor on a quote that announces it ("confirmed the launch"): an announcement is not a founding, nor a
 * planned end an end.
 */

export type ValueCollection = 'actors' | 'relations' | 'events' | 'fundings';
export interface ValueTally {
  /** Values equal to what an extractor reads in a quote. */
  read: number;
  /** Values re-computed from their `derived` entry. */
  derived: number;
  /** Values left unchecked because their source text is absent (the bundle is then built without the corpus). */
  unchecked: number;
}
export type ValueTallies = Record<ValueCollection, ValueTally>;

export interface ValueCheck {
  issues: IngestIssue[];
  tallies: ValueTallies;
}

interface Reading {
  source: string;
  quote: string;
  dates: DateMention[];
  money: MoneyMention[];
}

const show = (quote: string) => `"${quote.length > 120 ? `${quote.slice(0, 117)}...` : quote}"`;
const showAmount = (a: { amount: number; currency: string | null; approximate: boolean }) =>
  `${a.approximate ? 'about ' : ''}${a.amount} ${a.currency ?? 'unspecified'}`;

type AmountField = 'amount' | 'currency' | 'approximate';
/** Which part of an amount differs from another, the amount first; null when they say the same. */
function difference(read: Amount, recorded: Amount): AmountField | null {
  if (read.amount !== recorded.amount) return 'amount';
  if (read.currency !== recorded.currency) return 'currency';
  if (read.approximate !== recorded.approximate) return 'approximate';
  return null;
}

export function checkValues(kb: KnowledgeBase, { corpus, analyses }: AnalysedCorpus): ValueCheck {
  const issues: IngestIssue[] = [];
  const tally = (): ValueTally => ({ read: 0, derived: 0, unchecked: 0 });
  const tallies: ValueTallies = { actors: tally(), relations: tally(), events: tally(), fundings: tally() };
  const texts = new Map(corpus.documents.map((d) => [d.source.id, d.text]));
  const readings = new Map<string, Reading | null>();

  /** What the extractors read in one quote, or null when its text is absent or the quote is not in it. */
  const read = (ref: EvidenceRef): Reading | null => {
    const key = `${ref.source}\u0000${ref.quote}`;
    if (readings.has(key)) return readings.get(key)!;
    const text = texts.get(ref.source);
    const analysis = analyses.get(ref.source);
    let reading: Reading | null = null;
    if (text !== undefined && analysis) {
      const location = locateQuote(text, ref.quote);
      if (location.found) {
        const { start, end } = location;
        const overlaps = (m: { start: number; end: number }) => m.start < end && m.end > start;
        reading = {
          source: ref.source,
          quote: text.slice(start, end),
          dates: analysis.dates.filter(overlaps),
          money: analysis.money.filter(overlaps),
        };
      }
    }
    readings.set(key, reading);
    return reading;
  };

  const published = new Map(kb.sources.map((s) => [s.value.id, s.value.published]));
  const byId = <T extends { id: string }>(records: readonly Located<T>[]) =>
    new Map(records.map((r) => [r.value.id, r.value]));
  const records = {
    actors: byId(kb.actors),
    relations: byId(kb.relations),
    events: byId(kb.events),
    fundings: byId(kb.fundings),
  };

  /** The date a pointer names, or why it names none. */
  const dateAt = (pointer: string): FuzzyDate | string => {
    const [, collection, id, field] = RECORD_POINTER.exec(pointer) ?? [];
    const missing = `${pointer} does not exist`;
    switch (collection) {
      case 'sources':
        return published.get(id!) ?? missing;
      case 'events':
        return records.events.get(id!)?.date ?? missing;
      case 'fundings': {
        const funding = records.fundings.get(id!);
        return funding ? (funding.date ?? `${pointer} has no date`) : missing;
      }
      case 'relations': {
        const relation = records.relations.get(id!);
        const name = field ?? 'since';
        if (name !== 'since' && name !== 'until') return `${pointer}: a relation has #since or #until`;
        return relation ? (relation[name] ?? `${pointer} has no ${name} date`) : missing;
      }
      case 'actors': {
        const actor = records.actors.get(id!);
        const name = field ?? 'founded';
        if (name !== 'founded' && name !== 'dissolved') return `${pointer}: an actor has #founded or #dissolved`;
        return actor ? (actor[name] ?? `${pointer} has no ${name} date`) : missing;
      }
    }
    return missing;
  };

  function checkDate(
    collection: ValueCollection,
    file: string,
    record: Located<{ id: string; evidence: readonly EvidenceRef[] }>,
    field: string,
    date: FuzzyDate,
    derivation: Derivation | undefined,
    /** A founding or an end: it may not rest on a plan or an announcement. */
    rules: { bound: 'beginning' | 'end' | null },
  ): { mention: DateMention; source: string } | null {
    const label = `${collection.slice(0, -1)} "${record.value.id}" ${field} ${describeDate(date)}`;
    const line = record.lineOf([field]);
    if (derivation) {
      tallies[collection].derived++;
      const inputs: FuzzyDate[] = [];
      for (const pointer of derivation.from) {
        const input = dateAt(pointer);
        if (typeof input === 'string') {
          issues.push({ file, line: record.lineOf(['derived', field, 'from']), message: `${label}: ${input}` });
          return null;
        }
        inputs.push(input);
      }
      const result = deriveDate(derivation, inputs);
      if ('problem' in result) {
        issues.push({ file, line: record.lineOf(['derived', field]), message: `${label}: ${result.problem}` });
      } else if (!sameDate(result.value, date)) {
        const from = derivation.from.map((p, i) => `${p} (${describeDate(inputs[i]!)})`).join(', ');
        issues.push({
          file,
          line,
          message: `${label} is derived by "${derivation.rule}" from ${from}, which gives ${describeDate(result.value)}`,
        });
      }
      const sourcePointer = derivation.from.find((p) => p.startsWith('sources/'));
      if (sourcePointer && !record.value.evidence.some((e) => `sources/${e.source}` === sourcePointer)) {
        issues.push({
          file,
          line: record.lineOf(['derived', field, 'from']),
          message: `${label} is dated by the publication of ${sourcePointer}, which none of its quotes comes from`,
        });
      }
      return null;
    }
    const said: string[] = [];
    let match: { mention: DateMention; reading: Reading } | null = null;
    let checked = false;
    for (const ref of record.value.evidence) {
      const reading = read(ref);
      if (!reading) continue;
      checked = true;
      const mention = reading.dates.find((m) => sameDate(m.date, date));
      if (mention) {
        match = { mention, reading };
        break;
      }
      said.push(
        `${show(reading.quote)} reads ${reading.dates.length ? reading.dates.map((m) => `'${m.text}' as ${describeDate(m.date)}`).join(', ') : 'no date'}`,
      );
    }
    if (!checked) {
      tallies[collection].unchecked++;
      return null;
    }
    if (!match) {
      issues.push({
        file,
        line,
        message: `${label} is not what its evidence says: ${said.join('; ')}; correct it, cite the quote that says it, or mark it derived`,
      });
      return null;
    }
    tallies[collection].read++;
    if (rules.bound) {
      const plan = match.mention.future;
      const announcing = announcingWord(match.reading.quote);
      if (plan !== undefined || announcing !== null) {
        issues.push({
          file,
          line,
          message: `${label} rests on ${show(match.reading.quote)}, which ${plan !== undefined ? `plans it ('${plan}')` : `announces it ('${announcing}')`}: an announcement or a plan is not ${rules.bound === 'beginning' ? 'a beginning' : 'an end'}`,
        });
      }
    }
    return { mention: match.mention, source: match.reading.source };
  }

  const derivedOf = (
    record: Located<{ derived?: Partial<Record<string, Derivation>> | undefined }>,
    field: string,
    present: boolean,
    file: string,
    label: string,
  ): Derivation | undefined => {
    const derivation = record.value.derived?.[field];
    if (derivation && !present)
      issues.push({
        file,
        line: record.lineOf(['derived', field]),
        message: `${label}: derived.${field} describes a value the record does not have`,
      });
    return derivation;
  };

  for (const record of kb.actors) {
    const a = record.value;
    for (const field of ['founded', 'dissolved'] as const) {
      const date = a[field];
      const derivation = derivedOf(record, field, date !== undefined, kb.files.actors, `actor "${a.id}"`);
      const bound = field === 'founded' ? 'beginning' : 'end';
      if (date) checkDate('actors', kb.files.actors, record, field, date, derivation, { bound });
    }
  }
  for (const record of kb.relations) {
    const r = record.value;
    for (const field of ['since', 'until'] as const) {
      const date = r[field];
      const derivation = derivedOf(record, field, date !== undefined, kb.files.relations, `relation "${r.id}"`);
      // A relation itself planned or announced may rest on a plan.
      const planned = r.status === 'planned' || r.status === 'announced';
      const bound = planned ? null : field === 'since' ? 'beginning' : 'end';
      if (date) checkDate('relations', kb.files.relations, record, field, date, derivation, { bound });
    }
  }
  for (const record of kb.events) {
    const e = record.value;
    const label = `event "${e.id}"`;
    const read = checkDate(
      'events',
      kb.files.events,
      record,
      'date',
      e.date,
      derivedOf(record, 'date', true, kb.files.events, label),
      { bound: null },
    );
    const status = e.status ?? 'happened';
    const problem = statusProblem(e);
    if (problem)
      issues.push({ file: kb.files.events, line: record.lineOf(['status']), message: `${label}: ${problem}` });
    const publication = read && published.get(read.source);
    if (read && publication && isAfterPublication(e.date, publication) && status !== 'planned') {
      issues.push({
        file: kb.files.events,
        line: record.lineOf(['status']),
        message: `${label} is dated by '${read.mention.text}' after its source's publication (${describeDate(publication)}): its status is "planned", not "${status}"`,
      });
    }
  }
  for (const record of kb.fundings) {
    const f = record.value;
    const label = `funding "${f.id}"`;
    checkAmount(record, derivedOf(record, 'amount', true, kb.files.fundings, label));
    if (f.date) {
      const derivation = derivedOf(record, 'date', true, kb.files.fundings, label);
      checkDate('fundings', kb.files.fundings, record, 'date', f.date, derivation, { bound: null });
    } else derivedOf(record, 'date', false, kb.files.fundings, label);
  }

  function checkAmount(record: Located<KbFunding>, derivation: Derivation | undefined): void {
    const f = record.value;
    const file = kb.files.fundings;
    const value: Amount = { amount: f.amount, currency: f.currency, approximate: f.approximate ?? false };
    const label = `funding "${f.id}" amount ${showAmount(value)}`;
    // A hedge is a property of the amount: its difference is reported at the amount's line.
    const lineOfDifference = (field: AmountField) => record.lineOf([field === 'currency' ? 'currency' : 'amount']);
    if (derivation) {
      tallies.fundings.derived++;
      const inputs: Amount[] = [];
      for (const pointer of derivation.from) {
        const [, collection, id] = RECORD_POINTER.exec(pointer) ?? [];
        const funding = collection === 'fundings' ? records.fundings.get(id!) : undefined;
        if (!funding) {
          issues.push({
            file,
            line: record.lineOf(['derived', 'amount', 'from']),
            message: `${label}: ${pointer} is not a funding record`,
          });
          return;
        }
        inputs.push({ amount: funding.amount, currency: funding.currency, approximate: funding.approximate ?? false });
      }
      const result = deriveAmount(derivation, inputs);
      const differs = 'problem' in result ? null : difference(result.value, value);
      if ('problem' in result) {
        issues.push({ file, line: record.lineOf(['derived', 'amount']), message: `${label}: ${result.problem}` });
      } else if (differs) {
        const from = derivation.from.map((p, i) => `${p} (${showAmount(inputs[i]!)})`).join(', ');
        issues.push({
          file,
          line: lineOfDifference(differs),
          message: `${label} is derived by "${derivation.rule}" from ${from}, which gives ${showAmount(result.value)}`,
        });
      }
      return;
    }
    const said: string[] = [];
    let nearest: { mention: MoneyMention; quote: string; differs: AmountField } | null = null;
    let checked = false;
    for (const ref of f.evidence) {
      const reading = read(ref);
      if (!reading) continue;
      checked = true;
      for (const mention of reading.money) {
        const differs = difference({ ...mention, currency: mention.currency ?? 'unspecified' }, value);
        if (differs === null) {
          tallies.fundings.read++;
          return;
        }
        if (differs !== 'amount' && (nearest === null || differs === 'approximate'))
          nearest = { mention, quote: reading.quote, differs };
      }
      said.push(
        `${show(reading.quote)} reads ${reading.money.length ? reading.money.map((m) => `'${m.text}' as ${showAmount(m)}`).join(', ') : 'no amount'}`,
      );
    }
    if (!checked) {
      tallies.fundings.unchecked++;
      return;
    }
    if (nearest) {
      const what =
        nearest.differs === 'currency'
          ? 'the currency is not what its evidence says'
          : nearest.mention.approximate
            ? 'the source hedges the amount: mark it approximate'
            : 'the source gives the amount without a hedge: it is not approximate';
      issues.push({
        file,
        line: lineOfDifference(nearest.differs),
        message: `${label}: ${what}: ${show(nearest.quote)} reads '${nearest.mention.text}' as ${showAmount(nearest.mention)}`,
      });
      return;
    }
    issues.push({
      file,
      line: record.lineOf(['amount']),
      message: `${label} is not what its evidence says: ${said.join('; ')}; correct it, cite the quote that says it, or mark it derived`,
    });
  }

  return { issues, tallies };
}
