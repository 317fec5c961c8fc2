import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type NextFunction, type RequestHandler } from 'express';
import type { ResponseCache } from './cache.ts';

/**
 * The hot path: a GET or HEAD under /api whose answer is memoised is served before Express routes it, through the
 * very same steps the routed path runs (one list, declared in app.ts: the front, CORS, the rate limit, the cache),
 * the last of which answers from the cache. Anything else, or anything unexpected on the way (the rate limit
 * reached, an error, the entry evicted meanwhile), continues into Express as usual, the steps already taken marked
 * as done, so that a request is never counted twice by the rate limit and every error still reaches the one error
 * handler.
 *
 * Why: Express's own dispatch (prototype swap, router walk) costs here about as much as all the rest of a request;
 * for answers that depend only on the bundle the project should add little over a bare Express handler.
 */

/**
 * One step a request takes before routing. The steps are declared once, in order, in createApp (app.ts): Express
 * mounts them (mountRequestSteps) and the hot path runs the very same list (installHotPath).
 */
export interface RequestStep {
  /** Where Express mounts it: every request, or only those under /api. */
  mount: '/' | '/api';
  handler: RequestHandler;
}

/** How many of the steps the hot path has taken for a request (Express skips them when it takes the request over). */
const STEPS_DONE = Symbol('request steps done');
const PENDING_ERROR = Symbol('pending error');

type HotRequest = IncomingMessage & {
  originalUrl?: string;
  app?: unknown;
  ip?: string | undefined;
  [STEPS_DONE]?: number;
  [PENDING_ERROR]?: unknown;
};

/** First in the Express chain: an error met on the hot path goes to the error handler from here. */
const pendingError: RequestHandler = (req, _res, next) => {
  const hot = req as unknown as HotRequest;
  const error = hot[PENDING_ERROR];
  if (error === undefined) return next();
  hot[PENDING_ERROR] = undefined;
  next(error);
};

/** Mounts the steps in Express, in their order, each skipped for a request the hot path already took through it. */
export function mountRequestSteps(app: Express, steps: readonly RequestStep[]): void {
  app.use(pendingError);
  steps.forEach(({ mount, handler }, index) => {
    const step: RequestHandler = (req, res, next) =>
      ((req as unknown as HotRequest)[STEPS_DONE] ?? 0) > index ? next() : handler(req, res, next);
    app.use(mount, step);
  });
}

const hasBody = (req: IncomingMessage) => {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
};

/**
 * Takes a GET or HEAD under /api whose answer is memoised through the steps before Express sees it; the last step
 * (the cache) answers it. Every step here runs under /api, so each applies whatever its mount.
 */
export function installHotPath(app: Express, steps: readonly RequestStep[], cache: () => ResponseCache): void {
  type Handle = (req: IncomingMessage, res: ServerResponse, callback?: NextFunction) => void;
  // Express calls app.handle for every request (app(req, res) is app.handle(req, res, next)).
  const withHandle = app as unknown as { handle: Handle };
  const routed = withHandle.handle.bind(app);
  // Express's own `req.ip` (trust proxy applied), computed for a request Express has not dressed yet.
  const ipOf = Object.getOwnPropertyDescriptor(express.request, 'ip')!.get!;

  withHandle.handle = (request, res, callback) => {
    const req = request as HotRequest;
    const url = req.url ?? '';
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !url.startsWith('/api/') ||
      hasBody(req) ||
      cache().get(url) === undefined
    ) {
      return routed(req, res, callback);
    }
    // What the middleware reads of a request, as Express would have set it.
    req.originalUrl = url;
    req.app = app;
    req.ip = ipOf.call(req) as string | undefined;
    let done = 0;
    const next = (error?: unknown) => {
      // An error, or a step passing the request on past the last one (the entry evicted meanwhile): Express goes on.
      if (error !== undefined || done === steps.length) {
        if (error !== undefined) req[PENDING_ERROR] = error;
        return routed(req, res, callback);
      }
      const step = steps[done++]!;
      req[STEPS_DONE] = done;
      step.handler(req as never, res as never, next as NextFunction);
    };
    next();
  };
}
