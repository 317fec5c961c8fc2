import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type NextFunction, type RequestHandler } from 'express';
import type { ResponseCache } from './cache.ts';

/**
 * The hot path: a GET or HEAD under /api whose answer is memoised is served before Express routes it, through the
 * very same middleware the routed path runs (request id, access log, security headers, CORS, the rate limit), then
 * straight from the cache. Anything else, or anything unexpected on the way (the rate limit reached, an error, the
 * entry evicted meanwhile), continues into Express as usual, the steps already taken marked as done, so that a
 * request is never counted twice by the rate limit and every error still reaches the one error handler.
 *
 * Why: Express's own dispatch (prototype swap, router walk) costs here about as much as all the rest of a request;
 * for answers that depend only on the bundle the project should add little over a bare Express handler.
 */

const FRONT_DONE = Symbol('front done');
const LIMIT_COUNTED = Symbol('rate limit counted');
const PENDING_ERROR = Symbol('pending error');

type HotRequest = IncomingMessage & {
  originalUrl?: string;
  app?: unknown;
  ip?: string | undefined;
  [FRONT_DONE]?: true;
  [LIMIT_COUNTED]?: true;
  [PENDING_ERROR]?: unknown;
};

export const frontDone = (req: object) => (req as HotRequest)[FRONT_DONE] === true;
export const rateLimitCounted = (req: object) => (req as HotRequest)[LIMIT_COUNTED] === true;

/** First in the Express chain: an error met on the hot path goes to the error handler from here. */
export const pendingError: RequestHandler = (req, _res, next) => {
  const hot = req as unknown as HotRequest;
  const error = hot[PENDING_ERROR];
  if (error === undefined) return next();
  hot[PENDING_ERROR] = undefined;
  next(error);
};

export interface HotPathParts {
  front: RequestHandler;
  cors: RequestHandler | null;
  limiter: RequestHandler;
  cache: () => ResponseCache;
}

const hasBody = (req: IncomingMessage) => {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
};

export function installHotPath(app: Express, parts: HotPathParts): void {
  type Handle = (req: IncomingMessage, res: ServerResponse, callback?: NextFunction) => void;
  // Express calls app.handle for every request (app(req, res) is app.handle(req, res, next)).
  const withHandle = app as unknown as { handle: Handle };
  const routed = withHandle.handle.bind(app);
  // Express's own `req.ip` (trust proxy applied), computed for a request Express has not dressed yet.
  const ipOf = Object.getOwnPropertyDescriptor(express.request, 'ip')!.get!;
  const run = (step: RequestHandler, req: HotRequest, res: ServerResponse, next: (error?: unknown) => void) =>
    step(req as never, res as never, next as NextFunction);

  withHandle.handle = (request, res, callback) => {
    const req = request as HotRequest;
    const url = req.url ?? '';
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !url.startsWith('/api/') ||
      hasBody(req) ||
      parts.cache().get(url) === undefined
    ) {
      return routed(req, res, callback);
    }
    // What the middleware reads of a request, as Express would have set it.
    req.originalUrl = url;
    req.app = app;
    req.ip = ipOf.call(req) as string | undefined;
    const fallBack = (error?: unknown) => {
      if (error !== undefined) req[PENDING_ERROR] = error;
      routed(req, res, callback);
    };
    run(parts.front, req, res, (error) => {
      req[FRONT_DONE] = true;
      if (error !== undefined) return fallBack(error);
      const limit = () =>
        run(parts.limiter, req, res, (limitError) => {
          req[LIMIT_COUNTED] = true;
          if (limitError !== undefined) return fallBack(limitError);
          const cache = parts.cache();
          const entry = cache.get(url);
          if (!entry) return fallBack();
          cache.send(req as never, res as never, entry).catch(fallBack);
        });
      if (!parts.cors) return limit();
      run(parts.cors, req, res, (corsError) => (corsError !== undefined ? fallBack(corsError) : limit()));
    });
  };
}
