import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadEnv, type Plugin } from 'vite';
import mockOnly from './mock-only.json' with { type: 'json' };

/** Mock mode's first script, before the app's: it takes the URL's mock settings (mocks/launch.ts). */
export const MOCK_LAUNCH_SCRIPT = '/mocks/launch-page.ts';

/** What exists only with the mock (config/mock-only.json). */
export const MOCK_ONLY: readonly string[] = mockOnly.paths;

/**
 * One boundary for mock-only code. `__MOCK_MODE__` is written into every expression that asks,
 * at build time, so a build without the mock (`VITE_API_MOCKING=false`) drops each branch behind
 * it with the chunks it would load. Should a mock-only module still be reached, that build fails;
 * and the MSW worker script is left out of it.
 */
export function mockBoundary(): Plugin {
  let mockMode = true;
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'acac:mock-boundary',
    enforce: 'pre',
    config(_, { mode }) {
      const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
      mockMode = env.VITE_API_MOCKING !== 'false';
      return { define: { __MOCK_MODE__: JSON.stringify(mockMode) } };
    },
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async resolveId(source, importer, options) {
      if (mockMode || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const id = resolved ? path.relative(root, resolved.id.split('?')[0]!) : '';
      if (MOCK_ONLY.some((prefix) => id.startsWith(prefix))) {
        this.error(
          `${id} is mock-only, and ${path.relative(root, importer)} reaches it in a build without the mock. Reach mock-only code only behind __MOCK_MODE__.`,
        );
      }
      return resolved;
    },
    // Before Vite bundles the page's scripts ('pre'), so the launch script is bundled as one.
    transformIndexHtml: {
      order: 'pre',
      handler() {
        if (!mockMode) return [];
        return [
          {
            tag: 'script',
            attrs: { type: 'module', src: MOCK_LAUNCH_SCRIPT },
            injectTo: 'head',
          },
        ];
      },
    },
    async writeBundle() {
      if (!mockMode) await rm(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}
