import type { MouseEvent } from 'react';
import { useI18n } from '../shared/i18n/i18n.tsx';
import { serialiseUrlState, views, type View } from '../shared/url-state/url-state.ts';
import { useUrlState } from '../shared/url-state/use-url-state.ts';

/** The views as real links (each one shareable, openable in a new tab), switched in place on a plain click. */
export function ViewSwitcher() {
  const { t } = useI18n();
  const [state, navigate] = useUrlState();
  const go = (view: View) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate({ view });
  };
  return (
    <nav className="views" aria-label={t.viewSwitcher}>
      <ul className="views__list">
        {views.map((view) => (
          <li key={view}>
            <a
              className="views__link"
              href={`${window.location.pathname}${serialiseUrlState({ ...state, view })}`}
              aria-current={state.view === view ? 'page' : undefined}
              onClick={go(view)}
            >
              {t.views[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
