import type { IngestIssue } from './issues.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/**
 * Every actor is backed: it cites at least one quote that names it by one of its names or aliases, matched
 * the way the gazetteer finds mentions in the texts (accent- and case-insensitive, word-bounded, its case rule
 * kept). The quote is read as the gazetteer reads a text, so a name inside a longer one ("Orange" inside
 * "Orange Business Services") names the longer one's actor, not this one.
 */
export function checkActorsNamedByEvidence(kb: KnowledgeBase, gazetteer: Gazetteer): IngestIssue[] {
  const issues: IngestIssue[] = [];
  for (const record of kb.actors) {
    const actor = record.value;
    const named = actor.evidence.some((ref) => gazetteer.find(ref.quote).some((m) => m.actor === actor.id));
    if (named) continue;
    const names = [...new Set([actor.name, ...actor.aliases.fr, ...actor.aliases.en])].map((n) => `"${n}"`);
    issues.push({
      file: kb.files.actors,
      line: actor.evidence.length > 0 ? record.lineOf(['evidence']) : record.line,
      message:
        actor.evidence.length > 0
          ? `actor "${actor.id}": none of its ${actor.evidence.length} quotes names it (by ${names.join(', ')})`
          : `actor "${actor.id}" cites no quote that names it: add evidence naming it (by ${names.join(', ')})`,
    });
  }
  return issues;
}
