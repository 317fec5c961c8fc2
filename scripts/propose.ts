#!/usr/bin/env tsx
/**
 * npm run propose [-- --source ID] [-- --out FILE] [-- --threads N] [-- --time-limit SECONDS] [-- --learnt]
 *   Reads the corpus and the knowledge base and writes data/build/proposals.json (atomically, deterministically):
 *   proposed actors, relations, events and fundings in the knowledge base's shape, each with its status against
 *   the knowledge base (new, matches, conflicts), confidence, rule and shortest exact evidence span.
 *   The sources are read on N worker threads (default: one per core, but at most one per two million characters, so one
 *   for a single source or a small corpus); the output is the same bytes whatever N.
 *   --time-limit: a source not read within SECONDS (default 60) stops the run with an error naming it, rather than a
 *   run that never ends on a text some rule cannot finish; 0 sets no limit (and one thread then runs in this process).
 *   --learnt: relations and events are also read by the learnt models (server/src/propose/learnt/, trained by
 *   `npm run train`) where the rules read nothing: more found on news-style text, more wrong records on long real
 *   articles, a third more CPU (docs/proposals/learnt.md).
 * Exit codes: 0 done, 1 the input has problems (listed as file:line: reason), 2 bad configuration or usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/src/config.ts';
import { writeFileAtomically } from '../server/src/shared-io/atomic-write.ts';
import { formatIssue } from '../server/src/ingest/issues.ts';
import { displayPath } from '../server/src/ingest/knowledge-base.ts';
import { loadProposalInputs } from '../server/src/propose/load.ts';
import { LearntModelError } from '../server/src/propose/learnt/logistic.ts';
import { DEFAULT_DOCUMENT_SECONDS, ProposalWorkerError, proposeInPool } from '../server/src/propose/pool.ts';
import { serialiseProposals, type Proposals } from '../server/src/propose/propose.ts';

const usage = 'usage: npm run propose -- [--source ID] [--out FILE] [--threads N] [--time-limit SECONDS] [--learnt]';

async function main(): Promise<number> {
  let args;
  let config;
  try {
    args = parseArgs({
      options: {
        source: { type: 'string' },
        out: { type: 'string' },
        threads: { type: 'string' },
        'time-limit': { type: 'string', default: String(DEFAULT_DOCUMENT_SECONDS) },
        learnt: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`propose: ${(error as Error).message}\n${usage}`);
      return 2;
    }
    throw error;
  }
  if (args.threads !== undefined && !/^[1-9]\d*$/.test(args.threads)) {
    console.error(`propose: --threads must be a whole number ≥ 1, not "${args.threads}"\n${usage}`);
    return 2;
  }
  const timeLimit = args['time-limit'];
  if (!/^\d+(\.\d+)?$/.test(timeLimit)) {
    console.error(`propose: --time-limit must be a number of seconds ≥ 0 (0: no limit), not "${timeLimit}"\n${usage}`);
    return 2;
  }
  const inputs = await loadProposalInputs({
    kbDir: config.KB_DIR,
    manifestPath: config.MANIFEST,
    corpusDir: config.CORPUS_DIR,
  });
  if (inputs.issues.length > 0) {
    for (const issue of inputs.issues) console.error(formatIssue(issue));
    console.error(`propose: ${inputs.issues.length} problem(s) in the inputs; nothing was written.`);
    return 1;
  }
  let documents = inputs.documents;
  if (args.source !== undefined) {
    documents = documents.filter((d) => d.source.id === args.source);
    if (documents.length === 0) {
      console.error(
        `propose: no readable source "${args.source}" (known: ${inputs.documents.map((d) => d.source.id).join(', ')})`,
      );
      return 2;
    }
  }
  if (documents.length === 0) {
    console.error(
      `propose: no source texts in ${displayPath(config.CORPUS_DIR)}; set CORPUS_DIR to the folder holding them.`,
    );
    return 2;
  }
  // (with --source, only the source asked for matters)
  for (const id of inputs.missing.filter((m) => args.source === undefined || m === args.source))
    console.error(`propose: source "${id}" has no text in the corpus directory; skipped`);
  const started = performance.now();
  let proposals: Proposals;
  try {
    proposals = await proposeInPool(inputs.kb, documents, {
      ...(args.threads === undefined ? {} : { threads: Number(args.threads) }),
      ...(Number(timeLimit) === 0 ? {} : { documentSeconds: Number(timeLimit) }),
      learnt: args.learnt,
    });
  } catch (error) {
    if (error instanceof LearntModelError) {
      console.error(`propose: ${error.message}; nothing was written.`);
      return 2;
    }
    if (!(error instanceof ProposalWorkerError)) throw error;
    console.error(`propose: ${error.message}; nothing was written.`);
    return 1;
  }
  const target = args.out ?? path.join(config.BUILD_DIR, 'proposals.json');
  await writeFileAtomically(target, serialiseProposals(proposals));
  printSummary(proposals);
  console.log(`proposals written to ${displayPath(target)} in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

function printSummary(p: Proposals) {
  const line = (name: keyof Proposals['summary']) => {
    const s = p.summary[name];
    return `${name.padEnd(10)} ${String(s.new + s.matches + s.conflicts).padStart(4)}  (${s.new} new, ${s.matches} match the knowledge base, ${s.conflicts} conflict with it)`;
  };
  console.log(
    ['actors', 'relations', 'events', 'fundings'].map((n) => line(n as keyof Proposals['summary'])).join('\n'),
  );
  const evidenceSource = new Map(p.evidence.map((e) => [e.id, e.source]));
  for (const source of p.sources) {
    const count = (list: readonly { proposal: { evidenceIds: string[] } }[]) =>
      list.filter((r) => r.proposal.evidenceIds.some((id) => evidenceSource.get(id) === source.id)).length;
    console.log(
      `  ${source.id}: ${count(p.actors)} actors, ${count(p.relations)} relations, ${count(p.events)} events, ${count(p.fundings)} fundings`,
    );
  }
}

process.exitCode = await main();
