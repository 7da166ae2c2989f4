import js from '@eslint/js';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { noCrossFeatureImports } from './scripts/eslint/no-cross-feature-imports.js';

/**
 * Import boundaries (docs/architecture.md, "Which layer may use which"): the layers are domain,
 * mock-api, api, i18n, components, shared-ui, features, app and server. Tests are exempt, as in
 * scripts/architecture.test.ts: a test of `src/api` may run against the mock backend. That no
 * feature imports another is the local rule `boundaries/no-cross-feature-imports`, tests included.
 */
const layer = (from, forbidden, files = [`src/${from}/**/*.{ts,tsx}`], allowed = []) => ({
  files,
  ignores: ['src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => {
          const open = allowed
            .filter((path) => path.startsWith(`${group}/`))
            .map((path) => path.slice(group.length + 1));
          // A group with an allowed entry: every path of it but that one (gitignore patterns cannot re-include it).
          const where = open.length
            ? { regex: `(^@|/)${group}(/(?!(${open.join('|')})$).*)?$` }
            : { group: [`@/${group}`, `@/${group}/**`, `**/${group}`, `**/${group}/**`] };
          return {
            ...where,
            message: `src/${from} must not import src/${group} (see docs/architecture.md, "Which layer may use which").`,
          };
        }),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      '.reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  layer('domain', ['api', 'mock-api', 'features', 'components', 'shared-ui', 'app', 'server']),
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'fetch',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'console',
      ],
    },
  },
  // The mock says its refusals in English from the console's catalog: only through this entry.
  layer('mock-api', ['api', 'i18n', 'features', 'components', 'shared-ui', 'app', 'server'], undefined, [
    'i18n/english-results',
  ]),
  layer('api', ['mock-api', 'features', 'components', 'shared-ui', 'app', 'server']),
  layer('i18n', ['api', 'mock-api', 'features', 'components', 'shared-ui', 'app', 'domain', 'server']),
  layer('components', ['api', 'mock-api', 'features', 'shared-ui', 'app', 'domain', 'server']),
  layer('shared-ui', ['api', 'mock-api', 'features', 'app', 'server']),
  layer('features', ['mock-api', 'app', 'server']),
  {
    files: ['src/features/**/*.{ts,tsx}'],
    plugins: { boundaries: { rules: { 'no-cross-feature-imports': noCrossFeatureImports } } },
    rules: { 'boundaries/no-cross-feature-imports': 'error' },
  },
  layer('app', ['mock-api', 'server']),
  layer('main.tsx', ['server'], ['src/*.{ts,tsx}']),
  layer('server', ['api', 'features', 'components', 'shared-ui', 'app']),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/mock-api/**', 'src/domain/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api calls fetch.' }] },
  },
);
