import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import {
  HttpProblem,
  InvalidParametersError,
  MalformedRequestError,
  MethodNotAllowedError,
  NotFoundError,
} from '../api/errors.ts';
import { AnchorNotAccepted, Curator, DecisionRefused } from './curator.ts';
import { DecisionSchema } from './schemas.ts';

/**
 * The curator's routes under /api/review/, mounted only by `npm run curate`. Every request (reads too) carries the
 * one-time token printed at start (`Authorization: Bearer <token>`); a request from another origin is refused
 * whatever it carries; a write takes only `application/json` of the decision schema.
 */

export class UnauthorizedError extends HttpProblem {
  readonly status = 401;
  readonly slug = 'unauthorized';
  readonly title = 'Curator token required';
  override headers() {
    return { 'WWW-Authenticate': 'Bearer realm="atlas-curator"' };
  }
}

export class ForbiddenError extends HttpProblem {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'Forbidden';
}

export class ConflictError extends HttpProblem {
  readonly status = 409;
  readonly slug = 'conflict';
  readonly title = 'Conflict';
}

/** 409: a chained proposal before its anchor; `anchor` is the proposal key to accept first. */
export class AnchorFirstError extends HttpProblem {
  readonly status = 409;
  readonly slug = 'anchor-first';
  readonly title = 'Accept the anchor first';
  constructor(
    message: string,
    readonly anchor: string,
  ) {
    super(message);
  }
  override extensions() {
    return { anchor: this.anchor };
  }
}

/** 422: the decision is well-formed but would make the knowledge base invalid; nothing was written. */
export class KnowledgeBaseRefusalError extends HttpProblem {
  readonly status = 422;
  readonly slug = 'knowledge-base-refused';
  readonly title = 'Refused: the knowledge base would not be valid';
  constructor(
    message: string,
    readonly issues: string[],
    readonly field: string | undefined,
  ) {
    super(message);
  }
  override extensions() {
    return { issues: this.issues, ...(this.field ? { field: this.field } : {}) };
  }
}

/** Same length compare in constant time: the token is not guessable byte by byte. */
function tokenMatches(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function curatorRouter(curator: Curator, token: string): Router {
  const router = express.Router();
  router.use('/api/review', (req: Request, _res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    // A browser names the page's origin on every write: anything but this server's own is another site.
    if (origin !== undefined && origin !== `http://${req.headers.host}`)
      return next(new ForbiddenError(`requests from ${origin} are refused`));
    if (req.headers['sec-fetch-site'] === 'cross-site') return next(new ForbiddenError('cross-site request refused'));
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
    if (given === '') return next(new UnauthorizedError('the curator token is missing (Authorization: Bearer …)'));
    if (!tokenMatches(given, token)) return next(new ForbiddenError('the curator token is wrong'));
    next();
  });

  router.get('/api/review/proposals', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await curator.queue());
  });
  router.get('/api/review/log', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ entries: await curator.reviewLog() });
  });
  router.post('/api/review/decisions', async (req, res) => {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type))
      throw new MalformedRequestError('a decision is application/json', 415);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
    } catch {
      throw new MalformedRequestError('the body is not JSON');
    }
    const parsed = DecisionSchema.safeParse(body);
    if (!parsed.success)
      throw new InvalidParametersError(
        parsed.error.issues.map((issue) => ({
          name: issue.path.length ? issue.path.join('.') : 'body',
          in: 'body',
          reason: issue.message,
        })),
      );
    try {
      res.setHeader('Cache-Control', 'no-store');
      res.json(await curator.decide(parsed.data));
    } catch (error) {
      if (!(error instanceof DecisionRefused)) throw error;
      if (error instanceof AnchorNotAccepted) throw new AnchorFirstError(error.message, error.anchor);
      if (error.status === 404) throw new NotFoundError(error.message);
      if (error.status === 409) throw new ConflictError(error.message);
      throw new KnowledgeBaseRefusalError(error.message, error.issues, error.field);
    }
  });
  for (const route of ['/api/review/proposals', '/api/review/log'])
    router.all(route, (req, _res, next) => next(new MethodNotAllowedError(req.method, ['GET', 'HEAD'])));
  router.all('/api/review/decisions', (req, _res, next) => next(new MethodNotAllowedError(req.method, ['POST'])));
  return router;
}
