import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/fixture.ts';
import { describeImportRules, type AllowedImport, type RefusedImport } from './import-rules.ts';

/**
 * The layer boundaries of eslint.config.js (docs/architecture.md): every rule is shown to fire on an import linted in
 * memory as if it were a file of that layer, and to stay quiet on an import the layer may make. The server's code
 * passes them as it stands, and what the explorer imports as values from the server is free of zod.
 */

const refused: RefusedImport[] = [
  // The domain imports nothing of the ingest, the stores, the API, the composition root, Express, React or Neo4j.
  ['server/src/domain/probe.ts', "import { normaliseText } from '../ingest/text.ts';", /domain imports nothing/],
  ['server/src/domain/probe.ts', "import { createGraphStore } from '../store/index.ts';", /domain imports nothing/],
  ['server/src/domain/probe.ts', "import type { Meta } from '../api/schemas.ts';", /domain imports nothing/],
  ['server/src/domain/probe.ts', "import { loadConfig } from '../config.ts';", /domain imports nothing/],
  [
    'server/src/domain/probe.ts',
    "export { ProblemSchema } from '@atlas/server/api/schemas';",
    /domain imports nothing/,
  ],
  ['server/src/domain/probe.ts', "import express from 'express';", /Express, React or Neo4j/],
  ['server/src/domain/probe.ts', "import type { Request } from 'express';", /Express, React or Neo4j/],
  ['server/src/domain/probe.ts', "import { createRoot } from 'react-dom/client';", /Express, React or Neo4j/],
  ['server/src/domain/probe.ts', "import neo4j from 'neo4j-driver';", /Express, React or Neo4j/],
  // The stores, the ingest and the proposals never import the API, at any depth.
  ['server/src/store/probe.ts', "import { ProblemSchema } from '../api/schemas.ts';", /never import the API/],
  ['server/src/store/embedded/probe.ts', "import type { Meta } from '../../api/schemas.ts';", /never import the API/],
  ['server/src/ingest/probe.ts', "import { problem } from '../api/errors.ts';", /never import the API/],
  ['server/src/ingest/extract/probe.ts', "export * from '../../api/schemas.ts';", /never import the API/],
  ['server/src/propose/probe.ts', "import { createApp } from '../api/app.ts';", /never import the API/],
  ['server/src/ingest/probe.ts', "import { Curator } from '../curate/curator.ts';", /never import the API/],
  ['server/src/domain/probe.ts', "import { Curator } from '../curate/curator.ts';", /domain imports nothing/],
  ['server/src/domain/probe.ts', "import { propose } from '../propose/propose.ts';", /domain imports nothing/],
  ['server/src/api/probe.ts', "import { curatorRouter } from '../curate/routes.ts';", /never imports the ingest/],
  ['server/src/api/routes/probe.ts', "import { propose } from '../../propose/propose.ts';", /never imports the ingest/],
  // The API never imports the ingest.
  ['server/src/api/probe.ts', "import { normaliseText } from '../ingest/text.ts';", /API never imports the ingest/],
  [
    'server/src/api/routes/probe.ts',
    "import type { Bundle } from '../../ingest/ingest.ts';",
    /never imports the ingest/,
  ],
  ['server/src/api/export/probe.ts', "import { x } from '@atlas/server/ingest/text';", /never imports the ingest/],
  // No file of the API is an exception.
  ['server/src/api/corpus-text.ts', "import { normaliseText } from '../ingest/text.ts';", /never imports the ingest/],
  ['server/src/api/routes/export.ts', "import { x } from '../../ingest/bundle.ts';", /never imports the ingest/],
  // The shared file I/O builds on the domain alone.
  ['server/src/shared-io/probe.ts', "import { readTextFile } from '../ingest/files.ts';", /imports only the domain/],
  ['server/src/shared-io/probe.ts', "import { createGraphStore } from '../store/index.ts';", /imports only the domain/],
  ['server/src/shared-io/probe.ts', "import type { Meta } from '../api/schemas.ts';", /imports only the domain/],
  [
    'server/src/domain/probe.ts',
    "import { readBundleFile } from '../shared-io/bundle-file.ts';",
    /domain imports nothing/,
  ],
  // The explorer: the API's schemas and the zod domain modules for types only, zod-free domain modules, nothing else.
  ['client/src/probe.ts', "import { SubgraphSchema } from '@atlas/server/api/schemas';", /Types only/],
  ['client/src/probe.ts', "import { BundleSchema, type Bundle } from '@atlas/server/domain/model';", /Types only/],
  ['client/src/probe.tsx', "import { FuzzyDateSchema } from '@atlas/server/domain/dates';", /Types only/],
  ['client/src/probe.ts', "import { normaliseText } from '@atlas/server/ingest/text';", /only the API's schemas/],
  ['client/src/probe.ts', "import type { GraphStore } from '@atlas/server/domain/graph-store';", /only the API's/],
  ['client/src/probe.ts', "import { createApp } from '@atlas/server/api/app';", /only the API's schemas/],
  ['client/src/probe.ts', "import { loadConfig } from '@atlas/server/config';", /only the API's schemas/],
  ['client/src/probe.ts', "import { d } from '../../server/src/domain/fuzzy-date.ts';", /@atlas/],
];

const allowed: AllowedImport[] = [
  ['server/src/domain/probe.ts', "import { dateSpan } from './fuzzy-date.ts';\nimport { z } from 'zod';"],
  ['server/src/store/embedded/probe.ts', "import type { Bundle } from '../../domain/model.ts';"],
  ['server/src/ingest/extract/probe.ts', "import { dateSpan } from '../../domain/dates.ts';"],
  ['server/src/propose/probe.ts', "import { normaliseText } from '../ingest/text.ts';"],
  ['server/src/api/routes/probe.ts', "import type { GraphStore } from '../../domain/graph-store.ts';"],
  ['server/src/api/corpus-text.ts', "import { normaliseText } from '../shared-io/source-text.ts';"],
  ['server/src/api/routes/export.ts', "import { serialiseBundle } from '../../shared-io/bundle-file.ts';"],
  ['server/src/ingest/probe.ts', "import { writeFileAtomically } from '../shared-io/atomic-write.ts';"],
  ['server/src/store/probe.ts', "import { readBundleFile } from '../shared-io/bundle-file.ts';"],
  ['server/src/shared-io/probe.ts', "import { BundleSchema } from '../domain/model.ts';"],
  ['client/src/probe.ts', "import type { Subgraph } from '@atlas/server/api/schemas';"],
  ['client/src/probe.ts', "export type { Actor } from '@atlas/server/domain/model';"],
  ['client/src/probe.ts', "import { type FuzzyDate } from '@atlas/server/domain/dates';"],
  ['client/src/probe.ts', "import { relationTypes } from '@atlas/server/domain/vocabulary';"],
  ['client/src/probe.ts', "import { dateSpan } from '@atlas/server/domain/fuzzy-date';"],
  ['client/src/probe.ts', "import { relationOverlapsWindow } from '@atlas/server/domain/time-windows';"],
];

describeImportRules({
  title: 'layer boundaries (eslint.config.js)',
  refused,
  allowed,
  folder: 'server/src',
  codeName: "server's",
  minFiles: 50,
});

/** The module specifiers `file` imports or re-exports as values (type-only imports are erased from the build). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(folder, name));
}

describe("the explorer's value imports from the server", () => {
  it('reach no zod, however deep', () => {
    const serverSrc = path.join(repoRoot, 'server/src');
    const entries = new Set<string>();
    for (const file of filesUnder(path.join(repoRoot, 'client/src'))) {
      for (const specifier of valueImports(file)) {
        const match = /^@atlas\/server\/(.+?)(\.ts)?$/.exec(specifier);
        if (match) entries.add(path.join(serverSrc, `${match[1]}.ts`));
      }
    }
    expect(entries.size).toBeGreaterThan(0);

    const packages = new Map<string, string>(); // package → the server module that imports it
    const seen = new Set<string>();
    const pending = [...entries];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of valueImports(file)) {
        if (specifier.startsWith('.')) pending.push(path.resolve(path.dirname(file), specifier));
        else packages.set(specifier, path.relative(repoRoot, file));
      }
    }
    console.log(
      `explorer value imports: ${[...entries].map((f) => path.relative(serverSrc, f)).join(', ')}; ` +
        `${seen.size} server modules reached, packages: ${[...packages.keys()].join(', ') || 'none'}`,
    );
    expect([...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
  });
});
