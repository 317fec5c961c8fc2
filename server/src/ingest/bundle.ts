import { createHash } from 'node:crypto';
import {
  BUNDLE_SCHEMA_VERSION,
  BundleSchema,
  type Bundle,
  type CoMention,
  type Evidence,
  type EvidenceRef,
  type Mention,
  type Source,
} from '../domain/model.ts';
import { serialiseBundle } from '../shared-io/bundle-file.ts';
import { coMentionsBySentence, type DocumentAnalysis } from './analyse.ts';
import type { Corpus } from './corpus.ts';
import type { IngestIssue } from './issues.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { locateQuote, nearestPassage } from './quotes.ts';
import type { Located } from './yaml-records.ts';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface AnalysedCorpus {
  corpus: Corpus;
  analyses: Map<string, DocumentAnalysis>;
}

/**
 * Resolves every curated `{source, quote}` to an evidence record with offsets, and reports each quote that is not
 * in its source with the nearest passage. Identical citations share one evidence id.
 */
export class EvidenceIndex {
  readonly records = new Map<string, Evidence>();
  readonly issues: IngestIssue[] = [];
  readonly #texts: Map<string, { text: string; analysis: DocumentAnalysis }>;
  readonly #corpusPresent: boolean;

  constructor({ corpus, analyses }: AnalysedCorpus) {
    this.#corpusPresent = corpus.present;
    this.#texts = new Map(
      corpus.documents.map((d) => [d.source.id, { text: d.text, analysis: analyses.get(d.source.id)! }]),
    );
  }

  /** Evidence ids for a list of citations, recording problems against `file:line`. */
  cite(refs: readonly EvidenceRef[], file: string, record: Located<unknown>, path: (string | number)[]): string[] {
    return refs.map((ref, i) => {
      const quote = ref.quote.normalize('NFC').trim().replace(/\s+/g, ' ');
      const id = `ev-${sha256(`${ref.source}\u0000${quote}`).slice(0, 12)}`;
      if (this.records.has(id)) return id;
      let start: number | null = null;
      let end: number | null = null;
      const document = this.#texts.get(ref.source);
      if (document) {
        const location = locateQuote(document.text, quote);
        if (location.found) {
          ({ start, end } = location);
        } else {
          const nearest = nearestPassage(document.text, document.analysis.sentences, quote);
          this.issues.push({
            file,
            line: record.lineOf([...path, i, 'quote']),
            message: `quote not found in source "${ref.source}" (${location.reason}): "${quote}"${nearest ? `; nearest passage: "${nearest}"` : ''}`,
          });
        }
      }
      // Without the corpus the quote cannot be checked; it is kept, unanchored, and the bundle says so.
      if (!this.#corpusPresent || document) this.records.set(id, { id, source: ref.source, quote, start, end });
      return id;
    });
  }
}

export function buildBundle(kb: KnowledgeBase, analysed: AnalysedCorpus, evidence: EvidenceIndex): Bundle {
  const cite = (
    file: string,
    record: Located<unknown>,
    refs: readonly EvidenceRef[],
    at: (string | number)[] = ['evidence'],
  ) => evidence.cite(refs, file, record, at);

  const actors = kb.actors.map((record) => {
    const { caseSensitive: _matchingOnly, evidence: refs, ...actor } = record.value;
    return { ...actor, evidence: cite(kb.files.actors, record, refs) };
  });
  const relations = kb.relations.map((record) => ({
    ...record.value,
    evidence: cite(kb.files.relations, record, record.value.evidence),
  }));
  const events = kb.events.map((record) => ({
    ...record.value,
    // The bundle says it outright, so no reader has to know the knowledge base's default.
    status: record.value.status ?? 'happened',
    evidence: cite(kb.files.events, record, record.value.evidence),
  }));
  const fundings = kb.fundings.map((record) => ({
    ...record.value,
    evidence: cite(kb.files.fundings, record, record.value.evidence),
  }));
  const disputes = kb.disputes.map((record) => ({
    ...record.value,
    claims: record.value.claims.map((claim, i) => ({
      ...claim,
      evidence: cite(kb.files.disputes, record, claim.evidence, ['claims', i, 'evidence']),
    })),
  }));

  const documents = new Map(analysed.corpus.documents.map((d) => [d.source.id, d]));
  const sources: Source[] = kb.sources.map(({ value: source }) => {
    const document = documents.get(source.id);
    const analysis = analysed.analyses.get(source.id);
    return {
      ...source,
      textAvailable: document !== undefined,
      detectedLanguage: document?.detectedLanguage ?? null,
      characters: document ? document.text.length : null,
      sentences: analysis ? analysis.sentences.length : null,
      textHash: document ? sha256(document.text) : null,
    };
  });

  const mentions: Mention[] = [];
  const pairs = new Map<string, { weight: number; sources: Set<string> }>();
  for (const [sourceId, analysis] of analysed.analyses) {
    const byActor = new Map<string, [number, number][]>();
    for (const mention of analysis.mentions) {
      const spans = byActor.get(mention.actor) ?? [];
      spans.push([mention.start, mention.end]);
      byActor.set(mention.actor, spans);
    }
    for (const [actor, spans] of byActor) mentions.push({ source: sourceId, actor, count: spans.length, spans });
    for (const [key, weight] of coMentionsBySentence(analysis)) {
      const pair = pairs.get(key) ?? { weight: 0, sources: new Set<string>() };
      pair.weight += weight;
      pair.sources.add(sourceId);
      pairs.set(key, pair);
    }
  }
  const coMentions: CoMention[] = [...pairs].map(([key, pair]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    return { a, b, weight: pair.weight, sources: [...pair.sources].sort() };
  });

  const content = {
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    version: '',
    corpus: { present: analysed.corpus.present, documents: analysed.corpus.documents.length },
    actors: actors.sort(byId),
    relations: relations.sort(byId),
    events: events.sort(byId),
    fundings: fundings.sort(byId),
    disputes: disputes.sort(byId),
    sources: sources.sort(byId),
    evidence: [...evidence.records.values()].sort(byId),
    mentions: mentions.sort((x, y) => (x.source + '\u0000' + x.actor < y.source + '\u0000' + y.actor ? -1 : 1)),
    coMentions: coMentions.sort((x, y) => (x.a + '\u0000' + x.b < y.a + '\u0000' + y.b ? -1 : 1)),
  };
  content.version = sha256(serialiseBundle(content)).slice(0, 16);
  return BundleSchema.parse(content);
}
