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
import { acceptableTogether, pendingAnchors } from './anchors.ts';
import { curatorClient, CuratorError, curatorToken, type Decision, type ReviewQueue } from './curator-client.ts';
import { checkRecord, setAt, tidyRecord, type FieldErrors, type RecordDraft } from './record-form.ts';
import type { ReviewMessages } from './review-messages.ts';
import { selectionOffsets } from './selection.ts';

/** What the decision column shows: the proposal alone, or one of its three forms. */
export type DecisionMode = 'browse' | 'edit' | 'reject' | 'merge';

export type DecisionProblem = { message: string; issues: string[]; anchor?: string | undefined };

/**
 * The review screen's state and actions: the queue from the curator API, the chosen source and proposal, the open
 * form and its draft, the decisions written (with what they announce), where the focus goes next, and the keyboard
 * shortcuts that drive all of it.
 */
export function useReviewSession(t: ReviewMessages) {
  const token = useMemo(() => curatorToken(), []);
  const client = useMemo(() => (token ? curatorClient(token) : null), [token]);
  const queryClient = useQueryClient();
  const [chosenSource, setSourceId] = useState<string | null>(null);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<DecisionMode>('browse');
  const [draft, setDraft] = useState<RecordDraft>({});
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [reason, setReason] = useState('');
  const [into, setInto] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<DecisionProblem | null>(null);
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
  /** Proposals the current one is chained to (its date told from theirs) that are still to decide. */
  const anchors = useMemo(
    () => (current && queue ? pendingAnchors(current, new Set(queue.proposals.map((p) => p.key))) : []),
    [current, queue],
  );
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

  const chooseSource = useCallback(
    (id: string) => {
      setSourceId(id);
      choose(0);
    },
    [choose],
  );

  /** Opens a proposal by key, in the first of its sources (an anchor may come from another source). */
  const goTo = useCallback(
    (key: string) => {
      const target = queue?.proposals.find((p) => p.key === key);
      if (!target) return;
      const inSource = target.sources.includes(sourceId ?? '') ? sourceId! : target.sources[0]!;
      setSourceId(inSource);
      choose(queue!.proposals.filter((p) => p.sources.includes(inSource)).findIndex((p) => p.key === key));
      requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus());
    },
    [queue, sourceId, choose],
  );

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
        setProblem({ message: t.outcome(why, e.message), issues: e.issues, anchor: e.anchor });
        setAnnouncement(t.outcome(why, e.message));
        // A field of the edited record named by the server: shown beside that field.
        if (Object.keys(e.fields).length > 0) setFieldErrors(e.fields);
      } finally {
        setBusy(false);
      }
    },
    [client, busy, queryClient, t],
  );

  const accept = useCallback(() => {
    if (current) void decide({ action: 'accept', proposal: current.key }, t.accepted(current.key));
  }, [current, decide, t]);

  const dispute = useCallback(() => {
    if (current?.conflictsWith) void decide({ action: 'dispute', proposal: current.key }, t.disputed(current.key));
  }, [current, decide, t]);

  const reject = useCallback(() => {
    if (current) void decide({ action: 'reject', proposal: current.key, reason }, t.rejected(current.key));
  }, [current, reason, decide, t]);

  const merge = useCallback(() => {
    if (current && into) void decide({ action: 'merge', proposal: current.key, into }, t.merged(current.key, into));
  }, [current, into, decide, t]);

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
    // A chained proposal goes only with its anchor (the curator refuses it alone).
    const keys = acceptableTogether(
      proposals.filter((p) => p.status === 'new' && p.confidence >= queue.highConfidence).map((p) => p.key),
      queue.proposals,
    );
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
      a: accept,
      e: startEdit,
      r: () => setMode('reject'),
      m: () => current?.collection === 'actors' && setMode('merge'),
      d: dispute,
      b: bulk,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return {
    token,
    queue,
    queueError: queueQuery.error,
    sourceId,
    proposals,
    current,
    anchors,
    goTo,
    text,
    textPending: source.isPending,
    mode,
    setMode,
    draft,
    setDraft,
    fieldErrors,
    reason,
    setReason,
    into,
    setInto,
    announcement,
    problem,
    busy,
    readerRef,
    reasonRef,
    mergeRef,
    listRef,
    decisionRef,
    choose,
    chooseSource,
    cancel,
    accept,
    dispute,
    reject,
    merge,
    startEdit,
    quoteFromSelection,
    acceptEdit,
    bulk,
    onKeyDown,
  };
}

/** The session's state and actions, without its refs (handed to the elements they point at one by one). */
export type ReviewSession = Omit<
  ReturnType<typeof useReviewSession>,
  'readerRef' | 'reasonRef' | 'mergeRef' | 'listRef' | 'decisionRef'
>;
