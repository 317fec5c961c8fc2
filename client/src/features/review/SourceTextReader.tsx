import type { RefObject } from 'react';
import type { ReviewProposal } from './curator-client.ts';
import type { ReviewMessages } from './review-messages.ts';
import { highlightRuns } from './selection.ts';

type Props = {
  text: string | null;
  textPending: boolean;
  sourceId: string | null;
  proposals: ReviewProposal[];
  current: ReviewProposal | null;
  readerRef: RefObject<HTMLDivElement | null>;
  t: ReviewMessages;
};

/**
 * The chosen source's text with every proposal's evidence in this source highlighted, the current proposal's
 * brighter; a selection in it becomes an edited record's quote.
 */
export function SourceTextReader({ text, textPending, sourceId, proposals, current, readerRef, t }: Props) {
  const spans = proposals.flatMap((p) =>
    p.evidence
      .filter((e) => e.source === sourceId && e.start !== null && e.end !== null)
      .map((e) => ({ start: e.start!, end: e.end!, id: p.key })),
  );
  return (
    <section aria-labelledby="review-text" className="review__reader">
      <h2 id="review-text">{t.text}</h2>
      {text === null ? (
        <p>{textPending ? t.loadingText : t.noText}</p>
      ) : (
        <div ref={readerRef} className="review__text" role="region" tabIndex={0} aria-label={t.textLabel}>
          {highlightRuns(text.length, spans).map((run) =>
            run.ids.length === 0 ? (
              <span key={run.start}>{text.slice(run.start, run.end)}</span>
            ) : (
              <mark
                key={run.start}
                className={current && run.ids.includes(current.key) ? 'review__mark--current' : undefined}
              >
                {text.slice(run.start, run.end)}
              </mark>
            ),
          )}
        </div>
      )}
    </section>
  );
}
