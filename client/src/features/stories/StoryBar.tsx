import { useEffect, useRef, type MouseEvent } from 'react';
import { useSourceDetails, useSources } from '../../shared/api/queries.ts';
import type { Evidence } from '../../shared/api/types.ts';
import { useI18n } from '../../shared/i18n/i18n.tsx';
import { serialiseUrlState, type UrlState } from '../../shared/url-state/url-state.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { EvidenceQuote } from '../../shared/evidence/Evidence.tsx';
import { stepState } from './schema.ts';
import { storyById } from './stories.ts';
import './stories.css';

/** A link that is also switched in place on a plain click. */
function StepLink({
  to,
  label,
  className,
  rel,
}: {
  to: Partial<UrlState> | null;
  label: string;
  className: string;
  rel: 'prev' | 'next';
}) {
  const [state, navigate] = useUrlState();
  if (!to)
    return (
      <span className={`${className} button button--small`} aria-disabled="true">
        {label}
      </span>
    );
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a
      className={`${className} button button--small`}
      href={`${window.location.pathname}${serialiseUrlState({ ...state, ...to })}`}
      rel={rel}
      onClick={go}
    >
      {label}
    </a>
  );
}

/**
 * The story being told, above every view: its title, where we are, the step's caption in the reader's language,
 * the quotes the step rests on, and the previous and next steps as links (each step is a shareable URL).
 */
export default function StoryBar() {
  const { t, lang } = useI18n();
  const [state, navigate] = useUrlState();
  const sources = useSources();
  const story = storyById(state.story);
  const index = story ? Math.min(state.step, story.steps.length) : 1;
  const step = story?.steps[index - 1];
  // A step's quotes are evidence in the knowledge base: found there by source and quote, they carry the evidence id
  // (and offsets) that "Read in context" needs to open the reader scrolled to the passage.
  const details = useSourceDetails([...new Set(step?.evidence.map((e) => e.source) ?? [])]);
  const kbEvidence = (source: string, quote: string): Evidence | undefined =>
    details.find((q) => q.data?.source.id === source)?.data?.evidence.find((e) => e.quote.trim() === quote.trim());
  // A step is read from this bar: when moving to it leaves the bar off the screen (a story started from far down the
  // list of stories), the page comes back to the bar rather than showing whatever was at that height.
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    const top = bar.current?.getBoundingClientRect().top;
    if (top !== undefined && (top < 0 || top > window.innerHeight / 2)) bar.current?.scrollIntoView({ block: 'start' });
  }, [state.story, index]);
  if (!story || !step)
    return (
      <aside className="story-bar" aria-label={t.stories.player}>
        <p>{t.stories.notFound}</p>
        <button type="button" className="button button--small" onClick={() => navigate({ story: null, step: 1 })}>
          {t.stories.leave}
        </button>
      </aside>
    );
  const sourceById = new Map((sources.data?.sources ?? []).map((s) => [s.id, s]));
  return (
    <aside
      ref={bar}
      className="story-bar"
      aria-label={`${t.stories.player}: ${story.title[lang]}`}
      data-story={story.id}
      data-step={index}
    >
      <div className="story-bar__head">
        <p className="story-bar__title">
          <span className="story-bar__kicker">{t.stories.player}</span> {story.title[lang]}
        </p>
        <p className="story-bar__position" aria-live="polite">
          {t.stories.step(index, story.steps.length)}
        </p>
        <nav className="story-bar__nav" aria-label={t.stories.player}>
          <StepLink
            to={index > 1 ? stepState(story, index - 1) : null}
            label={`← ${t.stories.previous}`}
            className="story-bar__prev"
            rel="prev"
          />
          <StepLink
            to={index < story.steps.length ? stepState(story, index + 1) : null}
            label={`${t.stories.next} →`}
            className="story-bar__next"
            rel="next"
          />
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => navigate({ story: null, step: 1 })}
          >
            {t.stories.leave}
          </button>
        </nav>
      </div>
      <ol className="story-bar__dots" aria-hidden="true">
        {story.steps.map((_, i) => (
          <li key={i} className={i + 1 === index ? 'story-bar__dot story-bar__dot--current' : 'story-bar__dot'} />
        ))}
      </ol>
      <p className="story-bar__caption">{step.caption[lang]}</p>
      <details className="story-bar__evidence">
        <summary>
          {t.stories.restsOn} ({step.evidence.length})
        </summary>
        {step.evidence.map((e, i) => (
          <EvidenceQuote
            key={i}
            evidence={
              kbEvidence(e.source, e.quote) ?? {
                id: `${story.id}-${index}-${i}`,
                source: e.source,
                quote: e.quote,
                start: null,
                end: null,
              }
            }
            source={sourceById.get(e.source)}
          />
        ))}
      </details>
    </aside>
  );
}
