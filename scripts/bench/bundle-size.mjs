// What a first visit downloads: the JS and CSS that index.html loads, gzip-compressed. The mock
// server is a separate, lazily imported chunk (mock mode only), so it is reported on its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function measureBundle(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // Scripts, stylesheets and modulepreload links: everything index.html makes the browser fetch.
  const initialFiles = [
    ...new Set(
      [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
    ),
  ];
  const gzip = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;

  const assets = readdirSync(join(outDir, 'assets')).map((name) => `assets/${name}`);
  // The chunk Vite names after mocks/browser.ts (main.tsx imports it dynamically).
  const mockFiles = assets.filter((file) => /\/browser-[^/]+\.js$/.test(file));

  return {
    initialGzipBytes: initialFiles.reduce((sum, file) => sum + gzip(file), 0),
    initialFiles,
    mockGzipBytes: mockFiles.reduce((sum, file) => sum + gzip(file), 0),
    mockFiles,
  };
}
