import type { FuzzyDate } from '../../shared/api/types.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { outletLabel } from '../../shared/names.ts';

/** The citations of a selection as plain text: each quote, then its source's title, outlet (or author) and date. */

export interface CitationSource {
  title: string;
  outlet?: string | undefined;
  outletNote?: { fr: string; en: string } | undefined;
  author?: string | undefined;
  published: FuzzyDate;
}

export interface Citation {
  quote: string;
  source: CitationSource | undefined;
  sourceId: string;
}

export function formatCitation(citation: Citation, lang: Lang): string {
  const { source } = citation;
  const attribution = source
    ? [
        source.title,
        outletLabel(source, lang),
        source.outlet ? undefined : source.author,
        formatFuzzyDate(source.published, lang),
      ]
        .filter((part): part is string => Boolean(part))
        .join(', ')
    : citation.sourceId;
  return `“${citation.quote.replace(/\s+/g, ' ').trim()}”\n   — ${attribution}`;
}

/** A header line, then the citations numbered, without duplicates (same quote from the same source once). */
export function formatCitations(header: string, citations: readonly Citation[], lang: Lang, link?: string): string {
  const seen = new Set<string>();
  const unique = citations.filter((c) => {
    const key = `${c.sourceId}\u0000${c.quote.trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lines = [header, ...(link ? [link] : []), ''];
  unique.forEach((citation, i) => lines.push(`${i + 1}. ${formatCitation(citation, lang)}`, ''));
  return lines.join('\n');
}

/** A file name from a label: letters, digits and dashes only. */
export function citationFileName(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `citations-${slug || 'selection'}.txt`;
}
