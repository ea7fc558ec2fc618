import { defineConfig } from 'vitest/config';

/**
 * `npm run test:contract`: the HTTP contract suite, against `API_BASE_URL` or the mock API it
 * starts. One file, run in order: it shares one tenant with whatever else uses the server.
 */
export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./contract/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
