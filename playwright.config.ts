import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';
import type { AdminCenterOptions } from './testing/playwright';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** `npm start`: the production build (no mock in it) and the mock as an HTTP API, one origin. */
const PROD_PORT = 4180;
const PROD_ORIGIN = `http://127.0.0.1:${PROD_PORT}`;
/** `npm run api -- --app dist`: the kit's example suite against the mock over HTTP. */
const KIT_PORT = 4185;
const KIT_ORIGIN = `http://127.0.0.1:${KIT_PORT}`;

export default defineConfig<AdminCenterOptions>({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // CI's machine can be half as fast again as a developer's: its walks get the time they need
  // there (test.slow() triples it) without hiding a hang for long on a developer's machine.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // Dialogs open and close without their animation: the suite runs in about two thirds of the
    // time. a11y.spec.ts (keyboard, focus, axe) runs with the animations, as most admins see it.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    // The mock-mode build: the mock runs in the browser (MSW worker), one tenant per profile.
    { name: 'chromium', testIgnore: 'prod/**', use: { ...devices['Desktop Chrome'] } },
    // The production build against the mock served over HTTP: one tenant shared by every
    // client, so its specs run one at a time (one worker, serial files) and reset it themselves.
    {
      name: 'prod',
      testDir: './e2e/prod',
      testMatch: '**/*.spec.ts',
      fullyParallel: false,
      workers: 1,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: PROD_ORIGIN,
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
    // The QA kit's example suite (testing/), using the kit alone, against both hosts of the mock.
    {
      name: 'kit-browser',
      testDir: './testing/example',
      use: { ...devices['Desktop Chrome'], host: 'browser' },
    },
    {
      name: 'kit-server',
      testDir: './testing/example',
      fullyParallel: false,
      workers: 1,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: KIT_ORIGIN,
        host: 'server',
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      // The production build in mock mode, as the demo ships; no mock latency (PRODUCT.md §4).
      // `npm test` has type-checked already, so this builds with Vite alone (`npm run build` would
      // run tsc again), and serves it with the preview's Content-Security-Policy.
      command: `npx vite build --outDir dist-e2e && npx vite preview --outDir dist-e2e --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/users`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // `npm start`: builds dist/ without the mock (VITE_API_MOCKING=false) when needed, then
      // serves it with the mock API on one origin; callers are told apart by their bearer token.
      command: `npm start -- --port ${PROD_PORT}`,
      url: `${PROD_ORIGIN}/users`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // `npm run api` with the production build the server above made (servers start in turn).
      command: `npm run api -- --port ${KIT_PORT} --app dist`,
      url: `${KIT_ORIGIN}/users`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
