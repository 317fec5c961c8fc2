import { existsSync } from 'node:fs';
import { readCorpus } from '../ingest/corpus.ts';
import type { IngestIssue } from '../ingest/issues.ts';
import { loadKnowledgeBase } from '../ingest/knowledge-base.ts';
import type { KnowledgeBaseRecords, ProposalDocument } from './propose.ts';

/**
 * The inputs of `propose`: the knowledge base's records (an absent knowledge-base folder or file counts as an
 * empty list, so proposals also start from nothing) and the corpus texts listed in the manifest.
 */
export interface ProposalInputs {
  kb: KnowledgeBaseRecords;
  documents: ProposalDocument[];
  /** Problems that stop the run (a malformed knowledge-base file, a manifest that does not parse). */
  issues: IngestIssue[];
  /** Manifest sources whose text is missing from the corpus directory. */
  missing: string[];
}

export async function loadProposalInputs(paths: {
  kbDir: string;
  manifestPath: string;
  corpusDir: string;
}): Promise<ProposalInputs> {
  const { kb, issues } = await loadKnowledgeBase(paths);
  const blocking = issues.filter(
    (issue) => !(issue.message === 'file not found' && (!existsSync(paths.kbDir) || issue.file !== kb.files.sources)),
  );
  const values = <T>(list: readonly { value: T }[]) => list.map((r) => r.value);
  const { corpus } = await readCorpus(paths.corpusDir, kb.sources, kb.files.sources);
  const read = new Set(corpus.documents.map((d) => d.source.id));
  return {
    kb: {
      actors: values(kb.actors),
      relations: values(kb.relations),
      events: values(kb.events),
      fundings: values(kb.fundings),
    },
    documents: corpus.documents.map((d) => ({ source: d.source, text: d.text })),
    issues: blocking,
    missing: kb.sources.map((s) => s.value.id).filter((id) => !read.has(id)),
  };
}
