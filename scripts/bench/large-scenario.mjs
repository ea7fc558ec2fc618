// The `large` scenario (100,000 users), in fresh browser contexts: search keystroke latency, rows
// in the DOM, long tasks while scrolling and paging, and the JS heap at the end.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './browser.mjs';
import { installBenchHelpers } from './in-page.mjs';
import { apiUsers, pickSearchTerms } from './search-terms.mjs';
import { attempt, valueOf } from './attempt.mjs';

const FIRST_LOAD_TIMEOUT_MS = 120_000; // The mock generates the 100,000 users on first load.
const STEP_TIMEOUT_MS = 30_000;

/**
 * Returns { firstLoad, search, rows, paging, heap }, each { value } or { error }: one measurement
 * failing (a search that never shows its rows, say) leaves the others standing. Also `terms`, the
 * search terms it typed (with the pages the API gives for them), for the floor to type the same.
 */
export async function measureLargeScenario({ baseUrl, chromePath, pageSize, searches, log }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    // The terms are picked in a profile of their own: the measured page's mock and app must not
    // have seen a term before it is typed, or a cache could answer it. Every new profile starts
    // from the same seed, so both hold the same users (and a mismatch would time out, not pass).
    const terms = await attempt(
      'Picking search terms',
      () =>
        withLargeScenario(browser, baseUrl, 'to pick search terms', log, ({ page }) =>
          pickSearchTerms(page, { count: searches, pageSize, log }),
        ),
      log,
    );
    return await withLargeScenario(browser, baseUrl, 'to measure', log, async (loaded) => {
      const { page } = loaded;
      const firstLoad = { value: loaded.firstLoadMs };
      const search = await attempt(
        'Search timing',
        () => measureSearches(page, valueOf(terms), log),
        log,
      );
      const paging = await attempt(
        'Scrolling and paging',
        () => measureScrollingAndPaging(page, pageSize, log),
        log,
      );
      const heap = await attempt('Heap', () => measureHeap(page), log);
      // Watched on every DOM change since the page opened, whatever failed above.
      const rows = await attempt(
        'Row count',
        () => page.evaluate(() => window.__bench.maxRows()),
        log,
      );
      return { firstLoad, search, rows, paging, heap, terms };
    });
  } finally {
    await browser.close();
  }
}

/** Runs `use` on /users with the large scenario, in a fresh context (own storage, own mock). */
async function withLargeScenario(browser, baseUrl, purpose, log, use) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installBenchHelpers);
    log(`Loading the large scenario (100,000 users) ${purpose}`);
    const firstLoadMs = await loadLargeScenario(page, baseUrl);
    return await use({ page, firstLoadMs });
  } finally {
    await context.close();
  }
}

function loadLargeScenario(page, baseUrl) {
  return timeFirstLoad(page, `${baseUrl}/users?scenario=large&latency=0`);
}

/**
 * Opens `url` and waits until `isLoaded` holds in the page (by default: the Users table shows
 * rows); the milliseconds from the navigation's start to then.
 */
export async function timeFirstLoad(
  page,
  url,
  isLoaded = () => window.__bench.rowCount() > 0,
  timeout = FIRST_LOAD_TIMEOUT_MS,
) {
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(isLoaded, null, { timeout });
  return Date.now() - started;
}

// PRODUCT.md §4 names it so; the floor page's search box has the same name.
const searchBox = (page) => page.getByRole('searchbox', { name: 'Search users' });

/** Waits until the Users table shows exactly these display names, in this order. */
function waitForNames(page, names) {
  return page.waitForFunction(
    (expected) => window.__bench.sameNames(window.__bench.rowNames(), expected),
    names,
    {
      timeout: STEP_TIMEOUT_MS,
    },
  );
}

/**
 * For each term: type all but its last character and wait for that page; then press the last
 * key and time, in the page, from its keydown to the first frame after the table shows the
 * term's first page. The prefix's page differs from the term's, so the clock can't stop early.
 */
export async function measureSearches(page, terms, log) {
  log(`Timing ${terms.length} search keystrokes`);
  const box = searchBox(page);
  const timings = [];
  const rowSamples = [];
  await page.evaluate(() => window.__bench.longTasksStart());
  for (const { term, prefix, prefixNames, termNames } of terms) {
    await box.fill(prefix);
    await waitForNames(page, prefixNames);
    const key = term.slice(-1);
    const input = await box.elementHandle();
    await page.evaluate(
      ([k, names, el]) => window.__bench.armSearch(k, names, el),
      [key, termNames, input],
    );
    await page.keyboard.press(key);
    const result = await page.evaluate(() => window.__bench.searchResult());
    await input.dispose();
    const typed = await box.inputValue();
    if (typed !== term) throw new Error(`The search box holds "${typed}", not "${term}".`);
    if (!result.keyInSearchBox)
      throw new Error(`The keydown for "${term}" did not go to the search box.`);
    if (!(result.ms > 0)) throw new Error(`Search "${term}" measured ${result.ms} ms.`);
    timings.push({ term, ms: round(result.ms) });
    rowSamples.push(await page.evaluate(() => window.__bench.rowCount()));
  }
  const longTasks = await stopLongTasks(page);
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1),
    timings,
    longestTaskMs: round(Math.max(0, ...longTasks)),
    longTasksOver50: longTasks.filter((ms) => ms > 50).length,
    rowSamples,
  };
}

/** Scrolls the window down and up a few times, then pages forward and back; records long tasks. */
async function measureScrollingAndPaging(page, pageSize, log) {
  log('Scrolling and paging');
  // From the unfiltered list's first page (what the API says it is).
  const firstPage = await apiUsers(page, { pageSize });
  await searchBox(page).fill('');
  await waitForNames(
    page,
    firstPage.items.map((user) => user.displayName),
  );
  const rowSamples = [];
  await page.evaluate(() => window.__bench.longTasksStart());

  const scrolledPx = [];
  for (let i = 0; i < 3; i += 1) scrolledPx.push(await scrollDownAndUp(page));
  for (let i = 0; i < 10; i += 1) rowSamples.push(await turnPage(page, 'Next page'));
  for (let i = 0; i < 3; i += 1) rowSamples.push(await turnPage(page, 'Previous page'));
  scrolledPx.push(await scrollDownAndUp(page));

  const longTasks = await stopLongTasks(page);
  return {
    pagesTurned: rowSamples.length,
    scrolledPx,
    longestTaskMs: round(Math.max(0, ...longTasks)),
    longTasksOver50: longTasks.filter((ms) => ms > 50).length,
    longTasksMs: longTasks.map(round),
    rowSamples,
  };
}

/**
 * Mouse-wheel steps (real input, as a user scrolls), each followed by a frame, down to the bottom
 * and back to the top. Returns the furthest it got, to show the page did scroll.
 */
async function scrollDownAndUp(page) {
  await page.mouse.move(640, 400);
  let furthest = 0;
  for (const direction of [1, -1]) {
    for (let step = 0; step < 30; step += 1) {
      const { y, atEnd } = await page.evaluate((down) => {
        const max = document.documentElement.scrollHeight - window.innerHeight;
        return { y: window.scrollY, atEnd: down ? window.scrollY >= max - 1 : window.scrollY <= 0 };
      }, direction > 0);
      furthest = Math.max(furthest, y);
      if (atEnd) break;
      await page.mouse.wheel(0, direction * 250);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
  }
  return Math.round(furthest);
}

/** Clicks a pager button and waits for other rows; returns how many rows the table holds then. */
async function turnPage(page, name) {
  const before = await page.evaluate(() => window.__bench.rowNames());
  await page.getByRole('button', { name }).click();
  await page.waitForFunction(
    (previous) => {
      const names = window.__bench.rowNames();
      return names !== null && names.length > 0 && !window.__bench.sameNames(names, previous);
    },
    before,
    { timeout: STEP_TIMEOUT_MS },
  );
  return page.evaluate(() => window.__bench.rowCount());
}

async function stopLongTasks(page) {
  // Long-task entries arrive a little after the task; give the last ones time to be delivered.
  await page.waitForTimeout(500);
  return page.evaluate(() => window.__bench.longTasksStop());
}

/**
 * The page's JS heap after a full garbage collection, and the mock worker's (the mock's 100,000
 * users live there, decision 021) when the page has one.
 */
export async function measureHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const worker = await workerHeap(page);
  return { usedMB: round(usedSize / 2 ** 20), totalMB: round(totalSize / 2 ** 20), worker };
}

/** A dedicated worker has no CDP session of its own in Playwright: the browser's reaches it. */
async function workerHeap(page) {
  const url = page
    .workers()
    .find((worker) => /mock-worker/.test(worker.url()))
    ?.url();
  if (!url) return null;
  const cdp = await page.context().browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.type === 'worker' && info.url === url);
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    let lastId = 0;
    const answers = new Map();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message);
      answers.get(message.id)?.(message.result);
    });
    const send = (method) =>
      new Promise((resolve) => {
        const id = ++lastId;
        answers.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params: {} }),
        });
      });
    await send('HeapProfiler.collectGarbage');
    const heap = await send('Runtime.getHeapUsage');
    return { usedMB: round(heap.usedSize / 2 ** 20), totalMB: round(heap.totalSize / 2 ** 20) };
  } finally {
    await cdp.detach();
  }
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms) => Math.round(ms * 10) / 10;
