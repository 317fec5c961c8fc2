#!/usr/bin/env tsx
/**
 * npm run ingest [-- --report] [-- --check]
 *   Validates the knowledge base against the corpus and writes data/build/bundle.json (atomically).
 *   --report  also lists what the texts contain that the knowledge base does not cover
 *   --check   validate only, write nothing
 *   --neo4j   then load the bundle into Neo4j at NEO4J_URI (as npm run load:neo4j does)
 * Exit codes: 0 done, 1 the input has problems (listed as file:line: reason), 2 bad configuration or usage.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/src/config.ts';
import type { CoverageReport } from '../server/src/ingest/coverage.ts';
import { runIngest, type IngestProgress } from '../server/src/ingest/ingest.ts';
import { IngestValidationError } from '../server/src/ingest/issues.ts';
import { noCorpusNotice, summaryLines, validationFailureLines } from '../server/src/ingest/summary.ts';
import { linkGapsToProposals } from '../server/src/propose/coverage-links.ts';
import { loadProposalInputs } from '../server/src/propose/load.ts';
import { propose } from '../server/src/propose/propose.ts';
import { loadIntoNeo4j } from './load-neo4j.ts';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        report: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        neo4j: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(
      `ingest: ${(error as Error).message}\nusage: npm run ingest -- [--report] [--check] [--quiet] [--neo4j]`,
    );
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`ingest: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (args.neo4j && (args.check || !config.NEO4J_URI)) {
    console.error(
      args.check
        ? 'ingest: --neo4j loads the bundle the ingest writes: not with --check'
        : 'ingest: --neo4j: set NEO4J_URI to the Neo4j to load into (e.g. NEO4J_URI=bolt://localhost:7687)',
    );
    return 2;
  }
  const code = await ingest(config, args);
  return code === 0 && args.neo4j ? loadIntoNeo4j(config, { quiet: args.quiet }) : code;
}

async function ingest(
  config: ReturnType<typeof loadConfig>,
  args: { report: boolean; check: boolean; quiet: boolean },
): Promise<number> {
  const started = performance.now();
  try {
    const result = await runIngest({
      kbDir: config.KB_DIR,
      manifestPath: config.MANIFEST,
      corpusDir: config.CORPUS_DIR,
      outDir: args.check ? undefined : config.BUILD_DIR,
      onProgress: args.quiet ? undefined : progressPrinter(),
    });
    if (!result.summary.corpusPresent) {
      console.error(noCorpusNotice(config.CORPUS_DIR));
    }
    if (args.report) printReport(await withProposals(result.report, config));
    console.log(
      summaryLines(result.summary, result.bundlePath, result.bundle.version, performance.now() - started).join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof IngestValidationError) {
      for (const line of validationFailureLines(error)) console.error(line);
      return 1;
    }
    throw error;
  }
}

function progressPrinter() {
  const tty = process.stderr.isTTY;
  let lastPhase = '';
  return (p: IngestProgress) => {
    const line = `ingest: ${p.phase} ${p.done}/${p.total}${p.detail ? ` ${p.detail}` : ''}`;
    if (tty) process.stderr.write(`\r\x1b[K${line}${p.done === p.total ? '\n' : ''}`);
    else if (p.phase !== lastPhase || p.done === p.total) {
      // Without a terminal, one line when a phase starts and one when it ends.
      if (p.done === 0 || p.done === p.total) process.stderr.write(`${line}\n`);
    }
    lastPhase = p.phase;
  };
}

async function withProposals(report: CoverageReport, config: ReturnType<typeof loadConfig>): Promise<CoverageReport> {
  const inputs = await loadProposalInputs({
    kbDir: config.KB_DIR,
    manifestPath: config.MANIFEST,
    corpusDir: config.CORPUS_DIR,
  });
  return linkGapsToProposals(report, propose(inputs.kb, inputs.documents));
}

const proposalNote = (gap: { proposal?: string }) => (gap.proposal ? `  → proposed: ${gap.proposal}` : '');

function printReport(report: CoverageReport) {
  const out: string[] = [
    'Values checked against their evidence (read in a quote / derived and re-computed / unchecked):',
  ];
  for (const [collection, t] of Object.entries(report.values))
    out.push(`  ${collection.padEnd(10)} ${t.read} read / ${t.derived} derived / ${t.unchecked} unchecked`);
  out.push(`Names the knowledge base does not know (${report.names.length}):`);
  for (const n of report.names)
    out.push(`  ${n.text}  ×${n.count}  [${n.sources.join(', ')}]  «${n.example}»${proposalNote(n)}`);
  out.push(`Dates no dated record cites (${report.dates.length}):`);
  for (const d of report.dates) out.push(`  ${d.source}: "${d.text}" = ${d.value}  «${d.sentence}»${proposalNote(d)}`);
  out.push(`Amounts no funding record cites (${report.amounts.length}):`);
  for (const a of report.amounts)
    out.push(`  ${a.source}: "${a.text}" = ${a.value}  «${a.sentence}»${proposalNote(a)}`);
  out.push(
    'Close a gap by adding the fact with its evidence (a "→ proposed" record in data/build/proposals.json after npm run propose), or list it in data/kb/reviewed.yaml with the reason it is left out.',
  );
  console.log(out.join('\n'));
}

process.exitCode = await main();
