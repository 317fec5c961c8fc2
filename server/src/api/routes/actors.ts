import type { ApiContext, Handlers } from '../context.ts';
import { NotFoundError } from '../errors.ts';

/** Actors: a filtered, paged list and one actor with everything about it. */
export function actorHandlers({ store }: ApiContext): Handlers<'listActors' | 'getActor'> {
  return {
    listActors: async ({ query }) =>
      store.actors({ kinds: query.kinds, text: query.q, offset: query.offset, limit: query.limit }),
    getActor: async ({ path }) => {
      const detail = await store.actor(path.id);
      if (!detail) throw new NotFoundError(`no actor "${path.id}"`);
      return detail;
    },
  };
}
