/// <reference lib="webworker" />
import { computeLayout, type LayoutRequest } from './layout-compute.ts';

/** The graph layout, off the main thread: one request in, the positions out. */
self.onmessage = (event: MessageEvent<{ id: number; request: LayoutRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, result: computeLayout(request) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
