import { useI18n } from '../../shared/i18n/i18n.tsx';
import type { IsolatedGroup } from './isolated-actors.ts';
import { KindSwatch } from './Legend.tsx';

/**
 * The actors with no relation in view, listed under the graph instead of drawn as unlabelled dots: grouped by kind,
 * each a button that selects the actor as a click on the graph does (side panel, or the sheet on a phone).
 */
export function IsolatedActors({
  groups,
  selected,
  onSelect,
}: {
  groups: readonly IsolatedGroup[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const count = groups.reduce((sum, group) => sum + group.actors.length, 0);
  if (count === 0) return null;
  return (
    <section className="isolated" aria-labelledby="graph-isolated-title">
      <h3 id="graph-isolated-title" className="isolated__title">
        {t.graph.isolatedTitle(count)}
      </h3>
      <p className="isolated__hint">
        {t.graph.isolatedHint}
        {groups.some((group) => group.actors.some((actor) => actor.undated)) && ` ${t.graph.isolatedUndated}`}
      </p>
      <div className="isolated__groups">
        {groups.map((group) => (
          <div key={group.kind} className="isolated__group">
            <h4 className="isolated__kind" id={`graph-isolated-${group.kind}`}>
              <KindSwatch kind={group.kind} /> {t.kinds[group.kind]}
            </h4>
            <ul className="chips" aria-labelledby={`graph-isolated-${group.kind}`}>
              {group.actors.map((actor) => (
                <li key={actor.id}>
                  <button
                    type="button"
                    className={`chip isolated__actor${actor.undated ? ' isolated__actor--undated' : ''}`}
                    aria-pressed={actor.id === selected}
                    onClick={() => onSelect(actor.id)}
                  >
                    {actor.name}
                    {actor.undated && <span className="visually-hidden"> ({t.table.datingShort.undated})</span>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
