// The floor: React alone (scripts/bench/floor/) rendering the same 25-row users table and running
// the same search over the same 100,000 users with a plain filter, measured in the same run as the
// app and with the same code, so that each of the app's figures can be given as a ratio to it.
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { attempt, valueOf } from './attempt.mjs';
import { CHROMIUM_ARGS } from './browser.mjs';
import { installBenchHelpers } from './in-page.mjs';
import { measureHeap, measureSearches, timeFirstLoad } from './large-scenario.mjs';
import { sameNames } from './search-terms.mjs';
import {
  FLOOR_CONFIG,
  FLOOR_DATA_DIR,
  FLOOR_FIRST_ROWS_FILE,
  FLOOR_OUT_DIR,
} from './floor/paths.mjs';
import { NAME, searchRows, searchTexts } from './floor/search.mjs';

export { FLOOR_CONFIG, FLOOR_OUT_DIR };

// A few seconds is plenty (no mock to start): a floor that doesn't load shouldn't hold up the run.
const FIRST_LOAD_TIMEOUT_MS = 30_000;

/** Writes the floor's users from the mock's generator (through tsx), then builds the page. */
export function buildFloor() {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/bench/floor/generate-users.ts',
      FLOOR_DATA_DIR,
      FLOOR_FIRST_ROWS_FILE,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  execSync(`npx vite build --config ${FLOOR_CONFIG}`, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * The app's search terms, with the pages the floor's own filter gives for them (worked out here,
 * from the file the page loads). A term the floor can't time is left out: one that finds no one,
 * or whose last key doesn't change the first page (the stopwatch would have nothing to wait for).
 */
function floorTerms(appTerms) {
  const rows = JSON.parse(readFileSync(join(FLOOR_OUT_DIR, 'users-large.json'), 'utf8'));
  const texts = searchTexts(rows);
  const firstPage = (term) => searchRows(rows, texts, term).rows.map((row) => row[NAME]);
  const used = [];
  const skipped = [];
  for (const { term, prefix } of appTerms) {
    const termNames = firstPage(term);
    const prefixNames = firstPage(prefix);
    if (termNames.length === 0 || sameNames(prefixNames, termNames)) skipped.push(term);
    else used.push({ term, prefix, prefixNames, termNames });
  }
  return { used, skipped };
}

/**
 * On the floor page with the 100,000 users: the first load (navigation to the rows drawn from all
 * of them), the search keystrokes (the app's terms) and the JS heap after GC, as the app's are
 * measured. Returns { firstLoad, search, heap, terms }, each { value } or { error }.
 */
export async function measureFloorLarge({ baseUrl, chromePath, appTerms, log }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(installBenchHelpers);
    log('Floor: loading the 100,000 users');
    const loadMs = await timeFirstLoad(
      page,
      `${baseUrl}/?scenario=large`,
      () => document.documentElement.dataset.floorReady !== undefined,
      FIRST_LOAD_TIMEOUT_MS,
    );
    // The page's own stamp: navigation start to the commit of the rows from all users.
    const inPageMs = await page.evaluate(() => Number(document.documentElement.dataset.floorReady));
    const firstLoad = { value: loadMs };
    const terms = await attempt('Floor search terms', () => floorTerms(valueOf(appTerms)), log);
    const search = await attempt(
      'Floor search timing',
      () => measureSearches(page, valueOf(terms).used, log),
      log,
    );
    const heap = await attempt('Floor heap', () => measureHeap(page), log);
    await context.close();
    return {
      firstLoad,
      firstLoadInPage: { value: inPageMs },
      search,
      heap,
      terms: terms.error
        ? terms
        : { value: { used: terms.value.used.length, skipped: terms.value.skipped } },
    };
  } finally {
    await browser.close();
  }
}
