import path from 'node:path';
import type { Bundle } from '../domain/model.ts';
import { writeFileAtomically } from '../shared-io/atomic-write.ts';
import { serialiseBundle } from '../shared-io/bundle-file.ts';
import { checkActorsNamedByEvidence } from './actor-evidence.ts';
import { analyseText, type DocumentAnalysis } from './analyse.ts';
import { buildBundle, EvidenceIndex, type AnalysedCorpus } from './bundle.ts';
import { checkValues } from './check-values.ts';
import { readCorpus } from './corpus.ts';
import { coverageReport, type CoverageReport } from './coverage.ts';
import { AliasConflictError, Gazetteer, gazetteerEntries } from './gazetteer.ts';
import { IngestValidationError, type IngestIssue } from './issues.ts';
import { loadKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
import { checkReferences } from './validate.ts';

/**
 * The ingest: read the knowledge base and the texts, extract, validate everything, and only then write the
 * bundle. Any problem throws an IngestValidationError listing every `file:line: reason`, and nothing is written.
 */

export interface IngestOptions {
  kbDir: string;
  manifestPath: string;
  corpusDir: string;
  /** Where bundle.json and report.json go; omit to validate without writing. */
  outDir?: string | undefined;
  onProgress?: ((progress: IngestProgress) => void) | undefined;
}

export interface IngestProgress {
  phase: 'knowledge base' | 'corpus' | 'extraction' | 'validation' | 'writing';
  done: number;
  total: number;
  detail?: string;
}

export interface IngestSummary {
  corpusPresent: boolean;
  documents: number;
  sentences: number;
  characters: number;
  actors: number;
  relations: number;
  events: number;
  fundings: number;
  evidence: number;
  evidenceAnchored: number;
  disputes: number;
  mentions: number;
  uncovered: { names: number; dates: number; amounts: number };
}

export interface IngestResult {
  bundle: Bundle;
  bundleJson: string;
  report: CoverageReport;
  summary: IngestSummary;
  bundlePath: string | null;
}

/** The knowledge base and the analysed texts: everything validation needs, with the problems found reading them. */
export interface IngestInputs {
  kb: KnowledgeBase;
  analysed: AnalysedCorpus;
  issues: IngestIssue[];
}

/** Reads the knowledge base and the texts and runs the extractors over the texts; validates nothing yet. */
export async function readInputs(
  options: Pick<IngestOptions, 'kbDir' | 'manifestPath' | 'corpusDir' | 'onProgress'>,
): Promise<IngestInputs> {
  const progress = options.onProgress ?? (() => {});
  const issues: IngestIssue[] = [];

  progress({ phase: 'knowledge base', done: 0, total: 1 });
  const loaded = await loadKnowledgeBase({ kbDir: options.kbDir, manifestPath: options.manifestPath });
  const { kb } = loaded;
  issues.push(...loaded.issues);
  progress({ phase: 'knowledge base', done: 1, total: 1 });

  let gazetteer = new Gazetteer([]);
  try {
    gazetteer = new Gazetteer(gazetteerEntries(kb.actors.map((a) => a.value)));
    issues.push(...checkActorsNamedByEvidence(kb, gazetteer));
  } catch (error) {
    if (!(error instanceof AliasConflictError)) throw error;
    const holder = kb.actors.find((a) => a.value.id === error.actors[1]);
    issues.push({
      file: kb.files.actors,
      line: holder?.line,
      message: `${error.message}; give it to one of them, or mark it caseSensitive on both if case tells them apart`,
    });
  }

  const { corpus, issues: corpusIssues } = await readCorpus(
    options.corpusDir,
    kb.sources,
    kb.files.sources,
    (done, total, file) => progress({ phase: 'corpus', done, total, detail: file }),
  );
  issues.push(...corpusIssues);

  const analyses = new Map<string, DocumentAnalysis>();
  corpus.documents.forEach((document, index) => {
    analyses.set(
      document.source.id,
      analyseText(document.text, document.source.language, document.source.published, gazetteer),
    );
    progress({ phase: 'extraction', done: index + 1, total: corpus.documents.length, detail: document.source.file });
  });
  return { kb, analysed: { corpus, analyses }, issues };
}

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const progress = options.onProgress ?? (() => {});
  const { kb, analysed, issues } = await readInputs(options);
  const { corpus, analyses } = analysed;

  progress({ phase: 'validation', done: 0, total: 1 });
  issues.push(...checkReferences(kb));
  const values = checkValues(kb, analysed);
  issues.push(...values.issues);
  const evidence = new EvidenceIndex(analysed);
  // Built even when problems were found already, so that every unanchored quote is reported in the same run.
  const bundle = buildBundle(kb, analysed, evidence);
  issues.push(...evidence.issues);
  if (issues.length > 0) throw new IngestValidationError(issues);
  progress({ phase: 'validation', done: 1, total: 1 });

  const report = coverageReport(kb, bundle, analysed, values.tallies);
  const bundleJson = serialiseBundle(bundle);
  let bundlePath: string | null = null;
  if (options.outDir) {
    progress({ phase: 'writing', done: 0, total: 1 });
    bundlePath = path.join(options.outDir, 'bundle.json');
    await writeFileAtomically(path.join(options.outDir, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
    await writeFileAtomically(bundlePath, bundleJson);
    progress({ phase: 'writing', done: 1, total: 1 });
  }

  const sentences = [...analyses.values()].reduce((n, a) => n + a.sentences.length, 0);
  return {
    bundle,
    bundleJson,
    report,
    bundlePath,
    summary: {
      corpusPresent: corpus.present,
      documents: corpus.documents.length,
      sentences,
      characters: corpus.documents.reduce((n, d) => n + d.text.length, 0),
      actors: bundle.actors.length,
      relations: bundle.relations.length,
      events: bundle.events.length,
      fundings: bundle.fundings.length,
      evidence: bundle.evidence.length,
      evidenceAnchored: bundle.evidence.filter((e) => e.start !== null).length,
      disputes: bundle.disputes.length,
      mentions: bundle.mentions.reduce((n, m) => n + m.count, 0),
      uncovered: { names: report.names.length, dates: report.dates.length, amounts: report.amounts.length },
    },
  };
}
