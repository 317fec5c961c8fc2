import { useEffect, useState } from 'react';
import type { ActorKind, RelationType } from '../../shared/api/types.ts';
import { formatDay } from '../../shared/dates/format.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { DateField } from '../../shared/ui/DateField.tsx';
import { AS_OF_FIRST_YEAR, AS_OF_LAST_YEAR } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { familyColour } from '../../shared/visual.ts';
import { actorKinds, relationFamilies, relationFamily, relationTypes } from '../../shared/vocabulary.ts';
import { LineSwatch } from './Legend.tsx';

/** Toggles one value of a list filter where null means "all". */
export function toggleInList<T extends string>(list: readonly T[] | null, all: readonly T[], value: T): T[] | null {
  const current = new Set(list ?? all);
  if (current.has(value)) current.delete(value);
  else current.add(value);
  const next = all.filter((v) => current.has(v));
  return next.length === all.length ? null : next;
}

const PLAY_STEP_MS = 700;

/** The "as of" slider: drag through 1999–2024, or play it; "All dates" shows every date again. */
export function TimeControls() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const [playing, setPlaying] = useState(false);
  const year = state.asOf ?? AS_OF_LAST_YEAR;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      navigate(
        (s) => {
          const next = (s.asOf ?? AS_OF_FIRST_YEAR - 1) + 1;
          if (next >= AS_OF_LAST_YEAR) setPlaying(false);
          return { asOf: Math.min(next, AS_OF_LAST_YEAR) };
        },
        { replace: true },
      );
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, navigate]);

  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    if (state.asOf === null || state.asOf >= AS_OF_LAST_YEAR) navigate({ asOf: AS_OF_FIRST_YEAR });
    setPlaying(true);
  };

  const valueText =
    state.asOf === null ? t.graph.asOfAll : `${t.graph.asOfValue(year)} (${formatDay(`${year}-12-31`, lang)})`;
  return (
    <div className="time-controls">
      <label htmlFor="as-of" className="time-controls__label">
        {t.graph.asOf}
      </label>
      <input
        id="as-of"
        type="range"
        min={AS_OF_FIRST_YEAR}
        max={AS_OF_LAST_YEAR}
        step={1}
        value={year}
        aria-valuetext={valueText}
        onChange={(event) => {
          setPlaying(false);
          navigate({ asOf: Number(event.target.value) }, { replace: state.asOf !== null });
        }}
      />
      <output htmlFor="as-of" className="time-controls__value">
        {state.asOf === null ? t.graph.asOfAll : year}
      </output>
      <button type="button" className="button button--small" onClick={play} aria-pressed={playing}>
        {playing ? `❚❚ ${t.graph.pause}` : `▶ ${t.graph.play}`}
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => {
          setPlaying(false);
          navigate({ asOf: null });
        }}
        disabled={state.asOf === null}
      >
        {t.graph.allDates}
      </button>
      <label className="check" title={t.graph.showUndatedHint}>
        <input
          type="checkbox"
          checked={state.undated}
          onChange={(event) => navigate({ undated: event.target.checked })}
        />
        {t.graph.showUndated}
      </label>
    </div>
  );
}

/** Kinds, relation types and the date window: all in the URL. */
export function FilterControls({ kindsPresent }: { kindsPresent: ReadonlySet<string> }) {
  const { t } = useI18n();
  const [state, navigate] = useUrlState();
  const kinds = actorKinds.filter(
    (kind) => kindsPresent.has(kind) || (state.kinds !== null && !state.kinds.includes(kind)),
  );
  const kindChecked = (kind: ActorKind) => state.kinds === null || state.kinds.includes(kind);
  const typeChecked = (type: RelationType) => state.types === null || state.types.includes(type);
  const activeCount =
    (state.kinds === null ? 0 : 1) + (state.types === null ? 0 : 1) + (state.from || state.to ? 1 : 0);

  return (
    // Active filters open the panel, except those a story step sets: a reader following a story is not shown them.
    <details className="filters" open={activeCount > 0 && !state.story ? true : undefined}>
      <summary>
        {t.graph.filters}
        {activeCount > 0 && <span className="badge">{activeCount}</span>}
      </summary>
      <div className="filters__body">
        <fieldset className="filters__group">
          <legend>{t.graph.kinds}</legend>
          <div className="filters__bulk">
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => navigate({ kinds: null })}
            >
              {t.graph.all}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => navigate({ kinds: [] })}
            >
              {t.graph.none}
            </button>
          </div>
          {kinds.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={kindChecked(kind)}
                onChange={() => navigate((s) => ({ kinds: toggleInList(s.kinds, actorKinds, kind) }))}
              />
              {t.kinds[kind]}
            </label>
          ))}
        </fieldset>
        <fieldset className="filters__group filters__group--wide">
          <legend>{t.graph.types}</legend>
          <div className="filters__bulk">
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => navigate({ types: null })}
            >
              {t.graph.all}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => navigate({ types: [] })}
            >
              {t.graph.none}
            </button>
          </div>
          <div className="filters__families">
            {relationFamilies.map((family) => (
              <div key={family} className="filters__family">
                <p className="filters__family-title">
                  <LineSwatch colour={familyColour[family]} /> {t.graph.families[family]}
                </p>
                {relationTypes
                  .filter((type) => relationFamily[type] === family)
                  .map((type) => (
                    <label key={type} className="check">
                      <input
                        type="checkbox"
                        checked={typeChecked(type)}
                        onChange={() => navigate((s) => ({ types: toggleInList(s.types, relationTypes, type) }))}
                      />
                      {t.relation[type][0]}
                    </label>
                  ))}
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="filters__group">
          <legend>{t.graph.window}</legend>
          <DateField
            id="window-from"
            label={t.graph.windowFrom}
            bound="start"
            value={state.from}
            onChange={(from) => navigate({ from })}
          />
          <DateField
            id="window-to"
            label={t.graph.windowTo}
            bound="end"
            value={state.to}
            onChange={(to) => navigate({ to })}
          />
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => navigate({ from: null, to: null })}
            disabled={!state.from && !state.to}
          >
            {t.graph.clearWindow}
          </button>
        </fieldset>
      </div>
    </details>
  );
}
