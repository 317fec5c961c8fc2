import createClient from 'openapi-fetch';
import type { components, paths } from './curator-schema.ts';
import { recordField, type FieldErrors } from './record-form.ts';

/**
 * The review screen's client for the curator's routes (server/openapi-curator.json), typed by the generated
 * curator-schema.ts. The one-time token comes in the link `npm run curate` prints (`/review#token=…`): it is read
 * once, kept for this tab only (sessionStorage) and taken off the address bar, so it never lands in history.
 */

export type ReviewQueue = components['schemas']['ReviewQueue'];
export type ReviewProposal = components['schemas']['ReviewProposal'];
export type Decision = components['schemas']['Decision'];
export type DecisionResult = components['schemas']['DecisionResult'];

const TOKEN_KEY = 'atlas-curator-token';

export function curatorToken(): string | null {
  const fromLink = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
  if (fromLink) {
    sessionStorage.setItem(TOKEN_KEY, fromLink);
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * What went wrong, in words a curator can act on: the problem's detail, the knowledge-base issues when it was
 * refused, and the edited record's fields the server named (by path inside the record, as the form names them).
 */
export class CuratorError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: string[] = [],
    readonly fields: FieldErrors = {},
    /** 409 anchor-first: the proposal to accept before this one. */
    readonly anchor?: string,
  ) {
    super(message);
    this.name = 'CuratorError';
  }
}

interface ProblemLike {
  title?: string;
  detail?: string;
  issues?: string[];
  /** 400: every wrong field of the decision (`record.…` for the edited record). */
  errors?: { name: string; reason: string }[];
  /** 422: the edited record's field its knowledge-base schema refused. */
  field?: string;
  /** 409 anchor-first: the proposal to accept first. */
  anchor?: string;
}

function fieldErrors(p: ProblemLike): FieldErrors {
  const fields: FieldErrors = {};
  for (const { name, reason } of p.errors ?? []) {
    const field = recordField(name);
    if (field !== null) fields[field] ??= reason;
  }
  const field = p.field === undefined ? null : recordField(p.field);
  // The 422's detail is "<field>: <why>".
  if (field !== null) fields[field] ??= (p.detail ?? '').replace(/^[^:]*:\s*/, '');
  return fields;
}

export function curatorClient(token: string) {
  const client = createClient<paths>({ baseUrl: '', headers: { Authorization: `Bearer ${token}` } });
  const fail = (response: Response, problem: unknown): never => {
    const p = (problem ?? {}) as ProblemLike;
    throw new CuratorError(
      response.status,
      p.detail ?? p.title ?? `HTTP ${response.status}`,
      p.issues ?? [],
      fieldErrors(p),
      p.anchor,
    );
  };
  return {
    async queue(): Promise<ReviewQueue> {
      const { data, error, response } = await client.GET('/api/review/proposals');
      return data ?? fail(response, error);
    },
    async decide(decision: Decision): Promise<DecisionResult> {
      const { data, error, response } = await client.POST('/api/review/decisions', { body: decision });
      return data ?? fail(response, error);
    },
  };
}
export type CuratorClient = ReturnType<typeof curatorClient>;
