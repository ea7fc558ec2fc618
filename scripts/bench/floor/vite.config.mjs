// The floor page's own Vite build: React alone, production mode, into dist-bench/floor/. Its data
// (scripts/bench/floor/generate-users.ts, run first) is the public folder, copied in as it is; the
// first page of each scenario is inlined into index.html.
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { FLOOR_DATA_DIR, FLOOR_FIRST_ROWS_FILE, FLOOR_OUT_DIR, FLOOR_ROOT } from './paths.mjs';

/** The first rows as a JSON script element, `<` escaped so no name can end the element. */
function inlineFirstRows() {
  return {
    name: 'floor-first-rows',
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/json', id: 'first-rows' },
        children: readFileSync(FLOOR_FIRST_ROWS_FILE, 'utf8').replaceAll('<', '\\u003c'),
        injectTo: 'body-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: FLOOR_ROOT,
  publicDir: FLOOR_DATA_DIR,
  plugins: [react(), inlineFirstRows()],
  logLevel: 'warn',
  build: {
    outDir: FLOOR_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
