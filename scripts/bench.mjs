// `npm run bench`: builds the app, serves the production build (mock mode, as the demo ships) and
// measures it against the quality bars of PRODUCT.md §5: the initial download, desktop Lighthouse
// on /users, and, with the `large` scenario (100,000 users), search keystroke latency, rows in the
// DOM, long tasks while scrolling and paging, and the JS heap; then `npm run api` under load. In
// the same run, the same measurements of a React-alone floor (scripts/bench/floor/: the same table,
// the same search over the same users with a plain filter), so each figure is also given as a
// ratio to it, which holds on any machine. Prints a Markdown table and the same figures as JSON
// (also written to bench-results.json), each with its bar and target; exits 1 if a bar is not met.
// Progress goes to stderr, so stdout holds only the results.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { measureApiLoad } from './bench/api-load.mjs';
import { attempt, valueOf } from './bench/attempt.mjs';
import { chromiumPath } from './bench/browser.mjs';
import { measureBulk } from './bench/bulk.mjs';
import { measureBundle } from './bench/bundle-size.mjs';
import { buildFloor, FLOOR_CONFIG, FLOOR_OUT_DIR, measureFloorLarge } from './bench/floor.mjs';
import { STACK_FLOOR_CONFIG, STACK_FLOOR_OUT_DIR } from './bench/floor/paths.mjs';
import { measureLargeScenario } from './bench/large-scenario.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { buildFigures, markdownTable, toJson } from './bench/report.mjs';
import { buildApp, startPreview } from './bench/server.mjs';

// Not dist/ nor port 4173: the end-to-end suite uses those and may be running at the same time.
// Not 4190 either: browsers (and Node's fetch) refuse to connect to it, a "bad port" in the Fetch
// standard.
const OUT_DIR = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const API_PORT = PORT + 1;
const FLOOR_PORT = PORT + 2;
const RESULTS_FILE = 'bench-results.json';

const BUDGETS = {
  initialKB: 170,
  aimKB: 130,
  lighthouseScore: 95,
  lighthouseRuns: 3,
  searchP95Ms: 100,
  pageSize: 25, // The users page's default page size: the DOM may hold one page of rows.
  longTaskMs: 50,
  apiP99AimMs: 50,
  bulkJobMs: 60_000,
  exportMs: 5_000,
};
const SEARCHES = 36; // At least 30, with room to spare.

const log = (message) => console.error(`bench: ${message}`);
const round2 = (value) => Math.round(value * 100) / 100;
const unwrap = (part) => (part.error ? { error: part.error } : part.value);

async function main() {
  // Timings depend on what else the machine is doing; the load average says how busy it was.
  const loadAtStart = loadavg()[0];
  const chromePath = chromiumPath();
  log(`Building into ${OUT_DIR}/`);
  buildApp(OUT_DIR);
  const bundle = await attempt('Bundle size', () => measureBundle(OUT_DIR), log);
  // After the app: it empties dist-bench/, which the floor builds into.
  log(`Building the React-alone floor into ${FLOOR_OUT_DIR}`);
  const floorBuilt = await attempt('Floor build', () => buildFloor(), log);
  const floorBundle = floorBuilt.error
    ? floorBuilt
    : await attempt('Floor bundle size', () => measureBundle(FLOOR_OUT_DIR), log);
  // The decided stack alone (React, Fluent UI, TanStack Router and Query, zod), only weighed.
  log(`Building the stack floor into ${STACK_FLOOR_OUT_DIR}`);
  const stackBundle = await attempt(
    'Stack floor bundle size',
    () => {
      execSync(`npx vite build --config ${STACK_FLOOR_CONFIG}`, {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      return measureBundle(STACK_FLOOR_OUT_DIR);
    },
    log,
  );

  log(`Serving ${OUT_DIR}/ on port ${PORT}`);
  const server = await startPreview({ outDir: OUT_DIR, port: PORT });
  const floorServer = floorBuilt.error
    ? floorBuilt
    : await attempt(
        'Floor server',
        () => {
          log(`Serving the floor on port ${FLOOR_PORT}`);
          const options = { outDir: FLOOR_OUT_DIR, config: FLOOR_CONFIG, readyPath: '/' };
          return startPreview({ ...options, port: FLOOR_PORT });
        },
        log,
      );
  const stopServers = () =>
    Promise.all([server.stop(), floorServer.value?.stop() ?? Promise.resolve()]);
  // The preview servers run in their own process groups: end them on Ctrl-C too.
  const onSignal = (signal) =>
    stopServers().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  let lighthouse;
  let floorLighthouse;
  let large;
  let floorLarge;
  let bulk;
  try {
    lighthouse = await attempt(
      'Lighthouse',
      () =>
        runLighthouse({
          url: `${server.url}/users`,
          chromePath,
          runs: BUDGETS.lighthouseRuns,
          log,
        }),
      log,
    );
    // The floor's /users: its only page, with the default tenant as the app's Lighthouse has.
    floorLighthouse = await attempt(
      'Floor Lighthouse',
      () =>
        runLighthouse({
          url: `${valueOf(floorServer).url}/`,
          chromePath,
          runs: BUDGETS.lighthouseRuns,
          log,
        }),
      log,
    );
    large = await attempt(
      'Large scenario',
      () =>
        measureLargeScenario({
          baseUrl: server.url,
          chromePath,
          pageSize: BUDGETS.pageSize,
          searches: SEARCHES,
          log,
        }),
      log,
    );
    // The app's search terms, typed into the floor too.
    const appTerms = large.error ? large : large.value.terms;
    floorLarge = await attempt(
      'Floor large scenario',
      () => measureFloorLarge({ baseUrl: valueOf(floorServer).url, chromePath, appTerms, log }),
      log,
    );
    bulk = await attempt(
      'Bulk work',
      () => measureBulk({ baseUrl: server.url, chromePath, log }),
      log,
    );
  } finally {
    await stopServers();
  }

  // Alone on the machine: the browser and the preview server are done.
  const api = await attempt('API under load', () => measureApiLoad({ port: API_PORT, log }), log);

  const floor = {
    bundle: floorBundle,
    stackBundle,
    lighthouse: floorLighthouse,
    large: floorLarge,
  };
  const figures = buildFigures({ bundle, lighthouse, large, bulk, api, floor, budgets: BUDGETS });
  // A measurement of several parts, each unwrapped; `leaveOut`: parts not for the JSON.
  const parts = (whole, leaveOut = []) =>
    whole.error
      ? unwrap(whole)
      : Object.fromEntries(
          Object.entries(whole.value)
            .filter(([key]) => !leaveOut.includes(key))
            .map(([key, part]) => [key, unwrap(part)]),
        );
  const json = toJson({
    figures,
    details: {
      bundle: unwrap(bundle),
      lighthouse: unwrap(lighthouse),
      apiLoad: unwrap(api),
      bulk: parts(bulk),
      // Without the terms: the floor's details say how many of them it typed.
      largeScenario: parts(large, ['terms']),
      floor: {
        bundle: unwrap(floorBundle),
        stackBundle: unwrap(stackBundle),
        lighthouse: unwrap(floorLighthouse),
        largeScenario: parts(floorLarge),
      },
    },
    meta: {
      generatedAt: new Date().toISOString(),
      chromium: chromePath,
      node: process.version,
      cpus: cpus().length,
      loadAverage1m: { atStart: round2(loadAtStart), atEnd: round2(loadavg()[0]) },
      budgets: BUDGETS,
    },
  });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\n${markdownTable(figures)}\n`);
  console.log(JSON.stringify(json, null, 2));
  log(`Results written to ${RESULTS_FILE}`);
  process.exitCode = json.allBarsMet ? 0 : 1;
}

main().catch((error) => {
  log(error.stack ?? String(error));
  process.exitCode = 1;
});
