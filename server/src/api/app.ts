import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import rateLimit from 'express-rate-limit';
import { front, helmetHeaders } from './front.ts';
import { installHotPath, mountRequestSteps, type RequestStep } from './hot-path.ts';
import { ResponseCache, serveFromCache } from './cache.ts';
import type { ApiContext } from './context.ts';
import { DOCS_CSS, renderDocsPage } from './docs-page.ts';
import { MethodNotAllowedError, NotFoundError, problemHandler, TooManyRequestsError } from './errors.ts';
import { openApi } from './openapi.ts';
import { expressPath, operations, type Operation, type OperationId } from './operations.ts';
import { operationMiddleware, type OperationHandler } from './pipeline.ts';
import { actorHandlers } from './routes/actors.ts';
import { datasetHandlers } from './routes/dataset.ts';
import { exportHandlers } from './routes/export.ts';
import { graphHandlers } from './routes/graph.ts';
import { healthHandlers } from './routes/health.ts';
import { sourceHandlers } from './routes/sources.ts';
import { timeAndMoneyHandlers } from './routes/time-and-money.ts';

/**
 * The Express application: no listen here (the composition root, server/src/main.ts, owns the server; tests hand
 * the app to supertest).
 *
 * Order of the middleware, first to last: the request steps, declared once in `steps` below (the front: request id,
 * access log, security headers and body limit, front.ts; CORS, only when configured; the rate limit on /api; the
 * memoised answers); compression; the health probes, the API's operations, its documentation and its 404/405; the
 * explorer (static files, SPA fallback); the one error handler, which answers every error as problem+json. A
 * memoised answer takes the hot path (hot-path.ts): the same steps, run before Express routes anything.
 */

/** Largest request body accepted; the API is read-only, a body has no use. */
export const BODY_LIMIT_BYTES = 16 * 1024;

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** helmet's headers: the strict CSP above, frames denied, no HSTS (that belongs to whatever terminates TLS). */
export const SECURITY_HEADERS = helmetHeaders({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' },
  strictTransportSecurity: false,
});

const ALLOWED_METHODS = ['GET', 'HEAD'];

export interface CreateAppOptions extends ApiContext {
  /** The built explorer (client/dist) to serve with an SPA fallback; null or missing: API only. */
  clientDir?: string | null | undefined;
  /** Set by the composition root while shutting down: answers then carry `Connection: close`. */
  lifecycle?: { shuttingDown: boolean } | undefined;
  /** More routes under /api, mounted before its 404 (the curator's, `npm run curate`); the public server has none. */
  extraApiRoutes?: express.Router | undefined;
}

export function createApp(options: CreateAppOptions): Express {
  const { config, logger, bundleInfo } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // A count of hops, never `true`: X-Forwarded-For entries beyond them are the client's to forge.
  app.set('trust proxy', config.TRUST_PROXY_HOPS);

  const { document, json: documentJson, hash: apiHash } = openApi();
  // The curator replaces bundleInfo's bundle after a decision: the memoised answers follow its version.
  let cache = new ResponseCache({ version: bundleInfo.bundle.version, apiHash });
  let cacheVersion = bundleInfo.bundle.version;
  const currentCache = () => {
    if (cacheVersion !== bundleInfo.bundle.version) {
      cacheVersion = bundleInfo.bundle.version;
      cache = new ResponseCache({ version: cacheVersion, apiHash });
    }
    return cache;
  };

  const frontDoor = front({
    logger,
    securityHeaders: SECURITY_HEADERS,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    lifecycle: options.lifecycle,
  });

  const handlers: Record<OperationId, OperationHandler> = {
    ...healthHandlers(options),
    ...datasetHandlers(options),
    ...actorHandlers(options),
    ...graphHandlers(options),
    ...timeAndMoneyHandlers(options),
    ...sourceHandlers(options),
    ...exportHandlers(options),
  } as unknown as Record<OperationId, OperationHandler>;
  const mount = (router: express.Router, op: Operation) => {
    const route = expressPath(op.path);
    router.get(route, operationMiddleware(op, handlers[op.operationId as OperationId], currentCache));
    router.all(route, methodNotAllowed);
  };

  const corsMiddleware =
    config.CORS_ORIGINS.length > 0
      ? cors({
          origin: config.CORS_ORIGINS,
          methods: ALLOWED_METHODS,
          exposedHeaders: [
            'ETag',
            'X-Request-Id',
            'Retry-After',
            'RateLimit',
            'RateLimit-Policy',
            'Content-Disposition',
          ],
          maxAge: 600,
        })
      : null;
  const limiter = rateLimit({
    windowMs: config.RATE_LIMIT_WINDOW_MS,
    limit: config.RATE_LIMIT_MAX,
    // draft-7 headers: draft-8's partition key costs a SHA-256 per request.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req: Request, _res: Response, next: NextFunction) => {
      const reset = (req as Request & { rateLimit?: { resetTime?: Date | undefined } }).rateLimit?.resetTime;
      const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60;
      next(new TooManyRequestsError(seconds));
    },
  });
  // The steps every request takes before routing, first to last, declared once: Express mounts them, and the hot
  // path (hot-path.ts) takes a memoised answer through the same list before Express routes anything.
  const steps: RequestStep[] = [
    { mount: '/', handler: frontDoor },
    ...(corsMiddleware ? [{ mount: '/api', handler: corsMiddleware } as const] : []),
    { mount: '/api', handler: limiter },
    // The memoised answers: the hot path ends here.
    { mount: '/', handler: serveFromCache(currentCache) },
  ];
  mountRequestSteps(app, steps);
  app.use(compression({ threshold: 1024 }));

  // The probes are outside /api: never rate-limited.
  const api = express.Router();
  for (const op of operations as readonly Operation[]) if (!op.path.startsWith('/api/')) mount(api, op);
  api.get('/api/openapi.json', staticDocument(Buffer.from(documentJson), 'application/json; charset=utf-8', apiHash));
  api.all('/api/openapi.json', methodNotAllowed);
  api.get('/api/docs', staticDocument(Buffer.from(renderDocsPage(document)), 'text/html; charset=utf-8', apiHash));
  api.all('/api/docs', methodNotAllowed);
  api.get('/api/docs/docs.css', staticDocument(Buffer.from(DOCS_CSS), 'text/css; charset=utf-8', apiHash));
  api.all('/api/docs/docs.css', methodNotAllowed);
  for (const op of operations as readonly Operation[]) if (op.path.startsWith('/api/')) mount(api, op);
  if (options.extraApiRoutes) api.use(options.extraApiRoutes);
  api.use('/api', (req, _res, next) => next(new NotFoundError(`no route ${req.method} ${req.path}`)));
  app.use(api);

  const clientDir = options.clientDir;
  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(
      express.static(clientDir, {
        index: false,
        setHeaders: (res, file) => {
          // Vite names built assets by content hash: they never change.
          const immutable = file.startsWith(path.join(clientDir, 'assets') + path.sep);
          res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      }),
    );
    const indexFile = path.join(clientDir, 'index.html');
    app.get('/{*path}', (req, res, next) => {
      // Client-side routes (no file extension) get the explorer; a missing file stays a 404.
      if (/\.[A-Za-z0-9]+$/.test(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexFile, (error) => error && next(error));
    });
  }
  app.use((req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return next(new MethodNotAllowedError(req.method, ALLOWED_METHODS));
    next(new NotFoundError(`no route ${req.method} ${req.path}`));
  });
  app.use(problemHandler(logger));
  installHotPath(app, steps, currentCache);
  return app;
}

const methodNotAllowed: RequestHandler = (req, _res, next) =>
  next(new MethodNotAllowedError(req.method, ALLOWED_METHODS));

/** A document that changes only with the code (OpenAPI, docs page, stylesheet): ETag on the API hash, 304s. */
function staticDocument(body: Buffer, contentType: string, apiHash: string): RequestHandler {
  const etag = `W/"api-${apiHash}"`;
  return (req, res) => {
    res.setHeader('Content-Type', contentType);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.status(200).end(req.method === 'HEAD' ? undefined : body);
  };
}
