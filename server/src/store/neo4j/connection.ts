import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../../config.ts';
import { StoreUnavailableError } from '../../domain/graph-store.ts';
import type { Statement } from './cypher.ts';

/**
 * The one driver of a process and the one way statements reach it: `driver.executeQuery` with the database and the
 * routing set, every value a parameter, under a client-side deadline, with every error that means "Neo4j cannot
 * answer now" turned into the domain's StoreUnavailableError.
 */

export interface Neo4jConnectionOptions {
  uri: string;
  user: string;
  /** Unset: connect without authentication (a server run with NEO4J_AUTH=none). */
  password?: string | undefined;
  database: string;
  /** The series of datasets this store loads and reads (NEO4J_GRAPH): one database can hold several. */
  graph: string;
  /** Connecting: TCP connection, Bolt handshake and pool acquisition. */
  connectTimeoutMs: number;
  /** Deadline for one read, connection included; past it the store reports Neo4j unavailable. */
  queryTimeoutMs: number;
  /** Deadline for one write statement of a load. */
  loadTimeoutMs: number;
  /** Rows per UNWIND batch when loading. */
  loadBatchSize: number;
}

/** The connection settings from the configuration, or null when NEO4J_URI is unset (the embedded store serves). */
export function neo4jOptionsFromConfig(config: Config): Neo4jConnectionOptions | null {
  if (!config.NEO4J_URI) return null;
  return {
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    graph: config.NEO4J_GRAPH,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
    queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
    loadTimeoutMs: config.NEO4J_LOAD_TIMEOUT_MS,
    loadBatchSize: config.NEO4J_LOAD_BATCH_SIZE,
  };
}

/** Where a URI points, without credentials, for messages. */
export function displayUri(uri: string): string {
  try {
    const url = new URL(uri);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '(invalid URI)';
  }
}

export function createDriver(options: Neo4jConnectionOptions): Driver {
  const auth =
    options.password === undefined
      ? { scheme: 'none', principal: '', credentials: '' }
      : neo4j.auth.basic(options.user, options.password);
  return neo4j.driver(options.uri, auth, {
    // A dead address fails at connect; a listener that never answers fails at acquisition (which covers the
    // Bolt handshake); executeQuery's retries stop well within the read deadline.
    connectionTimeout: options.connectTimeoutMs,
    connectionAcquisitionTimeout: options.connectTimeoutMs,
    maxTransactionRetryTime: Math.min(1_000, Math.floor(options.queryTimeoutMs / 4)),
    // Integers stay lossless on the wire; mapper.ts converts them.
    disableLosslessIntegers: false,
    userAgent: 'sovereign-cloud-atlas',
    logging: { level: 'error', logger: () => {} },
  });
}

/** Driver error codes and messages that mean the database cannot be reached or cannot answer now. */
const unavailableCodes = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);
const unavailableMessage =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|acquisition timed out|Failed to establish connection|Connection lost|Connection was closed|Pool is closed|socket hang up|Could not perform discovery|No routing servers|Server at .* is unavailable/i;

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether a driver error means "unavailable" rather than a fault in the statement or the data. */
export function isUnavailableError(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return true;
  const code = errorCode(error);
  if (code !== undefined && (unavailableCodes.has(code) || code.startsWith('Neo.TransientError.'))) return true;
  if (unavailableMessage.test(error.message)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isUnavailableError(cause);
}

/** A driver error as the domain sees it: StoreUnavailableError when Neo4j cannot answer, else the error itself. */
export function toStoreError(error: unknown, uri: string): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (!isUnavailableError(error)) return error;
  const code = errorCode(error);
  const reason = code === 'Neo.ClientError.Security.Unauthorized' ? 'refused the credentials' : 'is unavailable';
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new StoreUnavailableError(`Neo4j at ${displayUri(uri)} ${reason}: ${detail}`, { cause: error });
}

export type Row = Record<string, unknown>;
export type ParamsOf<S> = S extends Statement<infer P> ? { [K in P]: unknown } : never;

export interface RunOptions {
  routing: 'READ' | 'WRITE';
  timeoutMs: number;
}

/**
 * Runs one statement as one managed transaction and returns its rows as plain objects (values still Neo4j values:
 * mapper.ts converts them). Rejects with StoreUnavailableError when Neo4j does not answer within the deadline.
 */
export async function runStatement<S extends Statement>(
  driver: Driver,
  connection: Pick<Neo4jConnectionOptions, 'uri' | 'database'>,
  statement: S,
  params: ParamsOf<S>,
  options: RunOptions,
): Promise<Row[]> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new StoreUnavailableError(
          `Neo4j at ${displayUri(connection.uri)} did not answer within ${options.timeoutMs} ms`,
        ),
      );
      controller.abort();
    }, options.timeoutMs);
  });
  try {
    const query = driver.executeQuery(statement.text, params as Record<string, unknown>, {
      database: connection.database,
      routing: options.routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
      // The server gives up too, so an abandoned query does not run on.
      transactionConfig: { timeout: options.timeoutMs },
      signal: controller.signal,
    });
    // Promise.race subscribes to both: whichever settles last is still handled, never an unhandled rejection.
    const result = await Promise.race([query, deadline]);
    return result.records.map((record) => record.toObject() as Row);
  } catch (error) {
    throw toStoreError(error, connection.uri);
  } finally {
    clearTimeout(timer);
  }
}

/** Like runStatement for a promise the driver gives (verifyConnectivity, close): same deadline, same mapping. */
export async function withDeadline<T>(
  work: Promise<T>,
  connection: Pick<Neo4jConnectionOptions, 'uri'>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new StoreUnavailableError(`Neo4j at ${displayUri(connection.uri)}: ${what} took over ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    throw toStoreError(error, connection.uri);
  } finally {
    clearTimeout(timer);
  }
}
