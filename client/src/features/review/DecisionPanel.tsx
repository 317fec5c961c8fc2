import { EditForm, MergeForm, RejectForm } from './DecisionForms.tsx';
import { recordLabel } from './record-label.ts';
import type { ReviewMessages } from './review-messages.ts';
import type { RefObject } from 'react';
import type { ReviewSession } from './use-review-session.ts';

type Props = {
  session: ReviewSession;
  decisionRef: RefObject<HTMLHeadingElement | null>;
  reasonRef: RefObject<HTMLInputElement | null>;
  mergeRef: RefObject<HTMLSelectElement | null>;
  t: ReviewMessages;
};

/**
 * The decision column: the current proposal beside the record it disagrees with (if any), its decision buttons, and
 * the form the chosen decision opened; with no proposal left, says so.
 */
export function DecisionPanel({ session, decisionRef, reasonRef, mergeRef, t }: Props) {
  const { current, busy, mode, queue } = session;
  return (
    <section aria-labelledby="review-decision" className="review__decision">
      <h2 id="review-decision" ref={decisionRef} tabIndex={-1}>
        {current ? t.labelled(current.collection, recordLabel(current)) : t.decision}
      </h2>
      {current ? (
        <>
          <p>
            {t.about(t.statuses[current.status] ?? current.status, Math.round(current.confidence * 100), current.rule)}
          </p>
          <div className="review__compare">
            <figure>
              <figcaption>{t.proposed}</figcaption>
              {/* Focusable: a long record scrolls, and the keyboard must reach what is below the fold. */}
              <pre tabIndex={0}>{JSON.stringify(current.record, null, 2)}</pre>
            </figure>
            {current.conflictsWith && (
              <figure>
                <figcaption>{t.disagrees(current.conflictsWith.about, current.conflictsWith.record)}</figcaption>
                <pre tabIndex={0}>{JSON.stringify(current.conflictsWith.existing, null, 2)}</pre>
              </figure>
            )}
          </div>
          {session.anchors.map((anchor) => (
            <p key={anchor} className="review__anchor">
              {t.anchorFirst(anchor)}{' '}
              <button type="button" onClick={() => session.goTo(anchor)}>
                {t.goToAnchor(anchor)}
              </button>
            </p>
          ))}
          <div className="review__actions">
            <button type="button" disabled={busy} onClick={session.accept}>
              {t.accept} <kbd>a</kbd>
            </button>
            <button type="button" disabled={busy} onClick={session.startEdit}>
              {t.edit} <kbd>e</kbd>
            </button>
            {current.collection === 'actors' && (
              <button type="button" disabled={busy} onClick={() => session.setMode('merge')}>
                {t.merge} <kbd>m</kbd>
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => session.setMode('reject')}>
              {t.reject} <kbd>r</kbd>
            </button>
            {current.conflictsWith && (
              <button type="button" disabled={busy} onClick={session.dispute}>
                {t.dispute} <kbd>d</kbd>
              </button>
            )}
          </div>
          {mode === 'reject' && (
            <RejectForm
              reason={session.reason}
              onReason={session.setReason}
              onReject={session.reject}
              reasonRef={reasonRef}
              t={t}
            />
          )}
          {mode === 'merge' && current.collection === 'actors' && (
            <MergeForm
              actors={queue?.actors ?? []}
              into={session.into}
              onInto={session.setInto}
              onMerge={session.merge}
              mergeRef={mergeRef}
              t={t}
            />
          )}
          {mode === 'edit' && (
            <EditForm
              proposal={current}
              draft={session.draft}
              onDraft={session.setDraft}
              fieldErrors={session.fieldErrors}
              actorIds={(queue?.actors ?? []).map((a) => a.id)}
              busy={busy}
              onQuoteFromSelection={session.quoteFromSelection}
              onAcceptEdit={session.acceptEdit}
              onCancel={session.cancel}
              t={t}
            />
          )}
        </>
      ) : (
        <p>{t.nothingLeft}</p>
      )}
    </section>
  );
}
