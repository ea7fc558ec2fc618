// `npm start` serves the production build from dist/: this builds it first when there is none,
// when dist/ holds a mock-mode build (it has the MSW worker), or when a source is newer.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const OUT = 'dist';
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'config', 'package-lock.json'];

function newestChange(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stat.mtimeMs,
  );
}

const index = path.join(OUT, 'index.html');
const reason = !existsSync(index)
  ? 'there is no build'
  : existsSync(path.join(OUT, 'mockServiceWorker.js'))
    ? 'the build in dist/ is a mock-mode build'
    : Math.max(...SOURCES.map(newestChange)) > statSync(index).mtimeMs
      ? 'a source changed since the last build'
      : null;

if (reason) {
  console.log(`Building the production build into ${OUT}/ (${reason})…`);
  execSync(`npx vite build --outDir ${OUT} --emptyOutDir`, {
    stdio: 'inherit',
    env: { ...process.env, VITE_API_MOCKING: 'false' },
  });
} else {
  console.log(`The production build in ${OUT}/ is up to date.`);
}
