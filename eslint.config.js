import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One or more `../`: a relative import that leaves the importing file's folder. */
const upward = String.raw`(\.\./)+`;

/** Server modules the explorer may import values from: plain TypeScript with no zod (tests/lint/boundaries.test.ts). */
const clientValueModules = [
  'domain/vocabulary',
  'domain/fuzzy-date',
  'domain/time-windows',
  'domain/funding-aggregation',
  'domain/time-spans',
  'domain/truth/status',
  'domain/seeded-random',
];
/** Server modules the explorer may import types from only: they are zod schemas. */
const clientTypeModules = ['api/schemas', 'domain/model', 'domain/dates'];

/** What the explorer may import from the server (every client block repeats them: a later block replaces them). */
const explorerServerImports = [
  {
    regex: String.raw`^${upward}server(/|$)`,
    message: 'Import server modules as @atlas/server/…, so that the boundary rules can see them.',
  },
  {
    regex: String.raw`^@atlas/server/(?!(${clientValueModules.join('|')}|${clientTypeModules.join('|')})(\.ts)?$)`,
    message: `The explorer imports from the server only the API's schemas (types) and the zod-free domain modules (${clientValueModules.join(', ')}).`,
  },
  {
    regex: String.raw`^@atlas/server/(${clientTypeModules.join('|')})(\.ts)?$`,
    allowTypeImports: true,
    message: 'Types only (`import type`): this module brings zod, which stays out of the explorer.',
  },
];

/**
 * For a file `depth` folders below client/src/features/<feature>/ (1: directly in it): relative imports may stay in
 * the feature's folder or go down to client/src/shared, nowhere else.
 */
function featureStaysInItsFolder(depth) {
  const toFeatures = String.raw`^(\.\./){${depth}}`;
  const toSrc = String.raw`^(\.\./){${depth + 1}}`;
  const message =
    'A feature never imports another feature nor the shell (app/): move what both need into client/src/shared.';
  return [
    { regex: String.raw`${toFeatures}(?!\.\./)`, message },
    { regex: String.raw`${toSrc}(?!shared/)`, message },
  ];
}

/** The rule options for one layer; a later block for the same files replaces them whole. */
function restrictImports(...patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

/** The API never imports the ingest. */
const apiNeverImportsIngest = {
  regex: String.raw`^(${upward}|@atlas/server/)(ingest|propose|curate)(/|$)`,
  message:
    'The API never imports the ingest (nor the proposals or the curator, which build on it): move what both need into server/src/domain, or file I/O into server/src/shared-io.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/build/**',
      'bench/results/**',
      'tests/artifacts/**',
      '**/*.tmp.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Evidence, names and quotes reach the page as text only: never as HTML, never as a script URL.
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as React nodes, never as an HTML string.',
        },
        {
          // The same prop passed through a spread object.
          selector: "Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']",
          message: 'Render text as React nodes, never as an HTML string.',
        },
        {
          selector:
            'MemberExpression[property.name=/^(inner|outer)HTML$/], MemberExpression[property.value=/^(inner|outer)HTML$/]',
          message: 'Use textContent: data is never HTML.',
        },
        {
          selector:
            "CallExpression[callee.property.name='insertAdjacentHTML'], CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'Build DOM nodes and set their textContent: data is never HTML.',
        },
        {
          // no-script-url sees string literals and plain template literals; this catches `javascript:${…}`.
          selector: 'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\s*javascript:/i]',
          message: 'Script URL is a form of eval.',
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // ------------------------------------------------------------------------------------------------ layer boundaries
  // domain ← shared-io ← ingest, store, api; store and ingest never import api; api never imports ingest; the
  // explorer imports only the API's schemas (types) and zod-free domain modules. docs/architecture.md explains them; each rule is proved
  // to fire by tests/lint/boundaries.test.ts. Dynamic import() is not checked (today's stay inside their layer).
  {
    files: ['server/src/domain/**/*.ts'],
    rules: restrictImports(
      {
        regex: String.raw`^(${upward}|@atlas/server/)(ingest|store|api|shared-io|propose|curate|config|main|startup|connections)(\.ts)?(/|$)`,
        message:
          'The domain imports nothing from the ingest, the stores, the API, the file I/O or the composition root.',
      },
      {
        regex: String.raw`^(express|express-.+|react|react-dom|neo4j-driver)(/.*)?$`,
        message: 'The domain knows nothing of Express, React or Neo4j: that belongs to an adapter.',
      },
    ),
  },
  {
    files: ['server/src/store/**/*.ts', 'server/src/ingest/**/*.ts', 'server/src/propose/**/*.ts'],
    rules: restrictImports({
      regex: String.raw`^(${upward}|@atlas/server/)(api|curate)(/|$)`,
      message:
        'The stores, the ingest and the proposals never import the API (nor the curator, built on it): move what both need into server/src/domain or server/src/shared-io.',
    }),
  },
  {
    files: ['server/src/api/**/*.ts'],
    rules: restrictImports(apiNeverImportsIngest),
  },
  {
    files: ['server/src/shared-io/**/*.ts'],
    rules: restrictImports({
      regex: String.raw`^(${upward}|@atlas/server/)(ingest|store|api|propose|curate|config|main|startup|connections)(\.ts)?(/|$)`,
      message: 'The shared file I/O imports only the domain: the ingest, the stores and the API all build on it.',
    }),
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: restrictImports(...explorerServerImports),
  },
  // Inside the explorer: app/ (the shell) ← features/* ← shared/. A feature never imports another feature nor the
  // shell, and shared/ imports neither (tests/lint/client-layers.test.ts). A relative path is read from the importing
  // file's folder, so each depth below client/src/features/<feature>/ gets its own block (five levels are plenty).
  ...[1, 2, 3, 4, 5].map((depth) => ({
    files: [`client/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: restrictImports(...explorerServerImports, ...featureStaysInItsFolder(depth)),
  })),
  {
    files: ['client/src/shared/**/*.{ts,tsx}'],
    rules: restrictImports(...explorerServerImports, {
      regex: String.raw`^${upward}(features|app)(/|$)`,
      message: 'client/src/shared is the bottom layer: it imports no feature and not the shell (app/).',
    }),
  },
  // An explorer component stays readable in one sitting: past 400 lines, split it into focused pieces (a hook for its
  // state, sub-components). tests/lint/component-size.test.ts proves the rule fires.
  {
    files: ['client/src/**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
);
