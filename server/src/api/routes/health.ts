import type { ApiContext, Handlers } from '../context.ts';
import { ServiceUnavailableError } from '../errors.ts';

/** Liveness (the process answers) and readiness (the store can answer). */
export function healthHandlers({ store }: ApiContext): Handlers<'healthz' | 'readyz'> {
  return {
    healthz: async () => ({ status: 'ok' as const }),
    readyz: async () => {
      let health;
      try {
        health = await store.health();
      } catch {
        throw new ServiceUnavailableError('the graph store does not answer');
      }
      if (!health.ready)
        throw new ServiceUnavailableError(`the graph store is not ready: ${health.detail ?? 'no detail'}`);
      return { status: 'ready' as const, version: health.version };
    },
  };
}
