import { useMemo } from 'react';
import { useActorDictionary } from '../../shared/api/labels.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { displayName } from '../../shared/names.ts';
import { ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { InferredMark, StatusBadge } from '../../shared/ui/ValueTruth.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { DisputedFact } from '../../shared/evidence/DisputeCard.tsx';
import { disputesByRecord } from '../../shared/evidence/disputes.ts';
import { EvidenceInContext } from '../../shared/evidence/EvidenceInContext.tsx';
import { useEvidenceIndex } from '../../shared/api/evidence-index.ts';
import { useDisputes, useTimeline } from '../../shared/api/queries.ts';

/** An event in the side panel: what happened, when (as precisely as known, and how it was dated), who, and the evidence. */
export function EventCard({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [, navigate] = useUrlState();
  const timeline = useTimeline();
  const index = useEvidenceIndex();
  const disputes = useDisputes();
  const dictionary = useActorDictionary();
  const known = useMemo(() => new Map([...index.byId].map(([key, entry]) => [key, entry.evidence])), [index.byId]);
  if (timeline.isPending) return <Loading what={t.things.evidence} />;
  if (timeline.isError)
    return <ErrorMessage error={timeline.error} what={t.things.evidence} onRetry={() => void timeline.refetch()} />;
  const event = timeline.data.events.find((e) => e.id === id);
  if (!event) return <p className="status status--empty">{t.status.notFound(t.timeline.eventCard.toLowerCase())}</p>;
  const eventDisputes = disputesByRecord(disputes.data?.disputes ?? []).get(`events/${event.id}`) ?? [];
  return (
    <article className="card" aria-labelledby="card-title" data-event={event.id}>
      <header className="card__header">
        <p className="card__kind">
          {t.timeline.eventCard} · {t.timeline.eventKinds[event.kind] ?? event.kind}
          <StatusBadge status={event.status} />
        </p>
        <h2 id="card-title" className="card__title">
          {event.title[lang]}
        </h2>
      </header>
      <dl className="card__facts">
        <div>
          <dt>{t.timeline.date}</dt>
          <dd>
            {event.date.basis ? (
              <details className="date-basis">
                <summary>{formatFuzzyDate(event.date, lang)}</summary>
                <p>
                  <span className="visually-hidden">{t.timeline.howDated}: </span>
                  {event.date.basis[lang]}
                </p>
              </details>
            ) : (
              formatFuzzyDate(event.date, lang)
            )}
            <InferredMark derivation={event.derived?.date} />
          </dd>
        </div>
      </dl>
      <section className="card__section" aria-labelledby="card-actors">
        <h3 id="card-actors">{t.timeline.actors}</h3>
        <ul className="chips">
          {event.actors.map((a) => {
            const actor = dictionary.get(a.id);
            return (
              <li key={a.id}>
                <button
                  type="button"
                  className="chip"
                  onClick={() => navigate({ selection: { kind: 'actor', id: a.id } })}
                >
                  {actor ? displayName(actor, lang) : a.id} <span className="fact__muted">({a.role[lang]})</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <DisputedFact disputes={eventDisputes} known={known} />
      <section className="card__section" aria-labelledby="card-evidence">
        <h3 id="card-evidence">{t.panel.evidence}</h3>
        <EvidenceInContext ids={event.evidence} index={index} />
      </section>
    </article>
  );
}
