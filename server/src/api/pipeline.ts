import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { ResponseCache } from './cache.ts';
import { InternalError, InvalidParametersError } from './errors.ts';
import { FileResult, type Operation } from './operations.ts';
import type { ParameterError } from './schemas.ts';

/**
 * What every operation goes through on a cache miss: its parameters validated by its zod schemas (400 listing each
 * invalid one), its handler run, its JSON body shaped by its response schema, and the answer memoised when it
 * depends only on the bundle.
 */

export interface OperationInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
}

export type OperationHandler = (input: OperationInput, req: Request) => Promise<unknown>;

function issuesToErrors(issues: readonly z.core.$ZodIssue[], where: ParameterError['in']): ParameterError[] {
  const errors: ParameterError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ name: key, in: where, reason: 'unknown parameter' });
      continue;
    }
    const [name, item] = issue.path;
    const prefix = typeof item === 'number' ? `item ${item + 1}: ` : '';
    const reason = issue.code === 'invalid_type' && issue.input === undefined ? 'required' : issue.message;
    errors.push({ name: String(name ?? '(request)'), in: where, reason: `${prefix}${reason}` });
  }
  return errors;
}

/** Validates path and query parameters, or throws an InvalidParametersError listing every invalid one. */
export function parseParameters(op: Operation, req: Request): OperationInput {
  const errors: ParameterError[] = [];
  // Express 5 parses the query string again at every read of req.query: read it once.
  const rawQuery = req.query as Record<string, unknown>;
  const single: Record<string, unknown> = {};
  for (const key of Object.keys(rawQuery)) {
    const value = rawQuery[key];
    if (Array.isArray(value)) {
      errors.push({ name: key, in: 'query', reason: `given ${value.length} times; give it once` });
    } else single[key] = value;
  }
  let path: Record<string, unknown> = {};
  if (op.pathParams) {
    const parsed = op.pathParams.safeParse({ ...req.params });
    if (parsed.success) path = parsed.data;
    else errors.push(...issuesToErrors(parsed.error.issues, 'path'));
  }
  let query: Record<string, unknown> = {};
  const parsed = op.query.safeParse(single);
  if (parsed.success) query = parsed.data;
  else errors.push(...issuesToErrors(parsed.error.issues, 'query'));
  if (errors.length > 0) throw new InvalidParametersError(mergeByParameter(errors));
  return { path, query };
}

/** One entry per parameter, its reasons joined. */
function mergeByParameter(errors: ParameterError[]): ParameterError[] {
  const merged = new Map<string, ParameterError>();
  for (const error of errors) {
    const key = `${error.in}\u0000${error.name}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...error });
    else if (!seen.reason.split('; ').includes(error.reason)) seen.reason += `; ${error.reason}`;
  }
  return [...merged.values()];
}

function render(
  op: Operation,
  result: unknown,
): { body: Buffer; contentType: string; filename?: string; compressible: boolean } {
  if (result instanceof FileResult) {
    return {
      body: result.body,
      contentType: result.contentType,
      filename: result.filename,
      compressible: result.compressible,
    };
  }
  if (op.response.kind !== 'json') throw new Error(`${op.operationId} answered JSON where a file was declared`);
  const shaped = op.response.schema.safeParse(result);
  if (!shaped.success) {
    throw new ResponseShapeError(op.operationId, shaped.error.issues.slice(0, 5));
  }
  return {
    body: Buffer.from(JSON.stringify(shaped.data)),
    contentType: 'application/json; charset=utf-8',
    compressible: true,
  };
}

/** A handler's answer does not match the operation's response schema: a server fault, logged with the issues. */
export class ResponseShapeError extends InternalError {
  constructor(
    readonly operationId: string,
    readonly issues: unknown,
  ) {
    super();
    this.name = 'ResponseShapeError';
  }
}

export function operationMiddleware(
  op: Operation,
  handler: OperationHandler,
  cache: () => ResponseCache,
): RequestHandler {
  return async (req: Request, res: Response) => {
    const input = parseParameters(op, req);
    const rendered = render(op, await handler(input, req));
    if (op.cacheable) {
      const current = cache();
      await current.send(req, res, current.set(req.originalUrl, rendered));
      return;
    }
    // Not cacheable: answered as computed; the compression middleware compresses it when worth it.
    res.setHeader('Content-Type', rendered.contentType);
    res.setHeader('Cache-Control', 'no-cache');
    if (rendered.filename) res.setHeader('Content-Disposition', `attachment; filename="${rendered.filename}"`);
    res.status(200).end(req.method === 'HEAD' ? undefined : rendered.body);
  };
}
