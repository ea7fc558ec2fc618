import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // Dialogs open and close without their animation: the suite runs in about two thirds of the
    // time. a11y.spec.ts (keyboard, focus, axe) runs with the animations, as most admins see it.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build in mock mode, as the demo ships; no mock latency (PRODUCT.md §4).
    // `npm test` has type-checked already, so this builds with Vite alone (`npm run build` would
    // run tsc again), and serves it with the preview's Content-Security-Policy.
    command: `npx vite build --outDir dist-e2e && npx vite preview --outDir dist-e2e --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/users`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
