import { parentPort, workerData } from 'node:worker_threads';
import {
  proposalContext,
  proposeFromDocument,
  readDocument,
  LEARNT,
  type DocumentProposals,
  type DocumentReading,
  type KnowledgeBaseRecords,
} from './propose.ts';
import type { PoolReply, PoolRequest } from './pool.ts';

/**
 * A worker thread of the proposal pool (pool.ts): reads its share of the documents, posting each one's findings as
 * soon as it is read, keeps the readings, and runs the rules over each document once the main thread has sent the
 * new actors that take part in it (which it does as soon as every document before it has been read, by any thread).
 */

const { kb, learnt } = workerData as { kb: KnowledgeBaseRecords; learnt: boolean };
const context = proposalContext(kb, learnt ? LEARNT() : {});
/** The run this thread is in: its documents' readings in the order read, and the next one to run the rules over. */
let run: { readings: (DocumentReading | null)[]; next: number } | null = null;
const port = parentPort!;

port.on('message', (request: PoolRequest) => {
  if (request.type === 'abandon') {
    // Answered only when a run is held: a thread done with its documents has already sent its last reply.
    if (run) port.postMessage({ type: 'abandoned' } satisfies PoolReply);
    run = null;
    return;
  }
  // The rules of a run this thread has failed: the main thread sent them before it knew.
  if (request.type === 'propose' && !run) return;
  let current: string | null = null;
  try {
    if (request.type === 'read') {
      const held = (run = { readings: [] as (DocumentReading | null)[], next: 0 });
      for (const document of request.documents) {
        current = document.source.id;
        port.postMessage({ type: 'started', source: current } satisfies PoolReply);
        const reading = readDocument(context, document);
        held.readings.push(reading);
        port.postMessage({ type: 'read', findings: reading.findings } satisfies PoolReply);
      }
    } else {
      const held = run!;
      const proposals: DocumentProposals[] = [];
      for (const actors of request.participating) {
        const reading = held.readings[held.next]!;
        held.readings[held.next++] = null;
        current = reading.document.source.id;
        port.postMessage({ type: 'started', source: current } satisfies PoolReply);
        proposals.push(proposeFromDocument(context, reading, actors));
      }
      if (held.next === held.readings.length) run = null;
      port.postMessage({ type: 'proposed', proposals } satisfies PoolReply);
    }
  } catch (error) {
    run = null;
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    port.postMessage({ type: 'failed', source: current, message, stack } satisfies PoolReply);
  }
});
