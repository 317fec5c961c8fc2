import type { Derivation, EventStatus } from '@atlas/server/domain/model';
import { hasHappened } from '@atlas/server/domain/truth/status';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * How far a shown value can be trusted (docs/truth-values.md): a small mark beside a value that was inferred rather
 * than read in a quote, its reasoning as tooltip and for screen readers; and a badge on what is only planned or
 * announced.
 */
export function InferredMark({ derivation }: { derivation: Derivation | undefined }) {
  const { t, lang } = useI18n();
  if (!derivation) return null;
  const how = t.truth.inferredHow(derivation.reasoning[lang]);
  return (
    <span className="inferred-mark" title={how} data-rule={derivation.rule}>
      <span aria-hidden="true">{t.truth.inferred}</span>
      <span className="visually-hidden">{how}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: EventStatus | undefined }) {
  const { t } = useI18n();
  if (status === undefined || hasHappened({ status })) return null;
  return (
    <span className={`status-badge status-badge--${status}`} title={t.truth.statusHint[status]}>
      {t.truth.statuses[status]}
    </span>
  );
}
