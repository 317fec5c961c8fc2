import { lazy, Suspense, useEffect } from 'react';
import { Header } from './Header.tsx';
import { ViewSwitcher } from './ViewSwitcher.tsx';
import { SidePanel } from './SidePanel.tsx';
import { CorpusNotice } from './CorpusNotice.tsx';
import { I18nProvider } from '../shared/i18n/i18n.tsx';
import { messages } from '../shared/i18n/messages.ts';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary.tsx';
import { Loading } from '../shared/ui/status.tsx';
import { useUrlState } from '../shared/url-state/use-url-state.ts';

/** The graph view (cytoscape and fcose, the heaviest code) is loaded only when it is shown. */
const GraphView = lazy(() => import('../features/graph/GraphView.tsx'));
/** The other views (d3, d3-sankey, the stories and their YAML) are lazy chunks too. */
const TimelineView = lazy(() => import('../features/timeline/TimelineView.tsx'));
const MoneyView = lazy(() => import('../features/money/MoneyView.tsx'));
const SourcesView = lazy(() => import('../features/sources/SourcesView.tsx'));
const StoriesView = lazy(() => import('../features/stories/StoriesView.tsx'));
const StoryBar = lazy(() => import('../features/stories/StoryBar.tsx'));
/** The curator's review screen (`npm run curate`), at /review: its own page, outside the explorer's views. */
const ReviewScreen = lazy(() => import('../features/review/ReviewScreen.tsx'));

export function App() {
  const [state, navigate] = useUrlState();
  const t = messages[state.lang];

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${t.views[state.view]} · ${t.appTitle}`;
  }, [state.lang, state.view, t]);

  // A first visit without a language in the link follows the browser (then the link says it).
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('lang') && navigator.language.toLowerCase().startsWith('fr'))
      navigate({ lang: 'fr' }, { replace: true });
  }, [navigate]);

  if (window.location.pathname === '/review')
    return (
      <Suspense fallback={<Loading what="review queue" />}>
        <ReviewScreen />
      </Suspense>
    );

  return (
    <I18nProvider lang={state.lang}>
      <a className="skip-link" href="#content">
        {t.skipToContent}
      </a>
      <Header />
      <ViewSwitcher />
      <CorpusNotice />
      {/* The view name and whether anything is selected drive the panel: beside the view on a wide screen (left out
          while empty where the view needs the width), a sheet over the view on a phone. */}
      <div className={`layout layout--${state.view}${state.selection ? ' layout--selected' : ' layout--no-selection'}`}>
        <main id="content" className="layout__main" tabIndex={-1}>
          {state.story && (
            <ErrorBoundary key={`story-${state.story}`}>
              <Suspense fallback={null}>
                <StoryBar />
              </Suspense>
            </ErrorBoundary>
          )}
          <ErrorBoundary key={state.view}>
            <Suspense fallback={<Loading what={state.view === 'graph' ? t.things.graph : t.views[state.view]} />}>
              {state.view === 'graph' && <GraphView />}
              {state.view === 'timeline' && <TimelineView />}
              {state.view === 'money' && <MoneyView />}
              {state.view === 'sources' && <SourcesView />}
              {state.view === 'stories' && <StoriesView />}
            </Suspense>
          </ErrorBoundary>
        </main>
        <SidePanel />
      </div>
    </I18nProvider>
  );
}
