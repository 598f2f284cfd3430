import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: domain → document → features → app. The pure core (domain, document)
 * knows nothing of React, the DOM or Node; only the Word writer imports docx; only the CLI and
 * the Node template loader touch the file system.
 */
const nodeOnly = [
  { group: ['node:*'], message: 'The pure core runs in the browser too: pass data in instead.' },
];
/**
 * The shell (src/app, src/main.tsx) sits on top: it may import every layer, no layer imports it,
 * or the shell and the features would lean on each other. What pages share with the shell (the
 * router, Link, page titles, lazy pages) lives in src/components. Matches `@/app/…` and relative
 * paths that climb into app (`../../app/…`). `no-restricted-imports` options in a later block
 * replace earlier ones for the same files, so every block below that sets them repeats this one.
 */
const noApp = {
  regex: '^(@/app|(\\.\\./)+app)(/|$)',
  message:
    'Only src/app and src/main.tsx import the app shell: move what you need to src/components or src/lib.',
};
const noDocx = {
  name: 'docx',
  message: 'Only src/document/writers/docx/ imports docx (loaded on demand).',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noDocx, { name: 'react', message: 'Keep React in src/features and src/components.' }],
          patterns: [...nodeOnly, noApp],
        },
      ],
      // no-restricted-imports sees only static imports; this catches `import('@/app/…')`
      // (a selector's /regex/ cannot hold a slash, so each is written \u002F).
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/${noApp.regex.replaceAll('/', '\\u002F')}/]`,
          message: noApp.message,
        },
      ],
    },
  },
  {
    files: ['src/features/**', 'src/components/**', 'src/app/**', 'src/i18n/**', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noDocx], patterns: [...nodeOnly, noApp] }],
    },
  },
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noDocx], patterns: nodeOnly }],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['src/document/writers/docx/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noApp] }] },
  },
  {
    files: ['src/cli/**', 'src/document/load-node.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { paths: [noDocx], patterns: [noApp] }] },
  },
  {
    files: ['tests/**', '*.config.{js,ts}', 'vitest.*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // A test step left un-awaited (a reset, a render) runs on while the next one starts, and
    // fails only when the machine is slow: the type checker finds them.
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
