import { useMemo } from 'react';
import { useDisputes, useFunding } from '../../shared/api/queries.ts';
import { useActorDictionary } from '../../shared/api/labels.ts';
import { formatFuzzyDate } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { displayName } from '../../shared/names.ts';
import { ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { InferredMark } from '../../shared/ui/ValueTruth.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { DisputedFact } from '../../shared/evidence/DisputeCard.tsx';
import { disputesByRecord } from '../../shared/evidence/disputes.ts';
import { EvidenceInContext } from '../../shared/evidence/EvidenceInContext.tsx';
import { useEvidenceIndex } from '../../shared/api/evidence-index.ts';
import { fundersOf } from '@atlas/server/domain/funding-aggregation';
import { formatAmount } from './money-model.ts';

/**
 * A funding record in the side panel, with the other records of the same flow (same funder, recipient, kind and
 * currency): amount as the source gives it, kind, date, the curator's note, disputes and the evidence; the total it is
 * a part of, or its parts; and, when sources disagree on the recipient's money, the competing claims, each one click
 * away.
 */
export function FundingCard({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [, navigate] = useUrlState();
  const funding = useFunding(true);
  const index = useEvidenceIndex();
  const disputes = useDisputes();
  const dictionary = useActorDictionary();
  const known = useMemo(() => new Map([...index.byId].map(([key, entry]) => [key, entry.evidence])), [index.byId]);
  if (funding.isPending) return <Loading what={t.things.money} />;
  if (funding.isError)
    return <ErrorMessage error={funding.error} what={t.things.money} onRetry={() => void funding.refetch()} />;
  const flow = funding.data.flows.find((f) => f.records.includes(id));
  const ids = flow ? flow.records : [id];
  const records = ids.flatMap((rid) => funding.data.records.filter((r) => r.id === rid));
  if (records.length === 0)
    return <p className="status status--empty">{t.status.notFound(t.money.fundingCard.toLowerCase())}</p>;
  const byRecord = disputesByRecord(disputes.data?.disputes ?? []);
  const name = (actor: string) => {
    const found = dictionary.get(actor);
    return found ? displayName(found, lang) : (funding.data.actors.find((a) => a.id === actor)?.name ?? actor);
  };
  const select = (record: string) => navigate({ selection: { kind: 'funding', id: record } });
  const recordButton = (record: string, label: string) => (
    <button type="button" className="link-button" onClick={() => select(record)}>
      {label}
    </button>
  );
  const amountOf = (record: string) => {
    const found = funding.data.records.find((r) => r.id === record);
    return found ? formatAmount(found.amount, found.currency, lang, t.currencyUnspecified) : record;
  };
  const funderNames = (record: (typeof records)[number]) =>
    fundersOf(record).length > 0 ? t.money.jointFunders(fundersOf(record).map(name)) : t.money.funderNotNamed;
  // A claim's record by its funders, or by its id when the source names none.
  const claimLabel = (id: string) => {
    const found = funding.data.records.find((r) => r.id === id);
    return found && fundersOf(found).length > 0 ? `${funderNames(found)} (${id})` : id;
  };
  const rivalries = funding.data.totalsByRecipient
    .filter((total) => records.some((r) => total.records.includes(r.id)))
    .flatMap((total) => total.rivalries);
  const actorButton = (actor: string) => (
    <button type="button" className="link-button" onClick={() => navigate({ selection: { kind: 'actor', id: actor } })}>
      {name(actor)}
    </button>
  );
  const first = records[0]!;
  return (
    <article className="card" aria-labelledby="card-title" data-funding={first.id}>
      <header className="card__header">
        <p className="card__kind">
          {t.money.fundingCard} · {t.funding[first.kind]}
        </p>
        <h2 id="card-title" className="card__title">
          {funderNames(first)} → {name(first.to)}
        </h2>
      </header>
      <ul className="facts">
        {records.map((record) => (
          <li key={record.id} className="fact">
            <p className="fact__line">
              <strong className="funding-amount">
                {record.approximate && <abbr title={t.truth.aboutHint}>{t.truth.about} </abbr>}
                {formatAmount(record.amount, record.currency, lang, t.currencyUnspecified)}
              </strong>
              <InferredMark derivation={record.derived?.amount} />{' '}
              <span className="fact__kind">{t.funding[record.kind]}</span>
              {record.date && (
                <>
                  {' '}
                  · {formatFuzzyDate(record.date, lang)}
                  <InferredMark derivation={record.derived?.date} />
                </>
              )}
            </p>
            <p className="fact__line">
              {t.money.from}{' '}
              {fundersOf(record).length > 0 ? (
                fundersOf(record).map((actor, i) => (
                  <span key={actor}>
                    {i > 0 && ' + '}
                    {actorButton(actor)}
                  </span>
                ))
              ) : (
                <span className="fact__muted">{t.money.funderNotNamed}</span>
              )}{' '}
              · {t.money.to} {actorButton(record.to)}
            </p>
            {record.partOf && (
              <p className="fact__line">
                {t.money.partOf}: {recordButton(record.partOf, amountOf(record.partOf))}
              </p>
            )}
            {funding.data.records.some((r) => r.partOf === record.id) && (
              <p className="fact__line">
                {t.money.partsOfTotal}:{' '}
                {funding.data.records
                  .filter((r) => r.partOf === record.id)
                  .map((part, i) => (
                    <span key={part.id}>
                      {i > 0 && ' + '}
                      {recordButton(part.id, `${funderNames(part)} ${amountOf(part.id)}`)}
                    </span>
                  ))}
              </p>
            )}
            {record.note && <p className="fact__note">{record.note[lang]}</p>}
            <DisputedFact disputes={byRecord.get(`fundings/${record.id}`) ?? []} known={known} />
            <EvidenceInContext ids={record.evidence} index={index} />
          </li>
        ))}
      </ul>
      {rivalries.length > 0 && (
        <section className="card__section money-rivals" aria-labelledby="card-rivals">
          <h3 id="card-rivals">{t.money.rivalClaims}</h3>
          <p className="fact__note">{t.money.rivalClaimsHint}</p>
          <ul className="facts">
            {rivalries.flatMap((rivalry) =>
              rivalry.claims.map((claim) => (
                <li key={claim.records.join()} className="fact" data-claim={claim.records.join(' ')}>
                  <strong>{formatAmount(claim.amount, first.currency, lang, t.currencyUnspecified)}</strong>
                  {': '}
                  {claim.records.map((record, i) => (
                    <span key={record}>
                      {i > 0 && ', '}
                      {recordButton(record, claimLabel(record))}
                    </span>
                  ))}
                </li>
              )),
            )}
          </ul>
        </section>
      )}
    </article>
  );
}
