import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../../server/src/domain/dates.ts';
import { checkValues } from '../../server/src/ingest/check-values.ts';
import { readInputs, type IngestInputs } from '../../server/src/ingest/ingest.ts';
import { realCorpusDir, repoRoot } from '../support/fixture.ts';

/**
 * Mutation test over the real knowledge base: every value is perturbed, one at a time (amount, currency, hedge, year,
 * month, day, precision, qualifier), in memory, and the same check the ingest runs must reject it at the file and line of that value.
 * The knowledge base and the texts are read and analysed once; each mutation re-runs only the value check.
 */

const corpusPresent = existsSync(realCorpusDir) && readdirSync(realCorpusDir).some((f) => f.endsWith('.txt'));
if (!corpusPresent) {
  console.warn(
    `[value-mutations] skipped: no source texts in ${realCorpusDir}. Set CORPUS_DIR to the folder holding them; the mutation test reads every quote in its text.`,
  );
}

interface Mutation {
  label: string;
  file: string;
  /** The line of the perturbed value, found by reading the YAML text (not by the checker's own locator). */
  line: number;
  apply: () => void;
  undo: () => void;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Other dates of the same shape: a year later, a month later, a day later, the same value at another precision, and
 * another qualifier ("early September" -> "late September").
 */
function perturbedDates(date: FuzzyDate): [string, FuzzyDate][] {
  const [year, month, day] = date.value.split('-');
  const out: [string, FuzzyDate][] = [];
  const y = Number(year) + 1;
  out.push(['year', { ...date, value: [String(y), ...date.value.split('-').slice(1)].join('-') }]);
  if (month !== undefined && /^\d+$/.test(month)) {
    const m = (Number(month) % 12) + 1;
    out.push(['month', { ...date, value: [year, pad(m), ...(day === undefined ? [] : [day])].join('-') }]);
  }
  if (day !== undefined) out.push(['day', { ...date, value: `${year}-${month}-${pad((Number(day) % 28) + 1)}` }]);
  const coarser: FuzzyDate =
    date.precision === 'day'
      ? { value: `${year}-${month}`, precision: 'month' }
      : date.precision === 'approximate'
        ? { value: year!, precision: 'year' }
        : { value: year!, precision: 'approximate' };
  out.push(['precision', coarser]);
  if (date.qualifier) out.push(['qualifier', { ...date, qualifier: date.qualifier === 'late' ? 'early' : 'late' }]);
  return out;
}

describe.skipIf(!corpusPresent)('every value of the real knowledge base is checked against its evidence', () => {
  let inputs: IngestInputs;
  const lines = new Map<string, string[]>();
  beforeAll(async () => {
    inputs = await readInputs({
      kbDir: path.join(repoRoot, 'data/kb'),
      manifestPath: path.join(repoRoot, 'data/corpus/manifest.json'),
      corpusDir: realCorpusDir,
    });
  });

  /** 1-based line of `  <field>:` in the record `- id: <id>` of a knowledge-base file. */
  function fieldLine(file: string, id: string, field: string): number {
    if (!lines.has(file)) lines.set(file, readFileSync(path.resolve(repoRoot, file), 'utf8').split('\n'));
    const text = lines.get(file)!;
    const start = text.findIndex((l) => l === `- id: "${id}"` || l === `- id: ${id}`);
    expect(start, `${file}: record ${id}`).toBeGreaterThanOrEqual(0);
    for (let i = start + 1; i < text.length && !text[i]!.startsWith('- id:'); i++)
      if (text[i]!.startsWith(`  ${field}:`)) return i + 1;
    throw new Error(`${file}: record ${id} has no ${field}`);
  }

  function mutations(): Mutation[] {
    const { kb } = inputs;
    const out: Mutation[] = [];
    const dated = <T extends Record<string, unknown> & { id: string }>(
      file: string,
      records: readonly { value: T }[],
      fields: readonly string[],
    ) => {
      for (const { value: record } of records) {
        for (const field of fields) {
          const original = record[field] as FuzzyDate | undefined;
          if (!original) continue;
          for (const [what, changed] of perturbedDates(original)) {
            out.push({
              label: `${file} ${record.id} ${field} ${what}: ${original.value} ${original.precision} -> ${changed.value} ${changed.precision}`,
              file,
              line: fieldLine(file, record.id, field),
              apply: () => ((record as Record<string, unknown>)[field] = changed),
              undo: () => ((record as Record<string, unknown>)[field] = original),
            });
          }
        }
      }
    };
    dated(kb.files.actors, kb.actors, ['founded', 'dissolved']);
    dated(kb.files.relations, kb.relations, ['since', 'until']);
    dated(kb.files.events, kb.events, ['date']);
    dated(kb.files.fundings, kb.fundings, ['date']);
    for (const { value: funding } of kb.fundings) {
      const { amount, currency } = funding;
      // "135 M€ -> 153 M€": the digits swapped, else 10% more.
      const digits = String(amount / 1e6);
      const swapped = digits.length >= 2 ? Number([...digits].reverse().join('')) * 1e6 : 0;
      const otherAmount = swapped > 0 && swapped !== amount ? swapped : Math.round(amount * 1.1);
      out.push({
        label: `${kb.files.fundings} ${funding.id} amount: ${amount} -> ${otherAmount}`,
        file: kb.files.fundings,
        line: fieldLine(kb.files.fundings, funding.id, 'amount'),
        apply: () => (funding.amount = otherAmount),
        undo: () => (funding.amount = amount),
      });
      const { approximate } = funding;
      out.push({
        label: `${kb.files.fundings} ${funding.id} approximate: ${approximate ?? false} -> ${!approximate}`,
        file: kb.files.fundings,
        line: fieldLine(kb.files.fundings, funding.id, 'amount'),
        apply: () => (funding.approximate = !approximate),
        undo: () => (funding.approximate = approximate),
      });
      const otherCurrency = currency === 'EUR' ? 'USD' : 'EUR';
      out.push({
        label: `${kb.files.fundings} ${funding.id} currency: ${currency} -> ${otherCurrency}`,
        file: kb.files.fundings,
        line: fieldLine(kb.files.fundings, funding.id, 'currency'),
        apply: () => (funding.currency = otherCurrency),
        undo: () => (funding.currency = currency),
      });
    }
    return out;
  }

  it('accepts the knowledge base as it is', () => {
    const { issues } = checkValues(inputs.kb, inputs.analysed);
    expect(issues).toEqual([]);
  });

  it('rejects each perturbed value at its file and line', () => {
    const all = mutations();
    expect(all.length).toBeGreaterThanOrEqual(100);
    const missed: string[] = [];
    for (const mutation of all) {
      mutation.apply();
      try {
        const { issues } = checkValues(inputs.kb, inputs.analysed);
        const caught = issues.some((i) => i.file === mutation.file && i.line === mutation.line);
        if (!caught)
          missed.push(`${mutation.label} (expected ${mutation.file}:${mutation.line}; got ${JSON.stringify(issues)})`);
      } finally {
        mutation.undo();
      }
    }
    const caught = all.length - missed.length;
    console.log(
      `[value-mutations] ${caught}/${all.length} perturbed values rejected at their file:line (${((100 * caught) / all.length).toFixed(1)}%)`,
    );
    expect(missed).toEqual([]);
  });
});
