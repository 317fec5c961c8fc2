import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useSource } from '../../shared/api/queries.ts';
import {
  curatorClient,
  CuratorError,
  curatorToken,
  type Decision,
  type ReviewProposal,
  type ReviewQueue,
} from './curator-client.ts';
import { highlightRuns, selectionOffsets } from './selection.ts';
import './review.css';

/**
 * The curator's review screen (`npm run curate`, /review): sources with their progress, the proposals of the chosen
 * source, its text with every proposal's evidence highlighted, and one decision per proposal: accept (as it is or
 * edited, the quote taken from a selection in the text), merge into an actor, reject with a reason, keep a conflict
 * as a dispute. Keyboard first; results are announced in a live region.
 */

const SHORTCUTS: [string, string][] = [
  ['j / ↓', 'next proposal'],
  ['k / ↑', 'previous proposal'],
  ['a', 'accept'],
  ['e', 'edit (then q: quote from the selected text, Ctrl+Enter: accept the edit, Esc: cancel)'],
  ['m', 'merge into an actor'],
  ['r', 'reject (type the reason, Enter)'],
  ['d', 'keep both as a dispute (conflicts)'],
  ['b', 'accept every high-confidence proposal of this source'],
];

type Mode = 'browse' | 'edit' | 'reject' | 'merge';

function recordLabel(p: ReviewProposal): string {
  const r = p.record as Record<string, unknown>;
  const title = r.title as { en?: string } | undefined;
  return String(
    r.name ?? title?.en ?? `${String(r.from ?? r.to ?? '')} ${String(r.type ?? r.kind ?? '')} ${String(r.to ?? '')}`,
  );
}

export default function ReviewScreen() {
  const token = useMemo(() => curatorToken(), []);
  const client = useMemo(() => (token ? curatorClient(token) : null), [token]);
  const queryClient = useQueryClient();
  const [chosenSource, setSourceId] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<Mode>('browse');
  const [draft, setDraft] = useState('');
  const [reason, setReason] = useState('');
  const [into, setInto] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<{ message: string; issues: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const readerRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const mergeRef = useRef<HTMLSelectElement>(null);
  const draftRef = useRef<HTMLTextAreaElement>(null);

  const queueQuery = useQuery({
    queryKey: ['review-queue'],
    queryFn: () => client!.queue(),
    enabled: client !== null,
  });
  const queue: ReviewQueue | null = queueQuery.data ?? null;
  const sourceId = chosenSource ?? queue?.sources.find((s) => s.pending > 0)?.id ?? queue?.sources[0]?.id ?? null;

  const proposals = useMemo(
    () => (queue?.proposals ?? []).filter((p) => sourceId !== null && p.sources.includes(sourceId)),
    [queue, sourceId],
  );
  const current = proposals[Math.min(index, proposals.length - 1)] ?? null;
  const source = useSource(sourceId);
  const text = source.data?.text.available ? source.data.text.content : null;

  const decide = useCallback(
    async (decision: Decision, what: string) => {
      if (!client || busy) return;
      setBusy(true);
      setProblem(null);
      try {
        const result = await client.decide(decision);
        setAnnouncement(`${what}: written ${result.wrote.length ? result.wrote.join(', ') : 'to the review log'}.`);
        setMode('browse');
        setReason('');
        // The queue, and the other views' answers: they changed with the bundle version.
        await queryClient.invalidateQueries();
      } catch (error) {
        const e = error instanceof CuratorError ? error : new CuratorError(0, (error as Error).message);
        const why =
          e.status === 409
            ? 'Not written (conflict)'
            : e.status === 422
              ? 'Refused, nothing written'
              : 'Failed, nothing written';
        setProblem({ message: `${why}: ${e.message}`, issues: e.issues });
        setAnnouncement(`${why}: ${e.message}`);
      } finally {
        setBusy(false);
      }
    },
    [client, busy, queryClient],
  );

  const startEdit = useCallback(() => {
    if (!current) return;
    setDraft(JSON.stringify(current.record, null, 2));
    setMode('edit');
    setTimeout(() => draftRef.current?.focus(), 0);
  }, [current]);

  const quoteFromSelection = useCallback(() => {
    if (!readerRef.current || text === null || sourceId === null) return;
    const offsets = selectionOffsets(readerRef.current);
    if (!offsets) {
      setAnnouncement('Select the quote in the text first.');
      return;
    }
    const quote = text.slice(offsets.start, offsets.end);
    try {
      const record = JSON.parse(draft) as { evidence?: { source: string; quote: string }[] };
      record.evidence = [{ source: sourceId, quote }, ...(record.evidence ?? []).slice(1)];
      setDraft(JSON.stringify(record, null, 2));
      setAnnouncement(`Quote set from characters ${offsets.start} to ${offsets.end}: “${quote}”.`);
    } catch {
      setAnnouncement('The edited record is not valid JSON: fix it before taking the quote.');
    }
  }, [draft, text, sourceId]);

  const acceptEdit = useCallback(() => {
    if (!current) return;
    try {
      void decide(
        { action: 'accept', proposal: current.key, record: JSON.parse(draft) as Record<string, unknown> },
        `Accepted as edited ${current.key}`,
      );
    } catch {
      setProblem({ message: 'The edited record is not valid JSON.', issues: [] });
    }
  }, [current, draft, decide]);

  const bulk = useCallback(() => {
    if (!queue) return;
    const keys = proposals.filter((p) => p.status === 'new' && p.confidence >= queue.highConfidence).map((p) => p.key);
    if (keys.length === 0) setAnnouncement('No high-confidence proposal left in this source.');
    else void decide({ action: 'accept-many', proposals: keys }, `Accepted ${keys.length} high-confidence proposals`);
  }, [queue, proposals, decide]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (mode === 'edit') {
      if (event.key === 'Escape') setMode('browse');
      else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) acceptEdit();
      else if (event.key === 'q' && target.tagName !== 'TEXTAREA') quoteFromSelection();
      return;
    }
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || event.ctrlKey || event.metaKey || event.altKey) {
      if (event.key === 'Escape') setMode('browse');
      return;
    }
    const keys: Record<string, () => void> = {
      j: () => setIndex((i) => Math.min(i + 1, proposals.length - 1)),
      ArrowDown: () => setIndex((i) => Math.min(i + 1, proposals.length - 1)),
      k: () => setIndex((i) => Math.max(i - 1, 0)),
      ArrowUp: () => setIndex((i) => Math.max(i - 1, 0)),
      a: () => current && void decide({ action: 'accept', proposal: current.key }, `Accepted ${current.key}`),
      e: startEdit,
      r: () => {
        setMode('reject');
        setTimeout(() => reasonRef.current?.focus(), 0);
      },
      m: () => {
        setMode('merge');
        setTimeout(() => mergeRef.current?.focus(), 0);
      },
      d: () =>
        current?.conflictsWith &&
        void decide({ action: 'dispute', proposal: current.key }, `Kept both as a dispute ${current.key}`),
      b: bulk,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  if (!token)
    return (
      <main className="review" id="content">
        <h1>Review queue</h1>
        <p role="alert">
          No curator token: open the link that <code>npm run curate</code> printed (it ends with <code>#token=…</code>).
          The public server has no review routes.
        </p>
      </main>
    );

  const spans = (queue?.proposals ?? [])
    .filter((p) => sourceId !== null && p.sources.includes(sourceId))
    .flatMap((p) =>
      p.evidence
        .filter((e) => e.source === sourceId && e.start !== null && e.end !== null)
        .map((e) => ({ start: e.start!, end: e.end!, id: p.key })),
    );

  return (
    <main className="review" id="content" onKeyDown={onKeyDown}>
      <h1>Review queue</h1>
      {queueQuery.error && (
        <p role="alert" className="review__problem">
          The review queue did not load: {queueQuery.error.message}
        </p>
      )}
      <p role="status" aria-live="polite" className="review__status">
        {busy ? 'Writing…' : announcement}
      </p>
      {problem && (
        <div role="alert" className="review__problem">
          <p>{problem.message}</p>
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
        <summary>Keyboard shortcuts</summary>
        <dl>
          {SHORTCUTS.map(([key, what]) => (
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
        <nav aria-label="Sources" className="review__sources">
          <h2>Sources</h2>
          <ul>
            {(queue?.sources ?? []).map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={s.id === sourceId ? 'true' : undefined}
                  onClick={() => {
                    setSourceId(s.id);
                    setIndex(0);
                  }}
                >
                  {s.title}
                </button>
                <progress
                  max={Math.max(1, s.pending + s.decided)}
                  value={s.decided}
                  aria-label={`${s.title}: decided`}
                />
                <span className="review__counts">
                  {s.decided} decided, {s.pending} to go, {s.known} known already
                </span>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-label="Proposals" className="review__list">
          <h2>Proposals ({proposals.length})</h2>
          <button type="button" onClick={bulk} disabled={busy}>
            Accept all high-confidence (≥ {queue?.highConfidence ?? ''}) <kbd>b</kbd>
          </button>
          <ol>
            {proposals.map((p, i) => (
              <li key={p.key}>
                <button
                  type="button"
                  data-key={p.key}
                  aria-current={p === current ? 'true' : undefined}
                  onClick={() => setIndex(i)}
                >
                  <span className={`review__badge review__badge--${p.status}`}>{p.status}</span> {p.collection}:{' '}
                  {recordLabel(p)} ({Math.round(p.confidence * 100)}%)
                </button>
              </li>
            ))}
          </ol>
        </section>
        <section aria-label="Decision" className="review__decision">
          {current ? (
            <>
              <h2>
                {current.collection}: {recordLabel(current)}
              </h2>
              <p>
                {current.status}, confidence {Math.round(current.confidence * 100)}%, rule <code>{current.rule}</code>
              </p>
              <div className="review__compare">
                <figure>
                  <figcaption>Proposed</figcaption>
                  <pre>{JSON.stringify(current.record, null, 2)}</pre>
                </figure>
                {current.conflictsWith && (
                  <figure>
                    <figcaption>
                      Disagrees about {current.conflictsWith.about} with {current.conflictsWith.record}
                    </figcaption>
                    <pre>{JSON.stringify(current.conflictsWith.existing, null, 2)}</pre>
                  </figure>
                )}
              </div>
              <div className="review__actions">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void decide({ action: 'accept', proposal: current.key }, `Accepted ${current.key}`)}
                >
                  Accept <kbd>a</kbd>
                </button>
                <button type="button" disabled={busy} onClick={startEdit}>
                  Edit <kbd>e</kbd>
                </button>
                {current.collection === 'actors' && (
                  <button type="button" disabled={busy} onClick={() => setMode('merge')}>
                    Merge into an actor <kbd>m</kbd>
                  </button>
                )}
                <button type="button" disabled={busy} onClick={() => setMode('reject')}>
                  Reject <kbd>r</kbd>
                </button>
                {current.conflictsWith && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void decide({ action: 'dispute', proposal: current.key }, `Kept both as a dispute ${current.key}`)
                    }
                  >
                    Keep both as a dispute <kbd>d</kbd>
                  </button>
                )}
              </div>
              {mode === 'reject' && (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    void decide({ action: 'reject', proposal: current.key, reason }, `Rejected ${current.key}`);
                  }}
                >
                  <label>
                    Reason for rejecting
                    <input
                      ref={reasonRef}
                      value={reason}
                      minLength={3}
                      required
                      onChange={(e) => setReason(e.target.value)}
                    />
                  </label>
                  <button type="submit">Reject</button>
                </form>
              )}
              {mode === 'merge' && current.collection === 'actors' && (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (into)
                      void decide(
                        { action: 'merge', proposal: current.key, into },
                        `Merged ${current.key} into ${into}`,
                      );
                  }}
                >
                  <label>
                    Merge into actor
                    <select
                      ref={mergeRef}
                      value={into}
                      required
                      onChange={(e) => setInto(e.target.value)}
                      onKeyDown={(e) => {
                        // A select does not submit its form on Enter by itself.
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          e.currentTarget.form?.requestSubmit();
                        }
                      }}
                    >
                      <option value="">choose…</option>
                      {(queue?.actors ?? []).map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.name} ({a.id})
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit">Merge</button>
                </form>
              )}
              {mode === 'edit' && (
                <div className="review__edit">
                  <label htmlFor="review-draft">
                    Record (every field; the first quote can be taken from a selection in the text)
                  </label>
                  <textarea
                    id="review-draft"
                    ref={draftRef}
                    value={draft}
                    rows={16}
                    onChange={(e) => setDraft(e.target.value)}
                  />
                  <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={quoteFromSelection}>
                    Quote from the selected text <kbd>q</kbd>
                  </button>
                  <button type="button" onClick={acceptEdit} disabled={busy}>
                    Accept the edit <kbd>Ctrl+Enter</kbd>
                  </button>
                  <button type="button" onClick={() => setMode('browse')}>
                    Cancel <kbd>Esc</kbd>
                  </button>
                </div>
              )}
            </>
          ) : (
            <p>Nothing left to decide in this source.</p>
          )}
        </section>
      </div>
      <section aria-label="Source text" className="review__reader">
        <h2>Text</h2>
        {text === null ? (
          <p>{source.isPending ? 'Loading the text…' : 'The text of this source is not available.'}</p>
        ) : (
          <div
            ref={readerRef}
            className="review__text"
            tabIndex={0}
            aria-label="Source text, with the evidence highlighted"
          >
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
    </main>
  );
}
