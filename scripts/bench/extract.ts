/**
 * npm run bench -- extract [--repeats N]
 * How well `propose` finds what a curator recorded, and how fast it reads:
 *  - quality: on the corpus texts (CORPUS_DIR), with the knowledge base reduced to its actors, precision and recall
 *    per record type against the curated knowledge base, with the matching rules of server/src/propose/match.ts
 *    (funding: recipient, amount, currency, kind; event: main actor and nested dates; relation: type, direction,
 *    ends). Skipped, with a message, when the texts are absent.
 *  - throughput: MB/s of `propose` on synthetic corpora (the ingest benchmark's generator, names from the
 *    knowledge base), best of N runs.
 * Targets: recall ≥ 70% fundings and events, ≥ 50% relations; precision ≥ 60% each; ≥ 2 MB/s.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import seedrandom from 'seedrandom';
import { loadConfig } from '../../server/src/config.ts';
import type { SourceManifestEntry } from '../../server/src/domain/model.ts';
import { normaliseText } from '../../server/src/shared-io/source-text.ts';
import { loadProposalInputs } from '../../server/src/propose/load.ts';
import { eventsMatch, fundingsMatch, relationsMatch } from '../../server/src/propose/match.ts';
import { propose, type KnowledgeBaseRecords, type ProposalDocument } from '../../server/src/propose/propose.ts';
import { article } from './ingest.ts';
import { printTable, writeResults } from './results.ts';

const TARGETS = {
  recall: { fundings: 0.7, events: 0.7, relations: 0.5 },
  precision: 0.6,
  mbPerSecond: 2,
} as const;
const SIZES = [200, 1_000];

interface Score {
  proposed: number;
  curated: number;
  /** Proposals that match a curated record. */
  correct: number;
  /** Curated records that some proposal matches. */
  found: number;
  precision: number;
  recall: number;
}

function score<P, K>(proposed: readonly P[], curated: readonly K[], match: (p: P, k: K) => boolean): Score {
  const correct = proposed.filter((p) => curated.some((k) => match(p, k))).length;
  const found = curated.filter((k) => proposed.some((p) => match(p, k))).length;
  return {
    proposed: proposed.length,
    curated: curated.length,
    correct,
    found,
    precision: round(proposed.length ? correct / proposed.length : 0, 3),
    recall: round(curated.length ? found / curated.length : 0, 3),
  };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function quality(kb: KnowledgeBaseRecords, documents: ProposalDocument[]) {
  const actorsOnly: KnowledgeBaseRecords = { actors: kb.actors, relations: [], events: [], fundings: [] };
  const p = propose(actorsOnly, documents);
  return {
    fundings: score(p.fundings, kb.fundings, fundingsMatch),
    events: score(p.events, kb.events, eventsMatch),
    relations: score(p.relations, kb.relations, relationsMatch),
  };
}

function throughput(kb: KnowledgeBaseRecords, articles: number, repeats: number) {
  const random = seedrandom(`extract-${articles}`);
  const names = {
    en: kb.actors.map((a) => a.aliases.en[0] ?? a.name),
    fr: kb.actors.map((a) => a.aliases.fr[0] ?? a.name),
  };
  const documents: ProposalDocument[] = [];
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    const language = i % 2 === 0 ? 'en' : 'fr';
    const raw = article(random, names[language], language);
    bytes += Buffer.byteLength(raw);
    const source: SourceManifestEntry = {
      id: `article-${i}`,
      file: `article-${i}.txt`,
      title: `Synthetic article ${i}`,
      language,
      published: { value: '2020', precision: 'year', basis: { fr: 'synthétique', en: 'synthetic' } },
    };
    documents.push({ source, text: normaliseText(raw).text });
  }
  propose(kb, documents.slice(0, 20)); // warm-up: compilation and JIT are not what this measures
  let best = Infinity;
  let bestCpu = Infinity;
  let proposals = 0;
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const p = propose(kb, documents);
    const cpu = process.cpuUsage(cpuStarted);
    best = Math.min(best, (performance.now() - started) / 1000);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
    proposals = p.events.length + p.fundings.length + p.relations.length + p.actors.length;
  }
  const megabytes = bytes / 1024 / 1024;
  return {
    articles,
    megabytes: round(megabytes),
    seconds: round(best, 3),
    mbPerSecond: round(megabytes / best),
    /** CPU time of the process, which a busy shared machine does not inflate as it does wall time. */
    cpuSeconds: round(bestCpu, 3),
    mbPerCpuSecond: round(megabytes / bestCpu),
    proposals,
  };
}

export default async function benchExtract(args: string[] = []): Promise<void> {
  const { values } = parseArgs({ args, options: { repeats: { type: 'string', default: '3' } } });
  const repeats = Math.max(1, Number(values.repeats) || 3);
  const config = loadConfig();
  const inputs = await loadProposalInputs({
    kbDir: config.KB_DIR,
    manifestPath: config.MANIFEST,
    corpusDir: config.CORPUS_DIR,
  });
  if (inputs.issues.length > 0) throw new Error(`the knowledge base does not load: ${inputs.issues[0]!.message}`);

  let scores: Awaited<ReturnType<typeof quality>> | null = null;
  if (inputs.documents.length === 0) {
    console.error('bench extract: no corpus texts (set CORPUS_DIR to the folder holding them): quality not measured');
  } else {
    scores = await quality(inputs.kb, inputs.documents);
    printTable(
      ['type', 'proposed', 'correct', 'precision', 'curated', 'found', 'recall', 'recall target'],
      (['fundings', 'events', 'relations'] as const).map((type) => {
        const s = scores![type];
        return [type, s.proposed, s.correct, s.precision, s.curated, s.found, s.recall, TARGETS.recall[type]];
      }),
    );
  }
  // The synthetic corpora are read with the knowledge base reduced to its actors, as a new text would be.
  const actorsOnly: KnowledgeBaseRecords = { actors: inputs.kb.actors, relations: [], events: [], fundings: [] };
  const runs = SIZES.map((articles) => throughput(actorsOnly, articles, repeats));
  printTable(
    ['articles', 'MB', 'wall s', 'MB/s', 'CPU s', 'MB/CPU s', 'proposals'],
    runs.map((r) => [r.articles, r.megabytes, r.seconds, r.mbPerSecond, r.cpuSeconds, r.mbPerCpuSecond, r.proposals]),
  );
  const minMbPerSecond = Math.min(...runs.map((r) => r.mbPerSecond));
  console.log(
    `slowest throughput: ${minMbPerSecond} MB/s (target ≥ ${TARGETS.mbPerSecond}); best of ${repeats}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
  );
  const met = scores && {
    fundingsRecall: scores.fundings.recall >= TARGETS.recall.fundings,
    eventsRecall: scores.events.recall >= TARGETS.recall.events,
    relationsRecall: scores.relations.recall >= TARGETS.recall.relations,
    precision: [scores.fundings, scores.events, scores.relations].every((s) => s.precision >= TARGETS.precision),
  };
  await writeResults('extract', {
    repeats,
    quality: scores,
    throughput: runs,
    targets: TARGETS,
    met: { ...met, throughput: minMbPerSecond >= TARGETS.mbPerSecond },
  });
}
