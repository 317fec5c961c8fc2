import type { LayoutRequest, LayoutResult } from './layout-compute.ts';

/**
 * Sends layouts to a Web Worker (one for the page, created on first use) so that fcose never blocks the main thread.
 * Where there is no Worker (unit tests under jsdom), the same computation runs in place.
 */
let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<{ id: number; result?: LayoutResult; error?: string }>) => {
    const { id, result, error } = event.data;
    const pending = waiting.get(id);
    waiting.delete(id);
    if (!pending) return;
    if (result) pending.resolve(result);
    else pending.reject(new Error(error ?? 'layout failed'));
  };
  return worker;
}

export async function runLayout(request: LayoutRequest): Promise<LayoutResult> {
  if (typeof Worker === 'undefined') {
    const { computeLayout } = await import('./layout-compute.ts');
    return computeLayout(request);
  }
  const id = nextId++;
  return new Promise<LayoutResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    layoutWorker().postMessage({ id, request });
  });
}
