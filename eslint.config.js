import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
