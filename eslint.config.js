import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import mockOnly from './config/mock-only.json' with { type: 'json' };

/** The features that exist only with the mock (config/mock-only.json). */
const MOCK_ONLY_FEATURES = mockOnly.paths
  .filter((entry) => entry.startsWith('src/features/'))
  .map((entry) => `./${entry.replace(/\/$/, '')}`);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'bench-results',
      'dist-bench',
      'dist-e2e',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['scripts/**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
  {
    // The bench hands functions to the page (Playwright's evaluate / addInitScript).
    files: ['scripts/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // No globals here: TypeScript checks names (no-undef is off for TS files), and
    // eslint-plugin-import hashes the language options for every module it looks up, which
    // made import/no-cycle take most of lint's time with a thousand globals in them.
    files: ['**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Our own modules only: following imports into node_modules made this rule most of lint's time.
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // The UI never imports the mock (the one dynamic import in main.tsx is allowed below).
            { target: './src', from: './mocks', message: 'src/ must not import mocks/.' },
            // The rules are pure: no HTTP, no msw.
            { target: './mocks/domain', from: './mocks/handlers' },
            // Features never import each other; src/app composes them.
            ...[
              'audio-conferencing',
              'audit-log',
              'bridge-settings',
              'dial-in',
              'emails',
              'jobs',
              'meetings',
              'mock-tenant',
              'self-service',
              'users',
            ].map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
            })),
            // Shared code knows no feature and no app.
            {
              target: ['./src/api', './src/components', './src/lib'],
              from: ['./src/features', './src/app'],
            },
            { target: './src/features', from: './src/app' },
            // Mock-only UI is reached only through src/app/mock-mode, which the app shell loads
            // behind __MOCK_MODE__: a build without the mock has none of it.
            {
              target: ['./src/app/!(mock-mode)/**', './src/app/*'],
              from: MOCK_ONLY_FEATURES,
              message: 'Mock-only UI is reached only through src/app/mock-mode.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['msw', 'msw/*'], message: 'Only mocks/ may use msw.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // The mock server and tests may use msw.
    files: ['mocks/**', 'src/test/**', '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // start-mock.ts starts the mock server with a dynamic import(), loaded only in mock mode.
    files: ['src/app/mock-mode/start-mock.ts', 'src/test/**', '**/*.test.{ts,tsx}'],
    rules: { 'import/no-restricted-paths': 'off' },
  },
  {
    // Every path comes from the contract's route declarations, never from a literal here.
    files: ['mocks/handlers/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/[a-z_]/]',
          message: 'Register a contract route (src/api/contract) instead of a literal path.',
        },
        {
          selector: 'TemplateLiteral > TemplateElement[value.raw=/^\\/[a-z_]/]',
          message: 'Register a contract route (src/api/contract) instead of a literal path.',
        },
      ],
    },
  },
  {
    files: ['mocks/domain/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['msw', 'msw/*', 'react', 'react-dom'],
              message: 'The domain is pure TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'fetch',
        'Request',
        'Response',
      ],
    },
  },
);
