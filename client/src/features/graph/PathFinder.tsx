import { useActorDictionary } from '../../shared/api/labels.ts';
import { usePaths } from '../../shared/api/queries.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { colon } from '../../shared/i18n/typography.ts';
import { displayName } from '../../shared/names.ts';
import { Combobox } from '../../shared/ui/Combobox.tsx';
import { ErrorMessage, Loading } from '../../shared/ui/status.tsx';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { EvidenceList } from '../../shared/evidence/Evidence.tsx';

const actorOnly = ['actor'] as const;
const noEvidence = new Map();
const SHOWN_PATHS = 5;

/** Shortest paths between two actors: both ends in the URL, each hop listed with its relation and evidence. */
export function PathFinder() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const dictionary = useActorDictionary();
  const paths = usePaths(state.pathFrom, state.pathTo);
  const name = (id: string) => {
    const actor = dictionary.get(id);
    return actor ? displayName(actor, lang) : id;
  };
  const both = state.pathFrom !== null && state.pathTo !== null;
  const result = paths.data;
  const shown = result?.paths.slice(0, SHOWN_PATHS) ?? [];

  return (
    // Named by the disclosure's summary around it ("Path finder"), never a second heading saying the same.
    <section className="path-finder" aria-label={t.path.title}>
      <div className="path-finder__inputs">
        <Combobox
          key={`from-${state.pathFrom ?? ''}-${dictionary.size}`}
          label={t.path.from}
          kinds={actorOnly}
          keepPickedText
          initialText={state.pathFrom ? name(state.pathFrom) : ''}
          onPick={(hit) => navigate({ pathFrom: hit.id })}
          inputId="path-from"
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => navigate({ pathFrom: state.pathTo, pathTo: state.pathFrom })}
          disabled={!state.pathFrom && !state.pathTo}
        >
          ⇄ <span className="visually-hidden">{t.path.swap}</span>
        </button>
        <Combobox
          key={`to-${state.pathTo ?? ''}-${dictionary.size}`}
          label={t.path.to}
          kinds={actorOnly}
          keepPickedText
          initialText={state.pathTo ? name(state.pathTo) : ''}
          onPick={(hit) => navigate({ pathTo: hit.id })}
          inputId="path-to"
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => navigate({ pathFrom: null, pathTo: null })}
          disabled={!state.pathFrom && !state.pathTo}
        >
          {t.path.clear}
        </button>
      </div>
      <div className="path-finder__result" aria-live="polite">
        {!both && <p className="fact__muted">{t.path.pick}</p>}
        {both && state.pathFrom === state.pathTo && <p className="fact__muted">{t.path.pick}</p>}
        {both && state.pathFrom !== state.pathTo && paths.isPending && <Loading what={t.things.path} />}
        {paths.isError && (
          <ErrorMessage error={paths.error} what={t.things.path} onRetry={() => void paths.refetch()} />
        )}
        {result && result.paths.length === 0 && <p>{t.path.none(name(result.from), name(result.to))}</p>}
        {result && result.paths.length > 0 && (
          <>
            <p className="path-finder__summary">{t.path.found(result.paths.length, result.paths[0]!.hops.length)}</p>
            {shown.map((path, i) => (
              <details key={path.actors.join('>')} className="path" open={i === 0}>
                <summary>
                  {t.path.path(i + 1)}
                  {colon(lang)} {path.actors.map(name).join(' → ')}
                </summary>
                <ol className="path__hops">
                  {path.hops.map((hop, h) => {
                    const phrase = t.relation[hop.type][0].toLowerCase();
                    return (
                      <li key={hop.id} className="path__hop" data-relation={hop.id}>
                        <p className="path__hop-line">
                          <span className="visually-hidden">
                            {t.path.hop(h + 1)}
                            {colon(lang)}{' '}
                          </span>
                          <strong>{name(hop.from)}</strong> <em>{phrase}</em> <strong>{name(hop.to)}</strong>
                        </p>
                        {hop.role && <p className="fact__note">{hop.role[lang]}</p>}
                        <EvidenceList ids={hop.evidence} known={noEvidence} />
                      </li>
                    );
                  })}
                </ol>
              </details>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
