// `npm run bench`: builds the app and reports what a first visit downloads (gzip), the lazily
// loaded mock chunk separately. Prints a table and the same figures as JSON.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 170;
const dist = 'dist';

execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => m[1],
);
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const initialBytes = initial.reduce((sum, file) => sum + gzip(file), 0);
const assets = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
const mockChunks = assets.filter((file) => /\/browser-[^/]+\.js$/.test(file));
const mockBytes = mockChunks.reduce((sum, file) => sum + gzip(file), 0);

const result = {
  initialJsCssGzipBytes: initialBytes,
  initialFiles: initial,
  mockChunkGzipBytes: mockBytes,
  budgetBytes: BUDGET_KB * 1024,
  withinBudget: initialBytes <= BUDGET_KB * 1024,
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\n| figure | value |\n|---|---|');
console.log(
  `| initial JS + CSS (gzip), mock excluded | ${kb(initialBytes)} (budget ${BUDGET_KB} KB: ${result.withinBudget ? 'met' : 'NOT met'}) |`,
);
console.log(`| mock chunk (gzip, loaded only in mock mode) | ${kb(mockBytes)} |`);
console.log(`\n${JSON.stringify(result, null, 2)}`);
