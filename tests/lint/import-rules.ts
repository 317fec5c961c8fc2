import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixture.ts';

/**
 * The one way the layer tests prove an import rule of eslint.config.js: each refused import, linted in memory as a file
 * of its layer, gives exactly one message with its reason; each allowed import gives none; and the real code of the
 * layer passes the rules as it stands.
 */

export type RefusedImport = [file: string, code: string, reason: RegExp];
export type AllowedImport = [file: string, code: string];

const eslint = new ESLint({ cwd: repoRoot });
const rule = '@typescript-eslint/no-restricted-imports';

/** The import-rule messages ESLint gives for `code` as the file `file` (relative to the repository). */
async function importMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path.join(repoRoot, file) });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, `${file} did not parse`).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

export function describeImportRules(options: {
  title: string;
  refused: readonly RefusedImport[];
  allowed: readonly AllowedImport[];
  /** The layer's real code, checked as it stands. */
  folder: string;
  /** What the run over the real code is called in the test name and the printed count. */
  codeName: string;
  /** Which of the rule's messages the run over the real code counts (all by default). */
  counts?: (message: string) => boolean;
  /** The fewest files the run over the real code must lint, so a wrong folder cannot pass. */
  minFiles?: number;
}): void {
  describe(options.title, () => {
    it.each(options.refused)('%s refuses %s', async (file, code, reason) => {
      const messages = await importMessages(file, code);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(reason);
    });

    it.each(options.allowed)('%s allows %s', async (file, code) => {
      expect(await importMessages(file, code)).toEqual([]);
    });

    it(`the ${options.codeName} code keeps to them`, async () => {
      const results = await eslint.lintFiles([options.folder]);
      const counts = options.counts ?? (() => true);
      const broken = results.flatMap((r) =>
        r.messages
          .filter((m) => m.ruleId === rule && counts(m.message))
          .map((m) => `${path.relative(repoRoot, r.filePath)}: ${m.message}`),
      );
      console.log(`${options.title}: ${results.length} ${options.folder} files, ${broken.length} problems`);
      expect(results.length).toBeGreaterThan(options.minFiles ?? 0);
      expect(broken).toEqual([]);
    });
  });
}
