import type { Evidence } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useUrlState } from '../url-state/use-url-state.ts';
import { EvidenceQuote } from './Evidence.tsx';
import type { EvidenceIndex } from '../api/evidence-index.ts';

/** Evidence quotes, each with a way into the source reader at that passage when the text is there. */
export function EvidenceInContext({ ids, index }: { ids: readonly string[]; index: EvidenceIndex }) {
  const { t } = useI18n();
  const [, navigate] = useUrlState();
  const entries = ids.flatMap((id) => (index.byId.get(id) ? [index.byId.get(id)!] : []));
  if (entries.length === 0)
    return index.pending ? <p className="evidence__pending">{t.status.loading(t.things.evidence)}</p> : null;
  return (
    <div className="evidence-list">
      {entries.map(({ evidence, source }) => (
        <div key={evidence.id} className="evidence-in-context">
          <EvidenceQuote evidence={evidence as Evidence} source={source} />
          {evidence.start !== null && source.textAvailable && (
            <button
              type="button"
              className="link-button evidence-in-context__read"
              onClick={() => navigate({ view: 'sources', read: source.id, ev: evidence.id })}
            >
              {t.timeline.readInContext}
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
