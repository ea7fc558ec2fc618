// Bulk work over the `large` scenario (100,000 users), through the UI as an admin does it
// (PRODUCT.md §5): a `Send conference info` job over every user — time from Start to done, the
// longest task meanwhile, progress updates per second — and `Export to CSV` of every user (time
// from the click to the file, the longest task meanwhile).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './browser.mjs';
import { installBenchHelpers } from './in-page.mjs';
import { attempt } from './attempt.mjs';

const FIRST_LOAD_TIMEOUT_MS = 120_000;
const JOB_TIMEOUT_MS = 180_000;

const round = (value) => Math.round(value * 10) / 10;

/** Counts the progress bar's distinct values as they change, from the page itself. */
function watchProgress() {
  const seen = [];
  let last = null;
  const look = () => {
    const bar = document.querySelector('[role="progressbar"][aria-label="Progress"]');
    const value = bar?.getAttribute('aria-valuenow') ?? null;
    if (value !== null && value !== last) {
      last = value;
      seen.push({ at: performance.now(), value: Number(value) });
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-valuenow'],
  });
  window.__progress = seen;
}

export async function measureBulk({ baseUrl, chromePath, log }) {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.addInitScript(installBenchHelpers);
    await page.addInitScript(watchProgress);
    log('Bulk: loading the large scenario (100,000 users)');
    await page.goto(`${baseUrl}/users?scenario=large&latency=0`);
    await page.waitForFunction(() => window.__bench.rowCount() > 0, null, {
      timeout: FIRST_LOAD_TIMEOUT_MS,
    });
    const total = await page.evaluate(() =>
      fetch('/api/users?pageSize=1')
        .then((r) => r.json())
        .then((b) => b.total),
    );

    const exportCsv = await attempt(
      'Export to CSV',
      async () => {
        log(`Bulk: Export to CSV of ${total} users`);
        await page.evaluate(() => window.__bench.longTasksStart());
        const started = Date.now();
        const download = page.waitForEvent('download', { timeout: 60_000 });
        await page.getByRole('button', { name: 'Export to CSV', exact: true }).click();
        const file = await download;
        const ms = Date.now() - started;
        const longTasks = await page.evaluate(() => window.__bench.longTasksStop());
        const chunks = await (await file.createReadStream()).toArray();
        const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n').length;
        if (lines !== total + 1) throw new Error(`The file has ${lines} lines, not ${total + 1}`);
        return {
          users: total,
          ms,
          longestTaskMs: round(Math.max(0, ...longTasks)),
          longTasksOver50: longTasks.filter((t) => t > 50).length,
        };
      },
      log,
    );

    const job = await attempt(
      'Bulk job',
      async () => {
        log(`Bulk: Send conference info to all ${total} users`);
        await page.getByRole('checkbox', { name: 'Select all on this page', exact: true }).check();
        const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
        await toolbar
          .getByRole('button', { name: 'Select all matching users', exact: true })
          .click();
        await toolbar.getByRole('button', { name: 'Send conference info', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Send conference info' });
        await dialog.getByText(/users? will change$/).waitFor({ timeout: 60_000 });
        await page.evaluate(() => window.__bench.longTasksStart());
        const startedAt = await page.evaluate(() => performance.now());
        await dialog.getByRole('button', { name: 'Start', exact: true }).click();
        // A plain query, not a role locator: computing the roles of the whole page on each poll is
        // a task of the bench's own that the page would be charged for.
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('[role="status"]')].some((status) =>
              /^(Completed|Cancelled): /.test(status.textContent ?? ''),
            ),
          null,
          { timeout: JOB_TIMEOUT_MS, polling: 250 },
        );
        const doneAt = await page.evaluate(() => performance.now());
        const tasks = await page.evaluate(() => window.__bench.longTasksStop({ withStart: true }));
        const progress = await page.evaluate(() => window.__progress);
        // Two parts: the page change from the users list to the job page (a job of one user has
        // it too), then the job running with its page shown, from its first progress to done.
        const shownAt = progress[0]?.at ?? doneAt;
        const longTasks = tasks.filter((t) => t.start >= shownAt).map((t) => t.duration);
        const pageChange = tasks.filter((t) => t.start < shownAt).map((t) => t.duration);
        const status = await page
          .getByRole('status')
          .filter({ hasText: /users done/ })
          .innerText();
        const seconds = (doneAt - startedAt) / 1000;
        // Updates in each whole second of the run: the slowest second is the figure.
        const perSecond = [];
        for (let s = 0; s < Math.floor(seconds); s++) {
          const from = startedAt + s * 1000;
          perSecond.push(progress.filter((p) => p.at >= from && p.at < from + 1000).length);
        }
        return {
          users: total,
          ms: Math.round(doneAt - startedAt),
          status,
          longestTaskMs: round(Math.max(0, ...longTasks)),
          longTasksOver50: longTasks.filter((t) => t > 50).length,
          jobPageMs: Math.round(shownAt - startedAt),
          pageChangeLongestTaskMs: round(Math.max(0, ...pageChange)),
          pageChangeLongTasksOver50: pageChange.filter((t) => t > 50).length,
          progressUpdates: progress.length,
          progressUpdatesPerSecond: round(progress.length / Math.max(seconds, 0.001)),
          slowestSecondUpdates: perSecond.length > 0 ? Math.min(...perSecond) : progress.length,
        };
      },
      log,
    );
    await context.close();
    return { job, exportCsv };
  } finally {
    await browser.close();
  }
}
