import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const pureCore = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'], message: 'The core is pure: no React.' },
    { group: ['i18next', 'react-i18next'], message: 'The core returns codes; wording lives in locales.' },
    { group: ['zustand', 'zustand/*', 'react-router'], message: 'The core holds no state and knows no routes.' },
    { group: ['**/app/**', '**/wizard/**', '**/results/**', '**/components/**', '**/i18n/**'], message: 'Imports flow one way: catalog -> scoring -> UI.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report', '.lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['src/catalog/**/*.ts', 'src/scoring/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCore],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'fetch', 'Date', 'performance'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'The core is deterministic.' }],
    },
  },
);
