import type { ReviewQueue } from './curator-client.ts';
import type { ReviewMessages } from './review-messages.ts';

type Props = {
  sources: ReviewQueue['sources'];
  sourceId: string | null;
  onChoose: (id: string) => void;
  t: ReviewMessages;
};

/** The sources with proposals, each with how far its review has come; the chosen one is marked current. */
export function SourceProgressList({ sources, sourceId, onChoose, t }: Props) {
  return (
    <nav aria-labelledby="review-sources" className="review__sources">
      <h2 id="review-sources">{t.sources}</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <button type="button" aria-current={s.id === sourceId ? 'true' : undefined} onClick={() => onChoose(s.id)}>
              {s.title}
            </button>
            <progress max={Math.max(1, s.pending + s.decided)} value={s.decided} aria-label={t.decidedOf(s.title)} />
            <span className="review__counts">{t.counts(s.decided, s.pending, s.known)}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
