import type { Evidence } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { EvidenceQuote } from './Evidence.tsx';
import type { EvidenceIndex } from '../api/evidence-index.ts';

/** Evidence quotes, each leading into the source reader at its passage (EvidenceQuote's "Read in context"). */
export function EvidenceInContext({ ids, index }: { ids: readonly string[]; index: EvidenceIndex }) {
  const { t } = useI18n();
  const entries = ids.flatMap((id) => (index.byId.get(id) ? [index.byId.get(id)!] : []));
  if (entries.length === 0)
    return index.pending ? <p className="evidence__pending">{t.status.loading(t.things.evidence)}</p> : null;
  return (
    <div className="evidence-list">
      {entries.map(({ evidence, source }) => (
        <div key={evidence.id} className="evidence-in-context">
          <EvidenceQuote evidence={evidence as Evidence} source={source} />
        </div>
      ))}
    </div>
  );
}
