import { langs } from '../../shared/i18n/lang.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import { DecisionPanel } from './DecisionPanel.tsx';
import { ProposalList } from './ProposalList.tsx';
import { reviewMessages } from './review-messages.ts';
import { SourceProgressList } from './SourceProgressList.tsx';
import { SourceTextReader } from './SourceTextReader.tsx';
import { useReviewSession } from './use-review-session.ts';
import './review.css';

/**
 * The curator's review screen (`npm run curate`, /review), in the explorer's language (`?lang=`): sources with their
 * progress, the proposals of the chosen source, its text with every proposal's evidence highlighted, and one decision
 * per proposal: accept (as it is or edited field by field, the quote taken from a selection in the text), merge into
 * an actor, reject with a reason, keep a conflict as a dispute. Keyboard first: after a decision the focus goes to
 * the next proposal; results are announced in a live region. The state and the shortcuts live in useReviewSession.
 */
export default function ReviewScreen() {
  const [{ lang }, navigate] = useUrlState();
  const t = reviewMessages[lang];
  const { readerRef, reasonRef, mergeRef, listRef, decisionRef, ...session } = useReviewSession(t);
  const { queue, problem } = session;

  const languageSwitch = (
    <div className="review__lang">
      <label htmlFor="review-lang">{t.language}</label>
      <select id="review-lang" value={lang} onChange={(e) => navigate({ lang: e.target.value as typeof lang })}>
        {langs.map((l) => (
          <option key={l} value={l} lang={l}>
            {t.languageNames[l]}
          </option>
        ))}
      </select>
    </div>
  );

  if (!session.token)
    return (
      <main className="review" id="content">
        <h1>{t.title}</h1>
        {languageSwitch}
        <p role="alert">{t.noToken}</p>
      </main>
    );

  return (
    <main className="review" id="content" onKeyDown={session.onKeyDown}>
      <div className="review__top">
        <h1>{t.title}</h1>
        {languageSwitch}
      </div>
      {session.queueError && (
        <p role="alert" className="review__problem">
          {t.queueFailed(session.queueError.message)}
        </p>
      )}
      <p role="status" aria-live="polite" className="review__status">
        {session.busy ? t.writing : session.announcement}
      </p>
      {problem && (
        <div role="alert" className="review__problem">
          <p>{problem.message}</p>
          {problem.anchor && (
            <button type="button" onClick={() => session.goTo(problem.anchor!)}>
              {t.goToAnchor(problem.anchor)}
            </button>
          )}
          {problem.issues.length > 0 && (
            <ul>
              {problem.issues.slice(0, 10).map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <details className="review__help">
        <summary>{t.shortcutsTitle}</summary>
        <dl>
          {t.shortcuts.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="review__columns">
        <SourceProgressList
          sources={queue?.sources ?? []}
          sourceId={session.sourceId}
          onChoose={session.chooseSource}
          t={t}
        />
        <ProposalList
          proposals={session.proposals}
          current={session.current}
          highConfidence={queue?.highConfidence}
          busy={session.busy}
          listRef={listRef}
          onChoose={session.choose}
          onBulk={session.bulk}
          t={t}
        />
        <DecisionPanel session={session} decisionRef={decisionRef} reasonRef={reasonRef} mergeRef={mergeRef} t={t} />
      </div>
      <SourceTextReader
        text={session.text}
        textPending={session.textPending}
        sourceId={session.sourceId}
        proposals={session.proposals}
        current={session.current}
        readerRef={readerRef}
        t={t}
      />
    </main>
  );
}
