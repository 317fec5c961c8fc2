import type { Bundle } from '../domain/model.ts';
import type { AnalysedCorpus } from './bundle.ts';
import type { ValueTallies } from './check-values.ts';
import { foldKey } from './offset-preserving-fold.ts';
import type { KnowledgeBase, ReviewedCandidate } from './knowledge-base.ts';
import { spanIndexAt, type Span } from './text.ts';

/**
 * What the texts contain that the knowledge base does not cover, for a curator to close: names no actor
 * carries, dates no dated record cites, amounts no funding record cites. Candidates a curator reviewed and left
 * out on purpose (data/kb/reviewed.yaml) are not listed again.
 */

export interface NameGap {
  text: string;
  count: number;
  sources: string[];
  example: string;
  /** The proposal that would cover it (npm run propose), as "actors/<id>"; set by the ingest's --report. */
  proposal?: string;
}
export interface PassageGap {
  source: string;
  text: string;
  value: string;
  sentence: string;
  /** The proposal that would cover it, as "events/<id>" or "fundings/<id>"; set by the ingest's --report. */
  proposal?: string;
}
export interface CoverageReport {
  /** Per record type, how many values were read in a quote, derived and re-computed, or left unchecked. */
  values: ValueTallies;
  names: NameGap[];
  dates: PassageGap[];
  amounts: PassageGap[];
}

const reviewedKey = (kind: ReviewedCandidate['kind'], text: string, source?: string) =>
  `${kind}\u0000${source ?? '*'}\u0000${foldKey(text)}`;

export function coverageReport(
  kb: KnowledgeBase,
  bundle: Bundle,
  analysed: AnalysedCorpus,
  values: ValueTallies,
): CoverageReport {
  const reviewed = new Set(kb.reviewed.map(({ value: r }) => reviewedKey(r.kind, r.text, r.source)));
  const isReviewed = (kind: ReviewedCandidate['kind'], text: string, source: string) =>
    reviewed.has(reviewedKey(kind, text, source)) || reviewed.has(reviewedKey(kind, text));

  const evidenceById = new Map(bundle.evidence.map((e) => [e.id, e]));
  // Evidence spans per source that cover dates (dated records) and amounts (funding records, amount disputes).
  const datedSpans = new Map<string, Span[]>();
  const amountSpans = new Map<string, Span[]>();
  const collect = (target: Map<string, Span[]>, ids: readonly string[]) => {
    for (const id of ids) {
      const evidence = evidenceById.get(id);
      if (!evidence || evidence.start === null || evidence.end === null) continue;
      const spans = target.get(evidence.source) ?? [];
      spans.push({ start: evidence.start, end: evidence.end });
      target.set(evidence.source, spans);
    }
  };
  for (const event of bundle.events) collect(datedSpans, event.evidence);
  for (const relation of bundle.relations) if (relation.since || relation.until) collect(datedSpans, relation.evidence);
  for (const actor of bundle.actors) if (actor.founded || actor.dissolved) collect(datedSpans, actor.evidence);
  for (const funding of bundle.fundings) {
    collect(amountSpans, funding.evidence);
    if (funding.date) collect(datedSpans, funding.evidence);
  }
  for (const dispute of bundle.disputes) {
    for (const claim of dispute.claims) collect(dispute.about === 'amount' ? amountSpans : datedSpans, claim.evidence);
  }
  const covered = (spans: Span[] | undefined, start: number, end: number) =>
    spans?.some((s) => s.start <= start && end <= s.end) ?? false;

  const names = new Map<string, NameGap>();
  const dates: PassageGap[] = [];
  const amounts: PassageGap[] = [];
  for (const document of analysed.corpus.documents) {
    const source = document.source.id;
    const analysis = analysed.analyses.get(source)!;
    const sentenceAt = (offset: number) => {
      const span = analysis.sentences[spanIndexAt(analysis.sentences, offset)];
      return span ? document.text.slice(span.start, span.end) : '';
    };
    for (const name of analysis.names) {
      if (isReviewed('name', name.text, source)) continue;
      const key = foldKey(name.text);
      const gap = names.get(key) ?? { text: name.text, count: 0, sources: [], example: sentenceAt(name.start) };
      gap.count++;
      if (!gap.sources.includes(source)) gap.sources.push(source);
      names.set(key, gap);
    }
    for (const date of analysis.dates) {
      if (covered(datedSpans.get(source), date.start, date.end) || isReviewed('date', date.text, source)) continue;
      dates.push({
        source,
        text: date.text,
        value: `${date.date.value} (${date.date.precision})`,
        sentence: sentenceAt(date.start),
      });
    }
    for (const money of analysis.money) {
      if (covered(amountSpans.get(source), money.start, money.end) || isReviewed('amount', money.text, source))
        continue;
      amounts.push({
        source,
        text: money.text,
        value: `${money.amount} ${money.currency ?? '(no currency)'}`,
        sentence: sentenceAt(money.start),
      });
    }
  }
  return {
    values,
    names: [...names.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1)),
    dates,
    amounts,
  };
}
