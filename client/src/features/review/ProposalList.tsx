import type { RefObject } from 'react';
import type { ReviewProposal } from './curator-client.ts';
import { recordLabel } from './record-label.ts';
import type { ReviewMessages } from './review-messages.ts';

type Props = {
  proposals: ReviewProposal[];
  current: ReviewProposal | null;
  highConfidence: number | undefined;
  busy: boolean;
  listRef: RefObject<HTMLOListElement | null>;
  onChoose: (index: number) => void;
  onBulk: () => void;
  t: ReviewMessages;
};

/** The chosen source's proposals with their status and confidence, and the bulk accept of the confident new ones. */
export function ProposalList({ proposals, current, highConfidence, busy, listRef, onChoose, onBulk, t }: Props) {
  return (
    <section aria-labelledby="review-proposals" className="review__list">
      <h2 id="review-proposals">{t.proposals(proposals.length)}</h2>
      <button type="button" onClick={onBulk} disabled={busy}>
        {t.bulk(String(highConfidence ?? ''))} <kbd>b</kbd>
      </button>
      <ol ref={listRef}>
        {proposals.map((p, i) => (
          <li key={p.key}>
            <button
              type="button"
              data-key={p.key}
              aria-current={p === current ? 'true' : undefined}
              onClick={() => onChoose(i)}
            >
              <span className={`review__badge review__badge--${p.status}`}>{t.statuses[p.status]}</span>{' '}
              {t.labelled(p.collection, recordLabel(p))} ({Math.round(p.confidence * 100)} %)
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
