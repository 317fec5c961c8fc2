import { useMemo } from 'react';
import { fundersOf } from '@atlas/server/domain/funding-aggregation';
import { useActorDictionary } from '../../shared/api/labels.ts';
import { useActor } from '../../shared/api/queries.ts';
import type { ActorDetail, Evidence, Funding, FuzzyDate } from '../../shared/api/types.ts';
import { dateSpan } from '../../shared/dates/fuzzy.ts';
import { formatFuzzyDate, formatPeriod } from '../../shared/dates/format.ts';
import { formatMoney } from '../../shared/format/money.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { displayName, otherNames } from '../../shared/names.ts';
import { ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { MAX_FOCUS } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { kindStyle } from '../../shared/visual.ts';
import { symmetricRelationTypes } from '../../shared/vocabulary.ts';
import { InferredMark } from '../../shared/ui/ValueTruth.tsx';
import { DisputeCard, DisputedFact } from '../../shared/evidence/DisputeCard.tsx';
import { EvidenceList } from '../../shared/evidence/Evidence.tsx';
import { disputesByRecord } from '../../shared/evidence/disputes.ts';
import { groupRelations } from './relations.ts';

/** A date as precise as it is, with how it was established one disclosure away. */
function DateWithBasis({ date }: { date: FuzzyDate }) {
  const { t, lang } = useI18n();
  const text = formatFuzzyDate(date, lang);
  if (!date.basis) return <>{text}</>;
  return (
    <details className="date-basis">
      <summary>{text}</summary>
      <p>
        <span className="visually-hidden">{t.panel.datedBy}: </span>
        {date.basis[lang]}
      </p>
    </details>
  );
}

function ActorLink({ id }: { id: string }) {
  const { lang } = useI18n();
  const [, navigate] = useUrlState();
  const dictionary = useActorDictionary();
  const actor = dictionary.get(id);
  return (
    <button type="button" className="link-button" onClick={() => navigate({ selection: { kind: 'actor', id } })}>
      {actor ? displayName(actor, lang) : id}
    </button>
  );
}

function FundingItem({
  funding,
  side,
  detail,
  known,
}: {
  funding: Funding;
  side: 'in' | 'out';
  detail: ActorDetail;
  known: ReadonlyMap<string, Evidence>;
}) {
  const { t, lang } = useI18n();
  const disputes = disputesByRecord(detail.disputes).get(`fundings/${funding.id}`) ?? [];
  // Received: its funder(s), one or several joint ones; given: the recipient.
  const others = side === 'in' ? fundersOf(funding) : [funding.to];
  return (
    <li className="fact">
      <p className="fact__line">
        <strong>{formatMoney(funding.amount, funding.currency, lang)}</strong>{' '}
        <span className="fact__kind">{t.funding[funding.kind]}</span>
        {funding.currency === 'unspecified' && <span className="fact__muted"> ({t.currencyUnspecified})</span>}
        {' · '}
        {others.length > 0 ? (
          others.map((id, i) => (
            <span key={id}>
              {i > 0 && ' + '}
              <ActorLink id={id} />
            </span>
          ))
        ) : (
          <span className="fact__muted">{t.panel.fromUnnamed}</span>
        )}
        {funding.date && (
          <>
            {' · '}
            <span className="fact__date">{formatFuzzyDate(funding.date, lang)}</span>
          </>
        )}
      </p>
      {funding.note && <p className="fact__note">{funding.note[lang]}</p>}
      <DisputedFact disputes={disputes} known={known} />
      <EvidenceList ids={funding.evidence} known={known} />
    </li>
  );
}

export function ActorCard({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const query = useActor(id);
  const detail = query.data;

  const known = useMemo(() => new Map((detail?.evidence ?? []).map((e) => [e.id, e])), [detail]);
  const disputed = useMemo(() => disputesByRecord(detail?.disputes ?? []), [detail]);
  const groups = useMemo(
    () => (detail ? groupRelations(detail.actor.id, detail.relations, symmetricRelationTypes) : []),
    [detail],
  );
  const events = useMemo(
    () => [...(detail?.events ?? [])].sort((a, b) => dateSpan(a.date).start.localeCompare(dateSpan(b.date).start)),
    [detail],
  );

  if (query.isPending) return <Loading what={t.things.actor} />;
  if (query.isError)
    return <ErrorMessage error={query.error} what={t.things.actor} onRetry={() => void query.refetch()} />;
  const { actor } = detail!;
  const style = kindStyle[actor.kind];
  const expand = () =>
    navigate((s) => ({
      view: 'graph',
      focus: s.focus.includes(actor.id) ? s.focus : [...s.focus, actor.id].slice(-MAX_FOCUS),
    }));

  return (
    <article className="card" aria-labelledby="card-title">
      <header className="card__header">
        <p className="card__kind">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <circle cx="7" cy="7" r="6" fill={style.colour} />
          </svg>
          {t.kinds[actor.kind]}
          {actor.country && <span className="fact__muted"> · {actor.country}</span>}
        </p>
        <h2 id="card-title" className="card__title">
          {displayName(actor, lang)}
        </h2>
      </header>

      <p className="card__description">{actor.description[lang]}</p>

      <dl className="card__facts">
        {(['fr', 'en'] as const).map((l) => {
          const names = otherNames(actor, l);
          return names.length > 0 ? (
            <div key={l}>
              <dt>{t.panel.aliasesIn(t.languageNames[l])}</dt>
              <dd lang={l}>{names.join(' · ')}</dd>
            </div>
          ) : null;
        })}
        {actor.founded && (
          <div>
            <dt>{t.panel.founded}</dt>
            <dd>
              <DateWithBasis date={actor.founded} />
              <InferredMark derivation={actor.derived?.founded} />
            </dd>
          </div>
        )}
        {actor.dissolved && (
          <div>
            <dt>{t.panel.dissolved}</dt>
            <dd>
              <DateWithBasis date={actor.dissolved} />
              <InferredMark derivation={actor.derived?.dissolved} />
            </dd>
          </div>
        )}
      </dl>
      {actor.evidence.length > 0 && <EvidenceList ids={actor.evidence} known={known} />}

      <div className="card__actions">
        <button type="button" className="button" onClick={expand} disabled={state.focus.includes(actor.id)}>
          {t.panel.expand}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => navigate({ view: 'graph', pathFrom: actor.id })}
        >
          {t.panel.pathFrom}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => navigate({ view: 'graph', pathTo: actor.id })}
        >
          {t.panel.pathTo}
        </button>
      </div>

      <section className="card__section" aria-labelledby="card-relations">
        <h3 id="card-relations">{t.panel.relations}</h3>
        {groups.length === 0 && <p className="fact__muted">{t.panel.noRelations}</p>}
        {groups.map((group) => (
          <section
            key={group.key}
            className="relation-group"
            aria-label={t.relation[group.type][group.direction === 'out' ? 0 : 1]}
          >
            <h4 className="relation-group__title">{t.relation[group.type][group.direction === 'out' ? 0 : 1]}</h4>
            <ul className="facts">
              {group.items.map(({ relation, other }) => {
                const period = formatPeriod(relation.since, relation.until, lang);
                return (
                  <li key={relation.id} className="fact" data-relation={relation.id}>
                    <p className="fact__line">
                      <ActorLink id={other} />
                      {period && <span className="fact__date"> · {period}</span>}
                      <InferredMark derivation={relation.derived?.since} />
                      <InferredMark derivation={relation.derived?.until} />
                      {relation.status && relation.status !== 'active' && (
                        <span className="fact__muted"> · {t.panel.status[relation.status] ?? relation.status}</span>
                      )}
                    </p>
                    {relation.role && <p className="fact__note">{relation.role[lang]}</p>}
                    <DisputedFact disputes={disputed.get(`relations/${relation.id}`) ?? []} known={known} />
                    <EvidenceList ids={relation.evidence} known={known} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>

      {(detail!.fundingIn.length > 0 || detail!.fundingOut.length > 0) && (
        <section className="card__section" aria-labelledby="card-money">
          <h3 id="card-money">{t.views.money}</h3>
          {detail!.fundingIn.length > 0 && (
            <>
              <h4 className="relation-group__title">{t.panel.moneyIn}</h4>
              <ul className="facts">
                {detail!.fundingIn.map((f) => (
                  <FundingItem key={f.id} funding={f} side="in" detail={detail!} known={known} />
                ))}
              </ul>
            </>
          )}
          {detail!.fundingOut.length > 0 && (
            <>
              <h4 className="relation-group__title">{t.panel.moneyOut}</h4>
              <ul className="facts">
                {detail!.fundingOut.map((f) => (
                  <FundingItem key={f.id} funding={f} side="out" detail={detail!} known={known} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {events.length > 0 && (
        <section className="card__section" aria-labelledby="card-events">
          <h3 id="card-events">{t.panel.events}</h3>
          <ol className="facts">
            {events.map((event) => (
              <li key={event.id} className="fact">
                <p className="fact__line">
                  <span className="fact__date">{formatFuzzyDate(event.date, lang)}</span> · {event.title[lang]}
                </p>
                <DisputedFact disputes={disputed.get(`events/${event.id}`) ?? []} known={known} />
                <EvidenceList ids={event.evidence} known={known} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {detail!.disputes.length > 0 && (
        <section className="card__section" aria-labelledby="card-disputes">
          <h3 id="card-disputes">{t.panel.disputes}</h3>
          {detail!.disputes.map((dispute) => (
            <DisputeCard key={dispute.id} dispute={dispute} known={known} anchored />
          ))}
        </section>
      )}
    </article>
  );
}
