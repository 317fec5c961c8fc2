import { useMeta } from '../shared/api/queries.ts';
import { useI18n } from '../shared/i18n/i18n.tsx';

/** Without the corpus no quote was checked against its text: the page says so above every view. */
export function CorpusNotice() {
  const { t } = useI18n();
  const meta = useMeta();
  if (meta.data?.corpus.present !== false) return null;
  return (
    <p className="corpus-notice" role="note" data-corpus="absent">
      <span aria-hidden="true">⚠ </span>
      {t.corpusAbsent}
    </p>
  );
}
