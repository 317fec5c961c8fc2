import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useSource } from '../../shared/api/queries.ts';
import { langs } from '../../shared/i18n/lang.ts';
import { useUrlState } from '../../shared/url-state/use-url-state.ts';
import {
  curatorClient,
  CuratorError,
  curatorToken,
  type Decision,
  type ReviewProposal,
  type ReviewQueue,
} from './curator-client.ts';
import { RecordForm } from './RecordForm.tsx';
import { checkRecord, setAt, tidyRecord, type FieldErrors, type RecordDraft } from './record-form.ts';
import { reviewMessages } from './review-messages.ts';
import { highlightRuns, selectionOffsets } from './selection.ts';
import './review.css';

/**
 * The curator's review screen (`npm run curate`, /review), in the explorer's language (`?lang=`): sources with their
 * progress, the proposals of the chosen source, its text with every proposal's evidence highlighted, and one decision
 * per proposal: accept (as it is or edited field by field, the quote taken from a selection in the text), merge into
 * an actor, reject with a reason, keep a conflict as a dispute. Keyboard first: after a decision the focus goes to
 * the next proposal; results are announced in a live region.
 */

type Mode = 'browse' | 'edit' | 'reject' | 'merge';

function recordLabel(p: ReviewProposal): string {
  const r = p.record as Record<string, unknown>;
  const title = r.title as { en?: string } | undefined;
  return String(
    r.name ?? title?.en ?? `${String(r.from ?? r.to ?? '')} ${String(r.type ?? r.kind ?? '')} ${String(r.to ?? '')}`,
  );
}

export default function ReviewScreen() {
  const [{ lang }, navigate] = useUrlState();
  const t = reviewMessages[lang];
  const token = useMemo(() => curatorToken(), []);
  const client = useMemo(() => (token ? curatorClient(token) : null), [token]);
  const queryClient = useQueryClient();
  const [chosenSource, setSourceId] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<Mode>('browse');
  const [draft, setDraft] = useState<RecordDraft>({});
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [reason, setReason] = useState('');
  const [into, setInto] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<{ message: string; issues: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  /** Set by a decision written: once the queue has reloaded, the focus goes to the proposal now current. */
  const focusNext = useRef(false);
  const readerRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const mergeRef = useRef<HTMLSelectElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const decisionRef = useRef<HTMLHeadingElement>(null);

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

  useEffect(() => {
    if (!focusNext.current || busy || queueQuery.isFetching) return;
    focusNext.current = false;
    // The next proposal took the decided one's place in the list; with none left, the decision column says so.
    const next = current ? listRef.current?.querySelector<HTMLElement>(`[data-key="${current.key}"]`) : null;
    (next ?? decisionRef.current)?.focus();
  }, [current, busy, queueQuery.isFetching]);

  // A form opened (by key or by click): the focus goes into it at once, in the same commit, so that the keys typed
  // next (a reason) land in it and never in the shortcuts.
  useLayoutEffect(() => {
    if (mode === 'reject') reasonRef.current?.focus();
    else if (mode === 'merge') mergeRef.current?.focus();
    else if (mode === 'edit')
      document.querySelector<HTMLElement>('.review__edit input, .review__edit select, .review__edit textarea')?.focus();
  }, [mode]);

  /** Another proposal or source: whatever was being edited, rejected or merged belonged to the previous one. */
  const choose = useCallback((next: number | ((i: number) => number)) => {
    setIndex(next);
    setMode('browse');
    setFieldErrors({});
    setProblem(null);
  }, []);

  /** Esc or Cancel: back to browsing, the focus on the proposal (the form it was in is gone). */
  const cancel = useCallback(() => {
    setMode('browse');
    setFieldErrors({});
    if (current) listRef.current?.querySelector<HTMLElement>(`[data-key="${current.key}"]`)?.focus();
  }, [current]);

  const decide = useCallback(
    async (decision: Decision, what: string) => {
      if (!client || busy) return;
      setBusy(true);
      setProblem(null);
      try {
        const result = await client.decide(decision);
        setAnnouncement(t.wrote(what, result.wrote));
        setMode('browse');
        setReason('');
        setFieldErrors({});
        focusNext.current = true;
        // The queue, and the other views' answers: they changed with the bundle version.
        await queryClient.invalidateQueries();
      } catch (error) {
        const e = error instanceof CuratorError ? error : new CuratorError(0, (error as Error).message);
        const why = e.status === 409 ? t.conflict : e.status === 422 ? t.refused : t.failed;
        setProblem({ message: t.outcome(why, e.message), issues: e.issues });
        setAnnouncement(t.outcome(why, e.message));
        // A field of the edited record named by the server: shown beside that field.
        if (Object.keys(e.fields).length > 0) setFieldErrors(e.fields);
      } finally {
        setBusy(false);
      }
    },
    [client, busy, queryClient, t],
  );

  const startEdit = useCallback(() => {
    if (!current) return;
    setDraft(current.record as RecordDraft);
    setFieldErrors({});
    setMode('edit');
  }, [current]);

  const quoteFromSelection = useCallback(() => {
    if (!readerRef.current || text === null || sourceId === null) return;
    const offsets = selectionOffsets(readerRef.current);
    if (!offsets) {
      setAnnouncement(t.selectFirst);
      return;
    }
    const quote = text.slice(offsets.start, offsets.end);
    setDraft((record) => setAt(record, 'evidence.0', { source: sourceId, quote }));
    setAnnouncement(t.quoteSet(offsets.start, offsets.end, quote));
  }, [text, sourceId, t]);

  const acceptEdit = useCallback(() => {
    if (!current) return;
    const record = tidyRecord(draft);
    const errors = checkRecord(current.collection, record, t.check);
    setFieldErrors(errors);
    const wrong = Object.keys(errors);
    if (wrong.length > 0) {
      setAnnouncement(t.invalidForm(wrong.length));
      document.getElementById(`review-field-${wrong[0]!.replaceAll('.', '-')}`)?.focus();
      return;
    }
    void decide({ action: 'accept', proposal: current.key, record }, t.acceptedEdited(current.key));
  }, [current, draft, decide, t]);

  const bulk = useCallback(() => {
    if (!queue) return;
    const keys = proposals.filter((p) => p.status === 'new' && p.confidence >= queue.highConfidence).map((p) => p.key);
    if (keys.length === 0) setAnnouncement(t.noHighConfidence);
    else void decide({ action: 'accept-many', proposals: keys }, t.acceptedMany(keys.length));
  }, [queue, proposals, decide, t]);

  const typing = (target: HTMLElement) => ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (mode === 'edit') {
      if (event.key === 'Escape') cancel();
      else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        acceptEdit();
      } else if (event.key === 'q' && !typing(target)) quoteFromSelection();
      return;
    }
    if (typing(target) || event.ctrlKey || event.metaKey || event.altKey) {
      if (event.key === 'Escape') cancel();
      return;
    }
    const keys: Record<string, () => void> = {
      j: () => choose((i) => Math.min(i + 1, proposals.length - 1)),
      ArrowDown: () => choose((i) => Math.min(i + 1, proposals.length - 1)),
      k: () => choose((i) => Math.max(i - 1, 0)),
      ArrowUp: () => choose((i) => Math.max(i - 1, 0)),
      a: () => current && void decide({ action: 'accept', proposal: current.key }, t.accepted(current.key)),
      e: startEdit,
      r: () => setMode('reject'),
      m: () => current?.collection === 'actors' && setMode('merge'),
      d: () =>
        current?.conflictsWith && void decide({ action: 'dispute', proposal: current.key }, t.disputed(current.key)),
      b: bulk,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

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

  if (!token)
    return (
      <main className="review" id="content">
        <h1>{t.title}</h1>
        {languageSwitch}
        <p role="alert">{t.noToken}</p>
      </main>
    );

  const spans = proposals.flatMap((p) =>
    p.evidence
      .filter((e) => e.source === sourceId && e.start !== null && e.end !== null)
      .map((e) => ({ start: e.start!, end: e.end!, id: p.key })),
  );

  return (
    <main className="review" id="content" onKeyDown={onKeyDown}>
      <div className="review__top">
        <h1>{t.title}</h1>
        {languageSwitch}
      </div>
      {queueQuery.error && (
        <p role="alert" className="review__problem">
          {t.queueFailed(queueQuery.error.message)}
        </p>
      )}
      <p role="status" aria-live="polite" className="review__status">
        {busy ? t.writing : announcement}
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
        <nav aria-labelledby="review-sources" className="review__sources">
          <h2 id="review-sources">{t.sources}</h2>
          <ul>
            {(queue?.sources ?? []).map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={s.id === sourceId ? 'true' : undefined}
                  onClick={() => {
                    setSourceId(s.id);
                    choose(0);
                  }}
                >
                  {s.title}
                </button>
                <progress
                  max={Math.max(1, s.pending + s.decided)}
                  value={s.decided}
                  aria-label={t.decidedOf(s.title)}
                />
                <span className="review__counts">{t.counts(s.decided, s.pending, s.known)}</span>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="review-proposals" className="review__list">
          <h2 id="review-proposals">{t.proposals(proposals.length)}</h2>
          <button type="button" onClick={bulk} disabled={busy}>
            {t.bulk(String(queue?.highConfidence ?? ''))} <kbd>b</kbd>
          </button>
          <ol ref={listRef}>
            {proposals.map((p, i) => (
              <li key={p.key}>
                <button
                  type="button"
                  data-key={p.key}
                  aria-current={p === current ? 'true' : undefined}
                  onClick={() => choose(i)}
                >
                  <span className={`review__badge review__badge--${p.status}`}>{t.statuses[p.status]}</span>{' '}
                  {t.labelled(p.collection, recordLabel(p))} ({Math.round(p.confidence * 100)} %)
                </button>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="review-decision" className="review__decision">
          <h2 id="review-decision" ref={decisionRef} tabIndex={-1}>
            {current ? t.labelled(current.collection, recordLabel(current)) : t.decision}
          </h2>
          {current ? (
            <>
              <p>
                {t.about(
                  t.statuses[current.status] ?? current.status,
                  Math.round(current.confidence * 100),
                  current.rule,
                )}
              </p>
              <div className="review__compare">
                <figure>
                  <figcaption>{t.proposed}</figcaption>
                  <pre>{JSON.stringify(current.record, null, 2)}</pre>
                </figure>
                {current.conflictsWith && (
                  <figure>
                    <figcaption>{t.disagrees(current.conflictsWith.about, current.conflictsWith.record)}</figcaption>
                    <pre>{JSON.stringify(current.conflictsWith.existing, null, 2)}</pre>
                  </figure>
                )}
              </div>
              <div className="review__actions">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void decide({ action: 'accept', proposal: current.key }, t.accepted(current.key))}
                >
                  {t.accept} <kbd>a</kbd>
                </button>
                <button type="button" disabled={busy} onClick={startEdit}>
                  {t.edit} <kbd>e</kbd>
                </button>
                {current.collection === 'actors' && (
                  <button type="button" disabled={busy} onClick={() => setMode('merge')}>
                    {t.merge} <kbd>m</kbd>
                  </button>
                )}
                <button type="button" disabled={busy} onClick={() => setMode('reject')}>
                  {t.reject} <kbd>r</kbd>
                </button>
                {current.conflictsWith && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void decide({ action: 'dispute', proposal: current.key }, t.disputed(current.key))}
                  >
                    {t.dispute} <kbd>d</kbd>
                  </button>
                )}
              </div>
              {mode === 'reject' && (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    void decide({ action: 'reject', proposal: current.key, reason }, t.rejected(current.key));
                  }}
                >
                  <label>
                    {t.reasonLabel}
                    <input
                      ref={reasonRef}
                      value={reason}
                      minLength={3}
                      required
                      onChange={(e) => setReason(e.target.value)}
                    />
                  </label>
                  <button type="submit">{t.reject}</button>
                </form>
              )}
              {mode === 'merge' && current.collection === 'actors' && (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (into)
                      void decide({ action: 'merge', proposal: current.key, into }, t.merged(current.key, into));
                  }}
                >
                  <label>
                    {t.mergeLabel}
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
                      <option value="">{t.choose}</option>
                      {(queue?.actors ?? []).map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.name} ({a.id})
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit">{t.mergeSubmit}</button>
                </form>
              )}
              {mode === 'edit' && (
                <form
                  className="review__edit"
                  noValidate
                  aria-labelledby="review-edit-legend"
                  onSubmit={(event) => {
                    event.preventDefault();
                    acceptEdit();
                  }}
                >
                  <h3 id="review-edit-legend">{t.form.legend}</h3>
                  <RecordForm
                    collection={current.collection}
                    record={draft}
                    onChange={setDraft}
                    errors={fieldErrors}
                    actorIds={(queue?.actors ?? []).map((a) => a.id)}
                    m={t.form}
                  />
                  <div className="review__actions">
                    <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={quoteFromSelection}>
                      {t.form.quoteFromSelection} <kbd>q</kbd>
                    </button>
                    <button type="submit" disabled={busy}>
                      {t.form.acceptEdit} <kbd>Ctrl+Enter</kbd>
                    </button>
                    <button type="button" onClick={cancel}>
                      {t.form.cancel} <kbd>Esc</kbd>
                    </button>
                  </div>
                </form>
              )}
            </>
          ) : (
            <p>{t.nothingLeft}</p>
          )}
        </section>
      </div>
      <section aria-labelledby="review-text" className="review__reader">
        <h2 id="review-text">{t.text}</h2>
        {text === null ? (
          <p>{source.isPending ? t.loadingText : t.noText}</p>
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
    </main>
  );
}
