import type { Dispute, Evidence } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { EvidenceList } from './Evidence.tsx';

/** A dispute: its question, then every claim side by side, each with its own evidence. Neither is picked. */
export function DisputeCard({
  dispute,
  known,
  anchored = false,
}: {
  dispute: Dispute;
  known: ReadonlyMap<string, Evidence>;
  anchored?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="dispute" id={anchored ? `dispute-${dispute.id}` : undefined} aria-label={dispute.title[lang]}>
      <p className="dispute__title">
        <span className="badge badge--disputed">{t.panel.disputed}</span> {dispute.title[lang]}
      </p>
      <div className="dispute__claims">
        {dispute.claims.map((claim, i) => (
          <div className="dispute__claim" key={i}>
            <p className="dispute__claim-label">{t.panel.claim(i + 1)}</p>
            <p>{claim.summary[lang]}</p>
            <EvidenceList ids={claim.evidence} known={known} />
          </div>
        ))}
      </div>
    </section>
  );
}

/** The badge a disputed fact carries, opening onto both claims side by side. */
export function DisputedFact({
  disputes,
  known,
}: {
  disputes: readonly Dispute[];
  known: ReadonlyMap<string, Evidence>;
}) {
  const { t } = useI18n();
  if (disputes.length === 0) return null;
  return (
    <details className="disputed-fact">
      <summary>
        <span className="badge badge--disputed">{t.panel.disputed}</span>
        <span className="visually-hidden"> {t.panel.disputedLabel}</span>
      </summary>
      {disputes.map((dispute) => (
        <DisputeCard key={dispute.id} dispute={dispute} known={known} />
      ))}
    </details>
  );
}
