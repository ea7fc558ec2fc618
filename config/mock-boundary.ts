import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadEnv, type Plugin } from 'vite';
import { NONCE_PLACEHOLDER } from './csp.ts';
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
    config(config, { mode, command }) {
      const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
      mockMode = env.VITE_API_MOCKING !== 'false';
      const define = { __MOCK_MODE__: JSON.stringify(mockMode) };
      if (!mockMode || command !== 'build') return { define };
      // A build's launch script is an entry of its own, not bundled into the app's: it runs as
      // soon as its few kilobytes are in, and the mock's worker starts (and generates the tenant)
      // while the app's chunks still load.
      const base = path.resolve(config.root ?? process.cwd());
      return {
        define,
        build: {
          rollupOptions: {
            input: {
              index: path.join(base, 'index.html'),
              [LAUNCH_ENTRY]: path.join(base, MOCK_LAUNCH_SCRIPT),
            },
          },
        },
      };
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
      handler(_, { server }) {
        // A build puts its own entry's chunk in (below, once the bundle is written).
        if (!mockMode || !server) return [];
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

/** The name of the launch script's entry in a build with the mock. */
const LAUNCH_ENTRY = 'mock-launch';

/**
 * A build with the mock: the launch script's chunk goes first in index.html, with the chunks it
 * imports preloaded, so that it runs before the app's entry (module scripts run in order).
 */
export function mockLaunchScript(): Plugin {
  return {
    name: 'acac:mock-launch-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = new Map(
          Object.values(bundle ?? {}).flatMap((file) =>
            file.type === 'chunk' ? [[file.fileName, file] as const] : [],
          ),
        );
        const launch = [...chunks.values()].find(
          (chunk) => chunk.isEntry && chunk.name === LAUNCH_ENTRY,
        );
        if (!launch) return html;
        // Every chunk it imports, however deep, fetched at once rather than one level at a time.
        const imported = new Set<string>();
        const visit = (fileName: string) => {
          for (const next of chunks.get(fileName)?.imports ?? []) {
            if (imported.has(next)) continue;
            imported.add(next);
            visit(next);
          }
        };
        visit(launch.fileName);
        const attrs = `crossorigin nonce="${NONCE_PLACEHOLDER}"`;
        const tags = [
          `<script type="module" src="/${launch.fileName}" ${attrs}></script>`,
          ...[...imported]
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => `<link rel="modulepreload" href="/${file}" ${attrs}>`),
        ];
        const at = html.indexOf('<script');
        if (at < 0) throw new Error('index.html has no script for the launch script to go before.');
        return `${html.slice(0, at)}${tags.join('\n    ')}\n    ${html.slice(at)}`;
      },
    },
  };
}
