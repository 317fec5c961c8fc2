import { useI18n } from '../shared/i18n/i18n.tsx';
import { useUrlState } from '../shared/url-state/use-url-state.ts';
import { ActorCard } from '../features/side-panel/ActorCard.tsx';
import { SourceCard } from '../features/side-panel/SourceCard.tsx';
import { FundingCard } from '../features/money/FundingCard.tsx';
import { CitationsExport } from '../features/sources/CitationsExport.tsx';
import { EventCard } from '../features/timeline/EventCard.tsx';

/** The current selection, shared by every view. */
export function SidePanel() {
  const { t } = useI18n();
  const [state, navigate] = useUrlState();
  const selection = state.selection;
  return (
    <aside className={`panel${selection ? ' panel--open' : ' panel--empty'}`} aria-label={t.panel.label}>
      {selection ? (
        <>
          <button
            type="button"
            className="panel__close button button--quiet"
            onClick={() => navigate({ selection: null })}
          >
            {t.panel.close}
          </button>
          {selection.kind === 'actor' && <ActorCard key={selection.id} id={selection.id} />}
          {selection.kind === 'source' && <SourceCard key={selection.id} id={selection.id} />}
          {selection.kind === 'event' && <EventCard key={selection.id} id={selection.id} />}
          {selection.kind === 'funding' && <FundingCard key={selection.id} id={selection.id} />}
          <CitationsExport key={`cite-${selection.kind}-${selection.id}`} selection={selection} />
        </>
      ) : (
        <p className="panel__empty">{t.panel.empty}</p>
      )}
    </aside>
  );
}
