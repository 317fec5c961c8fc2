import type { IngestSummary } from './ingest.ts';
import { formatIssue, type IngestValidationError } from './issues.ts';
import { displayPath } from './knowledge-base.ts';

/**
 * What the ingest says when it is done, worded once: `npm run ingest` (scripts/ingest.ts) and the server's ingest at
 * start (server/src/main.ts) print these same lines.
 */

export const noCorpusNotice = (corpusDir: string): string =>
  `ingest: no source texts in ${displayPath(corpusDir)}: built from the knowledge base alone; quotes were not checked and there are no mentions. Set CORPUS_DIR to the folder holding the texts.`;

/** Every problem at its `file:line`, then how many there were. */
export function validationFailureLines(error: IngestValidationError): string[] {
  const count = error.issues.length;
  return [...error.issues.map(formatIssue), `ingest: ${count} problem${count === 1 ? '' : 's'}; nothing was written.`];
}

/** What was built, one row per kind of record, then where the bundle went. */
export function summaryLines(s: IngestSummary, bundlePath: string | null, version: string, ms: number): string[] {
  const rows: [string, string | number][] = [
    ['documents', s.corpusPresent ? s.documents : '0 (no corpus)'],
    ['sentences', s.sentences],
    ['actors', s.actors],
    ['relations', s.relations],
    ['events', s.events],
    ['fundings', s.fundings],
    ['evidence', `${s.evidence} (${s.evidenceAnchored} anchored in their text)`],
    ['disputes', s.disputes],
    ['mentions', s.mentions],
    [
      'uncovered',
      `${s.uncovered.names} names, ${s.uncovered.dates} dates, ${s.uncovered.amounts} amounts (npm run ingest -- --report)`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [
    ...rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`),
    bundlePath
      ? `bundle ${version} written to ${displayPath(bundlePath)} in ${Math.round(ms)} ms`
      : `bundle ${version} validated (not written) in ${Math.round(ms)} ms`,
  ];
}
