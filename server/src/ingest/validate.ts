import { basename } from 'node:path';
import { compareFuzzyDates, dateSpan, type FuzzyDate } from '../domain/dates.ts';
import { fundingLinkProblems } from '../domain/funding-aggregation.ts';
import type { EvidenceRef } from '../domain/model.ts';
import type { IngestIssue } from './issues.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { Located } from './yaml-records.ts';

/**
 * Checks that need the whole knowledge base at once: every reference resolves, bounds are in order, every piece
 * of evidence names a known source, and no source is cited by two spellings of one span. Quotes are checked
 * against the texts separately.
 */
export function checkReferences(kb: KnowledgeBase): IngestIssue[] {
  const issues: IngestIssue[] = [];
  // Records rejected by their schema still count as existing, so one mistake is reported once.
  const known = (records: readonly Located<{ id: string }>[], rejected: ReadonlySet<string>) =>
    new Set([...records.map((r) => r.value.id), ...rejected]);
  const ids = {
    actors: known(kb.actors, kb.rejectedIds.actors),
    relations: known(kb.relations, kb.rejectedIds.relations),
    events: known(kb.events, kb.rejectedIds.events),
    fundings: known(kb.fundings, kb.rejectedIds.fundings),
  };
  const sources = new Set(kb.sources.map((s) => s.value.id));
  const quoteSites: QuoteSite[] = [];

  const actorRef = (
    file: string,
    record: Located<unknown>,
    id: string | undefined,
    path: (string | number)[],
    label: string,
  ) => {
    if (id !== undefined && !ids.actors.has(id)) {
      issues.push({
        file,
        line: record.lineOf(path),
        message: `${label} refers to unknown actor "${id}"${suggest(id, ids.actors)}`,
      });
    }
  };
  const evidenceRefs = (
    file: string,
    record: Located<unknown>,
    evidence: readonly EvidenceRef[],
    path: (string | number)[],
  ) => {
    evidence.forEach((ref, i) => {
      quoteSites.push({ file, line: record.lineOf([...path, i, 'quote']), source: ref.source, quote: ref.quote });
      if (!sources.has(ref.source)) {
        issues.push({
          file,
          line: record.lineOf([...path, i, 'source']),
          message: `evidence cites unknown source "${ref.source}"${suggest(ref.source, sources)}`,
        });
      }
    });
  };
  const ordered = (
    file: string,
    record: Located<unknown>,
    from: FuzzyDate | undefined,
    to: FuzzyDate | undefined,
    path: string,
    label: string,
  ) => {
    if (from && to && compareFuzzyDates(from, to) > 0 && dateSpan(from).start > dateSpan(to).end) {
      issues.push({
        file,
        line: record.lineOf([path]),
        message: `${label}: ends (${to.value}) before it begins (${from.value})`,
      });
    }
  };

  for (const record of kb.actors) {
    const a = record.value;
    ordered(kb.files.actors, record, a.founded, a.dissolved, 'dissolved', `actor "${a.id}"`);
    evidenceRefs(kb.files.actors, record, a.evidence, ['evidence']);
  }
  for (const record of kb.relations) {
    const r = record.value;
    actorRef(kb.files.relations, record, r.from, ['from'], `relation "${r.id}" from`);
    actorRef(kb.files.relations, record, r.to, ['to'], `relation "${r.id}" to`);
    if (r.from === r.to)
      issues.push({
        file: kb.files.relations,
        line: record.lineOf(['to']),
        message: `relation "${r.id}" links "${r.from}" to itself`,
      });
    ordered(kb.files.relations, record, r.since, r.until, 'until', `relation "${r.id}"`);
    evidenceRefs(kb.files.relations, record, r.evidence, ['evidence']);
  }
  for (const record of kb.events) {
    const e = record.value;
    e.actors.forEach((actor, i) => actorRef(kb.files.events, record, actor.id, ['actors', i, 'id'], `event "${e.id}"`));
    evidenceRefs(kb.files.events, record, e.evidence, ['evidence']);
  }
  for (const record of kb.fundings) {
    const f = record.value;
    actorRef(kb.files.fundings, record, f.from, ['from'], `funding "${f.id}" from`);
    f.funders?.forEach((funder, i) =>
      actorRef(kb.files.fundings, record, funder, ['funders', i], `funding "${f.id}" funders`),
    );
    actorRef(kb.files.fundings, record, f.to, ['to'], `funding "${f.id}" to`);
    evidenceRefs(kb.files.fundings, record, f.evidence, ['evidence']);
  }
  const fundingById = new Map(kb.fundings.map((record) => [record.value.id, record]));
  for (const problem of fundingLinkProblems(
    kb.fundings.map((record) => record.value),
    kb.rejectedIds.fundings,
  )) {
    issues.push({
      file: kb.files.fundings,
      line: fundingById.get(problem.id)!.lineOf([problem.field]),
      message: problem.message,
    });
  }
  for (const record of kb.disputes) {
    const d = record.value;
    actorRef(kb.files.disputes, record, d.subject, ['subject'], `dispute "${d.id}" subject`);
    d.claims.forEach((claim, i) => {
      if (claim.record !== undefined && claim.records !== undefined)
        issues.push({
          file: kb.files.disputes,
          line: record.lineOf(['claims', i, 'records']),
          message: `dispute "${d.id}" claim names both "record" and "records": one record is "record", several are "records"`,
        });
      const pointers: [string, (string | number)[]][] = [
        ...(claim.record !== undefined
          ? [[claim.record, ['claims', i, 'record']] as [string, (string | number)[]]]
          : []),
        ...(claim.records ?? []).map((p, j) => [p, ['claims', i, 'records', j]] as [string, (string | number)[]]),
      ];
      for (const [pointer, path] of pointers) {
        const [collection, id] = pointer.split('/') as [keyof typeof ids, string];
        if (!ids[collection].has(id)) {
          issues.push({
            file: kb.files.disputes,
            line: record.lineOf(path),
            message: `dispute "${d.id}" claim points at unknown ${collection} record "${id}"`,
          });
        }
      }
      evidenceRefs(kb.files.disputes, record, claim.evidence, ['claims', i, 'evidence']);
    });
  }
  for (const record of kb.reviewed) {
    const source = record.value.source;
    if (source !== undefined && !sources.has(source)) {
      issues.push({
        file: kb.files.reviewed,
        line: record.lineOf(['source']),
        message: `unknown source "${source}"${suggest(source, sources)}`,
      });
    }
  }
  issues.push(...nearDuplicateQuotes(quoteSites));
  return issues;
}

export interface QuoteSite {
  file: string;
  line: number | undefined;
  source: string;
  quote: string;
}

/** A quote without its trailing punctuation and white space, inner white space as single spaces. */
const spanKey = (quote: string) =>
  quote
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\p{P}\s]+$/u, '');

/**
 * Citations of one source that differ only by a trailing full stop (or other punctuation, or white space) are the
 * same passage cited twice, and would show as two quotes: each spelling but the longest (the whole sentence, with
 * its full stop) is reported where it is written.
 */
export function nearDuplicateQuotes(sites: readonly QuoteSite[]): IngestIssue[] {
  const spans = new Map<string, Map<string, QuoteSite[]>>();
  for (const site of sites) {
    const key = `${site.source}\u0000${spanKey(site.quote)}`;
    const spellings = spans.get(key) ?? new Map<string, QuoteSite[]>();
    const spelling = site.quote.normalize('NFC').trim();
    spellings.set(spelling, [...(spellings.get(spelling) ?? []), site]);
    spans.set(key, spellings);
  }
  const issues: IngestIssue[] = [];
  for (const spellings of spans.values()) {
    if (spellings.size < 2) continue;
    const [kept, ...others] = [...spellings].sort(
      ([a, aSites], [b, bSites]) => b.length - a.length || bSites.length - aSites.length || (a < b ? -1 : 1),
    );
    const [keptQuote, [keptAt]] = kept as [string, [QuoteSite]];
    for (const site of others.flatMap(([, sitesOfSpelling]) => sitesOfSpelling)) {
      issues.push({
        file: site.file,
        line: site.line,
        message: `evidence quote from "${site.source}" differs from "${keptQuote}" (${basename(keptAt.file)}:${keptAt.line ?? '?'}) only by trailing punctuation or white space: cite the one span`,
      });
    }
  }
  return issues;
}

/** "did you mean" for a mistyped id: the known id with the smallest edit distance, when it is close. */
function suggest(id: string, known: ReadonlySet<string>): string {
  let best: { id: string; distance: number } | null = null;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? ` (did you mean "${best.id}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
