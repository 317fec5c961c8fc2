import { useActorDictionary } from '../../shared/api/labels.ts';
import { useSource } from '../../shared/api/queries.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { displayName, outletLabel } from '../../shared/names.ts';
import { ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { EvidenceQuote } from '../../shared/evidence/Evidence.tsx';

/** A source: what it is, when it was published (and how that was established), and the quotes taken from it. */
export function SourceCard({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [, navigate] = useUrlState();
  const dictionary = useActorDictionary();
  const query = useSource(id);
  if (query.isPending) return <Loading what={t.things.source} />;
  if (query.isError)
    return <ErrorMessage error={query.error} what={t.things.source} onRetry={() => void query.refetch()} />;
  const { source, evidence, mentions } = query.data;
  return (
    <article className="card" aria-labelledby="card-title">
      <header className="card__header">
        <p className="card__kind">{t.search.kinds.source}</p>
        <h2 id="card-title" className="card__title" lang={source.language}>
          {source.title}
        </h2>
      </header>
      <dl className="card__facts">
        {source.outlet && (
          <div>
            <dt>{t.panel.outlet}</dt>
            <dd>{outletLabel(source, lang)}</dd>
          </div>
        )}
        {source.author && (
          <div>
            <dt>{t.panel.author}</dt>
            <dd>{source.author}</dd>
          </div>
        )}
        <div>
          <dt>{t.panel.published}</dt>
          <dd>
            <details className="date-basis">
              <summary>{formatFuzzyDate(source.published, lang)}</summary>
              <p>{source.published.basis?.[lang]}</p>
            </details>
          </dd>
        </div>
        <div>
          <dt>{t.language}</dt>
          <dd>{t.languageNames[source.language]}</dd>
        </div>
      </dl>
      {!source.textAvailable && <p className="fact__muted">{t.panel.sourceTextMissing}</p>}
      {mentions.length > 0 && (
        <section className="card__section" aria-labelledby="card-mentions">
          <h3 id="card-mentions">{t.panel.mentions(mentions.length)}</h3>
          <ul className="chips">
            {mentions.map((m) => {
              const actor = dictionary.get(m.actor);
              return (
                <li key={m.actor}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => navigate({ selection: { kind: 'actor', id: m.actor } })}
                  >
                    {actor ? displayName(actor, lang) : m.actor} <span className="fact__muted">×{m.count}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section className="card__section" aria-labelledby="card-quotes">
        <h3 id="card-quotes">{t.panel.sourceEvidence}</h3>
        {evidence.map((e) => (
          <EvidenceQuote key={e.id} evidence={e} source={source} />
        ))}
      </section>
    </article>
  );
}
