import { useEvidenceDetails, useSources } from '../api/queries.ts';
import type { Evidence, Source, SourceSummary } from '../api/types.ts';
import { formatFuzzyDate } from '../dates/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUrlState } from '../url-state/use-url-state.ts';
import { outletLabel } from '../names.ts';

/** The phone layout's breakpoint (styles.css, "phone"). */
const PHONE_MEDIA = '(max-width: 700px)';
// (jsdom, where the component tests run, has no matchMedia.)
const isPhone = () => typeof window.matchMedia === 'function' && window.matchMedia(PHONE_MEDIA).matches;

type SourceLike = Pick<
  Source | SourceSummary,
  'id' | 'title' | 'outlet' | 'outletNote' | 'language' | 'published' | 'author'
>;

/**
 * One piece of evidence: the quote (in its own language), then the source's title, outlet, date and language. The
 * title and "Read in context" both open the source reader at the passage (scrolled to and outlined), wherever the
 * quote is shown; inside the reader itself (`inReader`) there is nowhere further to go.
 */
export function EvidenceQuote({
  evidence,
  source,
  inReader = false,
}: {
  evidence: Evidence;
  source: SourceLike | undefined;
  inReader?: boolean;
}) {
  const { t, lang } = useI18n();
  const [, navigate] = useUrlState();
  // On a phone the side panel is a sheet over the view: it closes, or it would hide the passage it leads to.
  const readInContext = () =>
    navigate({
      view: 'sources',
      read: evidence.source,
      ev: evidence.id,
      ...(isPhone() ? { selection: null } : {}),
    });
  return (
    <figure className="evidence">
      <blockquote className="evidence__quote" lang={source?.language}>
        <p>{evidence.quote}</p>
      </blockquote>
      <figcaption className="evidence__source">
        {source ? (
          <>
            {inReader ? (
              <span className="evidence__title">{source.title}</span>
            ) : (
              <button type="button" className="link-button evidence__title" onClick={readInContext}>
                {source.title}
              </button>
            )}
            {source.outlet && <span className="evidence__outlet">{outletLabel(source, lang)}</span>}
            <span className="evidence__date">{formatFuzzyDate(source.published, lang)}</span>
            <span className="evidence__lang">{t.languageNames[source.language]}</span>
            {!inReader && (
              <button type="button" className="link-button evidence__read" onClick={readInContext}>
                {t.timeline.readInContext}
              </button>
            )}
          </>
        ) : (
          <span>{evidence.source}</span>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * The evidence a fact cites, by id: looked up among the evidence the actor's answer carried, fetched one by one
 * (/api/evidence/{id}) for any it did not. The first quote shows; the others fold under a disclosure.
 */
export function EvidenceList({ ids, known }: { ids: readonly string[]; known: ReadonlyMap<string, Evidence> }) {
  const { t } = useI18n();
  const sources = useSources();
  const sourceById = new Map((sources.data?.sources ?? []).map((s) => [s.id, s]));
  const missing = ids.filter((id) => !known.has(id));
  const fetched = useEvidenceDetails(missing);
  const fetchedById = new Map(
    fetched.flatMap((query) => (query.data ? [[query.data.evidence.id, query.data] as const] : [])),
  );
  const items = ids.flatMap((id) => {
    const evidence = known.get(id) ?? fetchedById.get(id)?.evidence;
    if (!evidence) return [];
    return [{ evidence, source: sourceById.get(evidence.source) ?? fetchedById.get(id)?.source }];
  });
  if (items.length === 0) {
    return missing.length > 0 && fetched.some((q) => q.isPending) ? (
      <p className="evidence__pending">{t.status.loading(t.things.evidence)}</p>
    ) : null;
  }
  const [first, ...rest] = items;
  return (
    <div className="evidence-list">
      <EvidenceQuote evidence={first!.evidence} source={first!.source} />
      {rest.length > 0 && (
        <details className="evidence-list__more">
          <summary>{t.panel.moreEvidence(rest.length)}</summary>
          {rest.map((item) => (
            <EvidenceQuote key={item.evidence.id} evidence={item.evidence} source={item.source} />
          ))}
        </details>
      )}
    </div>
  );
}
