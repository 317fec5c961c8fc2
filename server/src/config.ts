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

/** Configuration, declared once: every setting, its default and its check. */
export const ConfigSchema = z.object({
  CORPUS_DIR: directory('data/corpus').describe('Folder holding the source texts (*.txt)'),
  KB_DIR: directory('data/kb').describe('Folder of the curated knowledge base (YAML)'),
  MANIFEST: directory('data/corpus/manifest.json').describe('The curated source manifest'),
  BUILD_DIR: directory('data/build').describe('Where the ingest writes bundle.json and report.json'),
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
