// Lint: typescript-eslint's recommended rules, plus the wall that keeps the core pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cli/', 'out/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/gas/**', '**/cli/**', '**/sidebar/**'],
              message: 'The core must not import adapters.',
            },
            {
              group: ['node:*', 'fs', 'path', 'process', 'os', 'child_process'],
              message: 'The core knows nothing of Node.',
            },
            {
              group: ['exceljs', 'docx', 'commander'],
              message: 'The core is plain TypeScript over plain data.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'DocumentApp',
        'DriveApp',
        'HtmlService',
        'PropertiesService',
        'LockService',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    // The page contract and the page itself stand apart from the Apps Script adapter.
    files: ['src/shared/**/*.ts', 'src/sidebar/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/gas/**', '**/cli/**'],
              message: 'The page contract and the page do not import adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', 'scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
