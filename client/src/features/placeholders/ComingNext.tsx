import { useI18n } from '../../shared/i18n/i18n.tsx';
import type { View } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';

/** Timeline, Money and Sources are the next issue's: a clear placeholder, never an empty page. */
export function ComingNext({ view }: { view: View }) {
  const { t } = useI18n();
  const [, navigate] = useUrlState();
  return (
    <section className="coming-next" aria-labelledby="coming-next-title">
      <h2 id="coming-next-title">{t.comingNext(t.views[view])}</h2>
      <p>{t.comingNextDetail}</p>
      <button type="button" className="button" onClick={() => navigate({ view: 'graph' })}>
        {t.backToGraph}
      </button>
    </section>
  );
}
