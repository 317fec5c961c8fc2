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
 * A worker thread of the proposal pool (pool.ts): reads its share of the documents, keeps the readings, and runs
 * the rules over them once the main thread has grown the run's new actors.
 */

/**
 * Documents whose proposals go in one message: the main thread copies them in while this thread goes on, instead of
 * all at the end, when it has nothing else to do but wait.
 */
const PROPOSALS_PER_MESSAGE = 10;

const { kb, learnt } = workerData as { kb: KnowledgeBaseRecords; learnt: boolean };
const context = proposalContext(kb, learnt ? LEARNT() : {});
let readings: DocumentReading[] = [];
const port = parentPort!;

port.on('message', (request: PoolRequest) => {
  let current: string | null = null;
  try {
    if (request.type === 'read') {
      readings = request.documents.map((document) => {
        current = document.source.id;
        port.postMessage({ type: 'started', source: current } satisfies PoolReply);
        return readDocument(context, document);
      });
      port.postMessage({ type: 'read', findings: readings.map((r) => r.findings) } satisfies PoolReply);
    } else {
      let proposals: DocumentProposals[] = [];
      request.participating.forEach((actors, i) => {
        const reading = readings[i]!;
        current = reading.document.source.id;
        port.postMessage({ type: 'started', source: current } satisfies PoolReply);
        proposals.push(proposeFromDocument(context, reading, actors));
        if (proposals.length === PROPOSALS_PER_MESSAGE && i < request.participating.length - 1) {
          port.postMessage({ type: 'proposing', proposals } satisfies PoolReply);
          proposals = [];
        }
      });
      readings = [];
      port.postMessage({ type: 'proposed', proposals } satisfies PoolReply);
    }
  } catch (error) {
    readings = [];
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    port.postMessage({ type: 'failed', source: current, message, stack } satisfies PoolReply);
  }
});
