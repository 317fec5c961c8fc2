import type { MouseEvent } from 'react';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { serialiseUrlState } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { stepState } from './schema.ts';
import { stories } from './stories.ts';
import './stories.css';

/** The guided stories, each with its summary and a link to its first step. */
export default function StoriesView() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  return (
    <section className="stories-view" aria-labelledby="stories-title">
      <h2 id="stories-title">{t.stories.label}</h2>
      <p className="toolbar__hint">{t.stories.intro}</p>
      <ul className="stories-list">
        {stories.map((story) => {
          const first = stepState(story, 1);
          const go = (event: MouseEvent<HTMLAnchorElement>) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            // The story opens at the top of the page, whatever the height the list was scrolled to.
            window.scrollTo({ top: 0 });
            navigate(first);
          };
          return (
            <li key={story.id} className="stories-list__item" data-story={story.id}>
              <h3>{story.title[lang]}</h3>
              <p>{story.summary[lang]}</p>
              <p className="fact__muted">{t.stories.steps(story.steps.length)}</p>
              <a
                className="button"
                href={`${window.location.pathname}${serialiseUrlState({ ...state, ...first })}`}
                onClick={go}
              >
                {t.stories.start}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
