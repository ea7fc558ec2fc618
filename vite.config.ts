import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPreview, SECURITY_HEADERS } from './config/csp.ts';
import { inlineFluentTokens } from './config/inline-tokens.ts';
import { mockBoundary } from './config/mock-boundary.ts';

/** The browser's builds give MSW's cookie store mocks/tldts-lite.ts for the Public Suffix List. */
function lightPublicSuffixes(): Plugin {
  return {
    name: 'acac:light-public-suffixes',
    enforce: 'pre',
    apply: () => !process.env.VITEST,
    resolveId(source) {
      return source === 'tldts'
        ? fileURLToPath(new URL('./mocks/tldts-lite.ts', import.meta.url))
        : null;
    },
  };
}

export default defineConfig({
  plugins: [
    mockBoundary(),
    inlineFluentTokens(),
    lightPublicSuffixes(),
    react(),
    contentSecurityPolicyPreview(),
  ],
  server: { port: 5173 },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  // The mock server's worker (mocks/mock-worker.ts) is a module worker: one chunk of its own.
  worker: { format: 'es', plugins: () => [lightPublicSuffixes()] },
  test: {
    globals: true,
    css: false,
    testTimeout: 30_000,
    // Both cores: the default leaves one idle on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          // The mock's rules are plain functions: no DOM needed, so no jsdom to start per file.
          name: 'domain',
          environment: 'node',
          include: [
            'mocks/domain/**/*.test.ts',
            'mocks/scenarios/**/*.test.ts',
            'mocks/*.test.ts',
            'mocks/worker/**/*.test.ts',
            'src/api/contract/**/*.test.ts',
            'config/*.test.ts',
          ],
          setupFiles: ['./src/test/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/handlers/**/*.test.ts'],
          exclude: ['src/api/contract/**'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
    ],
  },
});
