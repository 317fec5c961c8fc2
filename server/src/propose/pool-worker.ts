import { parentPort, workerData } from 'node:worker_threads';
import {
  proposalContext,
  proposeFromDocument,
  readDocument,
  type DocumentReading,
  type KnowledgeBaseRecords,
} from './propose.ts';
import type { PoolReply, PoolRequest } from './pool.ts';

/**
 * A worker thread of the proposal pool (pool.ts): reads its share of the documents, keeps the readings, and runs
 * the rules over them once the main thread has grown the run's new actors.
 */

const context = proposalContext((workerData as { kb: KnowledgeBaseRecords }).kb);
let readings: DocumentReading[] = [];
const port = parentPort!;

port.on('message', (request: PoolRequest) => {
  let current: string | null = null;
  try {
    if (request.type === 'read') {
      readings = request.documents.map((document) => {
        current = document.source.id;
        return readDocument(context, document);
      });
      port.postMessage({ type: 'read', findings: readings.map((r) => r.findings) } satisfies PoolReply);
    } else {
      const proposals = request.participating.map((actors, i) => {
        const reading = readings[i]!;
        current = reading.document.source.id;
        return proposeFromDocument(context, reading, actors);
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
