#!/usr/bin/env tsx
/**
 * npm run add-source -- FILE --title "…" --published 2015-03-12 [--precision day|month|season|year|approximate]
 *                       [--basis-fr "…" --basis-en "…"] [--outlet "…"] [--author "…"] [--url https://…] [--language fr|en] [--id ID]
 *   Checks the text (UTF-8, not empty, French or English), copies it into CORPUS_DIR and writes its entry into the
 *   manifest (sorted by id; the id comes from the title unless --id gives one). Bad input: `file: reason`, and
 *   nothing is changed.
 * Exit codes: 0 added, 1 refused (the reason is printed), 2 bad usage or configuration.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/src/config.ts';
import { displayPath } from '../server/src/ingest/knowledge-base.ts';
import { addSource, AddSourceError } from '../server/src/propose/add-source.ts';

const usage =
  'usage: npm run add-source -- FILE --title "…" --published 2015-03-12 [--precision day|month|season|year|approximate] [--basis-fr "…" --basis-en "…"] [--outlet "…"] [--author "…"] [--url URL] [--language fr|en] [--id ID]';

async function main(): Promise<number> {
  let parsed;
  let config;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: 'string' },
        outlet: { type: 'string' },
        author: { type: 'string' },
        url: { type: 'string' },
        published: { type: 'string' },
        precision: { type: 'string' },
        'basis-fr': { type: 'string' },
        'basis-en': { type: 'string' },
        language: { type: 'string' },
        id: { type: 'string' },
      },
    });
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`add-source: ${(error as Error).message}\n${usage}`);
      return 2;
    }
    throw error;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.title || !values.published) {
    console.error(`add-source: one FILE, --title and --published are required\n${usage}`);
    return 2;
  }
  const { 'basis-fr': basisFr, 'basis-en': basisEn, ...rest } = values;
  if ((basisFr === undefined) !== (basisEn === undefined)) {
    console.error(`add-source: --basis-fr and --basis-en go together\n${usage}`);
    return 2;
  }
  try {
    const { entry, target, characters } = await addSource(
      {
        file: positionals[0]!,
        ...rest,
        title: values.title,
        published: values.published,
        ...(basisFr !== undefined && basisEn !== undefined ? { basis: { fr: basisFr, en: basisEn } } : {}),
      },
      { corpusDir: config.CORPUS_DIR, manifestPath: config.MANIFEST },
    );
    console.log(
      `added source "${entry.id}": language ${entry.language} (detected), ${characters} characters, published ${entry.published.value} (${entry.published.precision})`,
    );
    console.log(`  text     ${displayPath(target)}\n  manifest ${displayPath(config.MANIFEST)}`);
    console.log('next: npm run propose -- --source ' + entry.id);
    return 0;
  } catch (error) {
    if (error instanceof AddSourceError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
