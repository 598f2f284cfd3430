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
          patterns: nodeOnly,
        },
      ],
    },
  },
  {
    files: ['src/features/**', 'src/components/**', 'src/app/**', 'src/i18n/**', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noDocx], patterns: nodeOnly }],
    },
  },
  { files: ['src/document/writers/docx/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/cli/**', 'src/document/load-node.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { paths: [noDocx] }] },
  },
  {
    files: ['tests/**', '*.config.{js,ts}', 'vitest.*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
