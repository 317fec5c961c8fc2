import { useState } from 'react';
import type { ActorKind } from '../../shared/api/types.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { familyColour, kindStyle, shapePath } from '../../shared/visual.ts';
import { actorKinds, relationFamilies } from '../../shared/vocabulary.ts';

export function KindSwatch({ kind, undated = false }: { kind: ActorKind; undated?: boolean }) {
  const style = kindStyle[kind];
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path
        d={shapePath(style.shape, 9, 9, 15, 15)}
        fill={style.colour}
        fillOpacity={undated ? 0.12 : 1}
        stroke={undated ? style.colour : 'none'}
        strokeWidth={undated ? 1.5 : 0}
        strokeDasharray={undated ? '3 2' : undefined}
      />
    </svg>
  );
}

export function LineSwatch({
  colour,
  dash,
  arrow,
  faint = false,
}: {
  colour: string;
  dash?: string;
  arrow?: boolean;
  faint?: boolean;
}) {
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" opacity={faint ? 0.45 : 1}>
      <line x1="2" y1="6" x2={arrow ? 26 : 32} y2="6" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
      {arrow && <path d="M26 2L33 6L26 10Z" fill={faint ? 'none' : colour} stroke={colour} />}
    </svg>
  );
}

/** The phone layout's breakpoint (styles.css); jsdom, where component tests run, has no matchMedia. */
const isPhone = () => typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 700px)').matches;

/**
 * What the colours, shapes, sizes and lines mean; only the kinds present in the view are listed. Beside the graph on
 * a desktop (open); folded under it on a phone, where it would otherwise push the controls a screen down.
 */
export function Legend({ kindsPresent, sizeBy }: { kindsPresent: ReadonlySet<string>; sizeBy: string }) {
  const { t } = useI18n();
  const [open] = useState(() => !isPhone());
  const undatedKind = actorKinds.find((kind) => kindsPresent.has(kind));
  return (
    <details className="legend" open={open}>
      <summary className="legend__summary">
        <h3 className="legend__title">{t.graph.legend}</h3>
      </summary>
      <div className="legend__groups">
        <div>
          <h4 className="legend__heading">{t.graph.legendKinds}</h4>
          <ul className="legend__list">
            {actorKinds
              .filter((kind) => kindsPresent.has(kind))
              .map((kind) => (
                <li key={kind}>
                  <KindSwatch kind={kind} /> {t.kinds[kind]}
                </li>
              ))}
          </ul>
          <p className="legend__note">{t.graph.legendSize(sizeBy)}</p>
          {undatedKind && (
            <p className="legend__note">
              <KindSwatch kind={undatedKind} undated /> {t.graph.legendUndatedNode}
            </p>
          )}
        </div>
        <div>
          <h4 className="legend__heading">{t.graph.legendEdges}</h4>
          <ul className="legend__list">
            {relationFamilies.map((family) => (
              <li key={family}>
                <LineSwatch colour={familyColour[family]} /> {t.graph.families[family]}
              </li>
            ))}
          </ul>
          <ul className="legend__list">
            <li>
              <LineSwatch colour="#374151" arrow /> {t.graph.legendArrow}
            </li>
            <li>
              <LineSwatch colour="#374151" dash="6 4" /> {t.graph.legendDashed}
            </li>
            <li>
              <LineSwatch colour="#374151" dash="1.5 3" /> {t.graph.legendDotted}
            </li>
            <li>
              <LineSwatch colour="#374151" arrow faint /> {t.graph.legendUndatedEdge}
            </li>
          </ul>
        </div>
      </div>
    </details>
  );
}
