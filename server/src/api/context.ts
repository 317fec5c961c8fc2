import type { Request } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { GraphStore } from '../domain/graph-store.ts';
import type { Bundle } from '../domain/model.ts';
import type { OperationId, PathParamsOf, QueryOf, ResultOf } from './operations.ts';

/** The bundle the server answers from, as read at start. */
export interface BundleInfo {
  bundle: Bundle;
  /** When the bundle was written: its file's modification time. */
  generatedAt: Date;
  /** The bundle file's bytes, served as the JSON export; when absent, the bundle is serialised as the ingest does. */
  json?: Buffer | undefined;
}

/** What the API needs to answer, wired by the composition root (server/src/main.ts) or a test. */
export interface ApiContext {
  store: GraphStore;
  bundleInfo: BundleInfo;
  /** The settings the API reads (the whole Config in production). */
  config: Pick<Config, 'CORPUS_DIR' | 'RATE_LIMIT_WINDOW_MS' | 'RATE_LIMIT_MAX' | 'TRUST_PROXY_HOPS' | 'CORS_ORIGINS'>;
  logger: Logger;
}

export type TypedHandler<K extends OperationId> = (
  input: { path: PathParamsOf<K>; query: QueryOf<K> },
  req: Request,
) => Promise<ResultOf<K>>;

/** Handlers for some operations, each typed by its operation's schemas. */
export type Handlers<K extends OperationId> = { [P in K]: TypedHandler<P> };
