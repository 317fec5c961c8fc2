import { readFile } from 'node:fs/promises';
import { BundleSchema, BUNDLE_SCHEMA_VERSION, type Bundle } from '../domain/model.ts';

/** The bundle file is missing, unreadable or not a bundle this code understands. */
export class BundleFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'BundleFileError';
  }
}

/** Reads and validates a graph bundle written by the ingest. */
export async function readBundleFile(path: string): Promise<Bundle> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new BundleFileError(path, 'no bundle here: run `npm run ingest` first');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BundleFileError(path, `not valid JSON (${(error as Error).message})`);
  }
  const version = (json as { schemaVersion?: unknown })?.schemaVersion;
  if (version !== BUNDLE_SCHEMA_VERSION) {
    throw new BundleFileError(
      path,
      `bundle schema version ${String(version)}, this code reads version ${BUNDLE_SCHEMA_VERSION}: run \`npm run ingest\` again`,
    );
  }
  const parsed = BundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BundleFileError(path, `not a valid bundle at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Canonical bytes: the same bundle always serialises the same way. */
export function serialiseBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 1)}\n`;
}
