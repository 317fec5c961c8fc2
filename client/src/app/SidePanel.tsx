import { useState } from 'react';
import { useActorDictionary } from '../shared/api/labels.ts';
import { useI18n } from '../shared/i18n/i18n.tsx';
import { displayName } from '../shared/names.ts';
import { useUrlState } from '../shared/url-state/use-url-state.ts';
import { ActorCard } from '../features/side-panel/ActorCard.tsx';
import { SourceCard } from '../features/side-panel/SourceCard.tsx';
import { FundingCard } from '../features/money/FundingCard.tsx';
import { CitationsExport } from '../features/sources/CitationsExport.tsx';
import { EventCard } from '../features/timeline/EventCard.tsx';
import { initialSheetMode, nextSheetMode, sheetKey, storyStepKey, type SheetMode } from './sheet.ts';

/**
 * The current selection, shared by every view: beside the view on a wide screen; on a phone a sheet over the view,
 * at the height sheet.ts chooses, with a handle to change it and a close button.
 */
export function SidePanel() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const dictionary = useActorDictionary();
  const selection = state.selection;
  const key = sheetKey(state);
  // The selection a story step arrived with is the step's own (the story data stays in its lazy chunk).
  const stepKey = storyStepKey(state);
  const [stepStart, setStepStart] = useState({ stepKey, key });
  if (stepStart.stepKey !== stepKey) setStepStart({ stepKey, key });
  const madeByStoryStep = stepKey !== null && (stepStart.stepKey === stepKey ? stepStart.key : key) === key;
  const [chosen, setChosen] = useState<{ key: string; mode: SheetMode } | null>(null);
  const mode = chosen?.key === key ? chosen.mode : initialSheetMode(state, madeByStoryStep);
  const actor = selection?.kind === 'actor' ? dictionary.get(selection.id) : undefined;
  const handleLabel = { peek: t.panel.sheetDetails, half: t.panel.sheetExpand, full: t.panel.sheetShrink }[mode];
  return (
    <aside
      className={`panel${selection ? ` panel--open panel--sheet-${mode}` : ' panel--empty'}`}
      aria-label={t.panel.label}
      // The graph keeps what is selected in the part of it this sheet leaves visible (a phone only: see styles.css).
      data-covers-view={selection ? mode : undefined}
    >
      {selection ? (
        <>
          <div className="panel__bar">
            <button
              type="button"
              className="panel__handle button button--quiet"
              aria-expanded={mode !== 'peek'}
              onClick={() => setChosen({ key, mode: nextSheetMode(mode) })}
            >
              <span aria-hidden="true" className="panel__grip" />
              {mode === 'peek' && actor ? `${displayName(actor, lang)} · ${handleLabel}` : handleLabel}
            </button>
            <button
              type="button"
              className="panel__close button button--quiet"
              aria-label={t.panel.close}
              onClick={() => navigate({ selection: null })}
            >
              <span aria-hidden="true" className="panel__close-mark">
                ✕
              </span>
              <span className="panel__close-text">{t.panel.close}</span>
            </button>
          </div>
          <div className="panel__body">
            {selection.kind === 'actor' && <ActorCard key={selection.id} id={selection.id} />}
            {selection.kind === 'source' && <SourceCard key={selection.id} id={selection.id} />}
            {selection.kind === 'event' && <EventCard key={selection.id} id={selection.id} />}
            {selection.kind === 'funding' && <FundingCard key={selection.id} id={selection.id} />}
            <CitationsExport key={`cite-${selection.kind}-${selection.id}`} selection={selection} />
          </div>
        </>
      ) : (
        <p className="panel__empty">{t.panel.empty}</p>
      )}
    </aside>
  );
}
