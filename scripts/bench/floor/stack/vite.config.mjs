// The decided stack's floor page (main.tsx), built as the app is (with the same token inlining),
// into dist-bench/stack-floor/: the bench weighs its initial download.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineFluentTokens } from '../../../../config/inline-tokens.ts';
import { STACK_FLOOR_OUT_DIR, STACK_FLOOR_ROOT } from '../paths.mjs';

export default defineConfig({
  root: STACK_FLOOR_ROOT,
  plugins: [inlineFluentTokens(), react()],
  logLevel: 'warn',
  build: { outDir: STACK_FLOOR_OUT_DIR, emptyOutDir: true, target: 'es2022', sourcemap: false },
});
