// Desktop Lighthouse (performance only) on one URL, several times, each in a fresh Chromium
// profile so no run inherits another's cache or service worker. The median run is by score.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from './browser.mjs';

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

export async function runLighthouse({ url, chromePath, runs, log }) {
  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`Lighthouse run ${run}/${runs} on ${url}`);
    results.push(await runOnce(url, chromePath));
  }
  // Median by score; a tie keeps the run order, which makes the pick stable.
  const median = [...results].sort((a, b) => a.score - b.score)[Math.floor(runs / 2)];
  return { url, runs: results, median };
}

async function runOnce(url, chromePath) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    userDataDir,
    logLevel: 'silent',
    // New headless is the real browser; --no-sandbox because the bench may run as root (in a
    // container), as Playwright also does by default.
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
  });
  try {
    const { lhr } = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      desktopConfig,
    );
    const score = lhr.categories.performance.score;
    if (lhr.runtimeError || score === null) {
      throw new Error(
        `Lighthouse could not score ${url}: ${lhr.runtimeError?.message ?? 'no score'}`,
      );
    }
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit].numericValue]),
    );
    return { score: Math.round(score * 100), ...metrics, lighthouseVersion: lhr.lighthouseVersion };
  } finally {
    await killChrome(chrome);
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** chrome-launcher's kill() does not wait; the profile folder can go only once Chromium has. */
async function killChrome(chrome) {
  const child = chrome.process;
  const exited =
    child.exitCode === null && child.signalCode === null
      ? new Promise((resolve) => child.once('exit', resolve))
      : Promise.resolve();
  chrome.kill();
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}
