import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPreview, SECURITY_HEADERS } from './config/csp.ts';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPreview()],
  server: { port: 5173 },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    css: false,
    testTimeout: 30_000,
  },
});
