import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so that defaults work whatever the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const directory = (fallback: string) =>
  z
    .string()
    .trim()
    .min(1)
    .default(fallback)
    .transform((value) => path.resolve(repoRoot, value));

const neo4jSchemes = ['neo4j:', 'neo4j+s:', 'bolt:', 'bolt+s:'];

/** An empty variable (`NEO4J_URI=` in a compose file) counts as unset. */
const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value);

function urlScheme(value: string): string | null {
  try {
    return new URL(value).protocol;
  } catch {
    return null;
  }
}

/** A whole number written in decimal digits (an empty variable counts as unset). */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^\d{1,10}$/, `a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min).max(max))
      .default(fallback),
  );

/** `scheme://host[:port]` and nothing more, as a browser sends it in Origin. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

const milliseconds = (fallback: number) => wholeNumber(100, 600_000, fallback);

/** Configuration, declared once: every setting, its default and its check. */
export const ConfigSchema = z.object({
  CORPUS_DIR: directory('data/corpus').describe('Folder holding the source texts (*.txt)'),
  KB_DIR: directory('data/kb').describe('Folder of the curated knowledge base (YAML)'),
  MANIFEST: directory('data/corpus/manifest.json').describe('The curated source manifest'),
  BUILD_DIR: directory('data/build').describe('Where the ingest writes bundle.json and report.json'),
  NEO4J_URI: z
    .preprocess(
      unsetWhenEmpty,
      z
        .string()
        .refine((value) => neo4jSchemes.includes(urlScheme(value) ?? ''), {
          error: `a URL whose scheme is one of ${neo4jSchemes.map((s) => s.slice(0, -1)).join(', ')}, such as bolt://localhost:7687`,
        })
        .optional(),
    )
    .describe('Neo4j to serve the graph from (e.g. bolt://localhost:7687); unset: the embedded store'),
  NEO4J_USER: z.string().min(1).default('neo4j').describe('Neo4j user name'),
  NEO4J_PASSWORD: z
    .preprocess(unsetWhenEmpty, z.string().optional())
    .describe('Neo4j password; unset: connect without authentication (a server run with NEO4J_AUTH=none)'),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'a Neo4j database name')
    .default('neo4j')
    .describe('Neo4j database holding the graph'),
  NEO4J_GRAPH: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes')
    .default('atlas')
    .describe('Name of the dataset series in the database (several atlases can share one Neo4j database)'),
  NEO4J_CONNECT_TIMEOUT_MS: milliseconds(2_000).describe(
    'How long to wait for Neo4j to accept a connection and answer its handshake',
  ),
  NEO4J_QUERY_TIMEOUT_MS: milliseconds(4_000).describe(
    'Deadline for one read (connection included): past it the store reports Neo4j unavailable',
  ),
  NEO4J_LOAD_TIMEOUT_MS: milliseconds(120_000).describe('Deadline for one write batch of a load'),
  NEO4J_LOAD_BATCH_SIZE: wholeNumber(1, 50_000, 1_000).describe('Rows per load batch'),
  // ---------------------------------------------------------------- HTTP server (server/src/main.ts, server/src/api)
  PORT: wholeNumber(0, 65_535, 3000).describe('TCP port of the API and the explorer (0: any free port)'),
  HOST: z
    .preprocess(
      unsetWhenEmpty,
      z
        .string()
        .regex(/^[A-Za-z0-9.:-]+$/, 'an IP address or a host name')
        .default('127.0.0.1'),
    )
    .describe('Address to listen on: 127.0.0.1 (this machine only) by default; 0.0.0.0 to serve the network'),
  LOG_LEVEL: z
    .preprocess(unsetWhenEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'))
    .describe('Least severe level of the JSON log lines written to standard output'),
  RATE_LIMIT_WINDOW_MS: wholeNumber(1_000, 86_400_000, 60_000).describe('Length of one rate-limiting window'),
  RATE_LIMIT_MAX: wholeNumber(1, 1_000_000_000, 600).describe('Requests to /api allowed per client address per window'),
  TRUST_PROXY_HOPS: wholeNumber(0, 10, 0).describe(
    'Reverse proxies in front of the server whose X-Forwarded-For is believed (a count, never "true"); 0 trusts none',
  ),
  CORS_ORIGINS: z
    .preprocess(
      unsetWhenEmpty,
      z
        .string()
        .optional()
        .transform((value, ctx) => {
          const origins = (value ?? '')
            .split(',')
            .map((origin) => origin.trim())
            .filter((origin) => origin !== '');
          for (const origin of origins) {
            if (!isOrigin(origin))
              ctx.addIssue({ code: 'custom', message: `"${origin}" is not an origin such as https://example.org` });
          }
          return origins;
        }),
    )
    .describe('Comma-separated origins allowed to call /api from a browser (CORS); unset: CORS off'),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from the environment, failing loudly with every wrong setting named. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
}
