import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  inSourceOrder,
  NewActorRegistry,
  propose,
  ProposalMerger,
  LEARNT,
  type DocumentFindings,
  type DocumentProposals,
  type KnowledgeBaseRecords,
  type ParticipatingActor,
  type ProposalDocument,
  type Proposals,
} from './propose.ts';

/**
 * `propose` over a pool of worker threads. Reading a document (sentences, gazetteer, dates, amounts, names) and
 * running the rules over it depend on no other document; only the run's new actors grow from one document to the
 * next. So each thread reads its share of the documents, posting each one's findings as it goes; the main thread grows
 * the new actors in source-id order (cheap) as soon as every document before one is read, and sends that document's
 * participating actors to its thread at once; each thread, done reading, runs the rules over its documents as their
 * actors come (no thread waits for the others to finish reading), and the main thread merges the proposals in
 * source-id order as they come: the same proposals, byte for byte, as `propose` on one thread.
 */

export type PoolRequest =
  /** A run's share of the documents, in source-id order. */
  | { type: 'read'; documents: ProposalDocument[] }
  /** The next documents read, in the order read: per document, the new actors that take part in its rules. */
  | { type: 'propose'; participating: ParticipatingActor[][] }
  /** The run failed on another thread (or on the main thread): drop its readings. */
  | { type: 'abandon' };

export type PoolReply =
  /** The thread begins a document (of either step): the time limit's clock starts again. */
  | { type: 'started'; source: string }
  /** The next document read: its findings. */
  | { type: 'read'; findings: DocumentFindings }
  /** The proposals of the documents of a 'propose' request. */
  | { type: 'proposed'; proposals: DocumentProposals[] }
  /** The thread dropped its run after an 'abandon'. */
  | { type: 'abandoned' }
  | { type: 'failed'; source: string | null; message: string; stack?: string };

/** What a thread's share of a run hands to the main thread as it goes. */
interface ThreadRun {
  /** Its documents: the run is done on this thread when each has its proposals. */
  documents: number;
  proposed: number;
  onRead: (findings: DocumentFindings) => void;
  onProposed: (proposals: DocumentProposals[]) => void;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** A worker failed: on a document (`source` is its id), or as a thread (`source` is null). */
export class ProposalWorkerError extends Error {
  override readonly name: string = 'ProposalWorkerError';
  readonly source: string | null;
  constructor(source: string | null, message: string, options?: ErrorOptions) {
    super(message, options);
    this.source = source;
  }
}

/**
 * A document took longer than the time limit: a rule that does not finish on some text (a loop that never ends, a
 * regular expression that backtracks without end) stops its thread with an error naming the source, not a run that
 * never returns.
 */
export class ProposalTimeoutError extends ProposalWorkerError {
  override readonly name = 'ProposalTimeoutError';
  readonly seconds: number;
  constructor(source: string, seconds: number) {
    super(source, `source "${source}": not read within ${seconds} s (the time limit per document)`);
    this.seconds = seconds;
  }
}

/** Per-document time limit of the command line, in seconds; a document read at 1 MB/s takes a second per megabyte. */
export const DEFAULT_DOCUMENT_SECONDS = 60;

/**
 * The worker is TypeScript, as every entry point of the repository: a small bootstrap registers tsx in the new
 * thread (hooks registered in this thread do not reach it), then loads it.
 */
const WORKER_BOOTSTRAP = (() => {
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./pool-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
})();

class PoolThread {
  readonly #worker: Worker;
  #pending: ThreadRun | null = null;
  #broken: ProposalWorkerError | null = null;
  readonly #documentSeconds: number | null;
  #clock: NodeJS.Timeout | undefined;

  constructor(kb: KnowledgeBaseRecords, learnt: boolean, documentSeconds: number | null) {
    this.#documentSeconds = documentSeconds;
    this.#worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { kb, learnt } });
    this.#worker.on('message', (reply: PoolReply) => {
      if (reply.type === 'started') {
        this.#startClock(reply.source);
        return;
      }
      clearTimeout(this.#clock);
      const pending = this.#pending;
      if (!pending) return;
      if (reply.type === 'read') pending.onRead(reply.findings);
      else if (reply.type === 'proposed') {
        pending.onProposed(reply.proposals);
        pending.proposed += reply.proposals.length;
        if (pending.proposed === pending.documents) this.#settle().resolve();
      } else if (reply.type === 'abandoned') this.#settle().resolve();
      else
        this.#settle().reject(
          new ProposalWorkerError(
            reply.source,
            `${reply.source === null ? 'a proposal worker' : `source "${reply.source}"`}: ${reply.message}`,
            { cause: reply.stack },
          ),
        );
    });
    this.#worker.on('error', (error) =>
      this.#fail(new ProposalWorkerError(null, `a proposal worker failed: ${error.message}`, { cause: error })),
    );
    this.#worker.on('exit', (code) =>
      this.#fail(new ProposalWorkerError(null, `a proposal worker stopped (exit code ${code})`)),
    );
  }

  #startClock(source: string) {
    clearTimeout(this.#clock);
    const seconds = this.#documentSeconds;
    if (seconds === null) return;
    this.#clock = setTimeout(() => {
      // Only ending the thread stops a rule that never returns; the thread is then broken, like one that crashed.
      this.#fail(new ProposalTimeoutError(source, seconds));
      void this.#worker.terminate();
    }, seconds * 1000);
  }

  /** The run this thread was in, which the caller ends. */
  #settle(): ThreadRun {
    const pending = this.#pending!;
    this.#pending = null;
    return pending;
  }

  #fail(error: ProposalWorkerError) {
    clearTimeout(this.#clock);
    this.#broken ??= error;
    this.#pending?.reject(error);
    this.#pending = null;
  }

  /**
   * Reads `documents` on this thread, handing each one's findings to `onRead` and their proposals to `onProposed`,
   * both in the documents' order; settles once every document has its proposals, or the run is abandoned.
   */
  run(documents: ProposalDocument[], onRead: ThreadRun['onRead'], onProposed: ThreadRun['onProposed']): Promise<void> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise((resolve, reject) => {
      this.#pending = { documents: documents.length, proposed: 0, onRead, onProposed, resolve, reject };
      this.#worker.postMessage({ type: 'read', documents } satisfies PoolRequest);
    });
  }

  /** Per next document read, the new actors that take part in its rules. */
  propose(participating: ParticipatingActor[][]) {
    this.#worker.postMessage({ type: 'propose', participating } satisfies PoolRequest);
  }

  /** Ends this thread's share of a run that failed elsewhere (nothing to end once it has sent its last reply). */
  abandon() {
    if (this.#pending) this.#worker.postMessage({ type: 'abandon' } satisfies PoolRequest);
  }

  async terminate() {
    clearTimeout(this.#clock);
    this.#broken ??= new ProposalWorkerError(null, 'the proposal pool is closed');
    await this.#worker.terminate();
  }
}

/** Documents shared out by text length, each to the thread with the least text so far (in source-id order). */
function shareOut(documents: readonly ProposalDocument[], threads: number): number[][] {
  const shares = Array.from({ length: threads }, () => ({ indices: [] as number[], characters: 0 }));
  documents.forEach((document, i) => {
    const lightest = shares.reduce((a, b) => (b.characters < a.characters ? b : a));
    lightest.indices.push(i);
    lightest.characters += document.text.length;
  });
  return shares.map((s) => s.indices).filter((indices) => indices.length > 0);
}

/**
 * Every thread's reply, or the first failure once every thread has answered: a thread still busy with this run must
 * not answer the next one.
 */
async function settled<T>(requests: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(requests);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

export interface PoolOptions {
  threads?: number;
  learnt?: boolean;
  documentSeconds?: number;
}

/** Worker threads that keep the knowledge base's lookups between runs; `close()` them when done. */
export class ProposalPool {
  readonly size: number;
  readonly #kb: KnowledgeBaseRecords;
  readonly #knownById: ReadonlyMap<string, KnowledgeBaseRecords['actors'][number]>;
  readonly #threads: PoolThread[];
  /** One run at a time: a thread holds its documents' readings between the two steps. */
  #idle: Promise<unknown> = Promise.resolve();

  /**
   * `learnt`: read with the saved learnt models too (`LEARNT`). `documentSeconds`: a thread that spends longer on one
   * document is stopped and the run fails with a `ProposalTimeoutError` naming it (by default, no limit).
   */
  constructor(kb: KnowledgeBaseRecords, options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
    this.#kb = kb;
    this.#knownById = new Map(kb.actors.map((a) => [a.id, a]));
    // The models are read here first, so that a missing or broken one is a LearntModelError on this thread rather
    // than a crash in each worker.
    if (options.learnt) LEARNT();
    this.#threads = Array.from(
      { length: this.size },
      () => new PoolThread(kb, options.learnt ?? false, options.documentSeconds ?? null),
    );
  }

  propose(documents: readonly ProposalDocument[]): Promise<Proposals> {
    const run = this.#idle.then(() => this.#run(documents));
    this.#idle = run.catch(() => undefined);
    return run;
  }

  async #run(documents: readonly ProposalDocument[]): Promise<Proposals> {
    const sorted = inSourceOrder(documents);
    const shares = shareOut(sorted, this.#threads.length);
    const threads = this.#threads.slice(0, shares.length);
    const threadOf: number[] = [];
    shares.forEach((indices, t) => indices.forEach((i) => (threadOf[i] = t)));
    const findings: DocumentFindings[] = [];
    const proposed: DocumentProposals[] = [];
    const newActors = new NewActorRegistry(this.#knownById);
    const merger = new ProposalMerger();
    let registered = 0;
    let merged = 0;
    // Documents registered in source order as soon as every one before them is read, each sent to its thread at once.
    const register = () => {
      const participating = shares.map((): ParticipatingActor[][] => []);
      for (; registered < sorted.length && findings[registered]; registered++)
        participating[threadOf[registered]!]!.push(
          newActors.register(sorted[registered]!, findings[registered]!.newActors),
        );
      participating.forEach((list, t) => {
        if (list.length > 0) threads[t]!.propose(list);
      });
    };
    // Proposals merged in source order as they come, rather than all after the last thread is done.
    const merge = () => {
      for (; merged < sorted.length && proposed[merged]; merged++)
        merger.add(sorted[merged]!, findings[merged]!, proposed[merged]!);
    };
    // A failure anywhere ends every thread's share, so that no thread waits for actors that will never come.
    let failed = false;
    let mainError: unknown = null;
    const fail = () => {
      if (!failed) threads.forEach((thread) => thread.abandon());
      failed = true;
    };
    const onMain = (step: () => void) => {
      if (failed) return;
      try {
        step();
      } catch (error) {
        mainError = error;
        fail();
      }
    };
    await settled(
      shares.map((indices, t) => {
        let read = 0;
        let done = 0;
        return threads[t]!.run(
          indices.map((i) => sorted[i]!),
          (f) =>
            onMain(() => {
              findings[indices[read++]!] = f;
              register();
            }),
          (list) =>
            onMain(() => {
              for (const p of list) proposed[indices[done++]!] = p;
              merge();
            }),
        ).catch((error: unknown) => {
          fail();
          throw error;
        });
      }),
    );
    if (failed) throw mainError;
    return merger.finish(this.#kb, newActors);
  }

  async close(): Promise<void> {
    await Promise.all(this.#threads.map((t) => t.terminate()));
  }
}

/**
 * Text per thread below which a thread costs more than it saves: a worker takes about one CPU second to load and
 * compile its modules (0.95–1.02 s measured), while a thread reads about 1.5 MB per CPU second.
 */
const CHARACTERS_PER_THREAD = 2_000_000;

/** One thread per core, but no more than the text keeps busy (so one for a single source or a small corpus). */
export function defaultThreads(documents: readonly ProposalDocument[]): number {
  const characters = documents.reduce((sum, d) => sum + d.text.length, 0);
  return Math.max(1, Math.min(availableParallelism(), documents.length, Math.ceil(characters / CHARACTERS_PER_THREAD)));
}

/**
 * `propose` on `threads` threads (by default `defaultThreads`). One thread runs in this thread, with no pool to start,
 * unless a time limit is set: only a worker thread can be stopped in the middle of a rule.
 */
export async function proposeInPool(
  kb: KnowledgeBaseRecords,
  documents: readonly ProposalDocument[],
  options: PoolOptions = {},
): Promise<Proposals> {
  const threads = Math.min(options.threads ?? defaultThreads(documents), documents.length);
  if (documents.length === 0 || (threads <= 1 && options.documentSeconds === undefined))
    return propose(kb, documents, options.learnt ? LEARNT() : {});
  const pool = new ProposalPool(kb, { ...options, threads: Math.max(1, threads) });
  try {
    return await pool.propose(documents);
  } finally {
    await pool.close();
  }
}
