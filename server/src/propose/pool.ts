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
 * next. So each thread reads its share of the documents, the main thread grows the new actors in source-id order
 * (cheap), each thread runs the rules over the documents it read, and the main thread merges the proposals in
 * source-id order: the same proposals, byte for byte, as `propose` on one thread.
 */

export type PoolRequest =
  | { type: 'read'; documents: ProposalDocument[] }
  /** Per document read, in the order read: the new actors that take part in its rules. */
  | { type: 'propose'; participating: ParticipatingActor[][] };

export type PoolReply =
  /** The thread begins a document (of either step): the time limit's clock starts again. */
  | { type: 'started'; source: string }
  | { type: 'read'; findings: DocumentFindings[] }
  /** The next documents' proposals, sent while the thread goes on, so that this thread takes them in meanwhile. */
  | { type: 'proposing'; proposals: DocumentProposals[] }
  | { type: 'proposed'; proposals: DocumentProposals[] }
  | { type: 'failed'; source: string | null; message: string; stack?: string };

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
  #pending: { resolve: (reply: PoolReply) => void; reject: (error: Error) => void } | null = null;
  #broken: ProposalWorkerError | null = null;
  /** The proposals of a 'propose' request received so far. */
  #proposing: DocumentProposals[] = [];
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
      if (reply.type === 'proposing') {
        this.#proposing.push(...reply.proposals);
        return;
      }
      clearTimeout(this.#clock);
      const pending = this.#pending;
      this.#pending = null;
      const proposing = this.#proposing;
      this.#proposing = [];
      if (reply.type === 'proposed')
        pending?.resolve({ type: 'proposed', proposals: [...proposing, ...reply.proposals] });
      else if (reply.type !== 'failed') pending?.resolve(reply);
      else
        pending?.reject(
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

  #fail(error: ProposalWorkerError) {
    clearTimeout(this.#clock);
    this.#broken ??= error;
    this.#pending?.reject(error);
    this.#pending = null;
  }

  request(message: PoolRequest): Promise<PoolReply> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#worker.postMessage(message);
    });
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
    const replies = await settled(
      shares.map((indices, t) =>
        this.#threads[t]!.request({ type: 'read', documents: indices.map((i) => sorted[i]!) }),
      ),
    );
    const findings: DocumentFindings[] = [];
    shares.forEach((indices, t) => {
      const reply = replies[t] as Extract<PoolReply, { type: 'read' }>;
      indices.forEach((i, j) => (findings[i] = reply.findings[j]!));
    });
    const newActors = new NewActorRegistry(this.#knownById);
    const participating = sorted.map((document, i) => newActors.register(document, findings[i]!.newActors));
    const proposedReplies = await settled(
      shares.map((indices, t) =>
        this.#threads[t]!.request({ type: 'propose', participating: indices.map((i) => participating[i]!) }),
      ),
    );
    const proposed: DocumentProposals[] = [];
    shares.forEach((indices, t) => {
      const reply = proposedReplies[t] as Extract<PoolReply, { type: 'proposed' }>;
      indices.forEach((i, j) => (proposed[i] = reply.proposals[j]!));
    });
    const merger = new ProposalMerger();
    sorted.forEach((document, i) => merger.add(document, findings[i]!, proposed[i]!));
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
